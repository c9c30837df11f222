"""What a rendering's reader hands the infobox builder: the rows as read, and the box they make.

Apart from ``build`` so that the builder's helpers (``lists``, ``lost``, ``credits``) can build
and type rows without importing the builder that imports them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from leaving_vegas_extract.model.article import Diagnostic, Lines


@dataclass(slots=True)
class RawField:
    """A row as read: label as printed (empty when lost), raw values and their lines, its span."""

    label: str
    values: list[str] = field(default_factory=list)
    lines: Lines = (0, 0)
    numbers: list[int] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)  # (text, target), wikitext only

    def add(self, value: str, number: int) -> None:
        """Append a value printed on line ``number``."""
        if value.strip():
            self.values.append(value)
            self.numbers.append(number)
        self.lines = (self.lines[0] or number, max(self.lines[1], number))


@dataclass(slots=True)
class BoxRead:
    """What a rendering's reader found: head, rows, the lines it spans, notes on the way."""

    name: str | None
    caption: str | None
    rows: list[RawField]
    span: Lines
    diagnostics: list[Diagnostic] = field(default_factory=list)
