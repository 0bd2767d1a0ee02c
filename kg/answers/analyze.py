"""Network analysis of the province–program–theme graph (networkx), as tables and plots.

Four analyses, each a function from a store to a :class:`Table`:

- ``similarity``: province pairs by the Jaccard index of the programs they implement
  and of the themes those programs serve.
- ``centrality``: degree and betweenness of programs and themes in the undirected
  province–program–theme graph.
- ``communities``: groups of provinces, programs and themes (greedy modularity, or
  Louvain with a fixed seed), so the answer is the same on every run.
- ``diffusion``: for each program several provinces implement, the first date each
  province is seen implementing it (the earliest ``dcterms:date`` of a document
  with evidence), in order.

``plot`` draws any of them with matplotlib in a CJK font ("Noto Sans CJK SC" from
Debian's fonts-noto-cjk), falling back with a warning when no such font is installed.
"""

from __future__ import annotations

import csv
import io
import json
import unicodedata
import warnings
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from kg.errors import AnalysisError, QueryError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

    from kg.store import GraphStore


__all__ = [
    "ANALYSES",
    "PLOT_SUFFIXES",
    "CJKFontWarning",
    "Table",
    "analyze",
    "centrality",
    "check_plot_path",
    "cjk_font",
    "communities",
    "diffusion",
    "format_table",
    "format_tables",
    "plot",
    "policy_graph",
    "similarity",
]

ANALYSES = ("similarity", "centrality", "communities", "diffusion")
CJK_FONT = "Noto Sans CJK SC"


class CJKFontWarning(UserWarning):
    """No CJK font was found, so Chinese labels in plots may show as boxes."""


@dataclass(frozen=True)
class Table:
    """One analysis' answer: named columns and rows of plain values."""

    name: str
    columns: tuple[str, ...]
    rows: tuple[tuple[Any, ...], ...]
    meta: dict[str, Any] = field(default_factory=dict)

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, r, strict=True)) for r in self.rows]

    def column(self, name: str) -> list[Any]:
        i = self.columns.index(name)
        return [r[i] for r in self.rows]

    def __len__(self) -> int:
        return len(self.rows)


# --------------------------------------------------------------------------- reading

_Q_IMPLEMENTS = """
SELECT ?p ?province ?g (MIN(STR(?gl)) AS ?program) (MIN(STR(?date)) AS ?first)
       (COUNT(DISTINCT ?doc) AS ?documents)
WHERE {
  ?p kg:implements ?g ; kg:shortName ?province .
  ?g rdfs:label ?gl .
  OPTIONAL {
    ?a rdf:subject ?p ; rdf:predicate kg:implements ; rdf:object ?g ;
       prov:wasDerivedFrom/kg:inDocument ?doc .
    OPTIONAL { ?doc dcterms:date ?date }
  }
}
GROUP BY ?p ?province ?g
"""

_Q_SERVES = """
SELECT ?g (MIN(STR(?gl)) AS ?program) ?t (MIN(STR(?tl)) AS ?theme)
WHERE {
  ?g kg:serves ?t ; rdfs:label ?gl .
  ?t skos:prefLabel ?tl .
  FILTER(LANG(?tl) = "zh" || LANG(?tl) = "")
}
GROUP BY ?g ?t
"""


@dataclass(frozen=True)
class _Facts:
    implements: tuple[
        tuple[str, str, str, str, str | None, int], ...
    ]  # p, label, g, label, date, n
    serves: tuple[tuple[str, str, str, str], ...]  # g, label, t, label


def _read(store: GraphStore) -> _Facts:
    imp = tuple(
        (
            r["p"],
            r["province"],
            r["g"],
            r["program"],
            r.get("first") or None,
            int(r.get("documents", "0")),
        )
        for r in store.select(_Q_IMPLEMENTS)
    )
    srv = tuple((r["g"], r["program"], r["t"], r["theme"]) for r in store.select(_Q_SERVES))
    return _Facts(imp, srv)


def policy_graph(store: GraphStore) -> nx.Graph:
    """The undirected province–program–theme graph; nodes carry ``kind`` and ``label``."""
    return _graph(_read(store))


def _graph(facts: _Facts) -> nx.Graph:
    g = nx.Graph()
    for p, plabel, prog, glabel, _, _ in facts.implements:
        g.add_node(p, kind="province", label=plabel)
        g.add_node(prog, kind="program", label=glabel)
        g.add_edge(p, prog, predicate="implements")
    for prog, glabel, t, tlabel in facts.serves:
        g.add_node(prog, kind="program", label=glabel)
        g.add_node(t, kind="theme", label=tlabel)
        g.add_edge(prog, t, predicate="serves")
    return g


# --------------------------------------------------------------------------- analyses


def _jaccard(a: set[str], b: set[str]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def similarity(store: GraphStore, *, min_score: float = 0.0) -> Table:
    """Province pairs by shared programs and themes (Jaccard), most similar first.

    ``score`` is the mean of the two indices; pairs sharing nothing are left out.
    """
    facts = _read(store)
    programs: dict[str, set[str]] = defaultdict(set)
    labels: dict[str, str] = {}
    for p, plabel, prog, *_ in facts.implements:
        programs[p].add(prog)
        labels[p] = plabel
    served: dict[str, set[str]] = defaultdict(set)
    for prog, _, t, _ in facts.serves:
        served[prog].add(t)
    themes = {p: set().union(*(served[g] for g in gs)) for p, gs in programs.items()}
    rows = []
    for a, b in combinations(sorted(programs, key=lambda p: labels[p]), 2):
        shared_p = programs[a] & programs[b]
        shared_t = themes[a] & themes[b]
        if not shared_p and not shared_t:
            continue
        jp = _jaccard(programs[a], programs[b])
        jt = _jaccard(themes[a], themes[b])
        score = (jp + jt) / 2
        if score < min_score:
            continue
        rows.append(
            (
                labels[a],
                labels[b],
                len(shared_p),
                round(jp, 4),
                len(shared_t),
                round(jt, 4),
                round(score, 4),
            )
        )
    rows.sort(key=lambda r: (-r[6], -r[3], r[0], r[1]))
    return Table(
        "similarity",
        (
            "a",
            "b",
            "shared_programs",
            "jaccard_programs",
            "shared_themes",
            "jaccard_themes",
            "score",
        ),
        tuple(rows),
    )


def centrality(store: GraphStore, *, top: int | None = None, exact_up_to: int = 600) -> Table:
    """Degree and betweenness of programs and themes in the province–program–theme graph.

    Betweenness is exact up to ``exact_up_to`` nodes; above, it is estimated from 200
    source nodes drawn with a fixed seed (exact betweenness of a 3,000-node graph takes
    half a minute), and ``meta`` says so.
    """
    g = _graph(_read(store))
    if g.number_of_nodes() == 0:
        return Table("centrality", _CENTRALITY_COLUMNS, ())
    degree = nx.degree_centrality(g)
    meta: dict[str, Any] = {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    if g.number_of_nodes() <= exact_up_to:
        between = nx.betweenness_centrality(g, normalized=True)
    else:
        between = nx.betweenness_centrality(g, k=200, normalized=True, seed=0)
        meta["betweenness"] = "estimated from 200 sources"
    rows = [
        (
            data["kind"],
            data["label"],
            g.degree(n),
            round(degree[n], 4),
            round(between[n], 4),
            n,
        )
        for n, data in g.nodes(data=True)
        if data["kind"] in ("program", "theme")
    ]
    rows.sort(key=lambda r: (-r[4], -r[2], r[0], r[1]))
    return Table("centrality", _CENTRALITY_COLUMNS, tuple(rows[:top] if top else rows), meta)


_CENTRALITY_COLUMNS = ("kind", "label", "degree", "degree_centrality", "betweenness", "node")


def communities(store: GraphStore, *, method: str = "greedy", seed: int = 0) -> Table:
    """Communities of the graph: greedy modularity or Louvain (seeded), largest first.

    One row per member: community number (from 1), kind, label, node.
    """
    g = _graph(_read(store))
    if g.number_of_nodes() == 0:
        return Table("communities", _COMMUNITY_COLUMNS, (), {"method": method})
    if method == "greedy":
        found = nx.community.greedy_modularity_communities(g)
    elif method == "louvain":
        found = nx.community.louvain_communities(g, seed=seed)
    else:
        raise AnalysisError(f"unknown community method {method!r}: use greedy or louvain")
    order = {"province": 0, "program": 1, "theme": 2}
    groups = sorted(
        (sorted(c, key=lambda n: (order[g.nodes[n]["kind"]], g.nodes[n]["label"])) for c in found),
        key=lambda c: (-len(c), g.nodes[c[0]]["label"]),
    )
    rows = [
        (i, g.nodes[n]["kind"], g.nodes[n]["label"], n)
        for i, members in enumerate(groups, start=1)
        for n in members
    ]
    modularity = nx.community.modularity(g, groups) if g.number_of_edges() else 0.0
    meta = {"method": method, "communities": len(groups), "modularity": round(modularity, 4)}
    return Table("communities", _COMMUNITY_COLUMNS, tuple(rows), meta)


_COMMUNITY_COLUMNS = ("community", "kind", "label", "node")


def diffusion(
    store: GraphStore,
    *,
    program: str | None = None,
    theme: str | None = None,
    min_provinces: int = 2,
) -> Table:
    """When each province is first seen implementing a program, earliest first.

    ``program`` (a label, alias or IRI; a substring is enough) narrows to one program;
    ``theme`` follows the programs serving a theme (or a narrower one) as one, a row a
    province; otherwise every program at least ``min_provinces`` provinces implement.
    Facts from undated documents have an empty ``first_seen`` and come last.
    """
    if theme is not None:
        if program is not None:
            raise AnalysisError("diffusion follows a program or a theme, not both")
        return _theme_diffusion(store, theme)
    facts = _read(store)
    by_program: dict[str, list[tuple[str, str, str | None, int]]] = defaultdict(list)
    for _, plabel, prog, glabel, date, docs in facts.implements:
        by_program[prog].append((glabel, plabel, date, docs))
    if program is not None:
        wanted = _program_matches(store, program, by_program)
        if not wanted:
            raise AnalysisError(f"no program implemented by a province matches {program!r}")
        by_program = {k: v for k, v in by_program.items() if k in wanted}
    else:
        by_program = {
            k: v for k, v in by_program.items() if len({x[1] for x in v}) >= min_provinces
        }
    rows = []
    for prog, items in by_program.items():
        items.sort(key=lambda x: (x[2] is None, x[2] or "", x[1]))
        for order, (glabel, plabel, date, docs) in enumerate(items, start=1):
            rows.append((glabel, order, plabel, date or "", docs, prog))
    # programs that spread widest first, then by name
    spread: dict[str, int] = defaultdict(int)
    for r in rows:
        spread[r[5]] += 1
    rows.sort(key=lambda r: (-spread[r[5]], r[0], r[5], r[1]))
    return Table(
        "diffusion",
        ("program", "order", "province", "first_seen", "documents", "node"),
        tuple(rows),
    )


def _theme_diffusion(store: GraphStore, text: str) -> Table:
    """The provinces implementing programs that serve the theme ``text`` names, by the
    first date (the saved query ``provinces-of-theme``): one diffusion, of the theme."""
    from kg.answers.queries import load_saved
    from kg.answers.resolve import resolve_one

    try:
        theme = resolve_one(store, "theme", text, f"--theme {text}")
    except QueryError as exc:
        raise AnalysisError(str(exc)) from None
    rows = store.select(load_saved("provinces-of-theme").text, params={"theme": theme.label})
    rows.sort(key=lambda r: ("firstSeen" not in r, r.get("firstSeen", ""), r["province"]))
    return Table(
        "diffusion",
        ("theme", "order", "province", "first_seen", "documents", "node"),
        tuple(
            (
                theme.label,
                order,
                r["province"],
                r.get("firstSeen", ""),
                int(r["documents"]),
                theme.iri,
            )
            for order, r in enumerate(rows, start=1)
        ),
        {"theme": theme.label},
    )


def _program_matches(store: GraphStore, text: str, programs: Iterable[str]) -> set[str]:
    """The programs (among ``programs``) that ``text`` names, as every command resolves
    names (:mod:`kg.answers.resolve`); a part of a name is enough."""
    from kg.answers.resolve import resolve

    known = set(programs)
    if text in known:
        return {text}
    found = resolve(store, text, ("program",), partial=True)
    if not found:
        raise AnalysisError(f"--program {text}: {found.message()}")
    return set(found.iris) & known


_RUNNERS: dict[str, Callable[..., Table]] = {
    "similarity": similarity,
    "centrality": centrality,
    "communities": communities,
    "diffusion": diffusion,
}


def analyze(store: GraphStore, which: str = "all", **options: Any) -> list[Table]:
    """Run one analysis (or ``all``); options go to the analyses that take them."""
    names = ANALYSES if which == "all" else (which,)
    for name in names:
        if name not in _RUNNERS:
            raise AnalysisError(f"unknown analysis {name!r}: use {', '.join(ANALYSES)} or all")
    known = {
        "similarity": {"min_score"},
        "centrality": {"top"},
        "communities": {"method", "seed"},
        "diffusion": {"program", "theme", "min_provinces"},
    }
    allowed = set().union(*known.values())
    unknown = sorted(set(options) - allowed)
    if unknown:  # (topp=3 was passed over, and every row given)
        raise AnalysisError(f"unknown option {unknown[0]!r}: use {', '.join(sorted(allowed))}")
    if options.get("top") is not None and options["top"] < 1:
        raise AnalysisError(f"top must be at least 1, not {options['top']}")
    return [
        _RUNNERS[n](store, **{k: v for k, v in options.items() if k in known[n] and v is not None})
        for n in names
    ]


# --------------------------------------------------------------------------- output


def format_table(table: Table, fmt: str = "table", *, max_rows: int | None = None) -> str:
    """``csv``, ``json`` (records plus meta) or an aligned text ``table``; with
    ``max_rows``, only the first rows (a text table says how many it left out)."""
    if max_rows is not None and len(table) > max_rows:
        shown = format_table(replace(table, rows=table.rows[:max_rows]), fmt)
        if fmt != "table":
            return shown
        head, _, _ = shown.rstrip("\n").rpartition("\n")
        return f"{head}\n(the first {max_rows} of {len(table)} rows)\n"
    if fmt == "csv":
        from kg.answers.export import safe_cell

        buf = io.StringIO()
        w = csv.writer(buf, lineterminator="\n")
        w.writerow(table.columns)
        w.writerows([safe_cell(v) if isinstance(v, str) else v for v in r] for r in table.rows)
        return buf.getvalue()
    if fmt == "json":
        doc = {"analysis": table.name, **table.meta, "rows": table.records()}
        return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
    if fmt == "table":
        return _text_table(table)
    raise AnalysisError(f"unknown format {fmt!r}: use csv, json or table")


def format_tables(tables: Sequence[Table], fmt: str = "table") -> str:
    """Several tables: JSON as one list, CSV with a ``# name`` line before each table."""
    if len(tables) == 1:
        return format_table(tables[0], fmt)
    if fmt == "json":
        docs = [json.loads(format_table(t, "json")) for t in tables]
        return json.dumps(docs, ensure_ascii=False, indent=1) + "\n"
    if fmt == "csv":
        return "\n".join(f"# {t.name}\n" + format_table(t, "csv") for t in tables)
    return "\n".join(format_table(t, fmt) for t in tables)


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _text_table(table: Table, max_cell: int = 40) -> str:
    def cell(v: Any) -> str:
        s = f"{v:.4f}" if isinstance(v, float) else str(v)
        s = "".join(ch if unicodedata.category(ch)[0] != "C" else " " for ch in s)
        return s if len(s) <= max_cell else s[: max_cell - 1] + "…"

    cells = [[cell(v) for v in r] for r in table.rows]
    widths = [max([_width(c)] + [_width(r[i]) for r in cells]) for i, c in enumerate(table.columns)]

    def line(values: Sequence[str]) -> str:
        return "  ".join(v + " " * (w - _width(v)) for v, w in zip(values, widths, strict=True))

    title = f"# {table.name}" + "".join(f"  {k}={v}" for k, v in table.meta.items())
    out = [title, line(table.columns).rstrip(), line(["-" * w for w in widths]).rstrip()]
    out += [line(r).rstrip() for r in cells]
    out.append(f"({len(cells)} row)" if len(cells) == 1 else f"({len(cells)} rows)")
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- plots


def cjk_font() -> str | None:
    """The family name of an installed CJK font for matplotlib, or None (with a warning)."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    for name in (CJK_FONT, "Noto Sans CJK JP", "Source Han Sans SC", "WenQuanYi Zen Hei"):
        if name in names:
            return name
    # A font installed after matplotlib built its cache: look for the file and add it.
    for path in font_manager.findSystemFonts():
        if "NotoSansCJK" in Path(path).name or "SourceHanSans" in Path(path).name:
            try:
                font_manager.fontManager.addfont(path)
                return font_manager.FontProperties(fname=path).get_name()
            except (OSError, RuntimeError):
                continue
    warnings.warn(
        f"no CJK font found ({CJK_FONT}); Chinese labels may show as boxes "
        "(Debian: apt-get install fonts-noto-cjk)",
        CJKFontWarning,
        stacklevel=2,
    )
    return None


#: The files a plot is written as (matplotlib's own writers).
PLOT_SUFFIXES = (".png", ".svg", ".pdf")


def check_plot_path(path: str | Path) -> None:
    """Refuse, before any work, a plot file matplotlib will not be asked to write."""
    if Path(path).suffix.lower() not in PLOT_SUFFIXES:
        raise AnalysisError(f"{path}: plots are written as {', '.join(PLOT_SUFFIXES)}")
    folder = next((p for p in Path(path).absolute().parents if p.exists()), None)
    if folder is not None and not folder.is_dir():
        raise AnalysisError(f"{path}: cannot write the plot ({folder} is not a folder)")


def plot(
    tables: Sequence[Table] | Table, path: str | Path | None = None, *, top: int = 20
) -> Figure:
    """Draw the tables (one panel each) and save to ``path`` (.png, .svg or .pdf) if given."""
    from matplotlib.figure import Figure
    from matplotlib.text import Text

    items = [tables] if isinstance(tables, Table) else list(tables)
    if not items:
        raise AnalysisError("nothing to plot")
    if path is not None:
        check_plot_path(path)
    font = cjk_font()
    cols = 1 if len(items) == 1 else 2
    rows = (len(items) + cols - 1) // cols
    fig = Figure(figsize=(8 * cols, 6.5 * rows), layout="constrained")
    for i, table in enumerate(items, start=1):
        ax = fig.add_subplot(rows, cols, i)
        _PLOTTERS[table.name](fig, ax, table, top)
    if font is not None:
        for text in fig.findobj(Text):
            text.set_fontfamily([font, "DejaVu Sans"])
    if path is not None:
        out = Path(path)
        try:
            out.parent.mkdir(parents=True, exist_ok=True)
            fig.savefig(out, dpi=120)
        except OSError as exc:
            raise AnalysisError(f"{out}: cannot write the plot ({exc.strerror})") from exc
    return fig


def _empty(ax: Any, title: str) -> None:
    ax.set_title(title)
    ax.text(0.5, 0.5, "no data", ha="center", va="center", transform=ax.transAxes)
    ax.set_axis_off()


def _plot_similarity(fig: Any, ax: Any, table: Table, top: int) -> None:
    title = "省份相似度 province similarity (Jaccard)"
    if not table.rows:
        _empty(ax, title)
        return
    weight: dict[str, float] = defaultdict(float)
    for r in table.rows:
        weight[r[0]] += r[6]
        weight[r[1]] += r[6]
    names = sorted(weight, key=lambda n: (-weight[n], n))[:top]
    index = {n: i for i, n in enumerate(names)}
    # The diagonal (a province with itself, always 1) is left blank and the colours span
    # the pairs' own scores: otherwise the 1s wash out pairs that reach 0.2 at most.
    nan = float("nan")
    matrix = [[nan if i == j else 0.0 for j in range(len(names))] for i in range(len(names))]
    for r in table.rows:
        if r[0] in index and r[1] in index:
            matrix[index[r[0]]][index[r[1]]] = matrix[index[r[1]]][index[r[0]]] = r[6]
    top_score = max((v for row in matrix for v in row if v == v), default=0.0) or 1.0
    from matplotlib import colormaps

    cmap = colormaps["Blues"].with_extremes(bad="#dddddd")
    image = ax.imshow(matrix, cmap=cmap, vmin=0, vmax=top_score)
    ax.set_xticks(range(len(names)), labels=names, rotation=90)
    ax.set_yticks(range(len(names)), labels=names)
    ax.set_title(f"{title}; diagonal left blank")
    fig.colorbar(image, ax=ax, shrink=0.8)


def _plot_centrality(fig: Any, ax: Any, table: Table, top: int) -> None:
    title = "中心性 betweenness of programs and themes"
    if not table.rows:
        _empty(ax, title)
        return
    rows = list(table.rows[:top])[::-1]
    colours = ["#e67e22" if r[0] == "program" else "#27ae60" for r in rows]
    ax.barh(range(len(rows)), [r[4] for r in rows], color=colours)
    ax.set_yticks(range(len(rows)), labels=[_clip(r[1]) for r in rows])
    ax.set_xlabel("betweenness (orange: program, green: theme)")
    ax.set_title(title)


def _plot_communities(fig: Any, ax: Any, table: Table, top: int) -> None:
    title = f"社区 communities ({table.meta.get('method', '')}): members by kind"
    if not table.rows:
        _empty(ax, title)
        return
    groups: dict[int, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for c, kind, label, _ in table.rows:
        groups[c][kind].append(label)
    shown = sorted(groups)[: min(top, 15)][::-1]  # community 1 is the largest; draw it on top
    names = []
    for c in shown:
        members = groups[c]
        lead = members.get("province") or members.get("theme") or members.get("program") or []
        more = "…" if len(lead) > 4 else ""
        names.append(f"{c}: " + "、".join(_clip(x, 8) for x in lead[:4]) + more)
    left = [0] * len(shown)
    for kind, colour in (("province", "#2c7fb8"), ("program", "#e67e22"), ("theme", "#27ae60")):
        counts = [len(groups[c].get(kind, [])) for c in shown]
        ax.barh(range(len(shown)), counts, left=left, color=colour, label=kind)
        left = [a + b for a, b in zip(left, counts, strict=True)]
    ax.set_yticks(range(len(shown)), labels=names)
    ax.set_xlabel("members")
    ax.legend(fontsize=8, loc="lower right")
    ax.set_title(title)


def _plot_diffusion(fig: Any, ax: Any, table: Table, top: int) -> None:
    from datetime import date

    title = "扩散 diffusion: provinces implementing a program over time"
    if table.meta.get("theme"):
        title = f"扩散 diffusion: provinces implementing programs serving {table.meta['theme']}"
    dated = [r for r in table.rows if r[3]]
    if not dated:
        _empty(ax, title)
        return
    programs: dict[str, list[tuple[str, str]]] = defaultdict(list)
    names: dict[str, str] = {}
    for r in dated:
        programs[r[5]].append((r[3], r[2]))
        names[r[5]] = r[0]
    chosen = sorted(programs, key=lambda p: (-len(programs[p]), names[p]))[: min(top, 6)]
    for prog in chosen:
        points = sorted(programs[prog])
        xs = [date.fromisoformat(_full_date(d)) for d, _ in points]
        ys = list(range(1, len(points) + 1))
        ax.step(xs, ys, where="post", marker="o", label=_clip(names[prog], 16))
        if len(chosen) * len(points) <= 60:  # name the provinces while that stays legible
            for x, y, (_, province) in zip(xs, ys, points, strict=True):
                ax.annotate(province, (x, y), fontsize=7, xytext=(3, 3), textcoords="offset points")
    from matplotlib.ticker import MaxNLocator

    ax.yaxis.set_major_locator(MaxNLocator(integer=True))  # a count of provinces
    ax.set_ylabel("provinces (cumulative)")
    ax.set_title(title)
    ax.legend(fontsize=8, loc="upper left")
    ax.tick_params(axis="x", labelrotation=30)


def _full_date(text: str) -> str:
    """A date for plotting: YYYY and YYYY-MM become their first day."""
    parts = text[:10].split("-")
    return "-".join(parts + ["01"] * (3 - len(parts)))


def _clip(text: str, n: int = 20) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"


_PLOTTERS: dict[str, Callable[[Any, Any, Table, int], None]] = {
    "similarity": _plot_similarity,
    "centrality": _plot_centrality,
    "communities": _plot_communities,
    "diffusion": _plot_diffusion,
}
