"""The library's way in: every ``kg`` command as a function over a store.

``store`` is a directory, ``None`` (in memory), a SPARQL server's URL, or a store opened
with :func:`open_store`. Nothing heavy happens at import time: each function imports the
stage it runs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from kg.answers.analyze import Table
    from kg.answers.queries import SavedQuery
    from kg.answers.resolve import Resolution
    from kg.answers.validate import ValidationReport
    from kg.model import Document, Extraction
    from kg.pipeline.report import BuildReport
    from kg.relate.agreement import AgreementReport
    from kg.relate.evaluate import EvalReport
    from kg.store.protocol import GraphStore

__all__ = [
    "DEFAULT_STORE",
    "agreement",
    "analyze",
    "analyze_plot",
    "build",
    "build_documents",
    "build_text",
    "evaluate",
    "export",
    "extract",
    "find_shared",
    "format_table",
    "open_store",
    "query",
    "read_collection",
    "resolve",
    "sample_path",
    "saved_queries",
    "serve",
    "stats",
    "validate",
    "view",
]

#: the store a function uses when given none: ``$KG_STORE`` when it is set (when kg is
#: imported), as for the command, else ``./kg-store``
DEFAULT_STORE = os.environ.get("KG_STORE") or "kg-store"


def open_store(
    location: str | Path | None = DEFAULT_STORE, *, read_only: bool = False, wait: float = 5.0
) -> GraphStore:
    """Open a store: a directory (created when writing), ``None`` for one in memory, or a
    SPARQL 1.1 server's ``http(s)://`` URL."""
    from kg.store import open_store as open_

    return open_(location, read_only=read_only, wait=wait)


@contextmanager
def _store(store: Any, read_only: bool = False, wait: float = 5.0) -> Iterator[GraphStore]:
    """``store`` as an open store: one given open stays open, one opened here is closed."""
    if store is not None and not isinstance(store, str | Path):
        yield store
        return
    s = open_store(store, read_only=read_only, wait=wait)
    try:
        yield s
    finally:
        s.close()


def build(
    paths: Sequence[str | Path] | str | Path,
    store: Any = DEFAULT_STORE,
    *,
    keep_going: bool = False,
    force: bool = False,
    progress: bool = False,
    replace_store: bool = False,
    jobs: int | None = 1,
    engine: str = "process",
    scheduler: str | None = None,
    wait: float = 5.0,
    on_open: Callable[[GraphStore], None] | None = None,
    id_from: str = "name",
) -> BuildReport:
    """Build files, directories or globs into the store (see ``kg build``).

    ``replace_store`` starts from an empty store; ``jobs`` worker processes extract
    (None: all cores for large inputs), or ``engine="dask"`` on a cluster at
    ``scheduler``. ``on_open`` is called with the store once it is open. A file's
    document is named by the file (``id_from="name"``) or by its path (``"path"``).
    ``report.failed`` lists the bad inputs (with ``keep_going``) and
    ``report.unsupported`` the files of other types a directory held. A file named in
    its folder's ``index.tsv`` takes that row's title and date (``report.indexes``: the
    indexes used; ``report.warnings``: those left out, whole or in part).
    """
    from kg.pipeline.build import build_paths
    from kg.pipeline.engines import file_size, start_fork_server, worker_count
    from kg.read import expand_inputs
    from kg.store import Store, is_remote

    items = [str(paths)] if isinstance(paths, str | Path) else [str(p) for p in paths]
    inputs = expand_inputs(items)  # a missing path fails before the store is touched
    if worker_count(jobs, engine, scheduler, sum(file_size(p) for p in inputs)):
        start_fork_server()  # it loads the extractor while this process opens the store
    local = isinstance(store, str | Path) and not is_remote(store)
    if replace_store and local:
        Store.destroy(store, wait=wait)
    with _store(store, wait=wait) as s:
        if replace_store and not local:
            s.clear()  # type: ignore[attr-defined]
        if on_open is not None:
            on_open(s)
        return build_paths(
            items,
            s,
            keep_going=keep_going,
            force=force,
            progress=progress,
            jobs=jobs,
            engine=engine,
            scheduler=scheduler,
            id_from=id_from,
        )


def extract(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    province: str | None = None,
) -> Extraction:
    """Read a text without storing it: sentences, mentions and assertions."""
    from kg.read import read_text
    from kg.relate.extract import extract_document

    return extract_document(read_text(text, id=id, title=title, date=date, province=province))


def build_text(
    text: str,
    store: Any = DEFAULT_STORE,
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


def query(
    sparql: str | None = None,
    store: Any = DEFAULT_STORE,
    *,
    saved: str | None = None,
    params: dict[str, str] | None = None,
    update: bool = False,
    timeout: float | None = None,
    allow_service: Sequence[str] = (),
) -> Any:
    """Run SPARQL text, or a saved query by name (``saved``, see :func:`saved_queries`)
    with its ``params``: SELECT gives a list of dicts of strings, ASK a bool, CONSTRUCT
    triples, an update (only with ``update=True``) None.

    ``timeout`` (seconds) stops a read query that runs longer (it runs in a worker
    process); ``SERVICE`` may call only the hosts in ``allow_service`` (none by default).

    A parameter that names a province, program or theme is resolved as ``kg query
    --param`` does: ``kg.query(saved="programs-by-province", params={"province":
    "zhejiang"})`` asks for 浙江.
    """
    import pyoxigraph as ox

    from kg.answers.queries import query_text
    from kg.answers.resolve import resolve_params
    from kg.store.sparql import term_value

    text, saved_query, bound = query_text(sparql, saved=saved, params=params)
    with _store(store, read_only=not update) as s:
        if saved_query is not None:
            bound = resolve_params(s, saved_query, bound)
        result = s.query(
            text, params=bound, update=update, timeout=timeout, allow_service=allow_service
        )
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


def saved_queries() -> list[SavedQuery]:
    """The saved queries (``kg query --list``): ``.name``, ``.description``, ``.params``
    (pairs of name and description) and ``.text``."""
    from kg.answers.queries import list_saved

    return list_saved()


def resolve(
    text: str,
    store: Any = DEFAULT_STORE,
    *,
    kinds: Sequence[str] = ("province", "program", "theme"),
    partial: bool = False,
) -> Resolution:
    """The provinces, programs or themes a name stands for, however it is typed (浙江,
    浙江省, 浙, zhejiang, Zhejiang). ``.iris`` and ``.label`` of what matched; when
    nothing did, ``.suggestions`` and ``.message()`` name the nearest."""
    from kg.answers.resolve import resolve as run

    with _store(store, read_only=True) as s:
        return run(s, text, kinds, partial=partial)


def sample_path() -> Path:
    """The bundled sample article (a report of 2023-09-27 on 31 provinces' programs)."""
    from kg.resources import sample_path as path

    return path()


def find_shared(start: str | Path | None = None) -> Path | None:
    """The shared folder holding ``corpus/``: ``$KG_SHARED``, or ``shared/`` beside the
    working directory or the checkout; None when there is none."""
    from kg.read.collection import find_shared as find

    return find(start)


def read_collection(
    directory: str | Path, *, limit: int | None = None, contains: str | None = None
) -> list[Document]:
    """The documents of a collection (``index.tsv`` of id, title, date plus ``<id>.txt``),
    with the index's titles and dates; ``contains`` keeps those whose text has it, and
    ``limit`` stops after that many are kept. Build them with :func:`build_documents`."""
    from kg.read.collection import read_collection as read

    return read(directory, limit=limit, contains=contains)


def build_documents(
    documents: Iterable[Document], store: Any = DEFAULT_STORE, *, force: bool = False
) -> BuildReport:
    """Build documents already read (:func:`read_collection`, :func:`extract`'s input)
    into the store; unchanged ones are skipped unless ``force``."""
    from kg.pipeline.build import build_documents as run

    with _store(store) as s:
        return run(documents, s, force=force)


def format_table(table: Table, fmt: str = "table", *, max_rows: int | None = None) -> str:
    """An analysis table as aligned text (``table``), ``csv`` or ``json``; with
    ``max_rows``, only the first rows, whole (a text table says how many it left out)."""
    from kg.answers.analyze import format_table as run

    return run(table, fmt, max_rows=max_rows)


def export(
    path: str | Path, store: Any = DEFAULT_STORE, *, format: str | None = None, lang: str = "zh"
) -> str:
    """Export the store to a file (``-``: standard output); the format comes from the
    extension or ``format``, the labels of GraphML and CSV are in ``lang`` (zh or en)."""
    from kg.answers.export import export as do_export

    with _store(store, read_only=True) as s:
        return do_export(s, path, format, lang=lang)


def view(path: str | Path = "graph.html", store: Any = DEFAULT_STORE, **options: Any) -> Any:
    """Write the interactive HTML view; options as ``kg view`` (focus, depth, query,
    min_confidence, since, until, overview, lang, assets_dir, title, max_nodes)."""
    from kg.web.view import collect_view_data, render_view

    collect_keys = {"focus", "depth", "query", "min_confidence", "since", "until", "overview"}
    with _store(store, read_only=True) as s:
        data = collect_view_data(s, **{k: v for k, v in options.items() if k in collect_keys})
    return render_view(data, path, **{k: v for k, v in options.items() if k not in collect_keys})


def stats(store: Any = DEFAULT_STORE) -> dict[str, int]:
    """Counts of documents, sentences, provinces, programs, themes and facts."""
    from kg.answers.stats import graph_stats

    with _store(store, read_only=True) as s:
        return graph_stats(s)


def validate(store: Any = DEFAULT_STORE) -> ValidationReport:
    """SHACL validation against ``ontology/shapes.ttl``."""
    from kg.answers.validate import validate_store

    with _store(store, read_only=True) as s:
        return validate_store(s)


def evaluate(
    gold: Sequence[str | Path],
    docs: Sequence[str | Path] = (),
    *,
    by_rule: bool = False,
    without: Iterable[str] = (),
) -> EvalReport:
    """Score extraction against gold files or directories of them (see ``kg eval``).

    ``without`` switches rules off for the extraction (rule ids, as in ``kg:rule``);
    ``by_rule`` adds each rule's true and false positives to ``as_dict()`` (they are
    always there as ``report.by_rule()``). Each directory is a part: ``report.parts``,
    ``report.total(predicate, part)``.
    """
    from kg.relate.evaluate import evaluate as run

    report = run(list(gold), list(docs), without=without)
    report.with_rules = by_rule
    return report


def agreement(gold: Sequence[str | Path], other: Sequence[str | Path]) -> AgreementReport:
    """How far a second annotation of the same documents agrees with the gold (see
    ``kg eval --against``): ``other``'s required entries scored as predictions against
    ``gold``, on the documents both cover. Swap the two for the other direction.
    """
    from kg.relate.agreement import agreement as run

    return run(list(gold), list(other))


def analyze(which: str = "all", store: Any = DEFAULT_STORE, **options: Any) -> list[Table]:
    """Network analysis (see ``kg analyze``): similarity, centrality, communities, diffusion.

    Returns tables (``.columns``, ``.rows``, ``.records()``); draw them with
    ``kg.analyze_plot(tables, "out.png")``. Options: ``program``, ``theme``,
    ``min_provinces`` (diffusion), ``method``, ``seed`` (communities), ``top``
    (centrality), ``min_score``.
    """
    from kg.answers.analyze import analyze as run

    with _store(store, read_only=True) as s:
        return run(s, which, **options)


def analyze_plot(tables: Any, path: str | Path | None = None, **options: Any) -> Any:
    """Plot analysis tables (a matplotlib Figure; saved when ``path`` is .png or .svg)."""
    from kg.answers.analyze import plot

    return plot(tables, path, **options)


def serve(
    store: Any = DEFAULT_STORE, *, host: str = "127.0.0.1", port: int = 7878, **options: Any
) -> None:
    """Serve the store as a SPARQL endpoint until interrupted (see ``kg serve``).

    Options: ``timeout``, ``max_rows``, ``workers``, ``allow_update``, ``token``,
    ``allow_service`` (hosts SERVICE may call), ``cors`` (origins granted cross-origin
    access), ``quiet``. For a server in a thread, use :func:`kg.web.server.make_server`
    and ``serve_forever``.
    """
    from kg.store import Store
    from kg.web.server import ServeConfig
    from kg.web.server import serve as run

    path = store.path if isinstance(store, Store) else store
    for key in ("allow_service", "cors"):
        if key in options:
            options[key] = (options[key],) if isinstance(options[key], str) else tuple(options[key])
    config = ServeConfig(store=str(path or ""), host=host, port=port, **options)
    run(config, store=store if isinstance(store, Store) else None)
