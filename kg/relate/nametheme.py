"""The topic a program's name states (县域普通高中振兴行动 → 县域普通高中): its words of doing,
scope, places and type word taken off (kg.relate.themes, rule ``serves.name``)."""

from __future__ import annotations

import re

from kg.relate.bounds import REGION_CLASS, YEAR_DASH
from kg.relate.counted import AIMED_COUNT, PACKAGE_KIND
from kg.relate.grammar import (
    BRANDED,
    CONJUNCTION,
    DOCUMENT_HEADS,
    PLAN_STAGE,
    ZONES,
)
from kg.relate.words import (
    COMPOUND_AIMS,
    EVENT_SCOPES,
    EVENT_TOPIC_HEADS,
    EVENT_VENUES,
    FACILITY_HEADS,
    FIELD_TYPES,
    GENERIC_CORES,
    GENERIC_THEMES,
    NAME_TAILS,
    PROVINCE_BRANDS,
    SLOGAN_AIMS,
    THING_TYPES,
    TITLE_NOTES,
    TOPIC_TYPES,
    TWO_CHARACTER_TOPICS,
    alternation,
)
from kg.text.lexicon import Lexicon
from kg.text.mentions import TYPE_WORDS, gazetteer, type_word_ending
from kg.text.segment import segment

__all__ = [
    "HEAD_RANK",
    "MANNER_MODIFIER",
    "TWO_CHARACTER_FIELDS",
    "TWO_CHARACTER_TOPICS",
    "culture_theme",
    "kind_after",
    "name_theme",
    "place_role",
    "slogan_aim",
]

MANNER_MODIFIER = re.compile(
    r"^(?:智慧|数字|智能|综合|一体化|系列|专项|主题|品牌|新型|全流程|全链条|赋能)"
)

# 国家科技重大专项, 重大科技示范工程: the rank of the head, so the words are a kind
HEAD_RANK = re.compile(r"(?:重大|重点)$")

# The note a plan's title closes with (…三年行动计划（2025年—2027年）, …实施方案（试行）): its years or
# its standing, no word of the name's topic.
_TITLE_NOTE = re.compile(
    r"[（(](?:\d{4}年?\s*"
    + YEAR_DASH
    + r"+\s*\d{4}年?|\d{4}年(?:度|版|修订版?)?|"
    + alternation(TITLE_NOTES)
    + r")[）)]$"
)

# A phase of a works project (万州新田港二期): what follows it is the facility.
_PHASE = re.compile(r"[一二三四五六七八九十\d]+期(?:[一二三四五六七八九十\d]+步)?$|主体$")

# Works named by what they build or rebuild (长沙机场改扩建工程, 雅下水电工程): the thing
# built, not a purpose; and facilities named by what they hold (超大型数据中心).
_WORKS = re.compile(
    r"机场|铁路|高铁|公路|高速|水库|灌区|电站|水电|风电|大桥|隧道|港口|码头|管道|输电|特高压"
    # (闽西南水资源配置工程, 琼西北供水工程, 沱浍河航道整治工程, 闽赣电力联网工程)
    r"|水资源配置|调蓄|供水|引水|管网|输变电|扩建|入地|航道|船闸|行洪|挡潮|河道|干流|联网|核电"
)
_STORES = ("数据", "算力", "储能")

# Transfer works named by what they carry where (陇电入鲁, 引洮, 南水北调, 西电东送).
_TRANSFER = re.compile(r"^引.|[电水气煤油][入出送调济]|[东西南北][电水气][东西南北][送调输]")

_STRENGTHEN = re.compile(r"[稳强促扩兴]([\u4e00-\u9fff]{2})")
# help given to firms closing a name's core (科技暖企, 高效助企, 技能强企): a slogan, not a topic
_HELPS_FIRMS = re.compile(r"(?<=..)[暖惠助强安稳]企$")


_NAME_TAIL = re.compile(alternation(NAME_TAILS) + "$")
# 大 of a head (科产融合大平台), not the end of a word of doing (壮大, 扩大, 做大, 强大, 重大, 远大)
_BIG = r"(?<![壮扩做强重远])大"
# a year or years opening a name (2025年, 2025年度, 2024—2026年, 2025 before the words; not a
# count, 2000亩, 2000名)
_YEARS_SPAN = r"(?:19|20)\d{2}(?:(?:年度|年)?" + YEAR_DASH + r"(?:19|20)\d{2})?"
_YEARS = _YEARS_SPAN + r"(?:年度|年|(?![\d.万亿亩名个项户家吨座条所批处场次人套台]))"
# Scope and rank before a name's topic (新一轮, 第三轮, 省, 区域, 2025年): not the topic.
_NAME_SCOPE = re.compile(
    r"^(?:[一二两三四五六七八九十\d]+届|新一轮|第[一二三四五六七八九十\d]+轮|新时代|更高水平|高水平|高标准|高质量|世界级|大规模"
    r"|省级|及|以上|省域|全省|市级|县级|市县|区域|省|"
    + r"[\d.]+[万亿]?(?:亩|名|个|项|户)|"
    + _YEARS_SPAN  # (a word of its own here, so its 年 says it is a year: not 2000 of 2000家)
    + r"(?:年度|年)|全面|深入|持续"
    r"|开展|实施|实现|重点|重大|标杆|自治区级?|国家级|级)+"
)


# a conjunction at either end of a topic (…和, 与…), not a word's own character (普及, 参与)
_CONJUNCTION_TAIL = re.compile(r"^(?:和(?![美谐睦])|[与及])+|" + CONJUNCTION + "+$")

# the patterns of name_theme and the steps after it, compiled once (they run for every name)
_QUOTED = re.compile(r"[“\"‘「『][^”\"’」』]*[”\"’」』]")
_TALENTS = re.compile("[英俊引聚揽]才")
_SERVED = re.compile(r"(?<=..)服务(?!贸易|业|消费)(?=[\u4e00-\u9fff]{2})")
_RANK = re.compile(r"(?<=..)(?:重大|重点)$")
_RANK_OR_BRANCH = re.compile(r"(?<=..)(?:重大|重点|分)$")
_STAGE_OR_BIG = re.compile(r"第[一二三四五六七八九十\d]+阶段$|(?<=..)" + _BIG + "$")
_HEAD_WORDS = re.compile(
    r"(?<=..)(?:"
    + _BIG
    + r"|[省市县]级|[省市县区]{2,3}[两三四]级|国家级|(?<!人工)智能|整[省市县区村]"
    r"|第[一二三四五六七八九十\d]+轮|(?<=....)县域|(?<!可)持续|先锋)$"
)
_CARRIED_OUT = re.compile(r"(?<=....)" + PLAN_STAGE + "$")
_REVIEW_KIND = re.compile(r"(?<=....)(?:总结|第三方)$")
# works a review reviews, their phase taken off: the review serves what the works are for
_REVIEWED_WORKS = re.compile(r"(.{4,}?)(?:[一二三四五六七八九十\d]+期)?(工程|项目)")
_ZONE_HEAD = re.compile(r"(?<=..)(?:先行|引领)$")
_PILOT_CITIES = re.compile(r"(?<=....)城市$")
# (…大面积单产提升行动: over large areas is how, not what; 0.9.197)
_HOW_WELL = re.compile(r"(?<=..)(?:高质量(?!发展)|大面积)(?=[\u4e00-\u9fff]{2})")
_COUNT_END = re.compile(
    r"(?<=..)双?[一二两三四五六七八九十百千万]+$"
)  # (外专双百计划: 双百, a count)
_GROWN_END = re.compile(r"(?:培育|建设|打造|提升|发展)$")
_GOES_INTO = re.compile(r"(?:服务|保障)*进(?!出口|口)")
_COUNT_START = re.compile(r"^[一二三四五六七八九十百千万]+[项大小个]")
_DOUBLED_COUNT = re.compile(r"^([一二三四五六七八九十])\1(?=[\u4e00-\u9fff]{2})")
_COMMEMORATED = re.compile(r"^“?纪念([\u4e00-\u9fff]{2,16}?[\d一二三四五六七八九十百]+周年)")


_SPATIAL_PLAN = re.compile("国土空间(?:总体|分区|详细|专项)?$")  # (a spatial plan's kind)
_NATIONAL = re.compile(r"国家级?(?!.*国家)")  # (the last 国家 of a national zone's name)
# the research a project funds, ending its core (重大科技攻关项目 → 科技攻关, 前沿技术研发项目,
# 基础研究项目): a project so named states its field (0.9.197: dev/ + reviewed/ six more facts
# right, one more false); other projects are named by what they build (新型储能项目)
_RESEARCH_ENDS = ("攻关", "研发", "研究", "科研")


def _funds_research(core: str, type_word: str) -> bool:
    """Whether a project's name ends with the research it funds (重大科技攻关项目)."""
    return type_word == "项目" and core.endswith(_RESEARCH_ENDS)


def _commemorated(label: str) -> str | None:
    """What a commemoration remembers (纪念遵义会议90周年大会 → 遵义会议90周年)."""
    remembered = _COMMEMORATED.match(label)
    return remembered.group(1) if remembered else None


def name_theme(label: str, lexicon: Lexicon | None = None, field: bool = False) -> str | None:
    """The topic a program's name states before its words of doing and its type word.

    县域普通高中振兴行动 → 县域普通高中, 基础研究领先行动 → 基础研究, 全民健康信息平台 →
    全民健康, 北京-雄安人才科创走廊 → 人才科创. A name that is only a place, a facility
    (兰州铁路枢纽…, 陇电入鲁工程), a phase of works (…二期工程) or generic words states no
    topic; neither does one of single characters (疏解整治促提升) or one with no word of doing
    whose type word names a thing rather than an aim (中原大讲堂). With ``field``, a name
    with no word of doing whose type word is one of words/field_types.txt states its field
    (量子计算研发平台 → 量子计算): the weaker reading, for a program no other rule gives a theme.
    """
    if (aim := _brand_theme(label, lexicon) or _commemorated(label)) is not None:
        return aim  # 书香河南建设, “技能甘肃”建设: what the brand says it builds; 春夏秋冬消费季
    if circle := _MINUTE_CIRCLE.search(label):
        # “15分钟便民生活圈”, “10分钟灌溉圈”: what the circle puts within reach (not 生活)
        reach = circle.group(1)
        return reach if len(reach) >= 3 or reach in TWO_CHARACTER_TOPICS else None
    if package := _PACKAGE.fullmatch(label):
        return _package_aim(package.group("before") or package.group("after"), lexicon)
    name = _without_places_listed(_QUOTED.sub("", _TITLE_NOTE.sub("", label)))
    tw = type_word_ending(name)
    if tw is None or tw.endswith("措施"):
        document = _document_theme(name, lexicon)  # (…的若干措施, …实施意见)
        if document is not None or tw is None:
            return document
    if _TALENTS.search(label) and tw in TOPIC_TYPES:
        return "人才"  # “昆仑英才”计划, “赣鄱俊才支持计划”, 省引才“百人计划”: talents
    if festival := _FESTIVAL.search(name):
        return _festival_theme(name[: festival.start()], festival.group(1), lexicon)
    core = name[: -len(tw)].split("——")[0]  # (外贸优品转内销——浙江省…转型计划: the topic first)
    if tw in ZONES:
        core = _national_zone_field(core)
    elif tw.endswith("规划") and _SPATIAL_PLAN.search(core):
        return "国土空间"  # 北碚区国土空间分区规划: a spatial plan, whatever place it covers
    if label.startswith("“") and name != label.strip("“”") and MANNER_MODIFIER.match(core):
        return None  # “四大慢病”综合防治行动: how it works on the quoted topic, not a topic
    core = _without_counts(core)
    stripped = tw in TOPIC_TYPES or (field and tw in FIELD_TYPES) or _funds_research(core, tw)
    served = _SERVED.search(core)
    if served and tw in ("平台", "中心"):  # 高质量服务企业出海平台 → 企业出海: what it serves
        core, stripped = core[served.end() :], True
    if lexicon is not None and _NAME_TAIL.search(core) and lexicon.theme_of(core) is not None:
        return core  # 乡村全面振兴规划: a theme of the vocabulary, whole (not 乡村全面)
    # (…修复重大工程, …山东分中心: 重大 and 分 are the head's, not the topic's)
    core = (_RANK_OR_BRANCH if tw == "中心" else _RANK).sub("", core)
    core = _STAGE_OR_BIG.sub("", core)  # (科产融合大平台)
    if core.endswith("对接") and tw in ("机制", "平台"):
        return None  # 校企人才对接机制: what it links, not a topic (产业转移对接活动 has one)
    core, tailed = _without_tails(core)
    stripped = stripped or tailed
    core = _without_head_words(core, tw)  # (…大调研大服务, 两业融合省级试点: the head's words)
    if tw == "评估" and (works := _REVIEWED_WORKS.fullmatch(core)):
        return name_theme(works.group(1) + works.group(2), lexicon)  # (…一期工程总结评估)
    if _names_the_built(core, tw, tailed):
        return None  # 兰州铁路枢纽优化提升工程, 陇电入鲁工程: the thing built, not a purpose
    if (tw in ("工程", "项目") and _WORKS.search(core)) or (
        tw == "中心" and core.endswith(_STORES) and not core.endswith("大数据")
    ):
        return None
    core = _without_scope(core, lexicon, tw)
    if tw in EVENT_TOPIC_HEADS and not (core := _event_core(core, lexicon)):
        return None  # 中关村论坛, 库布其沙漠论坛, 上海合作组织峰会: named by where or who
    if tw == "试点":
        core = _PILOT_CITIES.sub("", core)  # (…数字化转型城市试点: the pilot's cities)
    core = _CONJUNCTION_TAIL.sub("", core.strip("-—·、（）() "))
    if tw in ("基地", "集群") and core.endswith("产业") and len(core) >= 4:
        stripped = True  # 世界级盐湖产业基地: the industry it gathers
    if enabling := _ENABLING.fullmatch(core):
        # 大模型赋能钢铁行业高质量发展: what the means serves (科技金融赋能产业发展: the
        # means, when what it serves is too general to say)
        aim, means = enabling.group(2), enabling.group(1)
        core = means if aim in GENERIC_CORES or aim in GENERIC_THEMES else aim
    if not stripped or len(core) < 2 or core in GENERIC_CORES or core in GENERIC_THEMES:
        return None
    # (社保高质量参保行动 → 社保参保: how well, inside the topic, is no word of it)
    core = _HOW_WELL.sub("", core)
    if core.endswith("高质量发展") and len(core) >= 8:
        core = core[: -len("高质量发展")]
    # (科技成果在企业“先用后转”模式: a clause; 中蒙二连浩特—扎门乌德…合作区: partners, no field)
    return None if field and ("在" in core or "—" in core) else _topic_of_core(core, tw)


def _national_zone_field(core: str) -> str:
    """The field of a national zone's core: what follows 国家 (山东半岛国家自主创新示范区 →
    自主创新), or what the zone carries out (…新课程新教材实施国家级示范区 → 新课程新教材)."""
    national = _NATIONAL.search(core)
    if national is None:
        return core
    if len(core) - national.end() >= 2:
        return core[national.end() :]
    return _CARRIED_OUT.sub("", core[: national.start()])


def _names_the_built(core: str, tw: str, tailed: bool) -> bool:
    """Whether a name's core names the thing its works build: a phase of works (…二期), a
    facility (兰州铁路枢纽…工程; a campaign on a kind of facility, 农村公路提升行动, is about
    that kind) or a transfer (陇电入鲁工程)."""
    # (外贸主体培育工程: the firms it grows, not a building's main body)
    phase = _PHASE.search(core) and not (tailed and core.endswith("主体"))
    built = core.endswith(FACILITY_HEADS) and not tw.endswith("行动")
    return bool(phase or built or _TRANSFER.search(core))


def _without_head_words(core: str, tw: str) -> str:
    """The core without the words of its head (…大调研大服务, 两业融合省级试点, 关税政策智能
    服务平台, …乡村建设整县试点, …第六轮三年行动计划, …协同发展县域试点, 空气质量持续提升
    行动, 产业出海先锋行动) and, before a zone, its rank (…先行示范区, …现代农业引领示范区)."""
    core = _HEAD_WORDS.sub("", core)
    if tw == "评估":
        # (国土空间规划实施评估: the plan it reviews; …一期工程总结评估, …第三方评估: the kind of
        # review is no word of what it reviews, since 0.9.251)
        return _CARRIED_OUT.sub("", _REVIEW_KIND.sub("", core))
    return _ZONE_HEAD.sub("", core) if tw.endswith("区") else core


# a means and what it serves (AI赋能超大城市治理, 知识产权助力转型发展): the aim is the topic
_ENABLING = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,}?)(?:赋能|助力|助推)([\u4e00-\u9fff]{2,})")


def _topic_of_core(core: str, tw: str) -> str | None:
    """The topic a name's core (its type word ``tw``, scope and words of doing taken off)
    states, or None when it is a place's, a scope's or a kind's word."""
    if (tw == "实验室" and len(core) < 4) or _PARTIES.fullmatch(core):
        return None  # 紫金山实验室: named by a place; 政银企对接活动: who meets, not a topic
    if core.startswith(("领域", "方面")) or core.endswith(_VAGUE_ENDS) or tw in THING_TYPES:
        return None  # 重点领域执法专项行动: the scope's word, not a topic
    core = _COUNT_END.sub("", core)  # (基础研究十年行动方案)
    core = _ROUND_END.sub("", core)  # (核心区控规新一轮三年行动计划: the round, no topic)
    bare_core = _GROWN_END.sub("", core)
    if _GOES_INTO.match(core):
        return None  # 服务保障进外企行动: where the service goes, not what it is for
    if "、" in core or _COUNTED.search(core) or bare_core.endswith(_KIND_TYPES):
        return None  # (大数据平台山东分中心, “个十百”平台培育工程: a kind of thing, no topic)
    season = _SEASON.match(core)
    if season and _says_little(core[season.end() :]):
        return None  # 夏秋季发展战役, 一季度良好开局行动: a season's push, no topic
    if _HELPS_FIRMS.search(core):
        return None  # 科技暖企行动, 大学生助企服务专项计划: a slogan of help to firms, not a topic
    verb = None if tw in EVENT_TOPIC_HEADS else _STRENGTHEN.fullmatch(core)
    if verb:  # 稳外贸行动, 强工业行动: strengthen what (not 强基础: too general)
        what = verb.group(1)
        return None if what in GENERIC_CORES or what in ("基础", "能力") else what
    return core if len(core) >= 3 or core in TWO_CHARACTER_TOPICS else None


# a round of a campaign closing the core (…控规新一轮): when, not what
_ROUND_END = re.compile(r"(?<=..)(?:新一轮|第[一二三四五六七八九十\d]+轮)$")
# a season or a quarter opening a campaign's name (夏秋季发展战役, 一季度良好开局行动)
_SEASON = re.compile(r"(?:[春夏秋冬]{1,2}季|[一二三四]季度|[上下]半年|岁末年初)")
# what a season's campaign pushes for when it names no field: a good start, an offensive
_SEASON_PUSHES = ("开局", "攻势", "开门红", "攻保", "冲刺")


def _says_little(rest: str) -> bool:
    """Whether what follows a season in a name says no topic (发展, 良好开局, 攻势)."""
    return (
        rest in GENERIC_CORES
        or rest in GENERIC_THEMES
        or rest.endswith(_SEASON_PUSHES)
        or (len(rest) < 3 and rest not in TWO_CHARACTER_TOPICS)
    )


# a figure or a count of parts (…工程三大标志性战役): a layout, not a topic
_COUNTED = re.compile(r"\d|[一二两三四五六七八九十百千]+大|标志性")


def _without_places_listed(name: str) -> str:
    """The name without a 的 opening it and the places listed before a kind of region
    (雅鲁藏布江流域等关键区域生态修复工程 → 关键区域生态修复工程)."""
    name = name.removeprefix("的")
    listed = name.rfind("等")
    return name[listed + 1 :] if listed > 0 and REGION_CLASS.match(name, listed + 1) else name


# type words that end a kind of thing grown (“个十百”平台培育工程), not a brand (劳务品牌培育工程)
_KIND_TYPES = tuple(w for w in TYPE_WORDS if not w.endswith("品牌"))


# the slogans of words/slogan_aims.txt, X a province's one-character name, with their aims
_SLOGANS = tuple(
    (re.compile(re.escape(slogan).replace("X", "([\u4e00-\u9fff])")), aim)
    for slogan, aim in SLOGAN_AIMS.items()
)


def slogan_aim(label: str, lexicon: Lexicon | None) -> str | None:
    """What a province's slogan says its campaign is for (“引客入豫” → 旅游, 浙商回归 → 招商引资):
    a weak reading, like a field (kg.relate.themes), kept only when nothing else is read."""
    if lexicon is None:
        return None
    gaz = gazetteer(lexicon)
    for slogan, aim in _SLOGANS:
        said = slogan.search(label)
        if said is not None and (said.lastindex is None or gaz.abbreviation_of(said.group(1))):
            return aim  # (an entry without X names no province: matched as written)
    return None


def _brand_theme(label: str, lexicon: Lexicon | None) -> str | None:
    """What a province's branded campaign (kg.relate.branded) is for, by its brand
    (words/province_brands.txt: 书香 → 全民阅读), or a season of spending."""
    if _SPENDING_SEASON.search(label.rstrip("”")):
        return "消费"  # 春夏秋冬消费季, 首届“九九消费季”, 五五购物节: spending, whatever its name
    branded = BRANDED.fullmatch(label.replace("“", "").replace("”", ""))
    if branded is None or lexicon is None or lexicon.province_of(branded.group(2)) is None:
        return None
    return PROVINCE_BRANDS[branded.group(1)]


# the parties a meeting or a platform brings together, one character each (政银企, 产学研)
_PARTIES = re.compile(r"[政银企校产学研医金用供需]{2,5}")


# What a topic does not end with: a word that needs its head (工业大数据公共…, 领域重点…).
_VAGUE_ENDS = (
    *("公共", "基础性", "重点", "领域", "工作", "全球", "国际", "综合", "一期"),
    *("数字", "后", "分", "辐射", "重"),  # (…数字提升行动, …后评估, 辐射中心: a head's part)
)


# a term extended by so many years (…到期后再延长三十年): the years are the topic's
_EXTENDED_BY = re.compile(r"延长[一二两三四五六七八九十百\d]+$")


# a zone a name's core may end with before its words of doing (新区, and so 高新区; 开发区)
_ZONE_NAMES = ("新区", "开发区", "经开区", "园区")


# words of raising, supporting or bringing in that stay on two characters before them: 人才引进
# and 人才培养 are topics whole, and 省校 alone says too little (省校联合培养)
_RAISING = ("培养", "扶持", "引进")


def _without_tails(core: str) -> tuple[str, bool]:
    """The core without the words of doing that end it (words/name_tails.txt), taken off
    repeatedly, and whether any was; an aim of two of them stays whole (…降本增效)."""
    stripped = False
    while (m := _NAME_TAIL.search(core)) is not None and m.start() >= 2:
        if core.endswith(COMPOUND_AIMS):
            break
        if m.group() == "年" and _EXTENDED_BY.search(core[: m.start()]):
            break  # …到期后再延长三十年: how long it is extended, not a campaign's year
        if m.start() == 2 and (
            m.group().endswith(_RAISING)
            or (m.group().endswith("培育") and core[:2] not in TWO_CHARACTER_TOPICS)
        ):
            break  # 企业梯度培育 (企业 alone says too little); 人才引进, 省校联合培养
        left = core[: m.start()]
        if left.endswith(_ZONE_NAMES):
            break  # 西海岸新区创新发展: what the zone does is the topic; the zone is a place
        if stripped and (left.endswith(_VAGUE_ENDS) or left in GENERIC_CORES):
            break  # 公共服务提升, 教育提质扩优: the word left would say too little (公共, 教育)
        core, stripped = left, True
    return core, stripped


# what a modifier of two characters before a quoted name names (牦牛“高原珍宝”…计划, 社区“石榴籽”…)
TWO_CHARACTER_FIELDS = frozenset("牦牛 社区 乡村 农村 城市 校园 企业 家庭 青年 妇女 儿童".split())


_NUMBERED_SCOPE = re.compile(
    r"^(?:第?[一二两三四五六七八九十\d]+[届轮批期]|[\d.]+[万亿]?(?:亩|名|个|项|户)|"
    + _YEARS
    + r"|[省市县乡]+[一二两三四五]级|首个|首批|首家|首届|新时代|新一轮)+"
)


_PLACE_ENDS = frozenset("村街区湾岛港城山湖漠")
# (中韩创新大赛, 中日韩…: the countries that meet, one character each, are its scope too)
_EVENT_SCOPE = re.compile(
    r"(?:" + "|".join(map(re.escape, EVENT_SCOPES)) + r")|[（(][^）)]{1,6}[）)]|[—\-·、与和]"
    r"|中[韩日俄美欧德法英非阿]{1,2}(?=[\u4e00-\u9fff]{2})"
)


# a season or festival of spending or shopping (消费季, 消费节, 消费月, 购物节, 购物季)
_SPENDING_SEASON = re.compile(r"(?:消费|购物)(?:季|节|月)$")

# a circle of services within N minutes' reach (“15分钟”就业服务圈, 15分钟健身圈)
_MINUTE_CIRCLE = re.compile(r"[\d一二三四五六七八九十]+分钟”?的?([\u4e00-\u9fff]{2,10}?)圈")


# a festival or season of a culture, an art or tours (太极文化节, 京剧艺术节, 长江文化艺术季)
_FESTIVAL = re.compile(r"(文化|艺术|旅游|文化旅游)(?:节|季)$")


def _festival_theme(core: str, field: str, lexicon: Lexicon | None) -> str | None:
    """What a festival is about: the culture, art or tours its words say (武当太极 + 文化,
    京剧 + 艺术); none when only its edition, scope and places are left (中国艺术节, 上海
    旅游节: the gold gives the field alone no theme)."""
    core = re.sub(r"^(?:\d{4}年?|第[一二三四五六七八九十百\d]+届|首届|省|新一轮)+", "", core)
    core = _without_event_scope(core, lexicon)
    core = re.sub(r"(?:国际|国家|全国)$", "", core)
    if lexicon is not None:
        gaz = gazetteer(lexicon)
        if any(h.start == 0 and h.end == len(core) for h in gaz.geo(core)):
            return None  # 上海旅游节: the place it is held
        core = _without_places(core, lexicon)
    if len(core) < 2 or core in ("市民", "农民", "群众", "职工", "全民", "欢乐", "中国"):
        return None
    return core + field


def _event_core(core: str, lexicon: Lexicon | None) -> str:
    """A fair's or forum's core without its scope and venue, or "" when where it is held or
    who meets is all it says (中关村论坛, 上海合作组织峰会, 夏季达沃斯论坛)."""
    core = _without_event_scope(core, lexicon)
    # (尼山世界文明论坛 → 世界文明: a venue the gazetteer does not know, taken off)
    core = core.removeprefix(next((v for v in EVENT_VENUES if core.startswith(v)), ""))
    if not core or core[-1] in _PLACE_ENDS or core.endswith(("组织", "国家")) or "(" in core:
        return ""
    return core


def _without_event_scope(core: str, lexicon: Lexicon | None) -> str:
    """A fair's or forum's name without its scope, places and partners (中国(河南)—东盟粮农
    合作发展 -> 粮农合作发展)."""
    # 世界互联网大会数字丝路发展论坛: the forum of a congress is about what follows it
    inner = max((core.rfind(h) + len(h) for h in EVENT_TOPIC_HEADS if h in core), default=0)
    core = core[inner:] if 0 < inner <= len(core) - 2 else core
    while True:
        m = _EVENT_SCOPE.match(core)
        if m is None or len(core) - m.end() < 2:
            break
        core = core[m.end() :]
        if lexicon is not None:
            core = _without_places(core, lexicon)
    return core


# Verbs of how the work is done that open a name before its topic (统筹协调耕林空间试点,
# 整合统筹使用转移支付资金试点, 统筹推进城乡融合试点): not the topic's words (服务类社会救助:
# a kind of aid, not a verb).
_LEADING_DOING = re.compile(
    r"^(?:(?:统筹|协调|整合|使用|推进|推动|协同|弘扬|服务(?!业|贸易|消费|类))+(?!发展|创新|治理)"
    r"|抓(?=[\u4e00-\u9fff]{2}))"  # (抓创业促就业系列行动 → 创业促就业)
)


def _vocabulary_core(core: str, lexicon: Lexicon) -> str:
    """The vocabulary theme a core is made of but for up to three characters of scope
    around it (长三角美丽中国 → 美丽中国, 美丽中国省域 → 美丽中国), else the core."""
    for hit in gazetteer(lexicon).themes(core):
        if (
            hit.end - hit.start >= 4
            and len(core) - (hit.end - hit.start) <= 3
            and core[hit.start : hit.end] not in GENERIC_THEMES
        ):
            return core[hit.start : hit.end]
    return core


def _without_scope(core: str, lexicon: Lexicon | None, type_word: str) -> str:
    """The core without the scope and rank words that open it, word by word as jieba cuts
    it (新一轮…, 省级…, 重点…, 2025年…; not the 省 of 省中医院), without the places after
    them, and without verbs of how the work is done (统筹推进城乡融合试点 → 城乡融合); a
    pioneering zone's vocabulary theme alone (长三角美丽中国先行区 → 美丽中国)."""
    if type_word == "先行区" and lexicon is not None:
        core = _vocabulary_core(core, lexicon)
    if lexicon is not None:
        core = _without_places(_scope_cut(core, lexicon), lexicon)
    rest = _LEADING_DOING.sub("", core)
    return rest if len(rest) >= 3 or core.startswith("抓") else core


# the levels of government a name opens with (省市县金融直连服务机制): its scope
_LEVELS = re.compile(r"(?:省市县乡?|省市区县?|市县区)(?:[两三四五]级)?(?=[\u4e00-\u9fff]{2})")


def _scope_cut(core: str, lexicon: Lexicon) -> str:
    core = _NUMBERED_SCOPE.sub("", core) or core
    if (levels := _LEVELS.match(core)) is not None:
        core = core[levels.end() :]
    start = 0
    for tok in segment(core, 0, lexicon):
        if not _NAME_SCOPE.fullmatch(tok.text) or len(core) - tok.end < 2:
            break
        if tok.text == "省" and core[tok.end : tok.end + 1] in ("校", "市", "际"):
            break  # 省校联合培养, 省市协同: the province is a party, not the scope
        start = tok.end
    return core[start:]


def place_role(topic: str, lexicon: Lexicon) -> bool:
    """A topic that is a place and a word or two of its role (张家口首都 of 张家口首都“两区”建设):
    where the work is, not what it is for."""
    if topic.endswith(_REGION_ENDS) or (len(topic) > 3 and topic.endswith("山区")):
        return True  # 南部典型热带区域“山水工程”, 武陵山区“山水工程”: where the works are
    gaz = gazetteer(lexicon)
    provinces = [gaz.abbreviation_of(c) for c in topic]
    if len(topic) >= 3 and None not in provinces and len(set(provinces)) == len(topic):
        return True  # 闽粤港澳“跨境一锁”…: the provinces that take part
    lead = [h.end for h in gaz.geo(topic) if h.start == 0 and h.kind == "place"]
    return bool(lead) and 0 < len(topic) - max(lead) <= 2


_REGION_ENDS = ("区域", "地区", "片区")


# a landform a place names (太原盆地大气污染…, 汾河谷地…): where, with the place, not what
_LANDFORMS = ("盆地", "谷地", "平原", "河谷")
_PLACE_GOES_ON = ("半岛", "灌区", "流域", "大道")


def _provinces_run(core: str, lexicon: Lexicon) -> int:
    """The length of the run of three or more provinces' one-character names opening the
    core (晋冀鲁豫大宗商品骨干流通走廊: 晋冀鲁豫, four), else 0."""
    gaz = gazetteer(lexicon)
    seen: list[str | None] = []
    for c in core:
        pid = gaz.abbreviation_of(c)
        if pid is None or pid in seen:
            break
        seen.append(pid)
    return len(seen) if len(seen) >= 3 else 0


_ROAD_OPENS = re.compile(r"[\u4e00-\u9fff]{2}(?:大道|大街)(?=[\u4e00-\u9fff]{2})")


def _without_places(core: str, lexicon: Lexicon) -> str:
    """The core without the places and provinces that open it (北京-雄安人才科创 -> 人才科创),
    and without a province that closes it (绿色低碳领域重庆 -> 绿色低碳领域); a theme of the
    vocabulary keeps its places (京津冀协同发展)."""
    if lexicon.theme_of(core) is not None:
        return core
    if road := _ROAD_OPENS.match(core):
        core = core[road.end() :]  # 天府大道科创: the avenue the corridor runs along, a place
    gaz = gazetteer(lexicon)
    while True:
        ends = [h.end for h in gaz.geo(core) if h.start == 0]
        chain = 0  # (京津冀协同发展: the provinces' characters one after another, 京津冀 whole)
        for h in sorted(gaz.abbreviation_compounds(core), key=lambda h: h.start):
            chain = h.end if h.start == chain else chain
        chain = max(chain, _provinces_run(core, lexicon))
        if not ends and not chain:
            break
        end = max([*ends, chain])
        rest = core[end:].lstrip("-—·、与和 ")
        rest = rest[2:] if rest.startswith(_LANDFORMS) and len(rest) >= 4 else rest  # (太原盆地)
        if len(rest) == 1 and rest not in "港湾区县市镇村省":
            return rest  # 赣鄱氢 (走廊): a character is left, no topic (the caller drops it)
        if len(rest) < 2 or rest[0] in "港湾区县市镇村" or rest.startswith(_PLACE_GOES_ON):
            return core  # (日照港转型…, 山东半岛高新区…: the place goes on into its port)
        core = rest
    # …领域重庆实验室: a province closing the core names where, not what
    tail = [h for h in gaz.geo(core) if h.end == len(core) and h.kind == "province"]
    if tail and tail[0].start >= 2:
        core = core[: tail[0].start]
    return core


# 关于进一步促进民间投资发展的若干措施, 深化投资体制改革实施意见: the document's aim
_DOCUMENT_TAIL = re.compile(r"的?(?:若干)?(?:" + DOCUMENT_HEADS + r")$")
_DOCUMENT_OPENER = re.compile(
    r"^(?:关于)?(?:进一步)?(?:促进|推动|推进|深化|加快|支持|加强|实施|做好|完善|健全|全面|深入)*"
)
_DEVELOPMENT = re.compile(r"(?:高质量)?(?:发展|建设)$")


def _document_theme(name: str, lexicon: Lexicon | None) -> str | None:
    """The aim a policy document's title states (促进民间投资发展的若干措施 → 民间投资)."""
    tail = _DOCUMENT_TAIL.search(name)
    if tail is None or "“" in name:
        return None
    core = _DOCUMENT_OPENER.sub("", name[: tail.start()])
    if lexicon is not None:
        core = _without_places(core, lexicon)
    core = re.sub(r"^(?:我省|全省|省级|省)", "", core)
    aim = _DEVELOPMENT.sub("", core)
    core = aim if len(aim) >= 3 else core  # (城市高质量发展 stays whole)
    if not 3 <= len(core) <= 10 or core in GENERIC_CORES or core in GENERIC_THEMES:
        return None  # (支持浙江大学加快迈向世界一流大学前列: a description, not a topic)
    return None if "的" in core else core


# A package of measures named by its count and what it is for, before the count (支持专精特新
# 中小企业发展20条举措, 优化营商环境58条改革举措) or after it (20条稳外资举措, 30条推动经济持续
# 回升向好的政策举措, 21项减轻企业负担政策举措); the count's own qualifiers (具体, 改革, 政策) are no aim.
_PACKAGE_VERBS = r"(?:关于|进一步|财政|促进|推动|支持|鼓励|优化|加快|推进|激发|服务)*"
_PACKAGE = re.compile(
    r"(?:"
    + _PACKAGE_VERBS
    + r"(?P<before>[^的\d“”、]{2,20}?)的?"
    + AIMED_COUNT
    + r"[\u4e00-\u9fff]{0,4}?|"
    + AIMED_COUNT
    + _PACKAGE_VERBS
    + r"(?P<after>[^的\d“”、]{3,16}?)的?)"
    + PACKAGE_KIND
)


def _package_aim(aim: str, lexicon: Lexicon | None) -> str | None:
    """What a package of measures is for: its description without 发展 after a field
    (专精特新中小企业发展 → 专精特新中小企业; 制造业高质量发展 stays whole)."""
    aim = re.sub(
        r"(?<=..)(?:发展壮大|(?<!高质量)发展)$", "", re.sub(r"^(?:我省|全省|省级)", "", aim)
    )
    if lexicon is not None:
        aim = _without_places(aim, lexicon)
    if len(aim) < 2 or aim in GENERIC_CORES or aim in GENERIC_THEMES or "和" in aim:
        return None
    return aim


# a brand of counts opening a name's core (百千万人才引进计划), not a measure (百万亩…, 百万人)
_COUNT_BRAND = re.compile(
    r"^[十百千万]{2,4}(?![十百千万亩户元名个家项吨]|人(?!才))(?=[\u4e00-\u9fff]{2})"
)


def _without_counts(core: str) -> str:
    """A name's core without the counts that open it: “十大民生工程” → 民生, “六六…计划”,
    百千万人才引进计划 → 人才引进."""
    core = _COUNT_START.sub("", core)
    core = _COUNT_BRAND.sub("", core)
    return _DOUBLED_COUNT.sub("", core)


# what stands before 文化 without naming a culture: a verb of doing, a rank, a kind of work
# or a scope (重大, 国际, 市级, 主题, 系列), which leaves no culture named
_NOT_A_CULTURE = frozenset(
    "繁荣 发展 弘扬 传承 保护 推动 建设 打造 加强 提升 促进 特色 优秀 先进 数字 公益 惠民"
    " 重大 重点 国际 世界 优质 知名 历史 主题 系列 群众 市民 农民 市级 省级 县级 精品".split()
)
_HERITAGE = re.compile(r"遗产(?:保护)?")
_BRACKETED = re.compile(r"[（(][^）)]*[）)]")


def culture_theme(label: str, lexicon: Lexicon | None = None) -> str | None:
    """The culture a program's name is about, by the word before 文化 (世界闽南文化交流中心 →
    闽南文化, “北疆文化活动季” → 北疆文化, 黄河文化旅游季 → 黄河文化, 红岩文化育人体系 → 红岩文化)."""
    name = _BRACKETED.sub("", label.replace("“", "").replace("”", ""))
    at = name.find("文化")
    if at < 1 or name.endswith("教育"):  # (优秀传统文化教育: the culture taught is the program)
        return None  # (文化强省建设: culture as a whole, which the name states otherwise)
    tokens = segment(name[:at], 0, lexicon)
    word = tokens[-1].text if tokens else ""
    if not re.fullmatch(r"[\u4e00-\u9fff]{2,4}", word) or word in _NOT_A_CULTURE:
        return None
    if lexicon is not None and gazetteer(lexicon).geo(word):
        return None  # 北京文化论坛, 山东文化数据中心: the place's, not a culture of its own
    heritage = _HERITAGE.match(name, at + 2)  # (亚洲文化遗产保护联盟大会: heritage, not a culture)
    return word + "文化" + (heritage.group() if heritage else "")


# …等扩消费活动, …等文化惠民活动: the kind of a list of events, named by an aim (the
# nearest 等: …等国际赛事和…等群众体育活动 names only the second list's kind)
_KIND_AFTER = re.compile(
    r"(?:[^，。；：等]|(?<=[高平对同中均])等){0,60}?等(?:一?系列|多[条项个场]"
    r"|[近超约逾]?[\d一二三四五六七八九十百千万]+[余多]?[场次项个])?([\u4e00-\u9fff]{2,7}?)(?:系列)?"
    r"(?:活动|行动|工程|品牌|机制|模式|示范区|节展|新?场景)"
    r"(?=[，。；]|$|建设|[近超约逾]?[\d一二三四五六七八九十百千万]+[余多]?[场次项])"
)


_KIND_SCOPE = re.compile(
    r"^(?:大型|特色|重大|高水平|高端|国际性?|精品|品牌|主题|专题|群众性|系列|专项"
    r"|省级|市级|县级|国家级)+"  # (…等省级人才工程: whose level, not what for)
)
_KIND_FORM = re.compile(
    r"(?:交流|推广|赛事|比赛|竞赛|展示|展览|演出|体验|宣讲|对接|推介|实践|示范)$|的|性$"
)


def kind_after(text: str, end: int, cend: int) -> tuple[str, int, int] | None:
    """The aim the kind after 等 states for the names listed before it, with its span."""
    m = _KIND_AFTER.match(text, end, cend)
    if m is None:
        return None
    scope = _KIND_SCOPE.match(m.group(1))
    kind = m.group(1)[scope.end() :] if scope else m.group(1)
    kind = kind.rstrip("和与及、")  # (…等一系列群众赛事和活动: contests, a form of event too)
    if (
        len(kind) < 2
        or kind in GENERIC_CORES
        or kind in GENERIC_THEMES
        or re.search(r"[一二三四五六七八九十百两\d]", kind)
        or _KIND_FORM.search(kind)
    ):
        return None  # …等九大行动, …等大型活动, …等对接交流活动: how many, how big, how
    start = m.start(1) + (scope.end() if scope else 0)
    return kind, start, start + len(kind)
