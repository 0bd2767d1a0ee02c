"""The lexicon: provinces, places and themes, read from the ontology's Turtle files.

There is no second copy of these lists in code: the extractor, jieba's user dictionary
and SPARQL all see the same ``ontology/*.ttl``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import pyoxigraph as ox

from kg.resources import ontology_dir
from kg.text.normalize import matching_text

__all__ = ["Lexicon", "PlaceEntry", "ProvinceEntry", "ThemeEntry", "load_lexicon"]

_KG = "https://w3id.org/zhkg/ontology#"
_RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
_RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"


@dataclass(frozen=True)
class ProvinceEntry:
    id: str  # zhejiang
    iri: str
    label: str  # 浙江省
    short: str  # 浙江
    names: tuple[str, ...]  # every form read as the province anywhere
    literary: tuple[str, ...]  # 之江, 龙江 …: read as the province in context
    abbreviations: tuple[str, ...]  # 浙: only inside compounds such as 沪苏浙皖
    code: str = ""
    established: str = ""  # kg:establishedOn (重庆 1997-03-14): no actor in a document before


@dataclass(frozen=True)
class PlaceEntry:
    id: str
    iri: str
    label: str  # 福州市
    names: tuple[str, ...]  # 福州市, 福州
    province: str  # province id


@dataclass(frozen=True)
class ThemeEntry:
    id: str  # slug of the theme IRI
    iri: str
    label: str  # skos:prefLabel@zh
    names: tuple[str, ...]  # prefLabel and altLabels (@zh), matching text


@dataclass(frozen=True, eq=False)  # hashed by identity: one per process, cached
class Lexicon:
    provinces: dict[str, ProvinceEntry]
    places: dict[str, PlaceEntry]
    themes: dict[str, ThemeEntry]
    fingerprint: str = ""
    province_by_name: dict[str, str] = field(default_factory=dict, compare=False)
    theme_by_name: dict[str, str] = field(default_factory=dict, compare=False)

    def province_of(self, name: str) -> str | None:
        """The province id for any of its names (浙江, 浙江省, 广西壮族自治区 …)."""
        return self.province_by_name.get(matching_text(name))

    def theme_of(self, name: str) -> str | None:
        """The theme id for its preferred or alternative label."""
        return self.theme_by_name.get(matching_text(name))


def _zh_literals(
    triples: dict[tuple[str, str], list[ox.Literal]], subject: str, prop: str
) -> list[str]:
    out = []
    for lit in triples.get((subject, prop), []):
        if lit.language in (None, "zh", "zh-cn", "zh-hans") and lit.value.strip():
            out.append(matching_text(lit.value.strip()))
    return out


# (subject, property) -> the literals and IRIs of the ontology's triples, and each subject's types
_Literals = dict[tuple[str, str], list[ox.Literal]]
_Iris = dict[tuple[str, str], list[str]]


@cache
def load_lexicon(directory: str | None = None) -> Lexicon:
    """Read provinces, places and themes from the ontology directory (cached)."""
    d = Path(directory) if directory else ontology_dir()
    literals, iris, types, fingerprint = _read_ontology(d)
    provinces = _provinces(literals, types)
    places = _places(literals, iris, types, {p.iri: p.id for p in provinces.values()})
    themes = _themes(literals, types)
    province_by_name: dict[str, str] = {}
    for p in provinces.values():
        for n in (*p.names, *p.literary):
            province_by_name.setdefault(n, p.id)
    theme_by_name: dict[str, str] = {}
    for t in themes.values():
        for n in t.names:
            theme_by_name.setdefault(n, t.id)
    return Lexicon(
        provinces=provinces,
        places=places,
        themes=themes,
        fingerprint=fingerprint,
        province_by_name=province_by_name,
        theme_by_name=theme_by_name,
    )


def _read_ontology(d: Path) -> tuple[_Literals, _Iris, dict[str, set[str]], str]:
    """The triples of provinces.ttl, places.ttl and themes.ttl, and their fingerprint."""
    literals: _Literals = {}
    iris: _Iris = {}
    types: dict[str, set[str]] = {}
    fingerprint_parts = []
    for name in ("provinces.ttl", "places.ttl", "themes.ttl"):
        path = d / name
        if not path.is_file():
            continue
        fingerprint_parts.append(str(path.stat().st_size))
        for t in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE):
            s, p, o = t.subject.value, t.predicate.value, t.object
            if p == _RDF_TYPE:
                types.setdefault(s, set()).add(o.value)
            elif isinstance(o, ox.Literal):
                literals.setdefault((s, p), []).append(o)
            elif isinstance(o, ox.NamedNode):
                iris.setdefault((s, p), []).append(o.value)
    return literals, iris, types, "-".join(fingerprint_parts)


def _provinces(literals: _Literals, types: dict[str, set[str]]) -> dict[str, ProvinceEntry]:
    provinces: dict[str, ProvinceEntry] = {}
    for s, ts in sorted(types.items()):
        if _KG + "Province" not in ts:
            continue
        pid = s.rsplit("/", 1)[-1]
        labels = _zh_literals(literals, s, _RDFS_LABEL) + _zh_literals(
            literals, s, _SKOS + "prefLabel"
        )
        shorts = _zh_literals(literals, s, _KG + "shortName")
        short = (shorts or labels)[0]
        alt = _zh_literals(literals, s, _SKOS + "altLabel")
        names = _unique([*labels, short, *shorts, *alt])
        code = [lit.value for lit in literals.get((s, _KG + "divisionCode"), [])]
        since = [lit.value for lit in literals.get((s, _KG + "establishedOn"), [])]
        provinces[pid] = ProvinceEntry(
            id=pid,
            iri=s,
            label=labels[0] if labels else short,
            short=short,
            names=tuple(n for n in names if len(n) >= 2),
            literary=tuple(_unique(_zh_literals(literals, s, _KG + "literaryName"))),
            abbreviations=tuple(_unique(_zh_literals(literals, s, _KG + "abbreviation"))),
            code=code[0] if code else "",
            established=since[0] if since else "",
        )
    return provinces


def _places(
    literals: _Literals, iris: _Iris, types: dict[str, set[str]], by_iri: dict[str, str]
) -> dict[str, PlaceEntry]:
    places: dict[str, PlaceEntry] = {}
    for s, ts in sorted(types.items()):
        if _KG + "Place" not in ts:
            continue
        in_prov = [by_iri[o] for o in iris.get((s, _KG + "inProvince"), []) if o in by_iri]
        if not in_prov:
            continue
        labels = _zh_literals(literals, s, _RDFS_LABEL)
        names = _unique(
            [
                *labels,
                *_zh_literals(literals, s, _KG + "shortName"),
                *_zh_literals(literals, s, _SKOS + "altLabel"),
            ]
        )
        pid = s.rsplit("/", 1)[-1]
        places[pid] = PlaceEntry(
            id=pid,
            iri=s,
            label=labels[0] if labels else names[0],
            names=tuple(n for n in names if len(n) >= 2),
            province=in_prov[0],
        )
    return places


def _themes(literals: _Literals, types: dict[str, set[str]]) -> dict[str, ThemeEntry]:
    themes: dict[str, ThemeEntry] = {}
    for s, ts in sorted(types.items()):
        if _KG + "Theme" not in ts and _SKOS + "Concept" not in ts:
            continue
        pref = _zh_literals(literals, s, _SKOS + "prefLabel") or _zh_literals(
            literals, s, _RDFS_LABEL
        )
        if not pref:
            continue
        tid = s.rsplit("/", 1)[-1]
        names = _unique(
            [
                *pref,
                *_zh_literals(literals, s, _SKOS + "altLabel"),
                *_zh_literals(literals, s, _RDFS_LABEL),
            ]
        )
        themes[tid] = ThemeEntry(id=tid, iri=s, label=pref[0], names=tuple(names))
    return themes


def _unique(items: list[str]) -> list[str]:
    seen: dict[str, None] = {}
    for item in items:
        if item:
            seen.setdefault(item, None)
    return list(seen)
