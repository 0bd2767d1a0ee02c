"""Corpus builds on all cores, or on a Dask cluster: workers extract, the parent writes.

Documents stream from the reader through a bounded window of batches: each worker
process loads the lexicon and jieba once, turns a batch of documents into N-Triples,
and hands back plain strings; the parent alone writes the store, one transaction per
batch (per document where the store has no batch write), so a document is whole or
absent whatever happens to a worker. Memory is
bounded by the window (``jobs × window`` batches of at most ``batch_chars``
characters), not by the corpus.
"""

from __future__ import annotations

import os
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Protocol

from kg.build import BuildReport
from kg.errors import KgError
from kg.extract import content_hash, extract_document
from kg.lexicon import Lexicon, load_lexicon
from kg.model import Document

__all__ = [
    "DaskEngine",
    "DocumentResult",
    "Engine",
    "InlineEngine",
    "ProcessEngine",
    "batches",
    "build_stream",
    "default_jobs",
    "die_with_parent",
    "extract_batch",
    "extract_result",
    "make_engine",
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


def extract_result(doc: Document, lexicon: Lexicon | None = None) -> DocumentResult:
    """Extract one document and serialise its graph (what every engine runs per document)."""
    from kg.graph import document_ntriples

    lex = lexicon or worker_lexicon()
    ex = extract_document(doc, lex)
    ntriples, count = document_ntriples(ex, lex)
    return DocumentResult(
        doc.id, content_hash(doc), ntriples, count, len(ex.sentences), len(ex.assertions)
    )


def extract_batch(docs: list[Document]) -> list[DocumentResult]:
    """:func:`extract_result` over a batch, with this process's lexicon."""
    lex = worker_lexicon()
    return [extract_result(doc, lex) for doc in docs]


_LOCK = threading.Lock()
_LEXICON: Lexicon | None = None


def worker_lexicon() -> Lexicon:
    """This process's lexicon with the segmentation dictionary and the gazetteer loaded: once
    per process."""
    global _LEXICON
    if _LEXICON is None:
        with _LOCK:  # Dask workers may run several threads in one process
            if _LEXICON is None:
                from kg.mentions import gazetteer
                from kg.segment import dictionary

                lex = load_lexicon()
                dictionary(lex)
                gazetteer(lex)
                _LEXICON = lex
    return _LEXICON


def die_with_parent(expected: int | None = None) -> None:
    """Have the kernel kill this process when its parent dies (Linux; elsewhere nothing).

    A build killed with SIGKILL cannot shut its pool down: without this its fork server
    and workers stay behind, idle, holding the lexicon and jieba. The fork server calls
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

    from kg import worker_preload

    # the fork server's pid, known before this worker could be orphaned (unless this
    # worker imported the module itself: a fork server started without the preload)
    server = worker_preload.SERVER_PID
    die_with_parent(server if server != os.getpid() else None)
    # Ctrl-C is the parent's to handle: it stops submitting and shuts the pool down,
    # instead of every worker printing its own traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_lexicon()


def default_jobs() -> int:
    """All the cores this process may use."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


# ------------------------------------------------------------------- engines


class Engine(Protocol):
    """Maps batches of documents to their results, in order, a bounded number at a time."""

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[DocumentResult]]: ...

    def close(self) -> None: ...


class InlineEngine:
    """Extraction in this process (``--jobs 1``), with ``lexicon`` or this process's own."""

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lexicon = lexicon

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[DocumentResult]]:
        for batch in batches:
            lex = self.lexicon or worker_lexicon()
            yield [extract_result(doc, lex) for doc in batch]

    def close(self) -> None:
        pass


def _windowed(
    submit: Callable[[list[Document]], Any],
    result: Callable[[Any], list[DocumentResult]],
    batches: Iterable[list[Document]],
    window: int,
) -> Iterator[list[DocumentResult]]:
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
    """Worker processes on this machine, each loading the lexicon and jieba once."""

    def __init__(self, jobs: int, window: int = 3) -> None:
        import multiprocessing as mp

        # forkserver: workers never inherit the parent's open store or its threads; the
        # server loads the lexicon and jieba once (kg.worker_preload) for all of them
        ctx = mp.get_context("forkserver")
        # the fork server (started with this environment) dies with this process
        os.environ["ZHKG_BUILD_PID"] = str(os.getpid())
        ctx.set_forkserver_preload(["kg.parallel", "kg.extract", "kg.graph", "kg.worker_preload"])
        self.jobs = jobs
        self.window = jobs * window
        self._pool = ProcessPoolExecutor(jobs, mp_context=ctx, initializer=_init_worker)

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[DocumentResult]]:
        def result(f: Future[list[DocumentResult]]) -> list[DocumentResult]:
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
    deployment packages.
    """

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

    def map(self, batches: Iterable[list[Document]]) -> Iterator[list[DocumentResult]]:
        def submit(batch: list[Document]) -> Any:
            return self._client.submit(extract_batch, batch, pure=False)

        def result(f: Any) -> list[DocumentResult]:
            out: list[DocumentResult] = f.result()
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


def batches(
    docs: Iterable[Document],
    batch_chars: int = 40_000,
    batch_docs: int = 32,
    grow_from: int | None = None,
) -> Iterator[list[Document]]:
    """Group documents into batches of about ``batch_chars`` characters.

    A batch holds at most ``batch_docs`` documents; with ``grow_from`` the first holds at
    most that many and each next one document more, up to ``batch_docs``. When reading
    ``docs`` fails, the documents read before the failure are yielded as a last batch,
    then the error is raised.
    """
    batch: list[Document] = []
    size = 0
    most = batch_docs if grow_from is None else min(grow_from, batch_docs)
    source = iter(docs)
    while True:
        try:
            doc = next(source, None)
        except Exception:
            if batch:
                yield batch
            raise
        if doc is None:
            break
        batch.append(doc)
        size += len(doc.text)
        if size >= batch_chars or len(batch) >= most:
            yield batch
            batch, size = [], 0
            most = min(most + 1, batch_docs)
    if batch:
        yield batch


def build_stream(
    docs: Iterable[Document],
    store: Any,
    engine: Engine,
    *,
    force: bool = False,
    report: BuildReport | None = None,
    on_document: Callable[[Document | DocumentResult], None] | None = None,
    batch_chars: int = 40_000,
    batch_docs: int = 32,
    grow_from: int | None = None,
    write_docs: int = 1,
    write_triples: int = 0,
) -> BuildReport:
    """Extract ``docs`` on ``engine`` and write the results to ``store`` as they come back.

    Unchanged documents (same content hash as stored) are skipped before extraction
    unless ``force``. ``batch_chars``, ``batch_docs`` and ``grow_from`` shape the batches
    sent to the engine (see :func:`batches`); results are written once ``write_docs``
    documents have come back (one transaction where the store has a batch write), and
    what came back before a bad input is written before the error is raised.

    With ``write_triples`` the writes grow instead: the first as soon as a document is
    back, each next one four times as large in triples, up to ``write_triples``. A small
    build commits often; a large one ends up writing batches big enough for the store's
    bulk loader (:meth:`kg.store.Store.replace_documents`).
    """
    rep = report or BuildReport()
    store.ensure_ontology()

    def pending() -> Iterator[Document]:
        for doc in docs:
            rep.doc_ids.append(doc.id)
            if not force and store.content_hash(doc.id) == content_hash(doc):
                rep.unchanged += 1
                if on_document is not None:
                    on_document(doc)
                continue
            yield doc

    # one transaction per write where the store offers it (all of them or none)
    write_batch = getattr(store, "replace_documents", None)
    done: list[DocumentResult] = []

    def write() -> None:
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

    target = 1
    try:
        for results in engine.map(batches(pending(), batch_chars, batch_docs, grow_from)):
            done.extend(results)
            if write_triples:
                if sum(r.triples for r in done) >= target:
                    write()
                    target = min(target * 4, write_triples)
            elif len(done) >= write_docs:
                write()
    except Exception:
        if done:
            write()
        raise
    if done:
        write()
    return rep
