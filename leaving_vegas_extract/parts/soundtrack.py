"""Soundtrack part: the album's facts, its default credit line, and its track listings.

A listing starts at its header row (``No. Title Writer(s) Performer Length``) and is found by
``soundtrack_listings``. A row prints ``N. "Title" (note)`` and then its cells joined by spaces:
this rendering ends the title cell and prints each empty cell as a non-breaking space, so those
markers fix some cells and evidence from the rest of the article splits the others (see
``soundtrack_build``). A line without a number continues the row's last cell.
"""

from __future__ import annotations

import re

from ..context import Anchor, Context, PartResult
from ..models import Diagnostic, Infobox, Lines, Soundtrack, Track
from ..normalize.dates import find_date
from ..normalize.text import strip_markers
from ..soundtrack_build import build_tracks
from ..soundtrack_listings import Listing, find_listings
from ..vocab import soundtrack as vocab

# Capitalised words after "performed by"; each repetition starts with its own space: linear.
_BY = re.compile(
    "(?i:" + "|".join(re.escape(p) for p in vocab.PERFORMED_BY) + ")"
    + r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
)  # fmt: skip
_BY_PHRASES = tuple(p.casefold() for p in vocab.PERFORMED_BY)
_TITLED = re.compile(r"\b(?:titled|entitled) ([A-Z][^,;.()\[\]]{0,120})")


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
    return " ".join(prose.lines) if ctx.is_free(prose) else None


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
        # Both words end in "titled": a plain search rules most prose out before the pattern.
        m = _TITLED.search(text) if title is None and "titled" in text else None
        title = m.group(1).strip() if m else title
    return title, date


def _performed_by(ctx: Context) -> list[str]:
    """Names the body's prose says performed something ("performed by Jo Day")."""
    start, end = ctx.values.get("_body", (1, len(ctx.source.lines)))
    names: list[str] = []
    for line in ctx.source.lines[start - 1 : end]:
        if "by " not in line:
            continue
        # A case-insensitive search is slow: look for the phrases in the casefolded line first
        # (every character the search matches folds to the phrase's own letters).
        low = line.casefold()
        if any(phrase in low for phrase in _BY_PHRASES):
            names += [m.group(1).rstrip(".") for m in _by_matches(line, low)]
    return names


def _starts(low: str) -> list[int]:
    """Where the phrases start in the casefolded ``low``, in order."""
    starts: list[int] = []
    for phrase in _BY_PHRASES:
        at = low.find(phrase)
        while at >= 0:
            starts.append(at)
            at = low.find(phrase, at + 1)
    return sorted(starts)


def _by_matches(line: str, low: str) -> list[re.Match[str]]:
    """``_BY.finditer(line)``, trying only where ``low`` (the casefolded line) has a phrase."""
    if len(low) != len(line):  # a character folded to several: positions differ
        return list(_BY.finditer(line))
    matches: list[re.Match[str]] = []
    end = 0
    for at in _starts(low):
        if at >= end and (m := _BY.match(line, at)) is not None:
            matches.append(m)
            end = m.end()
    return matches


def _discs(listings: list[Listing]) -> list[int | None]:
    """Printed disc labels; without any, several listings count as discs 1, 2, …"""
    if any(listing.disc is not None for listing in listings):
        return [listing.disc for listing in listings]
    if len(listings) > 1:
        return list(range(1, len(listings) + 1))
    return [None]


def _runs(spans: list[Lines]) -> list[Lines]:
    """The runs of consecutive lines that the ``(first, last)`` spans cover, in order."""
    runs: list[Lines] = []
    for first, last in sorted(spans):
        if first > last:
            continue
        if runs and first <= runs[-1][1] + 1:
            if last > runs[-1][1]:
                runs[-1] = (runs[-1][0], last)
        else:
            runs.append((first, last))
    return runs


def parse(ctx: Context) -> PartResult | None:
    """The soundtrack: album facts, default writers, and the tracks of every listing."""
    listings, lone = find_listings(ctx)
    if not listings:
        if lone is None:
            return None
        listings = [lone]
    tracks: list[Track] = []
    diagnostics: list[Diagnostic] = []
    claimed: list[Lines] = []
    default: list[str] = []
    performed = _performed_by(ctx)
    for listing, disc in zip(listings, _discs(listings), strict=True):
        default = listing.credit or default
        built, diags = build_tracks(listing.header, listing.rows, default, disc, performed)
        tracks.extend(built)
        diagnostics.extend(diags)
        diagnostics.extend(_total_check(listing, built))
        claimed.append((listing.first, listing.last))
        if listing.credit_line is not None:
            claimed.append((listing.credit_line, listing.credit_line))
    runs = _runs(claimed)
    title, date = album_facts(ctx, _prose_before(ctx, runs[0][0]))
    totals = [listing.total for listing in listings if listing.total is not None]
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


def _total_check(listing: Listing, tracks: list[Track]) -> list[Diagnostic]:
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
