"""The HTML view in headless Chromium: what it draws, that labels leave each other room,
the timeline, focus pages, and that document text stays text."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest

from kg.pipeline.build import build_paths
from kg.store import Store
from kg.web.view import ViewData, collect_view_data, render_view, screenshot
from tests.paths import ROOT, SHARED
from tests.web.browser import (
    HOSTILE,
    Opened,
    OxigraphSource,
    Program,
    browser,
    make_store,
    opened,
    sample_store,
    screen_point,
)

__all__ = ["browser", "opened"]  # fixtures, imported to be found

pytestmark = pytest.mark.browser

ID = "https://w3id.org/zhkg/id/"
ZHEJIANG = ID + "province/zhejiang"
REPORTS = SHARED / "corpus" / "prov_gov_reports_2026"


@pytest.fixture(scope="module")
def source() -> OxigraphSource:
    return OxigraphSource(sample_store(hostile=True))


@pytest.fixture(scope="module")
def data(source: OxigraphSource) -> ViewData:
    return collect_view_data(source)


@pytest.fixture(scope="module")
def reports_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real build: three provincial work reports (浙江's names 125 programs)."""
    if not REPORTS.is_dir():
        pytest.skip(f"{REPORTS} is missing")
    where = tmp_path_factory.mktemp("reports") / "store"
    names = ("gwr2026-zhejiang.txt", "gwr2026-jiangsu.txt", "gwr2026-anhui.txt")
    with Store(where) as store:
        build_paths([str(REPORTS / name) for name in names], store)
    return where


def _by_label(data: ViewData, label: str) -> str:
    return next(n.id for n in data.nodes if n.label == label)


def _assert_few_overlaps(opened: Opened) -> None:
    drawn, overlapping, which = opened.overlaps()
    assert drawn > 0
    assert overlapping <= 0.05 * drawn, (overlapping, drawn, which)


# --------------------------------------------------------------------------- room for labels


def test_labels_of_the_sample_leave_each_other_room(
    opened: Opened, tmp_path: Path, sample_store_dir: Path
) -> None:
    # Today's layout: 43 of the sample's 73 nodes overlap another.
    with Store(sample_store_dir, read_only=True) as store:
        data = collect_view_data(store)
    render_view(data, tmp_path / "sample.html")
    opened.open(tmp_path / "sample.html")
    assert opened.page.evaluate("window.network.body.data.nodes.length") == len(data.nodes)
    _assert_few_overlaps(opened)
    opened.assert_clean()


def test_a_focus_over_a_real_build_is_readable_page_by_page(
    opened: Opened, tmp_path: Path, reports_store: Path
) -> None:
    # Today: all 154 nodes of 浙江's one-hop focus overlap (one blob around the province).
    with Store(reports_store, read_only=True) as store:
        near = collect_view_data(store, focus="浙江", depth=1)
    assert len(near.nodes) > 100
    render_view(near, tmp_path / "zj.html")
    opened.open(tmp_path / "zj.html")
    page = opened.page
    pages = page.evaluate(
        "window.zhkg.showPage ? JSON.parse(document.getElementById('zhkg-data').textContent).pages.length : 0"
    )
    assert pages >= 3
    shown = set()
    for k in range(pages):
        page.evaluate("(k) => window.zhkg.showPage(k)", k)
        ids = page.evaluate("window.network.body.data.nodes.getIds({filter: n => !n.hidden})")
        assert ZHEJIANG in ids and len(ids) <= 37
        shown |= set(ids)
        _assert_few_overlaps(opened)
    assert shown == {n.id for n in near.nodes}
    assert "共 " in page.inner_text("#zhkg-pager")
    # Searching a program on another page turns to its page.
    last = page.evaluate("window.network.body.data.nodes.getIds({filter: n => !n.hidden})")
    other = next(n for n in near.nodes if n.id not in last and n.id != ZHEJIANG)
    page.evaluate("window.zhkg.showPage(0)")
    page.evaluate("(id) => window.zhkg.focusNode(id)", other.id)
    assert page.evaluate("(id) => !window.network.body.data.nodes.get(id).hidden", other.id)
    opened.assert_clean()


def test_a_focus_is_a_ring_around_its_centre_not_a_line(
    opened: Opened, tmp_path: Path, sample_store_dir: Path
) -> None:
    # Today: --focus 浙江 on the sample puts its four nodes on one line (y = 2).
    with Store(sample_store_dir, read_only=True) as store:
        near = collect_view_data(store, focus="浙江", depth=2)
    render_view(near, tmp_path / "zj.html")
    opened.open(tmp_path / "zj.html")
    points = opened.page.evaluate("Object.values(window.network.getPositions())")
    assert len(points) > 2
    xs, ys = [p["x"] for p in points], [p["y"] for p in points]
    assert max(ys) - min(ys) > 0.3 * (max(xs) - min(xs))  # a ring, not a line
    # the focus is the node nearest the middle of them all
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    nearest = opened.page.evaluate(
        """([mx, my]) => { const at = window.network.getPositions();
           return Object.keys(at).sort((a, b) => Math.hypot(at[a].x - mx, at[a].y - my)
                                               - Math.hypot(at[b].x - mx, at[b].y - my))[0]; }""",
        [mx, my],
    )
    assert nearest == ZHEJIANG
    _assert_few_overlaps(opened)
    opened.assert_clean()


EDGE_LABELS = """() => {
  const edges = window.network.body.edges, out = [];
  for (const id of Object.keys(edges)) {
    const e = edges[id];
    if (!e.options.label || !e.labelModule.size.width) continue;
    const s = e.labelModule.size;
    out.push({id, from: [e.from.x, e.from.y], to: [e.to.x, e.to.y],
              box: [s.left, s.left + s.width, s.top, s.top + s.height]});
  }
  const all = Object.keys(edges).map(id => ({id, from: [edges[id].from.x, edges[id].from.y],
                                             to: [edges[id].to.x, edges[id].to.y]}));
  return {labelled: out, all};
}"""


def _crosses(box: list[float], p: list[float], q: list[float]) -> bool:
    """Whether the segment p-q passes through the box (sampled finely)."""
    for k in range(201):
        x = p[0] + (q[0] - p[0]) * k / 200
        y = p[1] + (q[1] - p[1]) * k / 200
        if box[0] < x < box[1] and box[2] < y < box[3]:
            return True
    return False


@pytest.mark.parametrize("focus", [None, "浙江"])
def test_edge_labels_sit_on_their_own_edges(
    opened: Opened, tmp_path: Path, sample_store_dir: Path, focus: str | None
) -> None:
    # Today: on the sample, the 实施 label of 浙江 → a program lies on the green 服务 edge.
    with Store(sample_store_dir, read_only=True) as store:
        data = collect_view_data(store, focus=focus, depth=2)
    render_view(data, tmp_path / "v.html")
    opened.open(tmp_path / "v.html")
    found = opened.page.evaluate(EDGE_LABELS)
    assert found["labelled"], "no edge label is drawn"
    for label in found["labelled"]:
        for other in found["all"]:
            if other["id"] != label["id"]:
                assert not _crosses(label["box"], other["from"], other["to"]), (label, other)
        for other in found["labelled"]:
            a, b = label["box"], other["box"]
            if other["id"] != label["id"]:
                assert not (a[0] < b[1] and b[0] < a[1] and a[2] < b[3] and b[2] < a[3])
    opened.assert_clean()


# --------------------------------------------------------------------------- controls


def test_the_confidence_slider_starts_at_min_confidence(
    opened: Opened, tmp_path: Path, source: OxigraphSource
) -> None:
    # Today: with --min-confidence 0.8 the slider shows 0.00.
    render_view(collect_view_data(source, min_confidence=0.8), tmp_path / "v.html")
    opened.open(tmp_path / "v.html")
    assert opened.page.inner_text("#zhkg-confidence-value") == "0.80"
    assert opened.page.get_attribute("#zhkg-confidence", "min") == "0.8"
    assert opened.page.evaluate("document.getElementById('zhkg-confidence').value") == "0.8"
    opened.assert_clean()


DIFFUSION = (
    Program(
        "千万工程",
        ["zhejiang"],
        ["rural-revitalization"],
        "浙江实施“千万工程”。",
        date="2003-06-05",
    ),
    Program(
        "千万工程", ["fujian"], ["rural-revitalization"], "福建学习“千万工程”。", date="2019-03-01"
    ),
    Program(
        "千万工程", ["sichuan"], ["rural-revitalization"], "四川推广“千万工程”。", date="2024-05-20"
    ),
    Program("三百工程", ["hunan"], ["cadre-training"], "湖南实施“三百工程”。", date="2021-07-01"),
)


def _shown(page: Any) -> set[str]:
    ids = page.evaluate("window.network.body.data.nodes.getIds({filter: n => !n.hidden})")
    return {i.rsplit("/", 1)[1] for i in ids}


def test_the_timeline_shows_the_graph_as_of_a_date(opened: Opened, tmp_path: Path) -> None:
    data = collect_view_data(OxigraphSource(make_store(DIFFUSION)))
    render_view(data, tmp_path / "v.html")
    opened.open(tmp_path / "v.html")
    page = opened.page
    assert page.is_visible("#zhkg-timeline")
    assert {"zhejiang", "fujian", "sichuan", "hunan"} <= _shown(page)
    page.evaluate("window.zhkg.setDate('2019-12-31')")
    assert {s for s in _shown(page) if s in {"zhejiang", "fujian", "sichuan", "hunan"}} == {
        "zhejiang",
        "fujian",
    }
    assert "2019-03-01" in page.inner_text("#zhkg-date-value")
    assert "福建省" in page.inner_text("#zhkg-latest")  # the latest adoption by then
    # The slider's first step: 浙江 alone, its program and theme.
    page.eval_on_selector(
        "#zhkg-date", "el => { el.value = '0'; el.dispatchEvent(new Event('input')); }"
    )
    assert _shown(page) == {"zhejiang", "p0", "rural-revitalization"}
    # A program's tooltip lists who adopted it, and when.
    page.evaluate("window.zhkg.setDate(null)")
    x, y = screen_point(page, ID + "program/p0")
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    page.wait_for_selector("#zhkg-tooltip:not([hidden])", timeout=5_000)
    text = page.inner_text("#zhkg-tooltip")
    assert "浙江省 2003-06-05" in text
    opened.assert_clean()


def test_the_overview_weights_links_and_lists_their_programs(
    opened: Opened, tmp_path: Path, source: OxigraphSource
) -> None:
    render_view(collect_view_data(source, overview=True), tmp_path / "v.html")
    opened.open(tmp_path / "v.html")
    page = opened.page
    kinds = page.evaluate(
        "JSON.parse(document.getElementById('zhkg-data').textContent).nodes.map(n => n.kind)"
    )
    assert set(kinds) == {"province", "theme"}
    edge = page.evaluate(
        """(id) => window.network.body.data.edges.get().find(
             e => e.from === id && e.to.endsWith('/theme/theory'))""",
        ZHEJIANG,
    )
    single = page.evaluate(
        "window.network.body.data.edges.get().find(e => e.from.endsWith('/hunan'))"
    )
    assert edge["width"] > single["width"]  # two programs against one
    a, b = screen_point(page, edge["from"]), screen_point(page, edge["to"])
    page.mouse.move((a[0] + b[0]) / 2 + 1, (a[1] + b[1]) / 2 + 1, steps=5)
    page.wait_for_selector("#zhkg-tooltip:not([hidden])", timeout=5_000)
    text = page.inner_text("#zhkg-tooltip")
    assert "习近平总书记关于党的建设的重要思想学习宣传研究工程" in text and HOSTILE in text
    opened.assert_clean()


def test_page_draws_offline_and_search_focuses(
    opened: Opened, tmp_path: Path, data: ViewData
) -> None:
    render_view(data, tmp_path / "view.html")
    opened.open(tmp_path / "view.html")
    page = opened.page
    assert page.evaluate("window.network.body.data.nodes.length") == len(data.nodes)
    assert page.evaluate("window.network.body.data.edges.length") == len(data.edges)
    legend = page.inner_text("#zhkg-legend")
    assert "省份" in legend and "项目" in legend and "主题" in legend and "实施" in legend
    # communities, named by their best-connected nodes: 理论武装 leads the largest
    assert "社区" in legend and "理论武装" in legend

    page.fill("#zhkg-search-input", "三百")
    page.press("#zhkg-search-input", "Enter")
    sanbai = _by_label(data, "三百工程")
    assert page.evaluate("window.network.getSelectedNodes()") == [sanbai]
    view = page.evaluate("window.network.getViewPosition()")
    where = page.evaluate("(id) => window.network.getPosition(id)", sanbai)
    assert abs(view["x"] - where["x"]) < 1 and abs(view["y"] - where["y"]) < 1
    assert "三百工程" in page.inner_text("#zhkg-search-status")

    # Focusing highlights the neighbourhood: others fade, neighbours stay.
    opacity = "(id) => window.network.body.data.nodes.get(id).opacity"
    assert page.evaluate(opacity, ID + "province/hunan") == 1
    assert page.evaluate(opacity, ZHEJIANG) == pytest.approx(0.15)
    # A click on empty canvas clears it; a click on a node highlights its own neighbours.
    page.mouse.click(5, 700)
    assert page.evaluate(opacity, ZHEJIANG) == 1
    page.evaluate("(id) => window.network.focus(id, {animation: false})", ZHEJIANG)
    x, y = screen_point(page, ZHEJIANG)
    page.mouse.click(x, y)
    assert page.evaluate("window.zhkg.highlighted") == ZHEJIANG
    assert page.evaluate(opacity, ID + "province/hunan") == pytest.approx(0.15)

    # An alias finds its node too.
    page.fill("#zhkg-search-input", "千村示范")
    page.press("#zhkg-search-input", "Enter")
    assert page.evaluate("window.network.getSelectedNodes()") == [_by_label(data, "千万工程")]
    opened.assert_clean()


def test_hostile_text_is_shown_as_text_and_runs_nothing(
    opened: Opened, tmp_path: Path, data: ViewData
) -> None:
    render_view(data, tmp_path / "view.html")
    opened.open(tmp_path / "view.html")
    page = opened.page
    hostile = _by_label(data, HOSTILE)
    assert page.evaluate("(id) => window.network.body.data.nodes.get(id).label", hostile) == HOSTILE

    page.fill("#zhkg-search-input", "img src")
    page.press("#zhkg-search-input", "Enter")
    x, y = screen_point(page, hostile)
    page.mouse.move(x - 30, y - 30)
    page.mouse.move(x, y, steps=5)
    page.wait_for_selector("#zhkg-tooltip:not([hidden])", timeout=5_000)
    tooltip = page.inner_text("#zhkg-tooltip")
    assert HOSTILE in tooltip and "<b onmouseover=window.__pwned=3>别名</b>" in tooltip
    assert (
        page.evaluate(
            "document.querySelectorAll('#zhkg-tooltip *:not(div):not(span):not(ol):not(li)').length"
        )
        == 0
    )

    # Its edge's evidence sentence holds a <script>; hover the edge's midpoint.
    edge = page.evaluate(
        "(id) => window.network.body.data.edges.get().find(e => e.from !== id && e.to === id)",
        hostile,
    )
    a, b = screen_point(page, edge["from"]), screen_point(page, edge["to"])
    page.mouse.move((a[0] + b[0]) / 2 + 1, (a[1] + b[1]) / 2 + 1, steps=5)
    page.wait_for_function(
        "document.getElementById('zhkg-tooltip').textContent.includes('试点')", timeout=5_000
    )
    assert "<script>window.__pwned=2</script>" in page.inner_text("#zhkg-tooltip")
    assert page.evaluate("document.querySelectorAll('script:not([id]):not([src])').length") == 2
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    opened.assert_clean()


def test_english_labels_and_filters(opened: Opened, tmp_path: Path, data: ViewData) -> None:
    render_view(data, tmp_path / "view.html", lang="en", assets_dir=tmp_path / "assets")
    opened.open(tmp_path / "view.html")
    page = opened.page
    labels = page.evaluate("window.network.body.data.edges.get().map(e => e.label)")
    assert {x for x in labels if x} and {x for x in labels if x} <= {"implements", "serves"}
    assert "Province" in page.inner_text("#zhkg-legend")
    assert page.get_attribute("html", "lang") == "en"

    shown = "() => window.network.body.data.nodes.get({filter: n => !n.hidden}).length"
    page.select_option("#zhkg-province", ZHEJIANG)
    # 浙江省, its three programs, and the three themes they serve.
    assert page.evaluate(shown) == 7
    page.select_option("#zhkg-theme", ID + "theme/rural-revitalization")
    assert page.evaluate(shown) == 3  # 浙江省 → 千万工程 → 乡村振兴
    page.select_option("#zhkg-province", "")
    page.select_option("#zhkg-theme", "")
    page.uncheck("#zhkg-kinds input[value=theme]")
    assert page.evaluate(shown) == len(data.nodes) - 4
    page.check("#zhkg-kinds input[value=theme]")
    page.eval_on_selector(
        "#zhkg-confidence", "el => { el.value = '0.9'; el.dispatchEvent(new Event('input')); }"
    )
    visible_edges = page.evaluate(
        "window.network.body.data.edges.get({filter: e => !e.hidden}).map(e => e.id)"
    )
    confidence = {e["id"]: e["confidence"] for e in _payload_edges(page)}
    assert visible_edges and all(confidence[e] >= 0.9 for e in visible_edges)
    opened.assert_clean()


def _payload_edges(page: Any) -> list[dict[str, Any]]:
    edges: list[dict[str, Any]] = page.evaluate(
        "JSON.parse(document.getElementById('zhkg-data').textContent).edges"
    )
    return edges


def test_focus_subgraph_and_top_n_in_the_browser(
    opened: Opened, tmp_path: Path, source: OxigraphSource
) -> None:
    near = collect_view_data(source, focus="浙江", depth=2)
    render_view(near, tmp_path / "near.html")
    opened.open(tmp_path / "near.html")
    assert opened.page.evaluate("window.network.body.data.nodes.length") == len(near.nodes)
    assert opened.page.evaluate("window.network.getSelectedNodes()") == [ZHEJIANG]

    report = render_view(collect_view_data(source), tmp_path / "top.html", max_nodes=6)
    opened.open(tmp_path / "top.html")
    assert opened.page.evaluate("window.network.body.data.nodes.length") == report.nodes == 6
    assert "省略" in opened.page.inner_text("#zhkg-notice")
    opened.assert_clean()


# --------------------------------------------------------------------------- large graphs


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench_view", ROOT / "bench" / "bench_view.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_view", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.slow
def test_a_large_graph_labels_its_hubs_first_and_the_rest_by_zoom(
    opened: Opened, tmp_path: Path
) -> None:
    # How fast it draws is measured by bench/bench_view.py, not asserted here: the
    # machines are shared and noisy.
    big = _bench().synthetic_view_data(5_000)
    report = render_view(big, tmp_path / "big.html")
    assert (report.nodes, report.edges) == (5_000, len(big.edges))
    page = opened.page
    opened.open(tmp_path / "big.html")
    assert page.evaluate("window.network.body.data.nodes.length") == 5_000
    # No label is vis-network's: the page draws them, the best connected first.
    assert page.evaluate("window.network.body.data.nodes.get({filter: n => n.label}).length") == 0
    first = page.evaluate("window.zhkg.labelBoxes.map(b => b.id)")
    assert 0 < len(first) < 200
    assert any("/province/" in i for i in first)
    page.evaluate("window.network.moveTo({scale: window.network.getScale() * 6})")
    page.wait_for_timeout(100)
    assert page.evaluate("window.zhkg.labelBoxes.some(b => b.id.includes('/program/'))")
    # Search still finds a program whose label was not drawn.
    page.fill("#zhkg-search-input", "工程4948")
    page.press("#zhkg-search-input", "Enter")
    assert page.evaluate("window.network.getSelectedNodes()") == [ID + "program/g4948"]
    opened.assert_clean()


def test_screenshot_writes_a_png(browser: Any, tmp_path: Path, data: ViewData) -> None:
    render_view(data, tmp_path / "view.html")
    png = screenshot(tmp_path / "view.html", tmp_path / "view.png", browser=browser)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
