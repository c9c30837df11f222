"""Awards part for wikitext: accolades tables and lists read by ``awards``, their lines claimed."""

from __future__ import annotations

from leaving_vegas_extract.formats.wikitext.awards import read_awards
from leaving_vegas_extract.formats.wikitext.pagecache import claimed, note_numbers, page_of
from leaving_vegas_extract.model.article import Lines
from leaving_vegas_extract.source.context import Anchor, Context, PartResult


def parse(ctx: Context) -> PartResult | None:
    """Every accolades table and list not claimed yet, as :class:`Award` records."""
    page = page_of(ctx)
    found = read_awards(page.text, page.line_of, lambda t: claimed(ctx, page, t))
    if not found.awards and not found.diagnostics:
        return None
    spans: list[Lines] = [page.lines_of(a, b) for a, b in found.spans]
    values: dict[str, object] = {}
    if found.awards:
        cited = [
            a.model_copy(update={"citations": note_numbers(page, notes)}) if notes else a
            for a, notes in zip(found.awards, found.notes, strict=True)
        ]
        values["awards"] = [*ctx.values.get("awards", []), *cited]
    return PartResult(
        values=values,
        claims=tuple((span, "awards") for span in spans),
        diagnostics=tuple(found.diagnostics),
        anchors=tuple(Anchor("awards", span) for span in spans),
    )
