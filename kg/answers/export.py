"""``kg export``: the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD, GraphML or CSV."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import IO

import pyoxigraph as ox

from kg.errors import ExportError
from kg.store import GraphStore, Store
from kg.vocabulary import PREFIXES

__all__ = ["FORMATS", "export", "facts_rows", "format_for", "safe_cell"]

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


def export(store: GraphStore, path: str | Path | None, fmt: str | None = None) -> str:
    """Write the store to ``path`` (``-`` or None: return bytes via stdout by the caller)."""
    name = format_for(path, fmt)
    if path is None or str(path) == "-":
        raise ExportError("export needs an output file (-o FILE)")
    out = Path(path)
    tmp = out.with_name(out.name + ".part")
    try:
        with open(tmp, "wb") as f:
            write(store, f, name)
        tmp.replace(out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{out}: cannot write ({exc.strerror or exc})") from exc
    except RuntimeError as exc:  # the store changed underneath a read-only export
        tmp.unlink(missing_ok=True)
        raise ExportError(
            f"{out}: reading the store failed ({str(exc).splitlines()[0] if str(exc) else exc}); "
            "if a build is writing it, export again when it has finished"
        ) from exc
    return name


def write(store: GraphStore, f: IO[bytes], name: str) -> None:
    """Serialise the store in format ``name`` to a binary stream."""
    if name in ("turtle", "nquads") and _parallel_dump(store, f, name):
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
        _write_graphml(store, f)
    elif name == "csv":
        text = io.StringIO(newline="")
        w = csv.writer(text)
        rows = facts_rows(store)
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
SELECT ?subject ?subject_label ?predicate ?object ?object_label ?confidence ?rule
       ?document ?document_title ?sentence ?start ?end WHERE {
  ?a a kg:Assertion ; rdf:subject ?subject ; rdf:predicate ?predicate ; rdf:object ?object ;
     kg:confidence ?confidence ; kg:rule ?r ; prov:wasDerivedFrom ?s .
  ?r rdfs:label ?rule .
  ?s kg:text ?sentence ; kg:startOffset ?start ; kg:endOffset ?end ; kg:inDocument ?d .
  ?d dcterms:identifier ?document .
  OPTIONAL { ?d dcterms:title ?document_title }
  OPTIONAL { ?subject kg:shortName ?sl }
  OPTIONAL { ?subject rdfs:label ?sl2 }
  OPTIONAL { ?object skos:prefLabel ?ol }
  OPTIONAL { ?object rdfs:label ?ol2 }
  BIND(COALESCE(?sl, ?sl2) AS ?subject_label)
  BIND(COALESCE(?ol, ?ol2) AS ?object_label)
}
"""


def facts_rows(store: GraphStore) -> list[dict[str, str]]:
    """One row per fact and evidence sentence, in a stable order."""
    seen: dict[tuple[str, ...], dict[str, str]] = {}
    for row in store.select(_FACTS):
        full = {c: row.get(c, "") for c in _CSV_COLUMNS}
        full["predicate"] = full["predicate"].rsplit("#", 1)[-1]
        key = (full["subject"], full["predicate"], full["object"], full["document"], full["start"])
        seen.setdefault(key, full)
    return [seen[k] for k in sorted(seen)]


def safe_cell(value: str) -> str:
    """Neutralise spreadsheet formulas: a cell starting with = + - @ is prefixed with '."""
    if value and value[0] in "=+-@\t\r":
        return "'" + value
    return value


def _write_graphml(store: GraphStore, f: IO[bytes]) -> None:
    import networkx as nx

    g = nx.DiGraph()
    rows = store.select(
        """SELECT ?s ?p ?o (MAX(?c) AS ?conf) WHERE {
             ?a a kg:Assertion ; rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ;
                kg:confidence ?c }
           GROUP BY ?s ?p ?o ORDER BY ?s ?p ?o"""
    )
    labels = {
        r["n"]: r
        for r in store.select(
            """SELECT ?n (SAMPLE(?l) AS ?label) (SAMPLE(?k) AS ?kind) WHERE {
                 { ?n a kg:Province ; kg:shortName ?l . BIND("province" AS ?k) }
                 UNION { ?n a kg:Program ; rdfs:label ?l . BIND("program" AS ?k) }
                 UNION { ?n a kg:Theme ; skos:prefLabel ?l . BIND("theme" AS ?k) }
               } GROUP BY ?n"""
        )
    }
    for r in rows:
        for n in (r["s"], r["o"]):
            info = labels.get(n, {})
            g.add_node(n, label=info.get("label", n.rsplit("/", 1)[-1]), kind=info.get("kind", ""))
        g.add_edge(r["s"], r["o"], predicate=r["p"].rsplit("#", 1)[-1], confidence=float(r["conf"]))
    nx.write_graphml(g, f, encoding="utf-8")
