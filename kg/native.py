"""Compiled extraction: ``kg.relate`` and ``kg.text`` built with mypyc into the Python
environment, and used only while they were built from the sources beside them.

``python -m kg.native build`` compiles the modules of :data:`PACKAGES` (but those of
:data:`LEFT_OUT`) into ``<environment>/lib/zhkg-native`` (``ZHKG_NATIVE_DIR`` overrides), with
a manifest of the SHA-256 of every source it compiled; ``make run`` does it once. A package
of :data:`PACKAGES` puts that directory first on its ``__path__`` (:func:`package_path`) only
when every digest still matches the source and the interpreter is the one it was built for:
an edited checkout runs its own Python until the next build, never a stale module.
``ZHKG_PURE=1`` runs the Python sources whatever is built. The compiled modules extract the
same facts, about 1.5 times as fast (docs/performance.md).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from functools import cache
from pathlib import Path

__all__ = [
    "LEFT_OUT",
    "PACKAGES",
    "active_dir",
    "build",
    "native_dir",
    "package_path",
    "sources",
    "summary",
    "why_not",
]

PACKAGES = ("kg.relate", "kg.text")
# package files, modules that find their data files beside their own source (words.py,
# wordlists.py), and the scorer, which mypyc cannot compile and no build runs
LEFT_OUT = frozenset({"__init__.py", "agreement.py", "evaluate.py", "words.py", "wordlists.py"})
MANIFEST = "manifest.json"
_KG = Path(__file__).resolve().parent


def native_dir() -> Path:
    """Where the compiled modules are (built or not)."""
    return Path(os.environ.get("ZHKG_NATIVE_DIR") or Path(sys.prefix) / "lib" / "zhkg-native")


def sources() -> list[Path]:
    """The source files that are compiled, in a stable order."""
    out: list[Path] = []
    for package in PACKAGES:
        directory = _KG.parent.joinpath(*package.split("."))
        out.extend(p for p in sorted(directory.glob("*.py")) if p.name not in LEFT_OUT)
    return out


def _digests(files: list[Path], root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest() for p in files
    }


def _interpreter() -> dict[str, str]:
    return {
        "cache_tag": str(sys.implementation.cache_tag),
        "soabi": str(sysconfig.get_config_var("SOABI")),
    }


def why_not(directory: Path) -> str | None:
    """Why the modules in ``directory`` cannot be used (``None``: they can)."""
    if os.environ.get("ZHKG_PURE"):
        return "ZHKG_PURE is set"
    try:
        manifest = json.loads((directory / MANIFEST).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return f"nothing built in {directory} (python -m kg.native build)"
    except (OSError, ValueError) as e:
        return f"unreadable manifest in {directory}: {e}"
    if manifest.get("interpreter") != _interpreter():
        return "built for another Python"
    if manifest.get("sources") != _digests(sources(), _KG.parent):
        return "the sources changed since the build (python -m kg.native build)"
    return None


@cache
def _reason() -> str | None:
    """:func:`why_not` of :func:`native_dir`, found once per process (it reads every source)."""
    return why_not(native_dir())


@cache
def active_dir() -> Path | None:
    """The directory of compiled modules in use in this process, or ``None``."""
    directory = native_dir()
    if _reason() is not None:
        return None
    if str(directory) not in sys.path:
        sys.path.append(str(directory))  # (the modules' shared library is a top-level module)
    return directory


def package_path(package: str) -> list[str]:
    """What ``package`` (one of :data:`PACKAGES`) puts before its own directory on its
    ``__path__``: the compiled modules' directory when they are in use."""
    directory = active_dir()
    return [str(directory.joinpath(*package.split(".")))] if directory is not None else []


def summary() -> str:
    """Whether this process extracts with the compiled modules, in a few words."""
    reason = _reason()
    return "compiled extraction" if reason is None else f"pure-Python extraction: {reason}"


def build(quiet: bool = False, force: bool = False) -> Path:
    """Compile the sources with mypyc into :func:`native_dir`, replacing what was there
    (nothing to do when it was built from the same sources, unless ``force``).

    The sources are copied first, so the manifest describes exactly what was compiled.
    Raises ``RuntimeError`` with mypyc's last lines when the build fails (no C compiler,
    no Python headers).
    """
    target = native_dir()
    if not force and not os.environ.get("ZHKG_PURE") and why_not(target) is None:
        if not quiet:
            print(f"compiled modules in {target} are up to date")
        return target
    with tempfile.TemporaryDirectory(prefix="zhkg-native-") as tmp:
        work = Path(tmp)
        shutil.copytree(_KG, work / "kg", ignore=shutil.ignore_patterns("__pycache__", "*.so"))
        compiled = [work / p.relative_to(_KG.parent) for p in sources()]
        run = subprocess.run(
            [
                sys.executable,
                "-m",
                "mypyc",
                "--ignore-missing-imports",
                *(str(p.relative_to(work)) for p in compiled),
            ],
            cwd=work,
            capture_output=True,
            text=True,
            check=False,
        )
        if run.returncode != 0:
            tail = "\n".join((run.stdout + run.stderr).strip().splitlines()[-5:])
            raise RuntimeError(f"mypyc failed:\n{tail}")
        target.parent.mkdir(parents=True, exist_ok=True)
        staging = Path(tempfile.mkdtemp(prefix=".zhkg-native-", dir=target.parent))
        try:
            _stage(work, compiled, staging)
        except OSError:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    old = target.with_name(target.name + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    staging.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    if not quiet:
        print(f"compiled {len(compiled)} modules into {target}")
    return target


def _stage(work: Path, compiled: list[Path], staging: Path) -> None:
    """Copy mypyc's output and the manifest of what it compiled into ``staging``."""
    for lib in work.glob("*__mypyc*.so"):
        shutil.copy2(lib, staging / lib.name)
    for source in compiled:
        for ext in source.parent.glob(source.stem + ".*.so"):
            dest = staging / ext.relative_to(work)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ext, dest)
    manifest = {"interpreter": _interpreter(), "sources": _digests(compiled, work)}
    (staging / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m kg.native", description="zhkg's compiled extraction (mypyc)."
    )
    parser.add_argument("action", choices=("build", "status"))
    parser.add_argument("--force", action="store_true", help="build even when up to date")
    args = parser.parse_args(argv)
    if args.action == "status":
        print(f"{summary()} ({native_dir()})")
        return 0
    try:
        build(force=args.force)
    except (RuntimeError, OSError) as e:
        print(f"kg.native: {e}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
