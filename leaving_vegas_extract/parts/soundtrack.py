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
from ..normalize.text import clean, strip_markers
from ..soundtrack_build import Header, RowText, build_tracks, split_writers
from ..vocab import soundtrack as vocab

_ROW = re.compile(r"[ \t]*(\d{1,3})\.[ \u00a0]+(?=\S)")
_TITLED = re.compile(r"\b(?:titled|entitled) ([A-Z][^,;.()\[\]]{0,120})")
_MAX_HEADER_WORDS = 12
_MAX_CREDIT = 300  # longer lines are prose that happens to start with "All"
_MAX_LABEL = 60


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


def read_header(line: str) -> Header | None:
    """The columns of a header row, None when ``line`` is not one.

    >>> read_header("No. Title Writer(s) Performer Length")
    Header(middle=('writer', 'performer'), length=True)
    >>> read_header("No. Title Length"), read_header("No. 5 in the charts")
    (Header(middle=(), length=True), None)
    """
    words = clean(line).split(" ")
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
        else:
            middle.append(vocab.HEADER_LABELS.get(word, vocab.OTHER))
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
    """
    if len(line) > _MAX_CREDIT or not line.lstrip()[:4].casefold().startswith(vocab.CREDIT_OPENINGS):
        return None
    names: list[str] = []
    for clause in strip_markers(line)[0].split(";"):
        head, by, tail = clause.partition(" by ")
        if by and vocab.CREDIT_WORDS.intersection(head.casefold().split()):
            names.extend(n for n in split_writers(_credit_names(tail)) if n not in names)
    return names or None


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
    words = line.casefold().split(None, 2)
    if len(line) > _MAX_LABEL or len(words) < 2 or words[0] not in vocab.DISC_LABELS:
        return None
    word = words[1].rstrip(":.")
    if word.isdecimal() and len(word) <= 2:
        return int(word)
    return vocab.DISC_WORDS.get(word)


def _total_label(line: str) -> str | None:
    text = clean(line)
    low = text.casefold()
    for label in vocab.TOTAL_LABELS:
        if low.startswith(label):
            return text[len(label) :].lstrip(": ")
    return None


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
        total = None if m else _total_label(line)
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
        credit = read_credit(before.lines[-1])
        if credit is not None:
            listing.credit, listing.credit_line = credit, before.end


def _find_listings(ctx: Context) -> tuple[list[_Listing], dict[int, Block]]:
    """Every listing in the free blocks of the body, in order; and each block's predecessor."""
    start, end = ctx.values.get("_body", (1, len(ctx.source.lines)))
    free = {b.start for b in ctx.free_blocks()}
    listings: list[_Listing] = []
    previous: dict[int, Block] = {}
    before: Block | None = None
    for block in ctx.blocks:
        if block.start < start or block.end > end or block.start not in free:
            before = None
            continue
        if before is not None:
            previous[block.start] = before
        i = 0
        while i < len(block.lines):
            line = block.lines[i]
            header = read_header(line) if line.lstrip().startswith("No.") else None
            if header is None:
                i += 1
                continue
            listing = _Listing(header, first=block.start + i, last=block.start + i)
            _prelude(listing, block, i, before if i == 0 or listing.first == block.start else None)
            i = _read_rows(listing, block, i + 1)
            listings.append(listing)
        before = block
    return listings, previous


def _album_facts(ctx: Context, prose: Block | None) -> tuple[str | None, str | None]:
    """Album title and release date from the album's infobox or the prose before the listing."""
    title = date = None
    album = next((b for b in ctx.values.get("other_infoboxes", []) if b.kind == "album"), None)
    if isinstance(album, Infobox):
        title = album.name or None
        released = next((f for f in album.fields if f.label.casefold() == "released"), None)
        date = find_date(" ".join(released.values)) if released else None
    if prose is not None:
        text = strip_markers(" ".join(prose.lines))[0]
        low = text.casefold()
        at = min((i for w in vocab.RELEASE_WORDS if (i := low.find(w)) >= 0), default=-1)
        date = (find_date(text[at:]) if at >= 0 else None) or date
        m = _TITLED.search(text) if title is None else None
        title = m.group(1).strip() if m else title
    return title, date


def _performed_by(ctx: Context) -> list[str]:
    """Names the article's prose says performed something ("performed by Jo Day")."""
    names: list[str] = []
    for line in ctx.source.lines:
        if "by " not in line:
            continue
        low = line.casefold()
        for phrase in vocab.PERFORMED_BY:
            at = low.find(phrase)
            while at >= 0:
                words = line[at + len(phrase) :].split(" ", 6)[:5]
                name = " ".join(w for w in _capitalised_run(words)).rstrip(".,;:")
                if name:
                    names.append(name)
                at = low.find(phrase, at + 1)
    return names


def _capitalised_run(words: list[str]) -> list[str]:
    run: list[str] = []
    for word in words:
        if not word[:1].isupper():
            break
        run.append(word)
        if word.endswith((",", ";", ":")) or (word.endswith(".") and len(word) > 3):
            break
    return run


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
    listings, previous = _find_listings(ctx)
    if not listings:
        return None
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
    first = min(claimed)
    block_start = max(b.start for b in ctx.blocks if b.start <= first)
    prose = previous.get(block_start) if block_start == first else None
    title, date = _album_facts(ctx, prose)
    runs = _runs(claimed)
    soundtrack = Soundtrack(
        title=title,
        release_date=date,
        default_writers=next((li.credit for li in listings if li.credit), []),
        total_length_seconds=_total(listings),
        tracks=tracks,
        lines=(runs[0][0], runs[-1][1]),
    )
    return PartResult(
        values={"soundtrack": soundtrack},
        claims=tuple((run, "soundtrack") for run in runs),
        diagnostics=tuple(diagnostics),
        anchors=tuple(Anchor("soundtrack", run) for run in runs),
    )


def _total(listings: list[_Listing]) -> int | None:
    totals = [listing.total for listing in listings if listing.total is not None]
    return sum(totals) if totals else None


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
