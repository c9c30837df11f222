"""A table as a grid: ``rowspan`` and ``colspan`` expanded, so every row has every column.

A spanned cell is copied into each slot it covers (``spanned`` marks the copies), which is what a
reader of the printed table sees: the award name beside each of its categories. Spans are capped
(``MAX_SPAN``) and stop at the last row, so no markup can make the grid larger than the table.
"""

from __future__ import annotations

from dataclasses import dataclass

from leaving_vegas_extract.formats.html.parse import Element
from leaving_vegas_extract.formats.html.vocab import MAX_SPAN

_ROW_GROUPS = frozenset({"thead", "tbody", "tfoot"})
_CELLS = frozenset({"td", "th"})


@dataclass(frozen=True, slots=True)
class Cell:
    """One slot of the grid: the cell element, whether it is a ``th``, whether it is a copy."""

    element: Element
    header: bool
    spanned: bool = False


@dataclass(frozen=True, slots=True)
class GridRow:
    """A ``tr`` and its slots, left to right (None where no cell reaches)."""

    element: Element
    cells: tuple[Cell | None, ...]

    def distinct(self) -> tuple[Cell | None, ...]:
        """The slots with a cell spread over several columns kept in its first one only: a
        ``colspan`` joins columns, it does not repeat a value in each (as a ``rowspan`` does)."""
        out: list[Cell | None] = []
        previous: Element | None = None
        for cell in self.cells:
            same = cell is not None and cell.element is previous
            out.append(None if same else cell)
            previous = cell.element if cell is not None else None
        return tuple(out)

    def is_header(self) -> bool:
        """Every cell of the row is a ``th`` of its own (none carried down from above)."""
        own = [c for c in self.cells if c is not None and not c.spanned]
        return bool(own) and all(c.header for c in own)


def table_rows(table: Element) -> list[Element]:
    """The table's own rows (not those of tables nested in its cells)."""
    rows: list[Element] = []
    for child in table:
        if child.tag == "tr":
            rows.append(child)
        elif child.tag in _ROW_GROUPS:
            rows.extend(row for row in child if row.tag == "tr")
    return rows


def _span(value: str | None) -> int:
    """A span attribute as a count in ``1..MAX_SPAN`` ("0" and junk count as 1).

    >>> _span("3"), _span(None), _span("x"), _span("99999"), _span(" 2;")
    (3, 1, 1, 64, 2)
    """
    if not value:
        return 1
    digits = ""
    for char in value.strip()[:6]:
        if not char.isdigit():
            break
        digits += char
    count = int(digits) if digits else 1
    return min(max(count, 1), MAX_SPAN)


def expand(table: Element) -> list[GridRow]:
    """The table's rows with spanned cells copied into every slot they cover."""
    grid: list[GridRow] = []
    carried: dict[int, tuple[Cell, int]] = {}  # column -> (copy, rows it still covers)
    for tr in table_rows(table):
        row: dict[int, Cell] = {}
        for column, (cell, left) in list(carried.items()):
            row[column] = cell
            if left > 1:
                carried[column] = (cell, left - 1)
            else:
                del carried[column]
        column = 0
        for element in tr:
            if element.tag not in _CELLS:
                continue
            while column in row:
                column += 1
            header = element.tag == "th"
            down = _span(element.get("rowspan"))
            for offset in range(_span(element.get("colspan"))):
                if column >= MAX_SPAN:
                    break
                row[column] = Cell(element, header, offset > 0)
                if down > 1:
                    carried[column] = (Cell(element, header, True), down - 1)
                column += 1
        width = max(row) + 1 if row else 0
        grid.append(GridRow(tr, tuple(row.get(i) for i in range(width))))
    return grid
