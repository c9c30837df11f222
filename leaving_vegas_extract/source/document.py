"""The document model shared by every stage: source text with its line table, and blocks.

Line numbers are 1-based everywhere, as in the output's ``lines``.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Literal

from leaving_vegas_extract.model.article import Diagnostic, Lines

Format = Literal["text", "html", "wikitext"]


@dataclass(frozen=True, slots=True)
class SourceText:
    """Decoded input: its lines (without line ends) and facts about the raw bytes."""

    lines: tuple[str, ...]
    path: str | None
    format: Format
    sha256: str
    size: int
    diagnostics: tuple[Diagnostic, ...] = ()
    # A page of a dump: the number its first line has in the dump file, and its header's facts
    # (page id, title, revision...). A whole file starts at line 1 and has no header.
    first_line: int = 1
    header: tuple[tuple[str, str], ...] = ()

    def line(self, number: int) -> str:
        """The text of line ``number`` (numbered from ``first_line``)."""
        return self.lines[number - self.first_line]

    @property
    def last_line(self) -> int:
        """The number of the last line."""
        return self.first_line + len(self.lines) - 1

    def __reduce__(self) -> tuple[type[SourceText], tuple[object, ...]]:
        # Sent to batch workers. Compiled by mypyc, a frozen dataclass loses its default pickling
        # (which restores fields by setattr, refused when frozen).
        return (SourceText, tuple(getattr(self, f.name) for f in fields(self)))


@dataclass(frozen=True, slots=True)
class Block:
    """A run of non-blank lines, with its span and the blank lines before it."""

    start: int
    end: int
    lines: tuple[str, ...]
    gap: int

    @property
    def span(self) -> Lines:
        """``(first, last)`` line numbers."""
        return (self.start, self.end)

    def numbered(self) -> list[tuple[int, str]]:
        """``(line number, text)`` for each line."""
        return list(enumerate(self.lines, self.start))


@dataclass(slots=True)
class Claims:
    """Which part claimed which line; every non-blank line ends up here or unclaimed."""

    owner: dict[int, str] = field(default_factory=dict)

    def claim(self, lines: Lines, part: str) -> None:
        """Claim ``lines`` for ``part`` (first claim wins)."""
        for number in range(lines[0], lines[1] + 1):
            self.owner.setdefault(number, part)

    def is_claimed(self, number: int) -> bool:
        """Whether line ``number`` is claimed."""
        return number in self.owner


def is_blank(line: str) -> bool:
    """A line of white space only (NBSPs included) is blank."""
    return not line or line.isspace()
