"""Benchmark the store at a million triples: load, the saved queries, exports.

Run from the repository root:  python bench/bench_store.py [--documents N] [--runs N]

The data are synthetic but in the zhkg schema and written by zhkg's own code: each
document is an ``Extraction`` (provinces and places of the gazetteer, programs,
themes of the theme scheme, sentences, assertions with evidence) turned into its named
graph by ``kg.graph.document_ntriples`` and written with ``Store.replace_document``,
as ``kg build`` does. The same triples are then loaded into rdflib's in-memory
``Graph``, and the saved queries run on both in the same run (median of ``--runs``).

Targets (issue 5): loading ≥ 1,000,000 triples < 30 s; each saved query < 100 ms
median on the store; ranking, two-hop and text search ≥ 10× faster than rdflib;
Turtle and N-Quads export of the store < 10 s.
"""

from __future__ import annotations

import argparse
import random
import re
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench_build import machine

from kg.export import export
from kg.extract import Extraction
from kg.graph import document_ntriples
from kg.lexicon import Lexicon, load_lexicon
from kg.mentions import program_key
from kg.model import Assertion, Document, Evidence, Mention, Sentence
from kg.queries import load_saved
from kg.store import PREFIXES, Store

__all__ = ["main", "synthetic_documents"]

_HEADS = "思想 党性 乡村 数字 人才 文化 生态 科技 民生 基层 青年 产业 城乡 健康 教育 法治".split()
_MIDS = "领航 铸魂 振兴 赋能 强基 先锋 惠民 创新 提升 攻坚 示范 薪火 筑梦 聚力 融合 护航".split()
_TYPES = "工程 行动 计划 专项行动 三年行动 示范区 大讲堂 培训班".split()
_RULES = ("impl.quoted", "impl.quoted-typed", "impl.typed-np")


def _program_names(n: int, rng: random.Random) -> list[str]:
    names: set[str] = set()
    while len(names) < n:
        names.add(rng.choice(_HEADS) + rng.choice(_MIDS) + rng.choice(_MIDS) + rng.choice(_TYPES))
    return sorted(names)


def synthetic_documents(n_docs: int, lexicon: Lexicon, seed: int = 5) -> Iterator[Extraction]:
    """Documents of about 100 triples each: 6 evidence sentences, 3 facts of each kind."""
    rng = random.Random(seed)
    provinces = sorted(lexicon.provinces.values(), key=lambda p: p.id)
    places = sorted(lexicon.places.values(), key=lambda p: p.id)
    themes = sorted(lexicon.themes.values(), key=lambda t: t.id)
    programs = _program_names(max(200, n_docs // 2), rng)
    for i in range(n_docs):
        doc_id = f"synthetic-{i:07d}"
        sentences = []
        mentions: list[Mention] = []
        assertions: dict[tuple[str, str, str], Assertion] = {}
        pos = 0
        for s in range(6):
            prov = rng.choice(provinces)
            prog = rng.choice(programs)
            theme = rng.choice(themes)
            text = f"{prov.short}深入实施“{prog}”，推动{theme.label}取得新成效。"
            sent = Sentence(doc_id, s, pos, pos + len(text), text)
            sentences.append(sent)
            ev = Evidence(doc_id, s, sent.start, sent.end, text)
            pm = Mention("province", prov.id, prov.short, pos, pos + len(prov.short), prov.short)
            start = pos + len(prov.short) + 5
            gm = Mention("program", program_key(prog), prog, start, start + len(prog), prog)
            tstart = start + len(prog) + 4
            tm = Mention(
                "theme", theme.id, theme.label, tstart, tstart + len(theme.label), theme.label
            )
            mentions += [pm, gm, tm]
            if s % 2 == 0:
                place = rng.choice(places)
                mentions.append(
                    Mention("place", place.id, place.label, pos, pos + 1, place.label[:1])
                )
                rule = rng.choice(_RULES)
                conf = round(rng.uniform(0.6, 0.95), 3)
                assertions[(pm.key, "implements", gm.key)] = Assertion(
                    pm, "implements", gm, rule, conf, ev
                )
                assertions[(gm.key, "serves", tm.key)] = Assertion(
                    gm, "serves", tm, "serve.purpose", conf, ev
                )
            pos = sent.end + 1
        doc = Document(
            doc_id,
            "".join(s.text + "\n" for s in sentences),
            title=f"合成文档 {i}",
            date=f"20{10 + i % 16:02d}-{1 + i % 12:02d}-{1 + i % 28:02d}",
            source=f"synthetic/{doc_id}.txt",
        )
        yield Extraction(doc, tuple(sentences), tuple(mentions), tuple(assertions.values()), None)


# The saved-query shapes of issue 5, with the parameters they are run with.
QUERIES: list[tuple[str, str, dict[str, str], bool]] = [
    # (label, saved query, params, must be ≥ 10× faster than rdflib)
    ("programs of a province", "programs-by-province", {"province": "浙江"}, False),
    ("provinces of a program", "provinces-of-program", {}, False),  # program filled in below
    ("programs per province, ranked", "programs-per-province", {}, True),
    ("themes two hops from a province", "themes-two-hops", {"province": "河南"}, True),
    ("label text search", "label-search", {"text": "振兴"}, True),
]


def _bind(text: str, params: dict[str, str], names: list[str]) -> str:
    import pyoxigraph as ox

    for name in names:
        value = params.get(name, "")
        text = re.sub(rf"\?param_{re.escape(name)}\b", str(ox.Literal(value)), text)
    return text


def _median_ms(fn: Callable[[], int], runs: int) -> tuple[float, int]:
    times = []
    n = 0
    for _ in range(runs):
        t = time.perf_counter()
        n = fn()
        times.append((time.perf_counter() - t) * 1000)
    return statistics.median(times), n


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--documents", type=int, default=10_500)
    ap.add_argument("--runs", type=int, default=7, help="runs per query on the store")
    ap.add_argument("--rdflib-runs", type=int, default=3)
    args = ap.parse_args(argv)
    print(f"machine: {machine()}")
    lex = load_lexicon()
    with tempfile.TemporaryDirectory(prefix="zhkg-bench-store-") as tmp:
        work = Path(tmp)
        t = time.perf_counter()
        docs = [
            (ex.document.id, *document_ntriples(ex, lex), ex.content_hash)
            for ex in synthetic_documents(args.documents, lex)
        ]
        gen_s = time.perf_counter() - t
        n_doc_triples = sum(d[2] for d in docs)

        store = Store(work / "store")
        t = time.perf_counter()
        store.ensure_ontology()
        for doc_id, nt, _, h in docs:
            store.replace_document(doc_id, nt, h)
        store.oxigraph.flush()
        load_s = time.perf_counter() - t
        n_quads = len(store)
        print(f"generated {args.documents} documents ({n_doc_triples} triples) in {gen_s:.1f} s")
        print(f"store holds {n_quads} quads", flush=True)

        import rdflib

        t = time.perf_counter()
        union = "".join(str(tr) + " .\n" for tr in store.union_triples())
        g = rdflib.Graph()
        g.parse(data=union, format="nt")
        del union
        rdflib_load_s = time.perf_counter() - t
        print(f"rdflib Graph holds {len(g)} triples (loaded in {rdflib_load_s:.1f} s)", flush=True)

        program = store.select("SELECT ?l WHERE { ?g a kg:Program ; rdfs:label ?l } LIMIT 1")[0][
            "l"
        ]
        rows = []
        for label, name, params, needs_10x in QUERIES:
            saved = load_saved(name)
            if name == "provinces-of-program":
                params = {"program": program}
            text = _bind(saved.text, params, [n for n, _ in saved.params])
            ms_store, n_store = _median_ms(lambda text=text: len(store.select(text)), args.runs)
            ms_rdflib, n_rdflib = _median_ms(
                lambda text=text: len(list(g.query(text, initNs=PREFIXES))), args.rdflib_runs
            )
            rows.append((label, name, ms_store, ms_rdflib, n_store, n_rdflib, needs_10x))
            print(f"  {label}: store {ms_store:.1f} ms, rdflib {ms_rdflib:.0f} ms", flush=True)
        g.remove((None, None, None))  # free rdflib's memory before the exports

        exports = []
        for fmt, suffix in (("turtle", "ttl"), ("nquads", "nq")):
            out = work / f"graph.{suffix}"
            t = time.perf_counter()
            export(store, out, fmt)
            exports.append((fmt, time.perf_counter() - t, out.stat().st_size))
        store.close()

    print()
    print(
        f"load: {n_quads} quads ({args.documents} documents, one update each) in {load_s:.1f} s"
        f" — {n_quads / load_s:,.0f} quads/s (target < 30 s)"
    )
    print()
    print(
        f"{'saved query':<34} {'store ms':>9} {'rdflib ms':>10} {'speed-up':>9} {'rows':>6}  target"
    )
    for label, _name, ms_s, ms_r, n_s, n_r, needs in rows:
        target = "< 100 ms" + (", ≥ 10×" if needs else "")
        same = "" if n_s == n_r else f"  (rdflib rows {n_r})"
        print(
            f"{label:<34} {ms_s:>9.1f} {ms_r:>10.0f} {ms_r / ms_s:>8.0f}× {n_s:>6}  {target}{same}"
        )
    print()
    for fmt, s, size in exports:
        print(f"export {fmt:<8} {s:6.1f} s  {size / 1e6:7.1f} MB  (target < 10 s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
