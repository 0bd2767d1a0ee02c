"""Where a found name starts: an edition before it, the levels it lists, the short or
parallel items of a list it shares, and what its label leaves out (a year's 年, a count of
editions held, 我国, what comes before a dash); the variant a weak type word is read at and
the short names of one that still name a program; and the designations listed after a national
one, which are the nation's too."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.model import Token
from kg.relate.grammar import HAN_RUN, TYPE_WORD
from kg.relate.words import (
    ACTION_VERBS,
    BUILD_VERBS,
    IMPLEMENT_VERBS,
    NAME_TAILS,
    NP_STOPS,
    PLAN_VERBS,
    SPLIT_TYPES,
    WEAK_TYPES,
    alternation,
)
from kg.text.lexicon import Lexicon
from kg.text.mentions import TYPE_WORDS, Span, gazetteer, type_word_ending
from kg.text.segment import segment

__all__ = [
    "REGION_CLASS",
    "YEAR_DASH",
    "after_count",
    "builds",
    "built_after",
    "built_from",
    "levels_start",
    "modifier_start",
    "name_bounds",
    "national_listed",
    "one_name",
    "ordinal_start",
    "parallel_head",
    "place_in_brackets",
    "places_start",
    "short_but_named",
    "verb_opens_conjunct",
]

# an edition opening a name (第二届全国职工数字化应用技术技能大赛): the name starts with it
_ORDINAL = re.compile(
    r"第[\d一二三四五六七八九十百]+届(?:(?![和与及等、第])[\u4e00-\u9fff—（）()])*$"
)


def ordinal_start(text: str, start: int, lo: int) -> int:
    """Where a name starts when an edition stands before where the phrase was cut (a verb
    inside the name, 应用, cuts 第二届全国职工数字化应用技术技能大赛 after it)."""
    m = _ORDINAL.search(text, max(lo, start - 16), start)
    return m.start() if m else start


# the last of the levels a name lists (市、区、校三级培训机制 starts at 校 without it)
_LEVELS = re.compile(r"([\u4e00-\u9fff]{1,2})[两二三四五六多]级")
_LEVEL_CHARACTERS = tuple("省市县区乡镇村")


# a level named by a word of two or three characters (开发区三级…, 街镇三级…)
_LONG_LEVEL_WORDS = ("开发区", "园区", "街道", "街镇", "区县", "市县", "乡镇", "社区")
_LEVELS_LONG = re.compile("(?:" + "|".join(_LONG_LEVEL_WORDS) + ")[两二三四五六多]级")
_LEVEL_WORDS = (*_LONG_LEVEL_WORDS, *_LEVEL_CHARACTERS)


def _levels_before(text: str, start: int, lo: int, words: tuple[str, ...]) -> int:
    """Where the levels listed before ``start`` begin, each one of ``words`` and its 、
    (省、市、开发区三级联动改革政策体系; 县、乡、村级…)."""
    new = start
    while new - 2 >= lo and text[new - 1] == "、":
        word = next((w for w in words if text.endswith(w, lo, new - 1)), None)
        if word is None:
            break
        new -= len(word) + 1
    return new


def levels_start(text: str, start: int, lo: int) -> int:
    """Where a name of levels starts: 建立市、区、校三级培训机制 names 市、区、校三级…."""
    m = _LEVELS.match(text, start)
    if m is None and _LEVELS_LONG.match(text, start):
        return _levels_before(text, start, lo, _LEVEL_WORDS)  # (省、市、开发区三级联动…)
    if m is None:
        new = start  # (设立县、乡、村级社会治理联动平台: each level, one character each)
        if text.startswith(_LEVEL_CHARACTERS, start) and text.startswith("级", start + 1):
            new = _levels_before(text, start, lo, _LEVEL_CHARACTERS)
            if new > lo and text[new - 1] in _LEVEL_CHARACTERS:
                return start  # (市县、区级…: an item of two levels, not read here)
        return new
    step = len(m.group(1)) + 1  # an item as long as the last one, and its 、
    new = start
    while new - step >= lo and text[new - 1] == "、":
        new -= step
    return new


def name_bounds(text: str, start: int, label: str) -> tuple[int, str]:
    """Where a found name starts, and its label: with the ordinal before it (第24届…洽谈会),
    without a year's 年 (2025年国际…论坛), a count of editions held (举办3届商博会) or 我国, and
    only what a dash opens (最大跨流域调水工程——引大济湟工程)."""
    if label[:1].isdigit() and start > 0 and text[start - 1] == "第":
        start, label = start - 1, "第" + label
    if label[:1] == "年" and start >= 4 and text[start - 4 : start].isdigit():
        cut = 2 if label[1:2] == "度" else 1  # (2025年度城市更新行动计划: not 度城市…)
        start, label = start + cut, label[cut:]
    elif (year := _LEADING_YEAR.match(label)) and len(label) - year.end() >= 4:
        start, label = start + year.end(), label[year.end() :]  # (2026年民生实事项目)
    elif (editions := _EDITIONS.match(label)) and text[start - 1 : start] != "第":
        start, label = start + editions.end(), label[editions.end() :]
    elif label.startswith("我国") and len(label) > 6:
        start, label = start + 2, label[2:]  # 建设我国民族团结进步示范区: the nation, no name
    dash = label.rfind("——")
    if (
        dash > 0
        and len(label) - dash - 2 >= 4
        and label.count("“", 0, dash) == label.count("”", 0, dash)
    ):
        label, start = label[dash + 2 :], start + dash + 2
    return start, label


# what joins the years of a span (2024—2026年, 2024至2026年)
YEAR_DASH = r"[—–\-－~～至到]"
# 2025年, 2025年度, 2024—2026年 (not 2025 alone, a name's own number)
_LEADING_YEAR = re.compile(r"\d{4}(?:年度?)?" + YEAR_DASH + r"\d{4}年度?|\d{4}年度?")
_EDITIONS = re.compile(r"\d+届(?=[\u4e00-\u9fff“])")


def parallel_head(text: str, item: str, start: int, end: int, shared: str) -> str:
    """The head an item shares with the last name when both end in the same words before it:
    数字文化产业高质量发展、文化旅游业高质量发展三年行动计划 share 三年行动计划."""
    last = text[start:end]
    for k in range(min(len(item), 6), 1, -1):
        at = last.find(item[-k:])
        head = last[at + k :] if at > 0 else ""
        if head.endswith(shared) and len(shared) < len(head) <= 8:
            return head
    return shared


def place_in_brackets(text: str, tokens: list[Token], close: int, lo: int) -> int | None:
    """The token opening a short bracket inside a name (中国（温州）国际园林博览会) that
    closes at token ``close``, or None."""
    for k in range(close - 1, max(close - 5, -1), -1):
        if tokens[k].text in ("（", "("):
            inner = text[tokens[k].end : tokens[close].start]
            before = text[tokens[k].start - 1 : tokens[k].start]
            if (
                tokens[k].start > lo
                and _BRACKETED_PLACE.fullmatch(inner)
                and HAN_RUN.fullmatch(before)
            ):
                return k
            return None
    return None


# (not a heading's number, （一）)
_BRACKETED_PLACE = re.compile(r"(?![一二三四五六七八九十]+$)[\u4e00-\u9fff]{2,6}")


def one_name(text: str, conjunct: int, first: int, end: int, type_word: str) -> bool:
    """Whether the conjuncts before and after 和/与 name one program: always after 与, which
    joins two things into one name's (实施…生态保护与修复工程, 建立国家高新区与省级有关部门直通车
    制度); after 和,
    …一体化保护和修复工程, 长期资本和耐心资本培育计划 (one plan of two kinds), 先进制造业和现代
    服务业融合发展试点 (the two it joins; not 种业振兴和…行动, nor 建立投入增长和风险分担机制, two
    mechanisms of a weak type)."""
    if text[first - 1] == "与" or (text[first - 1] == "及" and first - 1 - conjunct <= 2):
        # 人工智能与机器人产学研平台, 黄河三角洲湿地与生物多样性保护恢复项目; one word before
        # 及 is a field of the one name (生态及地质灾害避险搬迁一期工程总结评估)
        return True
    if _JOINED.search(text, first, end) is not None:
        return True  # 先进制造业和现代服务业融合发展试点, 高新区和高校联动发展机制: the two joined
    return type_word not in WEAK_TYPES and (
        end - first - len(type_word) <= 4
        or (first - 1 - conjunct <= 4 and not text.endswith(NAME_TAILS, conjunct, first - 1))
    )


_JOINED = re.compile(r"融合|协同|联动|一体化")


def modifier_start(
    text: str, lo: int, start: int, end: int, lexicon: Lexicon, tokens: list[Token]
) -> int:
    """Where a name starts whose modifier runs back over 和/与 or 等: a theme of the vocabulary
    (建设黄河流域生态保护和高质量发展先行区 names the whole theme, not 高质量发展先行区), or the
    places a name of a kind of region lists (实施雅鲁藏布江流域等关键区域生态修复工程,
    大沙河、泜河等流域生态补水工程: without them the name says no more than the kind)."""
    if start - 1 > lo and text[start - 1] == "等" and REGION_CLASS.match(text, start):
        return _places_listed(text, tokens, lo, start - 1)
    if start - 1 <= lo or text[start - 1] not in "和与及":
        return start
    window = max(lo, start - 16)
    for hit in gazetteer(lexicon).themes(text[window:end]):
        if window + hit.start < start - 1 < window + hit.end <= end:
            return window + hit.start
    return start


# a kind of region or border post the places listed before 等 are (…等流域, …等关键区域)
REGION_CLASS = re.compile(r"(?:重点|关键|重要)?(?:流域|区域|地区|口岸)")


def _places_listed(text: str, tokens: list[Token], lo: int, close: int) -> int:
    """Where the places listed before the 等 at ``close`` start: after the verb, 的, a year
    or the clause's start (刚刚启动的2025年度大沙河、泜河等), at most six of them."""
    ends = [i for i, t in enumerate(tokens) if t.end == close]
    if not ends:
        return close + 1
    first, items = close, 1
    for t in reversed(tokens[: ends[0] + 1]):
        w = t.text
        if t.start < lo or w in IMPLEMENT_VERBS or w in BUILD_VERBS or w in ("的", "年度"):
            break
        if w == "、":
            items += 1
        elif not HAN_RUN.fullmatch(w) or items > 6:
            break
        first = t.start
    return first if first < close and text[first] != "、" else close + 1


def places_start(
    text: str, lo: int, start: int, lexicon: Lexicon, tokens: list[Token] | None = None
) -> int:
    """Where a name opening with places starts: 福州、厦门服务业扩大开放综合试点 names both
    cities, not 厦门 alone; a place inside a longer word (浦江 of 黄浦江, when ``tokens`` are
    given) is none."""
    if start - 1 <= lo or text[start - 1] != "、":
        return start
    hits = gazetteer(lexicon).geo(text[lo : start + 8])
    starts = {lo + h.start: lo + h.end for h in hits}
    ends = {lo + h.end: lo + h.start for h in hits}
    if start not in starts:
        return start
    new = start
    while new - 1 > lo and text[new - 1] == "、" and (new - 1) in ends:
        new = ends[new - 1]
    if tokens is not None and new != start and all(t.start != new for t in tokens):
        return start
    return new


# The rules whose names of a weak type word (words/weak_types.txt) are stated at the
# confidence of their ``weak`` variant: a platform, a centre, a project, a mechanism or a
# model is a generic thing more often than a campaign is (calibrated on tests/gold/dev and
# the judged rounds, docs/extraction.md).
_WEAK_VARIANT_RULES = ("impl.typed-np", "impl.quoted-typed", "impl.topic")


def weak_variant(rule: str, label: str) -> str | None:
    """``weak`` when ``rule`` found a name ending in a weak type word (not 活动), else None."""
    if rule not in _WEAK_VARIANT_RULES:
        return None
    tw = type_word_ending(label)
    return "weak" if tw is not None and tw in WEAK_TYPES and tw != "活动" else None


# the verbs before a list of names (实施, 制定, 开展, 建设 …)
LIST_VERBS = ACTION_VERBS | BUILD_VERBS


def parallel_item_start(text: str, tokens: list[Token], region: int, lo: int) -> int | None:
    """Where the item before the 、 at token ``region - 1`` starts when the item after it
    repeats that item's verb with another object (领导干部进项目、进企业专项行动: one name of
    two parallel parts, their objects of one length), back to a verb before a list or the
    clause's start; else None."""
    if not 2 <= region < len(tokens) or tokens[region - 1].text != "、":
        return None
    verb = tokens[region].text
    if not HAN_RUN.fullmatch(verb):
        return None
    k = region - 2
    while k >= 0 and tokens[k].end > lo and tokens[k].text not in LIST_VERBS:
        if not HAN_RUN.fullmatch(tokens[k].text):
            break
        k -= 1
    inner = [t.text for t in tokens[k + 1 : region - 1]]
    if verb not in inner[1:] or region + 1 >= len(tokens):
        return None  # (the verb opens the item before: two actions, or two names)
    # the objects alike (项目, 企业): not 超大规模智算中心、算电协同工程
    obj = "".join(inner[inner.index(verb, 1) + 1 :])
    if len(obj) != len(tokens[region + 1].text):
        return None
    start = tokens[k + 1].start
    return start if text.index("、", start) - start <= 12 else None


# marks that end a phrase inside a token (a comma, a quote, a bracket)
PHRASE_MARKS = frozenset("，。；、：“”‘’《》（）(),;:")


# 广深港、广珠澳两条科技创新走廊: the count says the items are two things
_TWO_THINGS = re.compile(r"[两二三四]个|[两二三四][条项家座类]")


def _short_items_start(text: str, tokens: list[Token], region: int, lo: int) -> int | None:
    """Where a list of two or more short items (two to four characters each) before token
    ``region`` starts, when the name after it shares them all (蓝天、碧水、净土保卫战, 村县级、市级、
    区级三级救治体系); None when an item is longer, a name of its own or an action."""
    start, item_end, j, items = None, tokens[region].start - 1, region - 2, 0
    while j >= 0 and tokens[j + 1].text == "、":
        k = j
        while k >= 0 and tokens[k].end > lo and tokens[k].text not in LIST_VERBS:
            if tokens[k].text == "、" or not PHRASE_MARKS.isdisjoint(tokens[k].text):
                break
            if tokens[k].text in NP_STOPS or tokens[k].text == "了":
                break
            k -= 1
        item_start = tokens[k + 1].start
        item = text[item_start:item_end]
        if (
            not 2 <= len(item) <= 4
            or not HAN_RUN.fullmatch(item)
            or (item.endswith(TYPE_WORDS) and item not in TYPE_WORDS)  # (教育、科技、人才…)
        ):
            return None
        start, item_end, j, items = item_start, item_start - 1, k - 1, items + 1
        if k < 0 or tokens[k].text != "、":
            break
    # two of them and the name, at least (路径、方法模式 and 区域总部、研发中心 are two things),
    # or one the name's first word mirrors (皖苏、皖赣…补偿机制, 校际、城际…活动)
    if items == 1 and start is not None:
        item, twin = text[start : tokens[region].start - 1], tokens[region].text
        if (
            len(twin) == len(item)
            and (twin[0] == item[0] or twin[-1] == item[-1])
            and twin != item
            and text[start - 1 : start] not in ("和", "与", "及")
            and not _TWO_THINGS.search(text, tokens[region].end, tokens[region].end + 16)
        ):
            return start
    return start if items >= 2 else None


def items_start(text: str, tokens: list[Token], region: int, lo: int) -> int | None:
    """Where a list before token ``region`` starts that the name after it shares: short
    items (蓝天、碧水、净土保卫战) or a parallel part (领导干部进项目、进企业专项行动)."""
    listed = _short_items_start(text, tokens, region, lo)
    return parallel_item_start(text, tokens, region, lo) if listed is None else listed


# 中日、中以、中德等科技创新合作大会: pairs named by two characters with the same first one
_PAIRS_BEFORE = re.compile(r"((?:([\u4e00-\u9fff])[\u4e00-\u9fff]、)+[\u4e00-\u9fff]{2})等$")


def paired_items(text: str, lo: int, start: int, end: int) -> list[tuple[int, int, str]]:
    """The names a head after 等 makes with each pair before it (中日、中以、中德等科技创新合作大会 →
    中日科技创新合作大会 …), or the head alone."""
    head = text[start:end]
    m = _PAIRS_BEFORE.search(text, max(lo, start - 30), start)
    if m is None:
        return [(start, end, head)]
    items = m.group(1).split("、")
    if len(items) < 2 or any(len(i) != 2 or i[0] != items[0][0] for i in items):
        return [(start, end, head)]
    out, pos = [], m.start(1)
    for item in items:
        out.append((pos, pos + 2, item + head))
        pos += 3
    return out


_JOINT = ("一体", "协同", "融合", "联动", "统筹")


def split_items(text: str, start: int, end: int, type_word: str) -> list[tuple[int, int, str]]:
    """The programs a typed name holds: itself, or each short item of a list before a head
    of ``split_types`` with the last item's tail (蓝天、碧水、净土保卫战 → 蓝天保卫战 …)."""
    label = text[start:end]
    pair = re.fullmatch(r"([\u4e00-\u9fff]{2,6})和([\u4e00-\u9fff]{2,6}战略)", label)
    if pair:  # 知识产权和标准战略: two strategies, each its item and 战略
        first = pair.group(1)
        return [(start, start + len(first), first + "战略"), (pair.start(2) + start, end, pair[2])]
    items = label.split("、")
    if len(items) < 2 or not label.endswith(SPLIT_TYPES):
        return [(start, end, label)]
    size = len(items[-2])
    # (科教兴省、人才强省、创新驱动发展战略: a strategy's name is its item and 战略)
    tail = "战略" if label.endswith("战略") else items[-1][size:]
    if (
        not all(2 <= len(i) <= 4 for i in items[:-1])
        or not tail.endswith(type_word)
        or len(tail) - len(type_word) > 4  # 福州、厦门服务业扩大开放综合试点: one pilot
        or tail.startswith(_JOINT)  # 法治山西、法治政府、法治社会一体建设试点: one pilot
    ):
        return [(start, end, label)]
    out, pos = [], start
    for item in items[:-1]:
        out.append((pos, pos + len(item), item + tail))
        pos += len(item) + 1
    out.append((pos, end, items[-1]))
    return out


def name_items(text: str, lo: int, start: int, end: int, tw: str) -> list[tuple[int, int, str]]:
    """The programs a typed name holds: each pair before 等 with the head, or each item of
    a list before a head of ``split_types``, or the name itself."""
    if text[start - 1] == "等":
        return paired_items(text, lo, start, end)
    return split_items(text, start, end, tw)


def relative_head(text: str, group: Sequence[Span]) -> bool:
    """江苏推出的“润心计划”为…: a typed name in quotes heads a relative clause of the verb,
    and what follows it is the sentence's own predicate, not a word of the name."""
    opened = group[0].start - 1
    return text[opened - 1 : opened] == "的" and group[-1].text.strip().endswith(TYPE_WORDS)


def verb_opens_conjunct(text: str, tokens: list[Token], region: int, lo: int) -> int | None:
    """Where the conjunct before the 和 at ``region - 1`` starts when a verb of carrying
    out opens it (实施 | 基础研究领先 和 关键核心技术攻坚行动), within fourteen characters."""
    k = region - 2
    while k >= 0 and tokens[k].end > lo and tokens[region - 1].start - tokens[k].start <= 14:
        w = tokens[k].text
        if w in IMPLEMENT_VERBS or w in PLAN_VERBS:
            if k < region - 2:
                return tokens[k + 1].start
            if k == 0 or tokens[k - 1].end <= lo or tokens[k - 1].text in ACTION_VERBS:
                return None
            # (实施上市企业培育和高质量发展行动: a verb's noun ends the first conjunct)
        if (
            w == "、"
            and k < region - 2
            and text.endswith(TYPE_WORDS, lo, tokens[k].start)
            and _VERB_BEFORE_NAME.search(text, max(lo, tokens[k].start - 24), tokens[k].start)
        ):
            # 实施早孕关爱行动、孕育 和 出生缺陷防治能力提升计划: the verb's list goes on
            return tokens[k + 1].start
        if w in NP_STOPS or not PHRASE_MARKS.isdisjoint(w) or w[0].isdigit():
            return None
        k -= 1
    return None


# a verb of carrying out before a typed name that ends an earlier item of a list
_VERB_BEFORE_NAME = re.compile("(?:实施|开展|推进|启动|深化)[^，。；：、]{2,20}$")


# a count right before a name: a unit (实施100个…工程, 等7类…试点) or, after a number, a
# multiplied unit (实施1万名…工程) or an amount of money (设立10亿元…基金: its size)
_COUNT = re.compile(r"(?:[个项家条座所批类])(?:以上|左右)?")
_MULTIPLIED = re.compile(r"[十百千万亿]+[个项家条座所批名户人]|[十百千万亿]*元(?:以上|左右)?")


def after_count(text: str, token: Token, end: int) -> int:
    """Where a name ending at ``end`` starts after the count that opens ``token``'s stretch:
    实施100个社区儿童友好空间改造工程, 实施1万名老年人白内障复明工程 (the count's 万 goes with
    its unit)."""
    first = token.start
    count = _COUNT.match(text, first)
    if count is None and text[first - 1 : first].isdigit():
        count = _MULTIPLIED.match(text, first)
    if count is not None and count.end() < end and not token.text[0].isdigit():
        return count.end()
    return first


# a note giving a name's short form (济南—青岛人工智能创新应用先导区（以下简称“先导区”）建设)
_SHORT_FORM_NOTE = re.compile(r"[（(]以下简称“[^”]{1,12}”[）)]")


def _builds_at(text: str, end: int) -> bool:
    """建设 right after ``end`` (not 建设者), or after a note of the name's short form."""
    note = _SHORT_FORM_NOTE.match(text, end)
    end = note.end() if note else end
    return text.startswith("建设", end) and not text.startswith("建设者", end)


# a name of a list that a verb of building and 建设 share: what it ends with
_NAME_END = "(?:" + TYPE_WORD.pattern + "|”)"
# the names listed after a phrase, up to the 建设 they share
_NEXT_NAME = re.compile(r"、[^、，。；：]{2,30}?" + _NAME_END + "(?=、|建设(?!者))")
# a verb of building (after a few characters: 进一步加快), then the names listed before a phrase
_BUILD_HEAD = re.compile(
    r"(?:持续|全面|积极|着力|大力)?.{0,3}?"
    + alternation(tuple(sorted(BUILD_VERBS, key=len, reverse=True)))
    + r"(?:[^、，。；：]{2,30}?"
    + _NAME_END
    + "、)*"
)


def built_after(text: str, end: int) -> bool:
    """建设 follows the phrase ending at ``end``, right after it or after the names listed
    with it (…观音寺调蓄工程、沙颍河“通港达园”项目建设)."""
    while not _builds_at(text, end):
        listed = _NEXT_NAME.match(text, end)
        if listed is None:
            return False
        end = listed.end()
    return True


def builds(text: str, lo: int, start: int, end: int) -> bool:
    """The phrase stands between 加快/加强 and 建设 (加快美丽甘肃示范区建设), alone or as one
    of the names the two share (加快观音寺调蓄工程、沙颍河“通港达园”项目建设)."""
    return built_from(text, lo, start, end) is not None


def built_from(text: str, lo: int, start: int, end: int, modifier: int = 0) -> int | None:
    """Where the name built (:func:`builds`) starts: ``start``, or up to ``modifier``
    characters before it, a modifier of a quoted name (加快沙颍河“通港达园”项目建设); None when
    the phrase is not built."""
    if not built_after(text, end):
        return None
    for at in range(start, max(lo, start - modifier) - 1, -1):
        if at < start and not HAN_RUN.fullmatch(text, at, start):
            break
        if _BUILD_HEAD.fullmatch(text[lo:at].strip()):
            return at
    return None


# a designation or site listed right after a national one (创建国家生态文明建设示范区和“两山”实践
# 创新基地23个, 开展国家数字中医药试点和公立医院改革示范项目): the nation's too (not after a name
# whose 国家 is inside it: …存储技术国家重点实验室、量子通信卓越创新中心)
_SITES = "(?:示范区|基地|试点|先行区|试验区|中心|园区|项目|实验室)"
_OPENS_ITEM = "|".join(
    f"(?<={w})" for w in ("，", "、", "：", "创建", "建成", "建设", "新增", "开展", "推进", "争创")
)
_NATIONAL_BEFORE = re.compile(
    "(?:" + _OPENS_ITEM + r")国家级?[^，。；、“”和及]{2,24}?" + _SITES + r"(?:\d+个)?[和、及]$"
)
_SITE_END = re.compile(_SITES + "$")
_OWN_LEVEL = re.compile(r"(?:省|自治区|市|县|区)级?|全省|我省")


def national_listed(text: str, lo: int, start: int, label: str, lexicon: Lexicon) -> bool:
    """The designation or site at ``start`` follows a national one in a list and names no
    level or place of its own (省级区域医疗中心 and 长沙数据标注基地 stay the province's, and so
    does a body of another kind: 国家超级计算济南中心、信息通信技术研究院)."""
    name = label.lstrip("“")
    if _SITE_END.search(label) is None or _OWN_LEVEL.match(name):
        return False
    if _NATIONAL_BEFORE.search(text, max(lo, start - 34), start) is None:
        return False
    return not any(h.start == 0 for h in gazetteer(lexicon).geo(name[:8]))


# the people a rule sends (科技特派员制度, 文化特派员制度): they name it, however short
_SENT_PEOPLE = ("特派员", "特派团", "指导员", "联络员", "专员")


def short_but_named(core: str, type_word: str) -> bool:
    """A core too short for its weak type word that still names a program: a four-character
    campaign slogan that is one word of the dictionary (创先争优活动), a rule named by the
    people it sends (科技特派员制度)."""
    if type_word == "活动" and len(core) == 4 and len(segment(core)) == 1:
        return True
    return type_word == "制度" and core.endswith(_SENT_PEOPLE)
