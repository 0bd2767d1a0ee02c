"""Draw documents for a review set: stories and Shandong policy documents outside tests/gold.

Uses no part of the extractor, so the draw cannot lean towards text the rules handle. Run
from the project root, with ../shared beside it:

    python3 tests/gold/reviewed/draw.py --seed 20261211 --stories 40 --policy 2

Stories are drawn like the third draw of the reviews (seed 20261206): 新闻联播 stories of
2025 outside tests/gold with a province, a verb of carrying out and a quoted name or a type
word in one sentence. Policy documents are drawn from the Shandong ones outside tests/gold
whose English title names no city, of 2,000-10,000 characters (as the gold's own draw).
Central policy documents (``--central``, since the twenty-first set) are drawn from those outside
tests/gold of 2,000-10,000 characters that name a province, and national work reports
(``--national``) from those outside tests/gold: the kinds of text whose provinces are mostly
the centre's places, where a fact is a trap more often than not. Prints the ids, one per line.
"""

from __future__ import annotations

import argparse
import importlib.util
import random
import re
from pathlib import Path

GOLD = Path(__file__).resolve().parents[1]
# the province names of the gold's own draw (tests/gold/draw.py)
_spec = importlib.util.spec_from_file_location("gold_draw", GOLD / "draw.py")
assert _spec is not None and _spec.loader is not None
_gold_draw = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_gold_draw)
PROVINCES: list[str] = _gold_draw.PROVINCES
CORPUS = GOLD.parents[2] / "shared" / "corpus"
VERB = re.compile(r"实施|推进|开展|启动|建设|打造|推出|举办|出台|组织|构建|设立")
NAME = re.compile(r"“[^”]{2,30}”|工程|行动|计划|活动|项目|平台|中心|基地|示范区|试点|论坛|大会")
CITY_TITLE = re.compile(r"Qingdao|Jinan|Municipal|City")


def annotated() -> set[str]:
    """The ids of every document with a gold file under tests/gold."""
    return {p.stem for p in GOLD.rglob("*.jsonl")}


def stories(seed: int, n: int, done: set[str]) -> list[str]:
    pool = []
    for path in sorted((CORPUS / "xwlb_stories_2025").glob("*.txt")):
        if path.stem in done:
            continue
        sentences = re.split(r"[。！？\n]", path.read_text(encoding="utf-8"))
        if any(
            VERB.search(s) and NAME.search(s) and any(p in s for p in PROVINCES) for s in sentences
        ):
            pool.append(path.stem)
    return sorted(random.Random(seed).sample(pool, n))


def policies(seed: int, n: int, done: set[str]) -> list[str]:
    index = (CORPUS / "policy_docs_central_shandong" / "index.tsv").read_text(encoding="utf-8")
    pool = []
    for line in index.splitlines()[1:]:
        doc, title, _, chars = line.split("\t")[:4]
        if (
            doc.startswith("policy-shandong")
            and doc not in done
            and not CITY_TITLE.search(title)
            and 2000 <= int(chars) <= 10000
        ):
            pool.append(doc)
    if n > len(pool):
        raise SystemExit(
            f"draw.py: only {len(pool)} policy documents of the kind are left, not {n}"
        )
    return sorted(random.Random(seed).sample(pool, n))


def central(seed: int, n: int, done: set[str]) -> list[str]:
    folder = CORPUS / "policy_docs_central_shandong"
    pool = []
    for line in (folder / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        doc, _, _, chars = line.split("\t")[:4]
        if doc.startswith("policy-central") and doc not in done and 2000 <= int(chars) <= 10000:
            text = (folder / f"{doc}.txt").read_text(encoding="utf-8")
            if any(p in text for p in PROVINCES):
                pool.append(doc)
    return sorted(random.Random(seed).sample(pool, n))


def national(seed: int, n: int, done: set[str]) -> list[str]:
    paths = sorted((CORPUS / "national_gov_reports").glob("gwr-national-*.txt"))
    pool = [p.stem for p in paths if p.stem not in done]
    return sorted(random.Random(seed).sample(pool, n))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--stories", type=int, default=40)
    ap.add_argument("--policy", type=int, default=2)
    ap.add_argument("--central", type=int, default=0)
    ap.add_argument("--national", type=int, default=0)
    args = ap.parse_args()
    done = annotated()
    drawn = stories(args.seed, args.stories, done) + policies(args.seed, args.policy, done)
    drawn += central(args.seed, args.central, done) + national(args.seed, args.national, done)
    for doc in drawn:
        print(doc)


if __name__ == "__main__":
    main()
