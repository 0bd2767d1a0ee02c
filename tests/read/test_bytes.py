"""Any bytes in, text XML can hold out (issue 14.5), and a bad url sinks no build (14.6)."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import cli
from kg.pipeline.build import build_documents, build_paths
from kg.read import read_bytes, read_text
from kg.store import Store
from kg.xmlchars import has_xml_forbidden, xml_safe

ESC = "河北实施“\x1b[31m红色\x1b[0m工程”。"


def test_forbidden_characters_are_replaced_one_for_one() -> None:
    text = "a\x00b\x08c\td\ne\x0bf\x1fg\ud800h\ufffei\uffffj\x7fk"
    safe = xml_safe(text)
    assert len(safe) == len(text)
    assert safe == "a\ufffdb\ufffdc\td\ne\ufffdf\ufffdg\ufffdh\ufffdi\ufffdj\x7fk"
    assert not has_xml_forbidden(safe) and has_xml_forbidden(text)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("esc.txt", ESC.encode()),
        ("esc.html", f"<html><body><p>{ESC}</p></body></html>".encode()),
        ("esc.jsonl", json.dumps({"id": "j", "text": ESC, "title": "t\x1b"}).encode() + b"\n"),
    ],
)
def test_documents_are_xml_safe_as_they_are_read(name: str, data: bytes) -> None:
    (doc,) = read_bytes(data, name)
    assert not has_xml_forbidden(doc.text + (doc.title or ""))
    at = doc.text.index("红色")
    assert doc.text[at - 6 : at] == "“\ufffd[31m"  # one for one: the offsets are the file's
    assert read_text(ESC).text == xml_safe(ESC)


def test_evidence_offsets_stay_true(memory_store: Store) -> None:
    text = "标题\x1b\x1b\n湖南、天津实施干部教育培训“三百工程”。\n"
    build_documents([read_text(text, id="esc")], memory_store)
    rows = memory_store.select(
        "SELECT ?t ?a ?b WHERE { ?s kg:text ?t ; kg:startOffset ?a ; kg:endOffset ?b }"
    )
    assert rows
    for r in rows:  # the offsets count in the text as it was given
        assert text[int(r["a"]) : int(r["b"])] == r["t"]


def test_a_bad_url_is_dropped_with_a_warning_naming_the_line(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    path = tmp_path / "news.jsonl"
    records = [
        {
            "id": "u1",
            "url": "http://example.com/a b",
            "text": "湖南、天津实施干部教育培训“三百工程”。",
        },
        {"id": "u2", "url": "https://example.com/ok", "text": "浙江实施“千村示范、万村整治”工程。"},
        {"id": "u3", "url": "http://[bad", "text": "四川实施“天府粮仓”行动。"},
    ]
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records), "utf-8")
    store = tmp_path / "store"
    with caplog.at_level(logging.WARNING, logger="kg.read"):
        with Store(store) as s:
            report = build_paths([str(path)], s)
    assert report.documents == 3 and not report.failed
    warned = [r.getMessage() for r in caplog.records]
    assert any(m.startswith(f"{path}: line 1: 'url'") for m in warned), warned
    assert any(m.startswith(f"{path}: line 3: 'url'") for m in warned), warned
    with Store(store, read_only=True) as s:
        sources = {r["src"] for r in s.select("SELECT ?src WHERE { ?d dcterms:source ?src }")}
    assert sources == {"https://example.com/ok"}


NASTY = ["http://a b", "http://[::1", "HTTP://x y", "\x1b", "\ufffe", "<>", "\\", "\u0000"]


@pytest.mark.parametrize("value", NASTY)
def test_no_field_of_a_record_makes_an_internal_error(tmp_path: Path, value: str) -> None:
    record = {
        "id": f"x{value}",
        "url": value,
        "title": value,
        "date": value,
        "province": value,
        "text": f"湖南实施“{value}三百工程”。",
    }
    path = tmp_path / "one.jsonl"
    path.write_text(json.dumps(record) + "\n", "utf-8")
    r = CliRunner().invoke(cli, ["build", str(path), "--store", str(tmp_path / "s")], obj={})
    assert r.exit_code == 0, r.output
    assert "internal error" not in r.output


def test_a_control_character_in_a_dropped_elements_tail_is_read() -> None:
    # found by tests/test_fuzz.py: a page's navigation dropped, its tail (holding \x1c) moved
    # to the parent made lxml raise instead of reading the page or refusing it
    page = (
        "<html><body><div id='nav'>首页</div>\x1carticle><h1>标题</h1>"
        "<p>湖南、天津实施干部教育培训“三百工程”。</p></body></html>"
    )
    (doc,) = read_bytes(page.encode(), "page.html")
    assert "三百工程" in doc.text and not has_xml_forbidden(doc.text)
