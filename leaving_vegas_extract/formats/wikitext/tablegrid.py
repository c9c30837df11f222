"""A wikitable as the page shows it: ``rowspan``/``colspan`` cells placed in every slot they
cover, and nothing else filled (a cell left empty in the source stays empty).

``Table.data(span=True)`` of wikitextparser fills spans too, but gives text only; the reader
needs the cells themselves (their offsets, header flags and the slots one cell covers).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from wikitextparser import Cell, Table

_MAX_SPAN = 500  # a span larger than this is a typo; the page clamps it to the table as well


@dataclass(frozen=True, slots=True)
class Slot:
    """One slot of the grid: the cell that shows there, and whether its row is where it is
    written (False for the rows a ``rowspan`` reaches)."""

    cell: Cell
    origin: bool

    @property
    def key(self) -> tuple[int, int]:
        """The cell's identity in the page (its span), the same for every slot it covers."""
        start, end = self.cell.span
        return int(start), int(end)


@dataclass(frozen=True, slots=True)
class GridRow:
    """One source row: its slots in column order and its own cells as written."""

    slots: tuple[Slot | None, ...]
    own: tuple[Cell, ...]
    span: tuple[int, int]

    def is_header(self) -> bool:
        """Whether every cell written in this row is a header cell (``!``)."""
        return bool(self.own) and all(c.is_header for c in self.own)


def _int_attr(cell: Cell, name: str) -> int:
    raw = (cell.get_attr(name) or "1").strip().strip("\"'")
    return min(int(raw), _MAX_SPAN) if raw.isdecimal() and int(raw) > 0 else 1


def _place_pending(slots: list[Slot | None], pending: dict[int, tuple[Cell, int]]) -> None:
    """Place the cells spanned down from rows above, from the next free column on."""
    while len(slots) in pending:
        cell, left = pending.pop(len(slots))
        slots.append(Slot(cell, False))
        if left > 1:
            pending[len(slots) - 1] = (cell, left - 1)


def expand(table: Table) -> list[GridRow]:
    """The rows of ``table`` with every spanned cell placed where the page shows it."""
    pending: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows it still covers)
    out: list[GridRow] = []
    for cells in table.cells(span=False):
        own = tuple(c for c in cells if c is not None)
        slots: list[Slot | None] = []
        for cell in own:
            _place_pending(slots, pending)
            rows, cols = _int_attr(cell, "rowspan"), _int_attr(cell, "colspan")
            for _ in range(cols):
                if rows > 1:
                    pending[len(slots)] = (cell, rows - 1)
                slots.append(Slot(cell, True))
        _place_pending(slots, pending)
        while pending and max(pending) >= len(slots):  # spans past this row's last cell
            if len(slots) in pending:
                _place_pending(slots, pending)
            else:
                slots.append(None)
        # A cell's span opens with the line break before its ``|``: the row starts after it.
        starts = [c.span[0] + (c.string[:1] == "\n") for c in own] or [table.span[0]]
        ends = [c.span[1] for c in own] or [table.span[0]]
        out.append(GridRow(tuple(slots), own, (min(starts), max(ends))))
    return out
