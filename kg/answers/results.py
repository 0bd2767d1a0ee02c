"""Query results as text for a terminal or a file: an aligned table, CSV, TSV, SPARQL
JSON results, Turtle for graphs, ``true``/``false`` for ASK.

Text read from documents is neutralised for where it goes: control characters (ANSI
escapes) are shown as ``\\u001b`` in tables, and CSV/TSV cells that would start a
spreadsheet formula get a leading ``'``.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
from typing import Any

import pyoxigraph as ox

__all__ = ["FORMATS", "format_result", "terminal_safe", "text_width"]

#: The formats of :func:`format_result` for SELECT results.
FORMATS = ("table", "csv", "tsv", "json")


def format_result(result: Any, fmt: str = "table", limit: int | None = None) -> str:
    """A pyoxigraph result (None for an update) as text ending in a newline; at most
    ``limit`` rows or triples."""
    if result is None:
        return "update done\n"
    if isinstance(result, ox.QueryBoolean):
        return "true\n" if bool(result) else "false\n"
    if isinstance(result, ox.QueryTriples):
        from kg.vocabulary import PREFIXES

        triples = list(result)[:limit] if limit is not None else list(result)
        data = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=PREFIXES) or b""
        return data.decode("utf-8")
    names = [v.value for v in result.variables]
    rows = []
    for i, sol in enumerate(result):
        if limit is not None and i >= limit:
            break
        rows.append([sol[n] for n in names])
    if fmt == "json":
        from kg.store.sparql import json_term

        out = {
            "head": {"vars": names},
            "results": {
                "bindings": [
                    {n: json_term(t) for n, t in zip(names, row, strict=True) if t is not None}
                    for row in rows
                ]
            },
        }
        return json.dumps(out, ensure_ascii=False, indent=1) + "\n"
    values = [["" if t is None else str(t.value) for t in row] for row in rows]
    if fmt in ("csv", "tsv"):
        from kg.answers.export import safe_cell

        buf = io.StringIO()
        w = csv.writer(buf, delimiter="," if fmt == "csv" else "\t", lineterminator="\n")
        w.writerow(names)
        for row in values:
            w.writerow([safe_cell(v) for v in row])
        return buf.getvalue()
    count = f"({len(values)} row)" if len(values) == 1 else f"({len(values)} rows)"
    return f"{_table(names, values)}\n{count}\n"


def terminal_safe(text: str) -> str:
    """Control characters from documents never reach the terminal as themselves."""
    return "".join(ch if unicodedata.category(ch)[0] != "C" else f"\\u{ord(ch):04x}" for ch in text)


def text_width(text: str) -> int:
    """Columns ``text`` takes on a terminal: wide (CJK) characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _table(names: list[str], rows: list[list[str]], max_cell: int = 60) -> str:
    cells = [
        [terminal_safe(c if len(c) <= max_cell else c[: max_cell - 1] + "…") for c in r]
        for r in rows
    ]
    widths = [max([text_width(n)] + [text_width(r[i]) for r in cells]) for i, n in enumerate(names)]

    def line(values: list[str]) -> str:
        return "  ".join(
            v + " " * (w - text_width(v)) for v, w in zip(values, widths, strict=True)
        ).rstrip()

    out = [line(names), line(["-" * w for w in widths])]
    out += [line(r) for r in cells]
    return "\n".join(out)
