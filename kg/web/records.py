"""The records the HTML view passes between its steps: what to draw, read from the store.

``collect_view_data`` (:mod:`kg.web.collect`) fills them, :mod:`kg.web.layout` places
them and :mod:`kg.web.view` writes the page; none of them imports another's code.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal, Protocol, runtime_checkable

__all__ = [
    "KINDS",
    "ConstructSource",
    "EvidenceItem",
    "NodeKind",
    "Predicate",
    "SparqlSource",
    "ViewData",
    "ViewEdge",
    "ViewNode",
    "ViewReport",
]

NodeKind = Literal["province", "program", "theme"]
#: ``links`` is the overview's province -> theme edge: the programs that join them.
Predicate = Literal["implements", "serves", "links"]
KINDS: tuple[NodeKind, ...] = ("province", "program", "theme")


@runtime_checkable
class SparqlSource(Protocol):
    """Anything that answers SPARQL SELECTs over the union of its graphs.

    Rows are plain strings: IRIs as the IRI, literals as their lexical form;
    unbound variables are absent.
    """

    def select(self, sparql: str) -> list[dict[str, str]]: ...


@runtime_checkable
class ConstructSource(Protocol):
    """A source that also answers CONSTRUCT queries, as (subject, predicate, object) strings."""

    def construct(self, sparql: str) -> list[tuple[str, str, str]]: ...


@dataclass(frozen=True)
class EvidenceItem:
    """One sentence an edge was read from; ``date`` is its document's (YYYY-MM-DD)."""

    sentence: str
    title: str | None = None
    date: str | None = None
    rule: str | None = None
    confidence: float | None = None


@dataclass(frozen=True)
class ViewNode:
    """A province, program or theme; ``documents`` counts the distinct documents mentioning it."""

    id: str
    label: str
    kind: NodeKind
    aliases: tuple[str, ...] = ()
    documents: int = 0


@dataclass(frozen=True)
class ViewEdge:
    """A fact; ``confidence`` is the best of its evidence (None when it has no recorded assertion).

    An overview edge (``links``, province -> theme) has no evidence of its own: ``via``
    holds the programs joining the two, each with the date both of its facts were first
    seen (None when undated), earliest first.
    """

    source: str
    target: str
    predicate: Predicate
    confidence: float | None = None
    rules: tuple[str, ...] = ()
    evidence: tuple[EvidenceItem, ...] = ()
    via: tuple[tuple[str, str | None], ...] = ()

    @property
    def first_seen(self) -> str | None:
        """The earliest date of its evidence (of its programs, for an overview edge)."""
        dates = [e.date for e in self.evidence if e.date] or [d for _, d in self.via if d]
        return min(dates) if dates else None


@dataclass(frozen=True)
class ViewData:
    """What one page draws, and how it was chosen.

    ``focus`` holds the ids of the nodes a ``--focus`` matched; ``program_themes`` the
    labels of the themes each program serves in the whole store (a focus that leaves the
    themes out still groups its programs by them); ``min_confidence``, ``since`` and
    ``until`` are the filters already applied, so the page starts its controls there;
    ``themes_left_out`` counts the themes an overview left out.
    """

    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]
    focus: tuple[str, ...] = ()
    program_themes: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    min_confidence: float = 0.0
    since: str | None = None
    until: str | None = None
    overview: bool = False
    themes_left_out: int = 0


@dataclass(frozen=True)
class ViewReport:
    """What ``render_view`` wrote: counts drawn, nodes left out, page size, one line for the user."""

    nodes: int
    edges: int
    dropped: int
    bytes: int
    message: str
    path: Path = field(default_factory=Path)
