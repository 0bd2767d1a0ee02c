"""Relate the mentions of one sentence: who implements which program, and what it serves.

The sentence is cut into clauses (:mod:`kg.relate.clauses`), each clause gets its
subject, the program rules (:mod:`kg.relate.programs`) read each clause that could name a
program, and the theme rules (:mod:`kg.relate.themes`) attach themes to the programs.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass

from kg.model import Token
from kg.relate.clauses import (
    DELEGATING,
    GROUP_REF,
    Clause,
    ClauseProgram,
    ThemeRef,
    clause_subject,
    dedupe_hits,
    framed_places,
    named_in,
    split_clauses,
    subjects_of_clauses,
)
from kg.relate.grammar import BRANDED, DOCUMENT_HEAD, HOSTED_BY, LIST_CLOSE, TYPE_WORD
from kg.relate.phrases import distinct_themes
from kg.relate.programs import clause_programs, may_name_program
from kg.relate.registry import REGISTRY
from kg.relate.themelabels import clean_theme
from kg.relate.themes import attach_themes
from kg.relate.verbs import split_adverb_verbs
from kg.text.lexicon import Lexicon
from kg.text.mentions import GeoHit, Span, ThemeHit, find_book_titles, find_quotes, gazetteer
from kg.text.segment import segment_spans

__all__ = ["SentenceFacts", "relate_sentence", "settle_themes"]


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


# A numbered note defining a term (1. 数字政府：…) reports no action.
_GLOSSARY = re.compile(r"\s*\d{1,2}[.．]\s*[^，。：:；]{2,40}[：:]")


def relate_sentence(
    text: str,
    lexicon: Lexicon,
    *,
    author: str | None = None,
    recent_themes: list[str] | None = None,
    previous: tuple[str, ...] = (),
    group: tuple[str, ...] = (),
    hits: tuple[list[GeoHit], list[ThemeHit]] | None = None,
    off: Collection[str] = (),
    unborn: Collection[str] = (),
) -> SentenceFacts:
    """Read one sentence (matching text, sentence-local offsets).

    ``author`` is the province that wrote the document (work reports), used for clauses
    without a subject; ``recent_themes`` (vocabulary ids, most recent last) resolves
    back-references such as 这一重要思想; ``previous`` are the provinces acting at the end
    of the sentence before (same paragraph), carried into a sentence that opens with
    同时/此外/还; ``group`` the provinces that 两地/两省市 refer back to. ``hits`` are the
    gazetteer's provinces and places and its themes in the sentence, when the caller has
    them (:meth:`~kg.text.mentions.Gazetteer.geo_in_spans` scans a document at once).
    ``off`` are rule ids switched off (:meth:`~kg.relate.registry.Registry.switch_off`);
    ``unborn`` the provinces the document predates (extract.not_yet_provinces), named by no
    mention, whole or in a compound of abbreviations.
    """
    gaz = gazetteer(lexicon)
    named_geo, themes = hits if hits is not None else (gaz.geo(text), gaz.themes(text))
    # 共建“一带一路”国家: the countries of a program, not a topic
    themes = [t for t in themes if not _COUNTRIES_OF.match(text, t.end)]
    # 新疆生产建设兵团: a body of its own, not the region's government
    named_geo = [h for h in named_geo if not _OTHER_BODY.match(text, h.end)]
    geo = [h for h in named_geo + gaz.abbreviation_compounds(text) if h.province not in unborn]
    geo.sort(key=lambda h: h.start)
    facts = SentenceFacts(programs=[], geo=geo, themes=themes)
    quotes = find_quotes(text)
    books = find_book_titles(text)
    candidates = bool(
        quotes
        or books
        or TYPE_WORD.search(text)
        or LIST_CLOSE.search(text)
        or HOSTED_BY.search(text)
        or DOCUMENT_HEAD.search(text)
        or BRANDED.search(text)
    )
    if not (candidates or geo or (group and GROUP_REF.search(text))):
        # no program, and no clause can have a subject (a province or place at its start,
        # or 两地 for the group): there is nothing to carry to the next sentence either
        return facts
    clauses: list[Clause] = []
    for cstart, cend in split_clauses(text):
        subj, blocked, subj_end = clause_subject(text, cstart, cend, geo, group)
        if blocked and subj is None:
            framed = framed_places(text, cstart, cend, clauses[-1] if clauses else None)
            if framed is not None:  # (在浙江，各地开展…: carried from the place clause)
                blocked, subj_end = False, framed
        clauses.append(Clause(cstart, cend, subj, blocked, subj_end))
    _carry_on(facts, text, clauses, geo)
    if not candidates:
        return facts  # nothing that could name a program: skip segmentation
    if _GLOSSARY.match(text):
        return facts  # a numbered note defining a term reports no action
    subjects = subjects_of_clauses(text, clauses, author=author, previous=previous, off=off)
    _read_programs(text, clauses, subjects, quotes, books, lexicon, off, geo)
    if any(cl.programs for cl in clauses):  # themes attach to programs only
        story = author is None
        attach_themes(text, clauses, quotes, themes, lexicon, recent_themes or [], off, story)
    for cl in clauses:
        for p in cl.programs:
            settle_themes(p.themes, lexicon)
        facts.programs.extend(cl.programs)
    return facts


_COUNTRIES_OF = re.compile(r"”?(?:沿线)?国家")
# the name of a body that opens with a province's and is not its government
_OTHER_BODY = re.compile(r"生产建设兵团")


def _carry_on(facts: SentenceFacts, text: str, clauses: list[Clause], geo: list[GeoHit]) -> None:
    """Who acts at the end of the sentence, and the provinces last named together (still
    the province after a clause that hands the doing to firms: …，支持汽车企业布局海外市场。
    同时，…推出了…)."""
    for cl in clauses:
        if cl.subjects:
            facts.subjects = tuple(h.province for h in cl.subjects)
            if len(cl.subjects) > 1:
                facts.group = facts.subjects
        elif cl.blocked and not text.startswith(DELEGATING, cl.start):
            facts.subjects = ()
    named = dedupe_hits([h for h in geo if h.kind == "province"])
    if len(named) > 1 and not facts.group:
        facts.group = tuple(h.province for h in named)


def _read_programs(
    text: str,
    clauses: list[Clause],
    subjects: list[tuple[tuple[GeoHit, ...] | None, str]],
    quotes: list[Span],
    books: list[Span],
    lexicon: Lexicon,
    off: Collection[str],
    geo: list[GeoHit],
) -> None:
    """The programs of each clause that could name one, with the clause's subject."""
    # only the clauses that could name a program are segmented (jieba is the costliest step)
    reading = [may_name_program(text, cl.subject_end, cl.end, quotes, books) for cl in clauses]
    spans = [(cl.subject_end, cl.end) for cl, r in zip(clauses, reading, strict=True) if r]
    tokens = split_adverb_verbs(segment_spans(text, spans, lexicon))
    for ci, (cl, (subj, rule)) in enumerate(zip(clauses, subjects, strict=True)):
        if not reading[ci]:
            continue
        ctoks = [t for t in tokens if t.start >= cl.subject_end and t.end <= cl.end]
        if cl.subjects and all(h.end - h.start > 1 for h in cl.subjects):
            # 海南自由贸易港全球产业招商大会开幕: a word of the lexicon runs over the subject
            # (海南 + 自由贸易港); its rest opens the clause
            cut = next((t for t in tokens if t.start < cl.subject_end < t.end <= cl.end), None)
            if cut is not None:
                ctoks.insert(0, Token(text[cl.subject_end : cut.end], cl.subject_end, cut.end))
        for found in clause_programs(text, cl, ctoks, quotes, books, lexicon, off):
            psubj, prule = subj, rule
            if rule == "none" and found.rule == "impl.topic" and "named-in" not in off:
                named = named_in(text, found.start, found.end, geo, lexicon)
                if named is not None:
                    psubj, prule = named, "named-in"
            cl.programs.append(
                ClauseProgram(
                    **found._asdict(), subjects=psubj or (), subject_rule=prule, clause=ci
                )
            )


def _split_lists(themes: list[ThemeRef]) -> list[ThemeRef]:
    """围绕工业制造、现代海洋、医疗健康等领域: a list of topics is one theme each, and so is
    a purpose's list of one head (促进品牌消费、品质消费)."""
    out: list[ThemeRef] = []
    for r in themes:
        parts = r.label.split("、")
        # (促消费、拓渠道: aims, not topics; but 品牌消费、品质消费, one head: topics)
        shared_head = len({p[-2:] for p in parts}) == 1 and all(len(p) >= 3 for p in parts)
        if (
            r.key.startswith("+")
            and (r.rule in ("serves.frame", "serves.context") or shared_head)
            and 2 <= len(parts) <= 6
            and all(2 <= len(p) <= 12 for p in parts)
            and "“" not in r.label
        ):
            out.extend(ThemeRef("+" + p, p, r.start, r.end, r.rule, r.confidence) for p in parts)
        else:
            out.append(r)
    return out


def settle_themes(themes: list[ThemeRef], lexicon: Lexicon) -> None:
    """Settle one program's themes in place: the closest reading wins.

    Made-up themes get clean labels (or go: :func:`kg.relate.themelabels.clean_theme`), and
    a named program read as a purpose or topic goes (推动电信普遍服务试点: another task);
    its own frame or purpose is closer than the topic of the sentence; one theme per
    wording (the surest); a frame (围绕…等领域开展…) or a purpose that is a vocabulary
    theme stands beside what the name states (实施全民应急素质提升工程，筑牢安全生产…: both);
    without one, when its name states what it is for, a topic or a plain phrase read as its
    purpose from the clauses around it adds nothing: judges find the name's reading right
    far more often.
    """
    themes[:] = [
        c
        for r in _split_lists(themes)
        if (c := clean_theme(r, lexicon)) is not None and not _another_program(c)
    ]
    if not all(_field_only(r) for r in themes):
        themes[:] = [r for r in themes if not _field_only(r)]
    if any(r.rule in ("serves.frame", "serves.purpose") for r in themes):
        themes[:] = [r for r in themes if r.rule != "serves.topic"]
    themes[:] = distinct_themes(themes)
    framed = any(
        r.rule in ("serves.frame", "serves.event-theme")
        or (r.rule == "serves.purpose" and not _loose_purpose(r))
        for r in themes
    )
    if not framed and any(r.rule == "serves.name" for r in themes):
        themes[:] = [r for r in themes if r.rule != "serves.topic" and not _loose_purpose(r)]


def _field_only(ref: ThemeRef) -> bool:
    """The field a platform's, corridor's or zone's name states (量子计算研发平台 → 量子计算):
    the weakest reading of a name, kept only when no other theme is read."""
    return ref.rule == "serves.name" and ref.confidence == REGISTRY["serves.name"].confidence_of(
        "field"
    )


def _loose_purpose(ref: ThemeRef) -> bool:
    """A purpose read as a plain phrase, not as a theme of the vocabulary."""
    return ref.rule == "serves.purpose" and ref.confidence < REGISTRY["serves.purpose"].confidence


# the type words of a named program that a purpose or topic clause may name: another task
# beside the program (实施“宽带乡村”工程，推动电信普遍服务试点), not what it is for
_PROGRAM_ENDS = ("试点", "行动", "计划", "工程")


def _another_program(ref: ThemeRef) -> bool:
    return (
        ref.rule in ("serves.purpose", "serves.topic")
        and ref.key.startswith("+")
        and len(ref.label) >= 6
        and ref.label.endswith(_PROGRAM_ENDS)
    )
