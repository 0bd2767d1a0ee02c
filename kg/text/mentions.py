"""Find what a sentence names: provinces, places inside them, themes, and program candidates.

Everything here scans the *matching text* (simplified, half-width, same length as the
original), so offsets are valid in the original text too.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any, Generic, TypeVar

import ahocorasick_rs

from kg.text.lexicon import Lexicon
from kg.text.normalize import normalize_label
from kg.text.wordlists import TEXT_WORDS, read_words

__all__ = [
    "PACKAGE_KIND",
    "PACKAGE_NUMBER",
    "QUOTES",
    "TYPE_WORDS",
    "Gazetteer",
    "Matcher",
    "Span",
    "common_name",
    "find_book_titles",
    "find_quotes",
    "gazetteer",
    "program_key",
    "type_word_ending",
]

# Type words that end a program's name (kg/text/words/type_words.txt), longest first so
# that 大讲堂 wins over 讲堂 (a stable sort: words of one length keep the file's order).
TYPE_WORDS = tuple(sorted(read_words(TEXT_WORDS / "type_words.txt"), key=len, reverse=True))
# the type words by their last character, in TYPE_WORDS's order
_BY_LAST: dict[str, tuple[str, ...]] = {
    c: tuple(w for w in TYPE_WORDS if w[-1] == c) for c in {w[-1] for w in TYPE_WORDS}
}


def type_word_ending(text: str, start: int = 0, end: int | None = None) -> str | None:
    """The first type word (longest first) that ``text[start:end]`` ends with, or None: the
    same as scanning TYPE_WORDS, looking only at the words with the right last character."""
    end = len(text) if end is None else end
    if end <= start:
        return None
    return next((w for w in _BY_LAST.get(text[end - 1], ()) if text.endswith(w, start, end)), None)


# Opening and closing marks of a quoted name.
QUOTES = {"“": "”", "「": "」", "『": "』", "‘": "’", '"': '"'}

_BOOK = re.compile(r"《([^《》\n]{2,60})》")


@dataclass(frozen=True)
class Span:
    """A stretch of a sentence: [start, end) in sentence-local offsets."""

    start: int
    end: int
    text: str


@dataclass(frozen=True)
class GeoHit:
    start: int
    end: int
    kind: str  # province | place
    key: str  # province id or place id
    province: str  # the province id (itself for a province)
    literary: bool


@dataclass(frozen=True)
class ThemeHit:
    start: int
    end: int
    key: str


V = TypeVar("V")


class Matcher(Generic[V]):
    """Every occurrence of many words at once, overlapping ones too (Aho-Corasick, in Rust:
    ahocorasick_rs scans Chinese text about ten times as fast as pyahocorasick did)."""

    def __init__(self, words: dict[str, V]) -> None:
        self._values = list(words.values())
        self._automaton = ahocorasick_rs.AhoCorasick(list(words)) if words else None

    def find(self, text: str) -> list[tuple[int, int, V]]:
        """(start, end, value) of every occurrence, in the order the scan meets them."""
        if self._automaton is None:
            return []
        values = self._values
        found = self._automaton.find_matches_as_indexes(text, overlapping=True)
        return [(start, end, values[i]) for i, start, end in found]


class Gazetteer:
    """Multi-pattern matchers (Aho-Corasick) over the lexicon's names."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        geo: dict[str, tuple[str, str, str, bool]] = {}
        for p in lexicon.provinces.values():
            for n in p.names:
                geo.setdefault(n, ("province", p.id, p.id, False))
            for n in p.literary:
                if len(n) >= 2:
                    geo.setdefault(n, ("province", p.id, p.id, True))
        for pl in lexicon.places.values():
            for n in pl.names:
                if n not in geo and len(n) >= 2:
                    geo[n] = ("place", pl.id, pl.province, False)
        self._geo = Matcher(geo)
        themes: dict[str, str] = {}
        for t in lexicon.themes.values():
            for n in t.names:
                if len(n) >= 2:
                    themes[n] = t.id  # (a name of two themes: the last one's, as before)
        self._themes = Matcher(themes)
        self._abbrev = {a: p.id for p in lexicon.provinces.values() for a in p.abbreviations}
        chars = re.escape("".join(sorted(self._abbrev)))
        self._compound = re.compile(
            # [c][c]{1,5} rather than [c]{2,6}: a pattern opening with a class is searched faster
            f"[{chars}][{chars}]{{1,5}}(?=地区|两地|三地|四地|两省市|两省|三省|两市|间|协同|一体化|合作|毗邻|区域|经济圈|大湾区|等地"
            # or, of three or more, acting as the subject of its clause (京津冀加快构建…;
            # 川渝 needs one of the words above)
            f"|(?<=[{chars}]{{3}})(?:加快|加速|实施|推进|推动|共同|联合|携手|启动|开展|建立|打造|已经?|正在?|将)"
            ")"
            if chars
            else "(?!)"  # no abbreviations: a pattern that never matches
        )

    def geo(self, text: str) -> list[GeoHit]:
        """Provinces and places, leftmost-longest, non-overlapping."""
        return _leftmost_longest([GeoHit(s, e, *v) for s, e, v in self._geo.find(text)])

    def themes(self, text: str) -> list[ThemeHit]:
        """Vocabulary themes, leftmost-longest, non-overlapping."""
        return _leftmost_longest([ThemeHit(s, e, key) for s, e, key in self._themes.find(text)])

    def geo_in_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> list[list[GeoHit]]:
        """:meth:`geo` of each ``text[start:end]`` (spans in order, not overlapping), from one
        scan of ``text``: a matcher's start costs more than a short sentence."""
        raw = self._geo.find(text)
        return [
            _leftmost_longest([GeoHit(s - lo, e - lo, *v) for s, e, v in hits])
            for lo, hits in zip((lo for lo, _ in spans), _by_span(raw, spans), strict=True)
        ]

    def themes_in_spans(self, text: str, spans: Sequence[tuple[int, int]]) -> list[list[ThemeHit]]:
        """:meth:`themes` of each ``text[start:end]``, from one scan (see :meth:`geo_in_spans`)."""
        raw = self._themes.find(text)
        return [
            _leftmost_longest([ThemeHit(s - lo, e - lo, v) for s, e, v in hits])
            for lo, hits in zip((lo for lo, _ in spans), _by_span(raw, spans), strict=True)
        ]

    def abbreviation_of(self, char: str) -> str | None:
        """The province id a one-character abbreviation stands for (京 -> beijing)."""
        return self._abbrev.get(char)

    def abbreviation_compounds(self, text: str) -> list[GeoHit]:
        """Provinces named by one-character abbreviations inside a compound (沪苏浙皖, 川渝)."""
        out: list[GeoHit] = []
        for m in self._compound.finditer(text):
            ids = [self._abbrev[c] for c in m.group()]
            if len(set(ids)) == len(ids):
                for i, pid in enumerate(ids):
                    out.append(GeoHit(m.start() + i, m.start() + i + 1, "province", pid, pid, True))
        return out


def _by_span(
    matches: list[tuple[int, int, Any]], spans: Sequence[tuple[int, int]]
) -> list[list[tuple[int, int, Any]]]:
    """The matches (start, end, value) that lie wholly inside each span."""
    out: list[list[tuple[int, int, Any]]] = [[] for _ in spans]
    starts = [lo for lo, _ in spans]
    for m in matches:
        i = bisect_right(starts, m[0]) - 1
        if i >= 0 and m[1] <= spans[i][1]:
            out[i].append(m)
    return out


def _leftmost_longest(hits: list) -> list:
    if len(hits) < 2:
        return hits  # most sentences name one thing of a kind at most
    hits.sort(key=lambda h: (h.start, -(h.end - h.start)))
    out = []
    last_end = -1
    for h in hits:
        if h.start >= last_end:
            out.append(h)
            last_end = h.end
    return out


@cache
def gazetteer(lexicon: Lexicon) -> Gazetteer:
    """The matchers for a lexicon (built once per process)."""
    return Gazetteer(lexicon)


_QUOTE_OPEN = re.compile("[" + re.escape("".join(QUOTES)) + "]")


_TITLE_MARK = re.compile("[《》]")


def find_quotes(text: str) -> list[Span]:
    """Quoted stretches “…” 「…」 ‘…’ (content only, no nesting), sentence-local offsets."""
    out: list[Span] = []
    i = 0
    while True:
        m = _QUOTE_OPEN.search(text, i)
        if m is None:
            return out
        i = m.start()
        close = QUOTES[text[i]]
        j = text.find(close, i + 1)
        if text[i] == "“":
            # a typo'd close (“385’行动计划) ends the name, not the next quote's close
            typo = text.find("’", i + 1)
            if typo != -1 and (j == -1 or typo < j) and text.find("‘", i + 1, typo) == -1:
                j = typo
        if j == -1 or j - i - 1 > 60 or j == i + 1 or _TITLE_MARK.search(text, i + 1, j):
            i += 1  # (a quote does not run across a title's marks: 《…“…》)
            continue
        out.append(Span(i + 1, j, text[i + 1 : j]))
        i = j + 1


def find_book_titles(text: str) -> list[Span]:
    """《…》 titles (content only)."""
    return [Span(m.start(1), m.end(1), m.group(1)) for m in _BOOK.finditer(text)]


def program_key(label: str) -> str:
    """The identity of a program across documents and spellings.

    Simplified, without quotes and title marks (normalize_label), without 系列/新一轮
    and the province's 全省/全区 before a long name, an event without its year or edition
    (2025世界智能制造大会, 第七届中国辽洽会: the event recurs), and with short forms spelled out (民企 -> 民营企业:
    ``kg/text/words/key_expansions.txt``): 民企参与重大项目 and 民营企业参与重大项目
    are one program, and so are …工程项目 and …工程, and a package of measures with and
    without 的 after its aim (…减轻企业负担的政策举措).
    """
    key = normalize_label(label)
    edition = _EDITION.match(key)
    if edition is not None and key.endswith(_EVENT_ENDS) and len(key) - edition.end() >= 4:
        key = key[edition.end() :]  # 第七届中国辽洽会, 2026全球工业互联网大会: one event
    for prefix in ("系列", "新一轮", "一系列", "全省", "全区"):
        if key.startswith(prefix) and len(key) > len(prefix) + 3:
            key = key[len(prefix) :]
    for short, full in _expansions():
        if short in key and full not in key:
            key = key.replace(short, full)
    if key.endswith("工程项目") and len(key) > 6:
        key = key[:-2]  # “十百千万”工程项目 is “十百千万”工程
    return _PACKAGE_OF.sub("", key)  # 21项减轻企业负担的政策举措 is …负担政策举措


#: 20条举措, 二十三条政策措施: the kind of a package of measures named by its count, and the
#: count (kg.relate.counted reads such packages)
PACKAGE_KIND = r"(?:政策|服务|支持|惠企)?(?:举措|措施)"  # (15条服务措施)
PACKAGE_NUMBER = r"[\d一二三四五六七八九十百]+"
# the 的 between a package's aim and its count or kind (促进民营经济高质量发展的32条措施)
_PACKAGE_OF = re.compile(
    r"(?<=[\u4e00-\u9fff]{2})的(?=(?:" + PACKAGE_NUMBER + "[条项])?" + PACKAGE_KIND + "$)"
)


# a year or an edition opening the name of an event that recurs
_EDITION = re.compile(r"(?:\d{4}(?:年度|年)?|第[一二三四五六七八九十百\d]+届|首届)")
_EVENT_ENDS = ("会", "节", "论坛", "峰会", "赛", "季", "周", "嘉年华", "大典", "马拉松")


_COUNTED_NAME = re.compile(
    r"(?:[一二两三四五六七八九十百千万\d]+[大项个张条](?:重大|重点)?|[一二两三四五六七八九十百千万]{3,})"
    r"(?:" + "|".join(map(re.escape, TYPE_WORDS)) + ")"
)  # 十大工程, 十项重大工程, 百千万工程 (not 千万工程, 三北工程: one program each)


# “30条”, “20条措施”: a count of measures, which every government issues
_COUNTED_MEASURES = re.compile(
    r"[一二两三四五六七八九十百千\d]+(?:条|项)(?:(?:政策)?(?:措施|举措)|意见|政策)?"
)

_WHOLE = re.compile(r"^(?:全省|全市|全区|全域|省|市)")


def common_name(core: str) -> bool:
    """A quoted name many actors coin for different programs (“十大工程”, “头号工程”):
    one program only together with its modifier, or its province."""
    name = _WHOLE.sub("", normalize_label(core))  # (全省一张网: 一张网 of the province)
    return (
        name in _common_names()
        or _COUNTED_NAME.fullmatch(name) is not None
        or _COUNTED_MEASURES.fullmatch(name) is not None
    )


@cache
def _expansions() -> tuple[tuple[str, str], ...]:
    pairs = (e.split(" ", 1) for e in read_words(TEXT_WORDS / "key_expansions.txt"))
    # longest first, so that 自贸试验区 is spelled out before 自贸区 could be
    return tuple(sorted(((a, b) for a, b in pairs), key=lambda p: -len(p[0])))


@cache
def _common_names() -> frozenset[str]:
    return frozenset(read_words(TEXT_WORDS / "common_names.txt"))
