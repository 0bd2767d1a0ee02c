"""Every rule of the extractor, registered: read the registry through this module.

Importing it imports the modules that register rules (clauses: subject rules; programs;
themes), so :data:`REGISTRY` is complete. :data:`RULES` maps each rule id to its
description: the pipeline hands it to :func:`kg.graph.triples.document_ntriples`, which
writes it as the ``rdfs:comment`` of each ``kg:rule``.
"""

from __future__ import annotations

from kg.relate import branded, clauses, documents, events, listed, packages, programs, themes
from kg.relate.registry import REGISTRY

__all__ = ["REGISTRY", "RULES"]

# (the modules whose import registers their rules)
_RULE_MODULES = (clauses, programs, listed, branded, packages, documents, themes, events)

RULES: dict[str, str] = REGISTRY.descriptions()
