"""Awards tables: flattened rows (cells joined by single spaces) back to award records.

A table is found by its header row ("Award Category Subject Result", in any order, with or without
a Year, Date or Ceremony column). Nothing marks where one cell ends and the next begins, so each row
is split with evidence from the whole article: the result word at its end, award-name and category
shapes (``vocab.awards``), and the names the article prints elsewhere (infobox, prose, other rows).
Spanned cells flatten to missing ones, so they are filled from the row above. One row is read by
``rows``; this module finds the tables, gathers the names and fills the cells down.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from leaving_vegas_extract.formats.text.awards.heading import heading_award
from leaving_vegas_extract.formats.text.awards.names import cell_names
from leaving_vegas_extract.formats.text.awards.rows import (
    EDGE,
    SHAPE_WORDS,
    Row,
    first_words,
    read_row,
)
from leaving_vegas_extract.model.article import Award, Diagnostic, Infobox, Lines
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.awards.columns import year_of
from leaving_vegas_extract.parts.awards.vocab import (
    HEADER_COLUMNS,
    HEADER_MAX_WORDS,
    NAME_PARTICLES,
)
from leaving_vegas_extract.source.context import Anchor, Context, PartResult
from leaving_vegas_extract.source.document import Block
from leaving_vegas_extract.source.lazy import LazyPattern

__all__ = ["fill", "header_columns", "infobox_names", "parse", "prose_names", "read_row"]

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
# Runs of two or more capitalised words in prose: candidate names ("Patrizia von Brandenstein").
_NAME_RUN = LazyPattern(
    # Starts only at a word start: otherwise each position inside a long word restarts the scan.
    rf"(?<![\w'’.-])[{_UPPER}][\w'’.-]*"
    rf"(?:[ \u00a0](?:(?:{_PARTICLE})[ \u00a0])*[{_UPPER}][\w'’.-]*)+"
)


@dataclass(slots=True)
class _Table:
    """A header line, its columns, and the numbers of the row lines under it."""

    header: int
    columns: tuple[str, ...]
    rows: list[int] = field(default_factory=list)


def header_columns(line: str) -> tuple[str, ...] | None:
    """The columns of an awards header row, None when ``line`` is not one.

    >>> header_columns("Year Award Category Recipient(s) Result")
    ('year', 'award', 'category', 'recipients', 'result')
    >>> header_columns("Award Category Subject Result")
    ('award', 'category', 'recipients', 'result')
    >>> header_columns("Award winners announced Result") is None
    True
    """
    words = clean(line).split(" ")
    columns: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(HEADER_MAX_WORDS, len(words) - at), 0, -1):
            column = HEADER_COLUMNS.get(" ".join(words[at : at + size]).casefold())
            if column is not None:
                columns.append(column)
                at += size
                break
        else:
            return None
    if "award" not in columns and "year" in columns and "ceremony" in line.casefold():
        columns[columns.index("year")] = "award"  # a Ceremony column without Award names it
    if "result" not in columns or not {"award", "category"} & set(columns) or len(columns) < 3:
        return None
    return tuple(columns)


def _tables(blocks: list[Block]) -> list[_Table]:
    tables: list[_Table] = []
    for block in blocks:
        # A table lives inside one block: a block with no header word anywhere has none.
        text = "\n".join(block.lines)
        if "esult" not in text and "utcome" not in text:
            continue
        table: _Table | None = None
        for number, line in enumerate(block.lines, block.start):
            columns = None
            if len(line) < 120 and ("esult" in line or "utcome" in line):
                columns = header_columns(line)
            if columns is not None:
                table = _Table(number, columns)
                tables.append(table)
            elif table is not None and line.strip():
                table.rows.append(number)
    return tables


def _names_in(value: str, known: set[str]) -> None:
    known.update(cell_names(value))


def _infobox_names(box: Infobox, known: set[str]) -> None:
    known.add(clean(box.name).casefold())
    for row in box.fields:
        for value in row.values:
            _names_in(value, known)
    for work in box.based_on:
        for author in work.authors:
            _names_in(author, known)


def infobox_names(ctx: Context) -> set[str]:
    """Casefolded names the infoboxes print (every value, split at "," / "and" / "&"), the title."""
    known: set[str] = set()
    for box in (ctx.values.get("infobox"), *ctx.values.get("other_infoboxes", ())):
        if isinstance(box, Infobox):
            _infobox_names(box, known)
    if isinstance(title := ctx.values.get("title"), str):
        known.add(clean(title).casefold())
    return known


def prose_names(ctx: Context, skip: set[int]) -> set[str]:
    """Casefolded runs of capitalised words in the free blocks (not those holding a line of
    ``skip``) that contain no category or award word: the names the prose mentions."""
    known: set[str] = set()
    text = "\n".join(
        "\n".join(b.lines)
        for b in ctx.free_blocks()
        if not any(b.start <= number <= b.end for number in skip)
    )
    for run in _NAME_RUN.get().findall(text):
        words = clean(run).rstrip(".").split(" ")
        if not any(w.strip(EDGE).casefold() in SHAPE_WORDS for w in words):
            known.add(" ".join(words).casefold())
            if len(words) > 2:  # the first word may only be capitalised to open a sentence
                known.add(" ".join(words[1:]).casefold())
    return known


def _read_table(
    ctx: Context, table: _Table, known: set[str], before: list[Row] | None = None
) -> list[Row]:
    """Read the rows; with ``before``, re-read only the rows it left unsettled."""
    rows: list[Row] = []
    firsts = first_words(known)
    in_group = "award" not in table.columns  # no award column: every row continues the table
    for index, number in enumerate(table.rows):
        row = before[index] if before else None
        if row is None or row.how in _HOW:
            text = clean(ctx.source.line(number))
            row = read_row(text, table.columns, known, in_group, (number, number), firsts)
        in_group = in_group or row.award is not None
        rows.append(row)
    return rows


def _learn(rows: list[Row], known: set[str]) -> bool:
    """Add the recipients of rows split at a known name; whether anything new was learnt."""
    size = len(known)
    known.update(r.casefold() for row in rows if row.how == "known" for r in row.recipients)
    return len(known) > size


def _join_wrapped(rows: list[Row]) -> tuple[list[Row], list[Diagnostic]]:
    """A row with no result whose next line holds only names and the result is one wrapped row."""
    out: list[Row] = []
    diagnostics: list[Diagnostic] = []
    for row in rows:
        last = out[-1] if out else None
        if (
            last is not None
            and last.result is None
            and row.result is not None
            and row.award is None
            and row.category is None
            and row.recipients
        ):
            lines = (last.lines[0], row.lines[1])
            names = last.recipients + row.recipients
            cited = last.citations + tuple(n for n in row.citations if n not in last.citations)
            out[-1] = last._replace(
                recipients=names, result=row.result, lines=lines, citations=cited
            )
            diagnostics.append(
                _diag("info", "award-row-joined", "cell wrapped to next line", lines)
            )
        else:
            out.append(row)
    return out, diagnostics


_Severity = Literal["error", "warning", "info"]


def _diag(severity: _Severity, code: str, message: str, lines: Lines) -> Diagnostic:
    # The constructor, not model_validate: inside deferred validation it only assembles.
    return Diagnostic(severity=severity, code=code, message=message, lines=lines)


_HOW: MappingProxyType[str, tuple[_Severity, str, str]] = MappingProxyType(
    {
        "guessed": ("info", "award-split-guessed", "names known nowhere else: split by shape"),
        "names": ("info", "award-split-guessed", "row read as names only: category from above"),
        "unsplit": ("warning", "award-row-unsplit", "no recipient boundary: category kept whole"),
    }
)


def fill(
    rows: list[Row], award: str = "", cited: bool = False
) -> tuple[list[Award], list[Diagnostic]]:
    """Fill spanned cells from the row above: award, year and result down the table, the
    category within one award, recipients also across awards (a spanned cell flattens so).
    ``award``: the award of a table without an Award column, named by its heading; ``cited``:
    the table has a Ref. column, whose cell spanned over an award's rows is filled within it."""
    rows, diagnostics = _join_wrapped(rows)
    awards: list[Award] = []
    year, category, result = None, None, None
    recipients: tuple[str, ...] = ()
    citations: tuple[int, ...] = ()
    for row in rows:
        if row.how in _HOW:
            diagnostics.append(_diag(*_HOW[row.how], row.lines))
        if row.award is not None:
            award, category, citations = row.award, None, ()
        elif not award:
            diagnostics.append(_diag("warning", "award-no-name", "row before any award", row.lines))
        year = row.year or year
        citations = row.citations or (citations if cited else ())
        category = row.category or category
        # An unsplit row may hide its recipient in the category, and a dash names nobody: neither
        # takes recipients from above.
        recipients = () if row.how in ("unsplit", "nobody") else row.recipients or recipients
        if row.result is None and result:
            message = "no result printed: taken from the row above"
            diagnostics.append(_diag("info", "award-result-filled", message, row.lines))
        elif row.result is None:
            message = "no result printed"
            diagnostics.append(_diag("warning", "award-no-result", message, row.lines))
        result = row.result or result
        awards.append(
            Award(
                award=award,
                category=category,
                recipients=list(recipients),
                result=result,
                year=year_of(year) if year else None,
                citations=list(citations),
                lines=row.lines,
            )
        )
    return awards, diagnostics


def parse(ctx: Context) -> PartResult | None:
    """Every awards table of the body, read into :class:`Award` records."""
    blocks = ctx.free_blocks(ctx.values.get("_body"))
    tables = [t for t in _tables(blocks) if t.rows]
    if not tables:
        return None
    known = infobox_names(ctx)
    headers = {t.header for t in tables}
    read_prose = False
    awards: list[Award] = []
    diagnostics: list[Diagnostic] = []
    claims: list[tuple[Lines, str]] = []
    anchors: list[Anchor] = []
    for table in tables:
        rows = _read_table(ctx, table, known)
        # Prose names cost a pass over the article: only when the infobox left a row unsettled.
        if not read_prose and any(row.how in _HOW for row in rows):
            known |= prose_names(ctx, headers)
            read_prose = True
            rows = _read_table(ctx, table, known, rows)
        if _learn(rows, known):  # names learnt from other rows settle the guessed ones
            rows = _read_table(ctx, table, known, rows)
        titled = "" if "award" in table.columns else heading_award(ctx, table.header)
        found, more = fill(rows, titled, "ref" in table.columns)
        awards.extend(found)
        diagnostics.extend(more)
        span = (table.header, table.rows[-1])
        claims.append((span, "awards"))
        anchors.append(Anchor("awards", span))
    return PartResult(
        values={"awards": awards},
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
        anchors=tuple(anchors),
    )
