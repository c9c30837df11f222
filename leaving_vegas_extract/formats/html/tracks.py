"""Soundtrack part for pages: track-listing tables, their credit line, disc labels and totals.

A listing is a table whose header row has "No." and "Title" cells (``table.tracklist`` on
encyclopedia pages). Its other header cells name the columns with the text dumps' vocabulary
(Writer(s), Performer(s), Length, ...). The default credit ("All songs written by X except as
noted.") and a disc label sit in a row across the table above the header, in its ``caption``, or
in the block just before it. Each cell is its own, so no splitting by evidence is needed here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from leaving_vegas_extract.formats.html.document import doc_of, free_items, take
from leaving_vegas_extract.formats.html.grid import GridRow, expand
from leaving_vegas_extract.formats.html.parse import Element
from leaving_vegas_extract.formats.html.reader import HtmlDoc
from leaving_vegas_extract.formats.html.text import text_of, values
from leaving_vegas_extract.model.article import (
    Diagnostic,
    Disc,
    Lines,
    Performer,
    Soundtrack,
    Track,
)
from leaving_vegas_extract.normalize.duration import parse_length
from leaving_vegas_extract.normalize.text import clean, strip_markers
from leaving_vegas_extract.parts.soundtrack import vocab
from leaving_vegas_extract.parts.soundtrack.album import album_facts
from leaving_vegas_extract.parts.soundtrack.build import (
    disc_numbers,
    read_credit,
    read_disc,
    read_music_credit,
)
from leaving_vegas_extract.parts.soundtrack.defaults import CreditCarry, default_writers
from leaving_vegas_extract.parts.soundtrack.split import performer, split_performers, split_writers
from leaving_vegas_extract.source.context import Anchor, Context, PartResult

_NUMBER = re.compile(r"\d{1,7}")
_TITLED = re.compile(r"\b(?:titled|entitled) ([A-Z][^,;.()\[\]]{0,120})")
_QUOTES = '"“”'
_NUMBER_HEADS = frozenset({"no.", "no", "#", "track"})
_LENGTH_HEADS = frozenset({"length", "time", "duration"})


@dataclass(slots=True)
class _Listing:
    """One track-listing table as read."""

    index: int
    kinds: list[str]
    rows: list[GridRow]
    lines: Lines
    credit: list[str] | None = None
    music: list[str] | None = None  # the credit's music clause, when lyrics are credited apart
    disc: int | None = None
    headline: str | None = None  # the caption or label line that names the listing
    total: int | None = None
    before: list[int] = field(default_factory=list)  # items before the table that belong to it


def _kind(text: str) -> str:
    low = clean(text).casefold()
    if low in _NUMBER_HEADS:
        return "number"
    if low == "title":
        return "title"
    if low in _LENGTH_HEADS:
        return "length"
    return vocab.HEADER_LABELS.get(low, vocab.OTHER)


def _header(grid: list[GridRow]) -> tuple[int, list[str]] | None:
    """Index and column kinds of the listing's header row."""
    for at, row in enumerate(grid[:4]):
        kinds = [_kind(text_of(c.element)) if c else vocab.OTHER for c in row.cells]
        if "number" in kinds and "title" in kinds:
            return at, kinds
    return None


def _total(text: str) -> str | None:
    """The text after a total-length label ("Total length: 39:41"), None when there is none."""
    low = text.casefold()
    for label in vocab.TOTAL_LABELS:
        if low.startswith(label):
            return text[len(label) :].lstrip(": ")
    return None


def _label(listing: _Listing, text: str) -> bool:
    """Read a credit line or disc label into the listing; whether ``text`` was one. A disc
    label ("Disc 2: Score") is the listing's headline too."""
    credit = read_credit(text) if listing.credit is None else None
    disc = read_disc(text) if listing.disc is None else None
    if credit:
        listing.credit, listing.music = credit, read_music_credit(text)
    if disc is not None:
        listing.disc = disc
        listing.headline = listing.headline or clean(text)
    return bool(credit) or disc is not None


def _caption(listing: _Listing, element: Element) -> None:
    """The caption's lines: credit lines and disc labels, and the headline that names it."""
    for line in values(element):
        text = clean(strip_markers(line)[0])
        if text and not _label(listing, text) and listing.headline is None:
            listing.headline = text


def _read_listing(doc: HtmlDoc, index: int) -> _Listing | None:
    table = doc.items[index].element
    grid = expand(table)
    found = _header(grid)
    if found is None:
        return None
    at, kinds = found
    listing = _Listing(index, kinds, [], doc.items[index].lines)
    for element in table:
        if element.tag == "caption":
            _caption(listing, element)
    for row in grid[:at]:  # rows across the table above the header (older markup)
        _caption(listing, row.element)
    for row in grid[at + 1 :]:
        text = text_of(row.element)
        if (total := _total(text)) is not None:
            listing.total = parse_length(total)
        elif row.is_header():
            _label(listing, text)  # a label or a repeated header: no track either way
        else:
            listing.rows.append(row)
    for back in (index - 1, index - 2):
        item = doc.items[back] if back >= 0 else None
        if (
            item is None
            or item.kind not in ("paragraph", "list")
            or not _label(listing, text_of(item.element))
        ):
            break
        listing.before.append(back)
    return listing


def _title(text: str) -> tuple[str, str | None]:
    """``(title, note)`` from a title cell: ``"Intro" (dialogue)`` → ``("Intro", "dialogue")``."""
    if text[:1] in _QUOTES:
        close = max(text.rfind(q) for q in _QUOTES)
        if close > 0:
            rest = text[close + 1 :]
            notes = [clean(p.split(")", 1)[0]) for p in rest.split("(")[1:]]
            return text[1:close].strip(), "; ".join(n for n in notes if n) or None
    return text, None


def _track(
    doc: HtmlDoc, listing: _Listing, row: GridRow, default: tuple[list[str], list[str] | None]
) -> Track | None:
    cells: dict[str, list[str]] = {kind: [] for kind in listing.kinds}
    for kind, cell in zip(listing.kinds, row.distinct(), strict=False):
        if cell is not None:
            cells[kind].extend(strip_markers(v)[0] for v in values(cell.element))
    m = _NUMBER.search(" ".join(cells.get("number", [])))
    if m is None:
        return None
    title, note = _title(" ".join(cells.get("title", [])))
    writers: list[str] = []
    for value in cells.get(vocab.WRITER, []):
        writers.extend(w for w in split_writers(value) if w not in writers)
    performers: list[Performer] = [
        performer(item) for v in cells.get(vocab.PERFORMER, []) for item in split_performers(v)
    ]
    taken = default_writers(bool(writers), note, *default)
    return Track(
        number=int(m.group()),
        title=title,
        note=note,
        writers=taken if taken is not None else writers,
        writers_from_default=taken is not None,
        performers=performers,
        length_seconds=parse_length(" ".join(cells.get("length", []))),
        disc=listing.disc,
        lines=doc.lines.span(row.element),
    )


def _album_facts(ctx: Context, doc: HtmlDoc, first: int) -> tuple[str | None, str | None]:
    """Album title and date as the text path reads them, from the paragraph before the listing."""
    prose = next(
        (
            doc.items[i]
            for i in range(first - 1, -1, -1)
            if doc.items[i].kind in ("paragraph", "heading")
        ),
        None,
    )
    text = text_of(prose.element) if prose is not None and prose.kind == "paragraph" else None
    return album_facts(ctx, text)


def parse(ctx: Context) -> PartResult | None:
    """The soundtrack: album facts, default writers and every listing's tracks."""
    doc = doc_of(ctx)
    if doc is None:
        return None
    listings = [x for i, _ in free_items(ctx, doc, "table") if (x := _read_listing(doc, i))]
    if not listings:
        return None
    for listing, number in zip(listings, disc_numbers([x.disc for x in listings]), strict=True):
        listing.disc = number
    discs = [
        Disc(number=x.disc, headline=x.headline, lines=x.lines)
        for x in listings
        if x.disc is not None and len(listings) > 1
    ]
    tracks: list[Track] = []
    diagnostics: list[Diagnostic] = []
    spans: list[Lines] = []
    carry = CreditCarry()
    for listing in listings:
        default = carry.take((listing.credit or [], listing.music)) or ([], None)
        for row in listing.rows:
            track = _track(doc, listing, row, default)
            if track is None:
                message = "a row of the track listing has no track number"
                lines = doc.lines.span(row.element)
                diagnostics.append(
                    Diagnostic(
                        severity="warning", code="track-no-number", message=message, lines=lines
                    )
                )
            else:
                tracks.append(track)
        spans.extend([doc.items[i].lines for i in listing.before] + [listing.lines])
    first = min(i for x in listings for i in (x.index, *x.before))
    title, date = _album_facts(ctx, doc, first)
    totals = [x.total for x in listings if x.total is not None]
    used = [i for x in listings for i in (x.index, *x.before)]
    soundtrack = Soundtrack(
        title=title,
        release_date=date,
        default_writers=next((x.credit for x in listings if x.credit), []),
        total_length_seconds=sum(totals) if totals else None,
        tracks=tracks,
        discs=discs,
        lines=(min(s[0] for s in spans), max(s[1] for s in spans)),
    )
    return PartResult(
        values={"soundtrack": soundtrack, **take(ctx, used)},
        claims=tuple((span, "soundtrack") for span in spans),
        diagnostics=tuple(diagnostics),
        anchors=tuple(Anchor("soundtrack", span) for span in spans),
    )
