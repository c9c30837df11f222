"""What every part parser sees (the document so far) and what it returns (a part result)."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from leaving_vegas_extract.model.article import Diagnostic, Lines
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.source.document import Block, Claims, SourceText


@dataclass(frozen=True, slots=True)
class Anchor:
    """A located landmark for the section outline: a literal heading, a table, a note list."""

    kind: str
    lines: Lines
    title: str | None = None


@dataclass(frozen=True, slots=True)
class PartResult:
    """A part's output: Article field values, claimed lines, diagnostics, and anchors.

    Keys of ``values`` that start with ``_`` are facts for later parts, not Article fields.
    """

    values: Mapping[str, Any] = field(default_factory=dict)
    claims: tuple[tuple[Lines, str], ...] = ()
    diagnostics: tuple[Diagnostic, ...] = ()
    anchors: tuple[Anchor, ...] = ()


@dataclass(slots=True)
class Context:
    """The document being extracted, and what the parts before this one found."""

    source: SourceText
    blocks: tuple[Block, ...]
    options: ExtractOptions
    rendering: str
    claims: Claims = field(default_factory=Claims)
    values: dict[str, Any] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    anchors: list[Anchor] = field(default_factory=list)

    def merge(self, result: PartResult) -> None:
        """Fold a part's result into the context."""
        self.values.update(result.values)
        for lines, part in result.claims:
            self.claims.claim(lines, part)
        self.diagnostics.extend(result.diagnostics)
        self.anchors.extend(result.anchors)

    def is_free(self, block: Block) -> bool:
        """Whether none of ``block``'s lines is claimed yet (one C-level set operation)."""
        return self.claims.owner.keys().isdisjoint(range(block.start, block.end + 1))

    def free_blocks(self, within: Lines | None = None) -> list[Block]:
        """Blocks none of whose lines are claimed yet; with ``within``, only those inside it."""
        first, last = within or (self.source.first_line, self.source.last_line)
        return [b for b in self.blocks if first <= b.start and b.end <= last and self.is_free(b)]


Part = Callable[[Context], PartResult | None]
"""A part parser: reads the context, returns its result or ``None`` when it finds nothing."""
