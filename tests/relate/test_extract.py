"""Extraction from short real sentences: each construction of issue 3, one test each.

The sentences come from the sample article (组织工作 2023-09-27), the 2025 新闻联播 stories
and the 2026 provincial work reports of ../shared/corpus; a few are cut short.
"""

from __future__ import annotations

import pytest

from kg.read import read_text
from kg.relate.extract import Extraction, author_province, extract_document
from kg.relate.rules import RULES
from kg.text.lexicon import load_lexicon
from tests.paths import GOLD

Triple = tuple[str, str, str]


def extract(text: str, **meta: str) -> Extraction:
    return extract_document(read_text(text, id="t", **meta))


def triples(ex: Extraction, predicate: str | None = None) -> set[Triple]:
    return {
        (a.subject.label, a.predicate, a.object.label)
        for a in ex.assertions
        if predicate is None or a.predicate == predicate
    }


def implemented(text: str, **meta: str) -> set[tuple[str, str]]:
    return {(s, o) for s, _, o in triples(extract(text, **meta), "implements")}


# --- implements -------------------------------------------------------------------


def test_coordinated_provinces_each_implement_the_program() -> None:
    got = implemented("湖南、天津实施干部教育培训“三百工程”，加强师资课程教材体系建设。")
    assert got == {("湖南", "干部教育培训“三百工程”"), ("天津", "干部教育培训“三百工程”")}


def test_three_coordinated_provinces_share_one_verb() -> None:
    got = implemented(
        "吉林、河南完善“关键对象”学习机制，黑龙江、宁夏、新疆扎实推进述学评学考学，"
        "推动领导干部领学带学。"
    )
    assert {s for s, o in got if o == "述学评学考学"} == {"黑龙江", "宁夏", "新疆"}
    assert {s for s, o in got if o == "“关键对象”学习机制"} == {"吉林", "河南"}


def test_the_subject_is_carried_across_the_clauses_of_a_sentence() -> None:
    ex = extract(
        "河南在省直单位深化“党的创新理论进机关”活动，实施“青年干部理论提升工程”，"
        "举办中原大讲堂、经纬讲坛、读书分享会等，助力党员干部提升理论素养。"
    )
    got = {
        (a.subject.label, a.object.label): a.rule
        for a in ex.assertions
        if a.predicate == "implements"
    }
    assert got[("河南", "“青年干部理论提升工程”")] == "impl.quoted+carried"
    assert ("河南", "中原大讲堂") in got and ("河南", "经纬讲坛") in got


def test_enumerated_items_after_one_verb_are_programs() -> None:
    got = implemented("河南举办中原大讲堂、经纬讲坛、读书分享会等，助力党员干部提升理论素养。")
    assert {o for _, o in got} == {"中原大讲堂", "经纬讲坛", "读书分享会"}


def test_an_enumeration_named_as_a_whole_is_one_program() -> None:
    got = implemented("四川大力推进思想领航、党性铸魂、专业赋能、先锋淬炼、薪火传承五大工程。")
    assert got == {("四川", "思想领航、党性铸魂、专业赋能、先锋淬炼、薪火传承五大工程")}


def test_a_plan_in_book_title_marks_is_implemented_by_drafting_it() -> None:
    ex = extract(
        "四川研究制定《关于实施习近平新时代中国特色社会主义思想凝心铸魂计划的意见》，"
        "持续推动党的创新理论武装工作。"
    )
    rules = {a.object.label: a.rule for a in ex.assertions if a.predicate == "implements"}
    assert rules == {"习近平新时代中国特色社会主义思想凝心铸魂计划": "impl.plan"}


def test_several_plans_in_a_row_share_the_verb() -> None:
    got = implemented(
        "研究出台《山东省数字基础设施建设行动方案》《山东省数字政府建设行动计划》等政策措施。",
        province="山东",
    )
    assert {o for _, o in got} == {"山东省数字基础设施建设行动方案", "山东省数字政府建设行动计划"}


@pytest.mark.parametrize(
    "text",
    [
        "内蒙古认真学习“千万工程”做法，努力把学习成效体现在工作成效上。",
        "安徽认真借鉴“浦江经验”，持续用力解决民生领域突出问题。",
        "今年，云南学习运用“千万工程”经验，深化农村人居环境整治。",
    ],
)
def test_a_borrowed_program_is_not_implemented(text: str) -> None:
    assert not any("千万工程" in o or "浦江" in o for _, o in implemented(text))


def test_a_national_program_the_province_only_carries_out_is_not_its_own() -> None:
    assert (
        implemented("今年，上海还将全面对接国际高标准经贸规则，落实自贸试验区提升战略。") == set()
    )
    got = implemented(
        "福建厦门发布措施，加大力度落实“两新”政策，计划在今年一季度推动实施40个设备更新项目。"
    )
    assert not any("两新" in o for _, o in got)


def test_a_program_of_someone_the_province_supports_is_not_its_own() -> None:
    text = "加力支持南昌大学整体建设“双一流”高校，积极推进江西高等研究院建设。"
    assert not any("双一流" in o for _, o in implemented(text, province="江西"))


def test_programs_named_as_examples_inside_another_are_not_implemented() -> None:
    got = implemented(
        "福建用好习近平新时代中国特色社会主义思想学习基地，首批精选福州市“3820战略工程”等24个教学点，"
        "开展沉浸式教育。"
    )
    assert got == {("福建", "习近平新时代中国特色社会主义思想学习基地")}


def test_a_city_acting_alone_is_not_a_province() -> None:
    ex = extract("福州市实施“数字福州”工程。")
    assert triples(ex, "implements") == set()
    place = next(m for m in ex.mentions if m.kind == "place")
    assert place.label == "福州市" and place.province == "fujian"


def test_a_city_after_its_province_is_the_province() -> None:
    assert implemented("浙江杭州推出“亲清在线”平台。") == {("浙江", "“亲清在线”平台")}


def test_a_place_clause_names_the_province_for_the_local_actor() -> None:
    got = implemented("在四川达州，当地推出百万家电专项补贴活动，家电消费市场热力不减。")
    assert got == {("四川", "百万家电专项补贴活动")}


def test_collective_subjects_are_not_provinces() -> None:
    assert implemented("各省区市扎实实施党的创新理论学习教育计划。") == set()


def test_traditional_characters_give_the_same_triples() -> None:
    simplified = "湖南、天津实施干部教育培训“三百工程”。"
    traditional = "湖南、天津實施幹部教育培訓「三百工程」。"
    assert implemented(traditional) == implemented(simplified)


def test_a_work_report_author_is_the_unnamed_actor() -> None:
    title = "2026年河北省政府工作报告"
    got = implemented(f"{title}\n我们实施“燕赵英才”计划，开展“冀学”行动。", title=title)
    assert got == {("河北", "“燕赵英才”计划"), ("河北", "“冀学”行动")}


def test_a_provincial_policy_document_is_recognised_by_how_it_speaks_of_itself() -> None:
    text = (
        "为深入贯彻习近平总书记关于发展数字经济的重要论述，全面落实全省数字经济高质量发展工作会议"
        "部署要求，推动全省在数字经济发展新赛道上跑出加速度，结合山东大数据工作实际，制定如下措施\n"
        "加强与各市、各省直部门的沟通协调。实施数字强省重点人才引育工程。"
    )
    doc = read_text(text, id="t")
    assert author_province(doc, load_lexicon()) == "shandong"
    assert ("山东", "数字强省重点人才引育工程") in implemented(text)


def test_a_citys_policy_document_is_not_its_provinces() -> None:
    # policy-shandong-016 (青岛): it names 山东 and speaks of itself as a city
    text = (
        "为贯彻落实山东省人工智能教育部署，推动全市人工智能教育发展，结合青岛实际，制定本意见\n"
        "全市中小学开展人工智能教育。建立全市人工智能教育联盟。全市统筹推进，全市一盘棋，"
        "在全省示范引领，争当全省标杆，为全省作贡献。"
        "实施“人工智能+教育”行动。"
    )
    assert author_province(read_text(text, id="t"), load_lexicon()) is None


def test_a_city_bureaus_report_is_not_its_provinces() -> None:
    # policy-shandong-028 (judged round 46): a 青岛 bureau names its city far more often than
    # it mentions “数字山东” or 全省
    text = (
        "今年以来，为贯彻落实“数字山东”“数字青岛”部署要求，青岛市行政审批服务局打造新模式。\n"
        "青岛市推行“零材料”申报。青岛市推行“自动推”管理模式。青岛市实现全省率先。"
        "青岛市全面推开，全省首创。"
    )
    assert author_province(read_text(text, id="t"), load_lexicon()) is None


def test_a_news_story_has_no_author() -> None:
    text = "央视网消息（新闻联播）：全省各地认真贯彻落实全省会议精神，全省上下齐心协力。实施“百县千镇”工程。"
    assert author_province(read_text(text, id="t"), load_lexicon()) is None


def test_a_sentence_opening_with_tongshi_keeps_the_actor_of_the_one_before() -> None:
    ex = extract(
        "今年，重庆还加快实施“渝车出海”行动计划，支持汽车企业布局海外市场。"
        "同时，积极构建数字化外贸综合服务平台，加快推动高水平对外开放。"
    )
    rules = {a.object.label: a.rule for a in ex.assertions if a.predicate == "implements"}
    assert rules["数字化外贸综合服务平台"] == "impl.typed-np+carried-sentence"
    assert ("“渝车出海”行动计划", "serves", "汽车企业布局海外市场") in triples(ex)


def test_two_provinces_named_together_are_what_liangshengshi_refers_to() -> None:
    got = implemented("重庆、四川牢固树立“一盘棋”思想。两省市携手推进成渝中线科技走廊建设。")
    assert got == {("重庆", "成渝中线科技走廊"), ("四川", "成渝中线科技走廊")}


def test_a_program_reported_as_carried_out_after_it_is_named() -> None:
    ex = extract("“2030启航计划”启动实施，登记技术合同成交额增长19.5%。", province="江西")
    assert {(a.object.label, a.rule) for a in ex.assertions} == {
        ("“2030启航计划”", "impl.topic+author")
    }


def test_an_adverb_joined_to_the_verb_still_governs_the_program() -> None:
    # policy-shandong-045: jieba reads 积极开展 as one word
    got = implemented(
        "积极开展5G“百城万站”“百企千例”推广行动,聚焦智能制造发展需求。", province="山东"
    )
    assert ("山东", "“百企千例”推广行动") in got


def test_speeding_up_the_building_of_a_named_thing_implements_it() -> None:
    # 2026 甘肃 work report; a system (体系) is too general to be built so
    got = implemented("加快美丽甘肃示范区建设。加强师资课程教材体系建设。", province="甘肃")
    assert got == {("甘肃", "美丽甘肃示范区")}


def test_a_second_program_after_he_and_numbers_inside_a_name() -> None:
    # 2026 甘肃 work report
    got = implemented(
        "深入实施企业挂牌上市“玉如意计划”和贷款畅通工程。办好红军三大主力会宁会师90周年纪念活动。",
        province="甘肃",
    )
    assert {o for _, o in got} == {
        "企业挂牌上市“玉如意计划”",
        "贷款畅通工程",
        "红军三大主力会宁会师90周年纪念活动",
    }


def test_jianshe_after_a_noun_is_the_building_of_it_not_a_verb() -> None:
    # 2026 甘肃 work report: 营商环境建设“…” is a ranking, 文明甘肃建设 names the program
    got = implemented(
        "营商环境建设“西部领先、全国靠前”。实施文明甘肃建设“六大工程”。", province="甘肃"
    )
    assert got == {("甘肃", "文明甘肃建设“六大工程”")}


def test_a_program_approved_for_the_province_is_not_its_own() -> None:
    # jieba cuts 获批 into 获 + 批
    got = implemented(
        "获批建设中国—哈萨克斯坦草原生态修复2家“一带一路”联合实验室。", province="甘肃"
    )
    assert got == set()


def test_national_designations_and_counted_facilities_are_not_programs() -> None:
    # 2026 甘肃 and 江西 work reports
    got = implemented(
        "推进兰州国家城市更新试点建设。布局建设5家左右专业类省级概念验证中心。", province="甘肃"
    )
    assert got == set()


# --- serves -----------------------------------------------------------------------


def test_a_frame_before_the_program_names_its_themes() -> None:
    ex = extract("江苏围绕“两个结合”、“六个必须坚持”等组织开发“世界观方法论”系列课程。")
    assert {o for _, p, o in triples(ex) if p == "serves"} == {"两个结合", "六个必须坚持"}


def test_a_frame_with_a_verb_of_its_own_covers_the_next_action() -> None:
    # 2026 江西 work report: the frame's object is itself a verb phrase
    ex = extract(
        "聚焦加快构建体现江西特色和优势的现代化产业体系，深化实施“1269”行动计划。"
        "围绕加快打造“三大高地”，深入实施“五大战略”。",
        province="江西",
    )
    got = {(s, o) for s, p, o in triples(ex) if p == "serves"}
    assert ("“1269”行动计划", "现代化产业体系") in got
    assert ("“五大战略”", "三大高地") in got


def test_a_frame_that_no_program_follows_frames_the_one_before_when_it_closes() -> None:
    # policy-shandong-045: between two actions a bare frame leads the one after it (judged
    # wrong twice in whole/round20, since 0.9.208); closing the sentence it frames the program
    text = "积极开展“百企千例”推广行动,聚焦智能制造发展需求,推进5G全连接工厂建设。"
    assert not [t for t in triples(extract(text, province="山东")) if t[1] == "serves"]
    ex = extract("积极开展“百企千例”推广行动,聚焦智能制造发展需求。", province="山东")
    assert ("“百企千例”推广行动", "serves", "智能制造发展需求") in triples(ex)


def test_an_occasion_seized_frames_the_program() -> None:
    # xwlb-20250104-08
    ex = extract("黑龙江省抢抓亚冬会契机，打造“跟着赛事去旅行”精品主题旅游线路。")
    assert ("“跟着赛事去旅行”精品主题旅游线路", "serves", "亚冬会") in triples(ex)


def test_a_frame_does_not_reach_over_a_semicolon() -> None:
    # 2026 江西 work report
    ex = extract(
        "围绕科技创新、产业需求育人，实施高等教育学科专业设置调整优化行动；"
        "加快职业教育产教融合示范区建设。",
        province="江西",
    )
    framed = {s for s, p, o in triples(ex) if p == "serves" and o in ("科技创新", "产业需求育人")}
    assert "高等教育学科专业设置调整优化行动" in framed
    assert "职业教育产教融合示范区" not in framed


def test_a_purpose_clause_after_the_program_names_its_theme() -> None:
    ex = extract("河南举办中原大讲堂、经纬讲坛等，助力党员干部提升理论素养。")
    assert ("中原大讲堂", "serves", "理论素养") in triples(ex)


def test_a_theme_inside_a_programs_name_is_served() -> None:
    ex = extract("浙江实施“习近平总书记关于党的建设的重要思想学习宣传研究工程”。")
    serves = {
        (o, a.rule) for a in ex.assertions if a.predicate == "serves" for o in [a.object.label]
    }
    assert ("习近平总书记关于党的建设的重要思想", "serves.embedded") in serves


def test_the_topic_a_programs_name_states_is_served() -> None:
    ex = extract("实施县域普通高中振兴行动，办好特殊教育。", province="江西")
    assert ("县域普通高中振兴行动", "serves", "县域普通高中") in triples(ex)


def test_works_named_by_what_they_carry_or_their_phase_serve_no_topic() -> None:
    # 2026 甘肃 work report and xwlb-20250103-02
    ex = extract("建成陇电入浙工程，启动实施引洮延伸增效工程。", province="甘肃")
    assert not [a for a in ex.assertions if a.predicate == "serves"]
    ex = extract("川渝两地合作共建的万州新田港二期工程全面建成。")
    assert not [a for a in ex.assertions if a.predicate == "serves"]


def test_what_a_name_strengthens_or_raises_is_served() -> None:
    # 2026 江西 and 甘肃 work reports: 稳/强 + field, and a type word holding the doing
    ex = extract(
        "深入实施稳外贸行动。开展公民法治素养提升行动。加力实施强基础行动。", province="江西"
    )
    got = {(s, o) for s, p, o in triples(ex) if p == "serves"}
    assert got == {("稳外贸行动", "外贸"), ("公民法治素养提升行动", "公民法治素养")}


def test_a_back_reference_resolves_to_the_theme_named_before() -> None:
    ex = extract(
        "系统阐述习近平总书记关于党的建设的重要思想，是这次会议的灵魂所在。"
        "云南抓好组工讲堂辅导学等“五学联动”，引导党员干部充分认识这一重要思想的重大意义。"
    )
    refs = [a for a in ex.assertions if a.predicate == "serves" and a.rule == "serves.backref"]
    assert [(a.subject.label, a.object.label) for a in refs] == [
        ("“五学联动”", "习近平总书记关于党的建设的重要思想")
    ]


def test_a_purpose_given_with_wei_zhuru() -> None:
    ex = extract(
        "西藏构建新型电力系统示范区和清洁可再生能源利用示范区，为西藏高质量发展注入新动力。"
    )
    assert ("清洁可再生能源利用示范区", "serves", "高质量发展") in triples(ex)


def test_a_topic_clause_opening_the_sentence_states_the_aim() -> None:
    # 2026 江西 work report: the clause before the action says what it is for
    ex = extract(
        "推动社会保险扩面提质，实施“社保百千万”行动；优化基本医疗保险省级调剂金制度，"
        "开展“技能照亮前程”培训行动。",
        province="江西",
    )
    got = {(s, o) for s, p, o in triples(ex) if p == "serves"}
    assert ("“社保百千万”行动", "社会保险扩面提质") in got
    # a topic its own name states replaces the clause's (高质量参保行动 → 参保, 0.9.50)
    ex = extract("推动社会保险扩面提质，实施高质量参保行动。", province="江西")
    got = {(s, o) for s, p, o in triples(ex) if p == "serves"}
    assert got == {("高质量参保行动", "参保")}
    # the topic reaches neither over ； nor a measure of a general thing
    assert not any(s == "“技能照亮前程”培训行动" for s, _ in got)


def test_a_topic_clause_reaches_only_the_next_action() -> None:
    ex = extract(
        "强化公共卫生服务，实施“减盐减油”行动，健全疾病预防控制体系，加强心理健康服务。",
        province="湖南",
    )
    got = {(s, o) for s, p, o in triples(ex) if p == "serves"}
    assert ("“减盐减油”行动", "公共卫生服务") in got
    assert not any(s == "疾病预防控制体系" for s, _ in got)


def test_a_cue_that_opens_one_more_action_of_a_list_is_no_purpose() -> None:
    # 推动… here is the next action of the list, not the aim of the program before it
    ex = extract(
        "深化“网格化+数字化”融合治理，推动行业协会商会改革发展，加强志愿服务体系建设。",
        province="江西",
    )
    assert not [a for a in ex.assertions if a.rule == "serves.purpose"]


def test_items_before_a_head_of_means_are_not_themes() -> None:
    ex = extract("聚焦育龙头、强链群、拓市场等关键环节，实施产业创新工程。", province="江西")
    assert not [a for a in ex.assertions if a.rule == "serves.frame"]


def test_a_last_clause_says_what_the_actions_build_up_to() -> None:
    # policy-shandong-045
    ex = extract(
        "有序推进“实景三维山东”和“透视山东”建设，构建山东省域三维时空基础底座。", province="山东"
    )
    got = {(s, o) for s, p, o in triples(ex) if p == "serves"}
    assert ("“透视山东”建设", "山东省域三维时空基础底座") in got


def test_the_topic_written_around_a_quoted_name_is_served() -> None:
    # 2026 甘肃 and 江西 work reports: before the quote, or between it and the type word
    ex = extract("开展职工关心关爱“四个1”活动。制定实施“九五”普法规划。", province="甘肃")
    got = {(s, o) for s, p, o in triples(ex) if p == "serves"}
    assert ("职工关心关爱“四个1”活动", "职工关心关爱") in got
    assert ("“九五”普法规划", "普法") in got
    # the form of a program (…现场教学线路) is not what it is for
    ex = extract("河北打造“沿着总书记足迹”现场教学线路。")
    assert not [a for a in ex.assertions if a.predicate == "serves"]


# --- every assertion is traceable -------------------------------------------------


def test_every_assertion_has_a_documented_rule_and_a_confidence() -> None:
    ex = extract(
        "河南在省直单位深化“党的创新理论进机关”活动，实施“青年干部理论提升工程”，"
        "举办中原大讲堂、经纬讲坛、读书分享会等，助力党员干部提升理论素养。"
    )
    assert ex.assertions
    for a in ex.assertions:
        assert all(part in RULES for part in a.rule.split("+")), a.rule
        assert 0 < a.confidence <= 1
        assert a.evidence.text in ex.document.text


# --- what is read closely ---------------------------------------------------------


def test_clauses_that_cannot_name_a_program_are_skipped_without_loss(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Only clauses with a quote, a title, a type word or a slogan are segmented and read
    # by the program rules; reading every clause of the gold documents finds the same.

    import kg.relate.sentence
    from kg.read import read_path

    gold_docs = sorted((GOLD / "dev" / "docs").glob("*.txt"))
    docs = [d for p in gold_docs for d in read_path(str(p))]
    lex = load_lexicon()
    skipping = [extract_document(d, lex) for d in docs]
    assert sum(len(ex.assertions) for ex in skipping) > 100
    monkeypatch.setattr(kg.relate.sentence, "may_name_program", lambda *_: True)
    reading_all = [extract_document(d, lex) for d in docs]
    for a, b in zip(skipping, reading_all, strict=True):
        assert (a.mentions, a.assertions) == (b.mentions, b.assertions), a.document.id


def test_one_scan_of_a_document_finds_what_each_sentence_scan_finds() -> None:

    from kg.read import read_path
    from kg.text.mentions import gazetteer
    from kg.text.normalize import matching_text
    from kg.text.sentences import split_sentences

    gaz = gazetteer(load_lexicon())
    for path in sorted((GOLD / "dev" / "docs").glob("*.txt")):
        (doc,) = read_path(str(path))
        text = matching_text(doc.text)
        spans = [(s.start, s.end) for s in split_sentences(doc)]
        assert gaz.geo_in_spans(text, spans) == [gaz.geo(text[s:e]) for s, e in spans]
        assert gaz.themes_in_spans(text, spans) == [gaz.themes(text[s:e]) for s, e in spans]
    # a name across a sentence boundary belongs to neither sentence
    text = "我去浙江省"
    assert gaz.geo_in_spans(text, [(0, 3), (3, 5)]) == [[], []]
    assert gaz.geo_in_spans(text, [(0, 5)]) == [gaz.geo(text)] != [[]]
