"""``kg build`` in one process: a transaction per batch, whole documents, skipped unchanged."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.pipeline.build import build_documents, build_paths
from kg.read import read_text
from kg.store import Store

TEXT = "浙江深入实施“千村示范、万村整治”工程，推动乡村全面振兴。"


class CountingStore(Store):
    """A store in memory that counts its write transactions."""

    def __init__(self) -> None:
        super().__init__(None)
        self.transactions: list[int] = []

    def replace_document(self, doc_id: str, ntriples: str, content_hash: str) -> None:
        self.transactions.append(1)
        super().replace_document(doc_id, ntriples, content_hash)

    def replace_documents(self, docs: Sequence[tuple[str, str, str]]) -> None:
        self.transactions.append(len(docs))
        super().replace_documents(docs)


def test_documents_are_written_a_batch_at_a_time() -> None:
    docs = [read_text(f"{TEXT}第{i}条。", id=f"d{i}") for i in range(40)]
    with CountingStore() as store:
        report = build_documents(docs, store)
        assert report.documents == 40
        assert sum(store.transactions) == 40
        assert len(store.transactions) < 40
        assert store.documents() == sorted(d.id for d in docs)
        again = build_documents(docs, store)
        assert (again.documents, again.unchanged) == (0, 40)
        assert sum(store.transactions) == 40  # nothing unchanged is written again


def test_a_bad_input_mid_way_keeps_every_document_read_before_it(tmp_path: Path) -> None:
    paths = []
    for name in ("a", "b", "c", "d"):
        path = tmp_path / f"{name}.txt"
        path.write_text(f"{TEXT}（{name}）", encoding="utf-8")
        paths.append(str(path))
    (tmp_path / "c.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    with Store(None) as store:
        with pytest.raises(InputError, match=r"c\.txt"):
            build_paths(paths, store, jobs=1)
        assert store.documents() == ["a", "b"]
        report = build_paths(paths, store, jobs=1, keep_going=True)
        assert (report.documents, report.unchanged, len(report.failed)) == (1, 2, 1)
        assert store.documents() == ["a", "b", "d"]


class SlowFailingStore(CountingStore):
    """Writes slowly, in a thread other than the build's, and fails write ``fail_at``."""

    def __init__(self) -> None:
        super().__init__()
        self.threads: set[str] = set()
        self.fail_at = -1

    def replace_documents(self, docs: Sequence[tuple[str, str, str]]) -> None:
        import threading
        import time

        self.threads.add(threading.current_thread().name)
        if len(self.transactions) == self.fail_at:
            raise OSError("disk full")
        time.sleep(0.05)  # (the next batch is extracted meanwhile)
        super().replace_documents(docs)


def test_writes_land_in_order_beside_extraction_and_their_error_stops_the_build() -> None:
    import threading

    docs = [read_text(f"{TEXT}第{i}条。", id=f"d{i:02d}") for i in range(40)]
    with SlowFailingStore() as store:
        report_holder = build_documents(docs[:3], store)
        assert report_holder.documents == 3  # every write has landed when the build returns
        assert store.threads and threading.current_thread().name not in store.threads
        store.fail_at = len(store.transactions) + 1  # the second write of the next build
        with pytest.raises(OSError, match="disk full"):
            build_documents(docs[3:], store)
        stored = store.documents()
        # the first write of the second build landed whole; nothing after the failed one
        assert stored == sorted(d.id for d in docs[: len(stored)])
        assert 3 < len(stored) < 40
