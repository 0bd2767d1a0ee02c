"""What comes off the front of a program's label: the words before a name that the text
leaves there (抓好 -> 好…, 迭代…, 一批…, 更多…, 我省…, 1万名…, 要…, 依托…), read from the word
files ``label_leftovers``, ``never_opens`` and ``adverbs`` (kg.relate.labels cuts the name)."""

from __future__ import annotations

import re

from kg.relate.counted import package_label
from kg.relate.grammar import ADVERB_RUN
from kg.relate.words import (
    ACTION_VERBS,
    ADVERBS,
    DOING_VERBS,
    IMPLEMENT_VERBS,
    LABEL_LEFTOVERS,
    NEVER_OPENS,
    NOT_OWN_OPENERS,
    alternation,
)
from kg.text.lexicon import Lexicon
from kg.text.mentions import gazetteer
from kg.text.segment import segment

__all__ = ["CAMPAIGN_TYPES", "LEADING_COUNT", "PRONOUNS", "SHAPING", "clean_label"]

# verbs that shape a campaign (培育发展未来产业三年行动) and the campaigns they open
SHAPING = ("培育", "优化", "提升", "加强", "强化", "促进", "推动", "壮大", "抓")
CAMPAIGN_TYPES = ("行动", "工程", "计划", "方案")
_NOUNS_OPENING_WITH_A_VERB = frozenset(("建设用地", "应用场景"))

_LEFTOVER_WORDS = frozenset(LABEL_LEFTOVERS) | {a for a in ADVERBS if len(a) > 1}
# leftovers of two characters or more, matched in the text (jieba may cut 更多 in two)
_LEFTOVER_STRINGS = tuple(w for w in LABEL_LEFTOVERS if len(w) > 1)
_VERBS = ACTION_VERBS
_VERBS_LONGEST = sorted(_VERBS, key=len, reverse=True)
_COUNT_WORD = re.compile(
    r"(?:\d+(?:\.\d+)?(?:余|多)?[个项家条座所批处名场次回万亩]*"
    r"|[一二三四五六七八九十百千万两]+(?:余|多)[个项家条座所批处名场次回亩]*"
    r"|[一二三四五六七八九十百千万两]+[个项家条座所批处名场次回亩]+)$"
)
# classifiers and single characters that a count or a split verb (打 + 好) leaves behind;
# a classifier is left over only after a count (1万家…), not opening a name (家校共育…)
_CLASSIFIERS = frozenset("个项家条座所批处名场次回")
_LEFTOVER_CHARS = _CLASSIFIERS | frozenset("打抓办做用起")  # (构建起“…”: a resultative 起)
_MIN_NAME = 4
_QUALITY = re.compile(r"(高水平|高质量|高标准|更高水平)(?=“)")
#: How a province's own document names it (我省“民营经济32条”): a label's opener.
PRONOUNS = ("我省", "我市", "我区", "本省", "本市")


def clean_label(label: str, lexicon: Lexicon | None = None) -> int | None:
    """How many characters to take off the front of a program's label: the words before a
    name that are left there (抓好 -> 好…, 迭代…, 一批…, 更多…, 我省…, 1万名…), never so
    much that less than four characters are left. None: the label opens with a verb of
    only carrying out or joining another's policy (落实…, 融入…, after adverbs too), so it
    is no program of the actor's."""
    if package_label(label):
        return 0  # 23条政策措施: the count is the package's name
    cut = 0
    pronoun = False
    while cut < len(label) and label[cut] not in "“《":
        step, word = _leftover_at(label, cut, lexicon)
        if not step:
            return cut
        if word in NOT_OWN_OPENERS:
            # 深入贯彻…学习教育: not the actor's; 我省融入…方案: the name of its plan
            return cut if pronoun else None
        pronoun = pronoun or word in PRONOUNS
        if len(label) - (cut + step) < _MIN_NAME or label[cut + step] in "”》":
            # 要按计划, 应根据工程: what a modal or a verb of means leaves is no name
            return None if word in NEVER_OPENS else cut
        cut += step
    return cut


# a count before a name (260余场“秋糖季”…, 3届滇商大会, 20余场“年画进万家”活动)
LEADING_COUNT = re.compile(
    r"(?:(?:\d+|[一二三四五六七八九十百千两]+)(?:余|多)?|[多数几](?!场景|项目))"
    r"[个项家条座所批处名场次回届轮只支](?=[\u4e00-\u9fff“])"
)


# an adverb and a verb in one word of jieba (充分发挥, 认真落实)
_ADVERB_VERB = re.compile(
    alternation(tuple(sorted((a for a in ADVERBS if len(a) > 1), key=len, reverse=True)))
    + alternation(tuple(sorted(_VERBS | NEVER_OPENS, key=len, reverse=True)))
)


def _leftover_at(label: str, cut: int, lexicon: Lexicon | None) -> tuple[int, str]:
    """How long the leftover word at ``label[cut:]`` is (0: none), and the word."""
    count = LEADING_COUNT.match(label, cut)
    if count:
        return count.end() - cut, count.group()
    for word in _LEFTOVER_STRINGS:
        if label.startswith(word, cut):
            return len(word), word
    quality = _QUALITY.match(label, cut)
    if quality:  # 高水平“信用浙江”: a manner of building it, not the name (高质量参保行动 is)
        return len(quality.group(1)), quality.group(1)
    tokens = segment(label[cut:], 0, lexicon)
    if not tokens:
        return 0, ""
    w = tokens[0].text
    nxt = tokens[1].text if len(tokens) > 1 else ""
    counted = _COUNT_WORD.fullmatch(w) is not None and (
        not w.isdigit() or nxt[:1] in _LEFTOVER_CHARS or nxt[:1] in "万亿"
    )  # 1万名…, 20个…, not 0.1微克…
    if (
        ADVERB_RUN.fullmatch(label[:cut])  # (大力优化营商环境行动: after adverbs too)
        and w.startswith(SHAPING)
        and label.endswith(CAMPAIGN_TYPES)
    ):
        # 培育发展未来产业三年行动, 优化营商环境行动方案 (one word of the lexicon): the
        # campaign's own first word (np_start)
        return 0, ""
    if w == "全面" and nxt and nxt not in _VERBS and nxt not in _LEFTOVER_WORDS:
        if not any(o in label[cut:] for o in NOT_OWN_OPENERS):
            return 0, ""  # 全面振兴新突破三年行动: 全面 of a word of the name, not left over
    if (
        w in _LEFTOVER_WORDS
        or (w in _VERBS and (w not in DOING_VERBS or nxt.startswith("“") or w in IMPLEMENT_VERBS))
        or w in NEVER_OPENS
        or _ADVERB_VERB.fullmatch(w) is not None  # (充分发挥, 认真落实: jieba's one word)
        or w in NOT_OWN_OPENERS
        or (w in _LEFTOVER_CHARS and (cut > 0 or w not in _CLASSIFIERS))
        or (w.startswith("万") and w[1:] in _LEFTOVER_CHARS)
        or (counted and not label.startswith("“", cut + len(w)))
    ):
        return len(w), w
    # a verb that jieba joined to the name after it (建设全国统一大市场…: a word of the
    # dictionary), but not a word of its own (开发区)
    verb = next((v for v in _VERBS_LONGEST if w.startswith(v) and len(w) - len(v) >= 2), None)
    if w in _NOUNS_OPENING_WITH_A_VERB:
        verb = None  # 建设用地总量…管控制度: construction land, not building
    if verb and verb not in IMPLEMENT_VERBS and lexicon is not None:
        # 创新驱动发展战略: the verb opens a theme of the vocabulary, which the name is of
        themes = gazetteer(lexicon).themes(label[cut : cut + 12])
        if any(h.start == 0 and h.end > len(verb) for h in themes):
            return 0, ""
    return (len(verb), verb) if verb else (0, "")
