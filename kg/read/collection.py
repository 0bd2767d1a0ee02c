"""Collections laid out as ``<dir>/index.tsv`` (id, title, date, chars) plus ``<dir>/<id>.txt``.

This is the layout of the shared corpus (``../shared/corpus/<collection>/``). Reading a
collection through its index keeps each document's real title and date, which the
text alone does not always state (the date matters for diffusion over time).
"""

from __future__ import annotations

import os
from pathlib import Path

from kg.errors import InputError
from kg.model import Document
from kg.read.document import read_path
from kg.read.index import INDEX_NAME, read_index

__all__ = ["find_shared", "read_collection"]


def find_shared(start: str | Path | None = None) -> Path | None:
    """The shared folder: ``$KG_SHARED``, else ``shared/`` beside the working directory,
    one of its parents, or the checkout this package lives in; None when there is none."""
    env = os.environ.get("KG_SHARED")
    if env:
        return Path(env) if Path(env).is_dir() else None
    here = Path(start) if start is not None else Path.cwd()
    package_root = Path(__file__).resolve().parents[2]
    for base in (here, *here.resolve().parents, package_root, *package_root.parents):
        candidate = base / "shared"
        if (candidate / "corpus").is_dir():
            return candidate
    return None


def read_collection(
    directory: str | Path, *, limit: int | None = None, contains: str | None = None
) -> list[Document]:
    """The documents of one collection in index order, with the index's titles and dates
    (:mod:`kg.read.index`; an index that cannot serve is an :class:`InputError`).

    ``contains`` keeps only documents whose text contains it; ``limit`` stops after
    that many documents are kept.
    """
    folder = Path(directory)
    index = folder / INDEX_NAME
    if not index.is_file():
        raise InputError(str(folder), "no index.tsv here (expected id, title, date columns)")
    docs: list[Document] = []
    for doc_id, entry in read_index(index).entries.items():
        if limit is not None and len(docs) >= limit:
            break
        path = folder / f"{doc_id}.txt"
        (doc,) = read_path(str(path))
        if contains is not None and contains not in doc.text:
            continue
        docs.append(entry.apply(doc))  # the document `kg build` reads from the file
    return docs
