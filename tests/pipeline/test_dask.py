"""Extraction on Dask: a real LocalCluster with worker processes builds the same graph."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.answers.export import export
from kg.pipeline.build import build_paths
from kg.pipeline.engines import DaskEngine
from kg.pipeline.stream import build_stream
from kg.read import read_path
from kg.store import Store
from tests.paths import STORIES

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster() -> object:
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as c:
        yield c


@pytest.fixture(scope="module")
def files(sample: Path) -> list[str]:
    stories = sorted(STORIES.glob("*.txt"))[5::400] if STORIES.is_dir() else []
    return [str(p) for p in stories] + [str(sample)]


def _nquads(store: Store, path: Path) -> list[str]:
    export(store, path, "nquads")
    return sorted(path.read_text(encoding="utf-8").splitlines())


def test_dask_build_equals_single_process(
    cluster: distributed.LocalCluster, files: list[str], tmp_path: Path
) -> None:
    with Store(tmp_path / "local") as local:
        build_paths(files, local, jobs=1)
        expected = _nquads(local, tmp_path / "local.nq")
    with Store(tmp_path / "dask") as store:
        report = build_paths(files, store, engine="dask", scheduler=cluster.scheduler_address)
        assert report.documents == len(files)
        assert _nquads(store, tmp_path / "dask.nq") == expected
    assert len(expected) > 1000


def test_each_worker_loads_the_lexicon_once(
    cluster: distributed.LocalCluster, files: list[str]
) -> None:
    docs = [d for f in files[:4] for d in read_path(f)]
    engine = DaskEngine(cluster.scheduler_address)
    try:
        with Store(None) as store:
            build_stream(docs * 1, store, engine)
        client = engine._client

        def loaded() -> bool:
            import kg.pipeline.worker

            return kg.pipeline.worker._LEXICON is not None

        states = client.run(loaded)
        assert len(states) == 2
        assert any(states.values())
        ids = client.run(
            lambda: id(__import__("kg.pipeline.worker").pipeline.worker.worker_lexicon())
        )
        ids_again = client.run(
            lambda: id(__import__("kg.pipeline.worker").pipeline.worker.worker_lexicon())
        )
        assert ids == ids_again  # cached per worker process, not reloaded per task
    finally:
        engine.close()


def test_unreachable_scheduler_is_one_clear_error() -> None:
    from kg.errors import KgError

    with pytest.raises(KgError, match="Dask scheduler"):
        DaskEngine("tcp://127.0.0.1:1", jobs=1, connect_timeout=2)
