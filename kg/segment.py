"""Segmentation with a private jieba tokenizer whose user dictionary comes from the lexicon."""

from __future__ import annotations

import logging
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kg.lexicon import Lexicon, load_lexicon
from kg.model import Token

if TYPE_CHECKING:
    import jieba

__all__ = ["EXTRA_WORDS", "segment", "segment_spans", "tokenizer", "user_dictionary"]

# Words the policy register uses as units that jieba's general dictionary splits or glues
# wrongly; program type words and the verbs of carrying out must be tokens of their own.
EXTRA_WORDS = (
    "大讲堂",
    "讲坛",
    "培训班",
    "再教育",
    "大学习",
    "示范区",
    "试验区",
    "工作法",
    "分享会",
    "用好",
    "办好",
    "建好",
    "抓好",
    "搭建",
    "启动实施",
    "深入实施",
    "扎实推进",
    "组织开发",
    "打造运用",
    "巩固深化",
    "对标",
    "共建",
    "筹建",
)


def user_dictionary(lexicon: Lexicon) -> list[str]:
    """Lines of a jieba user dictionary (``word freq``) built from the lexicon."""
    words: dict[str, int] = {}
    for p in lexicon.provinces.values():
        for n in (*p.names, *p.literary):
            words[n] = 20000
    for pl in lexicon.places.values():
        for n in pl.names:
            words.setdefault(n, 5000)
    for t in lexicon.themes.values():
        for n in t.names:
            if 2 <= len(n) <= 12:
                words.setdefault(n, 3000)
    for w in EXTRA_WORDS:
        words.setdefault(w, 3000)
    return [f"{w} {f}" for w, f in sorted(words.items()) if " " not in w]


@cache
def tokenizer(lexicon: Lexicon | None = None) -> jieba.Tokenizer:
    """A private jieba tokenizer (never the global one) with the lexicon's words."""
    import jieba

    # jieba logs to stderr at first use; keep it quiet.
    logging.getLogger("jieba").setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)
    lex = lexicon or load_lexicon()
    tok = jieba.Tokenizer()
    fd, path = tempfile.mkstemp(suffix=".txt", prefix="zhkg-userdict-")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write("\n".join(user_dictionary(lex)) + "\n")
        tok.load_userdict(path)
    finally:
        os.unlink(path)
    return tok


def segment(text: str, offset: int = 0, lexicon: Lexicon | None = None) -> list[Token]:
    """Tokens of ``text`` (already in matching form) with offsets shifted by ``offset``.

    The words are those of the tokenizer's ``cut(text, HMM=False)``; each run of CJK
    characters, letters and digits is cut once per process (a phrase that recurs comes
    from a cache).
    """
    import jieba

    han, skip = jieba.re_han_default, jieba.re_skip_default
    out = []
    pos = offset
    for block in han.split(text):
        if not block:
            continue
        if han.match(block):
            words: Iterable[str] = _cut_run(block, lexicon)
        else:  # jieba: whitespace pieces whole, any other character alone
            words = [w for x in skip.split(block) for w in ((x,) if skip.match(x) else x)]
        for word in words:
            out.append(Token(word, pos, pos + len(word)))
            pos += len(word)
    return out


@lru_cache(maxsize=1 << 16)
def _cut_run(run: str, lexicon: Lexicon | None) -> tuple[str, ...]:
    """The words of one run: jieba's best route through its dictionary, no HMM, with
    single letters and digits joined (``Tokenizer.__cut_DAG_NO_HMM``)."""
    import jieba

    tok = tokenizer(lexicon)
    route: dict[int, tuple[float, int]] = {}
    tok.calc(run, tok.get_DAG(run), route)
    words: list[str] = []
    letters = ""
    x = 0
    while x < len(run):
        y = route[x][1] + 1
        word = run[x:y]
        if len(word) == 1 and jieba.re_eng.match(word):
            letters += word
        else:
            if letters:
                words.append(letters)
                letters = ""
            words.append(word)
        x = y
    if letters:
        words.append(letters)
    return tuple(words)


# What jieba cuts as one run (jieba.re_han_default): it segments each run on its own, so
# the tokens inside a run never depend on the text outside it.
_RUN_CHAR = re.compile(r"[\u4e00-\u9fd5a-zA-Z0-9+#&._%\-]")


def segment_spans(
    text: str, spans: Sequence[tuple[int, int]], lexicon: Lexicon | None = None
) -> list[Token]:
    """The tokens of ``text`` over ``spans``: those :func:`segment` gives there for all of it.

    Each span is widened to whole runs of jieba's, overlapping spans are joined, and only
    they are segmented. Tokens are in order; a token may reach outside its span.
    """
    windows: list[list[int]] = []
    n = len(text)
    for lo, hi in sorted(spans):
        while 0 < lo < n and _inside_run(text, lo):
            lo -= 1
        while 0 < hi < n and _inside_run(text, hi):
            hi += 1
        if windows and lo <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], hi)
        else:
            windows.append([lo, hi])
    tokens: list[Token] = []
    for lo, hi in windows:
        tokens.extend(segment(text[lo:hi], lo, lexicon))
    return tokens


def _inside_run(text: str, i: int) -> bool:
    """Whether jieba keeps ``text[i - 1]`` and ``text[i]`` together (a run, or \\r\\n)."""
    return bool(_RUN_CHAR.match(text, i - 1) and _RUN_CHAR.match(text, i)) or (
        text[i - 1 : i + 1] == "\r\n"
    )
