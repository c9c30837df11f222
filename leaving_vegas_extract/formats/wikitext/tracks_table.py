"""Track listings printed as plain wikitables whose header says No. / Title (/ Singer(s) / Length
...): one track per numbered row, a total-length row read as the listing's total."""

from __future__ import annotations

from leaving_vegas_extract.formats.wikitext.cells import Rendered, render
from leaving_vegas_extract.formats.wikitext.tablegrid import GridRow, expand
from leaving_vegas_extract.formats.wikitext.tracks_listing import (
    LineOf,
    Listing,
    Span,
    cell_writers,
    performer_cell,
    track_title,
)
from leaving_vegas_extract.model.article import Track
from leaving_vegas_extract.normalize.duration import parse_length
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.soundtrack import vocab
from leaving_vegas_extract.parts.soundtrack.split import performer, split_performers

_UNKNOWN = "unknown"


def _kind(label: str) -> str:
    low = clean(label).casefold()
    if low in vocab.NUMBER_HEADS:
        return "number"
    if low in vocab.TITLE_HEADS:
        return "title"
    if low in vocab.LENGTH_HEADS:
        return "length"
    return vocab.HEADER_LABELS.get(low, _UNKNOWN)


def _is_track_header(kinds: list[str]) -> bool:
    """No. and Title, a Length, writer or performer column, and no column a track list does
    not have (an episode list's "Directed by", "Original air date")."""
    return (
        {"number", "title"}.issubset(kinds)
        and not {"length", vocab.WRITER, vocab.PERFORMER}.isdisjoint(kinds)
        and _UNKNOWN not in kinds
    )


def _total_row(listing: Listing, row: GridRow) -> None:
    """The listing's total from a row that opens with a total-length label."""
    texts = [render(c.value).text for c in row.own]
    if texts and texts[0].casefold().startswith(vocab.TOTAL_LABELS):
        listing.total = parse_length(texts[-1])


def read_table(text: str, span: Span, line_of: LineOf, disc: int | None) -> Listing | None:
    """The plain wikitable at ``text[span]`` when it lists tracks (its header has No. and
    Title columns), else None."""
    grid = expand(text[span[0] : span[1]], span[0])
    head = next(
        (
            (at, kinds)
            for at, row in enumerate(grid[:3])
            if _is_track_header(
                kinds := [_kind(render(s.cell.value).text) if s else vocab.OTHER for s in row.slots]
            )
        ),
        None,
    )
    if head is None:
        return None
    at, kinds = head
    listing = Listing(span=span)
    for row in grid[at + 1 :]:
        cells: dict[str, list[Rendered]] = {}
        seen: set[tuple[int, int]] = set()
        for kind, slot in zip(kinds, row.slots, strict=False):
            if slot is not None and slot.key not in seen:
                seen.add(slot.key)
                value = slot.cell.value
                if kind == vocab.PERFORMER:
                    value = performer_cell(value)
                cells.setdefault(kind, []).append(render(value, slot.cell.value_start))
        number = " ".join(r.text for r in cells.get("number", []))
        if not number.strip().isdecimal():
            _total_row(listing, row)  # a total row, or a sub-header (no track either way)
            continue
        title = track_title(" ".join(r.text for r in cells.get("title", [])))
        performers = [performer(x) for r in cells.get(vocab.PERFORMER, [])
                      for item in r.items for x in split_performers(item)]  # fmt: skip
        listing.tracks.append(
            Track(
                number=int(number),
                title=title,
                writers=cell_writers(cells.get(vocab.WRITER, [])),
                performers=performers,
                length_seconds=parse_length(" ".join(r.text for r in cells.get("length", []))),
                disc=disc,
                lines=(line_of(row.span[0]), line_of(max(row.span[0], row.span[1] - 1))),
            )
        )
        listing.notes.append(
            tuple(sorted({o for rs in cells.values() for r in rs for o in r.notes}))
        )
    return listing if listing.tracks else None
