"""The SPARQL 1.1 Protocol of ``kg serve``: requests, content negotiation, answers.

A request is read into a :class:`SparqlRequest` (``GET ?query=``, a ``POST`` form with
``query=`` or ``update=``, or a ``POST`` of ``application/sparql-query`` or
``application/sparql-update``; ``default-graph-uri`` and ``named-graph-uri`` give the
dataset). SELECT and ASK answer SPARQL JSON, XML, CSV or TSV; CONSTRUCT and DESCRIBE
answer Turtle, N3, JSON-LD, N-Triples or RDF/XML: chosen by ``Accept``, or by a
``format``, ``output`` or ``results`` parameter (SPARQLWrapper sends all three, with
values such as ``rdf+xml`` and the media type itself).

:func:`run_query` is what a query worker runs (:mod:`kg.store.workers`): it evaluates,
cuts the answer at ``max_rows`` and serialises it, so the server process only moves bytes.
XML answers replace the characters XML 1.0 forbids (:mod:`kg.xmlchars`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import Any
from urllib.parse import parse_qs

import pyoxigraph as ox

from kg.store.dataset import dataset_options
from kg.store.sparql import json_term
from kg.store.workers import cancelled
from kg.vocabulary import DCTERMS_NS, FORMATS_NS, PREFIXES, RDF_TYPE, SD_NS
from kg.xmlchars import has_xml_forbidden, xml_safe

__all__ = [
    "GRAPH_TYPES",
    "RESULT_TYPES",
    "Answer",
    "HttpError",
    "QueryJob",
    "SparqlRequest",
    "choose_media",
    "form_params",
    "negotiate",
    "read_get",
    "read_post",
    "run_query",
    "service_description",
]

#: media type -> format of SELECT and ASK answers
RESULT_TYPES: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
#: media type -> format of CONSTRUCT and DESCRIBE answers
GRAPH_TYPES: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "application/turtle": ox.RdfFormat.TURTLE,
    "text/n3": ox.RdfFormat.N3,
    "text/rdf+n3": ox.RdfFormat.N3,
    "application/n3": ox.RdfFormat.N3,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/x-json+ld": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
    "text/xml": ox.RdfFormat.RDF_XML,
}
# a format= value -> (media type for results, media type for graphs)
_FORMAT_NAMES: dict[str, tuple[str | None, str | None]] = {
    "json": ("application/sparql-results+json", "application/ld+json"),
    "xml": ("application/sparql-results+xml", "application/rdf+xml"),
    "csv": ("text/csv", None),
    "tsv": ("text/tab-separated-values", None),
    "turtle": (None, "text/turtle"),
    "ttl": (None, "text/turtle"),
    "n3": (None, "text/n3"),
    "jsonld": (None, "application/ld+json"),
    "json-ld": (None, "application/ld+json"),
    "nt": (None, "application/n-triples"),
    "ntriples": (None, "application/n-triples"),
    "n-triples": (None, "application/n-triples"),
    "rdfxml": (None, "application/rdf+xml"),
    "rdf+xml": (None, "application/rdf+xml"),
    "rdf": (None, "application/rdf+xml"),
}
_FORMAT_PARAMS = ("format", "output", "results")
_XML_MEDIA = {m for m, f in RESULT_TYPES.items() if f == ox.QueryResultsFormat.XML}
_XML_MEDIA |= {m for m, f in GRAPH_TYPES.items() if f == ox.RdfFormat.RDF_XML}
_IGNORED_GRAPH = "urn:x-rdflib:default"  # rdflib's SPARQLStore names its default graph so


class HttpError(Exception):
    """An HTTP error answer: a status and one line of text (raised in a worker too)."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = int(status)
        self.message = message
        self.headers = dict(headers or {})

    def __reduce__(self) -> tuple[Any, ...]:
        return (HttpError, (self.status, self.message, self.headers))


@dataclass
class Answer:
    """An HTTP answer: status, body, content type, extra headers."""

    status: int
    body: bytes
    content_type: str = "text/plain; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class SparqlRequest:
    """A query or an update as the protocol carries it."""

    text: str
    update: bool
    formats: tuple[str, ...] = ()
    default_graphs: tuple[str, ...] = ()
    named_graphs: tuple[str, ...] = ()


# --------------------------------------------------------------------------- requests


def form_params(text: str) -> dict[str, list[str]]:
    """The parameters of a query string or a form; a %-escape that is not UTF-8 (%FF) is
    a 400, as a body that is not UTF-8 is, rather than a U+FFFD in the query."""
    try:
        return parse_qs(text, keep_blank_values=True, errors="strict")
    except UnicodeDecodeError:
        raise HttpError(HTTPStatus.BAD_REQUEST, "a parameter is not UTF-8") from None


def read_get(query_string: str) -> SparqlRequest | None:
    """The request of a ``GET /sparql``; None when it asks nothing (the service description)."""
    params = form_params(query_string)
    if "update" in params:
        raise HttpError(HTTPStatus.METHOD_NOT_ALLOWED, "updates must be POSTed", {"Allow": "POST"})
    if "query" not in params:
        return None
    return _request(_one(params, "query"), False, params)


def read_post(query_string: str, content_type: str, body: bytes) -> SparqlRequest:
    """The request of a ``POST /sparql`` with this body."""
    params = form_params(query_string)
    ctype = content_type.split(";")[0].strip().lower()
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise HttpError(HTTPStatus.BAD_REQUEST, "the body is not UTF-8") from exc
    if ctype == "application/x-www-form-urlencoded":
        form = form_params(text)
        merged = {**params, **form}
        if "update" in form:
            return _request(_one(form, "update"), True, merged)
        return _request(_one(form, "query"), False, merged)
    if ctype in ("application/sparql-query", "application/sparql-update"):
        return _request(text, ctype.endswith("update"), params)
    raise HttpError(
        HTTPStatus.UNSUPPORTED_MEDIA_TYPE,
        "POST application/x-www-form-urlencoded, application/sparql-query "
        "or application/sparql-update",
    )


def _request(text: str, update: bool, params: dict[str, list[str]]) -> SparqlRequest:
    if not text.strip():
        raise HttpError(HTTPStatus.BAD_REQUEST, "empty query")
    formats = tuple(v for name in _FORMAT_PARAMS for v in params.get(name, []) if v.strip())
    default = tuple(g for g in params.get("default-graph-uri", []) if g != _IGNORED_GRAPH)
    named = tuple(params.get("named-graph-uri", []))
    for g in (*default, *named):
        try:
            ox.NamedNode(g)
        except ValueError as exc:
            raise HttpError(HTTPStatus.BAD_REQUEST, f"bad graph IRI {g!r}: {exc}") from None
    return SparqlRequest(text, update, formats, default, named)


def _one(params: dict[str, list[str]], name: str) -> str:
    values = params.get(name)
    if not values:
        raise HttpError(HTTPStatus.BAD_REQUEST, f"missing parameter {name!r}")
    if len(values) > 1:
        raise HttpError(HTTPStatus.BAD_REQUEST, f"more than one {name!r} parameter")
    return values[0]


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
    table: dict[str, Any] = RESULT_TYPES if kind == "results" else GRAPH_TYPES
    for media, _ in _parse_accept(accept):
        if media in table:
            return media
        if media == "*/*":
            return "application/sparql-results+json" if kind == "results" else "text/turtle"
        if media == "application/*":
            return "application/sparql-results+json" if kind == "results" else "application/ld+json"
        if media == "text/*":
            return "text/csv" if kind == "results" else "text/turtle"
    return None


def choose_media(formats: tuple[str, ...], accept: str | None, kind: str) -> str | None:
    """The media type for ``kind``: the first ``format``/``output``/``results`` value that
    names one (a short name or a media type), else the ``Accept`` header's choice."""
    if formats:
        table = RESULT_TYPES if kind == "results" else GRAPH_TYPES
        for value in formats:
            v = value.strip().lower()
            if v in _FORMAT_NAMES:
                media = _FORMAT_NAMES[v][0 if kind == "results" else 1]
            else:
                media = v if v in table else None
            if media is not None:
                return media
        return None
    return negotiate(accept, kind)


# --------------------------------------------------------------------------- answers


@dataclass(frozen=True)
class QueryJob:
    """A query as a worker runs it: the text, its dataset, the media types each kind of
    answer would take (None: not acceptable) and the row cap."""

    sparql: str
    default_graphs: tuple[str, ...]
    named_graphs: tuple[str, ...]
    results_media: str | None
    graph_media: str | None
    not_acceptable: str
    max_rows: int


def run_query(store: Any, job: QueryJob) -> Answer:
    """Evaluate ``job`` on ``store`` (a :class:`kg.store.Store`) and serialise the answer."""
    options = dataset_options(job.sparql, job.default_graphs, job.named_graphs)
    result = store.evaluate(job.sparql, options)
    if isinstance(result, ox.QueryBoolean):
        media = _media(job.results_media, job)
        body = result.serialize(format=RESULT_TYPES[media]) or b""
        return Answer(HTTPStatus.OK, body, _with_charset(media))
    if isinstance(result, ox.QueryTriples):
        return _graph_answer(result, job)
    return _results_answer(result, job)


def _media(media: str | None, job: QueryJob) -> str:
    if media is None:
        raise HttpError(HTTPStatus.NOT_ACCEPTABLE, job.not_acceptable)
    return media


def _graph_answer(result: ox.QueryTriples, job: QueryJob) -> Answer:
    media = _media(job.graph_media, job)
    fmt = GRAPH_TYPES[media]
    headers: dict[str, str] = {}
    triples: list[ox.Triple] = []
    for t in result:
        if cancelled():
            raise HttpError(HTTPStatus.SERVICE_UNAVAILABLE, "cancelled after the timeout")
        if len(triples) == job.max_rows:
            headers["X-Kg-Truncated"] = f"max-rows={job.max_rows}"
            break
        triples.append(_xml_safe_triple(t) if media in _XML_MEDIA else t)
    prefixes = (
        PREFIXES if fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N3, ox.RdfFormat.RDF_XML) else None
    )
    body = ox.serialize(triples, format=fmt, prefixes=prefixes) or b""
    return Answer(HTTPStatus.OK, body, _with_charset(media), headers)


def _results_answer(result: ox.QuerySolutions, job: QueryJob) -> Answer:
    media = _media(job.results_media, job)
    xml = media in _XML_MEDIA
    names = [v.value for v in result.variables]
    headers: dict[str, str] = {}
    bindings: list[dict[str, Any]] = []
    for solution in result:
        if cancelled():
            raise HttpError(HTTPStatus.SERVICE_UNAVAILABLE, "cancelled after the timeout")
        if len(bindings) == job.max_rows:
            headers["X-Kg-Truncated"] = f"max-rows={job.max_rows}"
            break
        row: dict[str, Any] = {}
        for n in names:
            term = solution[n]
            if term is not None:
                row[n] = json_term(term)
                if xml and has_xml_forbidden(row[n]["value"]):
                    row[n]["value"] = xml_safe(row[n]["value"])
        bindings.append(row)
    doc = {"head": {"vars": names}, "results": {"bindings": bindings}}
    body = json.dumps(doc, ensure_ascii=False).encode("utf-8")
    fmt = RESULT_TYPES[media]
    if fmt != ox.QueryResultsFormat.JSON:
        # pyoxigraph writes every format from the capped rows, read back from our JSON
        parsed = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
        body = parsed.serialize(format=fmt) or b""
    return Answer(HTTPStatus.OK, body, _with_charset(media), headers)


def _xml_safe_triple(t: ox.Triple) -> ox.Triple:
    o = t.object
    if isinstance(o, ox.Literal) and has_xml_forbidden(o.value):
        if o.language:
            o = ox.Literal(xml_safe(o.value), language=o.language)
        else:
            o = ox.Literal(xml_safe(o.value), datatype=o.datatype)
    return ox.Triple(t.subject, t.predicate, o)


def _with_charset(media: str) -> str:
    return f"{media}; charset=utf-8"


# --------------------------------------------------------------------------- description


def service_description(
    endpoint: str, accept: str | None, *, update: bool, federated: bool
) -> Answer:
    """The SPARQL 1.1 Service Description of the endpoint at ``endpoint`` (what a bare
    ``GET /sparql`` answers), as RDF in the negotiated syntax (Turtle by default)."""
    media = negotiate(accept, "graph") or "text/turtle"
    sd = SD_NS
    node = ox.NamedNode(endpoint)
    a = ox.NamedNode(RDF_TYPE)
    dataset, graph = ox.BlankNode(), ox.BlankNode()
    triples = [
        ox.Triple(node, a, ox.NamedNode(sd + "Service")),
        ox.Triple(node, ox.NamedNode(sd + "endpoint"), node),
        ox.Triple(node, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Query")),
        ox.Triple(node, ox.NamedNode(sd + "feature"), ox.NamedNode(sd + "UnionDefaultGraph")),
        ox.Triple(node, ox.NamedNode(sd + "defaultDataset"), dataset),
        ox.Triple(dataset, a, ox.NamedNode(sd + "Dataset")),
        ox.Triple(dataset, ox.NamedNode(sd + "defaultGraph"), graph),
        ox.Triple(graph, a, ox.NamedNode(sd + "Graph")),
        ox.Triple(
            node,
            ox.NamedNode(DCTERMS_NS + "description"),
            ox.Literal(
                "zhkg: provinces, the programs they implement and the themes those programs "
                "serve. The default graph is the union of the graphs unless the query or "
                "the request names its dataset.",
                language="en",
            ),
        ),
    ]
    if update:
        triples.append(
            ox.Triple(
                node, ox.NamedNode(sd + "supportedLanguage"), ox.NamedNode(sd + "SPARQL11Update")
            )
        )
    if federated:
        triples.append(
            ox.Triple(node, ox.NamedNode(sd + "feature"), ox.NamedNode(sd + "BasicFederatedQuery"))
        )
    for name in (
        "SPARQL_Results_JSON",
        "SPARQL_Results_XML",
        "SPARQL_Results_CSV",
        "SPARQL_Results_TSV",
        "Turtle",
        "N3",
        "JSON-LD",
        "N-Triples",
        "RDF_XML",
    ):
        triples.append(
            ox.Triple(node, ox.NamedNode(sd + "resultFormat"), ox.NamedNode(FORMATS_NS + name))
        )
    fmt = GRAPH_TYPES[media]
    prefixes = {"sd": sd, "dcterms": DCTERMS_NS, "formats": FORMATS_NS}
    body = ox.serialize(
        triples, format=fmt, prefixes=prefixes if fmt != ox.RdfFormat.N_TRIPLES else None
    )
    return Answer(HTTPStatus.OK, body or b"", _with_charset(media))
