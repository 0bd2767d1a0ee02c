"""Mentions: provinces, places, themes, quoted names and titles in real sentences of the corpus."""

from __future__ import annotations

from kg.text.lexicon import load_lexicon
from kg.text.mentions import (
    TYPE_WORDS,
    find_book_titles,
    find_quotes,
    gazetteer,
    program_key,
)


def test_a_province_and_its_city_are_found_in_order() -> None:
    gaz = gazetteer(load_lexicon())
    hits = gaz.geo("在科技创新高地浙江杭州，记者发现，这里正积极拓宽应用场景")
    assert [(h.kind, h.key, h.province, h.start, h.end) for h in hits] == [
        ("province", "zhejiang", "zhejiang", 7, 9),
        ("place", "hangzhou", "zhejiang", 9, 11),
    ]


def test_one_character_abbreviations_count_only_inside_a_compound() -> None:
    gaz = gazetteer(load_lexicon())
    text = "不久前，川渝两地合作共建的万州新田港二期工程全面建成"
    assert [(h.key, h.start) for h in gaz.abbreviation_compounds(text)] == [
        ("sichuan", 4),
        ("chongqing", 5),
    ]
    assert gaz.abbreviation_compounds("川菜和渝菜") == []  # no compound: no province


def test_themes_are_leftmost_longest() -> None:
    lex = load_lexicon()
    gaz = gazetteer(lex)
    text = "成渝地区双城经济圈建设五年来，川渝两地牢固树立“一盘棋”思想"
    hits = gaz.themes(text)
    assert [(h.key, h.start, h.end) for h in hits] == [("chengdu-chongqing-circle", 0, 11)]
    labels = [lex.themes[h.key].label for h in gaz.themes("推动乡村全面振兴，助力高质量发展")]
    assert labels == ["乡村振兴", "高质量发展"]


def test_one_scan_of_many_spans_finds_what_each_span_finds() -> None:
    gaz = gazetteer(load_lexicon())
    sentences = [
        "在科技创新高地浙江杭州，记者发现，",
        "截至2024年，黑龙江综合立体交通网总里程达18.5万公里。",
    ]
    text = "".join(sentences)
    spans = [(0, len(sentences[0])), (len(sentences[0]), len(text))]
    assert gaz.geo_in_spans(text, spans) == [gaz.geo(s) for s in sentences]
    assert gaz.themes_in_spans(text, spans) == [gaz.themes(s) for s in sentences]


def test_quoted_names_and_titles_are_found_with_sentence_offsets() -> None:
    text = "成渝地区双城经济圈建设五年来，川渝两地牢固树立“一盘棋”思想和“一体化”发展理念"
    quotes = find_quotes(text)
    assert [q.text for q in quotes] == ["一盘棋", "一体化"]
    assert all(text[q.start : q.end] == q.text for q in quotes)
    text = (
        "国务院总理李强日前签署国务院令，公布《互联网平台企业涉税信息报送规定》，自公布之日起施行"
    )
    (title,) = find_book_titles(text)
    assert title.text == "互联网平台企业涉税信息报送规定"
    assert text[title.start - 1] == "《"


def test_an_unclosed_or_empty_quote_is_no_name() -> None:
    assert find_quotes("他说“”之后又说“没有结束") == []


def test_type_words_are_read_from_their_file_longest_first() -> None:
    assert "工程" in TYPE_WORDS and "大讲堂" in TYPE_WORDS
    assert TYPE_WORDS.index("大讲堂") < TYPE_WORDS.index("讲堂")  # 大讲堂 wins over 讲堂
    assert [len(w) for w in TYPE_WORDS] == sorted((len(w) for w in TYPE_WORDS), reverse=True)
    assert len(set(TYPE_WORDS)) == len(TYPE_WORDS)


def test_a_program_key_drops_quotes_and_a_leading_series_word() -> None:
    assert program_key("“三百工程”") == "三百工程"
    assert program_key("新一轮找矿突破战略行动") == "找矿突破战略行动"
    assert program_key("系列“三百工程”建设活动") == "三百工程建设活动"
    assert program_key("系列活动") == "系列活动"  # too short to lose its head


def test_a_program_key_drops_the_de_between_a_package_s_aim_and_its_kind() -> None:
    # one story writes 21项减轻企业负担政策举措, then 21项减轻企业负担的政策举措 (xwlb-20250221-10)
    assert program_key("21项减轻企业负担的政策举措") == program_key("21项减轻企业负担政策举措")
    assert program_key("促进民营经济高质量发展的32条措施") == "促进民营经济高质量发展32条措施"
    # not a 的 inside the aim, nor one before another head
    assert program_key("新时代的“枫桥经验”措施") == "新时代的枫桥经验措施"
    assert program_key("促进消费的系列活动") == "促进消费的系列活动"


def test_a_program_key_drops_an_event_s_year_or_edition() -> None:
    # an event recurs: its editions are one program (2025/2026全球工业互联网大会)
    assert program_key("第七届中国辽洽会") == program_key("第六届中国辽洽会") == "中国辽洽会"
    assert program_key("2026全球工业互联网大会") == "全球工业互联网大会"
    assert program_key("首届黑龙江冰雪运动超级联赛") == "黑龙江冰雪运动超级联赛"
    # not a plan's year or a name that opens with a number, nor a bare edition
    assert program_key("2025年行动计划") == "2025年行动计划"
    assert program_key("2030启航计划") == "2030启航计划"
    assert program_key("第三届大会") == "第三届大会"
