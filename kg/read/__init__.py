"""Files to documents: decode, read HTML and JSON Lines, detect titles and dates (or take a
folder's ``index.tsv``)."""

from __future__ import annotations

from kg.read.collection import find_shared, read_collection
from kg.read.decode import decode_bytes
from kg.read.document import read_bytes, read_path, read_text
from kg.read.index import read_index
from kg.read.inputs import SUPPORTED_SUFFIXES, expand_inputs, format_of_suffix
from kg.read.meta import detect_date, detect_title

__all__ = [
    "SUPPORTED_SUFFIXES",
    "decode_bytes",
    "detect_date",
    "detect_title",
    "expand_inputs",
    "find_shared",
    "format_of_suffix",
    "read_bytes",
    "read_collection",
    "read_index",
    "read_path",
    "read_text",
]
