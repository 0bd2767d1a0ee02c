"""Where the ontology files are: ``ontology/`` in a checkout, ``kg/ontology`` when installed."""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["ONTOLOGY_FILES", "ontology_dir", "ontology_files", "sample_path"]

ONTOLOGY_FILES = ("kg.ttl", "provinces.ttl", "places.ttl", "themes.ttl")


@cache
def ontology_dir() -> Path:
    """The directory holding ``kg.ttl`` and the data files."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "ontology", here.parent / "ontology"):
        if (candidate / "kg.ttl").is_file():
            return candidate
    raise FileNotFoundError("zhkg's ontology files are missing from the installation")


def ontology_files() -> list[Path]:
    """The ontology and its data files (not the SHACL shapes), in load order."""
    d = ontology_dir()
    return [d / name for name in ONTOLOGY_FILES if (d / name).is_file()]


def sample_path() -> Path:
    """The bundled sample article."""
    return Path(__file__).resolve().parent / "samples" / "seed-2023-09-27-zuzhi.txt"
