"""``kg eval GOLD --against OTHER``: how far a second annotation of the same documents agrees
with the gold, scored as ``kg eval`` scores the extractor.

OTHER's required entries stand for the predictions; GOLD is the gold. Labels match by the
gold README's rules (:func:`~kg.relate.evaluate.labels_match`), here with the alternatives
of both sides (``s_alt``, ``o_alt``); matching is one-to-one within a document, GOLD's
required entries first. OTHER's entries that match an optional GOLD entry are neither
rewarded nor punished, as for the extractor. So the figures read like the extractor's: how
an extractor that wrote exactly OTHER's required facts would score. Swapping the two gives
the other direction; F1 of both is the usual inter-annotator agreement for relations.

Only documents both annotations cover are compared (a file with no line covers its
document: it says the document holds no fact).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.errors import InputError
from kg.relate.evaluate import (
    PREDICATES,
    GoldEntry,
    Scores,
    gold_files,
    labels_match,
    load_gold,
    one_to_one,
)
from kg.text.lexicon import Lexicon, load_lexicon

__all__ = ["AgreementDoc", "AgreementReport", "agreement"]


@dataclass
class AgreementDoc:
    doc: str
    scores: dict[str, Scores]
    # GOLD's required entries OTHER lacks, and OTHER's required entries GOLD lacks
    misses: list[GoldEntry] = field(default_factory=list)
    extra: list[GoldEntry] = field(default_factory=list)
    # OTHER's required implements entries that GOLD records as traps (not_implements)
    traps: list[tuple[GoldEntry, GoldEntry]] = field(default_factory=list)


@dataclass
class AgreementReport:
    docs: list[AgreementDoc]
    only_gold: list[str] = field(default_factory=list)  # documents OTHER does not cover
    only_other: list[str] = field(default_factory=list)  # documents GOLD does not cover

    def total(self, predicate: str) -> Scores:
        t = Scores()
        for d in self.docs:
            t.add(d.scores[predicate])
        return t

    @property
    def traps_hit(self) -> int:
        return sum(len(d.traps) for d in self.docs)

    def summary_lines(self) -> list[str]:
        """The figures as ``kg eval --against`` prints them."""
        lines = [f"documents annotated by both: {len(self.docs)}"]
        for label, ids in (
            ("only in the gold", self.only_gold),
            ("only in --against", self.only_other),
        ):
            if ids:
                lines.append(
                    f"{label}, left out: {len(ids)} ({', '.join(ids[:5])}{' …' * (len(ids) > 5)})"
                )
        lines += [self.total(p).line(p) for p in PREDICATES]
        lines.append(f"traps hit: {self.traps_hit}")
        return lines

    def as_dict(self) -> dict[str, object]:
        def entry(g: GoldEntry) -> dict[str, object]:
            return {"p": g.p, "s": g.s, "o": g.o, "line": g.line}

        return {
            "documents": len(self.docs),
            "only_gold": self.only_gold,
            "only_other": self.only_other,
            **{p: self.total(p).as_dict() for p in PREDICATES},
            "traps_hit": self.traps_hit,
            "per_document": [
                {
                    "doc": d.doc,
                    **{p: d.scores[p].as_dict() for p in PREDICATES},
                    "misses": [entry(g) for g in d.misses],
                    "extra": [entry(g) for g in d.extra],
                    "traps": [{"gold": entry(g), "other": entry(o)} for g, o in d.traps],
                }
                for d in self.docs
            ],
        }


def _subjects_match(a: GoldEntry, b: GoldEntry, lexicon: Lexicon) -> bool:
    if a.p in ("implements", "not_implements"):
        province = lexicon.province_of(a.s)
        return province is not None and province == lexicon.province_of(b.s)
    return any(labels_match(x, y) for x in (a.s, *a.s_alt) for y in (b.s, *b.s_alt))


def _entries_match(gold: GoldEntry, other: GoldEntry, lexicon: Lexicon) -> bool:
    return _subjects_match(gold, other, lexicon) and any(
        labels_match(x, y) for x in (other.o, *other.o_alt) for y in (gold.o, *gold.o_alt)
    )


def score_annotations(
    doc: str, gold: list[GoldEntry], other: list[GoldEntry], lexicon: Lexicon
) -> AgreementDoc:
    """One document: OTHER's required entries matched one-to-one against GOLD's entries."""
    result = AgreementDoc(doc, {p: Scores() for p in PREDICATES})
    for pred in PREDICATES:
        golds = sorted((g for g in gold if g.p == pred), key=lambda g: g.optional)
        preds = [o for o in other if o.p == pred and not o.optional]
        pairs = one_to_one(
            [[pi for pi, o in enumerate(preds) if _entries_match(g, o, lexicon)] for g in golds]
        )
        used = set(pairs.values())
        missed = [g for gi, g in enumerate(golds) if gi not in used and not g.optional]
        extra = [o for pi, o in enumerate(preds) if pi not in pairs]
        tp = sum(1 for gi in used if not golds[gi].optional)
        result.scores[pred] = Scores(tp, len(extra), len(missed), len(pairs) - tp)
        result.misses += missed
        result.extra += extra
    # a trap is hit by OTHER's own label (not an alternative it accepts, which may be wider)
    traps = [g for g in gold if g.p == "not_implements"]
    for o in other:
        if o.p == "implements" and not o.optional:
            main = GoldEntry(o.doc, o.p, o.s, o.o)
            result.traps += [(g, o) for g in traps if _entries_match(g, main, lexicon)]
    return result


def agreement(
    gold_paths: Iterable[str | Path],
    other_paths: Iterable[str | Path],
    lexicon: Lexicon | None = None,
) -> AgreementReport:
    """Score a second annotation (``other_paths``: gold files or directories of them)
    against the gold, document by document, on the documents both cover."""
    lex = lexicon or load_lexicon()
    other_paths = list(other_paths)
    gold = load_gold(f for _, f in gold_files(gold_paths))
    other = load_gold(f for _, f in gold_files(other_paths))
    shared = [doc for doc in gold if doc in other]
    if not shared:
        raise InputError(
            ", ".join(str(p) for p in other_paths),
            "annotates none of the gold's documents (their doc ids differ)",
        )
    return AgreementReport(
        [score_annotations(doc, gold[doc], other[doc], lex) for doc in shared],
        only_gold=sorted(set(gold) - set(other)),
        only_other=sorted(set(other) - set(gold)),
    )
