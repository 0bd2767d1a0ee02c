"""Word lists kept as data files that a linguist can edit and diff.

One entry a line; ``#`` starts a comment (a whole line, or the end of one); blank lines
are skipped. Entries keep the file's order: where a list is matched first-to-last, the
file's header says so. Each file is read once per process.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

__all__ = ["TEXT_WORDS", "read_words", "word_files"]

# The text stage's own lists (type words); the extractor's are under kg/relate/words/.
TEXT_WORDS = Path(__file__).with_name("words")


@cache
def read_words(path: Path) -> tuple[str, ...]:
    """The entries of a word file, in the file's order."""
    entries = []
    for line in path.read_text(encoding="utf-8").splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            entries.append(entry)
    return tuple(entries)


def word_files(directory: Path) -> dict[str, Path]:
    """The word files of a directory by name (the file stem)."""
    return {p.stem: p for p in sorted(directory.glob("*.txt"))}
