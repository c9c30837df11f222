"""Track listings to tracks; the header, credit, disc and total lines around a listing.

A flattened row joins its cells with spaces (``row`` reads one). The markers this
rendering prints (a non-breaking space after the title cell and one for each empty cell) are
learned from the listing itself: the fewest any row shows before its first cell belong to the
title, and each one more is an empty leading cell. Cells the markers leave run together are split
by ``search``, from the evidence ``split`` gathers.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from leaving_vegas_extract.model.article import Diagnostic, Performer, Track
from leaving_vegas_extract.normalize.text import clean, strip_markers
from leaving_vegas_extract.parts.soundtrack import vocab
from leaving_vegas_extract.parts.soundtrack.defaults import default_writers, music_part
from leaving_vegas_extract.parts.soundtrack.row import NBSP, Cells, RowText, read_cells
from leaving_vegas_extract.parts.soundtrack.search import Splitter
from leaving_vegas_extract.parts.soundtrack.split import gather_evidence, split_writers

_MAX_HEADER_WORDS = 12
_MAX_CREDIT = 300  # longer lines are prose that happens to start with "All"
_MAX_LABEL = 60


@dataclass(frozen=True, slots=True)
class Header:
    """A listing's columns: kinds of the cells between Title and Length, and whether Length is."""

    middle: tuple[str, ...]
    length: bool


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
    if len(line) > _MAX_CREDIT or not line.lstrip()[:4].casefold().startswith(
        vocab.CREDIT_OPENINGS
    ):
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


def read_music_credit(line: str) -> list[str] | None:
    """The music clause's writers of a default credit line that credits lyrics and music apart,
    else None (what an instrumental takes: ``defaults.default_writers``).

    >>> read_music_credit("All lyrics written by Ann Lee; all music composed by B. C. Dee.")
    ['B. C. Dee']
    >>> read_music_credit("All songs written by Ann Lee.") is None
    True
    """
    if read_credit(line) is None:
        return None
    clauses = []
    for clause in strip_markers(line)[0].split(";"):
        head, by, tail = clause.partition(" by ")
        if by:
            clauses.append((head, split_writers(_credit_names(tail))))
    return music_part(clauses)


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


def disc_numbers(printed: Sequence[int | None]) -> list[int | None]:
    """Each listing's disc: the label it prints when every listing of several prints a
    different one, else its 1-based place (one ``Disc`` per listing, as wikitext numbers them).

    >>> disc_numbers([1, 2]), disc_numbers([1, 2, None]), disc_numbers([1, 1]), disc_numbers([2])
    ([1, 2], [1, 2, 3], [1, 2], [2])
    """
    if len(printed) < 2 or (None not in printed and len(set(printed)) == len(printed)):
        return list(printed)
    return list(range(1, len(printed) + 1))


def total_label(line: str) -> str | None:
    """The text after a total-length label ("Total length: 39:41"), None when there is none."""
    text = clean(line)
    low = text.casefold()
    for label in vocab.TOTAL_LABELS:
        if low.startswith(label):
            return text[len(label) :].lstrip(": ")
    return None


_MESSAGES: MappingProxyType[str, str] = MappingProxyType(
    {
        "track-extra-cells": "track {n}: more cells than the header has columns (kept in the last)",
        "track-cells-unsplit": "track {n}: cells too long to split; kept in the last column(s)",
        "ambiguous-track-cells": "track {n}: cells {cells} could also be split another way",
        "track-title-unclosed": "track {n}: title has no closing quote",
    }
)


Credits = tuple[list[str], str | None, tuple[str, ...], tuple[Performer, ...]]


def _credits(
    c: Cells, cols: Sequence[str], splitter: Splitter, memo: dict[tuple[object, ...], Credits]
) -> Credits:
    """A row's cell texts, diagnostic code, writers (no repeats) and performers; memoised for
    the listing, whose rows repeat their cells."""
    key = (tuple(cols), c.pieces, c.more, c.note is not None)
    found = memo.get(key)
    if found is not None:
        return found
    chunks, code = splitter.split(cols, c.pieces, c.more, c.note)
    writers: list[str] = []
    performers: list[Performer] = []
    # Chunks and continuation lines are clean, so the splitter's names of each are the same as
    # split_writers / split_performers would give; continuation lines continue the last column.
    for kind, chunk in zip(cols, chunks, strict=True):
        if kind == vocab.PERFORMER:
            performers += splitter.acts(chunk)
        elif kind == vocab.WRITER:
            writers += splitter.writers(chunk)
    if c.more:
        last = cols[-1] if cols else None
        for line in c.more:
            if last == vocab.PERFORMER:
                performers += splitter.acts(line)
            elif last == vocab.WRITER:
                writers += splitter.writers(line)
        if last is None:
            code = "track-extra-cells"
    found = memo[key] = (chunks, code, tuple(dict.fromkeys(writers)), tuple(performers))
    return found


def _track(
    row: RowText,
    c: Cells,
    credits: Credits,
    default: tuple[list[str], list[str] | None],
    disc: int | None,
) -> tuple[Track, list[Diagnostic]]:
    chunks, code, writers, performers = credits
    taken = default_writers(bool(writers), c.note, *default)
    track = Track(
        number=row.number,
        title=c.title,
        note=c.note,
        writers=taken if taken is not None else list(writers),
        writers_from_default=taken is not None,
        performers=list(performers),
        length_seconds=c.length,
        disc=disc,
        lines=row.lines,
    )
    if not code and c.closed:
        return track, []
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
    music: list[str] | None = None,
) -> tuple[list[Track], list[Diagnostic]]:
    """Tracks of one listing, with a diagnostic for each row that could not be read cleanly.

    ``default`` is the default credit's writers (``music``: its music clause's, when it credits
    lyrics and music apart), ``performed`` names the prose says performed.
    """
    spaced = not any(NBSP in row.text for row in rows)
    cells = [read_cells(row, spaced, header.length) for row in rows]
    # The title's own markers: the fewest any row shows (at most one; a listing where every row
    # leaves the first cell empty would otherwise hide that cell's marker).
    base = min(min((c.lead for c in cells), default=0), 1)
    middle = header.middle
    cols = [middle[c.lead - base :] if c.lead > base else middle for c in cells]
    ev = gather_evidence(
        [(k, c.pieces, c.more) for k, c in zip(cols, cells, strict=True)], performed, default
    )
    splitter = Splitter(ev)
    memo: dict[tuple[object, ...], Credits] = {}
    tracks: list[Track] = []
    diagnostics: list[Diagnostic] = []
    previous: int | None = None
    for row, c, kinds in zip(rows, cells, cols, strict=True):
        track, diags = _track(row, c, _credits(c, kinds, splitter, memo), (default, music), disc)
        if previous is not None and row.number != previous + 1:
            message = f"track {row.number} follows track {previous}"
            diags.append(
                Diagnostic(
                    severity="info", code="track-number-gap", message=message, lines=row.lines
                )
            )
        previous = row.number
        tracks.append(track)
        diagnostics += diags
    return tracks, diagnostics
