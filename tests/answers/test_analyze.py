"""kg analyze: similarity, centrality, communities and diffusion with known answers."""

from __future__ import annotations

import csv
import io
import json
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.answers.analyze import (
    AnalysisError,
    CJKFontWarning,
    Table,
    analyze,
    centrality,
    cjk_font,
    communities,
    diffusion,
    format_table,
    format_tables,
    plot,
    policy_graph,
    similarity,
)
from kg.cli import cli
from kg.store import Store

# Three dated documents: 千万工程 spreads 浙江 → 江苏 → 河北, 三百工程 湖南 → 天津 and 河北.
CORPUS = (
    (
        "d1",
        "2024-01-10",
        "浙江实施“千万工程”，推进乡村振兴。湖南实施干部教育培训“三百工程”，推动党的创新理论进课堂。",
    ),
    (
        "d2",
        "2024-03-05",
        "江苏、浙江实施“千万工程”，推进乡村振兴。天津、河北实施干部教育培训“三百工程”，推动党的创新理论进课堂。",
    ),
    ("d3", "2024-06-01", "河北实施“千万工程”，推进乡村振兴。"),
)
QIANWAN = "https://w3id.org/zhkg/id/program/千万工程"
SANBAI = "https://w3id.org/zhkg/id/program/三百工程"


@pytest.fixture(scope="module")
def corpus_store() -> Iterator[Store]:
    with Store(None) as store:
        for doc_id, date, text in CORPUS:
            kg.build_text(text, store, id=doc_id, date=date, title=doc_id)
        yield store


def pairs(table: Table) -> dict[tuple[str, str], dict[str, object]]:
    return {(r["a"], r["b"]): r for r in table.records()}


def test_the_small_corpus_has_the_facts_we_expect(corpus_store: Store) -> None:
    g = policy_graph(corpus_store)
    provinces = {d["label"] for _, d in g.nodes(data=True) if d["kind"] == "province"}
    assert provinces == {"浙江", "江苏", "河北", "湖南", "天津"}
    assert set(g.neighbors(QIANWAN)) >= {
        "https://w3id.org/zhkg/id/province/zhejiang",
        "https://w3id.org/zhkg/id/province/jiangsu",
        "https://w3id.org/zhkg/id/province/hebei",
    }


def test_diffusion_orders_provinces_by_first_date(corpus_store: Store) -> None:
    table = diffusion(corpus_store, program="千万工程")
    assert [(r["province"], r["first_seen"], r["order"]) for r in table.records()] == [
        ("浙江", "2024-01-10", 1),
        ("江苏", "2024-03-05", 2),
        ("河北", "2024-06-01", 3),
    ]
    # 浙江 is seen in d1 and d2: first seen at the earlier date, two documents
    assert table.records()[0]["documents"] == 2
    sanbai = diffusion(corpus_store, program=SANBAI)
    assert [r["province"] for r in sanbai.records()] == ["湖南", "天津", "河北"]
    everything = diffusion(corpus_store)
    assert set(everything.column("node")) == {QIANWAN, SANBAI}
    with pytest.raises(AnalysisError, match="no program"):
        diffusion(corpus_store, program="不存在的工程")


def test_diffusion_of_a_theme_follows_every_program_serving_it(corpus_store: Store) -> None:
    # 三百工程 serves 党的创新理论 (推动党的创新理论进课堂): 湖南 (d1), 天津 and 河北 (d2);
    # 河北 is in d3 too, for 千万工程, which serves no theme here
    table = diffusion(corpus_store, theme="party-innovative-theory")
    assert table.columns[0] == "theme" and table.meta == {"theme": "党的创新理论"}
    got = [(r["province"], r["first_seen"], r["order"], r["documents"]) for r in table.records()]
    assert got == [
        ("湖南", "2024-01-10", 1, 1),
        ("天津", "2024-03-05", 2, 1),
        ("河北", "2024-03-05", 3, 1),
    ]
    theme = "https://w3id.org/zhkg/id/theme/party-innovative-theory"
    assert set(table.column("node")) == {theme}
    # a broader theme takes in the programs of the narrower ones (干部教育培训 under 干部队伍建设)
    broader = diffusion(corpus_store, theme="干部队伍建设")
    assert [r["province"] for r in broader.records()] == ["湖南", "天津", "河北"]
    with pytest.raises(AnalysisError, match="no theme is named '党的创新'; did you mean"):
        diffusion(corpus_store, theme="党的创新")
    with pytest.raises(AnalysisError, match="a program or a theme, not both"):
        diffusion(corpus_store, theme="党的创新理论", program="三百工程")


def test_similarity_is_jaccard_of_programs_and_themes(corpus_store: Store) -> None:
    table = similarity(corpus_store)
    by_pair = pairs(table)
    assert by_pair[("江苏", "浙江")]["jaccard_programs"] == 1.0
    assert by_pair[("天津", "湖南")]["jaccard_programs"] == 1.0
    assert by_pair[("天津", "湖南")]["jaccard_themes"] == 1.0
    # 河北 implements both programs, 浙江 one of them
    assert by_pair[("河北", "浙江")]["jaccard_programs"] == 0.5
    assert by_pair[("河北", "浙江")]["shared_programs"] == 1
    assert ("浙江", "湖南") not in by_pair and ("湖南", "浙江") not in by_pair
    scores = table.column("score")
    assert scores == sorted(scores, reverse=True)


def test_centrality_puts_the_bridging_program_first(corpus_store: Store) -> None:
    table = centrality(corpus_store)
    rows = table.records()
    assert {r["kind"] for r in rows} <= {"program", "theme"}
    by_node = {r["node"]: r for r in rows}
    # 三百工程 joins three provinces to two themes; 千万工程 three provinces
    assert by_node[SANBAI]["degree"] == 5
    assert by_node[QIANWAN]["degree"] >= 3
    assert rows[0]["node"] in {SANBAI, QIANWAN}
    assert by_node[SANBAI]["betweenness"] > 0


def test_communities_split_the_two_programs(corpus_store: Store) -> None:
    table = communities(corpus_store)
    of = {r["label"]: r["community"] for r in table.records()}
    assert of["浙江"] == of["江苏"]
    assert of["湖南"] == of["天津"]
    assert of["浙江"] != of["湖南"]
    assert table.meta["modularity"] > 0.1
    louvain = communities(corpus_store, method="louvain", seed=1)
    assert {r["label"] for r in louvain.records()} == set(of)
    with pytest.raises(AnalysisError):
        communities(corpus_store, method="magic")


def test_sample_answers(sample_store: Store) -> None:
    top = similarity(sample_store).records()[0]
    assert (top["a"], top["b"], top["score"]) == ("天津", "湖南", 1.0)
    first = centrality(sample_store).records()[0]
    assert (first["kind"], first["label"]) == ("theme", "党的创新理论")
    spread = diffusion(sample_store).records()
    assert spread[0]["program"] == "述学评学考学"  # three provinces, the widest
    assert {r["province"] for r in spread if r["program"] == "述学评学考学"} == {
        "宁夏",
        "新疆",
        "黑龙江",
    }
    groups = communities(sample_store)
    assert groups.meta["communities"] >= 5


def test_formats(corpus_store: Store) -> None:
    table = diffusion(corpus_store, program="千万工程")
    rows = list(csv.reader(io.StringIO(format_table(table, "csv"))))
    assert rows[0] == ["program", "order", "province", "first_seen", "documents", "node"]
    assert rows[1][2:4] == ["浙江", "2024-01-10"]
    doc = json.loads(format_table(table, "json"))
    assert doc["analysis"] == "diffusion" and doc["rows"][2]["province"] == "河北"
    text = format_table(table, "table")
    assert text.startswith("# diffusion") and "(3 rows)" in text
    many = json.loads(format_tables(analyze(corpus_store), "json"))
    assert [d["analysis"] for d in many] == ["similarity", "centrality", "communities", "diffusion"]
    with pytest.raises(AnalysisError):
        format_table(table, "xlsx")
    with pytest.raises(AnalysisError):
        analyze(corpus_store, "pagerank")


def test_csv_cells_cannot_be_formulas() -> None:
    table = Table("diffusion", ("program", "order"), (("=HYPERLINK()", 1),))
    assert "'=HYPERLINK()" in format_table(table, "csv")


def test_plots_are_written_with_a_cjk_font(corpus_store: Store, tmp_path: Path) -> None:
    assert cjk_font() == "Noto Sans CJK SC"  # .ci/run installs fonts-noto-cjk
    tables = analyze(corpus_store)
    png = tmp_path / "all.png"
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no missing-glyph warnings
        fig = plot(tables, png)
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(fig.axes) >= 4
    svg = tmp_path / "diffusion.svg"
    plot(diffusion(corpus_store), svg)
    assert "<svg" in svg.read_text(encoding="utf-8")
    with pytest.raises(AnalysisError, match=r"\.png, \.svg, \.pdf"):
        plot(tables, tmp_path / "x.docx")
    (tmp_path / "a-file").write_text("", encoding="utf-8")  # (was a FileExistsError)
    with pytest.raises(AnalysisError, match="a-file is not a folder"):
        plot(tables, tmp_path / "a-file" / "x.png")


def test_options_that_are_none_are_refused(
    corpus_store: Store, sample_store_dir: Path, tmp_path: Path
) -> None:
    # topp=3 was passed over and every row given; --top -3 gave all rows but three
    with pytest.raises(AnalysisError, match="unknown option 'topp'"):
        analyze(corpus_store, "centrality", topp=3)
    with pytest.raises(AnalysisError, match="at least 1"):
        analyze(corpus_store, "centrality", top=0)
    runner = CliRunner()
    store = str(sample_store_dir)
    result = runner.invoke(cli, ["analyze", "centrality", "--top", "-3", "--store", store], obj={})
    assert result.exit_code == 2 and "-3 is not in the range x>=1" in result.output
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    plot_path = str(tmp_path / "a-file" / "x.png")
    result = runner.invoke(cli, ["analyze", "--store", store, "--plot", plot_path], obj={})
    assert result.exit_code == 8 and result.output.count("\n") == 1, result.output


@pytest.mark.filterwarnings("ignore:Glyph .* missing from font")
def test_plot_falls_back_without_a_cjk_font(
    corpus_store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from matplotlib import font_manager

    monkeypatch.setattr(font_manager.fontManager, "ttflist", [])
    monkeypatch.setattr(font_manager, "findSystemFonts", lambda *a, **k: [])
    with pytest.warns(CJKFontWarning, match="fonts-noto-cjk"):
        assert cjk_font() is None
    with pytest.warns(CJKFontWarning):
        plot(similarity(corpus_store), tmp_path / "s.png")
    assert (tmp_path / "s.png").exists()


def test_empty_store(memory_store: Store, tmp_path: Path) -> None:
    tables = analyze(memory_store)
    assert [len(t) for t in tables] == [0, 0, 0, 0]
    plot(tables, tmp_path / "empty.png")


def test_cli_and_api(sample_store_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = runner.invoke(
        cli,
        ["analyze", "diffusion", "--store", str(sample_store_dir), "--program", "三百工程"],
        obj={},
    )
    assert out.exit_code == 0, out.output
    assert "湖南" in out.output and "2023-09-27" in out.output
    args = ["analyze", "diffusion", "--store", str(sample_store_dir), "--format", "csv"]
    out = runner.invoke(cli, [*args, "--theme", "干部队伍建设"], obj={})
    assert out.exit_code == 0, out.output
    assert "干部队伍建设,1,天津,2023-09-27,1," in out.output  # 三百工程 serves a narrower theme
    out = runner.invoke(cli, [*args, "--theme", "no-such-theme"], obj={})
    assert out.exit_code != 0 and "no theme is named 'no-such-theme'" in out.output
    plot_path = tmp_path / "sim.svg"
    out = runner.invoke(
        cli,
        [
            "analyze",
            "similarity",
            "--store",
            str(sample_store_dir),
            "--format",
            "csv",
            "--plot",
            str(plot_path),
        ],
        obj={},
    )
    assert out.exit_code == 0, out.output
    assert "天津,湖南,1,1.0,2,1.0,1.0" in out.output
    assert plot_path.exists()
    bad = runner.invoke(cli, ["analyze", "--store", str(sample_store_dir), "--plot", "x.docx"])
    assert bad.exit_code != 0
    tables = kg.analyze("similarity", store=sample_store_dir)
    assert tables[0].records()[0]["a"] == "天津"


def test_read_collection_keeps_index_titles_and_dates(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from kg.read.collection import find_shared, read_collection

    coll = tmp_path / "shared" / "corpus" / "news"
    coll.mkdir(parents=True)
    (coll / "index.tsv").write_text(
        "id\ttitle\tdate\tchars\na\t甲\t2025-01-02\t9\nb\t乙\t2025-02-03\t9\nc\t丙\t2025-03-04\t9\n",
        encoding="utf-8",
    )
    (coll / "a.txt").write_text("浙江实施“千万工程”。", encoding="utf-8")
    (coll / "b.txt").write_text("天气晴。", encoding="utf-8")
    (coll / "c.txt").write_text("江苏实施“千万工程”。", encoding="utf-8")
    docs = read_collection(coll, contains="实施")
    assert [(d.id, d.title, d.date) for d in docs] == [
        ("a", "甲", "2025-01-02"),
        ("c", "丙", "2025-03-04"),
    ]
    assert [d.id for d in read_collection(coll, limit=1)] == ["a"]
    monkeypatch.delenv("KG_SHARED", raising=False)
    assert find_shared(coll) == tmp_path / "shared"
    monkeypatch.setenv("KG_SHARED", str(tmp_path / "missing"))
    assert find_shared(coll) is None
