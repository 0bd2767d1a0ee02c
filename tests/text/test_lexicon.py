"""The lexicon: provinces, places and themes read from the ontology's Turtle files."""

from __future__ import annotations

from pathlib import Path

from kg.text.lexicon import load_lexicon


def test_every_provincial_level_division_is_read_with_its_names() -> None:
    lex = load_lexicon()
    assert len(lex.provinces) == 34
    zj = lex.provinces["zhejiang"]
    assert (zj.label, zj.short) == ("浙江省", "浙江")
    assert "浙江省" in zj.names and "浙江" in zj.names
    assert zj.abbreviations == ("浙",)  # only read inside compounds such as 沪苏浙皖
    assert all(len(n) >= 2 for p in lex.provinces.values() for n in p.names)


def test_any_form_of_a_province_name_gives_its_id() -> None:
    lex = load_lexicon()
    assert lex.province_of("广西壮族自治区") == "guangxi"
    assert lex.province_of("浙江省") == lex.province_of("浙江") == "zhejiang"
    # literary short forms, read as the province in context (在黑龙江… / 龙江…)
    assert lex.province_of("龙江") == "heilongjiang"
    assert lex.province_of("八桂") == "guangxi"
    # full-width or traditional forms are matched through the matching text
    assert lex.province_of("廣西壯族自治區") == "guangxi"
    assert lex.province_of("杭州") is None  # a city is not a province


def test_places_belong_to_their_province() -> None:
    lex = load_lexicon()
    hz = lex.places["hangzhou"]
    assert hz.province == "zhejiang"
    assert "杭州" in hz.names


def test_themes_are_found_by_their_labels() -> None:
    lex = load_lexicon()
    tid = lex.theme_of("乡村振兴")
    assert tid == "rural-revitalization"
    assert lex.themes[tid].label == "乡村振兴"


def test_the_lexicon_is_read_once_per_directory() -> None:
    assert load_lexicon() is load_lexicon()


def test_a_directory_of_its_own_is_read(tmp_path: Path) -> None:
    # a small ontology: one province with a literary name, one place, one theme
    (tmp_path / "provinces.ttl").write_text(
        """@prefix kg: <https://w3id.org/zhkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/zhkg/id/province/zhejiang> a kg:Province ;
    rdfs:label "浙江省"@zh ; kg:shortName "浙江"@zh ; kg:literaryName "之江"@zh ;
    kg:divisionCode "330000" .
""",
        encoding="utf-8",
    )
    (tmp_path / "places.ttl").write_text(
        """@prefix kg: <https://w3id.org/zhkg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
<https://w3id.org/zhkg/id/place/hangzhou> a kg:Place ; rdfs:label "杭州市"@zh ;
    kg:shortName "杭州"@zh ; kg:inProvince <https://w3id.org/zhkg/id/province/zhejiang> .
<https://w3id.org/zhkg/id/place/nowhere> a kg:Place ; rdfs:label "无处市"@zh .
""",
        encoding="utf-8",
    )
    lex = load_lexicon(str(tmp_path))  # no themes.ttl: no themes, no error
    assert list(lex.provinces) == ["zhejiang"]
    assert lex.provinces["zhejiang"].code == "330000"
    assert lex.province_of("之江") == "zhejiang"
    assert list(lex.places) == ["hangzhou"]  # a place in no province is left out
    assert lex.themes == {}
    assert lex.fingerprint.count("-") == 1  # the two files read
