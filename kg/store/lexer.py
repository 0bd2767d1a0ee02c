"""SPARQL text as tokens: strings, IRIs, comments and variables told apart from the rest.

The terminals follow the SPARQL 1.1 grammar (section 19.8), with the escapes Oxigraph
also reads inside IRIs (``\\uXXXX``). It is not a parser: it lets the store substitute a
parameter once (:func:`kg.store.sparql.bind_params`), see a dataset clause
(:mod:`kg.store.dataset`) and find requests to other servers (:mod:`kg.store.outbound`)
without being fooled by a keyword inside a string, an IRI or a comment.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Token", "tokenize"]

_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_U = _BASE + "_"
_CHARS = _U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = r"%[0-9A-Fa-f]{2}|\\[_~.\-!$&'()*+,;=/?#@%]"
_PREFIX = f"[{_BASE}](?:[{_CHARS}.]*[{_CHARS}])?"
_LOCAL = f"(?:[{_U}:0-9]|{_PLX})(?:(?:[{_CHARS}.:]|{_PLX})*(?:[{_CHARS}:]|{_PLX}))?"
_VARNAME = f"[{_U}0-9][{_U}0-9\u00b7\u0300-\u036f\u203f-\u2040]*"

# Order matters where two terminals start alike: a long string before a short one, an
# IRI before the "<" operator, a prefixed name before a bare word.
_TOKEN = re.compile(
    "|".join(
        [
            r"(?P<ws>[ \t\r\n]+)",
            r"(?P<comment>#[^\r\n]*)",
            r"(?P<string>'''(?:(?:'|'')?(?:[^'\\]|\\.))*'''"
            r'|"""(?:(?:"|"")?(?:[^"\\]|\\.))*"""'
            r"|'(?:[^'\\\r\n]|\\.)*'"
            r'|"(?:[^"\\\r\n]|\\.)*")',
            r'(?P<iri><(?:[^<>"{}|^`\\\x00-\x20]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})*>)',
            f"(?P<var>[?$]{_VARNAME})",
            f"(?P<bnode>_:[{_U}0-9](?:[{_CHARS}.]*[{_CHARS}])?)",
            f"(?P<pname>(?:{_PREFIX})?:(?:{_LOCAL})?)",
            r"(?P<langtag>@[a-zA-Z]+(?:-[a-zA-Z0-9]+)*)",
            r"(?P<number>[0-9]+(?:\.[0-9]*)?(?:[eE][+-]?[0-9]+)?|\.[0-9]+(?:[eE][+-]?[0-9]+)?)",
            r"(?P<word>[^\W\d]\w*)",
            r"(?P<punct>\^\^|\|\||&&|!=|<=|>=|[{}()\[\];,.*+\-/!=<>|^])",
            r"(?P<other>.)",
        ]
    ),
    re.DOTALL,
)


@dataclass(frozen=True)
class Token:
    """One terminal: its kind (a group name of the pattern above), text and span."""

    kind: str
    text: str
    start: int
    end: int


def tokenize(sparql: str, *, keep_space: bool = False) -> list[Token]:
    """The tokens of ``sparql`` in order; white space and comments only when asked.

    Nothing is refused here: a character no terminal starts with is an ``other`` token,
    and the store's parser reports the mistake.
    """
    out = []
    for m in _TOKEN.finditer(sparql):
        kind = m.lastgroup or "other"
        if keep_space or kind not in ("ws", "comment"):
            out.append(Token(kind, m.group(), m.start(), m.end()))
    return out
