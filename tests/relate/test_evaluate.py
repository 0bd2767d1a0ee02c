"""Quality gates on the shared sample's gold, and the gold README's label-matching rule."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.api import evaluate as kg_evaluate
from kg.cli import cli
from kg.errors import InputError
from kg.read import read_path
from kg.relate.evaluate import PREDICATES, EvalReport, evaluate, labels_match
from kg.relate.extract import extract_document
from kg.relate.rules import REGISTRY
from tests.paths import GOLD, SHARED

SAMPLE_GOLD = sorted((SHARED / "gold").glob("*.jsonl"))


@pytest.fixture(scope="module")
def sample_report() -> EvalReport:
    if not SAMPLE_GOLD:
        pytest.skip(f"no shared gold under {SHARED}")
    return evaluate(SAMPLE_GOLD)


def test_sample_implements_f1_is_at_least_095(sample_report: EvalReport) -> None:
    scores = sample_report.total("implements")
    assert scores.f1 >= 0.95, scores.as_dict()


def test_sample_serves_f1_is_at_least_085(sample_report: EvalReport) -> None:
    scores = sample_report.total("serves")
    assert scores.f1 >= 0.85, scores.as_dict()


def test_no_trap_is_extracted(sample_report: EvalReport) -> None:
    traps = [(g.s, g.o, a.rule) for d in sample_report.docs for g, a in d.traps]
    assert traps == []


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("三百工程", "三百工程"),  # equal
        ("“三百工程”", "三百工程"),  # equal once quotes are removed
        ("《八八战略》", "八八战略"),  # equal once book-title marks are removed
        ("「三百工程」", "三百工程"),  # corner brackets too
    ],
)
def test_equal_labels_match(predicted: str, gold: str) -> None:
    assert labels_match(predicted, gold)


def test_containment_needs_the_shorter_to_be_at_least_half_as_long() -> None:
    assert labels_match("青年干部理论提升工程", "理论提升工程")  # 6 of 10
    assert labels_match("农业转移人口市民化", "新一轮农业转移人口市民化行动")  # 9 of 14
    assert not labels_match("干部教育培训“三百工程”", "三百工程")  # 4 of 10
    assert not labels_match("习近平总书记关于党的建设的重要思想", "党的建设")  # 4 of 17


def test_bigram_dice_of_06_matches() -> None:
    # 数字政府大脑 / 数字政府平台: bigrams 数字 字政 政府 shared, 2*3/(5+5) = 0.6
    assert labels_match("数字政府大脑", "数字政府平台")
    # 文旅业态融合 / 文旅融合: 2*2/(5+3) = 0.5
    assert not labels_match("文旅业态融合", "文旅融合")


def test_empty_labels_never_match() -> None:
    assert not labels_match("", "三百工程")
    assert not labels_match("“”", "")


# --- directories, parts, rules ------------------------------------------------------------


def _small_gold(n: int) -> list[str]:
    """n short dev stories with gold lines, each with a province implementing a program."""
    dev = GOLD / "dev"
    texts = sorted(dev.glob("docs/xwlb-*.txt"), key=lambda p: (p.stat().st_size, p.name))
    out = []
    for text in texts:
        gold = dev / f"{text.stem}.jsonl"
        if not gold.is_file() or not gold.read_text(encoding="utf-8").strip():
            continue
        ex = extract_document(read_path(str(text))[0])
        if any(a.predicate == "implements" for a in ex.assertions):
            out.append(text.stem)
        if len(out) == n:
            return out
    pytest.skip(f"fewer than {n} dev stories with an implements assertion")


def _gold_dir(root: Path, name: str, stems: list[str], empty: tuple[str, ...] = ()) -> Path:
    """A gold directory of copies of dev files; ``empty`` documents get an empty gold file."""
    d = root / name
    (d / "docs").mkdir(parents=True)
    for stem in (*stems, *empty):
        shutil.copy(GOLD / "dev" / "docs" / f"{stem}.txt", d / "docs" / f"{stem}.txt")
        gold = (GOLD / "dev" / f"{stem}.jsonl").read_text(encoding="utf-8")
        (d / f"{stem}.jsonl").write_text("" if stem in empty else gold, encoding="utf-8")
    return d


@pytest.fixture(scope="module")
def two_parts(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, str]:
    root = tmp_path_factory.mktemp("gold")
    a, b, c, d = _small_gold(4)
    return _gold_dir(root, "one", [a, b]), _gold_dir(root, "two", [c], empty=(d,)), d


def test_directories_are_parts_of_their_own_beside_the_total(
    two_parts: tuple[Path, Path, str],
) -> None:
    one, two, _ = two_parts
    report = kg_evaluate([one, two])
    assert list(report.parts) == [str(one), str(two)]
    assert len(report.docs) == 4
    for pred in PREDICATES:
        parts = [report.total(pred, part) for part in report.parts]
        total = report.total(pred)
        assert (total.tp, total.fp, total.fn) == (
            sum(s.tp for s in parts),
            sum(s.fp for s in parts),
            sum(s.fn for s in parts),
        )
    assert set(report.as_dict()["parts"]) == {str(one), str(two)}  # type: ignore[arg-type]


def test_an_empty_gold_file_makes_every_prediction_false(two_parts: tuple[Path, Path, str]) -> None:
    _, two, empty = two_parts
    report = kg_evaluate([two])
    (result,) = [d for d in report.docs if d.doc == empty]
    doc = read_path(str(two / "docs" / f"{empty}.txt"))[0]
    predicted = extract_document(doc).assertions
    assert predicted, "the document's extraction has assertions"
    assert sum(s.fp for s in result.scores.values()) == len(predicted)
    assert sum(s.tp + s.fn for s in result.scores.values()) == 0


def test_each_true_and_false_positive_counts_for_its_rules(
    two_parts: tuple[Path, Path, str],
) -> None:
    one, two, _ = two_parts
    report = kg_evaluate([one, two], by_rule=True)
    rules = report.by_rule()
    for pred, kinds in (("implements", ("program",)), ("serves", ("theme",))):
        ids = {r.id for k in kinds for r in REGISTRY.rules(k)}
        total = report.total(pred)
        # every assertion has one program (or theme) rule; implements may add a subject rule
        assert sum(s.tp for r, s in rules[pred].items() if r in ids) == total.tp
        assert sum(s.fp for r, s in rules[pred].items() if r in ids) == total.fp
    assert set(rules["implements"]) >= {"impl.quoted", "carried", "author"}
    assert "by_rule" in report.as_dict()
    assert "by_rule" not in kg_evaluate([two]).as_dict()


def test_without_a_rule_it_makes_no_assertion(two_parts: tuple[Path, Path, str]) -> None:
    one, two, _ = two_parts
    full = kg_evaluate([one, two]).by_rule()
    fired = [r for r, s in full["implements"].items() if s.tp + s.fp and r.startswith("impl.")]
    assert fired, "some program rule fires on the small gold"
    report = kg_evaluate([one, two], without=[fired[0]])
    after = report.by_rule()["implements"][fired[0]]
    assert (after.tp, after.fp) == (0, 0)
    assert report.as_dict()["without"] == [fired[0]]
    with pytest.raises(InputError, match="no rule"):
        kg_evaluate([one], without=["impl.nothing"])


def test_eval_through_the_command_line(two_parts: tuple[Path, Path, str]) -> None:
    one, two, _ = two_parts
    runner = CliRunner()
    args = ["eval", str(one), str(two), "--no-errors", "--by-rule", "--without", "impl.slogan"]
    result = runner.invoke(cli, args, obj={})
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert f"{one}: 2 documents" in out and f"{two}: 2 documents" in out
    assert "total:" in out and "documents: 4" in out
    assert "without: impl.slogan" in out
    assert "by rule:" in out and "impl.slogan" in out
    assert out.count("implements  precision") == 3  # each part, then the total
    result = runner.invoke(cli, ["eval", str(one), "--without", "impl.nothing"], obj={})
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "no rule impl.nothing" in result.stderr
    result = runner.invoke(cli, ["eval", str(one), "--json", "--by-rule"], obj={})
    data = json.loads(result.stdout)
    assert data["by_rule"]["serves"].keys() == {r.id for r in REGISTRY.rules("theme")}


def test_matching_is_the_largest_one_to_one_whatever_the_order_of_the_gold(
    tmp_path: Path,
) -> None:
    # 接诉即办改革国际论坛 matches both entries, “接诉即办” only the first: taking the first
    # entry for the forum (in the order of the gold lines) would leave one right fact unmatched
    (tmp_path / "docs").mkdir()
    text = "北京举办接诉即办改革国际论坛，深化“接诉即办”。\n"
    (tmp_path / "docs" / "t.txt").write_text(text, encoding="utf-8")
    lines = [
        {"doc": "t", "s": "北京", "p": "implements", "o": "接诉即办改革", "o_alt": []},
        {"doc": "t", "s": "北京", "p": "implements", "o": "接诉即办改革国际论坛", "o_alt": []},
    ]
    gold = tmp_path / "t.jsonl"
    gold.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), "utf-8")
    got = evaluate([gold]).total("implements")
    assert (got.tp, got.fp, got.fn) == (2, 0, 0)


@pytest.mark.parametrize(
    ("line", "says"),
    [
        ('{"doc": "a", "s": "浙江", "o": "x"}', "line 1: a gold entry needs 'p'"),
        ("[1, 2]", "line 1: not a JSON object"),
        (
            '{"doc": "a", "s": "浙", "p": "serves", "o": "x", "s_alt": "浙江省"}',
            "line 1: 's_alt' must",
        ),
        ('{"doc": "a",', "line 1: invalid JSON"),
        ('{"doc": "a", "s": "浙江", "p": "runs", "o": "x"}', "line 1: unknown relation 'runs'"),
    ],
)
def test_a_malformed_gold_line_is_named(tmp_path: Path, line: str, says: str) -> None:
    gold = tmp_path / "a.jsonl"
    gold.write_text(line + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["eval", str(gold)], obj={})
    assert result.exit_code == 2
    assert result.stderr.startswith(f"kg: error: {gold}: {says}")
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
