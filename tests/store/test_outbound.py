"""SERVICE and LOAD: no request leaves the machine unless its host is allowed (issue 14.1)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.cli import cli
from kg.errors import QueryError
from kg.store import Store
from kg.store.outbound import check_outbound, normalize_hosts
from tests.store.canary import Canary, canary


@pytest.fixture(scope="module")
def bird() -> Iterator[Canary]:
    with canary() as c:
        yield c


def test_service_is_refused_and_nothing_is_sent(memory_store: Store, bird: Canary) -> None:
    before = bird.seen()
    for q in (
        f"SELECT * WHERE {{ SERVICE <{bird.url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ service silent <{bird.url}> {{ ?a ?b ?c }} }}",
        f"SELECT * WHERE {{ {{}}SERVICE<{bird.url}>{{}} }}",
        f"SELECT * WHERE {{ ?s ?p trueSERVICE <{bird.url}> {{}} }}",  # Oxigraph calls out
        f"PREFIX ex: <{bird.url}#> SELECT * WHERE {{ SERVICEex:x {{}} }}",
        f"ASK {{ ?s ?p ?o FILTER EXISTS {{ SERVICE <{bird.url}> {{}} }} }}",
    ):
        with pytest.raises(QueryError, match="SERVICE"):
            memory_store.query(q)
    assert bird.seen() == before


def test_an_allowed_host_is_called_and_no_other(memory_store: Store, bird: Canary) -> None:
    q = f"SELECT * WHERE {{ SERVICE <{bird.url}> {{ ?a ?b ?c }} }}"
    before = bird.seen()
    rows = list(memory_store.query(q, allow_service=[f"127.0.0.1:{bird.port}"]))
    assert len(rows) == 1 and bird.seen() == before + 1
    assert bird.requests[-1].startswith("POST /sparql")
    with pytest.raises(QueryError, match=r"127\.0\.0\.1 is not allowed"):
        memory_store.query(q, allow_service=["example.org"])
    with pytest.raises(QueryError, match="full http"):  # no host to check
        memory_store.query("SELECT * WHERE { SERVICE ?x { } }", allow_service=["example.org"])
    with pytest.raises(QueryError, match="a word of its own"):
        memory_store.query(
            f"SELECT * WHERE {{ ?s ?p trueSERVICE <{bird.url}> {{}} }}",
            allow_service=[f"127.0.0.1:{bird.port}"],
        )
    assert bird.seen() == before + 1


def test_load_in_an_update_is_refused(memory_store: Store, bird: Canary) -> None:
    before = bird.seen()
    with pytest.raises(QueryError, match="LOAD is refused"):
        memory_store.query(f"LOAD <{bird.url}>", update=True)
    assert bird.seen() == before
    assert len(memory_store) == 0


def test_the_allow_list_is_checked() -> None:
    assert normalize_hosts(["Example.org", "127.0.0.1:8080", "[::1]"]) == {
        "example.org",
        "127.0.0.1:8080",
        "[::1]",
    }
    with pytest.raises(QueryError, match="HOST or HOST:PORT"):
        normalize_hosts(["http://example.org/"])


def test_words_that_only_look_like_service_pass() -> None:
    for q in (
        "SELECT ?service WHERE { ?service ?p 'SERVICE <http://x/> {}' } # SERVICE <http://x/>",
        "SELECT * WHERE { ?s <http://example.org/service> ?o }",
        "PREFIX ex: <http://example.org/> SELECT * WHERE { ?s ex:service ?o }",
    ):
        check_outbound(q)


def test_kg_query_refuses_service_in_one_line(sample_store_dir: Path, bird: Canary) -> None:
    before = bird.seen()
    result = CliRunner().invoke(
        cli,
        [
            "query",
            "--store",
            str(sample_store_dir),
            f"SELECT ?s WHERE {{ SERVICE <{bird.url}> {{ ?a ?b ?s }} }}",
        ],
        obj={},
    )
    assert result.exit_code == 4
    assert result.stderr.startswith("kg: error: SERVICE (a federated query) is refused")
    assert bird.seen() == before
    allowed = CliRunner().invoke(
        cli,
        [
            "query",
            "--store",
            str(sample_store_dir),
            "--allow-service",
            f"127.0.0.1:{bird.port}",
            f"ASK {{ SERVICE <{bird.url}> {{ }} }}",
        ],
        obj={},
    )
    assert allowed.exit_code == 0, allowed.output
    assert bird.seen() == before + 1


def test_service_with_an_unbound_variable_is_a_user_error(memory_store: Store) -> None:
    host = "example.org"
    with pytest.raises(QueryError):  # refused before Oxigraph's RuntimeError
        memory_store.query("SELECT * WHERE { SERVICE ?x { ?a ?b ?c } }", allow_service=[host])


# Queries that call out, in the many spellings Oxigraph reads (keywords in any case and
# glued to their neighbours, comments and escapes between the parts), some of them
# hidden in a comment or a string, and noise inserted anywhere. Oxigraph itself is the
# judge: whenever it calls the canary, the check must have refused the text.
_BEFORE = [
    "",
    "?s ?p ?o",
    "?s ?p ?o .",
    "?s ?p true",
    "?s ?p 1.",
    "?s ?p 'x'",
    '?s ?p "a\\""',
    "?s ?p <http://e.org/a#b>",
    "?s ?p ex:a",
    "?s ?p 'x'@en",
    "{}",
    "FILTER(1<2)",
    "# SERVICE\n",
]
_GAP = ["", " ", "\n", "\t", "#c\n", "# }\n"]
_WRAP = ["{}", "# {}\n", '?s ?p """{}""" .', "?s ?p <{}> ."]
_NOISE = [" ", "#", "\n", "'", '"', "<", ">", "\\", ":", "?", "{", "}", ".", "_:b", "@en", "^^"]


@st.composite
def _calls(draw: st.DrawFn) -> str:
    keyword = draw(st.sampled_from(["SERVICE", "service", "SeRvIcE"]))
    silent = draw(st.sampled_from(["", "SILENT", "silent"]))
    target = draw(st.sampled_from(["<URL>", "ex:x", ":x", "<URL\\u0078>"]))
    gaps = [draw(st.sampled_from(_GAP)) for _ in range(4)]
    after_silent = (gaps[2] or " ") if silent else gaps[2]
    pattern = (
        draw(st.sampled_from(_BEFORE))
        + gaps[0]
        + keyword
        + gaps[1]
        + silent
        + after_silent
        + target
        + gaps[3]
        + "{ }"
    )
    body = draw(st.sampled_from(_WRAP)).format(pattern)
    for _ in range(draw(st.integers(0, 2))):
        at = draw(st.integers(0, len(body)))
        body = body[:at] + draw(st.sampled_from(_NOISE)) + body[at:]
    return body


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_calls())
def test_no_text_calls_out_unless_the_check_refused_it(body: str) -> None:
    with canary() as c:
        text = f"PREFIX ex: <{c.url}#> PREFIX : <{c.url}#> SELECT * WHERE {{ {body} }}"
        text = text.replace("<URL", f"<{c.url}")
        try:
            check_outbound(text)
            refused = False
        except QueryError:
            refused = True
        try:
            result: Any = ox.Store().query(text)
            list(result)
        except (SyntaxError, OSError, RuntimeError, ValueError):
            pass
        if c.seen():
            assert refused, text


@settings(max_examples=200, deadline=None)
@given(st.text(st.sampled_from("SELECT*WHERE{?s?p?o}.'\"<>#:\\ \nexcvi"), max_size=60))
def test_text_without_the_word_passes(text: str) -> None:
    if "service" not in text.lower():
        check_outbound(text)
