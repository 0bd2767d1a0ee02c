"""A package of measures issued by its count, then what it is for: 推出10项举措支持“首发经济”,
出台23条政策措施支持长三角G60科创走廊策源地建设.

The package is named as such packages are named when the aim comes first (支持首发经济10项举措,
出台支持乡村富民产业发展20条措施: kg.relate.programs reads those): by what it supports, its count
and its kind. The count and kind alone (10项举措) name nothing a reader could tell from another
package, and the aim written after them is no part of a name (judged rounds 108 and 109); the
words as written stay an alias. The name states the aim, so kg.relate.nametheme reads what the
package serves from it.

Counted in 项, a package is one only right after a verb of issuing (here, and in
counted.issued_package: 发布21项减轻企业负担政策举措): elsewhere a count in 项 counts what was
done (352项重要改革举措稳步实施), a running total (累计推出120项…举措) or many of a kind.
"""

from __future__ import annotations

import re

from kg.relate.counted import AIMED_COUNT, ISSUE_VERB, PACKAGE_KIND, SUPPORT_VERB
from kg.relate.programs import ProgramScan
from kg.relate.quoted import PROVINCE_SCOPED
from kg.relate.registry import REGISTRY, program
from kg.text.mentions import program_key

__all__ = ["aimed_packages"]

# 推出10项举措支持“首发经济”: a verb of issuing (新一轮 after it), the count and kind, a verb of
# supporting and the aim up to the clause's end
_ISSUED = re.compile(
    ISSUE_VERB
    + r"(?:了|新一轮)?(?P<package>"
    + AIMED_COUNT
    + PACKAGE_KIND
    + r")(?P<aim>"
    + SUPPORT_VERB
    + r"[^，。；：、（(]{2,24}?)(?=[，。；]|$)"
)


@REGISTRY.register(
    program(
        "impl.package-aim",
        0.75,
        "a package of measures issued by its count, with what it supports right after it,"
        " named aim first (推出10项举措支持“首发经济” → 支持“首发经济”10项举措)",
    ),
    scope="clause",
)
def aimed_packages(scan: ProgramScan) -> None:
    """Each package of the clause issued as ``<count><kind><supporting verb><aim>``."""
    for m in _ISSUED.finditer(scan.text, scan.lo, scan.hi):
        start, end = m.start("package"), m.end("aim")
        if scan.framed(start, end):
            continue
        if scan.overlaps(start, end) and not scan.inside_only(start, end):
            continue
        # (the count and kind alone, 20条举措, that the noun-phrase rules read)
        scan.found = [p for p in scan.found if not (start <= p.start and p.end <= end)]
        scan.taken = [t for t in scan.taken if not (start <= t[0] and t[1] <= end)]
        label = m.group("aim") + m.group("package")
        key = PROVINCE_SCOPED + program_key(label)
        aliases = (scan.text[start:end],)
        scan.add("impl.package-aim", label, start, end, key=key, aliases=aliases, whole=True)
