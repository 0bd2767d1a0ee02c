"""Which graphs a query reads: its RDF dataset, as SPARQL 1.1 defines it.

zhkg keeps one named graph per document, a shared graph of facts and one for the
ontology, so a query without a dataset reads the union of the graphs as its default
graph. A dataset is given by the query (``FROM``, ``FROM NAMED``) or, over the SPARQL
Protocol, by ``default-graph-uri`` and ``named-graph-uri``, which replace the query's
(SPARQL 1.1 Protocol, 2.1.4). When either is given, the default graph is the merge of the
graphs named for it (none: empty) and ``GRAPH`` sees only the named graphs listed.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.store.lexer import tokenize

__all__ = ["dataset_options", "has_dataset_clause"]


def has_dataset_clause(sparql: str) -> bool:
    """True when the query names its own dataset (``FROM`` or ``FROM NAMED``).

    Oxigraph reads keywords glued to what follows (``FROMNAMED``), so a word that starts
    with "from" counts; no other keyword or function of SPARQL does.
    """
    if "from" not in sparql.lower():  # most queries: nothing to read closely
        return False
    return any(t.kind == "word" and t.text[:4].lower() == "from" for t in tokenize(sparql))


def dataset_options(
    sparql: str, default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()
) -> dict[str, Any]:
    """The keyword arguments of ``pyoxigraph.Store.query`` that give ``sparql`` its dataset:
    the protocol's graphs if any, else the query's own ``FROM``, else the union."""
    if default_graphs or named_graphs:
        return {
            "default_graph": [_graph(g) for g in default_graphs],
            "named_graphs": [_graph(g) for g in named_graphs],
        }
    if has_dataset_clause(sparql):
        return {}
    return {"use_default_graph_as_union": True}


def _graph(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as exc:
        raise QueryError(f"not a graph IRI: {iri!r} ({exc})") from None
