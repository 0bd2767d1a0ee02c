"""How many program labels and made-up themes of a store are defective.

    python bench/label_defects.py --store /tmp/corpus-store [--show 20]

A checker of its own, independent of the extractor's cleaning (kg.relate.labels), so that
it measures what users see: the labels of ``kg:Program`` nodes and of the themes made up
from the text (``skos:inScheme theme:extracted``) that a ``kg:serves`` fact uses. The
defects are those of issue 13: a program label with a leftover verb, particle, quantity or
pronoun (好新一轮…, 迭代…, 一批…, 我省…), a generic head alone (标志性工程, 系列推介活动),
broken quotes or brackets; a theme that is a bare verb or fragment (培育, 融合, 132,
商圈140个, 人均预期寿命为目标), a clause, or a quantity.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import kg
from kg.text.segment import segment

LEFTOVER_START = re.compile(
    r"^(?:好|了|在|把|将|对|以|为|和|与|及|等|实施|开展|推进|深化|推动|落实|迭代|加快|加强|完善|"
    r"健全|优化|提升|建设|打造|举办|启动|组织|深入|持续|全面|扎实|积极|大力|着力|一批|更多|若干|"
    r"要|应|应当|需要|必须|依托|根据|按照|通过|借助|利用|发挥|坚决|充分|充分发挥|认真|"
    r"一系列|以及|我省|我市|我区|本省|本市|\d+(?:余|多)?[个项家条座所批处名场次回届]|\d+周年)"
)
COUNT_START = re.compile(r"^\d+(?:余|多)?[个项家条座所批处名场次回届]|^\d+周年")
# a package of measures named by its count (出台18条举措): the count is its name, with what
# the measures are for after it (30条推动…的政策举措, 20条稳外资举措) and their kind (硬措施)
COUNTED_PACKAGE = re.compile(
    r"\d+[条项](?:[^，。；、“”\d]{2,24}?的|[\u4e00-\u9fff]{2,16}?)?(?:政策)?(?:举措|措施)"
)
GENERIC_PROGRAM = re.compile(
    r"^(?:标志性|重大|重点|系列|相关|各类|各项|有关|专项|示范|综合|一批|新|大型|重要)?"
    r"(?:开放|推介|宣传|主题|特色|品牌|文化|体育|经贸)?"
    r"(?:工程|行动|活动|项目|计划|机制|体系|平台|中心|基地)$"
)
BARE_VERBS = frozenset(
    "培育 引育 诊断 融合 支持 推动 促进 提升 加快 加强 发展 服务 合作 实施 开展 建设 打造 "
    "推进 深化 优化 完善 健全 创新 改革 保障 带动 引导 赋能 助力 巩固 拓展 扩大 增强 提高 攻关".split()
)
FRAGMENT_END = re.compile(
    r"(?:为目标|为重点|为主线|为导向|为抓手|为核心|为主体|为载体|为宗旨|为目的|为使命|的|和"
    r"|(?<![参赋给])与"
    r"|(?<![普涉惠波触论危企遍顾])及|等)$"  # (普及, 参与: a word's own last character)
)
CLAUSE = re.compile(
    r"(?:完工|增长|下降|突破|达到|实现|持续增长|不断提升|取得|开工|建成|投产|落地|提高到|超过)"
)
# a disposal (把…守护好), a demonstrative (这个) or a second verb (或参与…) outside the quotes
VERB_IN_NAME = re.compile(r"把(?!握|关)|这个|那个|^或|^并称")
QUANTITY = re.compile(r"\d+(?:\.\d+)?(?:个|家|项|条|座|所|亿|万|%|元|人|户|公里|亩)|^\d+$")


def program_defect(label: str) -> str | None:
    first = segment(label)[0].text if label else ""
    if COUNTED_PACKAGE.fullmatch(label):
        return None
    if COUNT_START.match(label) or (
        LEFTOVER_START.match(label) and LEFTOVER_START.fullmatch(first)
    ):
        return "leftover"
    if GENERIC_PROGRAM.fullmatch(label.strip("“”")):
        return "generic head"
    if label.count("“") != label.count("”") or label.count("《") != label.count("》"):
        return "broken quotes"
    if label.count("（") != label.count("）"):
        return "broken brackets"
    # the words outside quotes (a comma inside a quoted name is the name's own:
    # “一市一品牌，一县一特色”建设行动)
    unquoted = re.sub(r"“[^”]*”", "", label)
    if re.search(r"[，。；！？]", unquoted) or len(label) > 50:
        return "clause"
    if VERB_IN_NAME.search(unquoted):
        return "clause"
    return None


def theme_defect(label: str) -> str | None:
    if len(label) < 2 or label in BARE_VERBS:
        return "bare verb or fragment"
    if QUANTITY.search(label):
        return "quantity"
    first = segment(label)[0].text
    if FRAGMENT_END.search(label) or (
        LEFTOVER_START.match(label) and LEFTOVER_START.fullmatch(first)
    ):
        return "fragment"
    if CLAUSE.search(label) and len(label) > 6:
        return "clause"
    if re.search(r"[，。；！？“”]", label):
        return "punctuation"
    return None


PROGRAMS = "SELECT DISTINCT ?l WHERE { ?p a kg:Program ; rdfs:label ?l }"
THEMES = (
    "SELECT DISTINCT ?l WHERE { ?t skos:inScheme <https://w3id.org/zhkg/id/theme/extracted> ;"
    " skos:prefLabel ?l . ?p kg:serves ?t }"
)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--store", required=True)
    ap.add_argument("--show", type=int, default=15, help="examples of each kind to print")
    args = ap.parse_args()
    for name, sparql, check in (
        ("programs", PROGRAMS, program_defect),
        ("made-up themes", THEMES, theme_defect),
    ):
        labels = [r["l"] for r in kg.query(sparql, store=args.store)]
        bad = [(lab, why) for lab in labels if (why := check(lab))]
        share = len(bad) / len(labels) if labels else 0.0
        print(f"{name}: {len(bad)} of {len(labels)} defective ({share:.2%})")
        for lab, why in bad[: args.show]:
            print(f"    {why:24} {lab}")


if __name__ == "__main__":
    main()
