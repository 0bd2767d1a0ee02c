"""The ontology and its data files: province gazetteer, places and theme vocabulary."""

from __future__ import annotations

import re
from collections import Counter

import pytest
from rdflib import OWL, RDF, RDFS, SKOS, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from tests.paths import ROOT

ONTOLOGY_DIR = ROOT / "ontology"
DATA_FILES = ("provinces.ttl", "places.ttl", "themes.ttl")
KG = Namespace("https://w3id.org/zhkg/ontology#")
WD = "http://www.wikidata.org/entity/Q"
THEME_SCHEME = URIRef("https://w3id.org/zhkg/id/theme/scheme")
SIX_DIGITS = re.compile(r"\d{6}")


def _parse(*names: str) -> Graph:
    graph = Graph()
    for name in names:
        graph.parse(ONTOLOGY_DIR / name, format="turtle")
    return graph


@pytest.fixture(scope="module")
def provinces() -> Graph:
    return _parse("provinces.ttl")


@pytest.fixture(scope="module")
def places() -> Graph:
    return _parse("places.ttl")


@pytest.fixture(scope="module")
def themes() -> Graph:
    return _parse("themes.ttl")


def _zh(graph: Graph, subject: Node, predicate: URIRef) -> list[str]:
    return [
        str(o)
        for o in graph.objects(subject, predicate)
        if isinstance(o, Literal) and o.language == "zh"
    ]


def _one_zh(graph: Graph, subject: Node, predicate: URIRef) -> str:
    values = _zh(graph, subject, predicate)
    assert len(values) == 1, f"{subject} has {len(values)} @zh {predicate}: {values}"
    return values[0]


def _duplicates(values: list[str]) -> list[str]:
    return sorted(v for v, n in Counter(values).items() if n > 1)


# ---------------------------------------------------------------- provinces


def test_there_are_34_provinces(provinces: Graph) -> None:
    assert len(set(provinces.subjects(RDF.type, KG.Province))) == 34


def test_each_province_has_labels_code_and_wikidata_item(provinces: Graph) -> None:
    for province in provinces.subjects(RDF.type, KG.Province):
        assert _one_zh(provinces, province, RDFS.label)
        assert _one_zh(provinces, province, KG.shortName)
        code = [str(c) for c in provinces.objects(province, KG.divisionCode)]
        assert len(code) == 1 and SIX_DIGITS.fullmatch(code[0]) and code[0].endswith("0000"), (
            province,
            code,
        )
        same = [str(o) for o in provinces.objects(province, OWL.sameAs)]
        assert len(same) == 1 and same[0].startswith(WD), (province, same)


def test_province_codes_short_names_and_items_are_unique(provinces: Graph) -> None:
    members = list(provinces.subjects(RDF.type, KG.Province))
    codes = [str(provinces.value(p, KG.divisionCode)) for p in members]
    shorts = [_one_zh(provinces, p, KG.shortName) for p in members]
    items = [str(provinces.value(p, OWL.sameAs)) for p in members]
    assert _duplicates(codes) == []
    assert _duplicates(shorts) == []
    assert _duplicates(items) == []


def test_no_province_name_belongs_to_two_provinces(provinces: Graph) -> None:
    names: list[str] = []
    for province in set(provinces.subjects(RDF.type, KG.Province)):
        own = set()
        for predicate in (
            RDFS.label,
            SKOS.altLabel,
            KG.shortName,
            KG.literaryName,
            KG.abbreviation,
        ):
            own.update(_zh(provinces, province, predicate))
        names.extend(own)
    assert _duplicates(names) == []


def test_zhejiang_is_described_as_in_the_gazetteer(provinces: Graph) -> None:
    zhejiang = URIRef("https://w3id.org/zhkg/id/province/zhejiang")
    assert _one_zh(provinces, zhejiang, KG.shortName) == "浙江"
    assert str(provinces.value(zhejiang, KG.divisionCode)) == "330000"
    assert provinces.value(zhejiang, OWL.sameAs) == URIRef(WD + "16967")


# ---------------------------------------------------------------- places


def test_every_place_is_in_exactly_one_of_the_provinces(provinces: Graph, places: Graph) -> None:
    known = set(provinces.subjects(RDF.type, KG.Province))
    members = set(places.subjects(RDF.type, KG.Place))
    assert len(members) >= 333
    for place in members:
        assert _one_zh(places, place, RDFS.label)
        inside = list(places.objects(place, KG.inProvince))
        assert len(inside) == 1 and inside[0] in known, (place, inside)
        assert (place, RDF.type, KG.Province) not in places


def test_place_codes_agree_with_their_province(provinces: Graph, places: Graph) -> None:
    for place in places.subjects(RDF.type, KG.Place):
        code = places.value(place, KG.divisionCode)
        if code is None:
            continue
        province_code = str(provinces.value(places.value(place, KG.inProvince), KG.divisionCode))
        assert SIX_DIGITS.fullmatch(str(code)) and str(code)[:2] == province_code[:2], (
            place,
            code,
        )


def test_place_codes_and_short_names_are_unique(places: Graph) -> None:
    members = list(places.subjects(RDF.type, KG.Place))
    codes = [str(c) for p in members for c in places.objects(p, KG.divisionCode)]
    shorts = [s for p in members for s in _zh(places, p, KG.shortName)]
    assert _duplicates(codes) == []
    assert _duplicates(shorts) == []
    assert all(len(s) >= 2 for s in shorts)


def test_no_place_name_is_a_province_name(provinces: Graph, places: Graph) -> None:
    province_names = {
        name
        for p in provinces.subjects(RDF.type, KG.Province)
        for predicate in (RDFS.label, SKOS.altLabel, KG.shortName, KG.literaryName)
        for name in _zh(provinces, p, predicate)
    }
    for place in places.subjects(RDF.type, KG.Place):
        for predicate in (RDFS.label, SKOS.altLabel, KG.shortName):
            clash = set(_zh(places, place, predicate)) & province_names
            assert not clash, (place, clash)


def test_fuzhou_is_a_place_in_fujian(places: Graph) -> None:
    fuzhou = URIRef("https://w3id.org/zhkg/id/place/fuzhou")
    assert _one_zh(places, fuzhou, KG.shortName) == "福州"
    assert places.value(fuzhou, KG.inProvince) == URIRef("https://w3id.org/zhkg/id/province/fujian")


# ---------------------------------------------------------------- themes


def test_theme_scheme_has_enough_concepts(themes: Graph) -> None:
    assert (THEME_SCHEME, RDF.type, SKOS.ConceptScheme) in themes
    concepts = set(themes.subjects(SKOS.inScheme, THEME_SCHEME))
    assert len(concepts) >= 120
    for concept in concepts:
        assert (concept, RDF.type, KG.Theme) in themes
        assert (concept, RDF.type, SKOS.Concept) in themes


def test_every_theme_has_one_chinese_preferred_label(themes: Graph) -> None:
    for concept in themes.subjects(SKOS.inScheme, THEME_SCHEME):
        assert _one_zh(themes, concept, SKOS.prefLabel)


def test_no_theme_label_names_two_concepts(themes: Graph) -> None:
    labels: list[str] = []
    for concept in set(themes.subjects(SKOS.inScheme, THEME_SCHEME)):
        labels.extend(
            set(_zh(themes, concept, SKOS.prefLabel) + _zh(themes, concept, SKOS.altLabel))
        )
    assert _duplicates(labels) == []


def test_broader_themes_exist_in_the_scheme(themes: Graph) -> None:
    concepts = set(themes.subjects(SKOS.inScheme, THEME_SCHEME))
    for concept, parent in themes.subject_objects(SKOS.broader):
        assert concept in concepts and parent in concepts, (concept, parent)
        assert concept != parent


# ---------------------------------------------------------------- together


def test_data_files_use_only_terms_declared_in_the_ontology() -> None:
    ontology = _parse("kg.ttl")
    declared = set(ontology.subjects())
    data = _parse(*DATA_FILES)
    used = {p for p in data.predicates() if p.startswith(str(KG))}
    used |= {
        c for c in data.objects(None, RDF.type) if isinstance(c, URIRef) and c.startswith(str(KG))
    }
    assert used, "the data files use no kg: term"
    assert sorted(used - declared) == []


def test_ontology_and_data_parse_together() -> None:
    graph = _parse("kg.ttl", *DATA_FILES)
    assert len(graph) > sum(len(_parse(name)) for name in DATA_FILES)
