"""Split a document into sentences with offsets into ``Document.text``."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.model import Document, Sentence

__all__ = ["iter_sentences", "split_sentences"]

# A sentence ends after a run of 。！？ (or ASCII ! ?) together with the closing
# quotes and brackets that follow it: in “……实施三百工程。”她说 the ” still
# belongs to the first sentence. Line breaks end a sentence too, since headings,
# list items and table rows come one a line. ；does not end a sentence: policy
# text chains clauses with it and a clause alone loses its subject. The ASCII
# period is left out because it is also the decimal point (3.5万人). The pattern opens
# with a class, so that re skips to the next candidate instead of trying it everywhere.
# A note of who leads the work after the period (…建设。（省大数据局牵头）, in ASCII
# brackets too) is a sentence of its own: glued to the next one, it would read as that
# sentence's actor.
_BOUNDARY = re.compile(
    r"[。！？!?\n\r\u2028\u2029](?:(?<=[。！？!?])[。！？!?]*[”’」』）)】〕〗]*)?"
    r"|[（(](?<=[。！？][（(])[^（）()。\n]{1,40}(?:牵头|负责)[^（）()。\n]{0,20}[）)]"
)

# Where an over-long sentence may be cut, best first is simply "last one found".
_SOFT_CUTS = ("；", "，", "、", ";", ",", " ", "\u3000", "\t")


def split_sentences(doc: Document, max_chars: int = 400) -> list[Sentence]:
    """The sentences of ``doc`` in order; see :func:`iter_sentences`."""
    return list(iter_sentences(doc, max_chars))


def iter_sentences(doc: Document, max_chars: int = 400) -> Iterator[Sentence]:
    """Yield the sentences of ``doc``, none longer than ``max_chars``.

    A longer stretch is cut after the last ；，、 or space before the limit, else
    exactly at the limit. Whitespace around a sentence is not part of it.
    """
    if max_chars < 1:
        raise ValueError(f"max_chars must be at least 1, not {max_chars}")
    text = doc.text
    index = 0
    start = 0
    for match in _BOUNDARY.finditer(text):
        if _in_short_name(text, match.start(), match.end()):
            continue
        for s, e in _pieces(text, start, match.end(), max_chars):
            yield Sentence(doc.id, index, s, e, text[s:e])
            index += 1
        start = match.end()
    for s, e in _pieces(text, start, len(text), max_chars):
        yield Sentence(doc.id, index, s, e, text[s:e])
        index += 1


# A ！ or ？ inside a short quoted name (开展“你好！重庆”等品牌推介) ends no sentence: the
# quote opened at most 12 characters before and closes at most 12 after, with no other end
# of a sentence before it closes.
_NAME_OPEN = re.compile(r"“[^“”。！？!?\n]{1,12}$")
_NAME_CLOSE = re.compile(r"[^“”。！？!?\n]{1,12}”")


def _in_short_name(text: str, start: int, end: int) -> bool:
    return (
        text[start] in "！？!?"
        and end == start + 1
        and _NAME_OPEN.search(text, max(0, start - 13), start) is not None
        and _NAME_CLOSE.match(text, end) is not None
    )


def _pieces(text: str, start: int, end: int, max_chars: int) -> Iterator[tuple[int, int]]:
    """Spans of ``text[start:end]`` without surrounding whitespace, at most ``max_chars`` long."""
    start, end = _strip(text, start, end)
    while end - start > max_chars:
        limit = start + max_chars
        # Search from start + 1 so that a cut never leaves an empty piece.
        cut = max(text.rfind(ch, start + 1, limit) for ch in _SOFT_CUTS) + 1
        if cut <= 0:
            cut = limit
        s, e = _strip(text, start, cut)
        if s < e:
            yield s, e
        start, end = _strip(text, cut, end)
    if start < end:
        yield start, end


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
