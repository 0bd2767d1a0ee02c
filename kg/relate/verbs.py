"""Which verb governs a name: carrying out, learning from, handing on, or drafting."""

from __future__ import annotations

import re

from kg.model import Token
from kg.relate.grammar import ADVERB_RUN, HAN_RUN, PUSHED_TYPES, TYPE_WORD
from kg.relate.words import (
    ADVERBS,
    BLOCK_VERBS,
    CLAUSE_VERBS,
    DELEGATE_VERBS,
    DOING_VERBS,
    IMPLEMENT_VERBS,
    IMPROVE_VERBS,
    PLAN_VERBS,
    PUSH_VERBS,
    VERB_ADVERBS,
    VERBS_BEFORE_JIANSHE,
)

__all__ = [
    "governing_verb",
    "opens_with_verb",
    "own_program_after",
    "pushed_by",
    "pushes",
    "split_adverb_verbs",
]

# a type word that ends a name (not one that opens the next: 完成制度集成…)
_ENDING_TYPE_WORD = re.compile(
    "(?:" + TYPE_WORD.pattern + r")(?:(?![\u4e00-\u9fff])|(?=[等和与及]|建设))"
)


def split_adverb_verbs(tokens: list[Token]) -> list[Token]:
    """积极开展 → 积极 + 开展, 超额完成 → 超额 + 完成, so that the verb is a token of its own;
    and 打 + 好 → 打好, where jieba cut a verb of two characters in two."""
    out: list[Token] = []
    for i, tok in enumerate(tokens):
        w = tok.text
        if out and len(w) == 1 and len(out[-1].text) == 1 and out[-1].end == tok.start:
            joined = out[-1].text + w
            if joined in _VERBS:
                out[-1] = Token(joined, out[-1].start, tok.end)
                continue
        if len(w) > 2 and w[-1] in _RESULT and w[:-1] in _VERBS:
            # 打造出, 探索出: the verb with its result governs the name after them; not a first
            # of its kind achieved (打造出首届“碳中和”全运会: a description of an outcome)
            first = i + 1 < len(tokens) and tokens[i + 1].text.startswith("首")
            out.append(tok if first and w[-1] == "出" else Token(w[:-1], tok.start, tok.end))
            continue
        # (an adverb and a verb make three characters at least)
        if len(w) > 2 and w not in _VERBS:
            for k in (2, 3):
                if w[:k] in VERB_ADVERBS and w[k:] in _VERBS:
                    out.append(Token(w[:k], tok.start, tok.start + k))
                    out.append(Token(w[k:], tok.start + k, tok.end))
                    break
            else:
                out.append(tok)
        else:
            out.append(tok)
    return out


_VERBS = IMPLEMENT_VERBS | DOING_VERBS
_RESULT = "出起"  # (打造出, 建立起)


# 落实 carries out another's policy, unless the program is the actor's own (gold README)
_CARRY_OUT = frozenset(("落实", "贯彻落实", "全面落实", "严格落实", "深入落实"))
_OWN = ("我省", "本省", "我市", "本市", "我区", "全省", "省委省政府")
# a name of the province's level or of its strong-province campaign, right after 落实
_OWN_NAME = re.compile(r"省(?![外内])|[\u4e00-\u9fff]{2,4}强省")


def own_program_after(text: str, pos: int) -> bool:
    """Whether the name at ``pos``, after 落实, is the province's own program: of its level
    (省级开发区…30条政策措施) or its strong-province campaign (文化强省建设三年行动计划)."""
    return _OWN_NAME.match(text, pos) is not None


# a verb of purpose right before a name makes the name what is served (支持“首发经济”)
_PURPOSE_VERBS = ("支持", "助力", "赋能")

# an item of a list that raises or cuts a measure, right before the name (、提高“得补率”)
_RAISED_ITEM = re.compile(r"、(?:进一步)?(?:提高|提升|增强|降低|减少)$")

_BETWEEN_SKIP = re.compile(r"《[^》]*》|“[^”]*”|[\s了]")


def governing_verb(
    text: str, tokens: list[Token], start: int, limit: int
) -> tuple[str, str, int] | None:
    """The nearest verb of carrying out, or of learning/borrowing, before ``start``.

    Returns its kind (impl, block, plan, or do: a verb of working on something, see
    ``words/doing_verbs.txt``), the verb and where it ends.
    """
    for ti in range(len(tokens) - 1, -1, -1):
        tok = tokens[ti]
        if tok.end > start:
            continue
        if tok.start < limit:
            break
        w = tok.text
        # titles and quoted names of an enumeration stand between a verb and its objects
        between = _BETWEEN_SKIP.sub("", text[tok.end : start])
        if w.endswith("落实") and not between and own_program_after(text, start):
            return ("impl", w, tok.end)  # 全面落实省级…措施: the province's own program
        if w in BLOCK_VERBS and not (
            w in ("研究", "学习") and ti > 0 and _nominal_before(tokens[ti - 1], tok, limit)
        ):  # (基础研究领先和…行动, 党史学习教育: a noun, not a verb of learning)
            # 认真学习“千万工程”做法: only a verb right before the name governs it;
            # 理论学习中心组集中学 … 等“五学联动” is part of an enumeration.
            if w in _CARRY_OUT and between.startswith(_OWN):
                return ("impl", w, tok.end)  # 落实我省“民营经济32条”: its own program
            if len(between) <= 4 and "等" not in between and "、" not in between:
                return ("block", w, tok.end)
            if w in _SELECTED and len(between) <= 16 and _PLAIN_RUN.fullmatch(between):
                return ("block", w, tok.end)  # 入选自贸试验区第六批“最佳实践案例”: chosen
            continue
        if w in DOING_VERBS and _ENDING_TYPE_WORD.match(text, tok.end):
            # …提升行动、…: part of an earlier name (a word of doing in it; not 完成制度集成
            # 创新三年行动, where the type word opens the next name)
            continue
        if (
            (w in DOING_VERBS or w in IMPLEMENT_VERBS)
            and text.startswith(("和", "与", "及"), tok.end)
            and ti > 0
            and _nominal_before(tokens[ti - 1], tok, limit)
        ):
            continue  # 实施…电网延伸和…改造工程: the last word of a conjunct, not a verb
        if (
            w in IMPLEMENT_VERBS
            and text.startswith("和", tok.end)
            and _ends_conjunct(tokens, ti, limit)
        ):
            continue  # 推进景区焕新升级和…提升行动: 升级 ends the first action 推进 governs
        if _in_list_item(text, tokens, ti, start, limit):
            continue  # 实施钾盐高效利用、…、镁盐创新突破、…工程: a word of an item, not a verb
        if w in DOING_VERBS and len(between) > 16:
            continue
        if w in IMPLEMENT_VERBS or w in DOING_VERBS:
            if between == "为":
                return ("block", w, tok.end)  # 从“四个中心”拓展为“五个中心”: what it became
            # A verb far before the name governs it only across an enumeration or a modifier.
            if len(between) > 16 and not any(c in between for c in "、等的"):
                return None
            if text[max(limit, tok.start - 2) : tok.start] in ("助力", "服务"):
                return ("block", w, tok.end)  # 助力深化“放管服”改革: a purpose, not an action
            if between.endswith(_PURPOSE_VERBS) and "、" not in between:
                # 推出10项举措支持“首发经济”: what they are for (not the word that ends an
                # item of a list: 实施…专业建设、人工智能赋能等行动)
                return ("block", w, tok.end)
            if "让" in between:
                return ("block", w, tok.end)  # 通过…机制让大企业“发榜”: the firms' doing
            if _RAISED_ITEM.search(between):
                return None  # 完善标准、提高“得补率”: a task of its own, raising a measure
            before_verb = text[limit : tok.start]
            for d in DELEGATE_VERBS:
                if d in before_verb:  # (jieba may cut 获批 into 获 + 批)
                    if d == "支持" and before_verb.endswith("支持"):
                        continue  # 支持办好…展会, 支持建设…平台: the author's own, no other actor
                    return ("block", d, tok.end)  # 支持甘南开展…: another actor's
            if w == "建设" and ti > 0 and _nominal_before(tokens[ti - 1], tok, limit):
                continue  # 营商环境建设“…”: the building of something, not a verb
            return ("impl" if w in IMPLEMENT_VERBS else "do", w, tok.end)
        if w in PLAN_VERBS:
            return ("plan", w, tok.end)
    return None


def pushed_by(
    text: str, tokens: list[Token], start: int, limit: int, name: str
) -> tuple[str, str, int] | None:
    """A verb of pushing forward right before a campaign's name at ``start`` (扎实推动金融强边
    富民行动, 推动“七项惠民行动”; ``name`` ends in the type word), with no other verb
    between: a verb of doing, as it carries out nothing else."""
    if not name.endswith(PUSHED_TYPES):
        return None
    for tok in reversed(tokens):
        if tok.end > start:
            continue
        if tok.start < limit:
            break
        if tok.text in PUSH_VERBS:
            between = _BETWEEN_SKIP.sub("", text[tok.end : start])
            near = len(between) <= 4 and not any(c in between for c in "、的")
            return ("do", tok.text, tok.end) if near else None  # (推动工作的实际行动: 工作's)
        if tok.text in _VERBS or tok.text in CLAUSE_VERBS or tok.text in PLAN_VERBS:
            return None
    return None


def pushes(tokens: list[Token], j: int, idx: int, type_word: str) -> bool:
    """Token ``j`` is a verb of pushing forward that opens the name of a campaign ending at
    token ``idx`` (推动提振消费专项行动), with no verb of carrying out after it (推动…布局实施
    省重大科技创新工程: 实施 opens the name)."""
    return (
        tokens[j].text in PUSH_VERBS
        and type_word.endswith(PUSHED_TYPES)
        and not any(t.text in _VERBS or t.text in PLAN_VERBS for t in tokens[j + 1 : idx])
    )


def _in_list_item(text: str, tokens: list[Token], ti: int, start: int, limit: int) -> bool:
    """Token ``ti``, after a word of its own item, is the last word of an item of a list
    (实施钾盐高效利用、…工程), or a word of doing inside an item after the first (…、镁盐创新
    突破、…工程): part of the item, not a verb governing the name at ``start``."""
    tok = tokens[ti]
    if not (
        ti > 0
        and tokens[ti - 1].end == tok.start
        and tokens[ti - 1].start >= limit
        and "\u4e00" <= tokens[ti - 1].text[-1] <= "\u9fff"
        and tokens[ti - 1].text not in _VERBS
    ):
        return False
    if text.startswith("、", tok.end):
        return True
    return (
        tok.text in DOING_VERBS
        and _ITEM_REST.match(text, tok.end, start) is not None
        and _ITEM_BEFORE.search(text, limit, tok.start) is not None
    )


# the rest of an item of a list: words up to its 、
_ITEM_REST = re.compile(r"[\u4e00-\u9fff]{1,8}、")
_ITEM_BEFORE = re.compile(r"、[\u4e00-\u9fff]{1,8}$")  # (not the first item of the list)


# verbs of being chosen: what follows, however long, is a list the province is put on
_SELECTED = frozenset(("入选", "获评", "评为", "纳入", "荣获"))
_PLAIN_RUN = re.compile(r"[\u4e00-\u9fff\d]*")


def _ends_conjunct(tokens: list[Token], ti: int, limit: int) -> bool:
    """The verb ``tokens[ti]`` ends a short action (景区焕新升级) that a verb of carrying out
    right before it governs, in a pair joined by the 和 after it."""
    run = 0
    for tj in range(ti - 1, -1, -1):
        t = tokens[tj]
        if t.start < limit or not HAN_RUN.fullmatch(t.text):
            return False
        if t.text in IMPLEMENT_VERBS and tj < ti - 1:
            return 2 <= run <= 6
        run += len(t.text)
        if run > 6:
            return False
    return False


def _nominal_before(prev: Token, verb: Token, limit: int) -> bool:
    """营商环境建设: a noun right before 建设 makes it a noun (the building of …)."""
    w = prev.text
    if prev.end != verb.start or prev.start < limit or not w or not "\u4e00" <= w[-1] <= "\u9fff":
        return False
    return not (
        w.endswith(("力", "力量"))  # 发力建设, 全力建设, 着力建设, 集中力量建设
        or w in VERBS_BEFORE_JIANSHE
        or w in VERB_ADVERBS
        or w in CLAUSE_VERBS
        or w in IMPLEMENT_VERBS
        or ADVERB_RUN.fullmatch(w) is not None
    )


def opens_with_verb(tokens: list[Token], start: int, end: int) -> bool:
    """The phrase ``start:end`` opens with a verb, after adverbs (共同提升首都规划…)."""
    for t in tokens:
        if t.start < start or t.text in ADVERBS or t.text in ("共同", "联合", "协同"):
            continue
        return t.start < end and (t.text in CLAUSE_VERBS or t.text in IMPROVE_VERBS)
    return False
