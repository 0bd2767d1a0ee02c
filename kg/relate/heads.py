"""Where a name's governing verb and a heading's name really are: a verb of process that
ends a modifier before a quote (产业提质升级“1+9”行动), and a numbered heading that is only
a program's name ((一)新一代信息技术产业智能提升工程。)."""

from __future__ import annotations

import re
from collections.abc import Callable

from kg.model import Token
from kg.relate.bounds import parallel_head
from kg.relate.grammar import ADVERB_RUN, COUNT_BEFORE, HAN_RUN, HEADING_NUMBER, is_topic
from kg.relate.labels import named, specific
from kg.relate.verbs import governing_verb
from kg.relate.words import (
    ACTION_VERBS,
    ADVERBS,
    BUILD_VERBS,
    CLAUSE_VERBS,
    FACILITY_TYPES,
    GENERIC_CORES,
    IMPLEMENT_VERBS,
    IMPROVE_VERBS,
    NAME_TAILS,
    NOT_ITEM_TAILS,
    PUSH_VERBS,
    SHARED_TYPES,
    VERB_ADVERBS,
    WEAK_TYPES,
)
from kg.text.lexicon import Lexicon
from kg.text.mentions import TYPE_WORDS, gazetteer
from kg.text.normalize import chinese_number

__all__ = [
    "EVENT_HEADS",
    "bare_quote",
    "counted_set_items",
    "heading_name",
    "modifier_prefix",
    "outer_verb",
    "own_type_word",
    "shared_type_items",
    "theme_prefix",
]

# verbs that also name a process a modifier may end with (产业提质升级, 上市资源培育)
_PROCESS_VERBS = frozenset(("升级", "培育", "提升", "提质", "改造", "转型", "振兴", "优化", "拓展"))
# words that open an action, not a name (a heading's first word; what follows a verb)
_HEADING_VERBS = frozenset((*ACTION_VERBS, *BUILD_VERBS, *CLAUSE_VERBS, *ADVERBS))
_NOT_MODIFIER_OPENERS = _HEADING_VERBS | VERB_ADVERBS


def outer_verb(
    text: str, tokens: list[Token], lo: int, gov: tuple[str, str, int] | None, quote_open: int
) -> tuple[str, str, int] | None:
    """实施产业提质升级“1+9”行动: a verb of process right before the quote (升级) ends a
    modifier; the verb before the modifier governs the name."""
    if gov is None or gov[0] != "impl" or gov[2] != quote_open or gov[1] not in _PROCESS_VERBS:
        return gov
    outer = gov
    for _ in range(3):  # (产业提质升级: two verbs of the modifier)
        before = governing_verb(text, tokens, outer[2] - len(outer[1]), lo)
        if before is None or before[0] != "impl":
            break
        outer = before
        nxt = next((t.text for t in tokens if t.start == outer[2]), "")
        if nxt in _NOT_MODIFIER_OPENERS:
            continue  # 继续加力开展“…”工程: adverbs and verbs, not a modifier
        if modifier_prefix(text, outer[2], quote_open):
            return outer
    return gov


def heading_name(
    text: str, tokens: list[Token], lo: int, hi: int, end: int, type_word: str
) -> int | None:
    """Where the name starts in a numbered heading that is only a name
    ((一)新一代信息技术产业智能提升工程。), with a strong type word (二、重点工程 is no name);
    None for a heading with an action (2.高标准建设山东省实验室), read as any clause."""
    number = HEADING_NUMBER.match(text, lo, end)
    if number is None or type_word in WEAK_TYPES or text[end:hi].strip() not in ("", "。"):
        return None
    label = text[number.end() : end]
    first = next((t.text for t in tokens if t.start == number.end()), "")
    if (
        not HAN_RUN.fullmatch(label)
        or "的" in label
        or first in _HEADING_VERBS
        or first[:1] in "有做"
        or not specific(label, type_word)
        or len(label) > 24
    ):
        return None
    return number.end()


def modifier_prefix(text: str, verb_end: int, quote_open: int) -> str:
    """A modifier written between the verb and a quoted name: 企业挂牌上市“玉如意计划”."""
    between = text[verb_end:quote_open]
    between = re.sub(
        r"^了?(?:(?:全国|全球|世界|国内|全省|我国)?首[趟批个家列班架条座]"
        r"|第[一二三四五六七八九十\d]+[趟批个家列班])?",
        "",
        between,
    )  # (成立全国首个省级“三医大数据中心”: a record, no word of the name)
    between = re.sub(r"^(?:提升|优化|完善|深化|健全|调整)", "", between)  # (优化提升…“一张网”)
    before_item, _, item = between.rpartition("、")
    if before_item.endswith("”"):
        between = item  # 政务服务“一网办事”、行政执法“一网监管”: its own
    # 整体提升教育水平攻坚行动“七大工程”: a numbered set inside a program of its own
    numbered = _NUMBERED_SET.match(text, quote_open + 1) is not None
    if not 1 <= len(between) <= (16 if numbered else 10):
        return ""
    if not re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z]+", between) or re.search(
        "[的及等、把将被]|这个|那个", between
    ):
        return ""
    pair = _PAIR.fullmatch(between) or _FIELD_WITH.fullmatch(between)
    if re.search("[和与]", between) and (pair is None or pair[1].endswith(TYPE_WORDS)):
        return ""  # two short nouns join in one (企业投诉和建议“一站式”办理新机制), no program
    if re.search(
        r"做|推[动进]|促进|抓好|加[快强大]|扩大|创建|创新(?!药)|运用|打造|特别是|尤其是"
        r"|支撑|助力|围绕|聚焦|融入",  # (一批支撑“两区一圈一带”战略实施的…: a purpose)
        between,
    ):
        return ""  # 运用场景思维做大做强做优“十强产业”: an action, not a modifier
    if re.match(r"(?:扩[面围容]|提[质标速]|增效)", between):
        return ""  # 提质扩面“无废城市”建设: a second verb (产业提质升级“1+9”行动 is a modifier)
    if (between.endswith(TYPE_WORDS) and not numbered) or COUNT_BEFORE.search(between):
        return ""  # 实施文旅业态融合计划和“引客入赣”工程: another program, not a modifier
    if between in GENERIC_CORES or ADVERB_RUN.fullmatch(between) or between in _MODIFIER_VERBS:
        return ""  # (培育发展“文化+数字”: a second verb, not a modifier)
    if len(between) == 1 and between not in "省市县区":
        return ""  # 探索出“大家商量着办”…机制, 创新链“四链”: the verb's result or a word's end
    if re.fullmatch(r"(?:共[\u4e00-\u9fff]){2,}", between):
        return ""  # 共建共治共享“七大要素”…: verbs of a series, not a modifier
    return between


_MANNER = re.compile("^(?:高水平|高质量|高标准)")
_PAIR = re.compile(r"([\u4e00-\u9fff]{2,4})[和与][\u4e00-\u9fff]{2,4}")
_FIELD_WITH = re.compile(r"([\u4e00-\u9fff]{2,6})与")  # (人工智能与“十强”产业…)
_NUMBERED_SET = re.compile(
    r"[一二三四五六七八九十两\d]+(?:大|个|项)[\u4e00-\u9fff]{0,4}(?:工程|行动|专项行动)”"
)
_MODIFIER_VERBS = ACTION_VERBS | {"发展"}  # (verbs that are no modifier of a quoted name)


# Items of a list that share the type word of the last one: 传统戏曲振兴、优秀剧本孵化计划,
# 基础研究领先和关键核心技术攻坚行动. An item is a run of characters of its own.
_ITEM = re.compile(r"[\u4e00-\u9fff]{2,14}")
_ITEM_SEPARATORS = "、"
EVENT_HEADS = ("节", "会", "赛", "季", "论坛")
# the field after the plus of a formula (“互联网＋教育”): what is added to, not a type word
_FORMULA_FIELD = re.compile(r"[+＋][\u4e00-\u9fff]{1,4}$")


def own_type_word(core: str) -> bool:
    """A quoted name ends in a type word or an event's head of its own (“芙蓉计划”, not
    “互联网＋教育”, whose 教育 is the field a formula adds to)."""
    return core.endswith(EVENT_HEADS + TYPE_WORDS) and not _FORMULA_FIELD.search(core)


# heads that end a name of a place or a zone (…创新带, …经济圈, …新城)
_PLACE_HEADS = frozenset("带区圈城港园站路线网地湾省市县")


def shared_type_items(
    text: str,
    verb_end: int,
    start: int,
    end: int,
    type_word: str,
    lexicon: Lexicon,
    overlaps: Callable[[int, int], bool],
) -> list[tuple[str, int, int]]:
    """The items listed between the verb and a typed name, each with the name's type word
    (label, start, end); ``overlaps`` says whether a stretch is another program's already."""
    out: list[tuple[str, int, int]] = []
    modifier = end - start - len(type_word)
    shared = next((w for w in sorted(TYPE_WORDS, key=len) if type_word.endswith(w)), type_word)
    shares = shared in SHARED_TYPES or type_word in SHARED_TYPES
    pos = start
    while pos - 1 > verb_end and (
        text[pos - 1] in _ITEM_SEPARATORS or _two_actions(text, verb_end, pos, start, end, shared)
    ):
        sep = pos - 1
        item_start = max(verb_end, *(text.rfind(c, verb_end, sep) + 1 for c in _ITEM_SEPARATORS))
        item = text[item_start:sep]
        if not _ITEM.fullmatch(item) or item.endswith(TYPE_WORDS) or overlaps(item_start, sep):
            return out
        if "的" in item or "等" in item or item.endswith(NOT_ITEM_TAILS):
            return out  # 多种形式的校地一体、…工程; 规模以上工业企业、…计划: not an action
        if len(_MANNER.sub("", item)) < 3:
            # 蓝天、碧水、净土保卫战, 高水平通用、垂类大模型培育工程: words of a campaign's
            # name, not names of their own
            return out
        if 2 * len(item) < modifier:
            return out  # 危化品、高层建筑安全隐患排查整治专项行动: the items share the whole head
        if item.endswith((*FACILITY_TYPES, "空间")):
            return out  # 建设专业化众创空间、场景应用创新中心: a facility of its own
        if item[-1] in _PLACE_HEADS:
            return out  # 杭州湾科技创新带、G60科创走廊: a name of its own, with its own head
        if (
            # (a word of doing that ends the item is the name's: 民族手工业品牌培育、…行动)
            any(v in item[: len(item) - 2] for v in IMPLEMENT_VERBS)
            or item in GENERIC_CORES
            or item.startswith(("面向", "各"))
        ):
            # 实施…、推进…工程: an action of its own, not an item (各部门横向协同、上下联动
            # 工作机制: how every department works, no name)
            return out
        # 世界华人炎帝故里寻根节、国际武当太极文化节: an event named in full already
        if not shares and not item.endswith(EVENT_HEADS):
            return out  # 海峡论坛、海峡青年荟; 格尔木东、海南清洁能源基地: not one head shared
        label = (
            item
            if item.endswith(EVENT_HEADS)
            else item + parallel_head(text, item, start, end, shared)
        )
        if specific(label, shared) and named(text, item_start, sep, "", lexicon):
            out.append((label, item_start, sep))
        pos = item_start
    return out


def _two_actions(text: str, verb_end: int, pos: int, start: int, end: int, shared: str) -> bool:
    """基础研究领先和关键核心技术攻坚行动: a 和 right before the name joins two actions that
    share its type word when both end in a word of doing (社会应急和防灾避险能力提升工程 is
    one name: 社会应急 does no work of its own)."""
    if pos != start or text[pos - 1] != "和":
        return False
    item = text[max(verb_end, text.rfind("、", verb_end, pos - 1) + 1) : pos - 1]
    core = text[start : end - len(shared)]
    return len(item) >= 4 and item.endswith(_ACTION_TAILS) and core.endswith(_ACTION_TAILS)


# words of doing that end an action's name (words/name_tails.txt, but for forms of work,
# 专项, 三年 …, and training, an activity of its own: 开展大规模职业技能培训和…行动计划)
_ACTION_TAILS = tuple(
    t for t in NAME_TAILS if len(t) >= 2 and not t.endswith(("年", "专项", "培训"))
)


_PERIOD = re.compile(r"[十][一二三四五六七八九十]五|[一二三四五六七八九十]五")
_BYNAME = re.compile(r"[\u4e00-\u9fff]{1,2}[村镇]")
_ROAD_KIND = re.compile(r"[\u4e00-\u9fff]{1,2}路")
_DASH = re.compile("(?<!—)—(?!—)")  # (a single dash between items, not a 破折号 ——)


def bare_quote(core: str, topic: bool) -> bool:
    """A quoted word that names no program without a type word after it: a number, a
    five-year period (“十五五”), a kind of road (协同建设“产业路”“旅游路”), a list of three
    terms or more (“免现场查勘、免费救援、免气象证明”), a chain of three levels or stages
    (“县城—中心镇—重点村”), or, first in its clause and reported on, a place's byname
    (“石灰村”也实现了华丽转型)."""
    terms = core.split("、")
    return (
        core.isdigit()
        or (len(terms) > 2 and min(map(len, terms)) >= 4)
        or len(_DASH.findall(core)) >= 2  # (“县城—中心镇—重点村”: a chain)
        or _PERIOD.fullmatch(core) is not None
        or _ROAD_KIND.fullmatch(core) is not None
        or (topic and _BYNAME.fullmatch(core) is not None)
    )


def theme_prefix(text: str, quote_open: int, lo: int, lexicon: Lexicon) -> str:
    """A vocabulary theme written right before a quoted name (干部教育培训“三百工程”)."""
    for hit in gazetteer(lexicon).themes(text[lo:quote_open]):
        if lo + hit.end == quote_open:
            start = lo + hit.start
            if "、" in text[max(lo, start - 12) : start] and _SET_NAME.match(text, quote_open + 1):
                return ""  # …算法、港航供应链大数据“三大平台”: the last item's, not the set's
            return text[_item_start(text, lo, start) : quote_open]
    return ""


_SET_NAME = re.compile(r"[一二两三四五六七八九十\d]+大")
# the words of an item before a theme that ends it (购房补贴、住房消费“以旧换新”: 住房消费)
_ITEM_HEAD = re.compile(r"[\u4e00-\u9fff]{1,4}")


def _item_start(text: str, lo: int, start: int) -> int:
    """Where the item of a list (after 、) whose last word is the theme at ``start`` opens:
    the theme's item, not a word cut from it (住房消费, not 消费)."""
    sep = text.rfind("、", lo, start)
    if sep < 0 or not _ITEM_HEAD.fullmatch(text, sep + 1, start):
        return start
    head = text[sep + 1 : start]
    if any(head.startswith(v) for v in ACTION_VERBS) or re.search("[和与及]", head):
        return start  # (…、机构和基础设施“四个体系”: the items of the set the quote names)
    return sep + 1


def topic_lead(
    text: str, tokens: list[Token], span: tuple[int, int], reported: int, typed: bool
) -> str | None:
    """Whether a quoted name opening at ``span[1]`` is a topic its clause (from ``span[0]``)
    reports carried out at ``reported`` (grammar.is_topic): "" when it stands first, the
    short modifier before it when that opens the clause and the name has its type word
    (开发区“寻标对标、创新提升”行动扎实开展, 京蒙协作“六个倍增计划”成效显著), else None (not
    after a verb or a function word: 增强亳州“…”品牌, 是“…”规划)."""
    lo, quote_open = span
    if is_topic(text, lo, quote_open, reported):
        return ""
    lead = modifier_prefix(text, lo, quote_open) if typed else ""
    if not lead or len(lead) > 6 or _NOT_IN_LEAD.search(lead) or lead.startswith(("国家", "全国")):
        return None
    first = next((t.text for t in tokens if t.start == quote_open - len(lead)), "")
    if first in _LEAD_VERBS or not is_topic(text, lo, quote_open - len(lead), reported):
        return None
    return lead


_NOT_IN_LEAD = re.compile(r"[以是着的了把将被为对向从在朝\d]|级$")  # (千万千瓦级“沙戈荒”…基地)
_LEAD_VERBS = ACTION_VERBS | CLAUSE_VERBS | IMPROVE_VERBS | PUSH_VERBS | BUILD_VERBS


# the quoted name of a counted set closing a list of its members (…、…“三大行动”)
_COUNTED_SET = re.compile(r"(等?)“([两二三四五六七八九十]{1,2})大([\u4e00-\u9fff]{2,4})”$")


def counted_set_items(phrase: str) -> list[tuple[int, int, str]]:
    """The members a verb's object lists before the quoted name of their set, each with the
    set's head (实施工业千亿投资、…、重点产业招商聚能突破“三大行动” → 工业千亿投资行动 …): as
    many as the set's count, or, before 等, the ones named (start and end in ``phrase``,
    label)."""
    counted = _COUNTED_SET.search(phrase)
    if counted is None or counted.group(3) not in SHARED_TYPES:
        return []  # (…“三大平台”: platforms, each a name of its own the list only describes)
    listed = phrase[: counted.start()]
    items = listed.split("、")
    if any(not 4 <= len(i) <= 16 or not HAN_RUN.fullmatch(i) for i in items):
        return []  # (a quote, a phrase of its own, a word: not a list of members)
    count = 2 if counted[2] == "两" else chinese_number(counted[2])
    if len(items) < 2 or (not counted.group(1) and len(items) != count):
        return []
    if any(i.endswith(TYPE_WORDS) for i in items):
        return []  # (…工程、…工程等“九大行动”: members named each already)
    out, pos = [], 0
    for item in items:
        out.append((pos, pos + len(item), item + counted.group(3)))
        pos += len(item) + 1
    return out
