"""What the HTML view draws, read from a store with SPARQL SELECTs.

``collect_view_data`` reads the provinces, programs, themes and facts with the evidence
of each fact (sentence, document title and date, rule, confidence), then narrows them:
to the nodes a user's query names, to facts dated in a window, to facts above a
confidence, to a focus node's neighbourhood. ``overview_data`` folds programs away:
provinces and themes, joined by the programs that link them.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date
from urllib.parse import unquote

import networkx as nx

from kg.answers.resolve import resolve
from kg.errors import ViewError
from kg.vocabulary import DCTERMS_NS, KG_NS, PROV_NS, RDF_NS, RDFS_NS, SKOS_NS
from kg.web.records import (
    KINDS,
    ConstructSource,
    EvidenceItem,
    NodeKind,
    Predicate,
    SparqlSource,
    ViewData,
    ViewEdge,
    ViewNode,
)

__all__ = ["collect_view_data", "overview_data", "parse_day"]

RDFS_LABEL = RDFS_NS + "label"
SKOS_PREF = SKOS_NS + "prefLabel"
_KIND_CLASS: dict[str, NodeKind] = {
    KG_NS + "Province": "province",
    KG_NS + "Program": "program",
    KG_NS + "Theme": "theme",
}
_PREDICATE: dict[str, Predicate] = {KG_NS + "implements": "implements", KG_NS + "serves": "serves"}

_PREFIXES = f"""\
PREFIX kg: <{KG_NS}>
PREFIX rdf: <{RDF_NS}>
PREFIX rdfs: <{RDFS_NS}>
PREFIX skos: <{SKOS_NS}>
PREFIX dcterms: <{DCTERMS_NS}>
PREFIX prov: <{PROV_NS}>
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

# Evidence comes in three flat reads joined here: one query with nested OPTIONALs over
# assertion, sentence and document took 3.7 s on the shared corpus, these 2.4 s together.
_Q_ASSERTIONS = (
    _PREFIXES
    + """SELECT ?a ?s ?p ?o ?confidence ?rule ?sentence WHERE {
  VALUES ?p { kg:implements kg:serves }
  ?a rdf:predicate ?p ; rdf:subject ?s ; rdf:object ?o .
  OPTIONAL { ?a kg:confidence ?confidence }
  # the rule's id is the end of its IRI: joining its rdfs:label, which every document
  # graph repeats, would multiply the rows by the number of documents
  OPTIONAL { ?a kg:rule ?rule }
  OPTIONAL { ?a prov:wasDerivedFrom ?sentence }
}"""
)

_Q_SENTENCES = (
    _PREFIXES
    + """SELECT DISTINCT ?sentence ?text ?doc WHERE {
  ?a rdf:predicate ?p ; prov:wasDerivedFrom ?sentence .
  OPTIONAL { ?sentence kg:text ?text }
  OPTIONAL { ?sentence kg:inDocument ?doc }
}"""
)

_Q_DOCS = (
    _PREFIXES
    + """SELECT ?doc ?title ?date WHERE {
  ?doc a kg:Document .
  OPTIONAL { ?doc dcterms:title ?title }
  OPTIONAL { ?doc dcterms:date ?date }
}"""
)


def collect_view_data(
    source: SparqlSource,
    *,
    focus: str | None = None,
    depth: int = 2,
    query: str | None = None,
    min_confidence: float = 0.0,
    since: str | date | None = None,
    until: str | date | None = None,
    overview: bool = False,
) -> ViewData:
    """Read the provinces, programs, themes and facts to draw, with the evidence of each fact.

    The filters apply in this order:

    - ``query`` (SPARQL text) chooses nodes: for a SELECT, every value that is the IRI
      of a province, program or theme; for a CONSTRUCT, every such IRI in the
      constructed triples (asked through ``source.construct`` when the source has it,
      otherwise by running the CONSTRUCT's WHERE pattern as ``SELECT *``). Edges are
      the facts among the chosen nodes; if a CONSTRUCT yields ``kg:implements`` or
      ``kg:serves`` triples, only those facts are drawn.
    - ``since`` / ``until`` (YYYY-MM-DD, inclusive) keep the evidence dated in the window
      and the facts that keep some; a fact with no dated evidence is dropped.
    - ``min_confidence`` drops facts whose best evidence is below it (facts without
      a recorded confidence count as 0), and nodes left with no fact because of that.
    - ``focus`` (any name :func:`kg.answers.resolve.resolve` knows: 浙江, 浙江省,
      zhejiang, a program's name or alias, a theme) keeps the nodes within ``depth``
      steps of the node(s) it names, ignoring edge direction.
    - ``overview`` then folds programs away (see :func:`overview_data`).
    """
    first, last = _check_options(depth, min_confidence, since, until)

    nodes = _read_nodes(source)
    edges = _read_edges(source, nodes)
    program_themes = _program_themes(nodes, edges)
    if query is None:
        # The ontology names all 34 provinces and the whole theme vocabulary: draw only
        # what takes part in a fact, or the page is a ring of unconnected dots.
        nodes = _linked(nodes, edges)
    else:
        chosen, facts = _query_selection(source, query, nodes)
        nodes = {iri: node for iri, node in nodes.items() if iri in chosen}
        edges = [
            e
            for e in edges
            if e.source in nodes
            and e.target in nodes
            and (facts is None or (e.source, e.predicate, e.target) in facts)
        ]
    if first or last:
        edges = [e for e in (_in_window(e, first, last) for e in edges) if e is not None]
        nodes = _drop_orphans(nodes, edges, had=nodes)
    if min_confidence > 0:
        had = _linked(nodes, edges)
        edges = [e for e in edges if (e.confidence or 0.0) >= min_confidence]
        nodes = _drop_orphans(nodes, edges, had=had)

    centres: tuple[str, ...] = ()
    if focus is not None:
        centres = _match_focus(source, focus, nodes)
        graph = _to_graph(nodes.values(), edges)
        near: set[str] = set()
        for centre in centres:
            near.update(nx.ego_graph(graph, centre, radius=depth).nodes)
        nodes = {iri: n for iri, n in nodes.items() if iri in near}
        edges = [e for e in edges if e.source in nodes and e.target in nodes]

    data = ViewData(
        nodes=tuple(sorted(nodes.values(), key=_node_order)),
        edges=tuple(sorted(edges, key=lambda e: (e.source, e.predicate, e.target))),
        focus=centres,
        program_themes={p: t for p, t in program_themes.items() if p in nodes},
        min_confidence=min_confidence,
        since=first,
        until=last,
    )
    return overview_data(data) if overview else data


def _check_options(
    depth: int, min_confidence: float, since: str | date | None, until: str | date | None
) -> tuple[str | None, str | None]:
    """Refuse impossible options; the window's days as YYYY-MM-DD."""
    if depth < 0:
        raise ViewError(f"depth must be 0 or more, not {depth}")
    if not 0.0 <= min_confidence <= 1.0:
        raise ViewError(f"min_confidence must be between 0 and 1, not {min_confidence}")
    first, last = parse_day(since, "since"), parse_day(until, "until")
    if first and last and first > last:
        raise ViewError(f"--since {first} is after --until {last}")
    return first, last


def parse_day(value: str | date | None, name: str) -> str | None:
    """``2025-03-01`` from a date or its ISO text (a year or a month stand for their first
    day); None stays None. A malformed day is a :class:`ViewError` naming the option."""
    if value is None or isinstance(value, date):
        return value.isoformat()[:10] if value is not None else None
    text = value.strip()
    padded = {4: text + "-01-01", 7: text + "-01"}.get(len(text), text)
    try:
        return date.fromisoformat(padded).isoformat()
    except ValueError:
        raise ViewError(f"--{name} {value!r} is not a date: write YYYY-MM-DD") from None


def overview_data(data: ViewData, max_themes: int = 60) -> ViewData:
    """Provinces and themes only: a province links a theme when one of its programs serves
    that theme; the edge holds those programs, each dated when both its facts were seen.
    Of the themes, the ``max_themes`` that most provinces reach are kept."""
    by_id = {n.id: n for n in data.nodes}
    implemented: dict[str, list[ViewEdge]] = defaultdict(list)
    served: dict[str, list[ViewEdge]] = defaultdict(list)
    for e in data.edges:
        if e.predicate == "implements":
            implemented[e.target].append(e)
        elif e.predicate == "serves":
            served[e.source].append(e)
    links: dict[tuple[str, str], dict[str, str | None]] = defaultdict(dict)
    best: dict[tuple[str, str], float] = defaultdict(float)
    for program, adopters in implemented.items():
        for adopt in adopters:
            for serve in served.get(program, ()):
                dates = [adopt.first_seen, serve.first_seen]
                seen = max(d for d in dates if d) if any(dates) else None
                key = (adopt.source, serve.target)
                label = by_id[program].label
                old = links[key].get(label)
                links[key][label] = min(d for d in (old, seen) if d) if old or seen else None
                both = min(adopt.confidence or 0.0, serve.confidence or 0.0)
                best[key] = max(best[key], both)
    edges = tuple(
        ViewEdge(
            source,
            target,
            "links",
            confidence=best[(source, target)] or None,
            via=tuple(sorted(programs.items(), key=lambda p: (p[1] or "9999", p[0]))),
        )
        for (source, target), programs in sorted(links.items())
    )
    # A store's long tail of themes each reached by one province makes a hairball of an
    # overview: the themes most provinces reach are kept, and the page says how many not.
    reach: dict[str, set[str]] = defaultdict(set)
    for e in edges:
        reach[e.target].add(e.source)
    ranked = sorted(reach, key=lambda t: (-len(reach[t]), by_id[t].label))
    themes = set(ranked[:max_themes])
    edges = tuple(e for e in edges if e.target in themes)
    kept = {e.source for e in edges} | {e.target for e in edges}
    return replace(
        data,
        nodes=tuple(n for n in data.nodes if n.id in kept),
        edges=edges,
        focus=tuple(f for f in data.focus if f in kept),
        program_themes={},
        overview=True,
        themes_left_out=len(ranked) - len(themes),
    )


def _node_order(node: ViewNode) -> tuple[int, str, str]:
    return (KINDS.index(node.kind), node.label, node.id)


def _linked(nodes: Mapping[str, ViewNode], edges: Iterable[ViewEdge]) -> dict[str, ViewNode]:
    ends = {x for e in edges for x in (e.source, e.target)}
    return {iri: n for iri, n in nodes.items() if iri in ends}


def _drop_orphans(
    nodes: Mapping[str, ViewNode], edges: Iterable[ViewEdge], *, had: Mapping[str, ViewNode]
) -> dict[str, ViewNode]:
    """The nodes still in a fact, and those that were in none before the filter (a
    query may choose unlinked nodes on purpose)."""
    kept = _linked(nodes, edges)
    return {iri: n for iri, n in nodes.items() if iri in kept or iri not in had}


def _in_window(edge: ViewEdge, first: str | None, last: str | None) -> ViewEdge | None:
    evidence = tuple(
        e
        for e in edge.evidence
        if e.date and (first is None or e.date >= first) and (last is None or e.date <= last)
    )
    if not evidence:
        return None
    confidences = [e.confidence for e in evidence if e.confidence is not None]
    return replace(
        edge,
        evidence=evidence,
        confidence=max(confidences) if confidences else None,
        rules=tuple(sorted({e.rule for e in evidence if e.rule})),
    )


def _program_themes(
    nodes: Mapping[str, ViewNode], edges: Iterable[ViewEdge]
) -> dict[str, tuple[str, ...]]:
    """Each program's themes, the most served theme first (so a program's group is the
    theme most of its neighbours share)."""
    served: dict[str, list[str]] = defaultdict(list)
    weight: dict[str, int] = defaultdict(int)
    for e in edges:
        if e.predicate == "serves" and e.target in nodes:
            served[e.source].append(e.target)
            weight[e.target] += 1
    return {
        program: tuple(
            nodes[t].label for t in sorted(set(themes), key=lambda t: (-weight[t], nodes[t].label))
        )
        for program, themes in served.items()
    }


def _read_nodes(source: SparqlSource) -> dict[str, ViewNode]:
    kinds: dict[str, NodeKind] = {}
    for row in source.select(_Q_KINDS):
        kind = _KIND_CLASS.get(row.get("class", ""))
        iri = row.get("node")
        # A node typed twice keeps the first kind in province, program, theme order.
        if kind and iri and (iri not in kinds or KINDS.index(kind) < KINDS.index(kinds[iri])):
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

    documents = {
        row["doc"]: (row.get("title"), _day(row.get("date")))
        for row in source.select(_Q_DOCS)
        if row.get("doc")
    }
    sentences = {
        row["sentence"]: (row.get("text", ""), documents.get(row.get("doc", ""), (None, None)))
        for row in source.select(_Q_SENTENCES)
        if row.get("sentence")
    }
    # One item per (assertion, sentence); OPTIONAL joins can repeat rows (two confidences...).
    items: dict[tuple[str, str, str], dict[tuple[str, str], EvidenceItem]] = defaultdict(dict)
    for row in source.select(_Q_ASSERTIONS):
        p = _PREDICATE.get(row.get("p", ""))
        key = (row.get("s", ""), p, row.get("o", ""))
        if p is None or key not in facts:
            continue
        text, (title, day) = sentences.get(row.get("sentence", ""), ("", (None, None)))
        rule = row.get("rule")
        item = EvidenceItem(
            sentence=text,
            title=title,
            date=day,
            rule=rule.rpartition("/rule/")[2] or _iri_tail(rule) if rule else None,
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


def _day(text: str | None) -> str | None:
    """The day of an xsd:date or xsd:dateTime (its first ten characters), if it is one."""
    if not text or not re.match(r"\d{4}-\d{2}-\d{2}", text):
        return None
    return text[:10]


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


def _match_focus(
    source: SparqlSource, focus: str, nodes: Mapping[str, ViewNode]
) -> tuple[str, ...]:
    """The drawn nodes ``focus`` names, by the one resolver every command shares."""
    if not focus.strip():
        raise ViewError("--focus needs a name")
    found = resolve(source, focus, partial=True).require()  # type: ignore[arg-type]
    drawn = tuple(sorted(iri for iri in found.iris if iri in nodes))
    if not drawn:
        names = ", ".join(m.describe() for m in found.matches[:3])
        raise ViewError(f"--focus {focus!r} names {names}, which takes part in no fact drawn here")
    return drawn


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
