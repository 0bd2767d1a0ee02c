"""Properties of the reader and the extractor on arbitrary input (hypothesis).

Whatever the bytes or the text: only :class:`~kg.errors.InputError` escapes, every
offset points at the text it claims to, and extraction is deterministic.
The default budget keeps this module well under a minute; ``make fuzz`` runs longer.
"""

from __future__ import annotations

import os
from functools import cache

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.model import Document
from kg.read import read_bytes, read_text
from kg.relate.extract import Extraction, extract_document
from kg.relate.words import BLOCK_VERBS, IMPLEMENT_VERBS
from kg.text.lexicon import Lexicon, load_lexicon
from kg.text.mentions import TYPE_WORDS

# ``make fuzz`` sets HYPOTHESIS_PROFILE=fuzz for a much longer run; the settings are
# applied per test, so other modules' hypothesis settings are left alone.
EXAMPLES = 3000 if os.environ.get("HYPOTHESIS_PROFILE") == "fuzz" else 150
budget = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

FORMATS = [None, "text", "html", "jsonl"]
NAMES = ["doc.txt", "page.html", "lines.jsonl", "-", "noext"]


@cache
def lexicon() -> Lexicon:
    return load_lexicon()


# ---------------------------------------------------------------- strategies


def _words() -> st.SearchStrategy[str]:
    lex = lexicon()
    provinces = sorted(lex.province_by_name)
    themes = sorted(lex.theme_by_name)
    places = sorted(p.label for p in lex.places.values())
    return st.one_of(
        st.sampled_from(provinces),
        st.sampled_from(places),
        st.sampled_from(themes),
        st.sampled_from(sorted(TYPE_WORDS)),
        st.sampled_from(sorted(IMPLEMENT_VERBS)),
        st.sampled_from(sorted(BLOCK_VERBS)),
        st.sampled_from(list("“”「」《》‘’\"'（）()、，。；！？!?：\n \r\t　…—")),
        st.sampled_from(
            "干部 教育 培训 三百 千万 示范 乡村 振兴 全省 我省 两地 同时 并 和 与 及 等 为 "
            "推动 助力 服务 围绕 聚焦 政府工作报告 省委 省政府 当地 １２ ２０２５年 百 万".split()
        ),
        st.text(max_size=4),
    )


def policy_text() -> st.SearchStrategy[str]:
    """Text made of the lexicon's names, program words, verbs and punctuation."""
    return st.lists(_words(), min_size=1, max_size=60).map("".join)


def any_text() -> st.SearchStrategy[str]:
    return st.text(
        alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300
    ) | st.text(max_size=300)


# ---------------------------------------------------------------- checks


def check_read(data: bytes, name: str, fmt: str | None) -> list[Document]:
    try:
        docs = read_bytes(data, name, fmt)
    except InputError as exc:
        assert str(exc).startswith(exc.path)
        assert "\n" not in str(exc)
        return []
    for doc in docs:
        assert isinstance(doc.text, str) and doc.text.strip()
        assert "\r" not in doc.text
    return docs


def check_extraction(doc: Document) -> Extraction:
    ex = extract_document(doc, lexicon())
    text = doc.text
    for s in ex.sentences:
        assert text[s.start : s.end] == s.text, s
        assert s.start <= s.end
    for m in ex.mentions:
        assert text[m.start : m.end] == m.text, m
    for a in ex.assertions:
        ev = a.evidence
        assert text[ev.start : ev.end] == ev.text, a
        assert ex.sentences[ev.sentence_index].text == ev.text
        for m in (a.subject, a.object):
            assert text[m.start : m.end] == m.text, (a, m)
        assert 0.0 <= a.confidence <= 1.0
    again = extract_document(doc, lexicon())
    assert again.assertions == ex.assertions
    assert again.mentions == ex.mentions
    return ex


# ---------------------------------------------------------------- reader


@pytest.mark.parametrize("fmt", FORMATS)
@budget
@given(data=st.binary(max_size=2000), name=st.sampled_from(NAMES))
def test_read_bytes_raises_only_input_error(fmt: str | None, data: bytes, name: str) -> None:
    check_read(data, name, fmt)


@pytest.mark.parametrize("fmt", FORMATS)
@budget
@given(
    text=any_text() | policy_text(),
    encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-16-be", "gb18030", "big5"]),
)
def test_encoded_text_reads_or_is_refused(fmt: str | None, text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        data = text.encode("utf-8", "replace")
    docs = check_read(data, "doc", fmt)
    for doc in docs:
        check_extraction(doc)


@budget
@given(
    lines=st.lists(
        st.dictionaries(
            st.sampled_from(["id", "text", "title", "date", "url", "province", "x"]),
            any_text() | st.integers() | st.none(),
            max_size=6,
        ),
        max_size=5,
    ),
    cut=st.integers(min_value=0, max_value=400),
)
def test_json_lines_whole_or_truncated(lines: list[dict[str, object]], cut: int) -> None:
    import json

    data = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines).encode()
    for chunk in (data, data[:cut]):
        try:
            read_bytes(chunk, "lines.jsonl")
        except InputError as exc:
            assert exc.path == "lines.jsonl"


# ---------------------------------------------------------------- extractor


@budget
@given(text=any_text())
def test_extract_arbitrary_unicode(text: str) -> None:
    check_extraction(read_text(text))


@budget
@given(text=policy_text(), title=st.none() | policy_text())
def test_extract_policy_like_text(text: str, title: str | None) -> None:
    check_extraction(read_text(text, title=title))


@settings(max_examples=15, deadline=None)
@given(text=policy_text())
def test_extract_from_read_bytes_equals_read_text(text: str) -> None:
    """The text path and the file path read the same document the same way."""
    try:
        docs = read_bytes(text.encode("utf-8", "surrogatepass"), "doc.txt", "text")
    except InputError:
        return
    ex = check_extraction(docs[0])
    direct = extract_document(
        read_text(
            docs[0].text,
            id=docs[0].id,
            title=docs[0].title,
            date=docs[0].date,
            source=docs[0].source,
        ),
        lexicon(),
    )
    assert [(a.subject.key, a.predicate, a.object.key) for a in direct.assertions] == [
        (a.subject.key, a.predicate, a.object.key) for a in ex.assertions
    ]


def test_the_policy_strategy_reaches_facts() -> None:
    """The generated text is rich enough to produce facts, so the checks above see some."""
    from hypothesis import find

    text = find(
        policy_text(),
        lambda t: any(
            a.predicate == "implements" for a in extract_document(read_text(t)).assertions
        ),
        # derandomized: the same search every run (a random one missed 1 run in 8)
        settings=settings(max_examples=2000, deadline=None, database=None, derandomize=True),
    )
    check_extraction(read_text(text))
