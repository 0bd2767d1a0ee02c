"""What a quoted word is: a formula, a principle, a team or someone's doing rather than a
program's name, and the key a quoted name is known by across documents."""

from __future__ import annotations

import re

from kg.relate.grammar import TEAM
from kg.relate.words import FORMULAS, NOT_PROGRAM_HEADS, alternation
from kg.text.mentions import common_name, program_key

__all__ = ["NOT_PROGRAM_HEAD", "PROVINCE_SCOPED", "is_formula", "quoted_key"]

# Heads after a quoted name that make it an idea, a requirement or someone's experience.
NOT_PROGRAM_HEAD = re.compile(alternation(NOT_PROGRAM_HEADS))

# 两个维护, 四个意识: a count of principles, not of projects (“3个100” is a program)
_COUNTED_PRINCIPLES = re.compile(r"[两三四五六七八九十](?:个|件大)[^\d]")


def is_formula(core: str) -> bool:
    """A quoted formula or principle (“四个意识”, “枫桥经验”) or a team, not a program's
    name."""
    return (
        core in FORMULAS
        or _COUNTED_PRINCIPLES.match(core) is not None
        or NOT_PROGRAM_HEAD.search(core[-4:]) is not None
        or TEAM.search(core) is not None  # “青年宣讲队”, “劳模宣讲团”: people, not a program
        or (core.endswith("经济") and len(core) <= 4)  # “谷子经济”, “票根经济”: a sector
        or re.fullmatch(r"(.)一\1", core) is not None  # “点一点”, “审一审”: a user's doing
    )


#: Marks a key to be made one province's (kg.relate.extract): a common name without a
#: modifier (“十大工程”).
PROVINCE_SCOPED = "@"


def quoted_key(prefix: str, name: str) -> str:
    """The key of a quoted name: the name, unless many actors coin it (“十大工程”,
    “头号工程”): then the name with its modifier (数字产业化“十大工程” and 碳达峰“十大工程”
    are two), to be made the implementing province's (工业经济“头号工程” of two provinces
    are two)."""
    name = re.sub(r"(?<=工程)项目$", "", name)  # (“十百千万”工程项目: the 工程's projects)
    if not common_name(name):
        return program_key(name)
    return PROVINCE_SCOPED + program_key(prefix + name)
