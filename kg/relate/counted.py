"""Projects and measures counted before or after their name: when the count still leaves one
program.

A package of measures is named by its count (出台20条举措, 推出30条推动经济持续回升向好的政策举措):
counted in 条 anywhere, in 项 right after a verb of issuing (发布21项减轻企业负担政策举措).

实施省科技重大创新项目10个以上 and 省级科技重大专项132项: the count follows the name of a program of
the province's level, which still ends before it. 实施约40项重大科技攻关项目 and 实施博士科研启动基金
项目1000项: a kind of research a province funds (``words/research_kinds.txt``) names the program
the projects belong to, as the gold files read them. Other counted projects are many of a kind
(实施重点技改项目100项, 抓好550个省重大项目, 省大中型项目5296个).
"""

from __future__ import annotations

import re

from kg.model import Token
from kg.relate.words import RESEARCH_KINDS
from kg.text.mentions import PACKAGE_KIND, PACKAGE_NUMBER

__all__ = [
    "AIMED_COUNT",
    "COUNTED_PACKAGE",
    "DESCRIBED_PACKAGE",
    "ISSUE_VERB",
    "PACKAGE_KIND",
    "SUPPORT_VERB",
    "counted_projects",
    "issued_at",
    "issued_package",
    "issued_package_start",
    "levelled",
    "many_of_a_kind",
    "package_label",
    "package_start",
    "research_named",
]

_PROJECTS_AFTER = re.compile(
    r"(?:超|约|近|达|共)?\d+(?:余|多)?[个项](?:以上|左右)?(?=[，。；、,;]|$)"
)
_LEVEL = re.compile(r"(?:省|自治区|市)级?")
_RANK = re.compile(r"重点|重大|大中型")


def levelled(label: str) -> bool:
    """The level of the government whose projects they are, and a core that says which
    (省级科技重大专项; not 省大中型项目, a size, nor 省重大项目)."""
    level = _LEVEL.match(label)
    return level is not None and len(_RANK.sub("", label[level.end() : -2])) >= 2


def counted_projects(text: str, end: int, hi: int) -> bool:
    """How many projects a program funds follows its name (实施省科技重大创新项目10个以上):
    the name still ends there (whether it is one program: :func:`many_of_a_kind`)."""
    return (
        text.endswith(("项目", "专项"), 0, end) and _PROJECTS_AFTER.match(text, end, hi) is not None
    )


def research_named(core: str, type_word: str) -> bool:
    """Whether counted projects with this core still name one program: a kind of research a
    province funds (重大科技攻关, 博士科研启动基金; a batch of them, 每年实施一批…项目, is
    many of a kind before the count is read)."""
    return type_word == "项目" and any(kind in core for kind in RESEARCH_KINDS)


def many_of_a_kind(label: str, core: str, type_word: str) -> bool:
    """Whether projects counted after the name ``label`` (:func:`counted_projects`) are many of
    a kind (实施重点技改项目100项), not a program of the province's level (省级科技重大专项132项;
    实施 inside is a verb) or of a kind of research (实施关键技术攻关项目100项)."""
    return not (levelled(label) and "实施" not in label) and not research_named(core, type_word)


# 20条举措, 二十三条政策措施: a package of measures named by how many it has (with what it
# is for before 的: 30条推动经济持续回升向好的政策举措; its kind and count: kg.text.mentions)
# (or with the aim written straight before the kind: 20条稳外资举措, 43条推动制造业…政策举措)
_PACKAGE_AIM = r"(?:[^，。；、“”\d]{2,24}?的|[\u4e00-\u9fff]{3,16}?)"
SUPPORT_VERB = r"(?:支持|促进|推动|助力)"  # (what a package of measures is for follows)
ISSUE_VERB = r"(?:推出|出台|发布|制定|印发)"
_AIM_FIRST = SUPPORT_VERB + r"(?:(?!" + ISSUE_VERB + r")[^，。；、“”\d等]){2,20}?"
# (counted in 条: 项 counts what was done, 352项重要改革举措稳步实施)
_PACKAGE_COUNT = PACKAGE_NUMBER + "条"
# (after its aim a package may be counted in 项 too: 促进专精特新企业高质量发展的27项措施)
AIMED_COUNT = PACKAGE_NUMBER + "[条项]"
COUNTED_PACKAGE = re.compile(_PACKAGE_COUNT + _PACKAGE_AIM + "?" + PACKAGE_KIND)
# (or in 项 right after a verb of issuing: 发布21项减轻企业负担政策举措, one package; not a
# running total, 累计推出120项改革试点举措, nor firsts counted, 推出111项全国首创举措)
_ITEM_PACKAGE = re.compile(AIMED_COUNT + _PACKAGE_AIM + "?" + PACKAGE_KIND)
_ITEM_COUNT = re.compile(PACKAGE_NUMBER + "项")
_ISSUED_BEFORE = re.compile(r"(?<!累计)" + ISSUE_VERB + r"(?:了|新一轮)?$")


def issued_at(text: str, start: int) -> bool:
    """Whether a verb of issuing stands right before ``start`` (发布|21项…), not a running
    total (累计推出)."""
    return _ISSUED_BEFORE.search(text, max(0, start - 6), start) is not None


def issued_package(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` is a package of measures named by its count: in 条
    (出台20条举措), or in 项 right after a verb of issuing (发布21项减轻企业负担政策举措)."""
    if COUNTED_PACKAGE.fullmatch(text, start, end):
        return True
    return package_label(text[start:end]) and issued_at(text, start)


def issued_package_start(text: str, lo: int, end: int) -> int | None:
    """Where a package counted in 项 that ends at ``end`` starts, when a verb of issuing
    stands right before its count (发布21项减轻企业负担的政策举措)."""
    for m in _ITEM_COUNT.finditer(text, max(lo, end - 40), end):
        if issued_package(text, m.start(), end):
            return m.start()
    return None


def package_label(label: str) -> bool:
    """A label that names a package by its count (23条政策措施; 21项…政策举措, which
    :func:`issued_package` admitted in its sentence)."""
    return _ITEM_PACKAGE.fullmatch(label) is not None and "首创" not in label


# 推出30条推动经济持续回升向好的政策举措: the count, then what the measures are for; 出台支持
# 乡村富民产业发展20条措施: what they are for, then the count
DESCRIBED_PACKAGE = re.compile(
    "(?:"
    + _PACKAGE_COUNT
    + _PACKAGE_AIM
    + "|"
    + _AIM_FIRST
    + AIMED_COUNT
    + ")"
    + PACKAGE_KIND
    + "$"
)


def package_start(text: str, tokens: list[Token], region: int, lo: int, end: int) -> int | None:
    """Where a package of measures named by its count starts: 出台20条举措 (the count right
    before the region), 推出30条推动经济持续回升向好的政策举措 (the count, then its aim),
    发布21项减轻企业负担的政策举措 (in 项, issued)."""
    described = DESCRIBED_PACKAGE.search(text, max(lo, end - 40), end)
    if described is not None:
        return described.start()
    issued = issued_package_start(text, lo, end)
    if issued is not None:
        return issued
    if region > 0 and tokens[region - 1].start >= lo:
        if issued_package(text, tokens[region - 1].start, end):
            return tokens[region - 1].start
    return None
