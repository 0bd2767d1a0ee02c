"""Projects counted before or after their name: when the count still leaves one program.

实施省科技重大创新项目10个以上 and 省级科技重大专项132项: the count follows the name of a program of
the province's level, which still ends before it. 实施约40项重大科技攻关项目 and 实施博士科研启动基金
项目1000项: a kind of research a province funds (``words/research_kinds.txt``) names the program
the projects belong to, as the gold files read them. Other counted projects are many of a kind
(实施重点技改项目100项, 抓好550个省重大项目, 省大中型项目5296个).
"""

from __future__ import annotations

import re

from kg.relate.words import RESEARCH_KINDS

__all__ = ["counted_projects", "levelled", "many_of_a_kind", "research_named"]

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
