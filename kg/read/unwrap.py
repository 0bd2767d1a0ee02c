"""Join the lines of text wrapped at a fixed width, as text copied out of a PDF is.

A policy document saved from a PDF breaks every line at the page width, in the middle
of words (软件开 / 发云创新中心) and of names. Read as it is, every line would be a
sentence of its own (line breaks end sentences, since headings and list items come one
a line), cutting names in two and parting programs from their purposes.

Such text is recognised by its width: many lines are (nearly) equally wide, measured
in display columns so that a line with Latin letters or digits counts like one of
Chinese characters. A line that reaches that width and does not end a sentence goes
on in the next line; a shorter line (a heading, the last line of a paragraph) ends
where it ends. Text whose lines are paragraphs of any length is left as it is.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

__all__ = ["display_width", "unwrap_lines"]

_MIN_LINES = 8  # fewer wrapped lines than this: not enough to tell a width
_SHARE = 0.4  # of the lines at least 20 columns wide, this share is at the width
# a wrapped line may fall this many columns short: a paragraph's first line is indented
# two characters, and punctuation may not open a line (the characters before it move down)
_SLACK = 8
_ENDS = ("。", "！", "？", "：", "；", "!", "?", ":", ";")
# a note in brackets or a quoted name a line break cuts: it opens on one line and closes
# early in the next
_OPEN_NOTE = re.compile(
    r"([（(][^（）()\n]{1,30}|“[^“”\n]{1,30})[ \t]*\n[ \t]*"
    r"(?=[^（）()\n]{1,30}[）)]|[^“”\n]{1,30}”)"
)
_PAGE_MARK = re.compile(r"[—－-]\s*\d+\s*[—－-]")  # — 3 —: a page's number, between two pages


def display_width(line: str) -> int:
    """Columns ``line`` takes: two for a Chinese character or punctuation mark, one for an
    ASCII one. (A character of three bytes in UTF-8 is a wide one: counting bytes is one C
    call, where asking Unicode for each character's width would cost a build.)"""
    return (len(line.encode("utf-8", "surrogatepass")) + len(line)) // 2


def unwrap_lines(text: str) -> str:
    """``text`` with the line breaks of a fixed-width wrap removed (see the module), and
    those inside a short note in brackets or a quoted name, wrapped or not."""
    text = _unwrap_width(text)
    if "\n" in text and ("（" in text or "(" in text or "“" in text):
        text = _OPEN_NOTE.sub(r"\1", text)  # (（青岛市绿色低碳高 / 质量发展…负责）, “无事 / 不扰…”)
    return text


def _unwrap_width(text: str) -> str:
    """``text`` with the line breaks of a fixed-width wrap removed."""
    if text.count("\n") < _MIN_LINES:
        return text
    lines = text.split("\n")
    widths = [display_width(line.strip()) for line in lines]
    width = _wrap_width(widths)
    if width is None:
        return text
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        last = i == len(lines) - 1
        if last or not _wraps(line, widths[i], width) or not _goes_on(lines[i + 1]):
            if not last:
                out.append("\n")
            continue
        out[-1] = line.rstrip()  # the next line goes on where this one stops
        lines[i + 1] = lines[i + 1].lstrip()
    return "".join(out)


def _wrap_width(widths: list[int]) -> int | None:
    """The width most lines are wrapped at, if the text is wrapped at all."""
    wide = [w for w in widths if w >= 20]
    if len(wide) < _MIN_LINES:
        return None
    counts = Counter(wide)
    best, at = 0, 0
    for w in counts:
        n = sum(counts.get(v, 0) for v in range(w - _SLACK, w + 1))
        if n > at or (n == at and w > best):
            best, at = w, n
    if at < _MIN_LINES or at < _SHARE * len(wide):
        return None
    if sum(w > best + 2 for w in wide) * 3 > len(wide):
        return None  # many lines run past it: lines of any length, some alike (a table's cells)
    return best


def _wraps(line: str, line_width: int, width: int) -> bool:
    """The line reaches the wrap width, does not end a sentence, and is prose: mostly
    Chinese characters (a table's rows are as wide, but of figures and units)."""
    return (
        width - _SLACK <= line_width <= width + 1
        and not line.rstrip().endswith(_ENDS)
        and sum(unicodedata.east_asian_width(ch) in "WF" for ch in line) * 4 >= line_width
    )


def _goes_on(line: str) -> bool:
    """The next line can continue a wrapped one: not blank, not a page's number."""
    line = line.strip()
    return bool(line) and _PAGE_MARK.fullmatch(line) is None
