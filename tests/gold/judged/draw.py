"""Draw the judged sample: random facts of a whole-corpus build, for judging by hand.

    .venv/bin/python tests/gold/judged/draw.py [--corpus ../shared/corpus] [--seed N]

It builds every document of the shared corpus into a fresh store in memory, lists each
implements and serves assertion with its sentence (the evidence a user cites) and the
names its own document gives the subject and object, leaves out
the documents of tests/gold (dev and reviewed were tuned on, test is scored on its own), and draws
60 of each predicate with a fixed seed. It writes sample.tsv beside this file; the
judges' verdicts go to verdicts.tsv (see README.md), and score.py prints the precision.

With --whole it leaves out only the documents of tests/gold/test: the draw is then of what a
user of a whole-corpus build meets, the documents the rules were written from included, and
it is written to whole/sample.tsv.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[2]
sys.path.insert(0, str(ROOT))

import kg  # noqa: E402
from kg.relate.extract import EXTRACTOR_VERSION  # noqa: E402

FACTS = """
SELECT ?doc ?predicate ?label ?rule ?confidence ?sentence WHERE {
  ?a a kg:Assertion ; rdfs:label ?label ; rdf:predicate ?p ;
     kg:rule/rdfs:label ?rule ; kg:confidence ?confidence ;
     prov:wasDerivedFrom ?sen .
  ?sen kg:text ?sentence ; kg:inDocument ?d .
  BIND(STRAFTER(STR(?p), "#") AS ?predicate)
  BIND(STRAFTER(STR(?d), "/doc/") AS ?doc)
}
"""
PER_PREDICATE = 60
COLUMNS = ["id", "doc", "predicate", "subject", "object", "rule", "confidence", "sentence"]


def gold_documents(splits: tuple[str, ...] = ("dev", "test", "reviewed")) -> set[str]:
    gold = ROOT / "tests" / "gold"
    return {p.stem for split in splits for p in (gold / split).glob("*.jsonl")}


def _named(row: dict[str, str]) -> dict[str, str]:
    """The subject and object as the assertion's own document names them (its label,
    "湖南省 实施 “三百工程”"), not as any other document may name the same node."""
    if row["predicate"] == "implements":
        subject, _, obj = row["label"].partition(" 实施 ")
    else:
        subject, _, obj = row["label"].rpartition(" 服务 ")
    return {**row, "subject": subject, "object": obj}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", default=str(ROOT.parent / "shared" / "corpus"))
    ap.add_argument("--seed", type=int, default=20261203)
    ap.add_argument(
        "--whole", action="store_true", help="leave out only tests/gold/test (to whole/)"
    )
    args = ap.parse_args()
    store = kg.open_store(None)
    kg.build([args.corpus], store=store, keep_going=True, jobs=None)
    rows = kg.query(FACTS, store=store)
    skip = gold_documents(("test",) if args.whole else ("dev", "test", "reviewed"))
    rows = [_named(r) for r in rows if r["doc"] not in skip]
    # one row per fact and sentence, in a fixed order before the seeded draw
    unique = {(r["doc"], r["predicate"], r["subject"], r["object"], r["sentence"]): r for r in rows}
    ordered = [unique[k] for k in sorted(unique)]
    rng = random.Random(args.seed)
    drawn = []
    for predicate in ("implements", "serves"):
        pool = [r for r in ordered if r["predicate"] == predicate]
        drawn += rng.sample(pool, PER_PREDICATE)
    out = HERE / "whole" / "sample.tsv" if args.whole else HERE / "sample.tsv"
    out.parent.mkdir(exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        f.write(
            f"# extractor {EXTRACTOR_VERSION}, seed {args.seed}, {len(ordered)} assertions"
            + (" (whole corpus but tests/gold/test)" if args.whole else "")
            + "\n"
        )
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", extrasaction="ignore")
        w.writeheader()
        for i, r in enumerate(drawn, 1):
            w.writerow({**r, "id": f"{r['predicate'][0]}{i:03d}"})
    print(f"{len(drawn)} facts drawn from {len(ordered)} assertions -> {out}")


if __name__ == "__main__":
    main()
