"""Which program a frame (围绕/聚焦/紧扣 …) covers when no program follows it in its clause:
the scope word closing the frame's object, the clause's own action, the program of the
clause after it, or that of the clause before it (kg.relate.themes.framed)."""

from __future__ import annotations

import re

from kg.relate.clauses import Clause, ClauseProgram
from kg.relate.grammar import FRAME, opens_part
from kg.text.mentions import TYPE_WORDS

__all__ = ["frame_closes", "framed_after", "own_action"]


# what may close a frame's object before its clause ends (…等领域, …三大方向)
_FRAME_SCOPE = re.compile(
    r"等?(?:[\d一二三四五六七八九十]+(?:大|个|项))?"
    r"(?:[\u4e00-\u9fff]{0,6}?(?:领域|方面|方向|行业|产业|环节)(?:的细分(?:领域|行业))?(?=[，。；]|$)"
    r"|(?:重点)?(?:领域|方面|方向|行业|产业|环节)?)"
)


def _scope_end(text: str, fe: int, cend: int) -> int:
    """Where the frame's object ends with its scope word (…等领域), if it has one."""
    scope = _FRAME_SCOPE.match(text, fe, cend)  # (it matches, if only the empty string)
    return scope.end() if scope is not None else fe


def own_action(text: str, fe: int, cend: int) -> bool:
    """Whether the clause goes on, after the frame's object and its scope word, with an
    action of its own (围绕…等加强全产业链布局)."""
    return cend - _scope_end(text, fe, cend) >= 2


# what a frame's own action does when it sets out the program's content (…等五个方面提出…任务)
_SETS_OUT = re.compile(r"(?:[\u4e00-\u9fff]{0,2}?)(?:提出|明确|部署|制定|推出|出台|谋划|确定|细化)")


def _own_tasks(text: str, fe: int, cend: int) -> bool:
    """The frame's own action sets out tasks or measures (围绕…等五个方面提出80多项具体任务),
    the content of the program before it; another action (聚焦…等重点领域常态化开展隐患排查整治)
    is a task of its own."""
    return _SETS_OUT.match(text, _scope_end(text, fe, cend), cend) is not None


def framed_after(
    text: str, clauses: list[Clause], ci: int, story: bool, fronted: bool = False
) -> list[ClauseProgram]:
    """围绕…，加快构建…: the frame covers the action right after it, not the later ones
    (围绕集成电路…，实施…项目，推动…平台建设: the projects' aim, not the platform's). In a
    story, when that action names no program, the frame covers the next one that does
    (围绕提升双城经济圈经济实力…，加快构建…体系，共同建设成渝中线科技走廊…: since 0.9.173;
    reports list tasks of their own there, which the frame does not cover). ``fronted``: it
    opens the sentence, and covers the subject's clause after it (聚焦…，今年，河北还将…: 0.9.185)."""
    for nxt in clauses[ci + 1 : ci + (3 if story else 2)]:
        if (
            (nxt.subjects is not None and not fronted)
            or nxt.blocked
            or FRAME.search(text, nxt.start, nxt.end)
            or opens_part(text, nxt.start)  # a new part of the sentence
        ):
            return []
        if nxt.programs:
            return list(nxt.programs)
    return []


def frame_closes(text: str, clauses: list[Clause], ci: int, fs: int, fe: int) -> bool:
    """The frame at ``fs``–``fe`` opens clause ``ci``, which has no subject of its own and
    goes on with the clause before it (天津实施…提升行动，围绕…等五个方面提出…任务: since 0.9.172
    also after a clause whose province is named, unless the frame's clause makes a program or
    a plan of its own: 浙江实施…工程，聚焦…制定实施方案), either setting out the program's tasks
    or ending its part of the sentence (since 0.9.208)."""
    cl = clauses[ci]
    if not (_own_tasks(text, fe, cl.end) or _ends_part(text, clauses, ci)):
        return False
    body = text[cl.start : cl.end]
    if clauses[ci - 1].subjects is not None:
        tail = text[fs : cl.end].rstrip("。！？!?；; \n")
        if tail.endswith((*TYPE_WORDS, *_PLAN_HEADS)):
            return False
    return (
        fs == cl.start + len(body) - len(body.lstrip())
        and not opens_part(text, cl.start)
        and cl.subjects is None
    )


def _ends_part(text: str, clauses: list[Clause], ci: int) -> bool:
    """No clause of the same part follows the frame's clause ``ci``: a bare frame between two
    actions leads the one after it (开展…推广行动，聚焦智能制造发展需求，推进5G全连接工厂建设),
    unless it names a theme (…文化周启动，围绕“中国茶·中国戏·中国潮”主题，汇聚…)."""
    cl = clauses[ci]
    return (
        ci + 1 >= len(clauses)
        or opens_part(text, clauses[ci + 1].start)
        or text[cl.start : cl.end].rstrip("，,。；; ").endswith("主题")
    )


# what a frame's own clause may make after a province's program (…制定实施方案): a plan of its own
_PLAN_HEADS = ("方案", "意见", "办法", "措施", "细则")
