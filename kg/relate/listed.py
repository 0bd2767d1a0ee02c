"""Named events: items of a list closed by a generic head (办好A、B、C等重大赛事), and an
event a province co-hosts (由…和北京市人民政府联合举办的…活动).

A work report often names the events it holds in a list and closes it with what they
are (等重大赛事, 等系列活动, 等重大节会, 等国际性活动). The head is generic (the gold
rules: 重大开放活动 is no program), but each item is a name of its own: 第十七届省运会,
华创会, 音乐节. An item counts when it ends in the head of an event (会 节 赛 季 论坛);
works listed the same way (荆岳高铁, 长江博物馆等重大项目) are left alone, as the gold
leaves a report's railways and buildings alone.

A story names an event and its hosts in one relative clause: 由商务部、中央广播电视总台和
北京市人民政府联合举办的2025年全国“老字号嘉年华”暨北京“王府井金街过大年”活动1月7日在北京启动.
The provinces among the hosts are the clause's subject (kg.relate.clauses); the event is
the name after 的, up to when or where it took place.
"""

from __future__ import annotations

import re

from kg.relate.grammar import (
    HOSTED_AFTER,
    HOSTED_BY,
    LIST_CLOSE,
    PHRASE_END,
    TYPE_WORD,
    reported_after,
)
from kg.relate.programs import ProgramScan
from kg.relate.registry import REGISTRY, program
from kg.relate.verbs import governing_verb
from kg.relate.words import (
    GENERIC_CORES,
    IMPLEMENT_VERBS,
    NOT_ITEM_TAILS,
    OPERATIONS,
    SHARED_TYPES,
    WEAK_TYPES,
)
from kg.text.mentions import gazetteer

__all__ = ["hosted_events", "listed_items"]

_ITEM = re.compile(r"[\u4e00-\u9fff0-9A-Za-z（）()·\-—+]{2,24}")
# an item of a list sharing a type word: a name, a quoted name in it too
_SHARED_ITEM = re.compile(r"[\u4e00-\u9fff0-9A-Za-z（）()·\-—+“”]{3,24}")


# Heads of named events that may close an item of a list (第十七届省运会, 华创会, 边疆行; not
# a word of going, 健康骑行, 绿色出行: a kind of activity).
_EVENT = re.compile(
    r"(?:会|荟|节|赛|季|秀|(?<![发拓进开扩施伸会])展|嘉年华|(?<![一每本上下])周|论坛|峰会|大会|下乡|进(?:乡村|乡镇|社区|校园|万家|企业)|(?<![银骑步出运执进先试旅同飞航通施推流发践实履并])行)$"
)


# Talents' programs are named by whom they title (泰山学者、齐鲁青年人才等高层次人才工程): an item
# of a list of talents' programs that ends in such a title is a name
_TALENT_KIND = re.compile(r"人才(?:工程|计划)$")
_TALENT = re.compile(r"(?:学者|人才|英才|名家|工匠)$")


def named_item(item: str) -> bool:
    """Whether an item of a list names one event (第十七届省运会, 华创会, 音乐节 of 北京国际
    电影节、音乐节). Works (铁路, 博物馆) are not programs: the gold leaves a report's
    railways alone."""
    return len(item) >= 3 and _EVENT.search(item) is not None


@REGISTRY.register(
    program(
        "impl.listed",
        0.67,
        "a named event of a list closed by a generic head (办好A、B等重大赛事; A、B等活动成功举办),"
        " or an item of a list closed by 等 and the type word the items share (实施A、B等行动)",
        shared=0.6,
    ),
    scope="clause",
)
def listed_items(scan: ProgramScan) -> None:
    """Each named item of ``A、B(、C)等…项目`` after a verb of carrying out, or first in the
    clause and reported carried out after the head."""
    text, lo, hi = scan.text, scan.lo, scan.hi
    for m in LIST_CLOSE.finditer(text, lo, hi):
        close_end = m.end()
        if (
            close_end < hi
            and text[close_end] not in PHRASE_END
            and not reported_after(text, close_end)
        ):
            continue  # …等项目资金: the list is a modifier of something else
        gov = governing_verb(text, scan.tokens, m.start(), lo)
        if gov is not None and gov[0] == "impl":
            list_start = gov[2]
        elif (gov is None or _inside_events(text, lo, m.start(), gov)) and reported_after(
            text, close_end
        ):
            list_start = lo  # A、B等国际性活动成果丰硕: first in the clause, reported done
        else:
            continue
        listed = text[list_start : m.start()]
        if any(c in listed for c in "，。；：,;:"):
            continue
        single = "、" not in listed  # 举办外贸优品中华行等产销对接活动: one named event
        pos, found = list_start, False
        for item in listed.split("、"):
            start, end = pos, pos + len(item)
            pos = end + 1
            if single and len(item) < 5:
                continue
            if not _ITEM.fullmatch(item) or item in GENERIC_CORES or scan.overlaps(start, end):
                continue
            if any(v in item for v in IMPLEMENT_VERBS if len(v) > 1):
                continue  # 推进…、加快…: an action of its own, not a name
            if named_item(item) or (_TALENT_KIND.search(m.group()) and _TALENT.search(item)):
                scan.add("impl.listed", item, start, end)
                found = True
        if found:
            scan.drop_within(m.start(), close_end)  # (…等跨区域通道项目: the head is no name)
    _shared_head_items(scan)


def _inside_events(text: str, lo: int, close: int, gov: tuple[str, str, int]) -> bool:
    """The word of doing found before 等 is a word of the events listed first in the clause
    (东湖论坛、中非创新合作与发展论坛等重大科创活动影响持续扩大: 创新 is in a name)."""
    items = text[lo:close].split("、")
    return gov[0] == "do" and len(items) > 1 and all(named_item(i) for i in items)


# 实施土壤污染源头防控、固体废物综合治理等行动: the items share the type word after 等, one
# that names what is done (健全…、…等机制 lists fields of policy: 收益分配机制)
# 防汛“1262”预警叫应、重大灾害“123”快速响应…等机制: items that each hold a quoted name
# are names, whatever the type word
_SHARED_HEADS = sorted(
    (w for w in SHARED_TYPES if w not in ("改革", "战略")), key=len, reverse=True
)
# (…、全民数字素养等提升行动: a word of doing before the type word is every item's too)
_SHARED_CLOSE = re.compile(
    "等((?:提升|攻坚|整治|治理|专项)?(?:" + "|".join(map(re.escape, _SHARED_HEADS)) + "))"
)


# a 等 that closes a list of its own (not the 等 of 高等教育, 平等, 对等)
_LIST_CLOSER = re.compile(r"(?<![高平对同])等")


def _shared_head_items(scan: ProgramScan) -> None:
    """Each item of ``A、B等行动`` after a verb of carrying out, with the type word after
    等: 土壤污染源头防控行动, 固体废物综合治理行动."""
    text, lo, hi = scan.text, scan.lo, scan.hi
    for m in _SHARED_CLOSE.finditer(text, lo, hi):
        close_end = m.end()
        if text.startswith("建设", close_end):
            close_end += 2
        if close_end < hi and text[close_end] not in PHRASE_END:
            continue  # …等工程项目: the type word opens a longer head
        gov = governing_verb(text, scan.tokens, m.start(), lo)
        if gov is None or gov[0] != "impl":
            continue
        listed = text[gov[2] : m.start()]
        if any(c in listed for c in "，。；：,;:的") or _LIST_CLOSER.search(listed):
            continue
        weak = m.group(1) in WEAK_TYPES
        if "、" not in listed and (weak or len(listed) < 5 or "“" in listed):
            continue  # 开展校园餐质量提升等专项行动: one named item is enough for a strong head
        items, pos = [], gov[2]
        for item in listed.split("、"):
            items.append((item, pos, pos + len(item)))
            pos += len(item) + 1
        if all(_shared_item(scan, *it) for it in items) and (
            not weak
            or (
                any("“" in it[0] for it in items)
                and all("“" in it[0] or len(it[0]) >= WEAK_TYPES[m.group(1)] for it in items)
            )
        ):
            for item, start, end in items:
                if not item.endswith(m.group(1)):
                    scan.add("impl.listed", item + m.group(1), start, end, variant="shared")


def _shared_item(scan: ProgramScan, item: str, start: int, end: int) -> bool:
    """Whether ``item`` names one action of its own in a list that shares a type word."""
    return (
        len(item) <= 20
        and _SHARED_ITEM.fullmatch(item) is not None
        and _quotes_closed(item)
        and item not in GENERIC_CORES
        and not item.endswith(NOT_ITEM_TAILS)
        # (推进…、加快…: an action of its own; a verb that ends an item is its noun:
        # 实施高等教育本科专业建设、人工智能赋能等行动)
        and not any(v in item[: len(item) - 2] for v in IMPLEMENT_VERBS if len(v) > 1)
        and not scan.overlaps(start, end)
    )


# where the name of the hosted event ends: when, where or what happened to it
_EVENT_END = re.compile(
    r"\d+月|\d+日|[昨今前][天晚日]|近日|日前|在|于|将|正式|开幕|启动|举行|举办|落幕|闭幕|揭晓|"
    r"陆续|成功|圆满"
)
# 本届全运会, 此次大会: an event named before, not its name
_ANAPHOR = ("本届", "本次", "此次", "这", "该", "此")
# 并宣布第二届…运动会由…主办, a headline's number and the words before a space: not the name
_OPENER = re.compile(r"[^，。；]*(?:宣布|\s)")
_NOTE_END = re.compile(r"[（(][^（）()]{1,20}[）)]$")
_EVENT_NAME_END = re.compile(r"(?:会|节|赛|季|论坛|峰会|大会|展|汇演|晚会)$")


def _quotes_closed(stretch: str) -> bool:
    """Every quote opened in ``stretch`` is closed in it."""
    return stretch.count("“") == stretch.count("”")


def _province_hosts(scan: ProgramScan, hosts: str) -> bool:
    """Whether a province is among the hosts (the clause's subject then is the province)."""
    gaz = gazetteer(scan.lexicon)
    return any(h.kind == "province" for h in gaz.geo(hosts) + gaz.abbreviation_compounds(hosts))


@REGISTRY.register(
    program(
        "impl.hosted",
        0.5,
        "an event named after 由…（province）…主办的, or before 由…主办, which the province "
        "co-hosts",
    ),
    scope="clause",
)
def hosted_events(scan: ProgramScan) -> None:
    """The event named after 由…北京市人民政府联合举办的, or before 由…联合承办 (the clause's
    subject is the host)."""
    text, lo, hi = scan.text, scan.lo, scan.hi
    after = HOSTED_AFTER.match(text, lo, hi)
    start = lo
    if after is not None:
        end = after.end(1)
        opener = _OPENER.match(text, lo, end)
        start = opener.end() if opener else lo
        name = text[start:end]
        if not _province_hosts(scan, after.group(2)):
            return  # 由商务部主办: no province among the hosts
        if len(name) < 5 and not any(c in name for c in "“《届"):
            return  # 纪念大会由…举办: a kind of event, not its name
    else:
        if lo < 3 or not HOSTED_BY.match(text, lo - 3):
            return
        # (not inside the name's quotes: “购在中国•2025大湾区消费季”)
        ends = _EVENT_END.finditer(text, lo, hi)
        m = next((e for e in ends if _quotes_closed(text[lo : e.start()])), None)
        end = m.start() if m else hi
        note = _NOTE_END.search(text, lo, end)  # (…首场活动（鄂湘赣地区专场）在武汉举行)
        end = note.start() if note else end
        name = text[lo:end]
        if not 4 <= len(name) <= 40:
            return
    if name.startswith(_ANAPHOR):
        return  # 本届论坛由…主办, 由…举办的这届全运会: the event is named before
    bare = name.rstrip("”》")
    if not (TYPE_WORD.search(bare[-4:]) or _EVENT_NAME_END.search(bare)):
        return
    if "“" not in bare and bare.removesuffix("活动").endswith(OPERATIONS):
        return  # 由…文化局主办的跨年倒数活动: a kind of ceremony, however hosted
    if scan.overlaps(start, end) and not scan.inside_only(start, end):
        return
    scan.drop_within(start, end)
    scan.add("impl.hosted", name, start, end)
