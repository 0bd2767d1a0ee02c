"""Plain frozen records that flow between the stages of the pipeline.

Offsets are always character offsets into ``Document.text`` (the text as read,
before any normalisation), so evidence can be shown exactly as written.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Literal

__all__ = [
    "Assertion",
    "Document",
    "Evidence",
    "Extraction",
    "Mention",
    "MentionKind",
    "Predicate",
    "Sentence",
    "Token",
    "content_hash",
]

MentionKind = Literal["province", "place", "program", "theme", "actor"]
Predicate = Literal["implements", "serves"]


@dataclass(frozen=True)
class Document:
    """One input document: its text as read and its metadata."""

    id: str
    text: str
    title: str | None = None
    date: str | None = None  # ISO 8601 date (YYYY, YYYY-MM or YYYY-MM-DD)
    source: str | None = None  # path or URL it came from
    province: str | None = None  # province id of the author (work reports), if known
    encoding: str | None = None  # encoding the bytes were decoded from


@dataclass(frozen=True)
class Sentence:
    """A sentence of a document; ``text == document.text[start:end]``."""

    doc_id: str
    index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Token:
    """A jieba token with document-level offsets."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """Something named in a sentence: a province, a place, a program or a theme.

    ``key`` identifies what is meant (a province id such as ``zhejiang``, a theme id,
    or a program's normalised label); ``label`` is the display label.
    """

    kind: MentionKind
    key: str
    label: str
    start: int
    end: int
    text: str
    aliases: tuple[str, ...] = ()
    province: str | None = None  # for places: the province they are in


@dataclass(frozen=True)
class Evidence:
    """Where an assertion was read: the sentence and the document."""

    doc_id: str
    sentence_index: int
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Assertion:
    """A fact read from a sentence, with the rule that found it and its confidence."""

    subject: Mention
    predicate: Predicate
    object: Mention
    rule: str
    confidence: float
    evidence: Evidence
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Extraction:
    """Everything read from one document, and the version of the extractor that read it."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    assertions: tuple[Assertion, ...]
    author: str | None  # province id of the author, if the document is a provincial report
    extractor_version: str = ""

    @property
    def content_hash(self) -> str:
        return content_hash(self.document, self.extractor_version)


def content_hash(doc: Document, extractor_version: str) -> str:
    """What decides whether a document must be rebuilt: its text, metadata and the extractor."""
    h = hashlib.sha256()
    for part in (doc.text, doc.title or "", doc.date or "", doc.source or "", doc.province or ""):
        h.update(part.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    h.update(extractor_version.encode())
    return h.hexdigest()[:32]
