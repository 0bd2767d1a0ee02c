"""The confidences of the extractor's rules, measured on tests/gold/dev (never on test/).

    .venv/bin/python tests/gold/calibrate.py

For each program and theme rule (and each of its variants, told apart by their stated
confidence) and each subject rule, it prints how many of its assertions the dev gold
counts right and wrong, the precision, and a confidence to state for it: the lower end of
the Wilson interval (z = 1) of that precision, so that a rule seen a few times is not
trusted as much as its few hits would say. The registry's confidences
(kg/relate/*.py, rule declarations) were set from this table; an implements assertion's
confidence is its program rule's times its subject rule's (1 when the province is named in
the clause), so the subject rules state the precision of their assertions relative to all.

Since extractor 0.9.36 a rule or variant with ten judged facts or more in the judged rounds
(tests/gold/judged/, rounds 18 on) states the lower of this figure and the same figure from
the judges' verdicts (docs/extraction.md, "How well"); the serves rules keep their order.
"""

from __future__ import annotations

import math
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from kg.relate.evaluate import evaluate  # noqa: E402
from kg.relate.rules import REGISTRY  # noqa: E402


def wilson(right: int, n: int, z: float = 1.0) -> tuple[float, float]:
    """The Wilson score interval of right/n (z = 1: about 68 %, 1.645: 90 %)."""
    if n == 0:
        return 0.0, 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    spread = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n))
    return (centre - spread) / (1 + z * z / n), (centre + spread) / (1 + z * z / n)


def wilson_low(right: int, n: int, z: float = 1.0) -> float:
    """The lower end of the Wilson score interval of right/n."""
    return wilson(right, n, z)[0]


def main() -> None:
    report = evaluate([ROOT / "tests" / "gold" / "dev"])
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for doc in report.docs:
        for wrong, assertions in ((0, doc.true_positives), (1, doc.false_positives)):
            for a in assertions:
                program_rule, _, subject_rule = a.rule.partition("+")
                rule = REGISTRY[program_rule]
                factor = REGISTRY[subject_rule].confidence if subject_rule else 1.0
                stated = round(a.confidence / factor, 3)
                variant = next((v for v, c in rule.variants if round(c, 3) == stated), "")
                counts[(program_rule, variant)][wrong] += 1
                if a.predicate == "implements":
                    counts[(subject_rule or "explicit", "")][wrong] += 1
    print(f"{'rule':26} {'variant':10} {'right':>6} {'wrong':>6} {'precision':>9} {'state':>6}")
    for (rule, variant), (right, wrong) in sorted(counts.items()):
        n = right + wrong
        print(
            f"{rule:26} {variant:10} {right:6d} {wrong:6d} {right / n:9.3f} "
            f"{wilson_low(right, n):6.2f}"
        )


if __name__ == "__main__":
    main()
