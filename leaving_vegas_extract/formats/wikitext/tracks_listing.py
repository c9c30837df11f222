"""One track listing as read from wikitext, and the cell readers its template and table readers
share: a title without its quotes, a cell's writers, a performer cell's linked names."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from leaving_vegas_extract.formats.wikitext.cells import Rendered
from leaving_vegas_extract.model.article import Diagnostic, Track
from leaving_vegas_extract.parts.soundtrack.split import split_writers

LineOf = Callable[[int], int]
Span = tuple[int, int]
_QUOTES = "\"“”'"
# "[[Ann Lee]] and [[Bo Day]]": two linked names joined by "and"/"&" are two performers (a
# performer cell is otherwise split on commas only: "Simon & Lee" may be one act).
_LINKED_AND = re.compile(r"\]\][ \t]+(?:and|&)[ \t]+\[\[")


def performer_cell(raw: str) -> str:
    """``raw`` with "and"/"&" between two links read as a comma (same length: offsets hold)."""
    if "]]" not in raw:
        return raw
    return _LINKED_AND.sub(lambda m: "]]," + " " * (len(m.group()) - 5) + "[[", raw)


@dataclass(slots=True)
class Listing:
    """One listing as read: its tracks, their note offsets, its default credit and total."""

    tracks: list[Track] = field(default_factory=list)
    notes: list[tuple[int, ...]] = field(default_factory=list)
    default: list[str] = field(default_factory=list)
    music: list[str] | None = None  # all_music's names when all_lyrics is given apart
    total: int | None = None
    headline: str | None = None
    span: tuple[int, int] = (0, 0)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def track_title(text: str) -> str:
    """A title cell's text without the quotes around it."""
    t = text.strip()
    while len(t) > 1 and t[0] in _QUOTES and t[-1] in _QUOTES:
        t = t[1:-1].strip()
    return t


def cell_writers(items: list[Rendered]) -> list[str]:
    """The writers named in ``items`` (a row's writer cells), each once, in order."""
    names: list[str] = []
    for shown in items:
        for item in shown.items:
            names.extend(n for n in split_writers(item) if n not in names)
    return names
