"""Tests for kg.read: files, encodings, formats and the errors users see."""

from __future__ import annotations

import codecs
import io
import json
import os
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import (
    decode_bytes,
    detect_date,
    detect_title,
    expand_inputs,
    read_bytes,
    read_path,
    read_text,
)
from kg.text.normalize import matching_text
from tests.paths import ROOT

BODY = "湖南实施干部教育培训“三百工程”。\n该工程计划用三年时间培养三百名骨干人才。\n"
TEXT = "湖南实施干部教育培训三百工程\n发布时间：2025年07月25日\n" + BODY
TRADITIONAL = "湖南、天津實施幹部教育培訓「三百工程」"
SIMPLIFIED = "湖南、天津实施干部教育培训“三百工程”，成效明显。"

PAGE = """<!DOCTYPE html>
<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=gbk">
<title>湖南实施干部教育培训三百工程_要闻_湖南省人民政府网</title>
<meta name="PubDate" content="2025-07-25 10:00">
<script>var note = "脚本里的文字不要";</script>
<style>p { color: red }</style>
</head>
<body>
<div id="topNav"><ul><li><a href="/">首页</a></li><li>新闻中心</li></ul></div>
<header><p>湖南省人民政府门户网站欢迎您</p></header>
<nav>首页 政务公开 办事服务</nav>
<div class="wrap">
  <div class="breadcrumb">当前位置：首页 &gt; 要闻</div>
  <div class="article-title"><h1>湖南实施干部教育培训
  “三百工程”</h1></div>
  <div class="content">
    <p>　　近日，湖南省委组织部印发通知，<strong>全面实施</strong>干部教育培训“三百工程”。</p>
    <p>　　该工程计划用三年时间，培训一百名领军人才、一百名骨干人才和一百名青年人才。</p>
    <table><tr><td>项目</td><td>人数</td></tr></table>
  </div>
  <div class="share-box">分享到：微信 微博 朋友圈</div>
</div>
<div class="sidebar"><p>热点新闻：长沙举办的各种活动以及其他新闻和更多的新闻报道</p></div>
<footer>版权所有：湖南省人民政府办公厅 湘ICP备</footer>
</body></html>
"""

ARTICLE_PAGE = """<html><head><meta charset="utf-8">
<meta property="og:title" content="浙江深化千万工程">
<title>浙江深化千万工程 - 新华网</title></head>
<body><aside>相关阅读：其他地方的新闻很多很多很多</aside>
<article><header><h1>浙江持续深化“千万工程”</h1></header>
<p>浙江以“千万工程”为牵引，<a href="#">推进</a>乡村全面振兴。</p>
<ul><li>一是抓规划</li><li>二是抓落实</li></ul>
<div class="comments">网友评论：说得好说得好说得好说得好说得好说得好说得好</div>
</article>
<form><p>请输入搜索内容</p></form>
</body></html>
"""


def write(path: Path, data: bytes | str) -> str:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return str(path)


def problem(excinfo: pytest.ExceptionInfo[InputError]) -> str:
    return excinfo.value.problem


# ------------------------------------------------------------------ text files


def test_read_txt(tmp_path: Path) -> None:
    path = write(tmp_path / "a" / "gwr2026-jiangxi.txt", TEXT)
    [doc] = read_path(path)
    assert doc.id == "gwr2026-jiangxi"
    assert doc.text == TEXT
    assert doc.title == "湖南实施干部教育培训三百工程"
    assert doc.date == "2025-07-25"
    assert doc.source == path
    assert doc.encoding == "utf-8"


def test_read_md_strips_heading_marker_from_title(tmp_path: Path) -> None:
    path = write(tmp_path / "note.md", "# 浙江千万工程\n\n" + BODY)
    [doc] = read_path(path)
    assert doc.id == "note"
    assert doc.title == "浙江千万工程"
    assert doc.text.startswith("# 浙江千万工程\n")


def test_crlf_and_cr_become_newlines(tmp_path: Path) -> None:
    path = write(tmp_path / "crlf.txt", "第一行。\r\n第二行。\r第三行。\r\n".encode())
    [doc] = read_path(path)
    assert doc.text == "第一行。\n第二行。\n第三行。\n"


def test_text_is_kept_as_written(tmp_path: Path) -> None:
    text = "  臺灣ＧＤＰ增长５％，「三百工程」！\n"
    [doc] = read_path(write(tmp_path / "t.txt", text))
    assert doc.text == text


def test_read_text() -> None:
    doc = read_text("浙江千万工程\r\n2024年1月5日\n浙江推进千万工程。")
    assert doc.text == "浙江千万工程\n2024年1月5日\n浙江推进千万工程。"
    assert doc.id.startswith("text-") and len(doc.id) == 17
    assert doc.title == "浙江千万工程"
    assert doc.date == "2024-01-05"
    assert read_text("湖南。").id == read_text("湖南。").id != read_text("浙江。").id
    given = read_text("湖南。", id="x", title="T", date="2020", source="s", province="hunan")
    assert (given.id, given.title, given.date, given.source, given.province) == (
        "x",
        "T",
        "2020",
        "s",
        "hunan",
    )


# ------------------------------------------------------------------ encodings


@pytest.mark.parametrize(
    ("encoded", "encoding"),
    [
        (SIMPLIFIED.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"), "utf-8-sig"),
        (codecs.BOM_UTF16_LE + SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (codecs.BOM_UTF16_BE + SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
        (codecs.BOM_UTF32_LE + SIMPLIFIED.encode("utf-32-le"), "utf-32-le"),
        (SIMPLIFIED.encode("utf-16-le"), "utf-16-le"),
        (SIMPLIFIED.encode("utf-16-be"), "utf-16-be"),
        (SIMPLIFIED.encode("gb18030"), "gb18030"),
        (SIMPLIFIED.encode("gbk"), "gb18030"),
    ],
)
def test_decode_encodings(encoded: bytes, encoding: str) -> None:
    assert decode_bytes(encoded, "x.txt") == (SIMPLIFIED, encoding)


def test_utf16_without_bom_ascii_heavy() -> None:
    text = "Report 2025: 湖南 implements the 300 project.\n"
    assert decode_bytes(text.encode("utf-16-le"), "x") == (text, "utf-16-le")
    assert decode_bytes(text.encode("utf-16-be"), "x") == (text, "utf-16-be")


def test_gb18030_file(tmp_path: Path) -> None:
    path = write(tmp_path / "gb.txt", TEXT.encode("gb18030"))
    [doc] = read_path(path)
    assert doc.text == TEXT
    assert doc.encoding == "gb18030"


def test_big5_keeps_traditional_text(tmp_path: Path) -> None:
    path = write(tmp_path / "big5.txt", TRADITIONAL.encode("big5"))
    [doc] = read_path(path)
    assert doc.text == TRADITIONAL
    assert doc.encoding in ("big5", "big5hkscs")
    assert matching_text(doc.text) == "湖南、天津实施干部教育培训「三百工程」"


def test_longer_big5_text_is_not_mistaken_for_gbk() -> None:
    text = (
        "湖南省委組織部印發通知，全面實施幹部教育培訓「三百工程」。該工程計劃用三年時間培養骨幹人才。\n"
        * 5
    )
    decoded, encoding = decode_bytes(text.encode("big5"), "x")
    assert decoded == text
    assert encoding in ("big5", "big5hkscs")


def test_html_declaring_gbk(tmp_path: Path) -> None:
    path = write(tmp_path / "page.html", PAGE.encode("gbk"))
    [doc] = read_path(path)
    assert doc.encoding == "gb18030"
    assert "全面实施干部教育培训“三百工程”" in doc.text


def test_declared_charset_is_used_for_ambiguous_bytes() -> None:
    # Two characters are too few to detect; the declaration decides.
    data = b"<html><head><meta charset='big5'></head><body><p>" + "幹部".encode("big5")
    assert decode_bytes(data, "x.html", "big5")[1] == "big5"


# ------------------------------------------------------------------ HTML


def test_html_keeps_the_article_and_drops_the_page_furniture(tmp_path: Path) -> None:
    path = write(tmp_path / "hn-300.htm", PAGE.encode("gbk"))
    [doc] = read_path(path)
    assert doc.id == "hn-300"
    assert doc.text == (
        "近日，湖南省委组织部印发通知，全面实施干部教育培训“三百工程”。\n"
        "该工程计划用三年时间，培训一百名领军人才、一百名骨干人才和一百名青年人才。\n"
        "项目 人数"
    )
    assert doc.title == "湖南实施干部教育培训“三百工程”"
    assert doc.date == "2025-07-25"
    for furniture in ("脚本", "首页", "欢迎您", "分享到", "热点新闻", "版权所有", "当前位置"):
        assert furniture not in doc.text


def test_html_article_element(tmp_path: Path) -> None:
    [doc] = read_path(write(tmp_path / "zj.html", ARTICLE_PAGE))
    assert doc.text == (
        "浙江持续深化“千万工程”\n浙江以“千万工程”为牵引，推进乡村全面振兴。\n一是抓规划\n二是抓落实"
    )
    assert doc.title == "浙江持续深化“千万工程”"
    assert doc.date is None


def test_html_title_falls_back_to_og_title_then_title_without_site_suffix() -> None:
    page = ARTICLE_PAGE.replace("<header><h1>浙江持续深化“千万工程”</h1></header>", "")
    [doc] = read_bytes(page.encode(), "a.html")
    assert doc.title == "浙江深化千万工程"
    page = page.replace('<meta property="og:title" content="浙江深化千万工程">', "")
    page = page.replace(
        "<title>浙江深化千万工程 - 新华网</title>", "<title>浙江深化工程|新闻|新华网</title>"
    )
    [doc] = read_bytes(page.encode(), "a.html")
    assert doc.title == "浙江深化工程"


def test_html_date_from_text_outside_the_main_block() -> None:
    page = (
        "<html><body><div class='info'>来源：新华社 发布时间：2024-03-05</div>"
        "<div class='text'><p>浙江以千万工程为牵引推进乡村振兴。</p>"
        "<p>全省各地持续深化千万工程建设。</p></div></body></html>"
    )
    [doc] = read_bytes(page.encode(), "b.html")
    assert doc.date == "2024-03-05"
    assert doc.text == "浙江以千万工程为牵引推进乡村振兴。\n全省各地持续深化千万工程建设。"


def test_html_lines_come_from_blocks_not_source_newlines() -> None:
    page = "<div><p>浙江以\n  千万工程为牵引\n推进 village\n revival</p><pre>第一行\n第二行</pre></div>"
    [doc] = read_bytes(page.encode(), "c.html")
    assert doc.text == "浙江以千万工程为牵引推进 village revival\n第一行\n第二行"


def test_html_nested_deeper_than_the_parser_allows_still_gives_its_text() -> None:
    page = "<html><body>" + "<div>" * 3000 + "<p>湖南实施三百工程。</p>" + "</div>" * 3000
    [doc] = read_bytes((page + "</body></html>").encode(), "deep.html")
    assert doc.text == "湖南实施三百工程。"


def test_html_without_text_is_empty(tmp_path: Path) -> None:
    path = write(tmp_path / "empty.html", "<html><body><script>x()</script></body></html>")
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert problem(excinfo).startswith("empty document")


# ------------------------------------------------------------------ JSON Lines


def test_jsonl_with_metadata(tmp_path: Path) -> None:
    lines = [
        {
            "id": "hn-1",
            "text": "湖南实施三百工程。",
            "title": "湖南三百工程",
            "date": "2025-07-25",
            "url": "https://example.cn/hn-1",
            "province": "hunan",
        },
        {"id": 7, "text": "浙江推进千万工程。"},
        {"text": "江西发布时间：2023年9月27日，江西推进工作。"},
    ]
    data = "\n".join(json.dumps(line, ensure_ascii=False) for line in lines[:2])
    data += "\n\n" + json.dumps(lines[2], ensure_ascii=False) + "\n"
    path = write(tmp_path / "news.jsonl", data)
    first, second, third = read_path(path)
    assert first.id == "hn-1"
    assert first.text == "湖南实施三百工程。"
    assert first.title == "湖南三百工程"
    assert first.date == "2025-07-25"
    assert first.source == "https://example.cn/hn-1"
    assert first.province == "hunan"
    assert second.id == "7"
    assert second.source == path
    assert second.title is None
    assert third.id == "news-4"
    assert third.date == "2023-09-27"


def test_jsonl_dates_are_read_as_dates_or_left_out(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    # a date kept as written sorted wrong in diffusion (20250101 after 2025-02-30)
    dates = ["20250101", "２０２５/1/3", "2025-02-30", "250101", "2025-03"]
    lines = [{"id": f"d{i}", "text": "湖南实施三百工程。", "date": d} for i, d in enumerate(dates)]
    lines.append(
        {"id": "d5", "text": "发布时间：2023年9月27日。湖南实施三百工程。", "date": "昨天"}
    )
    data = "".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines)
    with caplog.at_level("WARNING", logger="kg.read"):
        docs = read_path(write(tmp_path / "news.jsonl", data))
    assert [d.date for d in docs] == [
        "2025-01-01",
        "2025-01-03",
        None,
        None,
        "2025-03",
        "2023-09-27",
    ]
    warned = [r.getMessage() for r in caplog.records]
    assert len(warned) == 3 and "line 3: 'date' '2025-02-30' is not a date" in warned[0]


def test_jsonl_truncated_last_line_names_the_line(tmp_path: Path) -> None:
    data = '{"id": "a", "text": "湖南。"}\n{"id": "b", "text": "浙江。"}\n{"id": "c", "text": "江'
    path = write(tmp_path / "cut.jsonl", data)
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert excinfo.value.line == 3
    assert problem(excinfo).startswith("invalid JSON (")
    assert str(excinfo.value).startswith(f"{path}: line 3: invalid JSON")


def test_jsonl_missing_delimiter(tmp_path: Path) -> None:
    path = write(tmp_path / "bad.jsonl", '{"id": "a" "text": "湖南。"}\n')
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert problem(excinfo) == "invalid JSON (Expecting ',' delimiter)"
    assert excinfo.value.line == 1


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"id": "a"}', "missing 'text'"),
        ('{"id": "a", "text": "  "}', "missing 'text'"),
        ('{"id": "a", "text": 5}', "'text' must be a string"),
        ('["湖南"]', "not a JSON object"),
        ('{"id": [1], "text": "湖南。"}', "'id' must be a string or a number"),
        ('{"id": "ok", "text": "湖南。"}', "duplicate id 'ok' (first used on line 1)"),
    ],
)
def test_jsonl_bad_records(tmp_path: Path, line: str, message: str) -> None:
    path = write(tmp_path / "bad.jsonl", '{"id": "ok", "text": "浙江。"}\n' + line + "\n")
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert problem(excinfo) == message
    assert excinfo.value.line == 2


# ------------------------------------------------------------------ stdin


def test_stdin_text() -> None:
    data = TEXT.encode("gb18030")
    [doc] = read_path("-", stdin=io.BytesIO(data))
    assert doc.id.startswith("stdin-") and len(doc.id) == len("stdin-") + 12
    assert doc.text == TEXT
    assert doc.title == "湖南实施干部教育培训三百工程"


def test_stdin_jsonl_and_html_are_sniffed() -> None:
    jsonl = '{"id": "a", "text": "湖南。"}\n{"text": "浙江。"}\n'.encode()
    assert [d.id for d in read_path("-", stdin=io.BytesIO(jsonl))] == ["a", "stdin-2"]
    [doc] = read_path("-", stdin=io.BytesIO(PAGE.encode("gbk")))
    assert doc.text.startswith("近日，湖南省委组织部印发通知")
    assert doc.encoding == "gb18030"


def test_stdin_jsonl_with_a_broken_first_line_is_still_json_lines() -> None:
    # the broken line is named (or, with bad=, listed), not read as prose with the rest
    jsonl = '{"id": "a", "text": 湖南。}\n{"id": "b", "text": "浙江。"}\n'.encode()
    with pytest.raises(InputError, match="line 1: invalid JSON"):
        read_path("-", stdin=io.BytesIO(jsonl))
    bad: list[InputError] = []
    assert [d.id for d in read_path("-", stdin=io.BytesIO(jsonl), bad=bad)] == ["b"]
    assert [e.line for e in bad] == [1]


def test_read_bytes_rejects_an_unknown_format_name() -> None:
    with pytest.raises(ValueError):
        read_bytes(b"abc", "x.txt", fmt="pdf")


def test_read_bytes_with_explicit_format() -> None:
    [doc] = read_bytes("<p>湖南。</p>".encode(), "x.txt", fmt="html")
    assert doc.text == "湖南。"
    [doc] = read_bytes("<p>湖南。</p>".encode(), "x.html", fmt="text")
    assert doc.text == "<p>湖南。</p>"


# ------------------------------------------------------------------ errors


def test_missing_path() -> None:
    with pytest.raises(InputError) as excinfo:
        read_path("/no/such/file.txt")
    assert problem(excinfo) == "no such file or directory"
    assert excinfo.value.path == "/no/such/file.txt"


def test_unsupported_suffix(tmp_path: Path) -> None:
    path = write(tmp_path / "data.xyz", "湖南")
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert problem(excinfo) == (
        "unsupported format '.xyz' (expected .txt, .md, .html, .htm or .jsonl)"
    )


def test_png_is_binary(tmp_path: Path) -> None:
    path = write(tmp_path / "pic.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100))
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert problem(excinfo) == "binary file, not text (looks like PNG image)"


def test_random_bytes_with_nuls_are_binary(tmp_path: Path) -> None:
    data = bytes(range(256)) * 8 + os.urandom(1024)
    path = write(tmp_path / "noise.txt", data)
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert problem(excinfo).startswith("binary file, not text")


def test_control_characters_are_binary() -> None:
    data = bytes(b for _ in range(64) for b in range(1, 32) if b not in (9, 10, 12, 13))
    with pytest.raises(InputError) as excinfo:
        decode_bytes(data, "x")
    assert problem(excinfo).startswith("binary file, not text")


@pytest.mark.parametrize(
    "data", [b"", b" \n\t\r\n", codecs.BOM_UTF8 + b"  \n", "\u3000\n".encode()]
)
def test_empty_file(tmp_path: Path, data: bytes) -> None:
    path = write(tmp_path / "empty.txt", data)
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert problem(excinfo) == "empty document"


def test_invalid_utf8_with_bom() -> None:
    data = codecs.BOM_UTF8 + "湖南".encode() + b"\xff\xfe"
    with pytest.raises(InputError) as excinfo:
        decode_bytes(data, "x.txt")
    assert problem(excinfo) == "invalid UTF-8 at byte 9 although the file declares UTF-8"


def test_invalid_utf8_in_html_declaring_utf8(tmp_path: Path) -> None:
    data = '<html><head><meta charset="utf-8"></head><body><p>湖南'.encode() + b"\xb9\xfe</p>"
    path = write(tmp_path / "bad.html", data)
    with pytest.raises(InputError) as excinfo:
        read_path(path)
    assert problem(excinfo) == (
        f"invalid UTF-8 at byte {len(data) - 6} although the file declares UTF-8"
    )


def test_undetectable_encoding() -> None:
    with pytest.raises(InputError) as excinfo:
        decode_bytes("Größe ändern, café crème brûlée".encode("latin-1"), "x")
    assert problem(excinfo) == "cannot detect the text encoding"


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError) as excinfo:
        read_path(str(tmp_path))
    assert "directory" in problem(excinfo)


# ------------------------------------------------------------------ inputs


def test_expand_directories_recursively(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", "乙")
    write(tmp_path / "a" / "z.html", "<p>甲</p>")
    write(tmp_path / "a" / "deep" / "y.jsonl", '{"text": "丙"}')
    write(tmp_path / "a" / "picture.png", b"\x89PNG")
    write(tmp_path / ".git" / "c.txt", "丁")
    write(tmp_path / "c.MD", "戊")
    got = expand_inputs([str(tmp_path), "-"])
    root = str(tmp_path)
    assert got == [
        os.path.join(root, "a", "deep", "y.jsonl"),
        os.path.join(root, "a", "z.html"),
        os.path.join(root, "b.txt"),
        os.path.join(root, "c.MD"),
        "-",
    ]


def test_expand_globs(tmp_path: Path) -> None:
    write(tmp_path / "x2.txt", "乙")
    write(tmp_path / "x1.txt", "甲")
    write(tmp_path / "sub" / "x3.txt", "丙")
    write(tmp_path / "sub" / "x4.csv", "丁")
    root = str(tmp_path)
    assert expand_inputs([os.path.join(root, "x?.txt")]) == [
        os.path.join(root, "x1.txt"),
        os.path.join(root, "x2.txt"),
    ]
    assert expand_inputs([os.path.join(root, "**", "*.txt")]) == [
        os.path.join(root, "sub", "x3.txt"),
        os.path.join(root, "x1.txt"),
        os.path.join(root, "x2.txt"),
    ]
    assert expand_inputs([os.path.join(root, "sub", "*")]) == [os.path.join(root, "sub", "x3.txt")]
    # A file named as given is kept even when a glob lists it too, once.
    given = os.path.join(root, "x1.txt")
    assert expand_inputs([given, os.path.join(root, "x[12].txt")]) == [
        given,
        os.path.join(root, "x2.txt"),
    ]


def test_expand_errors(tmp_path: Path) -> None:
    missing = str(tmp_path / "nope.txt")
    with pytest.raises(InputError) as excinfo:
        expand_inputs([missing])
    assert (excinfo.value.path, problem(excinfo)) == (missing, "no such file or directory")
    pattern = str(tmp_path / "*.jsonl")
    with pytest.raises(InputError) as excinfo:
        expand_inputs([pattern])
    assert (excinfo.value.path, problem(excinfo)) == (pattern, "pattern matches no file")


def test_file_names_split_as_pathlib_splits_them() -> None:
    """Suffix and stem come from string functions; they agree with PurePath's."""
    from pathlib import PurePath

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from kg.read.inputs import file_name as _file_name
    from kg.read.inputs import file_stem as _stem
    from kg.read.inputs import file_suffix as _suffix

    @settings(max_examples=500, deadline=None, database=None)
    @given(
        st.lists(st.sampled_from(["a", ".", "/", "湖南", "..", ".txt", ".JSONL", " "])).map("".join)
    )
    def check(path: str) -> None:
        expected = PurePath(path)
        assert (_file_name(path), _suffix(path), _stem(path)) == (
            expected.name,
            expected.suffix,
            expected.stem,
        )

    check()


# ------------------------------------------------------------------ metadata


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("来源：中国组织人事报  发布时间:2023年09月27日\n正文。", "2023-09-27"),
        ("发布日期：2025-07-25", "2025-07-25"),
        ("会议于2025年7月25日召开。", "2025-07-25"),
        ("2025.07.25 湖南", "2025-07-25"),
        ("日期 2025/7/25", "2025-07-25"),
        ("发布时间：２０２５年７月２５日", "2025-07-25"),
        ("發佈時間：2021年3月1日", "2021-03-01"),
        ("湖南省人民政府\n二〇二五年七月二十五日", "2025-07-25"),
        ("2019年5月1日召开会议。发布时间：2020-06-30", "2020-06-30"),
        ("2025年13月1日，2025-02-30，2025-07/25", None),
        ("湖南实施三百工程。", None),
        # A date in a paragraph is an event, not the publication date.
        (
            "2020年1月3日，习近平总书记在主持召开中央财经委员会第六次会议时，作出推动成渝地区双城经济圈建设的重大战略部署。",
            None,
        ),
        (
            "新华网\n2025-01-03 21:30\n2020年1月3日，习近平总书记在主持召开中央财经委员会第六次会议时作出部署。",
            "2025-01-03",
        ),
    ],
)
def test_detect_date(text: str, date: str | None) -> None:
    assert detect_date(text) == date


def test_detect_date_looks_at_the_start_and_the_end_only() -> None:
    filler = "湖南实施三百工程。" * 300
    assert detect_date(filler + "2024年1月2日" + filler) is None
    assert detect_date(filler + "\n（2024年1月2日）") == "2024-01-02"


def test_the_date_pattern_finds_what_its_plain_form_finds() -> None:
    """_DATE opens with a class for speed; it matches as the pattern written plainly."""
    import re

    from hypothesis import given, settings
    from hypothesis import strategies as st

    from kg.read.meta import _DATE

    plain = re.compile(
        r"(?<!\d)(?P<y>\d{4})\s*(?:"
        r"年\s*(?P<m1>\d{1,2})\s*月\s*(?P<d1>\d{1,2})(?!\d)"
        r"|(?P<sep>[-./])(?P<m2>\d{1,2})(?P=sep)(?P<d2>\d{1,2})(?!\d)"
        r")"
        r"|(?P<cy>[〇零一二三四五六七八九]{4})年(?P<cm>[一二三四五六七八九十]{1,2})月"
        r"(?P<cd>[一二三四五六七八九十]{1,3})日"
    )
    groups = ("m1", "d1", "sep", "m2", "d2", "cm", "cd")

    def found(pattern: re.Pattern[str], text: str) -> list[tuple[object, ...]]:
        return [(m.span(), *m.group(*groups)) for m in pattern.finditer(text)]

    @settings(max_examples=500, deadline=None, database=None)
    @given(st.text(st.sampled_from("2025１٣〇零二十一三年月日-./ \n发"), max_size=30))
    def check(text: str) -> None:
        assert found(_DATE, text) == found(plain, text)

    check()
    text = "发布时间：2023年09月27日 12025-1-2 二〇二五年七月二十五日 2025/7/25"
    assert found(_DATE, text) == found(plain, text) != []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("\n\n  湖南实施三百工程  \n正文。", "湖南实施三百工程"),
        ("湖南实施三百工程。\n正文。", None),
        ("湖" * 61 + "\n正文。", None),
        ("湖" * 60 + "\n正文。", "湖" * 60),
        ("## 第二章 总体要求\n", "第二章 总体要求"),
        ("", None),
    ],
)
def test_detect_title(text: str, title: str | None) -> None:
    assert detect_title(text) == title


def test_bundled_sample() -> None:
    sample = ROOT / "kg" / "samples" / "seed-2023-09-27-zuzhi.txt"
    [doc] = read_path(str(sample))
    assert doc.id == "seed-2023-09-27-zuzhi"
    assert doc.date == "2023-09-27"
    assert "各省区市" in doc.text


@pytest.mark.slow
def test_a_large_file_without_line_breaks(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_bytes(("湖南实施干部教育培训三百工程" * 1_200_000).encode())  # 50 MB
    [doc] = read_path(str(path))
    assert len(doc.text) == 14 * 1_200_000
    assert doc.title is None


def test_title_skips_saved_page_navigation(tmp_path: Path) -> None:
    from kg.resources import sample_path

    doc = read_path(str(sample_path()))[0]
    assert (
        doc.title == "深入学习领会习近平总书记关于党的建设的重要思想 坚持不懈用党的创新理论凝心铸魂"
    )
    assert doc.date == "2023-09-27"
    assert (
        detect_title("首页 | 新闻\n组织工作\n湖南实施“三百工程”综述\n正文。")
        == "湖南实施“三百工程”综述"
    )
