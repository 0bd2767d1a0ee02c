"""JSON Lines: one document a line, with its id, text and metadata.

A record's ``url`` becomes the document's IRI (``dcterms:source``) when it is an http(s)
URL: one that is not a valid IRI (a space, a bad host) is dropped with a warning naming
the file and the line (logger ``kg.read``), and the record is built without it.
"""

from __future__ import annotations

import json
import logging
import re

import pyoxigraph as ox

from kg.errors import InputError
from kg.model import Document
from kg.read.index import index_date
from kg.read.inputs import STDIN, file_stem, normalize_newlines
from kg.read.meta import detect_date

__all__ = ["read_jsonl"]


def read_jsonl(
    text: str, name: str, source: str, encoding: str, bad: list[InputError] | None = None
) -> list[Document]:
    """The documents of a JSON Lines text, one a line. A bad line is an :class:`InputError`
    naming it, unless ``bad`` is given: then it is added there and the other lines are read
    (``kg build --keep-going``)."""
    stem = "stdin" if name == STDIN else file_stem(name)
    docs: list[Document] = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            docs.append(_record(line, number, name, stem, source, encoding, first_line))
        except InputError as exc:
            if bad is None:
                raise
            bad.append(exc)
    if not docs and not bad:
        raise InputError(name, "empty document")
    return docs


def _record(
    line: str,
    number: int,
    name: str,
    stem: str,
    source: str,
    encoding: str,
    first_line: dict[str, int],
) -> Document:
    """The document of line ``number``; ``first_line`` holds the line of each id so far."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as err:
        raise InputError(name, f"invalid JSON ({err.msg})", number) from None
    if not isinstance(record, dict):
        raise InputError(name, "not a JSON object", number)
    body = record.get("text")
    if body is None or (isinstance(body, str) and not body.strip()):
        raise InputError(name, "missing 'text'", number)
    if not isinstance(body, str):
        raise InputError(name, "'text' must be a string", number)
    raw_id = record.get("id")
    if raw_id is None:
        doc_id = f"{stem}-{number}"
    elif isinstance(raw_id, str) and raw_id.strip():
        doc_id = raw_id.strip()
    elif isinstance(raw_id, int | float) and not isinstance(raw_id, bool):
        doc_id = str(int(raw_id)) if float(raw_id).is_integer() else str(raw_id)
    else:
        raise InputError(name, "'id' must be a string or a number", number)
    if doc_id in first_line:
        raise InputError(
            name,
            f"duplicate id {doc_id!r} (first used on line {first_line[doc_id]})",
            number,
        )
    meta: dict[str, str | None] = {}
    for key in ("title", "date", "url", "province"):
        value = record.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(name, f"{key!r} must be a string", number)
        meta[key] = (value.strip() or None) if isinstance(value, str) else None
    body = normalize_newlines(body)
    url = _checked_url(meta["url"], name, number)
    date = _checked_date(meta["date"], name, number) or detect_date(body)
    first_line[doc_id] = number  # (only a line read whole holds its id)
    return Document(
        id=doc_id,
        text=body,
        title=meta["title"],
        date=date,
        source=url or source,
        province=meta["province"],
        encoding=encoding,
    )


_log = logging.getLogger("kg.read")


def _checked_date(date: str | None, name: str, line: int) -> str | None:
    """``date`` as an ISO date, or None (with a warning) when it is none: a date taken as
    written would sort wrong among the others (20250101 after 2025-02-01)."""
    iso = index_date(date) if date else None
    if date and iso is None:
        _log.warning(
            "%s: line %d: 'date' %r is not a date (write YYYY-MM-DD); it is read from the text",
            name,
            line,
            date,
        )
    return iso


def _checked_url(url: str | None, name: str, line: int) -> str | None:
    """``url``, or None (with a warning) when it is an http(s) URL that is not an IRI."""
    if url is None or not re.match(r"(?i)https?:", url):
        return url
    try:
        ox.NamedNode(url)  # the store's own reading of an IRI (RFC 3987)
    except ValueError as exc:
        _log.warning(
            "%s: line %d: 'url' %r is not a valid IRI (%s); the document is built without it",
            name,
            line,
            url,
            str(exc).splitlines()[0] if str(exc) else "invalid",
        )
        return None
    return url
