"""Builds on worker processes: the same graph as one process, bounded, skipping unchanged."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

from kg.build import BuildReport
from kg.cli import cli
from kg.errors import InputError
from kg.extract import extract_document
from kg.graph import document_graph, document_ntriples
from kg.model import Document
from kg.parallel import (
    DocumentResult,
    InlineEngine,
    _windowed,
    batches,
    build_stream,
    extract_result,
    make_engine,
)
from kg.read import read_path, read_text
from kg.store import Store

STORIES = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "xwlb_stories_2025"


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
    from kg.build import build_documents

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
        report = build_stream(docs(25), store, InlineEngine(), batch_docs=4, write_docs=10)
        assert [len(w) for w in written] == [12, 12, 1]
        assert report.documents == 25 and len(store.documents()) == 25
    written.clear()
    with Recording(None) as store:
        with pytest.raises(InputError):
            build_stream(docs(7, bad=True), store, InlineEngine(), batch_docs=4, write_docs=100)
        assert written == [[f"d{i}" for i in range(7)]]
