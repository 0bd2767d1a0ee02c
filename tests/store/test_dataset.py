"""FROM, FROM NAMED and the protocol's graphs define the dataset (issue 14.3)."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.errors import QueryError
from kg.store import Store
from kg.store.dataset import dataset_options, has_dataset_clause

A, B = "http://example.org/g/a", "http://example.org/g/b"
COUNT = "SELECT (COUNT(*) AS ?n) {} WHERE {{ ?s ?p ?o }}"
COUNT_NAMED = "SELECT (COUNT(*) AS ?n) {} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}"


@pytest.fixture
def two_graphs(memory_store: Store) -> Store:
    ox_store = memory_store.oxigraph
    for i, g in enumerate((A, A, B)):
        ox_store.add(
            ox.Quad(
                ox.NamedNode(f"http://example.org/s{i}"),
                ox.NamedNode("http://example.org/p"),
                ox.Literal(i),
                ox.NamedNode(g),
            )
        )
    return memory_store


def _n(store: Store, text: str, options: dict[str, object] | None = None) -> int:
    """The count, through Store.query (its own dataset) or with the protocol's options."""
    if options is None:
        return int(store.select(text)[0]["n"])
    return int(next(iter(store.evaluate(text, options)))["n"].value)


def test_from_defines_the_default_graph(two_graphs: Store) -> None:
    assert _n(two_graphs, COUNT.format("")) == 3  # no dataset: the union
    assert _n(two_graphs, COUNT.format(f"FROM <{A}>")) == 2
    assert _n(two_graphs, COUNT.format(f"FROM <{A}> FROM <{B}>")) == 3
    assert _n(two_graphs, COUNT.format(f"FROM NAMED <{A}>")) == 0  # an empty default graph
    assert _n(two_graphs, COUNT_NAMED.format(f"FROM NAMED <{B}>")) == 1
    assert _n(two_graphs, COUNT_NAMED.format(f"FROM <{A}>")) == 0  # no named graph


def test_the_protocols_graphs_replace_the_querys(two_graphs: Store) -> None:
    text = COUNT.format(f"FROM <{A}>")
    assert _n(two_graphs, text, dataset_options(text, [B])) == 1
    named = COUNT_NAMED.format("")
    assert _n(two_graphs, named, dataset_options(named, [], [A])) == 2
    assert _n(two_graphs, named, dataset_options(named, [A], [])) == 0
    with pytest.raises(QueryError, match="not a graph IRI"):
        dataset_options(text, ["not an iri"])


def test_a_dataset_clause_is_seen_as_oxigraph_reads_it() -> None:
    assert has_dataset_clause(f"SELECT * FROM <{A}> WHERE {{}}")
    assert has_dataset_clause(f"select*from<{A}>where{{}}")
    assert has_dataset_clause(f"SELECT * FROMNAMED <{A}> {{}}")  # read as FROM NAMED
    assert not has_dataset_clause("SELECT ?from WHERE { ?from ?p 'FROM <x>' } # FROM <x>")
    assert not has_dataset_clause("PREFIX from: <http://e.org/> SELECT * { ?s from:x ?o }")


def test_kg_query_honours_from(sample_store_dir: Path) -> None:
    def count(text: str) -> int:
        r = CliRunner().invoke(
            cli, ["query", "--store", str(sample_store_dir), "--format", "csv", text], obj={}
        )
        assert r.exit_code == 0, r.output
        return int(r.stdout.splitlines()[1])

    facts = count("SELECT (COUNT(*) AS ?n) FROM kgg:facts WHERE { ?s ?p ?o }")
    named = count("SELECT (COUNT(*) AS ?n) WHERE { GRAPH kgg:facts { ?s ?p ?o } }")
    union = count("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    assert facts == named < union
