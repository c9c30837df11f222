"""Track-listing rows to tracks: title, note, cells split by markers and by evidence, length.

A flattened row joins its cells with spaces. The markers this rendering prints (a non-breaking
space after the title cell and one for each empty cell) are learned from the listing itself:
the fewest any row shows before its first cell belong to the title, and each one more is an empty
leading cell. Cells the markers leave run together ("Ann Lee, Bo Day Cy Fox") are split where
the evidence is best (``_score``): names seen alone as performers in the listing or the prose,
band names ("The …"), comma lists of writers, and the shape of personal names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import combinations_with_replacement, pairwise

from .models import Diagnostic, Lines, Performer, Track
from .normalize.duration import parse_length
from .normalize.text import clean
from .vocab import soundtrack as vocab

NBSP = "\u00a0"
_WRITER_SEP = re.compile(r" ?[,;] ?| (?:and|&) ")
_CLOSING_QUOTE = re.compile('["”]')
_SPACE_RUN = re.compile(r" {3,}")
_MAX_TOKENS = 24  # longer cell runs are not split by search (every split is scored)
_CLOSE = 1.0  # a runner-up split scoring within this of the best is reported


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


@dataclass(frozen=True, slots=True)
class _Evidence:
    performers: frozenset[str]  # casefolded names seen alone as performers
    heads: frozenset[str]  # first words of known group names ("ambrosian")
    writers: frozenset[str]  # casefolded names of the default credit


def _join_suffixes(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for raw in items:
        item = raw.strip()
        if out and item.casefold() in vocab.NAME_SUFFIXES:
            out[-1] = f"{out[-1]}, {item}"
        elif item:
            out.append(item)
    return out


def split_writers(text: str) -> list[str]:
    """Names of a writer cell, separated by commas, semicolons, "and" or "&".

    >>> split_writers("Ann Lee, Bo Day and Cy Fox"), split_writers("Sammy Dee, Jr.")
    (['Ann Lee', 'Bo Day', 'Cy Fox'], ['Sammy Dee, Jr.'])
    """
    return _join_suffixes(_WRITER_SEP.split(clean(text)))


def split_performers(text: str) -> list[str]:
    """Names of a performer cell, separated by commas only ("Simon & Lee" is one act).

    >>> split_performers("Ann Lee as Ruth, Earth & Sky")
    ['Ann Lee as Ruth', 'Earth & Sky']
    """
    return _join_suffixes(clean(text).split(","))


def _performer(item: str) -> Performer:
    name, sep, role = item.partition(" as ")
    return Performer(name=name.strip(), role=role.strip() or None) if sep else Performer(name=item)


def _is_group(name: str) -> bool:
    words = name.casefold().split()
    return bool(words) and (
        words[0] == "the"
        or words[-1] in vocab.GROUP_WORDS
        or any(w in vocab.GROUP_CONNECTORS for w in words[1:])
    )


def _shape(name: str, solo: float) -> float:
    """How much ``name`` looks like one person's name: two or three capitalised words."""
    words = name.split(" ")
    lower = sum(1 for w in words if w[:1].islower() and w.casefold() not in vocab.NAME_PARTICLES)
    n = len(words)
    return (solo if n == 1 else 1.0 if n <= 3 else 3.0 - n) - 2.0 * lower


def _writer_score(chunk: str, note: str | None, ev: _Evidence) -> float:
    if not chunk:
        # The rendering marks an empty writer cell, except on note rows (dialogue, instrumental).
        return 1.0 if note else -3.0
    if " as " in f" {chunk} ":
        return -20.0  # "Name as Role" only ever credits a performer
    items = split_writers(chunk)
    score = 1.0 if len(items) > 1 and len({i.count(" ") for i in items}) == 1 else 0.0
    for item in items:
        score += 3.0 if item.casefold() in ev.writers else 0.0
        score += -4.0 if _is_group(item) else _shape(item, solo=-1.0)
    return score


def _performer_score(chunk: str, ev: _Evidence) -> float:
    if not chunk:
        return -2.0
    score = 0.0
    for item in split_performers(chunk):
        name = item.partition(" as ")[0].strip()
        key = name.casefold()
        if key in ev.performers:
            score += 6.0
        elif key.partition(" ")[0] in ev.heads:
            score += 2.0
        if key.startswith(vocab.BAND_OPENINGS):
            score += 4.0
        elif _is_group(name):
            score += 1.0
        else:
            score += _shape(name, solo=0.0)
    return score


def _score(kind: str, chunk: str, note: str | None, ev: _Evidence) -> float:
    if kind == vocab.PERFORMER:
        return _performer_score(chunk, ev)
    return _writer_score(chunk, note, ev)


def _split(
    cols: Sequence[str], pieces: Sequence[str], note: str | None, ev: _Evidence
) -> tuple[list[str], str | None]:
    """Each column's text, and a diagnostic code when the split is not clean."""
    if not cols:
        return [], "track-extra-cells" if pieces else None
    tokens: list[str] = []
    hard: set[int] = set()  # token positions where a marker fixes a cell boundary
    for piece in pieces:
        if tokens:
            hard.add(len(tokens))
        tokens.extend(piece.split(" "))
    if len(hard) >= len(cols) or len(tokens) > _MAX_TOKENS:
        chunks = [*pieces[: len(cols) - 1], " ".join(pieces[len(cols) - 1 :])]
        code = "track-extra-cells" if len(hard) >= len(cols) else "track-cells-unsplit"
        return chunks + [""] * (len(cols) - len(chunks)), code
    best: tuple[float, list[str]] | None = None
    second = float("-inf")
    for cuts in combinations_with_replacement(range(len(tokens) + 1), len(cols) - 1):
        if not hard.issubset(cuts):
            continue
        chunks = [" ".join(tokens[a:b]) for a, b in pairwise((0, *cuts, len(tokens)))]
        score = sum(_score(k, c, note, ev) for k, c in zip(cols, chunks, strict=True))
        if best is None or score > best[0]:
            second = best[0] if best else second
            best = (score, chunks)
        elif score > second:
            second = score
    assert best is not None  # the hard cuts themselves are always a candidate
    return best[1], "ambiguous-track-cells" if best[0] - second < _CLOSE else None


def _cut_length(line: str) -> tuple[str, int | None]:
    """The line without its last word when that word is a length, and the length."""
    stripped = line.rstrip()
    k = max(stripped.rfind(" "), stripped.rfind(NBSP))
    seconds = parse_length(stripped[k + 1 :])
    return (line, None) if seconds is None else (stripped[: k + 1], seconds)


def _title(text: str) -> tuple[str, str, bool]:
    """``(title, rest, closed)``: a quoted title ends at a quote before a space or "("."""
    s = text.lstrip(" ")
    if s[:1] in '"“':
        for m in _CLOSING_QUOTE.finditer(s, 1):
            if s[m.end() : m.end() + 1] in ("", " ", NBSP, "("):
                return s[1 : m.start()], s[m.end() :], True
    cut = s.find(NBSP)
    closed = s[:1] not in '"“'
    head, rest = (s, "") if cut < 0 else (s[:cut], s[cut:])
    return head.strip('"“” '), rest, closed


def _as_markers(m: re.Match[str]) -> str:
    # Without non-breaking spaces the markers print as spaces: "   " is one, "     " two.
    return " " + (NBSP + " ") * ((len(m.group()) - 1) // 2)


def _cells(row: RowText, spaced: bool) -> _Cells:
    more = list(row.more)
    last, length = _cut_length(more[-1] if more else row.text)
    if more:
        more[-1] = last
    text = row.text if more else last
    title, rest, closed = _title(_SPACE_RUN.sub(_as_markers, text) if spaced else text)
    rest = rest.lstrip(" ")
    notes: list[str] = []
    while rest.startswith("(") and (close := rest.find(")")) > 0:
        notes.append(clean(rest[1:close]))
        rest = rest[close + 1 :].lstrip(" ")
    segments = [clean(s) for s in rest.split(NBSP)]
    lead = next((i for i, s in enumerate(segments) if s), len(segments) - 1)
    pieces = tuple(s for s in segments[lead:] if s)
    lines = tuple(c for c in (clean(m) for m in more) if c)
    note = "; ".join(n for n in notes if n) or None
    return _Cells(clean(title), note, lead, pieces, lines, length, closed)


def _evidence(
    cells: Sequence[_Cells],
    cols: Sequence[Sequence[str]],
    performed: Iterable[str],
    default: Iterable[str],
) -> _Evidence:
    """Names whose cell the markers fixed, continuation lines, "X as Role", and the prose."""
    performers = {clean(n).casefold() for n in performed}
    for c, kinds in zip(cells, cols, strict=True):
        if len(kinds) == len(c.pieces):
            for kind, piece in zip(kinds, c.pieces, strict=True):
                if kind == vocab.PERFORMER:
                    performers.update(
                        n.partition(" as ")[0].casefold() for n in split_performers(piece)
                    )
        if kinds and kinds[-1] == vocab.PERFORMER:
            for line in c.more:
                performers.update(n.partition(" as ")[0].casefold() for n in split_performers(line))
        for text in c.pieces:
            for item in text.split(","):
                name, sep, _ = item.partition(" as ")
                if sep and 1 <= len(name.split()) <= 3:
                    performers.add(clean(name).casefold())
    heads = {p.partition(" ")[0] for p in performers if _is_group(p) and not p.startswith("the ")}
    writers = frozenset(n.casefold() for n in default)
    return _Evidence(frozenset(performers), frozenset(heads), writers)


def _diagnostic(code: str, row: RowText, message: str) -> Diagnostic:
    return Diagnostic(severity="warning", code=code, message=message, lines=row.lines)


_MESSAGES = {
    "track-extra-cells": "track {n}: more cell text than the header has columns (kept in the last)",
    "track-cells-unsplit": "track {n}: cells too long to split; all text kept in the last column",
    "ambiguous-track-cells": "track {n}: cells {cells} could also be split another way",
    "track-title-unclosed": "track {n}: title has no closing quote",
}


def _track(
    row: RowText,
    c: _Cells,
    cols: Sequence[str],
    ev: _Evidence,
    default: list[str],
    disc: int | None,
) -> tuple[Track, list[Diagnostic]]:
    chunks, code = _split(cols, c.pieces, c.note, ev)
    writers: list[str] = []
    performers: list[Performer] = []
    last = cols[-1] if cols else None
    for kind, chunk in [*zip(cols, chunks, strict=True), *((last, m) for m in c.more)]:
        if kind == vocab.PERFORMER:
            performers.extend(_performer(item) for item in split_performers(chunk))
        elif kind == vocab.WRITER:
            writers.extend(w for w in split_writers(chunk) if w not in writers)
    if last is None and c.more:
        code = "track-extra-cells"
    from_default = not writers and c.note is None and bool(default)
    track = Track(
        number=row.number,
        title=c.title,
        note=c.note,
        writers=list(default) if from_default else writers,
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
    diags = [_diagnostic(k, row, _MESSAGES[k].format(n=row.number, cells=cells)) for k in codes]
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
    cells = [_cells(row, spaced) for row in rows]
    # The title's own markers: the fewest any row shows (at most one; a listing where every row
    # leaves the first cell empty would otherwise hide that cell's marker).
    base = min(min((c.lead for c in cells), default=0), 1)
    cols = [header.middle[max(0, c.lead - base) :] for c in cells]
    ev = _evidence(cells, cols, performed, default)
    tracks: list[Track] = []
    diagnostics: list[Diagnostic] = []
    for row, c, kinds in zip(rows, cells, cols, strict=True):
        track, diags = _track(row, c, kinds, ev, default, disc)
        if tracks and row.number != tracks[-1].number + 1:
            message = f"track {row.number} follows track {tracks[-1].number}"
            diags.append(Diagnostic(severity="info", code="track-number-gap", message=message,
                                    lines=row.lines))  # fmt: skip
        tracks.append(track)
        diagnostics.extend(diags)
    return tracks, diagnostics
