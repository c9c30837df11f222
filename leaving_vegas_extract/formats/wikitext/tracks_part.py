"""Soundtrack part for wikitext: the track listings read by ``tracks`` and the album's facts.

The album's ``{{Infobox album}}`` stays in ``other_infoboxes`` (the infobox part puts it there);
its name, release date and length feed the soundtrack here, as in the other formats.
"""

from __future__ import annotations

from leaving_vegas_extract.formats.wikitext.cells import render
from leaving_vegas_extract.formats.wikitext.pagecache import WikiPage, claimed, page_of
from leaving_vegas_extract.formats.wikitext.tracks import read_tracks
from leaving_vegas_extract.formats.wikitext.tracks_listing import Listing
from leaving_vegas_extract.model.article import Disc, Infobox, Lines, Soundtrack
from leaving_vegas_extract.normalize.duration import parse_length
from leaving_vegas_extract.parts.soundtrack.album import album_facts
from leaving_vegas_extract.source.context import Anchor, Context, PartResult

_PROSE_WINDOW = 4000  # characters looked at before a listing for its paragraph


def _album_length(ctx: Context) -> int | None:
    """The album infobox's Length, in seconds."""
    for box in ctx.values.get("other_infoboxes", []):
        if isinstance(box, Infobox) and box.kind == "album":
            for f in box.fields:
                if f.label.casefold() == "length" and f.values:
                    return parse_length(f.values[0])
    return None


def _prose_before(page: WikiPage, offset: int) -> str | None:
    """The paragraph just before the first listing, as a reader sees it (None when a heading,
    a table or a template comes first)."""
    before = page.text[max(0, offset - _PROSE_WINDOW) : offset].rstrip().split("\n")
    lines: list[str] = []
    for line in reversed(before):
        if not line.strip() or line.startswith(("=", "{{", "{|", "|", "!", "}}")):
            break
        lines.append(line)
    return render(" ".join(reversed(lines))).text or None if lines else None


def _discs(listings: list[Listing], spans: list[Lines]) -> list[Disc]:
    """One record per listing when there are several (a track's ``disc`` is its number)."""
    if len(listings) < 2:
        return []
    return [
        Disc(number=n, headline=x.headline, lines=lines)
        for n, (x, lines) in enumerate(zip(listings, spans, strict=True), 1)
    ]


def parse(ctx: Context) -> PartResult | None:
    """The soundtrack: every listing's tracks in page order, default writers, total length."""
    page = page_of(ctx)
    found = read_tracks(page.text, page.line_of, lambda t: claimed(ctx, page, t))
    if not found.listings:
        return None
    spans: list[Lines] = [page.lines_of(*x.span) for x in found.listings]
    title, date = album_facts(ctx, _prose_before(page, found.listings[0].span[0]))
    totals = [x.total for x in found.listings if x.total is not None]
    soundtrack = Soundtrack(
        title=title,
        release_date=date,
        default_writers=next((x.default for x in found.listings if x.default), []),
        total_length_seconds=sum(totals) if totals else _album_length(ctx),
        tracks=[t for x in found.listings for t in x.tracks],
        discs=_discs(found.listings, spans),
        lines=(min(s[0] for s in spans), max(s[1] for s in spans)),
    )
    return PartResult(
        values={"soundtrack": soundtrack},
        claims=tuple((span, "soundtrack") for span in spans),
        diagnostics=tuple(found.diagnostics),
        anchors=tuple(Anchor("soundtrack", span) for span in spans),
    )
