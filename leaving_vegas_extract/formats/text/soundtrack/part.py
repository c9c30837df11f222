"""Soundtrack part: the album's facts, its default credit line, and its track listings.

A listing starts at its header row (``No. Title Writer(s) Performer Length``) and is found by
``listings``. A row prints ``N. "Title" (note)`` and then its cells joined by spaces:
this rendering ends the title cell and prints each empty cell as a non-breaking space, so those
markers fix some cells and evidence from the rest of the article splits the others (see
``parts.soundtrack.build``). A line without a number continues the row's last cell.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.formats.text.soundtrack.listings import Listing, find_listings
from leaving_vegas_extract.model.article import Diagnostic, Disc, Lines, Soundtrack, Track
from leaving_vegas_extract.parts.soundtrack import vocab
from leaving_vegas_extract.parts.soundtrack.album import album_facts, prose_before
from leaving_vegas_extract.parts.soundtrack.build import build_tracks, disc_numbers
from leaving_vegas_extract.parts.soundtrack.defaults import CreditCarry
from leaving_vegas_extract.source.context import Anchor, Context, PartResult

# Capitalised words after "performed by"; each repetition starts with its own space: linear.
_BY = re.compile(
    "(?i:" + "|".join(re.escape(p) for p in vocab.PERFORMED_BY) + ")"
    + r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3})"
)  # fmt: skip
_BY_PHRASES = tuple(p.casefold() for p in vocab.PERFORMED_BY)


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
    """Each listing's disc (``disc_numbers`` of the printed labels)."""
    return disc_numbers([listing.disc for listing in listings])


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
    carry = CreditCarry()
    performed = _performed_by(ctx)
    numbers = _discs(listings)
    for listing, disc in zip(listings, numbers, strict=True):
        default, music = carry.take((listing.credit or [], listing.music)) or ([], None)
        built, diags = build_tracks(listing.header, listing.rows, default, disc, performed, music)
        tracks.extend(built)
        diagnostics.extend(diags)
        diagnostics.extend(_total_check(listing, built))
        claimed.append((listing.first, listing.last))
        if listing.credit_line is not None:
            claimed.append((listing.credit_line, listing.credit_line))
    runs = _runs(claimed)
    discs = [
        Disc(number=n, headline=x.headline, lines=(x.first, x.last))
        for x, n in zip(listings, numbers, strict=True)
        if n is not None and len(listings) > 1
    ]
    title, date = album_facts(ctx, prose_before(ctx, runs[0][0]))
    totals = [listing.total for listing in listings if listing.total is not None]
    soundtrack = Soundtrack(
        title=title,
        release_date=date,
        default_writers=next((li.credit for li in listings if li.credit), []),
        total_length_seconds=sum(totals) if totals else None,
        tracks=tracks,
        discs=discs,
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
