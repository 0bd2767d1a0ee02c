"""Where extraction runs: in this process, on worker processes, or on a Dask cluster.

An engine maps batches of tasks to their outcomes, in order, a bounded number at a time
(``jobs × window`` batches in flight). Each worker process loads the lexicon and the
segmentation dictionary once (:mod:`kg.pipeline.worker`), turns a batch of tasks into
N-Triples and hands back plain strings. Worker processes on this machine read files
themselves; Dask workers may be elsewhere, so the parent reads for them.
"""

from __future__ import annotations

import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from typing import TYPE_CHECKING, Any, Protocol

from kg.errors import KgError
from kg.pipeline.worker import Outcome, Task, extract_batch, init_worker, run_task, worker_lexicon

if TYPE_CHECKING:
    from kg.text.lexicon import Lexicon

__all__ = [
    "PARALLEL_BYTES",
    "SCHEDULER_TIMEOUT",
    "DaskEngine",
    "Engine",
    "InlineEngine",
    "ProcessEngine",
    "check_scheduler",
    "default_jobs",
    "file_size",
    "make_engine",
    "start_fork_server",
    "worker_count",
]


#: Inputs smaller than this build in one process: starting workers costs half a second.
PARALLEL_BYTES = 512 * 1024


def file_size(path: str) -> int:
    """A file's size in bytes; 0 for stdin (``-``) or what cannot be read."""
    try:
        return os.path.getsize(path) if path != "-" else 0
    except OSError:
        return 0


def worker_count(jobs: int | None, engine: str, scheduler: str | None, input_bytes: int) -> int:
    """How many worker processes on this machine a build runs: 0 when it runs in the
    calling process (one job, or small inputs with ``jobs`` None) or on Dask."""
    if engine != "process" or scheduler is not None:
        return 0
    if jobs is None:
        if input_bytes < PARALLEL_BYTES:
            return 0
        jobs = default_jobs()
    return jobs if jobs > 1 else 0


# (kg.pipeline.preload first: it leaves Ctrl-C to the build before the long imports)
_PRELOAD = ["kg.pipeline.preload", "kg.pipeline.worker", "kg.relate.extract", "kg.graph.triples"]


def start_fork_server() -> None:
    """Start the fork server of :class:`ProcessEngine` now (idempotent): it loads the
    extractor (a third of a second) while the caller opens the store and lists files."""
    import multiprocessing as mp
    from multiprocessing import forkserver

    # the fork server (started with this environment) dies with this process
    os.environ["ZHKG_BUILD_PID"] = str(os.getpid())
    mp.get_context("forkserver").set_forkserver_preload(_PRELOAD)
    # Ctrl-C is this process's to handle: the server and the resource tracker, new
    # interpreters, start ignoring it (kept through exec), or one that comes while they
    # start kills them with a "Fatal Python error"
    main = threading.current_thread() is threading.main_thread()
    before = signal.signal(signal.SIGINT, signal.SIG_IGN) if main else None
    try:
        forkserver.ensure_running()
    finally:
        if before is not None:  # (None: a handler not set from Python, left as it is)
            signal.signal(signal.SIGINT, before)


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


# ------------------------------------------------------------------- engines


class Engine(Protocol):
    """Maps batches of tasks to their outcomes, in order, a bounded number at a time.

    An engine whose ``reads_files`` is true is given :class:`FileTask` s as well as
    documents: its workers see the same files as the parent.
    """

    reads_files: bool

    def map(self, batches: Iterable[list[Task]]) -> Iterator[list[Outcome]]: ...

    def close(self, abort: bool = False) -> None: ...


class InlineEngine:
    """Extraction in this process (``--jobs 1``), with ``lexicon`` or this process's own."""

    reads_files = False  # the parent reads: it is this process

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon

    def map(self, batches: Iterable[list[Task]]) -> Iterator[list[Outcome]]:
        for batch in batches:
            lex = self.lexicon or worker_lexicon()
            yield [o for task in batch for o in run_task(task, lex)]

    def close(self, abort: bool = False) -> None:
        pass


def _windowed(
    submit: Callable[[list[Task]], Any],
    result: Callable[[Any], list[Outcome]],
    batches: Iterable[list[Task]],
    window: int,
) -> Iterator[list[Outcome]]:
    """Keep at most ``window`` batches in flight; yield results in submission order.

    When reading the batches fails (a bad input), the batches already in flight are
    still yielded before the error is raised: all that was read before it is written.
    """
    pending: deque[Any] = deque()
    source = iter(batches)
    while True:
        try:
            batch = next(source, None)
        except Exception:
            while pending:
                yield result(pending.popleft())
            raise
        if batch is None:
            break
        pending.append(submit(batch))
        if len(pending) >= window:
            yield result(pending.popleft())
    while pending:
        yield result(pending.popleft())


class ProcessEngine:
    """Worker processes on this machine, each loading the lexicon and dictionary once."""

    reads_files = True  # same machine, same files: workers read them

    # batches in flight per worker: work queued for longer than the parent's largest write
    def __init__(self, jobs: int, window: int = 8) -> None:
        import multiprocessing as mp

        # forkserver: workers never inherit the parent's open store or its threads; the
        # server loads the lexicon and dictionary once (kg.pipeline.preload) for all of them
        ctx = mp.get_context("forkserver")
        # started now (unless the caller did, earlier), the server loads while this process
        # writes the ontology and lists the first batch; a worker is forked at its submit
        start_fork_server()
        self.jobs = jobs
        self.window = jobs * window
        self._pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=init_worker)

    def map(self, batches: Iterable[list[Task]]) -> Iterator[list[Outcome]]:
        def result(f: Future[list[Outcome]]) -> list[Outcome]:
            return f.result()

        return _windowed(
            lambda b: self._pool.submit(extract_batch, b), result, batches, self.window
        )

    def close(self, abort: bool = False) -> None:
        """Let the workers finish and leave, or with ``abort`` (Ctrl-C, an error) stop them:
        they only extract, so nothing stored is lost. (Waiting for them after a Ctrl-C
        could hang: one was left waiting for the queue's lock for good.)"""
        workers = list((self._pool._processes or {}).values()) if abort else []
        self._pool.shutdown(wait=not abort, cancel_futures=True)
        for worker in workers:
            worker.terminate()
        for worker in workers:
            worker.join(timeout=10)


class DaskEngine:
    """Dask workers: a scheduler at ``address``, or a local cluster of ``jobs`` processes.

    Each worker process loads the lexicon once (:func:`worker_lexicon` is cached per
    process), so the same code runs on Kubernetes, YARN or SLURM through Dask's own
    deployment packages. Workers may be on other machines: the parent reads the files.
    """

    reads_files = False

    def __init__(
        self,
        address: str | None = None,
        jobs: int | None = None,
        window: int = 4,
        connect_timeout: float = 30,
    ) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as exc:  # pragma: no cover - depends on the install
            raise KgError(
                "--engine dask needs Dask: pip install 'zhkg[dask]' (dask[distributed])"
            ) from exc
        self._cluster: Any = None
        if address is None:
            self._cluster = LocalCluster(
                n_workers=jobs or default_jobs(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,
            )
            self._client = Client(self._cluster)
        else:
            check_scheduler(address)
            try:
                self._client = Client(address, timeout=connect_timeout)
            except OSError as exc:
                raise KgError(f"cannot reach the Dask scheduler at {address}: {exc}") from exc
        workers = len(self._client.scheduler_info().get("workers", {})) or 1
        self.window = max(2, workers * window)

    def map(self, batches: Iterable[list[Task]]) -> Iterator[list[Outcome]]:
        def submit(batch: list[Task]) -> Any:
            return self._client.submit(extract_batch, batch, pure=False)

        def result(f: Any) -> list[Outcome]:
            out: list[Outcome] = f.result()
            f.release()
            return out

        return _windowed(submit, result, batches, self.window)

    def close(self, abort: bool = False) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


#: Seconds to wait for a scheduler to accept a connection and to greet.
SCHEDULER_TIMEOUT = 5.0


def check_scheduler(address: str, timeout: float = SCHEDULER_TIMEOUT) -> None:
    """Fail in seconds, with one line, unless a Dask scheduler answers at ``address``.

    Dask's client waits without end on a server that accepts but never answers (an HTTP
    server), and reads another protocol's bytes as a frame length (exabytes to
    allocate). A scheduler greets a new connection at once with a handshake frame, so
    for ``tcp://`` that greeting is read here first, under ``timeout``.
    """
    import socket
    import struct

    scheme, sep, rest = address.partition("://")
    if not sep:
        scheme, rest = "tcp", address
    host, _, port_text = rest.rstrip("/").rpartition(":")
    host = host.strip("[]")
    if not host or not port_text.isdigit():
        raise KgError(f"--scheduler {address}: expected tcp://HOST:PORT")
    what = f"the Dask scheduler at {address}"
    try:
        sock = socket.create_connection((host, int(port_text)), timeout=timeout)
    except OSError as exc:
        raise KgError(f"cannot reach {what}: {exc.strerror or exc}") from exc
    if scheme != "tcp":  # tls:// and others: their own handshake comes first
        sock.close()
        return
    try:
        with sock:
            greeting = sock.recv(256)
    except TimeoutError:
        raise KgError(
            f"{address} is not a Dask scheduler: it accepted a connection but sent no "
            f"Dask handshake within {timeout:g} s (is that the dashboard's port or "
            "another server?)"
        ) from None
    except OSError as exc:
        raise KgError(f"cannot reach {what}: {exc.strerror or exc}") from exc
    size = struct.unpack("<Q", greeting[:8])[0] if len(greeting) >= 8 else -1
    if not 0 < size < 1 << 20 or b"compression" not in greeting:
        raise KgError(
            f"{address} is not a Dask scheduler: it answered with something other than "
            "a Dask handshake"
        )


def make_engine(
    jobs: int | None = None, engine: str = "process", scheduler: str | None = None
) -> Engine:
    """The engine for ``kg build --jobs/--engine/--scheduler``."""
    if engine == "dask" or scheduler is not None:
        return DaskEngine(scheduler, jobs)
    if engine != "process":
        raise KgError(f"unknown engine {engine!r} (choose process or dask)")
    n = jobs or default_jobs()
    if n < 1:
        raise KgError(f"--jobs must be at least 1, not {n}")
    return InlineEngine() if n == 1 else ProcessEngine(n)
