"""The outline: contents-list entries, and headings printed literally in the body."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .document import Block
from .models import Lines
from .normalize.text import clean

_CONTENTS_LINE = re.compile(r"^(\s*)[•\u2022*-]\s+(.+?)\s+(\d{1,3}(?:\.\d{1,3}){0,7})\s*$")
_KEY_COLON_HEADING = re.compile(r"^(={2,6})\s*(.+?)\s*\1\s*$")
_MARKDOWN_HEADING = re.compile(r"^(#{1,6})\s+(.+?)\s*#*\s*$")
_EDIT_SUFFIX = re.compile(r"(?:\s*\[\s*edit\s*\]|(?<=[a-z)])Edit)\s*$")
_SENTENCE_END = (".", "!", "?", ":", ";", ",", '"', "”", ")")
MAX_LEVEL = 8


@dataclass(frozen=True, slots=True)
class OutlineEntry:
    """One heading of the outline: contents number (or None), title, level, source lines."""

    number: str | None
    title: str
    level: int
    lines: Lines


def parse_contents(block: Block) -> list[OutlineEntry] | None:
    """The outline from a contents-list block ("  • Plot 1"), None when the block is not one.

    >>> b = Block(3, 4, ("  • Plot 1", "    • Casting 2.1"), 2)
    >>> [(e.number, e.title, e.level) for e in parse_contents(b)]
    [('1', 'Plot', 1), ('2.1', 'Casting', 2)]
    """
    if len(block.lines) < 2:
        return None
    entries: list[OutlineEntry] = []
    for number, line in block.numbered():
        m = _CONTENTS_LINE.match(line)
        if m is None:
            return None
        dotted = m.group(3)
        level = min(dotted.count(".") + 1, MAX_LEVEL)
        entries.append(OutlineEntry(dotted, clean(m.group(2)), level, (number, number)))
    if entries[0].number != "1":
        return None
    return entries


def heading_key(text: str) -> str:
    """A heading's comparison key: cleaned, edit links dropped, casefolded."""
    return _EDIT_SUFFIX.sub("", clean(text)).casefold()


def literal_heading(line: str, rendering: str) -> tuple[str, int] | None:
    """``(title, level)`` when ``line`` is a heading by its own markup, else None.

    >>> literal_heading("== Plot ==", "key-colon")
    ('Plot', 1)
    >>> literal_heading("Plot[edit]", "label-glued")
    ('Plot', 1)
    >>> literal_heading("It was late.", "label-space") is None
    True
    """
    text = line.strip()
    m = _KEY_COLON_HEADING.match(text) or _MARKDOWN_HEADING.match(text)
    if m is not None:
        depth = len(m.group(1)) - 1  # "== X ==" and "## X" are top-level sections
        return clean(m.group(2)), max(1, min(depth, MAX_LEVEL))
    stripped = _EDIT_SUFFIX.sub("", text)
    if stripped != text and stripped:
        return clean(stripped), 1
    return None


def looks_like_heading(line: str) -> bool:
    """A short title-like line with no sentence ending: a heading when no contents list says so."""
    text = clean(line)
    if not text or len(text) > 60 or not text[0].isupper() or text.endswith(_SENTENCE_END):
        return False
    if text[0] in "•\u2022" or text[:1].isdigit() or "[" in text or "|" in text:
        return False
    words = text.split()
    return 1 <= len(words) <= 7 and sum(w[0].isupper() for w in words) * 2 >= len(words) - 1
