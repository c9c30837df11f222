"""One printed track row: its title, note, length and the cell texts between its markers.

A row prints ``N. "Title" (note)`` and then its cells joined by spaces; the rendering ends the
title cell and prints each empty cell as a non-breaking space (three spaces, where it prints no
non-breaking spaces at all). A line without a number continues the row's last cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from leaving_vegas_extract.model.article import Lines
from leaving_vegas_extract.normalize.duration import parse_length
from leaving_vegas_extract.normalize.text import clean

NBSP = "\u00a0"
_CLOSING_QUOTE = re.compile('["”](?=[ \u00a0(]|$)')
_SPACE_RUN = re.compile(r" {3,}")
_MARKERS = re.compile("\u00a0[ \u00a0]*")  # starts at a marker, so it never backtracks
_BLANKS = " " + NBSP


@dataclass(slots=True)
class RowText:
    """A row as printed: its number, its first line after the number, continuation lines."""

    number: int
    text: str
    more: list[str]
    lines: Lines


@dataclass(slots=True)
class Cells:
    """A row read: its title and note, and the cell texts left for the columns."""

    title: str
    note: str | None
    lead: int  # markers before the first cell text
    pieces: tuple[str, ...]  # cell text between markers (a piece may hold several cells)
    more: tuple[str, ...]  # continuation lines
    length: int | None
    closed: bool  # the title's closing quote was found


# Track lengths are a small vocabulary ("3:41"), shared across listings and articles.
_length = lru_cache(maxsize=4096)(parse_length)


def _cut_length(line: str) -> tuple[str, int | None]:
    """The line without its last word when that word is a length, and the length."""
    stripped = line.rstrip()
    k = max(stripped.rfind(" "), stripped.rfind(NBSP))
    word = stripped[k + 1 :]
    seconds = _length(word) if ":" in word else None  # every length has a colon
    return (line, None) if seconds is None else (stripped[: k + 1], seconds)


def _title(text: str) -> tuple[str, str, bool]:
    """``(title, rest, closed)``: a quoted title ends at a quote before a space or "("."""
    s = text.lstrip(" ")
    quoted = s[:1] in '"“'
    if quoted and (m := _CLOSING_QUOTE.search(s, 1)) is not None:
        return s[1 : m.start()], s[m.end() :], True
    cut = s.find(NBSP)
    head, rest = (s, "") if cut < 0 else (s[:cut], s[cut:])
    return head.strip('"“” '), rest, not quoted


def _as_markers(m: re.Match[str]) -> str:
    # Without non-breaking spaces the markers print as spaces: "   " is one, "     " two.
    return " " + (NBSP + " ") * ((len(m.group()) - 1) // 2)


@lru_cache(maxsize=4096)
def _pieces(text: str) -> tuple[int, tuple[str, ...]]:
    """The markers before the first cell text, and the clean texts between markers; memoised,
    since rows repeat their cells (an empty writer cell, then the same performer)."""
    cells = text.lstrip(_BLANKS)
    lead = text.count(NBSP, 0, len(text) - len(cells))
    if NBSP in cells:
        return lead, tuple(p for p in map(clean, _MARKERS.split(cells)) if p)
    piece = clean(cells)
    return lead, (piece,) if piece else ()


def read_cells(row: RowText, spaced: bool, timed: bool) -> Cells:
    """The parts of ``row``; ``spaced``: its listing prints markers as spaces; ``timed``: it
    has a Length column, whose value ends the row's last line."""
    more, text, length = row.more, row.text, None
    if timed and more:
        more = [*more[:-1], ""]
        more[-1], length = _cut_length(row.more[-1])
    elif timed:
        text, length = _cut_length(text)
    title, rest, closed = _title(_SPACE_RUN.sub(_as_markers, text) if spaced else text)
    note = None
    at = len(rest) - len(rest.lstrip(" "))
    if rest.startswith("(", at):
        notes: list[str] = []
        # Indices, not slices: a line of a million "()" must stay linear.
        while rest.startswith("(", at) and (close := rest.find(")", at)) > 0:
            notes.append(clean(rest[at + 1 : close]))
            at = close + 1
            while rest.startswith(" ", at):
                at += 1
        note = "; ".join(n for n in notes if n) or None
    lead, pieces = _pieces(rest[at:] if at else rest)
    lines = tuple(c for c in map(clean, more) if c) if more else ()
    return Cells(clean(title), note, lead, pieces, lines, length, closed)
