"""The persistent graph: an embedded Oxigraph store with one named graph per document.

rdflib builds and checks graphs; Oxigraph keeps them on disk and answers SPARQL fast.
The default graph of every query is the union of all named graphs.
"""

from __future__ import annotations

import hashlib
import re
import shutil
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.resources import ontology_files
from kg.store.lock import DEFAULT_WAIT, LOCK_NAME, StoreLock
from kg.vocabulary import ONTOLOGY_GRAPH, document_graph_iri

__all__ = [
    "DEFAULT_STORE",
    "FACTS_GRAPH",
    "PREFIXES",
    "SparqlReads",
    "Store",
    "bind_params",
    "content_hash_query",
    "ontology_digest",
    "ontology_update",
    "replace_document_update",
    "split_ntriples",
    "term_value",
]

DEFAULT_STORE = "kg-store"

PREFIXES = {
    "kg": "https://w3id.org/zhkg/ontology#",
    "province": "https://w3id.org/zhkg/id/province/",
    "place": "https://w3id.org/zhkg/id/place/",
    "program": "https://w3id.org/zhkg/id/program/",
    "theme": "https://w3id.org/zhkg/id/theme/",
    "rule": "https://w3id.org/zhkg/id/rule/",
    "doc": "https://w3id.org/zhkg/id/doc/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "prov": "http://www.w3.org/ns/prov#",
    "dcterms": "http://purl.org/dc/terms/",
    "wd": "http://www.wikidata.org/entity/",
    "kgg": "https://w3id.org/zhkg/graph/",
}

_ONTOLOGY_HASH = ox.NamedNode(PREFIXES["kg"] + "ontologyHash")
_CONTENT_HASH = ox.NamedNode(PREFIXES["kg"] + "contentHash")
_STORE_META = ox.NamedNode("https://w3id.org/zhkg/graph/meta")

#: The shared graph: every fact (``kg:implements``, ``kg:serves``) and the description
#: (type, names) of every program, new theme and rule, each once however many documents
#: state it. A document's own graph keeps its evidence: the document, its sentences, the
#: assertions (which fact, from which sentence, by which rule) and what it mentions. So the
#: union default graph holds each fact once, and a query needs no DISTINCT for it.
FACTS_GRAPH = ox.NamedNode("https://w3id.org/zhkg/graph/facts")
_SHARED_SUBJECTS = tuple(
    f"<https://w3id.org/zhkg/id/{kind}/" for kind in ("program", "province", "theme", "rule")
)
_KG = PREFIXES["kg"]
_MENTIONED_IN = f" <{_KG}mentionedIn> "
# a new batch of documents this big goes to the store through Oxigraph's bulk loader
_BULK_QUADS = 2_000
_COMPACT_AFTER = 250_000


def _open_read_only(path: Path) -> ox.Store:
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


def solution_rows(result: Any) -> list[dict[str, str]]:
    """A SELECT result's rows as plain strings (unbound variables are absent)."""
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    names = [v.value for v in result.variables]
    rows = []
    for solution in result:
        row = {}
        for name in names:
            term = solution[name]
            if term is not None:
                row[name] = term_value(term)
        rows.append(row)
    return rows


def triple_strings(result: Any) -> list[tuple[str, str, str]]:
    """A CONSTRUCT/DESCRIBE result's triples as plain strings."""
    if not isinstance(result, ox.QueryTriples):
        raise QueryError("expected a CONSTRUCT or DESCRIBE query")
    return [(term_value(t.subject), term_value(t.predicate), term_value(t.object)) for t in result]


def term_value(term: Any) -> str:
    """The plain string of an RDF term: an IRI, a literal's lexical form, a blank node id."""
    return str(term.value)


class SparqlReads:
    """Plain-string reads over ``query``: shared by the local store and a remote one."""

    def query(
        self,
        sparql: str,
        *,
        update: bool = False,
        params: dict[str, str] | None = None,
        timeout: float | None = None,
    ) -> Any:
        raise NotImplementedError

    def select(self, sparql: str, params: dict[str, str] | None = None) -> list[dict[str, str]]:
        """A SELECT query's rows as plain strings (unbound variables are absent)."""
        return solution_rows(self.query(sparql, params=params))

    def construct(self, sparql: str) -> list[tuple[str, str, str]]:
        """A CONSTRUCT/DESCRIBE query's triples as plain strings."""
        return triple_strings(self.query(sparql))

    def documents(self) -> list[str]:
        """Ids of the documents in the store, sorted."""
        rows = self.select(
            "SELECT ?id WHERE { ?d a kg:Document ; dcterms:identifier ?id } ORDER BY ?id"
        )
        return [r["id"] for r in rows]


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

        ``wait`` is how long to wait for another writer (:mod:`kg.lock`) before
        :class:`~kg.errors.StoreLockedError`; readers never wait.
        """
        self.path = Path(path) if path is not None else None
        self._lock: StoreLock | None = None
        try:
            if self.path is None:
                self._ox = ox.Store()
            elif read_only:
                if not (self.path / "CURRENT").exists():
                    raise StoreError(f"{self.path}: no zhkg store here (run `kg build` first)")
                self._ox = _open_read_only(self.path)
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
            for q in self._ox.quads_for_pattern(
                ONTOLOGY_GRAPH_OX, _ONTOLOGY_HASH, None, _STORE_META
            )
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
            f"DELETE WHERE {{ GRAPH {_STORE_META} {{ {g} {_ONTOLOGY_HASH} ?h }} }}"
        )
        quads = [
            ox.Quad(t.subject, t.predicate, t.object, g)
            for path in ontology_files()
            for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
        ]
        quads.append(ox.Quad(g, _ONTOLOGY_HASH, ox.Literal(digest), _STORE_META))
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
            n += _split_into_quads(ntriples, f" {g} .\n", body)
            hashes.append(f"{g} {_CONTENT_HASH} {ox.Literal(digest)} {_STORE_META} .\n")
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
            next(self._ox.quads_for_pattern(None, _CONTENT_HASH, None, _STORE_META), None)
            is not None
        )

    def content_hash(self, doc_id: str) -> str | None:
        """The content hash recorded when the document was last built, if any."""
        g = ox.NamedNode(str(document_graph_iri(doc_id)))
        for q in self._ox.quads_for_pattern(g, _CONTENT_HASH, None, _STORE_META):
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
        params: dict[str, str] | None = None,
        timeout: float | None = None,
    ) -> Any:
        """Run SPARQL; the default graph is the union of all graphs.

        Returns pyoxigraph results (solutions, a boolean or triples); updates need
        ``update=True`` and return None. With ``timeout`` (seconds) a read query runs
        in a worker process that is killed when late (:mod:`kg.deadline`).
        """
        if is_update(sparql):
            if not update:
                raise QueryError("this is an update query; pass --update (update=True) to run it")
            if timeout is not None:
                raise QueryError("--timeout is for read queries; an update runs to its end")
            try:
                self._update_user(sparql)
            except SyntaxError as exc:
                raise QueryError(f"malformed SPARQL: {first_line(exc)}") from exc
            return None
        sparql = bind_params(sparql, params)
        if timeout is not None:
            if self.path is None:
                raise QueryError("a timeout needs a store on disk (the query runs in a worker)")
            from kg.store.deadline import query_with_timeout

            return query_with_timeout(self.path, sparql, timeout)
        try:
            return self._ox.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        except SyntaxError as exc:
            raise QueryError(f"malformed SPARQL: {first_line(exc)}") from exc
        except OSError as exc:
            raise QueryError(f"query failed: {first_line(exc)}") from exc

    def _update_user(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.path}: the store is open read-only")
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
        named = sorted(g.value for g in self._ox.named_graphs() if g != _STORE_META)
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


ONTOLOGY_GRAPH_OX = ox.NamedNode(str(ONTOLOGY_GRAPH))


def replace_document_update(doc_id: str, ntriples: str, content_hash: str) -> str:
    """The SPARQL Update that replaces a document's named graph and its content hash.

    One request, so one transaction on Oxigraph and on any SPARQL 1.1 server; the
    shared graph (:data:`FACTS_GRAPH`) is kept in step.
    """
    g = ox.NamedNode(str(document_graph_iri(doc_id)))
    meta = f"{g} {_CONTENT_HASH} {ox.Literal(content_hash)} ."
    own, shared = split_ntriples(ntriples)
    return (
        f"{drop_document_update(g)} ;\n"
        f"INSERT DATA {{ GRAPH {g} {{\n{own}}} GRAPH {FACTS_GRAPH} {{\n{shared}}}"
        f" GRAPH {_STORE_META} {{ {meta} }} }}"
    )


def drop_document_update(g: ox.NamedNode) -> str:
    """The SPARQL Update that drops a document graph, its hash, and what only it stated.

    A fact leaves the shared graph when no other document has an assertion of it; a
    program's or theme's description when no other document mentions it; a rule's when
    no other assertion used it.
    """
    f, kg, rdf = FACTS_GRAPH, _KG, "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    other = f"FILTER(?h != {g} && ?h != {f})"
    return (
        f"DELETE {{ GRAPH {f} {{ ?s ?p ?o }} }} WHERE {{\n"
        f"  GRAPH {g} {{ ?a <{rdf}subject> ?s ; <{rdf}predicate> ?p ; <{rdf}object> ?o }}\n"
        f"  GRAPH {f} {{ ?s ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?h {{ ?b <{rdf}subject> ?s ; <{rdf}predicate> ?p ;"
        f" <{rdf}object> ?o }} {other} }}\n}} ;\n"
        f"DELETE {{ GRAPH {f} {{ ?n ?p ?o }} }} WHERE {{\n"
        f"  {{ SELECT DISTINCT ?n WHERE {{ GRAPH {g} {{ ?n <{kg}mentionedIn> ?d }} }} }}\n"
        f"  GRAPH {f} {{ ?n ?p ?o }}\n"
        f"  FILTER(?p != <{kg}implements> && ?p != <{kg}serves>)\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?h {{ ?n <{kg}mentionedIn> ?e }} {other} }}\n}} ;\n"
        f"DELETE {{ GRAPH {f} {{ ?r ?p ?o }} }} WHERE {{\n"
        f"  {{ SELECT DISTINCT ?r WHERE {{ GRAPH {g} {{ ?a <{kg}rule> ?r }} }} }}\n"
        f"  GRAPH {f} {{ ?r ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?h {{ ?b <{kg}rule> ?r }} {other} }}\n}} ;\n"
        f"DROP SILENT GRAPH {g} ;\n"
        f"DELETE WHERE {{ GRAPH {_STORE_META} {{ {g} {_CONTENT_HASH} ?h }} }}"
    )


def split_ntriples(ntriples: str) -> tuple[str, str]:
    """A document's N-Triples as (its own graph's lines, the shared graph's lines).

    Shared: what is said of provinces, programs, themes and rules (facts, types,
    names) except that the document mentions them (``kg:mentionedIn``).
    """
    own: list[str] = []
    shared: list[str] = []
    for raw in ntriples.splitlines():
        line = raw.strip()
        if not line:
            continue
        if _is_shared(line):
            shared.append(line + "\n")
        else:
            own.append(line + "\n")
    return "".join(own), "".join(shared)


def _is_shared(line: str) -> bool:
    return line.startswith(_SHARED_SUBJECTS) and _MENTIONED_IN not in line


_SHARED_END = f" {FACTS_GRAPH} .\n"


def _split_into_quads(ntriples: str, own_end: str, out: list[str]) -> int:
    """Append a document's N-Triples to ``out`` as N-Quads: each line in its own graph
    (``own_end`` is `` <graph> .`` and a newline) or the shared one, as
    :func:`split_ntriples` splits them. Returns the number of triples."""
    n = 0
    for raw in ntriples.splitlines():
        line = raw.strip()
        if not line:
            continue
        # a statement ends with its dot: the graph goes before it
        out.append(line[:-1].rstrip() + (_SHARED_END if _is_shared(line) else own_end))
        n += 1
    return n


#: ASK whether any document has a stored content hash (a store that has been built into).
HAS_DOCUMENTS_QUERY = f"ASK {{ GRAPH {_STORE_META} {{ ?g {_CONTENT_HASH} ?h }} }}"


def content_hash_query(doc_id: str) -> str:
    """The SELECT (variable ``h``) of a document's stored content hash."""
    g = ox.NamedNode(str(document_graph_iri(doc_id)))
    return f"SELECT ?h WHERE {{ GRAPH {_STORE_META} {{ {g} {_CONTENT_HASH} ?h }} }}"


def ontology_digest() -> str:
    """The hash of ``ontology/*.ttl`` that tells whether the stored copy is current."""
    return hashlib.sha256(b"".join(p.read_bytes() for p in ontology_files())).hexdigest()


def ontology_update(digest: str) -> str:
    """The SPARQL Update that (re)loads the ontology into its own named graph."""
    dataset = ox.Dataset()
    for path in ontology_files():
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            dataset.add(ox.Quad(quad.subject, quad.predicate, quad.object, ONTOLOGY_GRAPH_OX))
    body = _ntriples_body(dataset, ONTOLOGY_GRAPH_OX)
    meta = f"{ONTOLOGY_GRAPH_OX} {_ONTOLOGY_HASH} {ox.Literal(digest)} ."
    return (
        f"DROP SILENT GRAPH {ONTOLOGY_GRAPH_OX} ;\n"
        f"DELETE WHERE {{ GRAPH {_STORE_META} {{ {ONTOLOGY_GRAPH_OX} {_ONTOLOGY_HASH} ?h }} }} ;\n"
        f"INSERT DATA {{ GRAPH {ONTOLOGY_GRAPH_OX} {{\n{body}\n}} GRAPH {_STORE_META} {{ {meta} }} }}"
    )


def _ntriples_body(dataset: ox.Dataset, graph: ox.NamedNode) -> str:
    return "\n".join(
        f"{q.subject} {q.predicate} {q.object} ." for q in dataset.quads_for_graph_name(graph)
    )


def bind_params(sparql: str, params: dict[str, str] | None) -> str:
    """Write parameters into a query: ``?param_NAME`` becomes the value as a string literal,
    ``?param_NAME_zh`` the same string tagged ``@zh`` (as names are stored, so that a
    query can look a name up in the store's indexes instead of comparing every name)."""
    for name, value in (params or {}).items():
        key = re.escape(name)
        tagged, plain = str(ox.Literal(value, language="zh")), str(ox.Literal(value))
        sparql = re.sub(rf"\?param_{key}_zh\b", lambda _, t=tagged: t, sparql)  # type: ignore[misc]
        sparql = re.sub(rf"\?param_{key}\b", lambda _, t=plain: t, sparql)  # type: ignore[misc]
    return sparql


def is_update(sparql: str) -> bool:
    """True when the text is a SPARQL Update (after prologue and comments)."""
    body = re.sub(r"#[^\n]*", " ", sparql)
    body = re.sub(r"(?is)^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
    return bool(
        re.match(r"(?i)\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", body)
    )


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message: parser errors run to many lines."""
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


def json_term(t: Any) -> dict[str, Any]:
    """An RDF term as SPARQL 1.1 JSON results write it."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": json_term(t.subject),
                "predicate": json_term(t.predicate),
                "object": json_term(t.object),
            },
        }
    return {"type": "literal", "value": str(t)}
