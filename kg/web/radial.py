"""A focus's layout: the focus at the centre, each hop on its own band around it.

A band that fits a modest ring is that ring; a longer one is cut into groups (a
program's group is its theme, its province when a theme is the focus, or when it was
first seen), each a block of labels named above it, the blocks set around a ring.
A focus with more neighbours than a page holds is laid out in pages (``focus_pages``).
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import igraph
import numpy as np

from kg.web.geometry import GAP
from kg.web.records import ViewData

__all__ = ["PAGE", "PAGE_NODES", "Sector", "focus_layout", "focus_pages"]

PAGE = 36  # a focus's neighbours shown at once: 36 labels around it read at the first zoom
PAGE_NODES = 72  # ... and with what lies beyond them


@dataclass(frozen=True)
class Sector:
    """A group of a focus band, named on the canvas above its block of nodes."""

    label: str
    x: float
    y: float
    count: int
    page: int = 0


def focus_pages(data: ViewData) -> list[set[str]]:
    """The nodes of each page of a focus. The first band with more than ``PAGE`` nodes is
    cut: a page holds the bands inside it, ``PAGE`` of its nodes in group order, and every
    node further out that one of them leads to. No band that long: one page."""
    graph: dict[str, set[str]] = defaultdict(set)
    for e in data.edges:
        graph[e.source].add(e.target)
        graph[e.target].add(e.source)
    centres = set(data.focus)
    first: list[str] = []
    while True:
        first = sorted({m for c in centres for m in graph[c]} - centres)
        if not first or len(first) > PAGE:
            break
        centres |= set(first)  # a short band is on every page
    if len(first) <= PAGE:
        return []
    kinds = {n.id: n.kind for n in data.nodes}
    labels = {n.id: n.label for n in data.nodes}
    groups = _program_groups(data, kinds[data.focus[0]])
    first.sort(key=lambda i: (groups.get(i) is None, groups.get(i, ""), -len(graph[i]), labels[i]))
    beyond = set(first)

    def reach(starts: Iterable[str]) -> set[str]:
        found = set(starts)
        frontier = set(found)
        while frontier:
            frontier = {m for f in frontier for m in graph[f]} - found - beyond - centres
            found |= frontier
        return found

    # A page takes neighbours in order while it holds at most PAGE of them and, with what
    # lies beyond them, at most PAGE_NODES nodes.
    pages: list[set[str]] = []
    taken: list[str] = []
    for node in first:
        grown = reach([*taken, node])
        if taken and (len(taken) >= PAGE or len(grown) > PAGE_NODES):
            pages.append(set(centres) | reach(taken))
            taken = []
        taken.append(node)
    pages.append(set(centres) | reach(taken))
    return pages


def focus_layout(
    data: ViewData,
    ids: Sequence[str],
    graph: igraph.Graph,
    centres: Sequence[int],
    boxes: np.ndarray,
    degree: Sequence[int],
) -> tuple[np.ndarray, tuple[Sector, ...], list[int]]:
    """The focus at the centre, hop k on band k, each band just outside the previous."""
    n = len(ids)
    hops = np.array(graph.distances(source=list(centres))).min(axis=0)
    far = int(max((h for h in hops if math.isfinite(h)), default=0))
    hop = [int(h) if math.isfinite(h) else far + 1 for h in hops]
    xy = np.zeros((n, 2))
    angle = np.zeros(n)
    if len(centres) > 1:
        for k, c in enumerate(centres):
            angle[c] = 2 * math.pi * k / len(centres)
            xy[c] = 60 * len(centres) * np.array([math.cos(angle[c]), math.sin(angle[c])])
    kinds = {n.id: n.kind for n in data.nodes}
    labels = {n.id: n.label for n in data.nodes}
    focus_kind = kinds[ids[centres[0]]]
    groups = _program_groups(data, focus_kind)
    outer = float(np.abs(boxes[list(centres)]).max()) + (
        60 * len(centres) if len(centres) > 1 else 0
    )
    sectors: list[Sector] = []
    for band in range(1, max(hop) + 1):
        members = [i for i in range(n) if hop[i] == band]
        if not members:
            continue
        # Where a node wants to be: the mean direction of the nodes that reached it.
        wish = {}
        for i in members:
            inner = [j for j in graph.neighbors(i) if hop[j] < band]
            if inner and band > 1:
                wish[i] = math.atan2(
                    sum(math.sin(angle[j]) for j in inner), sum(math.cos(angle[j]) for j in inner)
                )
        group = {
            i: groups.get(ids[i]) or (_kind_group(kinds[ids[i]]) if band == 1 else "")
            for i in members
        }
        order = sorted(
            members,
            key=lambda i: (
                wish.get(i, 0.0) if band > 1 else 0.0,
                group[i] == "",
                group[i],
                -degree[i],
                labels[ids[i]],
            ),
        )
        outer, band_sectors = _place_band(order, group, boxes, xy, angle, outer)
        sectors += band_sectors
    return xy, tuple(sectors), hop


def _kind_group(kind: str) -> str:
    return {"province": "\x00province", "theme": "\x00theme"}.get(kind, "")


def _program_groups(data: ViewData, focus_kind: str) -> dict[str, str]:
    """A program's group on a focus band: what a reader wants to tell apart around the focus.

    Around a theme, the province implementing it; around a province, its theme when most
    of its programs have one, else when the province was first seen adopting it (the
    month, or the year when the dates span years): the programs then read in order.
    """
    by_id = {n.id: n.label for n in data.nodes}
    if focus_kind == "theme":
        out: dict[str, str] = {}
        for e in sorted(data.edges, key=lambda e: by_id.get(e.source, "")):
            if e.predicate == "implements":
                out.setdefault(e.target, by_id.get(e.source, ""))
        return out
    if focus_kind != "province":
        return {}
    focus = set(data.focus)
    programs = {e.target for e in data.edges if e.predicate == "implements" and e.source in focus}
    themed = {p: t[0] for p, t in data.program_themes.items() if t and p in programs}
    if len(themed) >= 0.6 * len(programs):
        return themed
    seen = {
        e.target: e.first_seen
        for e in data.edges
        if e.predicate == "implements" and e.source in focus and e.first_seen
    }
    years = {d[:4] for d in seen.values()}
    width = 7 if len(years) <= 2 else 4
    return {p: d[:width] for p, d in seen.items()}


def _place_band(
    order: Sequence[int],
    group: Mapping[int, str],
    boxes: np.ndarray,
    xy: np.ndarray,
    angle: np.ndarray,
    inner: float,
) -> tuple[float, list[Sector]]:
    """Put one band's nodes around the centre; return the band's outer radius and sectors.

    A band whose boxes fit on a ring of modest size is that ring. A longer one becomes
    blocks, one per group, each a grid of labels, set around a ring in group order.
    """
    width = boxes[:, 1] - boxes[:, 0]
    height = boxes[:, 3] - boxes[:, 2]
    # Along the ring a box takes its width at the top and bottom, its height at the sides:
    # about two thirds of the sum on average.
    along = [(width[i] + height[i]) * 0.7 + GAP for i in order]
    radius = max(inner + 90.0, sum(along) / (2 * math.pi))
    if radius <= max(inner + 90.0, 420.0) or len(order) < 12:
        turn = 0.0
        for i, step in zip(order, along, strict=True):
            theta = 2 * math.pi * (turn + step / 2) / sum(along) - math.pi / 2
            angle[i] = theta
            xy[i] = radius * np.array([math.cos(theta), math.sin(theta)])
            turn += step
        return radius + float(max(width[i] for i in order)) / 2, []
    return _place_blocks(order, group, boxes, xy, angle, inner)


def _place_blocks(
    order: Sequence[int],
    group: Mapping[int, str],
    boxes: np.ndarray,
    xy: np.ndarray,
    angle: np.ndarray,
    inner: float,
) -> tuple[float, list[Sector]]:
    """Groups as blocks of labels around a ring; a large group is cut into blocks of 12 at
    most, of even sizes (25 as 8, 9, 8, not 12, 12 and one left alone), named once; small
    groups join one block, so the blocks surround the centre."""
    grouped: dict[str, list[int]] = defaultdict(list)
    for i in order:
        grouped[group[i]].append(i)
    small = [g for g, members in grouped.items() if len(members) < 3]
    if len(grouped) > 8 and len(small) > 1:
        grouped[""] = [i for g in [*small, ""] for i in grouped.pop(g, [])]
    blocks: list[tuple[str, list[int]]] = []
    for g, members in grouped.items():
        cut = math.ceil(len(members) / 12)
        bounds = [round(k * len(members) / cut) for k in range(cut + 1)]
        for k in range(cut):
            blocks.append((g if k == 0 else "", members[bounds[k] : bounds[k + 1]]))
    cells = []
    for _, members in blocks:
        cw = float(max(boxes[i, 1] - boxes[i, 0] for i in members)) + GAP
        ch = float(max(boxes[i, 3] - boxes[i, 2] for i in members)) + GAP
        cols = max(1, round(math.sqrt(len(members) * ch / cw * 1.6)))
        cells.append((cw, ch, cols, math.ceil(len(members) / cols)))
    diagonal = [math.hypot(cw * cols, ch * rows + 30) for cw, ch, cols, rows in cells]
    radius = max(inner + max(diagonal) / 2 + 80, sum(diagonal) / (2 * math.pi) * 1.05)
    sectors = []
    turn = 0.0
    outer = radius
    for (g, members), span, (cw, ch, cols, rows) in zip(blocks, diagonal, cells, strict=True):
        theta = 2 * math.pi * (turn + span / 2) / sum(diagonal) - math.pi / 2
        turn += span
        cx, cy = radius * math.cos(theta), radius * math.sin(theta)
        for k, i in enumerate(members):
            r, c = divmod(k, cols)
            x = cx + (c - (cols - 1) / 2) * cw
            y = cy + (r - (rows - 1) / 2) * ch - (boxes[i, 3] + boxes[i, 2]) / 2
            xy[i] = (x, y)
            angle[i] = theta
        if g and not g.startswith("\x00"):
            count = sum(1 for i in order if group[i] == g)
            sectors.append(Sector(g, round(cx, 1), round(cy - rows * ch / 2 - 8, 1), count))
        outer = max(outer, math.hypot(cx, cy) + math.hypot(cols * cw, rows * ch) / 2)
    return outer, sectors
