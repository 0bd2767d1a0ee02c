"""``kg build``: read documents, extract, and store each one as its own named graph."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, BinaryIO

from kg.errors import InputError
from kg.extract import Extraction, content_hash, extract_document
from kg.graph import document_graph
from kg.lexicon import Lexicon, load_lexicon
from kg.model import Document
from kg.read import expand_inputs, read_path
from kg.store import Store

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
    g = document_graph(ex, lexicon)
    store.replace_document(ex.document.id, g.serialize(format="nt"), ex.content_hash)
    return len(g)


def build_documents(
    docs: Iterable[Document],
    store: Store,
    *,
    force: bool = False,
    lexicon: Lexicon | None = None,
    report: BuildReport | None = None,
    on_document: Callable[[Document], None] | None = None,
) -> BuildReport:
    """Extract and store documents; unchanged ones are skipped unless ``force``."""
    lex = lexicon or load_lexicon()
    rep = report or BuildReport()
    store.ensure_ontology()
    for doc in docs:
        if not force and store.content_hash(doc.id) == content_hash(doc):
            rep.unchanged += 1
        else:
            ex = extract_document(doc, lex)
            rep.triples += store_extraction(store, ex, lex)
            rep.documents += 1
            rep.sentences += len(ex.sentences)
            rep.assertions += len(ex.assertions)
        rep.doc_ids.append(doc.id)
        if on_document is not None:
            on_document(doc)
    return rep


def build_paths(
    paths: Sequence[str],
    store: Store,
    *,
    keep_going: bool = False,
    force: bool = False,
    progress: bool = False,
    stdin: BinaryIO | None = None,
) -> BuildReport:
    """Build files, directories, globs and ``-`` (stdin) into the store.

    Every path is checked before anything is written. A bad input stops the build with
    an :class:`InputError` (documents already stored stay whole), or with ``keep_going``
    is recorded in the report and skipped.
    """
    inputs = expand_inputs(paths)
    report = BuildReport()
    bar = _progress(len(inputs), progress)

    def documents() -> Iterator[Document]:
        seen: dict[str, str] = {}
        for path in inputs:
            try:
                docs = read_path(path, stdin=stdin if stdin is not None else sys.stdin.buffer)
            except InputError as exc:
                if not keep_going:
                    raise
                report.failed.append(exc)
                continue
            finally:
                if bar is not None:
                    bar.update(1)
            for doc in docs:
                if doc.id in seen and seen[doc.id] != path:
                    clash = InputError(
                        path, f"document id {doc.id!r} is also used by {seen[doc.id]}"
                    )
                    if not keep_going:
                        raise clash
                    report.failed.append(clash)
                    continue
                seen[doc.id] = path
                yield doc

    try:
        build_documents(documents(), store, force=force, report=report)
    finally:
        if bar is not None:
            bar.close()
    return report


def _progress(total: int, enabled: bool) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    # disable=None: no bar when stderr is not a terminal (pipes, CI, logs)
    return tqdm(total=total, unit="file", desc="build", file=sys.stderr, leave=False, disable=None)
