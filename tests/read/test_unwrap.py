"""Lines wrapped at a fixed width (text copied out of a PDF) are joined when read."""

from __future__ import annotations

from pathlib import Path

from kg.read import read_path, read_text
from kg.read.unwrap import display_width, unwrap_lines
from tests.paths import SHARED

# policy-shandong-023 of the shared corpus, as its PDF wrapped it (28 characters a line)
WRAPPED = """济南“鲲鹏+昇腾”生态创新中心
服务资源供给办法（V1.0）
第一章    总 则
第一条 为贯彻落实济南市人民政府与华为软件技术有限公
司签署的《三个创新中心落地战略合作框架协议》，确保财政资金
投入成效，规范济南“鲲鹏+昇腾”生态创新中心、华为（济南）
软件开发云创新中心、华为（济南）人工智能创新中心（以下简
称“三个创新中心”）运营，促进我市软件和信息技术服务业高质
量发展，加速传统产业与人工智能融合发展，推动信息技术应用
创新产业向“鲲鹏+昇腾”国产化技术路线演进，引导我市企业、
高校和科研机构（以下简称“服务资源使用单位”）合理申请、使
用三个创新中心服务资源，制定本办法。
第二条 本办法所指的三个创新中心服务资源包括 X86 资源
类、EI 产品服务类、鲲鹏产品服务类、软件开发产品服务类等。
"""


def test_a_wrapped_paragraph_is_one_line_and_headings_stay_apart() -> None:
    out = unwrap_lines(WRAPPED)
    lines = out.splitlines()
    assert lines[:3] == [
        "济南“鲲鹏+昇腾”生态创新中心",
        "服务资源供给办法（V1.0）",
        "第一章    总 则",
    ]
    assert lines[3].startswith("第一条 为贯彻落实济南市人民政府与华为软件技术有限公司签署")
    assert lines[3].endswith("使用三个创新中心服务资源，制定本办法。")
    assert "软件开发云创新中心" in out and "高质量发展" in out
    assert (
        lines[4]
        == "第二条 本办法所指的三个创新中心服务资源包括 X86 资源类、EI 产品服务类、鲲鹏产品服务类、软件开发产品服务类等。"
    )
    assert len(lines) == 5


def test_text_of_paragraphs_and_short_texts_stay_as_written() -> None:
    story = "\n".join(
        [
            "浙江推进千万工程",
            "央视网消息（新闻联播）：今年以来，浙江深入实施“千万工程”，乡村面貌持续改善。",
            "在湖州，当地推进农村人居环境整治，建设美丽乡村。",
            "在丽水，生态产品价值实现机制试点不断深化，群众收入稳步增长，山区发展的路子越走越宽。",
        ]
        * 4
    )
    assert unwrap_lines(story) == story
    assert unwrap_lines("短文本\n没有换行的必要\n") == "短文本\n没有换行的必要\n"


def test_rows_of_a_table_and_page_numbers_are_not_joined() -> None:
    rows = "\n".join(["1-2.5MHz -10dBm 1MHz 有效值检波"] * 12)
    assert unwrap_lines(rows) == rows
    page = "基本概念：利用人工智能技术开展医学影像检查质量评价、\n— 3 —\n分析，提高质量。\n"
    text = WRAPPED + page
    assert "评价、\n— 3 —\n分析" in unwrap_lines(text)


def test_width_counts_wide_characters_twice() -> None:
    assert display_width("CT、MRI") == 7 and display_width("济南") == 4


def test_a_wrapped_text_file_reads_as_joined_lines(tmp_path: Path) -> None:
    path = tmp_path / "policy.txt"
    path.write_text(WRAPPED, encoding="utf-8")
    [doc] = read_path(str(path))
    assert doc.text == unwrap_lines(WRAPPED)
    # the names the wrap cut in two are whole again, for the extractor too
    assert "华为（济南）软件开发云创新中心" in doc.text
    assert read_text(WRAPPED).text == doc.text


def test_the_wrapped_corpus_document_loses_no_character_but_line_breaks() -> None:
    path = SHARED / "corpus" / "policy_docs_central_shandong" / "policy-shandong-023.txt"
    raw = path.read_text(encoding="utf-8")
    [doc] = read_path(str(path))
    assert doc.text.replace("\n", "") == raw.replace("\n", "")
    assert doc.text.count("\n") < raw.count("\n") * 2 // 3


def test_a_note_or_a_quoted_name_cut_by_a_line_break_is_joined() -> None:
    # policy-central-166: a note on who leads; policy-central-025: a quoted name
    text = "每年举办场景对接活动。(青岛市绿色低碳高\n质量发展先行区建设办公室负责)\n(十七)智驾之都"
    assert unwrap_lines(text) == (
        "每年举办场景对接活动。(青岛市绿色低碳高质量发展先行区建设办公室负责)\n(十七)智驾之都"
    )
    text = "北京坚持从办好“一件事”入手，打造“无事\n不扰、无处不在”的一体化综合监管体系；"
    assert "\n" not in unwrap_lines(text)
    # quotes and brackets closed on their own line stay apart
    assert unwrap_lines("标题“甲”\n正文“乙”。") == "标题“甲”\n正文“乙”。"
    assert unwrap_lines("第一行（注\n第二行") == "第一行（注\n第二行"
