"""``kg eval GOLD --against OTHER``: a second annotation scored against the gold."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.errors import InputError
from kg.relate.agreement import agreement
from tests.paths import GOLD


def _write(directory: Path, doc: str, entries: list[dict[str, object]]) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / f"{doc}.jsonl"
    lines = [json.dumps({"doc": doc, **e}, ensure_ascii=False) for e in entries]
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def _impl(o: str, optional: bool = False, alt: tuple[str, ...] = ()) -> dict[str, object]:
    return {"s": "湖南", "p": "implements", "o": o, "o_alt": list(alt), "optional": optional}


def _serves(s: str, o: str, optional: bool = False) -> dict[str, object]:
    return {"s": s, "s_alt": [], "p": "serves", "o": o, "o_alt": [], "optional": optional}


@pytest.fixture
def two(tmp_path: Path) -> tuple[Path, Path]:
    """Two annotators of one document: they agree on one program and its theme, differ on
    whether a second program is borderline, and each records one fact the other lacks."""
    gold = [
        _impl("“三百工程”"),
        _impl("干部教育培训基地", optional=True),
        _impl("青年干部理论提升工程"),
        _serves("“三百工程”", "干部教育培训"),
        {"s": "湖南", "p": "not_implements", "o": "“千万工程”经验", "why": "learned from"},
    ]
    other = [
        _impl("三百工程", alt=("干部教育培训“三百工程”",)),
        _impl("干部教育培训基地"),  # required here, optional in the gold: no false positive
        _impl("“千万工程”经验"),  # a trap of the gold
        _serves("三百工程", "干部教育培训"),
        _serves("三百工程", "人才培养"),
        _impl("乡村振兴示范项目", optional=True),  # optional here: not a prediction
    ]
    return _write(tmp_path / "a", "doc1", gold).parent, _write(tmp_path / "b", "doc1", other).parent


def test_an_annotation_agrees_with_itself(two: tuple[Path, Path]) -> None:
    report = agreement([two[0]], [two[0]])
    for p in ("implements", "serves"):
        assert report.total(p).f1 == 1.0
    assert report.docs[0].misses == [] and report.docs[0].extra == []


def test_the_other_annotations_required_entries_are_scored_as_predictions(
    two: tuple[Path, Path],
) -> None:
    report = agreement([two[0]], [two[1]])
    impl, serves = report.total("implements"), report.total("serves")
    # 三百工程 matches; 干部教育培训基地 hits an optional entry; the trap is a false one
    assert (impl.tp, impl.fp, impl.fn, impl.optional_hits) == (1, 1, 1, 1)
    assert (serves.tp, serves.fp, serves.fn) == (1, 1, 0)
    assert [g.o for g in report.docs[0].misses] == ["青年干部理论提升工程"]
    assert sorted(g.o for g in report.docs[0].extra) == ["“千万工程”经验", "人才培养"]
    assert report.traps_hit == 1


def test_swapping_the_two_gives_the_other_direction(two: tuple[Path, Path]) -> None:
    report = agreement([two[1]], [two[0]])
    impl = report.total("implements")
    # the gold's 青年干部理论提升工程 is extra; the other's 干部教育培训基地 and the trap missed
    assert (impl.tp, impl.fp, impl.fn) == (1, 1, 2)


def test_alternative_labels_of_both_sides_match(tmp_path: Path) -> None:
    gold = _write(tmp_path / "a", "d", [_impl("“三百工程”")])
    other = _write(tmp_path / "b", "d", [_impl("甲类培训计划", alt=("三百工程",))])
    assert agreement([gold], [other]).total("implements").tp == 1


def test_only_documents_both_cover_are_compared(tmp_path: Path, two: tuple[Path, Path]) -> None:
    _write(two[0], "doc2", [_impl("某某计划")])
    _write(two[1], "doc3", [])
    report = agreement([two[0]], [two[1]])
    assert [d.doc for d in report.docs] == ["doc1"]
    assert report.only_gold == ["doc2"] and report.only_other == ["doc3"]
    with pytest.raises(InputError, match="annotates none of the gold's documents"):
        agreement([two[0] / "doc2.jsonl"], [two[1] / "doc3.jsonl"])


def test_the_api_and_the_cli_report_the_same(two: tuple[Path, Path]) -> None:
    api = kg.agreement([two[0]], [two[1]]).as_dict()
    result = CliRunner().invoke(
        cli, ["eval", str(two[0]), "--against", str(two[1]), "--json"], obj={}
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == api
    text = CliRunner().invoke(cli, ["eval", str(two[0]), "--against", str(two[1])], obj={})
    assert "miss  doc1: implements 湖南 -> 青年干部理论提升工程" in text.output
    assert "extra doc1: serves 三百工程 -> 人才培养" in text.output
    assert "implements  precision 0.500  recall 0.500  F1 0.500  (tp 1, fp 1, fn 1)" in text.output


def test_against_runs_no_extraction_so_extraction_options_are_an_error(
    two: tuple[Path, Path],
) -> None:
    result = CliRunner().invoke(
        cli, ["eval", str(two[0]), "--against", str(two[1]), "--by-rule"], obj={}
    )
    assert result.exit_code == 2
    assert "--against compares two annotations" in result.output


def test_the_second_annotation_of_dev_covers_only_dev_documents() -> None:
    """tests/gold/agreement annotates dev documents anew; it never touches test/."""
    second = sorted(p.stem for p in (GOLD / "agreement").glob("*.jsonl"))
    dev = {p.stem for p in (GOLD / "dev").glob("*.jsonl")}
    test = {p.stem for p in (GOLD / "test").glob("*.jsonl")}
    assert len(second) >= 20 and set(second) <= dev and not set(second) & test
    report = agreement([GOLD / "dev"], [GOLD / "agreement"])
    assert len(report.docs) == len(second)
    for p in ("implements", "serves"):
        assert 0 < report.total(p).tp
