"""Which files a build reads: paths, directories and globs expanded; formats by suffix."""

from __future__ import annotations

import glob
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import PurePath

from kg.errors import InputError
from kg.read.index import INDEX_NAME

__all__ = [
    "FORMAT_OF_SUFFIX",
    "ID_SOURCES",
    "STDIN",
    "STDIN_SOURCE",
    "SUPPORTED_SUFFIXES",
    "InputFiles",
    "document_id",
    "expand_inputs",
    "file_name",
    "file_stem",
    "file_suffix",
    "format_of_path",
    "format_of_suffix",
    "is_supported",
    "list_inputs",
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


#: How a file's document gets its id: ``name`` (the file name without its suffix) or
#: ``path`` (its path without the suffix, as given or found).
ID_SOURCES = ("name", "path")


@dataclass
class InputFiles:
    """The files a build reads, and what it passed over.

    ``unsupported`` are files found in a directory or by a glob whose suffix zhkg does
    not read (``.json``, ``.pdf`` …); a folder's ``index.tsv`` is not one of them (a
    build reads it as the folder's metadata: :mod:`kg.read.index`).
    """

    files: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)


def expand_inputs(paths: Sequence[str]) -> list[str]:
    """The files to read for ``paths`` (see :func:`list_inputs`)."""
    return list_inputs(paths).files


def list_inputs(paths: Sequence[str]) -> InputFiles:
    """The files to read for ``paths``: files as given, directories and globs expanded.

    Directories are walked recursively (hidden entries skipped), in sorted order; files
    with a supported suffix are read and the others listed in ``unsupported``. Glob
    patterns (``*``, ``?``, ``[``, ``**``) are expanded in sorted order; of their matches
    only supported files are kept, unless none is, so that reading them reports the
    unsupported format. ``-`` (stdin) is kept. A file named twice is listed once.
    """
    out = InputFiles()
    seen: set[str] = set()

    def add(path: str) -> None:
        if path not in seen:
            seen.add(path)
            out.files.append(path)

    for path in paths:
        if path == STDIN:
            add(path)
        elif os.path.isdir(path):
            inside, other = _walk(path)
            out.unsupported.extend(other)
            if not inside:
                raise InputError(path, _no_supported_file(other))
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
                if os.path.isdir(match):
                    inside, other = _walk(match)
                    files.extend(inside + other)
                else:
                    files.append(match)
            supported = [f for f in files if is_supported(f)]
            if supported:
                out.unsupported.extend(f for f in files if _other_type(f))
            for found in supported or files:
                add(found)
        else:
            raise InputError(path, "no such file or directory")
    return out


def _no_supported_file(other: list[str]) -> str:
    problem = "no .txt, .md, .html, .htm or .jsonl file in this directory"
    if not other:
        return problem
    suffixes = sorted({file_suffix(f).lower() or "(no suffix)" for f in other})
    return f"{problem} (only {', '.join(suffixes)}; convert them to text first)"


def _walk(directory: str) -> tuple[list[str], list[str]]:
    """The supported and the unsupported files under ``directory``, each sorted."""
    found: list[str] = []
    other: list[str] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for name in files:
            if name.startswith("."):
                continue
            if is_supported(name):
                found.append(os.path.join(root, name))
            elif name != INDEX_NAME:  # metadata, read with the folder's files
                other.append(os.path.join(root, name))
    return sorted(found), sorted(other)


def _other_type(path: str) -> bool:
    """Whether ``path`` is passed over: not read, and not a folder's index."""
    return not is_supported(path) and file_name(path) != INDEX_NAME


def document_id(path: str, source: str = "name") -> str | None:
    """The id of a file's one document when ids come from ``source``: None for
    ``name`` (the reader's own id, the file name without its suffix); for ``path``, the
    path without its suffix, relative to the working directory when inside it, with
    ``/`` between folders (``corpus/a/index.txt`` is ``corpus/a/index``), so that a file
    built alone or in its directory is the same document."""
    if source not in ID_SOURCES:
        raise ValueError(f"source must be one of {ID_SOURCES}, not {source!r}")
    if source == "name" or path == STDIN:
        return None
    rel = os.path.normpath(path)
    if os.path.isabs(rel):
        inside = os.path.relpath(rel)
        rel = inside if not inside.startswith("..") else rel
    stem, suffix = os.path.splitext(rel)
    parts = (stem if suffix else rel).replace(os.sep, "/").split("/")
    # a path given as ../x/a.txt or /tmp/x/a.txt: the folders, not how to get there
    return "/".join(p for p in parts if p not in ("", ".", "..")) or None


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
