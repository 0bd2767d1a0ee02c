"""SPARQL helpers shared by every store: prefixes, parameters, plain-string results."""

from __future__ import annotations

import re
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.vocabulary import PREFIXES

__all__ = [
    "PREFIXES",
    "SparqlReads",
    "bind_params",
    "first_line",
    "is_update",
    "json_term",
    "solution_rows",
    "term_value",
    "triple_strings",
]


def solution_rows(result: Any) -> list[dict[str, str]]:
    """A SELECT result's rows as plain strings (unbound variables are absent)."""
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    names = [v.value for v in result.variables]
    rows = []
    for solution in result:
        row = {}
        for name in names:
            term = solution[name]
            if term is not None:
                row[name] = term_value(term)
        rows.append(row)
    return rows


def triple_strings(result: Any) -> list[tuple[str, str, str]]:
    """A CONSTRUCT/DESCRIBE result's triples as plain strings."""
    if not isinstance(result, ox.QueryTriples):
        raise QueryError("expected a CONSTRUCT or DESCRIBE query")
    return [(term_value(t.subject), term_value(t.predicate), term_value(t.object)) for t in result]


def term_value(term: Any) -> str:
    """The plain string of an RDF term: an IRI, a literal's lexical form, a blank node id."""
    return str(term.value)


class SparqlReads:
    """Plain-string reads over ``query``: shared by the local store and a remote one."""

    def query(
        self,
        sparql: str,
        *,
        update: bool = False,
        params: dict[str, str] | None = None,
        timeout: float | None = None,
    ) -> Any:
        raise NotImplementedError

    def select(self, sparql: str, params: dict[str, str] | None = None) -> list[dict[str, str]]:
        """A SELECT query's rows as plain strings (unbound variables are absent)."""
        return solution_rows(self.query(sparql, params=params))

    def construct(self, sparql: str) -> list[tuple[str, str, str]]:
        """A CONSTRUCT/DESCRIBE query's triples as plain strings."""
        return triple_strings(self.query(sparql))

    def documents(self) -> list[str]:
        """Ids of the documents in the store, sorted."""
        rows = self.select(
            "SELECT ?id WHERE { ?d a kg:Document ; dcterms:identifier ?id } ORDER BY ?id"
        )
        return [r["id"] for r in rows]


def bind_params(sparql: str, params: dict[str, str] | None) -> str:
    """Write parameters into a query: ``?param_NAME`` becomes the value as a string literal,
    ``?param_NAME_zh`` the same string tagged ``@zh`` (as names are stored, so that a
    query can look a name up in the store's indexes instead of comparing every name)."""
    for name, value in (params or {}).items():
        key = re.escape(name)
        tagged, plain = str(ox.Literal(value, language="zh")), str(ox.Literal(value))
        sparql = re.sub(rf"\?param_{key}_zh\b", lambda _, t=tagged: t, sparql)  # type: ignore[misc]
        sparql = re.sub(rf"\?param_{key}\b", lambda _, t=plain: t, sparql)  # type: ignore[misc]
    return sparql


def is_update(sparql: str) -> bool:
    """True when the text is a SPARQL Update (after prologue and comments)."""
    body = re.sub(r"#[^\n]*", " ", sparql)
    body = re.sub(r"(?is)^\s*((PREFIX\s+\S*\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*", "", body)
    return bool(
        re.match(r"(?i)\s*(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD|WITH)\b", body)
    )


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message: parser errors run to many lines."""
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


def json_term(t: Any) -> dict[str, Any]:
    """An RDF term as SPARQL 1.1 JSON results write it."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": json_term(t.subject),
                "predicate": json_term(t.predicate),
                "object": json_term(t.object),
            },
        }
    return {"type": "literal", "value": str(t)}
