"""The section tree from headings and the paragraphs under each (shared by every format)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from leaving_vegas_extract.model.article import Lines, Paragraph, Section


class Heading(Protocol):
    """What the tree needs of a heading: the text outline's entries and the HTML page's."""

    @property
    def number(self) -> str | None: ...
    @property
    def title(self) -> str: ...
    @property
    def level(self) -> int: ...
    @property
    def lines(self) -> Lines: ...


def section_tree(entries: Sequence[Heading], bodies: Sequence[list[Paragraph]]) -> list[Section]:
    """Nest flat entries by level (a deeper entry belongs to the nearest shallower one above);
    ``bodies[i]`` is entry i's paragraphs. Each call goes one level deeper, so the recursion is
    at most as deep as the deepest heading level."""

    def build(index: int, level: int) -> tuple[list[Section], int]:
        out: list[Section] = []
        while index < len(entries) and entries[index].level >= level:
            entry, body = entries[index], bodies[index]
            children, after = build(index + 1, entry.level + 1)
            out.append(
                Section(
                    number=entry.number,
                    title=entry.title,
                    level=entry.level,
                    paragraphs=body,
                    sections=children,
                    lines=entry.lines,
                )
            )
            index = after
        return out, index

    return build(0, 1)[0]
