"""``kg export``: the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD, GraphML or CSV.

Turtle and N-Triples hold the distinct triples of the union of the graphs, without the
store's bookkeeping: the number ``kg stats`` calls "triples" and ``kg validate`` checks.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import stat
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import ExportError
from kg.store import GraphStore, Store
from kg.vocabulary import PREFIXES
from kg.xmlchars import xml_safe

__all__ = [
    "FORMATS",
    "LANGUAGES",
    "NodeName",
    "export",
    "facts_rows",
    "format_for",
    "node_names",
    "safe_cell",
    "write",
]

#: the languages of labels in GraphML and CSV (the first is the default)
LANGUAGES = ("zh", "en")

# name -> (file extensions, what it holds)
FORMATS: dict[str, tuple[tuple[str, ...], str]] = {
    "turtle": ((".ttl",), "union of all graphs as Turtle"),
    "ntriples": ((".nt",), "union of all graphs as N-Triples"),
    "nquads": ((".nq",), "every named graph as N-Quads"),
    "trig": ((".trig",), "every named graph as TriG"),
    "jsonld": ((".jsonld", ".json"), "every named graph as JSON-LD"),
    "graphml": ((".graphml",), "provinces, programs and themes as a network for Gephi"),
    "csv": ((".csv",), "one row per fact with its evidence"),
}
_ALIASES = {
    "ttl": "turtle",
    "nt": "ntriples",
    "nq": "nquads",
    "json-ld": "jsonld",
    "json": "jsonld",
}


def format_for(path: str | Path | None, fmt: str | None) -> str:
    """The export format named by ``fmt`` or by the output file's extension."""
    if fmt:
        name = _ALIASES.get(fmt.lower(), fmt.lower())
        if name not in FORMATS:
            raise ExportError(f"unknown export format {fmt!r} (choose from {', '.join(FORMATS)})")
        return name
    if path is None or str(path) == "-":
        return "turtle"
    suffix = Path(path).suffix.lower()
    for name, (exts, _) in FORMATS.items():
        if suffix in exts:
            return name
    raise ExportError(
        f"{path}: cannot tell the format from the extension {suffix or '(none)'!r}; "
        f"use --format ({', '.join(FORMATS)})"
    )


def export(
    store: GraphStore, path: str | Path | None, fmt: str | None = None, *, lang: str = "zh"
) -> str:
    """Write the store to ``path`` in format ``fmt`` (default: from the extension) and
    return the format's name; ``-`` (or None) streams to standard output.

    A regular file is replaced whole (written beside it, then renamed over it), so a
    failed export leaves the old file. A symbolic link is written through: the file it
    points to is replaced and the link stays. A device or a pipe (``/dev/stdout``) is
    written to as it is. ``lang`` (``zh`` or ``en``) chooses the labels of GraphML and CSV:
    Chinese by default, English where a node has an English label.
    """
    name = format_for(path, fmt)
    if lang not in LANGUAGES:
        raise ExportError(f"--lang {lang!r}: choose {' or '.join(LANGUAGES)}")
    if path is None or str(path) == "-":
        _write_to(store, sys.stdout.buffer, name, lang, "standard output")
        return name
    out = Path(path)
    try:
        kind = os.stat(out).st_mode  # follows links: what the path names in the end
    except FileNotFoundError:
        kind = None
    except OSError as exc:
        raise ExportError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    if kind is not None and stat.S_ISDIR(kind):
        raise ExportError(f"{out}: is a directory, not a file")
    if kind is not None and not stat.S_ISREG(kind):  # a device, a pipe, a socket
        try:
            with open(out, "wb") as f:
                _write_to(store, f, name, lang, str(out))
        except OSError as exc:
            raise ExportError(f"{out}: cannot write ({exc.strerror or exc})") from exc
        return name
    _replace_file(store, out, name, lang)
    return name


def _replace_file(store: GraphStore, out: Path, name: str, lang: str) -> None:
    """Write a regular file whole: beside the file a link points to, then renamed over it."""
    real = Path(os.path.realpath(out))
    tmp = real.with_name(real.name + ".part")
    try:
        with open(tmp, "wb") as f:
            _write_to(store, f, name, lang, str(out), parallel=True)
        if real.exists():
            shutil.copymode(real, tmp)
        tmp.replace(real)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _write_to(
    store: GraphStore, f: IO[bytes], name: str, lang: str, shown: str, *, parallel: bool = False
) -> None:
    try:
        write(store, f, name, lang=lang, parallel=parallel)
        f.flush()
    except BrokenPipeError:
        if shown == "standard output":
            raise  # the reader stopped (kg export -o - | head): done, as cat is
        raise ExportError(f"{shown}: closed before the export was written") from None
    except RuntimeError as exc:  # the store changed underneath a read-only export
        raise ExportError(
            f"{shown}: reading the store failed ({str(exc).splitlines()[0] if str(exc) else exc}); "
            "if a build is writing it, export again when it has finished"
        ) from exc


def write(
    store: GraphStore, f: IO[bytes], name: str, *, lang: str = "zh", parallel: bool = False
) -> None:
    """Serialise the store in format ``name`` to a binary stream; ``parallel`` lets a big
    store's Turtle or N-Quads be read by several processes into files beside ``f``."""
    if parallel and name in ("turtle", "nquads") and _parallel_dump(store, f, name):
        return
    if name == "turtle":
        ox.serialize(store.union_triples(), f, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
    elif name == "ntriples":
        lines = sorted({str(t) + " .\n" for t in store.union_triples()})
        f.writelines(line.encode("utf-8") for line in lines)
    elif name == "nquads":
        store.dump_quads(f, ox.RdfFormat.N_QUADS)
    elif name == "trig":
        store.dump_quads(f, ox.RdfFormat.TRIG)
    elif name == "jsonld":
        store.dump_quads(f, ox.RdfFormat.JSON_LD)
    elif name == "graphml":
        _write_graphml(store, f, lang)
    elif name == "csv":
        text = io.StringIO(newline="")
        w = csv.writer(text)
        rows = facts_rows(store, lang=lang)
        w.writerow(list(rows[0].keys()) if rows else _CSV_COLUMNS)
        for row in rows:
            w.writerow([safe_cell(str(v)) for v in row.values()])
        f.write(text.getvalue().encode("utf-8-sig"))  # the BOM makes spreadsheets read UTF-8
    else:  # pragma: no cover - format_for rejects it first
        raise ExportError(f"unknown export format {name!r}")


# A store with this many named graphs is exported by several processes at once: reading
# the quads is what an export of a big store spends its time on, at about 100,000 quads
# a second per core here.
PARALLEL_GRAPHS = 2_000

_DUMP_PART = r"""
import json, sys
import pyoxigraph as ox
path, fmt, out = sys.argv[1:4]
graphs, prefixes = json.load(sys.stdin)
store = ox.Store.read_only(path)
def quads():
    for g in graphs:
        yield from store.quads_for_pattern(None, None, None, ox.NamedNode(g))
with open(out, "wb") as f:
    if fmt == "turtle":
        ox.serialize((q.triple for q in quads()), f, ox.RdfFormat.TURTLE, prefixes=prefixes)
    else:
        ox.serialize(quads(), f, ox.RdfFormat.N_QUADS)
"""


def _parallel_dump(store: GraphStore, f: IO[bytes], name: str) -> bool:
    """Write a big on-disk store's N-Quads or Turtle with one reader process per core.

    The named graphs (the bookkeeping one left out) are split in order into parts; this
    process writes the first and the default graph, helpers the others into files beside
    the output, which are appended in order: the same bytes on every run. A Turtle part
    starts with its own ``@prefix`` lines, which Turtle allows anywhere. False when the
    store is small, in memory or remote, or there is one core: the caller writes it.
    """
    parts = min(os.cpu_count() or 1, 8)
    if not isinstance(store, Store) or store.path is None or parts < 2:
        return False
    if not isinstance(getattr(f, "name", None), str):  # the parts go beside a named file
        return False
    ordered = store.export_graphs()  # the default graph first, then the named ones
    if len(ordered) < PARALLEL_GRAPHS:
        return False
    graphs = [g.value for g in ordered if isinstance(g, ox.NamedNode)]
    size = -(-len(graphs) // parts)
    chunks = [graphs[i : i + size] for i in range(0, len(graphs), size)]
    out = Path(f.name)
    files = [out.with_name(f"{out.name}.{i}.part") for i in range(1, len(chunks))]
    fmt_prefixes = PREFIXES if name == "turtle" else None
    procs = []
    try:
        for chunk, part in zip(chunks[1:], files, strict=True):
            proc = subprocess.Popen(
                [sys.executable, "-c", _DUMP_PART, str(store.path), name, str(part)],
                stdin=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
            assert proc.stdin is not None
            proc.stdin.write(json.dumps([chunk, fmt_prefixes]).encode())
            proc.stdin.close()
            procs.append(proc)
        first = store.quads(ordered[: 1 + len(chunks[0])])
        if name == "turtle":
            ox.serialize((q.triple for q in first), f, ox.RdfFormat.TURTLE, prefixes=PREFIXES)
        else:
            ox.serialize(first, f, ox.RdfFormat.N_QUADS)
        for proc, part in zip(procs, files, strict=True):
            err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
            if proc.wait() != 0:
                lines = err.strip().splitlines()
                raise RuntimeError(
                    lines[-1] if lines else f"a reader exited with {proc.returncode}"
                )
            with open(part, "rb") as src:
                while block := src.read(1 << 20):
                    f.write(block)
    finally:
        for proc in procs:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        for part in files:
            part.unlink(missing_ok=True)
    return True


_CSV_COLUMNS = [
    "subject",
    "subject_label",
    "predicate",
    "object",
    "object_label",
    "confidence",
    "rule",
    "document",
    "document_title",
    "sentence",
    "start",
    "end",
]

_FACTS = """
SELECT ?subject ?predicate ?object ?confidence ?rule
       ?document ?document_title ?sentence ?start ?end WHERE {
  ?a a kg:Assertion ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object ;
     kg:confidence ?confidence ; kg:rule ?r ; prov:wasDerivedFrom ?s .
  ?r rdfs:label ?rule .
  ?s kg:text ?sentence ; kg:startOffset ?start ; kg:endOffset ?end ; kg:inDocument ?d .
  ?d dcterms:identifier ?document .
  OPTIONAL { ?d dcterms:title ?document_title }
}
"""
# Every name of every province, program and theme, with how good a label it makes: the
# short name (湖南), then the preferred label, then any label; the language is chosen first.
_NAMES = """
SELECT ?n ?kind ?l ?rank WHERE {
  VALUES (?class ?kind) { (kg:Province "province") (kg:Program "program") (kg:Theme "theme") }
  ?n a ?class .
  { ?n kg:shortName ?l BIND(0 AS ?rank) } UNION { ?n skos:prefLabel ?l BIND(1 AS ?rank) }
  UNION { ?n rdfs:label ?l BIND(2 AS ?rank) }
}
"""


@dataclass(frozen=True)
class NodeName:
    """How a province, program or theme is shown: its label and its kind."""

    label: str
    kind: str


def node_names(store: GraphStore, lang: str = "zh") -> dict[str, NodeName]:
    """The label of every province, program and theme in ``lang`` where it has one, else
    in Chinese (else any): the short name of a province, a theme's preferred label."""
    best: dict[str, tuple[tuple[int, int, str], NodeName]] = {}
    for row in store.query(_NAMES):
        label = row["l"]
        tag = getattr(label, "language", None) or ""
        order = 0 if tag == lang else 1 if tag == "zh" else 2
        key = (order, int(row["rank"].value), label.value)
        node = row["n"].value
        if node not in best or key < best[node][0]:
            best[node] = (key, NodeName(label.value, row["kind"].value))
    return {node: name for node, (_, name) in best.items()}


def facts_rows(store: GraphStore, *, lang: str = "zh") -> list[dict[str, str]]:
    """One row per fact and evidence sentence, in a stable order, with labels in ``lang``."""
    names = node_names(store, lang)
    seen: dict[tuple[str, ...], dict[str, str]] = {}
    for row in store.select(_FACTS):
        full = {c: row.get(c, "") for c in _CSV_COLUMNS}
        full["predicate"] = full["predicate"].rsplit("#", 1)[-1]
        for end in ("subject", "object"):
            name = names.get(full[end])
            full[f"{end}_label"] = name.label if name else ""
        key = (full["subject"], full["predicate"], full["object"], full["document"], full["start"])
        seen.setdefault(key, full)
    return [seen[k] for k in sorted(seen)]


def safe_cell(value: str) -> str:
    """Neutralise spreadsheet formulas: a cell starting with = + - @ is prefixed with '."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _write_graphml(store: GraphStore, f: IO[bytes], lang: str) -> None:
    """The province-program-theme network; text XML cannot hold is replaced (kg.xmlchars)."""
    import networkx as nx

    g = nx.DiGraph()
    rows = store.select(
        """SELECT ?s ?p ?o (MAX(?c) AS ?conf) WHERE {
             ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                kg:confidence ?c }
           GROUP BY ?s ?p ?o ORDER BY ?s ?p ?o"""
    )
    names = node_names(store, lang)
    for r in rows:
        for n in (r["s"], r["o"]):
            name = names.get(n)
            label = name.label if name else n.rsplit("/", 1)[-1]
            g.add_node(n, label=xml_safe(label), kind=name.kind if name else "")
        g.add_edge(r["s"], r["o"], predicate=r["p"].rsplit("#", 1)[-1], confidence=float(r["conf"]))
    nx.write_graphml(g, f, encoding="utf-8")
