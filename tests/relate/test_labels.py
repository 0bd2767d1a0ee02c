"""Clean labels: programs and made-up themes without what the words around them leave."""

from __future__ import annotations

import pytest

from kg.read import read_text
from kg.relate.clauses import ThemeRef
from kg.relate.extract import extract_document
from kg.relate.leftovers import clean_label
from kg.relate.themelabels import clean_theme
from kg.text.lexicon import load_lexicon


@pytest.mark.parametrize(
    ("label", "clean"),
    [
        ("好新一轮找矿突破战略行动", "新一轮找矿突破战略行动"),  # 抓好 cut in two
        ("迭代公共资源交易“全省一张网”", "公共资源交易“全省一张网”"),
        ("一批省级场景实验室", "省级场景实验室"),
        ("我省“民营经济32条”", "“民营经济32条”"),
        ("更多“好房子”", "“好房子”"),
        ("1万名老年人白内障复明工程", "老年人白内障复明工程"),
        ("建设全国统一大市场总体工作方案", "全国统一大市场总体工作方案"),
        # what is part of a name stays
        ("开发区用地质效提升攻坚行动", "开发区用地质效提升攻坚行动"),
        ("0.1微克攻坚行动", "0.1微克攻坚行动"),
        ("在线智能教育平台", "在线智能教育平台"),
    ],
)
def test_labels_lose_what_the_words_before_them_leave(label: str, clean: str) -> None:
    cut = clean_label(label, load_lexicon())
    assert cut is not None and label[cut:] == clean


@pytest.mark.parametrize("label", ["落实自贸试验区提升战略", "深入贯彻中央八项规定精神学习教育"])
def test_a_label_opened_by_carrying_out_anothers_policy_is_no_program(label: str) -> None:
    assert clean_label(label, load_lexicon()) is None


def _theme(label: str, rule: str = "serves.purpose") -> str | None:
    ref = clean_theme(ThemeRef("+" + label, label, 0, len(label), rule, 0.6), load_lexicon())
    return None if ref is None else ref.label


@pytest.mark.parametrize(
    ("label", "clean"),
    [
        ("培育", None),  # a bare verb
        ("融合", None),
        ("132", None),  # a number
        ("商圈140个", None),  # a quantity
        ("人均预期寿命为目标", "人均预期寿命"),  # the frame of a purpose, cut off (since 0.9.182)
        ("政策研究咨询为主攻方向", "政策研究咨询"),
        ("吕梁山山水工程完工", None),  # a clause
        ("提升双城经济圈经济实力", "双城经济圈经济实力"),
        ("一批示范旗县", "示范旗县"),
        ("我省种业创新", "种业创新"),
        ("旅游产品和", "旅游产品"),
        ("开发区高质量发展", "开发区高质量发展"),  # 开发 is a word of 开发区
    ],
)
def test_made_up_themes_are_noun_phrases(label: str, clean: str | None) -> None:
    assert _theme(label) == clean


def test_a_theme_the_vocabulary_knows_becomes_its_concept() -> None:
    ref = clean_theme(
        ThemeRef("+推动乡村振兴", "推动乡村振兴", 0, 6, "serves.purpose", 0.6), load_lexicon()
    )
    assert ref is not None and not ref.key.startswith("+")


def test_labels_in_a_real_sentence_are_clean() -> None:
    # a work report's sentences (gwr2026-gansu, gwr2026-henan)
    text = (
        "深入实施0.1微克攻坚行动。全力打好夏秋季发展战役、冬春季攻保战役。"
        "建成一批源网荷储一体化项目，可再生能源发电装机突破1亿千瓦。"
    )
    ex = extract_document(read_text(text, id="t", province="河南"))
    labels = {a.object.label for a in ex.assertions if a.predicate == "implements"}
    assert labels == {"0.1微克攻坚行动", "夏秋季发展战役", "冬春季攻保战役"}
