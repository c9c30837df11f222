"""Track listings in wikitext: ``{{Track listing}}`` templates (and their aliases) and plain
wikitables whose header says No. / Title (/ Singer(s) / Length ...).

One flat list of tracks over every listing, in page order; with several listings each track's
``disc`` is the 1-based index of its listing. Numbers are the template's ``N`` as printed.
The templates are read here, the tables by ``tracks_table``; ``tracks_listing`` holds what both
share.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from leaving_vegas_extract.formats.wikitext.cells import Rendered, render
from leaving_vegas_extract.formats.wikitext.scan import match, names_pattern, template_parts
from leaving_vegas_extract.formats.wikitext.tablescan import find_tables
from leaving_vegas_extract.formats.wikitext.tracks_listing import (
    LineOf,
    Listing,
    Span,
    cell_writers,
    performer_cell,
    track_title,
)
from leaving_vegas_extract.formats.wikitext.tracks_table import read_table
from leaving_vegas_extract.model.article import Diagnostic, Performer, Track
from leaving_vegas_extract.normalize.duration import parse_length
from leaving_vegas_extract.parts.soundtrack import vocab
from leaving_vegas_extract.parts.soundtrack.defaults import CreditCarry, default_writers
from leaving_vegas_extract.parts.soundtrack.split import performer, split_performers, split_writers

TEMPLATES = frozenset({"track listing", "tracklist", "track list", "tracklisting", "track-listing"})
"""Names (casefolded) of the track-listing template and its redirects."""

_NUMBERED = re.compile(r"(title|note|writer|lyrics|music|extra|length)(\d{1,3})")
_OPENING = names_pattern(TEMPLATES)
_EMPTY = Rendered((), ())


@dataclass(slots=True)
class TracksFound:
    """Every listing of a page, in page order, and what could not be read."""

    listings: list[Listing] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _note(text: str) -> str | None:
    t = text.strip()
    if t.startswith("(") and t.endswith(")") and t.count("(") == 1:
        t = t[1:-1].strip()
    return t or None


def _credit(text: str) -> list[str]:
    """Names of a default-credit parameter, without its "except where noted" tail."""
    low = text.casefold()
    for tail in vocab.CREDIT_TAILS:
        at = low.find(tail)
        if at >= 0:
            text = text[:at]
            low = low[:at]
    return split_writers(text.rstrip(" ,;.("))


def _args(
    text: str, span: Span
) -> tuple[dict[str, Rendered], dict[int, dict[str, Rendered]], dict[int, Span]]:
    """The template's named parameters, its numbered ones by number, and their spans."""
    named: dict[str, Rendered] = {}
    numbered: dict[int, dict[str, Rendered]] = {}
    spans: dict[int, Span] = {}
    _, params = template_parts(text[span[0] + 2 : span[1] - 2], span[0] + 2)
    for param in params:
        if param.name is None:
            continue  # the template has no positional parameters
        name = "_".join(param.name.split()).casefold()
        start = param.start - 1  # from the "|" before the parameter
        m = _NUMBERED.fullmatch(name)
        value = performer_cell(param.value) if m and m.group(1) == "extra" else param.value
        shown = render(value, param.offset)
        if m is None:
            named[name] = shown
            continue
        n = int(m.group(2))
        numbered.setdefault(n, {})[m.group(1)] = shown
        end = param.offset + len(param.value.rstrip())
        a, b = spans.get(n, (start, end))
        spans[n] = (min(a, start), max(b, end))
    return named, numbered, spans


def _untitled(listing: Listing, n: int, cells: dict[str, Rendered], span: Span, line_of: LineOf
              ) -> None:  # fmt: skip
    """A warning for row ``n`` when it gives a note, credit or length but no title: no track
    can be made of it, and it is not dropped silently."""
    if any(c.text.strip() for c in cells.values()):
        listing.diagnostics.append(
            Diagnostic(severity="warning", code="track-no-title",
                       message=f"track {n} of the listing has no title",
                       lines=(line_of(span[0]), line_of(max(span[0], span[1] - 1))))
        )  # fmt: skip


def read_template(text: str, span: Span, line_of: LineOf, disc: int | None,
                  carry: CreditCarry | None = None) -> Listing:  # fmt: skip
    """The ``{{Track listing}}`` at ``text[span]``: its tracks, own or default credits.
    ``carry``: the album's credits so far (a credit printed once covers the listings after it)."""
    named, numbered, spans = _args(text, span)
    listing = Listing(span=span)
    if "all_writing" in named:
        listing.default = _credit(named["all_writing"].text)
    else:
        for key in ("all_music", "all_lyrics"):
            listing.default += [n for n in _credit(named.get(key, _EMPTY).text)
                                if n not in listing.default]  # fmt: skip
        if "all_lyrics" in named:
            listing.music = _credit(named.get("all_music", _EMPTY).text) or None
    credit = (carry or CreditCarry()).take((listing.default, listing.music)) or ([], None)
    listing.total = parse_length(named.get("total_length", _EMPTY).text)
    listing.headline = named.get("headline", _EMPTY).text or None
    extra = vocab.HEADER_LABELS.get(named.get("extra_column", _EMPTY).text.casefold(), "other")
    for n in sorted(numbered):
        cells = numbered[n]
        title = track_title(cells.get("title", _EMPTY).text)
        if not title:
            _untitled(listing, n, cells, spans[n], line_of)
            continue
        own = cell_writers([cells[k] for k in ("writer",) if k in cells]) or cell_writers(
            [cells[k] for k in ("music", "lyrics") if k in cells]
        )
        if not own and extra == vocab.WRITER:
            own = cell_writers([cells.get("extra", _EMPTY)])
        performers: list[Performer] = []
        if extra == vocab.PERFORMER:
            items = cells.get("extra", _EMPTY).items
            performers = [performer(x) for item in items for x in split_performers(item)]
        note = _note(cells.get("note", _EMPTY).text)
        taken = default_writers(bool(own), note, *credit)
        span = spans[n]
        listing.tracks.append(
            Track(
                number=n,
                title=title,
                note=note,
                writers=taken if taken is not None else own,
                writers_from_default=taken is not None,
                performers=performers,
                length_seconds=parse_length(cells.get("length", _EMPTY).text),
                disc=disc,
                lines=(line_of(span[0]), line_of(max(span[0], span[1] - 1))),
            )
        )
        listing.notes.append(tuple(sorted({o for c in cells.values() for o in c.notes})))
    return listing


def find_templates(text: str) -> list[Span]:
    """The spans of the track-listing templates of ``text`` (any alias), in order."""
    found: list[Span] = []
    for m in _OPENING.finditer(text):
        if found and m.start() < found[-1][1]:
            continue  # inside the previous one
        end = match(text, m.start())
        if end > 0:
            found.append((m.start(), end))
    return found


def read_tracks(text: str, line_of: LineOf, skip: Callable[[Span], bool] | None = None
                ) -> TracksFound:  # fmt: skip
    """Every track listing of the page ``text`` (templates and tables), in page order;
    ``skip`` leaves out tables (by span) that another part has read."""
    found = TracksFound()
    sources = [(span, True) for span in find_templates(text)]
    sources += [(span, False) for span in find_tables(text) if skip is None or not skip(span)]
    carry = CreditCarry()
    for span, is_template in sorted(sources):
        if is_template:
            found.listings.append(read_template(text, span, line_of, None, carry))
        elif (listing := read_table(text, span, line_of, None)) is not None:
            found.listings.append(listing)
    for listing in found.listings:
        found.diagnostics.extend(listing.diagnostics)
    if len(found.listings) > 1:
        for number, listing in enumerate(found.listings, 1):
            listing.tracks = [t.model_copy(update={"disc": number}) for t in listing.tracks]
    return found
