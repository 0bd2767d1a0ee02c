"""``kg build``: read documents, extract, and store each one as its own named graph."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from kg.errors import InputError
from kg.model import Document
from kg.pipeline.engines import InlineEngine, file_size, make_engine, worker_count
from kg.pipeline.report import BuildReport
from kg.pipeline.stream import Batching, Writes, build_stream
from kg.pipeline.worker import FileTask, Task
from kg.read import format_of_suffix, read_path
from kg.read.index import IndexEntry, IndexLookup
from kg.read.inputs import ID_SOURCES, document_id, list_inputs

if TYPE_CHECKING:  # the extractor is imported where it runs: a parallel build's parent
    from kg.model import Extraction  # only lists files and writes
    from kg.store import GraphStore
    from kg.text.lexicon import Lexicon

__all__ = ["BuildReport", "build_documents", "build_paths", "store_extraction"]

# writes grow to this many triples: past 2,000 the store bulk-loads new documents
WRITE_TRIPLES = 25_000
# and once all the work is handed out, shrink to this many (bulk loads still): what is
# left to write after the last worker stops is small
TAIL_TRIPLES = 2_000


def store_extraction(store: GraphStore, ex: Extraction) -> int:
    """Write one document's graph into the store (one transaction); returns its triple count."""
    from kg.graph.triples import document_ntriples
    from kg.relate.rules import RULES

    ntriples, count = document_ntriples(ex, RULES)
    store.replace_document(ex.document.id, ntriples, ex.content_hash)
    return count


def build_documents(
    docs: Iterable[Document],
    store: GraphStore,
    *,
    force: bool = False,
    lexicon: Lexicon | None = None,
    report: BuildReport | None = None,
    on_document: Callable[[Any], None] | None = None,
    on_failure: Callable[[InputError], None] | None = None,
) -> BuildReport:
    """Extract and store documents in this process; unchanged ones are skipped unless ``force``.

    Documents are written as a parallel build writes them (:func:`kg.pipeline.stream.
    build_stream`), each document whole or absent. The k-th batch extracted holds k
    documents, up to 128; writes start with the first document and grow fourfold up to
    25,000 triples: a small build commits often, so an interrupted one keeps all but its
    last few documents, and a large one writes batches the store bulk-loads.
    """
    return build_stream(
        docs,
        store,
        InlineEngine(lexicon),
        force=force,
        report=report,
        on_document=on_document,
        on_failure=on_failure,
        batching=Batching(chars=1_000_000, docs=128, grow_from=1),
        writes=Writes(triples=WRITE_TRIPLES),
    )


class _Inputs:
    """The inputs of a build as tasks: files for workers to read, or documents read here."""

    def __init__(
        self,
        inputs: list[str],
        store: GraphStore,
        report: BuildReport,
        id_from: str,
        *,
        keep_going: bool,
        force: bool,
        stdin: BinaryIO | None,
        bar: Any,
    ) -> None:
        self.inputs, self.store, self.report = inputs, store, report
        self.keep_going, self.stdin, self.bar = keep_going, stdin, bar
        self.id_from = id_from
        self.sizes = {p: file_size(p) for p in inputs}  # stat each file once
        self.check = not force and store.has_documents()  # a fresh store holds no hash
        self.origin: dict[str, str] = {}
        # each folder's index.tsv, read here once: its rows travel on the file tasks
        self.indexes = IndexLookup(report.warnings.append, report.indexes)

    def claim(self, doc_id: str, path: str) -> None:
        """Refuse a document whose id a document of another file has."""
        if self.origin.setdefault(doc_id, path) != path:
            hint = "; --id-from path makes ids from paths" if self.id_from == "name" else ""
            raise InputError(
                path, f"document id {doc_id!r} is also used by {self.origin[doc_id]}{hint}"
            )

    def failed(self, exc: InputError) -> None:
        if self.keep_going:
            self.report.failed.append(exc)
            return
        if len(self.inputs) > 1:  # say how to build the others
            problem = (
                f"{exc.problem} (the build stopped here; --keep-going builds the other inputs)"
            )
            raise InputError(exc.path, problem, exc.line) from exc
        raise exc

    def path_id(self, path: str) -> str | None:
        """The id ``--id-from path`` gives the document of a one-document file."""
        return document_id(path, self.id_from)

    def _advance(self, path: str) -> None:
        if self.bar is not None:
            self.bar.update(self.sizes[path])

    def tasks(self, files: bool) -> Iterator[Task]:
        """Each input as a file task (``files``: workers read one-document formats) or as
        the documents read from it here."""
        for path in self.inputs:
            stem, suffix = os.path.splitext(os.path.basename(path))  # as PurePath's, faster
            one_document = format_of_suffix(suffix) in ("text", "html")
            new_id = self.path_id(path) if one_document else None
            entry = self.indexes.entry(path, stem) if one_document else None
            if files and one_document:
                self._advance(path)
                doc_id = new_id or stem  # kg.read's id for a file's one document
                stored = self.store.content_hash(doc_id) if self.check and doc_id else None
                yield FileTask(
                    path, self.sizes[path], doc_id or None, stored, new_id is not None, entry
                )
                continue
            yield from self._documents(path, new_id, entry)

    def _documents(
        self, path: str, new_id: str | None = None, entry: IndexEntry | None = None
    ) -> Iterator[Document]:
        bad: list[InputError] | None = [] if self.keep_going else None
        try:
            stdin = self.stdin if self.stdin is not None else sys.stdin.buffer
            docs = read_path(path, stdin=stdin, known=entry, bad=bad)
        except InputError as exc:
            self.failed(exc)
            return
        finally:
            self._advance(path)
        for line_error in bad or ():  # the bad lines of JSON Lines, the good ones read
            self.failed(line_error)
        if new_id is not None:
            docs = [replace(doc, id=new_id) for doc in docs]
        if entry is not None:  # a file of one document, named in its folder's index
            docs = [entry.apply(doc) for doc in docs]
        for doc in docs:
            try:
                self.claim(doc.id, path)
            except InputError as exc:
                self.failed(exc)
                continue
            yield doc


def build_paths(
    paths: Sequence[str],
    store: GraphStore,
    *,
    keep_going: bool = False,
    force: bool = False,
    progress: bool = False,
    stdin: BinaryIO | None = None,
    jobs: int | None = 1,
    engine: str = "process",
    scheduler: str | None = None,
    id_from: str = "name",
) -> BuildReport:
    """Build files, directories, globs and ``-`` (stdin) into the store.

    Every path is checked before anything is written. A bad input stops the build with an
    :class:`InputError` (documents already stored stay whole), or with ``keep_going`` is
    recorded in the report and skipped. Files of other types found in a directory are passed
    over and listed in ``report.unsupported``.

    A text, Markdown or HTML file's document is named by the file (``id_from="name"``:
    ``a/index.txt`` is ``index``) or by its path (``"path"``: ``a/index``, relative to the
    working directory); a JSON Lines record by its ``id``. ``jobs`` worker processes extract
    (None: all cores; see :mod:`kg.pipeline.engines`), or ``engine="dask"`` maps documents over
    a Dask cluster at ``scheduler`` (None: local). Worker processes read the files of one
    document each (text, Markdown, HTML) themselves; JSON Lines and stdin are read here.

    Such a file named in its folder's ``index.tsv`` (:mod:`kg.read.index`) takes the title and
    date of its row there; an index that cannot be read is left out with a line in
    ``report.warnings``, and those that served are in ``report.indexes``."""
    if id_from not in ID_SOURCES:
        raise ValueError(f"id_from must be one of {ID_SOURCES}, not {id_from!r}")
    listed = list_inputs(paths)
    inputs = listed.files
    report = BuildReport(unsupported=listed.unsupported)
    total = sum(file_size(p) for p in inputs)
    bar = _progress(total, progress)
    source = _Inputs(
        inputs, store, report, id_from, keep_going=keep_going, force=force, stdin=stdin, bar=bar
    )

    def count(_: object) -> None:
        bar.set_postfix_str(f"{report.documents + report.unchanged} docs", refresh=False)

    tick = count if bar is not None else None
    workers = worker_count(jobs, engine, scheduler, total)
    try:
        if workers == 0 and engine == "process" and scheduler is None:
            docs = cast(Iterator[Document], source.tasks(False))  # no file tasks: documents
            build_documents(
                docs, store, force=force, report=report, on_document=tick, on_failure=source.failed
            )
            return report
        eng = make_engine(workers or jobs, engine, scheduler)
        try:
            build_stream(
                source.tasks(eng.reads_files),
                store,
                eng,
                force=force,
                report=report,
                on_document=tick,
                on_failure=source.failed,
                claim=source.claim,
                writes=Writes(triples=WRITE_TRIPLES, tail=TAIL_TRIPLES),
            )
        except BaseException:
            eng.close(abort=True)
            raise
        eng.close()
    finally:
        if bar is not None:
            bar.close()
    return report


def _progress(total: int, enabled: bool) -> Any:
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    # bytes read: the bar shows MB/s and an ETA; the postfix counts documents
    return tqdm(
        total=total,
        unit="B",
        unit_scale=True,
        unit_divisor=1024,
        desc="build",
        file=sys.stderr,
        leave=False,
    )
