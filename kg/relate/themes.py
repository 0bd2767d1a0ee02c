"""Theme rules: what a program serves.

Each rule is a step registered with its rules (id, confidence, description). The
sentence steps run first, in the order below: frames before a program (围绕 …), purpose
clauses after it (助力 …), and a topic clause opening the sentence. Then the program
steps run for each program in turn: a theme inside its name, the topic written around
a quoted name or before the name's words of doing, and the setting it is carried out in
(在主题教育中开展 …). How the themes of one program settle (a frame's theme outranks the
sentence's topic) is :func:`kg.relate.sentence.settle_themes`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from kg.relate.clauses import Clause, ClauseProgram, ThemeRef
from kg.relate.framescope import frame_closes, framed_after, own_action
from kg.relate.grammar import (
    ADVERB_RUN,
    ADVERBS_AT,
    FRAME,
    GIVE,
    IN_FRAME,
    LEAD_IN,
    LEVER,
    MANNER,
    OUTCOME,
    TOPIC_CLAUSE_VERB,
    VERB_ADVERB_RUN,
    frames,
    opens_part,
)
from kg.relate.nametheme import (
    culture_theme,
    kind_after,
    name_theme,
    place_role,
    slogan_aim,
)
from kg.relate.phrases import (
    clause_topic,
    frame_themes,
    modifier_theme,
    phrase_themes,
    purpose_themes,
    quote_is_theme,
    quoted_form_theme,
    quoted_name_theme,
    story_goal,
)
from kg.relate.registry import REGISTRY, THEME, theme
from kg.relate.words import (
    CLAUSE_VERBS,
    DESIGNATIONS,
    DOING_VERBS,
    FACILITY_HEADS,
    GENERIC_THEMES,
    IMPLEMENT_VERBS,
    PARALLEL_CUES,
    PLAN_VERBS,
    PURPOSE_CUES,
    STORY_PURPOSE_CUES,
    STRONG_CUES,
    STRONG_PURPOSE_CUES,
    alternation,
)
from kg.text.lexicon import Lexicon
from kg.text.mentions import TYPE_WORDS, Gazetteer, Span, ThemeHit, gazetteer, type_word_ending

__all__ = ["ThemeScan", "attach_themes"]


@dataclass
class ThemeScan:
    """A sentence as the theme rules read it: its clauses with their programs, and its themes."""

    text: str
    clauses: list[Clause]
    quotes: list[Span]
    themes: list[ThemeHit]  # the vocabulary's themes named in the sentence
    lexicon: Lexicon
    recent_themes: list[str]  # vocabulary ids named before, most recent last (这一…)
    off: Collection[str] = ()  # rules switched off
    # a story, written by no province: its purpose clauses say what the action is for (…，
    # 提升出行便利度), where a report's are as often tasks of their own (…，推动A，加强B)
    story: bool = False
    gaz: Gazetteer = field(init=False)

    def __post_init__(self) -> None:
        self.gaz = gazetteer(self.lexicon)

    def keep(self, refs: list[ThemeRef]) -> list[ThemeRef]:
        """``refs`` less those of rules switched off."""
        return [r for r in refs if r.rule not in self.off] if self.off else refs

    def ref(self, rule: str, key: str, label: str, start: int, end: int) -> ThemeRef:
        """A theme read by ``rule``, at its confidence."""
        return ThemeRef(key, label, start, end, rule, REGISTRY[rule].confidence)

    def vocabulary(self, rule: str, key: str, start: int, end: int) -> ThemeRef:
        """A vocabulary theme read by ``rule``."""
        return self.ref(rule, key, self.lexicon.themes[key].label, start, end)

    def purpose_refs(self, start: int, end: int, strong: bool = False) -> list[ThemeRef]:
        """The themes of the purpose ``text[start:end]`` (phrases.purpose_themes; ``strong``:
        after a strong cue), less those of rules switched off."""
        purpose, backref = REGISTRY["serves.purpose"], REGISTRY["serves.backref"]
        args = (self.themes, self.recent_themes, self.lexicon, purpose, backref, strong)
        return self.keep(purpose_themes(self.text, start, end, *args))


def attach_themes(
    text: str,
    clauses: list[Clause],
    quotes: list[Span],
    themes: list[ThemeHit],
    lexicon: Lexicon,
    recent_themes: list[str],
    off: Collection[str] = (),
    story: bool = False,
) -> None:
    """Add to each program of the clauses the themes the theme rules read for it (``story``:
    the sentence is a story's, a document no province wrote)."""
    scan = ThemeScan(text, clauses, quotes, themes, lexicon, recent_themes, off, story)
    for step in REGISTRY.steps(THEME, "sentence"):
        if not all(r in off for r in step.rules):
            step.run(scan)
    program_steps = [
        s for s in REGISTRY.steps(THEME, "program") if not all(r in off for r in s.rules)
    ]
    for cl in clauses:
        for p in cl.programs:
            for step in program_steps:
                step.run(scan, cl, p)


# -- sentence steps -----------------------------------------------------------------------


@REGISTRY.register(
    theme(
        "serves.frame",
        0.67,
        "a theme in a frame before the program (围绕/聚焦/紧扣 …)",
        phrase=0.66,
    ),
    scope="sentence",
)
def framed(scan: ThemeScan) -> None:
    """Frames before a program, in its clause or the clause before: 围绕“两个结合”开发…"""
    text, clauses = scan.text, scan.clauses
    for ci, cl in enumerate(clauses):
        for fs, fe in frames(text, cl.subject_end, cl.end):
            targets = [p for p in cl.programs if p.start >= fe]
            if (
                not targets
                and not any(p.start >= fs for p in cl.programs)
                and not text.startswith("等", fe)
            ):
                # 聚焦加快构建…现代化产业体系，深化实施…: no action of its own in the clause,
                # so the frame's object runs to the clause end
                fe = cl.end
            rule = REGISTRY["serves.frame"]
            refs = frame_themes(text, fs, fe, scan.quotes, scan.themes, scan.lexicon, rule)
            if not refs:
                continue
            if counted := _COUNTED_KIND.match(text, fe, cl.end):
                # 围绕电子信息、…等六大特色优势产业: the set the items are examples of
                kind = counted.group(1)
                conf = rule.confidence_of("phrase")
                refs = [ThemeRef("+" + kind, kind, counted.start(1), counted.end(1), rule.id, conf)]
            if not targets and not own_action(text, fe, cl.end):
                # (围绕…等加强全产业链布局，部署…平台: the frame is its clause's own action's)
                fronted = ci == 0 and not text[cl.start : fs].strip()
                targets = framed_after(text, clauses, ci, scan.story, fronted)
            if not targets and ci > 0 and frame_closes(text, clauses, ci, fs, fe):
                # 开展…推广行动，聚焦智能制造发展需求，…: a frame that no program follows
                # frames the program of the clause before it
                targets = list(clauses[ci - 1].programs)
            for p in targets:
                # (聚焦专项改革，扎实抓好“一市一试点、一县一特色”专项改革: the program's own head)
                p.themes.extend(r for r in refs if not p.label.endswith(r.label))


# a counted set after the examples a frame lists (…等六大特色优势产业), named by its kind
_COUNTED_KIND = re.compile(
    r"等[一二三四五六七八九十\d]+大([\u4e00-\u9fff]{2,8}?(?:领域|行业|产业|产业链|产业集群))"
    r"(?=[，。；]|$)"
)


@REGISTRY.register(
    theme(
        "serves.purpose",
        0.6,
        "a theme in a purpose clause after the program (助力/推动/引导 …)",
        phrase=0.58,
        measure=0.56,
    ),
    theme("serves.backref", 0.5, "a back-reference (这一重要思想) to the theme named before"),
    scope="sentence",
)
def purposes(scan: ThemeScan) -> None:
    """Purpose clauses after programs: …，助力…; …，为…注入新动力; a closing …，构建…"""
    text, clauses = scan.text, scan.clauses
    purpose_clauses: set[int] = set()
    for ci, cl in enumerate(clauses):
        if cl.programs:
            _purpose_inside(scan, ci)
            _goal_before_means(scan, ci)
            continue
        if _purpose_before(scan, ci):
            continue
        if cl.subjects is not None and ci > 0:
            continue
        found = _purpose_cue(text, clauses, ci, scan.story)
        if found is None:
            continue
        cue, cue_end = found
        strong = cue in STRONG_PURPOSE_CUES or OUTCOME.fullmatch(cue) is not None or scan.story
        stop = cl.end
        if cue == "以":  # …，以文化交流为主题: the theme stands between 以 and 为
            stop, strong = text.rfind("为", cue_end, cl.end), True
        refs = scan.purpose_refs(cue_end, stop, strong)
        if not refs and _goal_follows(text, clauses, ci):
            refs = scan.purpose_refs(clauses[ci + 1].start, clauses[ci + 1].end)
        if text.count("、", cue_end, cl.end) >= _GOALS_LIST:
            # …，推动实现高质量发展水平、科技创新实力、改革开放效能…: a list of goals, no aim;
            # only the kind that closes it is one (解决就业、医疗、托育、养老等民生领域…)
            close = text.rfind("等", cue_end, cl.end)
            refs = [r for r in refs if 0 <= close < r.start]
        if not refs:
            continue
        purpose_clauses.add(ci)
        targets = _purpose_targets(text, clauses, ci, cue, purpose_clauses)
        for ref in refs:
            # “人工智能+”“数据要素×”行动，推动人工智能赋能…: the aim a name states is its own
            own = [p for p in targets if text[ref.start : ref.end] in p.label]
            for p in own or targets:
                p.themes.append(ref)


# 为帮助企业拓展多元化市场，广西建立了…机制: a purpose stated before the action it is for
_PURPOSE_FIRST = re.compile(
    r"\s*为了?(?:进一步|持续|更好地?|全面|切实)?" + alternation(PURPOSE_CUES)
)
# nouns that open with a cue's characters (服务业, 引导基金, 保障房): a clause opening with one
# is about its subject or means, and opens with no cue (以服务业挖潜…创造新的就业机会)
_CUE_NOUNS = ("服务业", "引导基金", "保障房")
# 促进外贸稳量提质，福建深化“福品销全球”活动: a strong cue opening the sentence, before the
# province that acts (not …，推动…: a task of a list)
_FRONTED_PURPOSE = re.compile(
    r"\s*(?:进一步)?(?!"
    + alternation(_CUE_NOUNS)
    + ")"
    + alternation(tuple(c for c in STRONG_PURPOSE_CUES if len(c) > 1))
)


# 以提高人均受教育年限为目标，深入实施…: the goal a clause opening the sentence sets
_GOAL_FRAME = re.compile(r"\s*以(?:提高|提升|加快)?([^，。；]{2,24}?)为(?:目标|牵引)\s*")


def _purpose_before(scan: ThemeScan, ci: int) -> bool:
    """A clause of purpose opened by 为 (为帮助…，为促进…) is the aim of the programs of the
    clause right after it, whoever carries them out; so is one opened by a strong cue that
    opens the sentence before a province acting (促进…，福建深化…), and so is the goal such a
    clause sets (以…为目标, 以…为牵引: since 0.9.156), and in a story a province's clause that
    only pursues a goal (四川加快推动科技成果转化，搭建…: since 0.9.174). Whether it was one."""
    text, clauses = scan.text, scan.clauses
    if ci + 1 >= len(clauses) or opens_part(text, clauses[ci + 1].start):
        return False
    lead = _PURPOSE_FIRST.match(text, clauses[ci].start, clauses[ci].end)
    if lead is None and _opens_sentence(text, clauses, ci) and clauses[ci + 1].subjects:
        lead = _FRONTED_PURPOSE.match(text, clauses[ci].start, clauses[ci].end)
    if lead is not None:
        refs = scan.purpose_refs(lead.end(), clauses[ci].end, True)
    elif _opens_sentence(text, clauses, ci) and (
        goal := _GOAL_FRAME.fullmatch(text, clauses[ci].start, clauses[ci].end)
    ):
        refs = scan.purpose_refs(goal.start(1), goal.end(1), True)
    elif scan.story and (cue_end := story_goal(text, clauses[ci], clauses[ci + 1])) is not None:
        refs = scan.purpose_refs(cue_end, clauses[ci].end, True)
    else:
        return False
    for p in clauses[ci + 1].programs:
        p.themes.extend(refs)
    return True


# 黑龙江积极推动科技创新和产业创新深度融合，通过打造…: the goal, then the means
_GOAL_VERB = re.compile(r"(?:推动|推进|促进|实施|加快)(?!实施|建设|开展)")
_BY_MEANS = re.compile(
    r"\s*通过(?=" + alternation(("打造", "实施", "建设", "开展", "搭建", "建立")) + ")"
)


def _goal_before_means(scan: ThemeScan, ci: int) -> None:
    """A clause that opens with 通过 and a verb of building, after a clause that only pushes
    a goal forward (推动…融合, 实施转型升级), states the means: its programs serve the goal."""
    text, clauses = scan.text, scan.clauses
    cl = clauses[ci]
    if ci == 0 or not _BY_MEANS.match(text, cl.start, cl.end):
        return
    prev = clauses[ci - 1]
    if prev.programs or not _opens_sentence(text, clauses, ci - 1):
        return
    verbs = list(_GOAL_VERB.finditer(text, prev.subject_end, prev.end))
    if not verbs:
        return
    refs = scan.purpose_refs(verbs[-1].end(), prev.end, True)
    for p in cl.programs:
        p.themes.extend(refs)


def _opens_sentence(text: str, clauses: list[Clause], ci: int) -> bool:
    """The clause opens its sentence, or follows only a lead-in (今年，…)."""
    if ci == 0:
        return True
    prev = clauses[ci - 1]
    return ci == 1 and LEAD_IN.fullmatch(text[prev.start : prev.end].strip()) is not None


# so many items (、) after a cue make the clause a list of goals, not one program's aim
_GOALS_LIST = 3


# the cues that open a purpose with no comma before (not 服务, 支持: 服务保障, 服务平台)
_INSIDE_CUES = ("推动", "促进", "助力", "带动", "助推", "服务于", "服务和融入")


def _purpose_inside(scan: ThemeScan, ci: int) -> None:
    """创新医师“省管县用”推动优质医疗资源下沉: a strong cue right after the clause's last
    program opens its purpose, in the same clause; so does the action after a lever
    (以“四改”为抓手提升城镇品质, or in the next clause: …为抓手，扎实推进…)."""
    text, cl = scan.text, scan.clauses[ci]
    last = max(cl.programs, key=lambda p: p.end)
    goal = _lever_goal(text, scan.clauses, ci, last.end)
    if goal is not None:
        last.themes.extend(scan.purpose_refs(goal[0], goal[1], True))
        return
    cue = next((c for c in _INSIDE_CUES if text.startswith(c, last.end)), None)
    if cue is None:
        return
    last.themes.extend(scan.purpose_refs(last.end + len(cue), cl.end, True))


# 以“四改”为抓手提升…: the action after the lever (grammar.LEVER), and what it is done to
_LEVER_ACTIONS = (
    "推动形成",
    "推进",
    "推动",
    "促进",
    "提升",
    "提高",
    "加快",
    "打造",
    "助力",
    "带动",
)


def _lever_goal(text: str, clauses: list[Clause], ci: int, pos: int) -> tuple[int, int] | None:
    """Where the object of the action after a lever stands (its start and end)."""
    cl = clauses[ci]
    lever = LEVER.match(text, pos, cl.end)
    if lever is None:
        return None
    pos, end = lever.end(), cl.end
    if not text[pos:end].strip("，,。；; "):
        if ci + 1 >= len(clauses) or clauses[ci + 1].subjects is not None:
            return None
        if opens_part(text, clauses[ci + 1].start):
            return None
        pos, end = clauses[ci + 1].start, clauses[ci + 1].end
    adverbs = VERB_ADVERB_RUN.match(text, pos, end)  # (扎实推进…)
    for at in (pos, adverbs.end() if adverbs else pos):
        verb = next((v for v in _LEVER_ACTIONS if text.startswith(v, at)), None)
        if verb is not None:
            return at + len(verb), end
    return None


# the cues of a story's purposes: every document's, and a few that say what it brings about
_STORY_CUES = (*PURPOSE_CUES, *STORY_PURPOSE_CUES)


def _purpose_cue(
    text: str, clauses: list[Clause], ci: int, story: bool = False
) -> tuple[str, int] | None:
    """The cue opening clause ``ci`` as a purpose, and where it ends (``story``: a story's
    sentence, where a few more verbs state what a program brings about)."""
    cl = clauses[ci]
    body = text[cl.start : cl.end].lstrip()
    offset = cl.start + (len(text[cl.start : cl.end]) - len(body))
    adv = ADVERB_RUN.match(body)
    rest = body[adv.end() :] if adv else body
    cues = () if rest.startswith(_CUE_NOUNS) else (_STORY_CUES if story else PURPOSE_CUES)
    cue = next((c for c in cues if rest.startswith(c)), None)
    if cue is not None:
        cue_end = offset + (adv.end() if adv else 0) + len(cue)
    elif GIVE.match(text, offset, cl.end):
        cue, cue_end = "为", offset
    elif _WITH_AS.fullmatch(body.rstrip("。！？!?；; \n")):
        cue, cue_end = "以", offset + 1
    elif (
        ci == len(clauses) - 1
        and ci > 0
        and (m := OUTCOME.match(rest))
        and not rest.rstrip("。！？!?；; \n").endswith(TYPE_WORDS)
    ):
        # …“透视山东”建设，构建山东省域三维时空基础底座: the last clause, with no program
        # of its own, says what the actions before it build up to
        cue, cue_end = m.group(), offset + (adv.end() if adv else 0) + m.end()
    else:
        return None
    if FRAME.match(cue) and any(
        text.find(v, cue_end + 2, cl.end) >= 0 for v in (*IMPLEMENT_VERBS, *PLAN_VERBS)
    ):
        return None  # 聚焦“十三个坚持”核心要义制定实施方案: a frame of the next action
    if cue in PARALLEL_CUES and _action_follows(text, clauses, ci):
        return None  # 深化A，推动B，加强C: one more action of a list, not A's purpose
    if text.startswith(_ACTION_AFTER_CUE, cue_end):
        return None  # …收官，推动出台民营经济促进条例: an action of its own, no aim
    tail = text[cue_end : cl.end].rstrip("。！？!?；; \n")
    if cue in PARALLEL_CUES and tail.endswith("建设"):
        return None  # …工程，推动深远海风电等重大项目建设: building more, not an aim
    if tail.endswith(_SETTLES):
        return None  # …试点，推动数字人民币国际运营中心落户: bringing something in, no aim
    if cue in PARALLEL_CUES and _NAMED_SITES.search(tail):
        return None  # …示范区建设，支持滨海-中关村科技园等合作园区发展: more sites, not an aim
    return cue, cue_end


# verbs of making and launching right after a cue: the clause is an action of its own
_ACTION_AFTER_CUE = ("出台", "制定", "设立", "组建", "成立", "召开", "举办")
# …落户, …挂牌: an organisation brought in or opened, not what the program is for
_SETTLES = ("落户", "挂牌", "揭牌")

# named sites listed as examples of a kind (滨海-中关村科技园等合作园区): places the work goes on
_NAMED_SITES = re.compile(r"(?:" + "|".join(FACILITY_HEADS) + r"|园|平台)等")


# a clause after a program that names its theme: …，以“科技光影”为主题 (以…为, the gold rules)
_WITH_AS = re.compile(r"以[^，；以为]{2,20}为(?:主题|主线|重点|目标|核心|导向)")


# verbs opening a clause that is a task of its own (做实…工作, 加强…管理)
# (not 组织: …大学习，组织党员干部带着嘱托学，推动…: how the program is carried out)
# and, since 0.9.226, verbs of pushing a task on (加快重点行业落后产能淘汰…: words/parallel_cues.txt)
_TASK_VERBS = (
    *(v for v in (*IMPLEMENT_VERBS, *DOING_VERBS) if len(v) > 1 and v != "组织"),
    *PARALLEL_CUES,
)
# so many clauses make a sentence a list of tasks, whose closing purpose is the list's
_TASK_LIST = 6


def _purpose_targets(
    text: str, clauses: list[Clause], ci: int, cue: str, purpose_clauses: set[int]
) -> list[ClauseProgram]:
    """The programs a purpose clause is the purpose of: those of up to two clauses before;
    none when it gives the whole of a long list of tasks what it works for (…，实施基层智慧治理
    建设工程，为高质量发展营造安全稳定环境: the sentence's six tasks', since 0.9.210)."""
    if cue == "为" and ci == len(clauses) - 1:
        tasks = [c for c in clauses if len(text[c.start : c.end].strip("，,。；; ")) > 4]
        if len(tasks) >= _TASK_LIST:  # (not 同时, a lead-in, nor 今年: no task)
            return []
    targets: list[ClauseProgram] = []
    seen_program_clauses = 0
    for cj in range(ci - 1, -1, -1):
        prev = clauses[cj]
        if cj in purpose_clauses or opens_part(text, clauses[cj + 1].start):
            break  # (a purpose does not reach back over ；)
        if prev.programs:
            targets.extend(prev.programs)
            seen_program_clauses += 1
            if seen_program_clauses == 2:
                break
        elif MANNER.match(text, prev.start, prev.end):
            continue  # 从产业协同、政策支持等多方面发力: how, not another action
        elif prev.end - prev.start > 6 and (
            cue not in STRONG_CUES
            or cj < ci - 1
            or len(clauses) >= _TASK_LIST
            or _opens_with_action(text, prev)
        ):
            # an action of its own stands between: the purpose is not the program's (in a
            # long list of tasks, …中心，牢牢守住…底线，更好服务实体经济: not even after a strong cue)
            break
        if prev.subjects is not None or prev.blocked:
            break
    return targets


def _goal_follows(text: str, clauses: list[Clause], ci: int) -> bool:
    """Whether the clause after a purpose cue that names no theme (围绕“县县优秀”目标，) goes on
    with the goal (集中各方力量巩固脱贫攻坚成果): not a task of its own, with its own actor,
    program or verb of action (大力吸引企业设立…中心，推动海关特殊监管区域深化改革: since 0.9.250)."""
    if ci + 1 >= len(clauses):
        return False
    nxt = clauses[ci + 1]
    if nxt.subjects is not None or nxt.programs:
        return False
    return not _opens_with_action(text, nxt)


# adverbs of effort (大力吸引…, 着力…): a clause they open is a task, whatever its verb
_EFFORT = re.compile("大力|着力|全力|加快|加力|努力|切实")


def _opens_with_action(text: str, cl: Clause) -> bool:
    """The clause opens with a verb of carrying out or working on something (做实重大项目前期
    工作), or of pushing a task on (加快重点行业落后产能淘汰…, since 0.9.226), or with an adverb
    of effort (大力吸引企业设立…, since 0.9.250): a task of its own, which a purpose after it
    does not reach over (since 0.9.213)."""
    pos = cl.start
    adv = ADVERB_RUN.match(text, pos, cl.end)
    lead = ADVERBS_AT.match(text, pos, cl.end)
    if lead and _EFFORT.search(lead.group()):
        return True
    pos = adv.end() if adv else pos
    return text.startswith(_TASK_VERBS, pos)


def _action_follows(text: str, clauses: list[Clause], ci: int) -> bool:
    """The clause after ``ci`` (same ；-part) opens with a verb of action of its own."""
    if ci + 1 >= len(clauses):
        return False
    nxt = clauses[ci + 1]
    if opens_part(text, nxt.start) or nxt.subjects is not None:
        return False
    pos = nxt.start
    adv = ADVERB_RUN.match(text, pos, nxt.end)
    if adv:
        pos = adv.end()
    return bool(TOPIC_CLAUSE_VERB.match(text, pos, nxt.end)) or any(
        text.startswith(v, pos) for v in (*IMPLEMENT_VERBS, *CLAUSE_VERBS)
    )


_BUILT_ENDS = (
    "体系",
    "平台",
    "机制",
    "制度",
    "积分制",
    "责任制",
    "底座",
    "能级",
    "枢纽",
    "中心",
    "基地",
)


# How many clauses of action after it a topic clause reaches: the next one only, since
# the clauses after that are as often new topics of their own.
_TOPIC_REACH = 1


@REGISTRY.register(
    theme(
        "serves.topic",
        0.35,
        "the aim a topic clause opening the sentence states (推动…扩面提质，实施…)",
        phrase=0.5,
    ),
    scope="sentence",
)
def topic_clauses(scan: ThemeScan) -> None:
    """A topic clause opening the sentence (or a ；-part) states what the actions after it
    are for: 推动社会保险扩面提质，实施高质量参保行动 → 社会保险扩面提质."""
    text, clauses = scan.text, scan.clauses
    for ci, cl in enumerate(clauses):
        if not _opens_topic(text, clauses, ci):
            continue
        if cl.programs or cl.subjects is not None or cl.blocked:
            continue
        if len(clauses) - ci > _TASK_LIST:
            continue  # 提高金融服务质效，推动设立…基金，…，…: a heading over a long list of tasks
        rule = REGISTRY["serves.topic"]
        refs = clause_topic(text, cl.start, cl.end, scan.themes, scan.lexicon, rule)
        # 健全现代公共法律服务体系，编制实施“九五”普法规划: a thing built beside the
        # program is a task of its own, not what the program is for
        refs = [r for r in refs if not r.label.endswith(_BUILT_ENDS)]
        if not refs:
            continue
        reach = _TOPIC_REACH
        for nxt in clauses[ci + 1 :]:
            if nxt.subjects is not None or nxt.blocked or opens_part(text, nxt.start):
                break
            if not nxt.programs and (
                FRAME.match(text, nxt.start, nxt.end) or MANNER.match(text, nxt.start, nxt.end)
            ):
                continue  # 聚焦…等关键环节, 从…发力: how the work is done, between topic and action
            for p in nxt.programs:
                have = {r.key for r in p.themes}
                p.themes.extend(r for r in refs if r.key not in have)
            reach -= 1
            if reach == 0:
                break


def _opens_topic(text: str, clauses: list[Clause], ci: int) -> bool:
    """Clause ``ci`` opens the sentence or a ；-part (after a lead-in alone, too)."""
    cl = clauses[ci]
    opens = cl.start == 0 or opens_part(text, cl.start) or not text[: cl.start].strip()
    if not opens and ci > 0:
        # 同时，发展清洁能源产业，…: a lead-in alone does not take the topic's place
        prev = clauses[ci - 1]
        prev_text = text[prev.start : prev.end].strip()
        prev_opens = prev.start == 0 or opens_part(text, prev.start)
        opens = prev_opens and LEAD_IN.fullmatch(prev_text) is not None
    return opens


# -- program steps ------------------------------------------------------------------------


@REGISTRY.register(
    theme("serves.embedded", 0.65, "a theme named inside the program's own name"),
    scope="program",
)
def embedded(scan: ThemeScan, cl: Clause, p: ClauseProgram) -> None:
    """A vocabulary theme inside the program's name: …学习宣传研究工程 serves the thought."""
    text, base = scan.text, p.start
    name = text[p.start : p.end]
    # 济南、青岛未来产业先导区: the first place's name is no stretch of the text; read its label
    synthesized = name != p.label and "“" not in p.label and p.label not in text
    if synthesized:
        text, base = p.label, 0
        name = p.label
    quoted = (
        [] if synthesized else [q for q in scan.quotes if p.start <= q.start and q.end <= p.end]
    )
    tw = type_word_ending(p.label) or ""
    end = base + len(name)
    for hit in scan.gaz.themes(name):
        hs, he = base + hit.start, base + hit.end
        inside = next((q for q in quoted if q.start <= hs and he <= q.end), None)
        # (“双碳”综合管理平台, “以旧换新”进乡村活动: the whole quote is the theme, and the
        # name says more than the quote and its type word, so the theme is what it is for)
        whole = (
            inside is not None
            and he == inside.end
            and quote_is_theme(text, inside, p.start, p.end, tw)
        )
        if he - hs < 4 and not whole:
            continue
        if inside is not None and (he - hs) * 2 < len(inside.text):
            continue  # a word of a slogan (牢记嘱托学思想…), not what the program is about
        if inside is not None and (he - hs) * 5 >= len(inside.text) * 4 and not whole:
            continue  # “人工智能+”行动: the quoted name is the program, not a topic
        if text[he - 1] == "+" and text[he : he + 1].isalnum():
            continue  # “互联网+政务服务”, “互联网+AI监管”: the means of the work, not a topic
        if he == end and tw and he - hs - len(tw) <= 2 and text.endswith(tw, hs, he):
            continue  # …思想主题教育: the head (主题教育), not what the program is about
        if (he - hs) + len(tw) >= len(p.label.strip("“”")):
            continue  # 党史学习教育: the program is named by the theme alone
        if (
            end - len(tw) - he >= 5
            and scan.lexicon.themes[hit.key].label.endswith("建设")
            and not text.endswith("建设", hs, he)
        ):
            continue  # 城市基础设施生命线安全工程: a modifier of what it builds, not building it
        if tw in DESIGNATIONS:
            break  # …数字化转型试点: a pilot names the field it tries, not its aim
        if scan.lexicon.themes[hit.key].label in GENERIC_THEMES:
            continue  # …高质量发展行动计划: too general to say what the program is for
        span = (hs, he)
        if synthesized:  # (where the theme is written: in the shared name after the item)
            at = scan.text.find(name[hit.start : hit.end], p.start, cl.end)
            span = (at, at + hit.end - hit.start) if at >= 0 else (p.start, p.end)
        p.themes.append(scan.vocabulary("serves.embedded", hit.key, *span))


@REGISTRY.register(
    theme(
        "serves.around-quote",
        0.62,
        "the topic written around a quoted name (职工关心关爱“四个1”活动) or by its form"
        " (“体育+”行动, “法治山东”)",
    ),
    theme(
        "serves.name",
        0.64,
        "the topic a program's name states before its words of doing (…振兴行动)",
        field=0.45,
    ),
    scope="program",
)
def name_topics(scan: ThemeScan, cl: Clause, p: ClauseProgram) -> None:
    """The topic a program's name states: around a quoted name (“九五”普法规划 → 普法),
    else before its words of doing (县域普通高中振兴行动 → 县域普通高中), unless a
    vocabulary theme inside the name says it already."""
    around, shared = None, False
    if "serves.around-quote" not in scan.off:
        around = quoted_name_theme(p.label)
        shared = around is not None  # (“超算+”“区块链+”: a form theme is each name's own)
        around = around or quoted_form_theme(p.label, scan.lexicon)
    if around is None and "serves.around-quote" not in scan.off:
        around = modifier_theme(scan.text, cl.start, p.start, p.label)
    if around and (place_role(around, scan.lexicon) or around == p.label.strip("“”")):
        around = None  # 张家口首都“两区”建设: where the work is; “放心消费”: the name again
    if around:
        p.themes[:] = [r for r in p.themes if r.label not in GENERIC_THEMES]
        ref = scan.ref("serves.around-quote", "+" + around, around, p.start, p.end)
        p.themes.append(ref)
        if shared and p.label.startswith("“"):
            # “文化进万家”“送戏下乡”等惠民活动: the head is shared by the names before
            for q in _quote_group_before(scan.text, cl.programs, p):
                q.themes.append(ref)
    elif (
        "serves.name" not in scan.off
        and p.rule != "impl.enumeration"  # (教师培优育强、…“六大行动”: tasks, no topic)
        and not any(r.rule == "serves.embedded" for r in p.themes)
    ):
        label = p.label
        if label.startswith("“") and label.endswith("”") and label.count("“") == 1:
            label = label[1:-1]  # “工业数据采集专项行动”: a typed name inside the quotes
        named = name_theme(label, scan.lexicon)
        if named:
            p.themes.append(scan.ref("serves.name", "+" + named, named, p.start, p.end))
        elif named := slogan_aim(label, scan.lexicon) or (
            None if "“" in label else name_theme(label, scan.lexicon, field=True)
        ):
            # 量子计算研发平台 → 量子计算: the field, kept only when nothing else is read (not
            # around a quote, 省“双碳”管理一体化平台: the quote is the topic, the rest its form);
            # so is the aim of a province's slogan (“引客入赣”工程 → 旅游)
            conf = REGISTRY["serves.name"].confidence_of("field")
            p.themes.append(ThemeRef("+" + named, named, p.start, p.end, "serves.name", conf))
    if "serves.name" in scan.off:
        return
    culture = culture_theme(p.label, scan.lexicon)
    if culture and not any(culture in r.label or r.label in culture for r in p.themes):
        # 黄河文化旅游季: the culture besides 文化旅游, 良渚文化大走廊 → 良渚文化
        p.themes.append(scan.ref("serves.name", "+" + culture, culture, p.start, p.end))
    # (“四季村晚”等文化惠民活动 is named “四季村晚”活动: its kind is read after the quote, as a name's)
    listed = scan.text.find("”等", p.start, p.end)
    kind_from = p.end if listed < 0 else listed + 1
    if kind := kind_after(scan.text, kind_from, cl.end):
        # 办好新春消费季、…、上海旅游节等扩消费活动: the kind of the list says what for
        p.themes.append(scan.ref("serves.name", "+" + kind[0], kind[0], kind[1], kind[2]))


def _quote_group_before(
    text: str, programs: list[ClauseProgram], last: ClauseProgram
) -> list[ClauseProgram]:
    """Bare quoted names listed right before ``last`` (“A”“B”等…活动 → “A”)."""
    out: list[ClauseProgram] = []
    nxt = last
    for p in sorted(programs, key=lambda p: -p.start):
        if p.start >= nxt.start:
            continue
        if text[p.end : nxt.start] not in ("", "、", "和", "与", "及"):
            break
        if not (p.label.startswith("“") and p.label.endswith("”")):
            break
        out.append(p)
        nxt = p
    return out


@REGISTRY.register(
    theme(
        "serves.context",
        0.5,
        "a theme the program is carried out in (在主题教育中开展 …, 在…等关键领域实施 …)",
        phrase=0.5,
    ),
    scope="program",
)
def settings(scan: ThemeScan, cl: Clause, p: ClauseProgram) -> None:
    """The setting a program is carried out in: 在主题教育中开展… serves 主题教育; 在先进
    材料、高端装备等关键领域实施… serves each field."""
    for m in IN_FRAME.finditer(scan.text, cl.subject_end, p.start):
        found = [
            scan.vocabulary("serves.context", th.key, th.start, th.end)
            for th in scan.themes
            if m.start(1) <= th.start and th.end <= m.end(1)
        ]
        if not found and scan.text.endswith(("领域", "行业"), 0, m.end()):
            rule = REGISTRY["serves.context"]
            conf = rule.confidence_of("phrase")
            # 在能源、化工、冶金等领域: each field is a theme of its own
            pos = m.start(1)
            for item in scan.text[m.start(1) : m.end(1)].split("、"):
                found += phrase_themes(scan.text, pos, pos + len(item), [], rule.id, conf)
                pos += len(item) + 1
        p.themes.extend(found)
