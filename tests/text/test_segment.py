"""Segmentation: a private jieba tokenizer with the lexicon's words, whole or over spans."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.model import Token
from kg.text.segment import segment, segment_spans, tokenizer
from tests.paths import SHARED

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


def test_words_taken_out_leave_the_type_word_a_token() -> None:
    words = [t.text for t in segment("开展线上支付试点工作")]
    assert words[-2:] == ["试点", "工作"]


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


# ------------------------------------------------- the memory-mapped dictionary

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kg.read import expand_inputs, read_path  # noqa: E402
from kg.text import segment as seg  # noqa: E402
from kg.text.lexicon import load_lexicon  # noqa: E402
from kg.text.normalize import matching_text  # noqa: E402
from kg.text.sentences import iter_sentences  # noqa: E402

# characters that make many dictionary words and ambiguous cuts, and run breakers
_POOL = "湖南天津实施干部教育培训三百工程示范区乡村振兴数字经济高质量发展大讲堂中国共产党省市县" + (
    "AI5G12.%+，。、 "
)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_POOL, max_size=40))
def test_any_text_is_cut_as_jieba_cuts_it(text: str) -> None:
    expected = [Token(w, s, e) for w, s, e in tokenizer().tokenize(text, HMM=False)]
    assert segment(text) == expected


@pytest.mark.skipif(not (SHARED / "corpus").is_dir(), reason="needs ../shared/corpus")
def test_corpus_sentences_are_cut_as_jieba_cuts_them() -> None:
    """Every 7th sentence of every 5th document of the shared corpus (about 4,000)."""
    tok = tokenizer()
    paths = expand_inputs([str(SHARED / "corpus")])[::5]
    checked = 0
    for path in paths:
        for doc in read_path(path):
            for s in list(iter_sentences(doc))[::7]:
                text = matching_text(s.text)
                expected = [Token(w, a, b) for w, a, b in tok.tokenize(text, HMM=False)]
                assert segment(text) == expected, text
                checked += 1
    assert checked > 1000


def test_dictionary_is_built_once_then_mapped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path / "cache"))
    lex = load_lexicon()
    seg.dictionary.cache_clear()
    built = seg.dictionary(lex)
    files = sorted(p.suffix for p in (tmp_path / "cache").iterdir())
    assert files == [".trie", ".weights"]
    seg.dictionary.cache_clear()
    monkeypatch.setattr(seg, "tokenizer", _no_jieba)  # from the files: jieba is not loaded
    mapped = seg.dictionary(lex)
    assert len(mapped.trie) == len(built.trie) > 300_000
    assert mapped.weights == built.weights and mapped.single == built.single
    word = "三百工程" if "三百工程" in mapped.trie else "示范区"
    assert mapped.weights[mapped.trie.key_id(word)] == built.weights[built.trie.key_id(word)]
    seg.dictionary.cache_clear()


def test_damaged_or_unwritable_cache_is_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = tmp_path / "cache"
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(cache))
    lex = load_lexicon()
    seg.dictionary.cache_clear()
    good = seg.dictionary(lex)
    weights = next(cache.glob("*.weights"))
    weights.write_bytes(weights.read_bytes()[:100])  # truncated
    seg.dictionary.cache_clear()
    again = seg.dictionary(lex)
    assert again.weights == good.weights
    assert len(weights.read_bytes()) == 8 * (len(good.trie) + 1)  # written again
    # a cache directory that cannot be created: built in memory, nothing raised
    blocker = tmp_path / "file"
    blocker.write_text("not a directory")
    monkeypatch.setenv("ZHKG_CACHE_DIR", str(blocker / "cache"))
    seg.dictionary.cache_clear()
    assert seg.dictionary(lex).weights == good.weights
    seg.dictionary.cache_clear()


def _no_jieba(*_: object) -> None:
    raise AssertionError("jieba's own dictionary was loaded")


def test_runs_are_found_with_jiebas_own_patterns() -> None:
    import jieba

    for ours, theirs in (
        (seg._RE_HAN, jieba.re_han_default),
        (seg._RE_SKIP, jieba.re_skip_default),
        (seg._RE_ENG, jieba.re_eng),
    ):
        assert (ours.pattern, ours.flags) == (theirs.pattern, theirs.flags)


def test_segmenting_from_the_cache_does_not_import_jieba(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import subprocess
    import sys

    monkeypatch.setenv("ZHKG_CACHE_DIR", str(tmp_path))
    seg.dictionary.cache_clear()
    seg.dictionary(load_lexicon())  # builds the files (with jieba, in this process)
    seg.dictionary.cache_clear()
    code = (
        "import sys; from kg.text.segment import segment; "
        "print([t.text for t in segment('湖南实施三百工程')], 'jieba' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split()[-1] == "False", out.stdout
