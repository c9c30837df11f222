"""Awards part for pages: a table whose header names award columns, read through its grid.

Columns are named by the header cells, with the text dumps' vocabulary (Award, Category,
Recipient(s)/Nominee(s)/Subject, Result, Year/Date/Ceremony). ``rowspan`` and ``colspan`` are
expanded first, so an award name spanning six rows stands beside each of them: the cell "left
empty" in the printed table takes the value above it, as the contract says.
"""

from __future__ import annotations

from leaving_vegas_extract.formats.html.document import doc_of, free_items, take
from leaving_vegas_extract.formats.html.grid import Cell, GridRow, expand
from leaving_vegas_extract.formats.html.parse import Element
from leaving_vegas_extract.formats.html.reader import HtmlDoc
from leaving_vegas_extract.formats.html.text import classes, heading, text_of, values
from leaving_vegas_extract.formats.html.vocab import INFOBOX_CLASS
from leaving_vegas_extract.model.article import Award, Diagnostic, Lines
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.parts.awards.columns import (
    award_and_category,
    award_of_title,
    columns_taken,
    fit_kinds,
    header_kinds,
    year_of,
)
from leaving_vegas_extract.parts.awards.recipients import split_recipients
from leaving_vegas_extract.source.context import Anchor, Context, PartResult


def columns(row: GridRow) -> list[str] | None:
    """The column each slot of a header row names ("other" where the vocabulary knows none),
    None when the row is no accolades header (the rule every format shares)."""
    return header_kinds([_text(cell) for cell in row.cells])


def _text(cell: Cell | None) -> str:
    return strip_markers(text_of(cell.element))[0] if cell is not None else ""


def _recipients(cell: Cell | None) -> list[str]:
    """The names of a recipients cell: one item per line break or list entry, split between
    names and never inside one, a dash naming nobody (``split_recipients``)."""
    if cell is None:
        return []
    return split_recipients(strip_markers(value)[0] for value in values(cell.element))


def _merged(row: GridRow, names: list[str]) -> bool:
    """Whether the category cell also covers the recipients column (``colspan="2"``)."""
    if "category" not in names or "recipients" not in names:
        return False
    at, to = names.index("category"), names.index("recipients")
    if max(at, to) >= len(row.cells):
        return False
    first, second = row.cells[at], row.cells[to]
    return first is not None and second is not None and first.element is second.element


def _award(row: GridRow, names: list[str], lines: Lines) -> Award:
    cells = row.distinct()
    keys = [id(c.element) if c is not None else None for c in row.cells]
    slot: dict[str, Cell | None] = {k: row.cells[i] for k, i in columns_taken(names, keys).items()}
    year = _text(slot.get("year"))
    result = _text(slot.get("result")).casefold()
    award, category, moved = award_and_category(
        _text(slot.get("award")), _text(slot.get("category")) or None, _merged(row, names)
    )
    if moved:  # the award cell named the category: the merged cell holds the recipients
        slot["recipients"] = slot.pop("category")
    cited: list[int] = []
    for i, cell in enumerate(cells):
        # A marker belongs to the row it is printed in, except in a Ref. cell spanned over
        # several rows: that citation cell cites each of them.
        if cell is not None and (not cell.spanned or (i < len(names) and names[i] == "ref")):
            cited += [n for n in strip_markers(text_of(cell.element))[1] if n not in cited]
    return Award(
        award=award,
        category=category,
        recipients=_recipients(slot.get("recipients")),
        result=result or None,
        year=year_of(year),  # the year of the cell, as the other formats read it
        citations=cited,
        lines=lines,
    )


def read_table(
    doc: HtmlDoc, grid: list[GridRow], names: list[str], titled: str = ""
) -> tuple[list[Award], list[Diagnostic]]:
    """Award records of the rows under the header, with a diagnostic for each gap. ``titled``:
    the award of a table without an Award column, named by its caption or heading."""
    awards: list[Award] = []
    diagnostics: list[Diagnostic] = []
    for row in grid:
        if row.is_header() or not any(_text(c) for c in row.cells):
            continue
        lines = doc.lines.span(row.element)
        award = _award(row, names, lines)
        if titled and not award.award:
            award = award.model_copy(update={"award": titled})
        if not award.award:  # no Award column, caption or heading names it either
            message = "row with no award name"
            diagnostics.append(
                Diagnostic(severity="warning", code="award-no-name", message=message, lines=lines)
            )
        if award.result is None:
            diagnostics.append(
                Diagnostic(
                    severity="warning", code="award-no-result", message="no result", lines=lines
                )
            )
        awards.append(award)
    return awards, diagnostics


def titled(doc: HtmlDoc, index: int, table: Element) -> str:
    """The award a table without an Award column belongs to: the one its caption names, else
    the one the heading it stands under names ("Academy Awards"); never a group of awards
    ("Major awards") or a sentence (``award_of_title``). "" when neither names one."""
    caption = next((c for c in table if c.tag == "caption"), None)
    if caption is not None:
        named = award_of_title(strip_markers(text_of(caption))[0])
        if named is not None:
            return named
    above = next((it for it in reversed(doc.items[:index]) if it.kind == "heading"), None)
    if above is None:
        return ""
    return award_of_title(strip_markers(heading(above.element)[0])[0]) or ""


def parse(ctx: Context) -> PartResult | None:
    """Every free table with an awards header, read into :class:`Award` records."""
    doc = doc_of(ctx)
    if doc is None:
        return None
    awards: list[Award] = []
    diagnostics: list[Diagnostic] = []
    claims: list[tuple[Lines, str]] = []
    anchors: list[Anchor] = []
    used: list[int] = []
    for i, item in free_items(ctx, doc, "table"):
        if INFOBOX_CLASS in classes(item.element):
            continue
        grid = expand(item.element)
        # The header: a row of th cells, or ordinary cells written bold (as in wikitext, the
        # first of the top rows whose labels name accolades columns).
        found = next(((k, n) for k, row in enumerate(grid[:3]) if (n := columns(row))), None)
        if found is None:
            continue
        at, names = found
        rows = [row for row in grid[at + 1 :] if not row.is_header()]
        names = fit_kinds(names, [[_text(r.cells[k]) if k < len(r.cells) else "" for r in rows]
                                  for k in range(len(names))])  # fmt: skip
        title = "" if "award" in names else titled(doc, i, item.element)
        read, more = read_table(doc, grid[at + 1 :], names, title)
        awards.extend(read)
        diagnostics.extend(more)
        claims.append((item.lines, "awards"))
        anchors.append(Anchor("awards", item.lines))
        used.append(i)
    if not used:
        return None
    return PartResult(
        values={"awards": awards, **take(ctx, used)},
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
        anchors=tuple(anchors),
    )
