"""What every store offers: the local Oxigraph store and a SPARQL 1.1 server alike."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from typing import IO, Any, Protocol

import pyoxigraph as ox

__all__ = ["GraphStore"]


class GraphStore(Protocol):
    """A zhkg graph: one named graph per document, a shared facts graph, the ontology.

    The pipeline writes through ``ensure_ontology``/``replace_document``; the answers
    read through ``query`` and its plain-string forms. ``path`` is the directory of a
    local store, None for a server or an in-memory store.
    """

    path: Any
    read_only: bool

    def __enter__(self) -> GraphStore: ...

    def __exit__(self, *exc: object) -> None: ...

    def close(self) -> None: ...

    def ensure_ontology(self) -> bool: ...

    def replace_document(self, doc_id: str, ntriples: str, content_hash: str) -> None: ...

    def has_documents(self) -> bool: ...

    def content_hash(self, doc_id: str) -> str | None: ...

    def query(
        self,
        sparql: str,
        *,
        update: bool = False,
        params: Mapping[str, Any] | None = None,
        timeout: float | None = None,
        allow_service: Iterable[str] = (),
    ) -> Any: ...

    def select(self, sparql: str, params: dict[str, str] | None = None) -> list[dict[str, str]]: ...

    def construct(self, sparql: str) -> list[tuple[str, str, str]]: ...

    def documents(self) -> list[str]: ...

    def union_triples(self) -> Iterator[ox.Triple]: ...

    def dump_quads(self, output: IO[bytes], fmt: ox.RdfFormat) -> None: ...

    def __len__(self) -> int: ...
