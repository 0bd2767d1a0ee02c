"""The persistent graph: an embedded Oxigraph store with one named graph per document.

rdflib builds and checks graphs; Oxigraph keeps them on disk and answers SPARQL fast.
The default graph of a query that names no dataset is the union of all named graphs.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.resources import ontology_files
from kg.store.dataset import dataset_options
from kg.store.lock import DEFAULT_WAIT, LOCK_NAME, StoreLock
from kg.store.outbound import check_outbound
from kg.store.sparql import (
    PREFIXES,
    Param,
    SparqlReads,
    bind_params,
    check_nesting,
    check_timeout,
    first_line,
    is_update,
    syntax_message,
    term_value,
)
from kg.store.updates import (
    CONTENT_HASH,
    ONTOLOGY_GRAPH_OX,
    ONTOLOGY_HASH,
    STORE_META,
    drop_document_update,
    ontology_digest,
    replace_document_update,
    split_into_quads,
)
from kg.store.workers import WorkerPool
from kg.vocabulary import document_graph_iri

__all__ = ["DEFAULT_STORE", "Store", "open_read_only", "open_reader"]

DEFAULT_STORE = "kg-store"
# a new batch of documents this big goes to the store through Oxigraph's bulk loader
_BULK_QUADS = 2_000
_COMPACT_AFTER = 250_000


def open_read_only(path: Path) -> ox.Store:
    """Open for reading; a writer opening or compacting at that moment can make RocksDB see
    files vanish, so a failed open is tried again a few times before it is an error."""
    for attempt in range(5):
        try:
            return ox.Store.read_only(str(path))
        except (OSError, RuntimeError) as exc:
            if attempt == 4:
                raise StoreError(
                    f"{path}: cannot open the store for reading ({first_line(exc)}); "
                    "if a build is writing it, try again when it has finished"
                ) from exc
            time.sleep(0.2 * (attempt + 1))
    raise AssertionError("unreachable")  # pragma: no cover


class Store(SparqlReads):
    """A zhkg graph store on disk (``path``) or in memory (``path=None``)."""

    def __init__(
        self,
        path: str | Path | None = DEFAULT_STORE,
        *,
        read_only: bool = False,
        wait: float = DEFAULT_WAIT,
    ) -> None:
        """Open (or create) the store; a writer on disk first takes the store's lock.

        ``wait`` is how long to wait for another writer (:mod:`kg.store.lock`) before
        :class:`~kg.errors.StoreLockedError`; readers never wait.
        """
        self.path = Path(path) if path is not None else None
        self._lock: StoreLock | None = None
        if self.path is not None and self.path.is_file():
            raise StoreError(f"{self.path}: a file, not a store's folder")
        try:
            if self.path is None:
                self._ox = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"{self.path}: no zhkg store here (run `kg build` first)")
                self._ox = open_read_only(self.path)
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._lock = StoreLock(self.path)
                self._lock.acquire(wait)
                self._ox = ox.Store(str(self.path))
        except OSError as exc:
            if self._lock is not None:
                self._lock.release()
            raise StoreError(f"{self.path}: cannot open the store ({first_line(exc)})") from exc
        self.read_only = read_only
        self._bulk_quads = 0  # bulk-loaded since opening

    # ------------------------------------------------------------ lifecycle
    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        if not self.read_only:
            try:
                self._ox.flush()
                if self._bulk_quads >= _COMPACT_AFTER:
                    # the bulk loader leaves many small files behind: compacting them once
                    # (2.6 s at a million triples) makes reads up to twice as fast; below
                    # this, queries take milliseconds either way (5,000 news stories, 88,000
                    # triples: 35 ms for all saved queries against 45, for 0.45 s at close)
                    self._ox.optimize()
            except OSError:
                pass
        del self._ox
        if self._lock is not None:
            self._lock.release()

    @staticmethod
    def destroy(path: str | Path, *, wait: float = DEFAULT_WAIT) -> None:
        """Delete a store directory (only one that looks like a store, and no one writes)."""
        p = Path(path)
        if not p.exists():
            return
        if p.is_file():
            raise StoreError(f"{p}: a file, not a store's folder")
        if not (p / "CURRENT").exists() and any(f.name != LOCK_NAME for f in p.iterdir()):
            raise StoreError(f"{p}: refusing to delete a directory that is not a zhkg store")
        with_lock = StoreLock(p)
        with_lock.acquire(wait)
        try:
            shutil.rmtree(p)
        finally:
            with_lock.release()

    @property
    def oxigraph(self) -> ox.Store:
        """The underlying ``pyoxigraph.Store`` for direct use."""
        return self._ox

    @property
    def cleared_lock_of(self) -> int | None:
        """The pid of a dead writer whose lock this store found and cleared, if any."""
        return self._lock.stale_pid if self._lock is not None else None

    # ------------------------------------------------------------ writing
    def ensure_ontology(self) -> bool:
        """Load ``ontology/*.ttl`` into their own named graph when missing or changed."""
        digest = ontology_digest()
        current = [
            term_value(q.object)
            for q in self._ox.quads_for_pattern(ONTOLOGY_GRAPH_OX, ONTOLOGY_HASH, None, STORE_META)
        ]
        if current == [digest]:
            return False
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        # dropped, then loaded with its digest as N-Quads in one transaction (a third of
        # the time a SPARQL INSERT DATA of the same triples takes): a build cut short in
        # between leaves no digest, and the next one loads the ontology again
        g = ONTOLOGY_GRAPH_OX
        self._update(
            f"DROP SILENT GRAPH {g} ;\n"
            f"DELETE WHERE {{ GRAPH {STORE_META} {{ {g} {ONTOLOGY_HASH} ?h }} }}"
        )
        quads = [
            ox.Quad(t.subject, t.predicate, t.object, g)
            for path in ontology_files()
            for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        ]
        quads.append(ox.Quad(g, ONTOLOGY_HASH, ox.Literal(digest), STORE_META))
        self._ox.load(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), ox.RdfFormat.N_QUADS)
        return True

    def replace_document(self, doc_id: str, ntriples: str, content_hash: str) -> None:
        """Replace one document's named graph (see :meth:`replace_documents`).

        ``ntriples`` is the document's graph as N-Triples; the content hash is kept so an
        unchanged document can be skipped on the next build.
        """
        self.replace_documents([(doc_id, ntriples, content_hash)])

    def replace_documents(self, docs: Sequence[tuple[str, str, str]]) -> None:
        """Replace several documents' graphs (id, N-Triples, content hash).

        Each document ends whole or absent, and the shared graph (:data:`FACTS_GRAPH`)
        holds what the documents state. Documents already stored are replaced by one SPARQL
        Update (one transaction: dropped and written again). New ones are loaded as
        N-Quads in one transaction; a batch of at least 2,000 new triples goes through
        Oxigraph's bulk loader instead (its files are ingested at once), and the content
        hashes follow in a transaction of their own, so that a document whose hash is
        missing after a crash is simply built again.
        """
        if not docs:
            return
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        graphs = [ox.NamedNode(str(document_graph_iri(d[0]))) for d in docs]
        stored = [self._ox.contains_named_graph(g) for g in graphs]
        if any(stored):
            self._update(
                " ;\n".join(
                    replace_document_update(*d) for d, s in zip(docs, stored, strict=True) if s
                )
            )
        body: list[str] = []
        hashes: list[str] = []
        n = 0
        for g, (_, ntriples, digest), s in zip(graphs, docs, stored, strict=True):
            if s:
                continue
            n += split_into_quads(ntriples, f" {g} .\n", body)
            hashes.append(f"{g} {CONTENT_HASH} {ox.Literal(digest)} {STORE_META} .\n")
        if not hashes:
            return
        try:
            if n >= _BULK_QUADS and self.path is not None:
                self._ox.bulk_load("".join(body), ox.RdfFormat.N_QUADS)
                self._bulk_quads += n
                self._ox.load("".join(hashes), ox.RdfFormat.N_QUADS)
            else:
                self._ox.load("".join(body + hashes), ox.RdfFormat.N_QUADS)
        except SyntaxError as exc:
            raise StoreError(f"internal error: generated N-Quads do not parse: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write the store ({first_line(exc)})") from exc

    def remove_document(self, doc_id: str) -> bool:
        """Drop a document's graph; False when it was not there."""
        g = ox.NamedNode(str(document_graph_iri(doc_id)))
        if not self._ox.contains_named_graph(g):
            return False
        self._update(drop_document_update(g))
        return True

    def has_documents(self) -> bool:
        """Whether any document was built into the store (a fresh build skips lookups)."""
        return (
            next(self._ox.quads_for_pattern(None, CONTENT_HASH, None, STORE_META), None) is not None
        )

    def content_hash(self, doc_id: str) -> str | None:
        """The content hash recorded when the document was last built, if any."""
        g = ox.NamedNode(str(document_graph_iri(doc_id)))
        for q in self._ox.quads_for_pattern(g, CONTENT_HASH, None, STORE_META):
            return term_value(q.object)
        return None

    def _update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        try:
            self._ox.update(sparql)
        except SyntaxError as exc:  # our own data: a bug, not a user error
            raise StoreError(f"internal error: generated update does not parse: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot write the store ({first_line(exc)})") from exc

    # ------------------------------------------------------------ reading
    def query(
        self,
        sparql: str,
        *,
        update: bool = False,
        params: Mapping[str, Param] | None = None,
        timeout: float | None = None,
        allow_service: Iterable[str] = (),
    ) -> Any:
        """Run SPARQL: pyoxigraph results (solutions, a boolean or triples), or None for
        an update (which needs ``update=True``).

        The dataset is the query's own (``FROM``, ``FROM NAMED``), else the union of all
        graphs (:mod:`kg.store.dataset`). ``params`` are bound once, as RDF terms
        (:func:`~kg.store.sparql.bind_params`). ``SERVICE`` and ``LOAD`` are refused unless
        their host is in ``allow_service`` (:mod:`kg.store.outbound`). With ``timeout``
        (seconds) a read query runs in a worker process that is killed when late
        (:mod:`kg.store.workers`).
        """
        check_timeout(timeout)
        if is_update(sparql):
            if not update:
                raise QueryError(
                    "this query is a SPARQL Update, which changes the store: add --update to run it"
                )
            if timeout is not None:
                raise QueryError("--timeout is for read queries; an update runs to its end")
            check_outbound(sparql, allow_service, update=True)
            try:
                self._update_user(sparql)
            except SyntaxError as exc:
                raise QueryError(f"malformed SPARQL: {syntax_message(exc, sparql)}") from exc
            return None
        sparql = bind_params(sparql, params)
        check_outbound(sparql, allow_service)
        options = dataset_options(sparql)
        if timeout is None:
            return self.evaluate(sparql, options)
        if self.path is None:
            raise QueryError("a timeout needs a store on disk (the query runs in a worker)")
        with WorkerPool(self.path, open_reader, size=1, warm=1) as pool:
            kind, payload = pool.call(_evaluate_serialized, sparql, options, timeout=timeout)
        return _unpack(kind, payload)

    def evaluate(self, sparql: str, options: Mapping[str, Any]) -> Any:
        """``pyoxigraph.Store.query`` with zhkg's prefixes and a dataset from
        :func:`~kg.store.dataset.dataset_options`; its errors as :class:`QueryError`."""
        check_nesting(sparql)
        try:
            return self._ox.query(sparql, prefixes=PREFIXES, **options)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {syntax_message(exc, sparql)}") from exc
        except OSError as exc:
            raise QueryError(f"query failed: {first_line(exc)}") from exc
        except (RuntimeError, ValueError) as exc:  # evaluation: e.g. SERVICE ?unbound
            raise QueryError(f"query failed: {first_line(exc)}") from exc

    def _update_user(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
        check_nesting(sparql)  # (a read query is checked in evaluate, where every read goes)
        self._ox.update(sparql, prefixes=PREFIXES)

    def union_triples(self) -> Iterator[ox.Triple]:
        """Every triple of the union of the graphs (facts, evidence and ontology).

        Graph by graph, without the store's bookkeeping and without DISTINCT: zhkg's
        graphs state each triple once (facts and names in the shared graph), and a triple
        that someone put into two graphs comes twice, which no RDF reader minds.
        """
        return (q.triple for q in self.quads())

    def export_graphs(self) -> list[ox.NamedNode | ox.DefaultGraph]:
        """The graphs an export holds, in a fixed order: the default one, then the named
        ones by IRI, without the store's bookkeeping graph."""
        named = sorted(g.value for g in self._ox.named_graphs() if g != STORE_META)
        return [ox.DefaultGraph(), *(ox.NamedNode(g) for g in named)]

    def quads(
        self, graphs: Sequence[ox.NamedNode | ox.DefaultGraph] | None = None
    ) -> Iterator[ox.Quad]:
        """The quads of ``graphs`` one graph after the other (default: :meth:`export_graphs`)."""
        for g in self.export_graphs() if graphs is None else graphs:
            yield from self._ox.quads_for_pattern(None, None, None, g)

    def dump_quads(self, output: IO[bytes], fmt: ox.RdfFormat) -> None:
        """Stream every quad (all graphs, without the store's bookkeeping)."""
        ox.serialize(
            self.quads(), output, fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TRIG else None
        )

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0


# --------------------------------------------------------------------------- worker calls


def open_reader(path: str) -> Store:
    """The store at ``path`` opened for reading: what a query worker opens
    (:class:`~kg.store.workers.WorkerPool`)."""
    return Store(path, read_only=True)


def _evaluate_serialized(
    store: Store, sparql: str, options: Mapping[str, Any]
) -> tuple[str, bytes]:
    """In a worker: evaluate completely and serialise (SPARQL JSON, N-Triples for graphs)."""
    result = store.evaluate(sparql, options)
    if isinstance(result, ox.QueryTriples):
        return "triples", result.serialize(format=ox.RdfFormat.N_TRIPLES) or b""
    return "results", result.serialize(format=ox.QueryResultsFormat.JSON) or b""


def _unpack(kind: str, payload: bytes) -> Any:
    if kind == "results":
        return ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)
    # triples come back as a real QueryTriples, so callers need not tell the paths apart
    scratch = ox.Store()
    scratch.bulk_extend(ox.parse(payload, format=ox.RdfFormat.N_TRIPLES))
    return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
