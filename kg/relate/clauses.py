"""Relate mentions: who implements which program, and which theme a program serves.

The unit is a sentence, cut into clauses at ，；：. Each clause has a subject: provinces
named at its start, or the subject carried from the clause before, or (in a provincial
work report) the province that wrote the document.  A program is implemented when the
nearest verb before it is a verb of carrying out; it serves a theme named in a frame
before it (围绕 …), in a purpose clause after it (助力 …), or inside its own name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

import ahocorasick

from kg.model import Token
from kg.relate import words as W
from kg.relate.words import alternation
from kg.text.lexicon import Lexicon
from kg.text.mentions import (
    QUOTES,
    TYPE_WORDS,
    GeoHit,
    Span,
    ThemeHit,
    find_book_titles,
    find_quotes,
    gazetteer,
    program_key,
)
from kg.text.segment import segment_spans

__all__ = [
    "BLOCK_VERBS",
    "IMPLEMENT_VERBS",
    "PURPOSE_CUES",
    "RULES",
    "ClauseProgram",
    "SentenceFacts",
    "ThemeRef",
    "relate_sentence",
]

# Verbs of carrying out a program (the gold rules' list and its near synonyms).
IMPLEMENT_VERBS = W.IMPLEMENT_VERBS

# Learning from, borrowing or joining someone else's program is not implementing it.
BLOCK_VERBS = W.BLOCK_VERBS

# Verbs that hand the action to someone else (支持甘南开展…, 争取…纳入, 获批建设…): the
# program that follows is another actor's, or a national one the province only takes part in.
_DELEGATE_VERBS = W.DELEGATE_VERBS
# Heads after a quoted name that make it an idea, a requirement or someone's experience.
_NOT_PROGRAM_HEADS = re.compile(alternation(W.NOT_PROGRAM_HEADS))
# What a quoted name may be followed by and still be the name of a program.
_QUOTE_CONTINUATIONS = W.QUOTE_CONTINUATIONS
# A short head after a quoted name that still names the program (“…”全流域治理, “…”融合治理).
_QUOTE_HEAD = re.compile(r"[\u4e00-\u9fff]{0,4}(?:治理|改革|建设|模式)(?=[，。；、,;]|$)")
# Only for 《…》 documents: a plan is implemented by drafting and issuing it.
_PLAN_VERBS = W.PLAN_VERBS

# Cues that open a purpose clause after a program.
PURPOSE_CUES = W.PURPOSE_CUES
# Cues strong enough to reach back over one clause that elaborates the program.
_STRONG_CUES = W.STRONG_CUES
# Adverbs that may stand before a cue.
_ADVERBS = re.compile("^" + alternation(W.ADVERBS) + "*")
# Cues of a frame standing before the program (围绕“两个结合”等开发…).
_FRAME = re.compile(alternation(W.FRAME_CUES))
_IN_FRAME = re.compile(r"在([^，；在]{2,20}?)(?:中|期间|过程中)")

# Collective subjects: never a province, and they stop a carried subject.
_COLLECTIVE = re.compile(alternation(W.COLLECTIVE_ACTORS))
# The author of a provincial work report speaking of itself.
_AUTHOR = re.compile(alternation(W.AUTHOR_WORDS))
# Words that may follow a province name as part of the subject.
_SUBJECT_SUFFIX = re.compile(alternation(W.SUBJECT_SUFFIXES))
_LEAD_IN = re.compile(alternation(W.LEAD_INS)[:-1] + r"|\d{4}年)")
_JOIN = re.compile(r"[、和与及暨]")
# A sentence that goes on with the actor of the sentence before it.
_CONTINUES = re.compile(r"\s*" + alternation(W.SENTENCE_CONTINUATIONS))
# 两地, 两省市, 三省: the provinces named together before.
_GROUP_REF = re.compile(r"(两|三|四)(?:地|省市|省区|省|市)(?:共同|携手|合作|联合)?")
_GROUP_SIZE = {"两": 2, "三": 3, "四": 4}

# Heads that mean the items before 等 are only examples of a kind, not programs themselves.
_EXAMPLE_HEADS = re.compile("等" + alternation(W.EXAMPLE_HEADS))
_PHRASE_END = frozenset("，。；：、等和与及）)”》\n,;:")
_CLAUSE_BREAK = frozenset("，；：,;:！？!?")
_GENERIC_CORES = W.GENERIC_CORES
_NUMBER_TYPE = re.compile(
    r"[一二三四五六七八九十两百千0-9]+(?:大|项|个|类)?(?:" + "|".join(TYPE_WORDS) + r")$"
)

_GLOSSARY = re.compile(r"\s*\d{1,2}[.．]\s*[^，。：:；]{2,40}[：:]")

RULES: dict[str, str] = {
    "impl.quoted": "a quoted name governed by a verb of carrying out",
    "impl.quoted-typed": "a quoted name with its type word governed by a verb of carrying out",
    "impl.typed-np": "an unquoted noun phrase ending in a type word after a verb of carrying out",
    "impl.enumeration": "an enumeration of items named as N大工程 after a verb of carrying out",
    "impl.plan": "a 《…》 plan drafted or issued by the actor",
    "impl.slogan": "a coined slogan of repeated morphemes (述学评学考学) after a verb",
    "serves.frame": "a theme in a frame before the program (围绕/聚焦/紧扣 …)",
    "serves.purpose": "a theme in a purpose clause after the program (助力/推动/引导 …)",
    "serves.embedded": "a theme named inside the program's own name",
    "serves.context": "a theme the program is carried out in (在主题教育中开展 …)",
    "serves.backref": "a back-reference (这一重要思想) to the theme named before",
    "impl.topic": "a program first in its clause, then reported carried out (…启动实施, …建成)",
    "serves.name": "the topic a program's name states before its words of doing (…振兴行动)",
    "serves.topic": "the aim a topic clause opening the sentence states (推动…扩面提质，实施…)",
    "serves.around-quote": "the topic written around a quoted name (职工关心关爱“四个1”活动)",
    # subject rules, appended to an implements rule id as '+<rule>'
    "carried": "the subject carried from an earlier clause of the same sentence",
    "carried-sentence": "the subject of the sentence before, carried by 同时/此外/还",
    "author": "the province that wrote the document (我们/全省/no subject)",
}


@dataclass(frozen=True)
class ThemeRef:
    """A theme read from a sentence: a vocabulary id, or a new label (key starts with '+')."""

    key: str
    label: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass(frozen=True)
class ClauseProgram:
    """A program found in a clause, with who implements it and what it serves."""

    label: str
    key: str
    aliases: tuple[str, ...]
    start: int
    end: int
    rule: str
    confidence: float
    subjects: tuple[GeoHit, ...]
    subject_rule: str  # explicit | carried | author
    clause: int
    themes: list[ThemeRef] = field(default_factory=list)


@dataclass
class SentenceFacts:
    """What one sentence says: programs with subjects and themes, and every mention."""

    programs: list[ClauseProgram]
    geo: list[GeoHit]
    themes: list[ThemeHit]
    # the provinces acting at the end of the sentence, for the next one (同时，…)
    subjects: tuple[str, ...] = ()
    # the last group of several provinces named together, for 两地 / 两省市 later on
    group: tuple[str, ...] = ()


@dataclass
class _Clause:
    start: int
    end: int
    subjects: tuple[GeoHit, ...] | None  # None: no subject of its own
    blocked: bool  # a collective or a city acting alone: nothing to carry
    subject_end: int
    programs: list[ClauseProgram] = field(default_factory=list)


# A numbered item run into the text before it (…快速发展5.狠抓招商引资), where the source
# lost its line break: a new part of the sentence.
_RUN_IN_ITEM = re.compile(r"(?<=[\u4e00-\u9fff])\d{1,2}[.．](?=[\u4e00-\u9fff])")


def _opens_part(text: str, start: int) -> bool:
    """The clause at ``start`` opens a new part of the sentence (after ；or a run-in item)."""
    return start > 0 and (text[start - 1] in "；;" or _RUN_IN_ITEM.match(text, start) is not None)


_CLOSERS = frozenset(set(QUOTES.values()) | {"》", "）", ")", "】"})
_OPENERS = frozenset((set(QUOTES) - {'"'}) | {"《", "（", "(", "【"})
# Only these characters can change the clause structure: jump from one to the next.
_STRUCTURE = re.compile(
    "[" + re.escape("".join(sorted(_CLOSERS | _OPENERS | _CLAUSE_BREAK))) + r"0-9]"
)


def _split_clauses(text: str) -> list[tuple[int, int]]:
    """Clauses at ，；： outside quotes and brackets, and before a run-in numbered item."""
    out = []
    depth = 0
    start = 0
    for m in _STRUCTURE.finditer(text):
        i = m.start()
        ch = text[i]
        if ch in _OPENERS:
            depth += 1
        elif ch in _CLOSERS and depth > 0:
            depth -= 1
        elif ch in _CLAUSE_BREAK and depth == 0:
            if i > start:
                out.append((start, i))
            start = i + 1
        elif ch.isdigit() and depth == 0 and i > start and _RUN_IN_ITEM.match(text, i):
            out.append((start, i))
            start = i
    if start < len(text):
        out.append((start, len(text)))
    return out


def relate_sentence(
    text: str,
    lexicon: Lexicon,
    *,
    author: str | None = None,
    recent_themes: list[str] | None = None,
    previous: tuple[str, ...] = (),
    group: tuple[str, ...] = (),
    hits: tuple[list[GeoHit], list[ThemeHit]] | None = None,
) -> SentenceFacts:
    """Read one sentence (matching text, sentence-local offsets).

    ``author`` is the province that wrote the document (work reports), used for clauses
    without a subject; ``recent_themes`` (vocabulary ids, most recent last) resolves
    back-references such as 这一重要思想; ``previous`` are the provinces acting at the end
    of the sentence before (same paragraph), carried into a sentence that opens with
    同时/此外/还; ``group`` the provinces that 两地/两省市 refer back to. ``hits`` are the
    gazetteer's provinces and places and its themes in the sentence, when the caller has
    them (:meth:`~kg.mentions.Gazetteer.geo_in_spans` scans a document at once).
    """
    gaz = gazetteer(lexicon)
    named_geo, themes = hits if hits is not None else (gaz.geo(text), gaz.themes(text))
    geo = named_geo + gaz.abbreviation_compounds(text)
    geo.sort(key=lambda h: h.start)
    facts = SentenceFacts(programs=[], geo=geo, themes=themes)
    quotes = find_quotes(text)
    books = find_book_titles(text)
    candidates = bool(quotes or books or _TYPE_WORD.search(text))
    if not (candidates or geo or (group and _GROUP_REF.search(text))):
        # no program, and no clause can have a subject (a province or place at its start,
        # or 两地 for the group): there is nothing to carry to the next sentence either
        return facts
    clauses: list[_Clause] = []
    for cstart, cend in _split_clauses(text):
        subj, blocked, subj_end = _clause_subject(text, cstart, cend, geo, group)
        clauses.append(_Clause(cstart, cend, subj, blocked, subj_end))
    for cl in clauses:
        if cl.subjects:
            facts.subjects = tuple(h.province for h in cl.subjects)
            if len(cl.subjects) > 1:
                facts.group = facts.subjects
        elif cl.blocked:
            facts.subjects = ()
    named = _dedupe([h for h in geo if h.kind == "province"])
    if len(named) > 1 and not facts.group:
        facts.group = tuple(h.province for h in named)
    if not candidates:
        return facts  # nothing that could name a program: skip segmentation
    if _GLOSSARY.match(text):
        return facts  # a numbered note defining a term reports no action
    # only the clauses that could name a program are segmented (jieba is the costliest step)
    reading = [_may_name_program(text, cl.subject_end, cl.end, quotes, books) for cl in clauses]
    spans = [(cl.subject_end, cl.end) for cl, r in zip(clauses, reading, strict=True) if r]
    tokens = _split_adverb_verbs(segment_spans(text, spans, lexicon))

    carried: tuple[GeoHit, ...] | None = None
    carried_blocked = False
    if previous and clauses and clauses[0].subjects is None and not clauses[0].blocked:
        if _CONTINUES.match(text):
            carried = tuple(GeoHit(0, 0, "province", p, p, False) for p in previous)
    carried_rule = "carried-sentence" if carried else "carried"
    for ci, cl in enumerate(clauses):
        if cl.subjects is not None or cl.blocked:
            carried_rule = "carried"
            carried, carried_blocked = cl.subjects, cl.blocked
            subjects, rule = cl.subjects, "explicit"
        elif carried is not None:
            subjects, rule = carried, carried_rule
        elif carried_blocked:
            subjects, rule = None, "blocked"
        else:
            subjects, rule = None, "none"
        if subjects is None and not carried_blocked and not cl.blocked and author:
            subjects = (GeoHit(cl.start, cl.start, "province", author, author, False),)
            rule = "author"
        if not reading[ci]:
            continue
        ctoks = [t for t in tokens if t.start >= cl.subject_end and t.end <= cl.end]
        found = _clause_programs(text, cl, ctoks, quotes, books, lexicon)
        for label, key, aliases, s, e, prule, conf in found:
            cl.programs.append(
                ClauseProgram(
                    label=label,
                    key=key,
                    aliases=aliases,
                    start=s,
                    end=e,
                    rule=prule,
                    confidence=conf,
                    subjects=subjects or (),
                    subject_rule=rule,
                    clause=ci,
                )
            )
    if any(cl.programs for cl in clauses):  # themes attach to programs only
        _attach_themes(text, clauses, quotes, themes, lexicon, recent_themes or [])
    for cl in clauses:
        for p in cl.programs:
            if any(r.rule in ("serves.frame", "serves.purpose") for r in p.themes):
                # its own frame or purpose is closer than the topic of the sentence
                p.themes[:] = [r for r in p.themes if r.rule != "serves.topic"]
            p.themes[:] = _distinct_themes(p.themes)
            if any(
                r.rule not in ("serves.name", "serves.embedded", "serves.around-quote")
                for r in p.themes
            ):
                # the sentence says what the program is for: its name's topic adds nothing
                p.themes[:] = [r for r in p.themes if r.rule != "serves.name"]
        facts.programs.extend(cl.programs)
    return facts


_TYPE_WORD = re.compile("|".join(re.escape(w) for w in TYPE_WORDS))


def _may_name_program(text: str, lo: int, hi: int, quotes: list[Span], books: list[Span]) -> bool:
    """Whether ``text[lo:hi]`` holds anything :func:`_clause_programs` reads as a program.

    A quote or a title inside it, a type word that ends a phrase, or a slogan before a
    phrase break: without one of them every rule there finds nothing, whatever the tokens.
    """
    return (
        (bool(quotes) and any(lo <= q.start - 1 and q.end + 1 <= hi for q in quotes))
        or (bool(books) and any(lo <= b.start - 1 and b.end + 1 <= hi for b in books))
        or _typed_phrase_ends(text, lo, hi)
        or _slogan_ends(text, lo, hi)
    )


@cache
def _type_word_matcher() -> ahocorasick.Automaton:
    matcher = ahocorasick.Automaton()
    for w in TYPE_WORDS:
        matcher.add_word(w, w)
    matcher.make_automaton()
    return matcher


def _typed_phrase_ends(text: str, lo: int, hi: int) -> bool:
    """A type word in ``text[lo:hi]`` ends a phrase as the rules for unquoted names and
    enumerations need (…工程。, …工程建设, …平台建成, 工程积极引进…)."""
    for last, _ in _type_word_matcher().iter(text, lo, hi):
        end = last + 1  # every occurrence, overlapping ones too (课程体系, 体系)
        if (
            end == hi
            or text[end] in _PHRASE_END
            or text[end] in "！？!?"
            or text.startswith("建设", end)
            or _TOPIC_VERB.match(text, end, hi)
            or _UNPUNCTUATED_NEXT.match(text, end, hi)
        ):
            return True
    return False


def _slogan_ends(text: str, lo: int, hi: int) -> bool:
    """A slogan (述学评学考学) of 6 or 8 characters ends a phrase of ``text[lo:hi]``."""
    for m in (*_PHRASE_BREAK.finditer(text, lo, hi), None):
        end = m.start() if m else hi
        if end - 6 < lo or (text[end - 1] != text[end - 3] and text[end - 2] != text[end - 4]):
            continue  # neither the last pairs' second characters nor their first agree
        for n in (6, 8):
            if end - n >= lo and _is_slogan(text[end - n : end]):
                if _HAN_RUN.fullmatch(text, end - n, end):
                    return True
    return False


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


def _distinct_themes(refs: list[ThemeRef]) -> list[ThemeRef]:
    """One theme per wording: the surest of the refs that name the same thing."""
    out: list[ThemeRef] = []
    for r in sorted(refs, key=lambda r: -r.confidence):
        if not any(r.key == o.key or _similar(r.label, o.label) for o in out):
            out.append(r)
    return out


# A new action right after a type word, where the source lost its comma (实施…工程积极引进…).
_UNPUNCTUATED_NEXT = re.compile(
    r"(?:积极|大力|深入|持续|全面|扎实|着力|加快|稳步|有序)[\u4e00-\u9fff]|建立|探索|推动|推进|促进"
)
_RUN_ON = re.compile(r"(?:" + "|".join(TYPE_WORDS) + r")(?=" + _UNPUNCTUATED_NEXT.pattern + r")")
# Adverbs that jieba's dictionary joins to the verb after them (积极开展, 大力实施).
_VERB_ADVERBS = W.VERB_ADVERBS


def _split_adverb_verbs(tokens: list[Token]) -> list[Token]:
    """积极开展 → 积极 + 开展, so that the verb of carrying out is a token of its own."""
    out: list[Token] = []
    for tok in tokens:
        w = tok.text
        # (an adverb and a verb make three characters at least)
        if len(w) > 2 and w not in IMPLEMENT_VERBS:
            for k in (2, 3):
                if w[:k] in _VERB_ADVERBS and w[k:] in IMPLEMENT_VERBS:
                    out.append(Token(w[:k], tok.start, tok.start + k))
                    out.append(Token(w[k:], tok.start + k, tok.end))
                    break
            else:
                out.append(tok)
        else:
            out.append(tok)
    return out


def _clause_subject(
    text: str, cstart: int, cend: int, geo: list[GeoHit], group: tuple[str, ...] = ()
) -> tuple[tuple[GeoHit, ...] | None, bool, int]:
    """The provinces named at the start of a clause, whether it names a collective."""
    pos = cstart
    while pos < cend and text[pos] in " \u3000":
        pos += 1
    lead = _LEAD_IN.match(text, pos, cend)
    if lead:
        pos = lead.end()
    back = _GROUP_REF.match(text, pos, cend)
    if back and group and len(group) == _GROUP_SIZE.get(back.group(1), len(group)):
        # 两省市携手推进…: the provinces named together before
        hits = tuple(GeoHit(pos, back.end(), "province", p, p, False) for p in group)
        return hits, False, back.end()
    if text.startswith("在", pos):
        # 在四川达州，当地推出…: a place clause names who acts in the clause after it
        q = pos + 1
        found: list[GeoHit] = []
        by_start = {h.start: h for h in geo}
        while q in by_start:
            found.append(by_start[q])
            q = by_start[q].end
        if found and q == cend and any(h.kind == "province" for h in found):
            prov = [h for h in found if h.kind == "province"]
            return tuple(_dedupe(prov)), False, cend
    if _COLLECTIVE.match(text, pos, cend):
        return None, True, pos
    if _AUTHOR.match(text, pos, cend):
        return None, False, _AUTHOR.match(text, pos, cend).end()  # type: ignore[union-attr]
    subjects: list[GeoHit] = []
    saw_place_only = False
    by_start = {h.start: h for h in geo if not h.literary or h.kind == "province"}
    while pos < cend:
        hit = by_start.get(pos)
        if hit is None:
            break
        if hit.kind == "province":
            subjects.append(hit)
        elif not subjects:
            saw_place_only = True
        pos = hit.end
        suffix = _SUBJECT_SUFFIX.match(text, pos, cend)
        if suffix:
            pos = suffix.end()
        join = _JOIN.match(text, pos, cend)
        if join and pos + 1 < cend and (pos + 1) in by_start:
            pos += 1
            continue
        # 浙江杭州: a province's own place is the province; 川渝: abbreviations in a row.
        nxt = by_start.get(pos)
        if nxt is not None and subjects and (nxt.kind == "place" or nxt.literary):
            continue
        break
    if subjects:
        if any(h.literary for h in subjects) and len(subjects) == 1:
            # A literary name (八桂, 三秦) as a subject needs a verb right after it.
            pass
        return tuple(_dedupe(subjects)), False, pos
    if saw_place_only:
        return None, True, pos  # a city acting alone is not a province
    return None, False, cstart


def _dedupe(hits: list[GeoHit]) -> list[GeoHit]:
    seen = set()
    out = []
    for h in hits:
        if h.province not in seen:
            seen.add(h.province)
            out.append(h)
    return out


def _governing_verb(
    text: str, tokens: list[Token], start: int, limit: int
) -> tuple[str, str, int] | None:
    """The nearest verb of carrying out, or of learning/borrowing, before ``start``.

    Returns its kind (impl, block, plan), the verb and where it ends.
    """
    for ti in range(len(tokens) - 1, -1, -1):
        tok = tokens[ti]
        if tok.end > start:
            continue
        if tok.start < limit:
            break
        w = tok.text
        # titles and quoted names of an enumeration stand between a verb and its objects
        between = _BETWEEN_SKIP.sub("", text[tok.end : start])
        if w in BLOCK_VERBS:
            # 认真学习“千万工程”做法: only a verb right before the name governs it;
            # 理论学习中心组集中学 … 等“五学联动” is part of an enumeration.
            if len(between) <= 4 and "等" not in between and "、" not in between:
                return ("block", w, tok.end)
            continue
        if w in IMPLEMENT_VERBS:
            # A verb far before the name governs it only across an enumeration or a modifier.
            if len(between) > 16 and not any(c in between for c in "、等的"):
                return None
            if text[max(limit, tok.start - 2) : tok.start] in ("助力", "服务"):
                return ("block", w, tok.end)  # 助力深化“放管服”改革: a purpose, not an action
            before_verb = text[limit : tok.start]
            for d in _DELEGATE_VERBS:
                if d in before_verb:  # (jieba may cut 获批 into 获 + 批)
                    return ("block", d, tok.end)  # 支持甘南开展…: another actor's
            if w == "建设" and ti > 0 and _nominal_before(tokens[ti - 1], tok, limit):
                continue  # 营商环境建设“…”: the building of something, not a verb
            return ("impl", w, tok.end)
        if w in _PLAN_VERBS:
            return ("plan", w, tok.end)
    return None


# What may stand right before 建设 used as a verb (加快建设, 开工建设, 共同建设).
_VERB_BEFORE_JIANSHE = W.VERBS_BEFORE_JIANSHE


def _nominal_before(prev: Token, verb: Token, limit: int) -> bool:
    """营商环境建设: a noun right before 建设 makes it a noun (the building of …)."""
    w = prev.text
    if prev.end != verb.start or prev.start < limit or not w or not "\u4e00" <= w[-1] <= "\u9fff":
        return False
    return not (
        w.endswith("力")  # 发力建设, 全力建设, 着力建设
        or w in _VERB_BEFORE_JIANSHE
        or w in _VERB_ADVERBS
        or w in _CLAUSE_VERBS
        or w in IMPLEMENT_VERBS
        or _ADVERBS.fullmatch(w) is not None
    )


_BETWEEN_SKIP = re.compile(r"《[^》]*》|“[^”]*”|[\s了]")
# A program standing first in its clause and then reported as carried out (topic-comment):
# “2030启航计划”启动实施, 数字政府大脑平台建成并深化应用, “府院联动”常态化开展.
_TOPIC_VERB = re.compile(
    r"(?:全面|正式|成功|顺利|高效|常态化|深入|持续|加快|提速|已经|已|相继|率先|均)*"
    r"(?:启动实施|启动运行|建成|开展|实施|运行|上线|落地|揭牌|开通|举办|投用|投运|建设)"
    r"(?!方案|意见|细则|办法|计划|规划)"  # …战略实施方案: a document, not a report of action
)


# The type words by their first character, each list in the order of TYPE_WORDS.
_TYPE_WORDS_BY_FIRST: dict[str, tuple[str, ...]] = {
    c: tuple(w for w in TYPE_WORDS if w[0] == c) for c in {w[0] for w in TYPE_WORDS}
}


# Words that a type word's modifier cannot hold (…实施…工程 is an action, not a name).
_NOT_IN_MODIFIER = W.NOT_IN_MODIFIER


def _type_suffix(text: str, pos: int, end: int) -> tuple[int, str] | None:
    """A type word (after up to 6 characters of modifier, or 等) ending a phrase at ``pos``."""
    if text.startswith("等", pos):
        pos += 1
    mod = ""
    for length in range(0, 7):
        if length and pos + length <= len(text):
            # the modifier grows by one character: only what ends with it is new to check
            ch = text[pos + length - 1]
            mod += ch
            if not "\u4e00" <= ch <= "\u9fff" or mod.endswith(_NOT_IN_MODIFIER):
                break
            if length == 1 and ch in ("和", "与", "及"):
                break  # “玉如意计划”和贷款畅通工程: a second program, not a head of the first
        for tw in _TYPE_WORDS_BY_FIRST.get(text[pos + length : pos + length + 1], ()):
            stop = pos + length + len(tw)
            if stop > end or not text.startswith(tw, pos + length):
                continue
            # the type word must end the phrase
            if (
                stop == end
                or text[stop] in _PHRASE_END
                or text.startswith("建设", stop)
                or _TOPIC_VERB.match(text, stop, end)
            ):
                return stop, mod + tw
    return None


def _clause_programs(
    text: str,
    cl: _Clause,
    tokens: list[Token],
    quotes: list[Span],
    books: list[Span],
    lexicon: Lexicon,
) -> list[tuple[str, str, tuple[str, ...], int, int, str, float]]:
    out: list[tuple[str, str, tuple[str, ...], int, int, str, float]] = []
    lo, hi = cl.subject_end, cl.end
    frames = _frames(text, lo, hi)
    in_frame = [(m.start(), m.end()) for m in _IN_FRAME.finditer(text, lo, hi)]

    def framed(s: int, e: int) -> bool:
        return any(fs <= s and e <= fe for fs, fe in frames) or any(
            fs <= s and e <= fe for fs, fe in in_frame
        )

    taken: list[tuple[int, int]] = []

    def overlaps(s: int, e: int) -> bool:
        return any(not (e <= ts or s >= te) for ts, te in taken)

    # 1. quoted names; consecutive quotes joined by 、 (or nothing) share a following type word
    cq = [q for q in quotes if lo <= q.start - 1 and q.end + 1 <= hi]
    i = 0
    while i < len(cq):
        group = [cq[i]]
        while i + 1 < len(cq) and text[group[-1].end + 1 : cq[i + 1].start - 1].strip() in (
            "、",
            "和",
            "与",
            "及",
            "",
        ):
            i += 1
            group.append(cq[i])
        i += 1
        last = group[-1]
        after = last.end + 1
        if framed(group[0].start, last.end):
            continue
        gov = _governing_verb(text, tokens, group[0].start - 1, lo)
        if gov is not None and gov[0] != "impl":
            # learning from it (学习, 借鉴) is not carrying it out, and drafting and issuing
            # (发布, 出台) is implementing only for a 《…》 plan
            continue
        suffix = _type_suffix(text, after, hi)
        rule_kind = "verb"
        if gov is None:
            if not _is_topic(text, lo, group[0].start - 1, suffix[0] if suffix else after):
                continue
            rule_kind = "topic"
        if suffix is None:
            if _EXAMPLE_HEADS.match(text, after, hi) or _NOT_PROGRAM_HEADS.match(text, after, hi):
                continue  # “X”等载体, “千万工程”经验, “四个不摘”要求
            if (
                after < hi
                and "\u4e00" <= text[after] <= "\u9fff"
                and not text.startswith(_QUOTE_CONTINUATIONS, after)
                and not _QUOTE_HEAD.match(text, after, hi)
                and not _TOPIC_VERB.match(text, after, hi)
                and text[after] not in IMPLEMENT_VERB_CHARS
            ):
                continue  # “专精特新”企业: the quote qualifies another noun
        prefix_text = ""
        if gov is not None and rule_kind == "verb":
            prefix_text = _modifier_prefix(text, gov[2], group[0].start - 1)
        for q in group:
            core = q.text.strip()
            if len(core) < 2 or (not suffix and (core.isdigit() or _PERIOD.fullmatch(core))):
                continue
            prefix = (
                _theme_prefix(text, q.start - 1, lo, lexicon)
                if q is not group[0]
                else prefix_text or _theme_prefix(text, q.start - 1, lo, lexicon)
            )
            if q is not group[0] and not prefix:
                prefix = ""
            # a bare type word is shared (“A”“B”机制); a longer head belongs to the last name
            shared = suffix is not None and (q is last or len(suffix[1]) <= 2)
            if suffix and shared:
                type_word = suffix[1]
                label = f"{prefix}“{core}”{type_word}"
                key = program_key(core + type_word)
                end = suffix[0] if q is last else q.end + 1
                rule, conf = "impl.quoted-typed", 0.9
            else:
                label = f"{prefix}“{core}”"
                key = program_key(core)
                end = q.end + 1
                rule, conf = "impl.quoted", 0.85
            if rule_kind == "topic":
                rule, conf = "impl.topic", 0.75
            start = q.start - 1 - len(prefix)
            # in a fixed order (a set's would follow the hash seed, and so the N-Triples)
            aliases = tuple(a for a in dict.fromkeys((core, f"“{core}”")) if a != label)
            out.append((label, key, aliases, start, end, rule, conf))
            taken.append((start, end))
    # 2. 《…》 plans
    for b in books:
        if not (lo <= b.start - 1 and b.end + 1 <= hi) or overlaps(b.start - 1, b.end + 1):
            continue
        gov = _governing_verb(text, tokens, b.start - 1, lo)
        if gov is None or gov[0] == "block":
            continue
        inner = re.match(
            r"关于(?:实施|开展|推进|深入实施|深化)(.+?)的(?:意见|通知|方案|决定|办法)$", b.text
        )
        name = inner.group(1) if inner else b.text
        if not re.search(r"(?:规划|计划|方案|纲要|行动|工程|战略|意见|办法|措施|条例)$", name):
            continue
        out.append(
            (name, program_key(name), (f"《{b.text}》",), b.start - 1, b.end + 1, "impl.plan", 0.8)
        )
        taken.append((b.start - 1, b.end + 1))
    # 3. enumerations named as a whole: 思想领航、党性铸魂…五大工程
    for tok in tokens:
        if tok.text not in IMPLEMENT_VERBS:
            continue
        rest_end = _phrase_end(text, tok.end, hi)
        phrase = text[tok.end : rest_end]
        if "、" in phrase and _NUMBER_TYPE.search(phrase) and not overlaps(tok.end, rest_end):
            if any(q in phrase for q in QUOTES):
                continue
            out.append(
                (phrase, program_key(phrase), (), tok.end, rest_end, "impl.enumeration", 0.8)
            )
            taken.append((tok.end, rest_end))
    # 4. unquoted noun phrases ending in a type word
    for idx, tok in enumerate(tokens):
        if not tok.text.endswith(TYPE_WORDS):  # one C call rules out almost every token
            continue
        tw = next((w for w in TYPE_WORDS if tok.text.endswith(w)), None)
        if tw is None:
            continue
        end = tok.end
        topic_next = end < hi and _TOPIC_VERB.match(text, end, hi) is not None
        if (
            end < hi
            and text[end] not in _PHRASE_END
            and not text.startswith("建设", end)
            and not topic_next
            and not _UNPUNCTUATED_NEXT.match(text, end, hi)
        ):
            continue
        if end < hi and _EXAMPLE_HEADS.match(text, end, hi):
            continue
        np_start = _np_start(text, tokens, idx, lo, tw)
        if np_start is None:
            continue
        start = np_start
        label = text[start:end]
        if overlaps(start, end) or framed(start, end) or not _specific(label, tw):
            continue
        gov = _governing_verb(text, tokens, start, lo)
        if gov is not None and gov[0] == "impl":
            out.append((label, program_key(label), (), start, end, "impl.typed-np", 0.75))
        elif gov is None and tw not in ("体系", "机制") and _builds(text, lo, start, end):
            out.append((label, program_key(label), (), start, end, "impl.typed-np", 0.7))
        elif gov is None and topic_next and _is_topic(text, lo, start, end):
            out.append((label, program_key(label), (), start, end, "impl.topic", 0.7))
        else:
            continue
        taken.append((start, end))
    # 5. coined slogans of repeated morphemes right after a verb: 述学评学考学
    for tok in tokens:
        if tok.text not in IMPLEMENT_VERBS:
            continue
        m = re.match(r"[\u4e00-\u9fff]{6,8}", text[tok.end : hi])
        if not m or tok.end + m.end() != _phrase_end(text, tok.end, hi):
            continue
        word = m.group()
        if _is_slogan(word) and not overlaps(tok.end, tok.end + len(word)):
            out.append(
                (word, program_key(word), (), tok.end, tok.end + len(word), "impl.slogan", 0.6)
            )
            taken.append((tok.end, tok.end + len(word)))
    out.sort(key=lambda r: r[3])
    return out


# 加快美丽甘肃示范区建设, 加强…实验室建设: speeding up or strengthening the building of a
# named thing is building it
_BUILD_VERBS = W.BUILD_VERBS


def _builds_at(text: str, end: int) -> bool:
    return text.startswith("建设", end) and not text.startswith("建设者", end)


def _builds(text: str, lo: int, start: int, end: int) -> bool:
    """The phrase stands between 加快/加强 and 建设 (加快美丽甘肃示范区建设)."""
    if not _builds_at(text, end):
        return False
    head = re.sub(r"^(?:持续|全面|积极|着力|大力)", "", text[lo:start].strip())
    return head in _BUILD_VERBS or any(
        head.endswith(v) and len(head) <= len(v) + 3 for v in _BUILD_VERBS
    )


_PHRASE_BREAK = re.compile(r"[，。；：,;:！？\n]")
_HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def _phrase_end(text: str, pos: int, hi: int) -> int:
    m = _PHRASE_BREAK.search(text, pos, hi)
    return m.start() if m else hi


def _is_slogan(word: str) -> bool:
    """Morphemes repeated in pairs (述学评学考学: every second character the same)."""
    # the pairs' second characters are word[1::2], their first word[::2]
    return len(word) % 2 == 0 and (len(set(word[1::2])) == 1 or len(set(word[::2])) == 1)


# Punctuation that a noun phrase does not run back over.
_PHRASE_MARKS = frozenset("，。；、：“”‘’《》（）(),;:")


def _np_start(text: str, tokens: list[Token], idx: int, lo: int, type_word: str) -> int | None:
    """Where the noun phrase ending at token ``idx`` starts.

    The phrase runs back to punctuation or a function word; a verb of carrying out
    inside that stretch opens the phrase after it, unless the phrase that follows would
    not be specific (建立工作闭环落实机制: the name is 工作闭环落实机制, not 落实机制).
    """
    region = idx
    for j in range(idx - 1, -1, -1):
        t = tokens[j]
        if t.end <= lo:
            break
        w = t.text
        if (
            not _PHRASE_MARKS.isdisjoint(w)
            or w in W.NP_STOPS
            or (w[0].isdigit() and not _ANNIVERSARY.match(text, t.end))
        ):
            break
        region = j
    end = tokens[idx].end
    for j in range(region, idx):
        w = tokens[j].text
        if (
            w in IMPLEMENT_VERBS
            or w in _PLAN_VERBS
            or (w in _BUILD_VERBS and _builds_at(text, end))
        ):
            # 健全完善…体系, 深化实施…工程: a chain of verbs opens the phrase after the last
            k = j + 1
            while k < idx and (tokens[k].text in IMPLEMENT_VERBS or tokens[k].text in _PLAN_VERBS):
                k += 1
            start = tokens[k].start
            if _RUN_ON.search(text, start, end):
                continue  # …交易试点建立…机制: an earlier name ends inside, the next verb opens
            if start < end and _specific(text[start:end], type_word) and end - start <= 24:
                return start
    # an item of an enumeration (举办中原大讲堂、经纬讲坛…): the verb stands before the first item
    first = tokens[region].start
    # 实施100个社区儿童友好空间改造工程: a count stands between the verb and the name
    count = _COUNT.match(text, first)
    if count and count.end() < end and tokens[region].text[0].isdigit() is False:
        first = count.end()
    opens_with_verb = tokens[region].text in _CLAUSE_VERBS or tokens[region].text in IMPLEMENT_VERBS
    if first == lo and not opens_with_verb and _specific(text[first:end], type_word):
        return first  # first in its clause: a topic (数字政府大脑平台建成并深化应用)
    if first > lo and _specific(text[first:end], type_word):
        before = text[max(lo, first - 12) : first]
        if text[first - 1] == "、" and tokens[region].text not in IMPLEMENT_VERBS:
            return first  # not 、健全社会保障体系: an item that is an action, not a name
        if text[first - 1] in "和与及" and before[:-1].endswith((*TYPE_WORDS, "”")):
            return first  # 构建…示范区和清洁可再生能源利用示范区: a second program
        if text[first - 1] == "的" and "、" not in text[first:end]:
            return first  # 构建服务全国、辐射全球的冰雪赛事体系: the head of a relative clause
        if text[first - 1] == "等" and not before[:-1].endswith(TYPE_WORDS):
            return first  # 推出手机、平板电脑等数码产品补贴专项活动: the items are examples
        if _COUNT_BEFORE.search(before) and type_word not in _FACILITY_TYPES:
            return first  # 布局建设5家左右…概念验证中心: a number of facilities, not one program
        if (first == lo or not before.strip()) and not opens_with_verb:
            return first  # first in its clause: a topic (万州新田港二期工程全面建成)
    return None


# 会宁会师90周年纪念活动, 第十六届运动会: a number inside a name
_ANNIVERSARY = re.compile(r"(?:周年|届)")
# Verbs that open a clause of action (加快新型储能项目建设): what follows is their object,
# not a topic reported as carried out.
_CLAUSE_VERBS = W.CLAUSE_VERBS
_FACILITY_TYPES = W.FACILITY_TYPES
_DESIGNATIONS = W.DESIGNATIONS
_WEAK_TYPES = W.WEAK_TYPES
# Qualifiers of a kind, not of a named program; 国家/全国 mark a national designation that
# the province only takes part in (国家区域医疗中心, 全国区域性现代制造业基地).
_GENERIC_QUALIFIERS = W.GENERIC_QUALIFIERS
_COUNT = re.compile(r"(?:[个项家条座所批])(?:以上|左右)?")
_COUNT_BEFORE = re.compile(r"[\d一二三四五六七八九十百千万]+(?:余)?[个项家条座所批](?:以上|左右)?$")
_PERIOD = re.compile(r"[十][一二三四五六七八九十]五|[一二三四五六七八九十]五")
# characters that open a verb of carrying out right after a quoted name
IMPLEMENT_VERB_CHARS = frozenset(v[0] for v in ("实施", "开展", "推进", "建设", "启动"))


def _is_topic(text: str, lo: int, start: int, end: int) -> bool:
    """A program standing first in its clause and reported as carried out right after it."""
    head = text[lo:start].strip()
    if head and not re.fullmatch(r"(?:今年|目前|近年来|同时|此外|其中|[\d]{4}年)?", head):
        return False
    return _TOPIC_VERB.match(text, end) is not None


def _modifier_prefix(text: str, verb_end: int, quote_open: int) -> str:
    """A modifier written between the verb and a quoted name: 企业挂牌上市“玉如意计划”."""
    between = text[verb_end:quote_open]
    between = between.lstrip("了")
    if not 1 <= len(between) <= 10:
        return ""
    if not re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z]+", between) or re.search(
        "[的和与及等、]", between
    ):
        return ""
    if re.search(r"做|推[动进]|促进|抓好|加[快强大]|扩大|创[建新]|运用|打造", between):
        return ""  # 运用场景思维做大做强做优“十强产业”: an action, not a modifier
    if between.endswith(TYPE_WORDS) or _COUNT_BEFORE.search(between):
        return ""  # 实施文旅业态融合计划和“引客入赣”工程: another program, not a modifier
    if between in _GENERIC_CORES or _ADVERBS.fullmatch(between):
        return ""
    return between


def _specific(label: str, type_word: str) -> bool:
    """A named, specific program rather than a generic activity (全员轮训, 长效机制)."""
    core = label[: len(label) - len(type_word)]
    for prefix in ("系列", "一系列", "新一轮", "一批"):
        if core.startswith(prefix):
            core = core[len(prefix) :]
    if len(core) < 2 or core in _GENERIC_CORES:
        return False
    if type_word in ("教育", "规划", "战略", "体系", "评估", "专项", "指数") and len(core) < 4:
        return False
    # a system, mechanism, platform or centre needs a name, not a field (社会保障体系, 研发中心)
    if type_word in _WEAK_TYPES and len(core) < 5:
        return False
    if core.startswith(tuple(_DELEGATE_VERBS)) or core in ("示范", "建设示范", "试点示范"):
        return False  # 参与…重大项目: someone else's; 示范工程 alone names no program
    if core.startswith(_GENERIC_QUALIFIERS) or core.startswith(("领域", "方面", "类")):
        return False  # …等领域省实验室: the head of an enumeration of fields
    if "国家" in core and (type_word in _WEAK_TYPES or type_word in _DESIGNATIONS):
        return False  # 兰州国家城市更新试点: a national designation the province takes part in
    return not re.fullmatch(r"[\d一二三四五六七八九十百千万两几多项个类条大]+", core)


def _theme_prefix(text: str, quote_open: int, lo: int, lexicon: Lexicon) -> str:
    """A vocabulary theme written right before a quoted name (干部教育培训“三百工程”)."""
    for hit in gazetteer(lexicon).themes(text[lo:quote_open]):
        if lo + hit.end == quote_open:
            return text[lo + hit.start : quote_open]
    return ""


def _frames(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """Spans of 围绕/聚焦/紧扣 … frames up to 等 or the end of the clause."""
    out = []
    for m in _FRAME.finditer(text, lo, hi):
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
            lead = _ADVERBS.match(span)
            skip = lead.end() if lead else 0
            for v in IMPLEMENT_VERBS:
                pos = span.find(v, skip + 1)
                if pos > 0:
                    stop = min(stop, m.end() + pos)
        out.append((m.start(), stop))
    return out


def _attach_themes(
    text: str,
    clauses: list[_Clause],
    quotes: list[Span],
    themes: list[ThemeHit],
    lexicon: Lexicon,
    recent_themes: list[str],
) -> None:
    gaz = gazetteer(lexicon)
    # (a) frames before a program, in its clause or the clause before
    for ci, cl in enumerate(clauses):
        for fs, fe in _frames(text, cl.subject_end, cl.end):
            targets = [p for p in cl.programs if p.start >= fe]
            if (
                not targets
                and not any(p.start >= fs for p in cl.programs)
                and not text.startswith("等", fe)
            ):
                # 聚焦加快构建…现代化产业体系，深化实施…: no action of its own in the clause,
                # so the frame's object runs to the clause end
                fe = cl.end
            refs = _frame_themes(text, fs, fe, quotes, themes, lexicon)
            if not refs:
                continue
            if not targets:
                # 围绕…，加快构建…，共同建设…: the frame covers the actions that follow it
                for nxt in clauses[ci + 1 :]:
                    if (
                        nxt.subjects is not None
                        or nxt.blocked
                        or _FRAME.search(text, nxt.start, nxt.end)
                        or _opens_part(text, nxt.start)  # a new part of the sentence
                    ):
                        break
                    targets.extend(nxt.programs)
            if (
                not targets
                and ci > 0
                and fs
                == cl.start + len(text[cl.start : cl.end]) - len(text[cl.start : cl.end].lstrip())
                and not _opens_part(text, cl.start)
                and clauses[ci - 1].subjects is None
            ):
                # 开展…推广行动，聚焦智能制造发展需求，…: a frame that no program follows
                # frames the program of the clause before it
                targets = list(clauses[ci - 1].programs)
            for p in targets:
                p.themes.extend(refs)
    # (b) purpose clauses after programs
    purpose_clauses: set[int] = set()
    for ci, cl in enumerate(clauses):
        if (cl.subjects is not None and ci > 0) or cl.programs:
            continue
        body = text[cl.start : cl.end].lstrip()
        offset = cl.start + (len(text[cl.start : cl.end]) - len(body))
        adv = _ADVERBS.match(body)
        rest = body[adv.end() :] if adv else body
        cue = next((c for c in PURPOSE_CUES if rest.startswith(c)), None)
        if cue is not None:
            cue_end = offset + (adv.end() if adv else 0) + len(cue)
        elif _GIVE.match(text, offset, cl.end):
            cue, cue_end = "为", offset
        elif (
            ci == len(clauses) - 1
            and ci > 0
            and (m := _OUTCOME.match(rest))
            and not rest.rstrip("。！？!?；; \n").endswith(TYPE_WORDS)
        ):
            # …“透视山东”建设，构建山东省域三维时空基础底座: the last clause, with no program
            # of its own, says what the actions before it build up to
            cue, cue_end = m.group(), offset + (adv.end() if adv else 0) + m.end()
        else:
            continue
        if _FRAME.match(cue) and any(
            text.find(v, cue_end + 2, cl.end) >= 0 for v in (*IMPLEMENT_VERBS, *_PLAN_VERBS)
        ):
            continue  # 聚焦“十三个坚持”核心要义制定实施方案: a frame of the next action
        if cue in _PARALLEL_CUES and _action_follows(text, clauses, ci):
            continue  # 深化A，推动B，加强C: one more action of a list, not A's purpose
        refs = _purpose_themes(
            text,
            cue_end,
            cl.end,
            themes,
            recent_themes,
            lexicon,
            cue in _STRONG_PURPOSE or _OUTCOME.fullmatch(cue) is not None,
        )
        if not refs and ci + 1 < len(clauses) and clauses[ci + 1].subjects is None:
            nxt = clauses[ci + 1]
            refs = _purpose_themes(text, nxt.start, nxt.end, themes, recent_themes, lexicon)
        if not refs:
            continue
        purpose_clauses.add(ci)
        targets = []
        seen_program_clauses = 0
        for cj in range(ci - 1, -1, -1):
            prev = clauses[cj]
            if cj in purpose_clauses or _opens_part(text, clauses[cj + 1].start):
                break  # (a purpose does not reach back over ；)
            if prev.programs:
                targets.extend(prev.programs)
                seen_program_clauses += 1
                if seen_program_clauses == 2:
                    break
            elif _MANNER.match(text, prev.start, prev.end):
                continue  # 从产业协同、政策支持等多方面发力: how, not another action
            elif prev.end - prev.start > 6 and (cue not in _STRONG_CUES or cj < ci - 1):
                break  # an action of its own stands between: the purpose is not the program's
            if prev.subjects is not None or prev.blocked:
                break
        for p in targets:
            p.themes.extend(refs)
    # (e) a topic clause opening the sentence (or a ；-part) states what the actions after
    # it are for: 推动社会保险扩面提质，实施高质量参保行动 → 社会保险扩面提质
    _topic_clause_themes(text, clauses, themes, lexicon)
    # (c) themes inside a program's own name; (d) 在主题教育中开展 …
    for cl in clauses:
        for p in cl.programs:
            quoted = [q for q in quotes if p.start <= q.start and q.end <= p.end]
            for hit in gaz.themes(text[p.start : p.end]):
                hs, he = p.start + hit.start, p.start + hit.end
                if he - hs < 4:
                    continue
                inside = next((q for q in quoted if q.start <= hs and he <= q.end), None)
                if inside is not None and (he - hs) * 2 < len(inside.text):
                    continue  # a word of a slogan (牢记嘱托学思想…), not what the program is about
                if inside is not None and (he - hs) * 5 >= len(inside.text) * 4:
                    continue  # “人工智能+”行动: the quoted name is the program, not a topic
                tw = next((w for w in TYPE_WORDS if p.label.endswith(w)), "")
                if (he - hs) + len(tw) >= len(p.label.strip("“”")):
                    continue  # 党史学习教育: the program is named by the theme alone
                if tw in _DESIGNATIONS:
                    break  # …数字化转型试点: a pilot names the field it tries, not its aim
                p.themes.append(
                    ThemeRef(hit.key, lexicon.themes[hit.key].label, hs, he, "serves.embedded", 0.8)
                )
            quoted_theme = _quoted_name_theme(p.label)
            if quoted_theme:
                p.themes[:] = [r for r in p.themes if r.label not in _GENERIC_THEMES]
                ref = ThemeRef(
                    "+" + quoted_theme, quoted_theme, p.start, p.end, "serves.around-quote", 0.6
                )
                p.themes.append(ref)
                if p.label.startswith("“"):
                    # “文化进万家”“送戏下乡”等惠民活动: the head is shared by the names before
                    for q in _quote_group_before(text, cl.programs, p):
                        q.themes.append(ref)
            elif not any(r.rule == "serves.embedded" for r in p.themes):
                named = _name_theme(p.label)
                if named:
                    p.themes.append(
                        ThemeRef("+" + named, named, p.start, p.end, "serves.name", 0.6)
                    )
            for m in _IN_FRAME.finditer(text, cl.subject_end, p.start):
                for th in themes:
                    if m.start(1) <= th.start and th.end <= m.end(1):
                        p.themes.append(
                            ThemeRef(
                                th.key,
                                lexicon.themes[th.key].label,
                                th.start,
                                th.end,
                                "serves.context",
                                0.7,
                            )
                        )


# Verbs that open a work report's topic clause: what they govern is the aim of the
# actions listed after it in the same sentence (培育壮大新兴产业，…实施产业创新工程).
_TOPIC_CLAUSE_VERB = re.compile(alternation(W.TOPIC_CLAUSE_VERBS))
_ITEM_MARK = re.compile(
    r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+是|\d{1,2}[.．、])\s*"
)
_INSTRUMENTS = W.INSTRUMENTS
# How many clauses of action after it a topic clause reaches: the next one only, since
# the clauses after that are as often new topics of their own.
_TOPIC_REACH = 1


def _clause_topic(
    text: str,
    start: int,
    end: int,
    themes: list[ThemeHit],
    lexicon: Lexicon,
    rule: str,
    confidence: float,
) -> list[ThemeRef]:
    """The aim a topic clause states: what its verb (推动, 加强, 培育壮大 …) governs."""
    pos = start
    mark = _ITEM_MARK.match(text, pos, end)
    if mark:
        pos = mark.end()
    lead = _LEAD_IN.match(text, pos, end)
    if lead:
        pos = lead.end()
    adv = _ADVERBS.match(text, pos, end)
    if adv:
        pos = adv.end()
    verb = _TOPIC_CLAUSE_VERB.match(text, pos, end)
    if verb is None:
        return []
    obj_start, obj_end = verb.end(), end
    obj = text[obj_start:obj_end]
    if not 2 <= len(obj) <= 16 or any(q in obj for q in QUOTES) or "《" in obj:
        return []
    if obj.endswith(_INSTRUMENTS) or (obj.endswith(TYPE_WORDS) and not obj.endswith("体系")):
        return []  # 优化…调剂金制度: a tool worked on, not an aim (a 体系 may be one)
    refs = [
        ThemeRef(h.key, lexicon.themes[h.key].label, h.start, h.end, rule, confidence)
        for h in themes
        if obj_start <= h.start and h.end <= obj_end and h.end - h.start >= 3
    ]
    if not refs:
        # 提升物联网覆盖水平: the vocabulary theme is the topic; else the object, less
        # the measure raised (…覆盖水平, …能力)
        measure = _MEASURE_TAIL.search(obj)
        stop = obj_start + measure.start() if measure and measure.start() >= 3 else obj_end
        refs.extend(_phrase_themes(text, obj_start, stop, refs, rule, confidence - 0.05))
    return _dedupe_refs(refs)


def _topic_clause_themes(
    text: str, clauses: list[_Clause], themes: list[ThemeHit], lexicon: Lexicon
) -> None:
    for ci, cl in enumerate(clauses):
        opens = cl.start == 0 or _opens_part(text, cl.start) or not text[: cl.start].strip()
        if not opens and ci > 0:
            # 同时，发展清洁能源产业，…: a lead-in alone does not take the topic's place
            prev = clauses[ci - 1]
            prev_text = text[prev.start : prev.end].strip()
            prev_opens = prev.start == 0 or _opens_part(text, prev.start)
            opens = prev_opens and _LEAD_IN.fullmatch(prev_text) is not None
        if not opens or cl.programs or cl.subjects is not None or cl.blocked:
            continue
        refs = _clause_topic(text, cl.start, cl.end, themes, lexicon, "serves.topic", 0.55)
        if not refs:
            continue
        reach = _TOPIC_REACH
        for nxt in clauses[ci + 1 :]:
            if nxt.subjects is not None or nxt.blocked or _opens_part(text, nxt.start):
                break
            if not nxt.programs and (
                _FRAME.match(text, nxt.start, nxt.end) or _MANNER.match(text, nxt.start, nxt.end)
            ):
                continue  # 聚焦…等关键环节, 从…发力: how the work is done, between topic and action
            for p in nxt.programs:
                have = {r.key for r in p.themes}
                p.themes.extend(r for r in refs if r.key not in have)
            reach -= 1
            if reach == 0:
                break


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


# Words of doing that follow the topic in a program's name (营商环境对标提升行动).
_ACTION_MORPHEMES = re.compile(
    r"(?:对标|提升|提质|扩能|扩优|扩容|提能|升级|优化|调整|振兴|攻坚|整治|专项|能力|增效|质效|"
    r"培育发展|引育|三年|五年|倍增|示范|推广|大规模应用|行动|集中|深化|办理|补贴|奖补|消费补贴|对接|"
    r"[一二三四五六七八九十百千万\d]+[大项个])$"
)
_TOPIC_TYPES = W.TOPIC_TYPES
_FACILITY_HEADS = W.FACILITY_HEADS
_NAME_LEAD = re.compile(
    r"^(?:[一二两三四五六七八九十\d]+届|新一轮|新时代|更高水平|高水平|高标准|省级|全省|全面|深入|持续|开展|实施)+"
)


# Themes too general to say what a program is for when its name says more (应急管理高质量发展…).
_GENERIC_THEMES = W.GENERIC_THEMES
_QUOTED_NAME = re.compile(r"(?P<pre>[^“”]*)“(?P<q>[^“”]+)”(?P<post>[^“”]*)")
_PRE_ACTION = re.compile(r"(?:高质量发展|创建|建设|提升|示范|专项|系列|新一轮)+$")
_LEADING_COUNT = re.compile(r"^[\d一二三四五六七八九十百千万余]+[个项家条座所批处大]")
# Who or at what level a program runs (省属高校, 过渡期后省级): not what it is for.
_LEVEL = re.compile(
    r"(?:[省市县区]级|省属|市属|高校|医院|企业|单位|部门|内部|[\d])$|^(?:过渡期|省属|全省)|首[家个批]"
)
# The form a program takes (…教学线路, …响应机制): how it is done, not what it is for.
_FORM_WORDS = re.compile(
    r"(?:学习|教学|培训|旅游|攻关|响应|直通|联合|文体|研学|体验|展示|交流|宣讲|竞赛|比赛|赛事|主场|推广)$"
    r"|^(?:精品|现场|主题|特色|品牌|一贯式)"
)
_MANNER_MODIFIER = re.compile(
    r"^(?:智慧|数字|智能|综合|一体化|系列|专项|主题|品牌|新型|全流程|全链条)"
)


def _quoted_name_theme(label: str) -> str | None:
    """The topic written around a quoted name: before it, or between it and the type word.

    职工关心关爱“四个1”活动 → 职工关心关爱, “九五”普法规划 → 普法, “大思政课”建设工程 →
    大思政课 (building a named goal serves the goal).
    """
    m = _QUOTED_NAME.fullmatch(label)
    if m is None:
        return None
    pre = _NAME_LEAD.sub("", m.group("pre"))
    pre = _PRE_ACTION.sub("", _LEADING_COUNT.sub("", pre))
    if (
        len(pre) >= 3
        and pre not in _GENERIC_CORES
        and not re.fullmatch(r"[省市县乡镇村区]+", pre)
        and not _LEVEL.search(pre)
        and not pre.endswith(_FACILITY_HEADS)
    ):
        return pre
    post = m.group("post")
    tw = next((w for w in TYPE_WORDS if post.endswith(w)), "")
    mid = post[: len(post) - len(tw)] if tw else post
    if mid in ("建设", "建设工程", "") and post.startswith("建设"):
        core = m.group("q").strip()
        return core if len(core) >= 3 and not re.search(r"\d", core) else None
    mid = re.sub(r"^(?:系列|专项)", "", mid.rsplit("等", 1)[-1])
    bare = mid
    mid = _PRE_ACTION.sub("", mid)
    while (m2 := _ACTION_MORPHEMES.search(mid)) is not None:
        mid = mid[: m2.start()]  # “全省一朵云”升级工程: the doing, not a topic
    mid = re.sub(r"(?:培育|建设|打造|推广|应用)$", "", mid)
    if mid in TYPE_WORDS:
        return None  # “个十百”平台培育工程: a kind of program
    if len(mid) < 3 and mid != bare:
        mid = bare  # “2152”龙头引育工程: too little is left without its doing
    if (
        len(mid) >= 2
        and mid not in _GENERIC_CORES
        and mid not in _GENERIC_THEMES
        and not _MANNER_MODIFIER.match(mid)
        and not _FORM_WORDS.search(mid)
        and mid[0] not in "和与及、"
    ):
        return mid
    return None


# A phase of a works project (万州新田港二期): what follows it is the facility.
_PHASE = re.compile(r"[一二三四五六七八九十\d]+期(?:[一二三四五六七八九十\d]+步)?$")
# Transfer works named by what they carry where (陇电入鲁, 引洮, 南水北调, 西电东送).
_TRANSFER = re.compile(r"^引.|[电水气煤油][入出送调济]|[东西南北][电水气][东西南北][送调输]")
_STRENGTHEN = re.compile(r"[稳强促扩兴]([\u4e00-\u9fff]{2})")


def _name_theme(label: str) -> str | None:
    """The topic a program's name states before its words of doing and its type word.

    县域普通高中振兴行动 → 县域普通高中, 营商环境对标提升行动 → 营商环境. Only names with a
    word of doing are read so: in 中原大讲堂 the name is not a topic.
    """
    name = re.sub(r"[“\"‘「『][^”\"’」』]*[”\"’」』]", "", label)
    tw = next((w for w in TYPE_WORDS if name.endswith(w)), None)
    if tw is None:
        return None
    core = name[: -len(tw)]
    stripped = False
    while True:
        m = _ACTION_MORPHEMES.search(core)
        if not m or m.start() == 0:
            break
        core = core[: m.start()]
        stripped = True
    core = _NAME_LEAD.sub("", core)
    if not stripped and len(tw) > 2 and _ACTION_MORPHEMES.search(tw[:-2]):
        stripped = True  # 公民法治素养提升行动: the type word holds the word of doing
    if not stripped and tw in _TOPIC_TYPES and "“" not in label:
        verb = _STRENGTHEN.fullmatch(core)
        if verb and verb.group(1) not in _GENERIC_CORES and verb.group(1) not in ("基础", "能力"):
            return verb.group(1)  # 稳外贸行动, 强工业行动: strengthen what
        elif len(core) >= 4:
            stripped = True  # 白内障复明工程, 治理欠薪专项行动: the name says what it is for
    if _PHASE.search(core) or core.endswith(_FACILITY_HEADS) or _TRANSFER.search(core):
        return None  # 兰州铁路枢纽优化提升工程, 陇电入鲁工程: the thing built, not a purpose
    if not stripped or len(core) < 3 or core in _GENERIC_CORES or "、" in core:
        return None
    return core


def _frame_themes(
    text: str, fs: int, fe: int, quotes: list[Span], themes: list[ThemeHit], lexicon: Lexicon
) -> list[ThemeRef]:
    refs: list[ThemeRef] = []
    used: list[tuple[int, int]] = []
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
            refs.append(ThemeRef(key, label, q.start, q.end, "serves.frame", 0.8))
            used.append((q.start, q.end))
    for hit in themes:
        if hit.end - hit.start < 3 and not text[fs : hit.start].endswith(("围绕", "聚焦", "紧扣")):
            continue
        if fs <= hit.start and hit.end <= fe and not any(s <= hit.start < e for s, e in used):
            refs.append(
                ThemeRef(
                    hit.key, lexicon.themes[hit.key].label, hit.start, hit.end, "serves.frame", 0.8
                )
            )
    # 紧扣深化理论学习, 围绕科技创新、产业需求育人: unquoted objects are themes of their own
    cue = _FRAME.match(text, fs)
    obj_start = cue.end() if cue else fs
    if text.startswith(("机遇", "契机"), obj_start):
        obj_start += 2  # 抢抓机遇稳投资: what the occasion is seized for
    if not _MEANS_HEAD.match(text, fe):
        refs.extend(_phrase_themes(text, obj_start, fe, refs, "serves.frame", 0.6))
    return _dedupe_refs(refs)


# 聚焦育龙头、强链群、拓市场等关键环节: the items are steps of the work, not what it is for
_MEANS_HEAD = re.compile("等" + alternation(W.MEANS_HEADS))


# Who a program is for (引导党员干部…), at the start of an object: not a theme.
_PEOPLE = W.PEOPLE
_OBJECT_VERBS = W.OBJECT_VERBS
# Purpose cues strong enough for a theme that is not in the vocabulary.
_STRONG_PURPOSE = W.STRONG_PURPOSE_CUES
# What ends the object of a purpose or frame cue: the action it is the purpose of.
_OBJECT_TAIL = re.compile(
    r"(?:等(?:领域|方面|重点领域|关键环节|环节|工作|问题)?|领域|方面|契机|机遇|东风|热潮)$"
)  # (抢抓亚冬会契机: the occasion is the theme, not the word for it)


# A measure of some general thing (生产质效, 平台能级, 服务水平): says how much, not what of.
_VAGUE = re.compile(
    r"[\u4e00-\u9fff]{1,2}(?:质效|能级|水平|能力|效能|效率|成效|质量|功能|活力|实力|效益|能效|质态)"
)


# Adverbs and prepositions that make a phrase a clause of its own.
_CLAUSE_MARKS = re.compile(r"有序|逐步|稳妥|向社会|向全[国球]|在[^线]|[把将被]")


def _phrase_themes(
    text: str, start: int, end: int, known: list[ThemeRef], rule: str, confidence: float
) -> list[ThemeRef]:
    """Themes written as plain phrases (not in the vocabulary) between ``start`` and ``end``.

    The whole object when short (提升双城经济圈经济实力、发展活力), else its 、-items; an
    item already covered by a vocabulary theme is not repeated.
    """
    obj = text[start:end].rstrip("。！？!?；;，, \n")
    lead = _ADVERBS.match(obj)
    shift = lead.end() if lead else 0
    obj = obj[shift:]
    tail = _OBJECT_TAIL.search(obj)
    if tail:
        obj = obj[: tail.start()]
    if "等" in obj:
        # 促进有色冶金、石化化工等产业延链补链: the items are examples of the head
        cut = obj.rindex("等") + 1
        shift, obj = shift + cut, obj[cut:]
    base = start + shift
    if not obj or not re.fullmatch(r"[\u4e00-\u9fff0-9A-Za-z、]+", obj):
        return []  # quoted names are read on their own; a clause is not a theme
    if obj.startswith(_PEOPLE) or obj.startswith(tuple(IMPLEMENT_VERBS)):
        return []  # 引导党员干部…: whom the program is for, and what they do, is not a theme
    if any(v in obj for v in ("实施", "开展", "举办", "建设")) and len(obj) > 12:
        return []
    items: list[tuple[int, str]] = []
    known_inside = any(base <= k.start and k.end <= base + len(obj) for k in known) or any(
        part.startswith((*_OBJECT_VERBS, "服务", "支持", "推动", "促进"))
        for part in obj.split("、")[1:]
    )  # 服务企业、服务群众、服务基层: a list of actions, read item by item
    if len(obj) <= 16 and (
        "、" not in obj
        or obj.startswith(_OBJECT_VERBS)
        or (obj.count("、") <= 2 and not known_inside)
    ):
        # 提升双城经济圈经济实力、发展活力: one verb governs the items, keep them together
        items.append((base, obj))
    else:
        parts = obj.split("、")
        if len(parts) > 3:
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
            pos += len(part) + 1
    out = []
    for s, item in items:
        item_clean = item.strip("“”")
        if len(item_clean) < 3 or item_clean in _GENERIC_CORES or _VAGUE.fullmatch(item_clean):
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


def _purpose_themes(
    text: str,
    start: int,
    end: int,
    themes: list[ThemeHit],
    recent_themes: list[str],
    lexicon: Lexicon,
    strong: bool = False,
) -> list[ThemeRef]:
    # two-character themes (教育, 文化, 法治) only right after the cue: elsewhere they are
    # parts of other words (教育引导, 北疆文化, 法治思维)
    hits = [
        h
        for h in themes
        if start <= h.start and h.end <= end and (h.end - h.start >= 3 or h.start == start)
    ]
    # 就业、医疗、养老等民生领域: the items before 等 are examples of the theme after it
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
    refs = [
        ThemeRef(h.key, lexicon.themes[h.key].label, h.start, h.end, "serves.purpose", 0.7)
        for h in keep
    ]
    # 为西藏高质量发展注入新动力: the purpose stands between 为 and what is given to it
    give = _GIVE.match(text, start, end)
    gi = 1 if give and give.group(1) else 2
    obj_end = give.end(gi) if give else end
    obj_start = give.start(gi) if give else start
    if give:
        refs = [r for r in refs if obj_start <= r.start and r.end <= obj_end]
    if (give or strong) and not refs:
        # a vocabulary theme found is what the clause is about; the rest says what of it
        refs.extend(_phrase_themes(text, obj_start, obj_end, refs, "serves.purpose", 0.6))
    elif not refs:
        # 提高经济运行监测分析能力: what a capacity is raised for is the theme
        body = text[obj_start:obj_end].rstrip("。！？!?；;，, \n")
        measure = _MEASURE_TAIL.search(body)
        if measure and measure.start() >= 4:
            refs.extend(
                _phrase_themes(
                    text, obj_start, obj_start + measure.start(), refs, "serves.purpose", 0.55
                )
            )
    for m in re.finditer(
        r"(?:这一|该)([\u4e00-\u9fff]{2,6}?)(?=的|，|。|$|在|入|见|落)", text[start:end]
    ):
        word = m.group(1)
        for tid in reversed(recent_themes):
            t = lexicon.themes.get(tid)
            if t and t.label.endswith(word):
                refs.append(
                    ThemeRef(
                        tid, t.label, start + m.start(), start + m.end(), "serves.backref", 0.65
                    )
                )
                break
    return _dedupe_refs(refs)


_OUTCOME = re.compile(alternation(W.OUTCOME_VERBS))
# Cues that are as often the verb of one more action in a list as a purpose.
_PARALLEL_CUES = W.PARALLEL_CUES


def _action_follows(text: str, clauses: list[_Clause], ci: int) -> bool:
    """The clause after ``ci`` (same ；-part) opens with a verb of action of its own."""
    if ci + 1 >= len(clauses):
        return False
    nxt = clauses[ci + 1]
    if _opens_part(text, nxt.start) or nxt.subjects is not None:
        return False
    pos = nxt.start
    adv = _ADVERBS.match(text, pos, nxt.end)
    if adv:
        pos = adv.end()
    return bool(_TOPIC_CLAUSE_VERB.match(text, pos, nxt.end)) or any(
        text.startswith(v, pos) for v in (*IMPLEMENT_VERBS, *_CLAUSE_VERBS)
    )


_MEASURE_TAIL = re.compile(r"(?:整体)?(?:覆盖水平|服务水平|保障能力|能力|水平|效能|质量)$")
_MANNER = re.compile(r"\s*(?:从|通过|依托|借助|利用)[^，；]*(?:发力|入手|着手|为抓手|方面)?")
_GIVE = re.compile(
    r"[^，；为]{0,4}为([^，；]{2,20}?)(?:注入|提供|奠定|打下|营造|创造|增添|贡献|打通|筑牢|夯实)"
    r"|[^，；]{0,3}[将把][^，；]{1,12}?(?:转化|转变)为([^，；]{2,16})"
)


def _dedupe_refs(refs: list[ThemeRef]) -> list[ThemeRef]:
    seen: set[str] = set()
    out = []
    for r in refs:
        if r.key not in seen:
            seen.add(r.key)
            out.append(r)
    return out
