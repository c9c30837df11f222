"""Finding track listings in the text: header row, rows, and the lines around them.

A listing starts at its header row (``No. Title Writer(s) Performer Length``); a disc label and
a default credit line may sit just above it, and a total-length line may end it. Rows start with
their number; a line without one continues the row before, unless it reads as something else.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from leaving_vegas_extract.normalize.duration import parse_length
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.soundtrack.build import (
    Header,
    read_credit,
    read_disc,
    read_header,
    read_music_credit,
    total_label,
)
from leaving_vegas_extract.parts.soundtrack.row import RowText
from leaving_vegas_extract.source.context import Context
from leaving_vegas_extract.source.document import Block

_ROW = re.compile(r"[ \t]*(\d{1,7})\.[ \u00a0]+(?=\S)")
# A number this long starts a row only when it follows the row before (999, 1000, ...): alone,
# "1995. " opening a line is more likely a year in a performer's credit than track 1995.
_PLAIN_ROW_DIGITS = 3


@dataclass(slots=True)
class Listing:
    """One listing as found: its header, rows, and the lines around it that belong to it."""

    header: Header
    rows: list[RowText] = field(default_factory=list)
    disc: int | None = None
    headline: str | None = None  # the disc label line as printed ("Disc 2: Score")
    credit: list[str] | None = None
    music: list[str] | None = None  # the credit's music clause, when lyrics are credited apart
    credit_line: int | None = None
    total: int | None = None
    total_line: int | None = None
    first: int = 0
    last: int = 0


def _is_prose(line: str) -> bool:
    """A sentence, not a performer continuing a row: many words, or a full stop after several."""
    words = line.split()
    return len(words) > 12 or (len(words) > 5 and line.rstrip().endswith("."))


def _read_rows(listing: Listing, block: Block, i: int) -> int:
    """Rows from index ``i`` of ``block``; the index where the listing ended."""
    lines, start, rows = block.lines, block.start, listing.rows
    first = i
    while i < len(lines):
        line = lines[i]
        m = _ROW.match(line)
        if m is not None and _starts_row(m.group(1), rows):
            number = start + i
            rows.append(RowText(int(m.group(1)), line[m.end() :], [], (number, number)))
        elif (total := total_label(line)) is not None:
            listing.total, listing.total_line = parse_length(total), start + i
            listing.last = start + i
            return i + 1
        elif not rows or _ends_listing(line):
            break
        else:
            row = rows[-1]
            row.more.append(line)
            row.lines = (row.lines[0], start + i)
        i += 1
    if i > first:
        listing.last = start + i - 1
    return i


def _starts_row(digits: str, rows: list[RowText]) -> bool:
    """Whether a line's leading number starts a row (see ``_PLAIN_ROW_DIGITS``)."""
    return len(digits) <= _PLAIN_ROW_DIGITS or bool(rows and int(digits) == rows[-1].number + 1)


def _ends_listing(line: str) -> bool:
    stripped = line.lstrip()
    if stripped.startswith("No.") and read_header(line) is not None:
        return True
    return _is_prose(line) or read_disc(line) is not None or read_credit(line) is not None


def _prelude(listing: Listing, block: Block, i: int, before: Block | None) -> None:
    """The disc label and credit line printed just above a header (or ending the block before)."""
    j = i - 1
    while j >= max(0, i - 2):
        line = block.lines[j]
        if listing.disc is None and (disc := read_disc(line)) is not None:
            listing.disc, listing.headline = disc, clean(line)
        elif listing.credit is None and (credit := read_credit(line)) is not None:
            listing.credit, listing.credit_line = credit, block.start + j
            listing.music = read_music_credit(line)
        else:
            return
        listing.first = block.start + j
        j -= 1
    if j < 0 and before is not None and listing.credit is None:
        listing.credit = read_credit(before.lines[-1])
        listing.credit_line = before.end if listing.credit else None
        listing.music = read_music_credit(before.lines[-1]) if listing.credit else None


def find_listings(ctx: Context) -> tuple[list[Listing], Listing | None]:
    """Every listing in the free blocks of the body, in order; and the first lone credit line."""
    start, end = ctx.values.get("_body", (1, len(ctx.source.lines)))
    listings: list[Listing] = []
    lone: Listing | None = None  # a credit line standing alone: an album without its listing
    blocks = ctx.blocks
    for k, block in enumerate(blocks):
        # Only a block holding "No." (a header) or a lone credit line can start anything.
        lines = block.lines
        credit = None
        if len(lines) == 1:
            credit = read_credit(lines[0]) if lone is None else None
            if not credit and "No." not in lines[0]:
                continue
        elif "No." not in "\n".join(lines):
            continue
        if block.start < start or block.end > end:
            continue
        if not ctx.is_free(block):
            continue
        if credit:
            lone = Listing(Header((), False), credit=credit, first=block.start, last=block.end)
        i = 0
        while i < len(lines):
            line = lines[i]
            header = read_header(line) if line.lstrip().startswith("No.") else None
            if header is None:
                i += 1
                continue
            listing = Listing(header, first=block.start + i, last=block.start + i)
            _prelude(listing, block, i, _before(ctx, k, start))
            i = _read_rows(listing, block, i + 1)
            listings.append(listing)
    return listings, lone


def _before(ctx: Context, k: int, start: int) -> Block | None:
    """The block before ``ctx.blocks[k]`` when it is free and in the body (which ends after it)."""
    if k == 0:
        return None
    block = ctx.blocks[k - 1]
    if block.start < start or not ctx.is_free(block):
        return None
    return block
