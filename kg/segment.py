"""Segmentation with a private jieba tokenizer whose user dictionary comes from the lexicon."""

from __future__ import annotations

import logging
import os
import tempfile
from functools import cache
from typing import TYPE_CHECKING

from kg.lexicon import Lexicon, load_lexicon
from kg.model import Token

if TYPE_CHECKING:
    import jieba

__all__ = ["EXTRA_WORDS", "segment", "tokenizer", "user_dictionary"]

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
    """Tokens of ``text`` (already in matching form) with offsets shifted by ``offset``."""
    tok = tokenizer(lexicon)
    out = []
    for word, start, end in tok.tokenize(text, HMM=False):
        out.append(Token(word, offset + start, offset + end))
    return out
