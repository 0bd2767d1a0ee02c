"""The name resolver: provinces, programs and themes however a user types them."""

from __future__ import annotations

import pytest

import kg
from kg.answers.resolve import name_key, resolve
from kg.errors import UnknownNameError
from kg.store import Store

ZHEJIANG = "https://w3id.org/zhkg/id/province/zhejiang"
SANBAI = "https://w3id.org/zhkg/id/program/三百工程"


@pytest.mark.parametrize(
    "text",
    ["浙江", "浙江省", "浙", "zhejiang", "Zhejiang", "ZHE JIANG", "浙江省委", "ｚｈｅｊｉａｎｇ"],
)
def test_a_province_by_any_of_its_names(sample_store: Store, text: str) -> None:
    r = resolve(sample_store, text)
    assert r.iris == (ZHEJIANG,) and r.label == "浙江省" and r.exact


@pytest.mark.parametrize("text", ["inner mongolia", "Inner-Mongolia", "neimenggu", "内蒙古"])
def test_a_province_with_a_two_word_name(sample_store: Store, text: str) -> None:
    assert resolve(sample_store, text, ("province",)).iris == (
        "https://w3id.org/zhkg/id/province/neimenggu",
    )


def test_shanxi_and_shaanxi_stay_apart(sample_store: Store) -> None:
    assert resolve(sample_store, "shanxi").label == "山西省"
    assert resolve(sample_store, "Shaanxi").label == "陕西省"
    assert resolve(sample_store, "陕").label == "陕西省"


@pytest.mark.parametrize(
    "text", ["三百工程", "“三百工程”", "干部教育培训“三百工程”", "幹部教育培訓「三百工程」"]
)
def test_a_program_by_name_alias_quotes_or_traditional(sample_store: Store, text: str) -> None:
    assert resolve(sample_store, text, ("program",)).iris == (SANBAI,)


@pytest.mark.parametrize("text", ["党建", "党的建设", "Party building", "party-building"])
def test_a_theme_by_alias_english_name_or_slug(sample_store: Store, text: str) -> None:
    r = resolve(sample_store, text, ["theme"])
    assert r.iris == ("https://w3id.org/zhkg/id/theme/party-building",)


def test_kinds_narrow_the_search(sample_store: Store) -> None:
    assert not resolve(sample_store, "浙江", ("program", "theme"))
    with pytest.raises(ValueError):
        resolve(sample_store, "浙江", ("city",))


def test_nothing_matched_says_so_and_suggests(sample_store: Store) -> None:
    r = resolve(sample_store, "zhe", ("province",))
    assert not r and r.suggestions[0].iri == ZHEJIANG
    assert r.message() == "no province is named 'zhe'; did you mean 浙江省 (province)?"
    with pytest.raises(UnknownNameError, match="did you mean 浙江省"):
        r.require()
    near = resolve(sample_store, "浙江杭州").suggestions
    assert near and near[0].iri == ZHEJIANG
    assert resolve(sample_store, "三百").suggestions[0].iri == SANBAI


def test_partial_matches_when_asked(sample_store: Store) -> None:
    r = resolve(sample_store, "三百", partial=True)
    assert r.iris == (SANBAI,) and not r.exact


def test_an_empty_name_is_refused(sample_store: Store) -> None:
    with pytest.raises(UnknownNameError):
        resolve(sample_store, "  ")


def test_name_key_folds_case_width_quotes_and_separators() -> None:
    assert name_key("Inner Mongolia") == name_key("inner-mongolia") == "innermongolia"
    assert name_key("「三百工程」") == name_key("“三百工程”") == "三百工程"


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Zhejiang Province", "浙江省"),
        ("Beijing Municipality", "北京市"),
        ("Xizang Autonomous Region", "西藏自治区"),
        ("Hong Kong SAR", "香港特别行政区"),
    ],
)
def test_english_names_with_the_kind_of_division(
    sample_store: Store, text: str, label: str
) -> None:
    assert resolve(sample_store, text, ("province",)).label == label


def test_the_program_a_name_keys_wins_over_another_programs_alias() -> None:
    # 供销社服务“三农”综合平台 (gwr2026-sichuan) keeps “三农” as an alias; the program keyed
    # 三农 is another (an invented “三农”工程): 三农 names the latter, not both
    with Store(None) as store:
        kg.build_text("四川加快建设供销社服务“三农”综合平台。", store, id="a", title="a")
        kg.build_text("浙江实施“三农”工程。", store, id="b", title="b")
        for text in ("三农", "“三农”"):
            found = resolve(store, text, ("program",))
            assert [m.label for m in found.matches] == ["“三农”工程"], text
        # the longer program is still found by its own name, and by part of it
        assert (
            resolve(store, "供销社服务“三农”综合平台", ("program",))
            .matches[0]
            .iri.endswith("三农综合平台")
        )
