"""Saved SPARQL queries shipped in ``kg/queries/*.rq``, each with a comment header.

Header lines: ``# name:``, ``# description:``, and ``# param: NAME (optional) text``. A
parameter is written into the query in place of ``?param_NAME`` as a string literal; a
parameter not given is the empty string, so queries test ``?param_NAME = ""``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError

__all__ = ["SavedQuery", "list_saved", "load_saved", "parse_params"]

_DIR = Path(__file__).resolve().parent / "queries"


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[tuple[str, str], ...]  # (name, description)
    text: str
    path: Path


def _parse(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    name, description, params = path.stem, "", []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        m = re.match(r"#\s*(name|description|param):\s*(.*)", line)
        if not m:
            continue
        key, value = m.groups()
        if key == "name":
            name = value.strip()
        elif key == "description":
            description = value.strip()
        else:
            pname, _, pdesc = value.strip().partition(" ")
            params.append((pname, pdesc.strip()))
    return SavedQuery(name, description, tuple(params), text, path)


def list_saved() -> list[SavedQuery]:
    """Every saved query, by name."""
    return sorted((_parse(p) for p in _DIR.glob("*.rq")), key=lambda q: q.name)


def load_saved(name: str) -> SavedQuery:
    for q in list_saved():
        if q.name == name:
            return q
    names = ", ".join(q.name for q in list_saved())
    raise QueryError(f"no saved query named {name!r} (saved: {names})")


def parse_params(query: SavedQuery, pairs: tuple[str, ...] | list[str]) -> dict[str, str]:
    """``key=value`` pairs checked against the query's declared parameters."""
    known = {p for p, _ in query.params}
    out = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep:
            raise QueryError(f"--param {pair!r}: expected NAME=VALUE")
        if key not in known:
            raise QueryError(
                f"--param {key!r}: {query.name} takes {', '.join(sorted(known)) or 'no parameters'}"
            )
        out[key] = value
    return {name: out.get(name, "") for name in sorted(known)}
