"""Benchmark the HTML view at 1,000 and 10,000 nodes (2 edges per node).

Run from the repository root:  python bench/bench_view.py [--sizes 1000 10000] [--keep DIR]

For each size it reports the time to lay out and write the page, the page's size,
and, in headless Chromium (Debian's /usr/bin/chromium, network cut off), the time
from navigation start until vis-network finished its first draw, plus the time a
zoom and a pan take to redraw. Ratios are against the smallest size measured in
the same run, so the figures compare on any machine.
"""

from __future__ import annotations

import argparse
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
    nodes: int
    edges: int
    generate_s: float
    size_bytes: int
    drawn_ms: float
    zoom_ms: float
    pan_ms: float
    blocked: int


def measure_in_chromium(
    html_path: Path, *, executable_path: str = "/usr/bin/chromium"
) -> tuple[float, float, float, int]:
    """(ms from navigation start to first draw, ms to redraw a zoom, ms to redraw a pan, requests blocked)."""
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
    return drawn, zoom, pan, len(blocked)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--keep", type=Path, help="write the pages here instead of a temp dir")
    parser.add_argument("--chromium", default=os.environ.get("ZHKG_CHROMIUM", "/usr/bin/chromium"))
    args = parser.parse_args(argv)

    results: list[Measurement] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.keep or Path(tmp)
        for size in args.sizes:
            data = synthetic_view_data(size)
            path = folder / f"view-{size}.html"
            start = time.perf_counter()
            report = render_view(data, path, title=f"zhkg bench {size}", max_nodes=max(size, 5000))
            generate = time.perf_counter() - start
            drawn, zoom, pan, blocked = measure_in_chromium(path, executable_path=args.chromium)
            results.append(
                Measurement(
                    report.nodes, report.edges, generate, report.bytes, drawn, zoom, pan, blocked
                )
            )

    base = results[0]
    header = f"{'nodes':>7} {'edges':>7} {'generate s':>10} {'size MB':>8} {'drawn ms':>9} {'zoom ms':>8} {'pan ms':>7} {'blocked':>7}  ratio vs {base.nodes} (generate/size/drawn)"
    print(header)
    print("-" * len(header))
    for m in results:
        print(
            f"{m.nodes:>7} {m.edges:>7} {m.generate_s:>10.2f} {m.size_bytes / 1e6:>8.2f} "
            f"{m.drawn_ms:>9.0f} {m.zoom_ms:>8.0f} {m.pan_ms:>7.0f} {m.blocked:>7}  "
            f"{m.generate_s / base.generate_s:.1f}x / {m.size_bytes / base.size_bytes:.1f}x / "
            f"{m.drawn_ms / base.drawn_ms:.1f}x"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
