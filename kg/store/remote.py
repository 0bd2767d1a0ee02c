"""The graph on a SPARQL 1.1 server: the same methods as :class:`kg.store.local.Store`, over HTTP.

``kg … --store http://HOST:PORT/…`` opens a :class:`RemoteStore`. Reads are SPARQL 1.1
Protocol queries; each document is written with one SPARQL Update request (drop its
named graph, insert the new one and its content hash), which a server runs as one
transaction. Endpoints follow the URL: ``…/sparql`` is used for queries and updates
alike (Virtuoso, QLever); any other URL ``U`` has ``U/query`` and ``U/update``
(Oxigraph at its root, Fuseki at ``http://HOST:3030/DATASET``).

The default graph of every query must be the union of the named graphs: the request
says so to Oxigraph (``union-default-graph``); Fuseki needs ``tdb2:unionDefaultGraph``
in its dataset configuration; Virtuoso and QLever query all graphs by default.
"""

from __future__ import annotations

import base64
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.store.dataset import has_dataset_clause
from kg.store.outbound import check_outbound
from kg.store.sparql import (
    PREFIXES,
    Param,
    SparqlReads,
    bind_params,
    check_nesting,
    check_timeout,
    is_update,
)
from kg.store.updates import (
    HAS_DOCUMENTS_QUERY,
    ONTOLOGY_HASH,
    STORE_META,
    content_hash_query,
    ontology_digest,
    ontology_update,
    replace_document_update,
)

__all__ = ["RemoteStore", "is_remote"]

_META = STORE_META.value
_ONTOLOGY_HASH = ONTOLOGY_HASH.value
_JSON = "application/sparql-results+json"
_ACCEPT = f"{_JSON}, application/n-triples;q=0.9"


def is_remote(location: object) -> bool:
    """True for a store given as an http:// or https:// URL."""
    return isinstance(location, str) and re.match(r"(?i)https?://", location) is not None


class RemoteStore(SparqlReads):
    """A zhkg graph on a SPARQL 1.1 server at ``url`` (user:password@ in the URL for Basic auth)."""

    def __init__(self, url: str, *, read_only: bool = False, timeout: float = 300.0) -> None:
        parts = urllib.parse.urlsplit(url)
        self._auth: str | None = None
        if parts.username is not None:
            creds = f"{urllib.parse.unquote(parts.username)}:{urllib.parse.unquote(parts.password or '')}"
            self._auth = "Basic " + base64.b64encode(creds.encode()).decode()
            host = parts.hostname or ""
            netloc = f"{host}:{parts.port}" if parts.port else host
            parts = parts._replace(netloc=netloc)
        base = urllib.parse.urlunsplit(parts._replace(query="", fragment="")).rstrip("/")
        self.url = base
        self.path = None
        self.read_only = read_only
        self.timeout = timeout
        if base.endswith("/sparql"):
            self.query_url = self.update_url = base
        else:
            self.query_url, self.update_url = base + "/query", base + "/update"

    # ------------------------------------------------------------ lifecycle
    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release: every request is its own connection."""

    def clear(self) -> None:
        """Drop every graph on the server (``kg build --replace-store``)."""
        self._update("DROP SILENT ALL")

    # ------------------------------------------------------------ HTTP
    def _post(
        self, url: str, body: dict[str, str], accept: str | None, timeout: float | None = None
    ) -> Any:
        data = urllib.parse.urlencode(body).encode("utf-8")
        req = urllib.request.Request(url, data=data, method="POST")
        req.add_header("Content-Type", "application/x-www-form-urlencoded; charset=utf-8")
        if accept:
            req.add_header("Accept", accept)
        if self._auth:
            req.add_header("Authorization", self._auth)
        try:
            return urllib.request.urlopen(req, timeout=timeout or self.timeout)
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace").strip().splitlines()
            message = f"{exc.code} {exc.reason}" + (f": {detail[0]}" if detail else "")
            if exc.code == 400:
                raise QueryError(f"{self.url}: the server refused the request ({message})") from exc
            raise StoreError(f"{self.url}: {message}") from exc
        except TimeoutError as exc:
            raise QueryError(f"{self.url}: no answer within the timeout") from exc
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"{self.url}: cannot reach the SPARQL server ({reason})") from exc

    def _update(self, sparql: str) -> None:
        if self.read_only:
            raise StoreError(f"{self.url}: the store is open read-only")
        with self._post(self.update_url, {"update": sparql}, None) as resp:
            resp.read()

    def _query(self, sparql: str, timeout: float | None = None) -> Any:
        prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
        body = {"query": prologue + sparql}
        if not has_dataset_clause(sparql):  # FROM names the default graph itself
            body["union-default-graph"] = ""
        return self._post(self.query_url, body, _ACCEPT, timeout)

    # ------------------------------------------------------------ writing
    def ensure_ontology(self) -> bool:
        """Load the ontology into its named graph when the server lacks this version."""
        digest = ontology_digest()
        rows = self.select(f"SELECT ?h WHERE {{ GRAPH <{_META}> {{ ?g <{_ONTOLOGY_HASH}> ?h }} }}")
        if [r.get("h") for r in rows] == [digest]:
            return False
        self._update(ontology_update(digest))
        return True

    def replace_document(self, doc_id: str, ntriples: str, content_hash: str) -> None:
        """Replace one document's named graph: one update request, one transaction."""
        self._update(replace_document_update(doc_id, ntriples, content_hash))

    def has_documents(self) -> bool:
        """Whether any document was built into the store (a fresh build skips lookups)."""
        return bool(self.query(HAS_DOCUMENTS_QUERY))

    def content_hash(self, doc_id: str) -> str | None:
        """The content hash recorded when the document was last built, if any."""
        rows = self.select(content_hash_query(doc_id))
        return rows[0].get("h") if rows else None

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
        """Run SPARQL on the server; results are pyoxigraph objects as with a local store.

        ``timeout`` bounds the wait for the server's answer (seconds). ``SERVICE`` and
        ``LOAD`` are refused unless their host is in ``allow_service``, as for a local
        store (the server would make the request).
        """
        check_nesting(sparql)
        check_timeout(timeout)
        if is_update(sparql):
            if not update:
                raise QueryError(
                    "this query is a SPARQL Update, which changes the store: add --update to run it"
                )
            check_outbound(sparql, allow_service, update=True)
            prologue = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())
            self._update(prologue + sparql)
            return None
        sparql = bind_params(sparql, params)
        check_outbound(sparql, allow_service)
        resp = self._query(sparql, timeout)
        if cut := resp.headers.get("X-Kg-Truncated"):
            resp.close()  # a part of the answer is a wrong answer (an export, a count)
            raise QueryError(
                f"{self.url}: the server answers at most {cut.partition('=')[2] or 'some'} rows "
                "(its --max-rows) and this answer has more: add a LIMIT, or serve the store "
                "with a higher --max-rows"
            )
        kind = resp.headers.get_content_type()
        if kind in ("application/n-triples", "text/plain", "text/turtle"):
            with resp:
                fmt = ox.RdfFormat.TURTLE if kind == "text/turtle" else ox.RdfFormat.N_TRIPLES
                graph = ox.Store()
                graph.bulk_extend(
                    ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph())
                    for t in ox.parse(resp.read(), format=fmt)
                )
            # the same result type a local CONSTRUCT gives
            return graph.query("CONSTRUCT WHERE { ?s ?p ?o }")
        try:
            return ox.parse_query_results(resp, format=ox.QueryResultsFormat.JSON)
        except SyntaxError as exc:
            raise QueryError(f"{self.url}: unreadable query results ({exc})") from exc

    def union_triples(self) -> Iterator[ox.Triple]:
        """Every distinct triple of the union of the graphs (without the store's bookkeeping),
        streamed from the server."""
        result = self.query(
            f"SELECT DISTINCT ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{_META}>) }}"
        )
        for row in result:
            yield ox.Triple(row["s"], row["p"], row["o"])

    def dump_quads(self, output: IO[bytes], fmt: ox.RdfFormat) -> None:
        """Stream every quad (all named graphs, without the store's bookkeeping)."""
        result = self.query(
            f"SELECT ?s ?p ?o ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g != <{_META}>) }}"
        )
        quads = (ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in result)
        ox.serialize(quads, output, fmt, prefixes=PREFIXES if fmt == ox.RdfFormat.TRIG else None)

    def __len__(self) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
        return int(rows[0]["n"]) if rows else 0
