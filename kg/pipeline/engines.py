"""Corpus builds on all cores, or on a Dask cluster: workers extract, the parent writes.

Tasks stream through a bounded window of batches: each worker process loads the
lexicon and the segmentation dictionary once, turns a batch of tasks into N-Triples,
and hands back plain strings; the parent alone writes the store, one transaction per
write (per document where the store has no batch write), so a document is whole or
absent whatever happens to a worker. A task is a document the parent has read, or
(worker processes on this machine) a file the worker reads itself: the parent then
only lists files, looks up their stored hashes and writes. Memory is bounded by the
window (``jobs × window`` batches of at most ``batch_chars`` characters), not by the
corpus.
"""

from __future__ import annotations

import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from kg.errors import InputError, KgError
from kg.model import Document

if TYPE_CHECKING:
    from kg.pipeline.build import BuildReport
    from kg.text.lexicon import Lexicon

# The extractor (kg.extract, kg.graph, the lexicon) is imported by the functions that run
# it: workers have it preloaded, and the parent of a parallel build, which only lists
# files and writes, starts a seventh of a second sooner without it.

__all__ = [
    "DaskEngine",
    "DocumentResult",
    "Engine",
    "FileTask",
    "InlineEngine",
    "Outcome",
    "ProcessEngine",
    "ReadFailure",
    "Task",
    "Unchanged",
    "batches",
    "build_stream",
    "default_jobs",
    "die_with_parent",
    "extract_batch",
    "extract_result",
    "make_engine",
    "run_task",
]


@dataclass(frozen=True)
class DocumentResult:
    """What a worker sends back for one document: its graph as text and its counts."""

    doc_id: str
    content_hash: str
    ntriples: str
    triples: int
    sentences: int
    assertions: int
    path: str | None = None  # the file, when a worker read it (a FileTask)
    hinted: bool = False  # the worker compared it with the stored hash it was given


@dataclass(frozen=True)
class FileTask:
    """A file for a worker to read itself: a format with one document per file.

    ``doc_id`` is the id its document is expected to have and ``stored_hash`` the
    content hash the store holds for that id: a worker that reads the same document
    reports it :class:`Unchanged` instead of extracting it. Both are hints: the parent
    checks every result against the store again before writing it.
    """

    path: str
    size: int
    doc_id: str | None = None
    stored_hash: str | None = None


@dataclass(frozen=True)
class Unchanged:
    """A document a worker read and found as stored (same content hash)."""

    doc_id: str
    path: str


@dataclass(frozen=True)
class ReadFailure:
    """A file a worker could not read: the :class:`~kg.errors.InputError` as data."""

    path: str
    problem: str
    line: int | None = None

    def error(self) -> InputError:
        return InputError(self.path, self.problem, self.line)


Task = Document | FileTask
Outcome = DocumentResult | Unchanged | ReadFailure


def extract_result(
    doc: Document, lexicon: Lexicon | None = None, digest: str | None = None
) -> DocumentResult:
    """Extract one document and serialise its graph (what every engine runs per document)."""
    from kg.graph.triples import document_ntriples
    from kg.relate.extract import content_hash, extract_document

    lex = lexicon or worker_lexicon()
    ex = extract_document(doc, lex)
    ntriples, count = document_ntriples(ex, lex)
    return DocumentResult(
        doc.id,
        digest or content_hash(doc),
        ntriples,
        count,
        len(ex.sentences),
        len(ex.assertions),
    )


def run_task(task: Task, lexicon: Lexicon | None = None) -> list[Outcome]:
    """What one task gives: a document's result, or a file's documents, or why it failed."""
    if isinstance(task, Document):
        return [extract_result(task, lexicon)]
    from kg.read.files import read_path
    from kg.relate.extract import content_hash

    try:
        docs = read_path(task.path)
    except InputError as exc:
        return [ReadFailure(exc.path, exc.problem, exc.line)]
    out: list[Outcome] = []
    for doc in docs:
        digest = content_hash(doc)
        if doc.id == task.doc_id and digest == task.stored_hash:
            out.append(Unchanged(doc.id, task.path))
        else:
            result = extract_result(doc, lexicon, digest)
            out.append(replace(result, path=task.path, hinted=doc.id == task.doc_id))
    return out


def extract_batch(tasks: list[Task]) -> list[Outcome]:
    """:func:`run_task` over a batch, with this process's lexicon."""
    lex = worker_lexicon()
    return [o for task in tasks for o in run_task(task, lex)]


_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None


def worker_lexicon() -> Lexicon:
    """This process's lexicon with the segmentation dictionary and the gazetteer loaded: once
    per process."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:  # Dask workers may run several threads in one process
            if _LEXICON is None:
                from kg.text.lexicon import load_lexicon
                from kg.text.mentions import gazetteer
                from kg.text.segment import dictionary

                lex = load_lexicon()
                dictionary(lex)
                gazetteer(lex)
                _LEXICON = lex
    return _LEXICON


def die_with_parent(expected: int | None = None) -> None:
    """Have the kernel kill this process when its parent dies (Linux; elsewhere nothing).

    A build killed with SIGKILL cannot shut its pool down: without this its fork server
    and workers stay behind, idle, holding the lexicon and dictionary. The fork server calls
    it (kg.worker_preload) so it dies with the build, and each worker so it dies with
    the fork server.
    """
    if not sys.platform.startswith("linux"):
        return
    import ctypes
    import signal

    parent = os.getppid() if expected is None else expected
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, int(signal.SIGKILL), 0, 0, 0)  # 1: PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # pragma: no cover - no prctl to call
        return
    if os.getppid() != parent:  # the parent died before the call: nobody will signal
        os._exit(1)


def _init_worker() -> None:
    import signal

    from kg.pipeline import preload

    # the fork server's pid, known before this worker could be orphaned (unless this
    # worker imported the module itself: a fork server started without the preload)
    server = preload.SERVER_PID
    die_with_parent(server if server != os.getpid() else None)
    # Ctrl-C is the parent's to handle: it stops submitting and shuts the pool down,
    # instead of every worker printing its own traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_lexicon()


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


_PRELOAD = ["kg.pipeline.engines", "kg.relate.extract", "kg.graph.triples", "kg.pipeline.preload"]


def start_fork_server() -> None:
    """Start the fork server of :class:`ProcessEngine` now (idempotent): it loads the
    extractor (a third of a second) while the caller opens the store and lists files."""
    import multiprocessing as mp
    from multiprocessing import forkserver

    # the fork server (started with this environment) dies with this process
    os.environ["ZHKG_BUILD_PID"] = str(os.getpid())
    mp.get_context("forkserver").set_forkserver_preload(_PRELOAD)
    forkserver.ensure_running()


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

    def close(self) -> None: ...


class InlineEngine:
    """Extraction in this process (``--jobs 1``), with ``lexicon`` or this process's own."""

    reads_files = False  # the parent reads: it is this process

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon

    def map(self, batches: Iterable[list[Task]]) -> Iterator[list[Outcome]]:
        for batch in batches:
            lex = self.lexicon or worker_lexicon()
            yield [o for task in batch for o in run_task(task, lex)]

    def close(self) -> None:
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
        # server loads the lexicon and dictionary once (kg.worker_preload) for all of them
        ctx = mp.get_context("forkserver")
        # started now (unless the caller did, earlier), the server loads while this process
        # writes the ontology and lists the first batch; a worker is forked at its submit
        start_fork_server()
        self.jobs = jobs
        self.window = jobs * window
        self._pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker)

    def map(self, batches: Iterable[list[Task]]) -> Iterator[list[Outcome]]:
        def result(f: Future[list[Outcome]]) -> list[Outcome]:
            return f.result()

        return _windowed(
            lambda b: self._pool.submit(extract_batch, b), result, batches, self.window
        )

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)


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

    def close(self) -> None:
        self._client.close()
        if self._cluster is not None:
            self._cluster.close()


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


# ------------------------------------------------------------------- building


def _chars(task: Task) -> int:
    """A task's size in characters: a file's bytes count a third (UTF-8 Chinese)."""
    return len(task.text) if isinstance(task, Document) else task.size // 3


def batches(
    tasks: Iterable[Task],
    batch_chars: int = 40_000,
    batch_docs: int = 32,
    grow_from: int | None = None,
) -> Iterator[list[Task]]:
    """Group tasks into batches of about ``batch_chars`` characters.

    A batch holds at most ``batch_docs`` tasks; with ``grow_from`` the first holds at
    most that many and each next one task more, up to ``batch_docs``. When reading
    ``tasks`` fails (a bad input), the tasks read before the failure are yielded as a
    last batch, then the error is raised.
    """
    batch: list[Task] = []
    size = 0
    most = batch_docs if grow_from is None else min(grow_from, batch_docs)
    source = iter(tasks)
    while True:
        try:
            task = next(source, None)
        except Exception:
            if batch:
                yield batch
            raise
        if task is None:
            break
        batch.append(task)
        size += _chars(task)
        if size >= batch_chars or len(batch) >= most:
            yield batch
            batch, size = [], 0
            most = min(most + 1, batch_docs)
    if batch:
        yield batch


def build_stream(
    tasks: Iterable[Task],
    store: Any,
    engine: Engine,
    *,
    force: bool = False,
    report: BuildReport | None = None,
    on_document: Callable[[Any], None] | None = None,
    on_failure: Callable[[InputError], None] | None = None,
    claim: Callable[[str, str], None] | None = None,
    batch_chars: int = 40_000,
    batch_docs: int = 32,
    grow_from: int | None = None,
    write_docs: int = 1,
    write_triples: int = 0,
    tail_triples: int = 0,
) -> BuildReport:
    """Extract ``tasks`` on ``engine`` and write the results to ``store`` as they come back.

    Documents the store holds with the same content hash are skipped, before extraction
    where the hash is known in advance (a document, or a file task's hint), unless
    ``force``. ``batch_chars``, ``batch_docs`` and ``grow_from`` shape the batches sent
    to the engine (see :func:`batches`); results are written once ``write_docs``
    documents have come back (one transaction where the store has a batch write), and
    what came back before a bad input is written before the error is raised.

    With ``write_triples`` the writes grow instead: the first as soon as a document is
    back, each next one four times as large in triples, up to ``write_triples``. A small
    build commits often; a large one ends up writing batches big enough for the store's
    bulk loader (:meth:`kg.store.Store.replace_documents`). Once every task is sent to
    the engine, the writes shrink to ``tail_triples`` (0: each result as it comes back),
    so that what is left to write after the last result is small.

    A file a worker cannot read goes to ``on_failure`` (default: raise its
    :class:`~kg.errors.InputError`); each document a worker read goes to ``claim`` with
    its file, which raises an InputError to refuse it (an id another file has used).
    """
    from kg.pipeline.build import BuildReport

    rep = report or BuildReport()
    # the ontology is written before the first document, not before the first task: the
    # workers start extracting while it loads
    ontology_written = False

    def ensure_ontology() -> None:
        nonlocal ontology_written
        if not ontology_written:
            store.ensure_ontology()
            ontology_written = True

    # into a fresh store, nothing can be unchanged: no lookups
    check = not force and store.has_documents()

    def pending() -> Iterator[Task]:
        from kg.relate.extract import content_hash

        for task in tasks:
            if isinstance(task, FileTask):
                yield task
                continue
            rep.doc_ids.append(task.id)
            if check and store.content_hash(task.id) == content_hash(task):
                rep.unchanged += 1
                if on_document is not None:
                    on_document(task)
                continue
            yield task

    # one transaction per write where the store offers it (all of them or none)
    write_batch = getattr(store, "replace_documents", None)
    done: list[DocumentResult] = []

    def write() -> None:
        ensure_ontology()
        if write_batch is not None:
            write_batch([(r.doc_id, r.ntriples, r.content_hash) for r in done])
        else:
            for r in done:
                store.replace_document(r.doc_id, r.ntriples, r.content_hash)
        for r in done:
            rep.documents += 1
            rep.triples += r.triples
            rep.sentences += r.sentences
            rep.assertions += r.assertions
            if on_document is not None:
                on_document(r)
        done.clear()

    def take(outcome: Outcome) -> None:
        if isinstance(outcome, ReadFailure):
            if on_failure is None:
                raise outcome.error()
            on_failure(outcome.error())
            return
        if outcome.path is not None:  # read by a worker: the parent has not seen it yet
            if claim is not None:
                try:
                    claim(outcome.doc_id, outcome.path)
                except InputError as exc:
                    if on_failure is None:
                        raise
                    on_failure(exc)
                    return
            rep.doc_ids.append(outcome.doc_id)
        if isinstance(outcome, Unchanged) or (
            not force
            and outcome.path is not None
            and not outcome.hinted  # else the worker compared with the stored hash
            and store.content_hash(outcome.doc_id) == outcome.content_hash
        ):
            rep.unchanged += 1
            if on_document is not None:
                on_document(outcome)
            return
        done.append(outcome)

    # once every task is submitted, the writes shrink to ``tail_triples``: the write left
    # after the last result is at most that, not up to ``write_triples``
    submitted = False

    def source() -> Iterator[list[Task]]:
        nonlocal submitted
        yield from batches(pending(), batch_chars, batch_docs, grow_from)
        submitted = True

    target = 1
    try:
        for outcomes in engine.map(source()):
            for outcome in outcomes:
                take(outcome)
            if write_triples:
                limit = min(target, tail_triples) if submitted else target
                if done and sum(r.triples for r in done) >= limit:
                    write()
                    target = min(target * 4, write_triples)
            elif len(done) >= write_docs:
                write()
    except Exception as exc:
        if done:
            write()
        elif isinstance(exc, InputError):
            ensure_ontology()  # a bad first input: the store has its ontology all the same
        raise
    if done:
        write()
    ensure_ontology()  # also when every document was unchanged: the ontology may be new
    return rep
