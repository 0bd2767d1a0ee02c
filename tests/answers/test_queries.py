"""Saved queries: each one has a known answer on the bundled sample article (or on a few
dated stories built here)."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

import kg
from kg.answers.queries import list_saved, load_saved, parse_params
from kg.cli import cli
from kg.errors import QueryError
from kg.store import Store

TESTED = {
    "programs-by-province",
    "provinces-of-program",
    "provinces-of-theme",
    "themes-ranked",
    "programs-shared",
    "fact-evidence",
    "serves-evidence",
    "programs-per-province",
    "themes-two-hops",
    "label-search",
}


def run(store: Store, name: str, **params: str) -> list[dict[str, str]]:
    q = load_saved(name)
    return store.select(q.text, params=parse_params(q, [f"{k}={v}" for k, v in params.items()]))


def test_every_saved_query_is_tested_and_documented() -> None:
    saved = list_saved()
    assert {q.name for q in saved} == TESTED
    for q in saved:
        assert q.description, q.name
        assert q.path.stem == q.name
        for pname, pdesc in q.params:
            assert f"?param_{pname}" in q.text and pdesc, (q.name, pname)


def test_programs_by_province(sample_store: Store) -> None:
    rows = run(sample_store, "programs-by-province", province="河南")
    assert {r["program"] for r in rows} >= {"中原大讲堂", "经纬讲坛", "读书分享会"}
    assert {r["province"] for r in rows} == {"河南"}
    assert run(sample_store, "programs-by-province", province="河南省") == rows


def test_provinces_of_program_with_first_seen_date(sample_store: Store) -> None:
    rows = run(sample_store, "provinces-of-program", program="三百工程")
    assert [(r["province"], r["firstSeen"]) for r in rows] == [
        ("天津", "2023-09-27"),
        ("湖南", "2023-09-27"),
    ]
    assert rows[0]["node"] == "https://w3id.org/zhkg/id/program/三百工程"
    assert run(sample_store, "provinces-of-program", program="no such program") == []


def test_provinces_of_theme_since_when() -> None:
    # three dated stories: which provinces run programs serving 乡村振兴 (or a narrower
    # theme, 和美乡村), since when, and through which programs
    with Store(None) as store:
        for doc_id, date, text in (
            ("a", "2024-03-01", "湖南实施“湘村振兴”工程，助力乡村振兴。"),
            ("b", "2021-06-01", "浙江深入实施“千万工程”，助力和美乡村建设。"),
            (
                "c",
                "2022-09-01",
                "浙江开展“春风”行动，助力乡村振兴。河北实施“冀云”计划，聚焦数字经济。",
            ),
        ):
            kg.build_text(text, store, id=doc_id, date=date, title=doc_id)
        rows = run(store, "provinces-of-theme", theme="乡村振兴")
        got = [(r["province"], r["firstSeen"], r["programs"], r["documents"]) for r in rows]
        assert got == [("浙江", "2021-06-01", "2", "2"), ("湖南", "2024-03-01", "1", "1")]
        assert set(rows[0]["through"].split("、")) == {"“千万工程”", "“春风”行动"}
        assert rows[1]["node"] == "https://w3id.org/zhkg/id/province/hunan"
        # the narrower theme alone, and a theme no program serves
        assert [r["province"] for r in run(store, "provinces-of-theme", theme="和美乡村")] == [
            "浙江"
        ]
        assert run(store, "provinces-of-theme", theme="养老") == []


def test_themes_ranked(sample_store: Store) -> None:
    rows = run(sample_store, "themes-ranked")
    assert rows[0]["theme"] == "党的创新理论"
    assert rows[0]["programs"] == "8"
    counts = [int(r["programs"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    by_theme = {r["theme"]: r for r in rows}
    # 三百工程 (完善党员干部培训体系 is not a program: an unquoted name with a weak type word)
    assert by_theme["干部教育培训"]["programs"] == "1"


def test_programs_shared(sample_store: Store) -> None:
    rows = run(sample_store, "programs-shared", a="湖南", b="天津")
    assert [r["node"] for r in rows] == ["https://w3id.org/zhkg/id/program/三百工程"]
    rows = run(sample_store, "programs-shared", a="黑龙江", b="新疆维吾尔自治区")
    assert [r["program"] for r in rows] == ["述学评学考学"]
    assert run(sample_store, "programs-shared", a="湖南", b="河南") == []
    assert run(sample_store, "programs-shared", a="湖南", b="湖南") == []


def test_fact_evidence(sample_store: Store) -> None:
    rows = run(sample_store, "fact-evidence", province="湖南", program="三百工程")
    assert len(rows) == 1
    (row,) = rows
    assert row["sentence"].startswith("湖南、天津实施干部教育培训“三百工程”")
    assert row["document"] == "seed-2023-09-27-zuzhi"
    assert row["date"] == "2023-09-27"
    assert row["rule"] and 0.5 <= float(row["confidence"]) <= 1.0
    assert run(sample_store, "fact-evidence", province="河南", program="三百工程") == []


def test_serves_evidence(sample_store: Store) -> None:
    rows = run(sample_store, "serves-evidence", program="三百工程", theme="党的创新理论")
    assert [r["sentence"][:19] for r in rows] == ["湖南、天津实施干部教育培训“三百工程”"]
    (row,) = rows
    assert (row["theme"], row["words"]) == ("党的创新理论", "党的创新理论")
    assert row["document"] == "seed-2023-09-27-zuzhi" and row["date"] == "2023-09-27"
    assert row["rule"].startswith("serves.") and 0.0 < float(row["confidence"]) < 1.0
    # a broader theme of the vocabulary finds the evidence of the narrower one it states
    broader = load_saved("serves-evidence")
    assert "skos:broader*" in broader.text
    assert run(sample_store, "serves-evidence", program="三百工程", theme="乡村振兴") == []


def test_programs_per_province(sample_store: Store) -> None:
    rows = run(sample_store, "programs-per-province")
    assert rows[0]["province"] == "河南"
    assert rows[0]["programs"] == "6"
    assert len(rows) == 22  # provinces implementing something in the sample
    counts = [int(r["programs"]) for r in rows]
    assert counts == sorted(counts, reverse=True)


def test_themes_two_hops(sample_store: Store) -> None:
    rows = run(sample_store, "themes-two-hops", province="河南")
    assert [(r["theme"], r["programs"]) for r in rows] == [
        ("理论素养", "4"),
        ("党的创新理论", "1"),
        ("青年干部理论", "1"),  # the topic the name states, beside its purpose (0.9.97)
    ]
    assert "中原大讲堂" in rows[0]["through"]


def test_label_search(sample_store: Store) -> None:
    rows = run(sample_store, "label-search", text="延安")
    # with the facts each takes part in: 延安精神再教育 is implemented by one province and
    # serves one theme; the vocabulary's 延安精神 is a theme no fact of the sample uses
    assert {(r["kind"], r["node"].rsplit("/", 1)[-1], r["facts"]) for r in rows} == {
        ("program", "弘扬延安精神、培塑优良作风专题培训班", "1"),
        ("program", "延安精神再教育", "2"),
        ("theme", "yanan-spirit", "0"),
    }
    with pytest.raises(QueryError, match="label-search needs --param text="):
        run(sample_store, "label-search", text="")  # nothing to look for: said, not 0 rows
    hunan = run(sample_store, "label-search", text="hunan")  # case-insensitive, English labels
    assert [r["node"] for r in hunan] == ["https://w3id.org/zhkg/id/province/hunan"]


def test_cli_list_and_run_saved(sample_store_dir: object) -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["query", "--list"], obj={})
    assert listed.exit_code == 0
    for name in TESTED:
        assert name in listed.output
    out = runner.invoke(
        cli,
        [
            "query",
            "--store",
            str(sample_store_dir),
            "--saved",
            "programs-shared",
            "--param",
            "a=湖南",
            "--param",
            "b=天津",
            "--format",
            "csv",
        ],
        obj={},
    )
    assert out.exit_code == 0, out.output
    assert "三百工程" in out.output


# Values that tried to escape their literal when parameters were substituted in several
# passes (issue 14.2): each must ask for a name nobody has, like any unknown name.
HOSTILE = [
    "UNDEF } ?param_program kg:text ?date . #",
    "?param_b",
    "?param_a",
    "?param_province_zh",
    '" } ?s ?p ?o . #',
    "\\",
]
EXAMPLES = {
    "province": "湖南",
    "program": "三百工程",
    "theme": "党的创新理论",
    "a": "湖南",
    "b": "天津",
    "text": "延安",
}


@pytest.mark.parametrize("value", HOSTILE)
@pytest.mark.parametrize("name", sorted(TESTED))
def test_a_hostile_value_asks_for_a_name_nobody_has(
    sample_store: Store, name: str, value: str
) -> None:
    q = load_saved(name)
    for param, _ in q.params:
        others = {p: EXAMPLES[p] for p, _ in q.params if p != param}
        unknown = sample_store.select(q.text, params={**others, param: "no such name"})
        hostile = sample_store.select(q.text, params={**others, param: value})
        assert hostile == unknown, (param, value)
