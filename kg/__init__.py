"""zhkg: knowledge graphs of Chinese policy and news text.

The Python API mirrors the ``kg`` command::

    import kg
    kg.build(["articles/"], store="kg-store")
    rows = kg.query("SELECT ?p ?g WHERE { ?p kg:implements ?g }", store="kg-store")
    kg.export("graph.ttl", store="kg-store")
    kg.view("graph.html", store="kg-store")

``store`` is a directory or an open :class:`kg.store.Store` (``kg.open_store(None)`` is an
in-memory store). Nothing heavy happens at import time.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.answers.analyze import Table
    from kg.answers.validate import ValidationReport
    from kg.pipeline.build import BuildReport
    from kg.relate.evaluate import EvalReport
    from kg.relate.extract import Extraction
    from kg.store.local import Store

import sys
import types

__version__ = "0.1.0"
__all__ = [
    "__version__",
    "analyze",
    "analyze_plot",
    "build",
    "build_text",
    "evaluate",
    "export",
    "extract",
    "open_store",
    "query",
    "serve",
    "stats",
    "validate",
    "view",
]


def open_store(path: str | Path | None = "kg-store", *, read_only: bool = False) -> Store:
    """Open (or create) a store directory; ``None`` gives an in-memory store."""
    from kg.store.local import Store

    return Store(path, read_only=read_only)


@contextmanager
def _store(store: Any, read_only: bool = False) -> Iterator[Store]:
    from kg.store.local import Store

    if isinstance(store, Store):
        yield store
        return
    s = Store(store, read_only=read_only)
    try:
        yield s
    finally:
        s.close()


def build(
    paths: Sequence[str | Path] | str | Path,
    store: Any = "kg-store",
    *,
    keep_going: bool = False,
    force: bool = False,
    progress: bool = False,
) -> BuildReport:
    """Build files, directories or globs into the store (see ``kg build``)."""
    from kg.pipeline.build import build_paths

    items = [str(paths)] if isinstance(paths, str | Path) else [str(p) for p in paths]
    with _store(store) as s:
        return build_paths(items, s, keep_going=keep_going, force=force, progress=progress)


def extract(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    province: str | None = None,
) -> Extraction:
    """Read a text without storing it: sentences, mentions and assertions."""
    from kg.read.files import read_text
    from kg.relate.extract import extract_document

    return extract_document(read_text(text, id=id, title=title, date=date, province=province))


def build_text(
    text: str,
    store: Any = "kg-store",
    *,
    id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    province: str | None = None,
) -> Extraction:
    """Extract a text and store it as a document (replacing a document with the same id)."""
    from kg.pipeline.build import store_extraction

    ex = extract(text, id=id, title=title, date=date, province=province)
    with _store(store) as s:
        s.ensure_ontology()
        store_extraction(s, ex)
    return ex


def query(sparql: str, store: Any = "kg-store", *, params: dict[str, str] | None = None) -> Any:
    """Run SPARQL: SELECT gives a list of dicts of strings, ASK a bool, CONSTRUCT triples."""
    import pyoxigraph as ox

    from kg.store.local import term_value

    with _store(store, read_only=False) as s:
        result = s.query(sparql, params=params)
        if isinstance(result, ox.QuerySolutions):
            names = [v.value for v in result.variables]
            return [{n: term_value(sol[n]) for n in names if sol[n] is not None} for sol in result]
        if isinstance(result, ox.QueryBoolean):
            return bool(result)
        if isinstance(result, ox.QueryTriples):
            return [
                (term_value(t.subject), term_value(t.predicate), term_value(t.object))
                for t in result
            ]
        return result


def export(path: str | Path, store: Any = "kg-store", *, format: str | None = None) -> str:
    """Export the store to a file; the format comes from the extension or ``format``."""
    from kg.answers.export import export as do_export

    with _store(store) as s:
        return do_export(s, path, format)


def view(path: str | Path = "graph.html", store: Any = "kg-store", **options: Any) -> Any:
    """Write the interactive HTML view; options as ``kg view`` (focus, depth, lang …)."""
    from kg.web.view import collect_view_data, render_view

    collect_keys = {"focus", "depth", "query", "min_confidence"}
    with _store(store) as s:
        data = collect_view_data(s, **{k: v for k, v in options.items() if k in collect_keys})
    return render_view(data, path, **{k: v for k, v in options.items() if k not in collect_keys})


def stats(store: Any = "kg-store") -> dict[str, int]:
    """Counts of documents, sentences, provinces, programs, themes and facts."""
    from kg.answers.stats import graph_stats

    with _store(store) as s:
        return graph_stats(s)


def validate(store: Any = "kg-store") -> ValidationReport:
    """SHACL validation against ``ontology/shapes.ttl``."""
    from kg.answers.validate import validate_store

    with _store(store) as s:
        return validate_store(s)


def evaluate(gold: Sequence[str | Path], docs: Sequence[str | Path] = ()) -> EvalReport:
    """Score extraction against gold files (see ``kg eval``)."""
    from kg.relate.evaluate import evaluate as run

    return run(list(gold), list(docs))


def analyze(which: str = "all", store: Any = "kg-store", **options: Any) -> list[Table]:
    """Network analysis (see ``kg analyze``): similarity, centrality, communities, diffusion.

    Returns tables (``.columns``, ``.rows``, ``.records()``); draw them with
    ``kg.analyze_plot(tables, "out.png")``. Options: ``program``, ``min_provinces``
    (diffusion), ``method``, ``seed`` (communities), ``top`` (centrality), ``min_score``.
    """
    from kg.answers.analyze import analyze as run

    with _store(store, read_only=True) as s:
        return run(s, which, **options)


def analyze_plot(tables: Any, path: str | Path | None = None, **options: Any) -> Any:
    """Plot analysis tables (a matplotlib Figure; saved when ``path`` is .png or .svg)."""
    from kg.answers.analyze import plot

    return plot(tables, path, **options)


def serve(
    store: Any = "kg-store", *, host: str = "127.0.0.1", port: int = 7878, **options: Any
) -> None:
    """Serve the store as a SPARQL endpoint until interrupted (see ``kg serve``).

    Options: ``timeout``, ``max_rows``, ``allow_update``, ``token``, ``quiet``. For a
    server in a thread, use :func:`kg.serve.make_server` and ``serve_forever``.
    """
    from kg.store.local import Store
    from kg.web.server import ServeConfig
    from kg.web.server import serve as run

    path = store.path if isinstance(store, Store) else store
    config = ServeConfig(store=path or "", host=host, port=port, **options)
    run(config, store=store if isinstance(store, Store) else None)


class _Package(types.ModuleType):
    """The ``kg`` package, whose API functions share names with the stage modules.

    Importing ``kg.build`` (the module) would otherwise replace ``kg.build`` (the
    function) on the package; the modules stay reachable through ``sys.modules`` and
    ``from kg.pipeline.build import …``.
    """

    def __setattr__(self, name: str, value: Any) -> None:
        if isinstance(value, types.ModuleType) and name in __all__:
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
