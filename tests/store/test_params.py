"""Parameters are bound once, as RDF terms: no value can leave its literal (issue 14.2)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.errors import QueryError
from kg.store import Store
from kg.store.sparql import bind_params

ECHO = """SELECT ?a ?b ?z WHERE {
  # ?param_a in a comment stays, and so does "?param_b" in a string
  BIND(?param_a AS ?a) BIND($param_b AS ?b) BIND(?param_a_zh AS ?z)
}"""
# text that tries to close the literal, open another, or name the other parameter
_HOSTILE = st.sampled_from(
    ['"', "'", "\\", '\\"', "?param_b", "?param_a_zh", "$param_a", "} #", "\n", "\u0000", "@zh"]
)
_VALUE = st.lists(st.one_of(_HOSTILE, st.text(max_size=5)), max_size=6).map("".join)


def _row(store: Store, params: dict[str, str]) -> dict[str, ox.Literal]:
    (solution,) = list(store.query(ECHO, params=params))
    return {name: solution[name] for name in ("a", "b", "z")}


@settings(max_examples=300, deadline=None)
@given(_VALUE.filter(lambda v: not any(0xD800 <= ord(c) <= 0xDFFF for c in v)), _VALUE)
def test_each_value_arrives_whole_in_its_own_variable(a: str, b: str) -> None:
    with Store(None) as store:
        row = _row(store, {"a": a, "b": b})
    assert row["a"] == ox.Literal(a)
    assert row["b"] == ox.Literal(b)
    assert row["z"] == ox.Literal(a, language="zh")


def test_the_issues_value_rewrites_nothing() -> None:
    text = "SELECT ?x WHERE { VALUES ?x { ?param_a } } # ?param_b"
    bound = bind_params(text, {"a": "?param_b", "b": "UNDEF } ?s ?p ?o . #"})
    assert bound == 'SELECT ?x WHERE { VALUES ?x { "?param_b" } } # ?param_b'


def test_terms_are_bound_as_themselves() -> None:
    iri = ox.NamedNode("https://w3id.org/zhkg/id/province/hunan")
    five = ox.Literal(5)
    text = bind_params("ASK { ?param_p ?x ?param_n . FILTER(?param_pp) }", {"p": iri, "n": five})
    assert text == f"ASK {{ {iri} ?x {five} . FILTER(?param_pp) }}"


def test_text_that_is_not_unicode_is_refused() -> None:
    with pytest.raises(QueryError, match="parameter 'a'"):
        bind_params("SELECT * { BIND(?param_a AS ?x) }", {"a": "\ud800"})
