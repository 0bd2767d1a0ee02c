"""Read documents from files, stdin, bytes and strings.

Each input becomes one or more :class:`~kg.model.Document` whose ``text`` is the
decoded text with line breaks normalised to ``\\n`` and the characters XML 1.0 forbids
(ESC and the other C0 controls but tab and line feed, lone surrogates, U+FFFE/U+FFFF)
replaced by U+FFFD one for one (:mod:`kg.xmlchars`), so that every answer can be written
as XML and every offset stays true; nothing else changes (HTML is the exception: its
text is what the main block of the page renders to).
Every problem a user can fix is raised as :class:`~kg.errors.InputError`.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import BinaryIO

from kg.errors import InputError
from kg.model import Document
from kg.read.decode import declared_charset, decode_bytes
from kg.read.html import read_html
from kg.read.index import IndexEntry
from kg.read.inputs import (
    FORMAT_OF_SUFFIX,
    STDIN,
    STDIN_SOURCE,
    file_stem,
    file_suffix,
    format_of_path,
    normalize_newlines,
)
from kg.read.jsonl import read_jsonl
from kg.read.meta import detect_date, detect_title
from kg.read.unwrap import unwrap_lines
from kg.xmlchars import has_xml_forbidden, xml_safe

__all__ = ["read_bytes", "read_path", "read_text", "xml_safe_document"]

_FORMATS = ("text", "html", "jsonl")


def read_path(
    path: str,
    stdin: BinaryIO | None = None,
    *,
    known: IndexEntry | None = None,
    bad: list[InputError] | None = None,
) -> list[Document]:
    """The documents in the file ``path`` (``-`` reads ``stdin``, default ``sys.stdin``).

    The format comes from the suffix; stdin is sniffed (JSON Lines, HTML, else text).
    ``known`` is the file's row in its folder's ``index.tsv``: a text file's title or date
    that it gives is taken, not detected (the row's are what the build keeps anyway).
    ``bad``: the bad lines of JSON Lines go there and the good ones are read (see
    :func:`~kg.read.jsonl.read_jsonl`).
    """
    if path == STDIN:
        stream = stdin if stdin is not None else sys.stdin.buffer
        return read_bytes(stream.read(), STDIN, None, source=STDIN_SOURCE, bad=bad)
    try:  # (read before anything is asked of the path: a build opens thousands of files)
        data = Path(path).read_bytes()
    except FileNotFoundError:
        raise InputError(path, "no such file or directory") from None
    except IsADirectoryError:
        raise InputError(path, "is a directory, not a file") from None
    except PermissionError:
        raise InputError(path, "permission denied") from None
    except OSError as err:
        raise InputError(path, f"cannot read ({err.strerror or err})") from None
    return read_bytes(data, path, format_of_path(path), source=path, known=known, bad=bad)


def read_bytes(
    data: bytes,
    name: str,
    fmt: str | None = None,
    source: str | None = None,
    *,
    known: IndexEntry | None = None,
    bad: list[InputError] | None = None,
) -> list[Document]:
    """The documents in ``data``, read as the file ``name`` would be (``bad``: as for
    :func:`read_path`).

    ``fmt`` is ``"text"``, ``"html"``, ``"jsonl"`` or None: the suffix of ``name``
    if it is a supported one, else sniffed from the decoded text.
    """
    if fmt is None:
        fmt = FORMAT_OF_SUFFIX.get(file_suffix(name).lower())
    elif fmt not in _FORMATS:
        raise ValueError(f"fmt must be one of {', '.join(_FORMATS)} or None, not {fmt!r}")
    declared = declared_charset(data) if fmt in (None, "html") else None
    text, encoding = decode_bytes(data, name, declared)
    text = normalize_newlines(text)
    if fmt is None:
        fmt = _sniff_format(text)
    if source is None:
        source = name
    if fmt == "jsonl":
        return [xml_safe_document(d) for d in read_jsonl(text, name, source, encoding, bad)]
    doc_id = _doc_id(name, data)
    if fmt == "html":
        body, title, date = read_html(text, name)
        return [xml_safe_document(Document(doc_id, body, title, date, source, None, encoding))]
    text = xml_safe(unwrap_lines(text))  # (text copied out of a PDF: lines cut mid-word)
    title = (known and known.title) or detect_title(text)
    date = (known and known.date) or detect_date(text)
    return [Document(doc_id, text, title, date, source, None, encoding)]


def read_text(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    date: str | None = None,
    source: str | None = None,
    province: str | None = None,
) -> Document:
    """A document from a string; title and date are detected when not given. Lines
    wrapped at a fixed width (text copied out of a PDF) are joined, as in a text file."""
    text = unwrap_lines(normalize_newlines(text))
    if id is None:
        id = "text-" + hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()[:12]
    text = xml_safe(text)
    return xml_safe_document(
        Document(
            id=id,
            text=text,
            title=title if title is not None else detect_title(text),
            date=date if date is not None else detect_date(text),
            source=source,
            province=province,
        )
    )


def xml_safe_document(doc: Document) -> Document:
    """``doc`` with the characters XML 1.0 forbids replaced in its text and metadata
    (one for one: offsets into the text stay true)."""
    changed = {
        f: xml_safe(v)
        for f in ("id", "text", "title", "date", "source", "province")
        if isinstance(v := getattr(doc, f), str) and has_xml_forbidden(v)
    }
    return dataclasses.replace(doc, **changed) if changed else doc


def _doc_id(name: str, data: bytes) -> str:
    digest = hashlib.sha1(data).hexdigest()[:12]
    if name == STDIN:
        return "stdin-" + digest
    return file_stem(name) or "text-" + digest


def _sniff_format(text: str) -> str:
    """``jsonl`` if every non-empty line is a JSON object, ``html`` if it looks like HTML."""
    lines = [line for line in text.split("\n") if line.strip()]
    # Lines that all look like objects are read as JSON Lines even if one is broken (the
    # first, too), so that the user hears which line is broken instead of getting JSON as
    # prose: the first of them that parses says.
    if lines and all(line.lstrip().startswith("{") for line in lines):
        for line in lines[:20]:
            try:
                return "jsonl" if isinstance(json.loads(line), dict) else "text"
            except ValueError:
                continue
    if _LOOKS_LIKE_HTML.search(text[:4096]) and text.lstrip().startswith("<"):
        return "html"
    return "text"


_LOOKS_LIKE_HTML = re.compile(
    r"<(?:!doctype\s+html|html|head|body|meta|title|article|div|p)\b", re.IGNORECASE
)
