"""One name resolver for provinces, programs and themes: what a user types -> nodes.

``--param``, ``--focus``, the query page and the API all call :func:`resolve`, so a
name matches the same way everywhere: whatever the case or width, with or without
quotes, spaces or hyphens, in traditional or simplified characters, as any of a node's
names (full name 浙江省, short form 浙江, one-character abbreviation 浙, literary name,
alias, English name Zhejiang) or its pinyin (zhejiang, the tail of its IRI).

Provinces and themes are few and are all read; programs can be many (50,000 in a large
store), so an exact program name is looked up by value in the store's index and the
whole list of program names is read only to suggest the nearest when nothing matched.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol
from urllib.parse import unquote

import pyoxigraph as ox

from kg.errors import QueryError, UnknownNameError
from kg.text.normalize import normalize_label
from kg.vocabulary import PREFIXES, program_iri

__all__ = [
    "KINDS",
    "Match",
    "Resolution",
    "name_key",
    "resolve",
    "resolve_label",
    "resolve_one",
    "resolve_params",
]

KINDS = ("province", "program", "theme")
_KIND_CLASS = {"province": "kg:Province", "program": "kg:Program", "theme": "kg:Theme"}
# the names a node answers to, besides the tail of its IRI
_NAME_PROPS = "rdfs:label skos:prefLabel skos:altLabel kg:shortName kg:abbreviation kg:literaryName"
# separators people type or leave out: "Inner Mongolia", "inner-mongolia", "xi'an"
_SEPARATORS = re.compile(r"[\s\-_'’·.]+")
_SUGGESTIONS = 5
_ENGLISH_DIVISION = re.compile(r"(province|municipality|autonomousregion|sar|city)$")


class _Source(Protocol):
    """A store, or anything that answers SELECT queries as rows of plain strings."""

    def select(self, sparql: str, params: dict[str, str] | None = None) -> list[dict[str, str]]: ...


class _Params(Protocol):
    """A saved query (:class:`kg.answers.queries.SavedQuery`): which parameters name nodes."""

    def kind_of(self, param: str) -> str | None: ...


@dataclass(frozen=True)
class Match:
    """A node a name matched: its IRI, kind, display label and the name that matched."""

    iri: str
    kind: str
    label: str
    name: str

    def describe(self) -> str:
        """``浙江省 (province)``: the label and the kind, for messages."""
        return f"{self.label} ({self.kind})"


@dataclass(frozen=True)
class Resolution:
    """What a text names: exact matches, or else (with ``partial``) the nodes whose
    names contain it; ``suggestions`` are the nearest names when nothing matched."""

    text: str
    kinds: tuple[str, ...]
    matches: tuple[Match, ...]
    suggestions: tuple[Match, ...] = ()
    exact: bool = True

    def __bool__(self) -> bool:
        return bool(self.matches)

    @property
    def iris(self) -> tuple[str, ...]:
        return tuple(m.iri for m in self.matches)

    @property
    def label(self) -> str:
        """The display label of the first match ("" when nothing matched)."""
        return self.matches[0].label if self.matches else ""

    def message(self) -> str:
        """One line saying that nothing matched, and the nearest names."""
        what = " or ".join(self.kinds) if len(self.kinds) < 3 else "province, program or theme"
        line = f"no {what} is named {self.text!r}"
        if self.suggestions:
            near = ", ".join(m.describe() for m in self.suggestions)
            line += f"; did you mean {near}?"
        return line

    def require(self) -> Resolution:
        """This resolution, or :class:`UnknownNameError` when nothing matched."""
        if not self.matches:
            raise UnknownNameError(self.message())
        return self


def name_key(text: str) -> str:
    """The form two names are compared in: simplified, NFKC, case-folded, without quotes,
    title marks, spaces or hyphens."""
    key = normalize_label(unicodedata.normalize("NFKC", text)).casefold()
    return _SEPARATORS.sub("", key)


def resolve(
    store: _Source,
    text: str,
    kinds: Sequence[str] = KINDS,
    *,
    partial: bool = False,
) -> Resolution:
    """The provinces, programs and themes (of ``kinds``) that ``text`` names.

    Exact matches (by :func:`name_key`) come first; with ``partial`` and no exact match,
    the nodes one of whose names contains the text are the matches (``exact`` False).
    When nothing matches, ``suggestions`` hold the nearest names.
    """
    if isinstance(kinds, str):
        kinds = (kinds,)
    if not kinds or set(kinds) - set(KINDS):
        raise ValueError(f"kinds must be among {KINDS}, not {tuple(kinds)}")
    kinds = tuple(k for k in KINDS if k in kinds)
    key = name_key(text)
    if not key:
        raise UnknownNameError("an empty name names nothing: give a province, program or theme")
    small = _small_names(store, [k for k in kinds if k != "program"])
    # "Zhejiang Province", "Beijing Municipality": the English names leave the word out
    bare = _ENGLISH_DIVISION.sub("", key) or key
    exact = [m for k, m in small if k in (key, bare) and (k == key or m.kind == "province")]
    if "program" in kinds:
        exact += _programs_named(store, text)
    if exact:
        return Resolution(text, kinds, _unique(exact))
    # Nothing by value: every program name is read and compared by key (only now, as
    # a large store holds many), for spellings the index cannot see and for suggestions.
    pool = small + (_program_names(store) if "program" in kinds else [])
    exact = [m for k, m in pool if k == key]
    if exact:
        return Resolution(text, kinds, _unique(exact))
    contained = [m for k, m in sorted(pool, key=lambda p: len(p[0])) if key in k]
    if partial and contained:
        return Resolution(text, kinds, _unique(contained), exact=False)
    return Resolution(text, kinds, (), _nearest(key, pool, contained))


def resolve_params(store: _Source, query: _Params, params: dict[str, str]) -> dict[str, str]:
    """A saved query's parameters with each name of a node (``[province]``, ``[program]``,
    ``[theme]`` in its header) replaced by the label of the one node it names.

    Raises :class:`UnknownNameError` (with the nearest names) when a name matches
    nothing, and :class:`QueryError` when it names several nodes of its kind.
    """
    out = dict(params)
    for name, value in params.items():
        kind = query.kind_of(name)
        if kind is not None and value.strip():
            out[name] = resolve_label(store, kind, value, f"--param {name}={value}")
    return out


def resolve_label(store: _Source, kind: str, value: str, what: str) -> str:
    """The label of the one node of ``kind`` that ``value`` names; errors start with
    ``what`` (the option or the field the value was given in)."""
    return resolve_one(store, kind, value, what).label


def resolve_one(store: _Source, kind: str, value: str, what: str) -> Match:
    """The one node of ``kind`` that ``value`` names (nodes of one label count as one).

    Raises :class:`UnknownNameError` (with the nearest names) when it matches nothing and
    :class:`QueryError` when it names several; both messages start with ``what``.
    """
    found = resolve(store, value, (kind,))
    if not found:
        raise UnknownNameError(f"{what}: {found.message()}")
    labels = sorted({m.label for m in found.matches})
    if len(labels) > 1:
        raise QueryError(
            f"{what}: names {len(labels)} {kind}s ({', '.join(labels)}); give one of these names"
        )
    return next(m for m in found.matches if m.label == labels[0])


# --------------------------------------------------------------------- reading names


def _small_names(store: _Source, kinds: Iterable[str]) -> list[tuple[str, Match]]:
    """(key, match) for every name of every province and theme: they are few."""
    kinds = list(kinds)
    if not kinds:
        return []
    classes = " ".join(f'({_KIND_CLASS[k]} "{k}")' for k in kinds)
    rows = store.select(
        f"SELECT ?node ?kind ?name (LANG(?name) AS ?lang) ?prop WHERE {{ "
        f"VALUES (?class ?kind) {{ {classes} }} ?node a ?class . "
        f"VALUES ?prop {{ {_NAME_PROPS} }} ?node ?prop ?name }}"
    )
    labels = _labels(rows)
    out: list[tuple[str, Match]] = []
    seen: set[tuple[str, str]] = set()
    for row in rows:
        iri, kind = row.get("node", ""), row.get("kind", "")
        names = [row.get("name", ""), _iri_tail(iri)]
        for name in names:
            k = name_key(name)
            if k and (k, iri) not in seen:
                seen.add((k, iri))
                out.append((k, Match(iri, kind, labels.get(iri, name), name)))
    return out


def _labels(rows: Iterable[dict[str, str]]) -> dict[str, str]:
    """The display label of each node: a Chinese rdfs:label, else any label."""
    best: dict[str, tuple[int, str]] = {}
    rdfs_label = PREFIXES["rdfs"] + "label"
    for row in rows:
        iri, name, lang = row.get("node", ""), row.get("name", ""), row.get("lang", "")
        rank = (0 if row.get("prop") == rdfs_label else 2) + (0 if lang.startswith("zh") else 1)
        if iri not in best or (rank, name) < best[iri]:
            best[iri] = (rank, name)
    return {iri: name for iri, (_, name) in best.items()}


def _programs_named(store: _Source, text: str) -> list[Match]:
    """Programs with ``text`` as a name, or minted from its key: looked up by value. The
    program whose key the name is comes alone: another program listing the name only as
    an alias (供销社服务“三农”综合平台, whose alias “三农” is the key of “三农”工作) is
    another program, not a second reading of the name."""
    forms = {text.strip(), normalize_label(text)}
    values = " ".join(
        str(lit)
        for f in sorted(forms)
        if f
        for lit in (ox.Literal(f, language="zh"), ox.Literal(f))
    )
    iri = ox.NamedNode(str(program_iri(normalize_label(text) or "_")))
    rows = store.select(
        f"SELECT DISTINCT ?node ?label WHERE {{ "
        f"{{ VALUES ?name {{ {values} }} ?node rdfs:label|skos:altLabel ?name }} "
        f"UNION {{ VALUES ?node {{ {iri} }} }} "
        f"?node a kg:Program ; rdfs:label ?label }}"
    )
    found = [Match(r["node"], "program", r["label"], text) for r in rows if "label" in r]
    own = [m for m in found if m.iri == iri.value]
    return own or found


def _program_names(store: _Source) -> list[tuple[str, Match]]:
    """(key, match) for every name of every program."""
    rows = store.select(
        "SELECT ?node ?label ?name WHERE { ?node a kg:Program ; rdfs:label ?label ; "
        "rdfs:label|skos:altLabel ?name }"
    )
    return [(name_key(r["name"]), Match(r["node"], "program", r["label"], r["name"])) for r in rows]


def _nearest(key: str, pool: list[tuple[str, Match]], contained: list[Match]) -> tuple[Match, ...]:
    """The nearest names: those containing the text, then the closest spellings, then
    names inside the text ("浙江杭州" holds 浙江)."""
    by_key: dict[str, list[Match]] = {}
    for k, m in pool:
        by_key.setdefault(k, []).append(m)
    close = difflib.get_close_matches(key, list(by_key), n=_SUGGESTIONS, cutoff=0.6)
    inside = sorted((k for k in by_key if len(k) > 1 and k in key), key=len, reverse=True)
    found = contained + [m for k in close + inside for m in by_key[k]]
    return _unique(found)[:_SUGGESTIONS]


def _unique(matches: Iterable[Match]) -> tuple[Match, ...]:
    seen: set[str] = set()
    out = []
    for m in matches:
        if m.iri not in seen:
            seen.add(m.iri)
            out.append(m)
    return tuple(out)


def _iri_tail(iri: str) -> str:
    """``zhejiang`` of ``…/id/province/zhejiang``: pinyin for provinces, a slug for themes."""
    return unquote(iri.rstrip("/").rpartition("/")[2])
