"""One node per program: the key that makes a program the same across documents.

Pairs from the shared corpus: common names coined by many actors stay apart, surface
variants of one name merge.
"""

from __future__ import annotations

import kg
from kg.text.mentions import common_name, program_key


def _keys(text: str, province: str) -> set[str]:
    ex = kg.extract(text, id="t", province=province)
    return {a.object.key for a in ex.assertions if a.predicate == "implements"}


def test_programs_sharing_a_common_name_stay_apart() -> None:
    # gwr2026-shandong: two of the province's programs named “十大工程”
    keys = _keys("推进数字产业化“十大工程”。深入实施碳达峰“十大工程”。", "山东")
    assert len(keys) == 2
    # two provinces' 工业经济“头号工程” (gwr2026-zhejiang, gwr2026-jiangsu) are two programs
    assert _keys("持续做强工业经济“头号工程”。", "浙江") != _keys(
        "深入实施工业经济“头号工程”。", "江苏"
    )
    # and so are their “全省一张网”
    assert _keys("升级迭代公共资源交易“全省一张网”。", "甘肃") != _keys(
        "推进公共资源交易“全省一张网”建设。", "河南"
    )


def test_one_program_named_with_and_without_its_modifier_is_one() -> None:
    # the sample: 湖南、天津实施干部教育培训“三百工程”, and the bare name elsewhere
    assert _keys("湖南实施干部教育培训“三百工程”。", "湖南") == _keys(
        "深入实施“三百工程”。", "湖南"
    )


def test_an_event_is_one_program_across_its_editions() -> None:
    # gwr2026-liaoning names the 6th and the 7th 中国辽洽会; gwr2026-fujian the 8th and the
    # 9th 数字中国建设峰会: each a recurring event, one program
    assert len(_keys("办好第六届中国辽洽会。办好第七届中国辽洽会。", "辽宁")) == 1
    assert _keys("办好2025全球工业互联网大会。", "辽宁") == _keys(
        "办好2026全球工业互联网大会。", "辽宁"
    )


def test_the_whole_province_is_no_part_of_a_key() -> None:
    # policy-shandong-011: 全省人工智能应用场景测评公共服务平台 and the same without 全省
    assert program_key("全省人工智能应用场景测评公共服务平台") == program_key(
        "人工智能应用场景测评公共服务平台"
    )


def test_short_forms_are_spelled_out_in_keys() -> None:
    # gwr2026-zhejiang and gwr2026-jiangsu: 民企 / 民营企业参与重大项目
    assert program_key("民企参与重大项目") == program_key("民营企业参与重大项目")
    assert program_key("自贸区提升战略") == program_key("自由贸易试验区提升战略")


def test_common_names() -> None:
    assert common_name("十大工程") and common_name("五大行动") and common_name("头号工程")
    assert common_name("全省一张网")
    assert common_name("“百千万”工程") and common_name("十项重大工程")  # gwr2026-shanghai
    assert not common_name("三百工程") and not common_name("千万工程")
