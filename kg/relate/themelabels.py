"""Labels of the themes made up from the text: what is left of a phrase once the words
around it are taken off, or nothing when no noun phrase naming a topic is left.

A theme of the vocabulary (``ontology/themes.ttl``) keeps its own label. A made-up one
(key ``+…``) never is a bare verb or a general word (培育, 合作: words/not_themes.txt), a
fragment ending in a frame (…为目标), a quantity (商圈140个), or a clause with its own
predicate (吕梁山山水工程完工); the words that open it (提升…, 一批…, 我省…, 以…:
words/theme_leftovers.txt and the verb lists) are taken off. When what is left is a
theme of the vocabulary, the theme is that concept.
"""

from __future__ import annotations

import re

from kg.relate.clauses import ThemeRef
from kg.relate.grammar import CONJUNCTION, THEME_PREDICATE
from kg.relate.nametheme import TWO_CHARACTER_FIELDS, TWO_CHARACTER_TOPICS
from kg.relate.words import (
    CLAUSE_VERBS,
    DOING_VERBS,
    IMPLEMENT_VERBS,
    NOT_THEMES,
    OBJECT_VERBS,
    PEOPLE,
    PURPOSE_CUES,
    THEME_LEFTOVERS,
    TOPIC_CLAUSE_VERBS,
)
from kg.text.lexicon import Lexicon
from kg.text.segment import segment

__all__ = ["clean_theme"]

_OPENERS = tuple(
    sorted(
        {*THEME_LEFTOVERS, *IMPLEMENT_VERBS, *DOING_VERBS, *OBJECT_VERBS, *CLAUSE_VERBS}
        | {*TOPIC_CLAUSE_VERBS}  # (稳住经济增长“20条” → 经济增长)
        | {c for c in PURPOSE_CUES if len(c) > 1},
        key=len,
        reverse=True,
    )
)
_TAIL = re.compile(
    r"(?:以及|" + CONJUNCTION + r"|等|的|、|，|,|[·•・—\-]"
    # (普及, 参与: a word's own; 30条防汛避险救灾硬措施: 硬 is the measures', hard ones)
    r"|的同时|同时|系列|全省|全市|全区|全国|全民|总体|方向|智慧|(?<=...)硬"
    # (产学研精准对接活动: how it links, not what; 交通强国省域示范区: where; 中华文化边疆行: a tour)
    r"|(?<=..)精准|(?<=..)省域|(?:边疆|区县|乡村|基层|万里|企业|校园|社区)行)+$"
    r"|(?:[两三四五六七八九十]+大)(?:产业|领域|板块|行业|集群|方向)$"  # 高端医疗器械两大产业
)
_HAN = re.compile(r"[\u4e00-\u9fff]")
_BRACKETS = re.compile(r"[(（][^()（）]*[)）]")  # 两江影视(微短剧)产业: a note inside
# an ordinal (第二届), a year of a campaign (全面深化年), a quality (普惠性), a road or a
# line by its code (G225乐东至三亚段), a direction (面向南亚东南亚…): no topic
_NOT_A_TOPIC = re.compile(
    r"^第[一二三四五六七八九十\d]+[届期次]|^[一二三四五六七八九十\d]+号|[深化提升攻坚]年$"
    r"|^[\u4e00-\u9fff]{1,2}性$|^其|暨"  # (其建立…: a pronoun's clause; A暨B: two names)
    r"|^(?:[\u4e00-\u9fff]{1,3}化、)+[\u4e00-\u9fff]{1,3}化(?:发展|转型|升级)?$"  # (品牌化、标准化发展)
    r"|[A-Z]\d+|^面向|^关于"  # (关于大力推进…: a title's opening, not its topic)
    r"|(?:组织|单位|部门)$"  # (…三级消协组织: a body, not what the work is for)
    r"|会场$"  # (“5·18国际博物馆日”中国主会场活动: where, not what for)
    r"|什么|怎么|如何|谁来"  # (“投什么、谁来投、怎么投”: questions a reform answers, no topic)
    r"|导向$"  # (围绕…政策导向: the direction the work keeps to, not what it is for)
    r"|^各项"  # (推动各项工作奋勇争先、再上台阶: everything, no topic)
    # (实现全链条高效联动, “人、房、地、钱”要素联动机制: how the parts work together, no topic)
    r"|(?:^|、|一体化)(?:高效|紧密|相互|多部门|要素|大)(?:联动|协同|融合)$"
    r"|(?<![美友良和向])好$"  # (基础好: a state hoped for, no topic)
    r"|(?:新|好)(?:经验|做法|路子)$"  # (形成…合作新经验、新做法: what comes of it, no topic)
)
# 人均受教育年限为目标, …为主攻, 服务…决策为宗旨: the frame of a purpose, cut off the purpose it names
_FRAME_HEADS = (
    r"为(?:目标|重点|主线|导向|抓手|核心|主体|载体|引领|支撑|主攻(?:方向)?|宗旨|目的|使命)"
)
_FRAME_END = re.compile(r"(?<=..)" + _FRAME_HEADS + "$")
# a frame's purpose before what it describes (深化以公益性为导向的公立医院综合改革): the thing, not the frame
_FRAMED_BEFORE = re.compile(r"^以?[^，。；的]{2,12}?" + _FRAME_HEADS + "的(?=..)")
# a count or an amount (商圈140个, 销售约164亿元), or a number alone (132)
_QUANTITY = re.compile(
    r"\d+(?:\.\d+)?(?:个|家|项|条|座|所|亿|万|%|元|人|户|公里|亩|年|名|批)|^\d+$"
)
_OPENER_SET = frozenset(_OPENERS)
_SLOGAN_YI = re.compile(r"以[\u4e00-\u9fff]{1,2}[制促带兴强引聚育养][\u4e00-\u9fff]{1,2}")


# how much better the topic gets, after it (城市治理更智能、更高效、更精准): no word of it
_COMPARED = re.compile(r"(?<=..)更(?:加)?(?!新|生|替|换|迭|名|正|改)[\u4e00-\u9fff].*$")
# a theme cut before the 新… of the name (全面振兴新突破 -> 振兴新, 执法新模式 -> 执法新)
_CUT_NEW = re.compile(r"(?<![创更焕革清出最重全换育翻弥维日])新$")
# the whole of an area opening a theme (全省, 全市域, 全域)
_WHOLE_AREA = re.compile(r"全(?:[省市区县]域?|国|域)")
# how many of them (支持千家企业产学研协同创新) or how often (常态化…): no word of the topic
_COUNT_OPENS = re.compile(
    r"[一二两三四五六七八九十百千万]+[家个项所名批座](?=[\u4e00-\u9fff]{4})"
    r"|常态化(?=[\u4e00-\u9fff]{2})"  # (常态化场景“…”发布机制: how the mechanism runs)
    r"|(?:产生|形成|推出)?一大?批(?=[\u4e00-\u9fff]{2})"  # (产生一大批新技术、新产品…: so many)
)
_SERVICE_NOUN = re.compile(r"服务(?:贸易|业|消费|外包)")
# someone carrying out or striving for something (市州级医院创建三甲医院, 企业实施品牌国际化战略,
# 西夏陵争创5A级旅游景区): a clause of its own actor, not a topic (文明城市创建 ends in its verb)
_ACTOR_DOING = re.compile(r"(?<=..)(?:创建|争创|创成|申创|实施)(?=\w{2})")


# characters that make a word of the verb before them (创新券, 服务型, 开放式, 服务类)
_BOUND_SUFFIXES = frozenset("券型性式类")


def _without_openers(label: str, lexicon: Lexicon, named: bool = False) -> str:
    """``label`` without the words that open it, word by word as jieba cuts it (so that
    开发区… keeps its 开发), and without a province opening it (山东省深化数据… is 数据…),
    while two characters at least are left."""
    whole = _WHOLE_AREA.match(label) or _COUNT_OPENS.match(label)
    if whole and len(label) - whole.end() >= 2:
        label = label[whole.end() :]  # 全市域大财政 -> 大财政, 全域文旅 -> 文旅, 千家企业… -> 企业…
    while True:
        tokens = segment(label, 0, lexicon)
        if len(tokens) < 2:
            return label
        first = tokens[0].text
        if _SLOGAN_YI.fullmatch(label):
            return label  # 以绿制绿, 以文促旅: a slogan, its 以 its own
        if _SERVICE_NOUN.match(label):
            return label  # 服务贸易, 服务业: a field, not 服务 + what is served
        if first not in _OPENER_SET and (
            lexicon.province_of(first) is None or len(tokens[1].text) < 2
        ):  # 山东省域三维时空基础底座 keeps its 山东省域
            return label
        if len(label) - tokens[0].end < 2 or tokens[1].text in _BOUND_SUFFIXES:
            return label  # (创新券实时抵扣: 创新券 is a word jieba leaves in two)
        if (
            named
            and first == "创新"
            and label[2:4] not in TWO_CHARACTER_TOPICS
            and (len(label) == 4 or label[4] in "与和及")
        ):  # (…等创新生态示范区, 创新合作专项行动, 中非创新合作与发展论坛: 创新 of a name is a noun)
            return label
        label = label[tokens[0].end :]


def clean_theme(ref: ThemeRef, lexicon: Lexicon) -> ThemeRef | None:
    """The made-up theme ``ref`` with a clean label, a vocabulary theme its label names,
    or None when no topic is left. Vocabulary themes are returned as they are."""
    if not ref.key.startswith("+"):
        return ref
    named = ref.rule == "serves.name"  # (a name's words are a noun phrase: 创新生态, not 生态)
    label = _TAIL.sub("", _without_openers(_BRACKETS.sub("", ref.label.strip()), lexicon, named))
    label = _CUT_NEW.sub("", label)  # (生态农业新模式 -> 生态农业新 -> 生态农业)
    label = _FRAME_END.sub("", label)  # (…，以政策研究咨询为主攻: what the frame names)
    label = _FRAMED_BEFORE.sub("", label)
    if ref.rule in ("serves.purpose", "serves.topic"):
        label = _COMPARED.sub("", label)  # (…，让城市治理更智能、更高效 -> 城市治理)
    tid = lexicon.theme_of(label)
    if tid is not None:
        return ThemeRef(
            tid, lexicon.themes[tid].label, ref.start, ref.end, ref.rule, ref.confidence
        )
    if (
        len(label) < 2
        or (
            len(label) == 2
            and ref.rule != "serves.name"
            and label not in TWO_CHARACTER_TOPICS
            # (牦牛“高原珍宝”…计划: a field written before a quoted name is its topic)
            and not (ref.rule == "serves.around-quote" and label in TWO_CHARACTER_FIELDS)
        )  # (强科技行动 -> 科技)
        or label in NOT_THEMES
        or (label.startswith(PEOPLE) and ref.rule != "serves.name")  # (not 群众文化惠民工程)
        or label.startswith(("活动", "行动"))  # (…等活动深入基层: the list's head, cut off)
        or _QUANTITY.search(label)
        or (THEME_PREDICATE.search(label, 2) is not None and len(label) > 4)
        or (ref.rule != "serves.name" and _ACTOR_DOING.search(label) is not None)
        or re.search(r"[，。；！？“”]", label)
        or len(_HAN.findall(label)) < 2  # (“4+1”重要要求: a number is no topic)
        or _NOT_A_TOPIC.search(label) is not None
        or lexicon.province_of(label.removeprefix("中国")) is not None  # (山东省, 中国西藏: places)
        # (全面深化零基预算改革，建立…“一本账”: a reform of its own in the clause before is a
        # parallel task, not the program's topic)
        or (ref.rule == "serves.topic" and label.endswith("改革"))
    ):
        return None
    if label == ref.label:
        return ref
    return ThemeRef("+" + label, label, ref.start, ref.end, ref.rule, ref.confidence)
