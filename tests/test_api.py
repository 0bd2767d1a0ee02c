"""The Python API: the same capabilities as the command, usable in a notebook."""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph

import kg


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
