"""The constructions of issue 13, each from a real sentence of the shared corpus (work
reports and stories that are not in tests/gold/test)."""

from __future__ import annotations

import kg


def _implemented(text: str, province: str | None = None) -> set[tuple[str, str]]:
    ex = kg.extract(text, id="t", province=province)
    return {(a.subject.label, a.object.label) for a in ex.assertions if a.predicate == "implements"}


def test_head_nouns_beyond_the_type_words() -> None:
    # gwr2026-shandong: a tourist train, seasons of consumption listed without quotes
    got = _implemented(
        "举办春夏秋冬消费季、外贸优品购物季等活动6000多场，"
        "创新推出好客山东“齐鲁1号”旅游列车、“半岛1号”海上游等旅游产品。",
        "山东",
    )
    assert {
        ("山东", "春夏秋冬消费季"),
        ("山东", "外贸优品购物季"),
        ("山东", "好客山东“齐鲁1号”旅游列车"),
    } <= got
    # gwr2026-guizhou: measures, a working mechanism
    got = _implemented(
        "创新实施重大项目建设“5+3”工作机制，出台“开门红”系列政策举措，一、二季度经济平稳增长。",
        "贵州",
    )
    assert {("贵州", "重大项目建设“5+3”工作机制"), ("贵州", "“开门红”系列政策举措")} <= got
    # gwr2026-henan: campaigns fought out, fairs held
    assert _implemented("全力打好夏秋季发展战役、冬春季攻保战役。", "河南") == {
        ("河南", "夏秋季发展战役"),
        ("河南", "冬春季攻保战役"),
    }
    assert ("甘肃", "兰洽会") in _implemented(
        "兰洽会、文博会、公祭伏羲大典影响力不断提升。", "甘肃"
    )


def test_the_program_as_the_subject_and_the_province_as_its_possessor() -> None:
    # gwr2026-hunan and others: 国企改革深化提升行动 reported done
    assert ("湖南", "国企改革深化提升行动") in _implemented(
        "国企改革深化提升行动圆满收官。", "湖南"
    )
    assert ("山东", "“好客山东”品牌工程") in _implemented("山东的“好客山东”品牌工程持续推进。")


def test_a_verb_behind_an_adverbial_or_a_frame() -> None:
    # gwr2026-guizhou
    got = _implemented(
        "战略性推进富矿精开，集中力量建设“六大产业基地”，逐一制定“一图三清单”。", "贵州"
    )
    assert ("贵州", "“六大产业基地”") in got
    assert ("贵州", "“四改”") in _implemented(
        "以“四改”为抓手提升城镇品质，累计完成棚户区改造47.6万套。", "贵州"
    )


def test_partners_are_not_actors() -> None:
    # gwr2026-gansu: 与四川、宁夏、青海共建… gives the author province only
    got = _implemented("与四川、宁夏、青海共建黄河上游生态保护协作机制。", "甘肃")
    assert {s for s, _ in got} == {"甘肃"}
    got = _implemented("贵州与28个国家建立对口合作交流机制。")
    assert {s for s, _ in got} == {"贵州"}


def test_actors_that_are_not_provinces_give_no_fact() -> None:
    # the example: banks of several provinces using loan products
    assert not _implemented(
        "河北、天津、浙江等多地金融机构运用“科技云贷”“科创贷”等产品，为科技企业提供融资支持。"
    )
    # xwlb-20251125-07: firms and the railway launch a model
    assert not _implemented("快递企业与铁路部门创新推出“前置仓+铁路班列”模式，运输时效提升约30%。")


def test_carrying_out_a_provinces_own_program_but_not_anothers_policy() -> None:
    # gwr2026-zhejiang: 我省“民营经济32条” is the province's own; the national “两新”
    # policy carried out (落实) is not (tests/gold/README.md, decisions)
    assert ("浙江", "“民营经济32条”") in _implemented("深入落实我省“民营经济32条”。", "浙江")
    assert not _implemented("认真落实“两新”政策。", "浙江")
