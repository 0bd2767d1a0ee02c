"""``kg serve``: the graph as a SPARQL 1.1 Protocol endpoint, with a small offline query page.

Routes:

- ``/sparql``: queries by ``GET ?query=``, ``POST`` form (``query=`` or ``update=``) or
  ``POST`` ``application/sparql-query`` / ``application/sparql-update``. SELECT and ASK
  answer SPARQL JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE answer Turtle, JSON-LD,
  N-Triples or RDF/XML, chosen by ``Accept`` (or a ``format=`` parameter).
- ``/``: a page to type a query and see the table; IRIs link to ``/node`` and ``/view``.
- ``/node?iri=…``: a node's labels, its facts and the sentences behind them.
- ``/view?focus=…``: the interactive HTML view of :mod:`kg.view` around a node.

The default graph of every query is the union of the documents' graphs. Updates are
refused (403) unless the server was started with ``allow_update`` and a token, and the
request carries ``Authorization: Bearer <token>``.

Timeouts: each query runs in a small pool of worker threads (Oxigraph releases the GIL
while it evaluates). When a query has not answered after ``timeout`` seconds the
client gets **503 Service Unavailable** (as Fuseki does) and the worker stops at the
next solution it reads. Oxigraph cannot interrupt a single step, so a query that
spends long before its first solution (a big ``ORDER BY`` or aggregate) keeps its
worker until it finishes; while every worker is busy, new queries get 503 at once.
Updates are not held to the timeout: abandoning one would answer 503 for a change
that still commits. Results longer than ``max_rows`` rows (or triples) are cut there, and the answer
carries ``X-Kg-Truncated: max-rows=N``.
"""

from __future__ import annotations

import hmac
import html
import ipaddress
import json
import re
import sys
import tempfile
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass, field
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlsplit

import pyoxigraph as ox

from kg.errors import ServeError, ViewError
from kg.store import Store
from kg.store.sparql import first_line, is_update, json_term
from kg.vocabulary import PREFIXES

__all__ = [
    "ServeConfig",
    "ServeError",
    "SparqlServer",
    "make_server",
    "negotiate",
    "serve",
]

_ASSETS = Path(__file__).resolve().parent / "assets"
_MAX_BODY = 1_000_000  # bytes of a POSTed query or update
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_KG_IMPLEMENTS = "https://w3id.org/zhkg/ontology#implements"
_KG_SERVES = "https://w3id.org/zhkg/ontology#serves"

# media type -> (kind, format); kind is "results" (SELECT/ASK) or "graph" (CONSTRUCT/DESCRIBE)
_RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
_GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/json": ox.RdfFormat.JSON_LD,
    "application/xml": ox.RdfFormat.RDF_XML,
}
# short names for ?format= (SPARQLWrapper and browsers use them)
_FORMAT_PARAM = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "jsonld": (None, "application/ld+json"),
    "json-ld": (None, "application/ld+json"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "rdfxml": (None, "application/rdf+xml"),
}


@dataclass(frozen=True)
class ServeConfig:
    """How ``kg serve`` runs; ``port=0`` picks a free port."""

    store: str | Path
    host: str = "127.0.0.1"
    port: int = 7878
    timeout: float = 30.0
    max_rows: int = 10_000
    allow_update: bool = False
    token: str | None = None
    workers: int = 4
    quiet: bool = False

    def check(self) -> None:
        if self.timeout <= 0:
            raise ServeError(f"--timeout must be positive, not {self.timeout}")
        if self.max_rows < 1:
            raise ServeError(f"--max-rows must be at least 1, not {self.max_rows}")
        if self.workers < 1:
            raise ServeError(f"workers must be at least 1, not {self.workers}")
        if self.allow_update and not self.token:
            raise ServeError("--allow-update needs --token T (clients send 'Bearer T')")
        if self.token is not None and len(self.token) < 8:
            raise ServeError("--token must be at least 8 characters")
        if not 0 <= self.port <= 65535:
            raise ServeError(f"--port must be 0-65535, not {self.port}")


@dataclass
class _Answer:
    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


class _Refused(Exception):
    """An HTTP error answer (status and one line of text)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = headers or {}


# --------------------------------------------------------------------------- negotiation


def _parse_accept(accept: str | None) -> list[tuple[str, float]]:
    """Media ranges of an Accept header, best first (stable for equal q)."""
    if not accept:
        return [("*/*", 1.0)]
    ranges = []
    for i, part in enumerate(accept.split(",")):
        fields = [f.strip() for f in part.split(";")]
        media = fields[0].lower()
        if not media:
            continue
        q = 1.0
        for f in fields[1:]:
            name, _, value = f.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = float(value)
                except ValueError:
                    q = 0.0
        if q > 0:
            ranges.append((i, media, q))
    ranges.sort(key=lambda r: (-r[2], r[0]))
    return [(m, q) for _, m, q in ranges]


def negotiate(accept: str | None, kind: str) -> str | None:
    """The media type to answer for ``kind`` ("results" or "graph"), or None (406).

    ``*/*`` gives SPARQL JSON for results and Turtle for graphs.
    """
    table: dict[str, Any] = _RESULT_TYPES if kind == "results" else _GRAPH_TYPES
    default = "application/sparql-results+json" if kind == "results" else "text/turtle"
    for media, _ in _parse_accept(accept):
        if media in table:
            return media
        if media == "*/*":
            return default
        if media == "application/*":
            return "application/sparql-results+json" if kind == "results" else "application/ld+json"
        if media == "text/*":
            return "text/csv" if kind == "results" else "text/turtle"
    return None


# --------------------------------------------------------------------------- running queries


@dataclass(frozen=True)
class _Request:
    sparql: str
    update: bool
    accept: str | None
    format_param: str | None
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


class _Engine:
    """Runs queries against one store in worker threads, with a deadline and a row cap."""

    def __init__(self, store: Store, config: ServeConfig) -> None:
        self.store = store
        self.config = config
        self._pool = ThreadPoolExecutor(config.workers, thread_name_prefix="kg-query")
        self._slots = threading.BoundedSemaphore(config.workers)
        self._write_lock = threading.Lock()

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)

    def answer(self, req: _Request) -> _Answer:
        if not self._slots.acquire(blocking=False):
            raise _Refused(
                HTTPStatus.SERVICE_UNAVAILABLE,
                "every query worker is busy (earlier queries ran past the timeout); try again",
                {"Retry-After": str(max(1, round(self.config.timeout)))},
            )
        cancelled = threading.Event()
        try:
            future: Future[_Answer] = self._pool.submit(self._run, req, cancelled)
        except RuntimeError as exc:  # the pool is shutting down
            self._slots.release()
            raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE, "the server is stopping") from exc
        future.add_done_callback(lambda _: self._slots.release())
        try:
            # An update cannot be abandoned halfway (it would still commit after a 503),
            # so only queries are held to the timeout.
            return future.result(timeout=None if req.update else self.config.timeout)
        except FutureTimeout:
            cancelled.set()
            raise _Refused(
                HTTPStatus.SERVICE_UNAVAILABLE,
                f"the query ran longer than the {self.config.timeout:g} s timeout",
                {"Retry-After": str(max(1, round(self.config.timeout)))},
            ) from None

    # runs in a worker thread
    def _run(self, req: _Request, cancelled: threading.Event) -> _Answer:
        ox_store = self.store.oxigraph
        if req.update:
            with self._write_lock:
                try:
                    ox_store.update(req.sparql, prefixes=PREFIXES)
                except SyntaxError as exc:
                    raise _Refused(
                        HTTPStatus.BAD_REQUEST, f"malformed SPARQL update: {first_line(exc)}"
                    ) from exc
                except OSError as exc:
                    raise _Refused(
                        HTTPStatus.INTERNAL_SERVER_ERROR, f"update failed: {first_line(exc)}"
                    ) from exc
            return _Answer(HTTPStatus.NO_CONTENT, b"")
        options: dict[str, Any] = {"prefixes": PREFIXES}
        if req.default_graphs:
            options["default_graph"] = [ox.NamedNode(g) for g in req.default_graphs]
        else:
            options["use_default_graph_as_union"] = True
        if req.named_graphs:
            options["named_graphs"] = [ox.NamedNode(g) for g in req.named_graphs]
        try:
            result = ox_store.query(req.sparql, **options)
            return self._serialize(result, req, cancelled)
        except SyntaxError as exc:
            raise _Refused(HTTPStatus.BAD_REQUEST, f"malformed SPARQL: {first_line(exc)}") from exc
        except OSError as exc:
            raise _Refused(
                HTTPStatus.INTERNAL_SERVER_ERROR, f"query failed: {first_line(exc)}"
            ) from exc

    def _media(self, req: _Request, kind: str) -> str:
        if req.format_param:
            pair = _FORMAT_PARAM.get(req.format_param.lower())
            choice = None if pair is None else pair[0 if kind == "results" else 1]
            if choice is None:
                raise _Refused(
                    HTTPStatus.NOT_ACCEPTABLE,
                    f"format={req.format_param} is not available for this kind of query",
                )
            return choice
        media = negotiate(req.accept, kind)
        if media is None:
            offered = ", ".join(sorted(set(_RESULT_TYPES if kind == "results" else _GRAPH_TYPES)))
            raise _Refused(
                HTTPStatus.NOT_ACCEPTABLE, f"cannot answer {req.accept!r}; offered: {offered}"
            )
        return media

    def _serialize(self, result: Any, req: _Request, cancelled: threading.Event) -> _Answer:
        cap = self.config.max_rows
        headers: dict[str, str] = {}
        if isinstance(result, ox.QueryBoolean):
            media = self._media(req, "results")
            body = result.serialize(format=_RESULT_TYPES[media]) or b""
            return _Answer(HTTPStatus.OK, body, _with_charset(media))
        if isinstance(result, ox.QueryTriples):
            media = self._media(req, "graph")
            triples: list[ox.Triple] = []
            for t in result:
                if cancelled.is_set():
                    raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE, "cancelled after the timeout")
                if len(triples) == cap:
                    headers["X-Kg-Truncated"] = f"max-rows={cap}"
                    break
                triples.append(t)
            rdf_format = _GRAPH_TYPES[media]
            use_prefixes = rdf_format in (ox.RdfFormat.TURTLE, ox.RdfFormat.RDF_XML)
            body = (
                ox.serialize(
                    triples, format=rdf_format, prefixes=PREFIXES if use_prefixes else None
                )
                or b""
            )
            return _Answer(HTTPStatus.OK, body, _with_charset(media), headers)
        media = self._media(req, "results")
        names = [v.value for v in result.variables]
        bindings: list[dict[str, Any]] = []
        for solution in result:
            if cancelled.is_set():
                raise _Refused(HTTPStatus.SERVICE_UNAVAILABLE, "cancelled after the timeout")
            if len(bindings) == cap:
                headers["X-Kg-Truncated"] = f"max-rows={cap}"
                break
            row: dict[str, Any] = {}
            for n in names:
                term = solution[n]
                if term is not None:
                    row[n] = json_term(term)
            bindings.append(row)
        doc = {"head": {"vars": names}, "results": {"bindings": bindings}}
        body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
        fmt = _RESULT_TYPES[media]
        if fmt != ox.QueryResultsFormat.JSON:
            # pyoxigraph writes every format from the capped rows, re-read from our JSON
            parsed = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
            body = parsed.serialize(format=fmt) or b""
        return _Answer(HTTPStatus.OK, body, _with_charset(media), headers)


def _with_charset(media: str) -> str:
    return f"{media}; charset=utf-8"


# --------------------------------------------------------------------------- HTML pages

# The union default graph repeats a triple once per document graph holding it (a rule's
# label, a program's type), so the node queries ask for DISTINCT rows.


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _node_link(iri: str, text: str | None = None) -> str:
    return f'<a href="/node?iri={quote(iri, safe="")}">{_e(text if text is not None else iri)}</a>'


_PAGE_HEAD = """<!doctype html>
<html lang="zh"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title><link rel="stylesheet" href="/app.css"></head><body>
<header><a href="/">zhkg SPARQL</a></header><main>
"""

_Q_NODE_PROPS = """SELECT DISTINCT ?p ?o WHERE { ?node ?p ?o } ORDER BY ?p ?o LIMIT 500"""
_Q_NODE_FACTS = """
SELECT ?dir ?p ?other
       (COALESCE(MIN(STR(?short)), MIN(STR(?pref)), MIN(STR(?any))) AS ?label)
WHERE {
  VALUES ?p { kg:implements kg:serves }
  { ?node ?p ?other BIND("out" AS ?dir) } UNION { ?other ?p ?node BIND("in" AS ?dir) }
  OPTIONAL { ?other kg:shortName ?short }
  OPTIONAL { ?other skos:prefLabel ?pref FILTER(LANG(?pref) = "zh") }
  OPTIONAL { ?other rdfs:label ?any }
} GROUP BY ?dir ?p ?other ORDER BY ?dir ?p ?label"""
_Q_NODE_EVIDENCE = """
SELECT DISTINCT ?s ?p ?o ?text ?doc ?docId ?title ?date ?rule ?confidence WHERE {
  ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  FILTER(?s = ?node || ?o = ?node)
  OPTIONAL { ?a kg:confidence ?confidence }
  OPTIONAL { ?a kg:rule/rdfs:label ?rule }
  OPTIONAL { ?a prov:wasDerivedFrom ?sentence . ?sentence kg:text ?text .
    OPTIONAL { ?sentence kg:inDocument ?doc .
      OPTIONAL { ?doc dcterms:identifier ?docId }
      OPTIONAL { ?doc dcterms:title ?title }
      OPTIONAL { ?doc dcterms:date ?date } } }
} ORDER BY ?s ?p ?o DESC(?confidence) ?date LIMIT 1000"""
_LABEL_PROPS = {
    "https://w3id.org/zhkg/ontology#shortName": "kg:shortName",
    "http://www.w3.org/2004/02/skos/core#prefLabel": "skos:prefLabel",
    _RDFS_LABEL: "rdfs:label",
    "http://www.w3.org/2004/02/skos/core#altLabel": "skos:altLabel",
    "https://w3id.org/zhkg/ontology#literaryName": "kg:literaryName",
}
_VIEWABLE = {
    "https://w3id.org/zhkg/ontology#Province",
    "https://w3id.org/zhkg/ontology#Program",
    "https://w3id.org/zhkg/ontology#Theme",
}


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _select(store: Store, sparql: str, node: ox.NamedNode) -> list[dict[str, Any]]:
    # the IRI is validated by NamedNode, and str() writes it as <…> with escapes
    result = store.oxigraph.query(
        sparql.replace("?node", str(node)), prefixes=PREFIXES, use_default_graph_as_union=True
    )
    assert isinstance(result, ox.QuerySolutions)
    names = [v.value for v in result.variables]
    return [{n: s[n] for n in names if s[n] is not None} for s in result]


def node_page(store: Store, iri: str) -> str:
    """The HTML page of one node: its labels, facts, evidence and other properties."""
    try:
        node = ox.NamedNode(iri)
    except ValueError as exc:
        raise _Refused(HTTPStatus.BAD_REQUEST, f"not an IRI: {iri!r}") from exc
    props = _select(store, _Q_NODE_PROPS, node)
    facts = _select(store, _Q_NODE_FACTS, node)
    if not props and not facts:
        raise _Refused(HTTPStatus.NOT_FOUND, f"nothing is known about <{iri}>")
    labels = [r for r in props if r["p"].value in _LABEL_PROPS]
    types = [r["o"].value for r in props if r["p"].value.endswith("22-rdf-syntax-ns#type")]
    zh = [r["o"].value for r in labels if getattr(r["o"], "language", None) == "zh"]
    title = zh[0] if zh else (labels[0]["o"].value if labels else _short(iri))
    out = [_PAGE_HEAD.format(title=_e(title)), f"<h1>{_e(title)}</h1>"]
    out.append(f'<p class="iri"><code>{_e(iri)}</code></p><p class="links">')
    if any(t in _VIEWABLE for t in types):
        out.append(f'<a class="view" href="/view?focus={quote(iri, safe="")}">在图中查看 view</a> ')
    out.append(
        '<a class="describe" href="/sparql?format=turtle&amp;query='
        + quote(f"DESCRIBE <{iri}>", safe="")
        + '">Turtle</a></p>'
    )
    if types:
        out.append(
            "<p>类型 type: " + ", ".join(_node_link(t, _short(t)) for t in sorted(types)) + "</p>"
        )
    if labels:
        out.append('<h2>名称 labels</h2><table class="labels"><tbody>')
        for r in labels:
            lang = getattr(r["o"], "language", None) or ""
            out.append(
                f"<tr><td>{_e(_LABEL_PROPS[r['p'].value])}</td>"
                f"<td>{_e(r['o'].value)}</td><td>{_e(lang)}</td></tr>"
            )
        out.append("</tbody></table>")
    if facts:
        out.append('<h2>事实 facts</h2><ul class="facts">')
        for r in facts:
            other = r["other"].value
            label = r["label"].value if "label" in r else _short(other)
            pred = _short(r["p"].value)
            if r["dir"].value == "out":
                line = f"{_e(pred)} → {_node_link(other, label)}"
            else:
                line = f"{_node_link(other, label)} → {_e(pred)}"
            out.append(f"<li>{line}</li>")
        out.append("</ul>")
    evidence = _select(store, _Q_NODE_EVIDENCE, node)
    if evidence:
        out.append('<h2>证据 evidence</h2><ol class="evidence">')
        names = {iri: title}
        names.update({r["other"].value: r["label"].value for r in facts if "label" in r})
        verbs = {_KG_IMPLEMENTS: "实施 implements", _KG_SERVES: "服务 serves"}
        for r in evidence:
            s, p, o = r["s"].value, r["p"].value, r["o"].value
            fact = " ".join(
                _e(x)
                for x in (names.get(s, _short(s)), verbs.get(p, _short(p)), names.get(o, _short(o)))
            )
            meta = " · ".join(
                _e(r[k].value) for k in ("docId", "title", "date", "rule", "confidence") if k in r
            )
            text = _e(r["text"].value) if "text" in r else ""
            out.append(
                f'<li><div class="fact">{fact}</div><blockquote>{text}</blockquote>'
                f'<div class="meta">{meta}</div></li>'
            )
        out.append("</ol>")
    other_props = [r for r in props if r["p"].value not in _LABEL_PROPS]
    if other_props:
        out.append('<h2>属性 properties</h2><table class="props"><tbody>')
        for r in other_props:
            o = r["o"]
            value = (
                _node_link(o.value, _short(o.value)) if isinstance(o, ox.NamedNode) else _e(o.value)
            )
            out.append(f"<tr><td>{_e(_short(r['p'].value))}</td><td>{value}</td></tr>")
        out.append("</tbody></table>")
    out.append("</main></body></html>\n")
    return "".join(out)


def view_page(store: Store, focus: str, depth: int) -> bytes:
    """The HTML view (kg.view) around ``focus``: an IRI or any label of a node."""
    from kg.web.view import collect_view_data, render_view

    label = focus
    if re.match(r"https?://", focus):
        rows = _select(
            store,
            "SELECT ?l WHERE { ?node kg:shortName|skos:prefLabel|rdfs:label ?l } ORDER BY ?l",
            ox.NamedNode(focus),
        )
        zh = [r["l"].value for r in rows if getattr(r["l"], "language", None) != "en"]
        if not rows:
            raise _Refused(HTTPStatus.NOT_FOUND, f"no label for <{focus}>")
        label = zh[0] if zh else rows[0]["l"].value
    try:
        data = collect_view_data(store, focus=label, depth=depth)
    except ViewError as exc:
        raise _Refused(HTTPStatus.NOT_FOUND, str(exc)) from exc
    with tempfile.TemporaryDirectory(prefix="kg-view-") as tmp:
        path = Path(tmp) / "view.html"
        render_view(data, path, title=f"zhkg: {label}")
        return path.read_bytes()


# --------------------------------------------------------------------------- HTTP


_STATIC = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/index.html": ("index.html", "text/html; charset=utf-8"),
    "/app.js": ("app.js", "text/javascript; charset=utf-8"),
    "/app.css": ("app.css", "text/css; charset=utf-8"),
}
_PAGE_CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
    "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'self'"
)


def _is_loopback(host: str) -> bool:
    if host in ("localhost", ""):
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "zhkg"

    # ---- plumbing
    def log_message(self, format: str, *args: Any) -> None:
        if not self.server.config.quiet:
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

    def _send(self, answer: _Answer, *, head_only: bool = False) -> None:
        self.send_response(answer.status)
        if answer.status != HTTPStatus.NO_CONTENT:
            self.send_header("Content-Type", answer.content_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in answer.headers.items():
            self.send_header(k, v)
        self.end_headers()
        if not head_only and answer.status != HTTPStatus.NO_CONTENT:
            self.wfile.write(answer.body)

    def _refuse(self, exc: _Refused) -> None:
        headers = dict(exc.headers)
        if self.path.startswith("/sparql"):
            headers.setdefault("Access-Control-Allow-Origin", "*")
        self._send(_Answer(exc.status, (exc.message + "\n").encode("utf-8"), headers=headers))

    def _guard(self, action: Callable[[], _Answer]) -> None:
        try:
            self._check_host()
            answer = action()
        except _Refused as exc:
            self._refuse(exc)
            return
        except Exception as exc:  # answer 500 rather than drop the connection
            self.log_error("internal error: %r", exc)
            self._refuse(_Refused(HTTPStatus.INTERNAL_SERVER_ERROR, f"internal error: {exc}"))
            return
        self._send(answer, head_only=self.command == "HEAD")

    def _check_host(self) -> None:
        # Bound to loopback: refuse other Host names, so a web page cannot reach us by
        # rebinding its own domain name to 127.0.0.1.
        if not _is_loopback(self.server.config.host):
            return
        host = self.headers.get("Host", "")
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if not _is_loopback(name.strip("[]") if name.startswith("[") else name):
            raise _Refused(HTTPStatus.FORBIDDEN, f"unexpected Host header {host!r}")

    # ---- verbs
    def do_GET(self) -> None:
        self._guard(self._get)

    def do_HEAD(self) -> None:
        self._guard(self._get)

    def do_POST(self) -> None:
        self._guard(self._post)

    def do_OPTIONS(self) -> None:
        self.send_response(HTTPStatus.NO_CONTENT)
        self.send_header("Access-Control-Allow-Origin", "*")
        self.send_header("Access-Control-Allow-Methods", "GET, POST, OPTIONS")
        self.send_header("Access-Control-Allow-Headers", "Accept, Authorization, Content-Type")
        self.send_header("Access-Control-Max-Age", "600")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def _get(self) -> _Answer:
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/sparql":
            if "update" in params:
                raise _Refused(
                    HTTPStatus.METHOD_NOT_ALLOWED, "updates must be POSTed", {"Allow": "POST"}
                )
            if "query" not in params:
                return self._service_description()
            return self._sparql(_one(params, "query"), False, params)
        if url.path in _STATIC:
            name, ctype = _STATIC[url.path]
            headers = {"Content-Security-Policy": _PAGE_CSP, "Cache-Control": "no-cache"}
            return _Answer(HTTPStatus.OK, (_ASSETS / name).read_bytes(), ctype, headers)
        if url.path == "/saved.json":
            return self._saved()
        if url.path == "/node":
            page = node_page(self.server.store, _one(params, "iri"))
            headers = {"Content-Security-Policy": _PAGE_CSP}
            return _Answer(HTTPStatus.OK, page.encode("utf-8"), "text/html; charset=utf-8", headers)
        if url.path == "/view":
            depth_text = params.get("depth", ["2"])[0]
            if not depth_text.isdigit() or int(depth_text) > 5:
                raise _Refused(HTTPStatus.BAD_REQUEST, "depth must be 0-5")
            body = view_page(self.server.store, _one(params, "focus"), int(depth_text))
            return _Answer(HTTPStatus.OK, body, "text/html; charset=utf-8")
        if url.path == "/favicon.ico":
            return _Answer(HTTPStatus.NO_CONTENT, b"")
        raise _Refused(HTTPStatus.NOT_FOUND, f"no page {url.path}")

    def _post(self) -> _Answer:
        url = urlsplit(self.path)
        if url.path != "/sparql":
            raise _Refused(HTTPStatus.NOT_FOUND, f"no page {url.path} to POST to")
        params = parse_qs(url.query, keep_blank_values=True)
        length_text = self.headers.get("Content-Length")
        if length_text is None or not length_text.isdigit():
            raise _Refused(HTTPStatus.LENGTH_REQUIRED, "POST needs a Content-Length")
        length = int(length_text)
        if length > _MAX_BODY:
            raise _Refused(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, f"more than {_MAX_BODY} bytes")
        raw = self.rfile.read(length)
        ctype = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        try:
            body = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise _Refused(HTTPStatus.BAD_REQUEST, "the body is not UTF-8") from exc
        if ctype == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            params = {**params, **form}
            if "update" in form:
                return self._sparql(_one(form, "update"), True, params)
            return self._sparql(_one(form, "query"), False, params)
        if ctype == "application/sparql-query":
            return self._sparql(body, False, params)
        if ctype == "application/sparql-update":
            return self._sparql(body, True, params)
        raise _Refused(
            HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
            "POST application/x-www-form-urlencoded, application/sparql-query "
            "or application/sparql-update",
        )

    def _sparql(self, text: str, update: bool, params: dict[str, list[str]]) -> _Answer:
        config = self.server.config
        if update or is_update(text):
            if not config.allow_update:
                raise _Refused(HTTPStatus.FORBIDDEN, "this endpoint is read-only")
            if not update:
                raise _Refused(
                    HTTPStatus.BAD_REQUEST, "an update must be sent as update=, not query="
                )
            auth = self.headers.get("Authorization", "")
            given = auth[7:].strip() if auth[:7].lower() == "bearer " else ""
            if not (config.token and hmac.compare_digest(given.encode(), config.token.encode())):
                raise _Refused(
                    HTTPStatus.FORBIDDEN,
                    "updates need 'Authorization: Bearer <token>'",
                    {"WWW-Authenticate": "Bearer"},
                )
        if not text.strip():
            raise _Refused(HTTPStatus.BAD_REQUEST, "empty query")
        fmt = params.get("format") or params.get("output")
        req = _Request(
            sparql=text,
            update=update,
            accept=self.headers.get("Accept"),
            format_param=fmt[0] if fmt else None,
            default_graphs=tuple(
                g for g in params.get("default-graph-uri", []) if g != "urn:x-rdflib:default"
            ),
            named_graphs=tuple(params.get("named-graph-uri", [])),
        )
        try:
            for g in (*req.default_graphs, *req.named_graphs):
                ox.NamedNode(g)
        except ValueError as exc:
            raise _Refused(HTTPStatus.BAD_REQUEST, f"bad graph IRI: {exc}") from exc
        answer = self.server.engine.answer(req)
        answer.headers.setdefault("Access-Control-Allow-Origin", "*")
        answer.headers.setdefault("Access-Control-Expose-Headers", "X-Kg-Truncated")
        answer.headers.setdefault("Cache-Control", "no-store")
        return answer

    def _service_description(self) -> _Answer:
        text = (
            "zhkg SPARQL 1.1 endpoint. Send ?query= (GET) or POST a form or "
            "application/sparql-query.\n"
            f"Updates: {'allowed with a bearer token' if self.server.config.allow_update else 'refused'}."
            f" Timeout {self.server.config.timeout:g} s, at most {self.server.config.max_rows} rows.\n"
        )
        return _Answer(HTTPStatus.OK, text.encode("utf-8"))

    def _saved(self) -> _Answer:
        from kg.answers.queries import list_saved

        items = [
            {
                "name": q.name,
                "description": q.description,
                "params": [{"name": n, "description": d} for n, d in q.params],
                "text": q.text,
            }
            for q in list_saved()
        ]
        body = json.dumps(items, ensure_ascii=False).encode("utf-8")
        return _Answer(HTTPStatus.OK, body, "application/json; charset=utf-8")


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name)
    if not values:
        raise _Refused(HTTPStatus.BAD_REQUEST, f"missing parameter {name!r}")
    if len(values) > 1:
        raise _Refused(HTTPStatus.BAD_REQUEST, f"more than one {name!r} parameter")
    return values[0]


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: one store, one query engine, a thread per connection."""

    daemon_threads = True
    block_on_close = False

    def __init__(self, config: ServeConfig, store: Store) -> None:
        self.config = config
        self.store = store
        self.engine = _Engine(store, config)
        try:
            super().__init__((config.host, config.port), _Handler)
        except OSError as exc:
            self.engine.close()
            raise ServeError(
                f"cannot listen on {config.host}:{config.port}: {exc.strerror}"
            ) from exc

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        name = host.decode() if isinstance(host, bytes) else str(host)
        shown = f"[{name}]" if ":" in name else name
        return f"http://{shown}:{port}/"

    def server_close(self) -> None:
        super().server_close()
        self.engine.close()


def make_server(config: ServeConfig, store: Store | None = None) -> SparqlServer:
    """A server bound to ``config.host:config.port`` (not yet serving).

    Without ``store`` the store directory is opened (read-only unless updates are allowed).
    """
    config.check()
    if store is None:
        path = Path(config.store)
        if not (path / "CURRENT").exists():
            raise ServeError(f"{path}: no zhkg store here (run `kg build` first)")
        store = Store(path, read_only=not config.allow_update)
    return SparqlServer(config, store)


def serve(
    config: ServeConfig,
    *,
    ready: Callable[[SparqlServer], None] | None = None,
    store: Store | None = None,
) -> None:
    """Serve until interrupted; ``ready`` is called with the bound server first.

    An open ``store`` is served as it is (and left open); otherwise ``config.store``
    is opened and closed here.
    """
    server = make_server(config, store)
    try:
        if ready is not None:
            ready(server)
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        if store is None:
            server.store.close()
