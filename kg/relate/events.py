"""Events a later sentence refers back to: who hosts them and what their theme is.

A news story names its event once, in the headline or the lead (2025年中国网络文明大会在
合肥开幕), and goes on with 本次大会, 本届论坛 or 大会 alone: 本次大会以“汇聚网络正能量
引领时代新风尚”为主题，由…中共安徽省委、安徽省人民政府共同主办. Sentence by sentence, the
hosts and the theme belong to no name. This module keeps the events a document has named
so far and reads two things about them:

- **hosts** (``impl.hosted-back``): 本次/本届/此次 + the event's head + 由…主办/承办, or
  这是首次由…携手举办的 + the head; every province among the hosts carries the event out
  (the gold counts a provincial government named as co-host);
- **theme** (``serves.event-theme``): 以“…”为主题, 主题为“…”, 围绕“…”这一主题, said of
  the event named in the same clause, or referred back to by its head; a theme for an
  event some province carries out.

The event a head refers to is the latest one named before whose name ends with that head
(全运会 and 运动会 are one head).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.model import Mention
from kg.relate.clauses import ThemeRef, dedupe_hits
from kg.relate.registry import REGISTRY, program, theme
from kg.relate.themelabels import clean_theme
from kg.text.lexicon import Lexicon
from kg.text.mentions import gazetteer, program_key

__all__ = ["EventMemory", "HostedBack", "event_facts", "event_hosts", "event_themes"]


# the heads of events a sentence may refer back to with (本届/本次) + head
_HEADS = (
    "全运会|运动会|博览会|交易会|洽谈会|推介会|发布会|宣介会|对接会|招商会|大会|峰会|年会|论坛|"
    "电影节|艺术节|文化节|旅游节|节|展会|展览|周|赛|大赛|演习|活动|会议|会"
)
_BACK = r"(?:本届|本次|此次|这次|该)"
# 本次演习由应急管理部、…、黑龙江省政府联合承办
_HOSTED_BACK = re.compile(
    _BACK + r"(" + _HEADS + r")[^。；由]{0,40}?由([^。；的]{2,80}?)(?:联合|共同|携手)?"
    r"(?:主办|承办|举办)(?!的)"
)
# 这是首次由粤港澳三地携手举办的全国运动会
_HOSTED_THIS = re.compile(
    r"这是(?:首次|第一次)?由([^。；的]{2,60}?)(?:联合|共同|携手)?(?:主办|承办|举办)的"
    r"[^，。；]{0,12}?(" + _HEADS + r")(?=[，。；]|$)"
)
# …主办，福建省人民政府承办: hosts in a second clause
_MORE_HOSTS = re.compile(r"[，、]([^，。；由的]{2,40}?)(?:联合|共同)?(?:承办|协办|主办)(?!的)")
# 以“…”为主题, 主题为“…”, 围绕“…”这一主题: the theme an event is given
_THEME = re.compile(
    r"以“([^“”]{2,24})”为(?:主题|主线)|主题为“([^“”]{2,24})”|围绕“([^“”]{2,24})”这一主题"
)
# what stands before the theme clause: the event by its head, after an optional 本届 …
_HEAD_BEFORE = re.compile(r"(?:" + _BACK + r")?(" + _HEADS + r")")


@dataclass
class HostedBack:
    """A fact read about an event named before: a province hosting it, or its theme."""

    predicate: str  # "implements" | "serves"
    event: Mention
    start: int  # the words that refer to it, in the sentence
    end: int
    rule: str
    province: str | None = None  # implements: the host
    host_start: int = 0
    host_end: int = 0
    theme: ThemeRef | None = None  # serves: the theme


@dataclass
class EventMemory:
    """The events a document has named so far (latest last)."""

    events: list[Mention] = field(default_factory=list)

    def remember(self, mention: Mention) -> None:
        if _head_of(mention.label) is not None:
            self.events.append(mention)
            del self.events[:-30]

    def remember_lead(self, text: str, base: int) -> None:
        """An event a story's headline or lead names as held or to be held (“应急使命·2025”
        …检验性演习今天举行, 第十五届全国运动会将于…举行), which no program rule reads:
        a later sentence may say who hosts it."""
        if self.events:
            return  # a rule has read the story's event already (its headline's name wins)
        m = _LEAD_EVENT.match(text)
        if m is None:
            return
        label = m.group(1)
        s, e = base + m.start(1), base + m.end(1)
        key = program_key(label)
        self.events.append(Mention("program", key, label, s, e, text[m.start(1) : m.end(1)]))

    def find(self, head: str, before: int | None = None) -> Mention | None:
        """The latest event whose name ends with ``head`` (named before ``before``, a
        document offset, when given)."""
        want = _same_head(head)
        for m in reversed(self.events):
            if before is not None and m.start >= before:
                continue
            if _same_head(m.label.rstrip("”》")).endswith(want):
                return m
        return None


# an event first in the headline or the lead, then when or where it is held
_LEAD_EVENT = re.compile(
    r"(?:[^，。：]{0,20}消息[（(][^）)]{1,10}[）)][：:])?"
    r"(?:(?:今天|今日|昨天|昨日|近日|\d{1,2}日)[（(][^）)]{1,12}[）)]，?)?"
    r"((?:\d{4}年?)?(?:第[\d一二三四五六七八九十百]+届)?(?:“[^“”]{2,20}”)?[\u4e00-\u9fff]{2,28}?"
    r"(?:" + _HEADS + r"))"
    r"(?=(?:今天|今日|昨天|昨日|昨晚|今晚)?(?:将于|将在|于|在)?[^，。；]{0,24}?(?:开幕|举行|召开|开赛))"
)


def _same_head(text: str) -> str:
    return text.replace("全运会", "运动会")


_HEAD_END = re.compile(r"(?:" + _HEADS + r")$")


def _head_of(label: str) -> str | None:
    m = _HEAD_END.search(label.rstrip("”》"))
    return m.group() if m else None


def event_facts(text: str, base: int, memory: EventMemory, lexicon: Lexicon) -> list[HostedBack]:
    """The hosts and themes sentence ``text`` (at document offset ``base``; matching text)
    gives events of ``memory``, which holds the events named up to this sentence."""
    if "由" not in text and "主题" not in text:
        return []
    return event_hosts(text, base, memory, lexicon) + event_themes(text, base, memory, lexicon)


@REGISTRY.register(
    program(
        "impl.hosted-back",
        0.5,
        "an event named before that a later clause says a province co-hosts "
        "(本届论坛由…福建省人民政府承办)",
    ),
    scope="document",
)
def event_hosts(text: str, base: int, memory: EventMemory, lexicon: Lexicon) -> list[HostedBack]:
    """本次大会…由…安徽省人民政府共同主办, 这是首次由粤港澳三地携手举办的全国运动会."""
    out: list[HostedBack] = []
    for m in _HOSTED_BACK.finditer(text):
        event = memory.find(m.group(1), base + m.start())
        if event is None:
            continue
        out.extend(_hosts(text, m.start(), m.end(1), m.start(2), m.end(2), event, lexicon))
        more = _MORE_HOSTS.match(text, m.end())
        if more:  # 由世界互联网大会主办，福建省人民政府承办: a second clause of hosts
            out.extend(
                _hosts(text, m.start(), m.end(1), more.start(1), more.end(1), event, lexicon)
            )
    for m in _HOSTED_THIS.finditer(text):
        event = memory.find(m.group(2), base + m.start())
        if event is not None:
            out.extend(_hosts(text, m.start(), m.end(), m.start(1), m.end(1), event, lexicon))
    return out


@REGISTRY.register(
    theme(
        "serves.event-theme",
        0.6,
        "the theme an event is given (以“…”为主题, 主题为“…”), in its own clause or of the "
        "event a later sentence refers back to (大会以…为主题)",
    ),
    scope="document",
)
def event_themes(text: str, base: int, memory: EventMemory, lexicon: Lexicon) -> list[HostedBack]:
    """本届电影节以“海生万象 光影无垠”为主题, 以“…”为主题的2025北京长城文化节."""
    out: list[HostedBack] = []
    for m in _THEME.finditer(text):
        found = _event_after(text, base, m.end(), memory) or _event_of_theme(
            text, base, m.start(), memory
        )
        if found is None:
            continue
        event, start, end = found
        # (科创领航，智启新程: the halves of a slogan, as 投资海南 链接世界 writes them)
        label = next(g for g in m.groups() if g).replace("，", " ")
        conf = REGISTRY["serves.event-theme"].confidence
        ref = clean_theme(
            ThemeRef("+" + label, label, m.start(), m.end(), "serves.event-theme", conf), lexicon
        )
        if ref is not None:
            out.append(HostedBack("serves", event, start, end, "serves.event-theme", theme=ref))
    return out


def _hosts(
    text: str, start: int, end: int, hs: int, he: int, event: Mention, lexicon: Lexicon
) -> list[HostedBack]:
    """A fact for each province among the hosts ``text[hs:he]``."""
    gaz = gazetteer(lexicon)
    hosts = text[hs:he]
    hits = [h for h in gaz.geo(hosts) + gaz.abbreviation_compounds(hosts) if h.kind == "province"]
    return [
        HostedBack(
            "implements",
            event,
            start,
            end,
            "impl.hosted-back",
            province=h.province,
            host_start=hs + h.start,
            host_end=hs + h.end,
        )
        for h in dedupe_hits(hits)
    ]


def _event_after(
    text: str, base: int, end: int, memory: EventMemory
) -> tuple[Mention, int, int] | None:
    """以“长城之约 和合共生”为主题的2025北京长城文化节: the event the theme clause modifies,
    named here or before."""
    if not text.startswith("的", end):
        return None
    year = _YEAR_ONLY.match(text, end + 1)
    at = year.end() if year else end + 1
    for m in reversed(memory.events):
        if base + end < m.start <= base + end + 8:
            return m, m.start - base, m.end - base
        for pos in (end + 1, at):
            if text.startswith(m.label, pos):
                return m, pos, pos + len(m.label)
    return None


_YEAR_ONLY = re.compile(r"(?:\d{4}年?)?")


def _event_of_theme(
    text: str, base: int, at: int, memory: EventMemory
) -> tuple[Mention, int, int] | None:
    """The event a theme clause at ``at`` is said of, and the words naming it: the event
    named right before in the clause, or referred back to by its head (本届电影节)."""
    clause_start = max(text.rfind(c, 0, at) for c in "，。；：") + 1
    before = text[clause_start:at].strip()
    if not before:
        return None
    named = [m for m in memory.events if base + clause_start <= m.start and m.end <= base + at]
    if named and base + at - named[-1].end <= 2:
        return named[-1], named[-1].start - base, named[-1].end - base
    for event in reversed(memory.events):
        # 2025北京文化论坛以…: named again in full, where no rule read it as a program
        if event.start < base + clause_start and before.endswith(event.label):
            return event, at - len(event.label), at
    head = _HEAD_BEFORE.fullmatch(before)
    if head is None:
        return None  # 北京以“…”为主题推出…活动: the province's theme for its activities
    found = memory.find(head.group(1), base + clause_start)
    if found is None:
        return None
    return found, at - len(before), at
