"""Builds on worker processes: the same graph as one process, bounded, skipping unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.cli import cli
from kg.errors import InputError
from kg.graph.triples import document_graph, document_ntriples
from kg.model import Document
from kg.pipeline import worker as kg_parallel  # the module, for monkeypatching
from kg.pipeline.engines import InlineEngine, _windowed, make_engine
from kg.pipeline.report import BuildReport
from kg.pipeline.stream import Batching, Writes, batches, build_stream
from kg.pipeline.worker import DocumentResult, FileTask, extract_result
from kg.read import read_path, read_text
from kg.relate.extract import extract_document
from kg.store import Store
from tests.paths import STORIES


@pytest.fixture(scope="module")
def corpus_files(sample: Path) -> list[str]:
    """About 30 real documents: news stories spread over the year, and the sample."""
    if not STORIES.is_dir():
        pytest.skip(f"{STORIES} is not here")
    stories = sorted(STORIES.glob("*.txt"))[::170]
    return [str(p) for p in stories] + [str(sample)]


def _run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args), obj={})
    assert result.exit_code == 0, result.output
    return result.stderr


def test_two_jobs_build_the_same_graph_as_one(tmp_path: Path, corpus_files: list[str]) -> None:
    exports = []
    for jobs in ("1", "2"):
        store = str(tmp_path / f"store{jobs}")
        _run("build", *corpus_files, "--store", store, "--jobs", jobs, "--quiet")
        out = tmp_path / f"graph{jobs}.nq"
        _run("export", "--store", store, "-o", str(out))
        exports.append(sorted(out.read_text(encoding="utf-8").splitlines()))
    assert len(exports[0]) > 1000
    assert exports[0] == exports[1]


def test_unchanged_documents_are_skipped_before_extraction(corpus_files: list[str]) -> None:
    docs = [d for f in corpus_files[:5] for d in read_path(f)]

    class Counting(InlineEngine):
        seen = 0

        def map(self, bs: Iterable[list[Document]]) -> Iterator[list[DocumentResult]]:
            for b in bs:
                Counting.seen += len(b)
                yield [extract_result(d) for d in b]

    with Store(None) as store:
        first = build_stream(docs, store, Counting())
        assert (first.documents, Counting.seen) == (5, 5)
        second = build_stream(docs, store, Counting())
        assert (second.documents, second.unchanged, Counting.seen) == (0, 5, 5)
        forced = build_stream(docs, store, Counting(), force=True)
        assert (forced.documents, Counting.seen) == (5, 10)


def test_process_engine_matches_inline(corpus_files: list[str]) -> None:
    docs = [d for f in corpus_files[:8] for d in read_path(f)]
    engine = make_engine(2)
    try:
        remote = [r for rs in engine.map(batches(docs, batch_chars=1)) for r in rs]
    finally:
        engine.close()
    local = [r for rs in InlineEngine().map(batches(docs)) for r in rs]
    assert [r.doc_id for r in remote] == [d.id for d in docs]  # in input order

    def canonical(r: DocumentResult) -> tuple[object, ...]:
        # the order of a document's triples follows set order, which varies by process
        lines = sorted(r.ntriples.splitlines())
        return (r.doc_id, r.content_hash, lines, r.triples, r.sentences, r.assertions)

    assert [canonical(r) for r in remote] == [canonical(r) for r in local]


def test_fast_ntriples_are_the_rdflib_graph(corpus_files: list[str]) -> None:
    docs = [d for f in corpus_files for d in read_path(f)]
    docs.append(read_text('标题带"引号"与\\反斜杠\n湖南实施“三百工程”。', id="q\\1", title='a "b"'))
    for doc in docs:
        ex = extract_document(doc)
        text, count = document_ntriples(ex)
        fast = Graph().parse(data=text, format="nt")
        slow = document_graph(ex)
        assert count == len(fast) == len(slow)
        if not isomorphic(fast, slow):
            _, only_fast, only_slow = graph_diff(to_isomorphic(fast), to_isomorphic(slow))
            pytest.fail(f"{doc.id}: {sorted(only_fast)[:3]} vs {sorted(only_slow)[:3]}")


def test_window_bounds_documents_in_flight() -> None:
    in_flight = 0
    most = 0

    def submit(batch: list[Document]) -> list[Document]:
        nonlocal in_flight, most
        in_flight += 1
        most = max(most, in_flight)
        return batch

    def result(batch: list[Document]) -> list[DocumentResult]:
        nonlocal in_flight
        in_flight -= 1
        return [DocumentResult(d.id, "", "", 0, 0, 0) for d in batch]

    docs = (Document(f"d{i}", "文" * 100) for i in range(1000))
    out = [
        r.doc_id for rs in _windowed(submit, result, batches(docs, batch_chars=500), 4) for r in rs
    ]
    assert out == [f"d{i}" for i in range(1000)]
    assert most == 4


def test_batches_are_bounded_by_characters() -> None:
    docs = [Document(f"d{i}", "文" * 300) for i in range(10)]
    sizes = [len(b) for b in batches(docs, batch_chars=1000)]
    assert sizes == [4, 4, 2]


def test_batches_can_grow_a_document_at_a_time() -> None:
    docs = [Document(f"d{i}", "文") for i in range(30)]
    assert [len(b) for b in batches(docs, grow_from=1)] == [1, 2, 3, 4, 5, 6, 7, 2]
    assert [len(b) for b in batches(docs, batch_docs=6, grow_from=4)] == [4, 5, 6, 6, 6, 3]


def test_report_counts_match_a_sequential_build(corpus_files: list[str]) -> None:
    from kg.pipeline.build import build_documents

    docs = [d for f in corpus_files[:6] for d in read_path(f)]
    with Store(None) as a, Store(None) as b:
        seq = build_documents(docs, a)
        par = build_stream(docs, b, InlineEngine(), report=BuildReport())
        assert (seq.documents, seq.sentences, seq.assertions, seq.triples) == (
            par.documents,
            par.sentences,
            par.assertions,
            par.triples,
        )
        assert len(a) == len(b)


def test_what_was_read_before_a_bad_input_is_still_extracted() -> None:
    # the documents in flight, and those of an unfinished batch, come out before the error
    def docs() -> Iterator[Document]:
        for i in range(10):
            yield Document(f"d{i}", "文" * 100)
        raise InputError("bad.txt", "not text")

    def result(batch: list[Document]) -> list[DocumentResult]:
        return [DocumentResult(d.id, "", "", 0, 0, 0) for d in batch]

    out: list[str] = []
    with pytest.raises(InputError):
        for rs in _windowed(lambda b: b, result, batches(docs(), batch_chars=300), 2):
            out.extend(r.doc_id for r in rs)
    assert out == [f"d{i}" for i in range(10)]


def test_results_are_written_several_batches_at_a_time() -> None:
    written: list[list[str]] = []

    class Recording(Store):
        def replace_documents(self, docs: Sequence[tuple[str, str, str]]) -> None:
            written.append([d[0] for d in docs])
            super().replace_documents(docs)

    def docs(n: int, bad: bool = False) -> Iterator[Document]:
        for i in range(n):
            yield read_text(f"浙江实施“千村示范、万村整治”工程。第{i}条。", id=f"d{i}")
        if bad:
            raise InputError("bad.txt", "not text")

    with Recording(None) as store:
        report = build_stream(
            docs(25), store, InlineEngine(), batching=Batching(docs=4), writes=Writes(docs=10)
        )
        assert [len(w) for w in written] == [12, 12, 1]
        assert report.documents == 25 and len(store.documents()) == 25
    written.clear()
    with Recording(None) as store:
        with pytest.raises(InputError):
            build_stream(
                docs(7, bad=True),
                store,
                InlineEngine(),
                batching=Batching(docs=4),
                writes=Writes(docs=100),
            )
        assert written == [[f"d{i}" for i in range(7)]]


def test_writes_grow_then_follow_each_result_once_all_is_submitted() -> None:
    """Writes grow fourfold in triples while tasks are being submitted; once the last
    task is, they shrink to ``tail_triples`` (0: every result as it comes back), so the
    write after the last result is small, not a large accumulated one."""
    written: list[tuple[int, int]] = []  # (documents, triples) of each write

    class Recording(Store):
        def replace_documents(self, docs: Sequence[tuple[str, str, str]]) -> None:
            written.append((len(docs), sum(d[1].count("\n") for d in docs)))
            super().replace_documents(docs)

    class Windowed(InlineEngine):
        """Results come back in order, up to 4 batches behind submission (as a pool's)."""

        def map(
            self, batches: Iterable[list[kg_parallel.Task]]
        ) -> Iterator[list[kg_parallel.Outcome]]:
            lex = kg_parallel.worker_lexicon()
            return _windowed(
                lambda b: [o for t in b for o in kg_parallel.run_task(t, lex)],
                lambda r: r,
                batches,
                4,
            )

    docs = [
        read_text(f"浙江实施“千村示范、万村整治”工程。第{i}条。", id=f"d{i}") for i in range(30)
    ]
    with Recording(None) as store:
        report = build_stream(
            docs, store, Windowed(), batching=Batching(docs=2), writes=Writes(triples=400)
        )
        assert report.documents == 30 and len(store.documents()) == 30
    sizes = [d for d, _ in written]
    assert sum(sizes) == 30
    # growing: the first writes follow each batch (targets 1, 4, 16 triples), later
    # ones gather several batches
    assert sizes[:3] == [2, 2, 2] and max(sizes) >= 8
    # submission ends with three batches in flight: the first written with what had
    # gathered, the last two each on its own
    assert sizes[-2:] == [2, 2]
    # with a tail of two batches' triples, the last two go in one write
    per_batch = written[0][1]
    written.clear()
    with Recording(None) as store:
        build_stream(
            docs,
            store,
            Windowed(),
            batching=Batching(docs=2),
            writes=Writes(triples=400, tail=2 * per_batch),
        )
    sizes = [d for d, _ in written]
    assert sum(sizes) == 30 and sizes[-1] == 4 and sizes[-2] > 4


# ------------------------------------------------------- files read by the workers


def _story_files(tmp_path: Path, n: int) -> list[Path]:
    out = []
    for i in range(n):
        p = tmp_path / f"story{i}.txt"
        p.write_text(f"浙江实施“千村示范、万村整治”工程。第{i}条。\n", encoding="utf-8")
        out.append(p)
    return out


def test_file_tasks_build_what_documents_build(tmp_path: Path) -> None:
    files = _story_files(tmp_path, 6)
    with Store(None) as a, Store(None) as b:
        build_stream([d for f in files for d in read_path(str(f))], a, InlineEngine())
        report = build_stream(
            [FileTask(str(f), f.stat().st_size) for f in files], b, InlineEngine()
        )
        assert report.documents == 6 and report.doc_ids == [f.stem for f in files]
        assert sorted(map(str, a.quads())) == sorted(map(str, b.quads()))


def test_a_worker_skips_a_file_whose_hash_is_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _story_files(tmp_path, 4)
    extracted: list[str] = []
    real = kg_parallel.extract_result

    def counting(doc: Document, *args: object) -> DocumentResult:
        extracted.append(doc.id)
        return real(doc, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(kg_parallel, "extract_result", counting)
    with Store(None) as store:
        build_stream([FileTask(str(f), 1) for f in files], store, InlineEngine())
        assert len(extracted) == 4
        hints = [FileTask(str(f), 1, f.stem, store.content_hash(f.stem)) for f in files]
        again = build_stream(hints, store, InlineEngine())
        assert (again.documents, again.unchanged, len(extracted)) == (0, 4, 4)
        # a wrong hint costs an extraction, never a wrong write: the parent checks again
        wrong = [FileTask(str(f), 1, "other", None) for f in files]
        third = build_stream(wrong, store, InlineEngine())
        assert (third.documents, third.unchanged, len(extracted)) == (0, 4, 8)
        files[0].write_text("湖南实施“三百工程”。\n", encoding="utf-8")
        stale = [FileTask(str(f), 1, f.stem, store.content_hash(f.stem)) for f in files]
        fourth = build_stream(stale, store, InlineEngine())
        assert (fourth.documents, fourth.unchanged) == (1, 3)
        assert store.content_hash(files[0].stem) not in (None, stale[0].stored_hash)


def test_a_file_a_worker_cannot_read_is_the_build_error(tmp_path: Path) -> None:
    files = _story_files(tmp_path, 5)
    files[3].write_bytes(b"\x00\x01\x02binary\xff" * 50)
    tasks = [FileTask(str(f), 1) for f in files]
    with Store(None) as store:
        with pytest.raises(InputError, match=r"story3\.txt"):
            build_stream(tasks, store, InlineEngine())
        assert sorted(store.documents()) == ["story0", "story1", "story2"]
    failures: list[InputError] = []
    with Store(None) as store:
        report = build_stream(tasks, store, InlineEngine(), on_failure=failures.append)
        assert report.documents == 4 and [e.path for e in failures] == [str(files[3])]


@pytest.mark.parametrize("jobs", [1, 2])
def test_keep_going_and_id_clashes_with_workers_reading(tmp_path: Path, jobs: int) -> None:
    from kg.pipeline.build import build_paths

    d = tmp_path / "docs"
    d.mkdir()
    files = _story_files(d, 4)
    (d / "bad.txt").write_bytes(b"\x00\x01binary\xff" * 40)
    (d / "more.jsonl").write_text(
        '{"id": "story1", "text": "湖南实施“三百工程”。"}\n', encoding="utf-8"
    )
    with Store(tmp_path / "store") as store:
        report = build_paths([str(d)], store, jobs=jobs, keep_going=True)
        assert report.documents == 4
        problems = sorted(str(e) for e in report.failed)
        assert len(problems) == 2
        assert "bad.txt" in problems[0]
        assert "is also used by" in problems[1] and "story1" in problems[1]
        again = build_paths([str(d)], store, jobs=jobs, keep_going=True)
        assert (again.documents, again.unchanged) == (0, 4)
    assert all(f.exists() for f in files)
