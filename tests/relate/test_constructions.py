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
    # the issue's example: banks of several provinces using loan products
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


def test_what_a_corpus_reading_found_wrong() -> None:
    # gwr2026-tianjin: the items share the whole head, not only the type word
    got = _implemented("开展危化品、高层建筑安全隐患排查整治专项行动。", "天津")
    assert ("天津", "危化品行动") not in got
    # policy-shandong-020: a facility of its own before 、 is not an item of the next one
    got = _implemented("建设专业化众创空间、场景应用创新中心。", "山东")
    assert ("山东", "专业化众创空间中心") not in got
    # xwlb-20250319-05, gwr2026-anhui: a metaphor and a question are not programs
    assert not _implemented("安徽还推出了商家优惠、厂家让利等“组合拳”。", "安徽")
    assert not _implemented("以创新思维答好“创新之问”。", "安徽")
    # gwr2026-ningxia, gwr2026-shanghai: where the name starts
    assert _implemented("制定创新平台体系建设方案。", "宁夏") == {("宁夏", "创新平台体系建设方案")}
    assert _implemented("上线运行企业走出去综合服务平台。", "上海") == {
        ("上海", "企业走出去综合服务平台")
    }


def test_what_a_corpus_reading_found_wrong_in_themes() -> None:
    def served(text: str, province: str) -> set[tuple[str, str]]:
        ex = kg.extract(text, id="t", province=province)
        return {(a.subject.label, a.object.label) for a in ex.assertions if a.predicate == "serves"}

    # gwr2026-jilin: the fields of a frame, without their count
    got = served(
        "新医药产业聚焦生物制药与高端医疗器械两大产业，加快建设长春百克生物制药研发生产基地。",
        "吉林",
    )
    assert ("长春百克生物制药研发生产基地", "高端医疗器械") in got
    # gwr2026-zhejiang: a quoted number is no theme
    got = served("聚焦聚力落实习近平总书记“4+1”重要要求，深入实施“十项重大工程”。", "浙江")
    assert not got


def test_a_name_shared_by_a_list_of_short_items_keeps_them() -> None:
    # xwlb-20250110-08, gwr2026-gansu: three short items or more and the name are one name
    assert _implemented("西藏卫健委构建村县级、市级、区级三级救治体系。") == {
        ("西藏", "村县级、市级、区级三级救治体系")
    }
    assert _implemented("实施强科技、强工业、强县域、强省会、强基础行动。", "甘肃") == {
        ("甘肃", "强科技、强工业、强县域、强省会、强基础行动")
    }
    # policy-shandong-045: two things, each of its own
    got = _implemented("吸引更多区域总部、研发中心落户。", "山东")
    assert ("山东", "区域总部、研发中心") not in got
    # xwlb-20250127-13: a hundred activities of a kind are no program (judged round 5);
    # a count of events of one name is still its name's (3届滇商大会)
    assert _implemented("上海推出百余项假日文旅活动。") == set()
    assert ("云南", "滇商大会") in _implemented("云南举办3届滇商大会。")
    assert not _implemented("上海推出十余个主题活动。")
    # xwlb-20250327-05: a metaphor
    assert not _implemented("浙江将继续支持引导民营企业练好“内功”。")


def test_conjuncts_and_draft_plans() -> None:
    # gwr2026-gansu: a verb before the first conjunct governs the name after 和
    got = _implemented("实施黄河二三级支流和群众身边小微水体保护治理工程。", "甘肃")
    assert ("甘肃", "群众身边小微水体保护治理工程") in got
    assert ("甘肃", "黄河二三级支流工程") not in got  # items after 、 only share a type word
    # gwr2026-henan: the draft of the province's five-year plan
    got = _implemented(
        "省政府编制了《河南省国民经济和社会发展第十五个五年规划纲要（草案）》，全文提交大会审查。",
        "河南",
    )
    assert got == {("河南", "河南省国民经济和社会发展第十五个五年规划纲要(草案)")}  # NFKC


def test_the_form_of_a_quoted_name_states_its_topic() -> None:
    def served(text: str, province: str) -> set[tuple[str, str]]:
        ex = kg.extract(text, id="t", province=province)
        return {(a.subject.label, a.object.label) for a in ex.assertions if a.predicate == "serves"}

    # gwr2026-gansu: “X+” is about X
    assert ("“体育+”行动", "体育") in served("实施“体育+”行动，办好省第十六届运动会。", "甘肃")
    # a province named by what it is to become: only a vocabulary theme (not 好客, 行走)
    assert not served("打响“好客山东”品牌。", "山东")


def test_a_provincial_document_that_names_its_province_late_is_its_own() -> None:
    # like policy-shandong-005: addressed to the province's cities and departments, the
    # province named only far into the text, the departments in charge named as 省…厅
    text = (
        "各市人民政府，各县（市、区）人民政府，省政府各部门：\n"
        + "为推动产业发展，制定本意见。\n" * 60
        + "实施企业家培训培养计划（省工业和信息化厅牵头）。\n"
        + "支持山东企业参加展会。\n"
    )
    assert ("山东", "企业家培训培养计划") in _implemented(text)
    # a document of the central government addressed to the provinces is not one of them
    central = text.replace(
        "各市人民政府，各县（市、区）人民政府，省政府各部门",
        "各省、自治区、直辖市人民政府，国务院各部委",
    )
    central = central.replace("省工业和信息化厅牵头", "工业和信息化部牵头")
    assert not _implemented(central)


def test_a_verb_inside_a_name_does_not_open_it() -> None:
    # policy-shandong-052, -046: 提质, 应用 inside the name; 50场左右 is a count
    got = _implemented("努力打造全国重要集聚区、融合应用引领示范区和技术创新发展新高地。", "山东")
    assert ("山东", "引领示范区") not in got
    assert _implemented("加快推进实施强基行动。", "山东") == {("山东", "强基行动")}
    assert _implemented("每年举办50场左右路演行动。", "山东") <= {("山东", "路演行动")}


def test_what_the_first_judged_sample_found_wrong() -> None:
    # tests/gold/judged/round1: a second verb that is the name's own, a name that opens
    # with a classifier's character, themes that are no topic
    assert _implemented("开展提质倍增行动。", "四川") == {("四川", "提质倍增行动")}
    assert _implemented("实施家校共育行动计划。", "山东") == {("山东", "家校共育行动计划")}
    ex = kg.extract("开展“四水四定”全面深化年行动。建设科产融合大平台。", id="t", province="山西")
    themes = {a.object.label for a in ex.assertions if a.predicate == "serves"}
    assert "深化年" not in themes and "科产融合大" not in themes
    # two provinces' “30条” are two programs
    keys = {
        a.object.key
        for text, p in (("出台稳经济“30条”。", "安徽"), ("制定实施经济向上向好“30条”。", "重庆"))
        for a in kg.extract(text, id="t", province=p).assertions
        if a.predicate == "implements"
    }
    assert len(keys) == 2


def test_counts_and_verbs_before_a_name_leave_its_label() -> None:
    # gwr2026-*, xwlb-*: a count of editions or of events, a verb of pushing
    assert _implemented("成功举办3届滇商大会。", "云南") == {("云南", "滇商大会")}
    got = _implemented("举办260余场“秋糖季”特色促消费活动。", "安徽")
    assert got == {("安徽", "“秋糖季”特色促消费活动")}
    assert _implemented("举办第24届中国国际投资贸易洽谈会。", "福建") == {
        ("福建", "第24届中国国际投资贸易洽谈会")
    }


def test_the_topic_a_name_states_is_not_cut_inside_a_word() -> None:
    # tests/gold/judged (second sample): a duration, a doing and a manner are not the topic
    def served(text: str) -> set[str]:
        ex = kg.extract(text, id="t", province="重庆")
        return {a.object.label for a in ex.assertions if a.predicate == "serves"}

    assert served("实施基础研究十年行动方案。") == {"基础研究"}
    assert served("实施中小金融机构减量提质行动。") == {"中小金融机构"}
    assert served("建设高质量服务企业出海平台。") == {"企业出海"}


def test_a_partner_after_yu_is_not_carried_out() -> None:
    # policy-shandong-009 (dev): the national centre the provincial one connects to
    got = _implemented("推动省工业大数据中心与国家工业大数据中心对接。", "山东")
    assert ("山东", "国家工业大数据中心") not in got


# --- read from corpus documents nobody annotated (reviewed output, extractor 0.7.0) ------


def test_named_events_of_a_list_closed_by_a_generic_head() -> None:
    # gwr2026-hubei: the items are names, the head (等重大赛事) is not
    got = _implemented(
        "办好女篮世界杯预选赛、第十七届省运会、第十一届全省少数民族传统体育运动会等重大赛事。",
        "湖北",
    )
    assert got == {
        ("湖北", "女篮世界杯预选赛"),
        ("湖北", "第十七届省运会"),
        ("湖北", "第十一届全省少数民族传统体育运动会"),
    }
    # first in the clause and reported done
    got = _implemented("中国-北欧经贸合作论坛、华创会、楚商大会等国际性活动成果丰硕。", "湖北")
    assert ("湖北", "华创会") in got and ("湖北", "楚商大会") in got
    # works listed the same way are no programs (the gold leaves railways alone)
    got = _implemented("共推共建汉湘桂内河航运大通道、荆岳高铁等跨区域通道项目。", "湖北")
    assert not {o for _, o in got} & {"汉湘桂内河航运大通道", "荆岳高铁"}


def test_a_quoted_name_with_a_short_head_of_its_own() -> None:
    # gwr2026-hubei, gwr2026-beijing (dev)
    assert ("湖北", "“荆楚安澜”现代水网") in _implemented(
        "完善流域横向生态补偿机制，加快构建“荆楚安澜”现代水网。", "湖北"
    )
    assert ("北京", "“九五”普法") in _implemented(
        "严格规范公正文明执法，扎实推进“九五”普法。", "北京"
    )
    # gwr2026-sichuan: a result (成果), not a program
    assert _implemented("巩固“保交楼”“保交房”成果，稳定房地产市场。", "四川") == set()


def test_names_joined_by_he_or_yu_and_counted_after() -> None:
    # one name with a conjunction inside it (a strong type word)
    assert _implemented("山东实施黄河流域生态保护与修复工程，推进湿地保护。") == {
        ("山东", "黄河流域生态保护与修复工程")
    }
    # not two mechanisms of a weak type glued into one (gwr2026-jiangxi, dev)
    assert _implemented("建立投入增长和风险分担机制。", "江西") == set()
    # gwr2026-gansu (dev): a count after the name
    assert ("甘肃", "“三化”改造项目") in _implemented(
        "实施“三化”改造项目1424个，创建金白兰武有色金属集群。", "甘肃"
    )
    # xwlb-20250407-07 (dev): “N条” names a package of measures
    assert ("上海", "提升民营企业融资便利性20条举措") in _implemented(
        "上海出台提升民营企业融资便利性20条举措，力争贷款余额突破1.5万亿元。"
    )


def test_verbs_and_subjects_read_more_closely() -> None:
    # xwlb-20251201-07: 建成运营 — the second verb is no part of the name
    assert ("江西", "“一老一小幸福院”") in _implemented(
        "江西利用闲置资源建成运营“一老一小幸福院”949个。"
    )
    # xwlb-20250316-09: what the measures support is their aim, not a program (the package
    # itself is one since 0.9.139)
    assert ("上海", "“首发经济”") not in _implemented("上海推出10项举措支持“首发经济”。")
    # xwlb-20250707-10: a ship named after a province is not the province
    assert (
        _implemented("山东舰编队组织了甲板招待会、舰艇开放参观、国防知识讲座等系列活动。") == set()
    )
    # xwlb-20251003-07: a goal (…化、…化产业体系), not a program
    assert _implemented("重庆、四川加快建设高端化、智能化、绿色化产业体系。") == set()
    # xwlb-20251215-07: a quoted form of work among the means taken (等多种形式)
    assert ("贵州", "“理论宣传二人讲”") in _implemented(
        "贵州组织专家学者等，采取宣讲团集中讲、“理论宣传二人讲”等多种形式，推动全会精神深入人心。"
    )


def test_programs_reported_started_or_finished() -> None:
    # gwr2026-zhejiang: 国有企业 opens the name, not an actor of its own
    assert ("浙江", "国有企业改革攻坚深化提升行动") in _implemented(
        "国有企业改革攻坚深化提升行动顺利收官，省属企业创新导向更加突出。", "浙江"
    )
    # xwlb-20251221-04, xwlb-20251029-11: works begun, a centre opened
    assert ("浙江", "镜岭水库大坝主体工程") in _implemented(
        "浙江镜岭水库大坝主体工程也已动工建设，建成后将进一步完善浙东地区防洪、供水体系。"
    )
    assert ("北京", "“老龄友好智慧体验中心”") in _implemented(
        "北京市首个“老龄友好智慧体验中心”启用。"
    )
    # gwr2026-hainan: a generic head reported done is still no program
    assert _implemented("生态文明标志性工程成果丰硕。", "海南") == set()


def test_carrying_out_the_provinces_own_plan() -> None:
    # policy-shandong-022: 贯彻落实 a plan whose title names the province (the 落实 decision)
    got = _implemented(
        "为贯彻落实《数字山东发展规划（2018—2022年）》，加快建设数字山东，制定本方案。", "山东"
    )
    assert ("山东", "数字山东发展规划(2018—2022年)") in got
    # a national plan carried out stays a trap
    assert _implemented("深入贯彻落实《“十四五”智能制造发展规划》。", "山东") == set()


def test_an_event_a_province_co_hosts() -> None:
    # xwlb-20250108-09 (dev), xwlb-20250615-10: the province's government among the hosts
    got = _implemented(
        "由商务部、中央广播电视总台和北京市人民政府联合举办的2025年全国“老字号嘉年华”暨北京"
        "“王府井金街过大年”活动1月7日在北京启动。"
    )
    assert got == {("北京", "全国“老字号嘉年华”暨北京“王府井金街过大年”活动")}  # (no year)
    assert _implemented(
        "由国家电影局指导、中央广播电视总台和上海市人民政府共同主办的第二十七届上海国际电影节"
        "昨晚（6月14日）开幕。"
    ) == {("上海", "第二十七届上海国际电影节")}
    # hosts that are no province: nothing
    assert (
        _implemented(
            "由中国国家铁路集团有限公司和国际铁路联盟共同主办的第十二届世界高速铁路大会今天在北京开幕。"
        )
        == set()
    )


def test_a_program_used_for_what_it_yields() -> None:
    # gwr2026-jiangxi (dev), policy-shandong-022: 提升/发挥/增强 … 效能/作用/功能
    assert ("江西", "“1+M+N”服务体系") in _implemented(
        "实施有组织的转化，提升“1+M+N”服务体系效能，加快设立科技成果转化基金。", "江西"
    )
    assert ("山东", "省融资服务平台") in _implemented(
        "发挥省融资服务平台作用，提升数字化金融服务和风险防控能力。", "山东"
    )
    # gwr2026-hubei: an event named in full is not given the list's head again
    got = _implemented(
        "高水平举办世界华人炎帝故里寻根节、国际武当太极文化节、屈原故里端午文化节。", "湖北"
    )
    assert ("湖北", "世界华人炎帝故里寻根节") in got


def test_programs_built_or_finished_by_name() -> None:
    # gwr2026-hunan: 加快…建设 around a quoted name; 全面完成; 壮大 a system of its own
    assert ("湖南", "“一部一基地六中心”区域应急工程") in _implemented(
        "加快“一部一基地六中心”区域应急工程建设。", "湖南"
    )
    assert ("湖南", "国企改革深化提升行动") in _implemented(
        "国企改革深化提升行动全面完成。", "湖南"
    )
    assert ("湖南", "“4×4”现代化产业体系") in _implemented("壮大“4×4”现代化产业体系。", "湖南")


def _served(text: str, province: str | None = None) -> set[tuple[str, str]]:
    ex = kg.extract(text, id="t", province=province)
    return {(a.subject.label, a.object.label) for a in ex.assertions if a.predicate == "serves"}


def test_the_topic_a_name_states_is_never_cut_inside_a_word() -> None:
    # judged sample of round 4 (tests/gold/judged/round4): themes cut from names
    assert ("重要生态系统保护修复重大工程", "重要生态系统保护修复") in _served(
        "深入实施重要生态系统保护修复重大工程。", "海南"
    )
    for text in (
        "启动大数据平台山东分中心建设。",  # not 大数据平台山东分
        "开展生活性服务业数字提升行动。",  # not 生活性服务业数字
        "开展科技法规后评估。",  # not 科技法规后
        "实施“个十百”平台培育工程。",  # not 平台培育
        "持续完善“山东好成果”遴选发布机制。",  # not 遴选发布
    ):
        assert _served(text, "山东") == set(), text
    # a slogan keeps its 以
    assert ("绿电直连工程", "以绿制绿") in _served(
        "围绕“以绿制绿”，加快推进实施绿电直连工程。", "青海"
    )


def test_a_batch_of_a_kind_is_no_program() -> None:
    # the gold rules: 一批场景实验室 is generic; tests/gold/judged/round4 i023
    assert _implemented("建设一批省级场景实验室，深入推进场景开放。", "山东") == set()
    assert _implemented("四川启动实施了一大批重大科技专项。") == set()
    assert _implemented("主动融入重大国家战略。", "河北") == set()


def test_theme_labels_lose_scope_and_tails() -> None:
    # a platform's name says what it is; its purpose clause says what it is for (0.9.2; its
    # record 首个 no word of the name since 0.9.208: xwlb-20250313-02)
    text = "构建首个国产算力场景验证平台，加速人工智能与实体经济深度融合。"
    assert _served(text, "北京") == {("国产算力场景验证平台", "人工智能与实体经济深度融合")}
    got = _served("深入开展抓创业促就业系列行动。", "湖南")  # (抓 is the campaign's, 0.9.53)
    assert ("抓创业促就业系列行动", "创业促就业") in got
    got = _served(
        "湖南打造中非经贸深度合作先行区，推动湖南机电产品走出去的同时，帮助非洲国家特色产品引进来。"
    )
    assert ("中非经贸深度合作先行区", "中非经贸深度合作") in got  # (its name's, 0.9.50)
    got = _served("湖南打造中非经贸示范区，推动湖南机电产品走出去。")
    assert ("中非经贸示范区", "机电产品走出去") in got
    # a data centre is a facility: its name states no topic (a big-data one does)
    assert _served("加快省市两级医疗保障数据中心建设。", "山东") == set()


def test_bodies_the_province_has_act() -> None:
    # policy-shandong (round 4 i031): the firms build the platforms, in the next clause too
    got = _implemented(
        "支持企业联合高校、科研院所，搭建数据开放平台、超算平台、开源开放共性技术平台等。", "山东"
    )
    assert got == set()
    assert ("山东", "“十大工程”") in _implemented("山东支持企业实施技术改造，实施“十大工程”。")


def test_stories_read_from_months_nobody_annotated() -> None:
    # xwlb-20251022-03: a partner construction (the issue's own example)
    got = _implemented("湖南与28个非洲国家建立对口合作机制，打造中非经贸深度合作先行区。")
    assert ("湖南", "对口合作机制") in got
    # xwlb-20250523-07: campaigns listed before 等活动, shared by two provinces
    got = _implemented("吉林、河北等地组织开展汽车下乡、家电进乡镇等活动。")
    assert {("吉林", "汽车下乡"), ("河北", "家电进乡镇")} <= got
    # xwlb-20250913-02: 等地 closes the places before a name
    assert ("新疆", "老城修复工程") in _implemented("新疆启动了喀什、和田等地老城修复工程。")
    # xwlb-20251022-03: the province's program reported going on
    assert ("河南", "“空中丝路”") in _implemented("河南的“空中丝路”持续拓展。")


def test_a_works_program_and_its_projects_are_one_program() -> None:
    # gwr2026-jiangxi (dev): “十百千万”工程项目 and “十百千万”工程 are one program
    ex = kg.extract(
        "“十百千万”工程项目完成投资1.22万亿元。稳定投资规模，滚动实施“十百千万”工程。",
        id="t",
        province="江西",
    )
    keys = {a.object.key for a in ex.assertions if a.predicate == "implements"}
    assert len(keys) == 1


def test_events_held_and_trains_run() -> None:
    # xwlb-20250211-01, xwlb-20250811-01, xwlb-20250207-11 (reviewed, not annotated)
    got = _implemented("北京推出冰雪音乐节、冰雪亲子挑战赛、跨年冰雪灯光秀等特色活动。")
    assert {("北京", "冰雪亲子挑战赛"), ("北京", "跨年冰雪灯光秀")} <= got
    assert ("贵州", "“村歌”大赛") in _implemented("贵州黎平县肇兴侗寨正在举行“村歌”大赛。")
    assert ("广西", "免费“点对点”返岗专列") in _implemented("广西开行首趟免费“点对点”返岗专列。")


def test_errors_of_the_fifth_judged_sample() -> None:
    # tests/gold/judged (round 5): a numbered item's actor, a deictic name, a second verb
    # before a quote, people acting on their own
    assert (
        _implemented(
            "（三）企业具有良好的智能制造基础，已制定智能化发展规划和具体推进措施。", "山东"
        )
        == set()
    )
    assert _implemented("北京市有关方面表示，本次演练活动顺利完成。") == set()
    # 培育 names what is grown (firms, brands, business forms), not a program carried out:
    # the judges called 文化+数字 a business form (0.9.54)
    assert _implemented("培育发展“文化+数字”、“视听+旅游”等新业态。", "内蒙古") == set()
    assert _implemented("大伙儿还借助电商平台拓展产品销路。", "青海") == set()


def test_stories_of_the_third_review() -> None:
    # xwlb-20250503-11: one named event before 等…活动, the generic head dropped; the
    # provinces named as a sample of the ten of a national campaign give no fact
    got = _implemented("上海举办外贸优品中华行等产销对接活动。")
    assert ("上海", "外贸优品中华行") in got and ("上海", "产销对接活动") not in got
    got = _implemented("上海、四川、江苏等10个重点省市举办外贸优品中华行等产销对接活动。")
    assert got == set()
    # xwlb-20250220-01: 让 hands the doing to the firms
    got = _implemented("江苏则通过“揭榜挂帅”机制让大企业“发榜”，中小企业“揭榜”。")
    assert got == {("江苏", "“揭榜挂帅”机制")}
    # xwlb-20250623-11: a county the gazetteer does not know is still a place of the province
    # (the story's 四海矿安置项目 has too short a core for a weak type since 0.9.37)
    assert ("黑龙江", "四海矿职工住房安置项目") in _implemented(
        "在黑龙江鸡东县，四海矿职工住房安置项目正在加紧建设。"
    )
    # a clause is no name of a program reported done
    assert not _implemented("在四川都江堰灌区，输水大动脉东风渠总干渠正在进行配套工程建设。")


def test_errors_of_the_seventh_judged_sample() -> None:
    # tests/gold/judged (round 7) and the corpus: national strategies and programs the
    # province only takes part in (gold rule: a national program only joined or carried out)
    assert _implemented("深入实施自贸试验区提升战略，加快建设“两重”项目。", "湖北") == set()
    assert ("山东", "海洋强省战略") in _implemented("深入实施海洋强省战略。", "山东")
    # gwr2026-qinghai: a list before a base shares no head (格尔木东基地 is no name)
    got = _implemented("高效推进格尔木东、海南清洁能源基地建设。", "青海")
    assert ("青海", "格尔木东基地") not in got
    # gwr2026-neimenggu: items that count firms share no plan
    got = _implemented(
        "实施规模以上工业企业、资质以上建筑业企业、限额以上批零住餐业企业培育计划。", "内蒙古"
    )
    assert not any(o.endswith("企业计划") for _, o in got)
    # the actions of a list still share their head
    got = _implemented("实施饲草料供给提升、肉牛肉羊增产增效、奶业振兴行动。", "内蒙古")
    assert {("内蒙古", "饲草料供给提升行动"), ("内蒙古", "奶业振兴行动")} <= got
    # xwlb-20250325-01, xwlb-20250901-01: an organisation named after its province acts
    assert not _implemented("北京航空航天大学等6所高校将开设“低空技术与工程”新专业。")
    assert not _implemented("上海合作组织率先建立边境地区军事领域信任机制。")
    assert ("湖北", "“楚天英才计划”") in _implemented(
        "湖北加快建设世界一流大学，实施“楚天英才计划”。"
    )
    # xwlb-20250603-09: the business districts of a place act, not the province
    assert not _implemented("在上海，各商圈开展市集、游船、演出活动，推出各类消费券。")
    # policy-shandong-016: levels listed before 三级 are the name's; gwr2026-yunnan: a count
    # of rounds is no part of the name
    assert ("山东", "市、区、校三级培训机制") in _implemented(
        "建立市、区、校三级培训机制。", "山东"
    )
    got = _implemented("开展3轮爱国卫生“7个专项行动”，建成31个健康县城示范县。", "云南")
    assert got == {("云南", "爱国卫生“7个专项行动”")}
    # gwr2026-shandong: 等 closes a list of mechanisms, it is no word of a name
    got = _implemented("完善政企面对面交流、“96178”省长直通车、“2115”接诉即办等机制。", "山东")
    assert not any("等" in o for _, o in got)


def test_errors_of_the_eighth_judged_sample() -> None:
    # tests/gold/judged (round 8): pilots listed before one head are one program (the
    # centre's 蓝天、碧水、净土保卫战 give none, 0.9.18); a system names one only with a mark of
    # a name; a count of routes is no name
    assert _implemented("精准科学依法治污，深入打好蓝天、碧水、净土保卫战。", "河北") == set()
    got = _implemented("推进法治山西、法治政府、法治社会一体建设试点。", "山西")
    assert got == {("山西", "法治山西、法治政府、法治社会一体建设试点")}
    assert not _implemented("构建综合性法规保障体系。", "山东")
    assert ("山东", "安全生产五大体系") in _implemented("健全安全生产五大体系。", "山东")
    assert not _implemented("辽宁推出五条特色旅游线路，丰富游客的消费体验。")
    # gwr2026-fujian: an edition opens the name, past a verb inside it
    got = _implemented("成功举办第二届全国职工数字化应用技术技能大赛。", "福建")
    assert got == {("福建", "第二届全国职工数字化应用技术技能大赛")}
    got = _implemented(
        "办好贵州省第十二届运动会、第十一届少数民族传统体育运动会和第八届残疾人运动会。", "贵州"
    )
    assert ("贵州", "第八届残疾人运动会") in got


def test_reports_of_the_fourth_review() -> None:
    # gwr2026-fujian: a long modifier between a quoted name and its type word; the plan
    # submitted with the report, with or without brackets around 草案
    got = _implemented("实施“1131”数字政府基础平台提升工程。", "福建")
    assert got == {("福建", "“1131”数字政府基础平台提升工程")}
    got = _implemented(
        "编制了《福建省国民经济和社会发展第十五个五年规划纲要草案》，提交本次大会审查。", "福建"
    )
    assert ("福建", "福建省国民经济和社会发展第十五个五年规划纲要草案") in got
    got = _implemented(
        "向大会报告工作，请与《甘肃省国民经济和社会发展第十五个五年规划纲要（草案）》一并审议。",
        "甘肃",
    )
    assert ("甘肃", "甘肃省国民经济和社会发展第十五个五年规划纲要(草案)") in got
    # gwr2026-gansu: a verb of winning ends the modifier (no 荣获 inside a name)
    assert not _implemented("“甘味”品牌荣获中国区域农业形象品牌。", "甘肃")
    # xwlb-20250629-10: the appositive before —— is no part of the name
    got = _implemented("青海最大跨流域调水工程——引大济湟工程全面竣工并整体投运。")
    assert got == {("青海", "引大济湟工程")}


def test_stories_of_the_sixth_review() -> None:
    # xwlb-20250723-09, xwlb-20250419-04: a program named after its province, reported
    # started with no actor; a word of the lexicon running over the province
    got = _implemented("2025北京文化论坛开幕。")
    assert got == {("北京", "北京文化论坛")}
    assert ("宁夏", "第十届宁夏枸杞博览会") in _implemented("第十届宁夏枸杞博览会开幕。")
    got = _implemented("海南自由贸易港全球产业招商大会开幕。")
    assert ("海南", "自由贸易港全球产业招商大会") in got
    # xwlb-20250316-07: a project reported in a stage, placed by its province
    got = _implemented("在甘肃酒泉，人工硐室压缩空气储能项目已进入全面投产阶段。")
    assert got == {("甘肃", "人工硐室压缩空气储能项目")}
    # the province as possessor of an unquoted project
    got = _implemented("甘肃的人工硐室压缩空气储能项目持续推进。")
    assert got == {("甘肃", "人工硐室压缩空气储能项目")}
    # xwlb-20250721-10: a festival by its own head
    assert ("新疆", "中国新疆国际民族舞蹈节") in _implemented("新疆举办中国新疆国际民族舞蹈节。")


def test_what_a_fair_or_forum_is_about() -> None:
    # gwr2026-fujian, gwr2026-beijing: a forum's or fair's name without where it is held
    # and who meets states its topic; a name of a place alone states none
    assert ("世界妈祖文化论坛", "妈祖文化") in _served("连续成功举办世界妈祖文化论坛。", "福建")
    got = _served("办好中国国际服务贸易交易会。", "北京")
    assert got == {("中国国际服务贸易交易会", "服务贸易")}
    assert not _served("用好中关村论坛、金融街论坛等开放平台。", "北京")
    # a quoted name and the same name with a bare type word are one program
    got = _implemented("开展“全闽乐购”活动。持续开展“全闽乐购”。", "福建")
    assert len(got) == 1
    # gwr2026-fujian: places listed before a name are the name's
    got = _implemented("建设福州、厦门全国海洋经济发展示范区。", "福建")
    assert got == {("福建", "福州、厦门全国海洋经济发展示范区")}


def test_stories_and_documents_of_the_seventh_review() -> None:
    # policy-shandong-006: 推动…建设 builds the program; 规划建设 plans and builds, no plan
    assert ("山东", "省级工业互联网平台") in _implemented("推动省级工业互联网平台建设。", "山东")
    assert not _implemented("推动轨道交通M102线规划建设。", "北京")
    # xwlb-20250209-04: a plan's figure is no program
    assert not _implemented("今年山西全省固定资产投资计划完成超过8600亿元。")
    # xwlb stories: a lead-in glued to the province, an apposition before it
    got = _implemented("会上北京推出“京彩文旅”十大场景。")
    assert got == {("北京", "“京彩文旅”十大场景")}
    got = _implemented("作为黄河源头的青海，实施“三江源生态保护”工程。")
    assert got == {("青海", "“三江源生态保护”工程")}
    # xwlb-20251122-07: an event reported opened at its site
    got = _implemented("吉林省新雪季开板活动在松花湖雪场启幕。")
    assert got == {("吉林", "新雪季开板活动")}
    assert not _implemented("第五届中国—东盟博览会在广西南宁开幕。")
    # gwr2026-fujian: places before a pilot are one pilot's, not items to split
    got = _implemented("推进福州、厦门服务业扩大开放综合试点。", "福建")
    assert got == {("福建", "福州、厦门服务业扩大开放综合试点")}


def test_errors_of_the_ninth_judged_sample() -> None:
    # tests/gold/judged (round 9): a theme is never a province, a title's opening or a
    # topic with 全省 glued on; 从…入手 is no head of a quoted name
    got = _served("首批开展国家深化医疗服务价格改革全省试点。", "四川")
    assert all(not t.endswith("全省") for _, t in got)
    got = _served("2019年山东省政府印发《关于大力推进“现代优势产业集群＋人工智能”的指导意见》。")
    assert all(not t.startswith("关于") for _, t in got)
    got = _implemented("北京坚持从办好“一件事”入手，打造“无事不扰”。")
    assert not any("入手" in o for _, o in got)


def test_stories_of_the_seventh_review_hosts_and_relatives() -> None:
    # xwlb stories (0.8.2 review): a province's department among the hosts; a week named
    # after its province; a program the province built, in a relative clause
    got = _implemented(
        "由中央网信办和广西壮族自治区党委网信委共同主办的2025中国网络媒体论坛今天在南宁开幕。"
    )
    assert got == {("广西", "2025中国网络媒体论坛")}
    got = _implemented("2025山东国际友城合作交流周在济南启动。")
    assert got == {("山东", "山东国际友城合作交流周")}
    got = _implemented("青海建成的绿色算力调度中心正式投入运行。")
    assert got == {("青海", "绿色算力调度中心")}


def test_a_typed_name_inside_quotes_states_its_topic() -> None:
    # policy-shandong-009: the whole name is quoted, its type word inside the quotes
    got = _served("实施“工业数据采集专项行动”。", "山东")
    assert got == {("“工业数据采集专项行动”", "工业数据采集")}


def test_lists_closed_by_a_shared_type_word_and_headings() -> None:
    # gwr2026-jiangsu, gwr2026-yunnan (0.9.0 review): the items before 等 share the type
    # word after it; a list of fields of policy (…等机制) gives nothing
    got = _implemented("实施土壤污染源头防控、固体废物综合治理等行动。", "江苏")
    assert got == {("江苏", "土壤污染源头防控行动"), ("江苏", "固体废物综合治理行动")}
    assert _implemented("健全科技创新评价、收益分配、成果转化等机制。", "青海") == set()
    # policy-shandong-005: a numbered heading that is only a name; one with a verb is read
    # as any clause
    got = _implemented(
        "（一）新一代信息技术产业智能提升工程。推动人工智能技术与云计算协同。", "山东"
    )
    assert got == {("山东", "新一代信息技术产业智能提升工程")}
    assert _implemented("二、重点工程", "山东") == set()
    assert _implemented("（三）全面实施知识产权和标准战略。", "山东") <= {
        ("山东", "知识产权战略"),
        ("山东", "标准战略"),
    }
    assert not any("做强" in o for _, o in _implemented("（三）做大做强科技创新示范区。", "山东"))


def test_counted_projects_and_events_held_on_a_day() -> None:
    # gwr2026-jiangsu: a count of the province's projects is no name; 多场 counts too
    assert _implemented("抓好550个省重大项目。", "江苏") == set()
    assert _implemented("推进40项省科技重大专项。", "江苏") == {("江苏", "省科技重大专项")}
    assert _implemented("香港举办多场文旅活动。") == set()
    # xwlb-20250425-08: an event named after its province, held on a day, at a site
    got = _implemented("2025湖北文化旅游发展大会今天（4月25日）在武汉市召开。")
    assert got == {("湖北", "湖北文化旅游发展大会")}
    # xwlb-20250109-07: 川渝两地 act, with or without an adverb before the verb
    got = _implemented("川渝两地建设川渝高竹示范区。")
    assert got == {("四川", "川渝高竹示范区"), ("重庆", "川渝高竹示范区")}


def test_names_with_a_word_of_doing_and_progress_after_a_quote() -> None:
    # gwr2026-jiangsu: 推进 and 建设 before a type word belong to the name; 扩面提质 after a
    # quoted name is how it goes on, not its head
    got = _implemented("建立“N个1”培育推进机制。", "江苏")
    assert got == {("江苏", "“N个1”培育推进机制")}
    got = _implemented("推进“教共体”“教联体”扩面提质。", "浙江")
    assert got == {("浙江", "“教共体”"), ("浙江", "“教联体”")}
    # gwr2026-chongqing: a quoted program reported built
    got = _implemented("“四向八廊”综合交通走廊加速构建。", "四川")
    assert got == {("四川", "“四向八廊”综合交通走廊")}


def test_themes_without_the_whole_area_or_an_actor() -> None:
    # gwr2026-chongqing (0.9.0 review): 全市…总体 and a government are no topic
    got = _served("编制全市国土空间总体规划。", "重庆")
    assert got == {("全市国土空间总体规划", "国土空间")}
    got = _served("制定市政府“三重一大”事项清单。", "重庆")
    assert all(t != "市政府" for _, t in got)


def test_named_mechanisms_listed_and_a_purpose_with_no_comma() -> None:
    # gwr2026-yunnan: mechanisms listed before 等机制 are named when they hold quoted names
    got = _implemented(
        "创新优化防汛“1262”预警叫应、重大灾害“123”快速响应、森林草原防灭火一体化等机制。", "云南"
    )
    assert ("云南", "防汛“1262”预警叫应机制") in got and ("云南", "森林草原防灭火一体化机制") in got
    assert _implemented("用好“分类分层分级”协调、统筹调度、督导服务等机制。", "浙江") == set()
    # gwr2026-yunnan: a purpose right after the program, in its own clause
    got = _served("创新医师“省管县用”推动优质医疗资源下沉。", "云南")
    assert got == {("医师“省管县用”", "优质医疗资源下沉")}
    assert ("“一老一小”", "不断加强") not in _served("“一老一小”服务保障不断加强。", "江苏")
    # a theme keeps a word's own last character (普及, not 普)
    got = _served("实施“四个一”工程，推动绿色低碳生活方式普及。", "云南")
    assert ("“四个一”工程", "绿色低碳生活方式普及") in got
    # …but when the name states what the program is for, a phrase read as its purpose
    # from the next clause adds nothing
    got = _served("实施绿色消费推进行动，推动绿色低碳生活方式普及。", "云南")
    assert got == {("绿色消费推进行动", "绿色消费")}


def test_quoted_programs_as_means_and_heads_of_their_own() -> None:
    # gwr2026-jiangsu (0.9.1 review): 以“X”促进Y is X carried out for Y; a head of its own
    # before 建设; a brand used for its pull
    assert _served("以“苏超”促进文旅体商融合发展。", "江苏") == {("“苏超”", "文旅体商融合发展")}
    assert _implemented("以“政府有为”推动“市场有效”。", "河南") == set()
    assert _implemented("深入推进“1+3”重点功能区建设。", "江苏") == {("江苏", "“1+3”重点功能区")}
    got = _implemented("提升“苏新消费”活动品牌带动力。", "江苏")
    assert got == {("江苏", "“苏新消费”活动品牌")}
    # gwr2026-chongqing: a quoted program with a head of its own, reported built
    got = _implemented("“416”科技创新布局加速构建。", "重庆")
    assert got == {("重庆", "“416”科技创新布局")}
    assert (
        _implemented("“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。", "重庆")
        == set()
    )
    # gwr2026-beijing: 研究 in 基础研究 is a noun, not a verb of learning that blocks
    got = _implemented("深入实施基础研究领先和关键核心技术攻坚行动。", "北京")
    assert ("北京", "关键核心技术攻坚行动") in got


def test_a_general_goal_keeps_its_field() -> None:
    # gwr2026-shanghai: 推动房地产高质量发展 is the field's goal, not 高质量发展 alone
    got = _served("推进“好房子”建设，推动房地产高质量发展。", "上海")
    assert ("“好房子”建设", "高质量发展") not in got
    got = _served("实施新质工程，推动经济高质量发展。", "江苏")
    assert got == {("新质工程", "高质量发展")}


def test_errors_of_the_ninth_review_round() -> None:
    # gwr2026-shandong (0.9.1 review): a modifier ending in a word of process stays on the
    # quoted name; a verb of carrying out before the quote is no modifier
    got = _implemented("实施产业提质升级“1+9”行动。", "山东")
    assert got == {("山东", "产业提质升级“1+9”行动")}
    got = _implemented("云南、甘肃组织第一批参学单位开展“回头看”。")
    assert got == {("云南", "“回头看”"), ("甘肃", "“回头看”")}
    # gwr2026-guizhou: a numbered set inside a program keeps the program's name
    got = _served("深入实施整体提升教育水平攻坚行动“七大工程”。", "贵州")
    assert got == {("整体提升教育水平攻坚行动“七大工程”", "整体提升教育水平")}
    # xwlb-20250316-03: programs listed before 等十大工程 are each a program
    got = _implemented("河北还将重点打造人工智能赋能工程、工业互联网平台创新发展工程等十大工程。")
    assert got == {("河北", "人工智能赋能工程"), ("河北", "工业互联网平台创新发展工程")}
    # xwlb stories: bodies after the provinces act (museums, the railway), and provinces
    # named as a sample of a national count give no fact
    assert _implemented("京津冀三地博物馆联合开展“博物馆里过大年”活动。") == set()
    assert _implemented("新疆铁路部门推出“天山雪莲”客运服务品牌。") == set()
    assert _implemented("河北、辽宁、吉林、上海等11个地区已完成年度城镇老旧小区改造计划。") == set()
    # a centre or a platform names no topic by its name alone (中欧班列西安集结中心)
    assert _served("建设中欧班列西安集结中心。", "陕西") == set()


def test_numbered_policy_packages() -> None:
    # gwr2026-guizhou, gwr2026-liaoning: a package of measures named by its count is a
    # program; measures without a mark of a name are not
    got = _implemented("实施促进民营经济发展壮大36条政策措施。", "贵州")
    assert got == {("贵州", "促进民营经济发展壮大36条政策措施")}
    assert _implemented("采取有力措施。", "贵州") == set()
    assert _implemented("海南落实省内配套保障措施。") == set()
    # gwr2026-neimenggu: what 特别是 picks out is not a modifier of the name
    got = _implemented("完善自然灾害特别是“雨带北抬”监测防控措施。", "内蒙古")
    assert got == {("内蒙古", "“雨带北抬”监测防控措施")}


def test_errors_of_the_eleventh_judged_sample() -> None:
    # tests/gold/judged (round 11): items after 一批 are batches; a quoted event takes no
    # shared type word; a name goes on to its own head after 建设; 规划、建设、管护机制 is
    # no plan
    assert (
        _implemented("创建、培育一批院士工作站、制造业创新中心、技术研发中心等创新载体。", "山东")
        == set()
    )
    got = _implemented("做优做强“海客圆桌会”、“理解中国”课程等品牌。", "安徽")
    assert ("安徽", "“海客圆桌会”课程") not in got
    got = _implemented("实施高等学校科研创新平台建设工程。", "山东")
    assert got == {("山东", "高等学校科研创新平台建设工程")}
    assert _implemented("构建县域基础设施一体化规划、建设、管护机制。", "湖北") == set()
    # themes: a list of fields is one theme each; an actor, a place or a platform's kind
    # is none
    got = _served("围绕工业制造、现代海洋、医疗健康等领域开展标杆场景工程。", "山东")
    assert {t for _, t in got} == {"工业制造", "现代海洋", "医疗健康"}
    assert _served("优化厅局长“三诊”机制。", "云南") == set()
    assert _served("办好中国西藏“环喜马拉雅”国际合作论坛。", "西藏") == set()
    assert _served("升级省“双碳”管理一体化平台。", "江苏") == set()
    got = _served("聚焦重点领域和关键环节，建设好制度型开放示范区。", "山东")
    assert all(t not in ("重点领域", "关键环节") for _, t in got)


def test_errors_of_the_tenth_review_round() -> None:
    # stories (0.9.3 review): forms of the work are no programs, measures are
    got = _implemented("新疆通过“宣讲+服务”“宣讲+实践活动”等形式，推动政策落地。")
    assert got == set()
    got = _implemented("江苏通过“揭榜挂帅”、“赛马”等举措推动攻关。")
    assert ("江苏", "“揭榜挂帅”") in got
    # customs after a place clause act, not the province; “三北” is a national program
    assert _implemented("在山东青岛，海关推进“智慧海关”建设。") == set()
    assert _implemented("宁夏实施“三北”工程六期。") == set()
    # gwr2026-liaoning: 全面 of the name's own word stays; a theme cut before 新 loses it
    got = _implemented("深入实施全面振兴新突破三年行动。", "辽宁")
    assert got == {("辽宁", "全面振兴新突破三年行动")}
    got = _served("推广一批“种养加”生态农业新模式。", "山东")
    assert all(not t.endswith("新") for _, t in got)
    got = _served("实施消费品以旧换新行动。", "甘肃")
    assert all(t != "消费品以旧换" for _, t in got)


def test_errors_of_the_twelfth_judged_sample() -> None:
    # tests/gold/judged (round 12): two kinds of one plan joined by 和 are one name; a
    # theme of the vocabulary that a name states is not cut at its words of doing; the
    # word of a scope is no topic
    got = _implemented("实施长期资本和耐心资本培育计划。", "安徽")
    assert got == {("安徽", "长期资本和耐心资本培育计划")}
    got = _implemented("实施基础研究领先和关键核心技术攻坚行动。", "北京")
    assert ("北京", "基础研究领先和关键核心技术攻坚行动") not in got  # (two actions: 0.9.97)
    assert ("北京", "关键核心技术攻坚行动") in got
    assert _served("出台实施乡村全面振兴规划。", "山东") == {("乡村全面振兴规划", "乡村振兴")}
    assert _served("开展重点领域执法专项行动。", "山东") == set()


def test_counted_quoted_kinds_and_adverbs_joined_to_verbs() -> None:
    # stories (0.9.3 review): a count before a quoted kind of measures is many of a kind
    # (counted projects are read since 0.9.143); 不断 joined to the verb after it is cut off
    assert _implemented("上海推出19项“人工智能+”具体举措。") == set()
    assert _implemented("浙江不断完善“15分钟健身圈”。") == {("浙江", "“15分钟健身圈”")}


def test_the_author_acts_again_after_firms_are_supported() -> None:
    # gwr2026-jiangsu: after 支持龙头企业…, a clause opening with the author's own verb of
    # carrying out is the province's; 搭建 after 支持企业… stays the firms', and so does
    # what follows 鼓励企业…
    got = _implemented(
        "支持龙头企业牵头组建任务型创新联合体，大力推动规上工业企业设立研发机构，"
        "推进“1650”产业体系补短板技术攻关专项行动。",
        "江苏",
    )
    assert got == {("江苏", "“1650”产业体系补短板技术攻关专项行动")}
    assert _implemented("支持企业联合高校院所，搭建产学研协同创新平台。", "江苏") == set()
    assert _implemented("鼓励国有企业发挥带头作用，开展数字化转型、DCMM贯标试点。", "山东") == set()


def test_frames_that_close_after_a_name() -> None:
    # stories (xwlb-20250914-03, -20250512-01, -20250321-05): a lever or a frame of time
    # closes the name, with or without quotes; the action after the lever is its purpose
    text = "今年，广东持续以“湾区通”工程为抓手，扎实推进大湾区市场一体化。"
    assert _implemented(text) == {("广东", "“湾区通”工程")}
    assert _served("广东以“四改”为抓手，提升城镇品质。") == {("“四改”", "城镇品质")}
    got = _implemented("重庆在实施节能降碳改造升级工程的同时，安排专项资金支持新兴产业发展。")
    assert got == {("重庆", "节能降碳改造升级工程")}
    got = _implemented(
        "今年，江西将以实施制造业重点产业链现代化建设行动为抓手，全面推进制造业数字化转型。"
    )
    assert got == {("江西", "制造业重点产业链现代化建设行动")}


def test_reports_of_results_and_notes() -> None:
    # gwr2026-hainan, -shanxi (0.9.8 review): a program reported done early or in shape;
    # a note's marker between a quoted name and its type word is no word of the name
    assert _implemented("“百万人才进海南”行动计划提前完成。", "海南") == {
        ("海南", "“百万人才进海南”行动计划")
    }
    assert _implemented("“1+5+N”［8］公共卫生体系初步成型。", "海南") == {
        ("海南", "“1+5+N”公共卫生体系")
    }
    assert _implemented("用好“三资”［22］监管平台。", "海南") == {("海南", "“三资”监管平台")}
    assert ("山西", "“一泓清水入黄河”生态保护工程") in _implemented(
        "“一泓清水入黄河”生态保护工程如期完工。", "山西"
    )
    # a story's event named after the province, in quotes, with no actor named
    got = _implemented("“花开北京”赏春系列活动今天在朝阳区元大都城垣遗址公园启动。")
    assert got == {("北京", "“花开北京”赏春系列活动")}


def test_slogans_and_fragments_of_names() -> None:
    # gwr2026-tianjin: slogans of opening up are no programs
    assert _implemented("“硬联通”和“软联通”持续深化。", "天津") == set()
    assert _implemented("拓展“走出去”开放空间。", "天津") == set()
    # gwr2026-shanxi, -hainan: no theme is a verb of the work, a rank or a leftover
    assert _served("实施“四大慢病”综合防治行动。", "山西") <= {
        ("“四大慢病”综合防治行动", "四大慢病")
    }
    assert _served("推进两业融合省级试点。", "山西") == {("两业融合省级试点", "两业融合")}
    assert _served("实施“省校联合培养计划”。", "山东") == {("“省校联合培养计划”", "省校联合培养")}
    assert _served("推广“互联网+政务服务”。", "山东") <= {("“互联网+政务服务”", "政务服务")}


def test_lists_sharing_a_head_and_fairs() -> None:
    # gwr2026-qinghai, -shaanxi, -ningxia (0.9.9 review): items of a list that end in a
    # word of doing are names; one named item before 等 and a strong head is enough
    got = _implemented("实施钾盐高效利用、锂盐量质提升、光伏制造强链工程。", "青海")
    assert got == {
        ("青海", "钾盐高效利用工程"),
        ("青海", "锂盐量质提升工程"),
        ("青海", "光伏制造强链工程"),
    }
    got = _implemented("实施民族手工业品牌培育、民贸民品产业提升行动。", "青海")
    assert ("青海", "民族手工业品牌培育行动") in got
    assert _implemented("开展校园餐质量提升等专项行动。", "宁夏") == {
        ("宁夏", "校园餐质量提升专项行动")
    }
    got = _implemented("统筹推进数字技术创新、数字治理能力、全民数字素养等提升行动。", "宁夏")
    assert ("宁夏", "全民数字素养提升行动") in got and len(got) == 3
    # fairs: China and a partner (中俄), a list reported by its influence, 支持办好…
    got = _implemented("成功举办第六届中俄中小企业实业论坛。", "陕西")
    assert got == {("陕西", "第六届中俄中小企业实业论坛")}
    got = _implemented("丝绸之路国际博览会、欧亚经济论坛、杨凌农高会等影响力持续提升。", "陕西")
    assert ("陕西", "杨凌农高会") in got and len(got) == 3
    got = _implemented("支持办好养老产业博览会、西部茶产业博览会等特色品牌展会。", "陕西")
    assert ("陕西", "西部茶产业博览会") in got
    assert ("宁夏", "全区旅游发展大会") in _implemented("召开全区旅游发展大会。", "宁夏")
    assert _implemented("组织开展好“琼超”联赛。", "海南") == {("海南", "“琼超”联赛")}


def test_programs_used_chosen_and_typed_oddly() -> None:
    # gwr2026-shanxi, -qinghai: a program whose pull is used
    assert _implemented("发挥三晋英才计划带动作用。", "山西") == {("山西", "三晋英才计划")}
    # gwr2026-hainan: a list the province is chosen for is no program of its own
    text = "2项制度创新成果入选自贸试验区第六批“最佳实践案例”。"
    assert _implemented(text, "海南") == set()
    # policy-shandong-039: a Chinese quote closed by an ASCII one
    assert _implemented('开展“策源"行动。', "山东") == {("山东", "“策源”行动")}
    # policy-shandong-022: the note of who leads the work is not the next sentence's actor
    text = "推进数字政府建设。（省大数据局牵头）加快“互联网+监管”平台建设和应用。"
    assert ("山东", "“互联网+监管”平台") in _implemented(text, "山东")
    # gwr2026-qinghai: a topic of two characters that a name states
    assert _served("投资攻坚行动扎实推进。", "青海") == {("投资攻坚行动", "投资")}


def test_kinds_metaphors_and_whose_aim() -> None:
    # policy-shandong-019, gwr2026-sichuan (round 13): a batch of a kind, a metaphor
    text = "实施一批数字博物馆、智慧图书馆、数字文化馆等数字文化场馆建设工程。"
    assert _implemented(text, "山东") == set()
    assert _implemented("打好“收官战”。", "四川") == set()
    # gwr2026-qinghai (round 13): the aim a name states is that program's, not its sibling's
    text = "深入实施“人工智能+”“数据要素×”行动，推动人工智能赋能千行百业。"
    assert ("“数据要素×”行动", "人工智能") not in _served(text, "青海")
    # gwr2026-fujian: a clause that issues a regulation is an action, not an aim
    text = "国有企业改革深化提升行动圆满收官，推动出台民营经济促进条例。"
    assert all(theme != "民营经济" for _, theme in _served(text, "福建"))
    # policy-shandong-051: a quoted kind of firm or a city supported does the work
    text = "支持“链主”企业与重点高校深度联动，组建合作交流联盟。"
    assert _implemented(text, "山东") == set()
    assert _implemented("支持青岛打造国际海洋名城。", "山东") == set()
    # a name's words of doing are no topic (…清理整治专项行动)
    assert _served("开展市场准入壁垒清理整治专项行动。", "江苏") == {
        ("市场准入壁垒清理整治专项行动", "市场准入壁垒")
    }


def test_lists_of_a_kind_and_new_ways_of_working() -> None:
    # gwr2026-zhejiang, -chongqing (round 14): the kind after 等 is no part of the name
    assert _implemented("深化“先用后转”等集成改革。", "浙江") == {("浙江", "“先用后转”")}
    # gwr2026-guizhou: a second verb is no modifier of the name; a kind of service is
    got = _served("优化提升省内外就业服务“一张网”。", "贵州")
    assert got == {("省内外就业服务“一张网”", "省内外就业服务")}
    # gwr2026-sichuan, -shanghai: a new way of working and a world-class brand are kinds
    assert _implemented("探索高质量招商引资新模式。", "四川") == set()
    assert _implemented("打造世界级旅游品牌。", "上海") == set()
    # a model named by a district the gazetteer does not know is lost with the unmarked ones
    # (since 0.9.49: models are ways of working unless a mark names them)
    assert _implemented("推广麒麟区西门街老街有机更新模式。", "云南") == set()
    # stories: a park holds its own festival; a lab named by its mountain states no topic
    text = "在江苏扬州，瘦西湖的上万株梅花悄然绽放，园区举办了梅花艺术节。"
    assert _implemented(text) == set()
    assert _served("宁夏建设六盘山实验室。") == set()
    # gwr2026-yunnan: a count of editions held is no part of a fair's name
    assert _implemented("圆满举办4届南博会。", "云南") == {("云南", "南博会")}


def test_aims_that_are_more_building_and_fields_of_bases() -> None:
    # gwr2026-shanghai (round 14): building more projects is one more action, not an aim
    text = "启动蒙电入沪过江工程，推动深远海风电等重大项目建设。"
    assert _served(text, "上海") == set()
    # policy-shandong-019 (round 14), gwr2026-liaoning: no topic from what a mechanism
    # links, nor from 加快发展 in a name
    assert _served("建立校企人才对接机制。", "山东") == set()
    assert _served("全面实施跨境电商加快发展行动。", "辽宁") == {
        ("跨境电商加快发展行动", "跨境电商")
    }
    # stories (0.9.11 review): a base of an industry serves that industry
    assert _served("加快建设世界级盐湖产业基地。", "青海") == {("世界级盐湖产业基地", "盐湖产业")}


def test_descriptions_clauses_and_bodies_are_no_names_or_themes() -> None:
    # stories and reports (round 15): a record described is no name; 我国 is no part of one
    assert _implemented("在甘肃，世界首座人工硐室压缩空气储能项目进入设备安装阶段。") == set()
    got = _implemented("建设我国民族团结进步示范区。", "云南")
    assert got == {("云南", "民族团结进步示范区")}
    # a provincial category of projects or labs is no program (省重大项目完成投资…)
    assert _implemented("省重大项目完成投资达7290亿元。", "江苏") == set()
    # gwr2026-shanghai, -neimenggu (round 15): no theme is a clause or a body
    text = "推动先行启动区开展压力测试，加快建设科创研发孵化基地等功能载体。"
    assert ("科创研发孵化基地", "先行启动区开展压力测试") not in _served(text, "上海")
    text = "健全自治区、盟市、旗县三级消协组织，推行“放心消费”承诺。"
    assert all(not theme.endswith("组织") for _, theme in _served(text, "内蒙古"))
    # the means “人工智能+X” names is no topic; a port goes on from its city
    assert _served("推进“人工智能+文化”行动。", "山东") == set()
    assert _served("推进日照港转型升级工程。", "山东") == {("日照港转型升级工程", "日照港转型升级")}


def test_an_enumeration_named_only_in_part() -> None:
    # gwr2026-shandong (round 17): …等六大行动 names some of the actions, each its own
    text = "实施省属企业价值创造引领、产业育新升级、公司治理提质等六大行动。"
    names = {o for _, o in _implemented(text, "山东")}
    assert names == {"省属企业价值创造引领行动", "产业育新升级行动", "公司治理提质行动"}
    # all of them named: the enumeration is the program, as in the sample article
    got = _implemented("实施思想领航、党性铸魂、能力提升、作风锤炼、清风护航五大工程。", "山东")
    assert len(got) == 1


def test_items_of_a_list_of_examples() -> None:
    # policy-shandong-002 (round 17): fields listed before 等领域 are examples, not programs
    text = "开发航空航天、新能源、高速列车、海洋工程和防灾减灾等领域应用的复合材料制品。"
    assert _implemented(text, "山东") == set()


def test_events_named_before_their_hosts() -> None:
    # xwlb-20251010-11 (stories review t): the event first, then who hosts it
    text = "第十五届全国运动会由粤港澳三地联合承办，共设34个大项419个小项。"
    assert _implemented(text) == {
        ("广东", "第十五届全国运动会"),
        ("香港", "第十五届全国运动会"),
        ("澳门", "第十五届全国运动会"),
    }
    text = "2025年海南自由贸易港全球产业招商大会由海南省人民政府和商务部共同举办。"
    assert _implemented(text) == {("海南", "海南自由贸易港全球产业招商大会")}
    # an event named before (本届, 这届), a kind of event, or no province among the hosts
    assert _implemented("本届全运会由广东、香港、澳门联合承办。") == set()
    assert _implemented("由粤港澳三地共同举办的这届全运会，燃动大湾区。") == set()
    assert _implemented("纪念大会由中央宣传部、贵州省委举办。") == set()
    assert _implemented("数字经济论坛由商务部主办。", "海南") == set()


def test_verbs_with_a_result_and_goals_named_in_quotes() -> None:
    # stories review t/u: 打造出, 建起 carry out what follows them
    assert _implemented("浙江长兴在百姓家门口建起了“健康屋”。") == {("浙江", "“健康屋”")}
    assert _implemented("浙江打造出“浙里办”平台。") == {("浙江", "“浙里办”平台")}
    # a batch of a kind described (一批“小而美”的…), a goal or a metaphor (round 18)
    assert _implemented("江苏打造出一批“小而美”的城市更新改造工程。") == set()
    assert _implemented("打造全国创新创业“齐鲁样板”。", "山东") == set()
    assert _implemented("加快打造遵义对接成渝地区双城经济圈“桥头堡”。", "贵州") == set()
    assert _implemented("启动新一轮三年行动。", "宁夏") == set()
    # taking part in another's event is not holding it
    assert _implemented("参加第十五届全运会取得历史最好成绩。", "福建") == set()


def test_theme_labels_without_scope_or_venue() -> None:
    # round 18: 全民 is who takes part, a main venue is where it is held
    assert _served("开展美丽湖南建设全民行动。", "湖南") == {
        ("美丽湖南建设全民行动", "美丽湖南建设")
    }
    assert _served("承办好“5·18国际博物馆日”中国主会场活动。", "内蒙古") == set()


def test_national_campaigns_and_actions_give_no_fact() -> None:
    # dev and round 18: the centre's campaigns and actions, which every province carries out
    assert _implemented("深入打好蓝天、碧水、净土保卫战。", "河南") == set()
    assert _implemented("深入实施“人工智能+”“数据要素×”行动。", "甘肃") == set()
    assert _implemented("加快推进黄河“几字弯”攻坚战。", "宁夏") == set()
    # a province's own program of a kind the centre also names still counts
    got = _implemented("实施“人工智能+”一号创新工程。", "四川")
    assert got == {("四川", "“人工智能+”一号创新工程")}


def test_names_with_a_place_in_brackets_and_events_in_a_list() -> None:
    # gwr2026-zhejiang (review): a place in brackets is part of the name
    got = _implemented("高质量建设金华（义乌）中欧班列集结中心。", "浙江")
    assert {o for _, o in got} == {"金华(义乌)中欧班列集结中心"}
    text = "高水平办好第十五届中国（温州）国际园林博览会、世界清洁日全球主场活动。"
    assert {o for _, o in _implemented(text, "浙江")} == {
        "第十五届中国(温州)国际园林博览会",
        "世界清洁日全球主场活动",
    }
    # a heading's number in brackets is not
    assert all("(一)" not in o for _, o in _implemented("建设（一）数字平台。", "浙江"))
    # 省级及以上 is one level, not a list
    text = "开展新一轮省级及以上开发区绿色低碳循环化改造行动。"
    assert {o for _, o in _implemented(text, "浙江")} == {
        "新一轮省级及以上开发区绿色低碳循环化改造行动"
    }
    # gwr2026-xizang (review): the second event of a list held
    text = "办好中国西藏“环喜马拉雅”国际合作论坛、跨喜马拉雅国际公路自行车极限赛。"
    assert ("西藏", "跨喜马拉雅国际公路自行车极限赛") in _implemented(text, "西藏")
    # gwr2026-hubei (review): a list of forums reported with 等…影响持续扩大
    text = "东湖论坛、楚商大会等重大科创活动影响持续扩大。"
    assert {o for _, o in _implemented(text, "湖北")} == {"东湖论坛", "楚商大会"}


def test_labels_and_themes_of_round_19() -> None:
    # a second verb before a name (优化调整, 完善提升) is no part of it
    assert _implemented("优化调整“算力券”政策。", "贵州") == {("贵州", "“算力券”政策")}
    got = _implemented("完善提升县乡村三级物流体系。", "四川")
    assert got == {("四川", "县乡村三级物流体系")}
    # a short name defined for a name just written, a model to build, examples of scenes
    text = "为加快推动济南—青岛人工智能创新应用先导区（以下简称“先导区”）建设，制定本方案。"
    assert all(o != "“先导区”" for _, o in _implemented(text, "山东"))
    assert _implemented("打造“飞地园区”示范样板。", "湖南") == set()
    text = "推进“智慧港口”“智慧牧场”、海上智能钻采平台等场景应用推广。"
    assert _implemented(text, "山东") == set()
    # a clause bringing something in is no aim; two themes joined into one aim stay one
    text = "开展不动产信托登记试点，推动数字人民币国际运营中心落户。"
    assert all("落户" not in t and "运营中心" not in t for _, t in _served(text, "上海"))
    text = "持续深化“数字浙江”建设，推动实体经济与数字经济深度融合。"
    served = _served(text, "浙江")  # (and 数字化, the brand's, beside it since 0.9.97)
    assert ("“数字浙江”建设", "实体经济与数字经济深度融合") in served
    assert all("实体经济" not in t or t == "实体经济与数字经济深度融合" for _, t in served)
    # training is the form of a program, not its topic
    assert _served("实施智能化技术改造专题培训计划。", "山东") == {
        ("智能化技术改造专题培训计划", "智能化技术改造")
    }
    # a target to make sure of is no program reported
    assert _implemented("确保招商引资项目完成固定资产投资220亿元。", "西藏") == set()


def test_lists_and_names_of_the_second_report_reviews() -> None:
    # gwr2026-hunan: a quoted name with its own head keeps it; the next takes the shared one
    assert _implemented("实施“芙蓉计划”“湘智兴湘”行动。", "湖南") == {
        ("湖南", "“芙蓉计划”"),
        ("湖南", "“湘智兴湘”行动"),
    }
    # xwlb-20250920-03 (round 20): short items before one mechanism, after 建立了
    got = _implemented("浙江建立了教育、科技、人才一体推进机制。")
    assert got == {("浙江", "教育、科技、人才一体推进机制")}
    # gwr2026-fujian: a modifier after 、 is the next quoted name's own
    got = _implemented("深化政务服务“一网办事”、行政执法“一网监管”。", "福建")
    assert ("福建", "行政执法“一网监管”") in got
    # gwr2026-jilin: 现代化 opens a long name; alone before a kind it names none
    got = _implemented("深入实施现代化大农业示范基地建设工程。", "吉林")
    assert got == {("吉林", "现代化大农业示范基地建设工程")}
    assert _implemented("加快建设现代化产业体系。", "吉林") == set()
    # xwlb-20250325-05 (round 20): a special campaign with nothing specific is no name
    assert _implemented("吉林全面启动专项整治行动，重点整治涉企乱检查。") == set()


def test_themes_of_the_second_report_reviews() -> None:
    # the kind of a list of events says what they are for (gwr2026-shanghai, -jilin)
    text = "精心办好新春消费季、“五五购物节”、上海旅游节等扩消费活动。"
    served = _served(text, "上海")  # (a season of spending serves spending: 0.9.97, a
    # shopping festival too since 0.9.187)
    assert {("“五五购物节”", "消费"), ("上海旅游节", "扩消费")} <= served
    assert {t for _, t in served} == {"扩消费", "消费"}
    assert {t for _, t in _served("办好中国—北欧经贸合作论坛、华创会等重大活动。", "湖北")} <= {
        "北欧经贸合作"
    }
    # the partner countries of a program are no topic (gwr2026-hubei)
    text = "实施新兴市场开拓计划，全面提升与共建“一带一路”国家的经贸合作水平。"
    assert all(t != "一带一路" for _, t in _served(text, "湖北"))
    # a code before the topic, a metaphor of effort after it (round 20, gwr2026-zhejiang)
    assert _served("扎实推进“六六就业稳岗计划”。", "贵州") == {("“六六就业稳岗计划”", "就业稳岗")}
    assert _served("实施“中医药攀登工程”。", "浙江") == {("“中医药攀登工程”", "中医药")}


def test_names_and_themes_of_round_21() -> None:
    # gwr2026-shanghai (review): a year inside a name is the name's; a leading one is not
    got = _implemented("实施优化营商环境2026年行动方案。", "上海")
    assert {o for _, o in got} == {"优化营商环境2026年行动方案"}
    assert _implemented("实施2026年民生实事项目。", "上海") == {("上海", "民生实事项目")}
    # a quoted name reported in use (…全面推广应用)
    assert _implemented("“检查码”全面推广应用。", "上海") == {("上海", "“检查码”")}
    # gwr2026-jiangsu (review): items share the whole head the last name has after the
    # words they have in common
    text = "深入实施数字文化产业高质量发展、文化旅游业高质量发展三年行动计划。"
    assert ("江苏", "数字文化产业高质量发展三年行动计划") in _implemented(text, "江苏")
    # themes (round 21): a manner (品牌化、标准化发展), a pronoun's clause, one side of a
    # pair cut after 等, a rank (一号), a doing word (…推进) are no topics
    text = "实施服务消费提质惠民行动，促进餐饮、家政、康养等服务品牌化、标准化发展。"
    assert all("品牌化" not in t for _, t in _served(text, "辽宁"))
    text = "加快推进省属高校、科研院所科技成果转化综合试点，支持其建立技术转移服务机构。"
    assert all(not t.startswith("其") for _, t in _served(text, "山东"))
    text = "黑龙江启动夏季避暑旅游“百日行动”，推动文旅与农业、体育、商贸等产业深度融合。"
    assert all(t != "产业深度融合" for _, t in _served(text))
    assert _served("实施“人工智能+”一号创新工程。", "四川") == set()
    assert _served("开展绿色消费推进行动。", "青海") == {("绿色消费推进行动", "绿色消费")}
    text = "建立传统产业智能化技术改造协调推进机制。"
    assert _served(text, "山东") == {
        ("传统产业智能化技术改造协调推进机制", "传统产业智能化技术改造")
    }


def test_a_literary_name_of_a_province_inside_a_program_name() -> None:
    # gwr2026-chongqing (review): 巴蜀 names the corridor, not who builds it
    got = _implemented("巴蜀文化旅游走廊建设成势见效。", "重庆")
    assert got == {("重庆", "巴蜀文化旅游走廊")}
    # a note in brackets inside a name is no part of its topic (gwr2026-chongqing)
    got = _served("建设两江影视（微短剧）产业基地。", "重庆")
    assert all("(" not in t for _, t in got) and got


def test_errors_of_round_22() -> None:
    # strategies listed before one 战略 are each a strategy of its own (the centre's is none)
    got = _implemented("深入实施科教兴省、人才强省、创新驱动发展战略。", "山西")
    assert got == {("山西", "科教兴省战略"), ("山西", "人才强省战略")}
    # a goal in quotes is no program, a solution is a product; 开放 alone is no topic
    assert _implemented("以“双碳”为牵引推动形成绿色低碳生产生活方式。", "贵州") == set()
    assert _implemented("积极打造综合能源、绿色能源系统解决方案。", "山西") == set()
    text = "创新办好数博会、酒博会、中国—东盟教育交流周等重大开放活动。"
    assert all(t != "开放" for _, t in _served(text, "贵州"))


def test_errors_of_round_23() -> None:
    # after 实施, a verb of shaping opens the campaign's own name (培育…, 优化…)
    got = _implemented("实施培育发展未来产业三年行动。", "辽宁")
    assert got == {("辽宁", "培育发展未来产业三年行动")}
    got = _implemented("实施优化涉外服务提升国际化营商环境行动。", "海南")
    assert got == {("海南", "优化涉外服务提升国际化营商环境行动")}
    # the projects of every level, and a counted formula (“四件大事”), are no names
    assert _implemented("推进省市县重点项目建设。", "西藏") == set()
    assert _implemented("持续深入抓好“四件大事”。", "西藏") == set()


def test_errors_of_round_24_and_the_reviews_of_0_9_23() -> None:
    # after 深入实施 (one word) too, and with 优化营商环境 a word of the lexicon, the verb
    # of shaping is the campaign's own first word (gwr2026-jiangsu, gwr2026-liaoning)
    got = _implemented("深入实施培育发展未来产业三年行动。", "江苏")
    assert got == {("江苏", "培育发展未来产业三年行动")}
    got = _implemented("实施优化营商环境行动方案（2026版）。", "辽宁")
    assert got == {("辽宁", "优化营商环境行动方案")}
    # a museum named after its province acts, not the province (xwlb-20250203-04)
    assert _implemented("北京古观象台举行了传统的“鞭打春牛”民俗活动。") == set()
    assert _implemented("河北博物院、上海博物馆纷纷推出“乙巳蛇年生肖展”。") == set()
    # a problem whose findings are rectified is no program (gwr2026-neimenggu)
    assert _implemented("稳妥有序推进“一地多证”、“一地多补”问题整改。", "内蒙古") == set()


def test_an_event_a_later_sentence_refers_back_to() -> None:
    # xwlb-20250610-05: the hosts and the theme of 本次大会 are the headline event's
    text = (
        "2025年中国网络文明大会在合肥开幕。"
        "本次大会以“汇聚网络正能量 引领时代新风尚”为主题，"
        "由中央网信办、中央精神文明建设办公室、中共安徽省委、安徽省人民政府共同主办。"
    )
    ex = kg.extract(text, id="t")
    facts = {(a.subject.label, a.predicate, a.object.label, a.rule) for a in ex.assertions}
    assert {
        ("安徽", "implements", "中国网络文明大会", "impl.hosted-back"),
        ("中国网络文明大会", "serves", "汇聚网络正能量 引领时代新风尚", "serves.event-theme"),
    } <= facts
    assert {a.subject.label for a in ex.assertions if a.predicate == "implements"} == {"安徽"}
    # xwlb-20251110-01: 这是首次由粤港澳三地联合举办的全国运动会
    text = "第十五届全国运动会今天开幕。这是首次由粤港澳三地联合举办的全国运动会。"
    assert _implemented(text) == {
        ("广东", "第十五届全国运动会"),
        ("香港", "第十五届全国运动会"),
        ("澳门", "第十五届全国运动会"),
    }
    # xwlb-20251204-12: the theme of 本届电影节, an event the province holds
    text = "第七届海南岛国际电影节在三亚开幕，由海南省人民政府主办。本届电影节以“海生万象，光影无垠”为主题。"
    assert ("第七届海南岛国际电影节", "海生万象 光影无垠") in _served(text)
    # an event the headline or the lead names as held, which no program rule reads
    # (xwlb-20250624-13, xwlb-20250803-08), and hosts in a second clause (xwlb-20250724-09)
    text = (
        "“应急使命·2025”极端灾害事故场景新质救援能力检验性演习今天举行\n\n"
        "本次演习由应急管理部、工业和信息化部、黑龙江省政府联合承办，共设置4个专题。"
    )
    assert _implemented(text) == {
        ("黑龙江", "“应急使命·2025”极端灾害事故场景新质救援能力检验性演习")
    }
    text = (
        "粤港澳三地热情迎全运\n\n央视网消息（新闻联播）：第十五届全国运动会将于2025年11月9日"
        "至21日在粤港澳大湾区举行。\n第十五届全国运动会将于11月9日至21日进行，"
        "这是首次由粤港澳三地携手举办的全国运动会。"
    )
    assert {p for p, _ in _implemented(text)} == {"广东", "香港", "澳门"}
    text = (
        "2025年世界互联网大会数字丝路发展论坛在泉州开幕\n\n"
        "本次论坛由世界互联网大会主办，福建省人民政府承办。"
    )
    assert ("福建", "世界互联网大会数字丝路发展论坛") in _implemented(text)
    # no event named before, or hosts without a province: nothing
    assert _implemented("本次演习由应急管理部、黑龙江省政府联合承办。") == set()
    text = "第三届全国技能大赛在郑州举办。本届大赛由人力资源社会保障部主办。"
    assert _implemented(text) == set()
    # a province's theme for its own activities is not said of an event
    text = "北京举办2025北京长城文化节。北京以“京彩秋韵 双节同庆”为主题推出3300余场活动。"
    assert all(t != "京彩秋韵 双节同庆" for _, t in _served(text))


def test_errors_of_round_25() -> None:
    # a TCM concept in a list of research topics is no program (policy-shandong-002)
    text = "开展中药复方精准用药、中医“治未病”等关键技术研究。"
    assert _implemented(text, "山东") == set()
    # a layout of counted parts is no topic of the system built for it (gwr2026-tianjin)
    assert _served("进一步完善“一核两翼多点”建设体系。", "天津") == set()
    assert _served("实施“大思政课”建设工程。", "天津") == {("“大思政课”建设工程", "大思政课")}
    # 整县 is the pilot's scope, not its topic (gwr2026-sichuan)
    assert _served("启动片区化推进乡村建设整县试点。", "四川") == {
        ("片区化推进乡村建设整县试点", "片区化推进乡村建设")
    }
    # a verb and a head name nothing (policy-shandong-020); nor does a note of who leads
    # (policy-central-166), nor a list closed before a count (xwlb-20250417-11)
    assert _implemented("省市联动制定配套措施，加快推动示范区建设发展。", "山东") == set()
    text = "由省绿色低碳高质量发展先行区建设领导小组办公室牵头，各市参与。"
    assert _implemented(text, "山东") == set()
    text = "上海围绕优化发展环境、完善投融资支持、推动创新开放等六大领域推出26项举措。"
    assert all("领域" not in o for _, o in _implemented(text))


def test_errors_of_round_26() -> None:
    # two fields joined by 和 before 融合 name one pilot (gwr2026-chongqing)
    got = _implemented("深化先进制造业和现代服务业融合发展试点。", "重庆")
    assert got == {("重庆", "先进制造业和现代服务业融合发展试点")}
    # 建设用地 is land, not a verb (gwr2026-shaanxi)
    got = _implemented("实施建设用地总量按规划期管控制度。", "陕西")
    assert got == {("陕西", "建设用地总量按规划期管控制度")}
    # a topic label with the clause's verb inside is none (policy-central-166); nor is a
    # pilot by trades
    text = "场景创新推动项目建设、集聚创新资源作用明显。"
    assert _implemented(text, "山东") == set()
    assert _implemented("浙江、江苏、山东等地开展分行业试点。") == set()
    # themes: a slogan keeps its 以, a dual control covers both its sides, a round and a
    # direction are no part of a topic, a platform's kind (交易服务) and a list's head
    # (活动…) are none
    got = _served("扎实推进“手拉手”以才引才专项行动。", "辽宁")
    assert got == {("“手拉手”以才引才专项行动", "以才引才")}
    got = _served("实施碳排放总量和强度双控，升级省“双碳”管理一体化平台。", "安徽")
    assert got == {("省“双碳”管理一体化平台", "碳排放总量和强度双控")}
    got = _served("推进崇明世界级生态岛建设第六轮三年行动计划。", "上海")
    assert got == {("崇明世界级生态岛建设第六轮三年行动计划", "崇明世界级生态岛建设")}
    got = _served("深入实施“十强产业”行动计划，聚焦高端化、智能化、绿色化方向。", "山东")
    assert {t for _, t in got} == {"高端化", "智能化", "绿色化"}
    assert _served("推动共建共治共享“七大要素”交易服务平台。", "湖北") == set()
    text = "实施公共文化服务提质增效行动，积极支持“文化大篷车”等活动深入基层、服务群众。"
    assert all(not t.startswith("活动") for _, t in _served(text, "宁夏"))


def test_errors_of_round_27() -> None:
    # a positioning is no program, in quotes or in a note after them (policy-shandong-002)
    text = (
        "立足“以蓝色经济引领转型升级的自主创新示范区”的总体定位和“四区一中心”"
        "(全球海洋科技创新中心、经济转型升级样板区)具体定位，充分发挥优势。"
    )
    assert all(o in ("经济转型升级样板区",) for _, o in _implemented(text, "山东"))
    # a path, a goal in quotes and a team are none (policy-shandong-018, gwr2026-hubei,
    # xwlb-20251212-06)
    text = "积极探索“底线+特色”“规范+示范”实施路径，坚守办学底线。"
    assert _implemented(text, "山东") == set()
    assert _implemented("着力推动经济社会治理“降本增效”。", "湖北") == set()
    text = "天津组织专家学者、“劳模宣讲团”、“青年宣讲队”，深入机关、企业开展宣讲。"
    assert _implemented(text) == set()
    # two strategies joined by 和 are two (policy-shandong-020); a first pilot is no name
    got = _implemented("全面实施知识产权和标准战略。", "山东")
    assert got == {("山东", "知识产权战略"), ("山东", "标准战略")}
    assert _implemented("安徽广德今年率先开展水稻大面积提产增效的先行试点。") == set()
    # themes: the head (主题教育) is not the topic, nor is the vehicle (直通车) or the step
    # (提级) of a quoted program
    text = "扎实开展习近平新时代中国特色社会主义思想主题教育。"
    assert {t for _, t in _served(text, "山西")} == {"习近平新时代中国特色社会主义思想"}
    assert _served("持续开展“茉莉花开”文艺直通车行动。", "江苏") == set()
    served = _served("实施社区“石榴籽”家园提级工程。", "青海")
    assert all("提级" not in theme and "家园" not in theme for _, theme in served)


def test_errors_of_round_29() -> None:
    # a kind of economy in quotes is a sector, not a program (gwr2026-jilin); the national
    # single window is the centre's (xwlb-20250810-06)
    text = "开发“谷子经济”“票根经济”，创新消费模式。"
    assert _implemented(text, "吉林") == set()
    assert _implemented("依托国际贸易“单一窗口”，推进通关便利化。", "福建") == set()
    # a verb's result (探索出) is no modifier of the name (xwlb-20250607-05)
    got = _implemented("北京探索出“大家商量着办”为民服务机制。")
    assert got == {("北京", "“大家商量着办”为民服务机制")}
    # an adjective is no theme (xwlb-20251207-03)
    text = "湖南建设自贸试验区，形成更多可复制、可推广的制度创新成果。"
    assert all(not t.startswith("可") for _, t in _served(text))


def test_constructions_of_the_reviews_of_0_9_29() -> None:
    # a headline's space parts two phrases like a comma (xwlb-20250521-05)
    got = _implemented("江西打造“井冈山”农产品品牌 推动老区乡村振兴")
    assert got == {("江西", "“井冈山”农产品品牌")}
    assert ("“井冈山”农产品品牌", "乡村振兴") in _served(
        "江西打造“井冈山”农产品品牌 推动老区乡村振兴"
    )
    # a space inside a PDF's name does not (gwr2026-jiangxi)
    got = _implemented("持续推进国有企业 “争链主、强集群”行动。", "江西")
    assert got == {("江西", "“争链主、强集群”行动")}
    # a headline clause of a person's doing is no event's name (xwlb-20251110-01)
    text = "第十五届全国运动会在广东广州隆重开幕 习近平出席开幕式并宣布运动会开幕\n\n这是首次由粤港澳三地联合举办的全国运动会。"
    assert {o for _, o in _implemented(text)} <= {"第十五届全国运动会"}
    # a metaphor in quotes is no program (xwlb-20250327-05)
    assert _implemented("浙江持续擦亮民营经济“金名片”。") == set()
    # 让 opens a purpose (xwlb-20251229-03)
    text = "河南用好“流动党校”“社区学校”等，让党的创新理论入脑入心。"
    assert {t for _, t in _served(text)} == {"党的创新理论"}
    # new experience and new practice are what comes of it, no topic (xwlb-20251207-03)
    text = "湖南用好中非经贸深度合作先行区，加快形成一批可复制、可推广的合作新经验、新做法。"
    assert all(not t.endswith(("经验", "做法")) for _, t in _served(text))
    # the last item before a count and the shared head (xwlb-20251207-03)
    text = "湖南将用好湖南自贸试验区、中非经贸博览会、中非经贸深度合作先行区三大国家级平台。"
    assert ("湖南", "中非经贸深度合作先行区") in _implemented(text)
    # 各地 after a clause of place are that province's places
    assert _implemented("在浙江，各地开展“三服务”活动。") == {("浙江", "“三服务”活动")}
    # 支持 right before the verb is the author's own (policy-shandong-009)
    text = "支持建设省级工业大数据交易平台，探索推行数据登记制度。"
    assert _implemented(text, "山东") == {("山东", "省级工业大数据交易平台")}
    # 共建共享 is one verb (policy-shandong-041); 先导区 is a type word whose places split
    assert _implemented("共建共享“好品山东”品牌。", "山东") == {("山东", "“好品山东”品牌")}
    got = _implemented("建设济南、青岛未来产业先导区。", "山东")
    assert got == {("山东", "济南未来产业先导区"), ("山东", "青岛未来产业先导区")}


def test_constructions_of_the_reviews_of_0_9_30() -> None:
    # two short nouns joined by 和 make one modifier before a quote (xwlb-20250330-03),
    # but not a program and a noun (gwr2026-gansu)
    got = _implemented("湖南探索企业投诉和建议“一站式”办理新机制。")
    assert got == {("湖南", "企业投诉和建议“一站式”办理新机制")}
    got = _implemented("深化中职学校提质培优工程和高职学校“双高计划”。", "甘肃")
    assert ("甘肃", "中职学校提质培优工程") in got
    # 建设完成 is a verb of building (policy-shandong-019)
    got = _implemented("到2022年底前建设完成省级养老服务管理平台。", "山东")
    assert got == {("山东", "省级养老服务管理平台")}


def test_errors_of_round_31() -> None:
    # a measure after a quoted name is no head of it (gwr2026-chongqing)
    got = _implemented("优化“渝快政”“渝快办”服务质效，增强安全防护能力。", "重庆")
    assert got == {("重庆", "“渝快政”"), ("重庆", "“渝快办”")}
    # people's concerns in quotes are no program (gwr2026-shandong); nor a way of doing
    # (xwlb-20250519-11), nor many of a kind (gwr2026-neimenggu, policy-shandong-018)
    assert _implemented("我们将尽心尽力办好群众“心头事”。", "山东") == set()
    assert _implemented("山东、陕西等地通过“一喷三防”等方式应对干热风。") == set()
    assert _implemented("制定各行业场景应用推广方案。", "内蒙古") == set()
    assert _implemented("优化整合涉教育领域各类人才计划。", "山东") == set()
    # joining another's program is not carrying it out (policy-shandong-002)
    assert _implemented("积极发起或参与海洋领域国际大科学工程。", "山东") == set()
    # a clause is no name: a disposal, a demonstrative (xwlb-20250709-05)
    text = "青海要用法治方式把三江源这个“中华水塔”守护好。"
    assert _implemented(text) == set()
    assert _implemented("山东打造“义乌好货”这个大平台。") == set()


def test_constructions_of_the_reviews_of_0_9_32() -> None:
    # how much of a work was done after its name ends it (gwr2026-liaoning)
    got = _implemented("开展黑土地保护工程1036万亩，实施粮食单产提升工程超600万亩。", "辽宁")
    assert got == {("辽宁", "黑土地保护工程"), ("辽宁", "粮食单产提升工程")}
    # but a count of items is many of a kind (not 100个…项目)
    assert _implemented("实施亿元以上技改项目100个。", "安徽") == set()
    # a week of events is an event of a list (gwr2026-shandong)
    text = "办好跨国公司领导人青岛峰会、港澳山东周、新加坡山东周等活动。"
    assert ("山东", "港澳山东周") in _implemented(text, "山东")
    # leftovers: 其中, 投用, 强化 (gwr2026-xizang, gwr2026-chongqing, xwlb-20250119-03)
    got = _implemented("完成营造林40万亩以上、其中南北山绿化工程20万亩。", "西藏")
    assert ("西藏", "南北山绿化工程") in got
    got = _implemented("建成投用综合枢纽数字金融服务平台。", "重庆")
    assert got == {("重庆", "综合枢纽数字金融服务平台")}
    # when a program is carried out is no report of it (policy-shandong-003)
    assert _implemented("试点示范培育行动实施年度为2016年-2018年。", "山东") == set()
    # two joined in one mechanism (gwr2026-shandong); a topic opening with 强化 is an
    # action, not a name (xwlb-20250119-03)
    got = _implemented("建立高新区和高校联动发展机制。", "山东")
    assert got == {("山东", "高新区和高校联动发展机制")}
    text = "广东推进大湾区市场一体化建设，强化横琴、前海、南沙、河套重大合作平台作用更加凸显。"
    assert all(not o.startswith("强化") for _, o in _implemented(text))


def test_constructions_of_the_reviews_of_0_9_33() -> None:
    # a quoted description before 的 is part of the name (policy-shandong-045, central-025)
    got = _implemented("山东打造“全国领先、山东特色”的智慧高速品牌。")
    assert got == {("山东", "“全国领先、山东特色”的智慧高速品牌")}
    # the hosts' list goes on after a comma (xwlb-20251105-10)
    text = (
        "由商务部、中央广播电视总台，上海市、北京市、广州市人民政府联合主办的"
        "“购在中国·2025精品消费月”启动仪式在上海举行。"
    )
    assert {p for p, _ in _implemented(text)} == {"上海", "北京"}
    # a note after a hosted event's name is not part of it (xwlb-20250323-10)
    text = (
        "由教育部、湖北省人民政府联合主办的“千校万企供需对接会”首场活动（鄂湘赣地区专场）"
        "在武汉举行。"
    )
    assert _implemented(text) == {("湖北", "“千校万企供需对接会”首场活动")}
    # items sharing 专项工程 after 等 (xwlb-20250608-07); 探索创新 is one verb (gwr2026-hubei)
    text = "江西深入实施制造业基础再造、产业链企业协同技术改造等专项工程。"
    assert ("江西", "制造业基础再造专项工程") in _implemented(text)
    assert _implemented("积极探索创新城乡融合发展机制。", "湖北") == {("湖北", "城乡融合发展机制")}
    # 及周边 stays in the name (gwr2026-shanghai); a model province is a goal
    got = _implemented("出台实施虹桥国际商务区及周边地区专项规划。", "上海")
    assert got == {("上海", "虹桥国际商务区及周边地区专项规划")}
    assert _implemented("建成全国领先的“科技+文旅”标杆省份。", "山东") == set()


def test_errors_of_rounds_33_and_34() -> None:
    # cities framed by 以…为牵引 go on acting after 支持 (policy-shandong-046)
    text = (
        "支持青岛、潍坊等市以壮大虚拟现实整机产品生产规模为牵引，搭建内容制作、分发公共服务平台。"
    )
    assert _implemented(text, "山东") == set()
    # a field joined by 与 before a quote is the name's (policy-shandong-005)
    got = _implemented("打造人工智能与“十强”产业融合发展创新生态体系。", "山东")
    assert got == {("山东", "人工智能与“十强”产业融合发展创新生态体系")}
    # a package of policies in quotes is no program (gwr2026-shaanxi, xwlb-20250523-07)
    assert _implemented("实施促进高质量充分就业“一揽子”政策。", "陕西") == set()
    assert _implemented("天津出台促消费“政策包”。") == set()
    # partners are no theme (gwr2026-anhui)
    assert _served("发挥“徽动全球”合作伙伴计划等平台机制作用。", "安徽") == set()
    # a gloss after 即 is no name (policy-shandong-018); 停工项目与… is one name (gwr2026-ningxia)
    text = "深入实施1+X证书（即“学历证书+职业技能等级证书”）制度，扩展覆盖范围。"
    assert _implemented(text, "山东") == set()
    got = _implemented("扎实推进停工项目与闲置资产处置化解行动。", "宁夏")
    assert got == {("宁夏", "停工项目与闲置资产处置化解行动")}


def test_errors_of_round_35() -> None:
    # a quoted word for the things of a batch is no program (policy-shandong-046, -051)
    text = "加快提升基础软件研发能力，培育一批鲁版软件“名品”和国家级重点软件企业。"
    assert _implemented(text, "山东") == set()
    text = "云南、甘肃组织第一批参学单位开展“回头看”。"  # (an ordinal, and the verb after it)
    assert _implemented(text) == {("云南", "“回头看”"), ("甘肃", "“回头看”")}
    # a user's doing or a system's is no program (policy-shandong-028), nor an occasion
    text = "现在由系统“自动填充”，申请人只需要“点一点”“审一审”。"
    assert _implemented(text, "山东") == set()
    assert _implemented("浙江各地借助赛事的“东风”。") == set()
    assert _implemented("贵州采取“交通+旅游+产业”的模式。") == {("贵州", "“交通+旅游+产业”模式")}
    # a quoted description does not name a measure (xwlb-20251201-07); it names a brand
    text = "青海出台“服务乡村振兴、均衡区域发展、倾斜农牧偏远地区”的交通惠民举措。"
    assert _implemented(text) == set()
    got = _implemented("打造“全国领先、山东特色”的智慧高速品牌。", "山东")
    assert got == {("山东", "“全国领先、山东特色”的智慧高速品牌")}
    # two parallel parts of one name (xwlb-20250810-03); 送…、送… are two names
    text = "辽宁大连市着眼优化营商环境，持续推进领导干部进项目、进企业专项行动。"
    assert _implemented(text) == {("辽宁", "领导干部进项目、进企业专项行动")}
    assert _implemented("宁夏着力推进超大规模智算中心、算电协同工程等建设。") == {
        ("宁夏", "超大规模智算中心"),
        ("宁夏", "算电协同工程"),
    }
    # the pilot's counties are no part of its topic (gwr2026-shandong)
    assert _served("开展好城乡产业协同发展县域试点。", "山东") == {
        ("城乡产业协同发展县域试点", "城乡产业协同发展")
    }


def test_a_name_of_a_weak_type_is_stated_less_sure() -> None:
    # a platform or a mechanism is a generic thing more often than a campaign is: its
    # confidence stays below 0.8, the campaign's above
    ex = kg.extract("浙江实施数字乡村引领行动，建设数字乡村服务平台。", id="t")
    conf = {a.object.label: a.confidence for a in ex.assertions if a.predicate == "implements"}
    assert conf["数字乡村引领行动"] >= 0.8 > conf["数字乡村服务平台"]


def test_errors_of_round_36() -> None:
    # a short core of a weak type is a field or a kind (policy-shandong-018, -021)
    assert _implemented("建立激励性竞争机制。", "山东") == set()
    assert _implemented("支持建设总部级研发中心。", "山东") == set()
    assert _implemented("建立稳外贸重点企业调度机制。", "上海") == {
        ("上海", "稳外贸重点企业调度机制")
    }
    # a quote after 以 is a means, not a description naming the mechanism (gwr2026-neimenggu)
    text = "完善赋予所有改革发展以“三个意义”的审核评估机制。"
    assert _implemented(text, "内蒙古") == set()
    # a role (作为…中心) is no program (xwlb-20250209-07)
    assert _implemented("云南作为面向南亚东南亚辐射中心建设取得显著成效。") == set()


def test_an_adverb_before_the_verb_of_a_list_of_names() -> None:
    # xwlb-20250918-04: 还 before 打造 is an adverb, so the first name of the list is one too
    got = _implemented("江苏还打造苏州实验室、紫金山实验室、太湖实验室等重大创新平台。")
    assert ("江苏", "苏州实验室") in got and ("江苏", "紫金山实验室") in got


def test_errors_of_round_37() -> None:
    # the things of a batch or a count in quotes, with no head of their own (gwr2026-anhui,
    # gwr2026-yunnan); a quote with a head after 一批 stays (policy-shandong-045, dev)
    assert _implemented("培育一批“数据徽商”和示范场景。", "安徽") == set()
    assert _implemented("医改经验向全国推介，打造10个“云岭名方”。", "云南") == set()
    got = _implemented("打造一批“确定性网络+行业”应用场景。", "山东")
    assert got == {("山东", "“确定性网络+行业”应用场景")}
    # a city's 金名片 is a metaphor (gwr2026-zhejiang)
    assert _implemented("打造“浙里城市、幸福家园”金名片。", "浙江") == set()
    # the years of a work are part of the name (gwr2026-zhejiang)
    got = _implemented("高水平办好法治浙江建设20年主题活动。", "浙江")
    assert got == {("浙江", "法治浙江建设20年主题活动")}


def test_a_named_program_used_after_yituo_and_a_rank_aimed_at() -> None:
    # dev (policy-shandong-009): 依托 the province's own named platform; not a class of them
    got = _implemented("依托省数据枢纽工程，选择济南、青岛等市建设行业节点。", "山东")
    assert ("山东", "省数据枢纽工程") in got
    assert _implemented("依托现有各类人才计划，加大支持力度。", "山东") == set()
    assert _implemented("依托全省现有步道体系，举办群众登山活动。", "浙江") == set()
    # a rank aimed at is a goal (policy-shandong-046, judged rounds 35 and 38)
    text = "支持青岛市做强集成电路产业，打造形成全国领先的数字产业发展引领区。"
    assert _implemented(text, "山东") == set()


def test_errors_of_round_39() -> None:
    # 等地 closes the places of a purpose clause (gwr2026-jilin); a pilot's cities are no
    # part of its topic (gwr2026-sichuan); 形成 opens no theme (gwr2026-zhejiang)
    got = _served("实施“引客入吉”行动，支持珲春、集安等地发展边境游、跨境游。", "吉林")
    # (since 0.9.65 a purpose's list of one head is a theme each)
    assert got == {("“引客入吉”行动", "边境游"), ("“引客入吉”行动", "跨境游")}
    # (where the name says what it is for, the name's topic stands alone)
    got = _served("实施入境旅游提升行动，支持珲春、集安等地发展边境游、跨境游。", "吉林")
    assert got == {("入境旅游提升行动", "入境旅游")}
    got = _served("深化中小企业数字化转型城市试点。", "四川")
    assert got == {("中小企业数字化转型城市试点", "中小企业数字化转型")}
    assert _served("智慧城市试点有序推进。", "四川") <= {("智慧城市试点", "智慧城市")}


def test_errors_of_round_40() -> None:
    # a memorial site or park that opens a clause acts, not the province named before it
    # (xwlb-20251002-05, xwlb-20250819-04); a province's own 推动…创建 still acts (gwr2026-qinghai)
    text = (
        "福建古田会议会址将红色文化与客家民俗相融合，推出“红色古田—生态梅花山”等多条特色旅游线路。"
    )
    assert _implemented(text) == set()
    assert _implemented("在江苏淮安，新四军刘老庄连纪念园开展缅怀先烈实境课堂活动。") == set()
    got = _implemented("积极推动市州级医院创建三甲医院，实施好医疗卫生强基工程。", "青海")
    assert ("青海", "医疗卫生强基工程") in got
    # how many of a kind a list closes with is no word of the name (judged round 40)
    got = _implemented("福建推出“红色古田—生态梅花山”等多条特色旅游线路。")
    assert got == {("福建", "“红色古田—生态梅花山”线路")}  # (the kind after 等 is the list's)
    # 拓展 a standing mechanism improves it; it names no new program (gwr2026-yunnan)
    assert _implemented("深化拓展灾害预警响应机制，加强综合救援能力建设。", "云南") == set()


def test_errors_of_round_41() -> None:
    # a vocabulary theme joined by 和 is one name's modifier (gwr2026-ningxia); two short
    # strategies joined by 和 stay two (dev)
    got = _implemented("加快建设黄河流域生态保护和高质量发展先行区。", "宁夏")
    assert got == {("宁夏", "黄河流域生态保护和高质量发展先行区")}
    got = _implemented("深入实施知识产权和标准战略。", "宁夏")
    assert got == {("宁夏", "知识产权战略"), ("宁夏", "标准战略")}
    # a second verb between the verb and a quoted name is no modifier (gwr2026-yunnan); a
    # process a modifier names is one (gwr2026-shandong)
    assert _implemented("提质扩面“无废城市”建设。", "云南") == {("云南", "“无废城市”建设")}
    got = _implemented("实施产业提质升级“1+9”行动。", "山东")
    assert got == {("山东", "产业提质升级“1+9”行动")}
    # one short item before a name whose first word mirrors it is part of the name
    # (gwr2026-anhui, policy-shandong-018); after 和, or with a count of two, it is not
    got = _implemented("深化皖苏、皖赣长江流域横向生态保护补偿机制。", "安徽")
    assert got == {("安徽", "皖苏、皖赣长江流域横向生态保护补偿机制")}
    got = _implemented("深入开展校际、城际教育交流活动。", "山东")
    assert got == {("山东", "校际、城际教育交流活动")}
    got = _implemented("携手共建广深港、广珠澳两条科技创新走廊。", "广东")
    assert ("广东", "广深港、广珠澳两条科技创新走廊") not in got
    # jieba's 联合推出 is 联合 + the verb (a story reviewed with 0.9.42)
    got = _implemented("北京平谷首次与西藏林芝、湖南常德等地联合推出了跨区域赏桃花特色旅游线路。")
    assert ("北京", "跨区域赏桃花特色旅游线路") in got
    # a program carried out more widely (policy-shandong-049, reviewed with 0.9.42); 扩大
    # inside a name is the name's (gwr2026-hainan)
    got = _implemented("扩大科技股权投资改革试点范围，优化省科技金融增信平台功能。", "山东")
    assert ("山东", "科技股权投资改革试点") in got
    got = _implemented("增值电信业务扩大对外开放试点落地。", "海南")
    assert got == {("海南", "增值电信业务扩大对外开放试点")}
    # 加快/加强 a quoted name's 建设 builds it (policy-shandong-052, reviewed with 0.9.42)
    got = _implemented('9.加快“山东科技大市场"建设。', "山东")
    assert got == {("山东", "“山东科技大市场”建设")}
    # pairs named by two characters before 等 each name one event with the head
    # (policy-shandong-039 and -052, reviewed with 0.9.42)
    got = _implemented("举办中日、中以、中德等科技创新合作大会。", "山东")
    assert got == {("山东", f"中{x}科技创新合作大会") for x in "日以德"}
    # one body of the province named after it (这家高新技术企业) acts, not the province
    # (xwlb-20250529-05, judged round 41 and a story reviewed with 0.9.42)
    text = "河北石家庄这家高新技术企业就申请到最新升级的“人社惠企贷”，贷款利率降至2.9%。"
    assert _implemented(text) == set()
    # a typed name in quotes heading a relative clause of the province's verb (a story
    # reviewed with 0.9.42): what follows is the sentence's predicate, no word of the name
    got = _implemented("帕米尔高原上的克州，江苏推出的“润心计划”为困难群众提供医疗兜底保障。")
    assert got == {("江苏", "“润心计划”")}
    assert _implemented("江苏推出的“润心计划”成效明显。") == {("江苏", "“润心计划”")}
    # a clause read as a program reported carried out is none (policy-shandong-038)
    text = "建立评估机制，每年选择部分市试点开展100家左右智能工厂评估诊断。"
    assert ("山东", "每年选择部分市试点") not in _implemented(text, "山东")
    # what the province has (a town) acting with a verb of its own is no province's fact
    # (xwlb-20250127-09, reviewed with 0.9.43); the province's program reported stays
    assert _implemented("江苏建湖的淮剧小镇推出品年俗、尝美食系列活动。") == set()
    assert _implemented("浙江的“千万工程”持续推进。") == {("浙江", "“千万工程”")}
    # a verb's noun ending the first conjunct (培育, 升级) leaves the verb before it to govern
    # both; a generic second part names nothing alone (reports reviewed with 0.9.44)
    got = _implemented("实施上市企业培育和高质量发展行动。", "江苏")
    assert got == {("江苏", "上市企业培育和高质量发展行动")}
    got = _implemented("深入推进景区焕新升级和旅游服务质量提升行动。", "海南")
    assert ("海南", "旅游服务质量提升行动") in got
    # 精心组织 is 精心 + the verb; 扩大“…”覆盖面 carries the quoted program out more widely
    got = _implemented("精心组织“蒙超”、“蒙BA”等赛事活动。", "内蒙古")
    assert ("内蒙古", "“蒙超”活动") in got
    assert _implemented("进一步扩大“包邮西藏”覆盖面。", "西藏") == {("西藏", "“包邮西藏”")}


def test_kinds_campaign_years_and_festivals_reviewed_with_0_9_45() -> None:
    # five work reports annotated in full with 0.9.45 (湖北, 四川, 辽宁, 云南, 陕西)
    # a kind described (多层次, 开放式, 导向型) with a weak type word names no program; a
    # property named as a noun (多样性) does not describe a kind
    assert _implemented("构建多层次学术交流平台和成果转化渠道。", "山东") == set()
    assert _implemented("建立开放式物联网大数据平台。", "山东") == set()
    got = _implemented("建立宏观政策取向一致性评估机制。", "西藏")
    assert got == {("西藏", "宏观政策取向一致性评估机制")}
    # the kind of the named items listed before 等 is none; after one unnamed item it is
    text = "办好汉中油菜花节、安康汉江龙舟节、陕北过大年等特色文旅活动。"
    assert ("陕西", "特色文旅活动") not in _implemented(text, "陕西")
    assert ("陕西", "汉中油菜花节") in _implemented(text, "陕西")
    got = _implemented("规划开发爱国戍边游等特色精品旅游线路。", "西藏")
    assert got == {("西藏", "特色精品旅游线路")}
    # a year of a campaign (…建设年, …推进年) is one, and names the activity of the year
    assert _implemented("山西启动重大项目建设年。") == {("山西", "重大项目建设年")}
    assert _implemented("开展重大项目推进年。", "陕西") == {("陕西", "重大项目推进年")}
    got = _implemented("深化营商环境突破年活动，办好政企恳谈会。", "陕西")
    assert ("陕西", "营商环境突破年活动") in got
    # a clean-up (专项整治) names a program only with a mark of a name
    got = _implemented("深入开展“一件事”全链条专项整治。", "福建")
    assert got == {("福建", "“一件事”全链条专项整治")}
    assert _implemented("全面开展校园安全专项整治。", "甘肃") == set()
    # a quoted goal built (“…”建设) before a name opens it
    got = _implemented("实施“双一流”建设突破计划和优质本科扩容工程。", "陕西")
    assert ("陕西", "“双一流”建设突破计划") in got and ("陕西", "突破计划") not in got
    # 务实 is an adverb, not a word of the fair's name
    assert _implemented("务实办好西博会。", "四川") == {("四川", "西博会")}
    # the quoted items of a list of problems are fields, not programs
    text = "深化“校园餐”、农村集体“三资”管理、医保基金管理等突出问题治理。"
    assert _implemented(text, "辽宁") == set()
    # a festival of a culture or an art serves what its words say; with only its scope
    # and places left it states no theme
    assert ("国际武当太极文化节", "武当太极文化") in _served("举办国际武当太极文化节。", "湖北")
    assert ("中国京剧艺术节", "京剧艺术") in _served("举办中国京剧艺术节。", "湖北")
    assert _served("办好第十四届中国艺术节。", "四川") == set()


def test_titles_metaphors_and_past_rounds_reviewed_with_0_9_46() -> None:
    # a title a firm is awarded, and metaphors in quotes, are no programs (gwr2026-yunnan,
    # gwr2026-liaoning, gwr2026-xizang, gwr2026-jiangsu)
    assert _implemented("建成全球光伏电池领域首家“灯塔工厂”。", "四川") == set()
    assert _implemented("打好投资“翻身仗”，固定资产投资增长3%左右。", "辽宁") == set()
    assert _implemented("打造更多热门消费“打卡地”。", "西藏") == set()
    # 历次 counts past rounds of a kind (gwr2026-hubei; an earlier reading took 党内集中教育)
    assert _implemented("扎实开展历次党内集中教育。", "湖北") == set()
    # a series (系列) of a quoted campaign is the campaign
    ex = kg.extract(
        "举办“乐购辽宁”系列活动。举办“乐购辽宁”活动4000场以上。", id="t", province="辽宁"
    )
    assert len({a.object.key for a in ex.assertions if a.predicate == "implements"}) == 1


def test_errors_of_round_44() -> None:
    # a count of kinds (5大…基地) names no program (gwr2026-shanxi)
    assert _implemented("建设5大微短剧基地。", "山西") == set()
    # 建设 after a quoted name that has its type word is the building, not the name's
    # (gwr2026-hunan)
    got = _implemented("推进能源工程等“十大基础设施项目”建设，加快高铁建设。", "湖南")
    assert ("湖南", "“十大基础设施项目”") in got
    assert ("湖南", "“十大基础设施项目”建设") not in got
    # a slot the province won in a national science program is no program of its own
    # (gwr2026-shanxi)
    assert _implemented("“四大慢病”国家科技重大专项实现“零的突破”。", "山西") == set()
    # what carrying a program out needs is no report of it (policy-shandong-010)
    text = "协调解决智能化技术改造项目实施所需的要素资源保障问题。"
    assert _implemented(text, "山东") == set()


def test_standings_and_problems_reviewed_with_0_9_47() -> None:
    # a zone named only by a theme of the vocabulary is a standing aimed at (gwr2026-fujian,
    # judged wrong in rounds 42 and 44); a place or a name makes it one
    text = "打造现代化产业集聚区、改革开放先导区、绿色低碳发展示范区。"
    assert _implemented(text, "福建") == set()
    got = _implemented("建设黄河流域生态保护和高质量发展先行区。", "山东")
    assert got == {("山东", "黄河流域生态保护和高质量发展先行区")}
    # a quote after a verb of fighting names a problem (gwr2026-fujian); a field's 治理
    # before a quoted name stays its modifier
    assert _implemented("深化治理“餐桌污染”。", "福建") == set()
    assert ("福建", "省域治理“一网统管”") in _implemented("推进省域治理“一网统管”。", "福建")


def test_errors_of_round_46() -> None:
    # a port named after its city acts itself (gwr2026-tianjin); winning a bid is no
    # program carried out (gwr-national-2002)
    assert _implemented("天津港拓展“新两翼”服务功能。") == set()
    assert _implemented("北京赢得了２００８年奥运会举办权。") == set()
    assert _implemented("天津实施“新两翼”行动。") == {("天津", "“新两翼”行动")}
    # an unmarked model is a way of working (policy-shandong-020, judged round 46)
    assert _implemented("探索高新区产城融合发展模式。", "山东") == set()


def test_labels_of_facts_judged_wrong_in_past_rounds() -> None:
    # an outcome verb after the verb opens no name (gwr2026-hainan, judged in round 2),
    # and since 0.9.63 what is to be formed is a goal, no program (judged in round 59)
    text = "探索形成海南特色生态产品价值实现模式。"
    assert _implemented(text, "海南") == set()
    # the object of a verb that acts in a second one: the firms build the alliance, and
    # what 组建 opens (服务联盟) is no name (xwlb-20250622-04, judged in rounds 2, 32, 43)
    text = "四川省达州市组织县乡两级家电数码企业组建服务联盟，对全品类家电提供服务。"
    assert _implemented(text) == set()
    assert ("湖南", "农业领域教育科技人才一体改革试点") in _implemented(
        "依托岳麓山实验室开展农业领域教育科技人才一体改革试点。", "湖南"
    )
    # a purpose verb before a quote is no modifier (policy-shandong-002, round 21)
    got = _implemented("三是打造一批支撑“两区一圈一带”战略实施的创新发展新高地。", "山东")
    assert got == {("山东", "“两区一圈一带”战略")}
    # one character left of a word before a quote is no modifier (policy-shandong-046,
    # round 27), a level is
    got = _implemented("进一步发挥人才链、教育链、产业链、创新链“四链”融合机制作用。", "山东")
    assert got == {("山东", "“四链”融合机制")}
    # a verb of reform opens no topic (gwr2026-guizhou, round 25)
    assert _implemented("改革省旅发大会举办方式，市、县不再层层举办。", "贵州") == set()
    # a campaign's own verb after an adverb stays its name's (gwr2026-liaoning, round 34)
    got = _implemented("开展大力优化营商环境行动。", "辽宁")
    assert got == {("辽宁", "优化营商环境行动")}
    # a superlative describes, it does not name (xwlb-20250714-10, round 43)
    assert _implemented("在青海，海拔最高超超临界火电项目建设迎来新进展。") == set()
    # verbs of how the work is done open no theme (gwr2026-chongqing, rounds 2 and 35)
    got = _served("在全国首批开展统筹协调耕林空间试点。", "重庆")
    assert got == {("统筹协调耕林空间试点", "耕林空间")}
    # quoted items of a counted set are each a program, without the set's head
    # (xwlb-20250206-08)
    got = _implemented("今年湖北实施“科技引领战略”“能级跨越战略”等七大战略。")
    assert got == {("湖北", "“科技引领战略”"), ("湖北", "“能级跨越战略”")}
    # a system or platform built in the clause before is a task of its own, not the
    # program's topic (gwr2026-sichuan, judged wrong in rounds 31, 39 and 41)
    got = _served("健全现代公共法律服务体系，编制实施“九五”普法规划，深化法治乡村建设。", "四川")
    assert ("“九五”普法规划", "现代公共法律服务体系") not in got


def test_actors_sets_and_lists_of_the_sixth_review() -> None:
    # an institution named with the province acts, not the province (xwlb-20250824-11,
    # judged wrong in rounds 46 and 47); so does a scenic street (xwlb-20251007-03)
    text = "湖南省非物质文化遗产保护中心推出的“我来学手艺”体验活动，吸引了众多市民参与。"
    assert _implemented(text) == set()
    assert _implemented("在陕西西安，长安十二时辰主题街区推出“月圆人安好”等演艺活动。") == set()
    # items of a counted set of the nation's are national (gwr2026-qinghai)
    text = "持续深化“校园餐”、农村集体“三资”管理等6个全国整治项目。"
    assert _implemented(text, "青海") == set()
    # a word of doing inside an item of a list is no verb of the list (gwr2026-qinghai)
    text = "实施钾盐高效利用、锂盐量质提升、镁盐创新突破、稀散元素高值化利用工程。"
    got = _implemented(text, "青海")
    assert ("青海", "镁盐创新突破工程") in got
    assert ("青海", "稀散元素高值化利用工程") in got
    assert ("稀散元素高值化利用工程", "稀散元素") in _served(text, "青海")
    # the verb before the first item still governs (gwr2026-chongqing)
    text = "坚决打好安全生产治本攻坚、防灾减灾救灾固本强基三年行动收官战。"
    assert ("重庆", "防灾减灾救灾固本强基三年行动") in _implemented(text, "重庆")
    # a firm's event is the firm's (gwr2026-shanxi); the ends of a shift of the way of
    # working are no programs (gwr2026-shanxi, judged wrong in round 33)
    text = "抖音集团首届红果创作者大会在我省举办。"
    assert _implemented(text, "山西") == set()
    assert _implemented("推动12345热线从解决“一件事”向办好“一类事”深化。", "山西") == set()


def test_themes_of_the_sixth_review() -> None:
    # a pioneering zone serves what it pioneers, a vocabulary theme without its scope
    # (gwr2026-shanghai, gwr2026-anhui)
    assert _served("建设基础研究先行区。", "上海") == {("基础研究先行区", "基础研究")}
    got = _served("建设长三角美丽中国先行区。", "上海")
    assert got == {("长三角美丽中国先行区", "美丽中国")}
    assert ("服务企业走出去先行区", "企业走出去") in _served("建设服务企业走出去先行区。", "上海")
    # talents (英才) programs serve 人才 (gwr2026-qinghai, gwr2026-shanxi)
    assert _served("实施“昆仑英才”计划。", "青海") == {("“昆仑英才”计划", "人才")}
    assert _served("发挥三晋英才计划带动作用。", "山西") == {("三晋英才计划", "人才")}
    # short topics a name may state (gwr2026-qinghai)
    assert _served("实施高质量参保行动。", "青海") == {("高质量参保行动", "参保")}
    # 打造成为…: a standing to reach, not a program (policy-shandong-041)
    assert _implemented("打造成为全国未来产业发展先行区。", "山东") == set()
    # 对外承包工程 is a trade statistic (gwr2026-hubei, judged wrong in round 37)
    text = "对外承包工程完成营业额居全国前列，入境旅游人次增长40.5%。"
    assert _implemented(text, "湖北") == set()


def test_errors_of_round_48() -> None:
    # a quoted way of doing (…方式) is a means, not a program (gwr2026-hainan)
    assert _implemented("通过“债贷结合”方式支持项目建设。", "海南") == set()
    # the field's works alone name no program, its counted package does (gwr2026-hebei,
    # gwr2026-xizang)
    assert _implemented("我们连续实施民生工程。", "河北") == set()
    assert ("“十大民生工程”", "民生") in _served("实施“十大民生工程”。", "西藏")
    # national principles and systems (gwr2026-shandong, xwlb-20250921-02)
    assert _implemented("深化文化“两创”，更好担负起新时代的文化使命。", "山东") == set()
    assert _implemented("新疆坚持实行民族区域自治制度。") == set()
    # a procuratorate acts, not the province (xwlb-20250922-10)
    text = "重庆检察建成检察—公安—医院“一站式”询问救助中心。"
    assert _implemented(text) == set()
    # a kind of event (竞赛) is no aim; the purpose after the list is (policy-shandong-018)
    text = "办好高校教师教学创新大赛、高校青年教师教学比赛等竞赛活动，带动教师教学能力提升。"
    got = _served(text, "山东")
    assert ("高校教师教学创新大赛", "竞赛") not in got
    # a slogan's 历久弥新 keeps its last character (xwlb-20250108-09)
    text = (
        "由商务部和北京市人民政府联合举办的北京“王府井金街过大年”活动1月7日在北京启动。"
        "活动以“国货潮品 历久弥新”为主题，贯穿全年开展系列活动。"
    )
    ex = kg.extract(text, id="t")
    themes = {a.object.label for a in ex.assertions if a.rule == "serves.event-theme"}
    assert themes == {"国货潮品 历久弥新"}


def test_errors_of_round_49() -> None:
    # 抓 opens a campaign's name after 开展 (gwr2026-ningxia); what is left is no topic
    assert _implemented("连续5年开展抓发展攻坚行动。", "宁夏") == {("宁夏", "抓发展攻坚行动")}
    assert _served("连续5年开展抓发展攻坚行动。", "宁夏") == set()
    # a vocabulary theme of the last item of a list is no modifier of a numbered set
    # (policy-central-166)
    # (since 0.9.90 a count of a weak kind alone names no program at all: round 86)
    text = "搭建人工智能算力、港口人工智能算法、港航供应链大数据“三大平台”。"
    assert ("山东", "港航供应链大数据“三大平台”") not in _implemented(text, "山东")
    # 两种资源 is a principle counted like 两个市场 (policy-shandong-010)
    assert _implemented("利用“两个市场”“两种资源”，拓展集群发展空间。", "山东") == set()


def test_what_is_grown_ranked_projects_and_counted_packages() -> None:
    # 培育 names what is grown (a format, a brand, a kind of cluster), not a program carried
    # out: judged right 12 times in 42 (policy-shandong-010, gwr2026-zhejiang)
    assert _implemented("培育“平台+生态+运营”产业生态。", "山东") == set()
    assert _implemented("培育更多“文旅+消费”爆款IP。", "浙江") == set()
    # the ranks and stages of projects are kinds (gwr2026-sichuan, gwr2026-jilin,
    # gwr2026-neimenggu); a project of a field stays named (gwr2026-shanxi)
    assert _implemented("实施跨区域文旅融合重大项目，加快建设世界级旅游景区。", "四川") == set()
    assert _implemented("建好长春都市圈西环等高速公路续建项目。", "吉林") == set()
    assert _implemented("强化金融支持重大项目。", "内蒙古") == set()
    got = _implemented("有序开展全域土地综合整治项目。", "山西")
    assert got == {("山西", "全域土地综合整治项目")}
    # a package of measures named by its count (xwlb-20251207-03, xwlb-20251226-08), and by
    # its aim when written right after it (since 0.9.141, aim first); one package per province
    got = _implemented("山东近日又出台18条举措，推动航天产业集群发展壮大。")
    assert got == {("山东", "18条举措")}
    text = "近日，上海出台23条政策措施支持长三角G60科创走廊策源地建设。"
    assert _implemented(text) == {("上海", "支持长三角G60科创走廊策源地建设23条政策措施")}
    got = _implemented("出台促进高质量充分就业18条政策举措，开展补贴性技能培训。", "辽宁")
    assert got == {("辽宁", "促进高质量充分就业18条政策举措")}
    ex = kg.extract("浙江出台20条措施，江苏出台20条措施。", id="t")
    keys = {a.object.key for a in ex.assertions if a.predicate == "implements"}
    assert len(keys) == 2
    # 提出 is drafting: the fields before it are not the package's name (xwlb-20250210-05);
    # since 0.9.111 a package of 政策举措 is drafted as one of 举措 is
    text = "重庆从激发消费活力、扩大有效投资等九大领域提出30条政策举措。"
    assert _implemented(text) == {("重庆", "30条政策举措")}


def test_the_kind_after_a_list_of_quoted_names_is_the_lists() -> None:
    # “A”、“B”等文化惠民活动: each name with the bare type word, and the kind its aim
    # (gwr2026-ningxia, reviewed with 0.9.53)
    text = "广泛开展“送戏下乡”、“四季村晚”等文化惠民活动，群众文化生活越来越丰富。"
    assert _implemented(text, "宁夏") == {("宁夏", "“送戏下乡”活动"), ("宁夏", "“四季村晚”活动")}
    assert ("“四季村晚”活动", "文化惠民") in _served(text, "宁夏")
    text = "深入实施“制储输用”等多链协同工程，力争储能规模实现翻番。"
    assert _served(text, "宁夏") == {("“制储输用”工程", "多链协同")}
    # a kind of how (实践) or a quality (标志性) states no aim
    text = "开展“城市文明新风尚”等主题实践活动，发展志愿服务。"
    assert ("“城市文明新风尚”活动", "实践") not in _served(text, "上海")


def test_the_production_and_construction_corps_is_not_the_region() -> None:
    # 新疆生产建设兵团 is a body of its own (xwlb-20251207-08, a trap of the seventh review)
    text = "河北、内蒙古、辽宁、新疆生产建设兵团等16个地区已完成年度城镇老旧小区改造计划。"
    assert {p for p, _ in _implemented(text)} == {"河北", "内蒙古", "辽宁"}
    assert _implemented("新疆生产建设兵团实施南疆振兴工程。") == set()
    # new verbs of carrying out: 创设, 力推 (gwr2026-guizhou, gwr2026-ningxia); 开展好 cut
    # in two after an adverb is still one verb (gwr2026-ningxia)
    got = _implemented("力推“亮码”入企、“综合查一次”，涉企行政检查下降40%。", "宁夏")
    assert ("宁夏", "“综合查一次”") in got
    got = _implemented("积极开展好闽宁协作深化拓展活动。", "宁夏")
    assert got == {("宁夏", "闽宁协作深化拓展活动")}
    # numbered sets listed with 和 are each a program (gwr2026-chongqing)
    text = "统筹推进扩消费六大工程、城建六大攻坚行动和房地产八大提升行动。"
    got = _implemented(text, "重庆")
    assert got == {
        ("重庆", "扩消费六大工程"),
        ("重庆", "城建六大攻坚行动"),
        ("重庆", "房地产八大提升行动"),
    }
    # a standing to reach (重要…枢纽, 战略枢纽) is no program (gwr2026-guizhou, gwr2026-chongqing)
    assert _implemented("打造西南重要国际物流枢纽。", "贵州") == set()
    assert _implemented("加快建设“一区两体系”，打造链接欧亚大陆战略枢纽。", "重庆") == {
        ("重庆", "“一区两体系”")
    }
    # 共同 names no action of its own (gwr2026-liaoning, judged round 9)
    assert _implemented("打造营商环境最佳口碑省成为全省的共同行动。", "辽宁") == set()
    # what a package of measures is for, before 的, is its name (xwlb-20250906-10, judged
    # round 51: 12条措施 alone was judged cut)
    got = _implemented("广东推出了进一步激发市场主体活力的12条措施。")
    assert got == {("广东", "激发市场主体活力的12条措施")}


def test_errors_of_round_51() -> None:
    # four characters name a kind of activity (policy-shandong-038, gwr2026-shandong);
    # five can name an event (xwlb-20250321-10)
    assert _implemented("定期组织开展经验交流、供需对接活动，总结推广经验。", "山东") == set()
    assert _implemented("开展走访企业活动、服务民营企业专项行动。", "山东") == {
        ("山东", "服务民营企业专项行动")
    }
    got = _implemented("中秋节前夕，安徽芜湖西河古镇举办巧手迎佳节活动。")
    assert got == {("安徽", "巧手迎佳节活动")}
    # a guideline names a program only with a mark of a name (xwlb-20250726-01)
    assert _implemented("上海、河南等地发布招商政策指引。") == set()
    # a word's own last character is no conjunction left over (policy-shandong-018)
    assert _served("实施游泳普及行动。", "山东") == {("游泳普及行动", "游泳普及")}
    text = "推动行业企业和职业院校多方参与，高水平实施普通中小学生涯教育。"
    assert ("普通中小学生涯教育", "职业院校多方参") not in _served(text, "山东")
    # the count, then what the measures are for (xwlb-20250206-08)
    text = "安徽推出30条推动经济持续回升向好的政策举措，加速创新链产业链深度融合。"
    assert _implemented(text) == {("安徽", "30条推动经济持续回升向好的政策举措")}
    # drafting and issuing carries out a plan named without a title mark (gwr2026-guizhou)
    got = _implemented("制定全省闲置低效项目盘活行动方案，分领域推动项目发挥效益。", "贵州")
    assert got == {("贵州", "全省闲置低效项目盘活行动方案")}
    # a count of things built, each of a type word, is a set of programs, not a principle
    # (xwlb-20250917-08); a count of principles stays one (四个意识)
    assert _implemented("上海聚力建设“五个中心”推动高质量发展。") == {("上海", "“五个中心”")}
    assert _implemented("浙江增强“四个意识”。") == set()
    # 中 before the type word is a word of the name, not 在…中 (gwr2026-chongqing)
    got = _implemented("实施城乡居民收入提低扩中行动，深化治理欠薪综合改革。", "重庆")
    assert ("重庆", "城乡居民收入提低扩中行动") in got
    # a four-character campaign slogan of the dictionary still names its activities (the
    # bundled sample's 创先争优活动)
    assert _implemented("深入开展创先争优活动。", "内蒙古") == {("内蒙古", "创先争优活动")}


def test_errors_of_round_53() -> None:
    # a frame before its clause's own action is that action's, not the next clause's
    # program's (xwlb-20250226-08, policy-shandong-022)
    text = "广东围绕模型算法、机器人核心零部件、先进材料等加强全产业链布局，部署一批人工智能与机器人产学研平台。"
    assert not any(t == "先进材料" for _, t in _served(text))
    text = "围绕集成电路、基础软件等领域，建设大数据AI模拟训练平台。"
    assert ("大数据AI模拟训练平台", "集成电路") in _served(text, "山东")
    # an action carried out before a program is a sibling task, not its aim (gwr2026-hunan,
    # gwr2026-hebei)
    text = "开展全民健身运动，全力办好第十五届省运会和第十二届省残运会。"
    assert not any(t == "全民健身" for _, t in _served(text, "湖南"))


def test_pushing_a_campaign_forward() -> None:
    # 推动 carries out the name of a campaign (gwr2026-xizang, gwr2026-qinghai), quoted or not
    assert _implemented("扎实推动金融强边富民行动。", "西藏") == {("西藏", "金融强边富民行动")}
    assert _implemented("倾力推动“七项惠民行动”。", "青海") == {("青海", "“七项惠民行动”")}
    # … but nothing else: an aim in quotes is no program
    assert _implemented("推动“有效市场”和“有为政府”更好结合。", "山东") == set()
    # a verb of carrying out after it opens the name (policy-shandong-020)
    text = "推动社会发展系统布局实施省重大科技创新工程。"
    assert _implemented(text, "山东") == {("山东", "省重大科技创新工程")}
    # 推动 governs what the relative clause says, not the head after 的 (xwlb-20250726-03)
    text = "河北把学习成果转化为改进作风、推动工作的实际行动。"
    assert _implemented(text) == set()


def test_documents_issued_without_a_title_mark() -> None:
    # a named document after a verb of issuing, its title whole (gwr2026-ningxia, -hubei)
    got = _implemented("召开全区教育大会，出台加快建设教育强区意见。", "宁夏")
    assert ("宁夏", "加快建设教育强区意见") in got
    got = _implemented("出台深化投资体制改革实施意见，明确民营资本愿投尽投。", "湖北")
    assert got == {("湖北", "深化投资体制改革实施意见")}
    text = "出台促进民间投资发展的若干措施，支持更多民间资本参与重大项目建设。"
    assert _implemented(text, "辽宁") == {("辽宁", "促进民间投资发展的若干措施")}
    # the name follows the last of two verbs of issuing
    assert _implemented("制定出台“双碳”评价考核办法。", "山西") == {("山西", "“双碳”评价考核办法")}
    # not named: a general one, a choice, a description, a law's implementing measures
    assert _implemented("制定相应的管理办法。", "山东") == set()
    assert _implemented("出台人工智能发展规划或实施意见。", "山东") == set()
    assert _implemented("制定符合教师岗位特点的考核评价办法。", "山东") == set()
    assert _implemented("制定自治区实施民营经济促进法办法。", "新疆") == set()
    # another actor's document, issued for the province, is no fact of the province's
    assert _implemented("国务院办公厅出台促进民间投资发展的若干措施。") == set()


def test_counted_projects_of_a_provincial_program() -> None:
    # how many projects a province's program funds follows its name (gwr2026-fujian)
    got = _implemented("实施省科技重大创新项目10个以上，省级科技重大专项132项。", "福建")
    assert ("福建", "省科技重大创新项目") in got
    assert _implemented("实施省级科技重大专项132项。", "福建") == {("福建", "省级科技重大专项")}
    # without the level of its government, or with only a size, many of a kind (but a kind of
    # research names its program since 0.9.144: 实施关键技术攻关项目100项)
    assert _implemented("实施省大中型项目5296个。", "江西") == set()
    assert _implemented("实施重点技改项目100项。", "吉林") == set()


def test_errors_of_round_55() -> None:
    # an aim of two words of doing stays whole in a name's topic (gwr2026-hainan,
    # gwr2026-shandong), while a pair that only says the work is improved is taken off
    assert ("帮扶企业降本增效专项行动", "帮扶企业降本增效") in _served(
        "实施帮扶企业降本增效专项行动。", "海南"
    )
    got = _served("实施行业节能降碳改造升级工程。", "江苏")
    assert ("行业节能降碳改造升级工程", "行业节能降碳") in got
    # a document the province only pushes another body to issue is not its own
    text = "争取扩大外商投资准入，推动出台优化市场准入环境若干措施。"
    assert _implemented(text, "海南") == set()
    # what a verb turns something into is no program carried out (xwlb-20251221-01)
    text = "上海的发展定位由此从“四个中心”拓展为“五个中心”。"
    assert _implemented(text) == set()


def test_errors_of_round_56() -> None:
    # an event named for a province but held in another is another body's
    # (xwlb-20251012-10); one held at home stays the province's
    assert _implemented("“炫彩中国·清新福建”全球推介会在京举行") == set()
    got = _implemented("2025湖北文化旅游发展大会今天（4月25日）在武汉市召开。")
    assert got == {("湖北", "湖北文化旅游发展大会")}
    # a place visited is no program (xwlb-20250601-03)
    text = "黑龙江、浙江等地通过举行入队仪式、寻访红色教育基地等实践活动，传承红色基因。"
    assert not any("红色教育基地" in p for _, p in _implemented(text))
    # partners that are every city say no more than the kind (policy-shandong-020)
    text = "推动省会高校、科研院所与各市共建科技创新平台，开展共性技术联合攻关。"
    assert _implemented(text, "山东") == set()
    # culture and tourism is its own theme, not their integration
    got = _served("2025湖北文化旅游发展大会今天（4月25日）在武汉市召开。")
    assert ("湖北文化旅游发展大会", "文化旅游") in got


def test_eighth_review() -> None:
    # some firms opening a clause act, even after a place clause (xwlb-20250604-05)
    text = "在江苏南京，部分家电企业还叠加推出“十年包修”服务，进一步激发消费潜力。"
    assert _implemented(text) == set()
    # …but not 一手抓企业: no count word before the firms (gwr2026-hubei)
    got = _implemented("一手抓企业“提质”，深入实施激励企业创新专项行动。", "湖北")
    assert got == {("湖北", "激励企业创新专项行动")}
    # each city and each university are collective actors (policy-shandong-018)
    text = "各市、各高校要结合实际，制定本区域、本学校教育规划。"
    assert _implemented(text, "山东") == set()
    # a port that sets something up is the port's operator (xwlb-20250209-09)
    assert _implemented("今年，天津港还成立了大数据管理中心。") == set()
    # a named plan issued with 发布 is carried out, quoted too (xwlb-20250510-08)
    assert _implemented("近日，湖南发布2025年“两新”实施方案。") == {("湖南", "“两新”实施方案")}


def test_labels_judged_wrong_again() -> None:
    # 实施 before 水平 is a noun, and a phrase opening with a verb is a clause, not a name
    # (xwlb-20251120-07); 有关 says which plans no more than 相关 does
    text = (
        "北京市要落实好属地责任，首规委办要组织编制好有关规划实施方案，"
        "强化监测评估和监督，共同提升首都规划实施水平。"
    )
    assert _implemented(text) == set()
    # a verb of reorganising is no word of the name (policy-shandong-020)
    assert _implemented("3.优化重组省重点实验室。", "山东") == set()
    # 高水平 is how, so 通用 alone is no item sharing the head (gwr2026-anhui)
    got = _implemented("实施高水平通用、垂类大模型培育工程。", "安徽")
    assert ("安徽", "高水平通用工程") not in got
    assert ("安徽", "垂类大模型培育工程") in got
    # the items of a relative clause, the fields of a reform (policy-shandong-018)
    text = "搭建社会各界关心教育、建言教育、支持教育的平台，及时宣传报道。"
    assert _implemented(text, "山东") == set()
    text = "推动高等继续教育转型发展，深化办学模式、专业课程体系、服务功能等改革创新。"
    assert _implemented(text, "山东") == set()
    # 构筑 opens the name after it (policy-central-166)
    text = "主动开放一批政府首用场景，为新技术新模式探索试错构筑测试平台。"
    assert _implemented(text, "山东") == set()


def test_reviewed_stories_missed() -> None:
    # 正/将 before 建设 leave it a verb (xwlb-20250218-09)
    got = _implemented(
        "今年，重庆正布局人工智能大模型公共服务平台；重庆正建设人工智能大模型公共服务平台。"
    )
    assert ("重庆", "人工智能大模型公共服务平台") in got
    # a countdown's days are part of the event's name (xwlb-20250803-08)
    text = "连日来，广东、香港、澳门三地举办了丰富多彩的全运会倒计时100天庆祝活动。"
    assert _implemented(text) == {
        (p, "全运会倒计时100天庆祝活动") for p in ("广东", "香港", "澳门")
    }
    # the quoted items of a counted set after 包括 (xwlb-20250206-08)
    text = "今年湖北实施包括“科技引领战略”“能级跨越战略”的七大战略，加快建成重要战略支点。"
    assert _implemented(text) == {("湖北", "“科技引领战略”"), ("湖北", "“能级跨越战略”")}
    # salons, shows and exhibitions are events (xwlb-20250921-05, -20251002-04, -20250913-09)
    assert ("安徽", "日新江淮科创沙龙") in _implemented("与此同时，安徽还举办日新江淮科创沙龙。")
    got = _implemented("昨晚，香港维多利亚港举办主题为“幸福乐章”的跨年烟花汇演。")
    assert got == {("香港", "跨年烟花汇演")}
    got = _implemented("首届广东优品展览会在广州举行，设置了家电电子等五大展区。")
    assert got == {("广东", "首届广东优品展览会")}
    # a new area written after its province is the province's place (xwlb-20250711-09)
    text = "上海浦东新区针对突出问题，创新建立区级集中办公机制。"
    assert _implemented(text) == {("上海", "区级集中办公机制")}


def test_what_a_name_grows_and_what_a_document_is_for() -> None:
    # gwr2026-henan, -liaoning: the firms a programme grows, not the growing
    assert ("外贸主体培育工程", "外贸主体") in _served("实施外贸主体培育工程。", "河南")
    assert ("优质企业梯度培育行动", "优质企业") in _served("实施优质企业梯度培育行动。", "辽宁")
    # …but 企业 alone says too little
    assert ("企业梯度培育工程", "企业梯度培育") in _served("实施企业梯度培育工程。", "辽宁")
    # a policy document's title states its aim (gwr2026-liaoning, gwr2026-hubei)
    got = _served("出台促进民间投资发展的若干措施。", "辽宁")
    assert got == {("促进民间投资发展的若干措施", "民间投资")}
    got = _served("出台深化投资体制改革实施意见。", "湖北")
    assert got == {("深化投资体制改革实施意见", "投资体制改革")}


def test_errors_of_round_59() -> None:
    # some stations act for themselves, not the city of a route (xwlb-20251007-07)
    text = "上海至四川、贵州等方向加开高铁动卧，部分车站启动24小时模式，并与地方交通部门联手。"
    assert _implemented(text) == set()
    # a model to be formed is a goal, not a program (gwr2026-hainan)
    text = "建立健全生态产品价值实现机制，探索形成海南特色生态产品价值实现模式。"
    assert ("海南", "海南特色生态产品价值实现模式") not in _implemented(text, "海南")
    # the major platforms of a field are a kind (policy-shandong-002, -018) …
    text = "依托科技园区，建设海工装备领域重大创新平台。开展重点领域执法专项行动。"
    assert _implemented(text, "山东") == set()
    # … while a named mechanism of the key fields stays (gwr2026-jilin)
    got = _implemented("推行重点领域投资主体承诺容缺受理机制。", "吉林")
    assert got == {("吉林", "重点领域投资主体承诺容缺受理机制")}
    # empowering clusters is how the quoted work acts, not its topic (gwr2026-hebei)
    assert not _served("深化“共享智造”赋能集群行动。", "河北")
    # a frame covers the action right after it, not the next ones (policy-shandong-022)
    text = "围绕集成电路、基础软件、大数据等领域，实施一批产业链协同创新项目，推动大数据AI模拟训练平台建设及运营。"
    fields = {"集成电路", "基础软件", "大数据"}
    assert not any(p == "大数据AI模拟训练平台" and t in fields for p, t in _served(text, "山东"))


def test_ninth_review() -> None:
    # a program carried out since a time is carried out (xwlb-20251227-09)
    text = "今年2月，广东实施“百万英才汇南粤”行动计划以来，广东已成功吸引超110万青年人就业创业。"
    assert ("广东", "“百万英才汇南粤”行动计划") in _implemented(text)
    assert _implemented("广东推进“一网通办”以来，群众办事更便捷。") == {("广东", "“一网通办”")}
    # events reported held, 正在 at a site too; a Mongolian fair and a challenge cup are
    # events (xwlb-20251221-06)
    got = _implemented("在呼伦贝尔伊敏河，内蒙古冰雪那达慕举行，来自各地近万名游客齐聚于此。")
    assert got == {("内蒙古", "冰雪那达慕")}
    text = "辽宁省大众滑雪挑战赛正在丹东天桥沟滑雪场举行，全省的150余名滑雪爱好者同场竞技。"
    assert _implemented(text) == {("辽宁", "大众滑雪挑战赛")}
    # …but a site inside the modifier ends no name (xwlb-20250901-03)
    text = "9月1日下午，“上海合作组织+”会议在天津梅江会展中心举行。"
    assert _implemented(text) == set()
    # a job fair of a kind is no program (xwlb-20250518-09)
    assert _implemented("连日来，北京、青海、吉林等地举办针对残疾人的专场招聘会。") == set()
    # communities of cooperation named in full (policy-shandong-020)
    got = _implemented("（1）建设省会经济圈协同创新共同体", "山东")
    assert got == {("山东", "省会经济圈协同创新共同体")}
    assert _implemented("加强义务教育学校共同体建设。", "山西") == set()
    # what 对标 compares with is no program (policy-shandong-020)
    text = "围绕新一轮科研组织范式变革需求和对标世界一流水平重大创新平台建设，推动研究院建设。"
    assert _implemented(text, "山东") == set()


def test_events_reported_held_that_are_none() -> None:
    # a plan to hold something, greetings to a meeting, a community of a shared future:
    # no programs, not even nodes without a province (xwlb stories on foreign affairs)
    for text in (
        "声明称，以色列计划今天举行安全内阁会议。",
        "越方祝贺首次东盟-中国-海合会峰会成功举行。",
        "双方同意携手构建更高水平中阿命运共同体。",
    ):
        ex = kg.extract(text, id="t")
        assert not [m for m in ex.mentions if m.kind == "program"], text
    # …while a meeting reported held is one, if no province's
    ex = kg.extract("联合国大会今天举行。", id="t")
    assert [m.label for m in ex.mentions if m.kind == "program"] == ["联合国大会"]


def test_a_provinces_branded_campaign_written_without_quotes() -> None:
    # gwr2026-anhui, gwr2026-henan (dev): a brand, the province's name and 建设
    assert _implemented("深入推进数字安徽建设，加强人工智能同产业发展相结合。", "安徽") == {
        ("安徽", "数字安徽建设")
    }
    got = _implemented("提升书香河南建设水平，优化“城市书房”等新型文化业态布局。", "河南")
    assert ("河南", "书香河南建设") in got
    assert ("书香河南建设", "全民阅读") in _served("加快书香河南建设。", "河南")
    # learning from another's is no carrying out, nor is a national slogan's local form
    assert _implemented("学习借鉴数字浙江建设经验。", "安徽") == set()
    assert _implemented("扎实推进美丽山东建设。", "山东") == set()
    # a brand before a word that is no province makes no campaign
    assert _implemented("加快数字经济建设。", "山东") == set()


def test_the_place_a_story_named_acts_through_local() -> None:
    # xwlb-20251025-09, xwlb-20251005-01 (reviewed): 当地 opening the next sentence of the
    # paragraph is the place the sentence before named
    text = (
        "吉林延边州已于15日全面启动供暖，比往年提前5天。"
        "今年，当地为老旧小区1.52万户居民加装外墙保温板，持续推进“暖房子”工程。"
    )
    assert _implemented(text) == {("吉林", "“暖房子”工程")}
    # not across a paragraph, nor when the sentence names its own place first
    assert _implemented(text.replace("。今年", "。\n今年")) == set()
    text = "河南小麦长势良好。在江苏新沂，当地调整优化“AI种田”数字系统。"
    assert ("河南", "“AI种田”数字系统") not in _implemented(text)
    # a quoted byname of a village reported transformed is no program (xwlb-20250819-07)
    text = "浙江安吉山川秀美。近年来，当地不断改善环境，“石灰村”也实现了华丽转型。"
    assert _implemented(text) == set()


def test_words_of_the_head_are_not_a_names_topic() -> None:
    # judged rounds 51, 58: 持续, 梯次 and who meets are no part of what a name is for
    assert ("新一轮空气质量持续提升行动", "空气质量") in _served(
        "实施新一轮空气质量持续提升行动，强化多污染物协同减排。", "辽宁"
    )
    assert ("顶尖人才梯次引育行动", "顶尖人才") in _served("实施顶尖人才梯次引育行动。", "海南")
    assert _served("常态化开展政银企对接活动。", "河北") == set()


def test_judged_in_round_61() -> None:
    # a technique of work in the fields is no program (xwlb-20250426-04)
    text = "今年，河南滑县小麦赤霉病发生风险等级高，当地提早部署，免费为种植户开展“一喷三防”作业。"
    assert _implemented(text) == set()
    # …while a mode of work with its type word is one (gwr2026-shanghai)
    got = _implemented("推广跨境电商“总单+分单”作业模式。", "上海")
    assert got == {("上海", "跨境电商“总单+分单”作业模式")}
    # the province's firms set up their alliance, not the province (policy-shandong-021)
    text = "推动我省智能传感器生产企业、高校、科研院所等成立智能传感器产业联盟，推动协同创新。"
    assert _implemented(text, "山东") == set()
    # …but a count of firms raised is no firm acting (xwlb-20250328-09)
    text = "推动全省国家高新技术企业数突破1.5万家，实施高新技术企业“增量提质”行动。"
    assert ("山东", "高新技术企业“增量提质”行动") in _implemented(text, "山东")
    # a purpose's list of one head is a theme each (policy-shandong-019)
    text = "组织开展“乐购促消周”活动，促进品牌消费、品质消费。"
    got = _served(text, "山东")
    assert ("“乐购促消周”活动", "品牌消费、品质消费") not in got


def test_judged_in_round_62() -> None:
    # hazards a project solves are no programs (xwlb-20251228-03)
    text = "项目建成后将有效破解城市燃气管网“带病运行”及城区内涝等突出隐患。"
    assert _implemented(text, "辽宁") == set()
    # a team set up is people; kinds of road are no programs (xwlb-20250604-08, -20251201-07)
    assert _implemented("山西平陆小麦开始进入收割期，当地成立16个“三夏”抢收队。") == set()
    assert _implemented("在四川凉山，当地协同建设“产业路”“旅游路”，路网结构持续优化。") == set()
    # every level's mechanism and a sector's platform have no name (policy-central-166, -010)
    assert _implemented("建立省、市、县三级联动机制，统筹推进场景工作。", "山东") == set()
    assert _implemented("建立行业工业互联网平台，实现全要素联通。", "山东") == set()
    # where an activity goes is no theme (the quoted theme it opens with is, since 0.9.153);
    # another pilot pushed beside it is no aim
    got = _served("广西已开展“以旧换新”进乡村活动480多场次。", "广西")
    assert got == {("“以旧换新”进乡村活动", "以旧换新")}
    text = "实施“宽带乡村”工程，推动电信普遍服务试点，农村宽带用户占比达到90%以上。"
    assert ("“宽带乡村”工程", "电信普遍服务试点") not in _served(text, "山东")
    # 暖心 and 先行先试 are how a program works, not what it is for (gwr2026-hainan)
    assert ("服务人才暖心专项行动", "人才暖心") not in _served("实施服务人才暖心专项行动。", "海南")


def test_judged_over_rounds_1_to_63() -> None:
    # a mix of fields before a kind of use or chain is the kind built, not a program
    # (gwr2026-hainan, xwlb-20250603-09); a mix naming a service of its own is one
    assert _implemented("拓展“低空+”应用场景，吸引低空飞行器企业落地。", "海南") == set()
    text = "在江西萍乡，当地依托传统龙舟赛，打造“赛事+文旅+消费”融合场景。"
    assert _implemented(text) == set()
    got = _implemented("打造“AI+企业码上服务”综合场景。", "重庆")
    assert got == {("重庆", "“AI+企业码上服务”综合场景")}
    # a quoted list of three terms or more is no name (xwlb-20250803-05); two may be one
    text = "北京开通“免现场查勘、免费救援、免气象证明”等绿色理赔通道。"
    assert _implemented(text) == set()
    got = _implemented("深入推进“品质浙货、行销天下”。", "浙江")
    assert got == {("浙江", "“品质浙货、行销天下”")}
    # 与 joins two things into one name's (xwlb-20250824-10)
    text = "山东持续推进黄河三角洲湿地与生物多样性保护恢复项目实施。"
    assert _implemented(text) == {("山东", "黄河三角洲湿地与生物多样性保护恢复项目")}
    # the province's own of a kind, with no name (gwr2026-hainan, -guizhou)
    assert _implemented("加快建设托育综合服务中心，建成省级管理平台。", "海南") == {
        ("海南", "托育综合服务中心")
    }
    assert _implemented("建设省工业大数据中心。", "山东") == {("山东", "省工业大数据中心")}
    # a short platform or mechanism named by what it does is a kind (policy-shandong-011,
    # -051); an activity so named is an event
    assert _implemented("（一）建立工作协调推进机制。", "山东") == set()
    assert _implemented("搭建双招双引、人才资本对接平台。", "山东") == set()
    got = _implemented("开展产学研精准对接活动。", "山东")
    assert got == {("山东", "产学研精准对接活动")}


def test_bodies_of_a_kind_the_province_supports_act_themselves() -> None:
    # policy-shandong-020, -046: 支持/鼓励 with the bodies' kind before them
    text = "支持创新型领军企业开放创新资源，建设专业化众创空间、场景应用创新中心。"
    assert _implemented(text, "山东") == set()
    text = (
        "鼓励“双跨”工业互联网平台等服务商通过揭榜挂帅等方式，与制造业企业联合开展数字化转型试点。"
    )
    assert _implemented(text, "山东") == set()
    # not when the province grows them, nor 推动 of a thing (gwr2026-qinghai)
    text = "支持培育龙头企业，实施企业上市行动。"
    assert _implemented(text, "山东") == {("山东", "企业上市行动")}
    text = "推动国家大学科技园优化重塑，实施全民科学素质提升行动。"
    assert _implemented(text, "青海") == {("青海", "全民科学素质提升行动")}
    # the province still acts in the sentence after (xwlb-20250407-05)
    text = (
        "今年，重庆还加快实施“渝车出海”行动计划，支持汽车企业布局海外市场。"
        "同时，积极构建数字化外贸综合服务体系，推出了“重庆外贸数智大脑”。"
    )
    assert ("重庆", "“重庆外贸数智大脑”") in _implemented(text)


def test_judged_in_round_64_and_before() -> None:
    # a layout of counted parts is how a space is ordered (policy-shandong-011); a chain of
    # levels used as a carrier is none either (xwlb-20251020-04)
    text = "充分发挥济南、青岛两极示范带动作用，采取“一区两翼”模式，按照“错位+融合”的发展路径。"
    assert _implemented(text, "山东") == set()
    text = "浙江今年已启动87条省级发展轴建设，以“县城—中心镇—重点村”为载体，做好强城三篇文章。"
    assert _implemented(text) == set()
    # the items glossing a quoted positioning are no programs (policy-shandong-002)
    text = (
        "立足“四区一中心”(全球海洋科技创新中心、体制机制先行区、开放协同创新引领区)"
        "具体定位，充分发挥优势。"
    )
    assert _implemented(text, "山东") == set()
    # 应用场景 is one word (policy-shandong-011, policy-central-166)
    got = _implemented("积极搭建应用场景技术供需对接平台，推广优秀解决方案。", "山东")
    assert got == {("山东", "应用场景技术供需对接平台")}
    # metaphors and a thing pointed at are no programs (xwlb-20250606-07, -20251224-09)
    assert _implemented("湖北拓展外贸“朋友圈”。") == set()
    assert _implemented("近日，河北石家庄全新打造的这个“便民菜市场+综合体”开始营业。") == set()
    # a province-level kind with no name of its own (policy-shandong-022); not its event
    assert _implemented("协同推进数字乡村建设，开展省级试点建设工作。", "山东") == set()
    assert _implemented("举办省旅发大会。", "贵州") == {("贵州", "省旅发大会")}
    # a technology and a mix of means are no programs (xwlb-20250122-01, -20250608-04)
    text = "在山东济南，地铁全线升级部署了“5G+AI”技术，开行班次能够实时智能调节。"
    assert _implemented(text) == set()
    assert _implemented("广西通过“国补+商家让利+服务升级”等优惠举措，吸引消费者。") == set()
    got = _implemented("出台培育壮大经营主体“1+10”政策措施。", "广西")
    assert got == {("广西", "经营主体“1+10”政策措施")}
    # a routine plan is no program (xwlb-20250325-09)
    assert _implemented("今年，山东科学制定灌溉用水计划。") == set()


def test_themes_judged_in_round_64_and_before() -> None:
    # doing to the first side's object is one aim with it (gwr2026-shandong)
    text = "实施文化保护计划，促进文化基因解码与标识活化利用。"
    assert ("文化保护计划", "标识活化利用") not in _served(text, "山东")
    # 互联网+ opening a mix is the means, not the aim (gwr2026-shandong, -shaanxi)
    text = "强化食品药品安全全链条监管，推进食品安全“互联网+AI监管”。"
    got = _served(text, "山东")
    assert ("食品安全“互联网+AI监管”", "食品安全") in got
    assert all(theme != "互联网+" for _, theme in got)


def test_judged_in_round_65() -> None:
    # one measure per unit is how the work is done (xwlb-20250623-11, gwr2026-shandong)
    assert _implemented("贵州贵阳市老旧小区改造中，当地实行“一院一策”方案。") == set()
    assert _implemented("“一市一品牌”建设美丽城市，美丽乡村整县建成。", "山东") == set()
    # …not a program that has one in its name
    got = _implemented("推进“一链一策一行”融资服务专项行动。", "云南")
    assert got == {("云南", "“一链一策一行”融资服务专项行动")}
    # a peninsula is no province cut off a topic (policy-shandong-002)
    got = _served("健全山东半岛高新区创新发展一体化协同推进机制。", "山东")
    assert ("山东半岛高新区创新发展一体化协同推进机制", "山东半岛高新区创新发展") in got


def test_judged_in_round_66_and_before() -> None:
    # who works together is no name (policy-shandong-002); an event so named is one
    assert _implemented("搭建校企产学研合作平台，强化学科与行业产业对接。", "山东") == set()
    got = _implemented("开展产学研精准对接活动。", "山东")
    assert got == {("山东", "产学研精准对接活动")}
    # a principle in quotes (policy-shandong-019)
    text = "探索建立“包容审慎”监管、政府与平台协同、行业自律有机结合的治理体制机制。"
    assert _implemented(text, "山东") == set()
    # a model joining kinds of firm and farmer (xwlb-20251203-06); not a zone's reform
    text = "当地通过“公司+合作社+农户”“公司+农民经纪人+农户”等一体化经营模式，推动核桃精深加工。"
    assert _implemented(text, "新疆") == set()
    got = _implemented("推广“管委会+公司”运营模式。", "天津")
    assert got == {("天津", "“管委会+公司”运营模式")}
    # a place and its role is where the work is, not its aim (gwr2026-hebei)
    assert _served("支持张家口首都“两区”建设。", "河北") == set()
    assert ("美丽西藏建设“1+8”制度体系", "美丽西藏") in _served(
        "构建美丽西藏建设“1+8”制度体系。", "西藏"
    )


def test_judged_in_round_67() -> None:
    # an operation is routine work, not a program (xwlb-20250626-10)
    assert _implemented("云南、海南、湖南、吉林等地禁毒部门举行了毒品集中销毁活动。") == set()
    # the region named by its provinces' abbreviations is a topic, not its provinces acting
    # (gwr2026-hebei): the report's author carries the program out
    text = "京津冀区域优良天数比率接近80%，“六链五群”建设引领产业协作。"
    assert _implemented_in(text, "gwr2026-hebei", "河北") == {("河北", "“六链五群”")}


def test_conjuncts_and_pilots_missed_before_0_9_72() -> None:
    # the word of doing that ends a first conjunct is no verb (gwr2026-neimenggu): the verb
    # before it governs the name after 和
    got = _implemented(
        "实施偏远农牧户电网延伸和新能源通电升级改造工程，4万户农牧民用上稳定可靠的电。", "内蒙古"
    )
    assert ("内蒙古", "新能源通电升级改造工程") in got
    # after an earlier typed name of the verb's list, a conjunct opens after 、 (gwr2026-zhejiang)
    got = _implemented(
        "实施早孕关爱行动、孕育和出生缺陷防治能力提升计划，推动普惠托育服务提质扩面。", "浙江"
    )
    assert got == {("浙江", "早孕关爱行动"), ("浙江", "孕育和出生缺陷防治能力提升计划")}
    # the work of a pilot (gwr2026-fujian): the name ends at 试点
    assert _implemented("启动职业伤害保障试点工作。", "福建") == {("福建", "职业伤害保障试点")}
    # …but a longer head after 试点 is still no pilot of its own
    assert _implemented("确保试点工作目标实现。", "福建") == set()
    # a gathering named among events (gwr2026-fujian)
    got = _implemented("连续成功举办海峡论坛、海峡青年荟、世界妈祖文化论坛等活动。", "福建")
    assert ("福建", "海峡青年荟") in got
    # a ！ inside a short quoted name ends no sentence (gwr2026-chongqing)
    got = _implemented(
        "开展“你好！重庆”“向世界讲述重庆”等品牌推介，落地澜湄旅游城市合作联盟总部。", "重庆"
    )
    assert {o for _, o in got} == {"“你好!重庆”", "“向世界讲述重庆”"}
    # 弘扬 opens a topic clause: what the actions after it are for (gwr2026-chongqing)
    text = "大力弘扬企业家精神，实施打造“新重庆·新渝商”品牌行动计划。"
    assert ("“新重庆·新渝商”品牌行动计划", "企业家精神") in _served(text, "重庆")


def test_judged_in_round_69_and_counts_before_names() -> None:
    # a list of levels, one character each, opens the name (gwr2026-hainan)
    got = _implemented("第二个“1”指设立县、乡、村级社会治理联动平台。", "海南")
    assert got == {("海南", "县、乡、村级社会治理联动平台")}
    # …but a level of two characters before the list is not cut into
    assert ("海南", "区级社会治理联动平台") in _implemented(
        "设立市县、区级社会治理联动平台。", "海南"
    )
    # platforms of a list of fields are a kind, not one named platform (gwr2026-hainan)
    text = (
        "布局建设生物医药前沿技术、海洋生物制造、绿氢、脑机接口、具身智能等未来产业技术创新平台。"
    )
    assert _implemented(text, "海南") == set()
    # …while an event for a list of products is one (xwlb-20250105-03)
    text = "推出手机、平板电脑、智能手表等数码产品补贴专项活动。"
    assert ("江苏", "数码产品补贴专项活动") in _implemented(text, "江苏")
    # a region before a quoted name is where the works are, not what they are for
    assert _served("实施南部典型热带区域“山水工程”。", "海南") == set()
    # 更新升级 is one word of doing after the topic (gwr2026-hebei)
    assert _served("实施大宗消费更新升级行动。", "河北") == {("大宗消费更新升级行动", "大宗消费")}
    # a count of people or of kinds before the name (gwr2026-gansu, gwr2026-sichuan)
    got = _implemented("六是免费实施1万名老年人白内障复明工程。", "甘肃")
    assert got == {("甘肃", "老年人白内障复明工程")}
    got = _implemented("开展土地、矿产、房屋等7类重点资产资源盘活利用试点。", "四川")
    assert got == {("四川", "重点资产资源盘活利用试点")}
    # …while 万名 after no number counts nothing: both plans stay (gwr2026-henan)
    got = _implemented("接续实施乡村振兴村级协理员专项计划、万名大学生助企服务专项计划。", "河南")
    assert {o for _, o in got} == {"乡村振兴村级协理员专项计划", "大学生助企服务专项计划"}
    # a list opening a clause before a name reported on is the name's (gwr2026-shanxi)
    got = _implemented("汽车、光伏、钢铁等产业提质升级行动成效明显。", "山西")
    assert got == {("山西", "汽车、光伏、钢铁等产业提质升级行动")}
    # …not firms' projects so listed (gwr2026-tianjin)
    assert _implemented("中船、中远海运等船舶制修造项目建成投产。", "天津") == set()


def test_judged_in_round_70() -> None:
    # a countdown is a kind of ceremony (xwlb-20250101-06); a celebration so timed is an event
    text = "迎接2025年，京津冀三地还首次联动举办跨年倒计时活动，大家齐声共数新年的到来。"
    assert _implemented(text) == set()
    got = _implemented("广东举办全运会倒计时100天庆祝活动。")
    assert got == {("广东", "全运会倒计时100天庆祝活动")}
    # a quoted kind of land and its area (xwlb-20250210-05); a count of a quoted name is not
    text = "今年，内蒙古计划新建高标准农田850万亩，打造“吨粮田”1000万亩。"
    assert _implemented(text) == set()
    got = _implemented("打造公益性艺术培训“全民艺术学堂”300个。", "浙江")
    assert got == {("浙江", "公益性艺术培训“全民艺术学堂”")}
    # a kind described by 特色 (xwlb-20250322-07)
    assert _implemented("此外，上海还推出了汽车文旅特色线路。") == set()


def test_judged_in_round_71() -> None:
    # mixes of means listed as examples of a model (policy-shandong-019); not a model named
    text = "加快推广产品“生鲜电子商务+冷链宅配”“中央厨房+食材冷链配送”等服务新模式。"
    assert _implemented(text, "山东") == set()
    got = _implemented("推广“党建+网格+大数据”模式。", "河南")
    assert got == {("河南", "“党建+网格+大数据”模式")}
    # a platform described by its level (gwr2026-shandong), a field's planning (xwlb-20250628-02)
    assert _implemented("打造重大国际交流合作高能级平台。", "山东") == set()
    assert _implemented("编制人工智能领域规划。", "北京") == set()


def test_judged_in_round_72() -> None:
    # a field every plan names is no name (policy-central-166); one with its own words is
    text = "聚焦医用同位素与放射性药物、人体免疫三大方向，开展关键技术攻坚行动，推动新药创制。"
    assert _implemented(text, "山东") == set()
    got = _implemented("深入实施基础研究领先和关键核心技术攻坚行动。", "北京")
    assert ("北京", "关键核心技术攻坚行动") in got


def _implemented_in(text: str, doc: str, province: str) -> set[tuple[str, str]]:
    ex = kg.extract(text, id=doc, province=province, title=f"2026年{province}省政府工作报告")
    return {(a.subject.label, a.object.label) for a in ex.assertions if a.predicate == "implements"}


def test_names_read_again_in_0_9_77() -> None:
    # jieba's dictionary word 工程建设 hid the type word: 推进…工程建设 names the works
    got = _implemented("推进引江济淮工程建设，完善水网。", "安徽")
    assert got == {("安徽", "引江济淮工程")}
    # doing the works (…推进工程建设) and a kind of works every province builds name nothing
    assert _implemented("以最优服务护航工程实施，有力有序有效推进工程建设。", "西藏") == set()
    assert _implemented("深入推进人防工程建设，着力提高双拥工作水平。", "青海") == set()
    # a program reported on after a clause in which an organisation acts is the author's
    text = "国家级人力资源服务产业园实现“零的突破”，就业大数据智慧服务平台建成运行。"
    assert ("山西", "就业大数据智慧服务平台") in _implemented(text, "山西")
    # 大学城 is a place, not universities that act: the clause after it is the author's
    text = "推动大学城、科学城深度融合，推广“教育+人才+科创+产业”明月湖模式。"
    assert ("重庆", "“教育+人才+科创+产业”明月湖模式") in _implemented(text, "重庆")
    # a quoted name ending in the type word of the list's kind does not get it twice
    got = _implemented("浙江推出“山海协作”“千万工程”等一批重点工程。")
    assert ("浙江", "“千万工程”") in got and ("浙江", "“千万工程”工程") not in got


def test_name_theme_without_its_manner_word() -> None:
    # a theme read from a platform's name loses 智慧, which says how, not what for
    text = "国家级人力资源服务产业园实现“零的突破”，就业大数据智慧服务平台建成运行。"
    assert ("就业大数据智慧服务平台", "就业大数据") in _served(text, "山西")


def test_institutes_belts_and_zones_since_0_9_78() -> None:
    # an institute the province sets up is a facility it builds, like a laboratory
    assert ("辽宁", "省产业技术研究院") in _implemented(
        "组建省产业技术研究院，新建中试基地10家。", "辽宁"
    )
    # ...but one with no mark of a name is a kind (企业研究院), and one that acts is no program
    assert _implemented("支持龙头企业建设企业研究院。", "山东") == set()
    assert _implemented("山东能源研究院发布年度报告。", "山东") == set()
    # belts of innovation and zones of development are named like corridors and pilot zones
    got = _implemented("深化G60科创走廊、沿沪宁产业创新带建设。", "江苏")
    assert ("江苏", "沿沪宁产业创新带") in got
    assert ("安徽", "苏浙皖省际毗邻协同发展区") in _implemented(
        "共建苏浙皖省际毗邻协同发展区。", "安徽"
    )


def test_judged_in_round_75() -> None:
    # an institute of the national academy is the academy's, even where a province builds it
    text = (
        "江苏正加快建设以苏州实验室、中国科学院工业人工智能研究院等国家实验室为引领的创新平台矩阵。"
    )
    assert not any("中国科学院" in o for _, o in _implemented(text))
    # a points system kept up beside the program is a task of its own, not what it is for
    text = "巩固拓展乡村治理积分制，开展县域“信用+”乡村治理，持续推进农村移风易俗。"
    assert not any(t == "乡村治理积分制" for _, t in _served(text, "海南"))


def test_judged_in_round_76() -> None:
    # a plan's title keeps the verb it opens with after the verb that issues it
    got = _implemented("上海发布优化离境退税消费环境行动方案。")
    assert got == {("上海", "优化离境退税消费环境行动方案")}
    # the scenes a card is used in are extended: no program of scenes (the card's label was cut)
    assert _implemented("拓展社保卡“一卡通”应用场景，促进公共服务资源延伸。", "河北") == set()
    # scenes built under a quoted name are one (the gold's “确定性网络+行业”应用场景)
    got = _implemented("打造一批“确定性网络+行业”应用场景，拓展数字经济发展新空间。", "山东")
    assert ("山东", "“确定性网络+行业”应用场景") in got


def test_judged_in_round_77_and_packages_since_0_9_81() -> None:
    # so many labs of the province's level name none (judged wrong in round 77)
    text = "辽宁成立了包括材料实验室在内的四家省级实验室，聚焦新材料。"
    assert _implemented(text) == set()
    # a package of measures after 发布, and one counted before a kind of measures
    assert _implemented("上海发布20条举措支持首发经济。") == {("上海", "支持首发经济20条举措")}
    got = _implemented("江苏南京出台促进首发经济的15条服务措施，涵盖支持重点商圈。")
    assert got == {("江苏", "促进首发经济的15条服务措施")}
    # not one without a count
    assert _implemented("福建今年推出促进首发经济高质量发展多项措施，安排专项资金。") == set()


def test_judged_in_round_78() -> None:
    # a countdown is a kind of ceremony, also when a body of the region hosts it
    text = "由澳门特区政府文化局主办的跨年倒数活动在西湾湖广场举行。"
    assert _implemented(text) == set()
    text = "由澳门特区政府文化局主办的“澳门光影节”在西湾湖广场举行。"
    assert ("澳门", "“澳门光影节”") in _implemented(text)


def test_names_first_in_a_part_since_0_9_83() -> None:
    # gwr2026-hubei: 创新 inside the names of events listed first is no verb before the list,
    # and a name opening with 国家 reported on is no act of the nation that blocks the rest
    text = (
        "国家工业母机创新研究中心、鸿蒙生态创新中心等一批重大科创平台建成运行；"
        "东湖论坛、中非创新合作与发展论坛等重大科创活动影响持续扩大。"
    )
    got = _implemented(text, "湖北")
    assert {("湖北", "东湖论坛"), ("湖北", "中非创新合作与发展论坛")} <= got
    # the nation acting still blocks its clause
    assert _implemented("国家出台算力券管理办法，加快建设全国一体化算力网。", "湖北") == set()
    # gwr2026-tianjin: events that drive results (带动) are reported carried out
    text = "海河国际消费季、天津马拉松等特色活动带动游客和消费双提升。"
    assert ("天津", "海河国际消费季") in _implemented(text, "天津")
    # gwr2026-ningxia: 全部建成 reports a work done; a body 组建运行 reports it set up
    assert ("宁夏", "“一河三山”重点工程") in _implemented("“一河三山”重点工程全部建成。", "宁夏")
    text = "“政产学研金服用”融合服务平台组建运行。"
    assert ("安徽", "“政产学研金服用”融合服务平台") in _implemented(text, "安徽")


def test_the_one_platform_of_the_province_since_0_9_83() -> None:
    # gwr2026-shanghai, gwr2026-hubei: the single platform of the whole province or city
    # is named by what it does, though a relative clause stands before it
    got = _implemented("建成全市统一的政策发布查询平台。", "上海")
    assert ("上海", "政策发布查询平台") in got
    got = _implemented("建成全省统一的检查检验结果共享互认信息平台。", "湖北")
    assert ("湖北", "检查检验结果共享互认信息平台") in got
    # any other description before a weak type word still names a kind
    assert _implemented("建设功能完备的政策发布查询平台。", "上海") == set()


def test_judged_in_round_80() -> None:
    # the items of a list closed by 等多层级… are the tiers of a system, not programs
    text = "完善国家实验室、省实验室、省技术创新中心等多层级科技创新体系。"
    assert _implemented(text, "海南") == set()
    text = "建设省技术创新中心，完善科技创新体系。"
    assert ("海南", "省技术创新中心") in _implemented(text, "海南")
    # a technical guidance drawn up for the season is routine work, not a program
    text = "江苏针对部分地区小麦墒情不足的情况，制定田管技术意见，农业专家下沉田间。"
    assert _implemented(text) == set()
    text = "江苏制定促进消费实施意见，推动消费扩容提质。"
    assert ("江苏", "促进消费实施意见") in _implemented(text)


def test_judged_in_round_81() -> None:
    # a list of goals after a cue is no program's aim (judged wrong in five rounds)
    text = (
        "建设绿色低碳高质量发展先行区取得标志性成果，推动实现高质量发展水平、科技创新实力、"
        "改革开放效能、美丽山东建设成效显著提升。"
    )
    served = _served(text, "山东")
    assert not {t for p, t in served if p == "绿色低碳高质量发展先行区"} & {"科技创新", "改革开放"}
    # the kind that closes such a list is still the aim (the bundled sample's 民生)
    text = "搭建“民生呼应”直通平台，持续用力解决就业、医疗、托育、养老等民生领域突出问题。"
    assert ("“民生呼应”直通平台", "民生") in _served(text, "安徽")
    # one aim after the cue is still read
    text = "实施“金芙蓉”跃升行动，引导金融资源精准流向实体经济。"
    assert ("“金芙蓉”跃升行动", "实体经济") in _served(text, "湖南")
    # an alliance is a kind of body unless named: improving the kind names none
    assert _implemented("完善产业技术创新战略联盟建设布局。", "山东") == set()
    assert _implemented("推动成立孵化联盟，促进孵化服务一体化发展。", "山东") == set()
    got = _implemented("组建鲁港澳高校院所创新联盟。", "山东")
    assert ("山东", "鲁港澳高校院所创新联盟") in got


def test_judged_in_round_82() -> None:
    # the government's yearly investment plan is a budget instrument, not a program
    assert _implemented("探索编制全口径政府投资计划，提高民生类投资比重。", "山东") == set()
    got = _implemented("实施科技型企业创新能力提升计划。", "山东")
    assert ("山东", "科技型企业创新能力提升计划") in got


def test_judged_in_round_83() -> None:
    # the clauses before 是 are what it says of something: no actor carried into them
    story = "河南、陕西积极抗旱保夏粮。此外，深入推进大面积单产提升行动等，也是夏粮单产能够持平的主要原因。"
    assert _implemented(story) == set()
    carried = "河南积极抗旱保夏粮。此外，深入推进大面积单产提升行动，确保单产持平。"
    assert ("河南", "大面积单产提升行动") in _implemented(carried)
    # bodies listed with the teams and people sent to give talks are not programs
    talks = "陕西组织新时代文明实践中心、行业宣讲队伍、青年宣讲团队、群众宣讲代表等，深入企业宣讲。"
    assert _implemented(talks) == set()
    assert ("陕西", "新时代文明实践中心") in _implemented("陕西建设新时代文明实践中心。")
    # a conjunct of what a management rule governs is no plan of its own
    rule = "完善符合科研规律的科技计划和科研经费管理办法，加强科研诚信建设。"
    assert ("山东", "科技计划") not in _implemented(rule, "山东")
    # a group of industries grown is no program; with a type word after it, its plan is
    assert _implemented("做大做强做优“十强产业”，引领新质生产力突破发展。", "山东") == set()
    assert ("山东", "“十强产业”行动计划") in _implemented("实施“十强产业”行动计划。", "山东")
    got = _implemented("探索“教育+人才+科创+产业”明月湖模式。", "重庆")
    assert ("重庆", "“教育+人才+科创+产业”明月湖模式") in got


def test_judged_in_round_84() -> None:
    # a centre that makes ties with partners acts as a body, in the clause after it too
    story = (
        "上海张江、安徽合肥两大综合性国家科学中心积极推进合作共建，"
        "长三角国家技术创新中心与200余家高校科研院所建立战略合作，与近600家龙头企业建立企业联合创新中心。"
    )
    assert ("上海", "企业联合创新中心") not in _implemented(story)
    assert ("上海", "企业联合创新中心") in _implemented(
        "上海与近600家龙头企业建立企业联合创新中心。"
    )
    # levels named by words of two or three characters stay in the name
    got = _implemented("完善省、市、开发区三级联动改革政策体系。", "辽宁")
    assert got == {("辽宁", "省、市、开发区三级联动改革政策体系")}


def test_judged_in_round_85() -> None:
    # a set of things (three foods) is no program, nor a kind of facility built in many places
    foods = "安徽广德市由炖锅、奶茶、桃酥组成的“广德三件套”火了，“三件套”吸引了大批游客前来打卡。"
    assert _implemented(foods) == set()
    assert _implemented("河北秦皇岛在一些小区打造“雨水花园”，为居民提供舒适环境。") == set()
    assert ("河北", "“雨水花园”") in _implemented("河北秦皇岛打造“雨水花园”，为居民提供舒适环境。")
    # an international trade fair named after the city it is held in is a national body's
    assert _implemented("第三十一届北京国际图书博览会在京举办") == set()
    assert ("北京", "第十五届北京国际电影节") in _implemented("第十五届北京国际电影节开幕")
    assert ("广东", "首届广东优品展览会") in _implemented("首届广东优品展览会在广州举行")


def test_judged_in_round_86() -> None:
    # a travel-time target in quotes is no program; a mechanism named after one is
    target = "构建“圈内1小时、济青1.5小时”通勤圈，建设10个产业协同共建园区。"
    assert _implemented(target, "山东") == set()
    got = _implemented("健全“一小时通勤圈”同城化发展体制机制。", "陕西")
    assert got == {("陕西", "“一小时通勤圈”同城化发展体制机制")}
    # a count of a weak kind alone, closing the list of its items, names none
    ports = "搭建人工智能算力、港口人工智能算法、港航供应链大数据“三大平台”，组建“两大中心”。"
    assert _implemented(ports, "山东") == set()
    assert ("山东", "“六大工程”") in _implemented("实施“六大工程”。", "山东")


def test_missed_in_the_eighth_review_set() -> None:
    # a county the gazetteer does not know, written without 县, is where 当地 acts
    got = _implemented("在河北宁晋，当地推出智慧稻田管理平台，对冬小麦进行灌溉。")
    assert got == {("河北", "智慧稻田管理平台")}
    # a program reported under way; a program worked on is not reported carried out
    assert _implemented("眼下，江苏南通的“五五乐购季”正在火热进行。") == {("江苏", "“五五乐购季”")}
    assert _implemented("江苏“五五乐购季”进行了调整。") == set()
    # …等 and a kind of event closing a list of events: the kind names no program
    assert _implemented("在新疆阿勒泰，转场、叼羊等草原民俗活动火热进行。") == set()
    # a national meeting the province hosts is its act; one it attends is not
    hosted = _implemented("办好全国民营企业绿色发展大会。", "海南")
    assert hosted == {("海南", "全国民营企业绿色发展大会")}
    assert _implemented("参加全国民营企业绿色发展大会。", "海南") == set()
    # work on a quoted program, then 和 and a program of its own
    both = _implemented("开展“齐鲁文艺高峰计划”项目遴选和新大众文艺工程。", "山东")
    assert ("山东", "新大众文艺工程") in both
    one = _implemented("建立“十强”产业与人工智能融合发展协调推进机制。", "山东")
    assert ("山东", "人工智能融合发展协调推进机制") not in one
    # a named fund is a program; so many funds are not
    assert _implemented("充分发挥新旧动能转换基金作用。", "山东") == {("山东", "新旧动能转换基金")}
    assert _implemented("北京设立八只市级政府投资基金，已带动社会投资超千亿元。") == set()


def test_judged_in_round_87_labels() -> None:
    # a record (全国首个) is no word of a quoted name, nor a level a theme
    got = _implemented("成立全国首个省级“三医大数据中心”。", "海南")
    assert got == {("海南", "省级“三医大数据中心”")}
    served = _served("建成全国首个国家级“互联网＋教育”和“互联网＋医疗健康”示范区。", "宁夏")
    assert not {theme for _, theme in served} & {"国家级", "全国首个国家级"}


def test_the_notes_at_the_end_of_a_report_report_no_action() -> None:
    # gwr2026-hainan: terms spelt out at the end, a note's head on a line of its own
    body = "持续完善“11431”基层治理体系［24］，推进“五社联动”［25］。\n"
    notes = "［24］“11431”基层治理体系：\n第二个“1”指设立县、乡、村级社会治理联动平台；“4”指推进“三融合”。\n"
    got = _implemented(body + notes, "海南")
    assert ("海南", "“11431”基层治理体系") in got
    assert not {p for _, p in got} & {"县、乡、村级社会治理联动平台", "“三融合”"}
    assert {p for _, p in _implemented(notes, "海南")} == set()


def test_judged_in_round_88() -> None:
    # a tax levied or cut is no program (both judges of rounds 81 and 88)
    taxes = "2025年上海将继续对小微企业和个体工商户减半征收“六税两费”。"
    assert _implemented(taxes) == set()
    # a course a province created, named in a relative clause, is its own
    got = _implemented("在哈密，河南开创的“全能班主任培训课程”培育出一批批优秀教师。")
    assert got == {("河南", "“全能班主任培训课程”")}


def test_judged_in_round_91() -> None:
    # a brand's plan launched at the same time as a national broadcaster's event (同步启动)
    # names no actor of the province (both judges of rounds 90 and 91)
    text = "总台“清新福建”全球推介会今天在京举行。“清新福建”全球创意推广计划同步启动。"
    assert _implemented(text) == set()


def test_missed_in_reviewed_policy_documents() -> None:
    # a program used for what it yields, with 的 before the yield
    used = "发挥山东省海峡两岸青少年儒学研习基地的作用，大力推动青少年交流。"
    assert _implemented(used, "山东") == {("山东", "山东省海峡两岸青少年儒学研习基地")}
    # two kinds of work of one platform joined by 与 make one name; a park and a base do not
    both = _implemented("建设教育招生考试数据分析与应用平台。", "山东")
    assert both == {("山东", "教育招生考试数据分析与应用平台")}
    two = _implemented("吸引龙头企业在我省设立孵化园区和生产基地。", "山东")
    assert ("山东", "孵化园区和生产基地") not in two
    # 高起点 before 建设 leaves it a verb
    got = _implemented("高起点建设黄梅戏文化传承发展区。", "安徽")
    assert got == {("安徽", "黄梅戏文化传承发展区")}


def test_judged_in_round_90() -> None:
    # the places listed before a kind of region are the name's (judged wrong in four rounds
    # when cut to 流域生态补水工程); the theme is the work on the kind
    text = "在河北邢台，刚刚启动的2025年度大沙河、泜河等流域生态补水工程，正在实施差异化补水方案。"
    assert _implemented(text) == {("河北", "大沙河、泜河等流域生态补水工程")}
    served = _served("实施雅鲁藏布江流域等关键区域生态修复工程。", "西藏")
    assert served == {("雅鲁藏布江流域等关键区域生态修复工程", "关键区域生态修复")}
    # a list of fields before a kind of industry keeps its cut (…等行业…工程 names the work)
    industries = _implemented("重庆实施电力、钢铁、化工等行业节能降碳改造升级工程。")
    assert industries == {("重庆", "行业节能降碳改造升级工程")}


def test_missed_in_the_ninth_review_set() -> None:
    # a reform reported by its progress (迈出关键一步), in a clause a place frames
    got = _implemented("在湖南，“大农科院”管理体制改革迈出关键一步。")
    assert got == {("湖南", "“大农科院”管理体制改革")}


def test_read_in_0_9_97() -> None:
    # a quoted program, or one with a head of its own, before 的同时 (the issue's
    # 在实施……工程的同时): the name ends at the quote or the head
    assert _implemented("湖北在实施“强县工程”的同时，还健全体制机制。") == {("湖北", "“强县工程”")}
    ecology = _implemented("湖北在加快搭建“平台+”创新生态的同时，还不断健全体制机制。")
    assert ecology == {("湖北", "“平台+”创新生态")}
    # two actions joined by 和 share the type word when both end in a word of doing …
    got = _implemented("深入实施基础研究领先和关键核心技术攻坚行动，建强战略科技力量。", "北京")
    assert got == {("北京", "基础研究领先行动"), ("北京", "关键核心技术攻坚行动")}
    # … not when the first is no action (社会应急) or is training, an activity of its own
    one = _implemented("实施社会应急和防灾避险能力提升工程。", "福建")
    assert one == {("福建", "社会应急和防灾避险能力提升工程")}
    training = _implemented("开展大规模职业技能培训和高素质农民学历提升行动计划。", "山东")
    assert training == {("山东", "高素质农民学历提升行动计划")}
    # items of a list before 等行动: 建设 ending an item is its noun, 高等 holds no list's 等,
    # and 赋能 ending an item is no purpose
    listed = _implemented("实施高等教育本科专业建设、人工智能赋能等行动。", "青海")
    assert listed == {("青海", "高等教育本科专业建设行动"), ("青海", "人工智能赋能行动")}


def test_themes_read_in_0_9_97() -> None:
    # a name's topic stands beside a purpose clause that names a vocabulary theme
    served = _served("实施全民应急素质提升工程，筑牢安全生产的人民防线。", "内蒙古")
    assert ("全民应急素质提升工程", "全民应急素质") in served
    # a season or festival of spending serves spending, whatever its name
    assert _served("举办春夏秋冬消费季。", "山东") == {("春夏秋冬消费季", "消费")}
    # 壮大 and 排查 are words of doing; a service's destination (进外企) is no topic
    assert _served("启动实施重点产业集群壮大提升行动。", "海南") == {
        ("重点产业集群壮大提升行动", "产业集群")
    }
    assert _served("开展服务保障进外企行动。", "河北") == set()


def test_read_in_0_9_98() -> None:
    # a topic for the head after a quoted name is what the program is for (“九五”普法)
    assert _served("深入开展“九五”普法。", "湖北") == {("“九五”普法", "普法")}
    # the province's platforms of a field as a whole are no program (judged wrong in rounds
    # 88-93): 加快全省科技创新平台建设
    got = _implemented("研究制定加快全省科技创新平台建设的意见，优化科技资源配置。", "山东")
    assert ("山东", "全省科技创新平台") not in got
    # 综合服务, 主题实践, 主题文化 and 系列 are forms of the work; 弘扬 and 市县 open no topic
    assert _served("上线运行企业走出去综合服务平台。", "上海") == {
        ("企业走出去综合服务平台", "企业走出去")
    }
    assert _served("开展弘扬城市精神主题实践活动。", "重庆") == {
        ("弘扬城市精神主题实践活动", "城市精神")
    }
    assert _served("开展中华民族共有精神家园建设主题文化活动。", "云南") == {
        ("中华民族共有精神家园建设主题文化活动", "中华民族共有精神家园")
    }
    assert ("市县托育综合服务中心", "托育") in _served("建设市县托育综合服务中心。", "海南")
    # …思想主题教育 keeps its head whole: the thought is no topic of its own here
    assert _served("深入开展学习贯彻习近平新时代中国特色社会主义思想主题教育。", "河北") == set()
    # a word of going (骑行) ends no event's name in a list (judged wrong in four rounds)
    text = "河北晋州举办梨园健步走、健康骑行、戏曲进梨园等一系列活动。"
    assert ("河北", "健康骑行") not in _implemented(text)


def test_missed_in_the_tenth_review_set() -> None:
    # a pilot named 试点示范 (a heading of policy-shandong-003's, and 开展…试点示范) is one,
    # and its name states its field
    heading = _implemented("（一）离散型智能制造试点示范", "山东")
    assert heading == {("山东", "离散型智能制造试点示范")}
    assert _served("开展网络协同制造试点示范。", "山东") == {
        ("网络协同制造试点示范", "网络协同制造")
    }
    # a kind of province written before its name (马铃薯主产区贵州, 粮食大省黑龙江省) acts
    got = _implemented("马铃薯主产区贵州，今年全面推进马铃薯新品种种植计划。")
    assert got == {("贵州", "马铃薯新品种种植计划")}
    assert _implemented("粮食大省黑龙江省今年加大“优机优补”力度。") == {("黑龙江", "“优机优补”")}
    # a quoted name with a comma in it names a program when a type word follows
    got = _implemented("开展“一市一品牌，一县一特色”建设行动，全方位打造智慧应用场景。", "山东")
    assert got == {("山东", "“一市一品牌，一县一特色”建设行动")}


def test_judged_in_rounds_93_and_94() -> None:
    # a company named after the province (海南核电, 中核集团's) runs its own project
    assert _implemented("海南核电核能供汽项目正式启用") == set()


def test_read_in_0_9_100() -> None:
    # a named program listed where the work is done (在…、…等省级人才工程设立…) is used
    text = "在泰山学者青年专家项目、齐鲁青年人才工程等省级人才工程设立一批优秀博士岗位。"
    assert ("山东", "齐鲁青年人才工程") in _implemented(text, "山东")


def test_read_in_0_9_101() -> None:
    # a quote before 的 names the head of a weak type (…的旅游体系), not a motto (…的主题活动)
    text = "河北崇礼打造“世界级赛事+全民活动”的旅游体系，推动滑雪与研学深度联动。"
    assert _implemented(text) == {("河北", "“世界级赛事+全民活动”的旅游体系")}
    motto = "江苏苏州开展“携手禁毒筑防线 同心护安向未来”的主题活动。"
    assert _implemented(motto) == set()
    # a quoted name closes a frame of 与…相结合 (not “…”和“…”相结合的方式, a way of working)
    got = _implemented("在安徽淮南，当地把城中村改造与构建“完整社区”相结合，实现全覆盖。")
    assert got == {("安徽", "“完整社区”")}
    way = "当地采取“统规统建”和“统规自建”相结合的方式推进民房建设。"
    assert _implemented(way, "西藏") == set()


def test_read_in_0_9_102_and_0_9_103() -> None:
    # a program reported by its fame or its effect, first in its clause (0.9.102)
    assert _implemented("“渝超联赛”火爆出圈，铜梁龙足球队冲超成功。", "重庆") == {
        ("重庆", "“渝超联赛”")
    }
    got = _implemented("国际友城达137对，“鼓岭缘”、“菌草佳话”等特色民间外交品牌越擦越亮。", "福建")
    assert got == {("福建", "“鼓岭缘”品牌"), ("福建", "“菌草佳话”品牌")}
    # a system reported as taking shape (0.9.103)
    got = _implemented("“邮运通”寄递网络体系加快形成，农村卫生厕所普及。", "重庆")
    assert got == {("重庆", "“邮运通”寄递网络体系")}


def test_read_in_0_9_104() -> None:
    # review set 12: an event co-hosted by a province whose name holds 在 (购在中国) and
    # is held with a broadcaster's own (…暨总台…): the hosts' event, named up to 暨
    text = (
        "由商务部、中央广播电视总台、广东省人民政府共同举办的“购在中国•2025大湾区消费季”"
        "暨总台“外贸优品达湾区”媒体行动今天（5月24日）在广州启动。"
    )
    assert _implemented(text) == {("广东", "“购在中国•2025大湾区消费季”")}
    text = (
        "由中央广播电视总台、福建省人民政府共同主办的“全闽乐购”莆田优品焕新消费季"
        "暨总台系列活动昨天（12月8日）在福建莆田启动。"
    )
    assert _implemented(text) == {("福建", "“全闽乐购”莆田优品焕新消费季")}
    # other joined names stay whole: the province's may be the second (…暨第六届上海“五五购物节”)
    text = "国际山地旅游暨户外运动大会在贵州开幕，贵州举办国际山地旅游暨户外运动大会。"
    assert ("贵州", "国际山地旅游暨户外运动大会") in _implemented(text)
    # exhibitions listed before 等…活动 are events (not 会展, a field)
    text = "安徽铜陵举办了绿色食品展、农业科技创新成果展等9项特色主题活动。"
    assert _implemented(text) == {("安徽", "绿色食品展"), ("安徽", "农业科技创新成果展")}
    text = "打造一批国际商务、高端会展、专业培训、科技交流等高水平活动。"
    assert _implemented(text, "上海") == set()


def test_read_in_0_9_105() -> None:
    # review set 13 (policy-central-166) and judged rounds: a numbered heading that names a
    # zone and, after a dash, what it is to become: the goal is no program
    assert _implemented("(十)双碳智谷--打造中国北方清洁能源中心", "山东") == set()
    assert _implemented("（十六）世界电影之都——打造全球一流影视制作基地", "山东") == set()
    # a heading whose dash opens a program carried out keeps it
    got = _implemented("（三）重点工程——实施乡村振兴示范工程。", "山东")
    assert got == {("山东", "乡村振兴示范工程")}


def test_read_in_0_9_106() -> None:
    # judged round 97 (and 96): short actions listed in quotes before 措施 are measures, not
    # a program's name; the same list before a type word of a program is one (陕西's 工程)
    text = "海南海口、文昌等地分时段实施“停课、停工、停业、停运、停航”措施。"
    assert _implemented(text) == set()
    got = _implemented("陕西实施“登高、升规、晋位、上市”工程。")
    assert got == {("陕西", "“登高、升规、晋位、上市”工程")}


def test_read_in_0_9_107() -> None:
    # review set 9 (policy-shandong-006): a system names a program with a mark of a name
    got = _implemented("建设全省电子印章系统，完成与国家电子印章系统对接。", "山东")
    assert got == {("山东", "全省电子印章系统")}
    assert _implemented("加快建设省级低空智能网联系统。", "山东") == {
        ("山东", "省级低空智能网联系统")
    }
    # an unmarked one is a kind of thing
    assert _implemented("建设电子印章系统，完善社会保障信息系统。", "山东") == set()


def test_read_in_0_9_108() -> None:
    # review sets 3 and 13: a gateway names a program with a mark of a name
    assert _implemented("拓展上海国际服务门户功能。", "上海") == {("上海", "上海国际服务门户")}
    got = _implemented("重庆加快建设西部国际数据门户。")
    assert got == {("重庆", "西部国际数据门户")}
    # a role a province is to play is no program
    assert _implemented("加快打造引领我国新时代对外开放的重要门户。", "海南") == set()


def test_read_in_0_9_109() -> None:
    # halls, service stations, "brains" and industrial parks with a mark of a name
    got = _implemented("搭建“十强产业”场景创新服务大厅。", "山东")
    assert got == {("山东", "“十强产业”场景创新服务大厅")}
    got = _implemented("今年，青海将加快推进海东零碳算力产业园等一批项目建设。")
    assert got == {("青海", "海东零碳算力产业园")}
    assert _implemented("建成“家门口”就业服务站。", "四川") == {("四川", "“家门口”就业服务站")}
    # unmarked ones are kinds
    assert _implemented("建设政务服务大厅和产业园，完善就业服务站。", "四川") == set()


def test_read_in_0_9_110() -> None:
    # a scenic road or a tourism axis with a mark of a name (two names share the head)
    got = _implemented("建成“青海湖1号”“柴达木1号”交旅融合生态景观大道。", "青海")
    assert ("青海", "“柴达木1号”交旅融合生态景观大道") in got and len(got) == 2
    got = _implemented("做强“神武峡”“赤黄红”两大文旅主轴。", "湖北")
    assert len(got) == 2
    # unmarked, a kind
    assert _implemented("建设滨江景观大道，打造文旅主轴。", "湖北") == set()


def test_read_in_0_9_111() -> None:
    # review set 15: a package of measures with its aim between the count and the kind,
    # issued (发布) like any package; what it is for is its theme
    text = "今年以来，天津发布20条稳外资举措，吸引更多外资在天津落地发展。"
    assert _implemented(text) == {("天津", "20条稳外资举措")}
    assert ("20条稳外资举措", "外资") in _served(text)
    text = "今年，天津发布43条推动制造业高质量发展政策举措。"
    assert _implemented(text) == {("天津", "43条推动制造业高质量发展政策举措")}
    assert ("43条推动制造业高质量发展政策举措", "制造业高质量发展") in _served(text)
    # the aim before the count, with 的 (推出…的12条措施), is the package's theme too
    served = _served("上海推出进一步激发市场主体活力的12条措施。")
    assert ("激发市场主体活力的12条措施", "市场主体活力") in served
    # the count's own qualifiers are no aim, and the kind closing a list is no name
    assert _served("上海出台20条具体措施。") == set()
    got = _implemented("制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措。", "辽宁")
    assert not any(label.endswith("等政策举措") for _, label in got)


def test_read_in_0_9_112() -> None:
    # judged rounds 97-99: 和美乡村 is a theme of its own, not 乡村建设, which the name does
    # not say (both judges called 乡村建设 wrong)
    served = _served("河北开展和美乡村文旅融合焕新行动，全省2700多个村合力打造乡村旅游目的地。")
    assert ("和美乡村文旅融合焕新行动", "和美乡村") in served
    assert not any(theme == "乡村建设" for _, theme in served)
    # the items of a purpose after one with a predicate of its own go on with it
    # (行政审批实现全流程数字化、全过程透明化: not 全过程透明化 alone)
    served = _served(
        "今年，湖南深化“一件事一次办”改革，推动行政审批实现全流程数字化、全过程透明化。"
    )
    assert not any(theme == "全过程透明化" for _, theme in served)


def test_read_in_0_9_113() -> None:
    # judged rounds 98-100: what 开发 yields in a task of research is no program (both judges,
    # three rounds: 智慧工厂支撑平台, 系统总成管理平台 of policy-shandong-002)
    text = (
        "研究智能信息感知与信息可视化技术、数据挖掘技术、人工智能和知识发现技术，"
        "开发智慧工厂支撑平台。"
    )
    assert _implemented(text, "山东") == set()
    # outside research, 开发 a platform carries it out as before
    got = _implemented("开发数字乡村综合服务平台。", "山东")
    assert got == {("山东", "数字乡村综合服务平台")}


def test_read_in_0_9_114() -> None:
    # judged round 101: a brand of counts before a name's topic is not the topic's
    served = _served("今年，陕西实施百千万人才引进计划。")
    assert ("百千万人才引进计划", "人才引进") in served
    # a count of a measure stays (百万亩造林绿化)
    assert ("新一轮百万亩造林绿化工程", "百万亩造林绿化") in _served(
        "实施新一轮百万亩造林绿化工程。", "北京"
    )


def test_read_in_0_9_115() -> None:
    # reviewed xwlb-20250606-07: a clause of purpose opened by 为 is the aim of the programs
    # of the clause right after it, whoever carries them out
    text = "为帮助企业拓展多元化市场，广西建立了重点外贸项目服务机制，支持企业参加境内外展会。"
    assert ("重点外贸项目服务机制", "企业拓展多元化市场") in _served(text)
    assert ("“福品销全球”活动", "消费") in _served("为激发消费活力，福建深化“福品销全球”活动。")
    # not across a ；
    assert _served("为激发消费活力，福建加大补贴；浙江深化“浙货行天下”活动。") == set()


def test_read_in_0_9_116() -> None:
    # reviewed gwr2026-shandong, -shaanxi: a program standing first in its clause and
    # reported by what it yields (兑现, 促成, 招引, 培养) is carried out
    got = _implemented("“鲁惠通”兑现政策资金166亿元。", "山东")
    assert got == {("山东", "“鲁惠通”")}
    got = _implemented("“校招共用”招引企业紧缺人才94名。", "陕西")
    assert got == {("陕西", "“校招共用”")}
    # a way of working that pushes something is no program reported
    assert _implemented("“一业一策”推动服务业精准补短提升。", "山东") == set()


def test_read_in_0_9_117() -> None:
    # reviewed gwr2026-fujian: names listed between a verb of building and the 建设 they
    # share are each built (加快A、B建设), not only the last
    got = _implemented("加快世界闽南文化交流中心、两岸流行文化中心建设。", "福建")
    assert ("福建", "世界闽南文化交流中心") in got and ("福建", "两岸流行文化中心") in got
    got = _implemented("加快观音寺调蓄工程、沙颍河“通港达园”项目建设。", "河南")
    assert ("河南", "观音寺调蓄工程") in got
    # without 建设 after the list, 加快 carries nothing out
    assert _implemented("加快观音寺调蓄工程、沙颍河航运工程进度。", "河南") == set()


def test_read_in_0_9_118() -> None:
    # reviewed gwr2026-yunnan: a version after the type word (…三年行动2.0版) ends the name
    got = _implemented(
        "实施打造一流营商环境促进经营主体提质增效三年行动2.0版，用好各类为企服务机制。", "云南"
    )
    assert got == {("云南", "一流营商环境促进经营主体提质增效三年行动")}
    # a figure after it is no version (增长2.0%)
    assert _implemented("实施质量提升行动2.0%。", "云南") == set()


def test_read_in_0_9_119() -> None:
    # reviewed gwr2026-ningxia, -shanxi, -guizhou: a name's topic may open with the people
    # it is for (群众…, 居民…); only a theme read from a clause still may not (群众满意)
    assert ("群众身边环境问题整治提升行动", "群众身边环境问题") in _served(
        "实施群众身边环境问题整治提升行动。", "宁夏"
    )
    assert ("促进居民增收三年行动", "居民增收") in _served("实施促进居民增收三年行动。", "贵州")
    # reviewed gwr2026-beijing: the kind after the nearest 等 is the list's; the kind of a
    # second list (…等群众体育活动) says nothing of the first (世界田径锦标赛等国际赛事)
    got = _served("精心筹办世界田径锦标赛等国际赛事和北京马拉松等群众体育活动。", "北京")
    assert ("世界田径锦标赛", "群众体育") not in got
    # reviewed gwr2026-fujian: a count after the kind (…等促消费活动近万场) still ends it
    got = _served("开展“全闽乐购”等促消费活动近万场，加力扩围以旧换新。", "福建")
    assert ("“全闽乐购”", "消费") in got
    # reviewed gwr2026-ningxia: a program standing first and reported with 首次 (再次, 如期,
    # 集中) before what it yields is carried out like one reported 近日; 同步启动 is not
    # read (a brand's plan launched beside a broadcaster's event: round 91)
    got = _implemented("第七届中阿博览会首次实现22个阿拉伯国家全部参会。", "宁夏")
    assert got == {("宁夏", "第七届中阿博览会")}


def test_read_in_0_9_120() -> None:
    # reviewed gwr2026-shandong, -ningxia: a quoted brand of a known topic of two characters
    # and a province (“创业齐鲁”, “技能宁夏”) is about the topic, like “法治山东”
    assert ("“创业齐鲁”行动", "创业") in _served("实施“创业齐鲁”行动。", "山东")
    assert ("“技能宁夏”行动", "技能") in _served("实施“技能宁夏”行动。", "宁夏")
    # reviewed gwr2026-liaoning, -zhejiang: what is offered in or seen in the province
    assert ("“放心消费在辽宁”品牌", "放心消费") in _served("打造“放心消费在辽宁”品牌。", "辽宁")
    assert ("“乡村旅游看浙江”品牌", "乡村旅游") in _served("打造“乡村旅游看浙江”品牌。", "浙江")
    # a quality word before the province names no topic
    assert _served("打造“好客山东”品牌。", "山东") == set()


def test_read_in_0_9_121() -> None:
    # reviewed xwlb-20250628-08: 激发 opens a purpose strong enough for a phrase of its own
    got = _served(
        "上海通过打造“五五购物节”“上海之夏”国际消费季等大规模综合性消费节庆活动，"
        "充分激发城市消费潜力。"
    )
    assert ("“上海之夏”国际消费季", "城市消费潜力") in got
    # reviewed gwr2026-hubei: 加速 opens a purpose (a theme of the vocabulary after it)
    assert ("“四评”改革", "科技创新") in _served("深化“四评”改革，加速科技创新。", "湖北")
    # reviewed gwr2026-shandong: 体育 is no generic core: a sports season is a program
    assert _implemented("办好体育消费季。", "山东") == {("山东", "体育消费季")}


def test_read_in_0_9_122() -> None:
    # reviewed xwlb-20250606-07: a strong cue opening the sentence, before the province that
    # acts, states the purpose of its programs (as 为促进… does)
    got = _served("促进外贸稳量提质，福建深化“福品销全球”活动，加大新兴市场境外展会补助力度。")
    assert ("“福品销全球”活动", "外贸") in got
    # …but a task of a list, with no province after it, states none
    assert _served("推动高质量发展，实施“十大工程”。") == set()
    # reviewed xwlb-20250118-05: the goal pushed forward, then the means (…，通过打造…)
    got = _served("今年，福建将大力实施转型升级，通过打造福厦泉创新走廊，建好8家省级创新实验室。")
    assert ("福厦泉创新走廊", "转型升级") in got
    # reviewed gwr2026-zhejiang and others: 新时代 (jieba's 新 and 时代) is a scope, not a topic
    assert ("新时代立德树人工程", "立德树人") in _served("实施新时代立德树人工程。", "安徽")
    # …and craftsmen are a topic of two characters (湖湘, the province's old name, is its place)
    assert ("新时代湖湘工匠培育工程", "工匠") in _served("实施新时代湖湘工匠培育工程。", "湖南")


def test_read_in_0_9_123() -> None:
    # reviewed gwr2026-jiangxi, dev gwr2026-beijing: talents however a name calls them
    assert ("“赣鄱俊才支持计划”", "人才") in _served("深入实施“赣鄱俊才支持计划”。", "江西")
    assert ("特殊引才计划", "人才") in _served("深入推进特殊引才计划。", "北京")
    # reviewed gwr2026-shanxi: a separator left at the end of a topic goes (not 美丽山西·)
    assert ("“美丽山西·全民行动”", "美丽山西") in _served("开展“美丽山西·全民行动”。", "山西")
    # reviewed xwlb-20250422-06: the topic is the part before a dash
    got = _served("上海启动“外贸优品转内销——浙江省优质外贸工厂转型计划”。")
    assert ("“外贸优品转内销——浙江省优质外贸工厂转型计划”", "外贸优品转内销") in got
    # reviewed gwr2026-neimenggu: a count of parts is a layout, not a topic
    assert _served("全力打好“三北”工程三大标志性战役。", "内蒙古") == set()
    # reviewed gwr2026-zhejiang: 攀峰 is a word of doing, like 攀登
    assert ("新时代文艺精品攀峰行动", "文艺精品") in _served("实施新时代文艺精品攀峰行动。", "浙江")


def test_read_in_0_9_124() -> None:
    # judged rounds 97-101 (both judges): a kind described by how widely it works is no name
    text = "安徽铜陵举办了绿色食品展等9项特色主题活动，搭建多渠道交流推介平台，展现新风貌。"
    assert ("安徽", "交流推介平台") not in _implemented(text)
    # judged rounds 99 and 101: strengthening the building of an unmarked kind (加强…基地建设)
    # is strengthening the kind, as 加强…基地 alone is; a marked name is still built
    assert _implemented("加强国际科技合作基地建设，鼓励企业走出去。", "山东") == set()
    assert _implemented("加强国际科技合作基地。", "山东") == set()
    got = _implemented("加强济南国际科技合作基地建设。", "山东")
    assert got == {("山东", "济南国际科技合作基地")}


def test_read_in_0_9_125() -> None:
    # judged round 103 (both judges): a first of its kind 打造出 yields is an outcome
    # described, not a program (粤港澳三地…打造出首届“碳中和”全运会); a named one is still made
    text = "粤港澳三地广泛使用绿电，还打造出首届“碳中和”全运会。"
    assert _implemented(text) == set()
    assert _implemented("浙江打造出“浙里办”平台。") == {("浙江", "“浙里办”平台")}


def test_read_in_0_9_126() -> None:
    # reviewed gwr2026-shandong, gwr2026-neimenggu: a short modifier opens the clause before a
    # quoted name with its type word, and the clause reports it carried out
    got = _implemented("开发区“寻标对标、创新提升”行动扎实开展。", "山东")
    assert got == {("山东", "开发区“寻标对标、创新提升”行动")}
    got = _implemented("京蒙协作“六个倍增计划”成效显著，43所高校结对办学。", "内蒙古")
    assert got == {("内蒙古", "京蒙协作“六个倍增计划”")}
    # …but not a verb (增强亳州…品牌), a scope of the nation or a measure (…千瓦级)
    assert _implemented("增强亳州“世界中医药之都”品牌影响力。", "安徽") == set()
    text = "内蒙古千万千瓦级“沙戈荒”新能源基地全面开工"
    assert ("内蒙古", "千万千瓦级“沙戈荒”新能源基地") not in _implemented(text)
    # dev gwr2026-gansu: what a program did, counted right after the verb, reports it
    text = "“增学位”工程增补学位13.1万个，“县中振兴”工程提升40所普通高中办学能力。"
    assert ("甘肃", "“县中振兴”工程") in _implemented(text, "甘肃")


def test_read_in_0_9_127() -> None:
    # dev gwr2026-shandong: a package named by its aim (支持…) before its count
    got = _implemented("出台支持乡村富民产业发展20条措施，产业园增加2个。", "山东")
    assert got == {("山东", "支持乡村富民产业发展20条措施")}
    # …counted in 条 only: 项 counts what was done (…352项重要改革举措稳步实施)
    assert _implemented("自贸试验区推出111项全国首创举措。", "福建") == set()
    # reviewed gwr2026-hainan: a verb of completing before a name that opens with a type
    # word (完成 + 制度…): the verb governs the name, no earlier name ends there
    got = _implemented("完成制度集成创新三年行动，累计培育形成21批制度集成创新案例。", "海南")
    assert got == {("海南", "制度集成创新三年行动")}


def test_read_in_0_9_128() -> None:
    # reviewed gwr2026-yunnan, gwr2026-xizang: the kind after 等 states the aim of the names
    # listed before it for mechanisms and scenes too (…等联农带农机制, …等消费新场景)
    got = _served("推广“334”“622”等联农带农机制。", "云南")
    assert {("“334”机制", "联农带农"), ("“622”机制", "联农带农")} <= got
    assert ("“拉萨不夜城”", "消费") in _served("打造“拉萨不夜城”等消费新场景。", "西藏")


def test_read_in_0_9_129() -> None:
    # reviewed policy-shandong-046: a fund's size written before it in a relative clause
    # (总规模…亿元的) describes the fund, not a kind of fund
    text = "设立总规模不少于100亿元的数字经济发展专项基金，撬动更多社会资本。"
    assert _implemented(text, "山东") == {("山东", "数字经济发展专项基金")}
    # …while another relative clause before a weak kind still describes a kind
    assert _implemented("构建服务全国的综合服务平台。", "山东") == set()
    # a program reported started the same day (同日) is reported carried out
    assert ("浙江", "新春消费季") in _implemented("浙江新春消费季同日启动。")


def test_read_in_0_9_130() -> None:
    # reviewed xwlb-20250207-08: after its aim a package may be counted in 项 too
    text = "北京发布促进专精特新企业高质量发展的27项措施。"
    assert _implemented(text) == {("北京", "促进专精特新企业高质量发展的27项措施")}
    # …but not a count of what was done, nor an aim that runs over a list or a verb of issuing
    assert _implemented("自贸试验区推出111项全国首创举措。", "福建") == set()
    text = "上海发布若干措施，围绕优化发展环境、推动创新开放等六大领域推出26项举措。"
    assert ("上海", "创新开放等六大领域推出26项举措") not in _implemented(text)


def test_read_in_0_9_131() -> None:
    # judged round 105 (both judges): in a report of 1984, 重庆 is a city of 四川, not the
    # municipality it has been since 1997 (kg:establishedOn): no fact of it as a province
    text = "重庆等地把省的二级批发站与市的专业批发公司合并，同时，建立了工业品贸易中心。"
    ex = kg.extract(text, id="t", date="1984")
    assert not [a for a in ex.assertions if a.predicate == "implements"]
    ex = kg.extract(text, id="t", date="1997-05")
    got = {(a.subject.label, a.object.label) for a in ex.assertions if a.predicate == "implements"}
    assert got == {("重庆", "工业品贸易中心")}
    # an undated text, or one whose date is not in ISO form, is read as of today
    assert ("重庆", "工业品贸易中心") in _implemented(text)
    ex = kg.extract(text, id="t", date="1984年")
    assert [a for a in ex.assertions if a.predicate == "implements"]


def test_read_in_0_9_132() -> None:
    # reviewed xwlb-20250626-01: a compound of three or more abbreviations acting as the
    # clause's subject names each of its provinces (京津冀加快构建…，…，实施…行动)
    text = "今年以来，京津冀加快构建产业协同格局，围绕重点产业链，实施产业链图谱落地行动。"
    got = _implemented(text)
    assert got == {(p, "产业链图谱落地行动") for p in ("北京", "天津", "河北")}
    # …not a compound of two (川渝 alone names a region's work), nor one that modifies
    assert _implemented("川渝实施产业链图谱落地行动。") == set()
    assert _implemented("京津冀地区空气质量持续改善。") == set()


def test_read_in_0_9_133() -> None:
    # reviewed policy-shandong-049, gwr2026-ningxia, gwr2026-xizang: a quoted name with 政策
    # after it (and a short modifier between) is a named policy
    got = _implemented("加大“创新券”补助政策实施力度。", "山东")
    assert got == {("山东", "“创新券”补助政策")}
    got = _implemented("实施边境“安居特惠”用电补贴政策。", "西藏")
    assert got == {("西藏", "边境“安居特惠”用电补贴政策")}
    # …but the national “两新” policy stays the centre's
    assert _implemented("加力实施“两新”政策。", "江苏") == set()


def test_read_in_0_9_134() -> None:
    # reviewed gwr2026-hainan: a note's number after a term (“…”［9］) leaves the name whole
    got = _implemented("“三医联动一张网”［9］建成运行，成立全国首个医保数据中心。", "海南")
    assert ("海南", "“三医联动一张网”") in got
    # reviewed gwr2026-hunan, gwr2026-sichuan: how many use it, counted, reports a program
    got = _implemented("坚持政务服务数字化转型，“湘易办”用户突破3500万。", "湖南")
    assert got == {("湖南", "“湘易办”")}
    assert ("四川", "“川超”联赛") in _implemented("“川超”联赛观众超1亿人次。", "四川")
    # reviewed gwr2026-shanghai: 分别 reports each of the names listed
    got = _implemented("“上海标准”、“上海品牌”分别新增12项和44项。", "上海")
    assert got == {("上海", "“上海标准”"), ("上海", "“上海品牌”")}
    # …but not what a category of goods sold (a trap of reviewed/)
    assert _implemented("“新三样”出口增长37%。", "山东") == set()


def test_read_in_0_9_135() -> None:
    # reviewed gwr2026-chongqing, -shanxi, -sichuan: how well, inside a name's topic, is no
    # word of it (社保高质量参保行动 → 社保参保); since 0.9.166 the field before 高质量发展
    # is the topic, as the gold files label it
    assert ("社保高质量参保行动", "社保参保") in _served("实施社保高质量参保行动。", "重庆")
    got = _served("实施开放型经济高质量发展行动。", "河南")
    assert ("开放型经济高质量发展行动", "开放型经济") in got


def test_read_in_0_9_136() -> None:
    # reviewed policy-shandong-018: talents' programs are named by whom they title; in a list
    # closed by 等…人才工程 each such title is a program
    got = _implemented("优化实施泰山学者、齐鲁青年人才等高层次人才工程，着力在高校培养。", "山东")
    assert got == {("山东", "泰山学者"), ("山东", "齐鲁青年人才")}
    # …not fields listed before another kind of program
    assert ("山东", "汽车") not in _implemented("实施汽车、光伏等产业提质升级行动。", "山东")


def test_read_in_0_9_137() -> None:
    # reviewed xwlb-20250621-01: a desert's, a mountain's or a lake's name marks a weak kind as
    # one place's (毛乌素跨界锁边林草防护体系), as a province's or a city's does
    text = "在毛乌素沙地，甘肃、陕西、宁夏和内蒙古四省区联手，加快建设毛乌素跨界锁边林草防护体系。"
    got = _implemented(text)
    assert {(p, "毛乌素跨界锁边林草防护体系") for p in ("甘肃", "陕西", "宁夏", "内蒙古")} <= got
    # …an unmarked system is still a field (构建综合性法规保障体系)
    assert _implemented("构建综合性法规保障体系。", "云南") == set()


def test_read_in_0_9_138() -> None:
    # a province a dated document predates is named by no compound of abbreviations either
    # (川渝 in 1990: 渝 was a city of 四川)
    text = "川渝两地共同实施成渝地区双城经济圈建设行动。"
    ex = kg.extract(text, id="t", date="1990")
    got = {(a.subject.label, a.object.label) for a in ex.assertions if a.predicate == "implements"}
    assert got == {("四川", "成渝地区双城经济圈建设行动")}
    assert ("重庆", "成渝地区双城经济圈建设行动") in _implemented(text)


def test_read_in_0_9_139() -> None:
    # reviewed xwlb-20250316-09, -20250325-08 (sets 18 and 20): a package issued by its count
    # in 项, its aim right after it, is a package (named aim first since 0.9.141); it serves
    # the aim
    text = "上海推出10项举措支持“首发经济”。"
    assert _implemented(text) == {("上海", "支持“首发经济”10项举措")}
    assert ("支持“首发经济”10项举措", "首发经济") in _served(text)
    # …counted in 条 too
    got = _served("上海发布20条举措支持专精特新中小企业发展。")
    assert ("支持专精特新中小企业发展20条举措", "专精特新") in got
    # …each province's its own
    ex = kg.extract("浙江推出10项举措支持首发经济，江苏推出10项举措支持首发经济。", id="t")
    assert len({a.object.key for a in ex.assertions if a.predicate == "implements"}) == 2
    # …but a count in 项 without the aim after it is many of a kind (see above)
    assert _implemented("自贸试验区累计推出120项改革试点举措。", "广西") == set()
    assert _implemented("陕西推出19项“人工智能+”具体举措。") == set()


def test_read_in_0_9_141() -> None:
    # judged rounds 108 and 109: neither the aim glued after the count (26项措施促进民营经济
    # 高质量发展, 0.9.139) nor the count alone (26项措施, 0.9.140) names the package; it is
    # named aim first, as the gold's annotators and 出台支持…20条措施 name such packages, and
    # the words as written stay an alias
    ex = kg.extract("上海推出26项措施促进民营经济高质量发展。", id="t")
    (program,) = {a.object for a in ex.assertions if a.predicate == "implements"}
    assert program.label == "促进民营经济高质量发展26项措施"
    assert "26项措施促进民营经济高质量发展" in program.aliases
    served = {a.object.label for a in ex.assertions if a.predicate == "serves"}
    assert served == {"民营经济"}


def test_read_in_0_9_142() -> None:
    # reviewed policy-shandong-011 (set 22): a note of the name's short form stands between
    # the name and the 建设 a verb of speeding up shares with it
    text = "为加快推动济南—青岛人工智能创新应用先导区（以下简称“先导区”）建设，制定本实施方案。"
    assert _implemented(text, "山东") == {("山东", "济南—青岛人工智能创新应用先导区")}
    # …any other note still keeps 建设 from the name (a note on who leads it)
    assert (
        _implemented("加快济南—青岛人工智能创新应用先导区（省工信厅牵头）建设。", "山东") == set()
    )
    assert _implemented("加快济南—青岛人工智能创新应用先导区建设。", "山东") != set()


def test_read_in_0_9_143() -> None:
    # a count or a batch before a quoted kind of projects names the projects' program, as the
    # reviewed gold reads it (xwlb-20250214-08, gwr2026-shanxi, gwr2026-liaoning)
    got = _implemented("北京启动25个“城中村”改造项目。")
    assert got == {("北京", "“城中村”改造项目")}
    got = _implemented("实施一批“小而美”民生项目。", "山西")
    assert got == {("山西", "“小而美”民生项目")}
    # counted measures stay many of a kind, and so do a batch's quoted things without a head
    assert _implemented("上海推出19项“人工智能+”具体举措。") == set()
    assert _implemented("培育一批“数据徽商”和示范场景。", "安徽") == set()


def test_read_in_0_9_144() -> None:
    # counted projects of a kind of research still name the program the projects belong to,
    # as the reviewed gold reads them (xwlb-20250207-08, gwr2026-liaoning, policy-shandong-052)
    got = _implemented("江苏实施约40项重大科技攻关项目和80项前沿技术研发项目。")
    assert got == {("江苏", "重大科技攻关项目"), ("江苏", "前沿技术研发项目")}
    got = _implemented("实施校企协同示范成果转化项目100项以上。", "辽宁")
    assert got == {("辽宁", "校企协同示范成果转化项目")}
    # other counted projects, and a batch of research projects, stay many of a kind
    assert _implemented("抓好550个省重大项目。", "安徽") == set()
    assert _implemented("实施亿元以上技改项目300个。", "安徽") == set()
    assert _implemented("每年实施一批重大关键技术攻关项目。", "山东") == set()
    # a yearly 实施 opens the name after it (依托省级科技计划每年实施…)
    got = _implemented("依托省级科技计划每年实施信息技术创新提升工程。", "山东")
    assert got == {("山东", "信息技术创新提升工程")}


def test_read_in_0_9_145() -> None:
    # a package of measures counted in 项 right after a verb of issuing is one package, as
    # one counted in 条 is (xwlb-20250221-10); the 的 after its aim does not make a second
    assert _implemented("上海发布21项减轻企业负担政策举措。") == {
        ("上海", "21项减轻企业负担政策举措")
    }
    got = _implemented("今天，上海发布21项减轻企业负担的政策举措，涵盖税费、融资等方面。")
    assert got == {("上海", "21项减轻企业负担的政策举措")}
    assert ("21项减轻企业负担政策举措", "企业负担") in _served("上海发布21项减轻企业负担政策举措。")
    # before a quoted kind, too (发布19项“…”举措), where a bare count is many of a kind
    assert _implemented("陕西发布19项“数字陕西”举措。") == {("陕西", "“数字陕西”举措")}
    # not a running total, firsts counted, or what was done
    assert _implemented("广西自贸试验区累计推出120项改革试点举措。") == set()
    assert _implemented("福建自贸试验区推出111项全国首创举措。") == set()
    assert _implemented("四川352项重要改革举措稳步实施。") == set()


def test_read_in_0_9_146() -> None:
    # a program's name about a culture serves it, by the word before 文化 (gwr2026-zhejiang,
    # gwr2026-fujian, xwlb-20250706-07), beside what else the name states (文化旅游)
    assert ("良渚文化大走廊", "良渚文化") in _served("浙江建设良渚文化大走廊。")
    assert ("世界闽南文化交流中心", "闽南文化") in _served("福建建设世界闽南文化交流中心。")
    got = _served("河南举办“黄河文化旅游季”。")
    assert {("“黄河文化旅游季”", "黄河文化"), ("“黄河文化旅游季”", "文化旅游")} <= got
    # not a place's, a scope's or a rank's word before 文化, nor the culture a course teaches
    for text, program in (
        ("北京办好北京文化论坛。", "北京文化论坛"),
        ("安徽实施重大文化产业项目带动战略。", "重大文化产业项目带动战略"),
        ("吉林办好市民文化节。", "市民文化节"),
        ("山东深入开展优秀传统文化教育。", "优秀传统文化教育"),
    ):
        assert not any(s == program and t.endswith("文化") for s, t in _served(text)), text


def test_read_in_0_9_147() -> None:
    # the kind a list of names shares after 等 says what they are for: models and festivals
    # too, and after a count (gwr2026-fujian, gwr2026-shanghai, xwlb-20250510-08)
    got = _served("福建深入推行“揭榜挂帅”、“赛马”等科研攻关模式。")
    assert {("“揭榜挂帅”模式", "科研攻关"), ("“赛马”模式", "科研攻关")} <= got
    got = _served("上海成功举办国际电影节、国际艺术节等文化节展。")
    assert {("国际电影节", "文化"), ("国际艺术节", "文化")} <= got
    assert ("家电进乡村", "消费") in _served("辽宁组织了汽车展会、家电进乡村等300余项促消费活动。")
    # how many or how big is no aim (…等九大行动, …等大型活动)
    assert _served("湖南实施“强省会”、“强县域”等九大行动。") == set()


def test_read_in_0_9_148() -> None:
    # events first in their clause are reported held by how many took place (超3万场) or by
    # 蓬勃开展 (gwr2026-fujian, xwlb-20250604-05)
    got = _implemented("“村歌”、“村晚”、“百姓大舞台”等群众文化活动超3万场。", "福建")
    assert got == {("福建", "“村歌”活动"), ("福建", "“村晚”活动"), ("福建", "“百姓大舞台”活动")}
    assert _implemented("“村歌”、“村晚”等群众文化活动蓬勃开展。", "福建") == {
        ("福建", "“村歌”活动"),
        ("福建", "“村晚”活动"),
    }
    got = _implemented("今年以来，广西全区累计开展以旧换新主题活动超3000场次。")
    assert got == {("广西", "以旧换新主题活动")}
    # a figure that is no count of events held reports nothing
    assert _implemented("“村歌”、“村晚”等群众文化活动超3万元。", "福建") == set()


def test_read_in_0_9_149() -> None:
    # a quoted name is the lever the actor works with after 以…为主路径 too (policy-shandong-051)
    text = "以“链长制”为总抓手，以“十大工程”为主路径，推动全省新一代信息技术产业全面扩量提质。"
    assert _implemented(text, "山东") == {("山东", "“链长制”"), ("山东", "“十大工程”")}
    # a focus (以…为重点) is no lever
    assert _implemented("以“一老一小”为重点完善公共服务。", "山东") == set()


def test_read_in_0_9_150() -> None:
    # the kind after a list of quoted names is each name's aim, the last one's too, as a
    # name's own reading (gwr2026-fujian, gwr2026-gansu)
    got = _served("福建办好“村晚”、“村歌”等群众文化活动。")
    assert {("“村晚”活动", "群众文化"), ("“村歌”活动", "群众文化")} <= got
    # 创新 opening a name's topic of four characters is a noun (gwr2026-hubei, gwr2026-shanghai)
    assert ("创新合作专项行动", "创新合作") in _served("湖北实施创新合作专项行动。")
    got = _served("上海深化“模速空间”、“模力社区”等创新生态示范区建设。")
    assert ("“模速空间”", "创新生态") in got and not any(t == "生态" for _, t in got)


def test_read_in_0_9_151() -> None:
    # a designation listed right after a national one is the nation's too (gwr2026-anhui,
    # gwr2026-shandong: the gold's traps), unless it names a level or place of its own
    got = _implemented("创建国家生态文明建设示范区和“两山”实践创新基地23个。", "安徽")
    assert not any("两山" in p for _, p in got)
    got = _implemented("建成国家生态文明建设示范区36个、“两山”实践创新基地14个。", "山东")
    assert not any("两山" in p for _, p in got)
    got = _implemented("加快建设中南大学国家医学中心、省级区域医疗中心。", "湖南")
    assert ("湖南", "省级区域医疗中心") in got
    got = _implemented("高标准建设国家数据要素综合试验区、长沙数据标注基地。", "湖南")
    assert ("湖南", "长沙数据标注基地") in got
    # 国家 inside the name before (…存储技术国家重点实验室) makes no national list
    got = _implemented(
        "重点建设存储技术国家重点实验室、量子通信卓越创新中心等重大创新平台。", "山东"
    )
    assert ("山东", "量子通信卓越创新中心") in got


def test_read_in_0_9_152() -> None:
    # 和 opening a word after a quote (和美乡村) does not end the name (gwr2026-shanghai)
    got = _served("“五好两宜”和美乡村试点取得良好成效，1.2万户农户入住新居。", "上海")
    assert ("“五好两宜”和美乡村试点", "和美乡村") in got
    got = _implemented("实施“玉如意计划”和贷款畅通工程。", "上海")
    assert {("上海", "“玉如意计划”"), ("上海", "贷款畅通工程")} <= got
    # a system named by the people it sends is a program, however short (gwr2026-zhejiang,
    # xwlb-20250505-02); a short system of another kind stays a field
    assert ("浙江", "文化特派员制度") in _implemented("深入实施文化特派员制度。", "浙江")
    assert not _implemented("探索建立第三方评价制度。", "山东")


def test_read_in_0_9_153() -> None:
    # the area of a zone, then more of the list (xwlb-20250210-05): the name still ends there
    got = _implemented(
        "今年，内蒙古计划新建高标准农田850万亩，打造主要作物单产提升示范区1000万亩、"
        "“吨粮田”1000万亩。",
        "内蒙古",
    )
    assert ("内蒙古", "主要作物单产提升示范区") in got
    # a vocabulary theme quoted whole, or heading the quote, that opens a longer name
    # (gwr2026-hainan, gwr2026-anhui); not a policy named by the theme alone (gwr2026-jilin)
    assert ("“双碳”综合管理平台", "碳达峰碳中和") in _served("建设“双碳”综合管理平台。", "海南")
    got = _served("建立健全“大消费”促进机制，实施服务消费提质惠民行动。", "安徽")
    assert ("“大消费”促进机制", "消费") in got
    got = _served("释放消费动能，扩围实施“以旧换新”政策，拉动消费285.6亿元。", "吉林")
    assert ("“以旧换新”政策", "以旧换新") not in got
    # words of doing come off a name's topic only while what is left still says something
    # (gwr2026-ningxia: 公共服务, not 公共)
    assert ("公共服务提升工程", "公共服务") in _served("八是深化公共服务提升工程。", "宁夏")
    # a matchmaking or promotion meeting is named by its topic, as a fair is (gwr2026-neimenggu)
    got = _served("举办中国产业转移发展对接会、中国绿色算力大会等活动。", "内蒙古")
    assert ("中国产业转移发展对接会", "产业转移发展") in got


def test_read_in_0_9_154() -> None:
    # a program reported as the country's model (gwr2026-jiangxi)
    got = _implemented("“赣餐码”改革成为全国示范，党政机关过紧日子习惯日渐养成。", "江西")
    assert ("江西", "“赣餐码”改革") in got
    # a quoted name's head stays its own before an adverb and a verb of carrying out
    # (gwr2026-zhejiang: 不断深化)
    got = _implemented("“信用浙江”建设不断深化，全国经营主体信用建设综合改革试点获批。", "浙江")
    assert got == {("浙江", "“信用浙江”建设")}
    # the province's own plan opening its clause, reported issued (xwlb-20250727-08); a plan
    # that names no province is no fact
    text = (
        "今天，《北京中轴线保护传承三年行动计划（2025年—2027年）》正式发布，明确了五个方面的任务。"
    )
    assert ("北京", "北京中轴线保护传承三年行动计划(2025年—2027年)") in _implemented(text, "北京")
    assert not _implemented(
        "今天，《新时代职业教育发展规划》正式发布，明确了五个方面的任务。", "北京"
    )
    # nor is the centre's master plan for the province (a trap of xwlb-20251217-01)
    text = "2020年，《海南自由贸易港建设总体方案》公布，中国特色自由贸易港建设迈出关键一步。"
    assert not _implemented(text, "海南")
    # a field's capacity and results raised: the field is the aim (gwr2026-ningxia)
    text = "加力推进“四源同治”，全面提升大气环境治理能力和治理成效。"
    assert ("“四源同治”", "大气环境治理") in _served(text, "宁夏")


def test_read_in_0_9_156() -> None:
    # the goal a clause opening the sentence sets (以…为目标, 以…为牵引) is what the programs of
    # the next clause are for (gwr2026-guizhou, gwr2026-zhejiang)
    text = "以提高人均受教育年限为目标，深入实施整体提升教育水平攻坚行动“七大工程”。"
    assert ("整体提升教育水平攻坚行动“七大工程”", "人均受教育年限") in _served(text, "贵州")
    text = "以碳达峰碳中和为牵引，深入实施绿色低碳发展和能源保供稳价工程。"
    assert ("能源保供稳价工程", "碳达峰碳中和") in _served(text, "浙江")
    # not a guiding idea (以…为引领): the way the work goes, not its aim
    text = "以坚持和发展新时代“枫桥经验”为引领，迭代完善“141”基层治理体系。"
    assert not any(t == "枫桥经验" for _, t in _served(text, "浙江"))


def test_read_in_0_9_157() -> None:
    # aiming at a goal frames the programs after it (gwr2026-hubei, policy-shandong-039); the
    # frame's 目标 is the word for a goal, not part of it
    text = "一年来，全省上下锚定支点建设目标，大力推进“支点建设七大战略”实施。"
    assert ("“支点建设七大战略”", "支点建设") in _served(text, "湖北")
    assert ("“攻坚”行动", "产业关键环节") in _served("瞄准产业关键环节，开展“攻坚”行动。", "山东")
    # the setting a program creates is what it is for (gwr2026-shanghai)
    text = "完善“政产学研金服用”融合发展机制，大力营造具有全球影响力的科技创新生态。"
    assert ("“政产学研金服用”融合发展机制", "科技创新") in _served(text, "上海")


def test_read_in_0_9_158() -> None:
    # building up (建强) or making stronger (做强) what the province runs carries it out
    # (policy-shandong-018, gwr2026-qinghai)
    text = "建强山东省习近平新时代中国特色社会主义思想研究中心，遴选设立一批重点社科理论研究基地。"
    assert ("山东", "山东省习近平新时代中国特色社会主义思想研究中心") in _implemented(text, "山东")
    text = "做强青海拉面产业平台，提升青超联赛等赛事活动带动力。"
    assert ("青海", "青海拉面产业平台") in _implemented(text, "青海")


def test_read_in_0_9_159() -> None:
    # a circle of services within so many minutes serves what it puts within reach
    # (xwlb-20250824-09, gwr2026-chongqing); a circle of mere living names no topic
    text = (
        "广西贵港将老旧小区改造与建设“完整社区”相结合，整合资源，"
        "嵌入文娱、托育、养老等服务功能场所，打造“15分钟便民生活圈”。"
    )
    assert ("“15分钟便民生活圈”", "便民生活") in _served(text)
    text = "建成“15分钟高品质生活服务圈”65个。"
    assert ("“15分钟高品质生活服务圈”", "高品质生活服务") in _served(text, "重庆")
    assert not _served("打造园区“15分钟生活圈”。", "海南")


def test_read_in_0_9_160() -> None:
    # a verb of a topic clause opening the words before a quoted name is no part of the
    # topic (稳住经济增长“20条” → 经济增长; gwr2026-chongqing), and what is left of
    # 培育推进 without its verbs is no topic (gwr2026-jiangsu)
    text = (
        "全力稳预期，制定实施经济向上向好“30条”、稳住经济增长“20条”等增量政策，"
        "全市招商引资签约项目数与合同额分别增长22.1%、15.1%。"
    )
    assert ("稳住经济增长“20条”", "经济增长") in _served(text, "重庆")
    text = "科学编制特色优势产业目录，建立“N个1”培育推进机制，引导龙头企业加快产业链垂直整合。"
    assert not _served(text, "江苏")


def test_read_in_0_9_161() -> None:
    # 创新药 (innovative drugs) is a noun, not the verb 创新 before 药: the modifier of the
    # quoted name and what it serves (gwr2026-sichuan)
    text = "实施创新药“护苗”行动计划。"
    assert ("四川", "创新药“护苗”行动计划") in _implemented(text, "四川")
    assert ("创新药“护苗”行动计划", "创新药") in _served(text, "四川")


def _serves_cited(text: str) -> set[tuple[str, str, str]]:
    """The serves facts of ``text`` with the sentence each cites."""
    return {
        (a.subject.label, a.object.label, a.evidence.text)
        for a in kg.extract(text, id="t").assertions
        if a.predicate == "serves"
    }


def test_read_in_0_9_162() -> None:
    # what a headline's event is about is its own once a later sentence says which
    # province hosts it (xwlb-20250724-09); the serves fact cites the headline
    headline = "2025年世界互联网大会数字丝路发展论坛在泉州开幕"
    story = (
        f"{headline}\n央视网消息（新闻联播）：24日，{headline}。"
        "本次论坛由世界互联网大会主办，福建省人民政府承办，来自全球49个国家和地区的600余名嘉宾参会。"
    )
    assert _serves_cited(story) == {("世界互联网大会数字丝路发展论坛", "数字丝路发展", headline)}
    # no province carries it out: what it is about is no fact
    assert not _serves_cited("2025年溯源新思想论坛在杭州举行。")


def test_read_in_0_9_163() -> None:
    # a quoted name whose head goes on after 建设 to its type word (城市文明建设促进行动) is
    # one name, and its topic drops the words of doing (gwr2026-chongqing)
    text = "实施文明创建提质扩面工程、“渝见好风尚”城市文明建设促进行动，发展志愿服务。"
    assert ("重庆", "“渝见好风尚”城市文明建设促进行动") in _implemented(text, "重庆")
    assert ("“渝见好风尚”城市文明建设促进行动", "城市文明") in _served(text, "重庆")


def test_read_in_0_9_164() -> None:
    # a frame closed by 等 and a qualified scope (等前沿领域) frames the program of the
    # clause after it (policy-shandong-039), and a counted set after its examples
    # (等六大特色优势产业) is the theme, not each example (xwlb-20251003-07)
    text = (
        "聚焦人工智能、先进计算、元宇宙等前沿领域，每年实施不少于10项重大基础研究项目，"
        "开展基础研究与前沿交叉研究。"
    )
    assert ("重大基础研究项目", "人工智能") in _served(text, "山东")
    text = (
        "“十四五”以来，四川围绕电子信息、装备制造、食品轻纺等六大特色优势产业，"
        "开展提质倍增行动，形成3个万亿级产业集群。"
    )
    assert _served(text) == {("提质倍增行动", "特色优势产业")}


def test_read_in_0_9_165() -> None:
    # a name that says what a means serves (AI赋能超大城市治理) states the aim, not the
    # means and the aim in one label (gwr2026-chongqing)
    text = "推进智慧治理，深化AI赋能超大城市治理三年行动，提升城市公共基础设施数字化管理率。"
    assert ("AI赋能超大城市治理三年行动", "超大城市治理") in _served(text, "重庆")
    assert not any(theme.startswith("AI赋能") for _, theme in _served(text, "重庆"))
    # a season's campaign (夏秋季发展战役) and works named by what they build (航道整治工程)
    # state no topic (gwr2026-henan, gwr2026-anhui)
    text = (
        "面对严峻复杂的经济形势，逐季召开经济工作部署会，认真落实中央出台的一揽子增量政策和"
        "存量政策，全力打好夏秋季发展战役、冬春季攻保战役。"
    )
    assert ("河南", "夏秋季发展战役") in _implemented(text, "河南")
    assert _served(text, "河南") == set()
    text = "推进阜阳复线船闸、沱浍河航道整治工程等建设，加快打造“水运安徽”。"
    assert not any(p.endswith("整治工程") for p, _ in _served(text, "安徽"))
    # where the work is done, or who takes part, is not what it is for: a mountain area
    # before a quoted name (gwr2026-guizhou), provinces by their one-character names
    # (gwr2026-fujian); “5+1”突出问题 names no topic either (gwr2026-guizhou)
    text = "持续开展石漠化、水土流失综合治理，全面完成武陵山区“山水工程”建设。"
    assert ("贵州", "武陵山区“山水工程”") in _implemented(text, "贵州")
    assert _served(text, "贵州") == set()
    text = "携手港澳“并船出海”，闽粤港澳“跨境一锁”快速通关模式正式启动。"
    assert ("闽粤港澳“跨境一锁”快速通关模式", "闽粤港澳") not in _served(text, "福建")
    text = "实施营商环境大改善三年行动，坚持“治改管建”并举，开展“5+1”突出问题专项整治、专项行动。"
    assert not any(theme == "突出问题" for _, theme in _served(text, "贵州"))


def test_read_in_0_9_166() -> None:
    # a name's topic before 高质量发展 is what it is about (新一轮跨境电商高质量发展三年行动 →
    # 跨境电商), read as readers label it (gwr2026-jiangsu)
    text = "积极发展新模式，实施新一轮跨境电商高质量发展三年行动，推动模式扩容升级。"
    assert ("新一轮跨境电商高质量发展三年行动", "跨境电商") in _served(text, "江苏")
    # a kind after 等 that says only the form (…等科技示范工程) states no aim (policy-shandong-052)
    text = "组织实施好“北斗星动能”“服务器强基”“虚拟现实”等科技示范工程，加快开展新技术示范。"
    assert not any(theme == "科技示范" for _, theme in _served(text, "山东"))
    # a modifier between a verb of building and a quoted name (加强县级中医医院“两专科一中心”
    # 建设) is the name's own, and the name is built (gwr2026-fujian)
    text = "加强县级中医医院“两专科一中心”建设，支持国家级、省级中医优势专科建设。"
    assert ("福建", "县级中医医院“两专科一中心”") in _implemented(text, "福建")


def test_read_in_0_9_167() -> None:
    # an item of a list that raises a measure (、提高“得补率”) is a task of its own: the verb
    # before the list does not carry the quote out (gwr2026-henan)
    text = "优化实施消费品以旧换新政策，进一步完善标准、提高“得补率”。"
    assert not any("得补率" in p for _, p in _implemented(text, "河南"))
    # the nation's 新一轮找矿突破战略行动 is carried out as the centre's, like 两重 and 两新
    # (gwr2026-shandong; the gold files leave it optional everywhere)
    assert _implemented("实施好新一轮找矿突破战略行动。", "山东") == set()


def test_read_in_0_9_168() -> None:
    # a story's purpose clause says what the action is for, whatever its cue (巩固…); in a
    # province's report the same clause is as often a task of its own (xwlb-20250214-08)
    text = "近日，上海发布新一轮八方面政策举措，巩固经济持续回升向好。"
    assert ("新一轮八方面政策举措", "经济持续回升向好") in _served(text)
    assert ("新一轮八方面政策举措", "经济持续回升向好") not in _served(text, "上海")
    # 创新链 is a noun, the chain of innovation, not the verb 创新 before a 链 (xwlb-20250206-08)
    text = "安徽推出30条政策举措，加速创新链产业链资金链人才链深度融合。"
    assert not any(theme.startswith("链") for _, theme in _served(text))
    # how much better the topic gets (…，让城市治理更智能、更高效) is no word of it (xwlb-20250604-09)
    text = "重庆依托数字化赋能，健全“大综合一体化”数字平台，让城市治理更智能、更高效、更精准。"
    assert ("“大综合一体化”数字平台", "城市治理") in _served(text)


def test_read_in_0_9_169() -> None:
    # the centre's 蓝天、碧水、净土 campaigns as a report words them (提升攻坚战) are the nation's,
    # like its 保卫战 (gwr2026-jiangxi)
    text = "深化污染防治攻坚，统筹推进蓝天、碧水、净土提升攻坚战，抓好问题整改。"
    assert _implemented(text, "江西") == set()
    # two type words and no name before them (先行区示范区) name no program (gwr2026-beijing)
    assert _implemented("五是强化区域协同，共建中国式现代化建设的先行区示范区。", "北京") == set()


def test_read_in_0_9_170() -> None:
    # places listed before a shared name (济南、青岛未来产业先导区) give one program each, and
    # each serves the theme the shared name holds (policy-shandong-041)
    served = _served("建设济南、青岛未来产业先导区。", "山东")
    assert {("济南未来产业先导区", "未来产业"), ("青岛未来产业先导区", "未来产业")} <= served
    # a round closing a name's core (…控规新一轮三年行动计划) is no word of its topic
    # (gwr2026-beijing)
    text = "全面增强中央政务功能保障，高标准完成核心区控规新一轮三年行动计划。"
    assert not any(theme.endswith("新一轮") for _, theme in _served(text, "北京"))


def test_read_in_0_9_171() -> None:
    # a two-character theme after 更多(优质) is still right after its cue (吸引更多优质外资项目
    # 落地 → 外资), as 吸引外资 would be (gwr2026-beijing)
    text = "用好中关村论坛、金融街论坛等开放平台，吸引更多优质外资项目落地。"
    assert ("金融街论坛", "外资") in _served(text, "北京")


def test_read_in_0_9_172() -> None:
    # a frame opening the clause after a province's program frames it, though the frame's
    # clause goes on with what it lists (…，围绕…等五个方面提出80多项具体任务) (xwlb-20250827-01)
    text = "今年，天津实施自贸试验区提升行动，围绕赋能新质生产力发展、深化区域协同开放合作等五个方面提出80多项具体任务。"
    served = _served(text)
    assert {
        ("自贸试验区提升行动", "新质生产力"),
        ("自贸试验区提升行动", "区域协同开放合作"),
    } <= served
    # 布局 and 设置 are verbs of building a platform or a station (xwlb-20250218-09, -0608-04)
    assert ("重庆", "人工智能大模型公共服务平台") in _implemented(
        "重庆正布局人工智能大模型公共服务平台。"
    )
    assert ("山东", "“以旧换新”便民服务站") in _implemented(
        "山东菏泽在农村设置了“以旧换新”便民服务站。"
    )
    # a firm of the province, however long its description, acts for itself (xwlb-20250224-11)
    text = "湖南一家官方正版授权的文创企业设置了专门生产哪吒周边产品的生产线“哪吒专线”。"
    assert _implemented(text) == set()


def test_read_in_0_9_173() -> None:
    # a story's frame covers the first action after it that names a program, when the action
    # right after it names none (xwlb-20250103-02); a report's covers only the next action
    text = "川渝两地将围绕提升双城经济圈经济实力，加快构建先进制造业集群体系，共同建设成渝中线科技走廊。"
    assert ("成渝中线科技走廊", "双城经济圈经济实力") in _served(text)
    assert ("成渝中线科技走廊", "双城经济圈经济实力") not in _served(text, "四川")


def test_read_in_0_9_174() -> None:
    # a story's province that only pursues a goal before the clause of its programs states
    # their aim (xwlb-20250317-04); a report's clause of that kind is a task of its own
    text = "四川加快推动科技成果转化，搭建“中试平台”。"
    assert ("“中试平台”", "科技成果转化") in _served(text)
    assert ("“中试平台”", "科技成果转化") not in _served(text, "四川")
    # what a purpose makes into something is its aim (让康养旅居成为…: xwlb-20250830-11)
    text = "福建周宁县积极打造“旅居养老+多元康养”新模式，让康养旅居成为假日经济的新增长点。"
    assert ("“旅居养老+多元康养”新模式", "康养旅居") in _served(text)


def test_read_in_0_9_175() -> None:
    # 布局 before 优化 is the layout changed, not schools acting (gwr2026-zhejiang)
    assert ("浙江", "“一县一案”") in _implemented("城乡中小学布局优化“一县一案”完成编制。", "浙江")


def test_read_in_0_9_176() -> None:
    # a base a province builds for the whole country is its own work, not a designation of
    # the state's (xwlb-20250208-04); a national centre still is the state's
    assert ("新疆", "全国能源资源战略保障基地") in _implemented(
        "新疆打造全国能源资源战略保障基地。"
    )
    assert _implemented("河南建设全国区域医疗中心。") == set()


def test_read_in_0_9_177() -> None:
    # a number after the 的 of a quote's description opens the name it describes
    # (xwlb-20250603-05, and 主题为“…”的2025农历新年花车汇演 of xwlb-20250202-03)
    text = "黑龙江省佳木斯市建立“12345热线+网格”的24小时响应机制，及时了解群众诉求。"
    assert ("黑龙江", "“12345热线+网格”的24小时响应机制") in _implemented(text)
    text = "澳门举行主题为“金鳞升辉欢乐春节”的2025农历新年花车汇演。"
    assert ("澳门", "2025农历新年花车汇演") in _implemented(text)


def test_read_in_0_9_178() -> None:
    # a longer head after a quote names a clean-up campaign or a financial product
    # (gwr2026-hunan, gwr2026-guizhou)
    assert ("湖南", "“一件事”全链条整治") in _implemented("深化“一件事”全链条整治。", "湖南")
    text = "创设“黔惠贷”数字金融产品，降低中小微企业综合融资成本。"
    assert ("贵州", "“黔惠贷”数字金融产品") in _implemented(text, "贵州")


def test_read_in_0_9_179() -> None:
    # a frame listing fields (…等重点领域) gives each field, two characters long or more
    # (gwr2026-hunan)
    text = "聚焦交通、消防、矿山、燃气、自建房等重点领域，深化“一件事”全链条整治。"
    served = _served(text, "湖南")
    for field in ("交通", "消防", "矿山", "燃气", "自建房"):
        assert ("“一件事”全链条整治", field) in served
    # a verb of carrying out that ends the first of two actions joined by 和 does not
    # govern the second: the verb before both does (gwr2026-hainan)
    found = _implemented("深入推进景区焕新升级和旅游服务质量提升行动，提高景区服务水平。", "海南")
    assert ("海南", "景区焕新升级行动") in found
    assert ("海南", "旅游服务质量提升行动") in found
    # the members a verb's object lists before the quoted name of their counted set are
    # each a program with the set's head, when as many as the count (gwr2026-qinghai)
    text = "实施工业千亿投资、优服务提信心激发民间投资活力、重点产业招商聚能突破“三大行动”。"
    found = _implemented(text, "青海")
    assert ("青海", "工业千亿投资行动") in found
    assert ("青海", "重点产业招商聚能突破行动") in found
    assert ("青海", "“三大行动”") in found
    # not when the list holds fewer than the count, or the set is one of platforms
    assert ("青海", "工业千亿投资行动") not in _implemented(
        "实施工业千亿投资、重点产业招商聚能突破“三大行动”。", "青海"
    )
    text = "搭建人工智能算力、港口人工智能算法、港航供应链大数据“三大平台”。"
    assert ("山东", "人工智能算力平台") not in _implemented(text, "山东")


def test_read_in_0_9_180() -> None:
    # the fields 从…等九大领域 lists are what the work drawn up from them serves
    # (xwlb-20250210-05)
    text = "重庆从激发消费活力、扩大有效投资、产业转型升级等九大领域提出30条政策举措。"
    served = _served(text)
    assert ("30条政策举措", "产业转型升级") in served
    assert ("30条政策举措", "消费活力") in served


def test_read_in_0_9_181() -> None:
    # a verb before a quoted name is no word of the name's label (xwlb-20250217-03,
    # xwlb-20250529-06): the program's node is not labelled by the verb
    ex = kg.extract("卓长立将继续关注“一老一小”服务的供给与保障。")
    assert [m.label for m in ex.mentions if m.kind == "program"] == ["“一老一小”"]
    ex = kg.extract("河南通过接入“河南农机云”平台，可实现作业需求与农机分布的精准匹配。")
    assert "“河南农机云”平台" in {m.label for m in ex.mentions if m.kind == "program"}


def test_read_in_0_9_182() -> None:
    # questions a reform answers are no topic, and the 硬 of hard measures is no word of
    # the aim (gwr2026-hubei, gwr2026-beijing)
    text = "聚焦解决“投什么、谁来投、怎么投、如何管”四个问题，出台深化投资体制改革实施意见。"
    themes = {t for _, t in _served(text, "湖北")}
    assert themes == {"投资体制改革"}  # (not 投什么, 谁来投, 怎么投 or 如何管)
    assert ("30条防汛避险救灾硬措施", "防汛避险救灾") in _served(
        "制定实施30条防汛避险救灾硬措施。", "北京"
    )
    # a frame's 为主攻 is cut off what it names (policy-shandong-018)
    text = (
        "积极构建扎根齐鲁的山东教育智库系统，以服务党和政府决策为宗旨、以政策研究咨询为主攻方向。"
    )
    assert ("山东教育智库系统", "政策研究咨询") in _served(text, "山东")


def test_read_in_0_9_183() -> None:
    # a purpose right after a quoted name shows the quote is the means, whole
    # (gwr2026-yunnan)
    found = _implemented("深化教师“省管校用”破解县中困境。", "云南")
    assert ("云南", "教师“省管校用”") in found
    # not a quote qualifying the noun after it
    assert not _implemented("培育“专精特新”企业群体。", "云南")


def test_read_in_0_9_184() -> None:
    # a modifier before a quoted name states its topic, also where the label leaves it
    # out (…建设, …制度 before the quote; gwr2026-sichuan, gwr2026-fujian)
    served = _served("扎实推进宜居宜业和美乡村建设“百千万”工程。", "四川")
    assert ("“百千万”工程", "和美乡村") in served
    assert ("“三多”改革", "集体林权制度") in _served("深化集体林权制度“三多”改革。", "福建")
    # a field of two characters (gwr2026-qinghai)
    served = _served("开展牦牛“高原珍宝”独特价值挖掘提升计划。", "青海")
    assert ("牦牛“高原珍宝”独特价值挖掘提升计划", "牦牛") in served
    # the bodies a program is for (gwr2026-shanghai, gwr2026-guizhou)
    assert ("重点企业“服务包”制度", "重点企业") in _served("深化重点企业“服务包”制度。", "上海")
    served = _served("加快县级中医院“两专科一中心”建设。", "贵州")
    assert ("县级中医院“两专科一中心”", "县级中医院") in served
    # but not when the name says more after the quote (policy-shandong-041)
    served = _served("实施科技型企业“多投多奖”研发投入补助机制。", "山东")
    assert all(theme != "科技型企业" for _, theme in served)


def test_read_in_0_9_185() -> None:
    # a frame that opens the sentence covers the clause of the subject after it
    # (xwlb-20250316-03, xwlb-20250615-08)
    text = "聚焦传统产业改造提升，今年，河北还将重点打造人工智能赋能工程。"
    assert ("人工智能赋能工程", "传统产业改造提升") in _served(text)
    assert ("“春风”行动", "乡村振兴") in _served("聚焦乡村振兴，浙江实施“春风”行动。")
    text = (
        "围绕“加快建设世界重要旅游目的地”这一目标，今年，四川推出了《进一步促进入境游行动方案》。"
    )
    assert ("促进入境游行动方案", "世界重要旅游目的地") in _served(text)
    # the first action only, not the next province's
    served = _served("聚焦乡村振兴，浙江实施“春风”行动，江苏开展“秋实”活动。")
    assert served == {("“春风”行动", "乡村振兴")}


def _program_labels(text: str, province: str | None = None) -> set[str]:
    return {
        m.label for m in kg.extract(text, id="t", province=province).mentions if m.kind == "program"
    }


def test_read_in_0_9_186() -> None:
    # a modal or a verb of the means never opens a program's name; what it leaves is kept
    # only if it is a name of its own (gwr-national-2001, gwr-national-2007,
    # policy-central-158)
    labels = _program_labels("强调计划的实施要充分发挥市场机制的作用。")
    assert not labels
    text = "依托重点工程推进重大装备自主化建设，力争在重点优势领域取得突破。"
    assert not _program_labels(text)
    assert not _implemented("浙江依托重点工程推进重大装备自主化建设。")
    assert not _program_labels("应根据工程建设内容和实际数据需求，采用适合的数据采集方式。")
    # the name after the verb stays, without it
    labels = _program_labels("发挥好政府间经贸合作委员会机制作用。")
    assert labels == {"政府间经贸合作委员会机制"}
    # an adverb joined to its verb in one word (充分发挥) is taken off as the two are
    labels = _program_labels("充分发挥双边合作机制作用。")
    assert all(not label.startswith("充分") for label in labels)
    # names that open with a word of these characters are untouched (要素, 应急, 通过 not opening)
    assert ("浙江", "要素市场化配置综合改革试点") in _implemented(
        "浙江推进要素市场化配置综合改革试点。"
    )
    assert ("浙江", "应急管理高质量发展“2653”行动") in _implemented(
        "浙江实施应急管理高质量发展“2653”行动。"
    )


def test_read_in_0_9_187() -> None:
    # a platform's, corridor's, zone's or model's name states the field it works in when
    # nothing else says what the program is for, at a lower confidence (gwr2026-shanxi,
    # xwlb-20250614-06); the provinces' one-character names opening it come off
    ex = kg.extract("加快晋冀鲁豫大宗商品骨干流通走廊建设。", id="t", province="山西")
    served = [a for a in ex.assertions if a.predicate == "serves"]
    assert [(a.subject.label, a.object.label) for a in served] == [
        ("晋冀鲁豫大宗商品骨干流通走廊", "大宗商品骨干流通")
    ]
    assert served[0].confidence < 0.5
    text = "上海推出体育消费资源整合平台，将有开发需求的赛事资源开放给市场。"
    assert _served(text) == {("体育消费资源整合平台", "体育消费资源整合")}
    # any other reading wins over it: the topic of the clause before (gwr2026-shanxi)
    got = _served("持续推进运输清洁化，打造零碳货运走廊。", "山西")
    assert got == {("零碳货运走廊", "运输清洁化")}
    # a centre or a mechanism is named by what it is; a clause is no field (xwlb-20250920-03)
    assert not _served("安徽建设合肥科学数据中心。")
    assert not _served("辽宁建立企业家联系机制。")
    assert not _served("首创科技成果在企业“先用后转”模式。", "浙江")
    # a shopping festival is for spending, as a spending season is (gwr2026-shanghai)
    text = "上海通过打造“五五购物节”“上海之夏”国际消费季等大规模综合性消费节庆活动。"
    assert ("“五五购物节”", "消费") in _served(text, "上海")
    # a theme of the vocabulary keeps its provinces (not 冀协同发展)
    assert _served("深入实施京津冀协同发展行动。", "河北") == {
        ("京津冀协同发展行动", "京津冀协同发展")
    }


def test_read_in_0_9_188() -> None:
    # a national program's projects of a kind are no program of the province's, even as
    # what something becomes (gwr2026-chongqing; whole-corpus judged round, i001)
    text = "西部陆海新通道扩面提质，成为高质量共建“一带一路”标志性项目。"
    assert not _implemented(text, "重庆")
    assert not _implemented("加快推进“两重”重点项目建设。", "山东")
    # (a province's own program's projects stay its own)
    assert _implemented("推进“百千万工程”重点项目建设。", "广东") == {
        ("广东", "“百千万工程”重点项目")
    }
    # 上合组织 is an organisation of states, not 组织 the verb: no name is cut after it
    # (policy-shandong-020, gwr2026-tianjin)
    text = "推动经济开发区、中国—上合组织地方经贸合作示范区等创新园区特色化发展。"
    assert ("山东", "地方经贸合作示范区") not in _implemented(text, "山东")
    text = "扎实推进上合组织“两平台一中心”建设，完善海外综合服务体系。"
    assert _implemented(text, "天津") == {("天津", "上合组织“两平台一中心”")}
    # a two-character theme of the vocabulary that only opens an item of a frame's list is
    # not the item's theme: the item is (xwlb-20250615-08; whole-corpus judged round, s084)
    text = "四川聚焦文化演出等重点领域，推出“跟着演出去旅行”等活动。"
    assert _served(text) == {("“跟着演出去旅行”活动", "文化演出")}
    # 为宗旨 frames a purpose and comes off it; 攻关 alone is no theme (policy-shandong-018,
    # gwr2026-shanghai)
    text = "构建山东教育智库系统，以服务党和政府决策为宗旨。"
    assert ("山东教育智库系统", "党和政府决策") in _served(text, "山东")
    text = "深入实施“揭榜挂帅”、“赛马制”等攻关模式。"
    assert all(theme != "攻关" for _, theme in _served(text, "上海"))
    # a count of times before a typed name: occasions of a kind (policy-shandong-052)
    assert not _implemented("每年举办50场左右路演行动，为成果转化提供服务。", "山东")
    assert not _implemented("开展3次专项执法行动。", "山东")


def test_read_in_0_9_189() -> None:
    # a contest or a 那达慕 is named by what it is about, as a fair or a forum is, once its
    # province and edition are off (xwlb-20251221-06, xwlb-20250211-01)
    text = "辽宁省大众滑雪挑战赛正在丹东天桥沟滑雪场举行，全省的150余名滑雪爱好者同场竞技。"
    assert _served(text) == {("大众滑雪挑战赛", "大众滑雪")}
    text = "今天（12月21日），在呼伦贝尔伊敏河，内蒙古冰雪那达慕举行，来自各地近万名游客齐聚于此。"
    assert _served(text) == {("冰雪那达慕", "冰雪")}
    text = "今年春节期间，北京发放3万张冰雪消费券，推出冰雪音乐节、冰雪亲子挑战赛等特色活动。"
    assert ("冰雪亲子挑战赛", "冰雪亲子") in _served(text)
    # a commemoration serves what it remembers (gwr2026-guizhou)
    assert _served("举办纪念长征胜利90周年贵州系列活动。", "贵州") == {
        ("纪念长征胜利90周年贵州系列活动", "长征胜利90周年")
    }
    # 上海合作组织, like 上合组织, is an organisation of states: no name is cut after its 组织
    # (policy-shandong-020; whole-corpus judged round 4, i029)
    text = "推进中国—上海合作组织地方经贸合作示范区、中德生态园等重大科技合作载体发展。"
    assert ("山东", "中国—上海合作组织地方经贸合作示范区") in _implemented(text, "山东")
    # a mechanism explored is not yet set up (the gold leaves it optional; round 4, i003)
    text = "着力优化区域内创新发展布局，探索区域一体化发展协同创新机制，有效聚集各方科技资源。"
    assert not _implemented(text, "山东")
    assert not _implemented("积极探索重点流域横向生态保护补偿机制。", "青海")
    # (a mechanism set up stays one)
    assert _implemented("建立重点流域横向生态保护补偿机制。", "青海")
    # the kind of a list after 等 is no aim when it is a form of event, 和 or not (round 4, s077)
    text = "贵州推出冰雪嘉年华、青少年冬季阳光体育大会等一系列群众赛事和活动，吸引大众参与。"
    assert all(theme != "群众赛事" for _, theme in _served(text, "贵州"))


def test_read_in_0_9_190() -> None:
    # how a program links or strikes is no word of its topic (policy-shandong-041;
    # whole-corpus judged round 5, s075)
    assert _served("举办产学研精准对接活动。", "山东") == {("产学研精准对接活动", "产学研")}
    text = "开展“卡脖子”技术精准攻坚行动，集中突破一批“卡脖子”技术。"
    assert all(theme != "技术精准" for _, theme in _served(text, "山东"))
    # nor is how many firms it reaches (round 5, s099)
    text = "实施科技型中小企业创新能力提升工程，支持千家企业产学研协同创新。"
    served = _served(text, "山东")
    assert ("科技型中小企业创新能力提升工程", "企业产学研协同创新") in served
    assert all(not theme.startswith("千家") for _, theme in served)


def test_read_in_0_9_191() -> None:
    # 文化遗产 is a word: a name about a region's cultural heritage is not about a culture of
    # the region (gwr2026-chongqing; whole-corpus judged round 6, s063)
    text = "成功举办中国艺术节、亚洲文化遗产保护联盟大会、全国青年美术作品展览。"
    served = _served(text, "重庆")
    assert ("亚洲文化遗产保护联盟大会", "亚洲文化") not in served
    assert ("亚洲文化遗产保护联盟大会", "文化遗产") in served
    # (a culture of its own stays: 世界闽南文化交流中心 → 闽南文化)
    assert ("世界闽南文化交流中心", "闽南文化") in _served("加快世界闽南文化交流中心建设。", "福建")


def test_read_in_0_9_192() -> None:
    # in a story, 打造/实现/串联起 after a program say what it brings about (xwlb-20250615-08)
    text = "四川推出“跟着演出去旅行”“跟着音乐去旅行”等活动，打造文旅体验新场景。"
    assert ("“跟着演出去旅行”活动", "文旅体验新场景") in _served(text)
    # (in a province's own report 打造 opens one more task of its list, no aim)
    text = "实施“数字信息大通道+产业”行动，打造数字经济园中园。"
    assert all(theme != "数字经济园中园" for _, theme in _served(text, "云南"))
    # the kind after 等 is no head of a quoted name that has its own, and its level is no
    # topic (policy-shandong-050; whole-corpus judged round 8, s106)
    text = "深化泰山人才工程、“外专双百计划”等省级人才工程，精准实施配额制遴选机制。"
    assert ("山东", "“外专双百计划”") in _implemented(text, "山东")
    served = _served(text, "山东")
    assert all(theme not in ("省级人才", "外专双") for _, theme in served)
    assert ("“外专双百计划”", "人才") in served


def test_read_in_0_9_193() -> None:
    # the purpose closing a long list of tasks is the list's, not the program's two clauses
    # before it, even after a strong cue (gwr2026-shanghai; whole-corpus judged round 9, s098)
    text = (
        "增强国际金融中心竞争力和影响力，稳步扩大金融领域制度型开放，提升国际化水平，"
        "做好科技金融、绿色金融“五篇大文章”，建设人民币资产全球配置中心和风险管理中心，"
        "牢牢守住不发生系统性金融风险底线，更好服务实体经济、科技创新和共建“一带一路”。"
    )
    assert not any(p == "人民币资产全球配置中心" for p, _ in _served(text, "上海"))
    # (in a short sentence it reaches back over one action: …机制，整合…资金，助力…)
    text = "建立科技投入稳定增长机制，整合优化科技和人才资金，助力关键核心技术攻关。"
    assert ("科技投入稳定增长机制", "关键核心技术") in _served(text, "宁夏")


def test_read_in_0_9_194() -> None:
    # a known topic of two characters names what a program is for (words/
    # two_character_topics.txt): a province's merchants, minerals, a field of the arts
    text = "投洽会、世界航海装备大会、世界闽商大会、中国侨智发展大会等活动成功举办。"
    assert ("世界闽商大会", "闽商") in _served(text, "福建")
    text = "实施钾盐高效利用、锂盐量质提升、镁盐创新突破、稀散元素高值化利用工程，市场化法治化推进资源整合。"
    served = _served(text, "青海")
    assert {("钾盐高效利用工程", "钾盐"), ("锂盐量质提升工程", "锂盐")} <= served
    # (not 文艺 of a vehicle of the arts: “茉莉花开”文艺直通车行动 serves 公共文化服务)
    assert _served("持续开展“茉莉花开”文艺直通车行动。", "江苏") == set()
    # a quoted brand of the province and a known topic, the province first (gwr2026-jilin)
    text = "高标准建设“长春人才创新港”，推进“吉林工匠”培育工程，培养拔尖创新人才。"
    assert ("“吉林工匠”培育工程", "工匠") in _served(text, "吉林")
    # a quoted known topic after one word that says which (gwr2026-chongqing, policy-shandong-052)
    text = "实施“入境旅游”“留学重庆”行动，打造“侨重庆”等凝聚侨心侨力侨智载体。"
    served = _served(text, "重庆")
    assert {("“入境旅游”行动", "入境旅游"), ("“留学重庆”行动", "留学")} <= served
    text = "实施数字强省重点人才引育工程，建立“数字工匠”培育库。"
    assert ("“数字工匠”培育库", "数字工匠") in _served(text, "山东")
    # not a slogan's words before the topic (xwlb-20250621-01: 以路治沙, not 路治沙)
    text = "在内蒙古锡林郭勒，当地依托“以路治沙”项目，今年将新建农村牧区公路600多公里。"
    assert not any(t.endswith("治沙") for _, t in _served(text))


def test_read_in_0_9_195() -> None:
    # a quoted model is a way of working: its quote is no topic it serves (policy-central-166;
    # whole-corpus judged round 12, s065), though a quoted campaign's is (“入境旅游”行动)
    text = "组织开展场景供需对接和路演活动，广泛汇集各类创新企业信息，探索“场景招商”新模式。"
    assert not any(p == "“场景招商”新模式" for p, _ in _served(text, "山东"))
    assert ("“入境旅游”行动", "入境旅游") in _served("实施“入境旅游”行动。", "重庆")


def test_read_in_0_9_196() -> None:
    # more known topics of two characters, found among the cores of the corpus's names
    # (gwr2026-neimenggu, gwr2026-yunnan, xwlb-20251224-09)
    text = "实施饲草料供给提升、肉牛肉羊增产增效、奶业振兴行动，确保肉、奶产量分别稳定。"
    assert ("奶业振兴行动", "奶业") in _served(text, "内蒙古")
    text = "实施高教突破工程，持续加强云南大学“双一流”建设和部省合建工作。"
    assert ("高教突破工程", "高教") in _served(text, "云南")


def test_read_in_0_9_197() -> None:
    # a research project's name states the research it funds (xwlb-20250317-01, gwr2026-jilin)
    text = (
        "今年，江苏将实施约40项重大科技攻关项目和80项前沿技术研发项目，向更多全球首创成果发起冲刺。"
    )
    served = _served(text, "江苏")
    assert {("重大科技攻关项目", "科技攻关"), ("前沿技术研发项目", "前沿技术研发")} <= served
    # (other projects still state none: a project is named by what it builds)
    assert _served("加快推进新型储能项目建设。", "甘肃") == set()
    # over large areas is how a campaign works, not its topic (gwr2026-qinghai)
    served = _served("深入实施粮油作物大面积单产提升行动。", "青海")
    assert ("粮油作物大面积单产提升行动", "粮油作物单产") in served


def test_read_in_0_9_198() -> None:
    # a province's slogan states what its campaign is for (words/slogan_aims.txt;
    # gwr2026-sichuan, gwr2026-chongqing), as weakly as a field
    text = (
        "着力丰富内涵，做好传统文化现代表达，讲好历史故事，深化文化演绎，扩大三星堆、大熊猫、"
        "都江堰、三苏祠、翠云廊等国际影响力，持续做优名作、名城、名人、名品等特色名片，"
        "深入实施巴蜀文旅全球推广计划和“引客入川”计划。"
    )
    assert ("“引客入川”计划", "旅游") in _served(text, "四川")
    text = "推进“百团千企”“渝企出海”“渝车出海”行动计划，外贸进出口增长12%。"
    assert ("“渝企出海”", "企业出海") in _served(text, "重庆")
    # (beside a purpose the text states, the slogan's aim gives way: gwr2026-jiangxi)
    text = "深入实施文旅业态融合计划和“引客入赣”工程，推动商旅文体健融合发展。"
    served = _served(text, "江西")
    assert ("“引客入赣”工程", "旅游") not in served
    assert any(p == "“引客入赣”工程" and "商旅文体健" in t for p, t in served)
    # (a slogan with no province in it states nothing: 引客入园)
    assert not any(t == "旅游" for _, t in _served("实施“引客入园”工程。", "江西"))
    # a card played is a way of speaking, not a program (gwr2026-fujian; whole-corpus round 14)
    assert _implemented("打好新时代新“侨牌”。", "福建") == set()
    # a landform a place names is where, not what (gwr2026-shanxi; whole-corpus round 14)
    text = "实施汾河谷地、太原盆地大气污染提质增效行动，大力开展重点行业领域大气污染治理攻坚。"
    assert ("太原盆地大气污染提质增效行动", "大气污染") in _served(text, "山西")


def test_read_in_0_9_199() -> None:
    # the centre's “好房子” a report takes up is no program of the province's own (words/
    # national_programs.txt; gwr2026-hunan, whole-corpus round 15), its own brand of it is
    text = "推动存量商品房去库存，建设安全舒适绿色智慧的“好房子”。"
    assert not any("好房子" in p for _, p in _implemented(text, "湖南"))
    text = "实施房屋品质提升工程，创新发展避暑房、康养房，有序推进“高原好房子”建设。"
    assert any("高原好房子" in p for _, p in _implemented(text, "青海"))


def test_read_in_0_9_200() -> None:
    # a plan's review is the program, not the plan it reviews (gwr2026-zhejiang; whole-corpus
    # round 15, i011), and it states no topic of its words 规划实施
    text = "深化“一张图”改革试点，开展国土空间规划实施评估和动态调整，探索规划新增城镇建设用地规模市域统筹。"
    assert ("浙江", "国土空间规划实施评估") in _implemented(text, "浙江")
    assert not any(p == "国土空间规划" for _, p in _implemented(text, "浙江"))
    assert not any(t.endswith("实施") for _, t in _served(text, "浙江"))


def test_read_in_0_9_201() -> None:
    # 以及 ends a noun phrase as 和 does: two activities are not one name (xwlb-20250325-08;
    # whole-corpus round 16, s092)
    text = "今年以来，上海密集推出全球首店落地、新品首发以及潮流首秀活动，持续激发消费市场活力。"
    assert not any("以及" in p for _, p in _implemented(text, "上海"))
    # linked is how a pilot works, spending its aim (gwr2026-shanghai; round 16, s112)
    text = (
        "精心举办“一节四季”等扩消费活动，探索中心城区“保税+”消费新场景，加快建设国际珠宝时尚"
        "功能区，打造5个夜间经济人气地标和5个夜生活好去处，开展“票根”联动促消费试点，"
        "文旅商体展融合效应持续放大。"
    )
    assert ("“票根”联动促消费试点", "消费") in _served(text, "上海")


def test_read_in_0_9_202() -> None:
    # a province's cars going abroad are what its campaign is for (words/slogan_aims.txt;
    # gwr2026-chongqing)
    text = (
        "制定外贸转型升级、内外贸一体化等政策，推进“百团千企”“渝企出海”“渝车出海”行动计划，"
        "外贸进出口在对美贸易下降超3成的情况下增长12%。"
    )
    assert any(t == "汽车出海" for _, t in _served(text, "重庆"))


def test_read_in_0_9_203() -> None:
    # from judged round 18 (tests/gold/judged/whole/round18): a resident service is a noun
    # before a quoted name, not a verb serving the quote (gwr2026-anhui)
    served = _served("深化拓展社保卡居民服务“一卡通”事项。", "安徽")
    assert served and all(t != "一卡通" for _, t in served)
    # a kind of train before the quoted name says what it is, the field is what for
    # (xwlb-20251219-08)
    text = "在河北，旅游专列“星光燕赵号”城际旅游列车投入运营。"
    assert {t for _, t in _served(text, "河北")} == {"旅游"}
    # 创新 before a coordination in a name is a noun (gwr2026-hubei)
    served = _served("东湖论坛、中非创新合作与发展论坛等重大科创活动影响持续扩大。", "湖北")
    assert ("中非创新合作与发展论坛", "创新合作与发展") in served
    # a direction the work keeps to is no topic (gwr2026-sichuan)
    text = (
        "做好项目谋划集成，围绕国家规划支持方向和政策导向，着力抓好“有根产业、有效投资、"
        "有持续税源”项目。"
    )
    assert all(t != "政策导向" for _, t in _served(text, "四川"))
    # supporting other named parks is more sites, not the zone's aim (gwr2026-beijing)
    text = "协同推进京津合作示范区建设，支持天津滨海-中关村科技园等合作园区发展。"
    assert all(t != "合作园区发展" for _, t in _served(text, "北京"))
    # infrastructure before what the project secures is no building of it (gwr2026-yunnan)
    served = _served("加强城市基础设施生命线安全工程建设。", "云南")
    assert served and all(t != "基础设施建设" for _, t in served)


def test_read_in_0_9_204() -> None:
    # from judged round 19 (tests/gold/judged/whole/round19): state firms are the topic of a
    # reform named by its quoted mechanism (gwr2026-liaoning)
    served = _served("开展国企“三能”机制改革攻坚专项行动，省属国有企业重组整合至11家。", "辽宁")
    assert {t for _, t in served} == {"国企"}
    # a touring show is the event's form, not its topic (xwlb-20250129-01)
    text = "今天，澳门特区政府旅游局举办“欢乐春节——2025年龙腾舞跃贺新春”社区巡演活动。"
    assert all(t != "社区巡演" for _, t in _served(text))
    # an anniversary after the names it marks is cut from them, no name (gwr2026-zhejiang)
    text = (
        "高规格举办“绿水青山就是金山银山”理念、“千万工程”、文化建设“八项工程”等提出和实施20年"
        "系列活动，传承弘扬习近平总书记留给浙江的宝贵财富。"
    )
    assert all(p != "20年系列活动" for _, p in _implemented(text, "浙江"))
    assert ("浙江", "“千万工程”") in _implemented(text, "浙江")


def test_read_in_0_9_205() -> None:
    # from judged round 20 (tests/gold/judged/whole/round20): a pole a city is to become is a
    # standing, not a program (gwr2026-zhejiang)
    text = "唱好杭甬“双城记”，做强温州“全省第三极”，打造浙中高质量发展重要增长极。"
    assert all("第三极" not in p for _, p in _implemented(text, "浙江"))
    # a layout of work is no program (gwr2026-anhui); the quoted mixes after it still are
    text = "构建“大文旅”工作格局，深化“百业+文旅”“文旅+百业”，创新发展工业研学等新业态。"
    got = {p for _, p in _implemented(text, "安徽")}
    assert "“大文旅”" not in got and "“文旅+百业”" in got
    # a theme that only repeats the quoted name is none (gwr2026-neimenggu)
    text = "推行“放心消费”、“线下无理由退货”双承诺，实行农批农贸市场食用农产品“天天检”。"
    assert ("“放心消费”", "放心消费") not in _served(text, "内蒙古")
    # 大调研 and 大服务 are words of doing after the topic (gwr2026-hainan)
    text = "开展推动企业高质量发展大调研大服务专项行动，企业服务体系进一步健全完善。"
    assert {t for _, t in _served(text, "海南")} == {"企业高质量发展"}


def test_read_in_0_9_206() -> None:
    # from judged round 21 (tests/gold/judged/whole/round21): a centre built in so many
    # counties is one of a kind in each, not a program (gwr2026-guizhou)
    text = (
        "在册亨、罗甸等8个重点县建设露地冬春果菜基地6.2万亩，在30个县建设运营现代农事综合服务中心，"
        "农机作业服务面积60万亩次以上。"
    )
    assert all("农事" not in p for _, p in _implemented(text, "贵州"))


def test_read_in_0_9_207() -> None:
    # from judged round 22 (tests/gold/judged/whole/round22): an international big-science
    # programme is named by its field (gwr2026-fujian)
    text = "重组入列全国重点实验室13家，省创新实验室达8家，海洋负排放国际大科学计划落地实施。"
    assert ("海洋负排放国际大科学计划", "海洋负排放") in _served(text, "福建")
    # a roadshow is how investment is sought, not the topic; investment is (gwr2026-sichuan)
    text = "积极发展创业投资、天使投资，持续开展“创投天府·周周见”投资路演活动，提高全社会研发投入。"
    assert {t for _, t in _served(text, "四川")} == {"投资"}


def test_read_in_0_9_208() -> None:
    # from judged round 24 (tests/gold/judged/whole/round24): a bare frame between two actions
    # leads the one after it, not the program before (policy-central-166, policy-shandong-045)
    text = (
        "深入实施“十强产业”行动计划，聚焦高端化、智能化、绿色化方向，深度挖掘、系统培育、"
        "加速释放一批场景机会，全面增创产业发展新优势"
    )
    assert not _served(text, "山东")
    text = "积极开展5G“百城万站”“百企千例”推广行动,聚焦智能制造发展需求,推进5G全连接工厂建设。"
    assert not {t for _, t in _served(text, "山东") if "需求" in t}
    # a frame whose own action is another task is that task's (gwr2026-zhejiang); one that
    # sets out the program's tasks, or closes the sentence, is the program's (xwlb-20250827-01)
    text = (
        "打好安全生产治本攻坚三年行动收官战，聚焦高层建筑、道路交通、涉海涉渔等重点领域"
        "常态化开展隐患排查整治，扎实做好防汛防台抗旱、森林防火、地质灾害防御等工作。"
    )
    assert {t for _, t in _served(text, "浙江")} == {"安全生产"}
    text = (
        "今年，天津实施自贸试验区提升行动，围绕赋能新质生产力发展、打造双循环战略支点、"
        "深化区域协同开放合作等五个方面提出80多项具体任务。"
    )
    assert ("自贸试验区提升行动", "新质生产力") in _served(text)
    # …文化周启动，围绕“…”主题，汇聚…: a frame naming a theme stays the event's (xwlb-20250530-09)
    text = (
        "2025北京朝阳国际茶香文化周昨天（5月29日）启动，围绕“中国茶·中国戏·中国潮”主题，"
        "汇聚中国六大茶类以及国内外特色茶、新茶饮。"
    )
    assert ("北京朝阳国际茶香文化周", "中国茶·中国戏·中国潮") in _served(text, "北京")
    # 常态化 says how a mechanism runs, not its topic (policy-shandong-055)
    text = "建立常态化场景“机会与需求清单”滚动发布机制，定期推介优秀场景与产品。"
    assert not {t for _, t in _served(text, "山东") if t.startswith("常态化")}
    # an amount of money is a fund's size, the first of its kind a record: neither stops
    # the name nor is a word of it (gwr2026-shaanxi, gwr2026-yunnan, gwr2026-fujian)
    text = "设立10亿元绿色发展纵向补偿基金，完善生态环境补偿机制。"
    assert ("陕西", "绿色发展纵向补偿基金") in _implemented(text, "陕西")
    assert ("云南", "地理标志交易运营中心") in _implemented(
        "建成全国首家地理标志交易运营中心。", "云南"
    )
    text = "建成全国首个河湖生态产品交易平台。"
    assert ("福建", "河湖生态产品交易平台") in _implemented(text, "福建")
    # 首批 counts a batch, no word of the name (gwr2026-xizang); 省域 is where, not what
    # the theme is (gwr2026-shandong)
    text = "首批智慧边防项目建成投运。"
    assert {p for _, p in _implemented(text, "西藏")} == {"智慧边防项目"}
    text = "建设全国首个交通强国省域示范区。"
    assert ("交通强国省域示范区", "交通强国") in _served(text, "山东")


def test_read_in_0_9_209() -> None:
    # from judged round 25 (tests/gold/judged/whole/round25): a province strong in
    # manufacturing is its own theme, narrower than the nation's (gwr2026-jiangsu)
    text = "聚焦制造强省建设，实施新一轮重点产业链高质量发展行动，培育壮大先进制造业集群。"
    assert ("新一轮重点产业链高质量发展行动", "制造强省") in _served(text, "江苏")
    # 以…为导向的 frames the reform it describes, no word of the topic (gwr2026-henan)
    text = "深化以公益性为导向的公立医院综合改革，建设医疗、医保、医药“三医一张网”。"
    assert not {t for _, t in _served(text, "河南") if "导向" in t}
    # a system with the province's features, modern, is a goal, not a program (gwr2026-jilin)
    assert not _implemented("（二）培育壮大实体经济，构建吉林特色现代化产业体系。", "吉林")
    # 国内 says where the base stands in the country, no word of its name (policy-shandong-011)
    text = "以济南为中心，到2025年建成国内高档数控机床基地、智能机器人产业基地。"
    assert ("山东", "高档数控机床基地") in _implemented(text, "山东")


def test_read_in_0_9_210() -> None:
    # from judged round 26 (tests/gold/judged/whole/round26): a formula's high-quality
    # development is a goal, not a program (gwr2026-sichuan)
    text = "建好用好国家中医药综合改革示范区，推进中医药事业产业文化“三位一体”高质量发展。"
    assert not _implemented(text, "四川")
    # how every department works together is no item of a name (policy-shandong-041)
    text = "建立健全各部门横向协同、上下联动工作机制，加强地区间、部门间、行业间的协同联动。"
    assert not {p for _, p in _implemented(text, "山东") if p.startswith("各")}
    # a closing 为… of a long list of tasks is the list's, not its last program's (gwr2026-jiangsu)
    text = (
        "坚持和发展新时代“枫桥经验”，加强矛盾纠纷排查化解和多元调处，推进综治中心规范化建设"
        "和信访工作法治化，提高民族宗教事务依法治理能力，实施基层智慧治理建设工程，"
        "为高质量发展营造安全稳定环境。"
    )
    assert not {t for _, t in _served(text, "江苏") if t == "高质量发展"}
    # a topic clause over a long list of tasks is a heading, not a program's aim (gwr2026-shanghai)
    text = (
        "提高金融服务质效，推动设立国家人工智能产业投资基金、上海产业转型升级二期基金，"
        "成功落地债券市场“科技板”首批业务，开展不动产信托登记试点，启动实施跨境金融服务"
        "便利化行动，推动数字人民币国际运营中心、银行间市场数据报告库、中国资本市场学会落户，"
        "完成国泰海通证券重组更名上市，在沪持牌金融机构增加到1813家。"
    )
    assert not {t for _, t in _served(text, "上海") if "服务质效" in t}
    # a quoted name's 改造 is the works carried out (gwr2026-shandong)
    text = "“非直供电小区”改造惠及群众106万户。"
    assert ("山东", "“非直供电小区”改造") in _implemented(text, "山东")


def test_read_in_0_9_211() -> None:
    # from judged round 27 (tests/gold/judged/whole/round27): a tour (…行) is the event's
    # form, not its topic (gwr2026-yunnan)
    text = "深入开展中华文化边疆行系列活动。"
    assert ("中华文化边疆行系列活动", "中华文化") in _served(text, "云南")
    # a term extended by so many years keeps its years (gwr2026-liaoning)
    text = "稳妥推进第二轮土地承包到期后再延长三十年整省试点，引导土地经营权规范有序流转。"
    assert {t for _, t in _served(text, "辽宁")} == {"土地承包到期后再延长三十年"}
    # a tourist train for the elderly names a program with a core of four characters
    # (xwlb-20250519-03)
    text = "山东、海南、新疆、青海等地推出银发旅游列车，不仅车厢里进行了适老化改造。"
    assert ("山东", "银发旅游列车") in _implemented(text)
    # 为持续激活…，…启动…: a purpose stated first, an adverb before its cue (xwlb-20251102-10)
    text = "为持续激活秋冬文旅消费，四川启动“养老服务消费季”，为老年游客量身定制多条主题赏秋线路。"
    assert ("“养老服务消费季”", "秋冬文旅消费") in _served(text)


def test_read_in_0_9_212() -> None:
    # from judged round 28 (tests/gold/judged/whole/round28): how parts work together is no
    # topic (xwlb-20250726-04, gwr2026-anhui)
    text = (
        "今年以来，西藏自治区全力打造“南亚班列”铁公联运模式，依托青藏铁路与318国道资源，"
        "实现全链条高效联动，整体物流效率提升50%。"
    )
    assert not {t for _, t in _served(text, "西藏") if t.endswith("联动")}
    text = "高标准推进“好房子、好小区、好社区、好城区”建设，建立“人、房、地、钱”要素联动机制。"
    assert not {t for _, t in _served(text, "安徽") if t == "要素联动"}


def test_read_in_0_9_213() -> None:
    # from judged round 29 (tests/gold/judged/whole/round29): who takes part is no topic
    # (policy-shandong-018)
    text = (
        "推动行业企业和职业院校多方参与，高水平实施普通中小学生涯教育、职业启蒙和体验教育行动计划。"
    )
    assert not {t for _, t in _served(text, "山东") if "企业" in t}
    # 各项工作… is everything, no topic (gwr2026-fujian)
    text = "持续深化拓展“三争”行动，推动各项工作奋勇争先、再上台阶。"
    assert not {t for _, t in _served(text, "福建") if t.startswith("各项")}
    # a purpose does not reach back over a task of its own (gwr2026-anhui)
    text = "实施有效投资上台阶行动，做实重大项目前期工作，推动要素向产业项目集聚。"
    assert {t for _, t in _served(text, "安徽")} == {"有效投资"}
    # the partners a zone joins are not its field (gwr2026-neimenggu)
    text = "加快建设中蒙二连浩特—扎门乌德经济合作区。"
    assert not {t for _, t in _served(text, "内蒙古") if "—" in t}


def test_read_in_0_9_214() -> None:
    # from judged round 31 (tests/gold/judged/whole/round31): a compound use of venues is no
    # topic of a fitness plan (gwr2026-shanghai)
    text = "实施新一轮全民健身计划，推动大型公共体育场馆规划新建、提升改造和复合利用。"
    assert not {t for _, t in _served(text, "上海") if t == "复合利用"}
    # so many of what comes of it is no word of the topic (policy-shandong-041)
    text = "通过实施企业技术创新项目，产生一大批新技术、新产品、新工艺。"
    assert not {t for _, t in _served(text, "山东") if "一大批" in t}


def test_read_in_0_9_215() -> None:
    # from judged round 32 (tests/gold/judged/whole/round32): a platform of a kind the
    # province supports others in building is not its own (policy-shandong-005)
    text = "支持建设网络创意设计服务平台，开展众创生产。"
    assert not _implemented(text, "山东")
    # a campaign on a kind of facility is about that kind (gwr2026-sichuan), where works
    # named by the thing they build state no purpose
    text = "实施新一轮农村公路提升行动，新（改）建6000公里。"
    assert ("新一轮农村公路提升行动", "农村公路") in _served(text, "四川")
    text = "实施兰州铁路枢纽优化提升工程。"
    assert not _served(text, "甘肃")


def test_read_in_0_9_216() -> None:
    # a named freight train service is a program (xwlb-20251113-10), the nation's brand
    # alone is not, and 国际 closing the words between the quote and the head is the
    # service's reach, no word of its topic
    text = "陕西开行“中吉乌”铁公联运国际班列"
    assert ("陕西", "“中吉乌”铁公联运国际班列") in _implemented(text)
    assert {t for _, t in _served(text)} == {"铁公联运"}
    assert not _implemented("陕西开行中欧班列。")


def test_read_in_0_9_217() -> None:
    # from judged round 34 (tests/gold/judged/whole/round34): a bare type word joined after
    # an unmarked name makes both kinds (policy-shandong-020)
    assert not _implemented("加快建设高水平国际联合创新基地和园区。", "山东")
    # a short mechanism named by the work it organises is a kind (policy-shandong-041)
    text = "建立健全各部门横向协同、上下联动工作机制，加强地区间、部门间、行业间的协同联动。"
    assert not _implemented(text, "山东")


def test_read_in_0_9_218() -> None:
    # the creating of a zone after its name ends the name, as its building does
    # (gwr2026-hainan, whose gold requires the zone)
    text = "总结推广博鳌零碳示范区创建经验，建立“博鳌认证”品牌。"
    assert ("海南", "博鳌零碳示范区") in _implemented(text, "海南")
    assert ("甘肃", "美丽甘肃示范区") in _implemented("推进美丽甘肃示范区创建。", "甘肃")


def test_read_in_0_9_219() -> None:
    # from judged round 37 (tests/gold/judged/whole/round37): the centre's principle of
    # market access is no province's program (gwr2026-zhejiang, a trap of its gold)
    text = "落实落细国家促进民间投资“13条政策”，严格实行“非禁即入”，有效降低市场准入门槛。"
    assert not {g for _, g in _implemented(text, "浙江") if "非禁即入" in g}


def test_read_in_0_9_220() -> None:
    # a reform of its own in the clause before is a parallel task, not the program's topic
    # (gwr2026-chongqing; judged wrong in whole-corpus rounds 31, 34 and 37)
    text = "全面深化零基预算改革，建立全市域大财政“一本账”，养成过紧日子的习惯。"
    assert not {t for _, t in _served(text, "重庆") if t.endswith("改革")}
    # a reform the vocabulary knows still states the topic (国资国企改革)
    text = (
        "推动新一轮国企改革发展，实施省属企业价值创造引领、产业育新升级、公司治理提质等六大行动。"
    )
    assert ("产业育新升级行动", "国资国企改革") in _served(text, "山东")


def test_read_in_0_9_221() -> None:
    # from judged round 38 (tests/gold/judged/whole/round38): a name inside a quoted
    # description that goes on after it is a word of the description (gwr2026-hubei)
    text = (
        "进一步完善集“线上淘宝网、线下广交会与科技创新Mall”多种功能于一体的科技成果转移与孵化体系。"
    )
    assert not {g for _, g in _implemented(text, "湖北") if "广交会" in g}


def test_read_in_0_9_222() -> None:
    # facts both the judges of the whole-corpus rounds and the gold files call wrong:
    # a kind built in many fields (policy-shandong-020)
    text = (
        "在生命科学、信息技术、新材料、新能源、工业互联网、微纳制造、人工智能等领域"
        "推动建设新兴交叉学科和新兴学科研究中心。"
    )
    assert not _implemented(text, "山东")
    # a layout of kinds (gwr2026-anhui)
    text = "梯次布局未来产业孵化基地、科技园和先导区，一体推进技术突破、场景应用。"
    assert not _implemented(text, "安徽")
    # the Party centre's study campaigns (gwr2026-xizang)
    assert not _implemented("扎实开展党内集中学习教育。", "西藏")


def test_read_in_0_9_223() -> None:
    # a national zone of a named place is one the province builds (policy-shandong-020),
    # and its field is what follows 国家 (科技成果转化 in the vocabulary)
    text = (
        "高水平建设山东半岛国家自主创新示范区、济青烟国家科技成果转移转化示范区，"
        "布局一批科技创新重大项目和研发平台。"
    )
    assert _implemented(text, "山东") >= {
        ("山东", "山东半岛国家自主创新示范区"),
        ("山东", "济青烟国家科技成果转移转化示范区"),
    }
    served = _served(text, "山东")
    assert ("山东半岛国家自主创新示范区", "自主创新") in served
    assert ("济青烟国家科技成果转移转化示范区", "科技成果转化") in served
    # a national pilot stays the nation's (gwr2026-gansu), and so does a zone named by
    # the nation alone
    assert not _implemented("推进兰州国家城市更新试点。", "甘肃")
    assert not _implemented("加快建设国家数据要素综合试验区。", "河南")
    # an adverb before the verb is no word of the name (gwr2026-jiangxi)
    text = "纵深推进国家中医药综合改革示范区建设，加快打造中医药强省。"
    assert not any(o.startswith("纵深") for _, o in _implemented(text, "江西"))


def test_read_in_0_9_224() -> None:
    # agreed errors of whole-corpus round 40: a vanguard is the campaign's head, not its
    # topic (gwr2026-hunan); a forum named after a desert is named by where it is held
    # (gwr2026-neimenggu)
    text = "实施产业出海先锋行动，推动湘企抱团出海，完善海外综合服务体系。"
    assert ("产业出海先锋行动", "产业出海") in _served(text, "湖南")
    text = "举办第十届库布其沙漠论坛，新增5个国家生态文明示范区。"
    assert ("第十届库布其沙漠论坛", "库布其沙漠") not in _served(text, "内蒙古")


def test_read_in_0_9_225() -> None:
    # an agreed error of whole-corpus round 41 (gwr2026-yunnan): 示范引领 is how a campaign
    # works, too general to be its theme; the topic before it is
    text = "深化民族团结进步创建，推进第五轮示范引领工程，拓展促“三交”载体。"
    served = _served(text, "云南")
    assert ("第五轮示范引领工程", "示范引领") not in served
    assert ("第五轮示范引领工程", "民族团结") in served


def test_read_in_0_9_226() -> None:
    # an 产业创新工程 grows the industries the report names around it (gwr2026-ningxia), not
    # innovation in industry at large
    text = (
        "推动战略性新兴产业做强做大，实施产业创新工程，持续提升新型材料、清洁能源、数字信息、"
        "生物医药、健康养老等产业规模和效益。"
    )
    served = _served(text, "宁夏")
    assert ("产业创新工程", "产业创新") not in served
    assert ("产业创新工程", "战略性新兴产业") in served
    # agreed errors of whole-corpus round 42: a clause that pushes a task of its own on (加快…)
    # stands between a campaign and the clause after it (gwr2026-hunan) ...
    text = (
        "扎实推进碳达峰“十大行动”，加快重点行业落后产能淘汰和节能降碳改造，"
        "推动低碳产业发展和低碳产品应用。"
    )
    served = _served(text, "湖南")
    assert not {o for s, o in served if o.startswith("低碳")}
    # ... and 创新券 is one word, not 创新 + 券 (policy-shandong-050)
    text = "搭建全省科研仪器设备信息化管理平台，推动大型科学仪器开放共享、创新券实时抵扣。"
    served = _served(text, "山东")
    assert ("全省科研仪器设备信息化管理平台", "创新券实时抵扣") in served


def test_read_in_0_9_227() -> None:
    # an agreed error of whole-corpus round 43 (gwr2026-fujian): a frame that names the
    # program's own head (专项改革) states no topic of it
    text = (
        "聚焦专项改革，扎实抓好“一市一试点、一县一特色”专项改革，优先抓好民生领域改革，"
        "鼓励基层因地制宜开展小切口专项改革。"
    )
    assert not {o for _, o in _served(text, "福建") if o == "专项改革"}


def test_read_in_0_9_228() -> None:
    # agreed errors of whole-corpus round 45: 挖潜 is a word of doing that ends a name, so
    # the topic is not cut inside 挖潜扩容 (gwr2026-anhui) ...
    text = "实施高质量就业挖潜扩容计划，落实援企稳岗扩就业政策资金110亿元。"
    assert ("高质量就业挖潜扩容计划", "就业") in _served(text, "安徽")
    # ... and a district's spatial plan is about 国土空间, as the city's is, not about the
    # district (gwr2026-chongqing)
    text = "深入推进“多规合一”，优化两江新区、北碚区国土空间分区规划，完善重点片区功能布局。"
    got = {o for s, o in _served(text, "重庆") if s.endswith("国土空间分区规划")}
    assert got == {"国土空间"}


def test_read_in_0_9_229() -> None:
    # agreed errors of whole-corpus round 47: someone else creating or carrying out something
    # in the clause before or after is a clause, not a topic (gwr2026-qinghai, gwr2026-anhui)
    text = "积极推动市州级医院创建三甲医院，实施好医疗卫生强基工程，加快建设基层分级诊疗体系。"
    got = {o for s, o in _served(text, "青海") if s == "医疗卫生强基工程"}
    assert got and not any("创建" in o for o in got)
    text = "开展“皖美品牌”培育行动，支持企业实施品牌国际化战略。"
    assert not any("实施" in o for _, o in _served(text, "安徽"))
    # ... and the adverb before the verb that ends a frame is not the frame's topic's
    # (policy-shandong-020: 系统布局实施 is laid out systematically)
    text = "围绕新动能培育、传统产业提升、推动社会发展系统布局实施省重大科技创新工程。"
    got = {o for s, o in _served(text, "山东") if s == "省重大科技创新工程"}
    assert "社会发展" in got and "社会发展系统" not in got


def test_read_in_0_9_230() -> None:
    # agreed error of whole-corpus round 49 and a trap of policy-shandong-005: new business
    # forms named by an example in quotes are a class of forms, not a program
    text = "探索发展共享经济、平台经济等“人工智能+”新业态新模式，培育新的经济增长点。"
    assert not _implemented(text, "山东")
    # ... while a named new model is still one (policy-central-166)
    assert ("山东", "“场景招商”新模式") in _implemented("推广“场景招商”新模式。", "山东")


def test_read_in_0_9_231() -> None:
    # whole-corpus round 52 (gwr2026-jiangxi): how far a quoted name reaches is not part of it
    text = "拓展治安“三张图”应用场景，推进“一村（格）一警”全覆盖，严厉打击违法犯罪行为。"
    assert ("江西", "“一村(格)一警”") in _implemented(text, "江西")
    assert not any(o.endswith("覆盖") for _, o in _implemented(text, "江西"))


def test_read_in_0_9_232() -> None:
    # 落实 carries out the province's own program, named by its level or its strong-province
    # campaign (gwr2026-shaanxi, gwr2026-guizhou: the gold gives both) ...
    text = "全面落实文化强省建设三年行动计划，实施文化惠民工程，推进文化产业发展。"
    assert ("陕西", "文化强省建设三年行动计划") in _implemented(text, "陕西")
    text = "全面落实省级开发区管理制度改革30条政策措施，实体化、市场化运营开发区。"
    assert ("贵州", "省级开发区管理制度改革30条政策措施") in _implemented(text, "贵州")
    # ... but not the centre's
    text = "落实国家新一轮重点行业稳增长方案，推动工业经济回升。"
    assert not _implemented(text, "辽宁")


def test_read_in_0_9_233() -> None:
    # whole-corpus round 54 (gwr2026-anhui): the modifier of a quoted name after 、 is its
    # whole item, not a theme cut from its end (住房消费, not 消费) ...
    text = "优化实施阶段性购房补贴、住房消费“以旧换新”等政策举措，推动收购存量商品房。"
    assert ("安徽", "住房消费“以旧换新”政策举措") in _implemented(text, "安徽")
    # ... but items joined by 和 are the members of the set the quote names (gwr2026-shanghai)
    text = "完善金融市场、产品、机构和基础设施“四个体系”，做好科技金融。"
    assert not any(o.startswith("机构") for _, o in _implemented(text, "上海"))


def test_read_in_0_9_234() -> None:
    # whole-corpus round 56 (gwr2026-shandong): the levels of government a name opens with
    # are its scope, not its topic
    text = "完善省市县金融直连服务机制，新增上市公司10家。"
    got = {o for s, o in _served(text, "山东") if s == "省市县金融直连服务机制"}
    assert got == {"金融直连"}


def test_read_in_0_9_235() -> None:
    # whole-corpus round 57 (gwr2026-gansu, gwr2026-guangdong): the first of two modifiers
    # shared by a noun after 的 is a fragment, no aim ...
    text = "制定出台养老服务业高质量发展实施意见，构建事业牵引产业、产业支撑事业的良性互动格局。"
    assert not any(o.startswith("事业") for _, o in _served(text, "甘肃"))
    # ... and neither is a two-character word and the upgrade it gets (gwr2026-qinghai)
    text = "实施社区“石榴籽”家园提级工程，推广普及国家通用语言文字。"
    assert not any(o.startswith("家园") for _, o in _served(text, "青海"))
    # a quoted name's own words and the nurturing they get still are (“2152”龙头引育工程)
    assert ("“2152”龙头引育工程", "龙头引育") in _served("实施“2152”龙头引育工程。", "云南")


def test_read_in_0_9_236() -> None:
    # xwlb-20250221-10 (the gold requires it): a name after the province's relative clause
    # and its record (打造的首个…, 建设的全国首家…) is the province's own
    text = "市场监管总局今天宣布，福建打造的首个两岸标准共通服务平台运行一年来，已经完成标准信息的收集。"
    assert ("福建", "两岸标准共通服务平台") in _implemented(text)
    text = "福建打造的全国首个两岸标准共通服务平台运行一年来，已经完成标准信息的收集。"
    assert ("福建", "两岸标准共通服务平台") in _implemented(text)


def test_read_in_0_9_237() -> None:
    # whole-corpus round 59 (gwr2026-jiangxi): 对标 before a type word (提升行动) is how the
    # firms improve, not part of the topic the name states (the gold gives 优质企业)
    text = "开展优质企业对标提升行动，力争专精特新中小企业突破6000家。"
    got = {o for s, o in _served(text, "江西") if s == "优质企业对标提升行动"}
    assert got == {"优质企业"}


def test_read_in_0_9_238() -> None:
    # gwr2026-shandong, policy-shandong-020: 创新发展 and 传承创新 are what a program does for
    # its topic, not part of it (the gold gives 数字经济, 新一代人工智能)
    text = "建设省级数字经济创新发展试验区，推进实数融合促进行动。"
    got = {o for s, o in _served(text, "山东") if s == "省级数字经济创新发展试验区"}
    assert got == {"数字经济"}
    # (a platform marked by its level: since 0.9.257 an unmarked one is a kind, no program)
    text = "加快省级中医药传承创新平台建设，增强亳州“世界中医药之都”等品牌影响力。"
    got = {o for s, o in _served(text, "安徽") if s == "省级中医药传承创新平台"}
    assert got == {"中医药"}


def test_read_in_0_9_239() -> None:
    # whole-corpus round 62 (xwlb-20250702-09): the maritime departments after the provinces
    # are the centre's (交通运输部海事局), not theirs, as before 0.9.238
    text = (
        "今天，天津、辽宁、河北、山东四地海事部门在渤海西部海域共同启动了为期三天的"
        "“海安2025”渤海海域联合巡航执法行动。"
    )
    assert _implemented(text) == set()
    # (gwr2026-jilin) a cue word after a count is a word of the counted names, no frame
    text = "实施光电、制储氢等10个聚力攻坚专项，部署关键技术攻关项目459个。"
    assert not any(o == "攻坚专项" for _, o in _served(text, "吉林"))
    # (gwr2026-shanghai) 服务类 is a kind of aid, not a verb opening the name
    text = "养老金、医保等民生保障待遇标准稳步提高，服务类社会救助试点全面完成。"
    got = {o for s, o in _served(text, "上海") if s == "服务类社会救助试点"}
    assert got == {"服务类社会救助"}


def test_read_in_0_9_240() -> None:
    # whole-corpus round 63 (gwr2026-beijing): a ring road before a quoted name is where the
    # program is, not what it is for
    text = "新建绿道1000公里，贯通清河两岸滨水步道，建成四环路“月季花环”，深化无界公园建设。"
    assert not any(o == "四环路" for _, o in _served(text, "北京"))


def test_read_in_0_9_241() -> None:
    # whole-corpus round 64 (gwr2026-sichuan): an avenue opening a corridor's name is where it
    # runs, and 科创 left after it is a topic of two characters (the gold gives 科创)
    text = "推进天府大道科创大走廊、成渝中线科创大走廊、德阳高端装备科技城建设。"
    got = {o for s, o in _served(text, "四川") if s == "天府大道科创大走廊"}
    assert got == {"科创"}


def test_read_in_0_9_242() -> None:
    # whole-corpus rounds 59, 64 and 65 (policy-shandong-038): a frame of the tasks laid down
    # (紧扣“…”“…”任务要求) names what is required, not what the strategy after it is for
    text = (
        "紧扣“十大创新”“十强产业”“十大扩内需”任务要求，落实制造强省发展战略，"
        "坚持创新驱动、标准引领、示范带动、系统推进。"
    )
    got = {o for s, o in _served(text, "山东") if s == "制造强省发展战略"}
    assert got == {"制造强省"}


def test_read_in_0_9_243() -> None:
    # whole-corpus round 66 (gwr2026-jiangxi): the body of support policies states no topic
    # but its own kind (帮扶政策); a body of talent policies is for talent
    text = "持续巩固拓展脱贫攻坚成果，完善过渡期后省级“1+N”常态化帮扶政策体系，优化常态化防止返贫致贫机制。"
    assert not any(o == "帮扶政策" for _, o in _served(text, "江西"))
    text = "完善“1+N”人才政策体系，强化人才服务保障。"
    assert {o for s, o in _served(text, "山西") if s == "“1+N”人才政策体系"} == {"人才"}
    # (gwr2026-jiangxi) a province's poetic name and one character left give no topic
    text = "加快打造“赣鄱氢走廊”“赣鄱空中走廊”，力争电子信息产业规模达1.28万亿。"
    assert not any(o.startswith("赣鄱") for _, o in _served(text, "江西"))


def test_read_in_0_9_244() -> None:
    # whole-corpus round 67 (gwr2026-fujian): 数字 closing the words before a quoted name is
    # how the platform serves, not part of whom it serves (the gold gives 台胞台企)
    text = "上线台胞台企数字“第一家园”服务平台，实现台胞在闽“一网通查”和“全网通办”服务。"
    got = {o for s, o in _served(text, "福建") if s == "台胞台企数字“第一家园”服务平台"}
    assert got == {"台胞台企"}


def test_read_in_0_9_245() -> None:
    # whole-corpus rounds 66 and 70 (gwr2026-liaoning): a forum named only by the place it
    # is held in states no topic
    text = "高水平承办夏季达沃斯论坛、亚太经合组织高官会，办好第七届中国辽洽会等经贸活动。"
    assert not any(s == "夏季达沃斯论坛" for s, _ in _served(text, "辽宁"))
    # (gwr2026-shandong, policy-shandong-019) a venue opening an event's name is where, and
    # what follows is its topic, as the gold gives (世界文明, 电商)
    text = "办好尼山世界文明论坛，推动文明交流互鉴。"
    assert {o for s, o in _served(text, "山东") if s == "尼山世界文明论坛"} == {"世界文明"}
    text = "组织好泉城电商大会等活动。"
    assert {o for s, o in _served(text, "山东") if s == "泉城电商大会"} == {"电商"}


def test_read_in_0_9_246() -> None:
    # whole-corpus round 71 (gwr2026-ningxia): two quoted names joined by 和 share the type
    # word right after the second (“宽带升级”专项行动, as the gold gives)
    text = "实施“宽带升级”和“信号升格”专项行动，力争5G演进网络县级全覆盖。"
    got = {o for _, o in _implemented(text, "宁夏")}
    assert got >= {"“宽带升级”专项行动", "“信号升格”专项行动"}
    # (the sentence judged) the 教育 that a formula adds to is no type word of the first name
    text = "建成全国首个国家级“互联网＋教育”和“互联网＋医疗健康”示范区。"
    assert "国家级“互联网+教育”示范区" in {o for _, o in _implemented(text, "宁夏")}
    # a kind after 等 is not the names' type word (“模速空间” is no 示范区)
    text = "深化“模速空间”、“模力社区”等创新生态示范区建设。"
    assert "“模速空间”示范区" not in {o for _, o in _implemented(text, "上海")}


def test_read_in_0_9_247() -> None:
    # gwr2026-tianjin (reviewed/): support (扶持), bringing in (引进) and training (培养) are
    # words of doing that end a name after its topic, as 培育 is: the topic is what is
    # supported or trained (文艺精品创作, 青年科技人才, as the gold gives), and two actions
    # joined by 和 share the type word (高品质文化惠民工程)
    text = "实施高品质文化惠民和文艺精品创作扶持工程，促进全民阅读。"
    assert {o for _, o in _implemented(text, "天津")} >= {
        "高品质文化惠民工程",
        "文艺精品创作扶持工程",
    }
    assert ("文艺精品创作扶持工程", "文艺精品创作") in _served(text, "天津")
    text = (
        "强化人才服务保障，实施科技领军人才引进和青年科技人才培养项目，深化产业工人队伍建设改革。"
    )
    assert ("青年科技人才培养项目", "青年科技人才") in _served(text, "天津")
    # (policy-shandong-046) joint training is one word of doing (not 工程硕博士联合)
    text = "创新开展高等教育共同体、工程硕博士联合培养改革试点建设。"
    assert {o for s, o in _served(text, "山东") if s == "工程硕博士联合培养改革试点"} == {
        "工程硕博士"
    }


def test_read_in_0_9_248() -> None:
    # gwr2026-shaanxi (reviewed/): 服务业 (the service industry) opens a clause of means, not
    # the cue 服务: the industries it grows are no aim of the plan
    text = (
        "加快实施居民增收计划，以服务业挖潜、新兴产业扩容、未来产业增岗创造新的就业机会，"
        "持续扩大中等收入群体规模。"
    )
    themes = {o for s, o in _served(text, "陕西") if s == "居民增收计划"}
    assert themes and not themes & {"战略性新兴产业", "未来产业"}
    # the verb 服务 still opens a purpose
    text = "实施数字经济提升工程，服务实体经济发展。"
    assert ("数字经济提升工程", "实体经济") in _served(text, "陕西")


def test_read_in_0_9_249() -> None:
    # (0.9.248's nouns, at the other place a cue opens a clause) a sentence that opens with
    # 服务业 opens with no strong cue: it is no purpose of the province's program after it
    text = "服务业扩大开放，浙江实施数字贸易提升行动。"
    assert ("数字贸易提升行动", "对外开放") not in _served(text)
    assert ("数字贸易提升行动", "数字贸易") in _served(text)
    # the cue itself still fronts a purpose
    text = "促进外贸稳量提质，福建深化“福品销全球”活动。"
    assert ("“福品销全球”活动", "外贸") in _served(text)


def test_read_in_0_9_250() -> None:
    # gwr2026-shanghai (reviewed/): a clause opened by 大力 is a task of its own, which the
    # purpose after it (推动…深化改革) does not reach over to the platforms before
    text = (
        "上线运行企业走出去综合服务平台，加快建设二手车国际贸易综合服务平台，"
        "大力吸引企业设立全球供应链管理中心，推动海关特殊监管区域深化改革、转型升级。"
    )
    served = _served(text, "上海")
    assert ("企业走出去综合服务平台", "企业走出去") in served
    assert not {o for s, o in served if o == "全面深化改革"}
    # gwr2026-anhui (reviewed/): a cue naming no theme (降低…成本) does not take the next
    # clause's when that clause is a task of its own (支持科技创新等重点领域减税降费)
    text = (
        "开展“百场万企”产需对接活动，降低企业用电、用气、物流成本，"
        "支持科技创新等重点领域减税降费及退税超1000亿元。"
    )
    assert ("“百场万企”产需对接活动", "科技创新") not in _served(text, "安徽")
    # a clause that goes on with the goal still gives it (“1+1+10”系列政策措施 → 巩固脱贫攻坚成果)
    text = "出台“1+1+10”系列政策措施，围绕“县县优秀、项项优秀”目标，集中各方力量巩固脱贫攻坚成果。"
    assert ("“1+1+10”系列政策措施", "巩固拓展脱贫攻坚成果") in _served(text, "宁夏")


def test_read_in_0_9_251() -> None:
    # policy-shandong-009 (reviewed/): the kind of a review (第三方, 总结) is no word of what it
    # reviews; gwr2026-gansu (dev/): a review of works serves what the works are for
    text = "开展工业大数据应用水平第三方评估。"
    assert {o for s, o in _served(text, "山东") if s == "工业大数据应用水平第三方评估"} == {
        "工业大数据应用水平"
    }
    text = "开展生态及地质灾害避险搬迁一期工程总结评估。"
    assert {o for s, o in _served(text, "甘肃")} == {"生态及地质灾害避险搬迁"}  # (0.9.253)


def test_read_in_0_9_252() -> None:
    # round 81 (gwr2026-ningxia, reviewed/): the health-care concept is named 医疗卫生, the
    # policy term the names use, so a theme read inside 医疗卫生 is no longer shown cut (医疗)
    assert _served("三是深化医疗卫生强基工程。", "宁夏") == {("医疗卫生强基工程", "医疗卫生")}


def test_read_in_0_9_253() -> None:
    # round 82 (gwr2026-gansu, dev/): one word before 及 is a field of the one name, not a
    # program of its own, whatever the head (评估 is a weak type)
    text = "开展生态及地质灾害避险搬迁一期工程总结评估。"
    assert _implemented(text, "甘肃") == {("甘肃", "生态及地质灾害避险搬迁一期工程总结评估")}
    # round 82 (policy-shandong-022, reviewed/): the entrepreneurship concept is named
    # 创新创业, the words the names use, not the slogan 大众创业万众创新 they do not say
    text = "深入实施创新创业共同体培育计划。"
    assert _served(text, "山东") == {("创新创业共同体培育计划", "创新创业")}


def test_read_in_0_9_254() -> None:
    # rounds 83 and 84 (gwr2026-anhui, policy-shandong-020, reviewed/): a slogan of help to
    # firms (科技暖企) and a bare verb with its adverb (共同成长) state no topic
    text = "开展科技暖企、科技惠企服务行动，面向科技企业开展线上线下服务辅导。"
    assert not {o for s, o in _served(text, "山东") if o.endswith("企")}
    text = "推动“共同成长计划”和“贷投批量联动”提质扩面，力争新增科技贷款1000亿元以上。"
    assert ("“共同成长计划”", "共同成长") not in _served(text, "安徽")
    # a name whose core is its topic still gives it (科技型企业, not a word of help)
    assert ("科技型企业培育工程", "科技型企业") in _served("实施科技型企业培育工程。", "山东")


def test_read_in_0_9_255() -> None:
    # round 85 (policy-shandong-041, reviewed/ and agreement/): a topic clause that names a
    # program (…试点工作) is a task of its own beside the next program, not its aim
    text = (
        "推进国家标准化创新发展试点工作，建立先进标准培育激励机制，引导企业加强产业基础标准研发。"
    )
    assert not {o for s, o in _served(text, "山东") if "试点" in o}
    # round 85 (xwlb-20251226-05, reviewed/): a studio, like a centre, needs a name
    text = "青海组建理论宣讲工作室，与基层各族干部群众面对面互动交流。"
    assert not _implemented(text, "青海")


def test_read_in_0_9_256() -> None:
    # round 88 (policy-shandong-018, reviewed/): 深度, like 深入, is an adverb before the verb
    # that reports the program carried out, so the head after the quote stays in its name
    text = "推进“三教”改革深度开展，探索建立具有山东特色的高层次学徒制技能人才培养模式。"
    assert _implemented(text, "山东") == {("山东", "“三教”改革")}
    # round 88 (gwr2026-sichuan, reviewed/): a topic clause that builds a facility (…航天港) is
    # a task of its own, not the aim of the program after it
    text = "加快建设西部商业航天港，办好“中国航天日”主场活动，打造低空产业创新、场景应用高地。"
    assert not _served(text, "四川")


def test_read_in_0_9_257() -> None:
    # rounds 86 and 91 (policy-shandong-041, gwr2026-anhui, reviewed/): an unmarked platform
    # that only says it innovates in a field is a kind, not a program
    text = "加快中医药传承创新平台建设，增强亳州“世界中医药之都”等品牌影响力。"
    assert not _implemented(text, "安徽")
    # a centre of innovation is a role a place is given, and stays a program
    text = "北京加快建设国际科技创新中心。"
    assert _implemented(text, "北京") == {("北京", "国际科技创新中心")}


def test_read_in_0_9_258() -> None:
    # years written as a year's 年度 or a range, and a plan title's closing note, are no
    # word of a name or of its topic (xwlb-20250727-08, reviewed/: …三年行动计划（2025年—2027年）)
    assert _implemented("湖南实施2025年度城市更新行动计划。", "湖南") == {
        ("湖南", "城市更新行动计划")
    }
    assert _implemented("湖南印发2024—2026年城市更新行动计划。", "湖南") == {
        ("湖南", "城市更新行动计划")
    }
    text = "《北京中轴线保护传承三年行动计划（2025年—2027年）》正式发布。"
    assert {o for s, o in _served(text, "北京")} == {"中轴线保护传承"}
    # a title that closes with its edition or standing is still a plan's
    text = "湖南发布《湖南省城市更新行动方案（2025年版）》。"
    assert _implemented(text, "湖南") == {("湖南", "湖南省城市更新行动方案(2025年版)")}
    assert {o for s, o in _served(text, "湖南")} == {"城市更新"}


def test_read_in_0_9_259() -> None:
    # a count of two thousand is no year: its number stays with its unit (0.9.258 read
    # 2000亩高标准农田建设项目 as serving 亩高标准农田)
    assert not _served("湖南实施2000亩高标准农田建设项目。", "湖南")
    assert not {o for s, o in _served("湖南实施2000家企业上云行动。", "湖南") if o.startswith("家")}
    # a draft's and a revised edition's notes close a title as the years do
    text = "湖南发布《湖南省城市更新行动方案（2025年修订版）》。"
    assert _implemented(text, "湖南") == {("湖南", "湖南省城市更新行动方案(2025年修订版)")}
    assert {o for s, o in _served(text, "湖南")} == {"城市更新"}
    text = "湖南制定《湖南省碳达峰实施方案（草案）》。"
    assert {o for s, o in _served(text, "湖南")} == {"碳达峰碳中和"}


def _programs_named(text: str) -> set[str]:
    return {m.label for m in kg.extract(text, id="t").mentions if m.kind == "program"}


def test_read_in_0_9_260() -> None:
    # a type word after a preposition or an adverb is no name's head (0.9.259 named the
    # programs 天问二号探测器已经按计划 and 各地各高校积极行动)
    assert not _programs_named("此外，天问二号探测器已经按计划完成了技术区总装。")
    assert not _programs_named("此外，航天员按计划开展了空间站管道检测。")
    assert not _programs_named("教育部组织各地各高校积极行动，全力促进就业。")
    # nor is a phrase that runs over 已有 (第一期工程已有部分项目 was a program)
    assert not _programs_named("宝山钢铁总厂建设，第一期工程已有部分项目投产。")
    # a name keeps such words inside it, and a joint action is still one
    assert "数据要素按价值贡献参与分配机制" in _programs_named(
        "山东建立数据要素按价值贡献参与分配机制。"
    )
    assert _implemented("湖南开展“清风”联合行动。", "湖南") == {("湖南", "“清风”联合行动")}
    # 一期 (one round of a yearly program) opens no label
    text = "山东每年实施一期泰山产业领军人才工程创新领军人才项目。"
    assert _implemented(text, "山东") == {("山东", "泰山产业领军人才工程创新领军人才项目")}


def test_read_in_0_9_261() -> None:
    # a phrase does not run back over a modal or a pronoun (0.9.260 named the programs
    # 地方政府要加大试验区 and 其改扩建工程), and 精品工程 names no one program
    assert not _programs_named("会议强调，地方政府要加大试验区建设力度。")
    assert not _programs_named("目前，其改扩建工程已经开工。")
    assert not _programs_named("高标准抓好组织实施，着力打造精品工程。")
    assert _implemented("湖南实施精品旅游产业智能提升工程。", "湖南") == {
        ("湖南", "精品旅游产业智能提升工程")
    }
