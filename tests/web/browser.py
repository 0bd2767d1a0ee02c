"""Helpers for the view's tests: a small realistic graph in a pyoxigraph store, and a browser page
with every request that is not a local file refused and counted."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.vocabulary import PREFIXES

__all__ = [
    "CHROMIUM",
    "HOSTILE",
    "MEASURE_OVERLAPS",
    "Opened",
    "OxigraphSource",
    "Program",
    "SelectOnlySource",
    "browser",
    "make_store",
    "opened",
    "payload_of",
    "sample_store",
    "screen_point",
]

KG = "https://w3id.org/zhkg/ontology#"
ID = "https://w3id.org/zhkg/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"

HOSTILE = "“<img src=x onerror=window.__pwned=1>”工程"

PROVINCES = {
    "zhejiang": ("浙江省", "浙江", "Zhejiang"),
    "fujian": ("福建省", "福建", "Fujian"),
    "henan": ("河南省", "河南", "Henan"),
    "sichuan": ("四川省", "四川", "Sichuan"),
    "hunan": ("湖南省", "湖南", "Hunan"),
    "tianjin": ("天津市", "天津", "Tianjin"),
    "neimenggu": ("内蒙古自治区", "内蒙古", "Inner Mongolia"),
}
THEMES = {
    "theory": ("理论武装", ("党的创新理论",)),
    "cadre-training": ("干部教育培训", ("干部培训",)),
    "rural-revitalization": ("乡村振兴", ()),
    "party-building": ("党的建设", ("党建",)),
}


@dataclass(frozen=True)
class Program:
    label: str
    provinces: Sequence[str]
    themes: Sequence[str]
    sentence: str
    confidence: float = 0.9
    aliases: Sequence[str] = field(default_factory=tuple)
    date: str | None = None  # its own document of that date; else the shared one


SAMPLE_PROGRAMS = (
    Program(
        "习近平总书记关于党的建设的重要思想学习宣传研究工程",
        ["zhejiang"],
        ["theory", "party-building"],
        "浙江实施“习近平总书记关于党的建设的重要思想学习宣传研究工程”，聚焦“十三个坚持”核心要义制定实施方案。",
    ),
    Program(
        "3820战略工程",
        ["fujian"],
        ["theory"],
        "福建用好习近平新时代中国特色社会主义思想学习基地，首批精选福州市“3820战略工程”等24个教学点。",
        0.7,
    ),
    Program(
        "青年干部理论提升工程",
        ["henan"],
        ["theory", "cadre-training"],
        "河南在省直单位深化“党的创新理论进机关”活动，实施“青年干部理论提升工程”。",
    ),
    Program(
        "凝心铸魂计划",
        ["sichuan"],
        ["theory"],
        "四川研究制定《关于实施习近平新时代中国特色社会主义思想凝心铸魂计划的意见》。",
        0.8,
    ),
    Program(
        "五大工程",
        ["sichuan"],
        ["party-building"],
        "大力推进思想领航、党性铸魂、专业赋能、先锋淬炼、薪火传承五大工程。",
        0.6,
    ),
    Program(
        "三百工程",
        ["hunan", "tianjin"],
        ["cadre-training"],
        "湖南、天津实施干部教育培训“三百工程”，加强师资课程教材体系建设。",
        0.95,
        ("干部教育培训三百工程",),
    ),
    Program(
        "千万工程",
        ["neimenggu", "zhejiang"],
        ["rural-revitalization"],
        "内蒙古认真学习“千万工程”做法，引领和推动各地围绕促乡村振兴开展系列创先争优活动。",
        0.85,
        ("千村示范、万村整治工程",),
    ),
)

DOC_ID = "seed-2023-09-27-zuzhi"
DOC_TITLE = "深入学习领会习近平总书记关于党的建设的重要思想 坚持不懈用党的创新理论凝心铸魂"
DOC_DATE = "2023-09-27"


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def make_store(programs: Sequence[Program], *, with_evidence: bool = True) -> ox.Store:
    """A store shaped like the pipeline's: the gazetteer and themes in the ontology graph,
    facts and evidence in one graph per document."""
    store = ox.Store()
    onto = _n("https://w3id.org/zhkg/graph/ontology")
    doc_graph = _n(f"https://w3id.org/zhkg/graph/doc/{DOC_ID}")
    doc = _n(f"{ID}doc/{DOC_ID}")
    zh = "zh"
    quads: list[ox.Quad] = []

    def add(s: ox.NamedNode, p: str, o: Any, g: ox.NamedNode = doc_graph) -> None:
        quads.append(ox.Quad(s, _n(p), o, g))

    for key, (label, short, english) in PROVINCES.items():
        node = _n(f"{ID}province/{key}")
        add(node, RDF + "type", _n(KG + "Province"), onto)
        add(node, RDFS + "label", ox.Literal(label, language=zh), onto)
        add(node, RDFS + "label", ox.Literal(english, language="en"), onto)
        add(node, KG + "shortName", ox.Literal(short, language=zh), onto)
    for key, (label, alts) in THEMES.items():
        node = _n(f"{ID}theme/{key}")
        add(node, RDF + "type", _n(KG + "Theme"), onto)
        add(node, RDF + "type", _n(SKOS + "Concept"), onto)
        add(node, SKOS + "prefLabel", ox.Literal(label, language=zh), onto)
        add(node, RDFS + "label", ox.Literal(label, language=zh), onto)
        for alt in alts:
            add(node, SKOS + "altLabel", ox.Literal(alt, language=zh), onto)

    add(doc, RDF + "type", _n(KG + "Document"))
    add(doc, DCT + "title", ox.Literal(DOC_TITLE, language=zh))
    add(doc, DCT + "date", ox.Literal(DOC_DATE, datatype=_n(XSD + "date")))
    add(doc, DCT + "identifier", ox.Literal(DOC_ID))
    rule = _n(f"{ID}rule/IMPLEMENTS-VERB")
    add(rule, RDFS + "label", ox.Literal("IMPLEMENTS-VERB"))
    serve_rule = _n(f"{ID}rule/PROGRAM-THEME-LEXICON")
    add(serve_rule, RDFS + "label", ox.Literal("PROGRAM-THEME-LEXICON"))

    for i, program in enumerate(programs):
        node = _n(f"{ID}program/p{i}")
        doc = _n(f"{ID}doc/{DOC_ID}")
        if program.date:
            doc = _n(f"{ID}doc/dated-{i}")
            add(doc, RDF + "type", _n(KG + "Document"))
            add(doc, DCT + "title", ox.Literal(f"报道 {i}", language=zh))
            add(doc, DCT + "date", ox.Literal(program.date, datatype=_n(XSD + "date")))
        sentence = _n(f"{doc.value}/s{i}")
        add(node, RDF + "type", _n(KG + "Program"))
        add(node, RDFS + "label", ox.Literal(program.label, language=zh))
        add(node, KG + "mentionedIn", doc)
        for alias in program.aliases:
            add(node, SKOS + "altLabel", ox.Literal(alias, language=zh))
        add(sentence, RDF + "type", _n(KG + "Sentence"))
        add(sentence, KG + "text", ox.Literal(program.sentence, language=zh))
        add(sentence, KG + "inDocument", doc)
        facts = [(f"{ID}province/{p}", "implements", node.value, rule) for p in program.provinces]
        facts += [(node.value, "serves", f"{ID}theme/{t}", serve_rule) for t in program.themes]
        for j, (s, p, o, r) in enumerate(facts):
            add(_n(s), KG + p, _n(o))
            add(_n(s), KG + "mentionedIn", doc)
            add(_n(o), KG + "mentionedIn", doc)
            if not with_evidence:
                continue
            a = _n(f"{doc.value}/a/{i}-{j}")
            add(a, RDF + "type", _n(KG + "Assertion"))
            add(a, RDF + "subject", _n(s))
            add(a, RDF + "predicate", _n(KG + p))
            add(a, RDF + "object", _n(o))
            add(a, PROV + "wasDerivedFrom", sentence)
            add(a, KG + "rule", r)
            conf = program.confidence if p == "implements" else 0.75
            add(a, KG + "confidence", ox.Literal(f"{conf}", datatype=_n(XSD + "decimal")))
    store.extend(quads)
    return store


def sample_store(*, hostile: bool = False) -> ox.Store:
    programs = list(SAMPLE_PROGRAMS)
    if hostile:
        programs.append(
            Program(
                HOSTILE,
                ["zhejiang"],
                ["theory"],
                "浙江启动“<script>window.__pwned=2</script>”</script>试点&amp;推广。",
                0.5,
                ("<b onmouseover=window.__pwned=3>别名</b>",),
            )
        )
    return make_store(programs)


def _plain(term: Any) -> str:
    if isinstance(term, ox.BlankNode):
        return "_:" + term.value
    return str(term.value)


class OxigraphSource:
    """The store's ``select``/``construct`` contract over a pyoxigraph Store (with the
    store's predefined prefixes, which the name resolver relies on)."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store
        self.queries: list[str] = []

    def select(self, sparql: str, params: dict[str, str] | None = None) -> list[dict[str, str]]:
        self.queries.append(sparql)
        solutions = self.store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        assert isinstance(solutions, ox.QuerySolutions)
        names = [v.value for v in solutions.variables]
        rows = []
        for solution in solutions:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = _plain(term)
            rows.append(row)
        return rows

    def construct(self, sparql: str) -> list[tuple[str, str, str]]:
        self.queries.append(sparql)
        triples = self.store.query(sparql, use_default_graph_as_union=True, prefixes=PREFIXES)
        assert isinstance(triples, ox.QueryTriples)
        return [(_plain(t.subject), _plain(t.predicate), _plain(t.object)) for t in triples]


class SelectOnlySource:
    """Only ``select``: what the view must cope with when a store offers no ``construct``."""

    def __init__(self, store: ox.Store) -> None:
        self._inner = OxigraphSource(store)

    def select(self, sparql: str, params: dict[str, str] | None = None) -> list[dict[str, str]]:
        return self._inner.select(sparql)


# The share of drawn nodes whose box (vis-network's getBoundingBox: shape and label, canvas
# coordinates, joined with the label the page draws itself on large graphs) overlaps
# another drawn node's box: [drawn, overlapping, a few of them]. vis-network draws a label
# about three quarters of its font size lower than getBoundingBox says (measured on
# screenshots), so a labelled box reaches that much further down.
MEASURE_OVERLAPS = """() => {
  const ids = window.network.body.data.nodes.getIds({filter: n => !n.hidden});
  const drawn = new Map((window.zhkg.labelBoxes || []).map(b => [b.id, b]));
  const boxes = ids.map(id => {
    const b = window.network.getBoundingBox(id), l = drawn.get(id);
    const o = window.network.body.nodes[id].options;
    const bottom = b.bottom + (o.label ? 0.75 * o.font.size : 0);
    return l ? [Math.min(b.left, l.left), Math.max(b.right, l.right),
                Math.min(b.top, l.top), Math.max(bottom, l.bottom)]
             : [b.left, b.right, b.top, bottom];
  });
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[a][0] - boxes[b][0]);
  const bad = new Set();
  for (let x = 0; x < order.length; x++) {
    const a = boxes[order[x]];
    for (let y = x + 1; y < order.length; y++) {
      const b = boxes[order[y]];
      if (b[0] >= a[1]) break;
      if (b[2] < a[3] && a[2] < b[3]) { bad.add(order[x]); bad.add(order[y]); }
    }
  }
  return [ids.length, bad.size, Array.from(bad).slice(0, 6).map(i => ids[i])];
}"""


CHROMIUM = Path(os.environ.get("ZHKG_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


@dataclass
class Opened:
    """A page in Chromium, with what it asked for, what was refused and what went wrong."""

    page: Any
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def open(self, path: Path) -> None:
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_function("window.zhkg && window.zhkg.drawnAt !== null", timeout=30_000)
        self.page.wait_for_timeout(100)  # the fit beside the legend, the label layer

    def overlaps(self) -> tuple[int, int, list[str]]:
        """(drawn nodes, nodes whose box overlaps another's, a few of them)."""
        drawn, bad, which = self.page.evaluate(MEASURE_OVERLAPS)
        return int(drawn), int(bad), list(which)

    def assert_clean(self) -> None:
        assert self.blocked == [], "the page tried to reach the network"
        assert all(u.startswith(("file://", "data:")) for u in self.requests), self.requests
        assert self.errors == []
        assert self.page.evaluate("window.__csp") == []


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing, and CI must run the browser tests")
        pytest.skip(f"{CHROMIUM} is missing")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=str(CHROMIUM), args=list(CHROMIUM_ARGS))
        yield chromium
        chromium.close()


@pytest.fixture
def opened(browser: Any) -> Iterator[Opened]:
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    result = Opened(page)
    page.add_init_script(
        "window.__csp = [];"
        "document.addEventListener('securitypolicyviolation',"
        " e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"
    )
    page.on("request", lambda request: result.requests.append(request.url))
    page.on("pageerror", lambda error: result.errors.append(str(error)))
    page.on(
        "console",
        lambda message: result.errors.append(message.text) if message.type == "error" else None,
    )

    def only_files(route: Any) -> None:
        if route.request.url.startswith("file://"):
            route.continue_()
        else:
            result.blocked.append(route.request.url)
            route.abort()

    page.route("**/*", only_files)
    yield result
    context.close()


def screen_point(page: Any, node_id: str) -> tuple[float, float]:
    """Where a node is on the screen (page coordinates)."""
    point = page.evaluate(
        """(id) => {
            const box = document.getElementById('zhkg-network').getBoundingClientRect();
            const p = window.network.canvasToDOM(window.network.getPosition(id));
            return [box.left + p.x, box.top + p.y];
        }""",
        node_id,
    )
    return float(point[0]), float(point[1])


def payload_of(page_html: str) -> dict[str, Any]:
    """The JSON a page carries."""
    import json
    import re

    found = re.search(
        r'<script type="application/json" id="zhkg-data">(.*?)</script>', page_html, re.S
    )
    assert found, "no data element"
    result: dict[str, Any] = json.loads(found.group(1))
    return result
