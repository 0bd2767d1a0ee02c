"""Characters XML 1.0 forbids, and the one they are replaced by.

XML 1.0 allows tab, line feed, carriage return and every other character from U+0020 on,
except the surrogates and U+FFFE, U+FFFF. Documents are made XML-safe as they are read,
each forbidden character replaced by U+FFFD (one character for one, so every offset into
the text stays true). The XML writers (SPARQL XML results, RDF/XML, GraphML) apply the same
replacement to what reaches them by other ways (a SPARQL update, an older store).
"""

from __future__ import annotations

import re

__all__ = ["REPLACEMENT", "has_xml_forbidden", "xml_safe"]

#: What each forbidden character becomes.
REPLACEMENT = "\ufffd"

_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_safe(text: str) -> str:
    """``text`` with each character XML 1.0 forbids replaced by U+FFFD (same length)."""
    return _FORBIDDEN.sub(REPLACEMENT, text) if _FORBIDDEN.search(text) else text


def has_xml_forbidden(text: str) -> bool:
    """Whether ``text`` holds a character XML 1.0 forbids."""
    return _FORBIDDEN.search(text) is not None
