"""The ``kg`` command through click's CliRunner: help, the main flows, one-line errors."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

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


def test_version_names_the_extractor() -> None:
    # the figures of the docs are given by the extractor's version, not the package's
    from kg.relate.extract import EXTRACTOR_VERSION

    code, out, _ = run("--version")
    assert code == 0
    assert re.match(r"kg, version \S+ \(extractor " + re.escape(EXTRACTOR_VERSION) + r"\); ", out)


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


def test_stats_tells_programs_named_from_programs_implemented(tmp_path: Path) -> None:
    doc = tmp_path / "two.txt"
    # a city acting alone names a program that no province implements
    doc.write_text("湖南实施“三百工程”。杭州市实施“城市大脑”工程。", encoding="utf-8")
    store = str(tmp_path / "st")
    code, _, err = run("build", str(doc), "--store", store)
    assert code == 0, err
    code, out, _ = run("stats", "--store", store, "--json")
    stats = json.loads(out)
    assert (stats["programs"], stats["programs implemented"], stats["implements"]) == (2, 1, 1)
    code, out, _ = run("stats", "--store", store)
    assert re.search(r"^programs implemented +1$", out, re.M)


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


# ---------------------------------------------------------------- issue 16: queries


def _rows(out: str) -> list[str]:
    return [line for line in out.splitlines() if line and not line.startswith("(")]


@pytest.mark.parametrize("name", ["zhejiang", "Zhejiang", "浙", "浙江省", "ZHE JIANG"])
def test_param_names_match_however_typed(sample_store_dir: Path, name: str) -> None:
    store = str(sample_store_dir)
    base = "programs-by-province"
    _, want, _ = run("query", "--store", store, "--saved", base, "--param", "province=浙江")
    code, out, err = run("query", "--store", store, "--saved", base, "--param", f"province={name}")
    assert code == 0, err
    assert len(_rows(want)) > 2 and _rows(out) == _rows(want)


def test_param_names_of_programs_and_pairs_resolve(sample_store_dir: Path) -> None:
    store = str(sample_store_dir)
    code, out, err = run(
        "query", "--store", store, "--saved", "programs-shared", "--param", "a=hunan",
        "--param", "b=Tianjin", "--format", "csv",
    )  # fmt: skip
    assert code == 0 and "三百工程" in out, err
    code, out, err = run(
        "query", "--store", store, "--saved", "provinces-of-program",
        "--param", "program=幹部教育培訓「三百工程」", "--format", "csv",
    )  # fmt: skip
    assert code == 0 and "湖南" in out and "天津" in out, err


def test_a_name_that_matches_nothing_is_refused_with_the_nearest(sample_store_dir: Path) -> None:
    code, out, err = run(
        "query", "--store", str(sample_store_dir), "--saved", "programs-by-province",
        "--param", "province=zhe",
    )  # fmt: skip
    assert code == 4 and out == ""
    assert err.strip() == (
        "kg: error: --param province=zhe: no province is named 'zhe'; did you mean 浙江省 (province)?"
    )


@pytest.mark.parametrize(
    ("args", "says"),
    [
        (("SELECT * { ?s ?p ?o }", "--saved", "themes-ranked"), "not both"),
        (("SELECT * { ?s ?p ?o }", "-f", "x.rq"), "not both"),
        (("--saved", "themes-ranked", "-f", "x.rq"), "not both"),
        (("SELECT * { ?s ?p ?o }", "--param", "a=b"), "--param is for saved queries"),
        ((), "give a query"),
    ],
)
def test_query_sources_are_one_at_a_time(
    sample_store_dir: Path, tmp_path: Path, args: tuple[str, ...], says: str
) -> None:
    (tmp_path / "x.rq").write_text("ASK {}", encoding="utf-8")
    args = tuple(str(tmp_path / a) if a == "x.rq" else a for a in args)
    code, out, err = run("query", "--store", str(sample_store_dir), *args)
    assert code == 4 and out == "" and says in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("sparql", "says"),
    [
        ("SELCT ?p WHERE { ?p ?q ?r }", "line 1, column 1: a query starts with SELECT"),
        ("SELCT ?p WHERE { ?p ?q ?r }", "did you mean SELECT?"),
        (
            "SELECT ?p WHERE {\n  ?p kg:implements ?g .\n  ?g foo:label ?l }",
            "line 3, column 6: unknown prefix 'foo:'",
        ),
        ("SELECT ?p WHERE { ?p kgg:x ?g . ?g skso:x ?l }", "did you mean skos:?"),
        (
            "SELECT ?p WHERE { ?p ?q ?r } LIMT 3",
            "'LIMT' is not a SPARQL keyword; did you mean LIMIT?",
        ),
        ("SELECT ?p WHERE { ?p ?q ?r . FILTER(?r = 1 }", "a ')' is missing"),
        ("ASK { ?p ?q ?r ", "line 1, column 5: the '{' here is never closed"),
        ("SELECT ?p WHERE { ?p ?q ?r . FILTER(?r = ) }", "line 1, column 30, at 'FILTER'"),
        (
            "SELECT ?x WHERE {\n ?x kg:a ?y .\n ?y kg:b ?z\n ?z kg:c 1 }",
            "line 4, column 2, at '?z'",
        ),
    ],
)
def test_sparql_errors_say_where_and_what(sample_store_dir: Path, sparql: str, says: str) -> None:
    code, _, err = run("query", "--store", str(sample_store_dir), sparql)
    assert code == 4 and len(err.strip().splitlines()) == 1
    assert says in err, err
    assert "Prefix not found" not in err and "['%']" not in err


def test_unknown_prefix_lists_the_known_ones(sample_store_dir: Path) -> None:
    _, _, err = run("query", "--store", str(sample_store_dir), "SELECT * { ?s foo:x ?o }")
    assert "predefined one: dcterms, doc, kg, kgg, owl" in err


def test_a_refused_update_names_the_flag_not_the_keyword(sample_store_dir: Path) -> None:
    code, _, err = run("query", "--store", str(sample_store_dir), "DELETE WHERE { ?s ?p ?o }")
    assert code == 4 and "add --update" in err and "update=True" not in err


def test_one_row_is_one_row(sample_store_dir: Path) -> None:
    _, out, _ = run("query", "--store", str(sample_store_dir), "SELECT ?x { BIND(1 AS ?x) }")
    assert out.rstrip().endswith("(1 row)")


def test_a_closed_pipe_ends_quietly_with_status_0(sample_store_dir: Path) -> None:
    import subprocess
    import sys

    kg = [sys.executable, "-c", "from kg.cli import main; main()"]
    commands = [["query", "SELECT * { ?s ?p ?o }"], ["export", "-o", "-", "--format", "nt"]] * 2
    for command in commands:  # (kg export -o - | head ended with exit 5)
        proc = subprocess.Popen(
            [*kg, *command, "--store", str(sample_store_dir)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.readline()  # as head -n1: read one line, then close the pipe
        proc.stdout.close()
        err = proc.stderr.read()
        assert proc.wait(timeout=60) == 0 and err == b"", err


# ---------------------------------------------------------------- issue 16: building


def test_a_later_build_does_not_replace_another_files_document(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # d2/story.txt silently replaced d1/story.txt's document (both have the id story)
    monkeypatch.chdir(tmp_path)
    for folder, text in (("d1", "浙江深入实施“千万工程”。"), ("d2", "江苏实施“百校工程”。")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text, encoding="utf-8")
    assert run("build", "d1", "--store", "st")[0] == 0
    for jobs in ("1", "2"):
        code, _, err = run("build", "d2", "--store", "st", "--jobs", jobs)
        assert code == 2 and err.count("\n") == 1
        assert "'story' is in the store already, read from d1/story.txt; --id-from path" in err
    assert "千万工程" in run("query", "--store", "st", "SELECT ?g { ?p kg:implements ?g }")[1]
    assert run("build", "d2", "--store", "st", "--id-from", "path")[0] == 0
    (tmp_path / "d1" / "story.txt").write_text(
        "浙江深入实施“千万工程”，助力乡村振兴。", encoding="utf-8"
    )
    assert run("build", "d1", "--store", "st")[0] == 0  # (its own file, changed)
    assert run("build", "d2", "--store", "st", "--force")[0] == 0  # (the user's choice)
    (tmp_path / "d1").rename(tmp_path / "moved")
    (tmp_path / "d2" / "story.txt").write_text("江苏实施“百校工程”，推动教育。", encoding="utf-8")
    assert run("build", "d2", "--store", "st")[0] == 0  # (its own file now)


def _mixed(tmp_path: Path) -> Path:
    """A folder as users have them: good texts, a bad one, other types, repeated names."""
    d = tmp_path / "mixed"
    (d / "x").mkdir(parents=True)
    (d / "y").mkdir()
    (d / "a.txt").write_text("湖南、天津实施干部教育培训“三百工程”。", encoding="utf-8")
    (d / "b.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "c.txt").write_text("浙江实施“千万工程”。", encoding="utf-8")
    for name, data in [
        ("d.json", b"{}"),
        ("e.csv", b"a,b"),
        ("f.pdf", b"%PDF-1.4"),
        ("g.png", b""),
    ]:
        (d / name).write_bytes(data)
    (d / "x" / "index.txt").write_text("四川实施“天府工程”。", encoding="utf-8")
    (d / "y" / "index.txt").write_text("河南实施“中原工程”。", encoding="utf-8")
    return d


def _ids(store: str) -> list[str]:
    sparql = "SELECT ?id { ?d a kg:Document ; dcterms:identifier ?id } ORDER BY ?id"
    _, out, _ = run("query", "--store", store, "--format", "csv", sparql)
    return out.split()[1:]


def test_a_bad_file_stops_the_build_and_names_keep_going(tmp_path: Path) -> None:
    d, store = _mixed(tmp_path), str(tmp_path / "st")
    code, _, err = run("build", str(d), "--store", store)
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "b.txt: binary file" in err and "--keep-going builds the other inputs" in err
    assert _ids(store) == ["a"]  # what came before it stays


def test_files_of_other_types_are_counted_and_named(tmp_path: Path) -> None:
    d, store = _mixed(tmp_path), str(tmp_path / "st")
    code, _, err = run("build", str(d), "--store", store, "--keep-going")
    assert code == 2
    note = next(line for line in err.splitlines() if line.startswith("kg: note: passed over"))
    assert "4 files of other types (.csv .json .pdf .png)" in note
    for name in ("d.json", "e.csv", "f.pdf", "g.png"):
        assert name in note
    assert "4 files of other types passed over" in err.splitlines()[-1]
    assert "2 inputs failed" in err.splitlines()[-1]


def test_keep_going_builds_the_good_lines_of_json_lines(tmp_path: Path) -> None:
    lines = [
        '{"id": "a", "text": "浙江深入实施“千万工程”，助力乡村振兴。"}',
        '{"id": "b", bad',
        '{"id": "c", "text": "湖南实施“三百工程”。"}',
        '{"id": "d", "text": ""}',
    ]
    data = tmp_path / "news.jsonl"
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = str(tmp_path / "st")
    code, _, err = run("build", str(data), "--store", store)  # without: the whole file stops
    assert code == 2 and err.startswith(f"kg: error: {data}: line 2: invalid JSON")
    assert _ids(store) == []
    code, _, err = run("build", str(data), "--store", store, "--keep-going")
    assert code == 2
    assert f"kg: skipped: {data}: line 2: invalid JSON" in err
    assert f"kg: skipped: {data}: line 4: missing 'text'" in err
    assert _ids(store) == ["a", "c"]
    # a line refused keeps no id: a later line may use it
    lines = [
        '{"id": "e", "text": "浙江实施“千万工程”。", "title": 5}',
        '{"id": "e", "text": "浙江实施“千万工程”。"}',
    ]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    code, _, err = run("build", str(data), "--store", store, "--keep-going")
    assert code == 2 and f"{data}: line 1: 'title' must be a string" in err and "line 2" not in err
    assert _ids(store) == ["a", "c", "e"]


def test_repeated_names_are_refused_with_a_way_out(tmp_path: Path) -> None:
    d, store = _mixed(tmp_path), str(tmp_path / "st")
    _, _, err = run("build", str(d), "--store", store, "--keep-going")
    assert "document id 'index' is also used by" in err and "--id-from path" in err
    assert _ids(store) == ["a", "c", "index"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_ids_from_paths(tmp_path: Path, jobs: str) -> None:
    d, store = _mixed(tmp_path), str(tmp_path / "st")
    (d / "b.txt").unlink()
    code, _, err = run("build", str(d), "--store", store, "--id-from", "path", "--jobs", jobs)
    assert code == 0, err
    prefix = str(d).lstrip("/") + "/"  # an absolute path outside the working directory
    assert _ids(store) == [prefix + p for p in ("a", "c", "x/index", "y/index")]
    code, _, err = run("build", str(d / "x" / "index.txt"), "--store", store, "--id-from", "path")
    assert code == 0 and "1 unchanged" in err  # the same path: the same document


def test_ids_from_paths_inside_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    d = _mixed(tmp_path)
    (d / "b.txt").unlink()
    monkeypatch.chdir(tmp_path)
    code, _, err = run("build", "mixed", "--store", "st", "--id-from", "path")
    assert code == 0, err
    assert _ids("st") == ["mixed/a", "mixed/c", "mixed/x/index", "mixed/y/index"]
    code, _, err = run("build", str(d / "c.txt"), "--store", "st", "--id-from", "path")
    assert code == 0 and _ids("st") == ["mixed/a", "mixed/c", "mixed/x/index", "mixed/y/index"]


def test_one_document_one_fact_one_input(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text("浙江实施“千万工程”。", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    code, _, err = run("build", str(good), str(empty), "--store", str(tmp_path / "st"), "-k")
    assert code == 2
    assert err.splitlines()[-1].startswith("1 document built; 1 sentence, 1 fact stated, ")
    assert err.splitlines()[-1].endswith("; 1 input failed")


def _serve_once(reply: bytes | None) -> tuple[str, Any]:
    """A TCP server on loopback that greets with ``reply`` (or says nothing)."""
    import socket
    import threading

    server = socket.create_server(("127.0.0.1", 0))
    server.settimeout(30)

    def answer() -> None:
        try:
            conn, _ = server.accept()
        except OSError:
            return
        with conn:
            if reply is not None:
                conn.sendall(reply)
            conn.settimeout(10)
            try:
                conn.recv(1024)
            except OSError:
                pass

    threading.Thread(target=answer, daemon=True).start()
    return f"tcp://127.0.0.1:{server.getsockname()[1]}", server


@pytest.mark.parametrize(
    ("reply", "says"),
    [
        (None, "sent no Dask handshake"),  # an HTTP server: waits for a request
        (b"SSH-2.0-OpenSSH_9.2\r\n", "something other than a Dask handshake"),
    ],
)
def test_dask_scheduler_that_is_not_one_fails_in_seconds(
    tmp_path: Path, reply: bytes | None, says: str
) -> None:
    import time

    pytest.importorskip("distributed")
    address, server = _serve_once(reply)
    good = tmp_path / "good.txt"
    good.write_text("浙江实施“千万工程”。", encoding="utf-8")
    start = time.monotonic()
    with server:
        code, _, err = run(
            "build", str(good), "--store", str(tmp_path / "st"), "--engine", "dask",
            "--scheduler", address,
        )  # fmt: skip
    assert time.monotonic() - start < 20
    assert code != 0 and len(err.strip().splitlines()) == 1
    assert err.startswith(f"kg: error: {address} is not a Dask scheduler") and says in err


def test_dask_scheduler_nobody_listens_on(tmp_path: Path) -> None:
    pytest.importorskip("distributed")
    address, server = _serve_once(None)
    server.close()  # the port is free again: nothing listens there
    code, _, err = run(
        "build", "-", "--store", str(tmp_path / "st"), "--scheduler", address, input="浙江。"
    )
    assert code != 0 and err.startswith(f"kg: error: cannot reach the Dask scheduler at {address}")


# ---------------------------------------------------------------- issue 16: wording, help


@pytest.mark.parametrize("command", sorted(cli.commands))
def test_every_option_has_help(command: str) -> None:
    import click

    missing = [
        p.opts[0]
        for p in cli.commands[command].params
        if isinstance(p, click.Option) and not p.help
    ]
    assert missing == []


def test_serve_quiet_says_what_it_silences() -> None:
    _, out, _ = run("serve", "--help")
    assert "No log of requests" in out and "progress bar" not in out


def test_view_says_what_it_wrote_once(sample_store_dir: Path, tmp_path: Path) -> None:
    page = tmp_path / "v.html"
    code, _, err = run("view", "--store", str(sample_store_dir), "-o", str(page))
    assert code == 0 and err.count(f"wrote {page}") == 1, err


def test_view_of_an_empty_store_says_so(tmp_path: Path) -> None:
    store = str(tmp_path / "st")
    run("build", "-", "--store", store, input="今天天气很好。")  # a document without facts
    code, _, err = run("view", "--store", store, "-o", str(tmp_path / "v.html"))
    assert code == 0
    assert f"kg: note: the page draws nothing: the store {store} holds no facts yet" in err


def test_analyze_checks_the_plot_file_before_any_work(
    sample_store_dir: Path, tmp_path: Path
) -> None:
    store = str(sample_store_dir)
    code, out, err = run(
        "analyze", "similarity", "--store", store, "--plot", str(tmp_path / "x.docx")
    )
    assert code == 8 and out == "" and "plots are written as .png, .svg, .pdf" in err
    code, out, err = run(
        "analyze", "similarity", "--store", store, "--plot", str(tmp_path / "x.pdf")
    )
    assert code == 0 and "jaccard" in out, err
    assert (tmp_path / "x.pdf").read_bytes().startswith(b"%PDF")


def test_eval_takes_no_store_and_the_readme_says_which_commands_do() -> None:
    from tests.paths import ROOT

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    takes = {
        name
        for name, cmd in cli.commands.items()
        if any(p.name == "store_path" for p in cmd.params)
    }
    assert "eval" not in takes
    line = next(x for x in readme.splitlines() if "take `--store DIR`" in x)
    assert takes and all(f"`{name}`" in line for name in takes), line
    assert "`eval` builds its gold documents in memory and takes no store" in line


@pytest.mark.parametrize(
    "name",
    ["三百工程", "幹部教育培訓「三百工程」", "三百", "https://w3id.org/zhkg/id/program/三百工程"],
)
def test_analyze_program_names_resolve(sample_store_dir: Path, name: str) -> None:
    code, out, err = run(
        "analyze",
        "diffusion",
        "--store",
        str(sample_store_dir),
        "--program",
        name,
        "--format",
        "csv",
    )
    assert code == 0, err
    assert out.count("program/三百工程") == 2  # 天津 and 湖南


def test_analyze_program_that_matches_nothing_suggests(sample_store_dir: Path) -> None:
    code, out, err = run(
        "analyze", "diffusion", "--store", str(sample_store_dir), "--program", "三白工程"
    )
    assert code == 8 and out == ""
    assert "no program is named '三白工程'; did you mean 干部教育培训“三百工程” (program)?" in err


def test_a_saved_query_without_its_required_names_says_which(sample_store_dir: Path) -> None:
    store = str(sample_store_dir)
    code, out, err = run(
        "query", "--store", store, "--saved", "programs-shared", "--param", "a=湖南"
    )
    assert code == 4 and out == ""
    assert err.strip() == (
        "kg: error: programs-shared needs --param b=… (another province's short or full name, "
        "e.g. 天津)"
    )
    _, out, _ = run("query", "--list")
    assert "programs-shared a=… b=…" in out and "programs-by-province [province=…]" in out


def test_a_file_given_as_the_store_is_named(tmp_path: Path, sample: Path) -> None:
    store = tmp_path / "notes.txt"
    store.write_text("mine", encoding="utf-8")
    for args in (["build", str(sample)], ["build", str(sample), "--replace-store"], ["stats"]):
        code, _, err = run(*args, "--store", str(store))
        assert code == 3
        assert err.strip() == f"kg: error: {store}: a file, not a store's folder"
    assert store.read_text(encoding="utf-8") == "mine"
