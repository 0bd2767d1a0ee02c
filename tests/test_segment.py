"""Segmentation: a private jieba tokenizer with the lexicon's words, whole or over spans."""

from __future__ import annotations

import pytest

from kg.model import Token
from kg.segment import segment, segment_spans, tokenizer

# Real sentences (the 2025 新闻联播 stories, the 2026 work reports), with letters, digits,
# quotes and spaces: the places where jieba's runs begin and end.
SENTENCES = [
    "湖南、天津实施干部教育培训“三百工程”，加强师资课程教材体系建设。",
    "浙江深入实施“千村示范、万村整治”工程，建成5G基站12.5万个，推进AI+制造。",
    "甘肃省启动实施“2030启航计划”，持续开展“陇原巾帼心向党”主题活动。",
    "发展5.狠抓招商引资，全年签约项目 326个，到位资金1,200亿元。",
    "山东以“透视山东”建设为抓手，构建省域三维时空基础底座。",
]


def _within(tokens: list[Token], lo: int, hi: int) -> list[Token]:
    return [t for t in tokens if t.start >= lo and t.end <= hi]


@pytest.mark.parametrize("text", SENTENCES)
def test_spans_are_cut_as_in_the_whole_text(text: str) -> None:
    whole = segment(text)
    n = len(text)
    spans = [(a, b) for a in range(0, n, 3) for b in range(a + 1, n + 1, 5)]
    for lo, hi in spans:
        got = _within(segment_spans(text, [(lo, hi)]), lo, hi)
        assert got == _within(whole, lo, hi), text[lo:hi]


def test_several_spans_are_joined_and_in_order() -> None:
    text = SENTENCES[1]
    whole = segment(text)
    spans = [(30, 40), (0, 6), (4, 12)]
    got = segment_spans(text, spans)
    assert got == sorted(got, key=lambda t: t.start)
    assert len({(t.start, t.end) for t in got}) == len(got)
    for lo, hi in spans:
        assert _within(got, lo, hi) == _within(whole, lo, hi)


def test_no_span_segments_nothing() -> None:
    assert segment_spans(SENTENCES[0], []) == []


def test_lexicon_words_are_tokens_of_their_own() -> None:
    words = [t.text for t in segment("启动实施“三百工程”并打造运用示范区")]
    assert "启动实施" in words and "打造运用" in words and "示范区" in words


@pytest.mark.parametrize(
    "text",
    [
        *SENTENCES,
        "a b\r\nc  d\t中文abc测试x1y2",
        "3.5万人 AI+制造 C++ 50% 1,200 ｜ 𠀋中",
        "",
        " \u3000 ",
    ],
)
def test_words_are_jiebas_own(text: str) -> None:
    expected = [Token(w, s + 7, e + 7) for w, s, e in tokenizer().tokenize(text, HMM=False)]
    assert segment(text, 7) == expected
    assert segment(text, 7) == expected  # the second time from the cache
