"""The random draw of the gold set's documents and of its dev/test split (run once, 2026-12-03).

It uses no part of the extractor, so the choice cannot lean towards text the rules already
handle. Run from the project root, with ../shared beside it:

    python3 tests/gold/draw.py          # prints the draw; tests/gold/split.json records it

The nine documents annotated before the split (the rules had been written from them) all go to
dev/. The new documents are drawn from three strata and each stratum is split at random:

- 2026 provincial work reports, any but 河北's (whose gold is kept outside the project);
- 新闻联播 stories of January and April 2025 that name a province and a likely program
  (a quoted name or a type word);
- Shandong policy documents of 2,000-10,000 characters.

split.json keeps the draw, and the replacements made (if any) under "replaced".

Second stage (same day, before any rule was changed). Of the 22 drawn stories and the 12
reserves, only 7 held a required province-program fact (the first filter only asked for a
province name anywhere and one of a few words), and none of the 13 test stories did. The
stories without a fact stay in their splits: there, every prediction is a false positive.
To reach 25 stories with facts, annotators screened more stories in a random order drawn
with a second seed (``screen_order``), among January/April stories with a province name and
a quoted name in one sentence: each story that held a required fact was kept and went to
the split the pre-drawn ``screen_assignment`` gives its rank among the kept ones, until
the assignment ran out; the others went to ``screened/`` with their (empty or trap-only)
annotations.

Third stage (same day, before any rule was changed). Three of the five drawn policy
documents turned out to be issued by cities (青岛, 济南): their facts are the city's, so
they hold no required province fact. Two more policy documents were screened the same way,
in a random order (third seed) among those whose title names no city, and kept with the
pre-drawn splits of ``policy_assignment``.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

SEED = 20261203
CORPUS = Path(__file__).resolve().parents[2].parent / "shared" / "corpus"
GOLD = Path(__file__).resolve().parent
# How many new documents each stratum gets, and how many of them go to test/.
PLAN = {"report": (6, 4), "story": (22, 13), "policy": (5, 3)}
PROVINCES = (
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 湖北 "
    "湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆 香港 澳门 台湾"
).split()
SCREEN_SEED = SEED + 1
POLICY_SEED = SEED + 2
CITY_TITLE = re.compile(r"Qingdao|Jinan|Municipal")
SCREEN_KEEP = {"test": 12, "dev": 4}
QUOTED = re.compile(r"“[^”]{2,30}”")
PROGRAM_HINT = re.compile(r"“[^”]{2,20}”|《[^》]{2,40}》|工程|行动|计划|活动|项目|机制|平台")


def _text(collection: str, doc: str) -> str:
    return (CORPUS / collection / f"{doc}.txt").read_text(encoding="utf-8")


def candidates(existing: set[str]) -> dict[str, list[str]]:
    """The documents of each stratum that the draw chooses among, in a fixed order."""
    reports = sorted(
        p.stem
        for p in (CORPUS / "prov_gov_reports_2026").glob("gwr2026-*.txt")
        if p.stem != "gwr2026-hebei" and p.stem not in existing
    )
    stories = []
    for p in sorted((CORPUS / "xwlb_stories_2025").glob("xwlb-20250[14]*.txt")):
        text = p.read_text(encoding="utf-8")
        if p.stem in existing or len(text) < 200:
            continue
        if any(name in text for name in PROVINCES) and PROGRAM_HINT.search(text):
            stories.append(p.stem)
    policies = sorted(
        p.stem
        for p in (CORPUS / "policy_docs_central_shandong").glob("policy-shandong-*.txt")
        if p.stem not in existing and 2000 <= len(p.read_text(encoding="utf-8")) <= 10000
    )
    return {"report": reports, "story": stories, "policy": policies}


# The gold set before the draw (annotated earlier; rules had been written from them).
BEFORE = (
    "gwr2026-gansu gwr2026-jiangxi policy-shandong-045 xwlb-20250103-02 xwlb-20250104-08 "
    "xwlb-20250105-03 xwlb-20250405-02 xwlb-20250407-05 xwlb-20250410-03"
).split()


def draw() -> dict[str, object]:
    existing = set(BEFORE)
    rng = random.Random(SEED)
    pools = candidates(existing)
    split: dict[str, list[str]] = {"dev": sorted(existing), "test": []}
    for stratum, (n, n_test) in PLAN.items():
        chosen = rng.sample(pools[stratum], n)
        test = set(rng.sample(chosen, n_test))
        split["test"] += sorted(test)
        split["dev"] += sorted(set(chosen) - test)
    # Stories that turn out to hold no province-program fact are replaced, in this order, by
    # a reserve drawn after the split; a replacement takes the split of the story it replaces.
    left = sorted(set(pools["story"]) - set(split["dev"]) - set(split["test"]))
    reserve = rng.sample(left, 12)
    return {
        "seed": SEED,
        "reserve_stories": reserve,
        "pool_sizes": {k: len(v) for k, v in pools.items()},
        "dev": split["dev"],
        "test": split["test"],
    }


def screening(used: set[str]) -> dict[str, list[str]]:
    """The second stage: the order stories are screened in, and the splits of the kept."""
    rng = random.Random(SCREEN_SEED)
    pool = []
    for p in sorted((CORPUS / "xwlb_stories_2025").glob("xwlb-20250[14]*.txt")):
        if p.stem in used:
            continue
        sentences = re.split(r"[。！？\n]", p.read_text(encoding="utf-8"))
        if any(QUOTED.search(s) and any(n in s for n in PROVINCES) for s in sentences):
            pool.append(p.stem)
    order = rng.sample(pool, len(pool))
    assignment = [split for split, n in SCREEN_KEEP.items() for _ in range(n)]
    rng.shuffle(assignment)
    return {"screen_order": order, "screen_assignment": assignment}


def policy_screening(used: set[str]) -> dict[str, list[str]]:
    """The third stage: provincial policy documents screened in a random order."""
    rng = random.Random(POLICY_SEED)
    titles = {}
    index = CORPUS / "policy_docs_central_shandong" / "index.tsv"
    for line in index.read_text(encoding="utf-8").splitlines()[1:]:
        doc, title, *_ = line.split("\t")
        titles[doc] = title
    pool = [
        doc
        for doc in candidates(set())["policy"]
        if doc not in used and not CITY_TITLE.search(titles.get(doc, ""))
    ]
    order = rng.sample(pool, len(pool))
    assignment = ["test", "dev"]
    rng.shuffle(assignment)
    return {"policy_order": order, "policy_assignment": assignment}


if __name__ == "__main__":
    result = draw()
    used = {*result["dev"], *result["test"], *result["reserve_stories"]}  # type: ignore[misc]
    result.update(screening(used))
    result.update(policy_screening(used | set(BEFORE)))
    print(json.dumps(result, ensure_ascii=False, indent=1))
    (GOLD / "split.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
