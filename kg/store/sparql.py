"""SPARQL helpers shared by every store: prefixes, parameters, plain-string results."""

from __future__ import annotations

import difflib
import math
import re
from collections.abc import Iterable, Mapping
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.store.lexer import tokenize
from kg.vocabulary import PREFIXES

__all__ = [
    "PREFIXES",
    "Param",
    "SparqlReads",
    "bind_params",
    "check_nesting",
    "check_timeout",
    "first_line",
    "is_update",
    "json_term",
    "solution_rows",
    "syntax_message",
    "term_value",
    "triple_strings",
]

#: A parameter's value: text (a string literal) or an RDF term of its own.
Param = str | ox.NamedNode | ox.Literal


def solution_rows(result: Any) -> list[dict[str, str]]:
    """A SELECT result's rows as plain strings (unbound variables are absent)."""
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError("expected a SELECT query")
    names = [v.value for v in result.variables]
    rows = []
    for solution in result:
        row = {}
        for name in names:
            term = solution[name]
            if term is not None:
                row[name] = term_value(term)
        rows.append(row)
    return rows


def triple_strings(result: Any) -> list[tuple[str, str, str]]:
    """A CONSTRUCT/DESCRIBE result's triples as plain strings."""
    if not isinstance(result, ox.QueryTriples):
        raise QueryError("expected a CONSTRUCT or DESCRIBE query")
    return [(term_value(t.subject), term_value(t.predicate), term_value(t.object)) for t in result]


def term_value(term: Any) -> str:
    """The plain string of an RDF term: an IRI, a literal's lexical form, a blank node id."""
    return str(term.value)


class SparqlReads:
    """Plain-string reads over ``query``: shared by the local store and a remote one."""

    def query(
        self,
        sparql: str,
        *,
        update: bool = False,
        params: Mapping[str, Param] | None = None,
        timeout: float | None = None,
        allow_service: Iterable[str] = (),
    ) -> Any:
        raise NotImplementedError

    def select(
        self, sparql: str, params: Mapping[str, Param] | None = None
    ) -> list[dict[str, str]]:
        """A SELECT query's rows as plain strings (unbound variables are absent)."""
        return solution_rows(self.query(sparql, params=params))

    def construct(self, sparql: str) -> list[tuple[str, str, str]]:
        """A CONSTRUCT/DESCRIBE query's triples as plain strings."""
        return triple_strings(self.query(sparql))

    def documents(self) -> list[str]:
        """Ids of the documents in the store, sorted."""
        rows = self.select(
            "SELECT ?id WHERE { ?d a kg:Document ; dcterms:identifier ?id } ORDER BY ?id"
        )
        return [r["id"] for r in rows]


def bind_params(sparql: str, params: Mapping[str, Param] | None) -> str:
    """Write parameters into a query, each once, as an RDF term.

    The variable ``?param_NAME`` (or ``$param_NAME``) becomes the value: a string as a
    string literal, an ``ox.NamedNode`` or ``ox.Literal`` as itself; ``?param_NAME_zh``
    becomes a string tagged ``@zh`` (as names are stored, so that a query can look a
    name up in the store's indexes instead of comparing every name). Variables are found
    by :func:`kg.store.lexer.tokenize`, never inside strings, IRIs or comments, and the
    query is rewritten in one pass: a value is never read again, so text in it (even
    ``?param_other`` or a quote) stays inside its literal.
    """
    if not params:
        return sparql
    terms: dict[str, str] = {}
    for name, value in params.items():
        terms[name] = _term(name, value)
        if isinstance(value, str):
            terms.setdefault(f"{name}_zh", _term(name, value, "zh"))
    out, last = [], 0
    for tok in tokenize(sparql):
        if tok.kind == "var" and tok.text[1:7] == "param_" and tok.text[7:] in terms:
            out += [sparql[last : tok.start], terms[tok.text[7:]]]
            last = tok.end
    return "".join(out) + sparql[last:] if out else sparql


def _term(name: str, value: Param, language: str | None = None) -> str:
    if isinstance(value, ox.NamedNode | ox.Literal):
        return str(value)
    if not isinstance(value, str):
        raise QueryError(f"parameter {name!r}: expected text, an IRI or a literal")
    try:
        return str(ox.Literal(value, language=language))
    except ValueError:  # a lone surrogate: not text RDF can hold
        raise QueryError(f"parameter {name!r}: not valid Unicode text") from None


def is_update(sparql: str) -> bool:
    """True when the text is a SPARQL Update: its first word after the prologue (PREFIX
    and BASE declarations, white space and comments) is one of an update's. Read token by
    token in one pass, so a long or hostile prologue costs its length, and a ``#`` inside
    an IRI (``<…rdf-syntax-ns#>``) is not taken for a comment."""
    pos = 0
    while True:
        word = _KEYWORD.match(sparql, _skip_gap(sparql, pos))
        if word is None:
            return False
        keyword = word.group().upper()
        if keyword not in ("PREFIX", "BASE"):
            return keyword in _UPDATES
        pos = _skip_gap(sparql, word.end())
        if keyword == "PREFIX":
            name = _PREFIX_NAME.match(sparql, pos)
            if name is None:
                return False
            pos = _skip_gap(sparql, name.end())
        iri = _IRI.match(sparql, pos)
        if iri is None:
            return False
        pos = iri.end()


_KEYWORD = re.compile(r"[A-Za-z]+(?![\w:])")
_PREFIX_NAME = re.compile(r"[^\s:<>#]*:")  # (any letters SPARQL allows: 例:, é:)
_IRI = re.compile(r"<[^<>\s]*>")
_SPACE = re.compile(r"\s*")
_COMMENT = re.compile(r"#[^\r\n]*")


def _skip_gap(text: str, pos: int) -> int:
    """The position after the white space and comments at ``pos`` (a comment ends at a line
    feed or a carriage return, as Oxigraph reads it)."""
    while True:
        pos = _SPACE.match(text, pos).end()  # type: ignore[union-attr]
        if not text.startswith("#", pos):
            return pos
        pos = _COMMENT.match(text, pos).end()  # type: ignore[union-attr]


def check_timeout(timeout: float | None) -> None:
    """Refuse (a :class:`QueryError`) a timeout that is no positive number of seconds (0,
    -1, inf, or NaN, which compares false to everything and so would switch it off)."""
    if timeout is not None and not 0 < timeout < math.inf:
        raise QueryError(f"--timeout must be a positive number of seconds, not {timeout}")


#: How deeply brackets may nest in a query or an update: Oxigraph's parser recurses on
#: them and overflows its stack (the process dies) somewhere past 1,600.
MAX_NESTING = 250


def check_nesting(sparql: str) -> None:
    """Refuse (a :class:`QueryError`) a text whose brackets nest deeper than
    :data:`MAX_NESTING`. Brackets in strings and comments do not count. A ``<…>`` may be an
    IRI or two comparisons (``1<((…))>0``), so its brackets count as much as either
    reading could make them: its opening ones, less only the closing ones it holds."""
    if sum(sparql.count(c) for c in "{([") <= MAX_NESTING:
        return  # (nearly every query: too few brackets to nest that deep)
    depth = 0
    for m in _BRACKETS.finditer(sparql):
        token = m.group()
        if token in "{([":
            depth += 1
        elif token in "})]":
            depth = max(0, depth - 1)
        elif token.startswith("<"):
            peak, net = _brackets_within(token)
            if depth + peak > MAX_NESTING:
                depth += peak
            else:
                depth += net
                continue
        else:
            continue
        if depth > MAX_NESTING:
            raise QueryError(
                f"brackets nest more than {MAX_NESTING} deep at {_at(sparql, m.start())}: "
                "refused, as the SPARQL parser cannot read so deep"
            )


def _brackets_within(span: str) -> tuple[int, int]:
    """How deep the brackets of ``span`` go at most, and how many stay open (neither
    below 0)."""
    depth = peak = 0
    for ch in span:
        if ch in "{([":
            depth += 1
            peak = max(peak, depth)
        elif ch in "})]":
            depth -= 1
    return peak, max(0, depth)


# brackets, and what may hold one that is not code: strings, comments, ``<…>`` and the
# escapes of prefixed names (ex:a\#b). A string closes at its quote, or else at the end
# of its line (or, a long one, of the text), so the scan stays linear; line ends and IRIs
# are read as Oxigraph reads them (\r ends a comment, \u escapes an IRI's character).
_BRACKETS = re.compile(
    r'"""(?:[^"\\]|\\[\s\S]?|"(?!""))*(?:""")?'
    r"|'''(?:[^'\\]|\\[\s\S]?|'(?!''))*(?:''')?"
    r'|"(?:[^"\\\r\n]|\\[^\r\n]?)*"?'
    r"|'(?:[^'\\\r\n]|\\[^\r\n]?)*'?"
    r'|<(?:[^<>"{}|^`\\\x00-\x20]|\\[uU])*>|#[^\r\n]*|\\[\s\S]|[{}()\[\]]'
)


def first_line(exc: BaseException) -> str:
    """The first line of an exception's message: parser errors run to many lines."""
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0]


# ------------------------------------------------------------ parser errors

_FORMS = ("SELECT", "CONSTRUCT", "ASK", "DESCRIBE")
_UPDATES = ("INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH")
# every bare word SPARQL 1.1 (and SPARQL-star, as Oxigraph reads it) knows
_KEYWORDS = frozenset(
    """SELECT CONSTRUCT DESCRIBE ASK WHERE FROM NAMED PREFIX BASE DISTINCT REDUCED AS GROUP BY
    ORDER ASC DESC HAVING LIMIT OFFSET VALUES OPTIONAL UNION MINUS GRAPH SERVICE SILENT FILTER
    BIND NOT EXISTS IN UNDEF A TRUE FALSE INSERT DELETE DATA LOAD CLEAR CREATE DROP COPY MOVE
    ADD WITH USING INTO TO DEFAULT ALL STR LANG LANGMATCHES DATATYPE BOUND IRI URI BNODE RAND
    ABS CEIL FLOOR ROUND CONCAT STRLEN UCASE LCASE ENCODE_FOR_URI CONTAINS STRSTARTS STRENDS
    STRBEFORE STRAFTER YEAR MONTH DAY HOURS MINUTES SECONDS TIMEZONE TZ NOW UUID STRUUID MD5
    SHA1 SHA256 SHA384 SHA512 COALESCE IF STRLANG STRDT SAMETERM ISIRI ISURI ISBLANK ISLITERAL
    ISNUMERIC REGEX SUBSTR REPLACE COUNT SUM MIN MAX AVG SAMPLE GROUP_CONCAT SEPARATOR TRIPLE
    SUBJECT PREDICATE OBJECT ISTRIPLE LATERAL""".split()
)
# what is not code: strings, IRIs, comments (blanked out, positions kept)
_NOT_CODE = re.compile(
    r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
    r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*"
)
_WORD = re.compile(
    r"(?<![\w?$@:.\-])[A-Za-z_][\w\-]*(?![\w:(\-])|(?<![\w?$@:.\-])[A-Za-z_]\w*(?=\()"
)
_PREFIXED = re.compile(r"(?<![\w?$@:.\-<])([A-Za-z][\w.\-]*)?:(?=[\w%\\]|\s|$)")
_DECLARED = re.compile(r"(?i)\bPREFIX\s+([A-Za-z][\w.\-]*)?:")
_CLOSER = {"{": "}", "(": ")", "[": "]"}
_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.DOTALL)


def syntax_message(exc: BaseException, sparql: str) -> str:
    """A SPARQL parser's error as one line a user can act on: the line and column, the
    offending token, and a hint (the unknown prefix and the known ones, the keyword
    that was meant).

    The parser reports how far it got, which is often the end of the query, so the
    common mistakes are looked for in the text first: an unknown prefix, a misspelled
    keyword, an unclosed or unopened bracket.
    """
    code = _NOT_CODE.sub(lambda m: re.sub(r"[^\n]", " ", m.group()), sparql)
    raw = str(exc).strip()
    for check in (_unknown_prefix, _misspelled_keyword, _unbalanced):
        found = check(code)
        if found:
            return found
    m = _AT.match(raw)
    if not m:
        return first_line(exc)
    line, column = int(m.group(1)), int(m.group(2))
    # Oxigraph reports the furthest point it reached, often the end of the query;
    # rdflib's parser stops at the start of the part it cannot read: a better "where".
    other = _rdflib_position(sparql)
    if other is None or other == (line, column):
        return f"{_where(sparql, line, column)}: {_expected(m.group(3))}"
    return f"{_where(sparql, *other)}: the query cannot be read from here on"


def _position(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def _at(text: str, offset: int) -> str:
    line, column = _position(text, offset)
    return f"line {line}, column {column}"


def _unknown_prefix(code: str) -> str | None:
    declared = {m.group(1) or "" for m in _DECLARED.finditer(code)}
    known = set(PREFIXES) | declared
    for m in _PREFIXED.finditer(code):
        name = m.group(1) or ""
        if name in known or (name.upper() == "PREFIX"):
            continue
        near = difflib.get_close_matches(name, sorted(known), n=1, cutoff=0.6)
        hint = f"did you mean {near[0]}:? " if near else ""
        return (
            f"{_at(code, m.start())}: unknown prefix '{name}:'; {hint}declare it "
            f"(PREFIX {name}: <…>) or use a predefined one: {', '.join(sorted(PREFIXES))}"
        )
    return None


def _misspelled_keyword(code: str) -> str | None:
    prologue = re.match(r"(?is)\s*((PREFIX\s+[\w.\-]*:\s*|BASE\s*)\s*)*", code)
    start = prologue.end() if prologue else 0
    first = re.compile(r"[A-Za-z_]\w*").match(code, start)
    if first and first.group().upper() not in _FORMS + _UPDATES:
        word = first.group()
        near = difflib.get_close_matches(word.upper(), _FORMS + _UPDATES, n=1, cutoff=0.6)
        hint = f"; did you mean {near[0]}?" if near else ""
        return (
            f"{_at(code, first.start())}: a query starts with SELECT, CONSTRUCT, ASK or "
            f"DESCRIBE (after PREFIX lines), not '{word}'{hint}"
        )
    for m in _WORD.finditer(code):
        word = m.group()
        if word.upper() in _KEYWORDS:
            continue
        near = difflib.get_close_matches(word.upper(), sorted(_KEYWORDS), n=1, cutoff=0.75)
        if near:
            return (
                f"{_at(code, m.start())}: '{word}' is not a SPARQL keyword; did you mean {near[0]}?"
            )
    return None


def _unbalanced(code: str) -> str | None:
    pairs = {"}": "{", ")": "(", "]": "["}
    stack: list[tuple[str, int]] = []
    for i, ch in enumerate(code):
        if ch in "{([":
            stack.append((ch, i))
        elif ch in pairs:
            if not stack:
                return f"{_at(code, i)}: '{ch}' closes nothing"
            if stack[-1][0] != pairs[ch]:
                opener, j = stack[-1]
                return (
                    f"{_at(code, i)}: '{ch}' before the '{opener}' at {_at(code, j)} is "
                    f"closed (a '{_CLOSER[opener]}' is missing)"
                )
            stack.pop()
    if stack:
        ch, i = stack[-1]
        return f"{_at(code, i)}: the '{ch}' here is never closed (a '{_CLOSER[ch]}' is missing)"
    return None


def _rdflib_position(sparql: str) -> tuple[int, int] | None:
    """Where rdflib's parser stops reading the query (line, column), if it does."""
    from pyparsing import ParseBaseException
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        parseQuery(sparql)
    except ParseBaseException as exc:
        return exc.lineno, exc.col
    except Exception:  # rdflib may fail in other ways on what it cannot read
        return None
    return None


def _where(sparql: str, line: int, column: int) -> str:
    lines = sparql.split("\n")
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    rest = text[column - 1 :].strip()
    if not rest and line >= len(lines):
        return f"line {line}, column {column}, at the end of the query"
    token = re.match(r"[\w:?$]+|\S", rest)
    return f"line {line}, column {column}, at '{token.group() if token else rest[:10]}'"


def _expected(detail: str) -> str:
    """The parser's list of what it expected, without its character classes."""
    detail = " ".join(detail.split())
    items = re.findall(
        r'"[^"]*"|\b[A-Za-z][A-Za-z_]*\b(?![^\[]*\])', detail.removeprefix("expected")
    )
    words = [i.strip('"') for i in items if i not in ("one", "of", "Prefix", "not", "found")]
    words = [w for w in dict.fromkeys(words) if w]
    if not words:
        return "unexpected text here"
    shown = ", ".join(words[:8]) + (", …" if len(words) > 8 else "")
    return f"expected {shown}"


def json_term(t: Any) -> dict[str, Any]:
    """An RDF term as SPARQL 1.1 JSON results write it."""
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Literal):
        out: dict[str, Any] = {"type": "literal", "value": t.value}
        if t.language:
            out["xml:lang"] = t.language
        elif t.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
            out["datatype"] = t.datatype.value
        return out
    if isinstance(t, ox.Triple):
        return {
            "type": "triple",
            "value": {
                "subject": json_term(t.subject),
                "predicate": json_term(t.predicate),
                "object": json_term(t.object),
            },
        }
    return {"type": "literal", "value": str(t)}
