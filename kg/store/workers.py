"""Read-only work on a store in worker processes that are stopped when late.

Oxigraph cannot interrupt a query, and a thread cannot be stopped from outside, so a
query with a deadline runs in a worker process: each worker opens the store read-only
once (which works beside other readers and a writer) and runs one call at a time; a
call still running at its deadline has its worker killed (SIGKILL) and the caller gets a
:class:`~kg.errors.QueryTimeoutError`. A killed worker is replaced when a call next needs
one, so the other workers keep answering and full service is back as soon as the late
ones are gone.

The pool keeps ``warm`` workers for queries (about one per core: more would not answer
small queries faster), and starts one more for each call that has run past
``slow_after`` seconds, up to ``size``: runaway queries leave the warm workers to small
ones. The slow call's worker also has its priority lowered (``nice`` 10), so small
queries beside it keep their speed; it is retired when its call ends or is killed. A call
waits at most its timeout for a free worker, then runs for at most its timeout.

What a worker runs is a module-level function ``func(store, *args)`` (sent by reference,
like any pickled function) over the store that ``opener(path)`` returns in the worker.
Results and exceptions come back pickled. A store in memory cannot be shared with another
process: :class:`ThreadPool` runs the same calls in threads, where a late call is
abandoned and stops at its next :func:`cancelled` check instead of being killed.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
import pickle
import signal
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any, Protocol, TypeVar

from kg.errors import QueryError, QueryTimeoutError

__all__ = ["ReadPool", "ThreadPool", "WorkerPool", "cancelled"]

T = TypeVar("T")

_START_LIMIT = 120.0  # seconds a worker may take to open the store before we give up
_NICE = 10  # the priority of a call that has run past slow_after


class ReadPool(Protocol):
    """Runs ``func(store, *args)`` with a deadline (:class:`WorkerPool`, :class:`ThreadPool`)."""

    def call(self, func: Callable[..., T], *args: Any, timeout: float | None = None) -> T: ...

    def refresh(self) -> None: ...

    def close(self) -> None: ...


# --------------------------------------------------------------------------- processes


@dataclass(eq=False)  # a worker is itself: hashed by identity
class _Worker:
    process: BaseProcess
    conn: Connection
    niced: bool = False


class WorkerPool:
    """Worker processes over the store at ``path``: ``warm`` of them for queries, and one
    more for each call that has run past ``slow_after`` seconds, ``size`` at most."""

    def __init__(
        self,
        path: str | os.PathLike[str],
        opener: Callable[[str], Any],
        *,
        size: int = 8,
        warm: int = 2,
        slow_after: float = 0.5,
    ) -> None:
        if size < 1 or warm < 1:
            raise ValueError("a pool needs at least one worker")
        self.path = str(path)
        self.size = size
        self._warm = min(warm, size)
        self._opener = opener
        self._slow_after = slow_after
        self._ctx = mp.get_context("spawn")  # nothing shared: no open store, lock or thread
        self._cond = threading.Condition()
        self._idle: list[_Worker] = []
        self._busy: set[_Worker] = set()
        self._live = 0  # workers started or starting
        self._starting = 0
        self._slow = 0  # busy workers whose call has run past slow_after
        self._start_error: BaseException | None = None
        self._generation = 0
        self._closed = False
        # every worker is started from this one thread, which lives as long as the pool:
        # a worker is killed when the thread that started it ends (PR_SET_PDEATHSIG)
        self._launcher = ThreadPoolExecutor(1, thread_name_prefix="kg-query-launcher")

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def workers(self) -> int:
        """How many workers are alive or starting."""
        return self._live

    def start(self) -> None:
        """Start the warm workers now (in the background) instead of at the first call."""
        with self._cond:
            self._fill()

    def call(self, func: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        """``func(store, *args)`` in a worker: its result, or its exception raised here.

        Waits at most ``timeout`` seconds for a free worker, then gives the call
        ``timeout`` seconds; a late call's worker is killed.
        """
        worker = self._acquire(None if timeout is None else time.monotonic() + timeout)
        try:
            worker.conn.send((func, args, self._generation))
            kind, value = self._wait(worker, timeout)
        except BaseException:
            self._discard(worker, kill=True)
            raise
        if worker.niced:  # its priority cannot be raised again: a fresh one replaces it
            self._discard(worker, kill=False)
        else:
            self._release(worker)
        if kind == "error":
            raise value
        return value

    def refresh(self) -> None:
        """After a write: each worker opens the store again before its next call."""
        with self._cond:
            self._generation += 1

    def close(self) -> None:
        """Stop every worker (a running call is killed)."""
        with self._cond:
            self._closed = True
            workers = [*self._idle, *self._busy]
            self._idle.clear()
            self._cond.notify_all()
        for w in workers:
            _stop(w, kill=True)
        self._launcher.shutdown(wait=False, cancel_futures=True)

    # ---- internals (_fill and _add expect the lock held)
    def _fill(self) -> None:
        """Start workers in the background until there are ``warm`` plus one per slow call."""
        while not self._closed and self._live < min(self.size, self._warm + self._slow):
            self._add()

    def _add(self) -> None:
        """Start one more worker in the background, if the pool may grow."""
        if self._closed or self._live >= self.size:
            return
        self._live += 1
        self._starting += 1
        threading.Thread(target=self._start_in_background, daemon=True).start()

    def _start_in_background(self) -> None:
        try:
            worker = self._start()
        except BaseException as exc:
            with self._cond:
                self._live -= 1
                self._starting -= 1
                self._start_error = exc  # a waiting call reports it
                self._cond.notify_all()
            return
        with self._cond:
            self._starting -= 1
            self._start_error = None
        self._release(worker)

    def _acquire(self, deadline: float | None) -> _Worker:
        """An idle worker, in the order calls asked. A call that has waited ``slow_after``
        seconds (every worker busy with longer calls) starts one more worker, and again
        after each further ``slow_after``, up to ``size``; it is refused at ``deadline``
        only when the pool is full and nothing is starting."""
        with self._cond:
            self._fill()
            grow_at = time.monotonic() + self._slow_after
            while True:
                if self._closed:
                    raise QueryError("the query workers are stopping")
                if self._idle:
                    worker = self._idle.pop()
                    self._busy.add(worker)
                    return worker
                if self._start_error is not None and not self._starting and not self._live:
                    raise self._start_error
                now = time.monotonic()
                if now >= grow_at:
                    self._add()
                    grow_at = now + self._slow_after
                full = self._live >= self.size and not self._starting
                if deadline is not None and now >= deadline and full:
                    raise QueryTimeoutError(
                        f"no query worker was free within the timeout (all {self.size} are busy)"
                    )
                wake = grow_at if deadline is None or full else min(grow_at, deadline)
                self._cond.wait(max(0.0, wake - now))

    def _launch(self) -> _Worker:
        """Start a worker process (on the launcher thread: see :func:`_die_with`)."""
        parent, child = self._ctx.Pipe()
        process = self._ctx.Process(
            target=_serve,
            args=(child, self._opener, self.path, os.getpid()),
            daemon=True,
            name="kg-query",
        )
        process.start()
        child.close()
        return _Worker(process, parent)

    def _start(self) -> _Worker:
        """A worker that has opened the store (its start is waited for in this thread)."""
        worker = self._launcher.submit(self._launch).result()
        parent = worker.conn
        try:
            if not parent.poll(_START_LIMIT):
                raise QueryError("a query worker did not start")
            kind, value = parent.recv()
        except EOFError:
            _stop(worker, kill=True)
            raise QueryError("a query worker ended as it started") from None
        except BaseException:
            _stop(worker, kill=True)
            raise
        if kind == "error":
            _stop(worker, kill=True)
            raise value
        return worker

    def _wait(self, worker: _Worker, timeout: float | None) -> tuple[str, Any]:
        start = time.monotonic()
        deadline = None if timeout is None else start + timeout
        slow_at = start + self._slow_after
        while True:
            now = time.monotonic()
            if deadline is not None and now >= deadline:
                raise QueryTimeoutError(f"the query ran longer than the {timeout:g} s timeout")
            if not worker.niced and now >= slow_at:
                self._turn_slow(worker)
            wake = [t for t in (deadline, None if worker.niced else slow_at) if t is not None]
            try:
                if worker.conn.poll(max(0.0, min(wake) - now) if wake else None):
                    return worker.conn.recv()
            except (EOFError, OSError):
                worker.process.join(1)
                raise QueryError(
                    "the query worker ended without an answer "
                    f"(exit code {worker.process.exitcode}; out of memory?)"
                ) from None

    def _turn_slow(self, worker: _Worker) -> None:
        """A long call: lower its priority, and start a worker to take its place for others."""
        worker.niced = True
        with contextlib.suppress(OSError, AttributeError):
            os.setpriority(os.PRIO_PROCESS, worker.process.pid or 0, _NICE)
        with self._cond:
            self._slow += 1
            self._fill()

    def _release(self, worker: _Worker) -> None:
        """Back to the idle ones; a worker started for waiting calls is retired once the
        pool holds more than it needs (``warm`` plus one per slow call) and none waits."""
        with self._cond:
            self._busy.discard(worker)
            spare = self._live > self._warm + self._slow and len(self._idle) >= self._warm
            keep = not (self._closed or spare)
            if keep:
                self._idle.append(worker)
                self._cond.notify()
            elif not self._closed:
                self._live -= 1
        if not keep:
            _stop(worker, kill=False)

    def _discard(self, worker: _Worker, *, kill: bool) -> None:
        """Stop ``worker``; a replacement starts at once if the pool needs one."""
        with self._cond:
            self._busy.discard(worker)
            self._live -= 1
            if worker.niced:
                self._slow -= 1
            self._fill()
            self._cond.notify()
        _stop(worker, kill=kill)


def _stop(worker: _Worker, *, kill: bool) -> None:
    worker.conn.close()  # an idle worker reads the end of its pipe and exits
    if kill and worker.process.is_alive():
        worker.process.kill()
    worker.process.join(5)


def _serve(conn: Connection, opener: Callable[[str], Any], path: str, parent: int) -> None:
    """A worker: open the store, then run calls until the pipe closes."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    _die_with(parent)
    try:
        store = opener(path)
    except BaseException as exc:
        conn.send(("error", _portable(exc)))
        return
    conn.send(("ready", os.getpid()))
    generation = 0
    while True:
        try:
            func, args, wanted = conn.recv()
        except (EOFError, OSError):
            break
        try:
            if wanted != generation:
                store.close()
                store = opener(path)
                generation = wanted
            outcome = ("ok", func(store, *args))
            payload = pickle.dumps(outcome)
        except BaseException as exc:
            payload = pickle.dumps(("error", _portable(exc)))
        try:
            conn.send_bytes(payload)
        except (BrokenPipeError, OSError):
            break


def _die_with(parent: int) -> None:
    """Be killed when ``parent`` dies, even in the middle of a query (Linux): an idle
    worker would see its pipe close, but a runaway query would run on alone."""
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - not on Linux
        return
    if os.getppid() != parent:  # the parent died before the call
        os._exit(1)


def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives pickling, else a :class:`QueryError` with its message."""
    try:
        pickle.loads(pickle.dumps(exc))
    except Exception:
        text = str(exc).strip().splitlines()
        return QueryError(text[0] if text else exc.__class__.__name__)
    return exc


# --------------------------------------------------------------------------- threads

_job = threading.local()


def cancelled() -> bool:
    """True inside a :class:`ThreadPool` call that its caller has given up on (a worker
    process is killed instead, so there it is always False)."""
    flag = getattr(_job, "cancelled", None)
    return flag is not None and flag.is_set()


class ThreadPool:
    """The calls of :class:`WorkerPool` in threads over one open store (a store in memory).

    A late call answers :class:`~kg.errors.QueryTimeoutError` at its deadline but goes on
    until its next :func:`cancelled` check, or its end.
    """

    def __init__(self, store: Any, *, size: int = 8) -> None:
        self.store = store
        self.size = size
        self._executor = ThreadPoolExecutor(size, thread_name_prefix="kg-query")

    def call(self, func: Callable[..., T], *args: Any, timeout: float | None = None) -> T:
        flag = threading.Event()

        def run() -> T:
            _job.cancelled = flag
            try:
                return func(self.store, *args)
            finally:
                _job.cancelled = None

        try:
            future = self._executor.submit(run)
        except RuntimeError as exc:  # shut down
            raise QueryError("the query workers are stopping") from exc
        try:
            return future.result(timeout=timeout)
        except FutureTimeout:
            flag.set()
            raise QueryTimeoutError(
                f"the query ran longer than the {timeout:g} s timeout"
            ) from None

    def refresh(self) -> None:
        """Nothing to do: the threads share the one store."""

    def close(self) -> None:
        self._executor.shutdown(wait=False, cancel_futures=True)
