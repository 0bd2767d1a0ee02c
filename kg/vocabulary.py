"""RDF vocabularies used by zhkg, and the IRIs it mints."""

from __future__ import annotations

import functools
import re
from urllib.parse import quote

from rdflib import Namespace, URIRef
from rdflib.namespace import DefinedNamespace

__all__ = [
    "DATA",
    "GRAPH",
    "KG",
    "ONTOLOGY_GRAPH",
    "assertion_iri",
    "document_graph_iri",
    "document_iri",
    "program_iri",
    "province_iri",
    "sentence_iri",
    "theme_iri",
]


class KG(DefinedNamespace):
    """The zhkg ontology (``ontology/kg.ttl``); a misspelled term is an error."""

    _NS = Namespace("https://w3id.org/zhkg/ontology#")
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
    # data properties
    shortName: URIRef
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
ONTOLOGY_GRAPH = URIRef(BASE + "graph/ontology")

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
        elif ch.isprintable() and not ch.isspace():
            out.append(ch)
        else:
            out.append(quote(ch, safe=""))
    return "".join(out) or "_"
