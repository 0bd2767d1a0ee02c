"""A store on a SPARQL server: build, query and export against a real Oxigraph server."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError, StoreError
from kg.store.remote import RemoteStore, is_remote

TEXT = "湖南、天津实施干部教育培训“三百工程”，推动党的创新理论系统权威进教材。"


def _oxigraph() -> str:
    found = shutil.which("oxigraph") or str(Path(sys.executable).with_name("oxigraph"))
    if not Path(found).exists():
        pytest.skip("the oxigraph server is not installed (pip install oxigraph)")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def server(tmp_path: Path) -> Iterator[str]:
    """A fresh Oxigraph server on loopback; its base URL."""
    port = _free_port()
    proc = subprocess.Popen(
        [_oxigraph(), "serve", "--location", str(tmp_path / "ox"), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    err = proc.stderr.read().decode() if proc.stderr else ""
                    pytest.fail(f"oxigraph serve did not start: {err}")
                time.sleep(0.1)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def _run(*args: str) -> tuple[int, str, str]:
    r = CliRunner().invoke(cli, list(args), obj={})
    return r.exit_code, r.stdout, r.stderr


def test_build_query_export_against_a_server(server: str, sample: Path, tmp_path: Path) -> None:
    code, _, err = _run("build", str(sample), "--store", server)
    assert code == 0, err
    assert "1 document built" in err
    code, _, err = _run("build", str(sample), "--store", server)
    assert code == 0 and "1 unchanged" in err, err

    code, out, err = _run(
        "query", "--store", server, "--saved", "programs-by-province", "--param", "province=湖南"
    )
    assert code == 0, err
    assert "三百工程" in out
    code, out, _ = _run(
        "query", "--store", server, "--format", "csv", "ASK { ?p kg:implements ?g }"
    )
    assert out.strip() == "true"
    code, out, err = _run(
        "query",
        "--store",
        server,
        "CONSTRUCT { ?p kg:implements ?g } WHERE { ?p kg:implements ?g }",
    )
    assert code == 0, err
    assert "kg:implements" in out

    # the same graph as a local build
    local = str(tmp_path / "local")
    assert _run("build", str(sample), "--store", local, "--quiet")[0] == 0
    for name in ("g.nq", "g.ttl"):
        remote_out, local_out = tmp_path / f"remote-{name}", tmp_path / f"local-{name}"
        assert _run("export", "--store", server, "-o", str(remote_out))[0] == 0
        assert _run("export", "--store", local, "-o", str(local_out))[0] == 0
        if name.endswith(".nq"):
            assert sorted(remote_out.read_text().splitlines()) == sorted(
                local_out.read_text().splitlines()
            )
    from rdflib import Graph
    from rdflib.compare import isomorphic

    assert isomorphic(
        Graph().parse(tmp_path / "remote-g.ttl"), Graph().parse(tmp_path / "local-g.ttl")
    )


def test_rebuild_replaces_the_document_graph(server: str) -> None:
    from kg.pipeline.build import build_documents
    from kg.read import read_text

    with RemoteStore(server) as store:
        store.clear()
        assert not store.has_documents()
        build_documents([read_text(TEXT, id="d1")], store)
        assert store.has_documents()
        n = len(store)
        assert build_documents([read_text(TEXT, id="d1")], store).unchanged == 1
        build_documents([read_text(TEXT, id="d1")], store, force=True)
        assert len(store) == n
        build_documents([read_text("浙江实施“千村示范、万村整治”工程。", id="d1")], store)
        facts = store.select("SELECT ?p ?g WHERE { ?p kg:implements ?g }")
        assert [r["p"].rsplit("/", 1)[-1] for r in facts] == ["zhejiang"]
        assert store.documents() == ["d1"]
        assert store.content_hash("d1") is not None and store.content_hash("nope") is None
        store.clear()
        assert len(store) == 0


def test_view_and_json_results_from_a_server(server: str, sample: Path, tmp_path: Path) -> None:
    assert _run("build", str(sample), "--store", server, "--quiet")[0] == 0
    code, out, err = _run(
        "query",
        "--store",
        server,
        "--format",
        "json",
        "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p kg:implements ?g }",
    )
    assert code == 0, err
    assert int(json.loads(out)["results"]["bindings"][0]["n"]["value"]) >= 20
    page = tmp_path / "g.html"
    code, _, err = _run("view", "--store", server, "-o", str(page), "--quiet")
    assert code == 0, err
    assert "三百工程" in page.read_text(encoding="utf-8")


def test_errors_are_one_line(server: str) -> None:
    with RemoteStore(server) as store, pytest.raises(QueryError):
        store.select("SELECT WHERE {")
    with RemoteStore(server, read_only=True) as store, pytest.raises(StoreError):
        store.replace_document("d", "", "h")
    with pytest.raises(StoreError, match="cannot reach"):
        RemoteStore(f"http://127.0.0.1:{_free_port()}").documents()
    code, _, err = _run("query", "--store", server, "DROP ALL")
    assert code != 0 and "--update" in err


def test_endpoints_follow_the_url() -> None:
    assert is_remote("http://h:7878") and is_remote("HTTPS://h/ds") and not is_remote("kg-store")
    ox = RemoteStore("http://h:7878/")
    assert (ox.query_url, ox.update_url) == ("http://h:7878/query", "http://h:7878/update")
    fuseki = RemoteStore("http://h:3030/zhkg")
    assert fuseki.update_url == "http://h:3030/zhkg/update"
    virtuoso = RemoteStore("http://u:p@h:8890/sparql")
    assert virtuoso.query_url == virtuoso.update_url == "http://h:8890/sparql"
