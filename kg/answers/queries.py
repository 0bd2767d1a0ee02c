"""Saved SPARQL queries shipped in ``kg/queries/*.rq``, each with a comment header.

Header lines: ``# name:``, ``# description:``, and ``# param: NAME [KIND] (optional) text``.
A parameter is written into the query in place of ``?param_NAME`` as a string literal; a
parameter not given is the empty string, so queries test ``?param_NAME = ""``. ``[KIND]``
(province, program or theme) says the parameter names a node: its value is resolved
(:mod:`kg.answers.resolve`) to the node's label before it is written in, so ``zhejiang``,
``浙`` and ``浙江省`` ask the same.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from kg.errors import QueryError

__all__ = ["SavedQuery", "list_saved", "load_saved", "parse_params", "query_text"]

_DIR = Path(__file__).resolve().parent / "queries"


@dataclass(frozen=True)
class SavedQuery:
    name: str
    description: str
    params: tuple[tuple[str, str], ...]  # (name, description)
    text: str
    path: Path
    kinds: tuple[tuple[str, str], ...] = ()  # (name, province|program|theme) of name params

    def kind_of(self, param: str) -> str | None:
        """``province``, ``program`` or ``theme`` when ``param`` names a node, else None."""
        return dict(self.kinds).get(param)

    @property
    def required(self) -> tuple[str, ...]:
        """The parameters a run must give: those not marked ``(optional)``."""
        return tuple(n for n, d in self.params if not d.startswith("(optional)"))


def _parse(path: Path) -> SavedQuery:
    text = path.read_text(encoding="utf-8")
    name, description, params, kinds = path.stem, "", [], []
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
            tag = re.match(r"\[(province|program|theme)\]\s*", pdesc)
            if tag:
                kinds.append((pname, tag.group(1)))
                pdesc = pdesc[tag.end() :]
            params.append((pname, pdesc.strip()))
    return SavedQuery(name, description, tuple(params), text, path, tuple(kinds))


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
    missing = [n for n in query.required if not out.get(n, "").strip()]
    if missing:
        descriptions = dict(query.params)
        needs = "; ".join(f"--param {n}=… ({descriptions[n]})" for n in missing)
        raise QueryError(f"{query.name} needs {needs}")
    return {name: out.get(name, "") for name in sorted(known)}


def query_text(
    sparql: str | None = None,
    *,
    saved: str | None = None,
    params: Mapping[str, str] | Sequence[str] | None = None,
) -> tuple[str, SavedQuery | None, dict[str, str]]:
    """What to run: SPARQL text, or a saved query by name with its parameters checked.

    ``params`` are a mapping or ``NAME=VALUE`` pairs, for a saved query only. Giving
    both a text and a name, or neither, is a :class:`QueryError`.
    """
    if saved is not None and sparql is not None:
        raise QueryError("give SPARQL text or --saved NAME, not both")
    if saved is None:
        if params:
            raise QueryError("--param is for saved queries: add --saved NAME (see --list)")
        if sparql is None or not sparql.strip():
            raise QueryError("give a query: SPARQL text, -f FILE or --saved NAME (see --list)")
        return sparql, None, {}
    query = load_saved(saved)
    if isinstance(params, Mapping):
        pairs = [f"{k}={v}" for k, v in params.items()]
    else:
        pairs = list(params or ())
    return query.text, query, parse_params(query, pairs)
