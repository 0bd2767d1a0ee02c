"""The build loop: tasks go to an engine in batches, results come back and are written.

Memory is bounded by the engine's window of batches in flight, not by the corpus. The
parent alone writes the store, one transaction per write, so a document is whole or
absent whatever happens to a worker. Its writes run in a thread of their own, one at a
time and in order, while the next results are extracted or received: Oxigraph lets go
of the interpreter while it loads, so a 1-job build extracts and writes at once.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from kg.errors import InputError
from kg.model import Document
from kg.pipeline.engines import Engine
from kg.pipeline.report import BuildReport
from kg.pipeline.worker import (
    DocumentResult,
    FileTask,
    Outcome,
    ReadFailure,
    Task,
    Unchanged,
)

__all__ = ["Batching", "Writes", "batches", "build_stream"]


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


@dataclass(frozen=True)
class Batching:
    """The batches sent to an engine: about ``chars`` characters and at most ``docs``
    tasks each; with ``grow_from``, the first holds that many and each next one more."""

    chars: int = 40_000
    docs: int = 32
    grow_from: int | None = None


class Writes:
    """How big the writes are: by documents, or growing by triples.

    ``docs``: write once that many documents are back. With ``triples`` the writes grow
    instead: the first as soon as a document is back, each next one four times as large
    in triples, up to ``triples``: a small build commits often, a large one writes batches
    big enough for the store's bulk loader. Once every task is sent to the engine, they
    shrink to ``tail`` (0: each result as it comes back), so that what is left to write
    after the last result is small.
    """

    def __init__(self, docs: int = 1, triples: int = 0, tail: int = 0) -> None:
        self.docs, self.triples, self.tail = docs, triples, tail
        self.target = 1

    def due(self, done: list[DocumentResult], submitted: bool) -> bool:
        if not done:
            return False
        if not self.triples:
            return len(done) >= self.docs
        limit = min(self.target, self.tail) if submitted else self.target
        return sum(r.triples for r in done) >= limit

    def wrote(self) -> None:
        self.target = min(self.target * 4, self.triples) if self.triples else 1


class _Writer:
    """The parent's side of a build: skips what is unchanged, writes what came back."""

    def __init__(
        self,
        store: Any,
        report: BuildReport,
        force: bool,
        on_document: Callable[[Any], None] | None,
        on_failure: Callable[[InputError], None] | None,
        claim: Callable[[str, str], None] | None,
    ) -> None:
        self.store, self.report, self.force = store, report, force
        self.on_document, self.on_failure, self.claim = on_document, on_failure, claim
        # into a fresh store, nothing can be unchanged: no lookups
        self.stored_any = store.has_documents()
        self.check = not force and self.stored_any
        # one transaction per write where the store offers it (all of them or none)
        self.write_batch = getattr(store, "replace_documents", None)
        self.done: list[DocumentResult] = []
        self.ontology_written = False
        self._thread: ThreadPoolExecutor | None = None
        self._flight: tuple[Future[None], list[DocumentResult]] | None = None

    def ensure_ontology(self) -> None:
        # written before the first document, not before the first task: the workers start
        # extracting while it loads
        if not self.ontology_written:
            self.store.ensure_ontology()
            self.ontology_written = True

    def _tick(self, item: Any) -> None:
        if self.on_document is not None:
            self.on_document(item)

    def pending(self, tasks: Iterable[Task]) -> Iterator[Task]:
        """The tasks still to extract: documents stored with the same hash are skipped."""
        from kg.relate.extract import content_hash

        for task in tasks:
            if isinstance(task, FileTask):
                yield task
                continue
            self.report.doc_ids.append(task.id)
            if self.check and self.store.content_hash(task.id) == content_hash(task):
                self.report.unchanged += 1
                self._tick(task)
                continue
            if task.source and (clash := self._clash(task.id, task.source)):
                self._fail(InputError(task.source, clash))
                continue
            yield task

    def _fail(self, exc: InputError) -> None:
        if self.on_failure is None:
            raise exc
        self.on_failure(exc)

    def take(self, outcome: Outcome) -> None:
        """Keep a result for the next write, or count it as unchanged or failed."""
        if isinstance(outcome, ReadFailure):
            self._fail(outcome.error())
            return
        if outcome.path is not None:  # read by a worker: the parent has not seen it yet
            if self.claim is not None:
                try:
                    self.claim(outcome.doc_id, outcome.path)
                except InputError as exc:
                    self._fail(exc)
                    return
            self.report.doc_ids.append(outcome.doc_id)
        if isinstance(outcome, Unchanged) or (
            not self.force
            and outcome.path is not None
            and not outcome.hinted  # else the worker compared with the stored hash
            and self.store.content_hash(outcome.doc_id) == outcome.content_hash
        ):
            self.report.unchanged += 1
            self._tick(outcome)
            return
        if outcome.path is not None and (clash := self._clash(outcome.doc_id, outcome.path)):
            self._fail(InputError(outcome.path, clash))
            return
        self.done.append(outcome)

    def _clash(self, doc_id: str, path: str) -> str | None:
        """Why a file's document may not replace the stored one of its id: that one, named
        by its file too, was read from another file still there (a/index.html, then
        b/index.html), which would be lost."""
        if (
            self.force
            or not self.stored_any
            or os.path.splitext(os.path.basename(path))[0] != doc_id
        ):
            return None  # (--force replaces; an id of its own: a record's, or by --id-from path)
        from kg.store.updates import source_path_query

        rows = self.store.select(source_path_query(doc_id))
        old = rows[0].get("p") if rows else None
        if not old or old == path or not os.path.isfile(old) or os.path.samefile(old, path):
            return None  # (the same file, or one no longer there: moved, or another folder's)
        return (
            f"document id {doc_id!r} is in the store already, read from {old}; "
            "--id-from path names documents by their paths, --force replaces it"
        )

    def write(self) -> None:
        """Hand the results kept so far to the writing thread (one transaction where the
        store has batches), once the write before them has landed."""
        self.ensure_ontology()
        self.settle()
        if self._thread is None:
            self._thread = ThreadPoolExecutor(1, thread_name_prefix="kg-build-writes")
        batch, self.done = self.done, []
        self._flight = (self._thread.submit(self._store, batch), batch)

    def _store(self, batch: list[DocumentResult]) -> None:
        if self.write_batch is not None:
            self.write_batch([(r.doc_id, r.ntriples, r.content_hash) for r in batch])
        else:
            for r in batch:
                self.store.replace_document(r.doc_id, r.ntriples, r.content_hash)

    def settle(self) -> None:
        """Wait for the write in flight and count its documents (its error is raised here)."""
        if self._flight is None:
            return
        future, batch = self._flight
        self._flight = None
        future.result()
        rep = self.report
        for r in batch:
            rep.documents += 1
            rep.triples += r.triples
            rep.sentences += r.sentences
            rep.assertions += r.assertions
            self._tick(r)

    def close(self) -> None:
        """Wait for the last write: the store is whole when the build returns or stops."""
        try:
            self.settle()
        finally:
            if self._thread is not None:
                self._thread.shutdown()


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
    batching: Batching = Batching(),
    writes: Writes | None = None,
) -> BuildReport:
    """Extract ``tasks`` on ``engine`` and write the results to ``store`` as they come back.

    Documents the store holds with the same content hash are skipped, before extraction
    where the hash is known in advance (a document, or a file task's hint), unless
    ``force``. ``batching`` shapes the batches sent to the engine (see :func:`batches`);
    ``writes`` says when results are written (default:
    each document). What came back before a bad input is written before the error is
    raised.

    A file a worker cannot read goes to ``on_failure`` (default: raise its
    :class:`~kg.errors.InputError`); each document a worker read goes to ``claim`` with
    its file, which raises an InputError to refuse it (an id another file has used).
    """
    rep = report or BuildReport()
    writer = _Writer(store, rep, force, on_document, on_failure, claim)
    plan = writes or Writes()
    submitted = False

    def source() -> Iterator[list[Task]]:
        nonlocal submitted
        yield from batches(writer.pending(tasks), batching.chars, batching.docs, batching.grow_from)
        submitted = True

    try:
        try:
            for outcomes in engine.map(source()):
                for outcome in outcomes:
                    writer.take(outcome)
                if plan.due(writer.done, submitted):
                    writer.write()
                    plan.wrote()
        except Exception as exc:
            if writer.done:
                writer.write()
            elif isinstance(exc, InputError):
                writer.ensure_ontology()  # a bad first input: the store has its ontology all the same
            raise
        if writer.done:
            writer.write()
        writer.ensure_ontology()  # also when every document was unchanged: the ontology may be new
    finally:
        writer.close()  # (also on Ctrl-C: the write in flight lands whole)
    return rep
