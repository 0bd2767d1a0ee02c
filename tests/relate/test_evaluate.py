"""Quality gates on the shared sample's gold, and the gold README's label-matching rule."""

from __future__ import annotations

import pytest

from kg.relate.evaluate import EvalReport, evaluate, labels_match
from tests.paths import SHARED

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
