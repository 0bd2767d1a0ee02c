"""RDF vocabularies used by zhkg, and the IRIs it mints: the one place that spells an IRI.

Every stage reads its IRIs from here: the lexicon (which reads the ontology's Turtle
files), the RDF stage (which mints IRIs for what the extractor found), the stores (their
bookkeeping graphs) and the answers (SPARQL prefixes, labels).
"""

from __future__ import annotations

import functools
import re
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "DATA",
    "DCTERMS_NS",
    "FACTS_GRAPH",
    "FORMATS_NS",
    "GRAPH",
    "KG",
    "KG_NS",
    "META_GRAPH",
    "ONTOLOGY_GRAPH",
    "OWL_NS",
    "PREFIXES",
    "RDFS_LABEL",
    "RDFS_NS",
    "RDF_NS",
    "RDF_TYPE",
    "SD_NS",
    "SKOS_NS",
    "XSD_NS",
    "assertion_iri",
    "document_graph_iri",
    "document_iri",
    "place_iri",
    "program_iri",
    "province_iri",
    "rule_iri",
    "sentence_iri",
    "theme_iri",
]

KG_NS = "https://w3id.org/zhkg/ontology#"
RDF_NS = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS_NS = "http://www.w3.org/2000/01/rdf-schema#"
OWL_NS = "http://www.w3.org/2002/07/owl#"
XSD_NS = "http://www.w3.org/2001/XMLSchema#"
SKOS_NS = "http://www.w3.org/2004/02/skos/core#"
PROV_NS = "http://www.w3.org/ns/prov#"
DCTERMS_NS = "http://purl.org/dc/terms/"
#: SPARQL 1.1 Service Description and the W3C names of formats (``kg serve`` describes itself)
SD_NS = "http://www.w3.org/ns/sparql-service-description#"
FORMATS_NS = "http://www.w3.org/ns/formats/"
RDF_TYPE = RDF_NS + "type"
RDFS_LABEL = RDFS_NS + "label"


class KG(DefinedNamespace):
    """The zhkg ontology (``ontology/kg.ttl``); a misspelled term is an error."""

    _NS = Namespace(KG_NS)
    _fail = True

    # classes
    Province: URIRef
    Place: URIRef
    Program: URIRef
    Theme: URIRef
    Document: URIRef
    Sentence: URIRef
    Assertion: URIRef
    Rule: URIRef
    # object properties
    implements: URIRef
    serves: URIRef
    inProvince: URIRef
    mentionedIn: URIRef
    inDocument: URIRef
    authorProvince: URIRef
    rule: URIRef
    # names (annotation properties refining the SKOS labels)
    shortName: URIRef
    abbreviation: URIRef
    literaryName: URIRef
    # data properties
    divisionCode: URIRef
    divisionType: URIRef
    text: URIRef
    startOffset: URIRef
    endOffset: URIRef
    sentenceIndex: URIRef
    sentenceCount: URIRef
    confidence: URIRef
    subjectText: URIRef
    objectText: URIRef
    sourcePath: URIRef
    encoding: URIRef
    extractorVersion: URIRef


BASE = "https://w3id.org/zhkg/"
DATA = Namespace(BASE + "id/")
GRAPH = Namespace(BASE + "graph/")
#: The named graph holding ``ontology/*.ttl`` in a store.
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")
#: The shared graph: every fact (``kg:implements``, ``kg:serves``) and the description
#: (type, names) of every program, new theme and rule, each once however many documents
#: state it. A document's own graph keeps its evidence.
FACTS_GRAPH = URIRef(BASE + "graph/facts")
#: A store's bookkeeping: content hashes of documents, the ontology's digest.
META_GRAPH = URIRef(BASE + "graph/meta")

#: The prefixes every query may use without declaring them, and exports write.
PREFIXES = {
    "kg": KG_NS,
    "province": DATA + "province/",
    "place": DATA + "place/",
    "program": DATA + "program/",
    "theme": DATA + "theme/",
    "rule": DATA + "rule/",
    "doc": DATA + "doc/",
    "rdf": RDF_NS,
    "rdfs": RDFS_NS,
    "owl": OWL_NS,
    "xsd": XSD_NS,
    "skos": SKOS_NS,
    "prov": PROV_NS,
    "dcterms": DCTERMS_NS,
    "wd": "http://www.wikidata.org/entity/",
    "kgg": BASE + "graph/",
}

# Characters kept as they are in minted IRIs: readable Chinese, no spaces or delimiters.
_SAFE = "-._~!$&'()*+,;=:@"


def province_iri(province_id: str) -> URIRef:
    """``…/id/province/zhejiang``."""
    return DATA[f"province/{province_id}"]


def program_iri(key: str) -> URIRef:
    """A program by its normalised label: ``…/id/program/三百工程``.

    Non-ASCII letters stay readable: IRIs (RFC 3987) allow them.
    """
    return URIRef(DATA + "program/" + _iri_segment(key))


def place_iri(place_id: str) -> URIRef:
    """A place of the gazetteer: ``…/id/place/hangzhou``."""
    return URIRef(DATA + "place/" + _iri_segment(place_id))


def rule_iri(rule: str) -> URIRef:
    """An extraction rule: ``…/id/rule/verb-object``."""
    return URIRef(DATA + "rule/" + rule)


def theme_iri(theme_id: str) -> URIRef:
    """A theme of the vocabulary (``…/id/theme/rural-revitalization``) or a new one."""
    return URIRef(DATA + "theme/" + _iri_segment(theme_id))


def document_iri(doc_id: str) -> URIRef:
    return URIRef(DATA + "doc/" + _iri_segment(doc_id))


def document_graph_iri(doc_id: str) -> URIRef:
    """The named graph holding everything read from one document."""
    return URIRef(GRAPH + "doc/" + _iri_segment(doc_id))


def sentence_iri(doc_id: str, index: int) -> URIRef:
    return URIRef(DATA + "doc/" + _iri_segment(doc_id) + f"/s{index}")


def assertion_iri(doc_id: str, digest: str) -> URIRef:
    return URIRef(DATA + "doc/" + _iri_segment(doc_id) + f"/a/{digest}")


_PLAIN_SEGMENT = re.compile(r"[A-Za-z0-9._~-]+")


@functools.lru_cache(maxsize=65536)
def _iri_segment(text: str) -> str:
    """Percent-encode what may not appear in an IRI path segment, keep other letters."""
    if _PLAIN_SEGMENT.fullmatch(text):  # most document ids: nothing to encode
        return text
    out = []
    for ch in text.strip():
        if ch.isascii():
            out.append(quote(ch, safe=_SAFE) if not ch.isalnum() else ch)
        elif ch.isprintable() and not ch.isspace() and _is_ucschar(ch):
            out.append(ch)
        else:
            out.append(quote(ch, safe="", errors="surrogatepass"))
    return "".join(out) or "_"


def _is_ucschar(ch: str) -> bool:
    """RFC 3987's ucschar: a letter an IRI keeps as it is (not U+FFFD, which replaces a
    character XML forbids, nor the private use area or the last two of each plane)."""
    c = ord(ch)
    if 0xA0 <= c <= 0xD7FF or 0xF900 <= c <= 0xFDCF or 0xFDF0 <= c <= 0xFFEF:
        return True
    return 0x10000 <= c <= 0xEFFFD and (c & 0xFFFF) <= 0xFFFD
