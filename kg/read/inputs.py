"""Which files a build reads: paths, directories and globs expanded; formats by suffix."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Sequence
from pathlib import PurePath

from kg.errors import InputError

__all__ = [
    "FORMAT_OF_SUFFIX",
    "STDIN",
    "STDIN_SOURCE",
    "SUPPORTED_SUFFIXES",
    "expand_inputs",
    "file_name",
    "file_stem",
    "file_suffix",
    "format_of_path",
    "format_of_suffix",
    "is_supported",
    "normalize_newlines",
]

SUPPORTED_SUFFIXES = (".txt", ".md", ".html", ".htm", ".jsonl")

FORMAT_OF_SUFFIX = {
    ".txt": "text",
    ".md": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
}
_FORMATS = ("text", "html", "jsonl")
STDIN = "-"
STDIN_SOURCE = "<stdin>"
_GLOB_MAGIC = re.compile(r"[*?[]")


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """The files to read for ``paths``: files as given, directories and globs expanded.

    Directories are walked recursively for files with a supported suffix (hidden
    entries skipped), in sorted order. Glob patterns (``*``, ``?``, ``[``, ``**``)
    are expanded in sorted order; of their matches only supported files are kept,
    unless none is, so that reading them reports the unsupported format. ``-``
    (stdin) is kept. A file named twice is listed once.
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            out.append(path)

    for path in paths:
        if path == STDIN:
            add(path)
        elif os.path.isdir(path):
            inside = _walk(path)
            if not inside:
                raise InputError(path, "no .txt, .md, .html, .htm or .jsonl file in this directory")
            for found in inside:
                add(found)
        elif os.path.lexists(path):
            add(path)
        elif _GLOB_MAGIC.search(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                raise InputError(path, "pattern matches no file")
            files: list[str] = []
            for match in matches:
                files.extend(_walk(match) if os.path.isdir(match) else [match])
            supported = [f for f in files if is_supported(f)]
            for found in supported or files:
                add(found)
        else:
            raise InputError(path, "no such file or directory")
    return out


def _walk(directory: str) -> list[str]:
    found: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        found.extend(
            os.path.join(root, name)
            for name in files
            if not name.startswith(".") and is_supported(name)
        )
    return sorted(found)


def is_supported(path: str) -> bool:
    return file_suffix(path).lower() in FORMAT_OF_SUFFIX


def file_suffix(path: str) -> str:
    """``PurePath(path).suffix``: ``.txt`` of ``a/b.txt``, nothing for ``.hidden``."""
    name = file_name(path)
    i = name.rfind(".")
    return name[i:] if 0 < i < len(name) - 1 else ""


def file_stem(path: str) -> str:
    """``PurePath(path).stem``: ``b`` of ``a/b.txt``."""
    name = file_name(path)
    i = name.rfind(".")
    return name[:i] if 0 < i < len(name) - 1 else name


def file_name(path: str) -> str:
    """``PurePath(path).name``, without making a path object (a build reads thousands)."""
    name = path.rpartition("/")[2]
    if os.sep == "/" and os.altsep is None and name not in ("", "."):
        return name  # POSIX: the last component, unless the path ends in / or /.
    return PurePath(path).name


def format_of_path(path: str) -> str:
    suffix = file_suffix(path).lower()
    if suffix in FORMAT_OF_SUFFIX:
        return FORMAT_OF_SUFFIX[suffix]
    expected = "expected .txt, .md, .html, .htm or .jsonl"
    if not suffix:
        raise InputError(path, f"unsupported format: no file suffix ({expected})")
    raise InputError(path, f"unsupported format '{suffix}' ({expected})")


def format_of_suffix(suffix: str) -> str | None:
    """``text``, ``html`` or ``jsonl`` for a supported suffix (``.txt``, any case), else None."""
    return FORMAT_OF_SUFFIX.get(suffix.lower())


def normalize_newlines(text: str) -> str:
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")
