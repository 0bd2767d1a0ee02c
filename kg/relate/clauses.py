"""Clauses and their subjects: the records a sentence is read into, and who acts in each clause.

A sentence is cut into clauses at ，；： outside quotes and brackets. Each clause has a
subject: provinces named at its start, or the subject carried from the clause before
(subject rule ``carried``), or from the sentence before (``carried-sentence``), or, in a
provincial work report, the province that wrote the document (``author``).
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, field

from kg.relate.grammar import HOSTED_AFTER, HOSTED_BY, LEAD_IN, RUN_IN_ITEM, TOPIC_VERB, TYPE_WORD
from kg.relate.registry import REGISTRY, subject
from kg.relate.words import (
    ADVERBS,
    AUTHOR_WORDS,
    BUILD_VERBS,
    CLAUSE_VERBS,
    COLLECTIVE_ACTORS,
    DELEGATE_VERBS,
    DOING_VERBS,
    IMPLEMENT_VERBS,
    IMPROVE_VERBS,
    ORG_HEADS,
    OTHER_ACTORS,
    SENTENCE_CONTINUATIONS,
    SUBJECT_SUFFIXES,
    alternation,
)
from kg.text.lexicon import Lexicon
from kg.text.mentions import QUOTES, TYPE_WORDS, GeoHit, gazetteer

__all__ = [
    "CONTINUES",
    "DELEGATING",
    "GROUP_REF",
    "Clause",
    "ClauseProgram",
    "ThemeRef",
    "author_subject",
    "clause_subject",
    "dedupe_hits",
    "framed_places",
    "sentence_carried",
    "split_clauses",
    "subjects_of_clauses",
]


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
class Clause:
    start: int
    end: int
    subjects: tuple[GeoHit, ...] | None  # None: no subject of its own
    blocked: bool  # a collective or a city acting alone: nothing to carry
    subject_end: int
    programs: list[ClauseProgram] = field(default_factory=list)


# Collective subjects: never a province, and they stop a carried subject.
_COLLECTIVE = re.compile(alternation(COLLECTIVE_ACTORS))
# bodies that act in a province but are not it: after the provinces, or after 等多地
_OTHER_ACTOR = re.compile(r"(?:等多地|多地|等地|各地|当地|各)?" + alternation(OTHER_ACTORS))
# an organisation named after its province (北京航空航天大学, 上海合作组织): up to six
# characters of name, none of them a verb's (湖北加快建设一流大学 is the province acting)
_NAMED_ORG = re.compile(r"([\u4e00-\u9fff]{0,8}?)" + alternation(ORG_HEADS))
_ORG_NAME_VERBS = tuple(v for v in IMPLEMENT_VERBS | DOING_VERBS if len(v) > 1)


# (up to twelve characters describe them: 一家官方正版授权的文创企业)
_BODIES = r"[\u4e00-\u9fff]{0,12}?" + alternation(OTHER_ACTORS)
_SOME = "部分|一些|有的|许多|不少"
# 河北石家庄这家高新技术企业申请到…: one body of the province named after it acts
_ONE_OF_THEM = re.compile(f"(?:这|那|一|该|多|几|{_SOME})(?:家|个|所|批)?" + _BODIES)
# …，部分家电企业还推出…: some bodies open the clause (a count word before them, not 一手抓企业)
_SOME_OF_THEM = re.compile(f"(?:(?:这|那|一|该|多|几)(?:家|个|所|批)|{_SOME})" + _BODIES)


# 江苏建湖的淮剧小镇推出…: what the province has (a town, a museum) acts with a verb of its own
_POSSESSED_ACTOR = re.compile(
    r"[\u4e00-\u9fff]{0,4}?的([\u4e00-\u9fff]{2,8}?)(?:还|也|又|正|将|已|首次)?"
    + alternation(tuple(sorted((v for v in IMPLEMENT_VERBS if len(v) > 1), key=len, reverse=True)))
)


# 天津港拓展…: the port (its operator) acts, not the province (not 港澳, two places)
_PORT = re.compile(
    r"港(?!澳)(?:集团)?(?:[^\u4e00-\u9fff]|[\u4e00-\u9fff]{0,2}"
    r"(?:拓展|开通|推出|实施|开展|打造|建设|建成|新开|成立|发布|上线))"
)


def _body_acts(text: str, pos: int, end: int) -> bool:
    """After the provinces, a body of theirs acts: 金融机构…, 江苏银行…, 这家高新技术企业…,
    江苏建湖的淮剧小镇推出… (not 浙江的“千万工程”持续推进: a program reported)."""
    if (
        _OTHER_ACTOR.match(text, pos, end)
        or _named_org(text, pos, end)
        or _ONE_OF_THEM.match(text, pos, end)
        or _PORT.match(text, pos, end)
    ):
        return True
    own = _POSSESSED_ACTOR.match(text, pos, end)
    return own is not None and not own.group(1).endswith(TYPE_WORDS)


def _named_org(text: str, pos: int, end: int) -> bool:
    m = _NAMED_ORG.match(text, pos, end)
    return m is not None and not any(v in m.group(1) for v in _ORG_NAME_VERBS)


# a clause that opens with an organisation's own name and goes on with what it does
# (新四军刘老庄连纪念园开展…, 古田会议会址将…推出…): the organisation acts, not a province
_ORG_OPENS = re.compile(r"([\u4e00-\u9fff]{0,10}?)" + alternation(ORG_HEADS))


_VERBS_ANY = IMPLEMENT_VERBS | DOING_VERBS | BUILD_VERBS | IMPROVE_VERBS | CLAUSE_VERBS
_NOT_IN_ORG_NAME = (
    *(w for w in _VERBS_ANY | DELEGATE_VERBS | set(ADVERBS) if len(w) > 1),
    *("推动", "以"),  # (支持, 鼓励, 引导 are delegate verbs)
)


def _org_acts(text: str, pos: int, end: int) -> bool:
    m = _ORG_OPENS.match(text, pos, end)
    if m is None or any(v in m.group(1) for v in _NOT_IN_ORG_NAME):
        return False
    rest = text[m.end() : end]
    return rest[:1] in _ACTS_ON or (
        rest.startswith(_ORG_NAME_VERBS) and _LAYOUT_CHANGED.match(rest) is None
    )


# 布局 before 优化 or 调整 is the layout changed, not a verb (城乡中小学布局优化“一县一案”完成编制)
_LAYOUT_CHANGED = re.compile(r"布局(?:优化|调整)")


# 长三角国家技术创新中心与200余家…建立战略合作: a centre that makes ties with partners acts as a
# body, and so it does in the clauses after it (…，与…龙头企业建立企业联合创新中心)
_CENTRE_WITH = re.compile(
    r"[\u4e00-\u9fff]{2,12}?中心[与同](?=[^，。；]{1,20}?(?:建立|签署|签订|共建))"
)


# The province having other bodies act (支持企业…, 鼓励高校…): they act, in the clauses
# after it too.
DELEGATING = ("支持", "鼓励", "引导", "推动", "动员")
# the kind of the bodies after 支持, 鼓励 or 引导, a few words without a verb of building
# (支持创新型领军企业…, 鼓励“双跨”工业互联网平台等服务商…; not 支持培育龙头企业: the
# province grows them, nor 推动国家大学科技园…: 推动 pushes things more often than bodies)
_KIND_OF_ACTOR = (
    r"(?:(?:(?<=支持|鼓励|引导)|(?<=”))(?:(?!建设|打造|培育|发展|实施|开展|推进|组建|引进|壮大|支持|国家)"
    r"[\u4e00-\u9fff]){1,10}?等?)?"
)
_DELEGATED = re.compile(
    "(?:"
    + "|".join(DELEGATING)
    + ")(?:(?:我省|全省|省内)[\u4e00-\u9fff]{0,8}?)?(?:各类|广大|有条件的|重点|骨干)?(?:“[^”]{1,8}”)?"
    + _KIND_OF_ACTOR
    + alternation(OTHER_ACTORS)
    + "(?![数量城])"  # (推动全省国家高新技术企业数突破…: a count of them, not them acting;
    # 推动大学城、科学城深度融合: a place named after them)
)  # (支持“链主”企业…: a quoted kind of firm; 推动我省智能传感器生产企业…: the province's firms)
# (a clause is tried only when it opens with one of their first characters)
_DELEGATE_FIRST = frozenset(v[0] for v in DELEGATING)


def _hands_over(text: str, pos: int, end: int, geo: list[GeoHit]) -> bool:
    """The clause hands the doing to other bodies (支持企业…) or to a city of the province
    (支持青岛打造…): they act in it, not the province."""
    if _DELEGATED.match(text, pos, end):
        return True
    return text.startswith(("支持", "鼓励"), pos) and any(
        h.kind == "place" and h.start == pos + 2 for h in geo
    )


# The author of a provincial work report speaking of itself.
_AUTHOR = re.compile(alternation(AUTHOR_WORDS))

# Words that may follow a province name as part of the subject.
_SUBJECT_SUFFIX = re.compile(alternation(SUBJECT_SUFFIXES))

_JOIN = re.compile(r"[、和与及暨]")

# A sentence that goes on with the actor of the sentence before it.
CONTINUES = re.compile(r"\s*" + alternation(SENTENCE_CONTINUATIONS))

# 两地, 两省市, 三省: the provinces named together before.
GROUP_REF = re.compile(r"(两|三|四)(?:地|省市|省区|省|市)(?:共同|携手|合作|联合)?")

_GROUP_SIZE = {"两": 2, "三": 3, "四": 4}

_CLAUSE_BREAK = frozenset("，；：,;:！？!?")

_CLOSERS = frozenset(set(QUOTES.values()) | {"》", "）", ")", "】"})

_OPENERS = frozenset((set(QUOTES) - {'"'}) | {"《", "（", "(", "【"})

# Only these characters can change the clause structure: jump from one to the next.
_STRUCTURE = re.compile(
    "[" + re.escape("".join(sorted(_CLOSERS | _OPENERS | _CLAUSE_BREAK))) + r"0-9 \u3000]"
)
# the hosts' list going on after a comma, up to the verb of hosting
_HOSTS_GO_ON = re.compile(r"[^，。；：由]{2,60}?(?:联合|共同)?(?:主办|承办|举办)的")


def _phrase_space(text: str, i: int) -> bool:
    """A space between two phrases (a headline's 打造“井冈山”品牌 推动老区乡村振兴) parts them
    like a comma; one inside a number or a Latin name (2025 年, AI 大模型) does not."""
    return 0 < i < len(text) - 1 and all("\u4e00" <= c <= "\u9fff" for c in text[i - 1 : i + 2 : 2])


def split_clauses(text: str) -> list[tuple[int, int]]:
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
        elif depth == 0 and (ch in _CLAUSE_BREAK or (ch in " \u3000" and _phrase_space(text, i))):
            if ch in "，," and text.find("由", start, i) >= 0 and _HOSTS_GO_ON.match(text, i + 1):
                continue  # 由商务部、…总台，上海市、北京市…人民政府联合主办的: one list of hosts
            if i > start:
                out.append((start, i))
            start = i + 1
        elif ch.isdigit() and depth == 0 and i > start and RUN_IN_ITEM.match(text, i):
            out.append((start, i))
            start = i
    if start < len(text):
        out.append((start, len(text)))
    return out


_TYPE_WORD = f"(?:{TYPE_WORD.pattern})"
# A short name ending in a type word right after abbreviations (京津合作示范区, 川渝…走廊):
# the abbreviations are part of the name, not its actors.
_NAMED_AFTER = re.compile(r"[\u4e00-\u9fff]{1,6}?" + _TYPE_WORD)
# the work or the area of a region named by its provinces' abbreviations (京津冀协同发展质效
# 持续提升, 京津冀区域优良天数比率…): a topic, not the provinces acting
_REGION_WORK = re.compile(r"协同发展|一体化|协同|同城化|区域")


# 浙江、安徽、福建等8个重点省市开展…, 河北、辽宁等16个地区已完成年度…计划: a sample of the
# places a national program or quota counts, not the provinces' own programs
_SAMPLE_OF_MANY = re.compile(
    r"等(?:\d+|[一二三四五六七八九十]+)(?:个|多个)(?:重点)?(?:省市|省份|地区|省区市|省区|省)"
)

# 由…主办的: an event and who hosts it (kg.relate.listed reads the event's name)
_HOSTED = re.compile(r"(?:首次)?由([^。；]{2,80}?)(?:联合|共同)?" + HOSTED_BY.pattern)
# a province among the hosts: its government or party committee, or the province itself
_HOST_BODY = re.compile(
    r"(?:省|市|自治区)?(?:人民政府|政府|省委|市委|党委)?"
    r"(?:[\u4e00-\u9fff]{1,6}?(?:委员会|委|部|厅|局|办))?"  # (党委网信委, 省文化和旅游厅)
    r"(?=[、和与及等，]|(?:三地|两地)?(?:联合|共同)?$)"
)

# a place below a province, named by its kind (鸡东县, 平陆县, 班彦村)
_LOCAL_PLACE = re.compile(r"[\u4e00-\u9fff]{1,8}(?:县|市|区|州|盟|旗|镇|乡|村)")

# 大伙儿还借助…, 企业也…: the actor goes on to act (not 企业技术改造专项行动深入实施)
_ACTS_ON = frozenset("还也都又正将已们")

# a typed name opening a clause, and what reports it carried out
_TYPED_NAME = r"[\u4e00-\u9fff“”]{2,24}?" + _TYPE_WORD
_REPORTED = "(?=" + TOPIC_VERB.pattern + ")"
# 国有企业改革攻坚深化提升行动顺利收官: a program named first and reported done, not the
# firms acting
_PROGRAM_FIRST = re.compile(_TYPED_NAME + _REPORTED)
# 国家工业母机创新研究中心、…等一批重大科创平台建成运行: a name (or the first of a list)
# reported on, opening with 国家
_NAMED_FIRST = re.compile(_TYPED_NAME + "(?=[、等]|" + TOPIC_VERB.pattern + ")")


def _hosts(
    text: str, pos: int, cend: int, geo: list[GeoHit]
) -> tuple[tuple[GeoHit, ...], bool, int] | None:
    """由商务部…和北京市人民政府联合举办的…活动: the provinces among the hosts of an event,
    as the subject of the clause, which goes on after 的; …大会由海南省人民政府和商务部共同
    举办: the hosts of the event named first, which the clause reads from its start."""
    after = not text.startswith(("由", "首次由"), pos)
    hosted = (HOSTED_AFTER if after else _HOSTED).match(text, pos, cend)
    if hosted is None:
        return None
    lo, hi = hosted.span(2 if after else 1)
    hosts = _host_hits(text, lo, hi, geo)
    if hosts is None:
        return None
    return hosts, False, pos if after else hosted.end()


def _host_hits(text: str, lo: int, hi: int, geo: list[GeoHit]) -> tuple[GeoHit, ...] | None:
    """The provinces among the hosts written between ``lo`` and ``hi`` (粤港澳三地: a run of
    two abbreviations or more, together)."""
    inside = [h for h in geo if h.kind == "province" and lo <= h.start and h.end <= hi]
    hosts: list[GeoHit] = []
    i = 0
    while i < len(inside):
        if not inside[i].literary:
            if _HOST_BODY.match(text, inside[i].end, hi):
                hosts.append(inside[i])
            i += 1
            continue
        j = i + 1  # the run of abbreviations written one after another
        while j < len(inside) and inside[j].literary and inside[j].start == inside[j - 1].end:
            j += 1
        if j - i >= 2 and _HOST_BODY.match(text, inside[j - 1].end, hi):
            hosts.extend(inside[i:j])
        i = j
    return tuple(dedupe_hits(hosts)) if hosts else None


def _place_clause(text: str, pos: int, cend: int, geo: list[GeoHit]) -> tuple[GeoHit, ...] | None:
    """在四川达州，当地推出…: a clause of place names who acts in the clause after it (a
    county the gazetteer does not know is still a place: 在黑龙江鸡东县，…)."""
    q = pos + 1
    found: list[GeoHit] = []
    by_start = {h.start: h for h in geo}
    while q in by_start:
        found.append(by_start[q])
        q = by_start[q].end
    prov = [h for h in found if h.kind == "province"]
    if prov and (
        q == cend
        or _LOCAL_PLACE.fullmatch(text, q, cend)
        # 在河北宁晋，当地…: a county the gazetteer does not know, written without 县,
        # that the next clause calls 当地
        or (_BARE_PLACE.fullmatch(text, q, cend) and text.startswith("当地", cend + 1))
    ):
        return tuple(dedupe_hits(prov))
    return None


_BARE_PLACE = re.compile(r"[\u4e00-\u9fff]{2,4}")


# the places of a province the clause before framed (在浙江，各地开展…): they act in it
_FRAMED_PLACES = re.compile(
    r"\s*(?:全省各地|各地|多地|各市县|各市)(?=[纷均都也还]|[\u4e00-\u9fff]{2})"
)


def framed_places(text: str, cstart: int, cend: int, last: Clause | None) -> int | None:
    """Where the subject ends of a clause whose 各地/多地 are the places of the province a
    place clause before it framed (在浙江，各地开展…), or None."""
    if last is None or not last.subjects or last.subject_end != last.end:
        return None
    if not text[last.start : last.end].lstrip().startswith("在"):
        return None
    m = _FRAMED_PLACES.match(text, cstart, cend)
    return m.end() if m else None


def _apposition(text: str, pos: int, cend: int, geo: list[GeoHit]) -> GeoHit | None:
    """作为黄河源头的青海，实施…: the province the apposition describes acts after it."""
    if not text.startswith("作为", pos):
        return None
    last = [h for h in geo if h.kind == "province" and h.end == cend and h.start > pos]
    return last[0] if last and text[last[0].start - 1] == "的" else None


# a kind of province written before its name (中部大省, 粮食大省, 马铃薯主产区, 革命老区)
_PROVINCE_KIND = re.compile(
    r"[\u4e00-\u9fff]{1,8}?(?:大省|省份|主产区|产区|老区|强省)(?=[\u4e00-\u9fff])"
)


def _other_opens(text: str, pos: int, cend: int, geo: list[GeoHit]) -> bool:
    """The clause opens with a collective, another kind of actor (企业…), or an
    organisation's own name that acts (新四军刘老庄连纪念园开展…): no province acts in it."""
    other = _OTHER_ACTOR.match(text, pos, cend)
    collective = _COLLECTIVE.match(text, pos, cend)
    if (
        collective is not None
        and collective.group() == "国家"
        and _NAMED_FIRST.match(text, pos, cend)
    ):
        collective = None  # 国家工业母机创新研究中心建成运行: a name, not the nation acting
    if collective is not None or (
        other is not None
        and (
            text[other.end() : other.end() + 1] in _ACTS_ON
            or not _PROGRAM_FIRST.match(text, pos, cend)
        )
    ):
        return True
    if _SOME_OF_THEM.match(text, pos, cend):
        return True  # 部分家电企业还叠加推出…: some firms act
    if _CENTRE_WITH.match(text, pos, cend):
        return True
    return all(h.start != pos for h in geo) and _org_acts(text, pos, cend)


def clause_subject(
    text: str, cstart: int, cend: int, geo: list[GeoHit], group: tuple[str, ...] = ()
) -> tuple[tuple[GeoHit, ...] | None, bool, int]:
    """The provinces named at the start of a clause, whether it names a collective."""
    pos = cstart
    while pos < cend and text[pos] in " \u3000":
        pos += 1
    lead = LEAD_IN.match(text, pos, cend)
    if lead:
        pos = lead.end()
    back = GROUP_REF.match(text, pos, cend)
    if back and group and len(group) == _GROUP_SIZE.get(back.group(1), len(group)):
        # 两省市携手推进…: the provinces named together before
        hits = tuple(GeoHit(pos, back.end(), "province", p, p, False) for p in group)
        return hits, False, back.end()
    if text.find("由", pos, cend) >= 0:  # (由…主办的…, or …由…主办 after the event)
        hosts = _hosts(text, pos, cend, geo)
        if hosts is not None:
            return hosts
    if text.startswith("在", pos):
        place = _place_clause(text, pos, cend, geo)
        if place is not None:
            return place, False, cend
    described = _apposition(text, pos, cend, geo)
    if described is not None:
        return (described,), False, cend
    kind = _PROVINCE_KIND.match(text, pos, cend)
    if kind is not None and any(h.start == kind.end() and h.kind == "province" for h in geo):
        pos = kind.end()  # 中部大省河南创新提出…, 马铃薯主产区贵州，…: the province described
    if pos < cend and text[pos] in _DELEGATE_FIRST and _hands_over(text, pos, cend, geo):
        return None, True, pos  # 支持企业联合高校…，搭建…平台: the firms build, after it too
    if _other_opens(text, pos, cend, geo):
        return None, True, pos
    if _AUTHOR.match(text, pos, cend):
        return None, False, _AUTHOR.match(text, pos, cend).end()  # type: ignore[union-attr]
    subjects: list[GeoHit] = []
    saw_place_only = suffixed = False
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
        if subjects and _SAMPLE_OF_MANY.match(text, pos, cend):
            return None, True, pos  # 浙江、安徽…等8个重点省市开展…: a national program's places
        suffix = _SUBJECT_SUFFIX.match(text, pos, cend)
        if suffix:
            pos = suffix.end()
            suffixed = True
        join = _JOIN.match(text, pos, cend)
        if join and pos + 1 < cend and (pos + 1) in by_start:
            pos += 1
            continue
        # 浙江杭州: a province's own place is the province; 川渝: abbreviations in a row.
        nxt = by_start.get(pos)
        if nxt is not None and subjects and (nxt.kind == "place" or nxt.literary):
            if _SITE.match(text, nxt.end, cend) is None:
                continue  # (四川都江堰灌区…平台: the place names the site the name opens with)
        break
    if (
        subjects
        and all(h.end - h.start == 1 or h.literary for h in subjects)
        and not suffixed  # (川渝两地建设…: the two provinces act)
        and (_NAMED_AFTER.match(text, pos, cend) or _REGION_WORK.match(text, pos, cend))
    ):
        return None, False, cstart  # 京津合作示范区加快建设, 京津冀协同发展质效…: a name, a topic
    if subjects and _body_acts(text, pos, cend):
        return None, True, pos  # 河北、天津、浙江等多地金融机构运用…: banks, not the provinces
    if subjects:
        return tuple(dedupe_hits(subjects)), False, pos
    if saw_place_only:
        return None, True, pos  # a city acting alone is not a province
    return None, False, cstart


# a site named after a place (都江堰灌区, 杭州湾新区): the place is the site's name
_SITE = re.compile(r"灌区|景区|新区|园区|港区|片区|开发区|高新区|水库|机场|古城|古镇")


def dedupe_hits(hits: list[GeoHit]) -> list[GeoHit]:
    seen = set()
    out = []
    for h in hits:
        if h.province not in seen:
            seen.add(h.province)
            out.append(h)
    return out


@REGISTRY.register(
    subject("carried", 0.9, "the subject carried from an earlier clause of the same sentence"),
    scope="subject",
)
def carried_subject(last: Clause | None) -> tuple[GeoHit, ...] | None:
    """The provinces of the last clause before that named its actor (浙江…，实施…); nothing
    after a collective (各地…，实施…) or a city acting alone."""
    return None if last is None or last.blocked else last.subjects


# 吉林延边州已于15日全面启动供暖。今年，当地…: the place the sentence before named acts
# (当地 with a body of its own, 当地企业, blocks the clause instead: kg.relate.clauses)
# (not after a place clause of its own: 在江苏新沂，当地…; 在滑县，当地… is left alone too)
# a clause opening with 是 after the first: what the clauses before are (…，也是…原因)
_COPULA = re.compile(r"\s*(?:这|这些)?(?:也|正|就|都|更)?是(?!否)")
_LOCAL = re.compile(r"\s*(?:[^在，。；：“”][^，。；：“”]{0,11}[，,])?当地(?=[\u4e00-\u9fff])")


@REGISTRY.register(
    subject(
        "carried-sentence",
        0.9,
        "the subject of the sentence before, carried by 同时/此外/还 or by 当地 (the place)",
    ),
    scope="subject",
)
def sentence_carried(
    text: str, clauses: list[Clause], previous: tuple[str, ...]
) -> tuple[GeoHit, ...] | None:
    """The provinces acting at the end of the sentence before (``previous``), for a
    sentence that opens with 同时/此外/还, or whose first actor is 当地 (the place the
    sentence before named: 在宁夏，…。今年，当地持续推进…), and names no actor of its own."""
    if previous and clauses and clauses[0].subjects is None and not clauses[0].blocked:
        if any(_COPULA.match(text, cl.start) for cl in clauses[1:]):
            return None  # 此外，深入推进…行动等，也是…的主要原因: the clauses are what 是 says of
        if CONTINUES.match(text) or _LOCAL.match(text):
            return tuple(GeoHit(0, 0, "province", p, p, False) for p in previous)
    return None


@REGISTRY.register(
    subject(
        "named-in",
        0.8,
        "the province opening the name of a program reported carried out (2025北京…嘉年华启动)",
    ),
    scope="subject",
)
def named_in(
    text: str, start: int, end: int, geo: list[GeoHit], lexicon: Lexicon
) -> tuple[GeoHit, ...] | None:
    """The province whose name opens a program's name, after a year or an edition at most,
    for a clause that names no actor (a story's 2025北京仲夏电影嘉年华启动); not when it is
    held in another province (“炫彩中国·清新福建”全球推介会在京举行: another body's)."""
    quote_end = text.find("”", start, end) if text.startswith("“", start) else -1
    for h in geo:
        if (
            h.kind == "province"
            and not h.literary
            and h.end - h.start >= 2
            and start <= h.start < end
            and (
                _NAME_OPENER.fullmatch(text, start, h.start)
                or h.end <= quote_end  # (“花开北京”赏春系列活动启动: in the quoted name)
            )
        ):
            if _INTERNATIONAL_FAIR.match(text, h.end, end):
                return None  # 第三十一届北京国际图书博览会: a national body's fair held there
            return None if _held_elsewhere(text, end, h.province, geo, lexicon) else (h,)
    return None


# an international trade fair named after the city it is held in (北京国际图书博览会,
# 北京国际广播电影电视展览会): the national bodies' that run it, not the province's
_INTERNATIONAL_FAIR = re.compile(r"国际[\u4e00-\u9fff]{1,10}(?:博览会|展览会)$")


_NAME_OPENER = re.compile(r"“?(?:\d{4}年?)?(?:第[一二三四五六七八九十\d]+届|首届)?")
_HELD_AT = re.compile(r"[^，。；]{0,12}?在")


def _held_elsewhere(text: str, end: int, province: str, geo: list[GeoHit], lex: Lexicon) -> bool:
    """The event named at ``end`` is said to be held in another province (在北京, 在京)."""
    at = _HELD_AT.match(text, end)
    if at is None:
        return False
    hit = next((g for g in geo if g.start == at.end()), None)
    if hit is not None:
        return hit.province != province
    other = gazetteer(lex).abbreviation_of(text[at.end() : at.end() + 1])
    return text.startswith(_HELD, at.end() + 1) and other not in (None, province)


_HELD = ("举行", "举办", "召开", "开幕", "启动", "开展")


@REGISTRY.register(
    subject("author", 0.95, "the province that wrote the document (我们/全省/no subject)"),
    scope="subject",
)
def author_subject(cl: Clause, author: str) -> tuple[GeoHit, ...]:
    """The province that wrote a work report, for a clause with no actor (我们…, 全省…)."""
    return (GeoHit(cl.start, cl.start, "province", author, author, False),)


def subjects_of_clauses(
    text: str,
    clauses: list[Clause],
    *,
    author: str | None,
    previous: tuple[str, ...],
    off: Collection[str] = (),
) -> list[tuple[tuple[GeoHit, ...] | None, str]]:
    """Who acts in each clause, and how it was found: ``explicit`` (named in the clause),
    a subject rule, or ``blocked``/``none`` (no subject). Rules in ``off`` are not used."""
    out: list[tuple[tuple[GeoHit, ...] | None, str]] = []
    sentence = None if "carried-sentence" in off else sentence_carried(text, clauses, previous)
    last: Clause | None = None  # the last clause that named its actor (or a collective)
    for cl in clauses:
        subjects: tuple[GeoHit, ...] | None
        if cl.subjects is not None or cl.blocked:
            last = cl
            out.append((cl.subjects, "explicit"))
            continue
        blocked = last is not None and last.blocked
        if last is not None and "carried" not in off:
            subjects, rule = carried_subject(last), "carried"
        elif last is None and sentence is not None:
            subjects, rule = sentence, "carried-sentence"
        else:
            subjects = None
        if subjects is None:
            rule = "blocked" if blocked else "none"
            if blocked and last is not None and _own_after_delegated(text, last, cl):
                blocked = False  # 支持龙头企业…，推进“1650”…专项行动: the author's again
            if not blocked and author and "author" not in off:
                subjects, rule = author_subject(cl, author), "author"
        out.append((subjects, rule))
    return out


# the author's own verbs of carrying out, opening a clause after one that hands work to
# firms (支持龙头企业牵头组建…，推进“1650”…专项行动); not 搭建, 组建: the firms' platforms
_OWN_ACTION = re.compile(r"(?:深入|持续|全面|加快|扎实)?(?:实施|推进|开展|启动|深化)")


# one typed name opening a clause, reported carried out (not a list: 保障…峰会等…活动成功举办)
_NAME_REPORTED = re.compile(r"(?:(?!等)[\u4e00-\u9fff“”]){2,24}?" + _TYPE_WORD + _REPORTED)


# a clause that only frames the means of the doing to come (以…为牵引): no action of its own
_MEANS_FRAME = re.compile(r"以[^，。；]{2,30}为(?:牵引|抓手|重点|引领|突破口)$")


def _own_after_delegated(text: str, last: Clause, cl: Clause) -> bool:
    """The clause goes back to the author after one that hands the doing to others."""
    if _NAME_REPORTED.match(text, cl.start, cl.end):
        return True  # …产业园实现“零的突破”，就业大数据智慧服务平台建成运行: a program reported on
    if _MEANS_FRAME.search(text, last.start, last.end):
        return False  # 支持青岛、潍坊等市以…为牵引，…搭建…平台: the cities go on acting
    if (
        text.startswith(("支持", "鼓励"), last.start)
        and _DELEGATED.match(text, last.start, last.end) is None
    ):
        return True  # 支持贵阳贵安高质量发展，加快建设…: a city acts in its own clause only
    return (
        text.startswith(("支持", "引导"), last.start)  # (鼓励企业…，开展…试点: the firms')
        and _OWN_ACTION.match(text, cl.start, cl.end) is not None
    )
