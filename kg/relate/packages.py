"""A package of measures issued by its count, then what it is for: 推出10项举措支持“首发经济”,
出台23条政策措施支持长三角G60科创走廊策源地建设.

The package is named by its count and kind (10项举措, 23条政策措施: the province's own, as
kg.relate.programs keys such counts) and serves what the verb after it supports. Counted in 条
the noun-phrase rules read the package already; counted in 项 it is a package only here, right
after a verb of issuing and before its aim: elsewhere a count in 项 counts what was done
(352项重要改革举措稳步实施) or many of a kind (推出19项“人工智能+”具体举措).

Written the other way round (出台支持乡村富民产业发展20条措施, 推出30条推动…的政策举措) the aim
is inside the package's name, and kg.relate.nametheme reads it from there.
"""

from __future__ import annotations

import re

from kg.relate.clauses import Clause, ClauseProgram
from kg.relate.grammar import PACKAGE_KIND
from kg.relate.nametheme import package_aim
from kg.relate.programs import ProgramScan
from kg.relate.quoted import PROVINCE_SCOPED
from kg.relate.registry import REGISTRY, program, theme
from kg.relate.themes import ThemeScan
from kg.text.mentions import program_key

__all__ = ["aimed_packages", "package_aims"]

_COUNT = r"[\d一二三四五六七八九十百]+[条项]"
# what supports the aim, and the aim up to the clause's end
_AIM = r"(?:支持|促进|推动|助力)(?P<aim>[^，。；：、（(]{2,24}?)(?=[，。；]|$)"
# 推出10项举措支持“首发经济”: a verb of issuing (新一轮 after it), the count and kind, the aim
_ISSUED = re.compile(
    r"(?:推出|出台|发布|制定|印发)(?:了|新一轮)?(?P<name>" + _COUNT + PACKAGE_KIND + ")" + _AIM
)
_PACKAGE = re.compile(_COUNT + PACKAGE_KIND)
_AIM_AFTER = re.compile(_AIM)


@REGISTRY.register(
    program(
        "impl.package-aim",
        0.75,
        "a package of measures issued by its count, with what it is for right after it"
        " (推出10项举措支持“首发经济”: 10项举措)",
    ),
    scope="clause",
)
def aimed_packages(scan: ProgramScan) -> None:
    """Each package of the clause issued as ``<count><kind><supporting verb><aim>``."""
    for m in _ISSUED.finditer(scan.text, scan.lo, scan.hi):
        start, end = m.span("name")
        if scan.framed(start, end) or scan.overlaps(start, end):
            continue  # (出台20条举措支持…: the noun-phrase rules read it already)
        key = PROVINCE_SCOPED + program_key(m.group("name"))
        scan.add("impl.package-aim", m.group("name"), start, end, key=key, whole=True)


@REGISTRY.register(
    theme(
        "serves.package-aim",
        0.7,
        "what a package of measures named by its count supports, written right after it"
        " (10项举措支持“首发经济” → 首发经济)",
    ),
    scope="program",
)
def package_aims(scan: ThemeScan, cl: Clause, p: ClauseProgram) -> None:
    """The aim a package's supporting verb names right after the package's count and kind."""
    if "serves.package-aim" in scan.off or not _PACKAGE.fullmatch(p.label):
        return
    m = _AIM_AFTER.match(scan.text, p.end, cl.end)
    aim = package_aim(m.group("aim").replace("“", "").replace("”", ""), scan.lexicon) if m else None
    if m is None or aim is None:
        return
    start, end = m.span("aim")
    if any(start <= r.start < end for r in p.themes):
        return  # (…措施促进民营经济高质量发展: the purpose rules read the aim already)
    p.themes.append(scan.ref("serves.package-aim", "+" + aim, aim, start, end))
