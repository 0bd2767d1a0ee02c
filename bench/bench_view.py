"""Benchmark the HTML view at 1,000, 5,000 and 10,000 nodes (2 edges per node), and on a
real build when given one.

Run from the repository root:
  python bench/bench_view.py [--sizes 1000 5000 10000] [--store /tmp/corpus-store] [--keep DIR]

For each graph it reports the time to read the store (a real build only), lay out and
write the page, the page's size, and, in headless Chromium (Debian's /usr/bin/chromium,
network cut off): the time from navigation start until vis-network finished its first
draw, the time a zoom and a pan take to redraw, and at the first view the share of drawn
nodes whose box (shape and label, canvas coordinates, vis-network's getBoundingBox
joined with the label the page draws itself) overlaps another's, the same for shapes
alone, and the pairs of labels that overlap. Ratios are against the smallest graph
measured in the same run, so the figures compare on any machine.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kg.web.view import (
    CHROMIUM_ARGS,
    EvidenceItem,
    ViewData,
    ViewEdge,
    ViewNode,
    render_view,
)

__all__ = ["Measurement", "main", "measure_in_chromium", "synthetic_view_data"]

ID = "https://w3id.org/zhkg/id/"
_PROVINCES = (
    "北京 天津 河北 山西 内蒙古 辽宁 吉林 黑龙江 上海 江苏 浙江 安徽 福建 江西 山东 河南 "
    "湖北 湖南 广东 广西 海南 重庆 四川 贵州 云南 西藏 陕西 甘肃 青海 宁夏 新疆"
).split()
_THEMES = (
    "乡村振兴 理论武装 干部教育培训 党的建设 基层治理 生态文明 科技创新 人才发展 "
    "民生保障 文化建设 数字经济 营商环境 共同富裕 区域协调 对外开放 产业升级 "
    "城市更新 教育强国 健康中国 安全发展"
).split()
_PROGRAM_WORDS = "示范 提升 攻坚 领航 铸魂 强基 赋能 先锋 薪火 振兴 惠民 创新".split()


def synthetic_view_data(n_nodes: int, *, seed: int = 1) -> ViewData:
    """31 provinces, 20 themes and programs for the rest; each program is implemented by one
    province and serves one theme, so there are about two edges per node."""
    rng = random.Random(seed)
    nodes: list[ViewNode] = [
        ViewNode(f"{ID}province/p{i}", f"{name}省", "province", (name,), rng.randint(1, 50))
        for i, name in enumerate(_PROVINCES)
    ]
    nodes += [
        ViewNode(f"{ID}theme/t{i}", name, "theme", (), rng.randint(1, 80))
        for i, name in enumerate(_THEMES)
    ]
    edges: list[ViewEdge] = []
    for i in range(n_nodes - len(nodes)):
        province = rng.randrange(len(_PROVINCES))
        theme = rng.randrange(len(_THEMES))
        label = (
            f"{_PROVINCES[province]}{rng.choice(_PROGRAM_WORDS)}{rng.choice(_PROGRAM_WORDS)}工程{i}"
        )
        program = f"{ID}program/g{i}"
        nodes.append(ViewNode(program, label, "program", (), rng.randint(1, 5)))
        for source, target, predicate in (
            (f"{ID}province/p{province}", program, "implements"),
            (program, f"{ID}theme/t{theme}", "serves"),
        ):
            confidence = round(rng.uniform(0.5, 1.0), 2)
            evidence = EvidenceItem(
                sentence=f"{_PROVINCES[province]}实施“{label}”，推动{_THEMES[theme]}取得新成效。",
                title="各省区市贯彻落实全国组织工作会议精神思路举措系列综述",
                date="2023-09-27",
                rule="IMPLEMENTS-VERB" if predicate == "implements" else "PROGRAM-THEME-LEXICON",
                confidence=confidence,
            )
            edges.append(
                ViewEdge(source, target, predicate, confidence, (evidence.rule or "",), (evidence,))  # type: ignore[arg-type]
            )
    return ViewData(tuple(nodes), tuple(edges))


@dataclass(frozen=True)
class Measurement:
    name: str
    nodes: int
    edges: int
    collect_s: float
    generate_s: float
    size_bytes: int
    drawn_ms: float
    zoom_ms: float
    pan_ms: float
    overlap: float
    shapes_overlap: float
    label_pairs: int
    labels: int
    blocked: int


# At the first view: [drawn, overlapping boxes, overlapping shapes, overlapping label pairs,
# labels drawn]. A box is the shape joined with its label (vis-network's, or the page's own).
_MEASURE = """() => {
  const ids = window.network.body.data.nodes.getIds({filter: n => !n.hidden});
  const drawn = new Map((window.zhkg.labelBoxes || []).map(b => [b.id, b]));
  const shapes = ids.map(id => { const n = window.network.body.nodes[id];
    return [n.x - n.shape.width / 2, n.x + n.shape.width / 2, n.y - n.shape.height / 2, n.y + n.shape.height / 2]; });
  // vis-network draws a label about 0.75 of its font size lower than getBoundingBox says
  const drop = id => { const o = window.network.body.nodes[id].options; return o.label ? 0.75 * o.font.size : 0; };
  const boxes = ids.map(id => { const b = window.network.getBoundingBox(id), l = drawn.get(id), y = b.bottom + drop(id);
    return l ? [Math.min(b.left, l.left), Math.max(b.right, l.right), Math.min(b.top, l.top), Math.max(y, l.bottom)]
             : [b.left, b.right, b.top, y]; });
  const labels = window.network.body.data.nodes.get({filter: n => !n.hidden && n.label}).map(
    n => { const b = window.network.getBoundingBox(n.id); return [b.left, b.right, b.top, b.bottom + drop(n.id)]; })
    .concat(Array.from(drawn.values()).map(b => [b.left, b.right, b.top, b.bottom]));
  function overlapping(list) {
    const order = list.map((_, i) => i).sort((a, b) => list[a][0] - list[b][0]);
    const bad = new Set(); let pairs = 0;
    for (let x = 0; x < order.length; x++) { const a = list[order[x]];
      for (let y = x + 1; y < order.length; y++) { const b = list[order[y]];
        if (b[0] >= a[1]) break;
        if (b[2] < a[3] && a[2] < b[3]) { bad.add(order[x]); bad.add(order[y]); pairs++; } } }
    return [bad.size, pairs];
  }
  return [ids.length, overlapping(boxes)[0], overlapping(shapes)[0], overlapping(labels)[1], labels.length];
}"""


def measure_in_chromium(
    html_path: Path, *, executable_path: str = "/usr/bin/chromium"
) -> tuple[float, float, float, list[int], int]:
    """(ms to first draw, ms to redraw a zoom, ms to redraw a pan, overlap counts, requests blocked)."""
    from playwright.sync_api import Route, sync_playwright

    blocked: list[str] = []

    def only_files(route: Route) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=executable_path, args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page(viewport={"width": 1280, "height": 800})
            page.route("**/*", only_files)
            page.goto(html_path.resolve().as_uri(), timeout=120_000)
            page.wait_for_function("window.zhkg && window.zhkg.drawnAt !== null", timeout=120_000)
            drawn = float(page.evaluate("window.zhkg.drawnAt"))
            page.wait_for_timeout(300)  # the fit beside the legend, then the label layer
            counts = [int(x) for x in page.evaluate(_MEASURE)]
            redraw = """(move) => new Promise((done) => {
                const start = performance.now();
                window.network.once('afterDrawing', () => done(performance.now() - start));
                const view = window.network.getViewPosition();
                const scale = window.network.getScale();
                window.network.moveTo(move === 'zoom'
                    ? {scale: scale * 2, animation: false}
                    : {position: {x: view.x + 300, y: view.y + 200}, animation: false});
            })"""
            zoom = float(page.evaluate(redraw, "zoom"))
            pan = float(page.evaluate(redraw, "pan"))
        finally:
            browser.close()
    return drawn, zoom, pan, counts, len(blocked)


def _measure(name: str, data: ViewData, collect_s: float, path: Path, chromium: str) -> Measurement:
    start = time.perf_counter()
    report = render_view(data, path, title=f"zhkg bench {name}", max_nodes=max(len(data.nodes), 1))
    generate = time.perf_counter() - start
    drawn, zoom, pan, (shown, boxes, shapes, pairs, labels), blocked = measure_in_chromium(
        path, executable_path=chromium
    )
    return Measurement(
        name,
        report.nodes,
        report.edges,
        collect_s,
        generate,
        report.bytes,
        drawn,
        zoom,
        pan,
        boxes / max(shown, 1),
        shapes / max(shown, 1),
        pairs,
        labels,
        blocked,
    )


def _real(store_path: str) -> tuple[ViewData, float]:
    from kg.store import open_store
    from kg.web.view import collect_view_data

    start = time.perf_counter()
    with open_store(store_path, read_only=True) as store:
        data = collect_view_data(store)
    return data, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000, 10000])
    parser.add_argument("--store", action="append", default=[], help="a built store to view too")
    parser.add_argument("--keep", type=Path, help="write the pages here instead of a temp dir")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--chromium", default=os.environ.get("ZHKG_CHROMIUM", "/usr/bin/chromium"))
    args = parser.parse_args(argv)

    results: list[Measurement] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        for size in args.sizes:
            data = synthetic_view_data(size)
            results.append(
                _measure(str(size), data, 0.0, folder / f"view-{size}.html", args.chromium)
            )
        for k, store in enumerate(args.store):
            data, collect_s = _real(store)
            page = folder / f"view-store-{k}.html"
            results.append(_measure(Path(store).name, data, collect_s, page, args.chromium))

    base = results[0]
    header = (
        f"{'graph':>14} {'nodes':>6} {'edges':>6} {'read s':>6} {'write s':>7} {'MB':>5} "
        f"{'drawn ms':>8} {'zoom':>5} {'pan':>5} {'boxes':>6} {'shapes':>6} {'label':>5} "
        f"{'labels':>6} {'blocked':>7}  ratio vs {base.name} (write/size/drawn)"
    )
    print(header)
    print("-" * len(header))
    for m in results:
        print(
            f"{m.name[:14]:>14} {m.nodes:>6} {m.edges:>6} {m.collect_s:>6.2f} {m.generate_s:>7.2f} "
            f"{m.size_bytes / 1e6:>5.1f} {m.drawn_ms:>8.0f} {m.zoom_ms:>5.0f} {m.pan_ms:>5.0f} "
            f"{m.overlap:>6.1%} {m.shapes_overlap:>6.1%} {m.label_pairs:>5} {m.labels:>6} "
            f"{m.blocked:>7}  {m.generate_s / base.generate_s:.1f}x / "
            f"{m.size_bytes / base.size_bytes:.1f}x / {m.drawn_ms / base.drawn_ms:.1f}x"
        )
    print(
        "boxes: share of drawn nodes whose box (shape and label) overlaps another's at the first"
        " view; shapes: the same for shapes alone; label: pairs of drawn labels that overlap"
    )
    if args.json:
        args.json.write_text(json.dumps([m.__dict__ for m in results], indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
