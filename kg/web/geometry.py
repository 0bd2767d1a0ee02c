"""Boxes on the canvas: how large a label is, pushing boxes apart, when labels fit.

A box is what vis-network's ``getBoundingBox`` reports for a node: its shape, and the
label below it, estimated here from the characters (a CJK character is one em wide,
vis-network wraps at 170 px). Boxes are arrays of offsets from the node's position:
left, right, top, bottom.
"""

from __future__ import annotations

import math
import unicodedata
from collections.abc import Iterable, Sequence

import numpy as np

__all__ = [
    "EDGE_FONT",
    "FONT",
    "GAP",
    "LABEL_WIDTH",
    "LOD_FONT",
    "char_width",
    "clear_edge_labels",
    "label_extent",
    "label_zooms",
    "overlap_share",
    "separate",
]

FONT = 15  # node labels, canvas pixels
EDGE_FONT = 11
LABEL_WIDTH = 170  # vis-network's widthConstraint.maximum: longer labels wrap
LOD_FONT = 12  # labels drawn by the page at this screen size on large graphs
GAP = 10.0  # between two boxes, canvas pixels


def char_width(ch: str, font: float) -> float:
    # Wide and ambiguous characters (CJK, full-width punctuation, “ ”) are one em in a
    # CJK font; Latin letters and digits about six tenths.
    return font if unicodedata.east_asian_width(ch) in "WFA" else font * 0.62


def label_extent(label: str, font: float = FONT, width: float = LABEL_WIDTH) -> tuple[float, float]:
    """(width, height) vis-network gives a node label: wrapped at ``width``, plus margins."""
    text = sum(char_width(ch, font) for ch in label)
    if text <= width:
        return text, font
    lines = math.ceil(text / (width - font / 2))
    return width + 10, lines * font


def separate(
    xy: np.ndarray,
    boxes: np.ndarray,
    *,
    anchored: np.ndarray | None = None,
    gap: float = GAP / 2,
    rounds: int = 300,
) -> np.ndarray:
    """Push overlapping boxes apart until none overlap (or ``rounds`` pass).

    Each overlapping pair moves apart along the axis where it overlaps least, half each
    (all of it for the other when one is anchored), as Gephi's "prevent overlap" does.
    Pairs are found by sorting on the left edge. No kept library does this for
    arbitrary boxes in Python (graphviz's prism needs its binary), hence these lines.
    """
    xy = xy.astype(float).copy()
    n = len(xy)
    if n < 2:
        return xy
    fixed = np.zeros(n, dtype=bool) if anchored is None else anchored
    jitter = np.random.default_rng(0)
    for _ in range(rounds):
        a, b, ox, oy = _overlapping(xy, boxes, gap)
        # Done when the boxes themselves are clear (the gap may still be short here
        # and there: chasing it costs many rounds for nothing a reader sees).
        real = np.minimum(ox, oy) > 2 * gap + 0.1
        if not real.any():
            break
        if real.sum() > n:
            # A pile, not a few collisions: pushing pairs apart would take hundreds of
            # rounds; spreading everything from its centre keeps the picture and is quick.
            middle = xy[~fixed].mean(axis=0) if (~fixed).any() else xy.mean(axis=0)
            xy[~fixed] = middle + (xy[~fixed] - middle) * 1.15
            continue
        centre = xy + np.column_stack(
            ((boxes[:, 0] + boxes[:, 1]) / 2, (boxes[:, 2] + boxes[:, 3]) / 2)
        )
        dx = centre[b, 0] - centre[a, 0]
        dy = centre[b, 1] - centre[a, 1]
        same = (np.abs(dx) < 1e-6) & (np.abs(dy) < 1e-6)
        if same.any():
            dx[same] = jitter.uniform(-1, 1, same.sum())
            dy[same] = jitter.uniform(-1, 1, same.sum())
        along_x = ox < oy
        move = np.zeros((len(a), 2))
        move[along_x, 0] = np.where(dx[along_x] >= 0, 1.0, -1.0) * ox[along_x]
        move[~along_x, 1] = np.where(dy[~along_x] >= 0, 1.0, -1.0) * oy[~along_x]
        share_a = np.where(fixed[a], 0.0, np.where(fixed[b], 1.0, 0.5))
        share_b = np.where(fixed[b], 0.0, np.where(fixed[a], 1.0, 0.5))
        push = np.zeros((n, 2))
        np.add.at(push, a, -move * share_a[:, None])
        np.add.at(push, b, move * share_b[:, None])
        # A node in many overlaps would fly: its pushes are damped by their number; a
        # little more than the overlap itself, so that chains of boxes do not creep.
        count = np.bincount(np.concatenate([a, b]), minlength=n).astype(float)
        xy += push / np.maximum(1.0, np.sqrt(count))[:, None] * 1.6
    return xy


def _overlapping(
    xy: np.ndarray, boxes: np.ndarray, gap: float
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Pairs (a, b) whose boxes (grown by ``gap``) overlap, and by how much along x and y.

    Boxes go into horizontal strips (a tall box into each strip it spans); within a strip,
    sorted by their left edge, a box meets only the next few whose left edge is left of its
    right edge. All candidate pairs at once, in numpy; 10,000 boxes take milliseconds.
    """
    n = len(xy)
    left = xy[:, 0] + boxes[:, 0] - gap
    right = xy[:, 0] + boxes[:, 1] + gap
    top = xy[:, 1] + boxes[:, 2] - gap
    bottom = xy[:, 1] + boxes[:, 3] + gap
    height = max(float(np.median(bottom - top)) * 2, 1.0)
    first = np.floor((top - top.min()) / height).astype(np.int64)
    last = np.floor((bottom - top.min()) / height).astype(np.int64)
    reps = last - first + 1
    item = np.repeat(np.arange(n), reps)
    strip = first[item] + (np.arange(len(item)) - np.repeat(np.cumsum(reps) - reps, reps))
    span = float(right.max() - left.min()) + 1.0
    key = strip * span + (left[item] - left.min())
    order = np.argsort(key, kind="stable")
    key, item, strip = key[order], item[order], strip[order]
    reach = strip * span + (right[item] - left.min())
    ends = np.searchsorted(key, reach, side="left")
    count = np.maximum(ends - np.arange(len(key)) - 1, 0)
    ia = np.repeat(np.arange(len(key)), count)
    ib = ia + 1 + (np.arange(len(ia)) - np.repeat(np.cumsum(count) - count, count))
    a, b = item[ia], item[ib]
    # a pair meets again in each strip both span: keep it in the first of them
    hit = (
        (top[b] < bottom[a])
        & (top[a] < bottom[b])
        & (a != b)
        & (strip[ia] == np.maximum(first[a], first[b]))
    )
    a, b = a[hit], b[hit]
    ox = np.minimum(right[a], right[b]) - np.maximum(left[a], left[b])
    oy = np.minimum(bottom[a], bottom[b]) - np.maximum(top[a], top[b])
    return a, b, ox, oy


def overlap_share(xy: np.ndarray, boxes: np.ndarray) -> float:
    """The share of nodes whose box overlaps another's (what the browser tests measure)."""
    a, b, _, _ = _overlapping(xy, boxes, 0.0)
    return len(set(a.tolist()) | set(b.tolist())) / max(len(xy), 1)


# --------------------------------------------------------------------------- labels


def label_zooms(
    xy: np.ndarray,
    sizes: np.ndarray,
    labels: Sequence[str],
    priority: Iterable[int],
    over_shapes: int = 0,
    floor: float = 0.02,
) -> np.ndarray:
    """For each node, the smallest zoom at which its label (``LOD_FONT`` screen pixels, below
    the node) covers no other node's shape and no label of a node earlier in ``priority``
    that is shown at that zoom. The first ``over_shapes`` nodes' labels may cover shapes
    (the layout left them room), as the first labels of sigma.js do.

    A label w x h on screen is w/s x h/s on the canvas at zoom s, so it clears a shape or
    another label from some zoom on: horizontally once w/2s + r < |dx|, vertically once
    h/s < dy. A label only binds a later one when it is itself shown at that zoom. Only
    nodes near enough to bind above ``floor`` are looked at (below it, a zoom is exact
    only up to ``floor``), which keeps 10,000 nodes to a second.
    """
    n = len(xy)
    widths = np.array([sum(char_width(ch, LOD_FONT) for ch in label) + 4 for label in labels])
    height = LOD_FONT + 4.0
    by_x = np.argsort(xy[:, 0], kind="stable")
    x, y, r = xy[by_x, 0], xy[by_x, 1], sizes[by_x]
    w = widths[by_x]
    top = y + r  # a label hangs below its node
    where = np.empty(n, dtype=np.int64)
    where[by_x] = np.arange(n)
    zoom = np.zeros(n)  # by position in x order
    done = np.zeros(n, dtype=bool)
    reach = (w.max() + w) / (2 * floor) + r.max()
    with np.errstate(divide="ignore"):
        for k, node in enumerate(priority):
            j = where[node]
            lo, hi = np.searchsorted(x, [x[j] - reach[j], x[j] + reach[j]])
            near = slice(lo, hi)
            need = 0.0
            if k >= over_shapes:  # shapes: every other node's, always drawn
                dx = np.abs(x[near] - x[j]) - r[near]
                below = (y[near] - r[near]) - top[j]
                cx = np.where(dx > 0, w[j] / (2 * dx), np.inf)
                cy = np.where(
                    y[near] + r[near] <= top[j], 0.0, np.where(below > 0, height / below, np.inf)
                )
                shape = np.minimum(cx, cy)
                shape[j - lo] = 0.0
                need = float(shape.max())
            shown = done[near]
            if shown.any():
                ldx = np.abs(x[near][shown] - x[j]) + 1e-9
                ldy = np.abs(top[near][shown] - top[j]) + 1e-9
                clear = np.minimum((w[near][shown] + w[j]) / (2 * ldx), height / ldy)
                binding = clear[clear > zoom[near][shown]]
                if len(binding):
                    need = max(need, float(binding.max()))
            zoom[j] = min(need, 1e6)
            done[j] = True
    return zoom[where]


def clear_edge_labels(
    ends: Sequence[tuple[int, int]], xy: np.ndarray, boxes: np.ndarray
) -> frozenset[int]:
    """Edges (their two nodes' indices) whose label, centred on the edge's middle, touches
    no node box, no other edge and no label already kept; the rest show theirs on hover."""
    if not ends:
        return frozenset()
    p = np.array([xy[a] for a, _ in ends])
    q = np.array([xy[b] for _, b in ends])
    node_box = np.column_stack(
        (
            xy[:, 0] + boxes[:, 0],
            xy[:, 0] + boxes[:, 1],
            xy[:, 1] + boxes[:, 2],
            xy[:, 1] + boxes[:, 3],
        )
    )
    kept: list[int] = []
    taken: list[tuple[float, float, float, float]] = []
    order = sorted(range(len(ends)), key=lambda k: -np.hypot(*(p[k] - q[k])))
    for k in order:
        mid = (p[k] + q[k]) / 2
        w = label_extent("实施", EDGE_FONT)[0] / 2 + 3
        h = EDGE_FONT / 2 + 3
        box = (mid[0] - w, mid[0] + w, mid[1] - h, mid[1] + h)
        if _hits_boxes(box, node_box) or any(_overlaps(box, t) for t in taken):
            continue
        others = np.array([m for m in range(len(ends)) if m != k], dtype=int)
        if len(others) and _hits_segments(box, p[others], q[others]):
            continue
        kept.append(k)
        taken.append(box)
    return frozenset(kept)


def _overlaps(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3]


def _hits_boxes(box: tuple[float, float, float, float], boxes: np.ndarray) -> bool:
    return bool(
        (
            (boxes[:, 0] < box[1])
            & (box[0] < boxes[:, 1])
            & (boxes[:, 2] < box[3])
            & (box[2] < boxes[:, 3])
        ).any()
    )


def _hits_segments(box: tuple[float, float, float, float], p: np.ndarray, q: np.ndarray) -> bool:
    """Whether any segment p-q crosses the box (Liang-Barsky clipping, all at once)."""
    d = q - p
    t0 = np.zeros(len(p))
    t1 = np.ones(len(p))
    inside = np.ones(len(p), dtype=bool)
    for delta, start, low, high in (
        (d[:, 0], p[:, 0], box[0], box[1]),
        (d[:, 1], p[:, 1], box[2], box[3]),
    ):
        flat = np.abs(delta) < 1e-12
        inside &= ~flat | ((start >= low) & (start <= high))
        with np.errstate(divide="ignore", invalid="ignore"):
            ta = (low - start) / delta
            tb = (high - start) / delta
        near = np.where(flat, -np.inf, np.minimum(ta, tb))
        far = np.where(flat, np.inf, np.maximum(ta, tb))
        t0 = np.maximum(t0, near)
        t1 = np.minimum(t1, far)
    return bool((inside & (t0 <= t1)).any())
