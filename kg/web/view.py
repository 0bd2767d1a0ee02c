"""The HTML view: a self-contained vis-network page of provinces, programs and themes.

Two steps, each a plain function over frozen records:

- ``collect_view_data`` reads what to draw from the store with SPARQL SELECTs
  (nodes, facts, and the evidence behind each fact), optionally narrowed to a
  focus node's neighbourhood, to the nodes a user's query names, or to facts
  above a confidence.
- ``render_view`` lays the graph out in Python (so the browser never runs
  physics), builds the network with pyvis and writes one UTF-8 page that needs
  no network: vis-network's script and style come from pyvis's bundled copy and
  are inlined (or written beside the page), and all data travels as JSON in a
  ``<script type="application/json">`` element that the page turns into DOM
  text nodes, never into markup.

``screenshot`` renders a page in headless Chromium (Playwright's client, an
optional dependency) for the README.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
import os
import random
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Literal, Protocol, runtime_checkable
from urllib.parse import quote, unquote

import networkx as nx

from kg.errors import ViewError

__all__ = [
    "ConstructSource",
    "EvidenceItem",
    "NodeKind",
    "SparqlSource",
    "ViewData",
    "ViewEdge",
    "ViewError",
    "ViewNode",
    "ViewReport",
    "collect_view_data",
    "embed_json",
    "layout_positions",
    "render_view",
    "screenshot",
]

NodeKind = Literal["province", "program", "theme"]
Predicate = Literal["implements", "serves"]

KG_NS = "https://w3id.org/zhkg/ontology#"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"
SKOS_ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
KG_SHORT = KG_NS + "shortName"

_KINDS: tuple[NodeKind, ...] = ("province", "program", "theme")
_KIND_CLASS: dict[str, NodeKind] = {
    KG_NS + "Province": "province",
    KG_NS + "Program": "program",
    KG_NS + "Theme": "theme",
}
_PREDICATE: dict[str, Predicate] = {KG_NS + "implements": "implements", KG_NS + "serves": "serves"}

# Chinese first: Linux (Noto/Source Han), Windows (YaHei), macOS (PingFang).
FONT_STACK = (
    '"Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif'
)

CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


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
    """One sentence an edge was read from."""

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
    """A fact; ``confidence`` is the best of its evidence (None when it has no recorded assertion)."""

    source: str
    target: str
    predicate: Predicate
    confidence: float | None = None
    rules: tuple[str, ...] = ()
    evidence: tuple[EvidenceItem, ...] = ()


@dataclass(frozen=True)
class ViewData:
    """What one page draws; ``focus`` holds the ids of the nodes a ``--focus`` matched."""

    nodes: tuple[ViewNode, ...]
    edges: tuple[ViewEdge, ...]
    focus: tuple[str, ...] = ()


@dataclass(frozen=True)
class ViewReport:
    """What ``render_view`` wrote: counts drawn, nodes left out, page size, one line for the user."""

    nodes: int
    edges: int
    dropped: int
    bytes: int
    message: str
    path: Path = field(default_factory=Path)


# --------------------------------------------------------------------------- reading

_PREFIXES = f"""\
PREFIX kg: <{KG_NS}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""

_Q_KINDS = (
    _PREFIXES
    + """SELECT DISTINCT ?node ?class WHERE {
  VALUES ?class { kg:Province kg:Program kg:Theme }
  ?node a ?class .
}"""
)

_Q_NAMES = (
    _PREFIXES
    + """SELECT DISTINCT ?node ?prop ?name ?lang WHERE {
  VALUES ?class { kg:Province kg:Program kg:Theme }
  VALUES ?prop { rdfs:label skos:prefLabel skos:altLabel kg:shortName }
  ?node a ?class ; ?prop ?name .
  BIND(LANG(?name) AS ?lang)
}"""
)

_Q_DOCUMENTS = (
    _PREFIXES
    + """SELECT ?node (COUNT(DISTINCT ?doc) AS ?documents) WHERE {
  VALUES ?class { kg:Province kg:Program kg:Theme }
  ?node a ?class ; kg:mentionedIn ?doc .
} GROUP BY ?node"""
)

_Q_FACTS = (
    _PREFIXES
    + """SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?p { kg:implements kg:serves }
  ?s ?p ?o .
}"""
)

_Q_EVIDENCE = (
    _PREFIXES
    + """SELECT DISTINCT ?a ?s ?p ?o ?confidence ?rule ?ruleLabel ?sentence ?text ?title ?date WHERE {
  VALUES ?p { kg:implements kg:serves }
  ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o .
  OPTIONAL { ?a kg:confidence ?confidence }
  # the rule's id is the end of its IRI: joining its rdfs:label, which every document
  # graph repeats, would multiply the rows by the number of documents
  OPTIONAL { ?a kg:rule ?rule BIND(STRAFTER(STR(?rule), "/rule/") AS ?ruleLabel) }
  OPTIONAL {
    ?a prov:wasDerivedFrom ?sentence
    OPTIONAL { ?sentence kg:text ?text }
    OPTIONAL {
      ?sentence kg:inDocument ?doc
      OPTIONAL { ?doc dcterms:title ?title }
      OPTIONAL { ?doc dcterms:date ?date }
    }
  }
}"""
)


def collect_view_data(
    source: SparqlSource,
    *,
    focus: str | None = None,
    depth: int = 2,
    query: str | None = None,
    min_confidence: float = 0.0,
) -> ViewData:
    """Read the provinces, programs, themes and facts to draw, with the evidence of each fact.

    The filters apply in this order:

    - ``query`` (SPARQL text) chooses nodes: for a SELECT, every value that is the IRI
      of a province, program or theme; for a CONSTRUCT, every such IRI in the
      constructed triples (asked through ``source.construct`` when the source has it,
      otherwise by running the CONSTRUCT's WHERE pattern as ``SELECT *``). Edges are
      the facts among the chosen nodes; if a CONSTRUCT yields ``kg:implements`` or
      ``kg:serves`` triples, only those facts are drawn.
    - ``min_confidence`` drops facts whose best evidence is below it (facts without
      a recorded confidence count as 0), and nodes left with no fact because of that.
    - ``focus`` (any label or alias, e.g. 浙江, 浙江省, a program name) keeps the
      nodes within ``depth`` steps of the matching node(s), ignoring edge direction.
      Exact matches win; otherwise a unique-or-not substring match is used.
    """
    if depth < 0:
        raise ViewError(f"depth must be 0 or more, not {depth}")
    if not 0.0 <= min_confidence <= 1.0:
        raise ViewError(f"min_confidence must be between 0 and 1, not {min_confidence}")

    nodes = _read_nodes(source)
    edges = _read_edges(source, nodes)
    if query is None:
        # The ontology names all 34 provinces and the whole theme vocabulary: draw only
        # what takes part in a fact, or the page is a ring of unconnected dots.
        linked = {e.source for e in edges} | {e.target for e in edges}
        nodes = {iri: n for iri, n in nodes.items() if iri in linked}

    if query is not None:
        chosen, facts = _query_selection(source, query, nodes)
        nodes = {iri: node for iri, node in nodes.items() if iri in chosen}
        edges = [
            e
            for e in edges
            if e.source in nodes
            and e.target in nodes
            and (facts is None or (e.source, e.predicate, e.target) in facts)
        ]

    if min_confidence > 0:
        had_edges = {e.source for e in edges} | {e.target for e in edges}
        edges = [e for e in edges if (e.confidence or 0.0) >= min_confidence]
        kept = {e.source for e in edges} | {e.target for e in edges}
        nodes = {iri: n for iri, n in nodes.items() if iri in kept or iri not in had_edges}

    centres: tuple[str, ...] = ()
    if focus is not None:
        centres = _match_focus(focus, nodes.values())
        graph = _to_graph(nodes.values(), edges)
        near: set[str] = set()
        for centre in centres:
            near.update(nx.ego_graph(graph, centre, radius=depth).nodes)
        nodes = {iri: n for iri, n in nodes.items() if iri in near}
        edges = [e for e in edges if e.source in nodes and e.target in nodes]

    return ViewData(
        nodes=tuple(sorted(nodes.values(), key=_node_order)),
        edges=tuple(sorted(edges, key=lambda e: (e.source, e.predicate, e.target))),
        focus=centres,
    )


def _node_order(node: ViewNode) -> tuple[int, str, str]:
    return (_KINDS.index(node.kind), node.label, node.id)


def _read_nodes(source: SparqlSource) -> dict[str, ViewNode]:
    kinds: dict[str, NodeKind] = {}
    for row in source.select(_Q_KINDS):
        kind = _KIND_CLASS.get(row.get("class", ""))
        iri = row.get("node")
        # A node typed twice keeps the first kind in province, program, theme order.
        if kind and iri and (iri not in kinds or _KINDS.index(kind) < _KINDS.index(kinds[iri])):
            kinds[iri] = kind

    # Display label: a Chinese rdfs:label or skos:prefLabel, then an untagged one, then any.
    labels: dict[str, list[tuple[int, str]]] = defaultdict(list)
    names: dict[str, set[str]] = defaultdict(set)
    for row in source.select(_Q_NAMES):
        iri, name = row.get("node"), row.get("name")
        if not iri or not name or iri not in kinds:
            continue
        name = name.strip()
        if not name:
            continue
        names[iri].add(name)
        if row.get("prop") in (RDFS_LABEL, SKOS_PREF):
            lang = row.get("lang", "").lower()
            rank = 0 if lang.startswith("zh") else 1 if not lang else 2
            labels[iri].append((rank, name))

    documents: dict[str, int] = {}
    for row in source.select(_Q_DOCUMENTS):
        if row.get("node"):
            documents[row["node"]] = int(float(row.get("documents", "0")))

    nodes = {}
    for iri, kind in kinds.items():
        label = min(labels[iri])[1] if labels[iri] else _iri_tail(iri)
        aliases = tuple(sorted(names[iri] - {label}))
        nodes[iri] = ViewNode(iri, label, kind, aliases, documents.get(iri, 0))
    return nodes


def _read_edges(source: SparqlSource, nodes: Mapping[str, ViewNode]) -> list[ViewEdge]:
    facts: set[tuple[str, Predicate, str]] = set()
    for row in source.select(_Q_FACTS):
        s, p, o = row.get("s", ""), _PREDICATE.get(row.get("p", "")), row.get("o", "")
        if p and s in nodes and o in nodes:
            facts.add((s, p, o))

    # One item per (assertion, sentence); OPTIONAL joins can repeat rows (two titles...).
    items: dict[tuple[str, str, str], dict[tuple[str, str], EvidenceItem]] = defaultdict(dict)
    for row in source.select(_Q_EVIDENCE):
        p = _PREDICATE.get(row.get("p", ""))
        if p is None:
            continue
        key = (row.get("s", ""), p, row.get("o", ""))
        if key not in facts:
            continue
        rule = row.get("ruleLabel") or (_iri_tail(row["rule"]) if row.get("rule") else None)
        item = EvidenceItem(
            sentence=row.get("text", ""),
            title=row.get("title"),
            date=row.get("date"),
            rule=rule,
            confidence=_as_float(row.get("confidence")),
        )
        ident = (row.get("a", ""), row.get("sentence", ""))
        old = items[key].get(ident)
        if old is None or _evidence_order(item) < _evidence_order(old):
            items[key][ident] = item

    edges = []
    for s, p, o in facts:
        evidence = tuple(sorted(items.get((s, p, o), {}).values(), key=_evidence_order))
        confidences = [e.confidence for e in evidence if e.confidence is not None]
        rules = tuple(sorted({e.rule for e in evidence if e.rule}))
        edges.append(ViewEdge(s, o, p, max(confidences) if confidences else None, rules, evidence))
    return edges


def _evidence_order(item: EvidenceItem) -> tuple[float, str, str, str, str]:
    return (
        -(item.confidence or 0.0),
        item.date or "",
        item.title or "",
        item.sentence,
        item.rule or "",
    )


def _as_float(text: str | None) -> float | None:
    if text is None:
        return None
    try:
        return float(text)
    except ValueError:
        return None


def _iri_tail(iri: str) -> str:
    return unquote(re.split(r"[/#]", iri.rstrip("/#"))[-1]) or iri


def _to_graph(nodes: Iterable[ViewNode], edges: Iterable[ViewEdge]) -> nx.Graph:
    graph = nx.Graph()
    graph.add_nodes_from(n.id for n in nodes)
    graph.add_edges_from((e.source, e.target) for e in edges)
    return graph


def _normalise(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip().casefold()


def _match_focus(focus: str, nodes: Iterable[ViewNode]) -> tuple[str, ...]:
    wanted = _normalise(focus)
    if not wanted:
        raise ViewError("--focus needs a label")
    nodes = list(nodes)
    exact = [n.id for n in nodes if wanted in {_normalise(x) for x in (n.label, *n.aliases)}]
    if exact:
        return tuple(sorted(exact))
    partial = [n.id for n in nodes if any(wanted in _normalise(x) for x in (n.label, *n.aliases))]
    if partial:
        return tuple(sorted(partial))
    raise ViewError(f"no province, program or theme is labelled {focus!r}")


# SPARQL's query form is the first of these keywords after the prologue.
_FORM = re.compile(r"\b(SELECT|CONSTRUCT|ASK|DESCRIBE)\b", re.IGNORECASE)
_PROLOGUE = re.compile(
    r"""(?:\s+|\#[^\n]*|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*""", re.IGNORECASE
)


def _query_form(sparql: str) -> str:
    """SELECT, CONSTRUCT, ASK or DESCRIBE; the prologue (comments, PREFIX, BASE) is skipped."""
    start = _PROLOGUE.match(sparql)
    rest = sparql[start.end() if start else 0 :]
    found = _FORM.match(rest)
    if not found:
        raise ViewError("the view's query must be a SPARQL SELECT or CONSTRUCT")
    return found.group(1).upper()


def _construct_as_select(sparql: str) -> str:
    """Rewrite ``CONSTRUCT {template} WHERE {pattern}`` (or ``CONSTRUCT WHERE {…}``) as ``SELECT *``.

    Every IRI the pattern binds then reaches the caller; IRIs written only in the
    template are not seen, which is why a source's own ``construct`` is preferred.
    """
    start = _PROLOGUE.match(sparql)
    head = sparql[: start.end() if start else 0]
    rest = sparql[len(head) :]
    found = _FORM.match(rest)
    assert found is not None
    rest = rest[found.end() :].lstrip()
    if rest.startswith("{"):
        rest = rest[_matching_brace(rest) + 1 :].lstrip()
    if not re.match(r"WHERE\b", rest, re.IGNORECASE) and not rest.startswith("{"):
        raise ViewError("cannot read the CONSTRUCT query's WHERE clause")
    return head + "SELECT * " + rest


def _matching_brace(text: str) -> int:
    """Index of the brace closing ``text[0]``, skipping IRIs, strings and comments."""
    depth, i = 0, 0
    while i < len(text):
        ch = text[i]
        if ch == "{":
            depth += 1
        elif ch == "}":
            depth -= 1
            if depth == 0:
                return i
        elif ch == "<":
            close = text.find(">", i)
            if close != -1 and not re.search(r"\s", text[i:close]):
                i = close
        elif ch in "\"'":
            quote = ch * 3 if text.startswith(ch * 3, i) else ch
            end = i + len(quote)
            while end < len(text) and not text.startswith(quote, end):
                end += 2 if text[end] == "\\" else 1
            i = end + len(quote) - 1
        elif ch == "#":
            newline = text.find("\n", i)
            i = len(text) if newline == -1 else newline
        i += 1
    raise ViewError("unbalanced braces in the CONSTRUCT query")


def _query_selection(
    source: SparqlSource, sparql: str, nodes: Mapping[str, ViewNode]
) -> tuple[set[str], set[tuple[str, Predicate, str]] | None]:
    """The node IRIs a query names, and the facts it constructs (None: all facts among them)."""
    form = _query_form(sparql)
    if form == "SELECT":
        rows = source.select(sparql)
        return {v for row in rows for v in row.values() if v in nodes}, None
    if form != "CONSTRUCT":
        raise ViewError(f"the view's query must be a SELECT or CONSTRUCT, not {form}")
    if isinstance(source, ConstructSource):
        triples = source.construct(sparql)
        chosen = {t for s, _, o in triples for t in (s, o) if t in nodes}
        facts = {
            (s, _PREDICATE[p], o)
            for s, p, o in triples
            if p in _PREDICATE and s in nodes and o in nodes
        }
        return chosen, (facts or None)
    rows = source.select(_construct_as_select(sparql))
    return {v for row in rows for v in row.values() if v in nodes}, None


# --------------------------------------------------------------------------- layout

# Nodes up to this many get a force-directed refinement; above, the anchor layout
# alone (pure Python: about a second per 10 iterations at 10,000 nodes, measured).
FORCE_LAYOUT_LIMIT = 2000
_SPACING = 90.0  # ideal edge length in vis-network pixels, room for a label
_GOLDEN_ANGLE = math.pi * (3.0 - math.sqrt(5.0))


def layout_positions(
    data: ViewData, *, seed: int = 7, iterations: int | None = None
) -> dict[str, tuple[float, float]]:
    """Node positions in vis-network pixels, the same for the same graph and seed.

    Provinces go on an outer ring and themes on an inner one (the hubs); every other
    node starts at the centre of its already placed neighbours, spread on a small
    golden-angle spiral so siblings do not overlap. Graphs up to
    ``FORCE_LAYOUT_LIMIT`` nodes are then relaxed by Fruchterman-Reingold with
    grid-bucketed repulsion. Pure Python (networkx's layouts need numpy, which the
    project does not depend on); node order is sorted, so input order does not matter.
    """
    ids = sorted(n.id for n in data.nodes)
    if not ids:
        return {}
    index = {iri: i for i, iri in enumerate(ids)}
    kind = {n.id: n.kind for n in data.nodes}
    pairs = sorted({(index[e.source], index[e.target]) for e in data.edges if e.source != e.target})
    adjacency: list[list[int]] = [[] for _ in ids]
    for a, b in pairs:
        adjacency[a].append(b)
        adjacency[b].append(a)
    rng = random.Random(seed)
    pos = _anchor_layout(ids, kind, adjacency, rng)
    if iterations is None:
        # Full relaxation for small graphs; a few rounds to spread overlaps up to the limit.
        iterations = 60 if len(ids) <= 500 else 15 if len(ids) <= FORCE_LAYOUT_LIMIT else 0
    if iterations > 0 and len(ids) > 1:
        _relax(pos, pairs, iterations, rng)
    return {iri: (round(pos[i][0], 1), round(pos[i][1], 1)) for i, iri in enumerate(ids)}


def _anchor_layout(
    ids: Sequence[str],
    kind: Mapping[str, NodeKind],
    adjacency: Sequence[Sequence[int]],
    rng: random.Random,
) -> list[list[float]]:
    n = len(ids)
    radius = _SPACING * 0.55 * math.sqrt(n) + _SPACING
    degree = [len(a) for a in adjacency]
    pos: list[list[float]] = [[0.0, 0.0] for _ in range(n)]
    placed_at = [False] * n

    def put(i: int, x: float, y: float) -> None:
        pos[i][0], pos[i][1] = x, y
        placed_at[i] = True

    def ring(members: list[int], r: float, phase: float) -> None:
        members.sort(key=lambda i: (-degree[i], ids[i]))
        for j, i in enumerate(members):
            angle = phase + 2 * math.pi * j / len(members)
            put(i, r * math.cos(angle), r * math.sin(angle))

    provinces = [i for i in range(n) if kind[ids[i]] == "province" and degree[i]]
    themes = [i for i in range(n) if kind[ids[i]] == "theme" and degree[i]]
    if provinces:
        ring(provinces, radius, 0.0)
    if themes:
        ring(themes, radius * (0.45 if provinces else 1.0), math.pi / max(len(themes), 1))

    # Breadth-first from the hubs; a component without hubs gets its busiest node as one,
    # on a ring outside everything else.
    order = [i for i in range(n) if placed_at[i]]
    outer = radius * 1.25
    unplaced = sorted((i for i in range(n) if not placed_at[i]), key=lambda i: (-degree[i], ids[i]))
    groups: dict[tuple[int, ...], int] = defaultdict(int)
    head = 0
    spare = 0
    while True:
        while head < len(order):
            current = order[head]
            head += 1
            for nb in adjacency[current]:
                if placed_at[nb]:
                    continue
                placed = tuple(sorted(x for x in adjacency[nb] if placed_at[x]))
                cx = sum(pos[x][0] for x in placed) / len(placed)
                cy = sum(pos[x][1] for x in placed) / len(placed)
                j = groups[placed]
                groups[placed] += 1
                step = _SPACING * 0.45 * math.sqrt(j + 1)
                angle = j * _GOLDEN_ANGLE + rng.random() * 0.3
                put(nb, cx + step * math.cos(angle), cy + step * math.sin(angle))
                order.append(nb)
        while spare < len(unplaced) and placed_at[unplaced[spare]]:
            spare += 1
        if spare == len(unplaced):
            break
        seed_node = unplaced[spare]
        # Isolated nodes and hub-less components: a spiral around the outer ring.
        k = len(order)
        angle = k * _GOLDEN_ANGLE
        r = outer + _SPACING * 0.35 * math.sqrt(k + 1)
        put(seed_node, r * math.cos(angle), r * math.sin(angle))
        order.append(seed_node)
    return pos


def _relax(
    pos: list[list[float]], pairs: Sequence[tuple[int, int]], iterations: int, rng: random.Random
) -> None:
    """Fruchterman-Reingold; repulsion only between nodes in neighbouring grid cells (O(n))."""
    n = len(pos)
    k = _SPACING
    cell = 2.0 * k
    span = max(max(abs(p[0]), abs(p[1])) for p in pos) or k
    for it in range(iterations):
        temperature = span * 0.1 * (1.0 - it / iterations) + 1.0
        dx = [0.0] * n
        dy = [0.0] * n
        grid: dict[tuple[int, int], list[int]] = defaultdict(list)
        for i, (x, y) in enumerate(pos):
            grid[(int(x // cell), int(y // cell))].append(i)
        for (gx, gy), members in grid.items():
            for ox, oy in ((0, 0), (1, 0), (1, 1), (0, 1), (-1, 1)):
                others = members if (ox, oy) == (0, 0) else grid.get((gx + ox, gy + oy))
                if not others:
                    continue
                for a_at, a in enumerate(members):
                    ax, ay = pos[a]
                    for b in others[a_at + 1 :] if others is members else others:
                        ddx = ax - pos[b][0]
                        ddy = ay - pos[b][1]
                        d2 = ddx * ddx + ddy * ddy
                        if d2 > cell * cell:
                            continue
                        if d2 < 1e-6:
                            ddx, ddy = rng.random() - 0.5, rng.random() - 0.5
                            d2 = ddx * ddx + ddy * ddy
                        f = k * k / d2  # (k^2 / d) / d: the force, times the unit vector
                        dx[a] += ddx * f
                        dy[a] += ddy * f
                        dx[b] -= ddx * f
                        dy[b] -= ddy * f
        for a, b in pairs:
            ddx = pos[a][0] - pos[b][0]
            ddy = pos[a][1] - pos[b][1]
            d = math.sqrt(ddx * ddx + ddy * ddy) + 1e-9
            f = d / k  # (d^2 / k) / d
            dx[a] -= ddx * f
            dy[a] -= ddy * f
            dx[b] += ddx * f
            dy[b] += ddy * f
        for i in range(n):
            length = math.sqrt(dx[i] * dx[i] + dy[i] * dy[i])
            if length > 0:
                move = min(length, temperature) / length
                pos[i][0] += dx[i] * move
                pos[i][1] += dy[i] * move


# --------------------------------------------------------------------------- rendering

_STYLE: dict[str, dict[str, str]] = {
    "province": {"shape": "hexagon", "background": "#d1495b", "border": "#8c2132"},
    "program": {"shape": "dot", "background": "#2b8cbe", "border": "#1a5a7a"},
    "theme": {"shape": "diamond", "background": "#f0a431", "border": "#a86a0c"},
}
_EDGE_COLOUR = {"implements": "rgba(196,90,106,0.8)", "serves": "rgba(91,154,93,0.8)"}

_TEXT: dict[str, dict[str, str]] = {
    "zh": {
        "province": "省份",
        "program": "项目",
        "theme": "主题",
        "implements": "实施",
        "serves": "服务",
        "search": "搜索名称或别名",
        "find": "查找",
        "notFound": "未找到：{q}",
        "found": "已定位：{label}",
        "types": "类型",
        "allProvinces": "全部省份",
        "allThemes": "全部主题",
        "minConfidence": "最低置信度",
        "aliases": "别名",
        "documents": "提及文档：{n} 篇",
        "connections": "关系：{n} 条",
        "confidence": "置信度",
        "rules": "规则",
        "evidence": "证据",
        "more": "……另有 {n} 条",
        "noEvidence": "无证据记录",
        "shown": "显示 {nodes} 个节点、{edges} 条关系",
        "empty": "没有可显示的节点。",
        "dropped": "节点过多：只显示关系最多的 {kept} 个节点（共 {total} 个，省略 {dropped} 个）。可用 --focus、--query 或 --min-confidence 缩小范围。",
        "legend": "图例",
    },
    "en": {
        "province": "Province",
        "program": "Program",
        "theme": "Theme",
        "implements": "implements",
        "serves": "serves",
        "search": "Search a name or alias",
        "find": "Find",
        "notFound": "Not found: {q}",
        "found": "Found: {label}",
        "types": "Types",
        "allProvinces": "All provinces",
        "allThemes": "All themes",
        "minConfidence": "Min. confidence",
        "aliases": "Aliases",
        "documents": "Mentioned in {n} document(s)",
        "connections": "{n} connection(s)",
        "confidence": "Confidence",
        "rules": "Rules",
        "evidence": "Evidence",
        "more": "… and {n} more",
        "noEvidence": "No recorded evidence",
        "shown": "{nodes} nodes, {edges} edges shown",
        "empty": "Nothing to draw.",
        "dropped": "Too many nodes: showing the {kept} best-connected of {total} ({dropped} left out). Narrow it with --focus, --query or --min-confidence.",
        "legend": "Legend",
    },
}

# Above this many edges, straight edges only while panning/zooming keeps 20,000 edges responsive.
_BIG_GRAPH_EDGES = 3000
# Above this many nodes, program and edge labels are added as they come into view (see the page).
_LAZY_LABELS_ABOVE = 2000


def render_view(
    data: ViewData,
    path: str | Path,
    *,
    lang: str = "zh",
    assets_dir: str | Path | None = None,
    title: str = "zhkg",
    max_nodes: int = 5000,
) -> ViewReport:
    """Write the page for ``data`` to ``path`` (UTF-8) and say what it drew.

    With ``assets_dir``, vis-network and the page's own script and style are written
    there and linked relatively; otherwise everything is inlined. Above ``max_nodes``
    only the best-connected ``max_nodes`` nodes are drawn, and the page says so.
    """
    if lang not in _TEXT:
        raise ViewError(f"unknown language {lang!r}: use zh or en")
    if max_nodes < 1:
        raise ViewError("max_nodes must be at least 1")
    text = _TEXT[lang]
    total = len(data.nodes)
    data, dropped = _top_by_degree(data, max_nodes)
    positions = layout_positions(data)
    degree: dict[str, int] = defaultdict(int)
    for e in data.edges:
        degree[e.source] += 1
        degree[e.target] += 1

    network, evidence = _build_network(data, positions, degree, text)
    notice = (
        text["dropped"].format(kept=len(data.nodes), total=total, dropped=dropped)
        if dropped
        else ""
    )
    payload = {
        "lang": lang,
        "text": text,
        "nodes": network.nodes,
        "edges": network.edges,
        "evidence": evidence.as_json(),
        "kinds": [
            {"kind": k, "label": text[k], "shape": _STYLE[k]["shape"], **_STYLE[k]} for k in _KINDS
        ],
        "predicates": [
            {"predicate": p, "label": text[p], "color": _EDGE_COLOUR[p]}
            for p in ("implements", "serves")
        ],
        "focus": [f for f in data.focus if f in positions],
        "notice": notice,
        "options": _vis_options(len(data.edges) > _BIG_GRAPH_EDGES),
        "lazyLabels": len(data.nodes) > _LAZY_LABELS_ABOVE,
    }

    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    page = _page(payload, title, lang, out, Path(assets_dir) if assets_dir else None)
    encoded = page.encode("utf-8")
    # Write then rename, so an open browser never sees half a page.
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_bytes(encoded)
    os.replace(tmp, out)

    message = (
        f"wrote {out}: {len(data.nodes)} nodes, {len(data.edges)} edges, {_size(len(encoded))}"
    )
    if dropped:
        message += (
            f"; {total} nodes is more than --max-nodes {max_nodes}, so only the {len(data.nodes)}"
            f" best-connected are drawn ({dropped} left out): narrow with --focus, --query"
            " or --min-confidence"
        )
    return ViewReport(len(data.nodes), len(data.edges), dropped, len(encoded), message, out)


def _size(n: int) -> str:
    return f"{n / 1_000_000:.1f} MB" if n >= 1_000_000 else f"{n / 1000:.0f} kB"


def _top_by_degree(data: ViewData, max_nodes: int) -> tuple[ViewData, int]:
    if len(data.nodes) <= max_nodes:
        return data, 0
    degree: dict[str, int] = defaultdict(int)
    for e in data.edges:
        degree[e.source] += 1
        degree[e.target] += 1
    ranked = sorted(data.nodes, key=lambda n: (-degree[n.id], _KINDS.index(n.kind), n.id))
    keep = {n.id for n in ranked[:max_nodes]}
    kept = replace(
        data,
        nodes=tuple(n for n in data.nodes if n.id in keep),
        edges=tuple(e for e in data.edges if e.source in keep and e.target in keep),
        focus=tuple(f for f in data.focus if f in keep),
    )
    return kept, len(data.nodes) - max_nodes


class _IdList(list[Any]):
    """pyvis keeps node ids in a list and tests membership for every node and edge added:
    quadratic, 4 s at 10,000 nodes and 20,000 edges. Same list, set-backed ``in``."""

    def __init__(self) -> None:
        super().__init__()
        self._seen: set[Any] = set()

    def append(self, item: Any) -> None:
        super().append(item)
        self._seen.add(item)

    def __contains__(self, item: object) -> bool:
        return item in self._seen


class _Tables:
    """Evidence as shared tables: a sentence often supports two facts, and one document
    many; indices keep a 20,000-edge page at half the size."""

    def __init__(self) -> None:
        self.sentences: list[str] = []
        self.documents: list[tuple[str | None, str | None]] = []
        self.rules: list[str | None] = []
        self.items: list[tuple[int, int, int, float | None]] = []
        self._index: dict[Any, int] = {}

    def _intern(self, table: list[Any], value: Any) -> int:
        key = (id(table), value)
        found = self._index.get(key)
        if found is None:
            found = self._index[key] = len(table)
            table.append(value)
        return found

    def add(self, item: EvidenceItem) -> int:
        row = (
            self._intern(self.sentences, item.sentence),
            self._intern(self.documents, (item.title, item.date)),
            self._intern(self.rules, item.rule),
            item.confidence,
        )
        return self._intern(self.items, row)

    def as_json(self) -> dict[str, Any]:
        return {
            "sentences": self.sentences,
            "documents": self.documents,
            "rules": self.rules,
            "items": self.items,
        }


def _build_network(
    data: ViewData,
    positions: Mapping[str, tuple[float, float]],
    degree: Mapping[str, int],
    text: Mapping[str, str],
) -> tuple[Any, _Tables]:
    """The pyvis Network (its nodes and edges become the page's JSON; its template is not
    used) and the evidence tables the edges point into."""
    from pyvis.network import Network

    network = Network(directed=True)
    network.node_ids = _IdList()
    for node in data.nodes:
        x, y = positions[node.id]
        network.add_node(
            node.id,
            label=node.label,
            shape=_STYLE[node.kind]["shape"],
            group=node.kind,
            x=x,
            y=y,
            size=round(min(12 + 4 * math.sqrt(degree.get(node.id, 0)), 44), 1),
            # Not vis options: read by the page for tooltips and search.
            aliases=list(node.aliases),
            documents=node.documents,
        )
    tables = _Tables()
    for i, edge in enumerate(data.edges):
        network.add_edge(
            edge.source,
            edge.target,
            id=f"e{i}",
            label=text[edge.predicate],
            # A ready rgba colour: an ``opacity`` option is re-parsed on every frame.
            color=_EDGE_COLOUR[edge.predicate],
            width=round(1.0 + 1.5 * (edge.confidence or 0.0), 2),
            # Not vis options: read by the page for tooltips and filters.
            predicate=edge.predicate,
            confidence=edge.confidence,
            evidence=[tables.add(item) for item in edge.evidence],
        )
    return network, tables


def _vis_options(big: bool) -> dict[str, Any]:
    """vis-network options, owned here: pyvis's ``set_options`` strips spaces from the
    JSON, which would break the font names in the CJK font stack."""
    font = {"face": FONT_STACK, "color": "#1f2933", "strokeWidth": 3, "strokeColor": "#ffffff"}
    return {
        "autoResize": True,
        # Positions come from Python; physics off means no stabilisation run in the browser.
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": big,
            "hideEdgesOnZoom": big,
            "multiselect": False,
            "navigationButtons": False,
            "keyboard": False,
        },
        "nodes": {
            "font": {**font, "size": 15},
            "borderWidth": 1.5,
            "borderWidthSelected": 3,
            "scaling": {"label": {"drawThreshold": 6}},
            # Long program names wrap (vis breaks a CJK run that has no spaces by width).
            "widthConstraint": {"maximum": 170},
        },
        "edges": {
            "smooth": False,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.55}},
            "font": {**font, "size": 11, "color": "#52606d", "align": "middle"},
            "selectionWidth": 1.5,
            "hoverWidth": 1.0,
        },
        "groups": {
            kind: {
                "shape": style["shape"],
                "color": {
                    "background": style["background"],
                    "border": style["border"],
                    "highlight": {"background": style["background"], "border": "#111111"},
                    "hover": {"background": style["background"], "border": "#111111"},
                },
            }
            for kind, style in _STYLE.items()
        },
    }


# The order matters only in that none of the replacements produces another's input.
_SCRIPT_ESCAPES = (
    ("<", "\\u003c"),
    (">", "\\u003e"),
    ("&", "\\u0026"),
    ("\u2028", "\\u2028"),
    ("\u2029", "\\u2029"),
)


def embed_json(value: object) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` can end
    the element or open a comment, and U+2028/2029 cannot break older JS parsers."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    # str.replace, not str.translate: ten times faster on a 10 MB payload.
    for raw, escaped in _SCRIPT_ESCAPES:
        text = text.replace(raw, escaped)
    return text


def _vis_assets() -> tuple[str, str]:
    """vis-network 9.1.2's script and style, as shipped inside pyvis."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return (
        (lib / "vis-network.min.js").read_text(encoding="utf-8"),
        (lib / "vis-network.css").read_text(encoding="utf-8"),
    )


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _page(
    payload: Mapping[str, Any], title: str, lang: str, out: Path, assets_dir: Path | None
) -> str:
    vis_js, vis_css = _vis_assets()
    if "</script" in vis_js.lower() or "</style" in vis_css.lower():
        raise ViewError("pyvis's vis-network cannot be inlined safely")  # never in 9.1.2
    if assets_dir is None:
        head = f"<style>{vis_css}</style>\n<style>{_PAGE_CSS}</style>"
        scripts = f"<script>{vis_js}</script>\n<script>{_PAGE_JS}</script>"
        script_src = f"{_csp_hash(vis_js)} {_csp_hash(_PAGE_JS)}"
        style_src = "'unsafe-inline'"
    else:
        assets_dir.mkdir(parents=True, exist_ok=True)
        files = {
            "vis-network.min.js": vis_js,
            "vis-network.css": vis_css,
            "zhkg-view.js": _PAGE_JS,
            "zhkg-view.css": _PAGE_CSS,
        }
        for name, content in files.items():
            (assets_dir / name).write_text(content, encoding="utf-8", newline="\n")
        base = _relative_url(assets_dir, out.parent)
        href = {name: html.escape(base + name, quote=True) for name in files}
        head = (
            f'<link rel="stylesheet" href="{href["vis-network.css"]}">\n'
            f'<link rel="stylesheet" href="{href["zhkg-view.css"]}">'
        )
        scripts = (
            f'<script src="{href["vis-network.min.js"]}"></script>\n'
            f'<script src="{href["zhkg-view.js"]}"></script>'
        )
        # file: pages have an opaque origin, so 'self' alone would not match the assets.
        script_src = "'self' file:"
        style_src = "'self' file: 'unsafe-inline'"
    # No fetch, image, font or frame can leave the page; vis's CSS images are data: URIs.
    csp = (
        f"default-src 'none'; script-src {script_src}; style-src {style_src}; "
        "img-src data:; font-src data:; connect-src 'none'; base-uri 'none'; form-action 'none'"
    )
    return _PAGE_TEMPLATE.format(
        lang="zh-Hans" if lang == "zh" else "en",
        csp=html.escape(csp, quote=True),
        title=html.escape(title),
        head=head,
        data=embed_json(payload),
        scripts=scripts,
    )


def _relative_url(target: Path, start: Path) -> str:
    try:
        rel = os.path.relpath(target.resolve(), start.resolve())
    except ValueError:  # another drive on Windows
        return target.resolve().as_uri() + "/"
    return "/".join(quote(part) for part in Path(rel).parts) + "/"


# --------------------------------------------------------------------------- screenshot


def screenshot(
    html_path: str | Path,
    png_path: str | Path,
    *,
    width: int = 1280,
    height: int = 800,
    executable_path: str | None = None,
    browser: Any | None = None,
    timeout: float = 30.0,
) -> Path:
    """Open the page in headless Chromium with the network cut off and save a PNG.

    Uses Playwright's Python client (a dev dependency) with the system Chromium
    (``/usr/bin/chromium``, or ``$ZHKG_CHROMIUM``), or an already launched Playwright
    ``browser``; no browser is ever downloaded.
    """
    out = Path(png_path)
    out.parent.mkdir(parents=True, exist_ok=True)
    if browser is not None:
        _screenshot_with(browser, Path(html_path), out, width, height, timeout)
        return out

    from playwright.sync_api import sync_playwright

    chromium = executable_path or os.environ.get("ZHKG_CHROMIUM", "/usr/bin/chromium")
    with sync_playwright() as pw:
        launched = pw.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
        try:
            _screenshot_with(launched, Path(html_path), out, width, height, timeout)
        finally:
            launched.close()
    return out


def _screenshot_with(
    browser: Any, html_path: Path, out: Path, width: int, height: int, timeout: float
) -> None:
    context = browser.new_context(viewport={"width": width, "height": height})
    try:
        page = context.new_page()
        page.route(
            "**/*",
            lambda route: (
                route.continue_() if route.request.url.startswith("file://") else route.abort()
            ),
        )
        page.goto(html_path.resolve().as_uri())
        page.wait_for_function(
            "window.zhkg && window.zhkg.drawnAt !== null", timeout=timeout * 1000
        )
        page.screenshot(path=str(out))
    finally:
        context.close()


# --------------------------------------------------------------------------- the page

_PAGE_TEMPLATE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="zhkg (pyvis, vis-network 9.1.2)">
<title>{title}</title>
<link rel="icon" href="data:,">
{head}
</head>
<body>
<header id="zhkg-bar">
<h1 id="zhkg-title">{title}</h1>
<form id="zhkg-search" role="search" autocomplete="off">
<input id="zhkg-search-input" type="search" list="zhkg-names">
<button id="zhkg-search-button" type="submit"></button>
<span id="zhkg-search-status" aria-live="polite"></span>
</form>
<datalist id="zhkg-names"></datalist>
<div id="zhkg-filters">
<span id="zhkg-kinds"></span>
<select id="zhkg-province"></select>
<select id="zhkg-theme"></select>
<label id="zhkg-confidence-label"><span></span>
<input id="zhkg-confidence" type="range" min="0" max="1" step="0.05" value="0">
<output id="zhkg-confidence-value">0.00</output></label>
<span id="zhkg-count"></span>
</div>
</header>
<div id="zhkg-notice" hidden></div>
<main id="zhkg-main">
<div id="zhkg-network"></div>
<aside id="zhkg-legend"></aside>
<div id="zhkg-tooltip" role="tooltip" hidden></div>
</main>
<script type="application/json" id="zhkg-data">{data}</script>
{scripts}
</body>
</html>
"""

_PAGE_CSS = """
html, body { margin: 0; height: 100%; }
body {
  display: flex; flex-direction: column; color: #1f2933; background: #fbfbf8;
  font: 14px/1.45 "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei", "PingFang SC", sans-serif;
}
#zhkg-bar {
  display: flex; flex-wrap: wrap; align-items: center; gap: 6px 16px;
  padding: 8px 14px; border-bottom: 1px solid #d9d9d0; background: #ffffff;
}
#zhkg-bar h1 { font-size: 17px; margin: 0 8px 0 0; font-weight: 600; }
#zhkg-bar input[type=search] { width: 15em; padding: 3px 6px; font: inherit; }
#zhkg-bar button, #zhkg-bar select { font: inherit; padding: 2px 6px; }
#zhkg-filters { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 14px; }
#zhkg-kinds label { margin-right: 8px; white-space: nowrap; }
#zhkg-confidence { vertical-align: middle; width: 8em; }
#zhkg-search-status, #zhkg-count { color: #52606d; font-size: 13px; }
#zhkg-notice { padding: 6px 14px; background: #fff4d6; border-bottom: 1px solid #e8d28f; }
#zhkg-main { position: relative; flex: 1; min-height: 300px; }
#zhkg-network { position: absolute; inset: 0; }
#zhkg-legend {
  position: absolute; right: 12px; top: 12px; padding: 8px 12px; background: rgba(255,255,255,.92);
  border: 1px solid #d9d9d0; border-radius: 6px; font-size: 13px; pointer-events: none;
}
#zhkg-legend h2 { font-size: 13px; margin: 0 0 4px; font-weight: 600; }
#zhkg-legend div { display: flex; align-items: center; gap: 6px; margin: 2px 0; }
#zhkg-legend svg { flex: none; }
#zhkg-tooltip {
  position: absolute; z-index: 10; max-width: 440px; padding: 8px 10px; pointer-events: none;
  background: #ffffff; border: 1px solid #b8b8ad; border-radius: 6px;
  box-shadow: 0 2px 10px rgba(0,0,0,.15); font-size: 13px;
}
#zhkg-tooltip .zt-title { font-weight: 600; font-size: 15px; }
#zhkg-tooltip .zt-kind { color: #52606d; }
#zhkg-tooltip ol { margin: 6px 0 0; padding-left: 1.3em; }
#zhkg-tooltip li { margin-bottom: 4px; }
#zhkg-tooltip .zt-sentence { display: block; }
#zhkg-tooltip .zt-source, #zhkg-tooltip .zt-meta { display: block; color: #52606d; font-size: 12px; }
"""

# Every piece of document text reaches the DOM through textContent or a canvas label;
# no string from the data is ever parsed as HTML.
_PAGE_JS = r"""
(function () {
  "use strict";
  var payload = JSON.parse(document.getElementById("zhkg-data").textContent);
  var T = payload.text;
  // Milliseconds since navigation start, for the benchmark: data parsed, network built, drawn.
  var state = { parsedAt: performance.now(), builtAt: null, drawnAt: null, ready: false, highlighted: null };
  window.zhkg = state;

  function fmt(template, values) {
    return template.replace(/\{(\w+)\}/g, function (_, key) { return String(values[key]); });
  }
  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  var nodeById = new Map();
  payload.nodes.forEach(function (n) { n.kind = n.group; nodeById.set(n.id, n); });
  var tables = payload.evidence;
  function evidenceOf(e) {  // the shared tables of render_view, back into records
    return e.evidence.map(function (i) {
      var item = tables.items[i], doc = tables.documents[item[1]];
      return { sentence: tables.sentences[item[0]], title: doc[0], date: doc[1],
               rule: tables.rules[item[2]], confidence: item[3] };
    });
  }
  var edgeById = new Map();
  var out = new Map(), into = new Map();
  payload.nodes.forEach(function (n) { out.set(n.id, []); into.set(n.id, []); });
  payload.edges.forEach(function (e) {
    edgeById.set(e.id, e);
    out.get(e.from).push(e);
    into.get(e.to).push(e);
  });
  var kindLabel = {};
  payload.kinds.forEach(function (k) { kindLabel[k.kind] = k.label; });
  var predicateLabel = {};
  payload.predicates.forEach(function (p) { predicateLabel[p.predicate] = p.label; });

  // Measuring 10,000 CJK labels costs vis-network about a second when it builds the
  // network, yet at the zoom that fits such a graph no label is legible. So big graphs
  // start with hub labels only; the rest are added for what is in view once zoomed in.
  var lazy = payload.lazyLabels;
  var labelled = new Set();
  var nodes = new vis.DataSet(payload.nodes.map(function (n) {
    var item = Object.assign({}, n);
    if (lazy && n.kind === "program") delete item.label; else labelled.add(n.id);
    return item;
  }));
  var edges = new vis.DataSet(payload.edges.map(function (e) {
    var item = Object.assign({}, e);
    if (lazy) delete item.label;
    return item;
  }));
  var labelledEdges = new Set();
  var container = document.getElementById("zhkg-network");
  var network = new vis.Network(container, { nodes: nodes, edges: edges }, payload.options);
  window.network = network;
  state.builtAt = performance.now();
  network.once("afterDrawing", function () {
    state.drawnAt = performance.now();
    state.ready = true;
  });

  // ---- header, legend, notice
  document.title = document.title || "zhkg";
  document.getElementById("zhkg-search-input").placeholder = T.search;
  document.getElementById("zhkg-search-button").textContent = T.find;
  document.querySelector("#zhkg-confidence-label span").textContent = T.minConfidence;
  if (payload.notice) {
    var notice = document.getElementById("zhkg-notice");
    notice.textContent = payload.notice;
    notice.hidden = false;
  } else if (!payload.nodes.length) {
    var empty = document.getElementById("zhkg-notice");
    empty.textContent = T.empty;
    empty.hidden = false;
  }

  var SVG = "http://www.w3.org/2000/svg";
  function swatch(kind) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "18");
    svg.setAttribute("height", "18");
    svg.setAttribute("viewBox", "-9 -9 18 18");
    var shape;
    if (kind.shape === "dot") {
      shape = document.createElementNS(SVG, "circle");
      shape.setAttribute("r", "7");
    } else {
      shape = document.createElementNS(SVG, "polygon");
      shape.setAttribute("points", kind.shape === "diamond"
        ? "0,-8 8,0 0,8 -8,0"
        : "8,0 4,6.9 -4,6.9 -8,0 -4,-6.9 4,-6.9");
    }
    shape.setAttribute("fill", kind.background);
    shape.setAttribute("stroke", kind.border);
    shape.setAttribute("stroke-width", "1.5");
    svg.appendChild(shape);
    return svg;
  }
  function line(color) {
    var svg = document.createElementNS(SVG, "svg");
    svg.setAttribute("width", "26");
    svg.setAttribute("height", "10");
    var path = document.createElementNS(SVG, "path");
    path.setAttribute("d", "M1 5 H19 M15 1 L22 5 L15 9");
    path.setAttribute("stroke", color);
    path.setAttribute("stroke-width", "2");
    path.setAttribute("fill", "none");
    svg.appendChild(path);
    return svg;
  }
  var counts = {};
  payload.nodes.forEach(function (n) { counts[n.kind] = (counts[n.kind] || 0) + 1; });
  var legend = document.getElementById("zhkg-legend");
  legend.appendChild(el("h2", "", T.legend));
  payload.kinds.forEach(function (k) {
    var row = el("div", "zl-kind");
    row.appendChild(swatch(k));
    row.appendChild(el("span", "", k.label + " (" + (counts[k.kind] || 0) + ")"));
    legend.appendChild(row);
  });
  payload.predicates.forEach(function (p) {
    var row = el("div", "zl-edge");
    row.appendChild(line(p.color));
    row.appendChild(el("span", "", p.label));
    legend.appendChild(row);
  });

  // ---- tooltips: DOM built from data, shown on vis-network's hover events
  var tip = document.getElementById("zhkg-tooltip");
  function nodeTip(n) {
    var box = el("div");
    box.appendChild(el("div", "zt-title", n.label));
    box.appendChild(el("div", "zt-kind", kindLabel[n.kind]));
    if (n.aliases.length) box.appendChild(el("div", "zt-aliases", T.aliases + "：" + n.aliases.join("、")));
    box.appendChild(el("div", "zt-docs", fmt(T.documents, { n: n.documents })));
    var degree = out.get(n.id).length + into.get(n.id).length;
    box.appendChild(el("div", "zt-degree", fmt(T.connections, { n: degree })));
    return box;
  }
  function edgeTip(e) {
    var box = el("div");
    var source = nodeById.get(e.from), target = nodeById.get(e.to);
    box.appendChild(el("div", "zt-title",
      source.label + " → " + predicateLabel[e.predicate] + " → " + target.label));
    var evidence = evidenceOf(e);
    var rules = Array.from(new Set(evidence.map(function (ev) { return ev.rule; })
      .filter(function (r) { return r; }))).sort();
    var meta = [];
    if (e.confidence !== null) meta.push(T.confidence + " " + e.confidence.toFixed(2));
    if (rules.length) meta.push(T.rules + " " + rules.join(", "));
    if (meta.length) box.appendChild(el("div", "zt-kind", meta.join(" · ")));
    if (!evidence.length) {
      box.appendChild(el("div", "zt-meta", T.noEvidence));
      return box;
    }
    var list = el("ol");
    evidence.slice(0, 5).forEach(function (ev) {
      var item = el("li");
      item.appendChild(el("span", "zt-sentence", "“" + ev.sentence + "”"));
      var where = [];
      if (ev.title) where.push("《" + ev.title + "》");
      if (ev.date) where.push(ev.date);
      if (where.length) item.appendChild(el("span", "zt-source", where.join(" ")));
      var how = [];
      if (ev.rule) how.push(T.rules + " " + ev.rule);
      if (ev.confidence !== null) how.push(T.confidence + " " + ev.confidence.toFixed(2));
      if (how.length) item.appendChild(el("span", "zt-meta", how.join(" · ")));
      list.appendChild(item);
    });
    box.appendChild(list);
    if (evidence.length > 5) box.appendChild(el("div", "zt-meta", fmt(T.more, { n: evidence.length - 5 })));
    return box;
  }
  function showTip(content, pointer) {
    tip.replaceChildren(content);
    tip.hidden = false;
    var width = container.clientWidth, height = container.clientHeight;
    var x = pointer.x + 16, y = pointer.y + 16;
    if (x + tip.offsetWidth > width) x = Math.max(0, pointer.x - tip.offsetWidth - 16);
    if (y + tip.offsetHeight > height) y = Math.max(0, pointer.y - tip.offsetHeight - 16);
    tip.style.left = x + "px";
    tip.style.top = y + "px";
  }
  function hideTip() { tip.hidden = true; }
  network.on("hoverNode", function (p) { showTip(nodeTip(nodeById.get(p.node)), p.pointer.DOM); });
  network.on("hoverEdge", function (p) { showTip(edgeTip(edgeById.get(p.edge)), p.pointer.DOM); });
  network.on("blurNode", hideTip);
  network.on("blurEdge", hideTip);
  network.on("dragStart", hideTip);
  network.on("zoom", hideTip);

  var position = new Map();
  payload.nodes.forEach(function (n) { position.set(n.id, { x: n.x, y: n.y }); });
  network.on("dragEnd", function (p) {
    var moved = network.getPositions(p.nodes);
    Object.keys(moved).forEach(function (id) { position.set(id, moved[id]); });
  });
  function labelInView() {
    if (!lazy) return;
    var scale = network.getScale();
    var threshold = payload.options.nodes.scaling.label.drawThreshold;
    if (scale * payload.options.nodes.font.size < threshold) return;
    var centre = network.getViewPosition();
    var halfW = container.clientWidth / scale / 2 + 100, halfH = container.clientHeight / scale / 2 + 100;
    var inView = function (id) {
      var p = position.get(id);
      return Math.abs(p.x - centre.x) <= halfW && Math.abs(p.y - centre.y) <= halfH;
    };
    var nodeLabels = [];
    payload.nodes.forEach(function (n) {
      if (!labelled.has(n.id) && inView(n.id)) {
        labelled.add(n.id);
        nodeLabels.push({ id: n.id, label: n.label });
      }
    });
    if (nodeLabels.length) nodes.update(nodeLabels);
    if (scale * payload.options.edges.font.size < threshold) return;
    var edgeLabels = [];
    payload.edges.forEach(function (e) {
      if (!labelledEdges.has(e.id) && inView(e.from) && inView(e.to)) {
        labelledEdges.add(e.id);
        edgeLabels.push({ id: e.id, label: e.label });
      }
    });
    if (edgeLabels.length) edges.update(edgeLabels);
  }
  var labelTimer = null;
  function labelSoon() {
    if (!lazy) return;
    clearTimeout(labelTimer);
    labelTimer = setTimeout(labelInView, 150);
  }
  network.on("zoom", labelSoon);
  network.on("dragEnd", labelSoon);
  state.labelInView = labelInView;

  // ---- click: highlight the neighbourhood by fading everything else
  function highlight(id) {
    var keepNodes = new Set([id]);
    var keepEdges = new Set();
    out.get(id).concat(into.get(id)).forEach(function (e) {
      keepNodes.add(e.from);
      keepNodes.add(e.to);
      keepEdges.add(e.id);
    });
    nodes.update(payload.nodes.map(function (n) {
      return { id: n.id, opacity: keepNodes.has(n.id) ? 1 : 0.15 };
    }));
    edges.update(payload.edges.map(function (e) {
      return { id: e.id, color: keepEdges.has(e.id) ? e.color
        : { color: e.color, highlight: e.color, hover: e.color, opacity: 0.08 } };
    }));
    state.highlighted = id;
  }
  function clearHighlight() {
    if (state.highlighted === null) return;
    nodes.update(payload.nodes.map(function (n) { return { id: n.id, opacity: 1 }; }));
    edges.update(payload.edges.map(function (e) { return { id: e.id, color: e.color }; }));
    state.highlighted = null;
  }
  network.on("click", function (p) {
    if (p.nodes.length) highlight(p.nodes[0]);
    else clearHighlight();
  });

  // ---- search by label or alias
  function norm(s) { return String(s).normalize("NFKC").trim().toLowerCase(); }
  var names = payload.nodes.map(function (n) {
    return { id: n.id, names: [n.label].concat(n.aliases).map(norm), degree: out.get(n.id).length + into.get(n.id).length };
  });
  var datalist = document.getElementById("zhkg-names");
  payload.nodes.slice(0, 5000).forEach(function (n) {
    var option = document.createElement("option");
    option.value = n.label;
    datalist.appendChild(option);
  });
  function find(query) {
    var q = norm(query);
    if (!q) return null;
    var best = null, bestScore = -1;
    names.forEach(function (entry) {
      var score = -1;
      entry.names.forEach(function (name) {
        var s = name === q ? 3 : name.indexOf(q) === 0 ? 2 : name.indexOf(q) >= 0 ? 1 : -1;
        if (s > score) score = s;
      });
      if (score > bestScore || (score === bestScore && score >= 0 && entry.degree > best.degree)) {
        best = entry;
        bestScore = score;
      }
    });
    return bestScore >= 0 ? best.id : null;
  }
  function focusNode(id) {
    var n = nodes.get(id);
    if (n && n.hidden) resetFilters();
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.1), animation: false });
    highlight(id);
    labelInView();
  }
  var status = document.getElementById("zhkg-search-status");
  document.getElementById("zhkg-search").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("zhkg-search-input").value;
    var id = find(query);
    if (id === null) {
      status.textContent = fmt(T.notFound, { q: query });
      return;
    }
    focusNode(id);
    status.textContent = fmt(T.found, { label: nodeById.get(id).label });
  });
  state.find = find;
  state.focusNode = focusNode;

  // ---- filters: node type, province, theme, minimum confidence
  var kindBoxes = document.getElementById("zhkg-kinds");
  payload.kinds.forEach(function (k) {
    var label = el("label");
    var box = document.createElement("input");
    box.type = "checkbox";
    box.checked = true;
    box.value = k.kind;
    box.addEventListener("change", applyFilters);
    label.appendChild(box);
    label.appendChild(document.createTextNode(" " + k.label));
    kindBoxes.appendChild(label);
  });
  function fillSelect(select, kind, allLabel) {
    select.appendChild(new Option(allLabel, ""));
    payload.nodes.filter(function (n) { return n.kind === kind; })
      .sort(function (a, b) { return a.label.localeCompare(b.label, "zh"); })
      .forEach(function (n) { select.appendChild(new Option(n.label, n.id)); });
    select.addEventListener("change", applyFilters);
  }
  var provinceSelect = document.getElementById("zhkg-province");
  var themeSelect = document.getElementById("zhkg-theme");
  fillSelect(provinceSelect, "province", T.allProvinces);
  fillSelect(themeSelect, "theme", T.allThemes);
  var slider = document.getElementById("zhkg-confidence");
  var sliderValue = document.getElementById("zhkg-confidence-value");
  slider.addEventListener("input", function () {
    sliderValue.textContent = Number(slider.value).toFixed(2);
    applyFilters();
  });

  function fromProvince(id) {  // the province, its programs, and the themes they serve
    var keep = new Set([id]);
    out.get(id).forEach(function (e) {
      if (e.predicate !== "implements") return;
      keep.add(e.to);
      out.get(e.to).forEach(function (s) { if (s.predicate === "serves") keep.add(s.to); });
    });
    return keep;
  }
  function fromTheme(id) {  // the theme, the programs serving it, and who implements them
    var keep = new Set([id]);
    into.get(id).forEach(function (e) {
      if (e.predicate !== "serves") return;
      keep.add(e.from);
      into.get(e.from).forEach(function (i) { if (i.predicate === "implements") keep.add(i.from); });
    });
    return keep;
  }
  var hiddenNodes = new Set(), hiddenEdges = new Set();
  function applyFilters() {
    var kinds = new Set();
    kindBoxes.querySelectorAll("input").forEach(function (b) { if (b.checked) kinds.add(b.value); });
    var allowed = null;
    if (provinceSelect.value) allowed = fromProvince(provinceSelect.value);
    if (themeSelect.value) {
      var byTheme = fromTheme(themeSelect.value);
      allowed = allowed === null ? byTheme
        : new Set(Array.from(allowed).filter(function (x) { return byTheme.has(x); }));
    }
    var minimum = Number(slider.value);
    var nodeChanges = [], edgeChanges = [], shownNodes = 0, shownEdges = 0;
    payload.nodes.forEach(function (n) {
      var hide = !kinds.has(n.kind) || (allowed !== null && !allowed.has(n.id));
      if (hide !== hiddenNodes.has(n.id)) {
        nodeChanges.push({ id: n.id, hidden: hide });
        if (hide) hiddenNodes.add(n.id); else hiddenNodes.delete(n.id);
      }
      if (!hide) shownNodes++;
    });
    payload.edges.forEach(function (e) {
      var hide = hiddenNodes.has(e.from) || hiddenNodes.has(e.to)
        || (minimum > 0 && (e.confidence === null || e.confidence < minimum));
      if (hide !== hiddenEdges.has(e.id)) {
        edgeChanges.push({ id: e.id, hidden: hide });
        if (hide) hiddenEdges.add(e.id); else hiddenEdges.delete(e.id);
      }
      if (!hide) shownEdges++;
    });
    if (nodeChanges.length) nodes.update(nodeChanges);
    if (edgeChanges.length) edges.update(edgeChanges);
    document.getElementById("zhkg-count").textContent = fmt(T.shown, { nodes: shownNodes, edges: shownEdges });
  }
  function resetFilters() {
    kindBoxes.querySelectorAll("input").forEach(function (b) { b.checked = true; });
    provinceSelect.value = "";
    themeSelect.value = "";
    slider.value = "0";
    sliderValue.textContent = "0.00";
    applyFilters();
  }
  state.applyFilters = applyFilters;
  applyFilters();

  if (payload.focus.length) network.selectNodes(payload.focus);
})();
"""
