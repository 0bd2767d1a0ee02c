"""The ``kg`` command through click's CliRunner: help, the main flows, one-line errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from tests.paths import SHARED

COMMANDS = ["build", "query", "export", "view", "stats", "validate", "eval"]


def run(*args: str, input: bytes | str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), obj={}, input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command: str) -> None:
    code, out, _ = run(command, "--help")
    assert code == 0
    assert "Example:" in out


def test_group_help() -> None:
    code, out, _ = run("--help")
    assert code == 0
    for c in COMMANDS:
        assert c in out


def test_build_query_export_validate(tmp_path: Path, sample: Path) -> None:
    store = str(tmp_path / "st")
    code, _, err = run("build", str(sample), "--store", store)
    assert code == 0, err
    assert "1 document built" in err
    code, out, _ = run("build", str(sample), "--store", store, "--quiet")
    assert code == 0
    code, out, _ = run(
        "query",
        "--store",
        store,
        "--format",
        "json",
        "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p kg:implements ?g }",
    )
    assert code == 0
    n = int(json.loads(out)["results"]["bindings"][0]["n"]["value"])
    assert n >= 20
    code, out, _ = run(
        "query", "--store", store, "--saved", "programs-by-province", "--param", "province=湖南"
    )
    assert code == 0 and "三百工程" in out
    code, out, _ = run("query", "--store", store, "--format", "csv", "ASK { ?p kg:implements ?g }")
    assert out.strip() == "true"
    code, out, _ = run(
        "query", "--store", store, "CONSTRUCT { ?p kg:implements ?g } WHERE { ?p kg:implements ?g }"
    )
    assert code == 0 and "kg:implements" in out
    for name in ("g.ttl", "g.nq", "g.csv"):
        code, _, err = run("export", "--store", store, "-o", str(tmp_path / name))
        assert code == 0, err
    code, out, _ = run("validate", "--store", store)
    assert code == 0 and out.startswith("valid")
    code, out, _ = run("stats", "--store", store, "--json")
    stats = json.loads(out)
    assert stats["documents"] == 1 and stats["implements"] >= 40


def test_stdin_is_a_document(tmp_path: Path) -> None:
    store = str(tmp_path / "st")
    code, _, err = run(
        "build", "-", "--store", store, input="湖南、天津实施干部教育培训“三百工程”。".encode()
    )
    assert code == 0, err
    code, out, _ = run(
        "query",
        "--store",
        store,
        "--format",
        "csv",
        "SELECT ?p WHERE { ?p kg:implements ?g } ORDER BY ?p",
    )
    assert "hunan" in out and "tianjin" in out


def test_user_errors_are_one_line(tmp_path: Path, sample: Path) -> None:
    store = str(tmp_path / "st")
    run("build", str(sample), "--store", store)
    before = tmp_path / "before.nt"
    run("export", "--store", store, "-o", str(before))
    cases = [
        ("build", str(tmp_path / "missing.txt"), "--store", store),
        ("query", "--store", store, "SELEC ?x"),
        ("query", "--store", store, "DELETE WHERE { ?s ?p ?o }"),
        ("export", "--store", store, "-o", str(tmp_path / "x.docx")),
        ("export", "--store", store, "-o", str(tmp_path / "x.ttl"), "--format", "docx"),
        ("query", "--store", str(tmp_path / "nostore"), "ASK {}"),
        ("query", "--store", store, "--saved", "no-such-query"),
    ]
    for args in cases:
        code, _, err = run(*args)
        assert code != 0, args
        lines = err.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("kg: error:"), (args, err)
        assert "Traceback" not in err
    after = tmp_path / "after.nt"
    run("export", "--store", store, "-o", str(after))
    assert before.read_bytes() == after.read_bytes()


def test_bad_document_leaves_the_store_unchanged(tmp_path: Path, sample: Path) -> None:
    store = str(tmp_path / "st")
    run("build", str(sample), "--store", store)
    run("export", "--store", store, "-o", str(tmp_path / "a.nq"))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    code, _, err = run("build", str(bad), "--store", store)
    assert code != 0 and str(bad) in err and len(err.strip().splitlines()) == 1
    run("export", "--store", store, "-o", str(tmp_path / "b.nq"))
    assert (tmp_path / "a.nq").read_bytes() == (tmp_path / "b.nq").read_bytes()


def test_keep_going_builds_the_good_ones(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("湖南、天津实施干部教育培训“三百工程”。", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    store = str(tmp_path / "st")
    code, _, err = run("build", str(good), str(empty), "--store", store, "--keep-going")
    assert code == 2
    assert "empty.txt" in err
    code, out, _ = run("stats", "--store", store, "--json")
    assert json.loads(out)["documents"] == 1


def test_eval_prints_figures(tmp_path: Path) -> None:
    shared_gold = SHARED / "gold"
    if not shared_gold.exists():
        pytest.skip("../shared is not beside the checkout")
    code, out, _ = run("eval", *map(str, sorted(shared_gold.glob("*.jsonl"))), "--no-errors")
    assert code == 0
    assert "implements" in out and "F1" in out and "traps hit" in out
    code, out, _ = run("eval", *map(str, sorted(shared_gold.glob("*.jsonl"))), "--json")
    data = json.loads(out)
    assert data["implements"]["f1"] >= 0.95
