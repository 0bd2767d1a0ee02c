"""From an extraction to RDF: the document's named graph, with evidence for every fact."""

from __future__ import annotations

import hashlib
import re

from rdflib import RDF, RDFS, XSD, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, PROV, SKOS

from kg.extract import EXTRACTOR_VERSION, Extraction
from kg.lexicon import Lexicon, load_lexicon
from kg.model import Assertion, Mention
from kg.namespaces import (
    DATA,
    KG,
    assertion_iri,
    document_iri,
    program_iri,
    province_iri,
    sentence_iri,
    theme_iri,
)
from kg.relate import RULES

__all__ = ["NEW_THEME_SCHEME", "bind_prefixes", "document_graph", "mention_iri", "rule_iri"]

NEW_THEME_SCHEME = URIRef(DATA + "theme/extracted")
_PREDICATES = {"implements": KG.implements, "serves": KG.serves}


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


def rule_iri(rule: str) -> URIRef:
    return URIRef(DATA + "rule/" + rule)


def mention_iri(m: Mention, lexicon: Lexicon) -> URIRef:
    """The IRI of what a mention names."""
    if m.kind == "province":
        return province_iri(m.key)
    if m.kind == "place":
        return URIRef(lexicon.places[m.key].iri)
    if m.kind == "program":
        return program_iri(m.key)
    if m.kind == "theme":
        if m.key.startswith("+"):
            return theme_iri("new/" + m.key[1:])
        return URIRef(lexicon.themes[m.key].iri)
    raise ValueError(f"no IRI for a {m.kind} mention")


def _zh(text: str) -> Literal:
    return Literal(text, lang="zh")


def _date_literal(value: str) -> Literal:
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    return Literal(value)


def document_graph(ex: Extraction, lexicon: Lexicon | None = None) -> Graph:
    """Everything read from one document as an RDF graph (to be stored as its named graph)."""
    lex = lexicon or load_lexicon()
    doc = ex.document
    g = bind_prefixes(Graph())
    d = document_iri(doc.id)
    g.add((d, RDF.type, KG.Document))
    g.add((d, DCTERMS.identifier, Literal(doc.id)))
    title = doc.title or doc.id
    g.add((d, RDFS.label, _zh(title)))
    if doc.title:
        g.add((d, DCTERMS.title, _zh(doc.title)))
    if doc.date:
        g.add((d, DCTERMS.date, _date_literal(doc.date)))
    if doc.source:
        if re.match(r"https?://", doc.source):
            g.add((d, DCTERMS.source, URIRef(doc.source)))
        else:
            g.add((d, KG.sourcePath, Literal(doc.source)))
    if doc.encoding:
        g.add((d, KG.encoding, Literal(doc.encoding)))
    g.add((d, KG.extractorVersion, Literal(EXTRACTOR_VERSION)))
    if ex.author:
        g.add((d, KG.authorProvince, province_iri(ex.author)))

    # things named in the document
    for m in ex.mentions:
        node = mention_iri(m, lex)
        g.add((node, KG.mentionedIn, d))
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
        g.add((si, RDF.type, KG.Sentence))
        g.add((si, RDFS.label, _zh(_short(s.text))))
        g.add((si, KG.text, _zh(s.text)))
        g.add((si, KG.startOffset, Literal(s.start)))
        g.add((si, KG.endOffset, Literal(s.end)))
        g.add((si, KG.sentenceIndex, Literal(s.index)))
        g.add((si, KG.inDocument, d))

    for a in ex.assertions:
        _add_assertion(g, a, doc.id, lex)
    return g


def _describe_program(g: Graph, node: URIRef, m: Mention) -> None:
    g.add((node, RDF.type, KG.Program))
    g.add((node, RDFS.label, _zh(m.label)))
    for alias in m.aliases:
        g.add((node, SKOS.altLabel, _zh(alias)))


def _describe_new_theme(g: Graph, node: URIRef, m: Mention) -> None:
    g.add((node, RDF.type, KG.Theme))
    g.add((node, RDF.type, SKOS.Concept))
    g.add((node, RDFS.label, _zh(m.label)))
    g.add((node, SKOS.prefLabel, _zh(m.label)))
    g.add((node, SKOS.inScheme, NEW_THEME_SCHEME))


def _add_assertion(g: Graph, a: Assertion, doc_id: str, lex: Lexicon) -> None:
    s = mention_iri(a.subject, lex)
    o = mention_iri(a.object, lex)
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
    g.add((ai, RDF.type, KG.Assertion))
    g.add((ai, RDFS.label, _zh(f"{a.subject.label} {verb} {a.object.label}")))
    g.add((ai, RDF.subject, s))
    g.add((ai, RDF.predicate, p))
    g.add((ai, RDF.object, o))
    g.add((ai, PROV.wasDerivedFrom, sentence_iri(doc_id, a.evidence.sentence_index)))
    g.add((ai, KG.confidence, Literal(f"{a.confidence:.3f}", datatype=XSD.decimal)))
    g.add((ai, KG.subjectText, _zh(a.subject.text)))
    g.add((ai, KG.objectText, _zh(a.object.text)))
    r = rule_iri(a.rule)
    g.add((ai, KG.rule, r))
    g.add((r, RDF.type, KG.Rule))
    g.add((r, RDFS.label, Literal(a.rule)))
    base = a.rule.split("+")[0]
    if base in RULES:
        g.add((r, RDFS.comment, Literal(RULES[base], lang="en")))


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
