"""The exceptions zhkg raises for things a user can fix.

The CLI turns each of them into one line on stderr and a non-zero exit.
"""

from __future__ import annotations

__all__ = [
    "AnalysisError",
    "ExportError",
    "InputError",
    "KgError",
    "QueryError",
    "QueryTimeoutError",
    "ServeError",
    "StoreError",
    "StoreLockedError",
    "UnknownNameError",
    "ViewError",
]


class KgError(Exception):
    """Root of zhkg's errors: the message is one line meant for the user."""

    exit_code = 1


class InputError(KgError):
    """A document cannot be read: missing, binary, empty, badly encoded or malformed."""

    exit_code = 2

    def __init__(self, path: str, problem: str, line: int | None = None) -> None:
        self.path = path
        self.problem = problem
        self.line = line
        where = f"{path}: line {line}" if line is not None else path
        super().__init__(f"{where}: {problem}")


class StoreError(KgError):
    """The store cannot be opened, read or written."""

    exit_code = 3


class StoreLockedError(StoreError):
    """Another live process holds the store's lock."""


class QueryError(KgError):
    """A SPARQL query is malformed, refused, or took too long."""

    exit_code = 4


class QueryTimeoutError(QueryError):
    """A query ran past its timeout, or waited that long for a free worker."""


class UnknownNameError(QueryError):
    """A province, program or theme name matches nothing in the store (the message
    suggests the nearest names)."""


class ExportError(KgError):
    """An export format is unknown or the output cannot be written."""

    exit_code = 5


class ViewError(KgError):
    """The view cannot be built: an unknown focus, an unsupported query, a bad option."""

    exit_code = 6


class ServeError(KgError):
    """The server cannot start: a bad option, or the address is in use."""

    exit_code = 7


class AnalysisError(KgError):
    """An analysis cannot run: an unknown name or format, a bad plot file."""

    exit_code = 8
