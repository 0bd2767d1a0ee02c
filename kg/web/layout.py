"""Where each node of the view goes, computed ahead in Python so the browser runs no physics.

Three layouts, one per kind of page:

- the whole graph (or a query's part of it): communities found by Louvain and the
  positions by Fruchterman-Reingold, both from igraph (0.35 s and 5 ms on the shared
  corpus's 5,000 nodes, where networkx's ForceAtlas2 takes two minutes), each connected
  component on its own and the small ones packed in rows below the large;
- a focus: the focus at the centre and each hop on its own band; a band too long for one
  ring is cut into groups (a program's group is its theme, or its province when a theme
  is the focus), each a block of labels with its name above it;
- the overview is a whole graph of provinces and themes.

Then boxes are pushed apart until no two overlap. A box is what vis-network's
``getBoundingBox`` reports: the shape, and the label below it (estimated here from its
characters: a CJK character is one em wide, vis-network wraps at 170 px). Above
``LOD_ABOVE`` nodes only the shapes are kept apart, and each label gets the zoom from
which it can be drawn without covering a better-connected node's label (the page draws
those labels at a fixed screen size, as sigma.js does).
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

import igraph
import numpy as np

from kg.web.geometry import (
    EDGE_FONT,
    FONT,
    GAP,
    LABEL_WIDTH,
    LOD_FONT,
    char_width,
    clear_edge_labels,
    label_extent,
    label_zooms,
    separate,
)
from kg.web.radial import PAGE, Sector, focus_layout, focus_pages
from kg.web.records import KINDS, ViewData

__all__ = [
    "EDGE_FONT",
    "FONT",
    "LOD_ABOVE",
    "LOD_FONT",
    "PAGE",
    "Community",
    "Layout",
    "Sector",
    "font_size",
    "label_extent",
    "layout_view",
    "node_size",
]

OVERVIEW_FONT = 22
LOD_ABOVE = 400  # above this many nodes, labels come by zoom level
LOD_CHARS = 14  # labels drawn by the page on large graphs are cut to this many characters
_TOP_COMMUNITIES = 12  # coloured and named in the legend; the rest are grey


@dataclass(frozen=True)
class Community:
    """A group of nodes more linked among themselves; ``names`` are its best-connected nodes."""

    index: int
    size: int
    names: tuple[str, ...]


@dataclass(frozen=True)
class Layout:
    """Positions (canvas pixels), sizes, communities, and which labels are drawn when.

    ``label_zoom`` (large graphs only) is the scale from which a node's label shows;
    ``edge_labels`` the indices (in ``data.edges``) of the edges whose label has room
    at its edge's middle, clear of every node, edge and other label.
    """

    positions: dict[str, tuple[float, float]]
    sizes: dict[str, float]
    community: dict[str, int] = field(default_factory=dict)
    communities: tuple[Community, ...] = ()
    label_zoom: dict[str, float] = field(default_factory=dict)
    edge_labels: frozenset[int] = frozenset()
    sectors: tuple[Sector, ...] = ()
    lod: bool = False
    hops: dict[str, int] = field(default_factory=dict)
    #: a focus's pages: each page's positions (``positions`` are the first page's)
    pages: tuple[dict[str, tuple[float, float]], ...] = ()


def font_size(data: ViewData) -> float:
    """Node labels' size in canvas pixels: larger on an overview, whose few nodes are far
    apart for their many links."""
    return OVERVIEW_FONT if data.overview else FONT


def node_size(degree: int, lod: bool) -> float:
    """A node's radius in canvas pixels, by degree (hubs stand out on large graphs)."""
    if lod:
        return round(min(5 + 2.2 * math.sqrt(degree), 48), 1)
    return round(min(9 + 2.5 * math.sqrt(degree), 30), 1)


def lod_label(label: str) -> str:
    """A large graph's label: cut to ``LOD_CHARS`` characters."""
    return label if len(label) <= LOD_CHARS else label[: LOD_CHARS - 1] + "…"


# --------------------------------------------------------------------------- entry point


def layout_view(data: ViewData, *, seed: int = 7) -> Layout:
    """The layout of one page, the same for the same graph and seed, whatever the order of
    its nodes and edges.

    A focus with more than ``PAGE`` neighbours is laid out in pages: each holds the focus,
    ``PAGE`` of its neighbours (in group order) and what lies beyond them, on its own
    rings; the page shows one at a time.
    """
    pages = focus_pages(data) if data.focus and not data.overview else []
    if len(pages) > 1:
        return _paged_layout(data, pages, seed)
    return _single_layout(data, seed)


def _single_layout(data: ViewData, seed: int) -> Layout:
    ids = sorted(n.id for n in data.nodes)
    if not ids:
        return Layout({}, {})
    lod = len(ids) > LOD_ABOVE
    index = {iri: i for i, iri in enumerate(ids)}
    pairs = sorted(
        {
            (min(index[e.source], index[e.target]), max(index[e.source], index[e.target]))
            for e in data.edges
            if e.source != e.target and e.source in index and e.target in index
        }
    )
    weight: dict[tuple[int, int], float] = defaultdict(float)
    for e in data.edges:
        if e.source in index and e.target in index and e.source != e.target:
            a, b = sorted((index[e.source], index[e.target]))
            weight[(a, b)] += max(len(e.via), 1)
    degree = [0] * len(ids)
    for a, b in pairs:
        degree[a] += 1
        degree[b] += 1
    nodes = {n.id: n for n in data.nodes}
    sizes = np.array([node_size(degree[i], lod) for i in range(len(ids))])
    labels = [lod_label(nodes[i].label) if lod else nodes[i].label for i in ids]
    boxes = _boxes(sizes, None if lod else labels, font_size(data))
    graph = igraph.Graph(n=len(ids), edges=pairs)
    graph.es["weight"] = [weight[p] for p in pairs]

    rng = random.Random(seed)
    random.seed(seed)  # igraph draws from Python's random module
    member, communities = _communities(graph, ids, nodes, degree)
    sectors: tuple[Sector, ...] = ()
    hops: dict[str, int] = {}
    centres = [index[f] for f in data.focus if f in index]
    if centres and not data.overview:
        xy, sectors, hop = focus_layout(data, ids, graph, centres, boxes, degree)
        hops = {ids[i]: h for i, h in enumerate(hop)}
        anchored = np.zeros(len(ids), dtype=bool)
        anchored[centres] = True
    else:
        forces: dict[int, np.ndarray] = {}
        xy = _whole_layout(graph, boxes, member, rng, lod, None, forces)
        anchored = np.zeros(len(ids), dtype=bool)
    priority = sorted(
        range(len(ids)), key=lambda i: (-degree[i], KINDS.index(nodes[ids[i]].kind), ids[i])
    )
    if lod and not centres:
        # Gephi's "label adjust" for the best-connected nodes: room below each for its
        # label at the size it has at the first zoom, kept free of its leaves.
        rooms = _label_rooms(xy, boxes, labels, priority)
        xy = _whole_layout(graph, boxes, member, rng, lod, rooms, forces)
    xy = separate(xy, boxes, anchored=anchored)
    positions = {
        iri: (round(float(xy[i, 0]), 1), round(float(xy[i, 1]), 1)) for i, iri in enumerate(ids)
    }
    zoom: dict[str, float] = {}
    if lod:
        hubs = len(_label_rooms(xy, boxes, labels, priority)) if not centres else 0
        floor = first_scale(xy, boxes) / 2  # no one zooms out much past the first view
        found = label_zooms(xy, sizes, labels, priority, over_shapes=hubs, floor=floor)
        zoom = {ids[i]: round(float(found[i]), 3) for i in range(len(ids))}
    edge_labels = (
        frozenset()
        if lod
        else clear_edge_labels([(index[e.source], index[e.target]) for e in data.edges], xy, boxes)
    )
    return Layout(
        positions=positions,
        sizes={iri: float(sizes[i]) for i, iri in enumerate(ids)},
        community={iri: member[i] for i, iri in enumerate(ids)},
        communities=communities,
        label_zoom=zoom,
        edge_labels=edge_labels,
        sectors=sectors,
        lod=lod,
        hops=hops,
    )


def first_scale(xy: np.ndarray, boxes: np.ndarray) -> float:
    """The scale the page fits the graph at in a 1280 x 800 window (950 x 670 left by the
    bars and the legend): what the large graph's first labels are sized for."""
    width = float((xy[:, 0] + boxes[:, 1]).max() - (xy[:, 0] + boxes[:, 0]).min())
    height = float((xy[:, 1] + boxes[:, 3]).max() - (xy[:, 1] + boxes[:, 2]).min())
    return min(950 / max(width, 1.0), 670 / max(height, 1.0)) * 0.95


def _label_rooms(
    xy: np.ndarray, boxes: np.ndarray, labels: Sequence[str], priority: Sequence[int]
) -> dict[int, tuple[float, float]]:
    """The canvas size of the first labels (the best-connected nodes') at the first zoom,
    a little larger, as the room they need makes the layout larger too."""
    scale = first_scale(xy, boxes) * 0.8
    hubs = priority[: min(60, max(10, len(priority) // 80))]
    return {
        i: (
            (sum(char_width(ch, LOD_FONT) for ch in labels[i]) + 8) / scale,
            (LOD_FONT + 8) / scale,
        )
        for i in hubs
    }


def _paged_layout(data: ViewData, pages: Sequence[set[str]], seed: int) -> Layout:
    """One layout per page, joined: a node on several pages takes its first page's place."""
    parts = []
    for page in pages:
        nodes = tuple(n for n in data.nodes if n.id in page)
        edges = tuple(e for e in data.edges if e.source in page and e.target in page)
        parts.append(_single_layout(replace(data, nodes=nodes, edges=edges), seed))
    positions: dict[str, tuple[float, float]] = {}
    sizes: dict[str, float] = {}
    hops: dict[str, int] = {}
    zoom: dict[str, float] = {}
    for part in reversed(parts):  # the first page's values are written last, and win
        positions.update(part.positions)
        sizes.update(part.sizes)
        hops.update(part.hops)
        zoom.update(part.label_zoom)
    index = {(e.source, e.predicate, e.target): k for k, e in enumerate(data.edges)}
    labelled: set[int] = set()
    for page, part in zip(pages, parts, strict=True):
        kept = [e for e in data.edges if e.source in page and e.target in page]
        labelled |= {
            index[(kept[k].source, kept[k].predicate, kept[k].target)] for k in part.edge_labels
        }
    return Layout(
        positions=positions,
        sizes=sizes,
        label_zoom=zoom,
        edge_labels=frozenset(labelled),
        sectors=tuple(replace(s, page=p) for p, part in enumerate(parts) for s in part.sectors),
        lod=any(part.lod for part in parts),
        hops=hops,
        pages=tuple(part.positions for part in parts),
    )


LABEL_DROP = 0.75  # the gap between a node and its label, in font sizes


def _boxes(sizes: np.ndarray, labels: Sequence[str] | None, font: float = FONT) -> np.ndarray:
    """Each node's box as offsets from its position: left, right, top, bottom. A label
    hangs below its node with a gap of about three quarters of its font size (measured in
    Chromium: vis-network draws the first line there, though its getBoundingBox counts
    none), so the box reaches that much further down."""
    out = np.empty((len(sizes), 4))
    out[:, 0], out[:, 1], out[:, 2], out[:, 3] = -sizes, sizes, -sizes, sizes
    if labels is not None:
        for i, label in enumerate(labels):
            w, h = label_extent(label, font, LABEL_WIDTH * font / FONT)
            half = max(float(sizes[i]), w / 2)
            out[i, 0], out[i, 1] = -half, half
            out[i, 3] = sizes[i] + LABEL_DROP * font + h
    return out


# --------------------------------------------------------------------------- communities


def _communities(
    graph: igraph.Graph, ids: Sequence[str], nodes: Mapping[str, object], degree: Sequence[int]
) -> tuple[list[int], tuple[Community, ...]]:
    """Louvain communities, numbered by size (0 the largest); isolated nodes share none."""
    if graph.ecount() == 0:
        return [-1] * len(ids), ()
    found = graph.community_multilevel(weights="weight")
    groups = [sorted(c) for c in found if len(c) > 1]
    groups.sort(key=lambda c: (-len(c), ids[c[0]]))
    member = [-1] * len(ids)
    communities = []
    for k, group in enumerate(groups):
        for i in group:
            member[i] = k
        top = sorted(group, key=lambda i: (-degree[i], ids[i]))[:3]
        names = tuple(getattr(nodes[ids[i]], "label", ids[i]) for i in top)
        communities.append(Community(k, len(group), names))
    return member, tuple(communities)


# --------------------------------------------------------------------------- whole graph


def _whole_layout(
    graph: igraph.Graph,
    boxes: np.ndarray,
    member: Sequence[int],
    rng: random.Random,
    lod: bool,
    rooms: Mapping[int, tuple[float, float]] | None = None,
    forces: dict[int, np.ndarray] | None = None,
) -> np.ndarray:
    """Fruchterman-Reingold per connected component, scaled so that an edge is about two
    boxes long, the components packed in rows, largest first. ``forces`` keeps each
    component's force layout for a second call (with rooms): the same, computed once."""
    n = graph.vcount()
    xy = np.zeros((n, 2))
    parts = sorted(graph.connected_components(), key=lambda c: (-len(c), min(c)))
    placed: list[tuple[list[int], np.ndarray]] = []
    for k, part in enumerate(parts):
        if len(part) == 1:
            placed.append((part, np.zeros((1, 2))))
            continue
        sub = graph.subgraph(part)
        local = {k: rooms[i] for k, i in enumerate(part) if rooms and i in rooms}
        known = forces.get(k) if forces is not None else None
        coords, force = _component(
            sub, [member[i] for i in part], boxes[part], rng, lod, local, known
        )
        if forces is not None:
            forces[k] = force
        placed.append((part, _level(coords - coords.mean(axis=0))))
    return _pack(placed, boxes, xy)


def _force(sub: igraph.Graph, member: Sequence[int], rng: random.Random) -> np.ndarray:
    """Fruchterman-Reingold; edges inside a community pull harder, so communities group."""
    weights = [3.0 if member[e.source] == member[e.target] else 1.0 for e in sub.es]
    # igraph's grid of repulsion needs the start spread as its own would be (sqrt n):
    # started in a unit square, 5,000 nodes took 19 s instead of 0.3 s.
    spread = math.sqrt(sub.vcount())
    start = [
        [rng.uniform(-spread, spread), rng.uniform(-spread, spread)] for _ in range(sub.vcount())
    ]
    niter = 400 if sub.vcount() < 2000 else 250
    # igraph's grid of repulsion is only its default past 1,000 nodes: 1,000 took 2 s without
    grid = sub.vcount() > 300
    layout = sub.layout_fruchterman_reingold(weights=weights, niter=niter, seed=start, grid=grid)
    return np.array(layout.coords)


def _component(
    sub: igraph.Graph,
    member: Sequence[int],
    boxes: np.ndarray,
    rng: random.Random,
    lod: bool,
    rooms: Mapping[int, tuple[float, float]],
    known: np.ndarray | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """One connected component's positions, in canvas pixels, and its force layout.

    A small graph is one force layout, scaled so that a typical edge is about a box
    long. On a large one, crowds of twins (nodes of one or two links with the same
    neighbours: a province's own programs, the programs one province runs for one theme)
    sit on sunflower spirals, which tile a disc evenly, around their node or between
    their two; the force layout places the rest, scaled so that neighbouring discs about
    touch.
    """
    extent = np.maximum(boxes[:, 1] - boxes[:, 0], boxes[:, 3] - boxes[:, 2])
    crowds = _twins(sub) if lod else {}
    if not crowds:
        coords = known if known is not None else _force(sub, member, rng)
        ends = np.array(sub.get_edgelist())
        lengths = np.linalg.norm(coords[ends[:, 0]] - coords[ends[:, 1]], axis=1)
        typical = float(np.median(lengths)) or 1.0
        want = float(np.median(extent)) * (1.6 if lod else 0.8) + GAP
        return coords * (want / typical), coords
    crowded = {v for crowd in crowds.values() for v in crowd}
    core = [v for v in range(sub.vcount()) if v not in crowded]
    at = {v: k for k, v in enumerate(core)}
    step = float(np.median(extent[sorted(crowded)])) + GAP
    spirals = {}
    radius = [extent[v] / 2 + GAP for v in core]
    links = [(at[x], at[y]) for x, y in sub.get_edgelist() if x in at and y in at]
    groups = [member[v] for v in core]
    disc: dict[tuple[int, ...], int] = {}  # a crowd between two nodes: a disc in the layout
    for key, crowd in crowds.items():
        hub = extent[key[0]] / 2 if len(key) == 1 else 0.0
        spirals[key] = _spiral(len(crowd), hub, step, rooms.get(key[0]) if len(key) == 1 else None)
        reach = float(np.linalg.norm(spirals[key], axis=1).max()) + step / 2
        if len(key) == 1:
            radius[at[key[0]]] = reach
        else:
            disc[key] = len(radius)
            radius.append(reach)
            groups.append(member[crowd[0]])
            links += [(at[key[0]], disc[key]), (at[key[1]], disc[key])]
    xy = np.zeros((sub.vcount(), 2))
    coords = np.zeros((len(radius), 2))
    if len(radius) > 1:
        inner = igraph.Graph(n=len(radius), edges=links)
        coords = known if known is not None else _force(inner, groups, rng)
        ratios = [
            (radius[x] + radius[y]) / (float(np.linalg.norm(coords[x] - coords[y])) or 1.0)
            for x, y in links
        ]
        coords = coords * (float(np.percentile(ratios, 90)) if ratios else 1.0)
        # discs apart before their crowds are set in them: 700 discs, not 5,000 dots
        r = np.array(radius)
        coords = separate(coords, np.column_stack((-r, r, -r, r)) * 0.75)
        xy[core] = coords[: len(core)]
    for key, crowd in crowds.items():
        crowd.sort(key=lambda v: (-extent[v], v))
        centre = coords[disc[key]] if key in disc else xy[key[0]]
        xy[crowd] = centre + spirals[key]
    return xy, coords


def _twins(sub: igraph.Graph) -> dict[tuple[int, ...], list[int]]:
    """Nodes of one or two links, by their neighbours, when those neighbours are in no such
    crowd themselves; one node between two others is a bridge, not a crowd."""
    degree = sub.degree()
    crowds: dict[tuple[int, ...], list[int]] = defaultdict(list)
    for v in range(sub.vcount()):
        if 1 <= degree[v] <= 2:
            crowds[tuple(sorted(sub.neighbors(v)))].append(v)
    kept = {k: c for k, c in crowds.items() if len(k) == 1 or len(c) >= 2}
    while True:
        crowded = {v for crowd in kept.values() for v in crowd}
        broken = [k for k in kept if any(x in crowded for x in k)]
        if not broken:
            return kept
        for k in broken:
            del kept[k]


def _spiral(count: int, hub: float, step: float, room: tuple[float, float] | None) -> np.ndarray:
    """``count`` points around a node of radius ``hub``, ``step`` apart, on Vogel's spiral
    (point k at k golden angles, radius c sqrt(k + k0)), which tiles a disc evenly;
    points in ``room`` (the node's label, below it) are skipped."""
    golden = math.pi * (3 - math.sqrt(5))
    c = step * 0.7
    k = ((hub + GAP) / c) ** 2
    out: list[tuple[float, float]] = []
    while len(out) < count:
        r = c * math.sqrt(k)
        x, y = r * math.cos(k * golden), r * math.sin(k * golden)
        k += 1
        if room and abs(x) < room[0] / 2 + step / 2 and -step / 2 < y < hub + room[1] + step / 2:
            continue
        out.append((x, y))
    return np.array(out)


def _level(coords: np.ndarray) -> np.ndarray:
    """Turn a component so that its longest axis lies along x: screens are wide."""
    if len(coords) < 3:
        return coords
    _, vectors = np.linalg.eigh(np.cov(coords.T))
    turned = coords @ vectors[:, ::-1]
    # eigh's signs are arbitrary; fix them so the same graph always turns the same way
    return turned * np.where(np.abs(turned.max(axis=0)) >= np.abs(turned.min(axis=0)), 1, -1)


def _pack(
    placed: Sequence[tuple[list[int], np.ndarray]], boxes: np.ndarray, xy: np.ndarray
) -> np.ndarray:
    """Shelf packing: components in rows as wide as the largest one (or a square's side)."""
    spans = []
    for part, coords in placed:
        left = float((coords[:, 0] + boxes[part, 0]).min())
        right = float((coords[:, 0] + boxes[part, 1]).max())
        top = float((coords[:, 1] + boxes[part, 2]).min())
        bottom = float((coords[:, 1] + boxes[part, 3]).max())
        spans.append((left, right, top, bottom))
    area = sum((r - lf + GAP) * (b - t + GAP) for lf, r, t, b in spans)
    width = max(spans[0][1] - spans[0][0], math.sqrt(area * 1.6))  # a screen's shape
    x = y = row_height = 0.0
    for (part, coords), (left, right, top, bottom) in zip(placed, spans, strict=True):
        w, h = right - left + 2 * GAP, bottom - top + 2 * GAP
        if x > 0 and x + w > width:
            x, y, row_height = 0.0, y + row_height, 0.0
        xy[part] = coords + np.array([x - left + GAP, y - top + GAP])
        x += w
        row_height = max(row_height, h)
    return xy - xy.mean(axis=0)
