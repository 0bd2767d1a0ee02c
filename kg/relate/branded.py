"""A province's branded campaign, written unquoted as a brand, the province's name and 建设:
深入推进数字安徽建设, 提升书香河南建设水平, 加快书香陇原建设.

The same campaigns are often quoted (“书香陇原”建设, “技能甘肃”建设), and then the quoted
name is read by kg.relate.programs. Unquoted, the name has no type word, so only brands
listed in ``words/province_brands.txt`` make one: a word for what the province is to
become, written right before its name (数字, 书香, 技能). The national slogans a province
takes up in its own name (美丽…, 平安…, 法治…建设) are left out: the gold marks them
optional.
"""

from __future__ import annotations

import re

from kg.relate.grammar import BRANDED
from kg.relate.programs import ProgramScan
from kg.relate.registry import REGISTRY, program
from kg.relate.verbs import governing_verb
from kg.relate.words import PROVINCE_BRANDS, alternation
from kg.text.mentions import gazetteer

__all__ = ["branded_campaigns"]

# what 建设 may be followed by: the clause's end, or the measure of its progress that a verb
# before it raises (提升书香河南建设水平, 加快数字山东建设步伐)
_AFTER = re.compile(r"(?:水平|步伐|进程|质效|成效)?(?=[，。；、,;]|$)")
# a verb of raising or speeding up right before the brand: it raises the campaign's
# progress written after 建设 (提升…建设水平), or speeds up the building (加快…建设)
_SPEEDING = ("加快", "加速", "加强", "深化")
_SPED_UP = re.compile(alternation(_SPEEDING) + "$")
_RAISED = re.compile(alternation(("提升", "提高", *_SPEEDING)) + "$")


@REGISTRY.register(
    program(
        "impl.branded",
        0.75,
        "a province's branded campaign, its brand and name before 建设, after a verb of"
        " carrying it out (深入推进数字安徽建设, 提升书香河南建设水平)",
    ),
    scope="clause",
)
def branded_campaigns(scan: ProgramScan) -> None:
    """Each ``<brand><province>建设`` of the clause that a verb carries out."""
    text, lo, hi = scan.text, scan.lo, scan.hi
    if BRANDED.search(text, lo, hi) is None:
        return  # (most clauses: no gazetteer scan)
    for hit in gazetteer(scan.lexicon).geo(text[lo:hi]):
        if hit.kind != "province":
            continue
        name_start, name_end = lo + hit.start, lo + hit.end
        brand = next((b for b in PROVINCE_BRANDS if text.endswith(b, lo, name_start)), None)
        if brand is None or not text.startswith("建设", name_end):
            continue
        start, end = name_start - len(brand), name_end + 2
        after = _AFTER.match(text, end, hi)
        if after is None or scan.overlaps(start, end) or scan.framed(start, end):
            continue
        gov = governing_verb(text, scan.tokens, start, lo)
        raised = (
            _SPED_UP.search(text, lo, start) is not None
            if after.group() == ""
            else _RAISED.search(text, lo, start) is not None
        )
        if (gov is not None and gov[0] == "impl") or raised:
            scan.add("impl.branded", text[start:end], start, end)
