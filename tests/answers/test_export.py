"""Exports: every format writes, parses back, and is deterministic."""

from __future__ import annotations

import csv
import io
import os
import re
import stat
import threading
from pathlib import Path

import networkx as nx
import pytest
from rdflib import RDF, RDFS, Dataset, Graph

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


# ---------------------------------------------------------------- where the bytes go (14.7)


def test_a_link_is_written_through_and_stays_a_link(sample_store: Store, tmp_path: Path) -> None:
    (tmp_path / "real").mkdir()
    target = tmp_path / "real" / "graph.nt"
    target.write_text("old\n")
    target.chmod(0o640)
    link = tmp_path / "graph.nt"
    link.symlink_to(target)
    export(sample_store, link)
    assert link.is_symlink() and link.resolve() == target.resolve()
    assert len(Graph().parse(target, format="nt")) > 1000
    assert target.stat().st_mode & 0o777 == 0o640  # the file keeps its mode
    dangling = tmp_path / "new.ttl"
    dangling.symlink_to(tmp_path / "real" / "made.ttl")
    export(sample_store, dangling)
    assert dangling.is_symlink() and (tmp_path / "real" / "made.ttl").stat().st_size > 1000
    assert not list(tmp_path.rglob("*.part"))


def test_a_pipe_is_written_to_as_it_is(sample_store: Store, tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    export(sample_store, fifo, "ntriples")
    reader.join(30)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # not replaced by a regular file
    assert got and len(got[0].splitlines()) > 1000


def test_dash_writes_to_standard_output(
    sample_store_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from click.testing import CliRunner

    from kg.cli import cli

    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(
        cli, ["export", "--store", str(sample_store_dir), "-o", "-", "--format", "ntriples"], obj={}
    )
    assert r.exit_code == 0, r.output
    assert len(Graph().parse(data=r.stdout, format="nt")) > 1000
    assert r.stderr == "" and list(tmp_path.iterdir()) == []


def test_a_directory_is_refused_in_one_line(sample_store: Store, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="is a directory"):
        export(sample_store, tmp_path, "turtle")


# ---------------------------------------------------------------- labels (14.8)

CJK = re.compile(r"[\u3400-\u9fff]")
MADE_UP = re.compile(r"/theme/new(?:/|%2F)")  # a theme made up from the text


def _graphml_labels(store: Store, path: Path, lang: str) -> dict[str, tuple[str, str]]:
    export(store, path, lang=lang)
    g = nx.read_graphml(path)
    return {n: (d["kind"], d["label"]) for n, d in g.nodes(data=True)}


def test_labels_are_chinese_by_default_and_english_on_request(
    sample_store: Store, tmp_path: Path
) -> None:
    zh = _graphml_labels(sample_store, tmp_path / "zh.graphml", "zh")
    assert zh and all(CJK.search(label) for _, label in zh.values()), zh
    en = _graphml_labels(sample_store, tmp_path / "en.graphml", "en")
    themes = {n: label for n, (kind, label) in en.items() if kind == "theme"}
    # the vocabulary's themes have English labels; one made up from the text keeps its own
    known = {n: label for n, label in themes.items() if not MADE_UP.search(n)}
    assert known and all(not CJK.search(label) for label in known.values()), known
    assert all(en[n] == zh[n] for n in themes.keys() - known.keys())
    assert en["https://w3id.org/zhkg/id/province/hunan"][1] == "Hunan"
    assert zh["https://w3id.org/zhkg/id/province/hunan"][1] == "湖南"
    programs = [n for n, (kind, _) in en.items() if kind == "program"]
    assert programs and all(en[n] == zh[n] for n in programs)  # no English names: Chinese
    export(sample_store, tmp_path / "facts.csv")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "facts.csv").read_text("utf-8-sig"))))
    assert all(CJK.search(r["object_label"]) and CJK.search(r["subject_label"]) for r in rows)
    with pytest.raises(ExportError, match="--lang"):
        export(sample_store, tmp_path / "x.csv", lang="fr")


# ---------------------------------------------------------------- bytes (14.5, 14.11)


def test_graphml_and_xml_hold_text_with_control_characters(
    memory_store: Store, tmp_path: Path
) -> None:
    from kg.pipeline.build import build_documents
    from kg.read import read_text

    text = "河北实施“\x1b[31m红色\x1b[0m工程”。"
    build_documents([read_text(text, id="esc")], memory_store)
    export(memory_store, tmp_path / "g.graphml")
    labels = {d["label"] for _, d in nx.read_graphml(tmp_path / "g.graphml").nodes(data=True)}
    assert any("\ufffd[31m红色\ufffd[0m工程" in label for label in labels), labels
    # a control character that reached the store another way (an update) is replaced too
    memory_store.oxigraph.update(
        'INSERT DATA { GRAPH <urn:x> { <urn:p> a kg:Program ; rdfs:label "x\\u001by"@zh . '
        "<https://w3id.org/zhkg/id/province/hebei> kg:implements <urn:p> } }",
        prefixes={"kg": "https://w3id.org/zhkg/ontology#", "rdfs": str(RDFS)},
    )
    memory_store.oxigraph.update(
        "INSERT DATA { GRAPH <urn:x> { <urn:a> a kg:Assertion ; rdf:subject "
        "<https://w3id.org/zhkg/id/province/hebei> ; rdf:predicate kg:implements ; "
        "rdf:object <urn:p> ; kg:confidence 0.9 } }",
        prefixes={"kg": "https://w3id.org/zhkg/ontology#", "rdf": str(RDF)},
    )
    export(memory_store, tmp_path / "g2.graphml")
    g = nx.read_graphml(tmp_path / "g2.graphml")
    assert g.nodes["urn:p"]["label"] == "x\ufffdy"


def test_the_three_triple_counts_agree(sample_store: Store, tmp_path: Path) -> None:
    from kg.answers.stats import graph_stats
    from kg.answers.validate import validate_store

    export(sample_store, tmp_path / "g.nt")
    export(sample_store, tmp_path / "g.ttl")
    exported = len((tmp_path / "g.nt").read_text("utf-8").splitlines())
    assert graph_stats(sample_store)["triples"] == exported
    assert validate_store(sample_store).triples == exported
    assert len(Graph().parse(tmp_path / "g.ttl", format="turtle")) == exported
