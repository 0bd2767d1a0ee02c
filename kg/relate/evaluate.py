"""``kg eval``: precision, recall and F1 against gold files, by the shared gold rules.

Labels are compared after removing quotes, brackets and white space. A predicted label
matches a gold label (main or alternative) when they are equal, when one contains the
other and the shorter is at least half as long, or when their character-bigram Dice
coefficient is at least 0.6. Provinces match on their short name. Matching is one-to-one
within a document. Optional gold entries are neither rewarded nor punished.

A gold argument may be a directory: its ``*.jsonl`` files are read, and the directory is
reported as a part of its own beside the total. A gold file with no entry says that its
document (named by the file's stem) holds no fact: every prediction there is false.
``by_rule`` counts each rule's true and false positives; ``without`` switches rules off
for the extraction (:meth:`~kg.relate.registry.Registry.switch_off`).
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.model import Assertion
from kg.read import read_path
from kg.relate.extract import Extraction, extract_document
from kg.relate.registry import PROGRAM, SUBJECT, THEME
from kg.relate.rules import REGISTRY
from kg.resources import sample_path
from kg.text.lexicon import Lexicon, load_lexicon
from kg.text.normalize import matching_text

__all__ = [
    "DocResult",
    "EvalReport",
    "GoldEntry",
    "RuleScores",
    "Scores",
    "evaluate",
    "gold_files",
    "labels_match",
    "load_gold",
    "one_to_one",
]

_STRIP = re.compile(r"[“”‘’\"'《》〈〉「」『』\s]+")
PREDICATES = ("implements", "serves")
# the lower ends of the confidence bands kg eval --bands reports
CONFIDENCE_BANDS = (0.9, 0.8, 0.7, 0.6, 0.5, 0.0)


@dataclass(frozen=True)
class GoldEntry:
    doc: str
    p: str
    s: str
    o: str
    s_alt: tuple[str, ...] = ()
    o_alt: tuple[str, ...] = ()
    optional: bool = False
    why: str = ""
    line: int = 0


@dataclass
class Scores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    optional_hits: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def add(self, other: Scores) -> None:
        """Count ``other``'s figures into these (a total over documents)."""
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn
        self.optional_hits += other.optional_hits

    def line(self, predicate: str) -> str:
        """The figures of one relation as ``kg eval`` prints them."""
        return (
            f"{predicate:<11} precision {self.precision:.3f}  recall {self.recall:.3f}  "
            f"F1 {self.f1:.3f}  (tp {self.tp}, fp {self.fp}, fn {self.fn})"
        )

    def as_dict(self) -> dict[str, float | int]:
        return {
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "optional_matched": self.optional_hits,
        }


@dataclass
class DocResult:
    doc: str
    scores: dict[str, Scores]
    misses: list[GoldEntry] = field(default_factory=list)
    true_positives: list[Assertion] = field(default_factory=list)
    false_positives: list[Assertion] = field(default_factory=list)
    traps: list[tuple[GoldEntry, Assertion]] = field(default_factory=list)


@dataclass
class RuleScores:
    """How often a rule's assertions are right (tp) and wrong (fp) on the gold."""

    tp: int = 0
    fp: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "precision": round(self.precision, 4)}


# The kinds of rule that make each relation's assertions.
_RULE_KINDS = {"implements": (PROGRAM, SUBJECT), "serves": (THEME,)}


def _rule_parts(a: Assertion) -> Iterator[str]:
    """The rules an assertion's rule id names: ``impl.quoted+carried`` is both."""
    yield from a.rule.split("+")


@dataclass
class EvalReport:
    docs: list[DocResult]
    # each gold directory given, by its path: the documents of its files
    parts: dict[str, list[str]] = field(default_factory=dict)
    without: tuple[str, ...] = ()  # the rules switched off
    with_rules: bool = False  # as_dict() adds the table of rules

    def _docs(self, part: str | None) -> list[DocResult]:
        if part is None:
            return self.docs
        ids = set(self.parts[part])
        return [d for d in self.docs if d.doc in ids]

    def by_rule(self, part: str | None = None) -> dict[str, dict[str, RuleScores]]:
        """Per relation, each rule's true and false positives (every registered rule that
        makes the relation's assertions, those that never fired too)."""
        out = {
            pred: {r.id: RuleScores() for k in kinds for r in REGISTRY.rules(k)}
            for pred, kinds in _RULE_KINDS.items()
        }
        for d in self._docs(part):
            for hits, is_tp in ((d.true_positives, True), (d.false_positives, False)):
                for a in hits:
                    for rule in _rule_parts(a):
                        score = out[a.predicate].setdefault(rule, RuleScores())
                        if is_tp:
                            score.tp += 1
                        else:
                            score.fp += 1
        return out

    def total(self, predicate: str, part: str | None = None) -> Scores:
        """The scores of a relation over every document (or one part's)."""
        t = Scores()
        for d in self._docs(part):
            t.add(d.scores[predicate])
        return t

    def bands(self, part: str | None = None) -> dict[str, list[tuple[float, RuleScores]]]:
        """Per relation, the assertions of each confidence band and up (``--min-confidence``
        of 0.9, 0.8 …): how many are right and wrong (optional gold entries count as
        neither)."""
        out: dict[str, list[tuple[float, RuleScores]]] = {}
        for pred in PREDICATES:
            rows = []
            for low in CONFIDENCE_BANDS:
                s = RuleScores()
                for d in self._docs(part):
                    s.tp += sum(
                        1 for a in d.true_positives if a.predicate == pred and a.confidence >= low
                    )
                    s.fp += sum(
                        1 for a in d.false_positives if a.predicate == pred and a.confidence >= low
                    )
                rows.append((low, s))
            out[pred] = rows
        return out

    def summary_lines(self, by_rule: bool = False, bands: bool = False) -> list[str]:
        """The figures as ``kg eval`` prints them: each part (when there are several), the
        total, the traps hit, with ``by_rule`` each rule's true and false positives, and
        with ``bands`` the precision of the assertions at each confidence and up."""
        lines = [f"without: {' '.join(self.without)}"] if self.without else []
        if len(self.parts) > 1:
            for name, ids in self.parts.items():
                lines.append(f"{name}: {len(set(ids))} documents")
                lines.extend(self._score_lines(name))
            lines.append("total:")
        lines.append(f"documents: {len(self.docs)}")
        lines.extend(self._score_lines(None))
        lines.append(f"traps hit: {self.traps_hit}")
        if by_rule:
            lines += ["", "by rule:"]
            for pred, rules in self.by_rule().items():
                lines.extend(
                    f"{pred:<11} {rule:<20} tp {s.tp:>4}  fp {s.fp:>4}  precision {_share(s)}"
                    for rule, s in rules.items()
                )
        if bands:
            lines += ["", "by confidence (assertions at this confidence or more):"]
            for pred, rows in self.bands().items():
                lines.extend(
                    f"{pred:<11} >= {low:.1f}  tp {s.tp:>4}  fp {s.fp:>4}  precision {_share(s)}"
                    for low, s in rows
                )
        return lines

    def _score_lines(self, part: str | None) -> list[str]:
        return [self.total(p, part).line(p) for p in PREDICATES]

    @property
    def traps_hit(self) -> int:
        return sum(len(d.traps) for d in self.docs)

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            "documents": len(self.docs),
            **{p: self.total(p).as_dict() for p in PREDICATES},
            "traps_hit": self.traps_hit,
        }
        if self.without:
            out["without"] = list(self.without)
        if self.parts:
            out["parts"] = {
                name: {
                    "documents": len(self._docs(name)),
                    **{p: self.total(p, name).as_dict() for p in PREDICATES},
                }
                for name in self.parts
            }
        if self.with_rules:
            out["bands"] = {
                pred: [{"min_confidence": low, **s.as_dict()} for low, s in rows]
                for pred, rows in self.bands().items()
            }
            out["by_rule"] = {
                pred: {rule: s.as_dict() for rule, s in rules.items()}
                for pred, rules in self.by_rule().items()
            }
        return {
            **out,
            "per_document": [
                {
                    "doc": d.doc,
                    **{p: d.scores[p].as_dict() for p in PREDICATES},
                    "misses": [{"p": g.p, "s": g.s, "o": g.o, "line": g.line} for g in d.misses],
                    "false_positives": [_assertion_dict(a) for a in d.false_positives],
                    "traps": [
                        {"s": g.s, "o": g.o, "why": g.why, "predicted": _assertion_dict(a)}
                        for g, a in d.traps
                    ],
                }
                for d in self.docs
            ],
        }


def _assertion_dict(a: Assertion) -> dict[str, object]:
    return {
        "p": a.predicate,
        "s": a.subject.label,
        "o": a.object.label,
        "rule": a.rule,
        "confidence": a.confidence,
        "sentence": a.evidence.text,
    }


@functools.lru_cache(maxsize=1 << 16)
def clean(label: str) -> str:
    """A label as the gold rules compare it."""
    return _STRIP.sub("", matching_text(label))


def _bigrams(s: str) -> list[str]:
    return [s[i : i + 2] for i in range(len(s) - 1)]


def _dice(a: str, b: str) -> float:
    x, y = _bigrams(a), _bigrams(b)
    if not x or not y:
        return 0.0
    pool = list(y)
    common = 0
    for g in x:
        if g in pool:
            pool.remove(g)
            common += 1
    return 2 * common / (len(x) + len(y))


@functools.lru_cache(maxsize=1 << 18)
def labels_match(predicted: str, gold: str) -> bool:
    """The gold README's rule for one predicted and one gold label."""
    a, b = clean(predicted), clean(gold)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    if short in long_ and len(short) * 2 >= len(long_):
        return True
    if 2 * (len(short) - 1) < 0.6 * (len(short) + len(long_) - 2) or set(a).isdisjoint(b):
        return False  # (too few bigrams in common however they fall)
    return _dice(a, b) >= 0.6


def gold_files(paths: Iterable[str | Path]) -> list[tuple[str | None, Path]]:
    """The gold files of the arguments, each with the directory argument it came from
    (``None`` for a file given itself): a directory gives its ``*.jsonl`` files."""
    out: list[tuple[str | None, Path]] = []
    for path in paths:
        p = Path(path)
        if p.is_dir():
            files = sorted(p.glob("*.jsonl"))
            if not files:
                raise InputError(str(p), "no gold files (*.jsonl) in this directory")
            out.extend((str(path), f) for f in files)
        else:
            out.append((None, p))
    return out


def load_gold(paths: Iterable[str | Path]) -> dict[str, list[GoldEntry]]:
    """Gold entries by document id; malformed lines are reported with their line number.

    A file without entries gives its document (the file's stem) no entry: a document
    that holds no fact.
    """
    out: dict[str, list[GoldEntry]] = {}
    for path in paths:
        p = Path(path)
        try:
            lines = p.read_text(encoding="utf-8").splitlines()
        except FileNotFoundError:
            raise InputError(str(p), "no such gold file") from None
        except (OSError, UnicodeDecodeError) as exc:
            raise InputError(str(p), f"cannot read the gold file ({exc})") from None
        if not any(line.strip() for line in lines):
            out.setdefault(p.stem, [])
        for n, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(str(p), f"invalid JSON ({exc.msg})", line=n) from None
            entry = _gold_entry(obj, str(p), n)
            if entry.p not in (*PREDICATES, "not_implements"):
                raise InputError(str(p), f"unknown relation {entry.p!r}", line=n)
            out.setdefault(entry.doc, []).append(entry)
    return out


def _gold_entry(obj: object, path: str, n: int) -> GoldEntry:
    """The entry of gold line ``n`` (doc, s, p, o; s_alt, o_alt, optional, why), or an
    :class:`InputError` saying what it lacks."""
    if not isinstance(obj, dict):
        raise InputError(path, "not a JSON object", line=n)
    for key in ("doc", "p", "s", "o"):
        if key not in obj:
            raise InputError(path, f"a gold entry needs {key!r}", line=n)
    alts: dict[str, tuple[str, ...]] = {}
    for key in ("s_alt", "o_alt"):
        value = obj.get(key) or []
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise InputError(path, f"{key!r} must be a list of labels", line=n)
        alts[key] = tuple(value)
    return GoldEntry(
        doc=str(obj["doc"]),
        p=str(obj["p"]),
        s=str(obj["s"]),
        o=str(obj["o"]),
        s_alt=alts["s_alt"],
        o_alt=alts["o_alt"],
        optional=bool(obj.get("optional", False)),
        why=str(obj.get("why", "")),
        line=n,
    )


def _subject_match(a: Assertion, g: GoldEntry, lexicon: Lexicon) -> bool:
    if g.p in ("implements", "not_implements"):
        gid = lexicon.province_of(g.s)
        return gid is not None and gid == a.subject.key
    return any(labels_match(a.subject.label, s) for s in (g.s, *g.s_alt))


def _object_match(a: Assertion, g: GoldEntry) -> bool:
    # a theme is predicted both as the vocabulary concept and as the text it was read from
    predicted = {a.object.label, a.object.text} if a.predicate == "serves" else {a.object.label}
    return any(labels_match(p, o) for p in predicted for o in (g.o, *g.o_alt))


def _same_subject(preds: list[Assertion], g: GoldEntry, lexicon: Lexicon) -> list[int]:
    if g.p in ("implements", "not_implements"):
        gid = lexicon.province_of(g.s)
        return [pi for pi, a in enumerate(preds) if gid is not None and a.subject.key == gid]
    return [pi for pi, a in enumerate(preds) if _subject_match(a, g, lexicon)]


def _one_to_one(preds: list[Assertion], golds: list[GoldEntry], lexicon: Lexicon) -> dict[int, int]:
    """The most prediction–gold pairs that match one to one, required entries before optional
    ones (``golds`` is in that order), as prediction → gold indexes."""
    return one_to_one(
        [
            [pi for pi in _same_subject(preds, g, lexicon) if _object_match(preds[pi], g)]
            for g in golds
        ]
    )


def one_to_one(fits: list[list[int]]) -> dict[int, int]:
    """The largest one-to-one matching of predictions to gold entries, as prediction → gold
    indexes; ``fits[g]`` lists the predictions that match gold entry ``g``.

    A maximum bipartite matching by augmenting paths, so the order of the gold lines does not
    decide the score (接诉即办改革国际论坛 can match its own entry while “接诉即办” matches
    接诉即办改革); an entry once matched stays matched, so entries put first (the required
    ones) keep their match.
    """
    owner: dict[int, int] = {}  # prediction -> gold

    def augment(gi: int, seen: set[int]) -> bool:
        for pi in fits[gi]:
            if pi in seen:
                continue
            seen.add(pi)
            if pi not in owner or augment(owner[pi], seen):
                owner[pi] = gi
                return True
        return False

    for gi in range(len(fits)):
        augment(gi, set())
    return owner


def score_document(ex: Extraction, gold: list[GoldEntry], lexicon: Lexicon) -> DocResult:
    """Match one document's assertions against its gold entries, one-to-one."""
    result = DocResult(ex.document.id, {p: Scores() for p in PREDICATES})
    for pred in PREDICATES:
        preds = [a for a in ex.assertions if a.predicate == pred]
        golds = [g for g in gold if g.p == pred]
        # required entries first, so a prediction counts where it is rewarded
        golds.sort(key=lambda g: g.optional)
        pairs = _one_to_one(preds, golds, lexicon)
        used = set(pairs.values())
        matched_pred = set(pairs)
        for pi, gi in sorted(pairs.items(), key=lambda kv: kv[1]):
            if golds[gi].optional:
                result.scores[pred].optional_hits += 1
            else:
                result.scores[pred].tp += 1
                result.true_positives.append(preds[pi])
        for gi, g in enumerate(golds):
            if gi not in used and not g.optional:
                result.scores[pred].fn += 1
                result.misses.append(g)
        for pi, a in enumerate(preds):
            if pi not in matched_pred:
                result.scores[pred].fp += 1
                result.false_positives.append(a)
    for g in gold:
        if g.p != "not_implements":
            continue
        for a in ex.assertions:
            if (
                a.predicate == "implements"
                and _subject_match(a, g, lexicon)
                and _object_match(a, g)
            ):
                result.traps.append((g, a))
    return result


def find_document(doc_id: str, search: Sequence[Path]) -> Path | None:
    """The text of a gold document: ``<id>.txt`` (or .html/.jsonl) in the search directories."""
    for d in search:
        for suffix in (".txt", ".md", ".html", ".htm"):
            p = d / f"{doc_id}{suffix}"
            if p.is_file():
                return p
    for d in search:
        if d.is_dir():
            for p in sorted(d.rglob(f"{doc_id}.*")):
                if p.suffix in (".txt", ".md", ".html", ".htm"):
                    return p
    return None


def evaluate(
    gold_paths: Sequence[str | Path],
    docs_dirs: Sequence[str | Path] = (),
    lexicon: Lexicon | None = None,
    *,
    without: Iterable[str] = (),
) -> EvalReport:
    """Build each gold file's document and score the extraction against the gold.

    ``gold_paths`` are gold files or directories of them (each directory a part of the
    report); ``without`` names rules to switch off for the extraction.
    """
    lex = lexicon or load_lexicon()
    off = REGISTRY.switch_off(without)
    files = gold_files(gold_paths)
    parts: dict[str, list[str]] = {}
    for part, f in files:
        if part is not None:
            parts.setdefault(part, []).extend(load_gold([f]))
    gold = load_gold(f for _, f in files)
    search: list[Path] = [Path(d) for d in docs_dirs]
    for _, gp in files:
        parent = Path(gp).resolve().parent
        search += [parent, parent / "docs", parent.parent / "examples", parent.parent / "corpus"]
    search.append(sample_path().parent)
    results = []
    for doc_id, entries in gold.items():
        path = find_document(doc_id, search)
        if path is None:
            raise InputError(doc_id, "document text not found (pass --docs DIR)")
        docs = [d for d in read_path(str(path)) if d.id == doc_id] or read_path(str(path))
        ex = extract_document(docs[0], lex, without=off)
        results.append(score_document(ex, entries, lex))
    return EvalReport(results, parts=parts, without=tuple(sorted(off)))


def _share(s: RuleScores) -> str:
    """Precision to three places, or a dash when the rule made no assertion at all."""
    return f"{s.precision:.3f}" if s.tp + s.fp else "    —"
