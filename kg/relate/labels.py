"""Program labels: where a name starts and ends, and whether it names a specific program.

A label is a quoted name with what is written around it (a modifier before it, a type
word after it), or an unquoted noun phrase ending in a type word. Its key, the identity
of a program across documents, is :func:`kg.text.mentions.program_key` of it.
"""

from __future__ import annotations

import re

from kg.model import Token
from kg.relate.bounds import (
    PHRASE_MARKS,
    after_count,
    builds,
    built_after,
    items_start,
    one_name,
    place_in_brackets,
    short_but_named,
    verb_opens_conjunct,
)
from kg.relate.counted import (
    DESCRIBED_PACKAGE,
    issued_package,
    package_label,
    package_start,
    research_named,
)
from kg.relate.grammar import (
    ADVERBS_AT,
    BATCH,
    BATCH_END,
    BUILT_NAME_GOES_ON,
    COUNT_AFTER,
    COUNT_BEFORE,
    COUNTED_KIND,
    EVERY,
    FIELDS_BEFORE,
    FIRM,
    FOOTNOTE,
    HAN_RUN,
    KIND_OPENER,
    LISTED_BEFORE,
    MEASURE_AFTER,
    PHRASE_END,
    PROJECT_KINDS,
    QUANTITY_BEFORE,
    RUN_ON,
    TOPIC_VERB,
    WIDELY,
    ZONES,
    closes_name,
    described_kind,
    province_level_end,
    quoted_relative_end,
    second_program,
)
from kg.relate.leftovers import CAMPAIGN_TYPES, LEADING_COUNT, SHAPING
from kg.relate.verbs import own_program_after, pushes
from kg.relate.words import (
    ACTION_VERBS,
    BARE_FIELDS,
    BUILD_VERBS,
    CLAUSE_VERBS,
    DELEGATE_VERBS,
    DESIGNATIONS,
    DOING_VERBS,
    FACILITY_TYPES,
    GENERIC_CORES,
    GENERIC_QUALIFIERS,
    GENERIC_THEMES,
    IMPLEMENT_VERBS,
    IMPROVE_VERBS,
    LOOSE_MODIFIERS,
    NOT_IN_MODIFIER,
    NP_STOPS,
    OUTCOME_VERBS,
    PLAN_VERBS,
    REGIONS,
    ROUTINE_PLANS,
    SUPERLATIVES,
    WEAK_TYPES,
)
from kg.text.lexicon import Lexicon
from kg.text.mentions import TYPE_WORDS, gazetteer

__all__ = [
    "built_named",
    "name_mark",
    "named",
    "np_start",
    "specific",
    "type_suffix",
    "widened",
]

# The type words by their first character, each list in the order of TYPE_WORDS.
_TYPE_WORDS_BY_FIRST: dict[str, tuple[str, ...]] = {
    c: tuple(w for w in TYPE_WORDS if w[0] == c) for c in {w[0] for w in TYPE_WORDS}
}


# how many of a kind a list closes with (等一系列…活动, 等多条…线路)
_MANY_AFTER_LIST = re.compile(r"(?:一系列|一批|多条|多个|多项|多种|多类|多场|多款|各类)")


# 和 opening a word of the name, not joining two (“五好两宜”和美乡村试点, …和谐社区…)
_HE_WORD = re.compile("和[美谐睦]")


def type_suffix(text: str, pos: int, end: int) -> tuple[int, str] | None:
    """A type word (after up to 12 characters of modifier, or 等) ending a phrase at ``pos``."""
    listed = text.startswith("等", pos)
    if listed:
        pos += 1
        many = _MANY_AFTER_LIST.match(text, pos)
        if many:  # “红色古田—生态梅花山”等多条特色旅游线路: the count is not the name's
            pos = many.end()
    note = FOOTNOTE.match(text, pos)
    if note:
        pos = note.end()
    mod = ""
    for length in range(0, 13):
        if length and pos + length <= len(text):
            # the modifier grows by one character: only what ends with it is new to check
            ch = text[pos + length - 1]
            mod += ch
            if not "\u4e00" <= ch <= "\u9fff":
                break
            if mod.endswith(NOT_IN_MODIFIER) and not (
                mod == "建设"  # (“双一流”建设突破计划: the name goes on)
                or (
                    mod.endswith(("工作", "推进", "建设"))
                    and text.startswith(TYPE_WORDS, pos + length)
                )
                or (mod.endswith("建设") and BUILT_NAME_GOES_ON.match(text, pos + length))
            ):
                break  # (…工作机制, “N个1”培育推进机制: a word of the name, not an action)
            if ch in ("和", "与", "及", "等") and not _HE_WORD.match(text, pos + length - 1):
                # “玉如意计划”和贷款畅通工程, “津农精品”销售规模和品牌: not one head;
                # “2115”接诉即办等机制: the list's kind, not a word of the name
                break
        for tw in _TYPE_WORDS_BY_FIRST.get(text[pos + length : pos + length + 1], ()):
            stop = pos + length + len(tw)
            if stop > end or not text.startswith(tw, pos + length):
                continue
            # the type word must end the phrase
            if (
                stop == end
                or text[stop] in PHRASE_END
                or text.startswith("建设", stop)
                or TOPIC_VERB.match(text, stop, end)
                or COUNT_AFTER.match(text, stop, end)
                or MEASURE_AFTER.match(text, stop, end)
                or text.startswith("让", stop)  # (“揭榜挂帅”机制让大企业…: the name ends)
                or closes_name(text, stop, end)  # (以“湾区通”工程为抓手, …“X”工程的同时)
            ):
                # “送戏下乡”、“四季村晚”等文化惠民活动: the words before the type word
                # after 等 describe the kind of the list, not the names in it
                return stop, tw if listed else mod + tw
    return None


# 会宁会师90周年纪念活动, 第十六届运动会: a number inside a name
_ANNIVERSARY = re.compile(r"(?:周年|届)")

# A number that is part of a name, not a count of things (0.1微克攻坚行动, 5+2就业之家).
_NUMBER_NAME = re.compile(r"\d+(?:\.\d+|\+\d+)?")
_COUNTED = re.compile(r"[个项家条座所批名万亿余多]|以上|左右")


# one-character names of China's partners after 中 (中俄, 中欧, 中非, 中阿, 中亚)
_PARTNERS = frozenset("俄欧非阿亚美日韩法德英意老越柬泰马巴哈吉塔乌土蒙新")


# a kind of work that a platform or centre does beside the one named before 与/和/及
_PAIRED_WORK = frozenset("应用 共享 交易 展示 转化 生产 制造 推广 交流 运营 孵化 服务".split())
_WORK_BEFORE = tuple(
    "分析 研发 展示 采集 交换 检测 监测 设计 认证 评价 收集 加工 研究 登记".split()
)


def _paired_work(tokens: list[Token], j: int, idx: int) -> bool:
    """Token ``j`` is a 与/和/及 joining two kinds of work of the one facility ending at token
    ``idx`` (数据分析与应用平台, 信息采集与共享平台)."""
    return (
        tokens[j].text in ("与", "和", "及")
        and j == idx - 2
        and j > 0
        and tokens[idx - 1].text in _PAIRED_WORK
        and tokens[j - 1].text.endswith(_WORK_BEFORE)
    )


def _region_start(text: str, tokens: list[Token], idx: int, lo: int) -> int:
    """The first token of the stretch before token ``idx`` that can belong to its noun
    phrase: back to punctuation, a function word or a count (a number inside a name after
    a verb, 实施0.1微克攻坚行动, is part of it)."""
    region = idx
    inside_until = -1
    for j in range(idx - 1, -1, -1):
        t = tokens[j]
        if t.end <= lo:
            break
        w = t.text
        if j >= inside_until >= 0 or (
            w == "及" and text.startswith(("以上", "以下", "周边"), t.end)
        ):
            region = j  # 金华（义乌）中欧班列集结中心, 省级及以上开发区: still the name
            continue
        if len(w) == 4 and w.isdigit() and text.startswith("年", t.end) and region == j + 1:
            region = j  # 优化营商环境2026年行动方案: the year is the name's
            continue
        if (
            w.isdigit()
            and len(w) <= 3
            and text.startswith(("年", "周年"), t.end)
            and j > 0
            and HAN_RUN.fullmatch(tokens[j - 1].text)
        ):
            region = j  # 法治浙江建设20年主题活动: the years of the work are the name's
            continue
        if w in "）)" and (opened := place_in_brackets(text, tokens, j, lo)) is not None:
            inside_until, region = opened, j
            continue
        if w[0].isdigit():
            k = j  # the number's first token (0 . 1, 5 + 2)
            while k > 0 and (tokens[k - 1].text[0].isdigit() or tokens[k - 1].text in ".+"):
                k -= 1
            named_number = _NUMBER_NAME.fullmatch(text, tokens[k].start, t.end) is not None
            if (
                named_number
                and not _COUNTED.match(text, t.end)
                and k > 0
                and (tokens[k - 1].text in IMPLEMENT_VERBS or tokens[k - 1].text in DOING_VERBS)
            ):
                region = k  # 实施0.1微克攻坚行动: a number inside the name, after the verb
                break
            if (
                named_number
                and issued_package(text, tokens[k].start, tokens[idx].end)
                and k > 0
                and tokens[k - 1].text not in IMPLEMENT_VERBS
                and tokens[k - 1].text not in PLAN_VERBS
            ):
                region = k  # 出台提升民营企业融资便利性20条举措: “N条” names a package
                continue
        if _paired_work(tokens, j, idx):
            region = j  # 数据分析与应用平台, 采集与共享平台: two kinds of work of one platform
            continue
        if w == "的" and issued_package(text, tokens[region].start, tokens[idx].end):
            region = j  # 推出进一步激发市场主体活力的12条措施: what the package is for names it
            continue
        if w == "中" and (text[t.end : t.end + 1] in _PARTNERS or j + 1 == idx):
            # (提低扩中行动: the middle incomes, not 在…中, when the type word follows)
            region = j  # 中俄中小企业实业论坛, 中欧班列: China and a partner, not 在…中
            continue
        if (
            not PHRASE_MARKS.isdisjoint(w)
            or w in NP_STOPS
            or (
                w[0].isdigit()
                and not _ANNIVERSARY.match(text, t.end)
                and not text.endswith("倒计时", 0, t.start)  # (…倒计时100天庆祝活动)
            )
        ):
            break
        region = j
    if region > 0 and tokens[region].text == "地" and tokens[region - 1].text == "等":
        region += 1  # 喀什、和田等地老城修复工程: 等地 closes the places
    return region


def _after_verbs(tokens: list[Token], j: int, idx: int, end: int, type_word: str) -> int:
    """The token after the chain of verbs that token ``j`` opens: 健全完善…体系, 深化实施…工程
    open the phrase after the last verb."""
    k = j + 1
    if k < idx and tokens[k].text == "好" and tokens[j].end == tokens[k].start:
        k += 1  # (积极开展好…活动: 开展好 is one verb, cut in two after an adverb)
    # (制定创新平台体系建设方案: a verb of doing after it is part of the name)
    while k < idx and (
        (tokens[k].text in IMPLEMENT_VERBS and not _own_first_verb(tokens, k, type_word))
        or tokens[k].text in PLAN_VERBS
        or tokens[k].text in OUTCOME_VERBS  # (探索形成…模式)
        or (tokens[k - 1].text in IMPROVE_VERBS and tokens[k].text in IMPROVE_VERBS)
    ):
        k += 1  # (完善提升…体系: two verbs of improving make one)
    if k > j + 1 and end - len(type_word) - tokens[k].start < 3:
        k = j + 1  # 开展提质倍增行动: the second verb is the name's own
    return k


def _own_first_verb(tokens: list[Token], k: int, type_word: str) -> bool:
    """实施培育发展未来产业三年行动: after 实施/开展/启动, a verb of shaping (培育, 优化) opens
    the name of an action, as the campaign names it."""
    if tokens[k - 1].text in PLAN_VERBS:  # 发布优化离境退税消费环境行动方案: a plan's title
        return tokens[k].text in _TITLE_VERBS and type_word.endswith(CAMPAIGN_TYPES)
    return (
        tokens[k - 1].text.endswith(("实施", "开展", "启动"))  # (深入实施: one token)
        and tokens[k].text in _SHAPING_VERBS
        and type_word.endswith(CAMPAIGN_TYPES)
    )


# Verbs that open a name's phrase even before a short rest (…企业组建服务联盟): never a
# word inside a program's name, as 引领 or 提质增效 can be (融合应用引领示范区).
_OPENING_VERBS = frozenset(
    "实施 开展 启动 举办 组建 成立 设立 建立 搭建 构筑 出台 推出 召开".split()
)


# words right before a bare type word that make it a verb or an object, not a name's head
_VERB_MARKS = frozenset("按 按照 依照 根据 正 正在 已 已经 将 要 积极 主动 迅速 立即 全力".split())
_SHAPING_VERBS = frozenset(SHAPING)
_VERBS = ACTION_VERBS
_TITLE_VERBS = _SHAPING_VERBS | {"深化", "支持", "加快"}  # (opening a plan's title after 制定)


_LEVELS_ONLY = re.compile(
    r"(?:[省市县区乡镇村]、?){2,4}(?:级|两级|三级|四级)?(?:重点|重大|联动|协同|贯通)?"
)  # (省市县重点项目; 省、市、县三级联动机制: every level's, and no name)


# 扩大科技股权投资改革试点范围, 扩大“天网工程”覆盖面: a program carried out more widely
_WIDENING = ("扩大", "拓展")
_WIDENED = re.compile(r"(?:范围|覆盖面)(?=[，。；、,;]|$)")


def widened(text: str, lo: int, start: int, end: int) -> bool:
    """扩大“包邮西藏”覆盖面: a verb of widening before a name and its reach after it."""
    return text.endswith(_WIDENING, lo, start) and _WIDENED.match(text, end) is not None


# a place's features before a generic qualifier (吉林特色现代化…): what the work aims at
_OWN_FEATURES = re.compile(r"[\u4e00-\u9fff]{2,4}特色现代")
# the first of its kind (全国首家, 国内首个): one, no word of the name
_RECORD = re.compile(r"(?:全国|全球|世界|国内|全省|我国|省内|西部|中西部)?首[个家座条]")


def _described_start(text: str, lo: int, first: int, end: int, type_word: str) -> int | None:
    """Where a name described before it starts: after a quoted description
    (打造“世界级赛事+全民活动”的旅游体系; not “…”的主题活动: a motto), or after the record
    that follows a relative clause (福建打造的首个两岸标准共通服务平台: one, its record no name)."""
    record = _RECORD.match(text, first) if text[first - 1 : first] == "的" else None
    if record and "、" not in text[first:end] and specific(text[record.end() : end], type_word):
        return record.end()
    described = quoted_relative_end(text, lo, first)
    return described if described is not None and text[first : first + 2] != "主题" else None


def _verb_head(tokens: list[Token], idx: int, type_word: str) -> bool:
    """按计划, 积极行动: the type word is a verb, or a preposition's object, no name's head."""
    head = tokens[idx].text
    return head.endswith(type_word) and (
        head[: -len(type_word)] in _VERB_MARKS
        or (head == type_word and idx > 0 and tokens[idx - 1].text in _VERB_MARKS)
    )


def np_start(text: str, tokens: list[Token], idx: int, lo: int, type_word: str) -> int | None:
    """Where the noun phrase ending at token ``idx`` starts, or None (按计划: no name). It runs
    back to punctuation or a function word; a verb of carrying out inside opens it after the
    verb, unless what follows is not specific (建立工作闭环落实机制: not 落实机制)."""
    if _verb_head(tokens, idx, type_word):
        return None
    region = _region_start(text, tokens, idx, lo)
    end = tokens[idx].end
    package = package_start(text, tokens, region, lo, end)
    if package is not None:
        return package  # (出台20条举措, 推出30条推动…的政策举措: the count opens the name)
    opened_bare = False
    for j in range(region, idx):
        if tokens[j].end > end - len(type_word):
            break  # (重大项目推进年: a verb of the type word is none of the phrase's)
        w = tokens[j].text
        if (
            w in _VERBS
            or (w in BUILD_VERBS and built_after(text, end))
            or (w in _WIDENING and _WIDENED.match(text, end))
            or pushes(tokens, j, idx, type_word)  # 推动提振消费专项行动
            or (w.endswith("落实") and own_program_after(text, tokens[j].end))
        ):
            k = _after_verbs(tokens, j, idx, end, type_word)
            start = tokens[k].start
            if (record := _RECORD.match(text, start, end)) and end - record.end() > len(type_word):
                start = record.end()  # 建成全国首家地理标志交易运营中心: one, its record no name
            if any(t.text in _OPENING_VERBS and t.text != "实施" for t in tokens[k + 1 : idx]):
                continue  # 组织…企业组建服务联盟: the object of the first verb acts in the second
            if RUN_ON.search(text, start, end - len(type_word)):
                continue  # …交易试点建立…机制, 每年实施…: an earlier name ends, the next verb opens
            if (
                end - start - len(type_word) < 3
                and j > region
                and not ADVERBS_AT.fullmatch(text, tokens[region].start, tokens[j].start)
                and not all(t.text in _VERBS for t in tokens[region:j])
                and w not in _OPENING_VERBS
            ):
                continue  # 智能制造提质增效行动, 融合应用引领示范区: a verb inside the name
            if start < end and specific(text[start:end], type_word) and end - start <= 24:
                return start
            if w in _OPENING_VERBS and j > region:
                opened_bare = True  # …企业组建服务联盟: what the verb opens is no name
    if opened_bare:
        return None
    if region > 0 and tokens[region - 1].end > lo and tokens[region - 1].text[0].isdigit() is False:
        prev = tokens[region - 1].text
        if (prev in IMPLEMENT_VERBS or prev in DOING_VERBS) and tokens[region].text[0].isdigit():
            return tokens[region].start  # 实施0.1微克攻坚行动: the name opens with its number
    # an item of an enumeration (举办中原大讲堂、经纬讲坛…): the verb stands before the first item
    first = after_count(text, tokens[region], end)
    counted = first != tokens[region].start
    opens_with_verb = tokens[region].text in CLAUSE_VERBS or tokens[region].text in IMPLEMENT_VERBS
    if first == lo and not opens_with_verb and specific(text[first:end], type_word):
        return first  # first in its clause: a topic (数字政府大脑平台建成并深化应用)
    described = _described_start(text, lo, first, end, type_word)
    if described is not None:
        return described
    if first > lo and specific(text[first:end], type_word):
        before = text[max(lo, first - 12) : first]
        if text[first - 1] == "、" and tokens[region].text not in IMPLEMENT_VERBS:
            # not 、健全社会保障体系: an item that is an action, not a name; after short
            # items the name is the whole list (强科技、强工业、强基础行动)
            listed = items_start(text, tokens, region, lo)
            return first if listed is None else listed
        if second_program(text, first, before):
            return first  # 构建…示范区和清洁可再生能源利用示范区: a second program
        joined = _conjunction_start(text, tokens, region, lo, first, end, type_word)
        if joined is not None:
            return joined
        if text[first - 1] == "的" and "、" not in text[first:end]:
            return first  # 构建服务全国、辐射全球的冰雪赛事体系: the head of a relative clause
        if text.endswith(("等", "等地"), lo, first) and not before[:-1].endswith(TYPE_WORDS):
            return first  # 推出手机、平板电脑等数码产品补贴专项活动: the items are examples
        if (counted or COUNT_BEFORE.search(before)) and type_word not in FACILITY_TYPES:
            return first  # 布局建设5家左右…概念验证中心: a number of facilities, not one program
        if _first_in_clause(text, lo, first, before) and not opens_with_verb:
            return first  # first in its clause: a topic (万州新田港二期工程全面建成)
    return _whole_conjunction(text, tokens, region, first, end, lo, type_word)


def _conjunction_start(
    text: str, tokens: list[Token], region: int, lo: int, first: int, end: int, type_word: str
) -> int | None:
    """After 和/与/及 with a verb of carrying out before the first conjunct: where the name
    starts, at the first conjunct when the two make one name, else at the second (实施基础研究
    领先和关键核心技术攻坚行动: the verb governs both); None without such a verb."""
    if text[first - 1] not in "和与及":
        return None
    conjunct = verb_opens_conjunct(text, tokens, region, lo)
    if conjunct is None and _QUOTED_CONJUNCT.search(text, max(lo, first - 16), first - 1):
        # 开展“齐鲁文艺高峰计划”项目遴选和新大众文艺工程: the first conjunct is work on a
        # quoted program of its own; the second is a name of its own
        return first if specific(text[first:end], type_word) else None
    if conjunct is None or end - conjunct > 24:
        return None
    if (
        one_name(text, conjunct, first, end, type_word)
        or not specific(text[first:end], type_word)
        or core_of(text[first:end], type_word) in GENERIC_THEMES
    ):
        return conjunct  # (…培育和高质量发展行动: the second part names nothing alone)
    return first


# a quoted name and a word of work on it (“…计划”项目遴选, “双一流”培育) right before 和
_QUOTED_CONJUNCT = re.compile(r"”(?:项目)?(?:遴选|评选|培育|建设|创建|申报|推广)$")


def _whole_conjunction(
    text: str, tokens: list[Token], region: int, first: int, end: int, lo: int, type_word: str
) -> int | None:
    """实施马克思主义理论研究和建设工程: one name, whose second part names nothing alone."""
    if first <= lo or text[first - 1] not in "和与及" or type_word in WEAK_TYPES:
        return None
    conjunct = verb_opens_conjunct(text, tokens, region, lo)
    if conjunct is not None and end - conjunct <= 24 and specific(text[conjunct:end], type_word):
        return conjunct
    return None


_YEAR = re.compile(r"\d{4}年?")


def _first_in_clause(text: str, lo: int, first: int, before: str) -> bool:
    """Nothing but white space, or a year (2025北京文化论坛开幕), before ``first``."""
    return first == lo or not before.strip() or _YEAR.fullmatch(text, lo, first) is not None


_FAIRS = frozenset(("洽会", "博会", "交会", "贸会", "高会"))


_HOSTED_EVENTS = ("会", "赛", "论坛")


_TYPE_WORD_SET = frozenset(TYPE_WORDS)


def specific(label: str, type_word: str) -> bool:
    """A named, specific program rather than a generic activity (全员轮训, 长效机制)."""
    core = label[: len(label) - len(type_word)]
    for prefix in ("系列", "一系列", "新一轮", "一批"):
        if core.startswith(prefix):
            core = core[len(prefix) :]
    if (len(core) < 2 and type_word not in _FAIRS) or core in GENERIC_CORES or core in _VERBS:
        return False
    if core in BARE_FIELDS or (core.endswith("等") and type_word.endswith(("举措", "措施"))):
        return False  # 连续实施民生工程: the field's works; …27条、…12条等政策举措: a list's kind
    if core in _SHAPING_VERBS or core in _TYPE_WORD_SET:
        return False  # 加快推动示范区建设: a verb and a head; 先行区示范区: two heads, no name
    if type_word in ("教育", "规划", "战略", "体系", "评估", "专项", "指数") and len(core) < 4:
        return False
    if (
        core.startswith((*DELEGATE_VERBS, "对标", "对照"))
        and not DESCRIBED_PACKAGE.fullmatch(label)  # (支持乡村富民产业发展20条措施: its aim)
    ) or core in (
        "示范",
        "建设示范",
        "试点示范",
    ):
        return False  # 参与…重大项目: someone else's, 对标…平台 compared with; 示范工程 names none
    if core.startswith(("领域", "方面", "类")) or EVERY.search(core):
        return False  # …等领域省实验室: the head of an enumeration of fields
    qualifier = next((q for q in GENERIC_QUALIFIERS if core.startswith(q)), None)
    if qualifier == "全国" and type_word in ("基地", "枢纽"):
        qualifier = None  # 打造全国…保障基地: a base the province builds for the country
    if qualifier is not None and (
        qualifier == "国家"
        # (办好全国民营企业绿色发展大会: a national meeting or contest the province hosts)
        or (qualifier == "全国" and not type_word.endswith(_HOSTED_EVENTS))
        or type_word in WEAK_TYPES
        or len(core) - len(qualifier) < 6
    ):
        return False  # 现代化产业体系: a kind (现代化大农业示范基地建设工程 is named)
    rest = core[province_level_end(core) :]
    if rest != core and (
        rest in GENERIC_CORES or (len(rest) <= 2 and not type_word.endswith(_OWN_KINDS))
    ):
        return False  # 建成省级管理平台, 全省数据中心, 开展省级试点: the province's kind
    if _LEVELS_ONLY.fullmatch(core):
        return False  # 省市县重点项目: the projects of every level, no name
    if core in ("重大国家", "国家重大", "国家"):
        return False  # 融入重大国家战略: the nation's, and no name
    if FIRM.search(core):
        return False  # 抖音集团首届红果创作者大会: a firm's, not a province's
    if _OWN_FEATURES.match(core) and type_word in WEAK_TYPES:
        return False  # 构建吉林特色现代化产业体系: a goal with the province's features, no name
    if core.startswith(SUPERLATIVES):
        return False  # 我国海拔最高超超临界火电项目, 世界首座…储能项目: described, not named
    if type_word in ("枢纽", "中心", "基地", "高地") and (core.endswith("战略") or "重要" in core):
        return False  # 打造西南重要国际物流枢纽, 链接欧亚大陆战略枢纽: a standing to reach
    if type_word == "品牌" and core.startswith(("世界级", "国际知名", "国际化", "知名")):
        return False  # 打造世界级旅游品牌: a rank to reach, not a brand's name
    if core.endswith(("标志性", "重大标志性")) or label.endswith("解决方案"):
        return False  # 生态文明标志性工程: a generic head (the gold rules); …解决方案: a product
    if (
        core.endswith("新")
        and not core.endswith(("更新", "创新", "革新", "翻新", "焕新"))
        and type_word in ("模式", "机制", "路径", "业态", "场景")
    ):
        return False  # 探索高质量招商引资新模式: a new way of working, no name
    items = core.split("、")
    if len(items) > 1 and all(0 < len(i) <= 4 and i.endswith("化") for i in items[:-1]):
        return False  # 高端化、智能化、绿色化产业体系: a goal, not a program
    if core.startswith(("中国科学院", "中科院", "中国工程院")):
        return False  # 中国科学院工业人工智能研究院: the academy's own, not the province's
    if (
        "国家" in core
        and (type_word in WEAK_TYPES or type_word in DESIGNATIONS)
        and type_word not in ZONES
    ):
        # 兰州国家城市更新试点: a national designation the province takes part in (a zone,
        # 济南国家新一代人工智能创新发展试验区, is one it builds)
        return False
    if package_label(label):
        return True  # 出台18条举措: a package of measures is named by its count
    return not _COUNT_ONLY.fullmatch(core)


# Marks of a name: a number-name (五大, 第三轮, 0.1微克, 90周年), Latin letters, a quote, a title.
_NAME_MARK = re.compile(
    r"[0-9A-Za-z“”《》]|[一二三四五六七八九十百千万两]+(?:大|届|轮|期|周年|个|项|张|朵|条|级)"
    r"|^(?:省(?![内外])|省级|全省|省域)|" + "|".join(REGIONS)
)
_LOOSE = re.compile("^(?:" + "|".join(re.escape(m) for m in LOOSE_MODIFIERS) + ")+")
# 广泛开展…活动, 普遍…: done everywhere, a kind of activity rather than one program

_QUANTITY = re.compile(BATCH + "|一系列")
_PARTNERED_WITH = re.compile(r"与(?!各|有关|相关)[^，。；]{1,16}(?:建立|签署|签订|共建|搭建)了?$")
# 打造出一批“小而美”的城市更新改造工程: a batch of a kind, described
_BATCH_DESCRIBED = re.compile(BATCH + r"(?:“[^”]{1,12}”|[^，。；“”]{1,8})的$")
# 培育一批院士工作站、制造业创新中心…: the items of a list after 一批 are batches too
_BATCH_LIST = re.compile(BATCH + r"[^，。；、]{2,16}(?:、[^，。；、]{2,16})*、$")
_BATCH_OPENS = re.compile("了?" + BATCH)
# a core of counts and classifiers only (十大, 三项): no name
_COUNT_ONLY = re.compile(r"[\d一二三四五六七八九十百千万两几多项个类条大]+")


# what a province has one of, named by its level alone (省实验室, 省运会, 全省教育大会)
_OWN_KINDS = ("实验室", "会", "节", "赛", "论坛")


def core_of(label: str, type_word: str) -> str:
    """What a name says before its type word, without modifiers of kind (现代, 重大, 一批)."""
    return _LOOSE.sub("", label[: len(label) - len(type_word)])


def name_mark(label: str, lexicon: Lexicon) -> bool:
    """Whether ``label`` carries a mark of a name: a number-name, Latin letters, quotes, a
    province's 省/省级, a region or a place (省数据枢纽工程, 鲁南大数据中心)."""
    gaz = gazetteer(lexicon)
    return bool(_NAME_MARK.search(label) or gaz.geo(label) or gaz.abbreviation_compounds(label))


def built_named(text: str, lo: int, start: int, end: int, type_word: str, lexicon: Lexicon) -> bool:
    """The name ``text[start:end]`` stands between 加快/加强 and 建设 (bounds.builds), and is
    built: not a system or a mechanism, and not an unmarked kind of a weak type after 加强
    (加强国际科技合作基地建设 strengthens the kind, as 加强…基地 alone does)."""
    if type_word in ("体系", "机制") or not builds(text, lo, start, end):
        return False
    strengthened = type_word in WEAK_TYPES and "加强" in text[lo:start]
    return not strengthened or name_mark(text[start:end], lexicon)


def _field_named(label: str, core: str, type_word: str, lexicon: Lexicon) -> bool:
    """A zone named only by a vocabulary theme (打造改革开放先导区: a standing aimed at), or
    the province's platforms of a field as a whole (加快全省科技创新平台建设): no name."""
    if type_word in ZONES and lexicon.theme_of(core) is not None:
        return not name_mark(label, lexicon)
    whole = _WHOLE_PROVINCE.search(core)
    return (
        type_word in WEAK_TYPES
        and whole is not None
        and bool(lexicon.theme_of(core[whole.end() :]))
    )


# the whole province before a weak type's field (not 省级工业互联网平台, a level it designates)
_WHOLE_PROVINCE = re.compile(r"全省(?=[\u4e00-\u9fff]{2,}$)")


def named(
    text: str,
    start: int,
    end: int,
    type_word: str,
    lexicon: Lexicon,
    verb: str | None = None,
    possessed: bool = False,
) -> bool:
    """Whether the unquoted phrase ``text[start:end]`` (ending in ``type_word``) names one
    program rather than a field or a kind of thing; ``verb`` is the verb governing it.

    Strong type words (工程, 行动, 计划 …) name programs with any specific core. A weak one
    (体系, 机制, 中心, 活动 …) needs a core of its own (not only 现代, 重大, 一批 …), and a
    mark of a name when a verb of improving governs it (完善…体系: a field of policy), when
    it is done widely (广泛开展…活动), counted (32个…项目), or heads a relative clause
    (…的物流通道枢纽), unless the 的 is the province's (``possessed``: 甘肃的…项目). A
    phrase after 等 (…等专项整治行动) needs a core that says which.
    """
    label = text[start:end]
    if _inside_quote(text, start, end):
        return False  # “线上淘宝网、线下广交会与科技创新Mall”: words of a quoted description
    if issued_package(text, start, end):
        return True  # 上海出台23条政策措施支持…: one package, named by its count
    core = core_of(label, type_word)
    if _YEARS_ONLY.fullmatch(core):
        return False  # …等提出和实施20年系列活动: an anniversary of names before, cut from them
    before = text[max(0, start - 8) : start]
    if before.endswith("等") and _kind_of_listed(text, start, label, core, type_word):
        return False  # …、陕北过大年等特色文旅活动: the kind of the items listed
    batch = (
        BATCH_END.search(before)
        or _BATCH_LIST.search(text, max(0, start - 30), start)
        or _BATCH_DESCRIBED.search(text, max(0, start - 20), start)
    )
    if (batch or _BATCH_OPENS.match(label)) and not re.search(r"[0-9A-Za-z“”《》]", label):
        return False  # 建设一批省级场景实验室: a batch of a kind (the gold rules), any type
    if _field_named(label, core, type_word, lexicon):
        return False
    rest = core[m.end() :] if (m := LEADING_COUNT.match(core)) else core
    if province_level_end(rest) == len(rest) and (rest != core or QUANTITY_BEFORE.search(before)):
        return False  # 成立了…四家省级实验室: so many of the province's level, none named
    if type_word not in WEAK_TYPES:  # (实施30项市级疏堵工程: a counted strong kind is named)
        return not _routine_plan(core, type_word)  # (科学制定灌溉用水计划: routine work)
    if (
        _IN_MANY_PLACES.search(text, max(0, start - 16), start) or _in_fields(text, start)
    ) and not name_mark(label, lexicon):
        return False  # 在30个县建设运营现代农事综合服务中心: one of a kind in each county
    if _PARTNERED_WITH.search(text, max(0, start - 20), start):
        return True  # 与28个非洲国家建立对口合作机制: the partners say which mechanism
    count = LEADING_COUNT.match(label) or COUNTED_KIND.match(label)
    if (
        count is not None
        and not count.group().endswith("届")  # (举办两届…对接活动: editions of one event)
        and not re.search(r"[0-9A-Za-z“”《》]", label[count.end() :])
    ):
        return False  # 推出五条特色旅游线路, 百余项假日文旅活动: many of a kind, not a name
    counted = QUANTITY_BEFORE.search(before) is not None
    if counted and type_word != "专项" and not _NAME_MARK.search(label, province_level_end(label)):
        return research_named(core, type_word)  # 抓好550个省重大项目: many (…攻关项目: one)
    if name_mark(label, lexicon) or core.endswith(_CAMPAIGN_YEARS):
        return True  # (…营商环境突破年活动: a year's campaign names the work)
    if described_kind(core, type_word):
        return False  # 多层次学术交流平台, 工作协调推进机制: a kind described, not a name
    if type_word == "项目" and core.endswith(PROJECT_KINDS):
        return False  # 实施跨区域文旅融合重大项目: the major projects of a field, a kind
    if verb in IMPROVE_VERBS or WIDELY.search(before) or _EXPLORED.search(before):
        return False
    if _SUPPORTED.search(before) or _AND_KIND.match(text, end):
        return False
    if counted or _QUANTITY.search(label):
        return False
    if before.endswith("的") and not possessed and not _AMOUNT_OF.search(before):
        return False  # (not 设立总规模100亿元的…专项基金: its size, not a kind described)
    return len(core) >= WEAK_TYPES[type_word] or short_but_named(core, type_word)


def _inside_quote(text: str, start: int, end: int) -> bool:
    """Whether the phrase stands inside a quote that goes on after it (a quoted description
    whose words name things: “线上淘宝网、线下广交会与科技创新Mall”)."""
    opened, closed = text.rfind("“", 0, start), text.rfind("”", 0, start)
    return opened > closed and text.find("”", end) > end


def _routine_plan(core: str, type_word: str) -> bool:
    """A plan of routine work (科学制定灌溉用水计划: words/routine_plans.txt), not a program."""
    return (type_word == "计划" and core.endswith(ROUTINE_PLANS)) or (
        type_word == "规划" and core.endswith("领域")  # (人工智能领域规划: a field's planning)
    )


def _kind_of_listed(text: str, start: int, label: str, core: str, type_word: str) -> bool:
    """Whether a phrase after 等 (…等专项整治行动) names only the kind of the items listed:
    its core is short, or a weak type word's phrase opens with a kind or follows fields."""
    return len(core) < 4 or (
        type_word in WEAK_TYPES
        and (
            KIND_OPENER.match(label) is not None
            or (
                type_word != "活动"  # (手机、平板电脑等数码产品补贴专项活动: one event)
                and FIELDS_BEFORE.search(text, max(0, start - 40), start) is not None
            )
        )
        and LISTED_BEFORE.search(text, max(0, start - 22), start) is not None
    )


# a count of years alone (20年系列): an anniversary, no name
_YEARS_ONLY = re.compile(r"[\d一二三四五六七八九十百]+周?年(?:系列)?")
# built in so many places (在30个县建设…): the places each get one of a kind
_IN_MANY_PLACES = re.compile(
    r"在[\d一二三四五六七八九十百千]+个[\u4e00-\u9fff]{0,3}?(?:县|市|区|乡镇|村|社区)[^，。；]{0,6}$"
)
# built in many fields (在生命科学、信息技术…等领域推动建设…): one of a kind in each field
_IN_FIELDS = re.compile(r"在[^，。；]{2,60}等(?:重点|前沿|新兴)?领域[^，。；]{0,14}$")


def _in_fields(text: str, start: int) -> bool:
    """Whether the name is built in many fields listed before it (在…等领域推动建设…); the
    pattern's 领域 stands within 22 characters, so the long search runs only then."""
    return (
        "领域" in text[max(0, start - 22) : start]
        and _IN_FIELDS.search(text, max(0, start - 80), start) is not None
    )


# a mechanism or system explored, not yet set up (探索建立…评价机制: the gold leaves it optional)
_EXPLORED = re.compile(r"探索(?:建立|构建|形成|推行|建设|实施|开展|打造|推进|完善)?$")
# built by others the province supports (支持建设网络创意设计服务平台: a kind it backs)
_SUPPORTED = re.compile(r"(?:支持|鼓励|引导)(?:建设|打造|建立|设立|组建|创建)$")
# a bare type word joined after the name (高水平国际联合创新基地和园区, …合作平台和基地): kinds
_AND_KIND = re.compile(
    r"(?:[和及与、](?:基地|平台|中心|园区|科技园|产业园|先导区|示范区|机制|体系|载体))+(?=[，。；])"
)  # (…孵化基地、科技园和先导区: a layout of kinds)
_AMOUNT_OF = re.compile(r"[\d.]+(?:亿|万)?元的$")
# the type words of a year of a campaign (重大项目建设年): before 活动 they name it
_CAMPAIGN_YEARS = tuple(w for w in TYPE_WORDS if w.endswith("年"))
