"""A wikitable as the page shows it: ``rowspan``/``colspan`` cells placed in every slot they
cover, and nothing else filled (a cell left empty in the source stays empty).

``Table.data(span=True)`` of wikitextparser fills spans too, but gives text only and is slow on
long tables; the readers need the cells themselves (their offsets, header flags and the slots
one cell covers), so the grid is built here from ``tablescan``'s rows.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from leaving_vegas_extract.formats.wikitext.tablescan import Cell, rows


@dataclass(frozen=True, slots=True)
class Slot:
    """One slot of the grid: the cell that shows there, and whether its row is where it is
    written (False for the rows a ``rowspan`` reaches)."""

    cell: Cell
    origin: bool

    @property
    def key(self) -> tuple[int, int]:
        """The cell's identity in the page (its span), the same for every slot it covers."""
        return self.cell.span


@dataclass(frozen=True, slots=True)
class GridRow:
    """One source row: its slots in column order, its own cells as written, its offsets."""

    slots: tuple[Slot | None, ...]
    own: tuple[Cell, ...]
    span: tuple[int, int]

    def is_header(self) -> bool:
        """Whether every cell written in this row is a header cell (``!``)."""
        return bool(self.own) and all(c.is_header for c in self.own)


def _place_pending(slots: list[Slot | None], pending: dict[int, tuple[Cell, int]]) -> None:
    """Place the cells spanned down from rows above, from the next free column on."""
    while len(slots) in pending:
        cell, left = pending.pop(len(slots))
        slots.append(Slot(cell, False))
        if left > 1:
            pending[len(slots) - 1] = (cell, left - 1)


@lru_cache(maxsize=16)
def expand(text: str, base: int = 0) -> tuple[GridRow, ...]:
    """The rows of the table written as ``text`` (at page offset ``base``), every spanned cell
    placed where the page shows it."""
    # Memoised (the rows are frozen): the awards part reads every table of the page, and the
    # soundtrack part reads again the ones that were no accolades table.
    pending: dict[int, tuple[Cell, int]] = {}  # column -> (cell, rows it still covers)
    out: list[GridRow] = []
    for row in rows(text, base):
        slots: list[Slot | None] = []
        for cell in row.cells:
            _place_pending(slots, pending)
            for _ in range(cell.colspan):
                if cell.rowspan > 1:
                    pending[len(slots)] = (cell, cell.rowspan - 1)
                slots.append(Slot(cell, True))
        _place_pending(slots, pending)
        while pending and max(pending) >= len(slots):  # spans past this row's last cell
            if len(slots) in pending:
                _place_pending(slots, pending)
            else:
                slots.append(None)
        span = (row.cells[0].span[0], row.cells[-1].span[1])
        out.append(GridRow(tuple(slots), row.cells, span))
    return tuple(out)
