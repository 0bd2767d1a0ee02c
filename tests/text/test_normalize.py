"""Tests for kg.normalize: simplified, width-folded text that keeps its offsets."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.text.normalize import fold_width, is_cjk, matching_text, normalize_label, to_simplified

TRADITIONAL = "湖南、天津實施幹部教育培訓「三百工程」"


def test_to_simplified_converts_traditional() -> None:
    assert to_simplified(TRADITIONAL) == "湖南、天津实施干部教育培训「三百工程」"


def test_to_simplified_leaves_simplified_and_ascii_alone() -> None:
    text = "浙江省实施“千万工程”，GDP增长5.5%。"
    assert to_simplified(text) == text


@given(st.text())
def test_to_simplified_keeps_length(text: str) -> None:
    assert len(to_simplified(text)) == len(text)


@given(st.text(alphabet=st.sampled_from("實施幹部教育培訓「」，。 \n乾隆發展臺灣abc12\x00")))
def test_to_simplified_keeps_length_on_chinese(text: str) -> None:
    converted = to_simplified(text)
    assert len(converted) == len(text)
    # Conversion is per position: each character maps to one character.
    assert [to_simplified(c) for c in text if c in "，。 \n"] == [c for c in text if c in "，。 \n"]


def test_to_simplified_survives_lone_surrogates() -> None:
    text = "實施\ud800工程"
    assert to_simplified(text) == "实施\ud800工程"


def test_fold_width() -> None:
    assert fold_width("ＧＤＰ增长５．５％！\u3000（一）；") == "GDP增长5.5%! (一);"
    # CJK punctuation is not full-width ASCII and stays as written.
    assert fold_width("，。、“”《》") == "，。、“”《》"


@given(st.text())
def test_fold_width_keeps_length(text: str) -> None:
    assert len(fold_width(text)) == len(text)


def test_matching_text() -> None:
    text = "２０２５年，臺灣實施「三百工程」"
    result = matching_text(text)
    assert result == "2025年，台湾实施「三百工程」"
    assert len(result) == len(text)


def test_normalize_label_examples() -> None:
    assert normalize_label("干部教育培训“三百工程”") == "干部教育培训三百工程"
    assert normalize_label("「三百工程」") == "三百工程"
    assert normalize_label("《幹部教育培訓 三百工程》") == "干部教育培训三百工程"
    assert normalize_label("‘千万工程’") == normalize_label("『千萬工程』") == "千万工程"
    assert normalize_label("ＡＩ＋行动") == "AI+行动"


def test_is_cjk() -> None:
    assert is_cjk("湖")
    assert is_cjk("幹")
    assert is_cjk("\U00020000")
    assert not is_cjk("，")
    assert not is_cjk("a")
    assert not is_cjk("あ")
    assert not is_cjk("湖南")
