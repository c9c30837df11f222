"""What the awards and soundtrack parts read of the page the first part built: its guarded text
(comments blanked, same offsets), offsets to input lines, and the page's note numbers."""

from __future__ import annotations

from leaving_vegas_extract.formats.wikitext.page import WikiPage, page_of
from leaving_vegas_extract.source.context import Context

__all__ = ["WikiPage", "claimed", "note_numbers", "page_of"]


def claimed(ctx: Context, page: WikiPage, span: tuple[int, int]) -> bool:
    """Whether a part has claimed any line of the page's ``span`` already."""
    first, last = page.lines_of(*span)
    return not ctx.claims.owner.keys().isdisjoint(range(first, last + 1))


def note_numbers(page: WikiPage, offsets: tuple[int, ...]) -> list[int]:
    """The numbers the page prints for the notes used at ``offsets`` (``<ref>``s and reference
    templates; explanatory notes have none), in order, no repeats."""
    markers = page.refs.markers if page.refs is not None else {}
    out: list[int] = []
    for offset in offsets:
        marker = markers.get(offset)
        label = marker[1] if marker is not None else ""
        if label.startswith("[") and label[1:-1].isdecimal() and int(label[1:-1]) not in out:
            out.append(int(label[1:-1]))
    return out
