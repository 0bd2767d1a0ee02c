"""Where a name's governing verb and a heading's name really are: a verb of process that
ends a modifier before a quote (产业提质升级“1+9”行动), and a numbered heading that is only
a program's name ((一)新一代信息技术产业智能提升工程。)."""

from __future__ import annotations

from kg.model import Token
from kg.relate.grammar import HAN_RUN, HEADING_NUMBER
from kg.relate.labels import modifier_prefix, specific
from kg.relate.verbs import governing_verb
from kg.relate.words import (
    ADVERBS,
    BUILD_VERBS,
    CLAUSE_VERBS,
    DOING_VERBS,
    IMPLEMENT_VERBS,
    PLAN_VERBS,
    VERB_ADVERBS,
    WEAK_TYPES,
)

__all__ = ["heading_name", "outer_verb"]

_VERBS = IMPLEMENT_VERBS | DOING_VERBS | PLAN_VERBS
# verbs that also name a process a modifier may end with (产业提质升级, 上市资源培育)
_PROCESS_VERBS = frozenset(("升级", "培育", "提升", "提质", "改造", "转型", "振兴", "优化", "拓展"))
# words that open an action, not a name (a heading's first word; what follows a verb)
_HEADING_VERBS = frozenset((*_VERBS, *BUILD_VERBS, *CLAUSE_VERBS, *ADVERBS))
_NOT_MODIFIER_OPENERS = _HEADING_VERBS | VERB_ADVERBS


def outer_verb(
    text: str, tokens: list[Token], lo: int, gov: tuple[str, str, int] | None, quote_open: int
) -> tuple[str, str, int] | None:
    """实施产业提质升级“1+9”行动: a verb of process right before the quote (升级) ends a
    modifier; the verb before the modifier governs the name."""
    if gov is None or gov[0] != "impl" or gov[2] != quote_open or gov[1] not in _PROCESS_VERBS:
        return gov
    outer = gov
    for _ in range(3):  # (产业提质升级: two verbs of the modifier)
        before = governing_verb(text, tokens, outer[2] - len(outer[1]), lo)
        if before is None or before[0] != "impl":
            break
        outer = before
        nxt = next((t.text for t in tokens if t.start == outer[2]), "")
        if nxt in _NOT_MODIFIER_OPENERS:
            continue  # 继续加力开展“…”工程: adverbs and verbs, not a modifier
        if modifier_prefix(text, outer[2], quote_open):
            return outer
    return gov


def heading_name(
    text: str, tokens: list[Token], lo: int, hi: int, end: int, type_word: str
) -> int | None:
    """Where the name starts in a numbered heading that is only a name
    ((一)新一代信息技术产业智能提升工程。), with a strong type word (二、重点工程 is no name);
    None for a heading with an action (2.高标准建设山东省实验室), read as any clause."""
    number = HEADING_NUMBER.match(text, lo, end)
    if number is None or type_word in WEAK_TYPES or text[end:hi].strip() not in ("", "。"):
        return None
    label = text[number.end() : end]
    first = next((t.text for t in tokens if t.start == number.end()), "")
    if (
        not HAN_RUN.fullmatch(label)
        or "的" in label
        or first in _HEADING_VERBS
        or first[:1] in "有做"
        or not specific(label, type_word)
        or len(label) > 24
    ):
        return None
    return number.end()
