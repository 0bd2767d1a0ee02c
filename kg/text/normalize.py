"""Text as the extractor matches it: simplified, half-width, and offset-preserving.

Every function that returns text of the same length as its input does so on
purpose: mentions found in ``matching_text(doc.text)`` are reported with offsets
into ``doc.text`` itself, so the evidence can be quoted exactly as written.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import opencc

__all__ = [
    "CHINESE_DIGITS",
    "chinese_number",
    "fold_width",
    "is_cjk",
    "matching_text",
    "normalize_label",
    "to_simplified",
]

# Chunks are cut at whitespace and punctuation so that a length-changing
# conversion (rare: a phrase rule or a character OpenCC cannot encode) only
# costs a per-character conversion of a short stretch of text.
_CHUNK_SEPARATOR = re.compile(
    r"([\s，。、；：？！…—·“”‘’「」『』《》〈〉（）()【】\[\]{}.,;:!?'\"\-]+)"
)

# Quotes and brackets that only mark a name as a name: “三百工程” and 「三百工程」
# are the same program.
_LABEL_DROP = re.compile(r"[“”‘’\"'《》〈〉「」『』\s]+")

# CJK ideograph blocks: Unified (and extensions A to H) and the compatibility blocks.
_CJK_RANGES = (
    (0x4E00, 0x9FFF),
    (0x3400, 0x4DBF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2EBEF),
    (0x30000, 0x323AF),
    (0xF900, 0xFAFF),
    (0x2F800, 0x2FA1F),
    (0x3007, 0x3007),  # 〇, the ideographic zero used in dates
)


@cache
def _t2s() -> opencc.OpenCC:
    # Loading the dictionaries takes a few milliseconds: do it on first use only.
    import opencc

    return opencc.OpenCC("t2s")


# Full-width ASCII forms and U+3000; ，(U+FF0C) is the Chinese comma, not a wide ",":
# the extractor's patterns expect it as written.
_WIDE = re.compile("[\uff01-\uff0b\uff0d-\uff5e\u3000]")
_NARROW = {chr(c): chr(c - 0xFEE0) for c in range(0xFF01, 0xFF5F) if c != 0xFF0C} | {"\u3000": " "}


def _convert(text: str) -> str | None:
    """OpenCC t2s of ``text``, or None when OpenCC cannot take it (lone surrogates)."""
    try:
        return _t2s().convert(text)
    except (UnicodeError, RuntimeError):
        return None


def _convert_per_char(text: str) -> str:
    out = []
    for ch in text:
        converted = _convert(ch)
        out.append(converted if converted is not None and len(converted) == 1 else ch)
    return "".join(out)


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese (OpenCC t2s), always the same length as ``text``."""
    if len(text) <= 40:
        return _short_simplified(text)  # (labels and names recur: each is converted once)
    return _simplified(text)


@lru_cache(maxsize=1 << 14)
def _short_simplified(text: str) -> str:
    return _simplified(text)


def _simplified(text: str) -> str:
    if not text:
        return text
    converted = _convert(text)
    if converted is not None and len(converted) == len(text):
        return converted
    pieces = []
    for chunk in _CHUNK_SEPARATOR.split(text):
        if not chunk:
            continue
        piece = _convert(chunk)
        pieces.append(
            piece if piece is not None and len(piece) == len(chunk) else _convert_per_char(chunk)
        )
    return "".join(pieces)


def fold_width(text: str) -> str:
    """Full-width ASCII forms (！ to ～) → ASCII and U+3000 → space, same length.

    CJK punctuation (，。、“”《》) is kept: ， too, although it sits in the full-width block.
    """
    # a substitution per wide character: str.translate with a dict looks up every
    # character of the text, and Chinese text has few wide ones
    return _WIDE.sub(lambda m: _NARROW[m.group()], text)


def matching_text(text: str) -> str:
    """The text the extractor scans: simplified and width-folded, same length as ``text``;
    a Chinese open quote closed by an ASCII one (开展“策源"行动) is closed by ” instead."""
    text = fold_width(to_simplified(text))
    return _ASCII_CLOSE.sub(_close_quote, text) if '"' in text else text


_ASCII_CLOSE = re.compile('“([^“”"\n]{1,60})"')


def _close_quote(m: re.Match[str]) -> str:
    return f"“{m.group(1)}”"


def normalize_label(text: str) -> str:
    """The key that identifies a name across documents and spellings.

    Simplified, NFKC-normalised, without quotes, title marks, corner brackets or
    whitespace: ``干部教育培训“三百工程”`` and ``幹部教育培訓「三百工程」`` give the same key.
    """
    return _LABEL_DROP.sub("", unicodedata.normalize("NFKC", matching_text(text)))


def is_cjk(ch: str) -> bool:
    """True if ``ch`` is a CJK ideograph (punctuation and kana are not)."""
    if len(ch) != 1:
        return False
    code = ord(ch)
    return any(low <= code <= high for low, high in _CJK_RANGES)


# the digits of a Chinese numeral (二〇二五年, 七月二十五日)
CHINESE_DIGITS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}


def chinese_number(numeral: str) -> int:
    """一 to 九十九 as an int (十 alone is 10, 二十五 is 25); 0 if malformed."""
    if "十" not in numeral:
        return CHINESE_DIGITS.get(numeral, 0) if len(numeral) == 1 else 0
    tens, _, ones = numeral.partition("十")
    if len(tens) > 1 or len(ones) > 1:
        return 0
    return (CHINESE_DIGITS.get(tens, 0) if tens else 1) * 10 + (
        CHINESE_DIGITS.get(ones, 0) if ones else 0
    )
