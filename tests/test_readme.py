"""The README's examples work as written: in a fresh clone, after ``make run``, from its root.

Every fenced ``sh`` and ``python`` block of README.md is an example (``text`` blocks are
not): the set-up block's ``make run`` runs first, then each block in order, as a user
would type it, in one shell per block with the virtual environment activated (the tour
activates it once). The clone reuses this checkout's virtual environment instead of
installing one: ``.venv`` is a link to it, and the clone's ``pyproject.toml`` is made
older than its install stamp so that ``make`` installs nothing; ``PYTHONPATH`` points at
the clone, so its own code runs.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.paths import ROOT

pytestmark = pytest.mark.slow

README = ROOT / "README.md"
_BLOCK = re.compile(r"^```(sh|python)\n(.*?)^```$", re.M | re.S)


def examples() -> list[tuple[str, str]]:
    """(language, code) of every example block, in order, without the set-up block."""
    blocks = _BLOCK.findall(README.read_text(encoding="utf-8"))
    return [(lang, code) for lang, code in blocks if not code.startswith("make run")]


def setup_commands() -> list[str]:
    blocks = _BLOCK.findall(README.read_text(encoding="utf-8"))
    return [
        line
        for lang, code in blocks
        if code.startswith("make run")
        for line in code.split("\n")
        if line
    ]


def _env(clone: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("VIRTUAL_ENV", "KG_"))}
    env["PYTHONPATH"] = str(clone)
    return env


@pytest.fixture(scope="module")
def clone(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh clone of this repository after ``make run``."""
    venv = Path(sys.prefix)
    if not (venv / ".installed").is_file():
        pytest.skip("this Python is not a virtual environment made by make (no .installed)")
    source = os.environ.get("KG_README_REPO", str(ROOT))
    if not (Path(source) / ".git").exists():
        pytest.skip(f"{source} is not a git checkout to clone")
    dest = tmp_path_factory.mktemp("readme") / "zhkg"
    subprocess.run(["git", "clone", "--quiet", source, str(dest)], check=True, timeout=120)
    (dest / ".venv").symlink_to(venv, target_is_directory=True)
    os.utime(dest / "pyproject.toml", (0, 0))  # older than the stamp: nothing to install
    assert setup_commands() == ["make run", "make test"]
    run = subprocess.run(
        ["make", "run"], cwd=dest, env=_env(dest), capture_output=True, text=True, timeout=600
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "-m venv" not in run.stdout, "make run installed into the shared environment"
    assert (dest / "kg-store").is_dir() and (dest / "out" / "graph.html").is_file()
    return dest


def test_the_readme_is_a_guide() -> None:
    text = README.read_text(encoding="utf-8")
    assert len(text.splitlines()) <= 250
    assert "docs/view.png" in text
    # the quality section gives the held-out figures and sends the details to docs/
    quality = text.split("## Extraction quality", 1)[1].split("\n## ", 1)[0]
    assert "tests/gold/test" in quality and "docs/extraction.md" in quality
    assert re.search(r"0\.\d\d / 0\.\d\d / 0\.\d\d", quality)
    for page in re.findall(r"\]\(((?:docs|tests)/[\w./-]+)\)", text):
        assert (ROOT / page).exists(), page
    assert len(examples()) >= 6


@pytest.mark.parametrize(
    ("index", "lang"),
    [(i, lang) for i, (lang, _) in enumerate(examples())],
    ids=[f"block{i}-{lang}" for i, (lang, _) in enumerate(examples())],
)
def test_readme_example_runs_as_written(clone: Path, index: int, lang: str) -> None:
    code = examples()[index][1]
    if lang == "sh":
        script = f"set -euo pipefail\nsource .venv/bin/activate\n{code}"
        argv = ["bash", "-c", script]
    else:
        argv = [str(clone / ".venv" / "bin" / "python"), "-c", code]
    done = subprocess.run(
        argv, cwd=clone, env=_env(clone), capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, f"{code}\n--- stdout\n{done.stdout}\n--- stderr\n{done.stderr}"
    assert "Traceback" not in done.stderr and "kg: error" not in done.stderr, done.stderr
    assert "(0 rows)" not in done.stdout, f"an example that shows nothing:\n{done.stdout}"


def test_the_examples_made_what_the_readme_says(clone: Path) -> None:
    """Run after the examples (tests run in file order): their files are there."""
    for name in ("facts.csv", "zhejiang.html", "graph.ttl", "graph.graphml", "similarity.png"):
        assert (clone / name).stat().st_size > 0, name
    assert (clone / "graph-api.html").is_file()
    assert "https://w3id.org/zhkg/id/province/zhejiang" in (clone / "facts.csv").read_text(
        encoding="utf-8"
    )
