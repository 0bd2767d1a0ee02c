"""From an extraction to RDF: the document's named graph, with evidence for every fact.

This stage mints every IRI from the plain keys the extractor gives (through
:mod:`kg.vocabulary`) and never imports the extractor: the descriptions of its rules come
as a mapping from whoever runs both (the pipeline).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from typing import NamedTuple

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS
from rdflib.term import Node

from kg.model import Assertion, Extraction, Mention
from kg.vocabulary import (
    DATA,
    KG,
    assertion_iri,
    document_iri,
    place_iri,
    program_iri,
    province_iri,
    rule_iri,
    sentence_iri,
    theme_iri,
)

__all__ = [
    "NEW_THEME_SCHEME",
    "bind_prefixes",
    "document_graph",
    "document_ntriples",
    "document_triples",
    "mention_iri",
]

NEW_THEME_SCHEME = URIRef(DATA + "theme/extracted")


class _T:
    """The terms the writer uses, resolved once: rdflib's DefinedNamespace looks a term up
    on every access (a tenth of the writing time of a build)."""

    dcterms_date = DCTERMS.date
    dcterms_identifier = DCTERMS.identifier
    dcterms_source = DCTERMS.source
    dcterms_title = DCTERMS.title
    kg_Assertion = KG.Assertion
    kg_Document = KG.Document
    kg_Program = KG.Program
    kg_Rule = KG.Rule
    kg_Sentence = KG.Sentence
    kg_Theme = KG.Theme
    kg_authorProvince = KG.authorProvince
    kg_confidence = KG.confidence
    kg_encoding = KG.encoding
    kg_endOffset = KG.endOffset
    kg_extractorVersion = KG.extractorVersion
    kg_implements = KG.implements
    kg_inDocument = KG.inDocument
    kg_mentionedIn = KG.mentionedIn
    kg_objectText = KG.objectText
    kg_rule = KG.rule
    kg_sentenceCount = KG.sentenceCount
    kg_sentenceIndex = KG.sentenceIndex
    kg_serves = KG.serves
    kg_sourcePath = KG.sourcePath
    kg_startOffset = KG.startOffset
    kg_subjectText = KG.subjectText
    kg_text = KG.text
    prov_wasDerivedFrom = PROV.wasDerivedFrom
    rdf_object = RDF.object
    rdf_predicate = RDF.predicate
    rdf_subject = RDF.subject
    rdf_type = RDF.type
    rdfs_comment = RDFS.comment
    rdfs_label = RDFS.label
    skos_Concept = SKOS.Concept
    skos_altLabel = SKOS.altLabel
    skos_inScheme = SKOS.inScheme
    skos_prefLabel = SKOS.prefLabel
    xsd_date = XSD.date
    xsd_decimal = XSD.decimal
    xsd_gYear = XSD.gYear
    xsd_gYearMonth = XSD.gYearMonth
    xsd_integer = XSD.integer


_PREDICATES = {"implements": _T.kg_implements, "serves": _T.kg_serves}


def bind_prefixes(g: Graph) -> Graph:
    """Bind the prefixes zhkg uses, so serialisations are readable."""
    g.bind("kg", str(KG._NS))
    g.bind("province", DATA + "province/")
    g.bind("place", DATA + "place/")
    g.bind("program", DATA + "program/")
    g.bind("theme", DATA + "theme/")
    g.bind("rule", DATA + "rule/")
    g.bind("doc", DATA + "doc/")
    g.bind("skos", SKOS)
    g.bind("prov", PROV)
    g.bind("dcterms", DCTERMS)
    return g


def mention_iri(m: Mention) -> URIRef:
    """The IRI of what a mention names (a theme key starting with ``+`` is a new theme)."""
    if m.kind == "province":
        return province_iri(m.key)
    if m.kind == "place":
        return place_iri(m.key)
    if m.kind == "program":
        return program_iri(m.key)
    if m.kind == "theme":
        if m.key.startswith("+"):
            return theme_iri("new/" + m.key[1:])
        return theme_iri(m.key)
    raise ValueError(f"no IRI for a {m.kind} mention")


class _Literal(NamedTuple):
    """A literal as the graph states it: the arguments of rdflib's ``Literal``.

    Creating an rdflib ``Literal`` costs more than everything else a document's graph
    needs; a build writes N-Triples text, formatted from these directly.
    """

    value: str | int
    lang: str | None = None
    datatype: URIRef | None = None

    def rdflib(self) -> Literal:
        return Literal(self.value, lang=self.lang, datatype=self.datatype)

    def ntriples(self) -> str:
        """This literal in N-Triples, as rdflib's ``Literal`` of it is written."""
        if isinstance(self.value, int):
            return f'"{self.value}"^^<{_T.xsd_integer}>'
        if self.datatype is not None:  # dates and decimals: rdflib writes their lexical form
            return f'"{_escape(self.value)}"^^<{self.datatype}>'
        value = _escape(self.value)
        return f'"{value}"@{self.lang}' if self.lang else f'"{value}"'


def _zh(text: str) -> _Literal:
    return _Literal(text, "zh")


def _date_literal(value: str) -> _Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return _Literal(value, datatype=_T.xsd_date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return _Literal(value, datatype=_T.xsd_gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return _Literal(value, datatype=_T.xsd_gYear)
    return _Literal(value)


Triple = tuple[Node, Node, Node]
_Statement = tuple[URIRef, URIRef, URIRef | _Literal]


class _Triples:
    """An ordered set of statements: what :func:`document_triples` collects.

    Building an rdflib ``Graph`` per document costs more than extracting it (binding
    prefixes and indexing every triple three ways); a build only needs the triples.
    """

    def __init__(self) -> None:
        self.triples: dict[_Statement, None] = {}

    def add(self, triple: _Statement) -> None:
        self.triples[triple] = None


Rules = Mapping[str, str]  # rule id -> one-line description


def document_graph(ex: Extraction, rules: Rules | None = None) -> Graph:
    """Everything read from one document as an RDF graph (to be stored as its named graph)."""
    g = bind_prefixes(Graph())
    for t in document_triples(ex, rules):
        g.add(t)
    return g


def document_ntriples(ex: Extraction, rules: Rules | None = None) -> tuple[str, int]:
    """The document's graph as N-Triples text, and its number of triples.

    ``rules`` describes the extractor's rules (an ``rdfs:comment`` for each rule used).
    """
    statements = _document_statements(ex, rules or {})
    text = "".join(
        f"<{s}> <{p}> {o.ntriples()} .\n" if isinstance(o, _Literal) else f"<{s}> <{p}> <{o}> .\n"
        for s, p, o in statements
    )
    return text, len(statements)


def _escape(value: str) -> str:
    return value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")


def document_triples(ex: Extraction, rules: Rules | None = None) -> list[Triple]:
    """The triples of :func:`document_graph`, in order and without repeats."""
    return [
        (s, p, o.rdflib() if isinstance(o, _Literal) else o)
        for s, p, o in _document_statements(ex, rules or {})
    ]


def _document_statements(ex: Extraction, rules: Rules) -> list[_Statement]:
    """The statements of :func:`document_triples`, literals not yet made rdflib's."""
    doc = ex.document
    g = _Triples()
    d = document_iri(doc.id)
    g.add((d, _T.rdf_type, _T.kg_Document))
    g.add((d, _T.dcterms_identifier, _Literal(doc.id)))
    title = doc.title or doc.id
    g.add((d, _T.rdfs_label, _zh(title)))
    if doc.title:
        g.add((d, _T.dcterms_title, _zh(doc.title)))
    if doc.date:
        g.add((d, _T.dcterms_date, _date_literal(doc.date)))
    if doc.source:
        if re.match(r"https?://", doc.source):
            g.add((d, _T.dcterms_source, URIRef(doc.source)))
        else:
            g.add((d, _T.kg_sourcePath, _Literal(doc.source)))
    if doc.encoding:
        g.add((d, _T.kg_encoding, _Literal(doc.encoding)))
    g.add((d, _T.kg_extractorVersion, _Literal(ex.extractor_version)))
    g.add((d, _T.kg_sentenceCount, _Literal(len(ex.sentences))))
    if ex.author:
        g.add((d, _T.kg_authorProvince, province_iri(ex.author)))

    # things named in the document (most of them many times: mint each IRI once)
    mentioned_in = _T.kg_mentionedIn
    nodes: dict[tuple[str, str], URIRef] = {}
    for m in ex.mentions:
        node = nodes.get((m.kind, m.key))
        if node is None:
            node = nodes[m.kind, m.key] = mention_iri(m)
        g.add((node, mentioned_in, d))
        if m.kind == "program":
            _describe_program(g, node, m)
        elif m.kind == "theme" and m.key.startswith("+"):
            _describe_new_theme(g, node, m)

    # sentences that carry evidence
    used = {a.evidence.sentence_index for a in ex.assertions}
    for s in ex.sentences:
        if s.index not in used:
            continue
        si = sentence_iri(doc.id, s.index)
        g.add((si, _T.rdf_type, _T.kg_Sentence))
        g.add((si, _T.rdfs_label, _zh(_short(s.text))))
        g.add((si, _T.kg_text, _zh(s.text)))
        g.add((si, _T.kg_startOffset, _Literal(s.start)))
        g.add((si, _T.kg_endOffset, _Literal(s.end)))
        g.add((si, _T.kg_sentenceIndex, _Literal(s.index)))
        g.add((si, _T.kg_inDocument, d))

    for a in ex.assertions:
        _add_assertion(g, a, doc.id, rules)
    return list(g.triples)


def _describe_program(g: _Triples, node: URIRef, m: Mention) -> None:
    g.add((node, _T.rdf_type, _T.kg_Program))
    g.add((node, _T.rdfs_label, _zh(m.label)))
    for alias in m.aliases:
        g.add((node, _T.skos_altLabel, _zh(alias)))


def _describe_new_theme(g: _Triples, node: URIRef, m: Mention) -> None:
    g.add((node, _T.rdf_type, _T.kg_Theme))
    g.add((node, _T.rdf_type, _T.skos_Concept))
    g.add((node, _T.rdfs_label, _zh(m.label)))
    g.add((node, _T.skos_prefLabel, _zh(m.label)))
    g.add((node, _T.skos_inScheme, NEW_THEME_SCHEME))


def _add_assertion(g: _Triples, a: Assertion, doc_id: str, rules: Rules) -> None:
    s = mention_iri(a.subject)
    o = mention_iri(a.object)
    p = _PREDICATES[a.predicate]
    g.add((s, p, o))
    for m, node in ((a.subject, s), (a.object, o)):
        if m.kind == "program":
            _describe_program(g, node, m)
        elif m.kind == "theme" and m.key.startswith("+"):
            _describe_new_theme(g, node, m)
    digest = hashlib.sha1(f"{s}|{p}|{o}".encode()).hexdigest()[:12]
    ai = assertion_iri(doc_id, digest)
    verb = "实施" if a.predicate == "implements" else "服务"
    g.add((ai, _T.rdf_type, _T.kg_Assertion))
    g.add((ai, _T.rdfs_label, _zh(f"{a.subject.label} {verb} {a.object.label}")))
    g.add((ai, _T.rdf_subject, s))
    g.add((ai, _T.rdf_predicate, p))
    g.add((ai, _T.rdf_object, o))
    g.add((ai, _T.prov_wasDerivedFrom, sentence_iri(doc_id, a.evidence.sentence_index)))
    g.add((ai, _T.kg_confidence, _Literal(f"{a.confidence:.3f}", datatype=_T.xsd_decimal)))
    g.add((ai, _T.kg_subjectText, _zh(a.subject.text)))
    g.add((ai, _T.kg_objectText, _zh(a.object.text)))
    r = rule_iri(a.rule)
    g.add((ai, _T.kg_rule, r))
    g.add((r, _T.rdf_type, _T.kg_Rule))
    g.add((r, _T.rdfs_label, _Literal(a.rule)))
    base = a.rule.split("+")[0]
    if base in rules:
        g.add((r, _T.rdfs_comment, _Literal(rules[base], "en")))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
