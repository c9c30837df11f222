"""The part parsers for wikitext, in order (``registry.parts_for`` imports this lazily).

The page is read once (``page.parse``: guard, footnote numbering, offsets to lines); the envelope
comes from the dump's page header; the infobox claims its template before the sections part
places the remaining prose; references read the notes the first part numbered; accolades tables
and lists and track listings claim their lines before the sections part, so they are no prose.
"""

from __future__ import annotations

from leaving_vegas_extract.formats.wikitext import (
    awards_part,
    cast,
    envelope,
    infobox,
    page,
    references,
    sections,
    tracks_part,
)
from leaving_vegas_extract.source.context import Part

WIKITEXT_PARTS: tuple[Part, ...] = (
    page.parse,
    envelope.parse,
    infobox.parse,
    envelope.title,
    references.parse,
    awards_part.parse,
    tracks_part.parse,
    cast.parse,
    sections.parse,
)
