"""A folder's ``index.tsv``: titles and dates by id, what is left out, what cannot serve."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.errors import InputError
from kg.read import read_collection, read_path
from kg.read.index import IndexEntry, IndexLookup, read_index
from kg.read.inputs import list_inputs
from tests.paths import STORIES


def _index(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "index.tsv"
    path.write_text(text, encoding="utf-8")
    return path


def test_rows_by_id_with_their_titles_and_dates(tmp_path: Path) -> None:
    path = _index(
        tmp_path,
        "ID\tchars\tTitle\tdate\n"  # names in any case, in any order, other columns too
        "a\t9\t甲文\t2025-01-02\n"
        "b\t9\t\t2025/1/3\n"  # a date written otherwise is read as one
        "c\t9\t丙文\t1954\n"  # a year alone is a date (gYear)
        "d\t9\t丁文\n"  # a short row: no date
        "\n"
        'e\t9\t"题\t名"\t2025-07\n',  # a quoted cell may hold a tab
    )
    index = read_index(path)
    assert index.entries == {
        "a": IndexEntry("甲文", "2025-01-02"),
        "b": IndexEntry(None, "2025-01-03"),
        "c": IndexEntry("丙文", "1954"),
        "d": IndexEntry("丁文", None),
        "e": IndexEntry("题\t名", "2025-07"),
    }
    assert index.problems == () and index.warning() is None


def test_cells_that_cannot_serve_are_left_out_with_one_line(tmp_path: Path) -> None:
    path = _index(
        tmp_path,
        "id\ttitle\tdate\n"
        "a\t甲\t2025-13-01\n"  # no 13th month
        "b\t乙\tsoon\n"
        "a\t重复\t2025-01-01\n"  # the first row of an id counts
        "\t无名\t2025-01-01\n"
        "c\t丙\t2025-02-03\n",
    )
    index = read_index(path)
    assert index.entries == {
        "a": IndexEntry("甲", None),
        "b": IndexEntry("乙", None),
        "c": IndexEntry("丙", "2025-02-03"),
    }
    warning = index.warning()
    assert warning is not None and "\n" not in warning
    assert warning.startswith(f"{path}: line 2: '2025-13-01' is not a date; line 3: 'soon'")
    assert "and 1 more" in warning  # four problems, three named


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (
            b"name\ttitle\tdate\na\t\xe7\x94\xb2\t2025\n",
            "no 'id' column (the header row holds 'name'",
        ),
        (b"id\tchars\na\t9\n", "neither a 'title' nor a 'date' column"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary file"),
        (b"", "empty"),
    ],
)
def test_an_index_that_cannot_serve_is_an_input_error(
    tmp_path: Path, content: bytes, problem: str
) -> None:
    path = tmp_path / "index.tsv"
    path.write_bytes(content)
    with pytest.raises(InputError, match=str(path)) as err:
        read_index(path)
    assert problem in err.value.problem


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16"])
def test_an_index_saved_by_a_spreadsheet_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "index.tsv"
    text = "id\ttitle\tdate\r\na\t浙江省政府工作报告\t2025-01-02\r\n"  # a BOM, CRLF
    path.write_bytes(text.encode(encoding))
    assert read_index(path).entries == {"a": IndexEntry("浙江省政府工作报告", "2025-01-02")}


def test_the_lookup_reads_each_folder_once_and_warns_once(tmp_path: Path) -> None:
    _index(tmp_path / "good", "id\ttitle\tdate\na\t甲\t2025-01-02\nb\t\t\n")
    _index(tmp_path / "bad", "name\tdate\na\t2025-01-02\n")
    warnings: list[str] = []
    lookup = IndexLookup(warnings.append)
    good, bad = str(tmp_path / "good"), str(tmp_path / "bad")
    assert lookup.entry(f"{good}/a.txt", "a") == IndexEntry("甲", "2025-01-02")
    assert lookup.entry(f"{good}/b.txt", "b") is None  # a row of empty cells gives nothing
    assert lookup.entry(f"{good}/z.txt", "z") is None
    assert lookup.entry(f"{bad}/a.txt", "a") is None
    assert lookup.entry(f"{bad}/b.txt", "b") is None
    assert lookup.entry(str(tmp_path / "other.txt"), "other") is None  # no index here
    assert len(warnings) == 1
    assert warnings[0].startswith(f"{bad}/index.tsv: no 'id' column")
    assert "built without it" in warnings[0]
    assert lookup.used == [f"{good}/index.tsv"]


def test_an_entry_wins_over_the_text_where_it_has_a_value(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("检测到的标题\n\n2024年3月5日\n正文。", encoding="utf-8")
    (doc,) = read_path(str(path))
    assert (doc.title, doc.date) == ("检测到的标题", "2024-03-05")
    assert IndexEntry("索引标题", "2025-01-02").apply(doc).title == "索引标题"
    assert IndexEntry(None, "2025-01-02").apply(doc).title == "检测到的标题"
    assert IndexEntry("索引标题", None).apply(doc).date == "2024-03-05"
    assert IndexEntry().apply(doc) is doc


def test_an_index_is_not_passed_over_as_a_file_of_another_type(tmp_path: Path) -> None:
    _index(tmp_path, "id\ttitle\tdate\na\t甲\t2025-01-02\n")
    (tmp_path / "a.txt").write_text("正文。", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y\n", encoding="utf-8")
    for given in (str(tmp_path), f"{tmp_path}/*"):
        listed = list_inputs([given])
        assert listed.files == [f"{tmp_path}/a.txt"]
        assert listed.unsupported == [f"{tmp_path}/notes.csv"]


def test_read_collection_refuses_an_index_without_ids(tmp_path: Path) -> None:
    _index(tmp_path, "name\ttitle\na\t甲\n")
    (tmp_path / "a.txt").write_text("正文。", encoding="utf-8")
    with pytest.raises(InputError, match="no 'id' column"):
        read_collection(tmp_path)


@pytest.mark.skipif(not STORIES.is_dir(), reason="../shared corpus not present")
def test_the_news_stories_index_dates_every_story() -> None:
    index = read_index(STORIES / "index.tsv")
    assert index.problems == ()
    assert len(index.entries) == len(list(STORIES.glob("*.txt")))
    assert all(e.date and e.date.startswith("2025-") for e in index.entries.values())
    story = index.entries["xwlb-20250101-01"]
    assert story.date == "2025-01-01" and story.title and story.title.startswith("《求是》")


def test_a_row_known_when_reading_is_taken_and_only_what_it_lacks_is_detected(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.txt"
    path.write_text("浙江推进“千万工程”\n2025年1月3日\n浙江省持续推进“千万工程”。\n", "utf-8")
    (detected,) = read_path(str(path))
    assert (detected.title, detected.date) == ("浙江推进“千万工程”", "2025-01-03")
    (doc,) = read_path(str(path), known=IndexEntry("索引里的标题", "2024-12"))
    assert (doc.title, doc.date) == ("索引里的标题", "2024-12")
    (doc,) = read_path(str(path), known=IndexEntry(None, "2024-12"))  # an empty title cell
    assert (doc.title, doc.date) == ("浙江推进“千万工程”", "2024-12")
    assert doc.text == detected.text
