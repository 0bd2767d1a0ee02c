"""Program rules: what in a clause names a program its subject implements.

Each rule is a step registered with its rules (id, confidence, description) and run in
the order below, over the clause's tokens: quoted names, 《…》 plans, enumerations,
unquoted noun phrases ending in a type word, coined slogans. What one step takes, the
later steps do not read again (:meth:`ProgramScan.overlaps`).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field
from functools import cache
from typing import NamedTuple

from kg.model import Token
from kg.relate.bounds import (
    built_from,
    levels_start,
    modifier_start,
    name_bounds,
    name_items,
    national_listed,
    ordinal_start,
    parallel_item_start,
    places_start,
    relative_head,
    weak_variant,
)
from kg.relate.clauses import Clause
from kg.relate.counted import counted_projects, many_of_a_kind
from kg.relate.grammar import (
    ABOUT_PLAN,
    BLOCK_OPENERS,
    BRANDED,
    BUILT_TYPES,
    CARRIED_OUT_VERB,
    CLASS_OF,
    COUNTED_AFTER,
    COUNTED_SET,
    DEVELOP_VERBS,
    DOCUMENT_HEAD,
    FIGHTS_BEFORE,
    FIGURE_AFTER,
    HAN_RUN,
    HEADING_GOAL,
    HOSTED_AFTER,
    HOSTED_BY,
    IN_FRAME,
    INCLUDED,
    JOINED_EVENTS,
    LEVER,
    LIST_CLOSE,
    LISTED_TOPIC,
    LONGER_HEADS,
    MEANS,
    MEANS_FOR,
    NATIONAL_SET,
    NOT_NAMED_BEFORE,
    NOT_NAMED_LIST,
    NOT_PLAN_END,
    NOTE_AFTER,
    NOTE_MARK,
    NUMBER_TYPE,
    OWN_RELATIVE,
    PARTNERED,
    PHRASE_BREAK,
    PLAN_TITLE_HEAD,
    PLAN_TYPES,
    PLANS_TO,
    POSITIONING,
    PREDICATE_INSIDE,
    PROBLEM_LIST,
    QUOTED_RELATIVE,
    RANKED,
    RESEARCH_TASK,
    SHIFT_OR_MANY_BEFORE,
    SHORT_ACTIONS,
    TO_AFTER,
    TOPIC_VERB,
    TRUNCATED_NAME,
    frames,
    is_slogan,
    is_topic,
    listed_where,
    phrase_end,
    reported_after,
    type_word_ends_phrase,
    used_for,
)
from kg.relate.heads import (
    bare_quote,
    counted_set_items,
    heading_name,
    modifier_prefix,
    outer_verb,
    own_type_word,
    shared_type_items,
    theme_prefix,
    topic_lead,
)
from kg.relate.labels import (
    built_named,
    core_of,
    name_mark,
    named,
    np_start,
    specific,
    type_suffix,
    widened,
)
from kg.relate.leftovers import PRONOUNS, clean_label
from kg.relate.planowner import own_plan, plan_reported
from kg.relate.quoted import (
    NOT_PROGRAM_HEAD,
    PROVINCE_SCOPED,
    glossed_idea,
    is_formula,
    many_or_doing,
    national,
    own_head_after,
    quoted_key,
    shared_type,
    way_or_kind,
)
from kg.relate.registry import PROGRAM, REGISTRY, program
from kg.relate.verbs import governing_verb, opens_with_verb, pushed_by
from kg.relate.words import (
    CAMPAIGN_VERBS,
    EXAMPLE_HEADS,
    FORMULAS,
    IMPLEMENT_VERBS,
    PUSH_VERBS,
    QUOTE_CONTINUATIONS,
    QUOTE_HEADS,
    WEAK_TYPES,
    alternation,
)
from kg.text.lexicon import Lexicon
from kg.text.mentions import (
    QUOTES,
    TYPE_WORDS,
    Matcher,
    Span,
    common_name,
    program_key,
    type_word_ending,
)

__all__ = [
    "FoundProgram",
    "ProgramScan",
    "clause_programs",
    "may_name_program",
]


class FoundProgram(NamedTuple):
    """A program a rule found in a clause (sentence-local offsets)."""

    label: str
    key: str
    aliases: tuple[str, ...]
    start: int
    end: int
    rule: str
    confidence: float


@dataclass
class ProgramScan:
    """One clause as the program rules read it, and what they have found in it so far."""

    text: str
    lo: int  # where the clause's words start (after its subject)
    hi: int
    tokens: list[Token]
    quotes: list[Span]
    books: list[Span]
    lexicon: Lexicon
    off: Collection[str] = ()  # rules switched off
    frames: list[tuple[int, int]] = field(default_factory=list)
    found: list[FoundProgram] = field(default_factory=list)
    taken: list[tuple[int, int]] = field(default_factory=list)

    def framed(self, s: int, e: int) -> bool:
        """``text[s:e]`` lies inside a frame (围绕…) or a setting (在…中): a theme, not a program."""
        return any(fs <= s and e <= fe for fs, fe in self.frames)

    def overlaps(self, s: int, e: int) -> bool:
        """``text[s:e]`` overlaps a program found already."""
        return any(not (e <= ts or s >= te) for ts, te in self.taken)

    def inside_only(self, s: int, e: int) -> bool:
        """Every program found that overlaps ``text[s:e]`` lies inside it."""
        return all(s <= ts and te <= e for ts, te in self.taken if not (e <= ts or s >= te))

    def drop_within(self, s: int, e: int) -> None:
        """Forget a program found inside ``text[s:e]`` that ends where it ends."""
        keep = [i for i, p in enumerate(self.found) if not (s <= p.start and p.end == e)]
        self.found = [self.found[i] for i in keep]
        self.taken = [t for t in self.taken if not (s <= t[0] and t[1] == e)]

    def add(
        self,
        rule: str,
        label: str,
        start: int,
        end: int,
        *,
        key: str | None = None,
        aliases: tuple[str, ...] = (),
        variant: str | None = None,
        whole: bool = False,
    ) -> None:
        """A program found by ``rule`` (at its confidence, or its ``variant``'s), unless the
        rule is switched off: then the stretch stays free for the rules after it. A
        ``whole`` name (a document's title) keeps the verbs it opens with."""
        if rule in self.off:
            return
        start, label = name_bounds(self.text, start, label)
        cut = 0 if whole else clean_label(label, self.lexicon)
        if cut is None or TRUNCATED_NAME.match(label, cut):
            return  # (…成立70周年庆祝大会 cut after 成立: the name lost what it celebrates)
        if _CLAUSE_IN_NAME.search(_QUOTED.sub("", label[cut:])):
            return  # 阿秒激光这个“超高速摄像机”, 或者超额地完成了计划: a clause, not a name
        if cut:
            own = label.startswith(PRONOUNS)  # (我省融入…方案: the rest need not be specific)
            label, start = label[cut:], start + cut
            tw = type_word_ending(label)
            if not own and "“" not in label and tw is not None and not specific(label, tw):
                return  # (推出十余个主题活动, 推动示范区: nothing specific is left)
        taken_end, joined = end, JOINED_EVENTS.match(label)
        if joined is not None:  # …消费季暨总台系列活动: two events, the first is the one named
            label, end = joined.group(1), start + joined.end(1)
        if key is not None and (cut or joined is not None):  # (a key of the name as it was)
            key = program_key(label.replace("“", "").replace("”", ""))
        variant = variant or weak_variant(rule, label)
        conf = REGISTRY[rule].confidence_of(variant)
        if key is None and "“" not in label and common_name(label):
            key = PROVINCE_SCOPED + program_key(label)  # (出台20条举措: the province's)
        key = program_key(label) if key is None else key
        if national(key) or national_listed(self.text, self.lo, start, label, self.lexicon):
            self.taken.append((start, end))  # (the stretch is no other rule's either)
            return  # 落实自贸试验区提升战略, 实施“两重”项目: the nation's, the province joins
        self.found.append(FoundProgram(label, key, aliases, start, end, rule, conf))
        self.taken.append((start, taken_end))


def clause_programs(
    text: str,
    cl: Clause,
    tokens: list[Token],
    quotes: list[Span],
    books: list[Span],
    lexicon: Lexicon,
    off: Collection[str] = (),
) -> list[FoundProgram]:
    """The programs named in a clause, in the order they are written."""
    lo, hi = cl.subject_end, cl.end
    settings = [(m.start(), m.end()) for m in IN_FRAME.finditer(text, lo, hi)]
    scan = ProgramScan(text, lo, hi, tokens, quotes, books, lexicon, off)
    scan.frames = frames(text, lo, hi) + settings
    for step in REGISTRY.steps(PROGRAM, "clause"):
        step.run(scan)
    goal = HEADING_GOAL.match(text, lo, hi)
    if goal is not None:  # (十)双碳智谷--打造中国北方清洁能源中心: the zone's goal, no program
        scan.found = [p for p in scan.found if p.start < goal.end()]
    scan.found.sort(key=lambda r: r.start)
    return scan.found


_CLAUSE_MARK = re.compile(r"[，；。！？]")

# a demonstrative, a disposal, a second verb or a visit (寻访红色教育基地) outside the quotes
_CLAUSE_IN_NAME = re.compile(r"这个|那个|^(?:或者?|并称|把(?!握|关)|寻访|参观|走访|探访)")
_QUOTED = re.compile(r"“[^”]*”")


# A short head after a quoted name that still names the program (“…”全流域治理,
# “三城一区”联动发展, “老家河南”文化IP), ending its phrase or reported done after it.
_QUOTE_HEAD = re.compile(
    r"(?!高质量发展)"  # (中医药事业产业文化“三位一体”高质量发展: a goal, not a program)
    r"(?:(?!等)[\u4e00-\u9fff]){0,4}?"  # (“先用后转”等集成改革: the kind of the list)
    + alternation(QUOTE_HEADS)
    + r"(?=[，。；、,;]|$|宣传|推广|"
    + TOPIC_VERB.pattern
    + ")"
)

# Heads after 等 that make the items only examples of a kind (…海洋工程、…等领域)
# a count of times opening a typed name (每年举办50场左右路演行动, 开展3次专项执法行动):
# occasions of a kind, not one named program
_TIMES = re.compile(r"(?:\d+|[两二三四五六七八九十百千]+)(?:余|多)?[场次](?:左右)?")
_EXAMPLE_HEADS = re.compile(r"(?:[、和][^，。；、“”]{1,14}){0,6}等" + alternation(EXAMPLE_HEADS))


# characters that open a verb of carrying out right after a quoted name
IMPLEMENT_VERB_CHARS = frozenset(v[0] for v in ("实施", "开展", "推进", "建设", "启动"))


def may_name_program(text: str, lo: int, hi: int, quotes: list[Span], books: list[Span]) -> bool:
    """Whether ``text[lo:hi]`` holds anything :func:`clause_programs` reads as a program.

    A quote or a title inside it, a type word that ends a phrase, or a slogan before a
    phrase break: without one of them every rule there finds nothing, whatever the tokens.
    """
    return (
        (bool(quotes) and any(lo <= q.start - 1 and q.end + 1 <= hi for q in quotes))
        or (bool(books) and any(lo <= b.start - 1 and b.end + 1 <= hi for b in books))
        or _typed_phrase_ends(text, lo, hi)
        or _slogan_ends(text, lo, hi)
        or LIST_CLOSE.search(text, lo, hi) is not None
        or DOCUMENT_HEAD.search(text, lo, hi) is not None  # (出台…实施意见: kg.relate.documents)
        or (lo >= 3 and HOSTED_BY.match(text, lo - 3) is not None)
        or HOSTED_AFTER.match(text, lo, hi) is not None
        or BRANDED.search(text, lo, hi) is not None  # (数字安徽建设: kg.relate.branded)
    )


@cache
def _type_word_matcher() -> Matcher[str]:
    return Matcher({w: w for w in TYPE_WORDS})


def _typed_phrase_ends(text: str, lo: int, hi: int) -> bool:
    """A type word in ``text[lo:hi]`` ends a phrase as the rules for unquoted names and
    enumerations need (…工程。, …工程建设, …平台建成, 工程积极引进…): where the rules' own
    test (:func:`type_word_ends_phrase`) holds, or a report or 实施 follows."""
    for _, found_end, _ in _type_word_matcher().find(text[lo:hi]):
        end = lo + found_end  # every occurrence, overlapping ones too (课程体系, 体系)
        if (
            type_word_ends_phrase(text, end, hi)
            or text[end] in "！？!?"
            or text.startswith(("实施", "落地"), end)
            or TOPIC_VERB.match(text, end, hi)
        ):
            return True
    return False


def _slogan_ends(text: str, lo: int, hi: int) -> bool:
    """A slogan (述学评学考学) of 6 or 8 characters ends a phrase of ``text[lo:hi]``."""
    for m in (*PHRASE_BREAK.finditer(text, lo, hi), None):
        end = m.start() if m else hi
        if end - 6 < lo or (text[end - 1] != text[end - 3] and text[end - 2] != text[end - 4]):
            continue  # neither the last pairs' second characters nor their first agree
        for n in (6, 8):
            if end - n >= lo and is_slogan(text[end - n : end]):
                if HAN_RUN.fullmatch(text, end - n, end):
                    return True
    return False


# Separators of quoted names that share what follows the last of them (“A”、“B”工程).
_QUOTE_JOINS = ("、", "和", "与", "及", "")


def _quote_groups(scan: ProgramScan) -> list[list[Span]]:
    """The clause's quoted names, consecutive ones joined by 、 (or nothing) in one group."""
    text = scan.text
    cq = [q for q in scan.quotes if scan.lo <= q.start - 1 and q.end + 1 <= scan.hi]
    groups: list[list[Span]] = []
    for q in cq:
        if groups and text[groups[-1][-1].end + 1 : q.start - 1].strip() in _QUOTE_JOINS:
            groups[-1].append(q)
        else:
            groups.append([q])
    return groups


@REGISTRY.register(
    program(
        "impl.quoted",
        0.74,
        "a quoted name governed by a verb of carrying out",
        doing=0.75,
    ),
    program(
        "impl.quoted-typed",
        0.9,
        "a quoted name with its type word governed by a verb of carrying out",
        doing=0.61,
        weak=0.79,
    ),
    program(
        "impl.topic",
        0.85,
        "a program first in its clause, then reported carried out (…启动实施, …建成)",
        unquoted=0.4,
        weak=0.6,
    ),
    scope="clause",
)
def quoted_names(scan: ProgramScan) -> None:
    """Quoted names (“三百工程”, “世界观方法论”系列课程) after a verb of carrying out, or
    first in the clause and reported carried out after them."""
    for group in _quote_groups(scan):
        _quoted_group(scan, group)


def _not_a_name(scan: ProgramScan, start: int, end: int, last: str) -> bool:
    """The quoted group at ``start``–``end`` (``last``: the words of its last quote) is no
    name: a short name of a name just written (…先导区（以下简称“先导区”）), a thing pointed at
    (打造的这个“…”开始营业), a problem fought (治理“餐桌污染”), an item of a list of problems
    (“校园餐”、…等突出问题治理), or a kind of use or a way of working (kg.relate.quoted:
    “低空+”应用场景, 采取“一区两翼”模式, “一河一策”)."""
    text = scan.text
    return (
        scan.framed(start, end)
        or text.endswith(NOT_NAMED_BEFORE, 0, start - 1)
        # (深化治理“餐桌污染”)
        or FIGHTS_BEFORE.search(text, max(0, start - 7), start - 1) is not None
        or PROBLEM_LIST.match(text, end + 1, scan.hi) is not None
        or NATIONAL_SET.match(text, end + 1, scan.hi) is not None
        or SHIFT_OR_MANY_BEFORE.search(text, max(0, start - 24), start - 1) is not None
        or (TO_AFTER.match(text, end + 1) is not None and "从" in text[scan.lo : start])
        or way_or_kind(last, text, end + 1)
    )


def _quoted_group(scan: ProgramScan, group: list[Span]) -> None:
    text, lo, hi = scan.text, scan.lo, scan.hi
    last = group[-1]
    after, q0 = last.end + 1, group[0].start - 1
    after = m.end() if (m := NOTE_MARK.match(text, after)) else after  # (“…”［9］建成运行)
    if _not_a_name(scan, group[0].start, last.end, last.text):
        return
    gov = governing_verb(text, scan.tokens, q0, lo)
    gov = outer_verb(text, scan.tokens, lo, gov, q0)
    suffix = type_suffix(text, after, hi)
    if suffix is None and COUNTED_AFTER.match(text, after, hi):
        return  # 打造“吨粮田”1000万亩: so much of a kind of land
    named_as = suffix[1] if suffix else group[0].text  # (推动“七项惠民行动”)
    if gov is not None and gov[0] not in ("impl", "do") and not _carries_out(gov, named_as):
        return  # learning (学习, 借鉴) carries nothing out; issuing only a plan (发布“两新”实施方案)
    gov = gov or pushed_by(text, scan.tokens, q0, lo, named_as)
    if many_or_doing(text, lo, q0, gov, suffix):
        return
    if gov is None and (built_at := _used_or_built(text, lo, hi, q0, suffix, after)) is not None:
        gov = ("do", "", built_at)
    head = None if suffix else _QUOTE_HEAD.match(text, after, hi)
    # 江苏推出的“润心计划”为…: a relative clause's head; what follows is the sentence's own
    relative = gov is not None and relative_head(text, group)
    if head is not None and head.group() == "建设" and last.text.endswith(TYPE_WORDS):
        head = None  # 推进…“十大基础设施项目”建设: the name has its type word
    own_head = None if head or suffix or relative else own_head_after(text, after, hi, gov)
    head = head or own_head
    reported = suffix[0] if suffix else head.end() if head else after
    lever = gov is None and LEVER.match(text, reported, hi) and text[:q0].endswith("以")
    topic = gov is None and not lever
    included = text.endswith("包括", lo, q0) and INCLUDED.match(text, after, hi)
    typed = suffix is not None or last.text.endswith(TYPE_WORDS)
    lead = topic_lead(text, scan.tokens, (lo, q0), reported, typed) if topic else ""
    if lead is None:
        return
    if suffix is None and not lever and not relative and (head is None or head is not own_head):
        if not _quote_ends_name(text, after, hi) and not included:
            return
    prefix_text = lead
    if gov is not None and not included:
        prefix_text = modifier_prefix(text, gov[2], q0)
    counted_set = bool(suffix and COUNTED_SET.match(text, after))  # (…等七大战略: each its own)
    named_by = None if counted_set else suffix
    for q in group:
        core = q.text.strip()
        if len(core) < 2 or (not suffix and not head and bare_quote(core, topic)):
            continue
        if (not suffix and len(core) > 24 and "、" in core) or SHORT_ACTIONS.match(text, q.start):
            continue  # “去库存、保交房、优保障以及…新模式”, “停课、停工、停业…”措施: tasks listed
        if not suffix and (is_formula(core) or _CLAUSE_MARK.search(core)):
            continue  # (“这么近，那么美，周末到河北”: a slogan; “一市一品牌，一县一特色”行动 is named)
        prefix = "" if q is not group[0] else prefix_text
        prefix = prefix or theme_prefix(text, q.start - 1, lo, scan.lexicon)
        # a bare or short type word is shared (“A”和“B”专项行动); a longer head is the last name's
        headed = own_type_word(core)  # (“芙蓉计划”“湘智兴湘”行动: its own)
        if named_by is not None and (q is last or (shared_type(named_by, after) and not headed)):
            # (泰山人才工程、“外专双百计划”等省级人才工程: a kind of the list, not its head)
            tw, own = named_by[1], headed and text[after] == "等"
            label = f"{prefix}“{core}”" + ("" if own or core.endswith(tw) else tw)
            # a bare or doubled type word adds nothing (“全闽乐购”活动, “千万工程”等重点工程)
            bare = len(tw.removeprefix("系列")) <= 2 and not common_name(core + tw)
            key = quoted_key(prefix, core if bare or label.endswith("”") else core + tw)
            end = named_by[0] if q is last else q.end + 1
            rule = "impl.quoted-typed"
        else:
            # a head shared by the names of a group, or the last one's own (“A”“B”融合发展)
            tail = text[head.start() : head.end()] if head is not None and q is last else ""
            label = f"{prefix}“{core}”{tail.removeprefix('的')}"  # (“…”的模式 is “…”模式)
            key = quoted_key(prefix, core)  # (“一表同享”改革 is “一表同享”)
            end = q.end + 1 + len(tail)
            rule = "impl.quoted-typed" if counted_set else "impl.quoted"  # (a set's item)
        # in a fixed order (a set's would follow the hash seed, and so the N-Triples)
        aliases = tuple(a for a in dict.fromkeys((core, f"“{core}”")) if a != label)
        start = q.start - 1 - len(prefix)
        variant = "doing" if gov is not None and gov[0] == "do" else None
        if topic:
            rule, variant = "impl.topic", None
        scan.add(rule, label, start, end, key=key, aliases=aliases, variant=variant)


def _used_or_built(
    text: str, lo: int, hi: int, quote_open: int, suffix: tuple[int, str] | None, after: int
) -> int | None:
    """Where the verb ends before a quoted name used (提升“1+M+N”服务体系效能) or built
    (加快“一部一基地六中心”区域应急工程建设, 加快“智慧山东”建设) without a verb of carrying out,
    or None; a modifier may stand between (加快观音寺调蓄工程、沙颍河“通港达园”项目建设)."""
    if suffix and used_for(text, lo, quote_open, suffix[0], hi):
        return quote_open
    if not suffix and widened(text, lo, quote_open, after):
        return quote_open  # 扩大“包邮西藏”覆盖面: carried out more widely
    return built_from(text, lo, quote_open, suffix[0] if suffix else after, _BUILT_MODIFIER)


# how long a modifier between a verb of building and a quoted name may be (沙颍河“通港达园”)
_BUILT_MODIFIER = 6


def _quote_ends_name(text: str, after: int, hi: int) -> bool:
    """Nothing after a quoted name (without a type word) makes it part of something else."""
    means = MEANS.match(text, after, hi)
    if means:
        # “揭榜挂帅”等举措, “理论宣传二人讲”等多种形式: means taken; but 通过“宣讲+服务”等形式:
        # a formula of the work's form, and “一喷三防”等方式: a way of doing, no program
        quoted = text[text.rfind("“", 0, after) : after]
        return "+" not in quoted and not means.group().endswith(("方式", "手段", "途径"))
    if _EXAMPLE_HEADS.match(text, after, hi) or NOT_PROGRAM_HEAD.match(text, after, hi):
        return False  # “X”等载体, “千万工程”经验, “四个不摘”要求
    note = NOTE_AFTER.match(text, after, hi)
    if note and NOT_PROGRAM_HEAD.match(text, note.end(), hi):
        return False  # “四区一中心”(全球海洋科技创新中心、…)具体定位: a note, then the head
    return not (
        after < hi
        and "\u4e00" <= text[after] <= "\u9fff"
        and not text.startswith(QUOTE_CONTINUATIONS, after)
        and not _QUOTE_HEAD.match(text, after, hi)
        and not TOPIC_VERB.match(text, after, hi)
        and text[after] not in IMPLEMENT_VERB_CHARS
        and not MEANS_FOR.match(text, after, hi)
    )  # “专精特新”企业: the quote qualifies another noun


_TYPO_QUOTE = re.compile(r"“([^”’]*)’")


@REGISTRY.register(
    program("impl.plan", 0.75, "a 《…》 plan drafted or issued by the actor"), scope="clause"
)
def plans(scan: ProgramScan) -> None:
    """《…》 plans after a verb of carrying out or of drafting and issuing (制定, 印发)."""
    for b in scan.books:
        if not (scan.lo <= b.start - 1 and b.end + 1 <= scan.hi):
            continue
        if scan.overlaps(b.start - 1, b.end + 1) and not scan.inside_only(b.start, b.end):
            continue  # (a quoted name inside the title is a program of its own as well)
        gov = governing_verb(scan.text, scan.tokens, b.start - 1, scan.lo)
        if gov is None and plan_reported(
            scan.text, scan.lo, scan.hi, b.start, b.end, scan.lexicon
        ):  # 请与《甘肃省…纲要（草案）》一并审议, 《北京…三年行动计划》正式发布: its own plan
            gov = ("impl", "", b.start - 1)
        if gov is None or (gov[0] == "block" and not own_plan(scan.lexicon, gov[1], b.text)):
            continue
        inner = ABOUT_PLAN.match(b.text)
        name = _TYPO_QUOTE.sub(r"“\1”", inner.group(1) if inner else b.text)
        head = PLAN_TITLE_HEAD.search(name)
        if head is not None and head.start() >= 4:  # (not 《纲要草案》, a short reference)
            scan.drop_within(b.start, b.end)  # a quoted name ending the title is the plan
            scan.add("impl.plan", name, b.start - 1, b.end + 1, aliases=(f"《{b.text}》",))


@REGISTRY.register(
    program(
        "impl.enumeration",
        0.5,
        "an enumeration of items named as N大工程 after a verb of carrying out",
    ),
    scope="clause",
)
def enumerations(scan: ProgramScan) -> None:
    """Enumerations named as a whole after a verb: 思想领航、党性铸魂…五大工程."""
    text = scan.text
    read_to = -1  # the end of the enumeration a verb before has opened
    for tok in scan.tokens:
        if tok.text not in IMPLEMENT_VERBS or tok.start < read_to:
            continue  # (质量管理建设提升行动: a verb inside an item of the enumeration)
        rest_end = phrase_end(text, tok.end, scan.hi)
        phrase = text[tok.end : rest_end]
        number = NUMBER_TYPE.search(phrase)
        for i_start, i_end, label in counted_set_items(phrase) if "、" in phrase else ():
            # …、重点产业招商聚能突破“三大行动”: each member, besides the set
            scan.add("impl.enumeration", label, tok.end + i_start, tok.end + i_end)
            read_to = rest_end
        if "、" in phrase and number:
            read_to = rest_end
            if any(q in phrase for q in QUOTES) or scan.overlaps(tok.end, rest_end):
                continue
            listed = phrase[: number.start()]
            if "等" in listed and not listed.endswith("等"):
                continue  # …、推动创新开放等六大领域推出26项举措: the list closes before
            items = re.split(r"等|、", listed)
            if all(i.endswith(TYPE_WORDS) for i in items if i):
                continue  # 打造人工智能赋能工程、…工程等十大工程: programs named each
            if NUMBER_TYPE.search(items[0]):
                continue  # 扩消费六大工程、城建六大攻坚行动和…八大提升行动: sets of their own
            if phrase[: number.start()].endswith("等"):
                # …、公司治理提质等六大行动: only some are named, each an action of its own
                head = type_word_ending(phrase) or ""
                pos = tok.end
                for item in items[:-1]:
                    if 4 <= len(item) <= 16:
                        scan.add("impl.enumeration", item + head, pos, pos + len(item))
                    pos += len(item) + 1
                continue
            scan.add("impl.enumeration", phrase, tok.end, rest_end)


def _carries_out(gov: tuple[str, str, int], type_word: str, text: str = "") -> bool:
    """Whether the governing verb carries a typed name out: a verb of carrying out (not 开发 in
    a task of research, 研究…技术，开发…平台: what it yields), one of fighting out a campaign
    (完成/打好…工程, 战役), or drafting a plan (发布…行动方案)."""
    return (
        (gov[0] == "impl" and not (gov[1] in DEVELOP_VERBS and RESEARCH_TASK.match(text)))
        or ((gov[1] in CAMPAIGN_VERBS or gov[1] in PUSH_VERBS) and type_word not in WEAK_TYPES)
        or (gov[0] == "plan" and type_word in PLAN_TYPES)
    )


@REGISTRY.register(
    program(
        "impl.typed-np",
        0.87,
        "an unquoted noun phrase ending in a type word after a verb of carrying out,"
        " or a numbered heading that is only the name ((一)…提升工程。)",
        builds=0.5,
        doing=0.6,
        heading=0.7,
        weak=0.65,
    ),
    "impl.topic",
    program(
        "impl.shared-type",
        0.5,
        "an item of a list that shares the type word of the last one (传统戏曲振兴、优秀剧本孵化计划)",
    ),
    scope="clause",
)
def typed_noun_phrases(scan: ProgramScan) -> None:
    """Unquoted noun phrases ending in a type word (青年干部理论提升工程, 中原大讲堂)
    after a verb, between 加快/加强 and 建设, or first in the clause and reported done."""
    text, lo, hi, tokens = scan.text, scan.lo, scan.hi, scan.tokens
    for idx, tok in enumerate(tokens):
        # (the text, not the token: jieba may cut a type word in two, 消费 + 季)
        if not text.endswith(TYPE_WORDS, lo, tok.end):  # one C call rules out most tokens
            continue
        tw = type_word_ending(text, lo, tok.end)
        if tw is None:
            continue
        end = tok.end
        if tw == "规划" and NOT_PLAN_END.match(text, end):
            continue  # 推动轨道交通M102线规划建设, …一体化规划、建设、管护机制, …规划实施评估
        parallel = parallel_item_start(text, tokens, idx + 2, lo)
        if text.startswith(LONGER_HEADS, end) or parallel is not None:
            continue  # 实施高等学校科研创新平台建设工程, 领导干部进项目、进企业…: the name goes on
        topic_next = end < hi and reported_after(text, end)
        if not topic_next and not type_word_ends_phrase(text, end, hi):
            continue
        if end < hi and _EXAMPLE_HEADS.match(text, end, hi):
            continue
        if POSITIONING.match(text, end, hi) or glossed_idea(text, end, hi):
            continue  # 立足“…自主创新示范区”的总体定位: what the zone is to be, not a program
        start = np_start(text, tokens, idx, lo, tw)
        if start is None:
            heading = heading_name(text, tokens, lo, hi, end, tw)
            if heading is not None and not scan.overlaps(heading, end):
                # (一)新一代信息技术产业智能提升工程。: a heading names the document's program
                scan.add("impl.typed-np", text[heading:end], heading, end, variant="heading")
            continue
        start = ordinal_start(text, levels_start(text, start, lo), lo)
        start = places_start(scan.text, scan.lo, start, scan.lexicon, scan.tokens)
        start = modifier_start(text, lo, start, end, scan.lexicon, scan.tokens)
        if topic_next and tw not in BUILT_TYPES and LISTED_TOPIC.fullmatch(text, lo, start):
            start = lo  # 汽车、光伏、钢铁等产业提质升级行动成效明显: the list is the name's
        quoted = QUOTED_RELATIVE.search(text, max(lo, start - 40), start)
        if (
            quoted is not None
            and not tw.endswith(("举措", "措施"))
            and not text.endswith("为", 0, quoted.start())  # (主题为“幸福乐章”的…: its theme)
        ):
            # 打造“全国领先、山东特色”的智慧高速品牌: the quote names it (not a measure's,
            # which a description does not name: “服务乡村振兴…”的交通惠民举措)
            start = quoted.start()
        label = text[start:end]
        if scan.overlaps(start, end) or scan.framed(start, end) or not _one_named(label, tw):
            continue
        if counted_projects(text, end, hi) and many_of_a_kind(label, core_of(label, tw), tw):
            continue  # 实施关键技术攻关项目100项: many of a kind (not 省级科技重大专项132项)
        if start > 0 and text[start - 1] in "与同" and PARTNERED.match(text, end):
            continue  # …与国家工业大数据中心对接: a partner, not what is carried out
        if RANKED.search(text, lo, start) or NOT_NAMED_LIST.match(text, end, hi):
            continue  # 打造形成全国领先的数字产业发展引领区: a standing aimed at, not a program
        gov = governing_verb(text, tokens, start, lo)
        gov = gov or pushed_by(text, tokens, start, lo, tw)  # 扎实推动金融强边富民行动
        # 甘肃的…项目持续推进, 青海建成的…调度中心正式投入运行: the province's own
        possessed = OWN_RELATIVE.fullmatch(text, lo, start) is not None
        if label in FORMULAS or not named(
            text, start, end, tw, scan.lexicon, gov and gov[1], possessed
        ):
            continue
        if (
            gov is not None
            and text.startswith(("一批", "一系列"), gov[2])
            and text[start - 1] == "等"
        ):
            continue  # 实施一批数字博物馆、…等数字文化场馆建设工程: many of a kind
        if gov is not None and _carries_out(gov, tw, text):
            # (完成/打好…工程, 战役: a verb of fighting out a named campaign carries it out)
            variant = "doing" if gov[0] == "do" else None
            for s_start, s_end, s_label in name_items(text, lo, start, end, tw):
                scan.add("impl.typed-np", s_label, s_start, s_end, variant=variant)
            _add_shared_type_items(scan, gov[2], start, end, tw)
        elif _used_name(scan, gov, label, start, end):
            scan.add("impl.typed-np", label, start, end, variant="doing")
        elif gov is None and built_named(text, lo, start, end, tw, scan.lexicon):
            scan.add("impl.typed-np", label, start, end, variant="builds")
        elif gov is None and topic_next and _reported_topic(scan, start, end, tw):
            scan.add("impl.topic", label, start, end, variant="unquoted")


def _one_named(label: str, tw: str) -> bool:
    """A specific name, not occasions of a kind counted before it (50场左右路演行动)."""
    return specific(label, tw) and not _TIMES.match(label)


def _reported_topic(scan: ProgramScan, start: int, end: int, tw: str) -> bool:
    """A typed name standing first in its clause, reported as carried out after it."""
    text, hi, label = scan.text, scan.hi, scan.text[start:end]
    if tw == "指数" or not is_topic(text, scan.lo, start, end):
        return False
    if tw in WEAK_TYPES and not CARRIED_OUT_VERB.match(text, end, hi):
        return False  # 社区卫生服务中心实现儿科诊疗服务全覆盖: facilities of a kind
    if (
        PREDICATE_INSIDE.search(label)
        or label.startswith(BLOCK_OPENERS)
        or opens_with_verb(scan.tokens, start, end)
        or "在" in label  # (“上海合作组织+”会议在天津梅江会展中心举行: the site)
    ):
        return False  # 这标志着该线路站房工程, 共同提升首都规划: a clause, not a name
    # 固定资产投资计划完成超过8600亿元: a target figure; 以色列计划今天举行…: a plan to
    return tw != "计划" or not (FIGURE_AFTER.match(text, end, hi) or PLANS_TO.match(text, end, hi))


def _used_name(
    scan: ProgramScan, gov: tuple[str, str, int] | None, label: str, start: int, end: int
) -> bool:
    """A program used: what the use yields follows it (发挥新旧动能转换基金作用, 增强5+2就业之家
    服务效能), or a named one is relied on (依托省数据枢纽工程; not 依托全省现有步道体系 or
    省级以上重点人才工程, a class of them)."""
    if (gov is None or gov[0] == "do") and used_for(scan.text, scan.lo, start, end, scan.hi):
        return True
    if gov is None and listed_where(scan.text, scan.lo, start, end):
        return name_mark(label, scan.lexicon)  # 在泰山学者青年专家项目、…等省级人才工程设立…
    return (
        gov is not None
        and gov[1] == "依托"
        and name_mark(label, scan.lexicon)
        and not CLASS_OF.search(label)
    )


def _add_shared_type_items(scan: ProgramScan, verb_end: int, start: int, end: int, tw: str) -> None:
    """The items listed between the verb and a typed name (kg.relate.heads)."""
    for label, i_start, i_end in shared_type_items(
        scan.text, verb_end, start, end, tw, scan.lexicon, scan.overlaps
    ):
        scan.add("impl.shared-type", label, i_start, i_end)


_SLOGAN = re.compile(r"[\u4e00-\u9fff]{6,8}")


@REGISTRY.register(
    program(
        "impl.slogan", 0.5, "a coined slogan of repeated morphemes (述学评学考学) after a verb"
    ),
    scope="clause",
)
def slogans(scan: ProgramScan) -> None:
    """Coined slogans of repeated morphemes right after a verb: 述学评学考学."""
    text = scan.text
    for tok in scan.tokens:
        if tok.text not in IMPLEMENT_VERBS:
            continue
        m = _SLOGAN.match(text, tok.end, scan.hi)
        if not m or m.end() != phrase_end(text, tok.end, scan.hi):
            continue
        word = m.group()
        if is_slogan(word) and not scan.overlaps(tok.end, tok.end + len(word)):
            scan.add("impl.slogan", word, tok.end, tok.end + len(word))
