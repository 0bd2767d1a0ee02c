"""What a build did: the counts a build reports and the inputs that failed."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.errors import InputError

__all__ = ["BuildReport"]


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


@dataclass
class BuildReport:
    """What a build did."""

    documents: int = 0  # built (new or changed)
    unchanged: int = 0  # skipped: same content as stored
    sentences: int = 0
    assertions: int = 0
    triples: int = 0
    failed: list[InputError] = field(default_factory=list)
    doc_ids: list[str] = field(default_factory=list)
    unsupported: list[str] = field(default_factory=list)  # files passed over: not a format read
    # folders' index.tsv files that gave documents their titles and dates (kg.read.index)
    indexes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)  # an index left out, whole or in part

    def summary(self) -> str:
        parts = [f"{_count(self.documents, 'document')} built"]
        if self.unchanged:
            parts.append(f"{self.unchanged} unchanged")
        parts.append(
            # (each sentence's statement of a fact, and what this build wrote: kg stats
            # counts a fact once however many sentences state it, and the store's triples)
            f"{_count(self.sentences, 'sentence')}, {_count(self.assertions, 'fact')} stated, "
            f"{_count(self.triples, 'triple')} written"
        )
        if self.failed:
            parts.append(f"{_count(len(self.failed), 'input')} failed")
        if self.unsupported:
            parts.append(f"{_count(len(self.unsupported), 'file')} of other types passed over")
        if self.indexes:
            parts.append(
                f"titles and dates from index.tsv in {_count(len(self.indexes), 'folder')}"
            )
        return "; ".join(parts)
