"""Exports: every format writes, parses back, and is deterministic."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
from rdflib import Dataset, Graph

from kg.answers.export import export, format_for, safe_cell
from kg.errors import ExportError
from kg.pipeline.build import build_paths
from kg.store import Store


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("g.ttl", "turtle"),
        ("g.nt", "nt"),
        ("g.trig", "trig"),
        ("g.nq", "nquads"),
        ("g.jsonld", "json-ld"),
    ],
)
def test_rdf_exports_parse(sample_store: Store, tmp_path: Path, name: str, fmt: str) -> None:
    out = tmp_path / name
    export(sample_store, out)
    if fmt in ("trig", "nquads", "json-ld"):
        ds = Dataset()
        ds.parse(out, format=fmt)
        assert len(ds) > 1000 or sum(len(g) for g in ds.graphs()) > 1000
    else:
        g = Graph().parse(out, format=fmt)
        assert len(g) > 1000


def test_graphml_and_csv(sample_store: Store, tmp_path: Path) -> None:
    export(sample_store, tmp_path / "g.graphml")
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.number_of_edges() >= 40
    kinds = {d.get("kind") for _, d in g.nodes(data=True)}
    assert {"province", "program", "theme"} <= kinds
    export(sample_store, tmp_path / "facts.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "facts.csv").read_text("utf-8-sig"))))
    assert any(r["subject_label"] == "湖南" and "三百工程" in r["object_label"] for r in rows)
    assert all(r["sentence"] for r in rows)


def test_ntriples_export_is_identical_across_builds(tmp_path: Path, sample: Path) -> None:
    outs = []
    for i in range(2):
        with Store(tmp_path / f"s{i}") as store:
            build_paths([str(sample)], store)
            export(store, tmp_path / f"g{i}.nt")
        outs.append((tmp_path / f"g{i}.nt").read_bytes())
    assert outs[0] == outs[1]


def test_format_errors() -> None:
    with pytest.raises(ExportError, match="unknown export format"):
        format_for("x.ttl", "docx")
    with pytest.raises(ExportError, match="extension"):
        format_for("x.docx", None)
    assert format_for("x.json", None) == "jsonld"


def test_csv_cells_cannot_be_formulas() -> None:
    assert safe_cell('=HYPERLINK("x")') == '\'=HYPERLINK("x")'
    assert safe_cell("+1") == "'+1"
    assert safe_cell("湖南") == "湖南"


def test_big_stores_export_in_parallel_the_same_bytes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import importlib

    import pyoxigraph as ox

    from kg.pipeline.build import build_documents
    from kg.read import read_text
    from kg.store import Store

    export_module = importlib.import_module("kg.answers.export")
    texts = [
        "湖南实施“三百工程”。",
        "浙江实施“千村示范、万村整治”工程。",
        "四川实施“天府粮仓”行动。",
    ]
    with Store(tmp_path / "s") as store:
        build_documents([read_text(t, id=f"d{i}") for i, t in enumerate(texts * 4)], store)
    out: dict[str, bytes] = {}
    with Store(tmp_path / "s", read_only=True) as store:
        for threshold in (10**9, 3):  # one process; then a reader process per core
            monkeypatch.setattr(export_module, "PARALLEL_GRAPHS", threshold)
            monkeypatch.setattr(export_module.os, "cpu_count", lambda: 3)
            for fmt in ("nquads", "turtle"):
                path = tmp_path / f"{threshold}.{fmt}"
                export_module.export(store, path, fmt)
                out[f"{threshold}.{fmt}"] = path.read_bytes()
    assert out["3.nquads"] == out[f"{10**9}.nquads"]
    assert not list(tmp_path.glob("*.part"))

    def triples(data: bytes) -> set[str]:
        return {str(t) for t in ox.parse(data, format=ox.RdfFormat.TURTLE)}

    assert triples(out["3.turtle"]) == triples(out[f"{10**9}.turtle"])
    assert out["3.turtle"].count(b"@prefix kg:") == 3  # each part brings its prefixes
