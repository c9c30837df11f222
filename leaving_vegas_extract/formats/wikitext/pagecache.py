"""The page's text and line map, made once and shared by the wikitext parts through
``ctx.values`` (a ``_`` key: a fact for later parts, not an Article field)."""

from __future__ import annotations

from dataclasses import dataclass

from leaving_vegas_extract.formats.wikitext.offsets import LineIndex
from leaving_vegas_extract.source.context import Context

PAGE = "_wikitext_page"
NOTE_NUMBERS = "_wikitext_note_numbers"
"""``ctx.values`` key the references part fills: page offset of a ``<ref>`` or reference template
to the number the page prints for it."""


@dataclass(frozen=True, slots=True)
class Page:
    """The page's wikitext and its offset-to-line map."""

    text: str
    index: LineIndex


def page_of(ctx: Context) -> tuple[Page, dict[str, Page]]:
    """The shared page, and the ``values`` entry to return when it was made here."""
    found = ctx.values.get(PAGE)
    if isinstance(found, Page):
        return found, {}
    text = "\n".join(ctx.source.lines)
    page = Page(text, LineIndex(text, ctx.source.first_line))
    return page, {PAGE: page}


def claimed(ctx: Context, page: Page, span: tuple[int, int]) -> bool:
    """Whether a part has claimed any line of the page's ``span`` already."""
    start, end = span
    first, last = page.index.line_of(start), page.index.line_of(max(start, end - 1))
    return not ctx.claims.owner.keys().isdisjoint(range(first, last + 1))


def note_numbers(ctx: Context, offsets: tuple[int, ...]) -> list[int]:
    """The page's note numbers of the notes at ``offsets``, in order, no repeats."""
    numbers = ctx.values.get(NOTE_NUMBERS)
    if not isinstance(numbers, dict):
        return []
    out: list[int] = []
    for offset in offsets:
        n = numbers.get(offset)
        if isinstance(n, int) and n not in out:
            out.append(n)
    return out
