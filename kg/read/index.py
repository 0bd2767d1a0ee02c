"""A folder's curated metadata: ``<dir>/index.tsv`` gives the titles and dates of its files.

The shared corpus keeps each collection's metadata beside its files (tab-separated, a
header row ``id  title  date  chars``), because a news story's text seldom states its
date. A build gives the document of each file whose name, without its suffix, is an id
of its folder's index that row's title and date: curated metadata wins over what is
detected from the text, and an empty cell keeps what was detected. Other columns are
ignored; the header's names count in any case.
"""

from __future__ import annotations

import csv
import dataclasses
import datetime
import io
import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.errors import InputError
from kg.model import Document
from kg.read.decode import decode_bytes
from kg.read.meta import parse_date
from kg.xmlchars import xml_safe

__all__ = ["INDEX_NAME", "FolderIndex", "IndexEntry", "IndexLookup", "read_index"]

#: The name of a folder's metadata file.
INDEX_NAME = "index.tsv"

_ISO = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")
_COMPACT = re.compile(r"([0-9]{4})([0-9]{2})([0-9]{2})")  # 20250301 (not 250301: no year)
_SHOWN = 3  # problems named in a warning; the others are counted


@dataclass(frozen=True)
class IndexEntry:
    """One row of an index: the title and date it gives (None: an empty cell)."""

    title: str | None = None
    date: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD

    def apply(self, doc: Document) -> Document:
        """``doc`` with this row's title and date where the row has them."""
        changed = {k: v for k, v in (("title", self.title), ("date", self.date)) if v}
        return dataclasses.replace(doc, **changed) if changed else doc


@dataclass(frozen=True)
class FolderIndex:
    """An index as read: its rows by id, in file order, and the cells it left out.

    ``problems`` name the rows or cells that were not used (a date that is not one, a
    row without an id, an id given twice: the first row counts).
    """

    path: str
    entries: dict[str, IndexEntry]
    problems: tuple[str, ...] = ()

    def warning(self) -> str | None:
        """One line about the problems, None when there are none."""
        if not self.problems:
            return None
        shown = "; ".join(self.problems[:_SHOWN])
        more = len(self.problems) - _SHOWN
        rest = f"; and {more} more" if more > 0 else ""
        return f"{self.path}: {shown}{rest} (left out: the text's own title and date count)"


def read_index(path: str | Path) -> FolderIndex:
    """The index at ``path``; an :class:`InputError` when it cannot serve as one.

    It must be readable text (UTF-8, or an encoding :func:`decode_bytes` detects) whose
    header row names an ``id`` column and a ``title`` or ``date`` column. A date is
    ``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD`` or a form :func:`parse_date` reads
    (``2025/1/3``, ``2025年1月3日``, with a time after it).
    """
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except OSError as err:
        raise InputError(name, f"cannot read ({err.strerror or err})") from None
    text, _ = decode_bytes(data, name)
    # made XML-safe whole (tab and line breaks are safe), as a document's text is
    rows = csv.reader(io.StringIO(xml_safe(text), newline=""), dialect="excel-tab")
    try:
        header = [cell.strip().lower() for cell in next(rows, [])]
        if "id" not in header:
            found = ", ".join(repr(c) for c in header if c) or "nothing"
            raise InputError(name, f"no 'id' column (the header row holds {found})")
        if "title" not in header and "date" not in header:
            raise InputError(name, "neither a 'title' nor a 'date' column beside 'id'")
        return _entries(name, rows, header)
    except csv.Error as err:
        raise InputError(name, f"not a tab-separated table ({err})", rows.line_num) from None


def _entries(name: str, rows: Any, header: list[str]) -> FolderIndex:
    """The rows of ``rows`` (a :func:`csv.reader`, for its ``line_num``) by id."""
    at: dict[str, int] = {c: header.index(c) for c in ("id", "title", "date") if c in header}

    def cell(row: list[str], column: str) -> str:
        i = at.get(column)
        return row[i].strip() if i is not None and i < len(row) else ""

    entries: dict[str, IndexEntry] = {}
    first: dict[str, int] = {}
    problems: list[str] = []
    dates: dict[str, str | None] = {}  # a collection has far fewer dates than rows
    for row in rows:
        if not "".join(row).strip():
            continue
        line = rows.line_num
        doc_id = cell(row, "id")
        if not doc_id:
            problems.append(f"line {line} has no id")
            continue
        if doc_id in first:
            problems.append(f"line {line}: id {doc_id!r} repeats line {first[doc_id]}")
            continue
        first[doc_id] = line
        raw = cell(row, "date")
        if raw not in dates:
            dates[raw] = index_date(raw) if raw else None
        date = dates[raw]
        if raw and date is None:
            problems.append(f"line {line}: {raw!r} is not a date")
        entries[doc_id] = IndexEntry(cell(row, "title") or None, date)
    return FolderIndex(name, entries, tuple(problems))


def index_date(value: str) -> str | None:
    """``value`` as an ISO date (YYYY, YYYY-MM or YYYY-MM-DD, from these or YYYYMMDD and
    other written forms), None when it is not one (2025-02-30, yesterday)."""
    match = _ISO.fullmatch(value) or _COMPACT.fullmatch(value)
    if match is None:
        return parse_date(value)
    year, month, day = match.groups()
    try:
        datetime.date(int(year), int(month or 1), int(day or 1))
    except ValueError:
        return None
    return "-".join(part for part in (year, month, day) if part)


@dataclass
class IndexLookup:
    """The index entries of the files a build reads, each folder's index read once.

    ``warn`` receives one line for each index that cannot be read (the build goes on
    without it) or that has rows or cells left out. ``used`` lists the indexes that gave
    a file its metadata.
    """

    warn: Callable[[str], None] | None = None
    used: list[str] = field(default_factory=list)
    _folders: dict[str, FolderIndex | None] = field(default_factory=dict)

    def entry(self, path: str, doc_id: str) -> IndexEntry | None:
        """The row of ``path``'s folder's index for ``doc_id`` (the file's name without
        its suffix), None when there is no such index or row, or the row is empty."""
        folder = os.path.dirname(path)
        if folder not in self._folders:
            self._folders[folder] = self._read(os.path.join(folder, INDEX_NAME))
        index = self._folders[folder]
        found = index.entries.get(doc_id) if index is not None else None
        if found is None or (found.title is None and found.date is None):
            return None
        if index is not None and index.path not in self.used:
            self.used.append(index.path)
        return found

    def _read(self, path: str) -> FolderIndex | None:
        if not os.path.isfile(path):
            return None
        try:
            index = read_index(path)
        except InputError as exc:
            self._say(f"{exc}; built without it (titles and dates from the text)")
            return None
        warning = index.warning()
        if warning is not None:
            self._say(warning)
        return index

    def _say(self, line: str) -> None:
        if self.warn is not None:
            self.warn(line)
