"""The part parsers for HTML pages, in order (``registry.parts_for`` imports this lazily).

The page is parsed once; the envelope claims the chrome first, tables and lists claim their items
before the sections part places the remaining prose, the cross-check compares note backlinks
with the markers it counts, and lines that hold only tags are claimed last.
"""

from __future__ import annotations

from leaving_vegas_extract.formats.html import (
    awards,
    cast,
    crosscheck,
    document,
    envelope,
    infobox,
    notes,
    sections,
    tracks,
)
from leaving_vegas_extract.source.context import Part

HTML_PARTS: tuple[Part, ...] = (
    document.parse,
    envelope.parse,
    infobox.parse,
    notes.parse,
    awards.parse,
    tracks.parse,
    cast.parse,
    sections.parse,
    crosscheck.parse,
    document.markup,
)
