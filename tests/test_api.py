"""The Python API: the same capabilities as the command, usable in a notebook."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rdflib import Graph

import kg
from kg.errors import QueryError, StoreError, UnknownNameError


def test_extract_without_a_store() -> None:
    ex = kg.extract("湖南、天津实施干部教育培训“三百工程”。", id="t1")
    facts = {(a.subject.key, a.predicate) for a in ex.assertions}
    assert ("hunan", "implements") in facts and ("tianjin", "implements") in facts
    for a in ex.assertions:
        assert ex.document.text[a.evidence.start : a.evidence.end] == a.evidence.text


def test_build_query_export_in_memory(tmp_path: Path, sample: Path) -> None:
    store = kg.open_store(None)
    report = kg.build([sample], store=store)
    assert report.documents == 1 and report.assertions > 40
    rows = kg.query("SELECT ?g WHERE { province:hunan kg:implements ?g }", store=store)
    assert rows and all(r["g"].startswith("https://w3id.org/zhkg/id/program/") for r in rows)
    assert kg.query("ASK { province:tianjin kg:implements ?g }", store=store) is True
    kg.export(tmp_path / "g.ttl", store=store)
    assert len(Graph().parse(tmp_path / "g.ttl")) > 1000
    stats = kg.stats(store)
    assert stats["documents"] == 1 and stats["provinces implementing"] >= 20
    assert kg.validate(store).conforms


def test_build_text_replaces_a_document(tmp_path: Path) -> None:
    d = tmp_path / "st"
    kg.build_text("湖南实施“三百工程”。", store=d, id="x")
    kg.build_text("浙江实施“八八战略”工程。", store=d, id="x")
    rows = kg.query("SELECT ?p WHERE { ?p kg:implements ?g }", store=d)
    assert [r["p"].rsplit("/", 1)[-1] for r in rows] == ["zhejiang"]


# ---------------------------------------------------------------- what the notebooks use


def test_saved_queries_by_name_with_names_resolved(sample_store_dir: Path) -> None:
    names = [q.name for q in kg.saved_queries()]
    assert "programs-by-province" in names and "themes-ranked" in names
    by_name = kg.query(
        saved="programs-by-province", params={"province": "zhejiang"}, store=sample_store_dir
    )
    by_short = kg.query(
        saved="programs-by-province", params={"province": "浙江"}, store=sample_store_dir
    )
    assert by_name == by_short and len(by_name) >= 2
    assert {r["province"] for r in by_name} == {"浙江"}


def test_query_refuses_text_and_name_together(sample_store_dir: Path) -> None:
    with pytest.raises(QueryError, match="not both"):
        kg.query("ASK {}", store=sample_store_dir, saved="themes-ranked")
    with pytest.raises(UnknownNameError, match="did you mean 浙江省"):
        kg.query(saved="programs-by-province", params={"province": "zhe"}, store=sample_store_dir)


def test_query_runs_an_update_only_when_asked(tmp_path: Path) -> None:
    store = tmp_path / "st"
    kg.build_text("湖南实施“三百工程”。", store=store, id="x")
    drop = "DELETE WHERE { GRAPH ?x { ?p kg:implements ?g } }"
    with pytest.raises(QueryError, match="add --update"):
        kg.query(drop, store=store)
    assert kg.query(drop, store=store, update=True) is None
    assert kg.query("ASK { ?p kg:implements ?g }", store=store) is False


def test_resolve_a_name(sample_store_dir: Path) -> None:
    found = kg.resolve("zhejiang", store=sample_store_dir)
    assert found.iris == ("https://w3id.org/zhkg/id/province/zhejiang",) and found.label == "浙江省"
    assert not kg.resolve("zhe", store=sample_store_dir, kinds=("province",))


def test_sample_and_a_collection_build(tmp_path: Path) -> None:
    assert kg.sample_path().is_file()
    folder = tmp_path / "coll"
    folder.mkdir()
    (folder / "index.tsv").write_text(
        "id\ttitle\tdate\tchars\na1\t一\t2025-01-02\t9\na2\t二\t2025-02-03\t9\n", encoding="utf-8"
    )
    (folder / "a1.txt").write_text("湖南实施“三百工程”。", encoding="utf-8")
    (folder / "a2.txt").write_text("浙江推进数字化改革。", encoding="utf-8")
    docs = kg.read_collection(folder, contains="实施")
    assert [(d.id, d.date) for d in docs] == [("a1", "2025-01-02")]
    report = kg.build_documents(docs, store=tmp_path / "st")
    assert report.documents == 1
    assert kg.query("ASK { province:hunan kg:implements ?g }", store=tmp_path / "st") is True


def test_find_shared_follows_the_environment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("KG_SHARED", str(tmp_path))
    assert kg.find_shared() == tmp_path
    monkeypatch.setenv("KG_SHARED", str(tmp_path / "missing"))
    assert kg.find_shared() is None


def test_format_table_cuts_whole_rows(sample_store_dir: Path) -> None:
    table = kg.analyze("similarity", store=sample_store_dir)[0]
    assert len(table) > 5
    text = kg.format_table(table, max_rows=3)
    lines = text.rstrip("\n").splitlines()
    assert len(lines) == 1 + 2 + 3 + 1  # title, header, rule, three rows, the note
    assert lines[-1] == f"(the first 3 of {len(table)} rows)"
    whole = kg.format_table(table).splitlines()
    assert [line.split() for line in lines[3:6]] == [line.split() for line in whole[3:6]]
    assert kg.format_table(table) == kg.format_table(table, max_rows=len(table))


def test_every_public_name_is_documented() -> None:
    for name in kg.__all__:
        obj = getattr(kg, name)
        if callable(obj):
            assert obj.__doc__, name


def test_similarity_heatmap_leaves_the_diagonal_blank(tmp_path: Path) -> None:
    import math

    store = tmp_path / "st"
    kg.build_text(
        "湖南实施“甲工程”、“乙工程”、“丙工程”、“丁工程”。天津实施“甲工程”、“戊工程”、“己工程”。",
        store=store,
        id="x",
    )
    table = kg.analyze("similarity", store=store)[0]
    top = max(r[-1] for r in table.rows)
    assert 0 < top < 0.5
    fig = kg.analyze_plot(table)
    image = fig.axes[0].images[0]
    data = image.get_array()
    assert all(math.isnan(float(data.filled(math.nan)[i][i])) or data.mask[i][i] for i in range(2))
    assert image.norm.vmax == pytest.approx(top)  # the pairs' own scale, not 1


def test_readers_refuse_a_missing_store_and_create_none(tmp_path: Path) -> None:
    # a mistyped store is an error, as for the command, not a new empty store
    missing = tmp_path / "typo-store"
    for read in (kg.stats, kg.validate, lambda store: kg.export(tmp_path / "g.ttl", store=store)):
        with pytest.raises(StoreError, match="no store here"):
            read(store=missing)
    with pytest.raises(StoreError, match="no store here"):
        kg.view(tmp_path / "v.html", store=missing)
    with pytest.raises(StoreError, match="no store here"):
        kg.query("SELECT ?s WHERE { ?s ?p ?o }", store=missing)
    with pytest.raises(StoreError, match="no store here"):
        kg.analyze("centrality", store=missing)
    assert not missing.exists()


def test_the_default_store_follows_the_environment(tmp_path: Path) -> None:
    # $KG_STORE names the default store of the functions, as of the command
    code = "import kg\ntry:\n    kg.stats()\nexcept kg.errors.StoreError as exc:\n    print(exc)"
    env = {**os.environ, "KG_STORE": str(tmp_path / "st")}
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert out.stdout.startswith(f"{tmp_path / 'st'}: no store here"), out.stderr
