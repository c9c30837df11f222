"""Accolades in wikitext: wikitables whose header names award columns, bullet lists that
clearly read as rows, and links to a separate "List of accolades" article.

Spans are filled as the page shows them and only so (``tablegrid``): a cell left empty in the
source stays empty. A cell spanning several columns shows one value: it goes to one of them,
by priority (result, award, category, recipients, year), as a reader takes a merged cell.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from leaving_vegas_extract.formats.wikitext import cellvocab as cv
from leaving_vegas_extract.formats.wikitext.awards_rows import read_row_templates
from leaving_vegas_extract.formats.wikitext.cells import Rendered, render
from leaving_vegas_extract.formats.wikitext.scan import (
    HEADING_LEAD,
    line_matches,
    match,
    named,
    positional,
    template_parts,
)
from leaving_vegas_extract.formats.wikitext.tablegrid import GridRow, expand
from leaving_vegas_extract.formats.wikitext.tablescan import Cell, find_tables, mask
from leaving_vegas_extract.model.article import Award, Diagnostic, Lines
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.awards import vocab
from leaving_vegas_extract.parts.awards.bullets import Item, read_bullets
from leaving_vegas_extract.parts.awards.columns import (
    award_and_category,
    award_of_title,
    columns_taken,
    fit_kinds,
    header_kinds,
    year_of,
)
from leaving_vegas_extract.parts.awards.recipients import split_recipients

LineOf = Callable[[int], int]
"""Page offset to input line number."""
Span = tuple[int, int]

_LIST_LINK = re.compile(
    r"(?:\[\[|\{\{\s*(?:main|further|see also|main article)\s*\|)\s*"
    r"(List of (?:accolades|awards|awards and nominations)[^\]|}\n]*)",
    re.I,
)
# The title is stripped of blanks after the match: blanks around it in the pattern backtrack
# quadratically on a long run of them.
_HEADING = re.compile(r"^(={2,6})(.+?)\1[ \t]*$", re.M)
_BULLET_LINE = re.compile(r"^(\*+)[ \t]*(.*)$", re.M)
_CAPTION = re.compile(r"^[ \t]*\|\+(.*)$", re.M)


@dataclass(slots=True)
class AwardsFound:
    """The accolades of a page: rows, each row's note offsets, spans read, diagnostics."""

    awards: list[Award] = field(default_factory=list)
    notes: list[tuple[int, ...]] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _lines(span: tuple[int, int], line_of: LineOf) -> Lines:
    return (line_of(span[0]), line_of(max(span[0], span[1] - 1)))


def _rendered(cell: Cell) -> Rendered:
    return render(cell.value, cell.value_start)


def _text_at(row: GridRow, column: int) -> str:
    slot = row.slots[column] if column < len(row.slots) else None
    return _rendered(slot.cell).text if slot is not None else ""


def _template_labels(table: str) -> list[str] | None:
    """The header a table-opening template (``{{Awards table|N}}``) prints; None when the
    table opens with ``{|``."""
    close = match(table, 0) if table.startswith("{{") else -1
    if close < 0:
        return None
    name, params = template_parts(table[2 : close - 2], 0)
    if name not in cv.TABLE_OPENERS:
        return None
    given = [p.value.strip() for p in positional(params)]
    labels = cv.AWARDS_TABLE_HEADERS.get(given[0] if given else cv.AWARDS_TABLE_FORMAT)
    labels = labels or cv.AWARDS_TABLE_HEADERS[cv.AWARDS_TABLE_FORMAT]
    hide = named(params).get("no_nominee")
    if hide is not None and hide.value.strip():
        return [x for x in labels if x != cv.AWARDS_TABLE_NO_NOMINEE]
    return list(labels)


def _header(table: str, grid: Sequence[GridRow]) -> tuple[int, list[str]] | None:
    """Index and column kinds of the header: the one a table-opening template prints (index
    -1, above the rows), a ``!`` row or an ordinary first row."""
    labels = _template_labels(table)
    if labels is not None:
        kinds = header_kinds(labels)
        return None if kinds is None else (-1, kinds)
    for at, row in enumerate(grid[:3]):
        labels = [_rendered(s.cell).text if s else "" for s in row.slots]
        kinds = header_kinds(labels)
        if kinds is not None:
            return at, kinds
    return None


def _slots_by_kind(row: GridRow, kinds: Sequence[str]) -> dict[str, Cell]:
    """The cell under each kind; a cell covering several columns goes to one of them."""
    keys = [s.key if s is not None else None for s in row.slots]
    chosen: dict[str, Cell] = {}
    for kind, i in columns_taken(kinds, keys).items():
        slot = row.slots[i]
        if slot is not None:  # always: a column without a cell has no key
            chosen[kind] = slot.cell
    return chosen


def _merged_recipients(row: GridRow, kinds: Sequence[str], chosen: dict[str, Cell]) -> bool:
    """Whether the category cell also covers the recipients column (``colspan="2"``)."""
    if "recipients" not in kinds or "category" not in chosen:
        return False
    at = kinds.index("recipients")
    slot = row.slots[at] if at < len(row.slots) else None
    return slot is not None and slot.cell.span == chosen["category"].span


def _row_notes(row: GridRow, kinds: Sequence[str]) -> set[int]:
    """The notes printed in the row's own cells, and those of a Ref. cell spanned down onto it:
    a citation cell over several rows cites each of them (a note in a spanned name or date
    cell belongs to the row it is printed in)."""
    notes: set[int] = set()
    for i, s in enumerate(row.slots):
        if s is not None and (s.origin or (i < len(kinds) and kinds[i] == "ref")):
            notes.update(_rendered(s.cell).notes)
    return notes


def _award(row: GridRow, kinds: Sequence[str], line_of: LineOf) -> tuple[Award, tuple[int, ...]]:
    chosen = _slots_by_kind(row, kinds)
    cells = {kind: _rendered(cell) for kind, cell in chosen.items()}
    empty = Rendered((), ())
    award, category, moved = award_and_category(
        cells.get("award", empty).text,
        cells.get("category", empty).text or None,
        _merged_recipients(row, kinds, chosen),
    )
    if moved:  # the award cell named the category: the merged cell holds the recipients
        cells["recipients"] = cells.pop("category")
    result = cells.get("result", empty).text.casefold() or None
    notes = _row_notes(row, kinds)
    return (
        Award(
            award=award,
            category=category,
            recipients=split_recipients(cells.get("recipients", empty).items),
            result=result,
            year=year_of(cells.get("year", empty).text),
            lines=_lines(row.span, line_of),
        ),
        tuple(sorted(notes)),
    )


def _titled(table: str, heading: str) -> str | None:
    """The award a table without an Award column belongs to: the one its caption names, else
    the one its section's heading names ("=== Academy Awards ==="), else None."""
    m = _CAPTION.search(table)
    if m is not None:
        caption = m.group(1)
        bar = mask(caption).find("|")  # "|+ style=… | Caption": attributes before the bar
        named_award = award_of_title(render(caption[bar + 1 :]).text)
        if named_award is not None:
            return named_award
    return award_of_title(render(heading).text) if heading else None


def read_table(text: str, span: Span, line_of: LineOf, found: AwardsFound, heading: str = ""
               ) -> bool:  # fmt: skip
    """Read the table at ``text[span]`` into ``found`` when it is an accolades table; whether
    it was. ``heading``: the title of the section it stands in."""
    table = text[span[0] : span[1]]
    grid = expand(table, span[0])
    head = _header(table, grid)
    if head is None:
        return False
    at, kinds = head
    rows = [r for r in grid[at + 1 :] if not r.is_header()]  # sub-headers, repeated headers
    columns = [[_text_at(r, i) for r in rows] for i in range(len(kinds))]
    kinds = fit_kinds(kinds, columns)
    titled = None if "award" in kinds else _titled(table, heading)
    for row in rows:
        if any(_rendered(c).items for c in row.own):
            award, notes = _award(row, kinds, line_of)
            if titled is not None and not award.award:
                award = award.model_copy(update={"award": titled})
            _add(found, award, notes)
    found.spans.append(span)
    return True


def _add(found: AwardsFound, award: Award, notes: tuple[int, ...]) -> None:
    """One row into ``found`` (a warning when it names no award or shows no result, as the
    other formats warn)."""
    if not award.award:
        found.diagnostics.append(
            Diagnostic(severity="warning", code="award-no-name", message="row with no award name",
                       lines=award.lines)
        )  # fmt: skip
    if award.result is None:
        found.diagnostics.append(
            Diagnostic(severity="warning", code="award-no-result", message="no result",
                       lines=award.lines)
        )  # fmt: skip
    found.awards.append(award)
    found.notes.append(notes)


def _list_items(raw: str, base: int) -> list[tuple[Item, tuple[int, int], tuple[int, ...]]]:
    out = []
    for m in _BULLET_LINE.finditer(raw):
        shown = render(m.group(2), base + m.start(2))
        out.append((Item(len(m.group(1)), shown.text), (base + m.start(), base + m.end()),
                    shown.notes))  # fmt: skip
    return out


def _accolade_sections(text: str, heads: list[re.Match[str]]) -> list[tuple[int, str]]:
    """``(offset, text)`` of each section whose title names accolades, up to the next heading
    (``heads``: the page's headings, in order)."""
    out: list[tuple[int, str]] = []
    for k, m in enumerate(heads):
        if clean(render(m.group(2).strip(" \t")).text).casefold() in vocab.ACCOLADE_HEADINGS:
            end = heads[k + 1].start() if k + 1 < len(heads) else len(text)
            out.append((m.end(), text[m.end() : end]))
    return out


def read_lists(text: str, line_of: LineOf, found: AwardsFound, heads: list[re.Match[str]]) -> None:
    """Rows from the bullet lists of accolades sections that clearly read as rows."""
    for base, body in _accolade_sections(text, heads):
        blocks: list[list[tuple[Item, tuple[int, int], tuple[int, ...]]]] = []
        previous_end = -2
        for entry in _list_items(body, base):
            if blocks and entry[1][0] <= previous_end + 1:
                blocks[-1].append(entry)
            else:
                blocks.append([entry])
            previous_end = entry[1][1]
        for block in blocks:
            rows = read_bullets([item for item, _, _ in block])
            if rows is None:
                continue
            for row in rows:
                _, span, notes = block[row.index]
                found.awards.append(
                    Award(award=row.award, category=row.category, recipients=row.recipients,
                          result=row.result, year=row.year, lines=_lines(span, line_of))
                )  # fmt: skip
                found.notes.append(notes)
            found.spans.append((block[0][1][0], block[-1][1][1]))


def list_links(raw: str, line_of: LineOf) -> list[Diagnostic]:
    """An info diagnostic for each link to a separate list of accolades (nothing invented)."""
    return [
        Diagnostic(
            severity="info",
            code="awards-separate-list",
            message=f"accolades are listed in a separate article: {clean(m.group(1))}",
            lines=_lines(m.span(), line_of),
        )
        for m in _LIST_LINK.finditer(raw)
    ]


def read_awards(text: str, line_of: LineOf, skip: Callable[[Span], bool] | None = None
                ) -> AwardsFound:  # fmt: skip
    """Every accolades table and list of the page ``text``; ``skip`` leaves out tables (by
    span) that another part has read."""
    found = AwardsFound()
    heads = list(line_matches(_HEADING, text, HEADING_LEAD))  # one scan: tables' and lists'
    starts = [m.start() for m in heads]
    for span in find_tables(text):
        if skip is None or not skip(span):
            k = bisect_left(starts, span[0])  # the heading the table stands under
            read_table(text, span, line_of, found, heads[k - 1].group(2).strip(" \t") if k else "")
    for span, rows in read_row_templates(text, line_of):
        for award, notes in rows:
            _add(found, award, notes)
        found.spans.append(span)
    read_lists(text, line_of, found, heads)
    found.diagnostics.extend(list_links(text, line_of))
    return found
