"""Requests to other servers: ``SERVICE`` in a query, ``LOAD`` in an update.

Oxigraph evaluates ``SERVICE <iri> { … }`` by sending the inner pattern to ``iri`` over
HTTP, and ``LOAD <iri>`` by fetching it: a query typed into a page, or sent to ``kg serve``
by any web page the user has open, would make this machine call addresses of the
sender's choosing (its own network included). zhkg refuses both unless the host is on an
allow-list (``kg serve --allow-service HOST``, ``kg query --allow-service HOST``).

Oxigraph's grammar matches keywords without a word boundary (``trueSERVICE<…>{}`` and
``SERVICEex:x {}`` both call out), so the check is deliberately wide: any ``service`` in
the text of the query outside strings, IRIs, comments, variables and the local part of
prefixed names counts, and each one must be the plain form ``SERVICE [SILENT] <http://HOST…>``
naming an allowed host. A prefix whose name contains "service" is refused with it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from kg.errors import QueryError
from kg.store.lexer import Token, tokenize

__all__ = ["check_outbound", "normalize_hosts"]

# the text that may hold a keyword: not a string, an IRI, a comment or a variable
_CODE_KINDS = {"word", "pname", "bnode", "langtag", "number", "punct", "other"}
_TARGET = re.compile(
    r"https?://(?P<host>[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(?P<port>[0-9]{1,5}))?(?:[/?#]\S*)?",
    re.ASCII,
)


def normalize_hosts(hosts: Iterable[str]) -> frozenset[str]:
    """The allow-list as given (``host`` or ``host:port``), lower-cased; a bad entry is a
    :class:`~kg.errors.QueryError`."""
    out = set()
    for host in hosts:
        h = host.strip().lower()
        if not re.fullmatch(r"(?:[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::[0-9]{1,5})?", h, re.ASCII):
            raise QueryError(f"--allow-service {host!r}: expected HOST or HOST:PORT")
        out.add(h)
    return frozenset(out)


def check_outbound(sparql: str, allowed: Iterable[str] = (), *, update: bool = False) -> None:
    """Refuse ``sparql`` (a :class:`~kg.errors.QueryError`) if it would call a server not in
    ``allowed``: SERVICE in a query or an update, and LOAD in an update."""
    hosts = normalize_hosts(allowed)
    keywords = ("service", "load") if update else ("service",)
    whole = sparql.lower()
    if not any(k in whole for k in keywords):  # most queries: nothing to read closely
        return
    tokens = tokenize(sparql)
    for i, tok in enumerate(tokens):
        text = _code_text(tok)
        if not text:
            continue
        lowered = text.lower()
        for keyword in keywords:
            if keyword in lowered:
                _check_call(tokens, i, keyword, hosts)
        if tok.kind == "other" and tok.text == "\\":
            # a lone backslash is no terminal: what follows cannot be read reliably
            _refuse_rest(sparql[tok.start :], keywords)


def _code_text(tok: Token) -> str:
    if tok.kind not in _CODE_KINDS:
        return ""
    if tok.kind == "pname":  # the local part is one terminal: no keyword hides in it
        return tok.text.split(":", 1)[0]
    return tok.text


def _check_call(tokens: Sequence[Token], i: int, keyword: str, hosts: frozenset[str]) -> None:
    name = keyword.upper()
    what = "SERVICE (a federated query)" if name == "SERVICE" else "LOAD"
    if not hosts:
        raise QueryError(
            f"{what} is refused: zhkg makes no requests to other servers unless started "
            "with --allow-service HOST"
        )
    j = i + 1
    if tokens[i].kind != "word" or tokens[i].text.lower() != keyword:
        raise QueryError(
            f"{what} must be written as a word of its own ('{tokens[i].text}' is not); "
            f"a prefix name containing {keyword!r} is refused too"
        )
    if name == "SERVICE" and j < len(tokens) and tokens[j].text.lower() == "silent":
        j += 1
    if name == "LOAD" and j < len(tokens) and tokens[j].text.lower() == "silent":
        j += 1
    target = tokens[j] if j < len(tokens) else None
    iri = target.text[1:-1] if target is not None and target.kind == "iri" else None
    m = _TARGET.fullmatch(iri) if iri is not None and "\\" not in iri else None
    if m is None:
        shown = target.text if target is not None else "nothing"
        raise QueryError(
            f"{name} needs a full http(s) IRI written out in <…>, not {shown}, "
            "so that its host can be checked"
        )
    host = m.group("host").lower()
    port = m.group("port")
    if host not in hosts and (port is None or f"{host}:{port}" not in hosts):
        allowed = ", ".join(sorted(hosts))
        raise QueryError(f"{name} <{iri}> is refused: {host} is not allowed ({allowed})")


def _refuse_rest(rest: str, keywords: Sequence[str]) -> None:
    lowered = rest.lower()
    for keyword in keywords:
        if keyword in lowered:
            raise QueryError(
                f"{keyword.upper()} after a stray backslash is refused: the query cannot "
                "be checked for requests to other servers"
            )
