"""Tests for kg.sentences: sentence spans with offsets into Document.text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.model import Document
from kg.text.sentences import iter_sentences, split_sentences


def texts(doc: Document, max_chars: int = 400) -> list[str]:
    return [s.text for s in split_sentences(doc, max_chars)]


def test_splits_after_terminators_and_newlines() -> None:
    doc = Document("d", "湖南实施三百工程。成效明显！是否推广？\n一、总体要求\n")
    assert texts(doc) == ["湖南实施三百工程。", "成效明显！", "是否推广？", "一、总体要求"]


def test_closing_quotes_stay_with_their_sentence() -> None:
    doc = Document("d", "他说：“要实施三百工程。”随后召开会议。「好嗎？！」她問。")
    assert texts(doc) == ["他说：“要实施三百工程。”", "随后召开会议。", "「好嗎？！」", "她問。"]


def test_a_note_of_who_leads_after_the_period_is_a_sentence_of_its_own() -> None:
    # in full-width brackets, and in ASCII ones (policy-central-166)
    for note in ("（省大数据局牵头）", "(省发展改革委负责)"):
        doc = Document("d", f"建设一批应用场景。{note}实施场景创新攻关行动。")
        assert texts(doc) == ["建设一批应用场景。", note, "实施场景创新攻关行动。"]


def test_semicolons_do_not_end_a_sentence() -> None:
    doc = Document("d", "一是抓学习；二是抓培训；三是抓实践。")
    assert texts(doc) == ["一是抓学习；二是抓培训；三是抓实践。"]


def test_offsets_and_whitespace() -> None:
    doc = Document("d", "  　湖南实施三百工程。  \n\n  浙江推进千万工程。 ")
    sentences = split_sentences(doc)
    assert [(s.index, s.start, s.end) for s in sentences] == [(0, 3, 12), (1, 18, 27)]
    for s in sentences:
        assert s.doc_id == "d"
        assert s.text == doc.text[s.start : s.end]


def test_empty_and_blank_documents_have_no_sentences() -> None:
    assert split_sentences(Document("d", "")) == []
    assert split_sentences(Document("d", " \n\u3000\n")) == []


def test_long_sentence_is_cut_at_the_last_comma_before_the_limit() -> None:
    doc = Document("d", "甲乙丙丁，戊己庚辛壬癸，子丑寅卯辰巳。")
    assert texts(doc, max_chars=10) == ["甲乙丙丁，", "戊己庚辛壬癸，", "子丑寅卯辰巳。"]


def test_long_run_without_punctuation_is_hard_cut() -> None:
    doc = Document("d", "湖" * 25)
    assert [len(t) for t in texts(doc, max_chars=10)] == [10, 10, 5]


def test_iter_sentences_is_lazy() -> None:
    doc = Document("d", "湖南。" * 1000)
    first = next(iter_sentences(doc))
    assert first.text == "湖南。"


def test_max_chars_must_be_positive() -> None:
    with pytest.raises(ValueError):
        split_sentences(Document("d", "湖南。"), max_chars=0)


def test_a_long_line_is_split_in_linear_time() -> None:
    doc = Document("d", "湖南实施干部教育培训三百工程" * 200_000)  # 2.8 M characters, no break
    sentences = split_sentences(doc)
    assert len(sentences) == 7000
    assert sentences[-1].end == len(doc.text)


ALPHABET = st.sampled_from(list("湖南实施工程。！？!?”’」』）；，、 \n\r\u3000\tab"))


@settings(max_examples=300)
@given(
    st.one_of(st.text(), st.text(alphabet=ALPHABET, max_size=300)),
    st.integers(min_value=1, max_value=40),
)
def test_sentence_offsets_property(text: str, max_chars: int) -> None:
    doc = Document("d", text)
    sentences = split_sentences(doc, max_chars)
    previous_end = 0
    for index, s in enumerate(sentences):
        assert s.index == index
        assert s.text == doc.text[s.start : s.end]
        assert previous_end <= s.start < s.end <= len(text)
        assert 0 < len(s.text) <= max_chars
        assert not s.text[0].isspace() and not s.text[-1].isspace()
        previous_end = s.end
    # Nothing but whitespace is left out.
    covered = set()
    for s in sentences:
        covered.update(range(s.start, s.end))
    assert all(ch.isspace() for i, ch in enumerate(text) if i not in covered)


@given(st.integers(min_value=1, max_value=5000), st.integers(min_value=1, max_value=400))
def test_long_runs_without_punctuation(length: int, max_chars: int) -> None:
    doc = Document("d", "工" * length)
    sentences = split_sentences(doc, max_chars)
    assert "".join(s.text for s in sentences) == doc.text
    assert all(len(s.text) <= max_chars for s in sentences)


def test_an_exclamation_inside_a_short_quoted_name_ends_no_sentence() -> None:
    doc = Document(id="d", text="开展“你好！重庆”等品牌推介。他说：“好！”然后走了。")
    assert [s.text for s in split_sentences(doc)] == [
        "开展“你好！重庆”等品牌推介。",
        "他说：“好！”",
        "然后走了。",
    ]
