"""A build gives files their folder's ``index.tsv`` titles and dates, read here or by workers."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import kg
from kg.cli import cli
from kg.pipeline.build import build_paths
from kg.pipeline.worker import DocumentResult, FileTask, run_task
from kg.read.index import IndexEntry
from kg.store import Store
from tests.paths import STORIES

META = (
    "SELECT ?id ?title ?date { ?d a kg:Document ; dcterms:identifier ?id . "
    "OPTIONAL { ?d dcterms:title ?title } OPTIONAL { ?d dcterms:date ?date } } ORDER BY ?id"
)
TEXT = "浙江深入实施“千村示范、万村整治”工程，推动乡村全面振兴。"


def _meta(store: Store) -> dict[str, tuple[str | None, str | None]]:
    rows = kg.query(META, store=store)
    return {r["id"]: (r.get("title"), r.get("date")) for r in rows}


def _folder(tmp_path: Path, index: str = "") -> Path:
    """Files of a collection: a story dated in its text, one without a date, a page, a
    file the index does not name, and JSON Lines whose id the index names."""
    folder = tmp_path / "news"
    folder.mkdir()
    (folder / "index.tsv").write_text(
        index
        or "id\ttitle\tdate\tchars\n"
        "a\t索引标题甲\t2025-01-02\t9\n"
        "b\t\t2025-02-03\t9\n"  # no title: the text's own counts
        "c\t索引标题丙\t2025-03\t9\n"
        "j\t不用\t1999-01-01\t9\n",
        encoding="utf-8",
    )
    (folder / "a.txt").write_text(f"检测标题甲\n\n2024年3月5日\n{TEXT}", encoding="utf-8")
    (folder / "b.txt").write_text(f"检测标题乙\n\n{TEXT}", encoding="utf-8")
    (folder / "c.html").write_text(
        f"<html><head><title>网页标题</title></head><body><p>{TEXT}</p></body></html>",
        encoding="utf-8",
    )
    (folder / "z.txt").write_text(f"未编入索引\n\n2024年6月7日\n{TEXT}", encoding="utf-8")
    (folder / "j.jsonl").write_text(
        '{"id": "j", "text": "' + TEXT + '", "title": "记录标题"}\n', encoding="utf-8"
    )
    return folder


EXPECTED = {
    "a": ("索引标题甲", "2025-01-02"),  # the index wins over the text's date and title
    "b": ("检测标题乙", "2025-02-03"),  # an empty cell keeps the text's title
    "c": ("索引标题丙", "2025-03"),  # a page as well
    "j": ("记录标题", None),  # JSON Lines keeps its own metadata
    "z": ("未编入索引", "2024-06-07"),  # not in the index: as read
}


@pytest.mark.parametrize("jobs", [1, 2])
def test_files_take_their_folders_index_in_either_path(tmp_path: Path, jobs: int) -> None:
    folder = _folder(tmp_path)
    with Store(None) as store:
        report = build_paths([str(folder)], store, jobs=jobs)
        assert report.documents == 5 and report.unsupported == [] and report.warnings == []
        assert report.indexes == [f"{folder}/index.tsv"]
        assert "titles and dates from index.tsv in 1 folder" in report.summary()
        assert _meta(store) == EXPECTED


def test_a_file_built_alone_takes_its_folders_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    with Store(None) as store:
        build_paths([str(folder / "a.txt")], store)
        monkeypatch.chdir(folder)  # a file named without its folder: the working directory's
        build_paths(["c.html"], store, id_from="path")  # ids from paths: matched by name
        assert _meta(store) == {"a": EXPECTED["a"], "c": EXPECTED["c"]}


def test_a_changed_index_rebuilds_the_documents_it_changes(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    index = folder / "index.tsv"
    with Store(None) as store:
        build_paths([str(folder)], store)
        old = "2025-01-02"
        for jobs, date in ((1, "2025-01-09"), (2, "2025-01-10")):  # read here, by workers
            text = index.read_text(encoding="utf-8")
            index.write_text(text.replace(f"\t{old}\t", f"\t{date}\t"), encoding="utf-8")
            old = date
            report = build_paths([str(folder)], store, jobs=jobs)
            assert (report.documents, report.unchanged) == (1, 4)
            assert _meta(store)["a"] == ("索引标题甲", date)


def test_an_index_that_cannot_serve_is_one_warning_and_the_build_goes_on(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path, index="name\ttitle\tdate\na\t甲\t2025-01-02\n")
    store = str(tmp_path / "st")
    result = CliRunner().invoke(cli, ["build", str(folder), "--store", store], obj={})
    assert result.exit_code == 0, result.output
    lines = result.stderr.splitlines()
    warnings = [line for line in lines if line.startswith("kg: warning:")]
    assert warnings == [
        f"kg: warning: {folder}/index.tsv: no 'id' column (the header row holds 'name', "
        "'title', 'date'); built without it (titles and dates from the text)"
    ]
    assert not any("passed over" in line or "index.tsv in" in line for line in lines)
    assert lines[-1].startswith("5 documents built")
    with Store(store) as s:
        assert _meta(s)["a"] == ("检测标题甲", "2024-03-05")


def test_the_cli_names_an_index_it_used_in_the_summary_only(tmp_path: Path) -> None:
    folder = _folder(tmp_path)
    result = CliRunner().invoke(
        cli, ["build", str(folder), "--store", str(tmp_path / "st")], obj={}
    )
    assert result.exit_code == 0, result.output
    (summary,) = result.stderr.splitlines()  # no note of a file passed over
    assert summary.startswith("5 documents built; ")
    assert summary.endswith("; titles and dates from index.tsv in 1 folder")


def test_a_worker_applies_the_row_it_is_sent(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"检测标题\n\n2024年3月5日\n{TEXT}", encoding="utf-8")
    (plain,) = run_task(FileTask(str(path), 9, "a"))
    (indexed,) = run_task(FileTask(str(path), 9, "a", index=IndexEntry("索引标题", "2025-01-02")))
    assert isinstance(plain, DocumentResult) and isinstance(indexed, DocumentResult)
    assert plain.content_hash != indexed.content_hash  # title and date are content
    assert '"索引标题"@zh' in indexed.ntriples and "2025-01-02" in indexed.ntriples
    assert "2024-03-05" not in indexed.ntriples


@pytest.mark.skipif(not STORIES.is_dir(), reason="../shared corpus not present")
@pytest.mark.parametrize("jobs", [1, 2])
def test_news_stories_are_dated_by_the_corpus_index(tmp_path: Path, jobs: int) -> None:
    names = ["xwlb-20250101-01", "xwlb-20250417-05", "xwlb-20251231-14"]
    with Store(None) as store:
        report = build_paths([str(STORIES / f"{n}.txt") for n in names], store, jobs=jobs)
        assert report.indexes == [str(STORIES / "index.tsv")]
        meta = _meta(store)
    index = {}
    for line in (STORIES / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        doc_id, title, date, _ = line.split("\t")
        index[doc_id] = (title, date)
    assert meta == {n: index[n] for n in names}
    assert meta["xwlb-20251231-14"][1] == "2025-12-31"


@pytest.mark.skipif(not STORIES.is_dir(), reason="../shared corpus not present")
def test_a_copy_of_a_few_stories_keeps_its_copied_index(tmp_path: Path) -> None:
    folder = tmp_path / "stories"
    folder.mkdir()
    for name in ("xwlb-20250301-02.txt", "xwlb-20250302-03.txt"):
        shutil.copy(STORIES / name, folder / name)
    shutil.copy(STORIES / "index.tsv", folder / "index.tsv")
    with Store(None) as store:
        report = build_paths([str(folder)], store)
        assert report.unsupported == [] and report.documents == 2
        assert [d for _, d in _meta(store).values()] == ["2025-03-01", "2025-03-02"]
