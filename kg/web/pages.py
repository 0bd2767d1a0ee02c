"""The HTML pages of ``kg serve`` beside its SPARQL endpoint: a node's page and its view.

``/node?iri=…`` shows a node's labels, its facts, the sentences behind them and its other
properties, from the template ``assets/node.html`` (Jinja2, every value escaped);
``/view?focus=…`` is the interactive view of :mod:`kg.web.view` around a node. Both run in
a query worker (:mod:`kg.store.workers`) like any query, under the same timeout; a
problem is an :class:`~kg.web.protocol.HttpError`.

The union default graph repeats a triple once per graph holding it (a rule's label, a
program's type), so the node queries ask for DISTINCT rows.
"""

from __future__ import annotations

import functools
import json
import re
import tempfile
from http import HTTPStatus
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pyoxigraph as ox
from jinja2 import Environment, FileSystemLoader, Template, select_autoescape

from kg.errors import UnknownNameError, ViewError
from kg.vocabulary import KG, PREFIXES, RDF_TYPE, RDFS_LABEL, SKOS_NS
from kg.web.protocol import HttpError

__all__ = ["name_label", "node_page", "view_page"]

_ASSETS = Path(__file__).resolve().parent / "assets"

_Q_PROPS = "SELECT DISTINCT ?node ?p ?o WHERE { ?node ?p ?o } ORDER BY ?p ?o LIMIT 500"
_Q_FACTS = """
SELECT ?node ?dir ?p ?other
       (COALESCE(MIN(STR(?short)), MIN(STR(?pref)), MIN(STR(?any))) AS ?label)
WHERE {
  VALUES ?p { kg:implements kg:serves }
  { ?node ?p ?other BIND("out" AS ?dir) } UNION { ?other ?p ?node BIND("in" AS ?dir) }
  OPTIONAL { ?other kg:shortName ?short }
  OPTIONAL { ?other skos:prefLabel ?pref FILTER(LANG(?pref) = "zh") }
  OPTIONAL { ?other rdfs:label ?any }
} GROUP BY ?node ?dir ?p ?other ORDER BY ?dir ?p ?label"""
_Q_EVIDENCE = """
SELECT DISTINCT ?node ?s ?p ?o ?text ?doc ?docId ?title ?date ?rule ?confidence WHERE {
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
_Q_LABELS = "SELECT ?node ?l WHERE { ?node kg:shortName|skos:prefLabel|rdfs:label ?l } ORDER BY ?l"

_LABEL_PROPS = {
    str(KG.shortName): "kg:shortName",
    SKOS_NS + "prefLabel": "skos:prefLabel",
    RDFS_LABEL: "rdfs:label",
    SKOS_NS + "altLabel": "skos:altLabel",
    str(KG.literaryName): "kg:literaryName",
}
_VIEWABLE = {str(KG.Province), str(KG.Program), str(KG.Theme)}
_VERBS = {str(KG.implements): "实施 implements", str(KG.serves): "服务 serves"}


@functools.cache
def _template() -> Template:
    env = Environment(
        loader=FileSystemLoader(_ASSETS), autoescape=select_autoescape(["html"]), auto_reload=False
    )
    return env.get_template("node.html")


def _short(iri: str) -> str:
    for prefix, ns in PREFIXES.items():
        if iri.startswith(ns) and len(iri) > len(ns):
            return f"{prefix}:{iri[len(ns) :]}"
    return iri


def _node_url(iri: str) -> str:
    return "/node?iri=" + quote(iri, safe="")


def _select(store: Any, sparql: str, node: ox.NamedNode) -> list[dict[str, Any]]:
    # the IRI is bound as a term (SEP-0007 substitution), never written into the text;
    # Oxigraph substitutes only a projected variable, so every query selects ?node
    result = store.oxigraph.query(
        sparql,
        prefixes=PREFIXES,
        use_default_graph_as_union=True,
        substitutions={ox.Variable("node"): node},
    )
    names = [v.value for v in result.variables]
    return [{n: s[n] for n in names if s[n] is not None} for s in result]


def _iri(text: str, what: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(text)
    except ValueError:
        raise HttpError(HTTPStatus.BAD_REQUEST, f"{what} is not an IRI: {text!r}") from None


def node_page(store: Any, iri: str) -> bytes:
    """The HTML page of one node (UTF-8): its labels, facts, evidence and other properties."""
    node = _iri(iri, "iri")
    props = _select(store, _Q_PROPS, node)
    facts = _select(store, _Q_FACTS, node)
    if not props and not facts:
        raise HttpError(HTTPStatus.NOT_FOUND, f"nothing is known about <{iri}>")
    labels = [r for r in props if r["p"].value in _LABEL_PROPS]
    types = sorted(r["o"].value for r in props if r["p"].value == RDF_TYPE)
    zh = [r["o"].value for r in labels if getattr(r["o"], "language", None) == "zh"]
    title = zh[0] if zh else (labels[0]["o"].value if labels else _short(iri))
    names = {iri: title, **{r["other"].value: r["label"].value for r in facts if "label" in r}}
    page = _template().render(
        title=title,
        iri=iri,
        view_url=("/view?focus=" + quote(iri, safe="")) if _VIEWABLE & set(types) else None,
        describe_url="/sparql?format=turtle&query=" + quote(f"DESCRIBE <{iri}>", safe=""),
        types=[{"url": _node_url(t), "text": _short(t)} for t in types],
        labels=[
            {
                "property": _LABEL_PROPS[r["p"].value],
                "value": r["o"].value,
                "lang": getattr(r["o"], "language", None) or "",
            }
            for r in labels
        ],
        facts=[
            {
                "outgoing": r["dir"].value == "out",
                "predicate": _short(r["p"].value),
                "url": _node_url(r["other"].value),
                "label": r["label"].value if "label" in r else _short(r["other"].value),
            }
            for r in facts
        ],
        evidence=[_evidence(r, names) for r in _select(store, _Q_EVIDENCE, node)],
        properties=[_property(r) for r in props if r["p"].value not in _LABEL_PROPS],
    )
    return page.encode("utf-8")


def _evidence(r: dict[str, Any], names: dict[str, str]) -> dict[str, str]:
    s, p, o = r["s"].value, r["p"].value, r["o"].value
    fact = " ".join((names.get(s, _short(s)), _VERBS.get(p, _short(p)), names.get(o, _short(o))))
    meta = " · ".join(
        r[k].value for k in ("docId", "title", "date", "rule", "confidence") if k in r
    )
    return {"fact": fact, "text": r["text"].value if "text" in r else "", "meta": meta}


def _property(r: dict[str, Any]) -> dict[str, str | None]:
    o = r["o"]
    if isinstance(o, ox.NamedNode):
        return {
            "property": _short(r["p"].value),
            "value": _short(o.value),
            "url": _node_url(o.value),
        }
    return {"property": _short(r["p"].value), "value": o.value, "url": None}


def view_page(store: Any, focus: str, depth: int) -> bytes:
    """The HTML view (:mod:`kg.web.view`) around ``focus``: an IRI or any label of a node."""
    from kg.web.view import collect_view_data, render_view

    label = focus
    if re.match(r"(?i)https?://", focus):
        rows = _select(store, _Q_LABELS, _iri(focus, "focus"))
        if not rows:
            raise HttpError(HTTPStatus.NOT_FOUND, f"no label for <{focus}>")
        zh = [r["l"].value for r in rows if getattr(r["l"], "language", None) != "en"]
        label = zh[0] if zh else rows[0]["l"].value
    try:
        data = collect_view_data(store, focus=label, depth=depth)
    except (ViewError, UnknownNameError) as exc:
        raise HttpError(HTTPStatus.NOT_FOUND, str(exc)) from exc
    with tempfile.TemporaryDirectory(prefix="kg-view-") as tmp:
        path = Path(tmp) / "view.html"
        render_view(data, path, title=f"zhkg: {label}")
        return path.read_bytes()


def name_label(store: Any, param: str, kind: str, value: str) -> bytes:
    """``{"label": …}`` (JSON, UTF-8): the label of the one province, program or theme that
    ``value`` names, by the resolver ``kg query --param`` uses, for a saved query's field
    ``param`` on the query page; a name that matches nothing is a 400 with the nearest."""
    from kg.answers.resolve import KINDS, resolve_label

    if kind not in KINDS:
        raise HttpError(HTTPStatus.BAD_REQUEST, f"kind must be one of {', '.join(KINDS)}")
    if not value.strip():
        raise HttpError(HTTPStatus.BAD_REQUEST, f"{param}: give a name")
    label = resolve_label(store, kind, value, f"{param}={value}")
    return json.dumps({"label": label}, ensure_ascii=False).encode("utf-8")
