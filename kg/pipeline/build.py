"""``kg build``: read documents, extract, and store each one as its own named graph."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, BinaryIO, cast

from kg.errors import InputError
from kg.model import Document
from kg.pipeline.engines import (
    FileTask,
    InlineEngine,
    Task,
    build_stream,
    file_size,
    make_engine,
    worker_count,
)
from kg.read.files import _FORMAT_OF_SUFFIX, expand_inputs, read_path
from kg.store.local import Store

if TYPE_CHECKING:  # the extractor is imported where it runs: a parallel build's parent
    from kg.relate.extract import Extraction  # only lists files and writes
    from kg.text.lexicon import Lexicon

__all__ = ["BuildReport", "build_documents", "build_paths", "store_extraction"]


@dataclass
class BuildReport:
    """What a build did."""

    documents: int = 0  # built (new or changed)
    unchanged: int = 0  # skipped: same content as stored
    sentences: int = 0
    assertions: int = 0
    triples: int = 0
    failed: list[InputError] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)

    def summary(self) -> str:
        parts = [f"{self.documents} documents built"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        parts.append(f"{self.sentences} sentences, {self.assertions} facts, {self.triples} triples")
        if self.failed:
            parts.append(f"{len(self.failed)} inputs failed")
        return "; ".join(parts)


def store_extraction(store: Store, ex: Extraction, lexicon: Lexicon | None = None) -> int:
    """Write one document's graph into the store (one transaction); returns its triple count."""
    from kg.graph.triples import document_ntriples

    ntriples, count = document_ntriples(ex, lexicon)
    store.replace_document(ex.document.id, ntriples, ex.content_hash)
    return count


def build_documents(
    docs: Iterable[Document],
    store: Store,
    *,
    force: bool = False,
    lexicon: Lexicon | None = None,
    report: BuildReport | None = None,
    on_document: Callable[[Any], None] | None = None,
) -> BuildReport:
    """Extract and store documents in this process; unchanged ones are skipped unless ``force``.

    Documents are written as the parallel build writes them (:func:`kg.parallel.build_stream`),
    each document whole or absent. The k-th batch extracted holds k documents, up to 128;
    writes start with the first document and grow fourfold up to 25,000 triples: a small
    build commits often, so an interrupted one keeps all but its last few documents, and
    a large one writes batches the store bulk-loads.
    """
    return build_stream(
        docs,
        store,
        InlineEngine(lexicon),
        force=force,
        report=report,
        on_document=on_document,
        batch_chars=1_000_000,
        batch_docs=128,
        grow_from=1,
        write_triples=WRITE_TRIPLES,
    )


def build_paths(
    paths: Sequence[str],
    store: Store,
    *,
    keep_going: bool = False,
    force: bool = False,
    progress: bool = False,
    stdin: BinaryIO | None = None,
    jobs: int | None = 1,
    engine: str = "process",
    scheduler: str | None = None,
) -> BuildReport:
    """Build files, directories, globs and ``-`` (stdin) into the store.

    Every path is checked before anything is written. A bad input stops the build with
    an :class:`InputError` (documents already stored stay whole), or with ``keep_going``
    is recorded in the report and skipped.

    ``jobs`` worker processes extract (None: all cores; see :mod:`kg.parallel`), or
    ``engine="dask"`` maps documents over a Dask cluster at ``scheduler`` (None: local).
    Worker processes read the files of one document each (text, Markdown, HTML)
    themselves; JSON Lines and stdin are read here.
    """
    inputs = expand_inputs(paths)
    sizes = {p: file_size(p) for p in inputs}  # stat each file once
    report = BuildReport()
    check = not force and store.has_documents()  # a fresh store holds no hash to compare
    bar = _progress(sum(sizes.values()), progress)
    origin: dict[str, str] = {}

    def claim(doc_id: str, path: str) -> None:
        """Refuse a document whose id a document of another file has."""
        if origin.setdefault(doc_id, path) != path:
            raise InputError(path, f"document id {doc_id!r} is also used by {origin[doc_id]}")

    def failed(exc: InputError) -> None:
        if not keep_going:
            raise exc
        report.failed.append(exc)

    def tasks(files: bool) -> Iterator[Task]:
        for path in inputs:
            stem, suffix = os.path.splitext(os.path.basename(path))  # as PurePath's, faster
            if files and _FORMAT_OF_SUFFIX.get(suffix.lower()) in ("text", "html"):
                size = sizes[path]
                if bar is not None:
                    bar.update(size)
                doc_id = stem  # kg.read's id for a file's one document
                stored = store.content_hash(doc_id) if check and doc_id else None
                yield FileTask(path, size, doc_id or None, stored)
                continue
            try:
                docs = read_path(path, stdin=stdin if stdin is not None else sys.stdin.buffer)
            except InputError as exc:
                failed(exc)
                continue
            finally:
                if bar is not None:
                    bar.update(sizes[path])
            for doc in docs:
                try:
                    claim(doc.id, path)
                except InputError as exc:
                    failed(exc)
                    continue
                yield doc

    def count(_: object) -> None:
        bar.set_postfix_str(f"{report.documents + report.unchanged} docs", refresh=False)

    tick = count if bar is not None else None

    workers = worker_count(jobs, engine, scheduler, sum(sizes.values()))
    try:
        if workers == 0 and engine == "process" and scheduler is None:
            docs = cast(Iterator[Document], tasks(False))  # no file tasks: documents only
            build_documents(docs, store, force=force, report=report, on_document=tick)
        else:
            eng = make_engine(workers or jobs, engine, scheduler)
            try:
                build_stream(
                    tasks(eng.reads_files),
                    store,
                    eng,
                    force=force,
                    report=report,
                    on_document=tick,
                    on_failure=failed,
                    claim=claim,
                    write_triples=WRITE_TRIPLES,
                    tail_triples=TAIL_TRIPLES,
                )
            finally:
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


# writes grow to this many triples: past 2,000 the store bulk-loads new documents
WRITE_TRIPLES = 25_000
# and once all the work is handed out, shrink to this many (bulk loads still): what is
# left to write after the last worker stops is small
TAIL_TRIPLES = 2_000
