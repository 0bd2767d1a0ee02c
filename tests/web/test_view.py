"""The HTML view: what it reads from the store, the page it writes, and that page in Chromium."""

from __future__ import annotations

import importlib.util
import json
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from kg.web.view import (
    CHROMIUM_ARGS,
    ViewData,
    ViewError,
    collect_view_data,
    embed_json,
    layout_positions,
    render_view,
    screenshot,
)
from tests.paths import ROOT
from tests.web.browser import (
    HOSTILE,
    OxigraphSource,
    SelectOnlySource,
    sample_store,
)

ID = "https://w3id.org/zhkg/id/"
ZHEJIANG = ID + "province/zhejiang"
CHROMIUM = Path(os.environ.get("ZHKG_CHROMIUM", "/usr/bin/chromium"))


@pytest.fixture(scope="module")
def source() -> OxigraphSource:
    return OxigraphSource(sample_store(hostile=True))


@pytest.fixture(scope="module")
def data(source: OxigraphSource) -> ViewData:
    return collect_view_data(source)


def _by_label(data: ViewData, label: str) -> str:
    return next(n.id for n in data.nodes if n.label == label)


def _payload(page_html: str) -> dict[str, Any]:
    found = re.search(
        r'<script type="application/json" id="zhkg-data">(.*?)</script>', page_html, re.S
    )
    assert found, "no data element"
    result: dict[str, Any] = json.loads(found.group(1))
    return result


# --------------------------------------------------------------------------- reading


def test_collect_reads_nodes_labels_aliases_and_documents(data: ViewData) -> None:
    kinds = {n.kind for n in data.nodes}
    assert kinds == {"province", "program", "theme"}
    zhejiang = next(n for n in data.nodes if n.id == ZHEJIANG)
    assert zhejiang.label == "浙江省"  # the Chinese rdfs:label, not the English one
    assert set(zhejiang.aliases) == {"浙江", "Zhejiang"}
    assert zhejiang.documents == 1
    theme = next(n for n in data.nodes if n.id == ID + "theme/party-building")
    assert theme.label == "党的建设" and theme.aliases == ("党建",)
    assert len(data.nodes) == 7 + 8 + 4


def test_collect_reads_edges_with_evidence(data: ViewData) -> None:
    sanbai = _by_label(data, "三百工程")
    edge = next(e for e in data.edges if e.source == ID + "province/hunan" and e.target == sanbai)
    assert edge.predicate == "implements"
    assert edge.confidence == pytest.approx(0.95)
    assert edge.rules == ("IMPLEMENTS-VERB",)
    (item,) = edge.evidence
    assert "三百工程" in item.sentence
    assert item.title and item.title.startswith("深入学习领会")
    assert item.date == "2023-09-27"
    assert item.rule == "IMPLEMENTS-VERB" and item.confidence == pytest.approx(0.95)
    assert {e.predicate for e in data.edges} == {"implements", "serves"}


@pytest.mark.parametrize("focus", ["浙江", "浙江省", "zhejiang"])
def test_focus_depth_one_is_the_province_and_its_programs(
    source: OxigraphSource, focus: str
) -> None:
    near = collect_view_data(source, focus=focus, depth=1)
    assert near.focus == (ZHEJIANG,)
    assert {n.kind for n in near.nodes} == {"province", "program"}
    labels = {n.label for n in near.nodes}
    assert labels == {
        "浙江省",
        "习近平总书记关于党的建设的重要思想学习宣传研究工程",
        "千万工程",
        HOSTILE,
    }


def test_focus_depth_two_reaches_themes(source: OxigraphSource) -> None:
    near = collect_view_data(source, focus="浙江", depth=2)
    themes = {n.label for n in near.nodes if n.kind == "theme"}
    assert themes == {"理论武装", "党的建设", "乡村振兴"}
    assert "福建省" not in {n.label for n in near.nodes}
    ids = {n.id for n in near.nodes}
    assert all(e.source in ids and e.target in ids for e in near.edges)


def test_focus_on_a_program_name_and_an_unknown_one(source: OxigraphSource) -> None:
    near = collect_view_data(source, focus="三百工程", depth=1)
    assert {n.label for n in near.nodes} == {"三百工程", "湖南省", "天津市", "干部教育培训"}
    with pytest.raises(ViewError, match="labelled"):
        collect_view_data(source, focus="不存在的工程")


def test_min_confidence_drops_weak_facts_and_the_nodes_they_held(source: OxigraphSource) -> None:
    strong = collect_view_data(source, min_confidence=0.8)
    assert strong.edges and all((e.confidence or 0) >= 0.8 for e in strong.edges)
    labels = {n.label for n in strong.nodes}
    assert "3820战略工程" not in labels  # 0.7 and 0.75: nothing left to hold it
    assert "福建省" not in labels
    assert "三百工程" in labels


SELECT_PROGRAMS = """
# programs that serve 理论武装, and who implements them
PREFIX kg: <https://w3id.org/zhkg/ontology#>
SELECT ?province ?program ?label WHERE {
  ?program kg:serves <https://w3id.org/zhkg/id/theme/theory> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label .
  ?province kg:implements ?program .
}"""

CONSTRUCT_HUNAN = """
PREFIX kg: <https://w3id.org/zhkg/ontology#>
CONSTRUCT { ?p kg:implements ?prog . ?prog kg:label "{not a node}" }
WHERE { ?p kg:implements ?prog . FILTER(?p = <https://w3id.org/zhkg/id/province/hunan>) }"""


def test_select_query_chooses_nodes(source: OxigraphSource) -> None:
    chosen = collect_view_data(source, query=SELECT_PROGRAMS)
    labels = {n.label for n in chosen.nodes}
    assert "3820战略工程" in labels and "福建省" in labels
    assert not any(n.kind == "theme" for n in chosen.nodes)  # the query never bound one
    assert {e.predicate for e in chosen.edges} == {"implements"}


@pytest.mark.parametrize("wrap", [OxigraphSource, SelectOnlySource])
def test_construct_query_chooses_nodes_with_or_without_construct(wrap: Any) -> None:
    src = wrap(sample_store())
    chosen = collect_view_data(src, query=CONSTRUCT_HUNAN)
    assert {n.label for n in chosen.nodes} == {"湖南省", "三百工程"}
    assert len(chosen.edges) == 1


def test_other_query_forms_are_refused(source: OxigraphSource) -> None:
    with pytest.raises(ViewError, match="SELECT or CONSTRUCT"):
        collect_view_data(source, query="PREFIX a: <x:> ASK { ?s ?p ?o }")


# --------------------------------------------------------------------------- the page, no browser


def test_embed_json_cannot_end_the_script_element() -> None:
    value = {"t": "</script><script>alert(1)</script><!-- & \u2028\u2029 \\<", "n": 1}
    text = embed_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == value


def test_layout_is_deterministic_and_spread(data: ViewData) -> None:
    first = layout_positions(data)
    shuffled = ViewData(tuple(reversed(data.nodes)), tuple(reversed(data.edges)))
    assert layout_positions(shuffled) == first == layout_positions(data)
    assert layout_positions(data, seed=8) != first
    points = list(first.values())
    assert len(set(points)) == len(points)
    assert all(abs(x) < 1e5 and abs(y) < 1e5 for x, y in points)


def test_page_is_self_contained_and_text_stays_data(tmp_path: Path, data: ViewData) -> None:
    report = render_view(data, tmp_path / "out" / "view.html", title="<政策> & 图谱")
    page_bytes = (tmp_path / "out" / "view.html").read_bytes()
    page_html = page_bytes.decode("utf-8")
    assert report.bytes == len(page_bytes)
    assert (report.nodes, report.edges, report.dropped) == (len(data.nodes), len(data.edges), 0)
    # Nothing remote: no src/href/url() pointing anywhere but data: or the page itself.
    assert not re.search(r"""(?:src|href)\s*=\s*(?!["']?data:)["']?[a-z]+:""", page_html, re.I)
    assert not re.search(r"""url\(\s*(?!["']?data:)""", page_html)
    assert not re.search(r"cdnjs|jsdelivr|unpkg|bootstrap|googleapis", page_html, re.I)
    assert "<img" not in page_html and "<b onmouseover" not in page_html
    assert "<title>&lt;政策&gt; &amp; 图谱</title>" in page_html
    payload = _payload(page_html)
    labels = {n["label"] for n in payload["nodes"]}
    assert HOSTILE in labels and "浙江省" in labels
    assert {e["label"] for e in payload["edges"]} == {"实施", "服务"}
    assert payload["options"]["physics"]["enabled"] is False


def test_assets_dir_puts_scripts_beside_the_page(tmp_path: Path, data: ViewData) -> None:
    render_view(data, tmp_path / "view.html", assets_dir=tmp_path / "assets")
    page_html = (tmp_path / "view.html").read_text(encoding="utf-8")
    assert 'src="assets/vis-network.min.js"' in page_html
    assert (tmp_path / "assets" / "vis-network.min.js").stat().st_size > 100_000
    assert len(page_html) < 100_000


def test_top_n_above_the_threshold(tmp_path: Path, data: ViewData) -> None:
    report = render_view(data, tmp_path / "view.html", max_nodes=5)
    assert (report.nodes, report.dropped) == (5, len(data.nodes) - 5)
    assert "more than --max-nodes 5" in report.message
    payload = _payload((tmp_path / "view.html").read_text(encoding="utf-8"))
    assert len(payload["nodes"]) == 5 and "省略" in payload["notice"]
    # The best connected survive: 理论武装 serves five programs.
    assert "理论武装" in {n["label"] for n in payload["nodes"]}


def test_bad_options_are_refused(tmp_path: Path, data: ViewData) -> None:
    with pytest.raises(ViewError, match="language"):
        render_view(data, tmp_path / "v.html", lang="fr")


# --------------------------------------------------------------------------- in Chromium


@dataclass
class Opened:
    page: Any
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: Path) -> None:
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.zhkg && window.zhkg.drawnAt !== null", timeout=30_000)

    def assert_clean(self) -> None:
        assert self.blocked == [], "the page tried to reach the network"
        assert all(u.startswith(("file://", "data:")) for u in self.requests), self.requests
        assert self.errors == []
        assert self.page.evaluate("window.__csp") == []


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing, and CI must run the browser tests")
        pytest.skip(f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        yield chromium
        chromium.close()


@pytest.fixture
def opened(browser: Any) -> Iterator[Opened]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    result = Opened(page)
    page.add_init_script(
        "window.__csp = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.on("request", lambda request: result.requests.append(request.url))
    page.on("pageerror", lambda error: result.errors.append(str(error)))
    page.on(
        "console",
        lambda message: result.errors.append(message.text) if message.type == "error" else None,
    )

    def only_files(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            result.blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    yield result
    context.close()


def _screen_point(page: Any, node_id: str) -> tuple[float, float]:
    point = page.evaluate(
        """(id) => {
            const box = document.getElementById('zhkg-network').getBoundingClientRect();
            const p = window.network.canvasToDOM(window.network.getPosition(id));
            return [box.left + p.x, box.top + p.y];
        }""",
        node_id,
    )
    return float(point[0]), float(point[1])


@pytest.mark.browser
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
    page.mouse.click(5, 795)
    assert page.evaluate(opacity, ZHEJIANG) == 1
    x, y = _screen_point(page, ZHEJIANG)
    page.mouse.click(x, y)
    assert page.evaluate("window.zhkg.highlighted") == ZHEJIANG
    assert page.evaluate(opacity, ID + "province/hunan") == pytest.approx(0.15)

    # An alias finds its node too.
    page.fill("#zhkg-search-input", "千村示范")
    page.press("#zhkg-search-input", "Enter")
    assert page.evaluate("window.network.getSelectedNodes()") == [_by_label(data, "千万工程")]
    opened.assert_clean()


@pytest.mark.browser
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
    x, y = _screen_point(page, hostile)
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
    ) or page.evaluate(
        "(id) => window.network.body.data.edges.get().find(e => e.from === id)", hostile
    )
    a, b = _screen_point(page, edge["from"]), _screen_point(page, edge["to"])
    page.mouse.move((a[0] + b[0]) / 2 + 1, (a[1] + b[1]) / 2 + 1, steps=5)
    page.wait_for_function(
        "document.getElementById('zhkg-tooltip').textContent.includes('试点')", timeout=5_000
    )
    assert "<script>window.__pwned=2</script>" in page.inner_text("#zhkg-tooltip")
    assert page.evaluate("document.querySelectorAll('script:not([id]):not([src])').length") == 2
    page.wait_for_timeout(300)
    assert page.evaluate("typeof window.__pwned") == "undefined"
    opened.assert_clean()


@pytest.mark.browser
def test_english_labels_and_filters(opened: Opened, tmp_path: Path, data: ViewData) -> None:
    render_view(data, tmp_path / "view.html", lang="en", assets_dir=tmp_path / "assets")
    opened.open(tmp_path / "view.html")
    page = opened.page
    labels = page.evaluate("window.network.body.data.edges.get().map(e => e.label)")
    assert set(labels) == {"implements", "serves"}
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
        "window.network.body.data.edges.get({filter: e => !e.hidden}).map(e => e.confidence)"
    )
    assert visible_edges and all(c >= 0.9 for c in visible_edges)
    opened.assert_clean()


@pytest.mark.browser
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


def _bench() -> Any:
    spec = importlib.util.spec_from_file_location("bench_view", ROOT / "bench" / "bench_view.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("bench_view", module)  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.browser
@pytest.mark.slow
def test_ten_thousand_nodes_are_drawn_and_searchable(opened: Opened, tmp_path: Path) -> None:
    # How fast it draws is measured by bench/bench_view.py, not asserted here: the
    # machines are shared and noisy.
    big = _bench().synthetic_view_data(10_000)
    report = render_view(big, tmp_path / "big.html", max_nodes=10_000)
    assert (report.nodes, report.edges) == (10_000, len(big.edges))
    page = opened.page
    opened.open(tmp_path / "big.html")
    assert page.evaluate("window.network.body.data.nodes.length") == 10_000
    assert page.evaluate("window.zhkg.drawnAt") > 0
    # Search still finds a program whose label was not yet given to vis-network.
    page.fill("#zhkg-search-input", "工程9948")
    page.press("#zhkg-search-input", "Enter")
    selected = page.evaluate("window.network.getSelectedNodes()")
    assert selected == [ID + "program/g9948"]
    assert page.evaluate("(id) => window.network.body.data.nodes.get(id).label", selected[0])
    opened.assert_clean()


@pytest.mark.browser
def test_screenshot_writes_a_png(browser: Any, tmp_path: Path, data: ViewData) -> None:
    render_view(data, tmp_path / "view.html")
    png = screenshot(tmp_path / "view.html", tmp_path / "view.png", browser=browser)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
