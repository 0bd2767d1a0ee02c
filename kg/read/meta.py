"""A document's metadata read from its text: the date and the title."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from kg.text.normalize import CHINESE_DIGITS, chinese_number, matching_text

__all__ = ["detect_date", "detect_title", "parse_date"]

# A stated date: 2025年7月25日, 2025-07-25, 2025.07.25 or 2025/7/25 (one separator
# throughout), and the 二〇二五年七月二十五日 of signed policy documents. The pattern opens
# with a class, the year's first digit, so that re skips to such a character instead of
# trying the pattern at each one; the year is the match's first four characters.
_DATE = re.compile(
    r"[\d〇零一二三四五六七八九](?:"
    r"(?<=\d)(?<!\d\d)\d{3}\s*(?:"  # 2025, not the end of a longer number
    r"年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})(?!\d)"
    r"|(?P<sep>[-./])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?!\d)"
    r")"
    r"|(?<=[〇零一二三四五六七八九])[〇零一二三四五六七八九]{3}年(?P<cm>[一二三四五六七八九十]{1,2})月"
    r"(?P<cd>[一二三四五六七八九十]{1,3})日"
    r")"
)
_DATE_LABEL = re.compile(r"(?:发布|时间|日期)[^\n\d]{0,8}$")
_HEAD_CHARS = 1500
_TAIL_CHARS = 500
_SHORT_LINE = 50


def detect_date(text: str) -> str | None:
    """The publication date stated near the start or the end of ``text``, as YYYY-MM-DD.

    A date after a 发布/时间/日期 label wins. Else the first date in the first 1500
    characters, else the last in the last 500, counting only dates on short lines:
    a date inside a paragraph (2020年1月3日，习近平总书记…) is an event, not the
    date the text was published.
    """
    head = list(_dates(matching_text(text[:_HEAD_CHARS])))
    tail = list(_dates(matching_text(text[max(_HEAD_CHARS, len(text) - _TAIL_CHARS) :])))
    for labelled, _, iso in head + tail:
        if labelled:
            return iso
    head_dates = [iso for _, short, iso in head if short]
    tail_dates = [iso for _, short, iso in tail if short]
    if head_dates:
        return head_dates[0]
    return tail_dates[-1] if tail_dates else None


def _dates(text: str) -> Iterator[tuple[bool, bool, str]]:
    """(labelled, on a short line, ISO date) for each valid date in ``text``."""
    for match in _DATE.finditer(text):
        iso = _iso_date(match)
        if iso is None:
            continue
        before = text[max(0, match.start() - 12) : match.start()]
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        line_length = (len(text) if line_end < 0 else line_end) - line_start
        yield _DATE_LABEL.search(before) is not None, line_length <= _SHORT_LINE, iso


def _iso_date(match: re.Match[str]) -> str | None:
    year_digits = match.group()[:4]
    if match.group("cm") is not None:
        year = int("".join(str(CHINESE_DIGITS[c]) for c in year_digits))
        month = chinese_number(match.group("cm"))
        day = chinese_number(match.group("cd"))
    else:
        year = int(year_digits)
        month = int(match.group("m1") or match.group("m2"))
        day = int(match.group("d1") or match.group("d2"))
    if not 1900 <= year <= 2100:
        return None
    try:
        return datetime.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """An ISO date from a metadata value such as ``2025-07-25T08:00:00+08:00``."""
    for match in _DATE.finditer(matching_text(value)):
        iso = _iso_date(match)
        if iso is not None:
            return iso
    return None


_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s+")
_TITLE_MAX = 60


def detect_title(text: str) -> str | None:
    """The first non-empty line if it is short (≤ 60 characters) and has no 。, else None.

    A Markdown heading marker (``# ``) is not part of the title. Lines of a saved web
    page's furniture before the title (``返回联盟首页 | 共产党员网``, a lone section name
    such as ``组织工作``) are skipped: the title is then the first line of at least 8
    characters among the first few.
    """
    lines = [_MARKDOWN_HEADING.sub("", raw.strip()).strip() for raw in text.split("\n", 20)[:20]]
    lines = [line for line in lines if line]
    if not lines:
        return None
    first = lines[0]
    if _NAV_LINE.search(first):
        for line in lines[1:6]:
            if _NAV_LINE.search(line) or len(line) < 8:
                continue
            return line if len(line) <= _TITLE_MAX and "。" not in line else None
        return None
    return first if len(first) <= _TITLE_MAX and "。" not in first else None


# Site navigation: separators between links, "back to home page" links.
_NAV_LINE = re.compile(r"\s[|｜]\s|首页|返回|当前位置|您的位置")
