"""The award a flattened table without an Award column belongs to: the one its section's
heading names (a short line standing alone above the header row), as in wikitext."""

from __future__ import annotations

from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.awards.columns import award_of_title
from leaving_vegas_extract.parts.sections.outline import literal_heading
from leaving_vegas_extract.source.context import Context


def heading_award(ctx: Context, header: int) -> str:
    """The award named by the heading standing just above the table whose header row is line
    ``header``, for a table without an Award column ("Marlow Film Awards" over "Category
    Nominee(s) Result"), else "". A heading's own markup ("=== Marlow Film Awards ===",
    "Marlow Film Awards[edit]") is no part of the award's name."""
    body_start = ctx.values.get("_body", (ctx.source.first_line, 0))[0]
    number = header - 1
    while number >= body_start and not ctx.source.line(number).strip():
        number -= 1
    if number < body_start:
        return ""
    line = ctx.source.line(number)
    marked = literal_heading(line, ctx.rendering)
    if marked is not None:  # a heading by its markup, even with no blank line below it
        return award_of_title(marked[0]) or ""
    if number == header - 1:
        return ""  # a plain heading stands apart, with a blank line below it
    return award_of_title(clean(line)) or ""  # never a sentence (its rule)
