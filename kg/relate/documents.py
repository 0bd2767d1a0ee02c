"""Policy documents issued without a title mark: 出台深化投资体制改革实施意见.

A work report names the documents the province issued as often without 《…》 as with
it: 出台政府投资项目全生命周期管理办法, 制定产业兴区实施意见, 出台支持高新技术企业发展
专项措施. Right after a verb of drafting and issuing (words/plan_verbs.txt) that governs
it, a name that ends the phrase in the head of a document (words/document_heads.txt) is a
document the actor carries out (``impl.document``), as a 《…》 plan is (``impl.plan``).

Not documents: a general one (制定相应的管理办法, 制定有效办法: no name before the head),
a choice (出台…规划或实施意见), a request (制定政策要听取各方面意见), or one the actor
only pushes another body to issue (推动出台优化市场准入环境若干措施).
"""

from __future__ import annotations

import re

from kg.relate.grammar import DOCUMENT_HEAD_WORDS as _TITLE_HEADS
from kg.relate.grammar import DOCUMENT_HEADS as _HEADS
from kg.relate.programs import ProgramScan
from kg.relate.registry import REGISTRY, program
from kg.relate.verbs import governing_verb
from kg.relate.words import PLAN_VERBS

__all__ = ["issued_documents"]

# the name: a run of words, quotes and numbers up to a head that ends the phrase
_NAME = re.compile(
    r"(?:实施|了)?(?P<name>[\u4e00-\u9fff\d“”（）()]{4,32}?" + _HEADS + r")(?=[，。；、和与及]|$)"
)
# a general document or a choice, not one named: 相应的管理办法, 规划或实施意见, 评价细则和
# 评价办法; a law's implementing measures are the law's (实施民营经济促进法办法)
_NOT_NAMED = re.compile(
    r"^(?:了|相应|有效|相关|有关|配套|各项|本地区|这些|其他)|具体|或|要|听取|征求"
    r"|(?:细则|规范|标准|办法|意见)[和与及]|法(?:的)?(?:实施)?(?:办法|细则|意见)$"
    r"|^(?:贯彻)?落实(?:意见|办法)$"
    r"|技术(?:指导)?意见$"  # (制定田管技术意见: a technical guidance, routine work)
)
_ISSUING = tuple(PLAN_VERBS)
# verbs of getting another body to issue a document (推动出台, 争取出台, 配合制定)
_FOR_ANOTHER = ("推动", "争取", "配合", "促成", "协调", "推进", "积极争取")
_HEAD_AT_END = re.compile(_HEADS + "$")


@REGISTRY.register(
    program(
        "impl.document",
        0.6,
        "a policy document issued without a title mark (出台…实施意见, 制定…办法)",
    ),
    scope="clause",
)
def issued_documents(scan: ProgramScan) -> None:
    """The documents named right after a verb of drafting and issuing that governs them."""
    text, lo, hi = scan.text, scan.lo, scan.hi
    for tok in scan.tokens:
        if tok.text not in PLAN_VERBS or not lo <= tok.start < tok.end < hi:
            continue
        if text.startswith(_ISSUING, tok.end):
            continue  # 制定出台…意见: the name follows the last verb
        if text.endswith(_FOR_ANOTHER, lo, tok.start):
            continue  # 推动出台…若干措施: pushing another body to issue it
        m = _NAME.match(text, tok.end, hi)
        if m is None:
            continue
        name, start, end = m.group("name"), m.start("name"), m.end("name")
        head = _HEAD_AT_END.search(name)
        if head is None or head.start() < 4 or _NOT_NAMED.search(name):
            continue
        if "的" in name and name[name.rindex("的") + 1 :] not in _TITLE_HEADS:
            continue  # 符合教师岗位特点的考核评价办法: described, not named (not …的实施意见)
        gov = governing_verb(text, scan.tokens, start, lo)
        if gov is None or gov[1] not in PLAN_VERBS or scan.overlaps(start, end):
            continue
        scan.add("impl.document", name, start, end, whole=True)
