"""What runs where documents are extracted: one process of a build, a worker, a Dask worker.

A task is a document the parent has read or a file the worker reads itself; what comes
back is plain data (:class:`DocumentResult`: the document's graph as N-Triples text), so
the parent only writes.
"""

from __future__ import annotations

import os
import sys
import threading
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kg.errors import InputError
from kg.model import Document

if TYPE_CHECKING:
    from kg.read.index import IndexEntry
    from kg.text.lexicon import Lexicon

# The extractor (kg.relate, kg.graph, the lexicon) is imported by the functions that run
# it: workers have it preloaded, and the parent of a parallel build, which only lists
# files and writes, starts a seventh of a second sooner without it.

__all__ = [
    "DocumentResult",
    "FileTask",
    "Outcome",
    "ReadFailure",
    "Task",
    "Unchanged",
    "become_fork_server",
    "die_with_parent",
    "extract_batch",
    "extract_result",
    "init_worker",
    "run_task",
    "worker_lexicon",
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

    ``index`` is the file's row in its folder's ``index.tsv``: the parent reads each
    index once and sends the row, so a worker reads no more than its file.
    """

    path: str
    size: int
    doc_id: str | None = None
    stored_hash: str | None = None
    set_id: bool = False  # give the document ``doc_id`` as its id (ids from paths)
    index: IndexEntry | None = None  # its title and date win over the detected ones


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
    from kg.relate.rules import RULES

    lex = lexicon or worker_lexicon()
    ex = extract_document(doc, lex)
    ntriples, count = document_ntriples(ex, RULES)
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
    from kg.read import read_path
    from kg.relate.extract import content_hash

    try:
        docs = read_path(task.path, known=task.index)
    except InputError as exc:
        return [ReadFailure(exc.path, exc.problem, exc.line)]
    if task.set_id and task.doc_id:
        docs = [replace(doc, id=task.doc_id) for doc in docs]
    if task.index is not None:
        docs = [task.index.apply(doc) for doc in docs]
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
    it (:func:`become_fork_server`) so it dies with the build, and each worker so it dies
    with the fork server.
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


#: The fork server's pid, in the fork server and the workers it forks (None elsewhere).
_SERVER_PID: int | None = None


def become_fork_server() -> None:
    """What the fork server of a parallel build does first (:mod:`kg.pipeline.preload`):
    die with the build, and load what every worker needs once, before it forks them."""
    global _SERVER_PID
    _SERVER_PID = os.getpid()
    build = os.environ.get("ZHKG_BUILD_PID", "")
    die_with_parent(int(build) if build.isdigit() else None)
    try:
        worker_lexicon()
    except Exception:  # a worker loads it again and reports the error
        pass


def init_worker() -> None:
    """A worker process's start: die with the fork server, leave Ctrl-C to the parent."""
    import signal

    # the fork server's pid, known before this worker could be orphaned (None: a fork
    # server started without the preload; the worker's parent then is the server)
    die_with_parent(_SERVER_PID)
    # Ctrl-C is the parent's to handle: it stops submitting and shuts the pool down,
    # instead of every worker printing its own traceback
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_lexicon()
