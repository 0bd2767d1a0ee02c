"""Mutation fuzzing of the readers: real-looking inputs, damaged at random (hypothesis).

Each example takes a seed input (a story in each supported encoding, HTML pages that
declare a charset, JSON Lines, byte-order marks, a file signature) and applies a few
random byte mutations: flips, insertions, deletions, repeats, splices and truncation.
The reader must return documents or raise :class:`~kg.errors.InputError`, nothing else.
``make test`` runs a short budget; ``make fuzz`` (HYPOTHESIS_PROFILE=fuzz) a long one.
"""

from __future__ import annotations

import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.read import read_bytes

FUZZ = os.environ.get("HYPOTHESIS_PROFILE") == "fuzz"
budget = settings(
    max_examples=int(os.environ.get("KG_FUZZ_EXAMPLES", 20000 if FUZZ else 300)),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None if FUZZ else settings.default.database,
)

STORY = (
    "湖南、天津实施干部教育培训“三百工程”，推动党的创新理论系统权威进教材。\n"
    "２０２５年１２月３日，浙江深入实施“千万工程”（完）\r\n"
)
TRADITIONAL = "湖南、天津實施幹部教育培訓「三百工程」。"


def _page(charset: str, text: str) -> bytes:
    return (
        f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        f"<title>新闻</title></head><body><div id='nav'>首页</div>"
        f"<article><h1>标题</h1><p>{text}</p><pre>a\nb</pre></article></body></html>"
    ).encode(charset, "replace")


SEEDS: list[tuple[str, bytes]] = [
    ("story.txt", STORY.encode()),
    ("story.txt", b"\xef\xbb\xbf" + STORY.encode()),
    ("story.txt", "\ufeff".encode("utf-16-le") + STORY.encode("utf-16-le")),
    ("story.txt", STORY.encode("utf-16-be")),
    ("story.txt", STORY.encode("gb18030")),
    ("story.txt", TRADITIONAL.encode("big5")),
    ("story.md", ("# 标题\n\n" + STORY).encode()),
    ("page.html", _page("gbk", STORY)),
    ("page.html", _page("utf-8", STORY)),
    ("page.html", _page("big5", TRADITIONAL)),
    (
        "lines.jsonl",
        "\n".join(
            json.dumps({"id": f"d{i}", "text": STORY, "title": "t", "date": "2025-01-0{i}"})
            for i in range(1, 4)
        ).encode(),
    ),
    ("image.txt", b"\x89PNG\r\n\x1a\n" + STORY.encode()),
]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes, str | None]:
    name, data = draw(st.sampled_from(SEEDS))
    buf = bytearray(data)
    for _ in range(draw(st.integers(min_value=0, max_value=8))):
        op = draw(st.sampled_from(["flip", "insert", "delete", "repeat", "splice", "truncate"]))
        at = draw(st.integers(min_value=0, max_value=max(0, len(buf))))
        if op == "flip" and at < len(buf):
            buf[at] ^= 1 << draw(st.integers(min_value=0, max_value=7))
        elif op == "insert":
            buf[at:at] = draw(st.binary(min_size=1, max_size=8))
        elif op == "delete":
            del buf[at : at + draw(st.integers(min_value=1, max_value=16))]
        elif op == "repeat":
            buf[at:at] = bytes(buf[at : at + 16]) * draw(st.integers(min_value=1, max_value=50))
        elif op == "splice":
            _, other = draw(st.sampled_from(SEEDS))
            cut = draw(st.integers(min_value=0, max_value=len(other)))
            buf[at:] = other[cut:]
        elif op == "truncate":
            del buf[at:]
    fmt = draw(st.sampled_from([None, None, "text", "html", "jsonl"]))
    return name, bytes(buf), fmt


@budget
@given(case=mutated())
def test_damaged_input_reads_or_is_refused(case: tuple[str, bytes, str | None]) -> None:
    name, data, fmt = case
    try:
        docs = read_bytes(data, name, fmt)
    except InputError as exc:
        assert exc.path == name
        assert "\n" not in str(exc)
        return
    for doc in docs:
        assert doc.text.strip() and "\r" not in doc.text


@pytest.mark.parametrize(("name", "data"), SEEDS)
def test_seeds_are_valid_or_refused_as_expected(name: str, data: bytes) -> None:
    if name == "image.txt":
        with pytest.raises(InputError, match="PNG"):
            read_bytes(data, name)
        return
    docs = read_bytes(data, name)
    assert any("三百工程" in doc.text for doc in docs)
