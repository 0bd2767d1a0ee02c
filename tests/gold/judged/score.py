"""The precision of the judged sample (sample.tsv) by its verdicts.

    .venv/bin/python tests/gold/judged/score.py [verdicts.tsv ...]

Each verdicts file has the columns id, verdict (right or wrong) and reason. With two
files it prints how often the judges agree (and Cohen's kappa) and scores the facts both
call right; with one, that file's verdicts. Precision is printed with its 90% Wilson
interval, overall and for the facts of confidence 0.8 and up.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from calibrate import wilson  # noqa: E402


def read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as f:
        lines = [line for line in f if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t"))


def kappa(a: list[bool], b: list[bool]) -> float:
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def main() -> None:
    files = [Path(a) for a in sys.argv[1:]] or [HERE / "verdicts.tsv"]
    # the sample the verdicts judge: the one beside them (round1/ keeps the first round)
    sample = {r["id"]: r for r in read_tsv(files[0].resolve().parent / "sample.tsv")}
    judged = [{r["id"]: r["verdict"].strip() == "right" for r in read_tsv(f)} for f in files]
    for f, verdicts in zip(files, judged, strict=True):
        missing = set(sample) - set(verdicts)
        if missing:
            sys.exit(
                f"{f}: no verdict for {len(missing)} facts ({', '.join(sorted(missing)[:5])} …)"
            )
    ids = sorted(sample)
    if len(judged) == 2:
        a, b = ([j[i] for i in ids] for j in judged)
        agree = sum(x == y for x, y in zip(a, b, strict=True))
        print(f"judges agree on {agree}/{len(ids)} facts, Cohen's kappa {kappa(a, b):.2f}")
    right = {i: all(j[i] for j in judged) for i in ids}
    for predicate in ("implements", "serves"):
        for floor in (0.0, 0.8):
            rows = [
                i
                for i in ids
                if sample[i]["predicate"] == predicate and float(sample[i]["confidence"]) >= floor
            ]
            n, k = len(rows), sum(right[i] for i in rows)
            if n == 0:
                continue
            lo, hi = wilson(k, n, z=1.645)
            print(
                f"{predicate:10}  confidence >= {floor:.1f}  {k:3d}/{n:<3d} right  "
                f"precision {k / n:.3f}  (90% interval {lo:.2f}-{hi:.2f})"
            )


if __name__ == "__main__":
    main()
