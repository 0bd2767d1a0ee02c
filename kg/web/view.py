"""The HTML view: a self-contained vis-network page of provinces, programs and themes.

Three steps, each a plain function over frozen records (:mod:`kg.web.records`):

- :func:`~kg.web.collect.collect_view_data` reads what to draw from the store;
- :func:`~kg.web.layout.layout_view` places it (igraph, in Python: the browser runs no
  physics) and decides which labels show at which zoom;
- :func:`render_view` writes one UTF-8 page that needs no network: the page, its style
  and script are files under ``assets/`` (``view.html``, ``view.css``, ``view.js``),
  vis-network comes from pyvis's bundled copy, and all data travels as JSON in a
  ``<script type="application/json">`` element that the page turns into DOM text nodes
  and canvas text, never into markup.

``screenshot`` renders a page in headless Chromium (Playwright's client, a dev
dependency) for the README.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import os
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import replace
from functools import cache
from pathlib import Path
from string import Template
from typing import Any
from urllib.parse import quote

from kg.errors import ViewError
from kg.web.collect import collect_view_data, overview_data
from kg.web.geometry import EDGE_FONT, FONT, LABEL_WIDTH, LOD_FONT
from kg.web.layout import Layout, font_size, layout_view, lod_label
from kg.web.records import (
    KINDS,
    ConstructSource,
    EvidenceItem,
    NodeKind,
    SparqlSource,
    ViewData,
    ViewEdge,
    ViewNode,
    ViewReport,
)

__all__ = [
    "CHROMIUM_ARGS",
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
    "empty_message",
    "overview_data",
    "render_view",
    "screenshot",
]

ASSETS = Path(__file__).resolve().parent / "assets"

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

_KIND_STYLE: dict[str, dict[str, str]] = {
    "province": {"shape": "hexagon", "background": "#d1495b", "border": "#8c2132"},
    "program": {"shape": "dot", "background": "#2b8cbe", "border": "#1a5a7a"},
    "theme": {"shape": "diamond", "background": "#f0a431", "border": "#a86a0c"},
}
_EDGE_COLOUR = {
    "implements": "rgba(196,90,106,0.75)",
    "serves": "rgba(91,154,93,0.75)",
    "links": "rgba(110,84,148,0.55)",
}
# Communities: Tableau 10 and two more, chosen to tell apart; the rest are grey.
_PALETTE = (
    "#4e79a7 #f28e2b #59a14f #e15759 #76b7b2 #edc948 "
    "#b07aa1 #ff9da7 #9c755f #86bcb6 #d37295 #8cd17d"
).split()
_OTHER = "#b8b8b0"
# Above this many edges, straight edges only while panning/zooming keeps 20,000 edges responsive.
_BIG_GRAPH_EDGES = 3000


@cache
def _text() -> dict[str, dict[str, str]]:
    loaded: dict[str, dict[str, str]] = json.loads(
        (ASSETS / "view-text.json").read_text(encoding="utf-8")
    )
    return loaded


def empty_message(data: ViewData, store: str, chosen: bool = False) -> str | None:
    """One line saying why there is nothing to draw (None when there is something);
    ``chosen`` when a focus or a query chose the nodes."""
    if data.nodes:
        return None
    if chosen:
        return "the page draws nothing: nothing matched --query or --focus"
    if data.min_confidence or data.since or data.until:
        return "the page draws nothing: no fact passes --min-confidence, --since or --until"
    return (
        f"the page draws nothing: the store {store} holds no facts yet "
        "(add documents with kg build PATH --store STORE)"
    )


def render_view(
    data: ViewData,
    path: str | Path,
    *,
    lang: str = "zh",
    assets_dir: str | Path | None = None,
    title: str = "zhkg",
    max_nodes: int = 10000,
) -> ViewReport:
    """Write the page for ``data`` to ``path`` (UTF-8) and say what it drew.

    With ``assets_dir``, vis-network and the page's own script and style are written
    there and linked relatively; otherwise everything is inlined. Above ``max_nodes``
    only the best-connected ``max_nodes`` nodes are drawn, and the page says so.
    """
    texts = _text()
    if lang not in texts:
        raise ViewError(f"unknown language {lang!r}: use zh or en")
    if max_nodes < 1:
        raise ViewError("max_nodes must be at least 1")
    text = texts[lang]
    total = len(data.nodes)
    data, dropped = _top_by_degree(data, max_nodes)
    layout = layout_view(data)
    notice = (
        text["dropped"].format(kept=len(data.nodes), total=total, dropped=dropped)
        if dropped
        else ""
    )
    if data.themes_left_out:
        notice = text["themesLeftOut"].format(n=data.themes_left_out) + notice
    payload = _payload(data, layout, text, lang, notice)
    payload["title"] = title

    out = Path(path)
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        page = _page(payload, title, lang, out, Path(assets_dir) if assets_dir else None)
        encoded = page.encode("utf-8")
        # Write then rename, so an open browser never sees half a page.
        tmp = out.with_name(out.name + ".tmp")
        tmp.write_bytes(encoded)
        os.replace(tmp, out)
    except OSError as exc:
        raise ViewError(f"{out}: cannot write the view ({exc.strerror or exc})") from exc

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
    ranked = sorted(data.nodes, key=lambda n: (-degree[n.id], KINDS.index(n.kind), n.id))
    keep = {n.id for n in ranked[:max_nodes]}
    kept = replace(
        data,
        nodes=tuple(n for n in data.nodes if n.id in keep),
        edges=tuple(e for e in data.edges if e.source in keep and e.target in keep),
        focus=tuple(f for f in data.focus if f in keep),
    )
    return kept, len(data.nodes) - max_nodes


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


def _colour_by_community(data: ViewData, layout: Layout) -> bool:
    """Communities colour a whole graph; a focus (bands say more) and a graph of one
    community keep the colours of the kinds."""
    return not data.focus and len(layout.communities) > 1


def _group(kind: str, community: int, by_community: bool) -> str:
    if not by_community:
        return kind
    return f"{kind}-{community if 0 <= community < len(_PALETTE) else 'x'}"


def _payload(
    data: ViewData, layout: Layout, text: Mapping[str, str], lang: str, notice: str
) -> dict[str, Any]:
    by_community = _colour_by_community(data, layout)
    nodes = []
    for node in data.nodes:
        x, y = layout.positions[node.id]
        community = layout.community.get(node.id, -1)
        item: dict[str, Any] = {
            "id": node.id,
            "label": node.label,
            "kind": node.kind,
            "group": _group(node.kind, community, by_community),
            "x": x,
            "y": y,
            "size": layout.sizes[node.id],
            "aliases": list(node.aliases),
            "documents": node.documents,
            "community": community,
        }
        if layout.lod:
            item["zoom"] = layout.label_zoom.get(node.id, 0.0)
            item["short"] = lod_label(node.label)
        if node.id in layout.hops:
            item["hop"] = layout.hops[node.id]
        themes = data.program_themes.get(node.id)
        if themes:
            item["themes"] = list(themes[:6])
        nodes.append(item)
    edges, tables = _edges(data, layout, text)
    communities = [
        {
            "index": c.index,
            "size": c.size,
            "names": list(c.names),
            "color": _PALETTE[c.index] if c.index < len(_PALETTE) else _OTHER,
        }
        for c in layout.communities
    ]
    return {
        "lang": lang,
        "text": dict(text),
        "nodes": nodes,
        "edges": edges,
        "evidence": tables.as_json(),
        "kinds": [{"kind": k, "label": text[k], **_KIND_STYLE[k]} for k in KINDS],
        "predicates": [
            {"predicate": p, "label": text[p], "color": _EDGE_COLOUR[p]}
            for p in (("links",) if data.overview else ("implements", "serves"))
        ],
        "communities": communities if by_community else [],
        "sectors": [
            {"label": s.label, "x": s.x, "y": s.y, "count": s.count, "page": s.page}
            for s in layout.sectors
            if s.label
        ],
        "focus": [f for f in data.focus if f in layout.positions],
        "notice": notice,
        "options": _vis_options(
            len(data.edges) > _BIG_GRAPH_EDGES, by_community, layout.lod, font_size(data)
        ),
        "pages": [{iri: list(xy) for iri, xy in positions.items()} for positions in layout.pages],
        "lod": layout.lod,
        "lodFont": LOD_FONT,
        "overview": data.overview,
        "minConfidence": data.min_confidence,
        "since": data.since,
        "until": data.until,
    }


def _edges(
    data: ViewData, layout: Layout, text: Mapping[str, str]
) -> tuple[list[dict[str, Any]], _Tables]:
    tables = _Tables()
    edges = []
    for i, edge in enumerate(data.edges):
        item: dict[str, Any] = {
            "id": f"e{i}",
            "from": edge.source,
            "to": edge.target,
            "predicate": edge.predicate,
            # A ready rgba colour: an ``opacity`` option is re-parsed on every frame.
            "color": _EDGE_COLOUR[edge.predicate],
            "confidence": edge.confidence,
            "first": edge.first_seen,
            "evidence": [tables.add(item) for item in edge.evidence],
        }
        if edge.predicate == "links":
            item["via"] = [list(v) for v in edge.via]
            item["width"] = round(1.0 + 1.8 * (len(edge.via) ** 0.5), 2)
            # a link through one program is faint, through many strong
            item["color"] = f"rgba(110,84,148,{min(0.85, 0.12 + 0.12 * len(edge.via)):.2f})"
        else:
            item["width"] = round(1.0 + 1.5 * (edge.confidence or 0.0), 2)
        if i in layout.edge_labels:
            item["label"] = text[edge.predicate]
        edges.append(item)
    return edges, tables


def _vis_options(big: bool, by_community: bool, lod: bool, size: float = FONT) -> dict[str, Any]:
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
            "font": {**font, "size": size},
            "borderWidth": 1 if lod else 1.5,
            "borderWidthSelected": 3,
            # Long program names wrap (vis breaks a CJK run that has no spaces by width).
            "widthConstraint": {"maximum": LABEL_WIDTH * size / FONT},
        },
        "edges": {
            "smooth": False,
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "font": {**font, "size": EDGE_FONT, "color": "#52606d", "align": "horizontal"},
            "selectionWidth": 1.5,
            "hoverWidth": 1.0,
        },
        "groups": _groups(by_community),
    }


def _groups(by_community: bool) -> dict[str, Any]:
    """One vis group per kind (and community): a shape and a colour, set once for many nodes."""

    def style(shape: str, background: str, border: str) -> dict[str, Any]:
        return {
            "shape": shape,
            "color": {
                "background": background,
                "border": border,
                "highlight": {"background": background, "border": "#111111"},
                "hover": {"background": background, "border": "#111111"},
            },
        }

    if not by_community:
        return {k: style(s["shape"], s["background"], s["border"]) for k, s in _KIND_STYLE.items()}
    groups = {}
    for kind, s in _KIND_STYLE.items():
        for k, colour in [*enumerate(_PALETTE), ("x", _OTHER)]:
            groups[f"{kind}-{k}"] = style(
                s["shape"], colour, "#3a3a3a" if kind != "program" else colour
            )
    return groups


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


@cache
def _assets() -> dict[str, str]:
    """vis-network 9.1.2's script and style, as shipped inside pyvis, and the page's own."""
    import pyvis

    lib = Path(pyvis.__file__).parent / "lib" / "vis-9.1.2"
    return {
        "vis-network.min.js": (lib / "vis-network.min.js").read_text(encoding="utf-8"),
        "vis-network.css": (lib / "vis-network.css").read_text(encoding="utf-8"),
        "zhkg-view.js": (ASSETS / "view.js").read_text(encoding="utf-8"),
        "zhkg-view.css": (ASSETS / "view.css").read_text(encoding="utf-8"),
        "page": (ASSETS / "view.html").read_text(encoding="utf-8"),
    }


def _csp_hash(script: str) -> str:
    digest = hashlib.sha256(script.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def _page(
    payload: Mapping[str, Any], title: str, lang: str, out: Path, assets_dir: Path | None
) -> str:
    files = _assets()
    vis_js, vis_css = files["vis-network.min.js"], files["vis-network.css"]
    page_js, page_css = files["zhkg-view.js"], files["zhkg-view.css"]
    if any("</script" in s.lower() for s in (vis_js, page_js)) or any(
        "</style" in s.lower() for s in (vis_css, page_css)
    ):
        raise ViewError("a script or style of the view cannot be inlined safely")
    if assets_dir is None:
        head = f"<style>{vis_css}</style>\n<style>{page_css}</style>"
        scripts = f"<script>{vis_js}</script>\n<script>{page_js}</script>"
        script_src = f"{_csp_hash(vis_js)} {_csp_hash(page_js)}"
        style_src = "'unsafe-inline'"
    else:
        assets_dir.mkdir(parents=True, exist_ok=True)
        names = ("vis-network.min.js", "vis-network.css", "zhkg-view.js", "zhkg-view.css")
        for name in names:
            (assets_dir / name).write_text(files[name], encoding="utf-8", newline="\n")
        base = _relative_url(assets_dir, out.parent)
        href = {name: html.escape(base + name, quote=True) for name in names}
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
    return Template(files["page"]).substitute(
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
        page.wait_for_timeout(200)  # the label layer draws after the first frame
        page.screenshot(path=str(out))
    finally:
        context.close()
