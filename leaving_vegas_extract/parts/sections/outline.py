"""The outline: contents-list entries, and headings printed literally in the body."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from leaving_vegas_extract.model.article import Lines
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.source.document import Block

# Linear by construction: the trailing number and the heading marks are peeled off with str
# methods, so no pattern has to scan back over a long run of white space.
_CONTENTS_HEAD = re.compile(r"[•\u2022*-][ \t\u00a0]")
_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,7}")
_EDIT_TAIL = re.compile(r"\[ ?edit ?\]$|(?<=[a-z)])Edit$")
_ASCII_BULLETS = frozenset({"*", "-"})
_SENTENCE_END = (".", "!", "?", ":", ";", ",", '"', "”", ")")
MAX_LEVEL = 8


class OutlineEntry(NamedTuple):
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
    # Most blocks are prose: an ASCII first character other than a bullet rules the block out
    # without cleaning it (only non-ASCII text can change under NFC).
    first = block.lines[0].lstrip()[:1]
    if first.isascii() and first not in _ASCII_BULLETS:
        return None
    entries: list[OutlineEntry] = []
    for number, line in enumerate(block.lines, block.start):
        entry = _cached_line(line) if len(line) <= _CACHED_LINE else _contents_line(line)
        if entry is None:
            return None
        entries.append(OutlineEntry(entry[0], entry[1], entry[2], (number, number)))
    if entries[0].number != "1":
        return None
    return entries


# Contents lines ("  • References 10") recur from article to article: worth remembering.
_CACHED_LINE = 200


def _contents_line(line: str) -> tuple[str, str, int] | None:
    """``(number, title, level)`` of one contents-list line, None when it is not one."""
    text = clean(line)
    if not _CONTENTS_HEAD.match(text):
        return None
    # Cleaned: single spaces, none at either end, so the title needs no further strip.
    title, _, dotted = text[2:].rpartition(" ")
    if not title or not _NUMBER.fullmatch(dotted):
        return None
    return dotted, clean(title), min(dotted.count(".") + 1, MAX_LEVEL)


_cached_line = lru_cache(maxsize=4096)(_contents_line)


def _drop_edit(text: str) -> str:
    """``text`` without a trailing edit link ("Plot[edit]", "PlotEdit")."""
    text = text.rstrip()
    if not text.endswith(("]", "Edit")):
        return text
    m = _EDIT_TAIL.search(text, max(0, len(text) - 8))
    return text[: m.start()].rstrip() if m else text


def heading_key(text: str) -> str:
    """A heading's comparison key: cleaned, edit links dropped, casefolded."""
    return _drop_edit(clean(text)).casefold()


_cached_key = lru_cache(maxsize=4096)(heading_key)


def title_key(text: str) -> str:
    """``heading_key``, remembered for short texts: titles recur from article to article."""
    return _cached_key(text) if len(text) <= _CACHED_LINE else heading_key(text)


def _marked(text: str, mark: str) -> tuple[str, int] | None:
    """``(title, depth)`` of "== T ==" / "## T" headings, by counting the marks."""
    inner = text.lstrip(mark)
    depth = len(text) - len(inner)
    if mark == "=":
        closing = len(inner) - len(inner.rstrip(mark).rstrip())
        inner = inner.rstrip().rstrip(mark)
        if depth < 2 or depth > 6 or closing < 1:
            return None
    elif depth > 6 or not inner[:1].isspace():
        return None
    title = inner.rstrip(mark).strip()
    return (title, depth) if title else None


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
    marked = _marked(text, text[0]) if text[:1] in ("=", "#") else None
    if marked is not None:
        # "== X ==" and "## X" are top-level sections.
        return clean(marked[0]), max(1, min(marked[1] - 1, MAX_LEVEL))
    stripped = _drop_edit(text)
    if stripped != text and stripped:
        return clean(stripped), 1
    return None


def looks_like_heading(line: str) -> bool:
    """A short title-like line with no sentence ending: a heading when no contents list says so."""
    if len(line.split(None, 7)) > 7:  # more than 7 words (clean() keeps the word count)
        return False
    text = clean(line)
    if not text or len(text) > 60 or not text[0].isupper() or text.endswith(_SENTENCE_END):
        return False
    if text[0] in "•\u2022" or text[:1].isdigit() or "[" in text or "|" in text:
        return False
    words = text.split()
    return 1 <= len(words) <= 7 and sum(w[0].isupper() for w in words) * 2 >= len(words) - 1
