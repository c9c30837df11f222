"""Soundtrack part: the album's facts, its default credit line, and its track listings.

A listing starts at its header row (``No. Title Writer(s) Performer Length``). A row prints
``N. "Title" (note)`` and then its cells joined by spaces: this rendering ends the title cell and
prints each empty cell as a non-breaking space, so those markers fix some cells and evidence
from the rest of the article splits the others (see ``soundtrack_build``). A line without a number
continues the row's last cell.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..context import Anchor, Context, PartResult
from ..document import Block
from ..models import Diagnostic, Infobox, Lines, Soundtrack, Track
from ..normalize.dates import find_date
from ..normalize.duration import parse_length
from ..normalize.text import strip_markers
from ..soundtrack_build import (
    Header,
    RowText,
    build_tracks,
    read_credit,
    read_disc,
    read_header,
    total_label,
)
from ..vocab import soundtrack as vocab

_ROW = re.compile(r"[ \t]*(\d{1,3})\.[ \u00a0]+(?=\S)")
# Capitalised words after "performed by"; each repetition starts with its own space: linear.
_BY = re.compile(
    "(?i:" + "|".join(re.escape(p) for p in vocab.PERFORMED_BY) + ")"
    + r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
)  # fmt: skip
_TITLED = re.compile(r"\b(?:titled|entitled) ([A-Z][^,;.()\[\]]{0,120})")


@dataclass(slots=True)
class _Listing:
    """One listing as found: its header, rows, and the lines around it that belong to it."""

    header: Header
    rows: list[RowText] = field(default_factory=list)
    disc: int | None = None
    credit: list[str] | None = None
    credit_line: int | None = None
    total: int | None = None
    total_line: int | None = None
    first: int = 0
    last: int = 0


def _is_prose(line: str) -> bool:
    """A sentence, not a performer continuing a row: many words, or a full stop after several."""
    words = line.split()
    return len(words) > 12 or (len(words) > 5 and line.rstrip().endswith("."))


def _read_rows(listing: _Listing, block: Block, i: int) -> int:
    """Rows from index ``i`` of ``block``; the index where the listing ended."""
    lines = block.lines
    while i < len(lines):
        line, number = lines[i], block.start + i
        m = _ROW.match(line)
        total = None if m else total_label(line)
        if m is not None:
            listing.rows.append(RowText(int(m.group(1)), line[m.end() :], [], (number, number)))
        elif total is not None:
            listing.total, listing.total_line = parse_length(total), number
            listing.last = number
            return i + 1
        elif not listing.rows or _ends_listing(line):
            break
        else:
            row = listing.rows[-1]
            row.more.append(line)
            row.lines = (row.lines[0], number)
        listing.last = number
        i += 1
    return i


def _ends_listing(line: str) -> bool:
    stripped = line.lstrip()
    if stripped.startswith("No.") and read_header(line) is not None:
        return True
    return _is_prose(line) or read_disc(line) is not None or read_credit(line) is not None


def _prelude(listing: _Listing, block: Block, i: int, before: Block | None) -> None:
    """The disc label and credit line printed just above a header (or ending the block before)."""
    j = i - 1
    while j >= max(0, i - 2):
        line = block.lines[j]
        if listing.disc is None and (disc := read_disc(line)) is not None:
            listing.disc = disc
        elif listing.credit is None and (credit := read_credit(line)) is not None:
            listing.credit, listing.credit_line = credit, block.start + j
        else:
            return
        listing.first = block.start + j
        j -= 1
    if j < 0 and before is not None and listing.credit is None:
        listing.credit = read_credit(before.lines[-1])
        listing.credit_line = before.end if listing.credit else None


def _find_listings(ctx: Context) -> tuple[list[_Listing], _Listing | None]:
    """Every listing in the free blocks of the body, in order; and the first lone credit line."""
    start, end = ctx.values.get("_body", (1, len(ctx.source.lines)))
    free = {b.start for b in ctx.free_blocks()}
    listings: list[_Listing] = []
    lone: _Listing | None = None  # a credit line standing alone: an album without its listing
    before: Block | None = None  # the free block just before, for a credit line ending it
    for block in ctx.blocks:
        if block.start < start or block.end > end or block.start not in free:
            before = None
            continue
        if lone is None and len(block.lines) == 1 and (credit := read_credit(block.lines[0])):
            lone = _Listing(Header((), False), credit=credit, first=block.start, last=block.end)
        i = 0
        while i < len(block.lines):
            line = block.lines[i]
            header = read_header(line) if line.lstrip().startswith("No.") else None
            if header is None:
                i += 1
                continue
            listing = _Listing(header, first=block.start + i, last=block.start + i)
            _prelude(listing, block, i, before)
            i = _read_rows(listing, block, i + 1)
            listings.append(listing)
        before = block
    return listings, lone


def _prose_before(ctx: Context, first: int) -> str | None:
    """The free lines just before line ``first``: the rest of its block, or the block before."""
    index = next((k for k, b in enumerate(ctx.blocks) if b.start <= first <= b.end), None)
    if index is None:
        return None
    block = ctx.blocks[index]
    if first > block.start:
        return " ".join(block.lines[: first - block.start])
    if index == 0:
        return None
    prose = ctx.blocks[index - 1]
    owner = ctx.claims.owner
    return (
        None
        if any(n in owner for n in range(prose.start, prose.end + 1))
        else " ".join(prose.lines)
    )


def album_facts(ctx: Context, prose: str | None) -> tuple[str | None, str | None]:
    """Album title and release date from the album's infobox or the prose before the listing."""
    title = date = None
    album = next((b for b in ctx.values.get("other_infoboxes", []) if b.kind == "album"), None)
    if isinstance(album, Infobox):
        title = album.name or None
        released = next((f for f in album.fields if f.label.casefold() == "released"), None)
        date = find_date(" ".join(released.values)) if released else None
    if prose is not None:
        text = strip_markers(prose)[0]
        low = text.casefold()
        at = min((i for w in vocab.RELEASE_WORDS if (i := low.find(w)) >= 0), default=-1)
        date = date or (find_date(text[at:]) if at >= 0 else None)
        m = _TITLED.search(text) if title is None else None
        title = m.group(1).strip() if m else title
    return title, date


def _performed_by(ctx: Context) -> list[str]:
    """Names the body's prose says performed something ("performed by Jo Day")."""
    start, end = ctx.values.get("_body", (1, len(ctx.source.lines)))
    lines = ctx.source.lines[start - 1 : end]
    return [m.group(1).rstrip(".") for line in lines if "by " in line for m in _BY.finditer(line)]


def _discs(listings: list[_Listing]) -> list[int | None]:
    """Printed disc labels; without any, several listings count as discs 1, 2, …"""
    if any(listing.disc is not None for listing in listings):
        return [listing.disc for listing in listings]
    if len(listings) > 1:
        return list(range(1, len(listings) + 1))
    return [None]


def _runs(numbers: list[int]) -> list[Lines]:
    runs: list[Lines] = []
    for n in sorted(set(numbers)):
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def parse(ctx: Context) -> PartResult | None:
    """The soundtrack: album facts, default writers, and the tracks of every listing."""
    listings, lone = _find_listings(ctx)
    if not listings:
        if lone is None:
            return None
        listings = [lone]
    tracks: list[Track] = []
    diagnostics: list[Diagnostic] = []
    claimed: list[int] = []
    default: list[str] = []
    performed = _performed_by(ctx)
    for listing, disc in zip(listings, _discs(listings), strict=True):
        default = listing.credit or default
        built, diags = build_tracks(listing.header, listing.rows, default, disc, performed)
        tracks.extend(built)
        diagnostics.extend(diags)
        diagnostics.extend(_total_check(listing, built))
        claimed.extend(range(listing.first, listing.last + 1))
        if listing.credit_line is not None:
            claimed.append(listing.credit_line)
    title, date = album_facts(ctx, _prose_before(ctx, min(claimed)))
    totals = [listing.total for listing in listings if listing.total is not None]
    runs = _runs(claimed)
    soundtrack = Soundtrack(
        title=title,
        release_date=date,
        default_writers=next((li.credit for li in listings if li.credit), []),
        total_length_seconds=sum(totals) if totals else None,
        tracks=tracks,
        lines=(runs[0][0], runs[-1][1]),
    )
    return PartResult(
        values={"soundtrack": soundtrack},
        claims=tuple((run, "soundtrack") for run in runs),
        diagnostics=tuple(diagnostics),
        anchors=tuple(Anchor("soundtrack", run) for run in runs),
    )


def _total_check(listing: _Listing, tracks: list[Track]) -> list[Diagnostic]:
    """The printed total against the sum of the lengths, when every track has one."""
    lengths = [t.length_seconds for t in tracks]
    if listing.total is None or not lengths or None in lengths:
        return []
    added = sum(n for n in lengths if n is not None)
    if added == listing.total:
        return []
    message = f"total length {listing.total} s but the tracks add up to {added} s"
    line = listing.total_line or listing.last
    return [
        Diagnostic(
            severity="info", code="total-length-mismatch", message=message, lines=(line, line)
        )
    ]
