"""The HTML view without a browser: what it reads from the store, the layout, the page it
writes, and the command. The page in Chromium is tested in test_view_page.py."""

from __future__ import annotations

import collections
import json
import re
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.errors import UnknownNameError
from kg.web.geometry import overlap_share, separate
from kg.web.layout import layout_view
from kg.web.radial import _place_blocks
from kg.web.view import (
    ViewData,
    ViewError,
    collect_view_data,
    embed_json,
    overview_data,
    render_view,
)
from tests.web.browser import (
    HOSTILE,
    SAMPLE_PROGRAMS,
    OxigraphSource,
    Program,
    SelectOnlySource,
    make_store,
    payload_of,
    sample_store,
)

ID = "https://w3id.org/zhkg/id/"
ZHEJIANG = ID + "province/zhejiang"

# Programs adopted one after another: 千万工程 by 浙江 in 2003 and by 福建 in 2019, ...
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


@pytest.fixture(scope="module")
def source() -> OxigraphSource:
    return OxigraphSource(sample_store(hostile=True))


@pytest.fixture(scope="module")
def data(source: OxigraphSource) -> ViewData:
    return collect_view_data(source)


@pytest.fixture(scope="module")
def diffusion() -> OxigraphSource:
    return OxigraphSource(make_store(DIFFUSION))


def _by_label(data: ViewData, label: str) -> str:
    return next(n.id for n in data.nodes if n.label == label)


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


def test_collect_reads_edges_with_evidence_and_dates(data: ViewData) -> None:
    sanbai = _by_label(data, "三百工程")
    edge = next(e for e in data.edges if e.source == ID + "province/hunan" and e.target == sanbai)
    assert edge.predicate == "implements"
    assert edge.confidence == pytest.approx(0.95)
    assert edge.rules == ("IMPLEMENTS-VERB",)
    (item,) = edge.evidence
    assert "三百工程" in item.sentence
    assert item.title and item.title.startswith("深入学习领会")
    assert item.date == "2023-09-27" and edge.first_seen == "2023-09-27"
    assert item.rule == "IMPLEMENTS-VERB" and item.confidence == pytest.approx(0.95)
    assert {e.predicate for e in data.edges} == {"implements", "serves"}
    # Each program's themes, for grouping a focus that leaves them out.
    assert data.program_themes[sanbai] == ("干部教育培训",)


@pytest.mark.parametrize("focus", ["浙江", "浙江省", "zhejiang", "Zhejiang"])
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


def test_focus_on_a_program_an_alias_and_an_unknown_name(source: OxigraphSource) -> None:
    near = collect_view_data(source, focus="三百工程", depth=1)
    assert {n.label for n in near.nodes} == {"三百工程", "湖南省", "天津市", "干部教育培训"}
    # the resolver: an alias, and a theme's altLabel
    assert collect_view_data(source, focus="千村示范、万村整治工程", depth=0).focus == (
        ID + "program/p6",  # 千万工程
    )
    assert collect_view_data(source, focus="党建", depth=0).focus == (ID + "theme/party-building",)
    with pytest.raises(UnknownNameError, match="不存在的工程"):
        collect_view_data(source, focus="不存在的工程")
    # 湖南's one fact (0.95) is below the cut: the name resolves, yet draws nothing
    store = make_store(SAMPLE_PROGRAMS)
    with pytest.raises(ViewError, match="no fact"):
        collect_view_data(OxigraphSource(store), focus="湖南", min_confidence=0.99)


def test_min_confidence_drops_weak_facts_and_the_nodes_they_held(source: OxigraphSource) -> None:
    strong = collect_view_data(source, min_confidence=0.8)
    assert strong.edges and all((e.confidence or 0) >= 0.8 for e in strong.edges)
    labels = {n.label for n in strong.nodes}
    assert "3820战略工程" not in labels  # 0.7 and 0.75: nothing left to hold it
    assert "福建省" not in labels
    assert "三百工程" in labels
    assert strong.min_confidence == 0.8


def test_since_and_until_keep_the_facts_dated_in_the_window(diffusion: OxigraphSource) -> None:
    everything = collect_view_data(diffusion)
    adopters = {e.source.rsplit("/", 1)[1] for e in everything.edges if e.predicate == "implements"}
    assert adopters == {"zhejiang", "fujian", "sichuan", "hunan"}

    def provinces(data: ViewData) -> set[str]:
        return {n.label for n in data.nodes if n.kind == "province"}

    assert provinces(collect_view_data(diffusion, until="2019-03-01")) == {"浙江省", "福建省"}
    assert provinces(collect_view_data(diffusion, until="2019")) == {"浙江省"}  # 2019-01-01
    assert provinces(collect_view_data(diffusion, since="2020-01")) == {"四川省", "湖南省"}
    window = collect_view_data(diffusion, since="2004-01-01", until="2022-12-31")
    assert provinces(window) == {"福建省", "湖南省"}
    assert (window.since, window.until) == ("2004-01-01", "2022-12-31")
    with pytest.raises(ViewError, match="--since 2024-01-01 is after --until 2023-01-01"):
        collect_view_data(diffusion, since="2024-01-01", until="2023-01-01")
    with pytest.raises(ViewError, match="--until 'last spring' is not a date"):
        collect_view_data(diffusion, until="last spring")


def test_overview_links_provinces_and_themes_through_their_programs(
    diffusion: OxigraphSource, source: OxigraphSource
) -> None:
    over = collect_view_data(diffusion, overview=True)
    assert over.overview and {n.kind for n in over.nodes} == {"province", "theme"}
    links = {(e.source.rsplit("/", 1)[1], e.target.rsplit("/", 1)[1]): e for e in over.edges}
    assert set(links) == {
        ("zhejiang", "rural-revitalization"),
        ("fujian", "rural-revitalization"),
        ("sichuan", "rural-revitalization"),
        ("hunan", "cadre-training"),
    }
    # dated when both facts were seen: 福建's adoption (2019), not 浙江's theme fact (2003)
    assert links[("fujian", "rural-revitalization")].via == (("千万工程", "2019-03-01"),)
    # on the sample, 浙江 reaches 理论武装 through two programs
    sample = overview_data(collect_view_data(source))
    theory = next(
        e for e in sample.edges if e.source == ZHEJIANG and e.target == ID + "theme/theory"
    )
    assert {p for p, _ in theory.via} == {
        "习近平总书记关于党的建设的重要思想学习宣传研究工程",
        HOSTILE,
    }


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


# --------------------------------------------------------------------------- layout


def test_layout_is_deterministic_and_leaves_no_overlap(data: ViewData) -> None:
    first = layout_view(data)
    shuffled = ViewData(tuple(reversed(data.nodes)), tuple(reversed(data.edges)))
    assert layout_view(shuffled).positions == first.positions == layout_view(data).positions
    assert layout_view(data, seed=8).positions != first.positions
    points = list(first.positions.values())
    assert len(set(points)) == len(points)
    assert all(abs(x) < 1e5 and abs(y) < 1e5 for x, y in points)
    # Communities are named by their best-connected nodes, largest first.
    sizes = [c.size for c in first.communities]
    assert sizes == sorted(sizes, reverse=True) and all(c.names for c in first.communities)


def test_separate_pushes_boxes_apart_and_keeps_anchors() -> None:
    rng = np.random.default_rng(3)
    xy = rng.uniform(-200, 200, (300, 2))
    boxes = np.tile([-20.0, 20.0, -8.0, 12.0], (300, 1))
    assert overlap_share(xy, boxes) > 0.5
    anchored = np.zeros(300, dtype=bool)
    anchored[0] = True
    moved = separate(xy, boxes, anchored=anchored)
    assert overlap_share(moved, boxes) <= 0.02  # from all of them
    assert tuple(moved[0]) == tuple(xy[0])


def test_focus_puts_the_focus_in_the_middle_of_its_ring(source: OxigraphSource) -> None:
    # Today's page put every node of this focus on one line (y = 1).
    near = collect_view_data(source, focus="浙江", depth=1)
    layout = layout_view(near)
    centre = np.array(layout.positions[ZHEJIANG])
    others = np.array([xy for iri, xy in layout.positions.items() if iri != ZHEJIANG])
    distances = np.linalg.norm(others - centre, axis=1)
    assert distances.min() > 50 and distances.max() / distances.min() < 1.6  # one ring
    spread = np.linalg.svd(others - others.mean(axis=0), compute_uv=False)
    assert spread[1] > 0.3 * spread[0]  # round, not a line
    assert layout.hops[ZHEJIANG] == 0 and {layout.hops[i] for i in layout.positions} == {0, 1}


def _province_with_programs(count: int) -> ViewData:
    programs = tuple(
        Program(
            f"第{i}号示范工程",
            ["zhejiang"],
            [("theory", "party-building", "rural-revitalization")[i % 3]],
            f"浙江实施“第{i}号示范工程”。",
        )
        for i in range(count)
    )
    return collect_view_data(OxigraphSource(make_store(programs)), focus="浙江", depth=1)


def test_a_focus_with_many_neighbours_is_paged_and_grouped_by_theme() -> None:
    near = _province_with_programs(160)
    layout = layout_view(near)
    assert len(layout.pages) == 5  # 36 a page
    assert all(ZHEJIANG in page for page in layout.pages)
    seen = [iri for page in layout.pages for iri in page if iri != ZHEJIANG]
    assert sorted(seen) == sorted(n.id for n in near.nodes if n.id != ZHEJIANG)
    # programs come grouped by their theme, and the groups are named on the canvas
    assert {s.label for s in layout.sectors} == {"理论武装", "党的建设", "乡村振兴"}


def test_a_large_group_is_cut_into_even_blocks() -> None:
    # 25 programs of one year and 3 of another: the 25 come as blocks of 8 or 9 (not 12, 12
    # and one label alone, away from its group), the first named once with the whole count
    order = list(range(28))
    group = {i: ("2025" if i < 25 else "2026") for i in order}
    boxes = np.tile(np.array([-40.0, 40.0, -8.0, 8.0]), (28, 1))
    xy, angle = np.zeros((28, 2)), np.zeros(28)
    _, sectors = _place_blocks(order, group, boxes, xy, angle, 100.0)
    sizes = sorted(collections.Counter(angle[:25].round(6)).values())
    assert sizes == [8, 8, 9]
    assert [(s.label, s.count) for s in sectors] == [("2025", 25), ("2026", 3)]


# --------------------------------------------------------------------------- the page


def test_embed_json_cannot_end_the_script_element() -> None:
    value = {"t": "</script><script>alert(1)</script><!-- & \u2028\u2029 \\<", "n": 1}
    text = embed_json(value)
    assert "<" not in text and ">" not in text and "&" not in text
    assert "\u2028" not in text and "\u2029" not in text
    assert json.loads(text) == value


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
    payload = payload_of(page_html)
    labels = {n["label"] for n in payload["nodes"]}
    assert HOSTILE in labels and "浙江省" in labels
    assert {e.get("label") for e in payload["edges"]} <= {"实施", "服务", None}
    assert payload["options"]["physics"]["enabled"] is False
    assert {e["first"] for e in payload["edges"]} == {"2023-09-27"}


def test_a_page_that_cannot_be_written_is_a_view_error(tmp_path: Path, data: ViewData) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")  # (was a FileExistsError)
    with pytest.raises(ViewError, match=r"a-file/view\.html: cannot write the view"):
        render_view(data, tmp_path / "a-file" / "view.html")


def test_assets_dir_puts_scripts_beside_the_page(tmp_path: Path, data: ViewData) -> None:
    render_view(data, tmp_path / "view.html", assets_dir=tmp_path / "assets")
    page_html = (tmp_path / "view.html").read_text(encoding="utf-8")
    assert 'src="assets/vis-network.min.js"' in page_html
    assert (tmp_path / "assets" / "vis-network.min.js").stat().st_size > 100_000
    assert (tmp_path / "assets" / "zhkg-view.js").read_text(encoding="utf-8").startswith("//")
    assert len(page_html) < 100_000


def test_top_n_above_the_threshold(tmp_path: Path, data: ViewData) -> None:
    report = render_view(data, tmp_path / "view.html", max_nodes=5)
    assert (report.nodes, report.dropped) == (5, len(data.nodes) - 5)
    assert "more than --max-nodes 5" in report.message
    payload = payload_of((tmp_path / "view.html").read_text(encoding="utf-8"))
    assert len(payload["nodes"]) == 5 and "省略" in payload["notice"]
    # The best connected survive: 理论武装 serves five programs.
    assert "理论武装" in {n["label"] for n in payload["nodes"]}


def test_bad_options_are_refused(tmp_path: Path, data: ViewData) -> None:
    with pytest.raises(ViewError, match="language"):
        render_view(data, tmp_path / "v.html", lang="fr")


# --------------------------------------------------------------------------- command and API


def test_command_passes_dates_overview_and_says_when_nothing_passes(
    sample_store_dir: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    page = tmp_path / "over.html"
    store = str(sample_store_dir)
    result = runner.invoke(cli, ["view", "--store", store, "--overview", "-o", str(page)])
    assert result.exit_code == 0, result.output
    payload = payload_of(page.read_text(encoding="utf-8"))
    assert payload["overview"] and {n["kind"] for n in payload["nodes"]} == {"province", "theme"}
    assert all(e["predicate"] == "links" and e["via"] for e in payload["edges"])
    # The sample is dated 2023-09-27: nothing before it. Today's command said nothing.
    result = runner.invoke(cli, ["view", "--store", store, "--until", "2023-01", "-o", str(page)])
    assert result.exit_code == 0
    assert "no fact passes --min-confidence, --since or --until" in result.output
    result = runner.invoke(cli, ["view", "--store", store, "--since", "soon", "-o", str(page)])
    assert result.exit_code != 0 and "--since 'soon' is not a date" in result.output


def test_api_view_takes_the_same_options(sample_store_dir: Path, tmp_path: Path) -> None:
    report = kg.view(tmp_path / "v.html", store=sample_store_dir, since="2023-09-27", depth=1)
    assert report.nodes > 0
    report = kg.view(tmp_path / "v.html", store=sample_store_dir, until="2023-09-26")
    assert report.nodes == 0
