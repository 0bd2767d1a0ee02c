"""Themes read from phrases: a frame's or a purpose's object, a topic clause, a program's name.

Each function returns :class:`~kg.relate.clauses.ThemeRef` records with the rule id and
confidence its caller (a theme rule of :mod:`kg.relate.themes`) gives it.
"""

from __future__ import annotations

import re

from kg.relate.clauses import Clause, ThemeRef
from kg.relate.grammar import (
    ADVERB_RUN,
    FRAME,
    FROM_FIELDS,
    GIVE,
    LEAD_IN,
    MEASURE_TAIL,
    THEME_PREDICATE,
    TOPIC_CLAUSE_VERB,
    VERB_ADVERB_RUN,
)
from kg.relate.nametheme import (
    HEAD_RANK,
    MANNER_MODIFIER,
    TWO_CHARACTER_FIELDS,
    TWO_CHARACTER_TOPICS,
    name_theme,
)
from kg.relate.registry import Rule
from kg.relate.words import (
    ACTION_VERBS,
    FACILITY_HEADS,
    GENERIC_CORES,
    GENERIC_THEMES,
    IMPLEMENT_VERBS,
    INSTRUMENTS,
    MEANS_HEADS,
    NATIONAL_PROGRAMS,
    OBJECT_VERBS,
    PEOPLE,
    PURPOSE_CUES,
    alternation,
)
from kg.text.lexicon import Lexicon
from kg.text.mentions import QUOTES, TYPE_WORDS, Span, ThemeHit, type_word_ending
from kg.text.segment import segment

__all__ = [
    "clause_topic",
    "dedupe_refs",
    "distinct_themes",
    "frame_themes",
    "phrase_themes",
    "purpose_themes",
    "quoted_name_theme",
    "story_goal",
]


def _similar(a: str, b: str) -> bool:
    """Two wordings of one theme: one contains the other, or they share most bigrams."""
    a, b = a.strip("“”"), b.strip("“”")
    short, long_ = sorted((a, b), key=len)
    if short and short in long_ and len(short) * 2 >= len(long_):
        return True
    ba = [a[i : i + 2] for i in range(len(a) - 1)]
    bb = [b[i : i + 2] for i in range(len(b) - 1)]
    if not ba or not bb:
        return False
    rest = list(bb)
    common = 0
    for g in ba:
        if g in rest:
            rest.remove(g)
            common += 1
    return 2 * common / (len(ba) + len(bb)) >= 0.6


def distinct_themes(refs: list[ThemeRef]) -> list[ThemeRef]:
    """One theme per wording: the surest of the refs that name the same thing."""
    out: list[ThemeRef] = []
    for r in sorted(refs, key=lambda r: -r.confidence):
        if not any(r.key == o.key or _similar(r.label, o.label) for o in out):
            out.append(r)
    return out


def dedupe_refs(refs: list[ThemeRef]) -> list[ThemeRef]:
    seen: set[str] = set()
    out = []
    for r in refs:
        if r.key not in seen:
            seen.add(r.key)
            out.append(r)
    return out


# what a topic clause's verb works on when its object ends in one: a tool or a facility, no aim
_WORKED_ON = (*INSTRUMENTS, *FACILITY_HEADS)

_ITEM_MARK = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+是|\d{1,2}[.．、])\s*"
)


def clause_topic(
    text: str,
    start: int,
    end: int,
    themes: list[ThemeHit],
    lexicon: Lexicon,
    rule: Rule,
) -> list[ThemeRef]:
    """The aim a topic clause states: what its verb (推动, 加强, 培育壮大 …) governs.

    A vocabulary theme there is read at the rule's confidence; else the object as a phrase
    at its ``phrase`` variant's.
    """
    pos = start
    mark = _ITEM_MARK.match(text, pos, end)
    if mark:
        pos = mark.end()
    lead = LEAD_IN.match(text, pos, end)
    if lead:
        pos = lead.end()
    adv = ADVERB_RUN.match(text, pos, end)
    if adv:
        pos = adv.end()
    verb = TOPIC_CLAUSE_VERB.match(text, pos, end)
    if verb is None:
        return []
    obj_start, obj_end = verb.end(), end
    obj = text[obj_start:obj_end]
    if not 2 <= len(obj) <= 16 or any(q in obj for q in QUOTES) or "《" in obj:
        return []
    named = obj.removesuffix("工作")  # (推进…试点工作: the work on a program, since 0.9.255)
    if obj.endswith(_WORKED_ON) or (named.endswith(TYPE_WORDS) and not named.endswith("体系")):
        return []  # 优化…调剂金制度, 建设…航天港: a tool, facility or program worked on (not 体系)
    if obj.rstrip("，,。；; ").endswith("参与"):
        return []  # 推动行业企业和职业院校多方参与: who takes part, not what for
    refs = [
        ThemeRef(h.key, lexicon.themes[h.key].label, h.start, h.end, rule.id, rule.confidence)
        for h in themes
        if obj_start <= h.start and h.end <= obj_end and h.end - h.start >= 3
    ]
    if not refs:
        # 提升物联网覆盖水平: the vocabulary theme is the topic; else the object, less
        # the measure raised (…覆盖水平, …能力)
        measure = MEASURE_TAIL.search(obj)
        stop = obj_start + measure.start() if measure and measure.start() >= 3 else obj_end
        refs.extend(
            phrase_themes(text, obj_start, stop, refs, rule.id, rule.confidence_of("phrase"))
        )
    return dedupe_refs(refs)


# Words of doing that follow the topic in a program's name (营商环境对标提升行动).
_ACTION_MORPHEMES = re.compile(
    r"(?:对标|提升|提质|扩能|扩优|扩容|提能|升级|优化|调整|振兴|攻坚|整治|专项|能力|增效|质效|"
    r"培育发展|引育|三年|五年|倍增|示范|推广|大规模应用|行动|集中|深化|办理|补贴|奖补|消费补贴|对接|提级|"
    r"[一二三四五六七八九十百千万\d]+[大项个])$"
)

# the upgrade a thing gets (家园提级, 社区提质): no topic with a two-character word
_UPGRADE = re.compile(r"提级|提升|提质|提能|升级|扩能|扩优|扩容|增效")

_NAME_LEAD = re.compile(
    r"^(?:[一二两三四五六七八九十\d]+届|新一轮|新时代|更高水平|高水平|高标准|省级|全省|全面|深入|持续|开展|实施)+"
)

_QUOTED_NAME = re.compile(r"(?P<pre>[^“”]*)“(?P<q>[^“”]+)”(?P<post>[^“”]*)")

# linked or joint work before a verb of promoting (“票根”联动促消费试点): how, not the topic
_LINKED = re.compile(r"^(?:联动|协同)(?=[促扩稳])")
_PRE_ACTION = re.compile(r"(?:高质量发展|创建|建设|提升|促进|示范|专项|系列|新一轮)+$")

# 就业服务“一张网”: a kind of service named before the quote, not a verb of serving
_SERVICE_NOUN = re.compile(
    r"(?:就业|政务|公共|金融|养老|医疗|法律|社区|综合|便民|信息|人才|居民|民生|生活)服务$"
)

_LEADING_COUNT = re.compile(r"^[\d一二三四五六七八九十百千万余]+[个项家条座所批处大]")

# Who or at what level a program runs (省属高校, 过渡期后省级): not what it is for.
_LEVEL = re.compile(
    r"(?:[省市县区]级|国家级|省属|市属|单位|部门|内部|[\d])$|^(?:过渡期|省属|全省)|首[家个批]"
    r"|在"  # (科技成果在企业“先用后转”模式)
)
# bodies a program is for (重点企业“服务包”制度, 县级中医院“两专科一中心”), when nothing but a
# type word follows the quote (科技型企业“多投多奖”研发投入补助机制 is for 研发投入)
_BODIES = re.compile(r"(?:高校|医院|企业)$")

# The form a program takes (…教学线路, …响应机制): how it is done, not what it is for.
_FORM_WORDS = re.compile(
    r"(?:学习|教学|培训|旅游|攻关|响应|直通|联合|文体|研学|体验|展示|交流|宣讲|竞赛|比赛|赛事|主场|推广"
    r"|实践|防控|选树|活动|巡演|巡游)$"
    r"|^(?:精品|现场|主题|特色|品牌|一贯式|方式|模式)"
)


_COUNTED_PARTS = re.compile(r"[一二两三四五六七八九十百千万多]")


def _said_after(post: str) -> bool:
    """Whether the words after a quote say more than a type word (…研发投入补助机制)."""
    return bool(post) and post != (type_word_ending(post) or "")


def quoted_name_theme(label: str) -> str | None:
    """The topic written around a quoted name: before it, or between it and the type word.

    职工关心关爱“四个1”活动 → 职工关心关爱, “九五”普法规划 → 普法, “大思政课”建设工程 →
    大思政课 (building a named goal serves the goal).
    """
    m = _QUOTED_NAME.fullmatch(label)
    if m is None:
        return None
    pre = _NAME_LEAD.sub("", m.group("pre"))
    pre = _PRE_ACTION.sub("", _LEADING_COUNT.sub("", pre))
    pre = re.sub(r"(?<=..)(?:专列|专线)$", "", pre)  # (旅游专列“星光燕赵号”…: the kind it is)
    pre = re.sub(r"(?<=..)数字$", "", pre)  # (台胞台企数字“第一家园”服务平台: how it serves)
    if pre.endswith(("服务", "支持", "助力", "促进", "赋能", "面向")) and not _SERVICE_NOUN.search(
        pre
    ):
        # 供销社服务“三农”综合平台: what the words before serve is the quoted topic
        core = m.group("q").strip()
        return core if len(core) >= 2 and not re.search(r"\d", core) else None
    if not m.group("post") and type_word_ending(pre):
        return name_theme(pre)  # 整体提升教育水平攻坚行动“七大工程” → 教育水平
    if (
        (len(pre) >= 3 or pre in TWO_CHARACTER_TOPICS or pre in TWO_CHARACTER_FIELDS)
        and pre not in GENERIC_CORES
        and not re.fullmatch(r"[省市县乡镇村区]+", pre)
        and not _LEVEL.search(pre)
        and not (_BODIES.search(pre) and (pre == "企业" or _said_after(m.group("post"))))
        and not pre.endswith(FACILITY_HEADS)
    ):
        return pre
    post = m.group("post")
    tw = type_word_ending(post) or ""
    if not tw:
        # “三城一区”联动发展, “好房子”建设: the head is the form of the work; but a topic
        # for its head (“九五”普法) is what the program is for
        return post if post in TWO_CHARACTER_TOPICS else None
    mid = post[: len(post) - len(tw)]
    if tw in ("平台", "中心", "基地") and (
        ("服务" not in mid and not mid.endswith("交易")) or len(mid.replace("服务", "")) <= 2
    ):
        # 省“双碳”管理一体化平台, “七大要素”交易服务平台: what the platform is, not what
        # it is for
        return None
    if mid in ("建设", "建设工程", "") and post.startswith("建设"):
        core = m.group("q").strip()
        if len(_COUNTED_PARTS.findall(core)) >= 2:
            return None  # “一核两翼多点”建设体系: a layout of counted parts, not a goal
        return core if len(core) >= 3 and not re.search(r"\d", core) else None
    mid = re.sub(r"^(?:系列|专项)", "", mid.rsplit("等", 1)[-1])
    # (文艺直通车: how it reaches people; 投资路演: how investment is sought)
    mid = re.sub(r"(?<=..)(?:直通车|大篷车|专列|路演|国际)$", "", mid)
    bare = mid
    mid = _PRE_ACTION.sub("", mid)
    while (m2 := _ACTION_MORPHEMES.search(mid)) is not None:
        mid = mid[: m2.start()]  # “全省一朵云”升级工程: the doing, not a topic
    mid = re.sub(r"(?:培育|建设|打造|推广|应用|遴选发布|发布|评选|遴选|认定|体制)$", "", mid)
    if mid in TYPE_WORDS or (not mid and bare):
        return None  # “个十百”平台培育工程: a kind of program
    if len(mid) < 3 and mid != bare:
        if _UPGRADE.fullmatch(bare.split(mid, 1)[-1]):
            return None  # “石榴籽”家园提级工程: an upgrade of a word, no topic
        mid = bare  # “2152”龙头引育工程: too little is left without its doing
    if mid.startswith(("重大", "重点")):
        mid = mid[2:] if len(mid) >= 5 else ""  # (重大基础研究项目; 重大科技示范工程: none)
    if mid.startswith(("赋能", "助力")):
        mid = mid[2:] if len(mid) >= 5 else ""  # (“共享智造”赋能集群行动: a verb's object)
    mid = _LINKED.sub("", mid)  # (“票根”联动促消费试点: linked is how, 促消费 the aim)
    if tw == "体系" and mid.endswith("政策"):
        # “1+N”人才政策体系 → 人才: a body of policies is for their topic (经济政策 kept whole)
        topic = mid[:-2]
        if topic.endswith(("帮扶", "扶持", "支持", "激励", "保障")):
            return None  # 常态化帮扶政策体系: support, its own kind's words, no topic
        if len(topic) >= 3 or topic in TWO_CHARACTER_TOPICS:
            mid = topic
    return mid if _states_topic(mid) else None


def _states_topic(mid: str) -> bool:
    """Whether the words between a quoted name and its type word state a topic."""
    return (
        len(mid) >= 2
        and mid not in GENERIC_CORES
        and mid not in GENERIC_THEMES
        and not MANNER_MODIFIER.match(mid)
        and not _FORM_WORDS.search(mid)
        and not HEAD_RANK.search(mid)
        and not re.match(r"[一二三四五六七八九十\d]+期", mid)  # (“三北”六期宁夏建设工程)
        and not re.search(r"[一二两三四五六七八九十百千]+[大项类]|标志性", mid)  # (…三大标志性战役)
        and mid[0] not in "和与及、的"
        and not _GOING_TO.fullmatch(mid)  # (“以旧换新”进乡村活动: where it goes, not what for)
    )


_GOING_TO = re.compile(r"进(?:乡村|农村|社区|校园|企业|万家|基层|园区|商圈|景区)+")


def quoted_form_theme(label: str, lexicon: Lexicon) -> str | None:
    """The topic a quoted name states by its form: “体育+” and “数据要素×” are about 体育
    and 数据要素; “法治山东”, “创业齐鲁”, “吉林工匠” and “放心消费在辽宁” make a vocabulary
    theme or a known topic the province's (not “好客山东”); “入境旅游” and “数字工匠” are a
    known topic of two characters and one word that says which."""
    m = _QUOTED_NAME.fullmatch(label)
    if m is None:
        return None
    core = m.group("q").strip()
    if core[-1:] in "+＋×" and len(core) > 2:
        topic: str | None = core[:-1]
    else:
        topic = _province_topic(core, lexicon)
        if topic is None and not m.group("post").endswith("模式"):
            topic = _qualified_topic(core, lexicon)  # (“场景招商”新模式: a way of working)
    if topic is None or not re.fullmatch(r"[\u4e00-\u9fff]{2,8}", topic):
        return None
    if lexicon.theme_of(topic) is not None:
        return topic
    return None if topic in GENERIC_CORES or topic in GENERIC_THEMES else topic


def _known_topic(words: str, lexicon: Lexicon) -> bool:
    """Whether ``words`` are a vocabulary theme or a known topic of two characters."""
    return lexicon.theme_of(words) is not None or words in TWO_CHARACTER_TOPICS


def _province_topic(core: str, lexicon: Lexicon) -> str | None:
    """The known topic a quoted brand makes its province's, after it (“创业齐鲁”, “技能宁夏”,
    “放心消费在辽宁”: what is offered there) or before it (“吉林工匠”, “八闽工匠”)."""
    for n in (2, 3):  # 山东, 陇原, 黑龙江
        if len(core) - n >= 2 and lexicon.province_of(core[-n:]) is not None:
            before = re.sub(r"(?<=..)[在看]$", "", core[:-n])
            offered = len(before) < len(core) - n
            return before if offered or _known_topic(before, lexicon) else None
    for n in (2, 3):
        if len(core) - n >= 2 and lexicon.province_of(core[:n]) is not None:
            after = core[n:]
            return after if _known_topic(after, lexicon) else None
    return None


def _qualified_topic(core: str, lexicon: Lexicon) -> str | None:
    """A quoted known topic of two characters after one word that says which (“入境旅游”,
    “数字工匠”, “光伏治沙”); not a slogan's words (“以路治沙”, “浙里来消费”) nor a count."""
    if not 4 <= len(core) <= 6 or core[-2:] not in TWO_CHARACTER_TOPICS:
        return None
    which = segment(core[:-2], 0, lexicon)
    if len(which) != 1 or _COUNTED_PARTS.search(core):
        return None
    return core


_TASKS_REQUIRED = re.compile(r"”(?:任务|工作|部署)?要求[，。；]?$")


def frame_themes(
    text: str,
    fs: int,
    fe: int,
    quotes: list[Span],
    themes: list[ThemeHit],
    lexicon: Lexicon,
    rule: Rule,
) -> list[ThemeRef]:
    """The themes of the frame ``text[fs:fe]``: quoted names and vocabulary themes at the
    rule's confidence, unquoted objects at its ``phrase`` variant's."""
    refs: list[ThemeRef] = []
    used: list[tuple[int, int]] = []
    if _TASKS_REQUIRED.search(text, fs, fe):
        return refs  # 紧扣“十大创新”“十强产业”…任务要求: tasks laid down, not what it is for
    for q in quotes:
        if fs <= q.start - 1 and q.end + 1 <= fe + 1:
            # a quoted name that a verb inside the frame governs is not a theme (打造“北疆文化”品牌)
            before = text[max(fs, q.start - 4) : q.start - 1]
            after = text[q.end + 1 : q.end + 2]
            if any(before.endswith(v) for v in IMPLEMENT_VERBS) and "\u4e00" <= after <= "\u9fff":
                continue  # but 围绕加快打造“三大高地”: the goal itself is the theme
            tid = lexicon.theme_of(q.text)
            key = tid if tid else "+" + q.text.strip()
            label = lexicon.themes[tid].label if tid else q.text.strip()
            refs.append(ThemeRef(key, label, q.start, q.end, rule.id, rule.confidence))
            used.append((q.start, q.end))
    cue = FRAME.match(text, fs) or FROM_FIELDS.match(text, fs)
    obj_start = cue.end() if cue else fs
    for hit in themes:
        if hit.end - hit.start < 3 and not text[fs : hit.start].endswith(("围绕", "聚焦", "紧扣")):
            continue
        item_end = _modifier_only(text, hit.start, hit.end, obj_start, fe)
        if item_end is not None:  # (the item is the theme, at the variant of phrases)
            item = text[hit.start : item_end]
            conf = rule.confidence_of("phrase")
            refs.append(ThemeRef("+" + item, item, hit.start, item_end, rule.id, conf))
            used.append((hit.start, item_end))
            continue
        if fs <= hit.start and hit.end <= fe and not any(s <= hit.start < e for s, e in used):
            refs.append(
                ThemeRef(
                    hit.key,
                    lexicon.themes[hit.key].label,
                    hit.start,
                    hit.end,
                    rule.id,
                    rule.confidence,
                )
            )
    # 紧扣深化理论学习, 围绕科技创新、产业需求育人: unquoted objects are themes of their own
    if text.startswith(("机遇", "契机"), obj_start):
        obj_start += 2  # 抢抓机遇稳投资: what the occasion is seized for
    if not _MEANS_HEAD.match(text, fe):
        fields = _FIELDS_CLOSE.match(text, fe) is not None
        conf = rule.confidence_of("phrase")
        refs.extend(phrase_themes(text, obj_start, fe, refs, rule.id, conf, fields))
    return dedupe_refs(refs)


_ITEM_END = re.compile(r"[^\u4e00-\u9fff]|[、等和及与的]")


def _modifier_only(text: str, start: int, end: int, opening: int, fe: int) -> int | None:
    """Where the item ends that a two-character vocabulary theme only opens, at the start
    of the frame's object (``opening``; the only place a two-character theme is read in a
    frame): 聚焦文化演出等重点领域, the field is 文化演出, not 文化."""
    if end - start != 2 or end >= fe or start != opening:
        return None
    stop = _ITEM_END.search(text, end, fe)
    item_end = stop.start() if stop else fe
    return item_end if 2 <= item_end - end <= 4 else None


# 聚焦交通、消防、矿山…等重点领域: the frame lists fields, each a theme of its own
_FIELDS_CLOSE = re.compile(
    r"等(?:[一二三四五六七八九十\d]+[大个项])?(?:重点|关键|重要)?(?:领域|行业|方面)"
)


# 聚焦育龙头、强链群、拓市场等关键环节: the items are steps of the work, not what it is for
_MEANS_HEAD = re.compile("等" + alternation(MEANS_HEADS))

# What ends the object of a purpose or frame cue: the action it is the purpose of.
_OBJECT_TAIL = re.compile(
    r"(?:等(?:领域|方面|重点领域|关键环节|环节|工作|问题)?|领域|方面|契机|机遇|东风|热潮|目标)$"
)  # (抢抓亚冬会契机: the occasion is the theme, not the word for it)

# A measure of some general thing (生产质效, 平台能级, 服务水平): says how much, not what of.
_VAGUE = re.compile(
    r"[\u4e00-\u9fff]{1,2}(?:质效|能级|水平|能力|效能|效率|成效|质量|功能|活力|实力|效益|能效|质态)"
)

# Adverbs and prepositions that make a phrase a clause of its own.
_CLAUSE_MARKS = re.compile(r"有序|逐步|稳妥|向社会|向全[国球]|在[^线]|[把将被]")


def phrase_themes(
    text: str,
    start: int,
    end: int,
    known: list[ThemeRef],
    rule: str,
    confidence: float,
    fields: bool = False,
) -> list[ThemeRef]:
    """Themes written as plain phrases (not in the vocabulary) between ``start`` and ``end``.

    The whole object when short (提升双城经济圈经济实力、发展活力), else its 、-items; an
    item already covered by a vocabulary theme is not repeated. ``fields``: the object lists
    fields (聚焦交通、消防…等重点领域), each a theme, however many, of two characters or more.
    """
    obj = text[start:end].rstrip("。！？!?；;，, \n")
    lead = ADVERB_RUN.match(obj)
    shift = lead.end() if lead else 0
    obj = obj[shift:]
    tail = _OBJECT_TAIL.search(obj)
    if tail:
        obj = obj[: tail.start()]
    if "等" in obj:
        # 促进有色冶金、石化化工等产业延链补链: the items are examples of the head
        cut = obj.rindex("等") + 1
        if obj.startswith("地", cut):
            cut += 1  # 支持珲春、集安等地发展边境游: 等地, the places listed
        first_item = obj[: obj.find("、")] if "、" in obj else obj[: cut - 1]
        if re.search("[与和同]", first_item):
            return []  # 推动文旅与农业、体育等产业深度融合: the list is one side of a pair
        shift, obj = shift + cut, obj[cut:]
    base = start + shift
    if not obj or not re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z、]+", obj):
        return []  # quoted names are read on their own; a clause is not a theme
    if obj.startswith(PEOPLE) or obj.startswith(tuple(IMPLEMENT_VERBS)):
        return []  # 引导党员干部…: whom the program is for, and what they do, is not a theme
    if any(v in obj for v in ("实施", "开展", "举办", "建设")) and len(obj) > 12:
        return []
    items: list[tuple[int, str]] = []
    known_inside = any(base <= k.start and k.end <= base + len(obj) for k in known) or any(
        part.startswith((*OBJECT_VERBS, "服务", "支持", "推动", "促进"))
        for part in obj.split("、")[1:]
    )  # 服务企业、服务群众、服务基层: a list of actions, read item by item
    if len(obj) <= 16 and (
        "、" not in obj
        or obj.startswith(OBJECT_VERBS)
        or (obj.count("、") <= 2 and not known_inside)
    ):
        # 提升双城经济圈经济实力、发展活力: one verb governs the items, keep them together
        items.append((base, obj))
    else:
        parts = obj.split("、")
        if len(parts) > (12 if fields else 3):
            return []  # 促进核心设备、仪器仪表、物料、车间…: details of the work, not its aims
        merged = len(parts) > 1 and len(obj) <= 20 and len(parts[0]) > 3
        if merged and all(len(p) <= 3 for p in parts[1:]):
            # 医药产品生产数字化、网络化、智能化: the short items share the first one's head
            items.append((base, obj))
            parts = []
        pos = 0
        for part in parts:
            if 2 <= len(part) <= 12:
                items.append((base + pos, part))
            if len(part) > 4 and THEME_PREDICATE.search(part, 2):
                break  # 行政审批实现全流程数字化、全过程透明化: the rest goes on with its verb
            pos += len(part) + 1
    return _item_refs(_split_conjoined(items), known, rule, confidence, 3 - fields)


def _item_refs(
    items: list[tuple[int, str]], known: list[ThemeRef], rule: str, confidence: float, shortest: int
) -> list[ThemeRef]:
    """The themes of a phrase's items (start, text): each of ``shortest`` characters or more
    that is no generic or vague word, no clause, and not covered by a theme ``known``."""
    out = []
    for s, item in items:
        item_clean = item.strip("“”")
        if (
            len(item_clean) < shortest
            or item_clean in GENERIC_CORES
            or _VAGUE.fullmatch(item_clean)
        ):
            continue
        if _CLAUSE_MARKS.search(item_clean):
            continue  # 学校体育场馆有序向社会开放: a whole clause, not a theme
        covered = any(
            k.start >= s and k.end <= s + len(item) and (k.end - k.start) * 2 >= len(item)
            for k in known
        )
        if covered:
            continue
        out.append(ThemeRef("+" + item_clean, item_clean, s, s + len(item), rule, confidence))
    return out


# words of doing to a heritage or a resource, with no object of their own (标识活化利用)
_DOING_ONLY = re.compile(r"(?:标识|活化|利用|转化|传承|弘扬|保护|开发|解码|展示|阐释|推广|应用)+")


def _split_conjoined(items: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Items joined by 和/及 that are aims of their own (企业品牌建设和产品营销 -> 企业品牌建设,
    产品营销): each side four characters at least."""
    out = []
    for s, item in items:
        m = re.fullmatch(r"(.{4,})(和|及|与)(.{4,})", item)
        # (碳排放总量和强度双控: the dual control covers both sides, one aim; 齐鲁文化基因解码
        # 与标识活化利用: the second side is only doing to the first side's object)
        if (
            m
            and "、" not in item
            and not re.search(r"[双两][\u4e00-\u9fff]$", m.group(3))
            and not _DOING_ONLY.fullmatch(m.group(3))
        ):
            out += [(s, m.group(1)), (s + m.end(2), m.group(3))]
        else:
            out.append((s, item))
    return out


# how much or how good, between the cue and a two-character theme (吸引更多优质外资…)
_MORE = re.compile(r"(?:(?:更多|更加)(?:优质)?)?")


# what a purpose makes into something (让康养旅居成为假日经济的新增长点)
_BECOMES = re.compile(r"([\u4e00-\u9fff]{2,12}?)成为")
# 、 and a second modifier of the noun after 的 (事业牵引产业、产业支撑事业的格局)
_SHARED_MODIFIER = re.compile(r"、[^，。；、“”]{1,10}的")


def purpose_themes(
    text: str,
    start: int,
    end: int,
    themes: list[ThemeHit],
    recent_themes: list[str],
    lexicon: Lexicon,
    purpose: Rule,
    backref: Rule,
    strong: bool = False,
) -> list[ThemeRef]:
    """The themes of a purpose clause ``text[start:end]``: vocabulary themes at the purpose
    rule's confidence; after a strong cue (``strong``) or 为…注入, the object as a phrase
    (its ``phrase`` variant); the field of a capacity raised (``measure``); and 这一… that
    refers back to a theme named before (the ``backref`` rule)."""
    # two-character themes (教育, 文化, 法治) only right after the cue: elsewhere they are
    # parts of other words (教育引导, 北疆文化, 法治思维)
    hits = [
        h
        for h in themes
        if start <= h.start
        and h.end <= end
        and (h.end - h.start >= 3 or _MORE.fullmatch(text, start, h.start) is not None)
    ]
    keep = [h for h in _not_examples(text, end, hits) if not _field_goal(text, start, h, lexicon)]
    refs = [
        ThemeRef(h.key, lexicon.themes[h.key].label, h.start, h.end, purpose.id, purpose.confidence)
        for h in keep
    ]
    refs = _joined_into_one(text, refs)
    # 为西藏高质量发展注入新动力: the purpose stands between 为 and what is given to it
    give = GIVE.match(text, start, end)
    gi = 1 if give and give.group(1) else 2
    obj_end = give.end(gi) if give else end
    obj_start = give.start(gi) if give else start
    if not give and (become := _BECOMES.match(text, start, end)) is not None:
        obj_end = become.end(1)  # 让康养旅居成为…新增长点: what is to become it is the aim
    if give or obj_end < end:
        refs = [r for r in refs if obj_start <= r.start and r.end <= obj_end]
    if (give or strong) and not refs:
        # a vocabulary theme found is what the clause is about; the rest says what of it
        phrases = phrase_themes(
            text, obj_start, obj_end, refs, purpose.id, purpose.confidence_of("phrase")
        )
        if not any(_SHARED_MODIFIER.match(text, r.end) for r in phrases):
            # (构建事业牵引产业、产业支撑事业的…格局: modifiers of a noun, each a fragment)
            refs.extend(phrases)
    elif not refs:
        # 提高经济运行监测分析能力: what a capacity is raised for is the theme
        body = text[obj_start:obj_end].rstrip("。！？!?；;，, \n")
        measure = MEASURE_TAIL.search(body)
        if measure and measure.start() >= 4:
            refs.extend(
                phrase_themes(
                    text,
                    obj_start,
                    obj_start + measure.start(),
                    refs,
                    purpose.id,
                    purpose.confidence_of("measure"),
                )
            )
    refs.extend(_back_references(text, start, end, recent_themes, lexicon, backref))
    return dedupe_refs(refs)


# 实体经济与数字经济深度融合: two themes joined into one aim
_JOINED = re.compile(r"(?:深度|加快|协同|融合)?(?:融合|协同|联动)(?:发展)?")


def _joined_into_one(text: str, refs: list[ThemeRef]) -> list[ThemeRef]:
    """Two themes joined by 与/和 and then 融合 (协同, 联动) are one aim, the whole phrase."""
    out: list[ThemeRef] = []
    i = 0
    while i < len(refs):
        a = refs[i]
        b = refs[i + 1] if i + 1 < len(refs) else None
        m = _JOINED.match(text, b.end) if b is not None else None
        if b is not None and m is not None and text[a.end : b.start] in ("与", "和", "同"):
            label = text[a.start : m.end()]
            out.append(ThemeRef("+" + label, label, a.start, m.end(), a.rule, a.confidence))
            i += 2
            continue
        out.append(a)
        i += 1
    return out


def _field_goal(text: str, start: int, hit: ThemeHit, lexicon: Lexicon) -> bool:
    """推动房地产高质量发展, 支持成渝金融法院高质量发展: a general goal (words/generic_themes.txt)
    of a field named before it is the field's, not the goal alone."""
    if lexicon.themes[hit.key].label not in GENERIC_THEMES:
        return False
    lead = text[start : hit.start]
    adverbs = ADVERB_RUN.match(lead)
    lead = lead[adverbs.end() :] if adverbs else lead
    return re.fullmatch(r"[\u4e00-\u9fff]{2,}", lead) is not None and lead[-1] not in "的和与及"


def _not_examples(text: str, end: int, hits: list[ThemeHit]) -> list[ThemeHit]:
    """就业、医疗、养老等民生领域: the items before 等 are examples of the theme after it."""
    keep = []
    for h in hits:
        tail = text[h.end : end]
        m = re.match(r"(?:、[^，；、等]{1,8})*等", tail)
        if m and any(o.start == h.end + m.end() for o in hits):
            continue
        if tail.startswith("、") and any(o.start == h.end + 1 for o in hits):
            nxt = re.match(r"、[^，；]{0,30}?等", tail)
            if nxt and any(o.start == h.end + nxt.end() for o in hits):
                continue
        keep.append(h)
    return keep


_BACK_REFERENCE = re.compile(r"(?:这一|该)([\u4e00-\u9fff]{2,6}?)(?=的|，|。|$|在|入|见|落)")


def _back_references(
    text: str, start: int, end: int, recent_themes: list[str], lexicon: Lexicon, rule: Rule
) -> list[ThemeRef]:
    """这一重要思想: the theme named most recently whose label ends with the word."""
    refs = []
    for m in _BACK_REFERENCE.finditer(text[start:end]):
        word = m.group(1)
        for tid in reversed(recent_themes):
            t = lexicon.themes.get(tid)
            if t and t.label.endswith(word):
                refs.append(
                    ThemeRef(
                        tid, t.label, start + m.start(), start + m.end(), rule.id, rule.confidence
                    )
                )
                break
    return refs


def story_goal(text: str, cl: Clause, nxt: Clause) -> int | None:
    """In a story, a province whose clause ``cl`` only pursues a goal (福建将全力支持…) before
    the clause ``nxt`` of its programs (…，持续开展“全闽乐购”活动): where the goal's cue ends."""
    if not cl.subjects or cl.programs or nxt.subjects is not None or not nxt.programs:
        return None
    adverbs = _STORY_ADVERBS.match(text, cl.subject_end, cl.end)
    pos = adverbs.end() if adverbs else cl.subject_end
    cue = next((c for c in PURPOSE_CUES if text.startswith(c, pos)), None)
    return None if cue is None else pos + len(cue)


# 将, 正, 还 and the adverbs of a verb before a story's goal (福建将全力支持…)
_STORY_ADVERBS = re.compile(r"(?:将|正在|正|还|也|要|已经|已)*" + VERB_ADVERB_RUN.pattern)


# the domain a modifier before a quoted name ends in (…乡村建设“百千万”工程, 集体林权制度“三多”改革)
_DOMAIN_ENDS = ("建设", "制度", "计划", "改革")
_BEFORE_RUN = re.compile(r"[\u4e00-\u9fff]{2,16}$")
_VERB_IN_RUN = re.compile(alternation(tuple(sorted(ACTION_VERBS, key=len, reverse=True))))


def modifier_theme(text: str, clause_start: int, start: int, label: str) -> str | None:
    """The topic written before a quoted name that its label leaves out: 推进宜居宜业和美乡村
    建设“百千万”工程 → 宜居宜业和美乡村 (the words after the verb, read as the name's)."""
    if not label.startswith("“") or start <= clause_start:
        return None
    m = _BEFORE_RUN.search(text, max(clause_start, start - 16), start)
    if m is None:
        return None
    run = m.group()
    # (the verb that governs the name, not the 建设 of its modifier: …乡村建设“百千万”工程)
    verbs = [v for v in _VERB_IN_RUN.finditer(run) if v.end() < len(run)]
    if not verbs:
        return None
    pre = run[verbs[-1].end() :]
    if not pre.endswith(_DOMAIN_ENDS):
        return None
    topic = quoted_name_theme(pre + label)
    return None if topic is None or topic in label else topic


_COUNT_WORD = re.compile(r"[\d一二两三四五六七八九十百千万]")


def quote_is_theme(text: str, inside: Span, start: int, end: int, tw: str) -> bool:
    """The quote ``inside`` (a vocabulary theme whole) opens the name, and words of the name
    besides its type word ``tw`` follow it (“双碳”综合管理平台; not “以旧换新”政策, nor a form,
    “人工智能+”, or a national initiative, “一带一路”…项目, which the quote names)."""
    rest = text[inside.end + 1 : end]
    said = rest.removesuffix(tw).removesuffix("政策")
    return (
        inside.start == start + 1
        and len(said) >= 2
        and not inside.text.endswith(("+", "＋"))
        and _COUNT_WORD.search(inside.text) is None  # (“五大文化”: a formula of counts)
        and inside.text not in NATIONAL_PROGRAMS
    )
