"""Where the graph lives: an embedded Oxigraph store on disk, in memory, or a SPARQL server.

:func:`open_store` picks the store from what it is given: a directory path, ``None`` (in
memory) or an ``http(s)://`` URL (a SPARQL 1.1 server). Both kinds follow
:class:`~kg.store.protocol.GraphStore`.
"""

from __future__ import annotations

from pathlib import Path

from kg.errors import StoreError
from kg.store.local import DEFAULT_STORE, Store
from kg.store.lock import DEFAULT_WAIT
from kg.store.protocol import GraphStore
from kg.store.remote import RemoteStore, is_remote

__all__ = ["DEFAULT_STORE", "GraphStore", "RemoteStore", "Store", "is_remote", "open_store"]


def open_store(
    location: str | Path | None = DEFAULT_STORE,
    *,
    read_only: bool = False,
    wait: float = DEFAULT_WAIT,
) -> GraphStore:
    """Open the store at ``location``: a directory (created when writing), ``None`` for a
    store in memory, or a SPARQL server's URL. A reader of a directory that holds no
    store gets a :class:`~kg.errors.StoreError` naming the build that makes one."""
    if is_remote(location):
        return RemoteStore(str(location), read_only=read_only)
    if location is not None and read_only and not Path(location).exists():
        raise StoreError(f"{location}: no store here (run `kg build … --store {location}` first)")
    return Store(location, read_only=read_only, wait=wait)
