"""Track-listing rows to tracks: title, note, cells, performers with roles, length.

A flattened row joins its cells with spaces. The markers this rendering prints (a non-breaking
space after the title cell and one for each empty cell) are learned from the listing itself:
the fewest any row shows before its first cell belong to the title, and each one more is an empty
leading cell. Cells the markers leave run together are split by ``soundtrack_split``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from .models import Diagnostic, Lines, Performer, Track
from .normalize.duration import parse_length
from .normalize.text import clean, strip_markers
from .soundtrack_split import (
    Splitter,
    gather_evidence,
    performer,
    split_performers,
    split_writers,
)
from .vocab import soundtrack as vocab

NBSP = "\u00a0"
_CLOSING_QUOTE = re.compile('["”](?=[ \u00a0(]|$)')
_SPACE_RUN = re.compile(r" {3,}")
_MARKERS = re.compile("\u00a0[ \u00a0]*")  # starts at a marker, so it never backtracks
_MAX_HEADER_WORDS = 12
_MAX_CREDIT = 300  # longer lines are prose that happens to start with "All"
_MAX_LABEL = 60


@dataclass(frozen=True, slots=True)
class Header:
    """A listing's columns: kinds of the cells between Title and Length, and whether Length is."""

    middle: tuple[str, ...]
    length: bool


@dataclass(slots=True)
class RowText:
    """A row as printed: its number, its first line after the number, continuation lines."""

    number: int
    text: str
    more: list[str]
    lines: Lines


@dataclass(frozen=True, slots=True)
class _Cells:
    title: str
    note: str | None
    lead: int  # markers before the first cell text
    pieces: tuple[str, ...]  # cell text between markers (a piece may hold several cells)
    more: tuple[str, ...]  # continuation lines
    length: int | None
    closed: bool  # the title's closing quote was found


def read_header(line: str) -> Header | None:
    """The columns of a header row, None when ``line`` is not one.

    >>> read_header("No. Title Writer(s) Performer Length")
    Header(middle=('writer', 'performer'), length=True)
    >>> read_header("No. Title Length"), read_header("No. 5 in the charts")
    (Header(middle=(), length=True), None)
    """
    words = clean(line).split(" ") if len(line) <= _MAX_LABEL * 2 else []
    if not 2 <= len(words) <= _MAX_HEADER_WORDS or words[0] != "No.":
        return None
    if words[1].casefold() != "title":
        return None
    middle: list[str] = []
    length = False
    i = 2
    while i < len(words):
        pair = " ".join(words[i : i + 2]).casefold()
        if i + 1 < len(words) and pair in vocab.HEADER_LABELS:
            middle.append(vocab.HEADER_LABELS[pair])
            i += 2
            continue
        word = words[i].casefold()
        if word == "length":
            length = True
        elif word in vocab.HEADER_LABELS:
            middle.append(vocab.HEADER_LABELS[word])
        else:
            return None  # a header holds column labels only; anything else is prose
        i += 1
    return Header(tuple(middle), length)


def read_credit(line: str) -> list[str] | None:
    """Writers of a default credit line ("All songs written by X except as noted."), else None.

    >>> read_credit("All lyrics written by Ann Lee; all music composed by B. C. Dee.")
    ['Ann Lee', 'B. C. Dee']
    >>> read_credit("All songs written by Ann Lee and Bo Day except as noted.")
    ['Ann Lee', 'Bo Day']
    >>> read_credit("All tracks performed by The Bees.") is None
    True
    >>> read_credit("All songs were written by the band in one week.") is None
    True
    """
    opening = line.lstrip()[:4].casefold()
    if len(line) > _MAX_CREDIT or not opening.startswith(vocab.CREDIT_OPENINGS):
        return None
    names: list[str] = []
    for clause in strip_markers(line)[0].split(";"):
        head, by, tail = clause.partition(" by ")
        if by and vocab.CREDIT_WORDS.intersection(head.casefold().split()):
            names.extend(split_writers(_credit_names(tail)))
    # A credit names people; "written by the band" is a sentence about them.
    if not names or not all(name[:1].isupper() for name in names):
        return None
    return list(dict.fromkeys(names))


def _credit_names(text: str) -> str:
    """The names of a credit clause: qualifiers ("except as noted") and the full stop off."""
    low = text.casefold()
    for tail in vocab.CREDIT_TAILS:
        at = low.find(tail)
        if at >= 0:
            text, low = text[:at], low[:at]
    text = text.strip(" ,")
    last = text.rpartition(" ")[2].casefold()
    if text.endswith(".") and last not in vocab.NAME_SUFFIXES:
        text = text[:-1]
    return text


def read_disc(line: str) -> int | None:
    """The disc number of a ``Disc 2`` / ``CD one`` / ``Side B`` label line, else None.

    >>> read_disc("Disc 2"), read_disc("CD one: Score"), read_disc("Side effects")
    (2, 1, None)
    """
    words = line.casefold().split(None, 2) if len(line) <= _MAX_LABEL else []
    if len(words) < 2 or words[0] not in vocab.DISC_LABELS:
        return None
    word = words[1].rstrip(":.")
    if word.isdecimal() and len(word) <= 2:
        return int(word)
    return vocab.DISC_WORDS.get(word)


def total_label(line: str) -> str | None:
    """The text after a total-length label ("Total length: 39:41"), None when there is none."""
    text = clean(line)
    low = text.casefold()
    for label in vocab.TOTAL_LABELS:
        if low.startswith(label):
            return text[len(label) :].lstrip(": ")
    return None


def _cut_length(line: str) -> tuple[str, int | None]:
    """The line without its last word when that word is a length, and the length."""
    stripped = line.rstrip()
    k = max(stripped.rfind(" "), stripped.rfind(NBSP))
    seconds = parse_length(stripped[k + 1 :])
    return (line, None) if seconds is None else (stripped[: k + 1], seconds)


def _title(text: str) -> tuple[str, str, bool]:
    """``(title, rest, closed)``: a quoted title ends at a quote before a space or "("."""
    s = text.lstrip(" ")
    if s[:1] in '"“' and (m := _CLOSING_QUOTE.search(s, 1)) is not None:
        return s[1 : m.start()], s[m.end() :], True
    cut = s.find(NBSP)
    closed = s[:1] not in '"“'
    head, rest = (s, "") if cut < 0 else (s[:cut], s[cut:])
    return head.strip('"“” '), rest, closed


def _as_markers(m: re.Match[str]) -> str:
    # Without non-breaking spaces the markers print as spaces: "   " is one, "     " two.
    return " " + (NBSP + " ") * ((len(m.group()) - 1) // 2)


def _cells(row: RowText, spaced: bool, timed: bool) -> _Cells:
    more, text, length = list(row.more), row.text, None
    if timed and more:
        more[-1], length = _cut_length(more[-1])
    elif timed:
        text, length = _cut_length(text)
    title, rest, closed = _title(_SPACE_RUN.sub(_as_markers, text) if spaced else text)
    notes: list[str] = []
    at = len(rest) - len(rest.lstrip(" "))
    # Indices, not slices: a line of a million "()" must stay linear.
    while rest.startswith("(", at) and (close := rest.find(")", at)) > 0:
        notes.append(clean(rest[at + 1 : close]))
        at = close + 1
        while rest.startswith(" ", at):
            at += 1
    rest = rest[at:]
    cells = rest.lstrip(" " + NBSP)
    lead = rest[: len(rest) - len(cells)].count(NBSP)
    pieces = tuple(p for p in (clean(p) for p in _MARKERS.split(cells)) if p)
    lines = tuple(c for c in (clean(m) for m in more) if c)
    note = "; ".join(n for n in notes if n) or None
    return _Cells(clean(title), note, lead, pieces, lines, length, closed)


_MESSAGES: MappingProxyType[str, str] = MappingProxyType(
    {
        "track-extra-cells": "track {n}: more cells than the header has columns (kept in the last)",
        "track-cells-unsplit": "track {n}: cells too long to split; kept in the last column(s)",
        "ambiguous-track-cells": "track {n}: cells {cells} could also be split another way",
        "track-title-unclosed": "track {n}: title has no closing quote",
    }
)


def _track(
    row: RowText,
    c: _Cells,
    cols: Sequence[str],
    splitter: Splitter,
    default: list[str],
    disc: int | None,
) -> tuple[Track, list[Diagnostic]]:
    chunks, code = splitter.split(cols, c.pieces, c.more, c.note)
    writers: list[str] = []
    performers: list[Performer] = []
    last = cols[-1] if cols else None
    for kind, chunk in [*zip(cols, chunks, strict=True), *((last, m) for m in c.more)]:
        if kind == vocab.PERFORMER:
            performers.extend(performer(item) for item in split_performers(chunk))
        elif kind == vocab.WRITER:
            writers.extend(split_writers(chunk))
    if last is None and c.more:
        code = "track-extra-cells"
    from_default = not writers and c.note is None and bool(default)
    track = Track(
        number=row.number,
        title=c.title,
        note=c.note,
        writers=list(default) if from_default else list(dict.fromkeys(writers)),
        writers_from_default=from_default,
        performers=performers,
        length_seconds=c.length,
        disc=disc,
        lines=row.lines,
    )
    codes = [code] if code else []
    if not c.closed:
        codes.append("track-title-unclosed")
    cells = " | ".join(f'"{x}"' for x in chunks)
    diags = [
        Diagnostic(
            severity="warning",
            code=k,
            message=_MESSAGES[k].format(n=row.number, cells=cells),
            lines=row.lines,
        )
        for k in codes
    ]
    return track, diags


def build_tracks(
    header: Header,
    rows: Sequence[RowText],
    default: list[str],
    disc: int | None,
    performed: Iterable[str],
) -> tuple[list[Track], list[Diagnostic]]:
    """Tracks of one listing, with a diagnostic for each row that could not be read cleanly.

    ``default`` is the default credit's writers, ``performed`` names the prose says performed.
    """
    spaced = not any(NBSP in row.text for row in rows)
    cells = [_cells(row, spaced, header.length) for row in rows]
    # The title's own markers: the fewest any row shows (at most one; a listing where every row
    # leaves the first cell empty would otherwise hide that cell's marker).
    base = min(min((c.lead for c in cells), default=0), 1)
    cols = [header.middle[max(0, c.lead - base) :] for c in cells]
    ev = gather_evidence(
        [(k, c.pieces, c.more) for k, c in zip(cols, cells, strict=True)], performed, default
    )
    splitter = Splitter(ev)
    tracks: list[Track] = []
    diagnostics: list[Diagnostic] = []
    for row, c, kinds in zip(rows, cells, cols, strict=True):
        track, diags = _track(row, c, kinds, splitter, default, disc)
        if tracks and row.number != tracks[-1].number + 1:
            message = f"track {row.number} follows track {tracks[-1].number}"
            diags.append(
                Diagnostic(
                    severity="info", code="track-number-gap", message=message, lines=row.lines
                )
            )
        tracks.append(track)
        diagnostics.extend(diags)
    return tracks, diagnostics
