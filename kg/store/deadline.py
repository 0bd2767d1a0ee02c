"""SPARQL with a deadline: the query runs in a worker process that is killed when late.

Oxigraph cannot interrupt a query, and a thread cannot be stopped from outside (nor
does it get the interpreter back while Oxigraph holds it), so the robust way is a
separate process: it opens the store read-only (which works beside other readers
and a writer), evaluates the query completely, and sends the results back in the
SPARQL JSON results format (N-Triples for CONSTRUCT/DESCRIBE). If they have not
arrived when the deadline passes, the worker is killed (SIGKILL) and the caller gets
a :class:`~kg.errors.QueryError`. The worker is started with ``spawn``, so it shares
nothing with the caller (no open store, no lock, no threads); the clock starts once
it is ready, so the timeout measures the query, not Python's start-up.
"""

from __future__ import annotations

import multiprocessing as mp
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError

__all__ = ["query_with_timeout"]

_START_LIMIT = 120.0  # seconds a worker may take to start before we give up on it


def query_with_timeout(path: str | Path, sparql: str, timeout: float) -> Any:
    """Run a read query on the store at ``path``, stopping it after ``timeout`` seconds.

    Returns what ``pyoxigraph.Store.query`` returns (solutions, a boolean or triples),
    fully evaluated.
    """
    if timeout <= 0:
        raise QueryError(f"the timeout must be positive, not {timeout:g}")
    ctx = mp.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    worker = ctx.Process(
        target=_run, args=(str(path), sparql, sender), daemon=True, name="kg-query"
    )
    try:
        worker.start()
        sender.close()
        if not receiver.poll(_START_LIMIT):
            raise QueryError("the query worker did not start")
        _recv(receiver)  # "ready"
        if not receiver.poll(timeout):
            raise QueryError(
                f"query stopped: it ran longer than the {timeout:g} s timeout (--timeout)"
            )
        kind, payload = _recv(receiver)
    finally:
        if worker.is_alive():
            worker.kill()
        worker.join()
        receiver.close()
    return _unpack(kind, payload)


def _recv(receiver: Connection) -> tuple[str, Any]:
    try:
        kind, payload = receiver.recv()
    except EOFError:
        raise QueryError("the query worker ended without an answer") from None
    if kind == "error":
        raise QueryError(payload)
    return kind, payload


def _run(path: str, sparql: str, sender: Connection) -> None:
    """The worker: open read-only, evaluate, send the serialised results."""
    from kg.store.sparql import PREFIXES, first_line, syntax_message

    try:
        sender.send(("ready", None))
        store = ox.Store.read_only(path)
        result = store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        if isinstance(result, ox.QueryTriples):
            sender.send(("triples", result.serialize(format=ox.RdfFormat.N_TRIPLES)))
        else:
            sender.send(("results", result.serialize(format=ox.QueryResultsFormat.JSON)))
    except SyntaxError as exc:
        sender.send(("error", f"malformed SPARQL: {syntax_message(exc, sparql)}"))
    except (OSError, ValueError, RuntimeError) as exc:
        sender.send(("error", f"query failed: {first_line(exc)}"))
    finally:
        sender.close()


def _unpack(kind: str, payload: bytes) -> Any:
    if kind == "results":
        return ox.parse_query_results(payload, format=ox.QueryResultsFormat.JSON)
    # Triples come back as a real QueryTriples, so callers need not tell the paths apart.
    scratch = ox.Store()
    scratch.bulk_extend(ox.parse(payload, format=ox.RdfFormat.N_TRIPLES))
    return scratch.query("CONSTRUCT WHERE { ?s ?p ?o }")
