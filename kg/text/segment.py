"""Segmentation with a private jieba tokenizer whose user dictionary comes from the lexicon."""

from __future__ import annotations

import array
import hashlib
import logging
import math
import os
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.model import Token
from kg.text.lexicon import Lexicon, load_lexicon

if TYPE_CHECKING:
    import jieba

__all__ = [
    "EXTRA_WORDS",
    "Dictionary",
    "cache_dir",
    "dictionary",
    "segment",
    "segment_spans",
    "tokenizer",
    "user_dictionary",
]

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
    "共建共享",
    "建设完成",
    "探索创新",
    "筹建",
    "建设用地",
    "应用场景",
    "创新药",  # (实施创新药“护苗”行动计划: not the verb 创新 and a 药)
    "创新药械",
    "创新链",  # (创新链产业链资金链人才链深度融合: the chain of innovation, a noun)
    "上合组织",  # (中国—上合组织地方经贸合作示范区: an organisation of states, not 组织 the verb)
    "上海合作组织",  # (中国—上海合作组织地方经贸合作示范区, its full name)
)
# Words of jieba's dictionary that glue a type word to the next word (试点工作: the work of
# a pilot, whose name ends at 试点): taken out, so that the type word is a token of its own.
SPLIT_WORDS = ("试点工作", "工程建设")


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
    for w in SPLIT_WORDS:
        words[w] = 0  # (jieba's load_userdict reads a frequency of 0 as a word taken out)
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


@dataclass(frozen=True, eq=False)
class Dictionary:
    """jieba's dictionary with the lexicon's words, as :func:`_cut_run` reads it.

    ``trie`` holds every word of the tokenizer's dictionary (frequency above 0);
    ``weights[id]`` is the word's ``log(freq) - log(total)``, jieba's own figure, by the
    trie's key id; ``single`` is the weight jieba gives a character that is no word.
    Loaded from a memory-mapped file in a millisecond, where jieba spends a second
    unmarshalling its dictionary, and shared by every process that maps it.
    """

    trie: Any  # marisa_trie.Trie
    weights: array.array[float]
    single: float


# Bump when the files' layout changes: old files are then left alone and rebuilt.
_DICTIONARY_FORMAT = 1


def cache_dir() -> Path:
    """Where zhkg keeps files it can rebuild: ``$ZHKG_CACHE_DIR``, else the user's cache."""
    explicit = os.environ.get("ZHKG_CACHE_DIR")
    if explicit:
        return Path(explicit)
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "zhkg"


def _dictionary_key(lines: list[str]) -> str:
    """What the dictionary's files depend on: jieba's code and dictionary, our words.

    jieba is found, not imported (importing it costs a tenth of a second per process):
    its files' sizes and times stand for its version.
    """
    import importlib.util

    spec = importlib.util.find_spec("jieba")
    package = Path(spec.origin).parent if spec is not None and spec.origin else Path("jieba")
    h = hashlib.sha256(f"{_DICTIONARY_FORMAT}\n".encode())
    for name in ("__init__.py", "dict.txt"):
        try:
            stat = (package / name).stat()
            h.update(f"{package / name}:{stat.st_size}:{stat.st_mtime_ns}\n".encode())
        except OSError:
            h.update(f"{package / name}\n".encode())
    h.update("\n".join(lines).encode())
    return h.hexdigest()[:20]


@cache
def dictionary(lexicon: Lexicon | None = None) -> Dictionary:
    """The segmentation dictionary for ``lexicon``: from the cache directory when it is there.

    The first use builds it from jieba's tokenizer (:func:`tokenizer`, about 2 s) and
    saves it under :func:`cache_dir`, atomically; a cache directory that cannot be
    written only means the next process builds it again.
    """
    import marisa_trie

    lex = lexicon or load_lexicon()
    key = _dictionary_key(user_dictionary(lex))
    base = cache_dir() / f"jieba-{key}"
    trie_path, weights_path = base.with_suffix(".trie"), base.with_suffix(".weights")
    trie = marisa_trie.Trie()
    weights: array.array[float] = array.array("d")
    try:
        trie.mmap(str(trie_path))
        weights.frombytes(weights_path.read_bytes())
        if len(weights) == len(trie) + 1:
            return Dictionary(trie, weights[:-1], weights[-1])
    except (OSError, ValueError, RuntimeError):
        pass  # not built yet, or damaged: build it again
    return _build_dictionary(lex, trie_path, weights_path)


def _build_dictionary(lex: Lexicon, trie_path: Path, weights_path: Path) -> Dictionary:
    import marisa_trie

    tok = tokenizer(lex)
    logtotal = math.log(tok.total)
    words = {w: f for w, f in tok.FREQ.items() if f}
    trie = marisa_trie.Trie(words)
    weights = array.array("d", bytes(8 * len(trie)))
    for word, wid in trie.iteritems():
        weights[wid] = math.log(words[word]) - logtotal  # jieba's calc, term for term
    single = math.log(1) - logtotal
    tail = array.array("d", [single])
    try:
        trie_path.parent.mkdir(parents=True, exist_ok=True)
        # the weights first: a trie file is only ever beside its weights
        for path, write in (
            (weights_path, lambda tmp: tmp.write_bytes((weights + tail).tobytes())),
            (trie_path, lambda tmp: trie.save(str(tmp))),
        ):
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".")
            os.close(fd)
            try:
                write(Path(name))
                os.replace(name, path)
            except BaseException:
                os.unlink(name)
                raise
    except OSError:
        pass  # a read-only cache: this process keeps its own copy
    return Dictionary(trie, weights, single)


# jieba's own patterns (jieba.re_han_default, re_skip_default, re_eng; a test keeps them
# equal): segmenting needs them, not jieba, whose import costs a tenth of a second
_RE_HAN = re.compile("([\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-]+)", re.U)
_RE_SKIP = re.compile("(\r\n|\\s)", re.U)
_RE_ENG = re.compile("[a-zA-Z0-9]", re.U)


def segment(text: str, offset: int = 0, lexicon: Lexicon | None = None) -> list[Token]:
    """Tokens of ``text`` (already in matching form) with offsets shifted by ``offset``.

    The words are those of the tokenizer's ``cut(text, HMM=False)``; each run of CJK
    characters, letters and digits is cut once per process (a phrase that recurs comes
    from a cache).
    """
    han, skip = _RE_HAN, _RE_SKIP
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
    single letters and digits joined (``Tokenizer.__cut_DAG_NO_HMM``).

    jieba's ``get_DAG`` and ``calc``, over :func:`dictionary`: the words that start at
    each position are the trie's prefixes of the rest of the run, and the route is
    chosen from the end backwards by the same sums, ties going to the longer word.
    """
    d = dictionary(lexicon)
    prefixes, weights, single = d.trie.iter_prefixes_with_ids, d.weights, d.single
    n = len(run)
    score = [0.0] * (n + 1)
    end = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        best, last = single + score[i + 1], i
        found = False
        for word, wid in prefixes(run[i:]):
            x = i + len(word) - 1
            value = weights[wid] + score[x + 1]
            if not found or value > best or (value == best and x > last):
                best, last, found = value, x, True
        score[i], end[i] = best, last
    words: list[str] = []
    letters = ""
    x = 0
    while x < n:
        y = end[x] + 1
        word = run[x:y]
        if len(word) == 1 and _RE_ENG.match(word):
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
