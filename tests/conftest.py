"""Shared fixtures: the bundled sample, a built store, the shared folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from kg.resources import sample_path
from kg.store import Store


@pytest.fixture(scope="session")
def sample() -> Path:
    return sample_path()


@pytest.fixture(scope="session")
def sample_store_dir(tmp_path_factory: pytest.TempPathFactory, sample: Path) -> Path:
    """A store holding the sample article, built once per test session."""
    from kg.pipeline.build import build_paths

    d = tmp_path_factory.mktemp("sample") / "store"
    with Store(d) as store:
        build_paths([str(sample)], store)
    return d


@pytest.fixture
def sample_store(sample_store_dir: Path) -> Iterator[Store]:
    with Store(sample_store_dir, read_only=True) as store:
        yield store


@pytest.fixture
def memory_store() -> Iterator[Store]:
    with Store(None) as store:
        yield store
