"""The ``kg`` command: a thin click layer over the library.

Every user mistake arrives here as a :class:`kg.errors.KgError` and leaves as one line on
stderr and a non-zero exit; ``kg --debug …`` shows the traceback instead.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kg.errors import KgError, QueryError
from kg.native import summary

if TYPE_CHECKING:
    from kg.relate.agreement import AgreementReport
    from kg.relate.evaluate import EvalReport

__all__ = ["cli", "main"]

STORE_OPTION = click.option(
    "--store",
    "store_path",
    default="kg-store",
    show_default=True,
    envvar="KG_STORE",
    help="Directory of the graph store, or a SPARQL server's URL (env KG_STORE).",
)
ALLOW_SERVICE_OPTION = click.option(
    "--allow-service", multiple=True, metavar="HOST", help="Let SERVICE call HOST[:PORT]."
)
QUIET_OPTION = click.option("--quiet", "-q", is_flag=True, help="No progress bar or summary.")


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            if ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"kg: error: {_one_line(str(exc))}", err=True)
            sys.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo("kg: interrupted; the store holds only whole documents", err=True)
            sys.exit(130)
        except BrokenPipeError:
            # the reader stopped (kg query … | head): done, quietly, as cat is
            _silence_stdout()
            sys.exit(0)


def _silence_stdout() -> None:
    """Point stdout at /dev/null, so that flushing what is left at exit cannot fail."""
    import os

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    """``kg --version``, with whether the extraction is compiled: checked only when asked
    (kg.native reads every compiled source to tell)."""
    if not value or ctx.resilient_parsing:
        return
    from kg.relate.extract import EXTRACTOR_VERSION as EXTRACTOR  # (the docs' figures name it)

    click.echo(f"kg, version {metadata.version('zhkg')} (extractor {EXTRACTOR}); {summary()}")
    ctx.exit()


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show tracebacks instead of one-line errors.")
@click.option(
    "--version",
    is_flag=True,
    expose_value=False,
    is_eager=True,
    callback=_version,
    help="Show the version and exit.",
)
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """zhkg: knowledge graphs of Chinese policy and news text.

    Provinces, the programs they implement and the themes those programs serve, with the
    sentence behind every fact, in an RDF store you query with SPARQL.

    \b
    Example:
      kg build articles/ --store kg-store
      kg query "SELECT ?p ?g WHERE { ?p kg:implements ?g }"
      kg export -o graph.ttl
      kg view -o graph.html
    """
    ctx.ensure_object(dict)
    ctx.obj["debug"] = debug


def _open(store_path: str, *, read_only: bool = False) -> Any:
    from kg.api import open_store

    return open_store(store_path, read_only=read_only)


@cli.command()
@click.argument("paths", nargs=-1, required=True)
@STORE_OPTION
@click.option(
    "--keep-going",
    "-k",
    is_flag=True,
    help="Build the good inputs, list the bad ones, and exit with 2 if there were any.",
)
@click.option(
    "--id-from",
    type=click.Choice(["name", "path"]),
    default="name",
    show_default=True,
    help="A file's document id: its name without the suffix (a/index.txt is index), or its "
    "path (a/index) when names repeat in different folders.",
)
@click.option("--force", is_flag=True, help="Rebuild documents even when unchanged.")
@click.option("--replace-store", is_flag=True, help="Start from an empty store.")
@click.option(
    "--wait",
    type=click.FloatRange(min=0),
    default=5.0,
    show_default=True,
    metavar="SECONDS",
    help="How long to wait for another build writing the same store.",
)
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=1),
    default=None,
    help="Worker processes (default: all cores once the inputs reach 512 KB);"
    " workers per local Dask cluster.",
)
@click.option(
    "--engine",
    type=click.Choice(["process", "dask"]),
    default="process",
    show_default=True,
    help="Where extraction runs: worker processes here, or Dask workers.",
)
@click.option(
    "--scheduler",
    metavar="tcp://HOST:PORT",
    help="Dask scheduler for --engine dask (default: a local cluster).",
)
@QUIET_OPTION
def build(
    paths: tuple[str, ...],
    store_path: str,
    keep_going: bool,
    force: bool,
    replace_store: bool,
    wait: float,
    jobs: int | None,
    engine: str,
    scheduler: str | None,
    quiet: bool,
    id_from: str,
) -> None:
    """Read documents and add them to the graph store.

    PATHS are files (.txt .md .html .htm .jsonl), directories (read recursively; files
    of other types are passed over and named), glob patterns, or - for standard input.
    Encodings (UTF-8, UTF-16, GB18030/GBK, Big5) are detected. A folder's index.tsv
    (columns id, title, date) gives the files it names their title and date.

    A file's document id is its name without the suffix (--id-from path: its path); a
    JSON Lines record's is its "id". Building a document again replaces its graph;
    unchanged documents are skipped. A bad input stops the build (the documents before
    it stay stored); with --keep-going the others are built, the bad ones listed, and
    the exit status is 2.

    \b
    Example:
      kg build kg/samples/seed-2023-09-27-zuzhi.txt
      kg build 'corpus/**/*.txt' --store kg-store --keep-going
      kg build corpus/ --jobs 2
      kg build corpus/ --engine dask --scheduler tcp://10.0.0.5:8786
      cat story.txt | kg build -
    """
    from kg.api import build as run

    def opened(store: Any) -> None:
        dead = getattr(store, "cleared_lock_of", None)
        if dead and not quiet:
            click.echo(
                f"kg: note: a writer (pid {dead}) ended without releasing the store; "
                "its lock was cleared (the store holds whole documents only)",
                err=True,
            )

    report = run(
        list(paths),
        store_path,
        keep_going=keep_going,
        force=force,
        progress=not quiet,
        replace_store=replace_store,
        jobs=jobs,
        engine=engine,
        scheduler=scheduler,
        wait=wait,
        on_open=opened,
        id_from=id_from,
    )
    if report.unsupported and not quiet:
        click.echo(f"kg: note: {_passed_over(report.unsupported)}", err=True)
    for line in report.warnings:  # a folder's index.tsv left out, whole or in part
        click.echo(f"kg: warning: {_one_line(line)}", err=True)
    for exc in report.failed:
        click.echo(f"kg: skipped: {_one_line(str(exc))}", err=True)
    if not quiet:
        click.echo(report.summary(), err=True)
    if report.failed:
        sys.exit(2)


def _passed_over(files: list[str], show: int = 5) -> str:
    from kg.read.inputs import SUPPORTED_SUFFIXES, file_suffix

    kinds = sorted({file_suffix(f).lower() or "no suffix" for f in files})
    names = ", ".join(files[:show]) + (
        f" and {len(files) - show} more" if len(files) > show else ""
    )
    return (
        f"passed over {_plural(len(files), 'file')} of other types ({' '.join(kinds)}): "
        f"{names}; zhkg reads {' '.join(SUPPORTED_SUFFIXES)}"
    )


@cli.command()
@click.argument("sparql", required=False)
@click.option(
    "-f", "--file", "query_file", type=click.Path(dir_okay=False), help="Read the query from FILE."
)
@click.option("--saved", metavar="NAME", help="Run a saved query by name (see --list).")
@click.option(
    "--param",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Parameter of a saved query; names of provinces, programs and themes match in any "
    "form (浙江, 浙江省, 浙, zhejiang).",
)
@click.option("--list", "list_saved", is_flag=True, help="List the saved queries.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "tsv", "json"]),
    default="table",
    show_default=True,
    help="How to print rows: an aligned table, CSV, TSV or SPARQL JSON results.",
)
@click.option(
    "--limit", type=click.IntRange(min=0), default=None, metavar="N", help="Show at most N rows."
)
@click.option(
    "--timeout",
    type=click.FloatRange(min=0, min_open=True),
    default=None,
    metavar="SECONDS",
    help="Stop a read query that runs longer (it runs in a worker process).",
)
@click.option("--update", is_flag=True, help="Allow SPARQL Update (INSERT/DELETE …).")
@ALLOW_SERVICE_OPTION
@STORE_OPTION
def query(
    sparql: str | None,
    query_file: str | None,
    saved: str | None,
    params: tuple[str, ...],
    list_saved: bool,
    fmt: str,
    limit: int | None,
    timeout: float | None,
    update: bool,
    allow_service: tuple[str, ...],
    store_path: str,
) -> None:
    """Run a SPARQL query on the graph (the default graph is the union of all documents).

    Prefixes kg: rdfs: skos: prov: dcterms: province: program: theme: are predefined.

    \b
    Example:
      kg query "SELECT ?p ?g WHERE { ?p kg:implements ?g } LIMIT 10"
      kg query -f my.rq --format csv
      kg query --saved programs-by-province --param province=浙江
      kg query -f slow.rq --timeout 10 --limit 100
    """
    from kg.answers.queries import list_saved as saved_queries
    from kg.answers.queries import query_text
    from kg.answers.resolve import resolve_params
    from kg.answers.results import format_result

    if list_saved:
        for q in saved_queries():
            ps = " ".join(f"{n}=…" if n in q.required else f"[{n}=…]" for n, _ in q.params)
            click.echo(f"{q.name} {ps}\n    {q.description}")
        return
    if query_file is not None:
        if sparql is not None:
            raise QueryError("give SPARQL text or -f FILE, not both")
        if saved is not None:
            raise QueryError("give -f FILE or --saved NAME, not both")
        try:
            sparql = Path(query_file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise QueryError(f"{query_file}: cannot read the query ({exc})") from exc
    text, saved_query, bound = query_text(sparql, saved=saved, params=params)
    with _open(store_path, read_only=not update) as store:
        if saved_query is not None:
            bound = resolve_params(store, saved_query, bound)
        result = store.query(
            text, update=update, params=bound, timeout=timeout, allow_service=allow_service
        )
        click.echo(format_result(result, fmt, limit), nl=False)


@cli.command()
@click.option(
    "-o",
    "--output",
    required=True,
    type=click.Path(dir_okay=False, allow_dash=True),
    help="Output file; - writes to standard output (Turtle unless --format).",
)
@click.option(
    "--format",
    "fmt",
    help="turtle, ntriples, nquads, trig, jsonld, graphml or csv (default: from the extension).",
)
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="zh",
    show_default=True,
    help="Language of the labels in GraphML and CSV (English where a node has it).",
)
@STORE_OPTION
def export(output: str, fmt: str | None, lang: str, store_path: str) -> None:
    """Export the graph: Turtle, N-Triples, N-Quads, TriG, JSON-LD, GraphML (Gephi) or CSV.

    Turtle and N-Triples hold the union of all documents (facts, evidence, ontology);
    N-Quads, TriG and JSON-LD keep one named graph per document; GraphML is the
    province–program–theme network; CSV is one row per fact with its evidence sentence.

    \b
    Example:
      kg export -o out/graph.ttl
      kg export -o out/graph.graphml
      kg export -o facts.csv --lang en
      kg export -o - --format ntriples | wc -l
    """
    from kg.answers.export import export as do_export
    from kg.answers.export import format_for

    format_for(output, fmt)  # an unknown format fails before the store is opened
    with _open(store_path, read_only=True) as store:
        name = do_export(store, output, fmt, lang=lang)
    if output != "-":
        click.echo(f"wrote {output} ({name})", err=True)


@cli.command()
@click.option(
    "-o",
    "--output",
    default="graph.html",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The page to write (one file that works offline).",
)
@click.option("--focus", help="Draw only the neighbourhood of this node (any of its labels).")
@click.option("--depth", type=int, default=2, show_default=True, help="Hops around --focus.")
@click.option(
    "--query",
    "query_file",
    type=click.Path(exists=True, dir_okay=False),
    help="A SPARQL SELECT/CONSTRUCT (.rq) choosing what to draw.",
)
@click.option(
    "--min-confidence",
    type=click.FloatRange(0, 1),
    default=0.0,
    show_default=True,
    help="Draw only facts whose best evidence has at least this confidence (0 to 1).",
)
@click.option(
    "--since", metavar="DATE", help="Only evidence dated on or after DATE (YYYY[-MM[-DD]])."
)
@click.option("--until", metavar="DATE", help="The graph as of DATE: facts first seen by then.")
@click.option("--overview", is_flag=True, help="Provinces and themes, linked by their programs.")
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="zh",
    show_default=True,
    help="Language of the page and the edge labels (实施/服务 or implements/serves).",
)
@click.option(
    "--assets",
    type=click.Path(file_okay=False),
    help="Write scripts and styles into DIR beside the page instead of inlining them.",
)
@click.option(
    "--max-nodes",
    type=int,
    default=10000,
    show_default=True,
    help="Above this, keep the top nodes by degree.",
)
@click.option("--title", default="zhkg", show_default=True, help="Page title.")
@STORE_OPTION
@QUIET_OPTION
def view(
    output: str,
    focus: str | None,
    depth: int,
    query_file: str | None,
    min_confidence: float,
    since: str | None,
    until: str | None,
    overview: bool,
    lang: str,
    assets: str | None,
    max_nodes: int,
    title: str,
    store_path: str,
    quiet: bool,
) -> None:
    """Write an interactive HTML view of the graph (works offline).

    The page has a timeline: drag it (or press play) to see the graph as of a date,
    each fact appearing at its earliest evidence.

    \b
    Example:
      kg view -o out/graph.html
      kg view --focus 浙江 --depth 1 -o zhejiang.html
      kg view --overview --until 2025-06-30 -o overview.html
      kg view --lang en --min-confidence 0.8 -o graph-en.html
    """
    from kg.web.view import collect_view_data, empty_message, render_view

    q = Path(query_file).read_text(encoding="utf-8") if query_file else None
    with _open(store_path, read_only=True) as store:
        data = collect_view_data(
            store,
            focus=focus,
            depth=depth,
            query=q,
            min_confidence=min_confidence,
            since=since,
            until=until,
            overview=overview,
        )
    report = render_view(
        data, output, lang=lang, assets_dir=assets, title=title, max_nodes=max_nodes
    )
    if not quiet or report.dropped:  # always say when nodes were left out
        click.echo(report.message, err=True)
    if not data.nodes:
        click.echo(f"kg: note: {empty_message(data, store_path, bool(focus or q))}", err=True)


def _agreement_errors(report: AgreementReport) -> Iterator[str]:
    """The misses, extra facts and traps of ``kg eval GOLD --against OTHER``."""
    for d in report.docs:
        for g in d.misses:
            yield f"miss  {d.doc}: {g.p} {g.s} -> {g.o}"
        for g in d.extra:
            yield f"extra {d.doc}: {g.p} {g.s} -> {g.o} (line {g.line})"
        for g, o in d.traps:
            yield f"TRAP  {d.doc}: {g.s} -> {g.o} ({g.why}) (line {o.line})"


def _eval_errors(report: EvalReport) -> Iterator[str]:
    """The misses, false positives (with their sentences) and traps of ``kg eval``."""
    from kg.answers.results import terminal_safe

    for d in report.docs:
        for g in d.misses:
            yield f"miss  {d.doc}: {g.p} {g.s} -> {g.o}"
        for a in d.false_positives:
            yield (
                f"false {d.doc}: {a.predicate} {a.subject.label} -> {a.object.label} "
                f"[{a.rule} {a.confidence}] «{terminal_safe(a.evidence.text[:70])}»"
            )
        for g, t in d.traps:
            yield f"TRAP  {d.doc}: {g.s} -> {g.o} ({g.why}) [{t.rule}]"


@cli.command()
@STORE_OPTION
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def stats(store_path: str, as_json: bool) -> None:
    """Summarise the graph: documents, sentences, provinces, programs, themes, facts.

    \b
    Example:
      kg stats --store kg-store
    """
    from kg.answers.stats import graph_stats

    with _open(store_path, read_only=True) as store:
        s = graph_stats(store)
    if as_json:
        click.echo(json.dumps(s, ensure_ascii=False, indent=1))
        return
    width = max(len(k) for k in s)
    for k, v in s.items():
        click.echo(f"{k:<{width}}  {v}")


@cli.command()
@STORE_OPTION
def validate(store_path: str) -> None:
    """Check the graph against the SHACL shapes (ontology/shapes.ttl).

    Exits with 1 when the graph does not conform, and lists the violations.

    \b
    Example:
      kg validate --store kg-store
    """
    from kg.answers.validate import validate_store

    with _open(store_path, read_only=True) as store:
        report = validate_store(store)
    click.echo(report.text())
    if not report.conforms:
        sys.exit(1)


@cli.command(name="eval")
@click.argument("gold", nargs=-1, required=True, type=click.Path())
@click.option(
    "--docs",
    "docs_dirs",
    multiple=True,
    type=click.Path(file_okay=False),
    help="Where the documents' texts are (searched recursively).",
)
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
@click.option(
    "--errors/--no-errors", default=True, show_default=True, help="List misses and false positives."
)
@click.option("--by-rule", is_flag=True, help="True and false positives of each rule.")
@click.option("--bands", is_flag=True, help="Precision of the facts at each confidence and up.")
@click.option(
    "--without",
    "without",
    multiple=True,
    metavar="RULE",
    help="Switch a rule off for the extraction (repeatable), to see what it is worth.",
)
@click.option(
    "--against",
    "against",
    multiple=True,
    type=click.Path(),
    metavar="OTHER",
    help="Score a second annotation (gold files or directories) against GOLD instead of"
    " the extractor: how far two annotators agree (repeatable).",
)
def evaluate(
    gold: tuple[str, ...],
    docs_dirs: tuple[str, ...],
    as_json: bool,
    errors: bool,
    by_rule: bool,
    bands: bool,
    without: tuple[str, ...],
    against: tuple[str, ...],
) -> None:
    """Measure extraction against gold files (precision, recall, F1; traps hit).

    GOLD is gold files or directories of them (their *.jsonl); each directory is reported
    as a part of its own, then the total. A gold file with no line says its document holds
    no fact. Each gold file's document is found as <doc>.txt next to it, in docs/ or
    ../examples/ beside it, or in --docs DIR. Matching follows the gold README's rules.

    \b
    Example:
      kg eval ../shared/gold/*.jsonl
      kg eval tests/gold/dev tests/gold/test --no-errors
      kg eval tests/gold/dev --by-rule --without serves.topic
      kg eval tests/gold/test --bands
      kg eval tests/gold/dev --against tests/gold/agreement
    """
    from kg.api import agreement
    from kg.api import evaluate as run_eval

    report: EvalReport | AgreementReport
    if against:
        if by_rule or bands or without or docs_dirs:
            raise click.UsageError(
                "--against compares two annotations: no extraction is run,"
                " so --by-rule, --bands, --without and --docs do not apply"
            )
        report = agreement(list(gold), list(against))
        error_lines, summary = _agreement_errors(report), report.summary_lines()
    else:
        report = run_eval(list(gold), list(docs_dirs), by_rule=by_rule, without=without)
        error_lines, summary = _eval_errors(report), report.summary_lines(by_rule, bands)
    if as_json:
        click.echo(json.dumps(report.as_dict(), ensure_ascii=False, indent=1))
        return
    if errors:
        for line in error_lines:
            click.echo(line)
        click.echo("")
    for line in summary:
        click.echo(line)


@cli.command()
@STORE_OPTION
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", type=int, default=7878, show_default=True, help="0 picks a free port.")
@click.option(
    "--timeout", type=float, default=30.0, show_default=True, help="Seconds a query may run."
)
@click.option(
    "--max-rows", type=int, default=10_000, show_default=True, help="Rows (or triples) at most."
)
@click.option("--allow-update", is_flag=True, help="Accept SPARQL Update with the bearer token.")
@click.option(
    "--token", envvar="KG_SERVE_TOKEN", help="Bearer token for updates (env KG_SERVE_TOKEN)."
)
@click.option("--workers", type=click.IntRange(min=1), help="Query processes (default: cores).")
@ALLOW_SERVICE_OPTION
@click.option("--cors", multiple=True, metavar="ORIGIN", help="Let pages of ORIGIN (or *) query.")
@click.option("--quiet", "-q", is_flag=True, help="No log of requests on stderr.")
def serve(
    store_path: str,
    host: str,
    port: int,
    timeout: float,
    max_rows: int,
    allow_update: bool,
    token: str | None,
    workers: int | None,
    allow_service: tuple[str, ...],
    cors: tuple[str, ...],
    quiet: bool,
) -> None:
    """Serve the graph as a SPARQL 1.1 endpoint (/sparql) with a query page (/).

    Read-only unless --allow-update; then updates need 'Authorization: Bearer TOKEN'.
    A query that runs past --timeout answers 503 and is stopped; answers stop at
    --max-rows. No SERVICE request leaves the machine unless --allow-service names the
    host; no other web page may query it unless --cors names its origin. Listens on
    loopback unless --host says otherwise (docs/security.md).

    \b
    Example:
      kg serve --store kg-store
      kg serve --port 0 --timeout 10 --max-rows 5000
      curl -H 'Accept: text/csv' --data-urlencode 'query=SELECT * {?s ?p ?o} LIMIT 3' \\
           http://127.0.0.1:7878/sparql
    """
    from kg.web.server import ServeConfig, SparqlServer
    from kg.web.server import serve as run_server

    if host not in ("127.0.0.1", "localhost", "::1"):
        click.echo(f"kg: warning: listening on {host}, reachable beyond this machine", err=True)

    def ready(server: SparqlServer) -> None:
        mode = "read-write (token)" if allow_update else "read-only"
        click.echo(f"kg: serving {server.url} (SPARQL at {server.url}sparql, {mode})", err=True)
        click.echo("kg: press Ctrl-C to stop", err=True)

    config = ServeConfig(
        store=store_path,
        host=host,
        port=port,
        timeout=timeout,
        max_rows=max_rows,
        allow_update=allow_update,
        token=token,
        quiet=quiet,
        allow_service=allow_service,
        cors=cors,
        **({"workers": workers} if workers is not None else {}),
    )
    run_server(config, ready=ready)


@cli.command()
@click.argument(
    "which",
    required=False,
    default="all",
    type=click.Choice(["similarity", "centrality", "communities", "diffusion", "all"]),
)
@STORE_OPTION
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="How to print the tables: aligned text, CSV or JSON.",
)
@click.option(
    "--plot",
    "plot_path",
    type=click.Path(dir_okay=False),
    help="Also draw the tables into FILE (.png, .svg or .pdf).",
)
@click.option("--program", help="diffusion: only this program (a name, alias or IRI).")
@click.option(
    "--theme",
    help="diffusion: the programs serving this theme (or a narrower one), as one.",
)
@click.option(
    "--method",
    type=click.Choice(["greedy", "louvain"]),
    default="greedy",
    show_default=True,
    help="communities: greedy modularity or Louvain (seeded).",
)
@click.option("--top", type=click.IntRange(min=1), default=None, help="centrality: the top N rows.")
def analyze(
    which: str,
    store_path: str,
    fmt: str,
    plot_path: str | None,
    program: str | None,
    theme: str | None,
    method: str,
    top: int | None,
) -> None:
    """Network analysis: similarity, centrality, communities, diffusion (or all).

    similarity: province pairs by shared programs and themes (Jaccard). centrality:
    degree and betweenness of programs and themes. communities: greedy modularity or
    Louvain. diffusion: the first date each province is seen implementing a program
    (or, with --theme, any program serving the theme). With several analyses, JSON is
    one list and CSV has a "# name" line before each table.

    \b
    Example:
      kg analyze similarity --format csv > similarity.csv
      kg analyze diffusion --program 三百工程 --plot diffusion.png
      kg analyze diffusion --theme 乡村振兴 --plot rural.png
      kg analyze all --format json --plot analysis.svg
    """
    from kg.answers.analyze import analyze as run_analysis
    from kg.answers.analyze import check_plot_path, format_tables, plot

    if plot_path:
        check_plot_path(plot_path)  # before any work: a wrong suffix is found at once
    with _open(store_path, read_only=True) as store:
        tables = run_analysis(store, which, program=program, theme=theme, method=method, top=top)
    click.echo(format_tables(tables, fmt), nl=False)
    if plot_path:
        plot(tables, plot_path)
        click.echo(f"wrote {plot_path}", err=True)


def main() -> None:
    """Console entry point."""
    try:
        cli(obj={})
    except SystemExit:
        try:
            sys.stdout.flush()  # here, not at exit, where a closed pipe prints a warning
        except BrokenPipeError:
            _silence_stdout()
        raise


if __name__ == "__main__":  # pragma: no cover
    main()
