"""From a document to assertions: sentences, mentions, and the facts relating them."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from kg.model import Assertion, Document, Evidence, Extraction, Mention, Sentence
from kg.model import content_hash as model_content_hash
from kg.relate.clauses import ClauseProgram, ThemeRef
from kg.relate.events import EventMemory, HostedBack, event_facts
from kg.relate.quoted import PROVINCE_SCOPED
from kg.relate.rules import REGISTRY
from kg.relate.sentence import SentenceFacts, relate_sentence
from kg.text.lexicon import Lexicon, load_lexicon
from kg.text.mentions import gazetteer
from kg.text.normalize import matching_text
from kg.text.sentences import iter_sentences

__all__ = [
    "EXTRACTOR_VERSION",
    "Extraction",
    "author_province",
    "content_hash",
    "extract_document",
    "not_yet_provinces",
]

# Part of every document's content hash: a new version rebuilds each document on the next
# build. 0.2.0: facts and names live once in the shared graph (kgg:facts), so a store
# written by 0.1.0 (facts inside each document's graph) is rewritten document by document.
EXTRACTOR_VERSION = "0.9.261"

_REPORT_TITLE = re.compile(r"政府工作报告")
_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}){0,2}")
# the head of a note at the end of a report, on a line of its own: ［14］两非两资：
_NOTE_HEAD = re.compile(r"\s*[［\[]\d{1,3}[］\]][^，。；：:]{1,30}[：:]\s*")
_CONGRESS = re.compile(r"在\s*([^\s，。]{2,12}?)第[^\s，。]{1,6}届\s*人民代表大会")


def content_hash(doc: Document) -> str:
    """The document's content hash under this version of the extractor."""
    return model_content_hash(doc, EXTRACTOR_VERSION)


def author_province(doc: Document, lexicon: Lexicon, matched: str | None = None) -> str | None:
    """The province that wrote the document, if it is a province's own document.

    ``matched`` is ``matching_text(doc.text)`` when the caller has it already.

    From metadata; from a title naming a provincial government work report; or, for a
    provincial policy document, from one province named in the title or opening together
    with the text speaking of itself as that province (全省, 我省, 省委省政府 …).
    """
    if doc.province:
        pid = lexicon.province_of(doc.province)
        if pid:
            return pid
        if doc.province in lexicon.provinces:
            return doc.province
    # the report's own title, not a report mentioned in a news story (…所作的政府工作报告)
    first_line = doc.text.lstrip().split("\n", 1)[0][:60]
    head = matching_text(doc.title or "") + "\n" + matching_text(first_line)
    m = _REPORT_TITLE.search(head)
    if m:
        line_start = head.rfind("\n", 0, m.start()) + 1
        pid = _first_province(head[line_start : m.start()], lexicon)
        if pid:
            return pid
        # a bare 政府工作报告 title: the congress it was given at names the province
        congress = _CONGRESS.search(matching_text(doc.text[:300]))
        if congress:
            return _first_province(congress.group(1), lexicon)
    text = matched or matching_text(doc.text)
    pid = _self_named_province(doc, text, lexicon)
    if pid is not None and _kind(lexicon, pid) != "市":
        # a city's document (全市, 我市 more often than 全省, 我省) is not its province's
        if len(_SELF_WORDS["市"].findall(text)) > len(_SELF_WORDS["省"].findall(text)):
            return None
    return pid


def _first_province(text: str, lexicon: Lexicon) -> str | None:
    best: tuple[int, str] | None = None
    for name, pid in lexicon.province_by_name.items():
        pos = text.find(name)
        if pos >= 0 and (best is None or pos < best[0]):
            best = (pos, pid)
    return best[1] if best else None


# How a provincial-level government speaks of itself, by the kind of division.
_SELF_WORDS = {
    "省": re.compile(r"全省|我省|本省|省委省政府|省委、省政府|省直"),
    "自治区": re.compile(r"全区|我区|本自治区|自治区党委|自治区人民政府|区直"),
    "市": re.compile(r"全市|我市|本市|市委市政府|市委、市政府|市直"),
}


_NEWS = re.compile(r"央视网消息|新闻联播|本台|代表团|新华社|记者|通讯员|人民日报")


def _self_named_province(doc: Document, text: str, lexicon: Lexicon) -> str | None:
    """A policy document's own province: named alone in the title or opening, and
    self-referred. ``text`` is the document's matching text."""
    if _NEWS.search(text[:400]):
        return None  # a news story is written by its broadcaster, never by a province
    opening = matching_text(doc.title or "") + "\n" + matching_text(doc.text[:1000])
    named = {h.province for h in gazetteer(lexicon).geo(opening) if h.kind == "province"}
    if len(named) == 1:
        pid = named.pop()
        # a news story quoting an official once is not the province's own document
        if len(_SELF_WORDS[_kind(lexicon, pid)].findall(text)) >= 3:
            return pid
    return _dominant_province(text, lexicon)


def _kind(lexicon: Lexicon, pid: str) -> str:
    label = lexicon.provinces[pid].label
    return next((k for k in ("自治区", "省", "市") if label.endswith(k)), "省")


# How a document of the central government addresses the provinces and speaks of itself.
_CENTRAL_WORDS = re.compile(r"各省、自治区、直辖市|各省[（(]区、市[）)]|国务院|党中央")
# How a provincial-level government speaks of itself anywhere in its document: its own
# words, its leadership and a department of its own named as the one in charge
# (省工业和信息化厅牵头).
_SELF_REFERENCES = {
    kind: re.compile(words.pattern + extra)
    for kind, words, extra in (
        (
            "省",
            _SELF_WORDS["省"],
            r"|省委|省政府|省人民政府|省有关部门|省[\u4e00-\u9fff]{1,8}(?:厅|委|局)(?:牵头|负责|配合)",
        ),
        (
            "自治区",
            _SELF_WORDS["自治区"],
            r"|自治区[\u4e00-\u9fff]{1,8}(?:厅|委|局)(?:牵头|负责|配合)",
        ),
        ("市", _SELF_WORDS["市"], r"|市[\u4e00-\u9fff]{1,8}(?:委|局)(?:牵头|负责|配合)"),
    )
}


def _dominant_province(text: str, lexicon: Lexicon) -> str | None:
    """A policy document that names its province somewhere (not in its opening), speaks
    of itself as a province (全省, 省政府, 省发展改革委牵头 …) more than as the central
    government, and names no other province as often."""
    geo = gazetteer(lexicon).geo(text)
    counts = Counter(h.province for h in geo if h.kind == "province")
    ranked = counts.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    pid = ranked[0][0]
    own = len(_SELF_REFERENCES[_kind(lexicon, pid)].findall(text))
    # a city of the province named more often than the province speaks of itself: the
    # city's document (青岛市行政审批服务局…, which mentions “数字山东” and 全省 in passing)
    places = Counter(h.key for h in geo if h.kind == "place" and h.province == pid)
    if places and places.most_common(1)[0][1] > counts[pid] + own:
        return None
    return pid if own >= 2 and own > len(_CENTRAL_WORDS.findall(text)) else None


def not_yet_provinces(doc: Document, lexicon: Lexicon) -> frozenset[str]:
    """The provinces a dated document predates (kg:establishedOn: 重庆市 1997-03-14): their
    names are places then, never a province that acts (1984's 重庆等地 are cities of 四川)."""
    if not doc.date or not _ISO_DATE.fullmatch(doc.date):
        return frozenset()  # (an undated text, or a date not in ISO form, is read as of today)
    return frozenset(
        p.id
        for p in lexicon.provinces.values()
        if p.established and doc.date < p.established[: len(doc.date)]
    )


# the themes a sentence read for a program no province carries out there (2025年…数字丝路
# 发展论坛在泉州开幕), with the sentence and the program's mention, by the program's key
_Unowned = dict[str, list[tuple[ThemeRef, Sentence, Mention]]]


def extract_document(
    doc: Document, lexicon: Lexicon | None = None, *, without: Iterable[str] = ()
) -> Extraction:
    """Read a document: split, find mentions, relate them into assertions.

    ``without`` names rules to switch off (``kg eval --without``): the extraction runs as
    if they never fired. An unknown rule id is an :class:`~kg.errors.InputError`.
    """
    lex = lexicon or load_lexicon()
    off = REGISTRY.switch_off(without)
    matched = matching_text(doc.text)
    unborn = not_yet_provinces(doc, lex)  # (重庆 in a report of 1984: a city of 四川)
    author = author_province(doc, lex, matched)
    author = None if author in unborn else author
    sentences = list(iter_sentences(doc))
    mentions: list[Mention] = []
    assertions: dict[tuple[str, str, str], Assertion] = {}
    recent_themes: list[str] = []
    previous: tuple[str, ...] = ()  # who acted at the end of the sentence before
    group: tuple[str, ...] = ()  # the provinces last named together (两地 refers to them)
    last_end = 0
    events = EventMemory()  # the events named so far, for 本届论坛, 大会以…为主题
    unowned: _Unowned = {}  # the themes of programs no province carried out where named
    back_off = {"impl.hosted-back", "serves.event-theme"} <= off
    # the matching text has the original's length: normalise once, slice per sentence;
    # the gazetteer scans it once for all the sentences
    spans = [(sent.start, sent.end) for sent in sentences]
    gaz = gazetteer(lex)
    hits = zip(gaz.geo_in_spans(matched, spans), gaz.themes_in_spans(matched, spans), strict=True)
    notes = False  # past the first note glossing a term (［24］“11431”基层治理体系：)
    for sent, in_sentence in zip(sentences, hits, strict=True):
        if "\n" in doc.text[last_end : sent.start]:
            previous = ()  # a new paragraph: 同时 does not reach back over it
        last_end = sent.end
        text = matched[sent.start : sent.end]
        notes = notes or _NOTE_HEAD.fullmatch(text) is not None
        if notes:
            continue  # the notes at the end spell out the terms; they report no action
        facts = relate_sentence(
            text,
            lex,
            author=author,
            recent_themes=recent_themes,
            previous=previous,
            group=group,
            hits=in_sentence,
            off=off,
            unborn=unborn,
        )
        previous = facts.subjects or previous
        group = facts.group or group
        mentions.extend(_place_mentions(facts, sent, lex))
        for p in facts.programs:
            prog = _program_assertions(p, sent, lex, doc.id, assertions, unowned)
            mentions.append(prog)
            events.remember(prog)
        if not back_off:
            if sent.index < 3:  # the headline and the lead name a story's event
                events.remember_lead(text, sent.start)
            for fact in event_facts(text, sent.start, events, lex):
                _event_assertion(fact, sent, lex, doc.id, assertions, off)
        for t in facts.themes:
            recent_themes.append(t.key)
        del recent_themes[:-20]
    _owned_themes(doc.id, unowned, assertions)
    return Extraction(
        document=doc,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        assertions=tuple(assertions.values()),
        author=author,
        extractor_version=EXTRACTOR_VERSION,
    )


def _place_mentions(facts: SentenceFacts, sent: Sentence, lex: Lexicon) -> list[Mention]:
    """The provinces, places and vocabulary themes a sentence names."""
    base = sent.start
    out: list[Mention] = []
    for g in facts.geo:
        surface = sent.text[g.start : g.end]
        if g.kind == "province":
            pe = lex.provinces[g.key]
            out.append(Mention("province", g.key, pe.short, base + g.start, base + g.end, surface))
        else:
            pl = lex.places[g.key]
            out.append(
                Mention(
                    "place",
                    g.key,
                    pl.label,
                    base + g.start,
                    base + g.end,
                    surface,
                    province=g.province,
                )
            )
    for t in facts.themes:
        label = lex.themes[t.key].label
        surface = sent.text[t.start : t.end]
        out.append(Mention("theme", t.key, label, base + t.start, base + t.end, surface))
    return out


def _owned_themes(
    doc_id: str, unowned: _Unowned, assertions: dict[tuple[str, str, str], Assertion]
) -> None:
    """The themes read where a program was named without a province are its own once a
    province carries it out anywhere in the document (…论坛在泉州开幕, then 本次论坛由…福建省
    人民政府承办): serves facts, each with the sentence that names the theme."""
    done = {k[2] for k in assertions if k[1] == "implements"}
    for key, refs in unowned.items():
        if key not in done:
            continue
        for ref, named, prog in refs:
            where = Evidence(doc_id, named.index, named.start, named.end, named.text)
            theme = _theme_mention(ref, named.start, named.text)
            conf = round(ref.confidence, 3)
            _keep(assertions, Assertion(prog, "serves", theme, ref.rule, conf, where))


def _program_assertions(
    p: ClauseProgram,
    sent: Sentence,
    lex: Lexicon,
    doc_id: str,
    assertions: dict[tuple[str, str, str], Assertion],
    unowned: _Unowned,
) -> Mention:
    """The program's mention; its implements assertions, and its serves assertions when
    a province implements it, go into ``assertions`` (else its themes into ``unowned``)."""
    base = sent.start
    key = p.key
    if key.startswith(PROVINCE_SCOPED):
        # a common name (“十大工程”) is one program per province: the one implementing it
        key = key[1:] + (f"@{p.subjects[0].province}" if p.subjects else "")
    prog = _program_mention(key, p.label, p.aliases, sent, p.start, p.end)
    evidence = Evidence(doc_id, sent.index, sent.start, sent.end, sent.text)
    if not p.subjects:
        if p.themes:  # (a later sentence may say which province carries it out)
            unowned.setdefault(prog.key, []).extend((ref, sent, prog) for ref in p.themes)
        return prog  # no province implements it: it serves nothing either
    # a subject rule's confidence scales the program rule's (named in the clause: 1)
    factor = 1.0 if p.subject_rule == "explicit" else REGISTRY[p.subject_rule].confidence
    rule = p.rule if p.subject_rule == "explicit" else f"{p.rule}+{p.subject_rule}"
    for s in p.subjects:
        subj = _province_mention(lex, s.province, sent, s.start, s.end)
        conf = round(p.confidence * factor, 3)
        _keep(assertions, Assertion(subj, "implements", prog, rule, conf, evidence))
    for ref in p.themes:
        theme = _theme_mention(ref, base, sent.text)
        conf = round(ref.confidence, 3)
        _keep(assertions, Assertion(prog, "serves", theme, ref.rule, conf, evidence))
    return prog


def _event_assertion(
    fact: HostedBack,
    sent: Sentence,
    lex: Lexicon,
    doc_id: str,
    assertions: dict[tuple[str, str, str], Assertion],
    off: frozenset[str],
) -> None:
    """An assertion about an event named before (:mod:`kg.relate.events`): a province
    hosting it, or its theme when some province carries it out."""
    if fact.rule in off:
        return
    base, ev = sent.start, fact.event
    # (named here by 本次大会 or in full again: the event's key, label and aliases)
    prog = _program_mention(ev.key, ev.label, ev.aliases, sent, fact.start, fact.end)
    evidence = Evidence(doc_id, sent.index, sent.start, sent.end, sent.text)
    conf = REGISTRY[fact.rule].confidence
    if fact.predicate == "implements" and fact.province is not None:
        subj = _province_mention(lex, fact.province, sent, fact.host_start, fact.host_end)
        _keep(assertions, Assertion(subj, "implements", prog, fact.rule, conf, evidence))
    elif fact.theme is not None and any(
        k[1] == "implements" and k[2] == ev.key for k in assertions
    ):
        theme = _theme_mention(fact.theme, base, sent.text)
        _keep(assertions, Assertion(prog, "serves", theme, fact.rule, conf, evidence))


def _program_mention(
    key: str, label: str, aliases: tuple[str, ...], sent: Sentence, start: int, end: int
) -> Mention:
    """The program named at ``sent.text[start:end]``."""
    b = sent.start
    return Mention("program", key, label, b + start, b + end, sent.text[start:end], aliases=aliases)


def _province_mention(lex: Lexicon, province: str, sent: Sentence, start: int, end: int) -> Mention:
    """The province named at ``sent.text[start:end]``."""
    short = lex.provinces[province].short
    return Mention(
        "province", province, short, sent.start + start, sent.start + end, sent.text[start:end]
    )


def _theme_mention(ref: ThemeRef, base: int, text: str) -> Mention:
    return Mention(
        "theme", ref.key, ref.label, base + ref.start, base + ref.end, text[ref.start : ref.end]
    )


def _keep(acc: dict[tuple[str, str, str], Assertion], a: Assertion) -> None:
    """One assertion per (subject, predicate, object) and document: the most confident."""
    key = (a.subject.key, a.predicate, a.object.key)
    old = acc.get(key)
    if old is None or a.confidence > old.confidence:
        acc[key] = a
