"""kg serve: the SPARQL 1.1 Protocol over HTTP, real clients, and the query page in Chromium.

Each server runs as a ``kg serve`` subprocess on a free loopback port, so a query left
running past its timeout dies with the process at the end of the module.
"""

from __future__ import annotations

import contextlib
import csv
import http.client as http_client
import io
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import pytest
import rdflib
from click.testing import CliRunner
from rdflib.compare import isomorphic

from kg.cli import cli
from kg.errors import ServeError
from kg.store import Store
from kg.web.server import ServeConfig, make_server, negotiate
from tests.store.canary import Canary, canary

KG = "https://w3id.org/zhkg/ontology#"
HUNAN = "https://w3id.org/zhkg/id/province/hunan"
SANBAI = "https://w3id.org/zhkg/id/program/三百工程"
TOKEN = "s3cret-token-for-tests"
FACTS = "SELECT ?p ?g WHERE { ?p kg:implements ?g } ORDER BY ?p ?g"
HUNAN_FACTS = f"SELECT ?g WHERE {{ <{HUNAN}> kg:implements ?g }}"
FACTS_GRAPH = "https://w3id.org/zhkg/graph/facts"
# 6,848 × 6,848 pairs: seconds of work, far past a half-second timeout
SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f }"


@dataclass
class Server:
    url: str
    process: subprocess.Popen[bytes]

    @property
    def sparql(self) -> str:
        return self.url + "sparql"


def _start(store: Path, log: Path, *options: str) -> Iterator[Server]:
    cmd = [sys.executable, "-m", "kg.cli", "serve", "--store", str(store), "--port", "0"]
    with log.open("wb") as err:
        process = subprocess.Popen([*cmd, *options], stdout=subprocess.DEVNULL, stderr=err)
    try:
        deadline = time.monotonic() + 30
        url = None
        while url is None:
            text = log.read_text(encoding="utf-8", errors="replace")
            m = re.search(r"serving (http://127\.0\.0\.1:\d+/)", text)
            if m:
                url = m.group(1)
            elif process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"kg serve did not start:\n{text}")
            else:
                time.sleep(0.05)
        yield Server(url, process)
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()


@pytest.fixture(scope="module")
def server(sample_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    log = tmp_path_factory.mktemp("serve") / "stderr.log"
    yield from _start(sample_store_dir, log, "--timeout", "10", "--max-rows", "1000", "--quiet")


@pytest.fixture(scope="module")
def strict(sample_store_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """A writable copy of the sample behind a short timeout, a small row cap and a token."""
    d = tmp_path_factory.mktemp("serve-rw")
    shutil.copytree(sample_store_dir, d / "store")
    yield from _start(
        d / "store",
        d / "stderr.log",
        "--timeout",
        "0.5",
        "--max-rows",
        "5",
        "--allow-update",
        "--token",
        TOKEN,
        "--quiet",
    )


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8")

    def json(self) -> Any:
        return json.loads(self.body)


def http(
    url: str,
    *,
    data: bytes | None = None,
    headers: dict[str, str] | None = None,
    method: str | None = None,
) -> Reply:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return Reply(resp.status, {k.lower(): v for k, v in resp.headers.items()}, resp.read())
    except urllib.error.HTTPError as exc:
        return Reply(exc.code, {k.lower(): v for k, v in exc.headers.items()}, exc.read())


def get(server: Server, query: str, accept: str | None = None, **params: str) -> Reply:
    qs = urlencode({"query": query, **params})
    return http(f"{server.sparql}?{qs}", headers={"Accept": accept} if accept else {})


def post_form(
    server: Server, field: str, text: str, headers: dict[str, str] | None = None
) -> Reply:
    return http(
        server.sparql,
        data=urlencode({field: text}).encode(),
        headers={"Content-Type": "application/x-www-form-urlencoded", **(headers or {})},
    )


def bindings(reply: Reply) -> list[dict[str, str]]:
    data = reply.json()
    return [{k: v["value"] for k, v in b.items()} for b in data["results"]["bindings"]]


# --------------------------------------------------------------------------- protocol


def test_get_select_answers_sparql_json(server: Server) -> None:
    reply = get(server, HUNAN_FACTS)
    assert reply.status == 200
    assert reply.headers["content-type"].startswith("application/sparql-results+json")
    assert reply.json()["head"]["vars"] == ["g"]
    assert bindings(reply) == [{"g": SANBAI}]


def _facts_in(store_dir: Path) -> set[tuple[str, str]]:
    """The facts the store holds, read without the server."""
    with Store(store_dir, read_only=True) as store:
        return {(r["p"], r["g"]) for r in store.select(FACTS)}


def test_post_form_and_sparql_query_body_agree_with_get(
    server: Server, sample_store_dir: Path
) -> None:
    expected = bindings(get(server, FACTS))
    assert {(r["p"], r["g"]) for r in expected} == _facts_in(sample_store_dir)
    assert len(expected) > 40
    form = post_form(server, "query", FACTS)
    direct = http(
        server.sparql,
        data=FACTS.encode(),
        headers={"Content-Type": "application/sparql-query; charset=utf-8"},
    )
    assert form.status == direct.status == 200
    assert bindings(form) == bindings(direct) == expected


def test_content_negotiation_for_select(server: Server) -> None:
    xml = get(server, HUNAN_FACTS, "application/sparql-results+xml")
    assert xml.headers["content-type"].startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [u.text for u in ET.fromstring(xml.body).iterfind(".//r:uri", ns)] == [SANBAI]

    csv_reply = get(server, HUNAN_FACTS, "text/csv")
    assert csv_reply.headers["content-type"].startswith("text/csv")
    assert list(csv.reader(io.StringIO(csv_reply.text))) == [["g"], [SANBAI]]

    tsv = get(server, HUNAN_FACTS, "text/tab-separated-values")
    assert tsv.text.splitlines() == ["?g", f"<{SANBAI}>"]

    # q-values pick the best; */* and a format= parameter work too
    best = get(server, HUNAN_FACTS, "text/csv;q=0.4, application/sparql-results+xml;q=0.9")
    assert best.headers["content-type"].startswith("application/sparql-results+xml")
    assert (
        get(server, HUNAN_FACTS, "*/*")
        .headers["content-type"]
        .startswith("application/sparql-results+json")
    )
    assert get(server, HUNAN_FACTS, "text/html", format="csv").text.startswith("g\r\n")
    refused = get(server, HUNAN_FACTS, "image/png")
    assert refused.status == 406
    assert "offered" in refused.text


def test_ask_and_construct_formats(server: Server, sample_store_dir: Path) -> None:
    ask = get(server, f"ASK {{ <{HUNAN}> kg:implements <{SANBAI}> }}")
    assert ask.json()["boolean"] is True

    construct = "CONSTRUCT { ?p kg:implements ?g } WHERE { ?p kg:implements ?g }"
    turtle = get(server, construct)
    assert turtle.headers["content-type"].startswith("text/turtle")
    g_ttl = rdflib.Graph().parse(data=turtle.text, format="turtle")
    assert len(g_ttl) == len(_facts_in(sample_store_dir))
    assert (rdflib.URIRef(HUNAN), rdflib.URIRef(KG + "implements"), rdflib.URIRef(SANBAI)) in g_ttl

    jsonld = get(server, construct, "application/ld+json")
    assert jsonld.headers["content-type"].startswith("application/ld+json")
    g_json = rdflib.Graph().parse(data=jsonld.text, format="json-ld")
    assert isomorphic(g_ttl, g_json)

    describe = get(server, f"DESCRIBE <{HUNAN}>", "application/n-triples")
    assert f'<{HUNAN}> <{KG}shortName> "湖南"' in describe.text


def test_malformed_query_is_400_with_the_parsers_message(server: Server) -> None:
    reply = get(server, "SELECT ?x WHERE { ?x ?y }")
    assert reply.status == 400
    assert reply.text.startswith("malformed SPARQL: ") and "line 1" in reply.text
    assert http(server.sparql + "?query=").status == 400
    odd = http(server.sparql, data=b"SELECT", headers={"Content-Type": "text/plain"})
    assert odd.status == 415


def test_updates_are_refused_on_a_read_only_endpoint(server: Server) -> None:
    update = f'INSERT DATA {{ <{HUNAN}> <{KG}shortName> "X" }}'
    assert post_form(server, "update", update).status == 403
    sparql_update = http(
        server.sparql,
        data=update.encode(),
        headers={"Content-Type": "application/sparql-update", "Authorization": "Bearer " + TOKEN},
    )
    assert sparql_update.status == 403
    assert get(server, update).status == 403  # an update sent as a query
    assert get(server, f'ASK {{ <{HUNAN}> <{KG}shortName> "X" }}').json()["boolean"] is False


def test_an_update_is_an_update(strict: Server) -> None:
    token = {"Authorization": f"Bearer {TOKEN}"}
    # a query sent as update= ran in the server's process, with no timeout
    select = post_form(strict, "update", SLOW, token)
    assert select.status == 400 and "not an update" in select.text
    # the # of an IRI declared in the prologue is no comment (this update was refused)
    update = (
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> "
        f"INSERT DATA {{ <{HUNAN}> rdf:type <{KG}Province> }}"
    )
    assert post_form(strict, "update", update, token).status == 204


def test_updates_need_the_token(strict: Server) -> None:
    update = f'INSERT DATA {{ <{HUNAN}> <{KG}literaryName> "潇湘" }}'
    ask = f'ASK {{ <{HUNAN}> <{KG}literaryName> "潇湘" }}'
    assert post_form(strict, "update", update).status == 403
    wrong = post_form(strict, "update", update, {"Authorization": "Bearer wrong-token-123"})
    assert wrong.status == 403
    assert get(strict, ask).json()["boolean"] is False
    ok = post_form(strict, "update", update, {"Authorization": f"Bearer {TOKEN}"})
    assert ok.status == 204
    assert get(strict, ask).json()["boolean"] is True
    bad = post_form(strict, "update", "INSERT DATA { oops", {"Authorization": f"Bearer {TOKEN}"})
    assert bad.status == 400


def test_a_slow_query_answers_503_after_the_timeout(strict: Server) -> None:
    start = time.monotonic()
    reply = get(strict, SLOW)
    elapsed = time.monotonic() - start
    assert reply.status == 503
    assert "timeout" in reply.text
    assert reply.headers["retry-after"] == "1"
    assert elapsed < 5
    # the server still answers other queries (the pool has more workers)
    assert get(strict, HUNAN_FACTS).status == 200


def test_rows_are_capped(strict: Server) -> None:
    reply = get(strict, FACTS)
    assert reply.status == 200
    assert len(bindings(reply)) == 5
    assert reply.headers["x-kg-truncated"] == "max-rows=5"
    small = get(strict, HUNAN_FACTS)
    assert "x-kg-truncated" not in small.headers
    triples = get(strict, "CONSTRUCT WHERE { ?p kg:implements ?g }", "application/n-triples")
    assert len(triples.text.strip().splitlines()) == 5


def test_a_client_store_takes_no_cut_answer_for_the_whole(strict: Server, tmp_path: Path) -> None:
    # kg export and kg query through the server wrote its first 5 rows and said nothing
    out = tmp_path / "graph.nt"
    result = CliRunner().invoke(cli, ["export", "--store", strict.sparql, "-o", str(out)], obj={})
    assert result.exit_code != 0 and not out.exists()
    assert "at most 5 rows (its --max-rows)" in result.output
    result = CliRunner().invoke(cli, ["query", "--store", strict.sparql, FACTS], obj={})
    assert result.exit_code != 0 and "--max-rows" in result.output
    result = CliRunner().invoke(cli, ["query", "--store", strict.sparql, HUNAN_FACTS], obj={})
    assert result.exit_code == 0 and "三百工程" in result.output


def test_foreign_host_header_is_refused(server: Server) -> None:
    port = urlsplit(server.url).port
    reply = http(server.sparql + "?query=ASK%7B%7D", headers={"Host": f"evil.example:{port}"})
    assert reply.status == 403
    assert http(server.url, headers={"Host": f"localhost:{port}"}).status == 200


# --------------------------------------------------------------------------- real clients


def test_sparqlwrapper_client(server: Server) -> None:
    from SPARQLWrapper import CSV, JSON, POST, SPARQLWrapper

    sw = SPARQLWrapper(server.sparql)
    sw.setQuery(
        "PREFIX kg: <https://w3id.org/zhkg/ontology#> "
        "SELECT ?name WHERE { ?p kg:implements <https://w3id.org/zhkg/id/program/三百工程> ; "
        "kg:shortName ?name } ORDER BY ?name"
    )
    sw.setReturnFormat(JSON)
    data: Any = sw.query().convert()
    assert [b["name"]["value"] for b in data["results"]["bindings"]] == ["天津", "湖南"]

    sw.setMethod(POST)
    sw.setReturnFormat(CSV)
    raw: Any = sw.query().convert()
    assert raw.decode("utf-8").splitlines() == ["name", "天津", "湖南"]

    sw = SPARQLWrapper(server.sparql)
    sw.setQuery(f"CONSTRUCT {{ <{HUNAN}> ?p ?o }} WHERE {{ <{HUNAN}> ?p ?o }}")
    graph: Any = sw.queryAndConvert()  # asks for RDF/XML, gets an rdflib Graph
    assert isinstance(graph, rdflib.Graph)
    assert graph.value(rdflib.URIRef(HUNAN), rdflib.URIRef(KG + "shortName")) == rdflib.Literal(
        "湖南", lang="zh"
    )


def test_rdflib_sparqlstore(server: Server) -> None:
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    store = SPARQLStore(server.sparql, returnFormat="json")
    graph = rdflib.Graph(store)
    rows = list(
        graph.query(
            "SELECT ?g WHERE { ?p <https://w3id.org/zhkg/ontology#implements> ?g ; "
            "<https://w3id.org/zhkg/ontology#shortName> '湖南'@zh }"
        )
    )
    assert [str(r[0]) for r in rows] == [SANBAI]  # type: ignore[index]
    programs = set(graph.objects(rdflib.URIRef(HUNAN), rdflib.URIRef(KG + "implements")))
    assert programs == {rdflib.URIRef(SANBAI)}
    with pytest.raises(TypeError):
        graph.add((rdflib.URIRef(HUNAN), rdflib.RDFS.label, rdflib.Literal("x")))


# --------------------------------------------------------------------------- pages


def test_node_page_shows_labels_facts_and_evidence(server: Server) -> None:
    page = http(f"{server.url}node?iri={quote(SANBAI, safe='')}")
    assert page.status == 200
    assert page.headers["content-type"].startswith("text/html")
    assert "default-src 'none'" in page.headers["content-security-policy"]
    text = page.text
    assert "<h1>干部教育培训“三百工程”</h1>" in text
    assert ">湖南</a> → kg:implements" in text
    assert "湖南、天津实施干部教育培训“三百工程”" in text
    assert '<div class="fact">湖南 实施 implements 干部教育培训“三百工程”</div>' in text
    assert "/view?focus=" in text
    assert http(f"{server.url}node?iri={quote('https://example.org/none', safe='')}").status == 404
    assert http(f"{server.url}node?iri=not%20an%20iri").status == 400


def test_node_page_escapes_text(strict: Server) -> None:
    hostile = "<img src=x onerror=alert(1)>“工程”"
    node = "https://w3id.org/zhkg/id/program/hostile"
    update = f"INSERT DATA {{ <{node}> a kg:Program ; rdfs:label {json.dumps(hostile)} }}"
    ok = post_form(strict, "update", update, {"Authorization": f"Bearer {TOKEN}"})
    assert ok.status == 204
    text = http(f"{strict.url}node?iri={quote(node, safe='')}").text
    assert "<img" not in text
    assert "&lt;img src=x onerror=alert(1)&gt;“工程”" in text


def test_view_page_is_focused(server: Server) -> None:
    page = http(f"{server.url}view?focus={quote(HUNAN, safe='')}")
    assert page.status == 200
    assert "三百工程" in page.text and "<html" in page.text.lower()
    assert http(f"{server.url}view?focus=%E4%B8%8D%E5%AD%98%E5%9C%A8").status == 404
    assert http(f"{server.url}view?focus=x&depth=99").status == 400


def test_index_page_and_saved_queries(server: Server) -> None:
    page = http(server.url)
    assert page.status == 200
    assert "<textarea" in page.text
    assert "http://" not in page.text.replace("http://www.w3.org", "")  # nothing remote
    saved = http(server.url + "saved.json").json()
    assert "programs-shared" in {q["name"] for q in saved}
    # each field says what it names, so the page resolves it as kg query --param does
    shared = next(q for q in saved if q["name"] == "programs-shared")
    assert [p["kind"] for p in shared["params"]] == ["province", "province"]
    search = next(q for q in saved if q["name"] == "label-search")
    assert [p["kind"] for p in search["params"]] == [None]


def test_a_fields_name_is_resolved_as_the_cli_resolves_it(server: Server) -> None:
    def name(kind: str, value: str, param: str = "a") -> Any:
        return http(f"{server.url}name?param={param}&kind={kind}&value={quote(value, safe='')}")

    for typed in ("hunan", "湖南省", "湘", "Hunan"):
        answer = name("province", typed)
        assert answer.status == 200 and answer.json() == {"label": "湖南省"}, typed
    assert name("program", "三百工程").json() == {"label": "干部教育培训“三百工程”"}
    wrong = name("province", "tianjn")
    assert wrong.status == 400
    assert wrong.text.startswith("a=tianjn: no province is named 'tianjn'; did you mean 天津市")
    assert name("planet", "火星").status == 400  # not a kind
    assert http(f"{server.url}name?param=a&kind=province").status == 400  # no value


# --------------------------------------------------------------------------- library and CLI


def test_in_process_server_in_a_thread(sample_store: Store) -> None:
    config = ServeConfig(store="", port=0, timeout=5, quiet=True)
    with _serving(config, sample_store) as (server, thread):
        reply = http(f"{server.url}sparql?" + urlencode({"query": HUNAN_FACTS}))
        assert bindings(reply) == [{"g": SANBAI}]
        assert server.url.startswith("http://127.0.0.1:")
    assert not thread.is_alive()


@contextlib.contextmanager
def _serving(config: ServeConfig, store: Store) -> Iterator[tuple[Any, threading.Thread]]:
    """A server of ``store`` in a thread of this process, shut down on leaving."""
    server = make_server(config, store)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield server, thread
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_a_request_that_stops_coming_is_answered_408(
    sample_store: Store, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import kg.web.server as web_server

    monkeypatch.setattr(web_server._Handler, "timeout", 0.5)  # (IDLE_TIMEOUT is 60 s)
    with _serving(ServeConfig(store="", port=0, timeout=5), sample_store) as (server, _):
        host, port = server.server_address[:2]
        with socket.create_connection((str(host), int(port)), timeout=30) as raw:
            raw.sendall(
                b"POST /sparql HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 100\r\n"
                b"Content-Type: application/x-www-form-urlencoded\r\n\r\nquery=ASK"
            )
            answer = b""
            while chunk := raw.recv(4096):  # (the server hangs up after its answer)
                answer += chunk
        head, _, body = answer.decode().partition("\r\n\r\n")
        assert head.startswith("HTTP/1.1 408 ") and body == "the request stopped coming\n"
        # a kept-alive connection left silent is closed without a word in the log
        with socket.create_connection((str(host), int(port)), timeout=30) as raw:
            raw.sendall(b"GET /sparql?query=ASK%7B%7D HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
            while raw.recv(4096):
                pass
    err = capsys.readouterr().err
    assert "Traceback" not in err and "timed out" not in err and "internal error" not in err


def test_an_ipv6_loopback_is_served(sample_store: Store) -> None:
    try:
        socket.socket(socket.AF_INET6).bind(("::1", 0))
    except OSError:
        pytest.skip("this machine has no IPv6 loopback")
    config = ServeConfig(store="", host="::1", port=0, quiet=True)
    with _serving(config, sample_store) as (server, _):
        assert server.url.startswith("http://[::1]:")
        reply = http(f"{server.url}sparql?" + urlencode({"query": HUNAN_FACTS}))
        assert bindings(reply) == [{"g": SANBAI}]


def test_negotiate() -> None:
    assert negotiate(None, "results") == "application/sparql-results+json"
    assert negotiate("text/*", "results") == "text/csv"
    assert negotiate("application/json", "graph") == "application/json"  # JSON-LD
    assert negotiate("application/*", "graph") == "application/ld+json"
    assert negotiate("text/html, */*;q=0.1", "graph") == "text/turtle"
    assert negotiate("image/png", "graph") is None
    assert negotiate("text/csv;q=0", "results") is None


def test_config_is_checked(tmp_path: Path) -> None:
    with pytest.raises(ServeError, match="--token"):
        ServeConfig(store=tmp_path, allow_update=True).check()
    with pytest.raises(ServeError, match="timeout"):
        ServeConfig(store=tmp_path, timeout=0).check()
    with pytest.raises(ServeError, match="timeout"):
        ServeConfig(store=tmp_path, timeout=float("nan")).check()  # (no timeout at all)
    result = CliRunner().invoke(cli, ["serve", "--store", str(tmp_path / "none")], obj={})
    assert result.exit_code != 0
    assert "no zhkg store" in result.output


# --------------------------------------------------------------------------- security (14.1)


@pytest.fixture(scope="module")
def bird() -> Iterator[Canary]:
    with canary() as c:
        yield c


@pytest.fixture(scope="module")
def open_server(
    sample_store_dir: Path, tmp_path_factory: pytest.TempPathFactory, bird: Canary
) -> Iterator[Server]:
    """A server that may call the canary and grants CORS to one origin."""
    log = tmp_path_factory.mktemp("serve-open") / "stderr.log"
    yield from _start(
        sample_store_dir,
        log,
        "--allow-service",
        f"127.0.0.1:{bird.port}",
        "--cors",
        GOOD_ORIGIN,
        "--quiet",
    )


GOOD_ORIGIN = "http://good.example:3000"


def test_service_is_refused_and_nothing_leaves(server: Server, bird: Canary) -> None:
    before = bird.seen()
    for q in (
        f"SELECT ?s WHERE {{ SERVICE <{bird.url}> {{ ?a ?b ?s }} }}",
        "SELECT ?s WHERE { SERVICE ?x { ?a ?b ?s } }",  # was a 500
    ):
        reply = get(server, q)
        assert reply.status == 400, reply.text
        assert reply.text.startswith("SERVICE (a federated query) is refused")
    assert bird.seen() == before


def test_service_calls_only_the_allowed_host(open_server: Server, bird: Canary) -> None:
    before = bird.seen()
    reply = get(open_server, f"ASK {{ SERVICE <{bird.url}> {{ }} }}")
    assert reply.status == 200 and reply.json()["boolean"] is True
    assert bird.seen() == before + 1
    other = get(open_server, "ASK { SERVICE <http://127.0.0.2:9/sparql> { } }")
    assert other.status == 400 and "127.0.0.2 is not allowed" in other.text
    unbound = get(open_server, "ASK { SERVICE ?x { } }")
    assert unbound.status == 400 and "full http(s) IRI" in unbound.text
    assert bird.seen() == before + 1
    description = http(open_server.sparql, headers={"Accept": "text/turtle"}).text
    assert "sd:BasicFederatedQuery" in description


def test_no_cross_origin_grant_unless_named(server: Server, open_server: Server) -> None:
    plain = get(server, HUNAN_FACTS)
    assert plain.status == 200 and "access-control-allow-origin" not in plain.headers
    evil = {"Origin": "http://evil.example"}
    refused = http(f"{server.sparql}?" + urlencode({"query": HUNAN_FACTS}), headers=evil)
    assert refused.status == 403 and "--cors http://evil.example" in refused.text
    assert "access-control-allow-origin" not in refused.headers
    preflight = http(server.sparql, headers=evil, method="OPTIONS")
    assert "access-control-allow-origin" not in preflight.headers
    # the page's own origin may ask; a named origin is granted
    own = {"Origin": server.url.rstrip("/")}
    assert http(f"{server.sparql}?" + urlencode({"query": HUNAN_FACTS}), headers=own).status == 200
    good = {"Origin": GOOD_ORIGIN}
    granted = http(f"{open_server.sparql}?" + urlencode({"query": HUNAN_FACTS}), headers=good)
    assert granted.status == 200
    assert granted.headers["access-control-allow-origin"] == GOOD_ORIGIN
    preflight = http(open_server.sparql, headers=good, method="OPTIONS")
    assert preflight.status == 204
    assert "POST" in preflight.headers["access-control-allow-methods"]
    other = http(f"{open_server.sparql}?" + urlencode({"query": HUNAN_FACTS}), headers=evil)
    assert other.status == 403


# --------------------------------------------------------------------------- dataset (14.3)


def test_from_and_the_protocols_graphs_define_the_dataset(server: Server) -> None:
    count = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"

    def n(reply: Reply) -> int:
        assert reply.status == 200, reply.text
        return int(bindings(reply)[0]["n"])

    union = n(get(server, count.format("")))
    facts = n(get(server, count.format(f"FROM <{FACTS_GRAPH}>")))
    assert 0 < facts < union
    assert n(get(server, count.format(""), **{"default-graph-uri": FACTS_GRAPH})) == facts
    named = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
    assert n(get(server, named, **{"named-graph-uri": FACTS_GRAPH})) == facts
    assert get(server, count.format(""), **{"default-graph-uri": "not an iri"}).status == 400


# --------------------------------------------------------------------------- formats (14.9, 14.11)


def test_sparqlwrapper_return_formats(server: Server) -> None:
    from SPARQLWrapper import CSV, JSON, JSONLD, N3, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

    construct = f"CONSTRUCT {{ <{HUNAN}> ?p ?o }} WHERE {{ <{HUNAN}> ?p ?o }}"
    for fmt in (RDFXML, TURTLE, N3, JSONLD, XML):
        sw = SPARQLWrapper(server.sparql)
        sw.setQuery(construct)
        sw.setReturnFormat(fmt)
        graph: Any = sw.queryAndConvert()
        if not isinstance(graph, rdflib.Graph):
            syntax = {TURTLE: "turtle", N3: "n3", JSONLD: "json-ld"}[fmt]
            graph = rdflib.Graph().parse(data=graph, format=syntax)
        assert graph.value(rdflib.URIRef(HUNAN), rdflib.URIRef(KG + "shortName")) == (
            rdflib.Literal("湖南", lang="zh")
        ), fmt
    for fmt in (TSV, CSV, JSON, XML):
        sw = SPARQLWrapper(server.sparql)
        sw.setQuery(HUNAN_FACTS)
        sw.setReturnFormat(fmt)
        out: Any = sw.queryAndConvert() if fmt != XML else sw.query().response.read()
        text = out.decode() if isinstance(out, bytes) else json.dumps(out, ensure_ascii=False)
        assert SANBAI in text, fmt


def test_a_bare_get_describes_the_service(server: Server) -> None:
    reply = http(server.sparql)
    assert reply.status == 200 and reply.headers["content-type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=reply.text, format="turtle")
    sd = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
    node = rdflib.URIRef(server.sparql)
    assert (node, rdflib.RDF.type, sd.Service) in g
    assert (node, sd.supportedLanguage, sd.SPARQL11Query) in g
    assert (node, sd.supportedLanguage, sd.SPARQL11Update) not in g
    jsonld = http(server.sparql, headers={"Accept": "application/ld+json"})
    assert isomorphic(g, rdflib.Graph().parse(data=jsonld.text, format="json-ld"))


def test_bad_view_focus_is_400(server: Server) -> None:
    assert http(f"{server.url}view?focus=http://x%20y").status == 400
    # ² is a digit to str.isdigit, not to int(): it was a 500
    depth = http(f"{server.url}view?focus=hunan&depth=%C2%B2")
    assert depth.status == 400 and depth.text == "depth must be 0-5\n"
    assert http(f"{server.url}view?focus=hunan&depth=05").status == 200
    # a refusal to HEAD has no body, or the next answer on the connection is misread
    head = http(f"{server.url}no-such-page", method="HEAD")
    assert head.status == 404 and head.body == b""
    view = http(f"{server.url}view?focus=hunan&depth=1")
    assert view.status == 200
    assert view.headers["content-security-policy"] == "frame-ancestors 'self'"


def test_pages_of_other_sites_cannot_embed_a_query(server: Server) -> None:
    # an <img>, <script> or <iframe> of another page sends no Origin, but Sec-Fetch-Site
    url = f"{server.sparql}?" + urlencode({"query": HUNAN_FACTS})
    for site, dest in (("cross-site", "image"), ("same-site", "script"), ("cross-site", "iframe")):
        reply = http(url, headers={"Sec-Fetch-Site": site, "Sec-Fetch-Dest": dest})
        assert reply.status == 403 and "embeds" in reply.text, (site, dest)
    # a link followed from another site, the page's own requests, and curl still go
    assert (
        http(url, headers={"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Dest": "document"}).status
        == 200
    )
    assert (
        http(url, headers={"Sec-Fetch-Site": "same-origin", "Sec-Fetch-Dest": "empty"}).status
        == 200
    )
    assert http(url).status == 200


def test_requests_http_server_answers_itself_are_one_line_of_text(server: Server) -> None:
    put = http(server.sparql, data=b"x", method="PUT")
    assert put.status == 405 and put.headers["allow"] == "GET, HEAD, POST, OPTIONS"
    assert put.text == "PUT is not served here\n"
    assert put.headers["x-content-type-options"] == "nosniff"
    assert put.headers["content-type"].startswith("text/plain")
    assert put.headers["server"] == "zhkg"  # (no Python version)
    host, port = urlsplit(server.url).hostname, urlsplit(server.url).port
    with socket.create_connection((host, port), timeout=30) as raw:
        raw.sendall(b"GET / HTTP/9.9\r\n\r\n")
        answer = b""
        while chunk := raw.recv(4096):
            answer += chunk
    head, _, body = answer.decode().partition("\r\n\r\n")
    assert head.startswith("HTTP/1.1 505 ") and "X-Content-Type-Options: nosniff" in head
    assert body.count("\n") == 1
    # a %-escape that is not UTF-8 is refused as a body that is not UTF-8 is
    bad = http(f"{server.sparql}?query=ASK%7B%FF%7D")
    assert bad.status == 400 and "not UTF-8" in bad.text


def test_a_hostile_query_costs_its_length_and_no_process(server: Server) -> None:
    # A prologue of spaces was read by a pattern whose time grew with the square of its
    # length, in the server's own thread: 200,000 spaces held every request for minutes.
    long = http(
        server.sparql,
        data=("PREFIX" + " " * 200_000 + "x").encode(),
        headers={"Content-Type": "application/sparql-query"},
    )
    assert long.status == 400
    # brackets nested past what the parser can read killed the process that parsed them
    deep = get(server, "ASK {" + "{" * 3000 + "}" * 3000 + "}")
    assert deep.status == 400 and "nest more than" in deep.text
    assert get(server, HUNAN_FACTS).status == 200


# --------------------------------------------------------------------------- bytes (14.5)


def test_xml_answers_hold_text_with_control_characters(strict: Server) -> None:
    node = "https://w3id.org/zhkg/id/program/esc"
    update = f'INSERT DATA {{ <{node}> a kg:Program ; rdfs:label "红色\\u001b工程"@zh }}'
    ok = post_form(strict, "update", update, {"Authorization": f"Bearer {TOKEN}"})
    assert ok.status == 204
    select = f"SELECT ?l WHERE {{ <{node}> rdfs:label ?l }}"
    xml = get(strict, select, "application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    assert [x.text for x in ET.fromstring(xml.body).iterfind(".//r:literal", ns)] == [
        "红色\ufffd工程"
    ]
    rdfxml = get(strict, f"DESCRIBE <{node}>", "application/rdf+xml")
    g = rdflib.Graph().parse(data=rdfxml.body, format="xml")
    assert rdflib.Literal("红色\ufffd工程", lang="zh") in set(g.objects())
    # JSON can hold it: the JSON answer keeps the character as it is stored
    assert get(strict, select).json()["results"]["bindings"][0]["l"]["value"] == "红色\x1b工程"


# --------------------------------------------------------------------------- load (14.4)


def _ask_many(server: Server, clients: int, each: int) -> list[int]:
    statuses: list[int] = []
    lock = threading.Lock()

    def client() -> None:
        for _ in range(each):
            status = get(server, HUNAN_FACTS).status
            with lock:
                statuses.append(status)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return statuses


def test_sixteen_clients_at_once_are_all_answered(server: Server) -> None:
    statuses = _ask_many(server, 16, 8)
    assert statuses == [200] * 128


@pytest.fixture
def busy(sample_store_dir: Path, tmp_path: Path) -> Iterator[Server]:
    yield from _start(sample_store_dir, tmp_path / "log", "--timeout", "2", "--workers", "2", "-q")


def test_small_queries_are_answered_beside_runaways_and_after_them(busy: Server) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    answers: list[Reply] = []
    heavy = [threading.Thread(target=lambda: answers.append(get(busy, runaway))) for _ in range(4)]
    for t in heavy:
        t.start()
    time.sleep(0.5)
    beside = [get(busy, HUNAN_FACTS).status for _ in range(5)]
    for t in heavy:
        t.join()
    assert [a.status for a in answers] == [503] * 4
    assert all("2 s timeout" in a.text for a in answers)
    assert beside == [200] * 5
    assert _ask_many(busy, 8, 1) == [200] * 8  # at once, right after the timeouts


def _workers_of(pid: int) -> list[int]:
    out = []
    for d in Path("/proc").iterdir():
        try:
            if d.name.isdigit() and int((d / "stat").read_text().split(") ")[1].split()[1]) == pid:
                out.append(int(d.name))
        except (OSError, IndexError, ValueError):
            continue
    return out


def _running(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().split(") ")[1].split()[0] != "Z"
    except OSError:
        return False


def _ask_until_cut(srv: Server, query: str) -> None:
    """Send a query whose answer the server's shutdown cuts off (its reply, if any, is not
    what the test checks)."""
    try:
        get(srv, query)
    except (OSError, http_client.HTTPException):
        pass  # the connection closed with the server


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGKILL])
def test_no_worker_outlives_the_server(
    sample_store_dir: Path, tmp_path: Path, sig: signal.Signals
) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
    gen = _start(sample_store_dir, tmp_path / "log", "--timeout", "600", "-q")
    srv = next(gen)
    threading.Thread(target=_ask_until_cut, args=(srv, runaway), daemon=True).start()
    deadline = time.monotonic() + 20
    while len(_workers_of(srv.process.pid)) < 2 and time.monotonic() < deadline:
        time.sleep(0.1)
    time.sleep(0.5)  # the runaway is running in a worker
    workers = _workers_of(srv.process.pid)
    srv.process.send_signal(sig)
    srv.process.wait(10)
    deadline = time.monotonic() + 10
    while any(_running(w) for w in workers) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers and not any(_running(w) for w in workers)
    gen.close()


def test_a_store_in_memory_is_served_by_threads(memory_store: Store) -> None:
    from kg.pipeline.build import build_documents
    from kg.read import read_text

    build_documents([read_text("湖南、天津实施干部教育培训“三百工程”。", id="d")], memory_store)
    config = ServeConfig(store="", port=0, timeout=5, quiet=True)
    with _serving(config, memory_store) as (server, _):
        reply = http(f"{server.url}sparql?" + urlencode({"query": HUNAN_FACTS}))
        assert bindings(reply) == [{"g": SANBAI}]


# --------------------------------------------------------------------------- browser


@pytest.mark.browser
def test_query_page_in_chromium(server: Server) -> None:
    playwright = pytest.importorskip("playwright.sync_api")
    chromium = "/usr/bin/chromium"
    if not os.path.exists(chromium):
        pytest.skip("Debian chromium is not installed")
    origin = server.url.rstrip("/")
    left_the_machine: list[str] = []

    def guard(route: Any) -> None:
        url = route.request.url
        if url.startswith(origin + "/"):
            route.continue_()
        else:
            left_the_machine.append(url)
            route.abort()

    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=chromium,
            args=[
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        try:
            context = browser.new_context()
            context.route("**/*", guard)
            page = context.new_page()
            errors: list[str] = []
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.goto(server.url)
            page.fill(
                "#query",
                "SELECT ?province ?program WHERE { ?p kg:implements program:三百工程 ; "
                "kg:shortName ?province . BIND(program:三百工程 AS ?program) } ORDER BY ?province",
            )
            page.click("#run")
            page.wait_for_selector("#result-table tbody tr")
            rows = page.locator("#result-table tbody tr")
            assert rows.count() == 2
            assert rows.nth(0).locator("td").nth(0).inner_text() == "天津"
            assert page.inner_text("#status").startswith("2 rows")

            def run_saved(status: str, name: str | None = None, **fields: str) -> None:
                if name is not None:
                    page.select_option("#saved", name)
                for field, value in fields.items():
                    page.fill(f"#param-{field}", value)
                page.click("#run")
                playwright.expect(page.locator("#status")).to_have_text(re.compile(status))

            # a saved query with a parameter
            run_saved(r"^1 rows", "programs-shared", a="湖南", b="天津")
            assert "三百工程" in page.inner_text("#result-table")
            # names as a user types them, resolved as kg query --param resolves them
            run_saved(r"^1 rows", a="hunan", b="津")
            run_saved(r"no province is named 'tianjn'; did you mean 天津市", b="tianjn")
            assert page.locator("#status.error").count() == 1
            assert page.locator("#result-table").count() == 0  # not the last answer
            # a value naming another parameter stays inside its literal (issue 14.2)
            run_saved(r"^0 rows", "label-search", text='?param_text" } ?x ?y ?z {')

            # an error is shown as text
            page.fill("#query", "SELECT <oops")
            page.click("#run")
            page.wait_for_selector("#status.error")
            assert page.inner_text("#status").startswith("400 malformed SPARQL")

            # follow a link from a result IRI to the node's page, then to the view
            page.fill("#query", HUNAN_FACTS)
            page.click("#run")
            page.wait_for_selector("#result-table a.node")
            page.click("#result-table a.node")
            page.wait_for_selector("h1")
            assert page.inner_text("h1") == "干部教育培训“三百工程”"
            assert "湖南、天津实施" in page.inner_text("ol.evidence")
            page.click("a.view")
            page.wait_for_load_state("load")
            assert "/view?focus=" in page.url
            assert errors == []
        finally:
            browser.close()
    assert left_the_machine == []
