"""Whose 《…》 plan a clause reports when no verb of carrying out governs it (kg.relate.programs,
rule ``impl.plan``): a plan whose title names a province is that province's own.

It is the province's when the report is submitted with it (请与《甘肃省…纲要（草案）》一并审议),
when it opens its clause reported issued (《北京中轴线保护传承三年行动计划…》正式发布, since
0.9.154), and when the province carries it out (贯彻落实《数字山东发展规划》: 落实, which blocks a
national policy, carries out the province's own plan; the gold README's 落实 decision).
"""

from __future__ import annotations

import re

from kg.text.lexicon import Lexicon
from kg.text.mentions import gazetteer

__all__ = ["names_province", "own_plan", "plan_reported"]

# a plan submitted to the congress with the report (请与《…》一并审议, 提交本次大会审查)
_SUBMITTED = re.compile(r"[^，。；]{0,8}?(?:审议|审查)")
# a plan opening its clause, reported issued (《…办法》出台, 《…行动计划》正式发布)
_ISSUED_AFTER = re.compile(
    r"(?:近日|日前|近期|正式|已)?(?:出台|印发|发布|公布|施行)(?=[，。；,;]|$)"
)

# the centre's plans for a province or a region (《海南自由贸易港建设总体方案》公布, 《粤港澳大湾区发展
# 规划纲要》, 《中共中央 国务院关于…的意见》): named after it, but not its own (a trap of reviewed/)
_CENTRE_TITLE = re.compile(r"^(?:中共中央|国务院|中央)|总体方案$|规划纲要$")


def names_province(lexicon: Lexicon, title: str) -> bool:
    """Whether the title names a province (甘肃省…纲要, 数字山东发展规划)."""
    return any(h.kind == "province" for h in gazetteer(lexicon).geo(title))


def own_plan(lexicon: Lexicon, verb: str, title: str) -> bool:
    """贯彻落实《数字山东发展规划》: carrying out (落实) a plan whose title names a province."""
    return verb.endswith("落实") and names_province(lexicon, title)


def plan_reported(text: str, lo: int, hi: int, start: int, end: int, lexicon: Lexicon) -> bool:
    """The plan 《``text[start:end]``》 (marks outside) is the province's with no verb before
    it: submitted with the report, or opening its clause reported issued."""
    title = text[start:end]
    if _SUBMITTED.match(text, end + 1, hi) is None:
        opens = not text[lo : start - 1].strip()
        issued = opens and _ISSUED_AFTER.match(text, end + 1, hi) is not None
        if not issued or _CENTRE_TITLE.search(title) is not None:
            return False
    return names_province(lexicon, title)
