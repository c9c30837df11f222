"""Awards part for pages: a table whose header names award columns, read through its grid.

Columns are named by the header cells, with the text dumps' vocabulary (Award, Category,
Recipient(s)/Nominee(s)/Subject, Result, Year/Date/Ceremony). ``rowspan`` and ``colspan`` are
expanded first, so an award name spanning six rows stands beside each of them: the cell "left
empty" in the printed table takes the value above it, as the contract says.
"""

from __future__ import annotations

from leaving_vegas_extract.formats.html.document import doc_of, free_items, take
from leaving_vegas_extract.formats.html.grid import Cell, GridRow, expand
from leaving_vegas_extract.formats.html.reader import HtmlDoc
from leaving_vegas_extract.formats.html.text import classes, text_of, values
from leaving_vegas_extract.formats.html.vocab import INFOBOX_CLASS
from leaving_vegas_extract.model.article import Award, Diagnostic, Lines
from leaving_vegas_extract.normalize.dates import parse_date
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.parts.awards.vocab import HEADER_COLUMNS
from leaving_vegas_extract.parts.soundtrack.split import split_writers
from leaving_vegas_extract.source.context import Anchor, Context, PartResult

_MAX_HEADER = 60  # a longer header cell is no column name


def columns(row: GridRow) -> list[str]:
    """The column each slot of a header row names ("other" when the vocabulary does not know it)."""
    names: list[str] = []
    for cell in row.cells:
        text = strip_markers(text_of(cell.element))[0] if cell is not None else ""
        names.append(
            HEADER_COLUMNS.get(text.casefold(), "other") if len(text) < _MAX_HEADER else "other"
        )
    return names


def is_awards_header(names: list[str]) -> bool:
    """Result plus award or category, and at least three known columns (as for the dumps)."""
    known = {n for n in names if n != "other"}
    return "result" in known and bool({"award", "category"} & known) and len(known) >= 3


def _text(cell: Cell | None) -> str:
    return strip_markers(text_of(cell.element))[0] if cell is not None else ""


def _recipients(cell: Cell | None) -> list[str]:
    if cell is None:
        return []
    names: list[str] = []
    for value in values(cell.element):
        names.extend(split_writers(strip_markers(value)[0]))
    return names


def _award(row: GridRow, names: list[str], lines: Lines) -> Award:
    cells = row.distinct()
    slot = {name: cells[i] for i, name in enumerate(names) if i < len(cells)}
    year = _text(slot.get("year"))
    result = _text(slot.get("result")).casefold()
    cited: list[int] = []
    for cell in cells:
        if cell is not None and not cell.spanned:  # a marker belongs to the row it is printed in
            cited += [n for n in strip_markers(text_of(cell.element))[1] if n not in cited]
    return Award(
        award=_text(slot.get("award")),
        category=_text(slot.get("category")) or None,
        recipients=_recipients(slot.get("recipients")),
        result=result or None,
        year=(parse_date(year) or year) if year else None,
        citations=cited,
        lines=lines,
    )


def read_table(
    doc: HtmlDoc, grid: list[GridRow], names: list[str]
) -> tuple[list[Award], list[Diagnostic]]:
    """Award records of the rows under the header, with a diagnostic for each gap."""
    awards: list[Award] = []
    diagnostics: list[Diagnostic] = []
    for row in grid:
        if row.is_header() or not any(_text(c) for c in row.cells):
            continue
        lines = doc.lines.span(row.element)
        award = _award(row, names, lines)
        if not award.award and "award" in names:
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
        header = next((row for row in grid[:3] if row.is_header()), None)
        names = columns(header) if header is not None else []
        if not is_awards_header(names):
            continue
        found, more = read_table(doc, grid, names)
        awards.extend(found)
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
