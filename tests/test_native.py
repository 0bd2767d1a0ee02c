"""The compiled extraction (kg.native): used only while built from the sources beside it, and
it extracts exactly what the Python sources do."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from kg import native

ROOT = Path(__file__).resolve().parents[1]

# Extract every document given, and print which file the extractor ran from (a compiled
# module or its source), then a digest of each extraction's assertions and mentions.
_EXTRACT = """
import hashlib, sys
from kg.read import expand_inputs, read_path
from kg.relate import extract
print(extract.__file__)
for path in expand_inputs(sys.argv[1:]):
    for doc in read_path(path):
        ex = extract.extract_document(doc)
        found = repr((ex.assertions, ex.mentions)).encode()
        print(doc.id, len(ex.assertions), hashlib.sha256(found).hexdigest()[:16])
"""


def _extract(paths: list[Path], **env: str) -> list[str]:
    environ = {k: v for k, v in os.environ.items() if k not in ("ZHKG_PURE", "ZHKG_NATIVE_DIR")}
    run = subprocess.run(
        [sys.executable, "-c", _EXTRACT, *map(str, paths)],
        env={**environ, **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout.splitlines()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Compiled modules for these sources: the environment's when they are up to date (as
    after ``make run``), else built here."""
    if native.why_not(native.native_dir()) is None:
        return native.native_dir()
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:  # (.ci/run installs one; make run then compiles)
        pytest.skip(f"no C compiler ({compiler}) to build the compiled extraction with")
    directory = tmp_path_factory.mktemp("native") / "zhkg-native"
    os.environ["ZHKG_NATIVE_DIR"] = str(directory)
    try:
        native.build(quiet=True)
    finally:
        del os.environ["ZHKG_NATIVE_DIR"]
    return directory


def test_compiled_extraction_reads_what_the_sources_read(built: Path) -> None:
    # the gold's documents but test/ (about 900, of every kind) and the sample
    gold = ROOT / "tests" / "gold"
    docs = [gold / "dev" / "docs", gold / "reviewed" / "docs", ROOT / "kg" / "samples"]
    compiled = _extract(docs, ZHKG_NATIVE_DIR=str(built))
    pure = _extract(docs, ZHKG_NATIVE_DIR=str(built), ZHKG_PURE="1")
    assert compiled[0].startswith(str(built)) and compiled[0].endswith(".so")
    assert pure[0] == str(ROOT / "kg" / "relate" / "extract.py")
    assert len(pure) > 890 and sum(int(line.split()[1]) for line in pure[1:]) > 4000
    assert [a for a, b in zip(compiled[1:], pure[1:], strict=True) if a != b] == []


def test_compiled_modules_are_used_only_when_built_from_these_sources(
    built: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    manifest = json.loads((built / native.MANIFEST).read_text(encoding="utf-8"))
    assert set(manifest["sources"]) == {p.relative_to(ROOT).as_posix() for p in native.sources()}
    monkeypatch.delenv("ZHKG_PURE", raising=False)
    assert native.why_not(built) is None

    def with_manifest(changed: dict[str, object]) -> str | None:
        (tmp_path / native.MANIFEST).write_text(json.dumps({**manifest, **changed}), "utf-8")
        return native.why_not(tmp_path)

    edited = dict(manifest["sources"], **{"kg/relate/labels.py": "0" * 64})
    assert "sources changed" in str(with_manifest({"sources": edited}))
    other = {"cache_tag": "cpython-312", "soabi": "cpython-312-x86_64-linux-gnu"}
    assert "another Python" in str(with_manifest({"interpreter": other}))
    assert native.why_not(tmp_path / "none") is not None
    (tmp_path / native.MANIFEST).write_text("{", "utf-8")
    assert "unreadable" in str(native.why_not(tmp_path))
    monkeypatch.setenv("ZHKG_PURE", "1")
    assert native.why_not(built) == "ZHKG_PURE is set"
