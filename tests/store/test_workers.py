"""Query workers: calls in processes that are killed when late and replaced (issue 14.4)."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.errors import QueryError, QueryTimeoutError, StoreError
from kg.store import Store
from kg.store.local import open_reader
from kg.store.workers import ThreadPool, WorkerPool, cancelled


def _pid(store: Any) -> int:
    return os.getpid()


def _sleep(store: Any, seconds: float) -> int:
    time.sleep(seconds)
    return os.getpid()


def _count(store: Any) -> int:
    return len(store)


def _fail(store: Any) -> None:
    raise QueryError("the worker's own error")


def _lambda(store: Any) -> Any:
    return lambda: 1  # cannot be pickled back


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a killed child not yet reaped by its parent is a zombie: dead for our purposes
    try:
        return Path(f"/proc/{pid}/stat").read_text().split()[2] != "Z"
    except OSError:
        return False


@pytest.fixture(scope="module")
def pool(sample_store_dir: Path) -> Any:
    with WorkerPool(sample_store_dir, open_reader, warm=1, size=3, slow_after=0.3) as p:
        yield p


def test_calls_run_in_another_process_and_errors_come_back(pool: WorkerPool) -> None:
    assert pool.call(_pid, timeout=60) != os.getpid()
    assert pool.call(_count, timeout=60) > 1000
    with pytest.raises(QueryError, match="the worker's own error"):
        pool.call(_fail, timeout=60)
    with pytest.raises(AttributeError, match="pickle"):  # a bug: raised, not a hang
        pool.call(_lambda, timeout=60)
    assert pool.call(_count, timeout=60) > 1000  # the worker is still there


def test_a_late_call_is_killed_and_replaced(pool: WorkerPool) -> None:
    worker = pool.call(_pid, timeout=60)
    start = time.monotonic()
    with pytest.raises(QueryTimeoutError, match=r"0\.5 s timeout"):
        pool.call(_sleep, 30, timeout=0.5)
    assert time.monotonic() - start < 10
    deadline = time.monotonic() + 5
    while _alive(worker) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not _alive(worker)
    assert pool.call(_count, timeout=60) > 1000  # a fresh worker answers


def test_a_slow_call_is_niced_and_others_get_a_worker(pool: WorkerPool) -> None:
    slow: list[int] = []
    thread = threading.Thread(target=lambda: slow.append(pool.call(_sleep, 3, timeout=60)))
    thread.start()
    time.sleep(0.8)  # past slow_after: a worker starts beside it
    start = time.monotonic()
    assert pool.call(_count, timeout=60) > 1000
    assert time.monotonic() - start < 2.5  # not after the slow call's 3 s
    busy = [p for p in _children() if _nice(p) == 10]
    assert busy, "the slow call's worker keeps its priority"
    thread.join()
    assert slow and slow[0] in busy


def _children() -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        if d.name.isdigit():
            try:
                if int((d / "stat").read_text().split(") ")[1].split()[1]) == os.getpid():
                    out.append(int(d.name))
            except (OSError, IndexError, ValueError):
                continue
    return out


def _nice(pid: int) -> int | None:
    try:
        return os.getpriority(os.PRIO_PROCESS, pid)
    except OSError:
        return None


def test_a_pool_over_no_store_says_so(tmp_path: Path) -> None:
    with WorkerPool(tmp_path / "none", open_reader, warm=1, size=1) as p:
        with pytest.raises(StoreError, match="no zhkg store"):
            p.call(_count, timeout=60)


def test_workers_see_a_write_after_refresh(tmp_path: Path) -> None:
    with Store(tmp_path / "s") as writer:
        writer.ensure_ontology()
        with WorkerPool(writer.path or "", open_reader, warm=1, size=1) as p:
            before = p.call(_count, timeout=60)
            writer.oxigraph.add(
                ox.Quad(
                    ox.NamedNode("http://example.org/s"),
                    ox.NamedNode("http://example.org/p"),
                    ox.Literal("o"),
                    ox.NamedNode("http://example.org/g"),
                )
            )
            writer.oxigraph.flush()
            p.refresh()
            assert p.call(_count, timeout=60) == before + 1


def _wait_for_cancel(store: Any, seen: list[bool]) -> None:
    for _ in range(200):
        if cancelled():
            seen.append(True)
            return
        time.sleep(0.01)


def test_thread_pool_gives_up_and_the_call_sees_it(memory_store: Store) -> None:
    threads = ThreadPool(memory_store, size=2)
    seen: list[bool] = []
    try:
        with pytest.raises(QueryTimeoutError):
            threads.call(_wait_for_cancel, seen, timeout=0.2)
        deadline = time.monotonic() + 5
        while not seen and time.monotonic() < deadline:
            time.sleep(0.01)
        assert seen == [True]
        assert threads.call(_count, timeout=5) == 0
    finally:
        threads.close()
