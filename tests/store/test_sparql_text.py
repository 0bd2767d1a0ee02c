"""Reading a SPARQL text before the parser does: is it an update, does it nest too deep."""

from __future__ import annotations

import pytest

from kg.errors import QueryError
from kg.store import Store
from kg.store.sparql import MAX_NESTING, check_nesting, is_update

RDF = "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n"


@pytest.mark.parametrize(
    ("text", "update"),
    [
        ("SELECT * WHERE { ?s ?p ?o }", False),
        ("INSERT DATA { <a:b> <a:c> <a:d> }", True),
        # the # of an IRI is no comment: the update after it was read as a query
        (RDF + "INSERT DATA { <a:b> rdf:type <a:d> }", True),
        # and a # in a prefix's IRI hid the SELECT that follows, making it an update
        ("PREFIX add: <http://add/>\nPREFIX ex: <http://x/#>\nSELECT * { ?s ?p add:x }", False),
        ("# a comment\nBASE <http://b/> prefix : <http://e/> delete where { ?s ?p ?o }", True),
        ("PREFIX : <http://e/> # INSERT\nASK {}", False),
        ("# a comment ended by a carriage return\rINSERT DATA { <a:b> <a:c> <a:d> }", True),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", True),
        ("INSERTED", False),
        # a prefix's name may be any letter SPARQL allows
        ("PREFIX 例: <http://example.org/> INSERT DATA { 例:a 例:b 例:c }", True),
        ("PREFIX é: <http://e/> SELECT * {}", False),
        ("PREFIX" + " " * 100_000 + "x", False),
        ("", False),
    ],
)
def test_is_update(text: str, update: bool) -> None:
    assert is_update(text) is update


def test_brackets_nest_only_so_deep() -> None:
    fine = "ASK {" + "{" * (MAX_NESTING - 1) + "}" * (MAX_NESTING - 1) + "}"
    check_nesting(fine)
    with pytest.raises(QueryError, match=f"nest more than {MAX_NESTING} deep at line 2"):
        check_nesting("ASK\n{" + "(" * 3000 + ")" * 3000 + "}")
    # brackets in strings, IRIs and comments are not code
    check_nesting('ASK { FILTER("' + "{" * 3000 + '") } # ' + "(" * 3000)
    check_nesting("ASK { ?s ?p '''" + "[" * 3000 + "''' }")
    check_nesting("ASK { ?s ?p <http://en.wikipedia.org/wiki/A_(b)> }" * 300)


@pytest.mark.parametrize(
    "hiding",
    [
        "FILTER(1<{deep}>0)",  # < and > as comparisons, not an IRI around the brackets
        "#x\rFILTER({deep})",  # a comment ends at a carriage return too
        "<a:\\u0041#> <a:p> ?o FILTER({deep})",  # an escape inside an IRI: no comment after
        "?s ?p ex:a\\#b FILTER({deep})",  # an escaped # in a prefixed name
    ],
)
def test_brackets_cannot_hide_from_the_count(hiding: str) -> None:
    # each of these passed the count, and pyoxigraph's parser crashed the process on it
    deep = "(" * 3000 + "1" + ")" * 3000
    with pytest.raises(QueryError, match="nest more than"):
        check_nesting("SELECT * WHERE { " + hiding.format(deep=deep) + " }")


def test_a_query_that_nests_too_deep_is_refused_not_run(sample_store: Store) -> None:
    # pyoxigraph's parser overflows its stack on it: the process died (exit 139)
    with pytest.raises(QueryError, match="nest more than"):
        sample_store.query("ASK {" + "{" * 3000 + "}" * 3000 + "}")
    with pytest.raises(QueryError, match="positive number of seconds"):
        sample_store.query("ASK {}", timeout=float("nan"))
