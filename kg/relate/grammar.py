"""The small grammar every rule reads: cues, adverbs, phrase ends, frames.

Patterns built from word lists (``kg/relate/words/``) and the grammar around them
(where a phrase ends, what a run of adverbs is, how far a frame reaches).
"""

from __future__ import annotations

import re

from kg.relate.counted import counted_projects
from kg.relate.words import (
    ADVERBS,
    BLOCK_VERBS,
    DELEGATE_VERBS,
    FACILITY_TYPES,
    FRAME_CUES,
    FUNCTION_ENDINGS,
    IMPLEMENT_VERBS,
    LEAD_INS,
    OPERATIONS,
    OUTCOME_VERBS,
    PLATFORM_ENDINGS,
    PROVINCE_BRANDS,
    RESULT_PREDICATES,
    TITLE_NOTES,
    TOPIC_CLAUSE_VERBS,
    VERB_ADVERBS,
    alternation,
    words,
)
from kg.text.mentions import TYPE_WORDS

__all__ = [
    "ABOUT_PLAN",
    "ADVERBS_AT",
    "ADVERB_RUN",
    "AMOUNT_AFTER",
    "BATCH",
    "BATCH_BEFORE_QUOTE",
    "BATCH_END",
    "BLOCK_OPENERS",
    "BRANDED",
    "BUILT_NAME_GOES_ON",
    "BUILT_TYPES",
    "CARRIED_OUT_VERB",
    "CLASS_OF",
    "CONJUNCTION",
    "COUNTED_AFTER",
    "COUNTED_HEAD",
    "COUNTED_KIND",
    "COUNTED_SET",
    "COUNT_AFTER",
    "COUNT_BEFORE",
    "DEVELOP_VERBS",
    "DOCUMENT_HEAD",
    "DOCUMENT_HEADS",
    "DOCUMENT_HEAD_WORDS",
    "EVERY",
    "FIELDS_BEFORE",
    "FIGHTS_BEFORE",
    "FIGURE_AFTER",
    "FIRM",
    "FOOTNOTE",
    "FRAME",
    "GIVE",
    "HAN_RUN",
    "HEADING_GOAL",
    "HEADING_NUMBER",
    "HOSTED_AFTER",
    "HOSTED_BY",
    "INCLUDED",
    "IN_FRAME",
    "JOINED_EVENTS",
    "KIND_OPENER",
    "LEAD_IN",
    "LEVER",
    "LISTED_BEFORE",
    "LISTED_TOPIC",
    "LIST_CLOSE",
    "LONGER_HEADS",
    "MANNER",
    "MEANS",
    "MEASURE_AFTER",
    "MEASURE_TAIL",
    "NATIONAL_SET",
    "NOTE_AFTER",
    "NOTE_MARK",
    "NOT_NAMED_BEFORE",
    "NOT_NAMED_LIST",
    "NOT_PLAN_END",
    "NUMBER_TYPE",
    "OUTCOME",
    "OWN_HEAD",
    "OWN_RELATIVE",
    "PARTNERED",
    "PHRASE_BREAK",
    "PHRASE_END",
    "PLANS_TO",
    "PLAN_STAGE",
    "PLAN_TITLE_HEAD",
    "PLAN_TYPES",
    "POSITIONING",
    "PREDICATE_INSIDE",
    "PROBLEM_LIST",
    "PROJECT_KINDS",
    "PUSHED_TYPES",
    "QUANTITY_BEFORE",
    "QUOTED_RELATIVE",
    "RANKED",
    "RESEARCH_TASK",
    "RUN_IN_ITEM",
    "RUN_ON",
    "SHIFT_OR_MANY_BEFORE",
    "SHORT_ACTIONS",
    "TEAM",
    "THEME_PREDICATE",
    "TOPIC_CLAUSE_VERB",
    "TOPIC_HEAD",
    "TOPIC_VERB",
    "TO_AFTER",
    "TRUNCATED_NAME",
    "TYPE_WORD",
    "UNPUNCTUATED_NEXT",
    "USE_VERB_BEFORE",
    "VERB_ADVERB_RUN",
    "WIDELY",
    "ZONES",
    "closes_name",
    "described_kind",
    "frames",
    "is_slogan",
    "is_topic",
    "listed_where",
    "opens_part",
    "phrase_end",
    "province_level_end",
    "quoted_relative_end",
    "reported_after",
    "second_program",
    "type_word_ends_phrase",
    "used_for",
]

# Adverbs that may stand before a cue.
# (anchored at the start of the string: ADVERB_RUN.match(text, pos) with pos > 0 finds
# nothing, so topic clauses and the clause after a purpose are read from their first word)
ADVERB_RUN = re.compile("^" + alternation(ADVERBS) + "*")
# the same run at any position (ADVERBS_AT.fullmatch(text, start, end))
ADVERBS_AT = re.compile(alternation(ADVERBS) + "*")
# the adverbs a verb of doing takes, longest first, at any position (扎实推进…, 全力支持…)
VERB_ADVERB_RUN = re.compile(alternation(tuple(sorted(VERB_ADVERBS, key=len, reverse=True))) + "*")

# Cues of a frame standing before the program (围绕“两个结合”等开发…).
FRAME = re.compile(alternation(FRAME_CUES))

# 在主题教育中开展…, 在先进材料、高端装备等关键领域实施…: the setting the work is done in
IN_FRAME = re.compile(
    r"在([^，；在]{2,30}?)(?:中|期间|过程中|(?:等)?(?:关键|重点|重要|前沿)?(?:领域|行业))(?=[^，；]{0,6}[\u4e00-\u9fff])"
)

LEAD_IN = re.compile(
    alternation(LEAD_INS)[:-1]
    + r"|\d{4}年|[（(][一二三四五六七八九十\d]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)"
)  # (（三）企业…, 二、…: a numbered item opens the clause, not its actor)

PHRASE_END = frozenset("，。；：、等和与及）)”》\n,;:")

# a note's marker (“三资”［22］监管平台, …治理体系［24］，): no word of the name
FOOTNOTE = re.compile(r"[［[]\d{1,3}[］\]]")

PHRASE_BREAK = re.compile(r"[，。；：,;:！？\n]")

HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")

# A new action right after a type word, where the source lost its comma (实施…工程积极引进…).
UNPUNCTUATED_NEXT = re.compile(
    r"(?:积极|大力|深入|持续|全面|扎实|着力|加快|稳步|有序)[\u4e00-\u9fff]|建立|探索|推动|推进|促进"
)

# where a phrase runs on past an earlier name (…交易试点建立…机制) or a yearly verb (依托省级科技
# 计划每年实施…项目): the next verb opens the name
RUN_ON = re.compile(
    r"(?:" + "|".join(TYPE_WORDS) + r")(?=" + UNPUNCTUATED_NEXT.pattern + r")"
    r"|(?:每年|今年|年内|全年|逐年|当年)(?:组织)?实施"
)

# A program standing first in its clause and then reported as carried out (topic-comment):
# “2030启航计划”启动实施, 数字政府大脑平台建成并深化应用, “府院联动”常态化开展, or its
# results reported (words/result_predicates.txt).
_REPORT_ADVERBS = (
    r"(?:全面|正式|成功|顺利|圆满|高效|常态化|深入|持续|加快|加紧|抓紧|正在|提速|已经|已|也|火热|蓬勃"
    r"|相继|同日|分别|集中|如期|再次|首次|率先|均|不断|广泛|加速|纵深|深度|基本|全部|有序|稳步|日前|近日|今天|今日|昨天|昨日|当天|目前|现已|正"
    r"|[1-3]?\d日|上午|下午|晚间|晚上|当晚|[（(]\d{1,2}月\d{1,2}日[）)])*"
)
_CARRIED_OUT = (
    r"启动实施|启动运行|建成|开展|实施|运行|上线|落地|揭牌|开通|举办|举行|投用|投运|建设"
    r"|开工|动工|启用|竣工|通过竣工验收|开幕|启动|通车|投产|贯通|建立|深化|完善"
    r"|全面完成|如期完成|完成|投入运营|投入运行|投入使用|拓展|推进|推开|进入[\u4e00-\u9fff]{0,8}阶段|启幕|揭幕|开赛|召开"
    r"|组建运行"
    r"|进行(?:中|着)?(?=[，。；,;]|$)"  # (“五五乐购季”正在火热进行。: under way)
)
# …战略实施方案: a document, not an action; 实施率, 建设者: nouns, not verbs; 实施所需: what
# carrying it out needs
_NOT_A_DOCUMENT = (
    r"(?!方案|意见|细则|办法|计划|规划|率|者|情况|进度|成效|年度|期限|所需|过程"
    r"|水平|质量|效率|效果|效能|能级|规模)"  # (…规划实施水平: how well it is done)
)
# an event reported held at its site (…开板活动在松花湖雪场启幕): where, then the verb
_HELD_AT = r"在[^，。；在]{1,12}?(?:正式)?(?:开幕|启幕|揭幕|举行|举办|召开|启动|开赛)"
#: a note's number after a term (“三医联动一张网”［9］建成运行; ［ ］ read as [ ]): the text goes on
NOTE_MARK = re.compile(r"\[\d{1,3}\]")
# a result counted right after the verb (“县中振兴”工程提升40所普通高中办学能力)
# (or who uses it, so many: “湘易办”用户突破3500万, “川超”联赛观众超1亿人次; not what a category
# of goods sold, “新三样”出口增长37%)
_COUNTED_RESULT = (
    r"(?:(?:超|超过|达|逾)(?=[\d.]+万?(?:余|多)?场)|提升|新增|增加|培训|改造|培育|完成"
    r"|(?:注册)?(?:用户|观众|访问量|服务人次)(?:数|量)?(?:突破|超过|超|达到|达))(?=[近超约逾]?\d)"
)
TOPIC_VERB = re.compile(
    _REPORT_ADVERBS
    + "(?:"
    + _CARRIED_OUT
    + "|"
    + alternation(RESULT_PREDICATES)[3:-1]
    + "|"
    + _HELD_AT
    + "|"
    + _COUNTED_RESULT
    + ")"
    + _NOT_A_DOCUMENT
)
# Only what says the program was started or carried out (not its results): what a weak
# type word names (社区卫生服务中心实现…全覆盖) is reported on as a kind of facility.
CARRIED_OUT_VERB = re.compile(
    _REPORT_ADVERBS + "(?:" + _CARRIED_OUT + "|" + _HELD_AT + ")" + _NOT_A_DOCUMENT
)

TYPE_WORD = re.compile("|".join(re.escape(w) for w in TYPE_WORDS))

# “渝见好风尚”城市文明建设促进行动: a name that goes on after 建设 to its type word
BUILT_NAME_GOES_ON = re.compile(
    r"(?:促进|提升|推进|攻坚|示范|提质|质量提升)(?:" + TYPE_WORD.pattern + r")(?=[，。；、]|$)"
)

# What closes a list of named items (办好A、B等重大赛事; kg.relate.listed): 等, 一批 or a
# count, a short modifier and a generic head of programs.
LIST_CLOSE = re.compile(
    r"等(?:一批|一系列|[\d一二三四五六七八九十百千万.]+(?:余|多)?[个项场批])?"
    r"[\u4e00-\u9fff]{0,6}?"
    r"(?:项目|工程|活动|赛事|节会|展会|盛会|会展|论坛|品牌|通道|基础设施)"
    r"(?:项目)?(?:建设)?"
)

# …、中非经贸深度合作先行区三大国家级平台: a count and the head the items share close a list
COUNTED_HEAD = re.compile(
    r"[两二三四五六七八九十\d]{1,2}(?:大|个|项|类)[\u4e00-\u9fff]{0,6}?"
    + "(?:"
    + "|".join(re.escape(w) for w in TYPE_WORDS)
    + r")(?=[，。；,;、]|$)"
)

# 提升“1+M+N”服务体系效能, 发挥新旧动能转换基金作用: what a program used yields
MEASURE_AFTER = re.compile(
    r"(?:服务)?的?(?:(?:示范)?(?:带动|示范|辐射|引领)?作用|效能|功能|质效|能级|影响力|带动力|吸引力"
    r"|范围|覆盖面)"
    r"(?=[，。；、,;]|$)"
)
# the verbs of using a program for what it yields (…效能, …作用)
USE_VERB_BEFORE = re.compile(r"(?:发挥|依托|提升|增强|优化|放大|用好|释放|提高|扩大|拓展)(?:好)?$")


def used_for(text: str, lo: int, start: int, end: int, hi: int) -> bool:
    """A verb of using right before a name, and what the use yields right after it."""
    return (
        MEASURE_AFTER.match(text, end, hi) is not None
        and USE_VERB_BEFORE.search(text, lo, start) is not None
    )


# a list of the province's programs that a clause opens with, as where something is done
# (在泰山学者青年专家项目、…等省级人才工程设立…, 在省重点研发计划、…等中重点支持…)
_IN_LIST = re.compile(r"(?:在|依托|通过|利用)(?:[^，。；“”]{2,30}?、)?")


def listed_where(text: str, lo: int, start: int, end: int) -> bool:
    """The name at ``start``–``end`` is an item of such a list, before 、 or 等."""
    return _IN_LIST.fullmatch(text, lo, start) is not None and text[end : end + 1] in "、等"


# words of a class of things, not one (现有…, 省级以上…; 各类…, 各级… are never specific)
CLASS_OF = re.compile(r"现有|以上")

# 由…北京市人民政府联合举办的…: the hosts of an event (kg.relate.clauses, kg.relate.listed)
HOSTED_BY = re.compile(r"(?:主办|举办|承办|打造)的")
# 第十五届全国运动会由粤港澳三地联合承办: the event first, then who hosts it (group 1 the
# event, group 2 the hosts)
HOSTED_AFTER = re.compile(
    r"((?:自由|[^，。；：由]){3,40}?)(?:首次|继续|将)?由([^，。；的]{2,60}?)(?:联合|共同)?"
    r"(?:主办|举办|承办)"
    r"(?!的)"
)

# 实施“三化”改造项目1424个: a count of what the name names, after it
COUNT_AFTER = re.compile(r"\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?[个项家条座所批场次期]")

# how much of a work was done, right after its name (…工程1036万亩, …工程超600万亩)
_AMOUNT = r"(?:超|约|近|达|共)?\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?"  # (约1.5万, 超300余)
# (not 个, 项: many of a kind, 100个…项目)
AMOUNT_AFTER = re.compile(_AMOUNT + r"(?:亩|公里|平方米|千瓦|吨)(?=[，。；、,;]|$)")
# a quoted kind of land followed by its area (打造“吨粮田”1000万亩): so much of a kind, no
# program (not a count: the gold counts “全民艺术学堂”300个, “暖心驿站” so counted)
COUNTED_AFTER = re.compile(_AMOUNT + r"(?:亩|平方米|公顷)(?=[，。；、,;]|$)")
COUNT_BEFORE = re.compile(r"[\d一二三四五六七八九十百千万]+(?:余)?[个项家条座所批](?:以上|左右)?$")

# A numbered item run into the text before it (…快速发展5.狠抓招商引资), where the source
# lost its line break: a new part of the sentence.
RUN_IN_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,2}[.．](?=[\u4e00-\u9fff])")

# Verbs that open a work report's topic clause: what they govern is the aim of the
# actions listed after it in the same sentence (培育壮大新兴产业，…实施产业创新工程).
TOPIC_CLAUSE_VERB = re.compile(alternation(TOPIC_CLAUSE_VERBS))

OUTCOME = re.compile(alternation(OUTCOME_VERBS))

MEASURE_TAIL = re.compile(
    r"(?:整体)?(?:覆盖水平|服务水平|保障能力|能力|水平|效能|质量)"
    # (…治理能力和治理成效: a second measure of the same field)
    r"(?:[和与及][\u4e00-\u9fff]{0,4}?(?:能力|水平|效能|质量|成效))?$"
)

MANNER = re.compile(r"\s*(?:从|通过|依托|借助|利用)[^，；]*(?:发力|入手|着手|为抓手|方面)?")

GIVE = re.compile(
    r"[^，；为]{0,4}为([^，；]{2,20}?)(?:注入|提供|奠定|打下|营造|创造|增添|贡献|打通|筑牢|夯实)"
    r"|[^，；]{0,3}[将把][^，；]{1,12}?(?:转化|转变)为([^，；]{2,16})"
)


def opens_part(text: str, start: int) -> bool:
    """The clause at ``start`` opens a new part of the sentence (after ；or a run-in item)."""
    return start > 0 and (text[start - 1] in "；;" or RUN_IN_ITEM.match(text, start) is not None)


def phrase_end(text: str, pos: int, hi: int) -> int:
    m = PHRASE_BREAK.search(text, pos, hi)
    return m.start() if m else hi


def is_slogan(word: str) -> bool:
    """Morphemes repeated in pairs (述学评学考学: every second character the same)."""
    # the pairs' second characters are word[1::2], their first word[::2]
    return len(word) % 2 == 0 and (len(set(word[1::2])) == 1 or len(set(word[::2])) == 1)


# a purpose right after a quoted name (深化教师“省管校用”破解县中困境): the quote is the name
# of the means, whole, not a modifier of the noun after it (not “…”提升行动, a type word)
MEANS_FOR = re.compile(
    alternation(("破解", "推动", "助力", "促进", "带动", "赋能", "激发", "解决", "打通", "缓解"))
    + r"[\u4e00-\u9fff]{2}"
)


# 从激发消费活力、扩大有效投资…等九大领域提出…: the fields a piece of work is drawn up from
FROM_FIELDS = re.compile(
    r"从(?=[^，；。从]{2,60}?等[一二三四五六七八九十\d]*[大个项]?(?:领域|方面)[^，；。]{2})"
)


# adverbs that stand before a verb of carrying out that ends a frame (系统布局, 统筹实施)
_FRAME_ADVERBS = tuple(sorted({*VERB_ADVERBS, "系统"}, key=len, reverse=True))


def _before_verb(text: str, lo: int, stop: int) -> str | None:
    """The adverb ending at ``stop`` with two characters of the frame's object left before it."""
    return next((a for a in _FRAME_ADVERBS if text.endswith(a, lo + 2, stop)), None)


def frames(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of 围绕/聚焦/紧扣 … frames up to 等 or the end of the clause, and of the fields
    从…等领域 lists (kg.relate.grammar.FROM_FIELDS)."""
    out = [(m.start(), text.index("等", m.end())) for m in FROM_FIELDS.finditer(text, lo, hi)]
    for m in FRAME.finditer(text, lo, hi):
        if m.group() == "聚力" and text.startswith(tuple(IMPLEMENT_VERBS), m.end()):
            continue  # 聚力打造生态文明高地: an effort on an action, not a frame
        if COUNT_BEFORE.search(text, lo, m.start()):
            continue  # 实施…等10个聚力攻坚专项: a word of the counted names, not a frame
        stop = hi
        for k in range(m.end(), hi):
            if text[k] == "等" and text[k - 1] in "”」』":
                stop = k
                break
            if text[k] == "等" and k + 1 < hi and text[k + 1] not in "“「":
                stop = k
                break
        if stop == hi:
            # a frame without 等 ends at the next verb of carrying out (围绕乡村振兴开展…)
            span = text[m.end() : stop]
            # (围绕加快打造“三大高地”: a verb right after the cue, or after one adverb, is
            # part of the frame's object)
            lead = ADVERB_RUN.match(span)
            skip = lead.end() if lead else 0
            for v in IMPLEMENT_VERBS:
                pos = span.find(v, skip + 1)
                if pos > 0:
                    stop = min(stop, m.end() + pos)
            # (围绕新动能培育积极实施…, …推动社会发展系统布局实施…: the verb's adverb is not the object's)
            while (adverb := _before_verb(text, m.end(), stop)) is not None:
                stop -= len(adverb)
        out.append((m.start(), stop))
    return out


# the number of a heading: (一), 1., 二、
HEADING_NUMBER = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[.．、]|[一二三四五六七八九十]{1,3}、)"
)

# three or more actions of one or two characters listed in quotes (“停课、停工、停业、停运、停航”措施):
# measures named by what they do (not “登高、升规、晋位、上市”工程, a program's name)
SHORT_ACTIONS = re.compile(
    r"[\u4e00-\u9fff]{1,2}(?:、[\u4e00-\u9fff]{1,2}){2,}”(?:等)?(?:措施|举措)"
)
# A name opening with an anniversary (70周年庆祝大会): what it celebrates was cut off.
TRUNCATED_NAME = re.compile(r"\d+周年")
# a numbered heading that names a zone and, after a dash, what it is to become
HEADING_GOAL = re.compile(HEADING_NUMBER.pattern + r"[\u4e00-\u9fff]{2,12}(?:--|——|—)打造")

# an event held with a broadcaster's own (…消费季暨总台系列活动, …消费季”暨总台“外贸优品达湾区”媒体
# 行动): the first is the hosts' program; other joined names stay whole (国际消费季暨第六届上海
# “五五购物节”: the province's is the second)
JOINED_EVENTS = re.compile(r"(.{4,}?)暨(?:中央广播电视)?(?:总台|央视)")

# “416”科技创新布局加速构建: the head of a quoted name, and a report that it is built
TOPIC_HEAD = re.compile(
    r"(?:(?![等的和与及为是在把将被时])[\u4e00-\u9fff]){2,6}?"
    r"(?=(?:加速|全面|纵深|基本|持续|加快|深入|扎实|稳步|有序)+"
    r"(?:构建|突破|建成|推进|实施|落地|完善|形成)[，。；,;]?)"
)

# 以“四改”为抓手提升城镇品质: the quoted name is the lever the actor works with
LEVER = re.compile(
    r"为(?:抓手|牵引|引领|载体|突破口|主线|龙头|重要抓手|总抓手|主路径|路径|主引擎|引擎)"
    r"|(?=(?:促进|带动|推动|助推)(?!“))"  # 以“苏超”促进文旅体商融合发展: the means, then what for
)


_SINCE = re.compile(r"(?:以来|之后|后|期间)(?=[，。；,;]|$)")


def closes_name(text: str, pos: int, end: int) -> bool:
    """A frame or a note right after a name ends it: 以“湾区通”工程为抓手, 在实施…工程的同时,
    …治理体系［24］ (the checks of a quoted and of an unquoted name's end share these)."""
    return (
        text.startswith("的同时", pos)
        or _SINCE.match(text, pos, end) is not None  # (实施…行动计划以来，: a time since)
        or FOOTNOTE.match(text, pos) is not None
        or (text.startswith("为", pos) and LEVER.match(text, pos, end) is not None)
    )


# A short head of its own after a quoted name that a verb of carrying out governs,
# ending the phrase: what the name is a name of (“九五”普法, “荆楚安澜”现代水网), or since
# 0.9.178 a longer one that names a clean-up campaign or a financial product (深化“一件事”
# 全链条整治, 创设“黔惠贷”数字金融产品).
OWN_HEAD = re.compile(
    r"(?![等的为])(?!开始|完成|今天|昨天|明天|今年|日前|近日|以来|之后|以后|期间)(?:[\u4e00-\u9fff]{2,4}(?=[，。；,;]|的同时|$)"
    r"|[\u4e00-\u9fff]{1,4}(?:整治|金融产品)(?=[，。；,;]|$)"  # (“一件事”全链条整治: a campaign)
    r"|(?:(?![等的和与及])[\u4e00-\u9fff]){2,5}(?=建设[，。；,;]|建设$))"  # (“1+3”重点功能区建设)
)

# a type word followed by 建设 and another type word: the name's head is the last one
LONGER_HEADS = ("建设工程", "建设项目", "建设行动", "建设计划", "建设专项")
# a plan's carrying out, or a stage of it, that a review looks at (kg.relate.nametheme takes it
# off a review's topic)
PLAN_STAGE = r"实施(?:第[一二三四五六七八九十]+阶段|中期|情况)?"
# What after 规划 shows it ends no plan's name: the works planned and built (…M102线规划建设),
# short items of a list that a later head closes (规划、建设、管护机制) or a plan's review, whose
# head is the review (国土空间规划实施评估, 城市总体规划实施第二阶段评估)
NOT_PLAN_END = re.compile(
    r"建设|(?:、[\u4e00-\u9fff]{2}){1,3}(?:和[\u4e00-\u9fff]{2})?[\u4e00-\u9fff]{0,4}(?:机制|体系|制度)"
    r"|" + PLAN_STAGE + "评估"
)

# …、“理论宣传二人讲”等多种形式, “揭榜挂帅”、…等举措: the quoted names are the means the
# actor takes, not examples inside something else
MEANS = re.compile(r"等(?:多种|多项|一系列|系列)?(?:形式|方式|举措|措施|手段|途径)")

# “青年宣讲队”, “劳模宣讲团”, 企业“舰队”: people or firms, not a program (kg.relate.programs)
TEAM = re.compile(r"(?:宣讲|服务|志愿|工作|突击|艺术|演出|专家)[队团]$|舰队$")
# words of a batch of things of a kind (一批, 若干): no one program (kg.relate.labels)
BATCH = r"(?:一大?批|若干|多个|更多|历次)"
BATCH_END = re.compile(BATCH + "$")  # (培育一批…, 打造10个…: what a batch is of follows)
# 培育一批鲁版软件“名品”: a quoted word for the things of a batch, after their field, is
# not a program's name (打造一批“确定性网络+行业”应用场景 is the gold's)
BATCH_BEFORE_QUOTE = re.compile(BATCH + r"[\u4e00-\u9fff]{2,8}$")
# “全国领先、山东特色”的智慧高速品牌: a quoted description before 的 is the name's own
QUOTED_RELATIVE = re.compile(r"(?<!以)“[^“”]{4,24}”的$")  # (not 以“三个意义”的…: a means)


def quoted_relative_end(text: str, lo: int, pos: int) -> int | None:
    """Where what a quote before 的 describes starts, when ``pos`` follows that 的 or a number
    after it (建立“12345热线+网格”的24小时响应机制: the name opens with the number); None if no
    such quote comes before."""
    start = pos
    while start > lo and text[start - 1].isdigit():
        start -= 1
    return start if QUOTED_RELATIVE.search(text, max(lo, start - 30), start) else None


# 立足“…示范区”的总体定位: what a zone is to be, not a program
POSITIONING = re.compile(r"”的?(?:总体|具体|功能|战略)?定位")
# a note in brackets after a quoted name (“四区一中心”(…)具体定位)
NOTE_AFTER = re.compile(r"[（(][^（）()]{1,80}[）)]")


# a version of a program (…改革2.0版): its name ends before it
_VERSION_AFTER = re.compile(r"\d\.0版(?=[，。；、]|$)")


def type_word_ends_phrase(text: str, end: int, hi: int) -> bool:
    """What follows a type word ends the phrase: punctuation, 建设 or 创建 (推进…示范区创建), or a
    new action."""
    return (
        end >= hi
        or text[end] in PHRASE_END
        or text[end] in "(（"  # 实施…计划（省工业和信息化厅牵头）: a note on who leads it
        or text.startswith(("建设", "创建"), end)
        # 开展…线上支付试点工作。: the work of the pilot, as 建设 the building of a project
        or (
            text.startswith("工作", end)
            and text.endswith("试点", 0, end)
            and (end + 2 >= hi or text[end + 2] in PHRASE_END)
        )
        # 推进…保护恢复项目实施，: the carrying out of the program, as 建设 its building
        or (
            text.startswith(("实施", "落地"), end)
            and (end + 2 >= hi or text[end + 2] in PHRASE_END)
        )
        or UNPUNCTUATED_NEXT.match(text, end, hi) is not None
        or MEASURE_AFTER.match(text, end, hi) is not None
        or closes_name(text, end, hi)  # (在实施…工程的同时, 以实施…行动为抓手)
        or COUNTED_HEAD.match(text, end, hi) is not None  # (…先行区三大国家级平台)
        or AMOUNT_AFTER.match(text, end, hi) is not None  # (开展黑土地保护工程1036万亩)
        or _VERSION_AFTER.match(text, end, hi) is not None  # (实施…综合改革2.0版，)
        or counted_projects(text, end, hi)  # (实施省科技重大创新项目10个以上)
        # (出台23条政策措施支持…: the measures' aim follows them unpunctuated)
        or (
            text.endswith(("举措", "措施"), 0, end)
            and _SUPPORT_AFTER.match(text, end, hi) is not None
        )
    )


_SUPPORT_AFTER = re.compile(r"支持|助力|扶持")
# the rest of a list of problems a quoted item opens (“校园餐”、农村集体“三资”管理…等突出
# 问题治理): its items are fields of problems, not programs
PROBLEM_LIST = re.compile(
    r"(?:[\u4e00-\u9fff]{0,4}[、及和][^，。；：]{0,60}?)?等[\u4e00-\u9fff]{0,4}(?:问题|隐患)"
)  # (破解城市燃气管网“带病运行”及城区内涝等突出隐患: hazards, not programs)


#: 和, 与 or 及 as a conjunction, not the last character of a word of its own (中和, 参与,
#: 普及): the pattern that trims one off the end of a topic
CONJUNCTION = r"(?:(?<![中共缓饱平温柔祥])和|(?<![参赋给])与|(?<![普涉惠波触论危企遍顾])及)"


# a partner a name is joined with (…与国家工业大数据中心对接): not what is carried out
PARTNERED = re.compile(r"(?:深度|有效|全面)?(?:对接|合作|衔接|联动|互联互通|互认)")

# a rank described before a name (全国领先的, 具有国际竞争力的): what the actor aims to become
RANKED = re.compile(r"(?:领先|一流|影响力|竞争力)的$")

# after a name: the items of a relative clause (搭建社会各界关心教育、建言教育、支持教育的平台)
# or the fields of a reform (深化办学模式、专业课程体系、服务功能等改革创新), not programs
NOT_NAMED_LIST = re.compile(
    r"(?:[、和及][^，。；、“”和及]{1,10})+(?:的(?!建设|实施)|等(?:方面|领域)?(?:的)?改革)"
    # 组织新时代文明实践中心、行业宣讲队伍、…等: bodies listed with the teams and people sent
    # to do the work; 科技计划和科研经费管理办法: a conjunct of what a management rule governs
    r"|(?:、[^，。；、“”]{1,14}){0,6}?、[^，。；、“”]{0,12}(?:队伍|团队|代表|人员|专家|志愿者)"
    r"(?=[、等，。；]|$)|[和及与][^，。；、“”]{1,12}管理(?:办法|制度|规定|细则|条例)"
)

# (由…牵头: who leads the work, before the program it names; 作为…中心建设: a role)
BLOCK_OPENERS = (
    *(v for v in BLOCK_VERBS if len(v) > 1),
    "确保",
    "力争",
    "由",
    "强化",
    "加强",
    "作为",
    *("完善", "健全", "优化", "深化", "改革省", "改革市"),  # (改革省旅发大会举办方式: a verb)
)

# the province's own (甘肃的…项目, 青海建成的…中心): a relative clause before a name
# (建成全省统一的…平台: the one platform of the whole province is a name too)
OWN_RELATIVE = re.compile(
    r"(?:(?:新|已|已经)?(?:建成|打造|推出|建设|开发|启动|设立|搭建))?的"
    r"|(?:统筹)?(?:建成|建设|打造|构建|搭建|建强)(?:全省|全市|全区)统一的"
)

# a target figure after a plan (固定资产投资计划完成超过8600亿元): not a program
FIGURE_AFTER = re.compile(r"(?:完成|投资)[^，。；]{0,6}\d")

# the names a verb of pushing work forward carries out: campaigns (words/push_verbs.txt)
PUSHED_TYPES = ("行动", "工程", "计划")

# the heads of a policy document issued without a title mark (words/document_heads.txt)
DOCUMENT_HEAD_WORDS = frozenset(words("document_heads"))
DOCUMENT_HEADS = alternation(tuple(sorted(DOCUMENT_HEAD_WORDS, key=len, reverse=True)))
DOCUMENT_HEAD = re.compile(DOCUMENT_HEADS)


# 从解决“一件事”向办好“一类事”深化: the ends of a shift of the way of working, no programs
# …, or a kind of facility built in many places (在一些小区打造“雨水花园”), not one program
SHIFT_OR_MANY_BEFORE = re.compile(
    r"从[^，。；“”]{0,16}?(?:“[^”]*”[^，。；“”]{0,6})?向[\u4e00-\u9fff]{0,3}$"
    r"|在(?:一些|部分|多个|不少|许多)[^，。；“”]{1,10}$"
)
TO_AFTER = re.compile(r"[\u4e00-\u9fff]{0,2}向")


# an item of a counted set of the nation's (“校园餐”、农村集体“三资”管理等6个全国整治项目)
NATIONAL_SET = re.compile(
    r"(?:、[^，。；：]{0,40}?)?等[\d一二三四五六七八九十两]+[个项类大](?:全国|国家)"
)

# a count after quoted names (“A”“B”等七大战略, “A”“B”三大赏秋活动): a set they are items of
COUNTED_SET = re.compile(r"等?[一二三四五六七八九十两\d]+(?:大类|大|类)")

# 实施包括“科技引领战略”“能级跨越战略”(在内)的七大战略: the items of a counted set
INCLUDED = re.compile(r"(?:在内)?的(?=[一二三四五六七八九十两\d]+(?:大类|大|类|个|项))")

# (场景创新推动项目建设…作用明显: 推动 is the clause's verb, not a word of a name)
PREDICATE_INSIDE = re.compile(
    r"进行|标志着?|正在|出席|宣布|致辞|会见|选择|祝贺|愿同|期待|^这|^该|^(?:每年|今年|明年)"
    r"|(?<=..)推动(?!行动|计划|工程|$)"
    r"|(?:推进|实施)(?:工程|项目)$"  # (有力有序有效推进工程建设: doing the works, no name)
)

# Counts and quantities before a phrase: many things of a kind, not one program.
QUANTITY_BEFORE = re.compile(
    r"(?:[\d一二三四五六七八九十百千万两几]+(?:余|多)?[个项家条座所批处套支类场次回]|"
    + BATCH
    + r")"
    r"(?:以上|左右)?$"
)

# 以色列计划今天举行…: a plan to hold something, not a program carried out
PLANS_TO = re.compile(r"[^，。；]{0,8}?举行")

# 各行业场景应用推广方案, 涉教育领域各类人才计划: many of a kind, no one name
EVERY = re.compile(
    r"各(?:类|项|种|行业|领域|级)|^重点领域[\u4e00-\u9fff]{0,4}$|领域(?:重大|重点)"
)  # (…领域重大创新平台)
FIRM = re.compile(r"集团|公司(?!治理)|银行(?!业)")
WIDELY = re.compile(r"(?:广泛|普遍|大力|积极)(?:开展|组织|举办)?$")


# a numbered set of a type word (三大工程, 10项行动): what the items before it make up
NUMBER_TYPE = re.compile(
    r"[一二三四五六七八九十两百千0-9]+(?:大|项|个|类)?(?:" + "|".join(TYPE_WORDS) + r")$"
)
# a brand (group 1) before up to three characters of a province's name (group 2) and 建设
# (数字安徽建设): a cheap test that kg.relate.branded may find a campaign in a clause, and
# the shape kg.relate.nametheme reads the campaign's theme from
BRANDED = re.compile("(" + alternation(tuple(PROVINCE_BRANDS)) + r")([\u4e00-\u9fff]{2,3})建设")


_PROVINCE_LEVEL = re.compile(r"省级|全省|省域|省")


def province_level_end(label: str) -> int:
    """Where a label's 省/省级 opening (省级管理平台) ends, 0 without one."""
    level = _PROVINCE_LEVEL.match(label)
    return level.end() if level else 0


# descriptive modifiers of a kind (多层次, 开放式, 前瞻性, 任务导向型)
# (not a property named as a noun: 生物多样性保护, 政策取向一致性评估)
_DESCRIBED_KIND = re.compile(
    r"多层次|多渠道|全方位|多维度|多元化?|(?<!多样|一致)[式性]|导向型|特色$|高能级"
)


# the kinds of party that work together, and how (校企产学研合作, 政企沟通交流, 产学研精准对接)
_PARTIES_WORKING = re.compile(
    r"[政银企校产学研医金用供需地院]{2,6}(?:精准)?(?:合作|对接|协同|协作|交流|沟通|联动){1,2}"
)


def described_kind(core: str, type_word: str) -> bool:
    """An unmarked weak type's core describes a kind (多层次学术交流平台), says what such a thing
    does (工作协调推进机制: words/function_endings.txt, platform_endings.txt) or who works in it
    (校企产学研合作平台); not an activity (产学研精准对接活动) but an operation (words/operations.txt)."""
    if _DESCRIBED_KIND.search(core) is not None:
        return True
    if type_word == "活动":
        return core.endswith(OPERATIONS)
    ends = PLATFORM_ENDINGS if type_word == "平台" else FUNCTION_ENDINGS
    short = len(core) <= 7 and core.endswith(ends)
    return short or _PARTIES_WORKING.fullmatch(core) is not None


# before a quote: a short name of a name just written (以下简称“…”), or a thing pointed at
# and reported on (全新打造的这个“便民菜市场+综合体”开始营业), not a program's name
NOT_NAMED_BEFORE = ("简称", "即", "又称", "也称", "俗称", "这个", "这家", "这座", "这处")

# a verb of fighting after a verb or adverb, right before a quote: what follows is a problem
# (深化治理“餐桌污染”); a verb of levying: what follows is a tax (减半征收“六税两费”)
FIGHTS_BEFORE = re.compile(
    r"(?:深化|加强|持续|全面|大力|深入|着力|推进|坚决|严厉)(?:治理|整治|破解|遏制|根治|纠治)$"
    r"|(?:征收|减征|免征|缓征|征缴|计征)$"
)

# 《关于实施…的意见》: the plan is what the document is about
ABOUT_PLAN = re.compile(r"关于(?:实施|开展|推进|深入实施|深化)(.+?)的(?:意见|通知|方案|决定|办法)$")
PLAN_TITLE_HEAD = re.compile(  # the head of a plan's title (《…纲要（草案）》)
    r"(?:规划|计划|方案|纲要|行动|工程|战略|意见|办法|措施|条例)"
    r"(?:[（(]?(?:" + alternation(TITLE_NOTES) + r"|[\d—\-－～~至年度]+(?:修订)?版?)[）)]?)?$"
)


# Kinds a weak type word's name may be (kg.relate.labels.named)
# the words that open the name of a kind (特色文旅活动, 主题宣传活动, 重大国际会议会展活动)
KIND_OPENER = re.compile(r"特色|主题|品牌|系列|重点|重大|精品|各类|多种|多项|专题")
ZONES = frozenset(("示范区", "先导区", "先行区", "试验区", "引领区", "实验区"))
# 建设5大微短剧基地, 三大科创平台: a count of things of a kind
COUNTED_KIND = re.compile(r"(?:\d+|[一二三四五六七八九十两]+)大(?=[\u4e00-\u9fff])")
# (at most 22 characters before the name: searched from there, not from the sentence start)
LISTED_BEFORE = re.compile(r"、[^，。；：、]{1,20}等$")
# (生物医药前沿技术、海洋生物制造、绿氢、脑机接口、具身智能等…平台: three fields or more)
FIELDS_BEFORE = re.compile(r"(?:[^，。；：、“”]{1,12}、){2,}[^，。；：、“”]{1,12}等$")
# the ranks and stages of projects (重大项目, 续建项目, 研究项目, 类项目): unmarked, a kind
PROJECT_KINDS = ("重大", "重点", "续建", "新建", "研究", "类", "基础设施")
# a list of short items that opens a clause before a name reported on (汽车、光伏、钢铁等…行动成效明显)
LISTED_TOPIC = re.compile(r"\s*(?:[\u4e00-\u9fff]{1,6}、){1,5}[\u4e00-\u9fff]{1,6}等")
# what a topic list's name must not end in (中船、中远海运等船舶制修造项目: the firms' works;
# 转场、叼羊等草原民俗活动火热进行: events of a kind)
BUILT_TYPES = frozenset(("项目", "活动", *FACILITY_TYPES))


_DELEGATE_OPENERS = tuple(DELEGATE_VERBS)


# what may stand before a program that opens its clause (今年, 目前, 2025年的首个 …)
_TOPIC_LEAD = re.compile(r"(?:今年|目前|近年来|同时|此外|其中|[\d]{4}年?)?的?(?:首个|首家|首批)?")


def is_topic(text: str, lo: int, start: int, end: int) -> bool:
    """A program standing first in its clause and reported as carried out right after it,
    alone or in a list of names (兰洽会、文博会、公祭伏羲大典影响力不断提升)."""
    head = text[lo:start].strip()
    if head.startswith(_DELEGATE_OPENERS):
        return False  # 支持苏州实验室、紫金山实验室等加快建设: others build them
    if head and not _TOPIC_LEAD.fullmatch(head) and not _NAME_LIST.fullmatch(head):
        return False
    return reported_after(text, end)


def reported_after(text: str, end: int) -> bool:
    """The name ending at ``end`` (and the names listed after it) is reported carried out."""
    rest = _NAME_ITEMS.match(text, end)
    pos = rest.end() if rest else end
    if text.startswith("等", pos):
        pos += 1  # …、杨凌农高会等影响力持续提升, …示范工程等全面启动: the list closes
    return TOPIC_VERB.match(text, pos) is not None


# Names listed before or after a name, each ending in a type word (兰洽会、文博会、…).
_NAME_ITEM = r"[\u4e00-\u9fff“”]{1,12}?(?:" + TYPE_WORD.pattern + ")”?"
_NAME_LIST = re.compile(rf"(?:{_NAME_ITEM}、)+")
_NAME_ITEMS = re.compile(rf"(?:、{_NAME_ITEM})+")


def second_program(text: str, first: int, before: str) -> bool:
    """A name after 和/与/及 that follows a name of its own (not 停工项目与…行动: projects,
    a noun of the one name)."""
    joint, prev = text[first - 1], before[:-1]
    if joint == "与" and prev.endswith("项目"):
        return False
    return joint in "和与及" and prev.endswith((*TYPE_WORDS, "”"))


#: a predicate of its own in a theme's words (…工程完工, …产值持续增长, …实现全流程数字化)
THEME_PREDICATE = re.compile(
    r"(?:完工|增长|下降|突破|达到|实现|取得|开工|建成|投产|满产|落地|超过|提高到|参与|转化"
    r"|开展|举办|建立)"  # (先行启动区开展压力测试: someone doing something, no topic)
)


#: a task of research (研究…技术，开发…平台; 研究开发…): what 开发 yields in it is a result of
#: the research, not a program carried out
RESEARCH_TASK = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十\d]+[)）.、．]\s*)?(?:研究|研发)")
DEVELOP_VERBS = frozenset(("开发", "研发", "研究开发", "研制"))

#: the type words of a plan, which drafting and issuing it (制定, 印发, 发布) carries out
PLAN_TYPES = frozenset("方案 实施方案 行动方案 行动计划 规划 举措 措施 政策措施 政策举措".split())
