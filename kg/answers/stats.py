"""Counts that summarise a graph."""

from __future__ import annotations

from kg.store import GraphStore

__all__ = ["graph_stats"]

_COUNTS = {
    "documents": "SELECT (COUNT(DISTINCT ?d) AS ?n) WHERE { ?d a kg:Document }",
    "sentences": "SELECT (SUM(?c) AS ?n) WHERE { ?d a kg:Document ; kg:sentenceCount ?c }",
    "evidence sentences": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a kg:Sentence }",
    "provinces": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p a kg:Province ; kg:mentionedIn ?d }",
    "provinces implementing": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p kg:implements ?g }",
    # every program the documents name, whether a fact holds it or not; then those a
    # province implements (the programs of the facts: a program serves only once implemented)
    "programs": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?g a kg:Program }",
    "programs implemented": "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { ?p kg:implements ?g }",
    "themes": "SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?g kg:serves ?t }",
    "implements": "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?p ?g WHERE { ?p kg:implements ?g } }",
    "serves": "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?g ?t WHERE { ?g kg:serves ?t } }",
    # distinct triples of the union of the graphs, without the store's bookkeeping: what
    # a Turtle or N-Triples export holds and what `kg validate` checks
    "triples": """SELECT (COUNT(*) AS ?n) WHERE {
      SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(?g != kgg:meta) } }""",
}


def graph_stats(store: GraphStore) -> dict[str, int]:
    """Documents, sentences, provinces, programs, themes, facts and triples.

    ``programs`` counts every program named in the documents, ``programs implemented``
    those of an ``implements`` fact; ``themes`` counts the themes of ``serves`` facts.

    ``triples`` counts each distinct triple of the graph once, however many graphs hold
    it, and leaves out the store's bookkeeping (content hashes): the number of triples
    an N-Triples export holds and ``kg validate`` checks.
    """
    out = {}
    for name, q in _COUNTS.items():
        rows = store.select(q)
        out[name] = int(rows[0].get("n", 0)) if rows else 0
    return out
