"""The writes of a store as data: SPARQL Updates and N-Quads for documents and the ontology.

A local store and a SPARQL server are written with the same texts, so both keep the
shared facts graph in step with the documents in one transaction.
"""

from __future__ import annotations

import hashlib

import pyoxigraph as ox

from kg.resources import ontology_files
from kg.vocabulary import FACTS_GRAPH as _FACTS
from kg.vocabulary import KG_NS, META_GRAPH, ONTOLOGY_GRAPH, RDF_NS, document_graph_iri

__all__ = [
    "CONTENT_HASH",
    "FACTS_GRAPH",
    "HAS_DOCUMENTS_QUERY",
    "ONTOLOGY_GRAPH_OX",
    "ONTOLOGY_HASH",
    "STORE_META",
    "content_hash_query",
    "drop_document_update",
    "ontology_digest",
    "ontology_update",
    "replace_document_update",
    "source_path_query",
    "split_into_quads",
    "split_ntriples",
]

ONTOLOGY_HASH = ox.NamedNode(KG_NS + "ontologyHash")
CONTENT_HASH = ox.NamedNode(KG_NS + "contentHash")
STORE_META = ox.NamedNode(str(META_GRAPH))
#: The shared graph (see :data:`kg.vocabulary.FACTS_GRAPH`): with it, the union default
#: graph holds each fact once, and a query needs no DISTINCT for it.
FACTS_GRAPH = ox.NamedNode(str(_FACTS))
ONTOLOGY_GRAPH_OX = ox.NamedNode(str(ONTOLOGY_GRAPH))
_SHARED_SUBJECTS = tuple(
    f"<{_FACTS.rsplit('/graph/', 1)[0]}/id/{kind}/"
    for kind in ("program", "province", "theme", "rule")
)
_KG = KG_NS
_MENTIONED_IN = f" <{_KG}mentionedIn> "


def replace_document_update(doc_id: str, ntriples: str, content_hash: str) -> str:
    """The SPARQL Update that replaces a document's named graph and its content hash.

    One request, so one transaction on Oxigraph and on any SPARQL 1.1 server; the
    shared graph (:data:`FACTS_GRAPH`) is kept in step.
    """
    g = ox.NamedNode(str(document_graph_iri(doc_id)))
    meta = f"{g} {CONTENT_HASH} {ox.Literal(content_hash)} ."
    own, shared = split_ntriples(ntriples)
    return (
        f"{drop_document_update(g)} ;\n"
        f"INSERT DATA {{ GRAPH {g} {{\n{own}}} GRAPH {FACTS_GRAPH} {{\n{shared}}}"
        f" GRAPH {STORE_META} {{ {meta} }} }}"
    )


def drop_document_update(g: ox.NamedNode) -> str:
    """The SPARQL Update that drops a document graph, its hash, and what only it stated.

    A fact leaves the shared graph when no other document has an assertion of it; a
    program's or theme's description when no other document mentions it; a rule's when
    no other assertion used it.
    """
    f, kg, rdf = FACTS_GRAPH, _KG, RDF_NS
    other = f"FILTER(?h != {g} && ?h != {f})"
    return (
        f"DELETE {{ GRAPH {f} {{ ?s ?p ?o }} }} WHERE {{\n"
        f"  GRAPH {g} {{ ?a <{rdf}subject> ?s ; <{rdf}predicate> ?p ; <{rdf}object> ?o }}\n"
        f"  GRAPH {f} {{ ?s ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?h {{ ?b <{rdf}subject> ?s ; <{rdf}predicate> ?p ;"
        f" <{rdf}object> ?o }} {other} }}\n}} ;\n"
        f"DELETE {{ GRAPH {f} {{ ?n ?p ?o }} }} WHERE {{\n"
        f"  {{ SELECT DISTINCT ?n WHERE {{ GRAPH {g} {{ ?n <{kg}mentionedIn> ?d }} }} }}\n"
        f"  GRAPH {f} {{ ?n ?p ?o }}\n"
        f"  FILTER(?p != <{kg}implements> && ?p != <{kg}serves>)\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?h {{ ?n <{kg}mentionedIn> ?e }} {other} }}\n}} ;\n"
        f"DELETE {{ GRAPH {f} {{ ?r ?p ?o }} }} WHERE {{\n"
        f"  {{ SELECT DISTINCT ?r WHERE {{ GRAPH {g} {{ ?a <{kg}rule> ?r }} }} }}\n"
        f"  GRAPH {f} {{ ?r ?p ?o }}\n"
        f"  FILTER NOT EXISTS {{ GRAPH ?h {{ ?b <{kg}rule> ?r }} {other} }}\n}} ;\n"
        f"DROP SILENT GRAPH {g} ;\n"
        f"DELETE WHERE {{ GRAPH {STORE_META} {{ {g} {CONTENT_HASH} ?h }} }}"
    )


def split_ntriples(ntriples: str) -> tuple[str, str]:
    """A document's N-Triples as (its own graph's lines, the shared graph's lines).

    Shared: what is said of provinces, programs, themes and rules (facts, types,
    names) except that the document mentions them (``kg:mentionedIn``).
    """
    own: list[str] = []
    shared: list[str] = []
    for raw in ntriples.splitlines():
        line = raw.strip()
        if not line:
            continue
        if _is_shared(line):
            shared.append(line + "\n")
        else:
            own.append(line + "\n")
    return "".join(own), "".join(shared)


def _is_shared(line: str) -> bool:
    return line.startswith(_SHARED_SUBJECTS) and _MENTIONED_IN not in line


_SHARED_END = f" {FACTS_GRAPH} .\n"


def split_into_quads(ntriples: str, own_end: str, out: list[str]) -> int:
    """Append a document's N-Triples to ``out`` as N-Quads: each line in its own graph
    (``own_end`` is `` <graph> .`` and a newline) or the shared one, as
    :func:`split_ntriples` splits them. Returns the number of triples."""
    n = 0
    for raw in ntriples.splitlines():
        line = raw.strip()
        if not line:
            continue
        # a statement ends with its dot: the graph goes before it
        out.append(line[:-1].rstrip() + (_SHARED_END if _is_shared(line) else own_end))
        n += 1
    return n


#: ASK whether any document has a stored content hash (a store that has been built into).
HAS_DOCUMENTS_QUERY = f"ASK {{ GRAPH {STORE_META} {{ ?g {CONTENT_HASH} ?h }} }}"


def content_hash_query(doc_id: str) -> str:
    """The SELECT (variable ``h``) of a document's stored content hash."""
    g = ox.NamedNode(str(document_graph_iri(doc_id)))
    return f"SELECT ?h WHERE {{ GRAPH {STORE_META} {{ {g} {CONTENT_HASH} ?h }} }}"


def source_path_query(doc_id: str) -> str:
    """The SELECT (variable ``p``) of the file or URL a stored document was read from."""
    g = ox.NamedNode(str(document_graph_iri(doc_id)))
    return f"SELECT ?p WHERE {{ GRAPH {g} {{ ?d <{KG_NS}sourcePath> ?p }} }} LIMIT 1"


def ontology_digest() -> str:
    """The hash of ``ontology/*.ttl`` that tells whether the stored copy is current."""
    return hashlib.sha256(b"".join(p.read_bytes() for p in ontology_files())).hexdigest()


def ontology_update(digest: str) -> str:
    """The SPARQL Update that (re)loads the ontology into its own named graph."""
    dataset = ox.Dataset()
    for path in ontology_files():
        for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            dataset.add(ox.Quad(quad.subject, quad.predicate, quad.object, ONTOLOGY_GRAPH_OX))
    body = _ntriples_body(dataset, ONTOLOGY_GRAPH_OX)
    meta = f"{ONTOLOGY_GRAPH_OX} {ONTOLOGY_HASH} {ox.Literal(digest)} ."
    return (
        f"DROP SILENT GRAPH {ONTOLOGY_GRAPH_OX} ;\n"
        f"DELETE WHERE {{ GRAPH {STORE_META} {{ {ONTOLOGY_GRAPH_OX} {ONTOLOGY_HASH} ?h }} }} ;\n"
        f"INSERT DATA {{ GRAPH {ONTOLOGY_GRAPH_OX} {{\n{body}\n}} GRAPH {STORE_META} {{ {meta} }} }}"
    )


def _ntriples_body(dataset: ox.Dataset, graph: ox.NamedNode) -> str:
    return "\n".join(
        f"{q.subject} {q.predicate} {q.object} ." for q in dataset.quads_for_graph_name(graph)
    )
