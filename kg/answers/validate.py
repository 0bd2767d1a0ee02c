"""``kg validate``: check the graph against the SHACL shapes in ``ontology/shapes.ttl``."""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import SH

from kg.resources import ontology_dir
from kg.store import GraphStore

__all__ = ["ValidationReport", "Violation", "validate_store"]


@dataclass(frozen=True)
class Violation:
    focus: str
    path: str
    message: str
    severity: str


@dataclass(frozen=True)
class ValidationReport:
    """What SHACL found; ``triples`` is how many distinct triples were checked (the union
    of the graphs without the store's bookkeeping, as ``kg stats`` counts them)."""

    conforms: bool
    violations: tuple[Violation, ...]
    triples: int

    def text(self, limit: int = 50) -> str:
        if self.conforms:
            return f"valid: {self.triples} triples conform to ontology/shapes.ttl"
        lines = [f"invalid: {len(self.violations)} violations of ontology/shapes.ttl"]
        for v in self.violations[:limit]:
            lines.append(f"  {v.severity}: {v.focus} {v.path}: {v.message}")
        if len(self.violations) > limit:
            lines.append(f"  … and {len(self.violations) - limit} more")
        return "\n".join(lines)


def validate_store(store: GraphStore) -> ValidationReport:
    """Validate the union of the store's graphs with pySHACL."""
    from pyshacl import validate

    data = Graph()
    nt = ox.serialize(store.union_triples(), format=ox.RdfFormat.N_TRIPLES) or b""
    data.parse(data=nt.decode("utf-8"), format="nt")
    shapes = Graph().parse(ontology_dir() / "shapes.ttl", format="turtle")
    conforms, results, _ = validate(data, shacl_graph=shapes, inference="none", advanced=False)
    violations = []
    assert isinstance(results, Graph)
    for r in results.subjects(SH.resultSeverity, None):
        violations.append(
            Violation(
                focus=str(results.value(r, SH.focusNode)),
                path=str(results.value(r, SH.resultPath) or ""),
                message=str(results.value(r, SH.resultMessage) or ""),
                severity=str(results.value(r, SH.resultSeverity)).rsplit("#", 1)[-1],
            )
        )
    violations.sort(key=lambda v: (v.focus, v.path, v.message))
    return ValidationReport(bool(conforms), tuple(violations), len(data))
