"""Accolades written one template per row: ``{{FilmAwardStart}}``, ``{{FilmAward|…}}`` rows,
``{{end}}``.

Each row names its ``ceremony``, ``award``, ``category``, ``nominee`` and ``result``; the first
row of a group gives ``ceremonycount=`` (``awardcount=``, ``categorycount=``) and the rows after
it leave that field out, as a ``rowspan`` would. A field is carried down only that far: a field
left out with no group open stays empty. The table prints Ceremony / Award / Category / Nominee /
Result, read as a wikitable with that header is: ``award`` is the award (else the ceremony), a
year in the ceremony's name is the ``year``.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from leaving_vegas_extract.formats.wikitext import cellvocab as cv
from leaving_vegas_extract.formats.wikitext.cells import Rendered, render
from leaving_vegas_extract.formats.wikitext.scan import Param, match, names_pattern, template_parts
from leaving_vegas_extract.model.article import Award
from leaving_vegas_extract.parts.awards.columns import split_award_category, year_of
from leaving_vegas_extract.parts.awards.recipients import split_recipients

LineOf = Callable[[int], int]
Span = tuple[int, int]
Row = tuple[Award, tuple[int, ...]]
"""An accolade and the page offsets of the notes printed in its row."""

_ROW = names_pattern(cv.ROW_TEMPLATES)
_START = names_pattern(cv.ROW_TABLE_STARTS)
_END = names_pattern(cv.TABLE_CLOSERS)
_GROUPED = ("ceremony", "award", "category")
_BLANK = re.compile(r"\s*")
_EMPTY = Rendered((), ())


def _count(params: dict[str, Param], field: str) -> int:
    value = params.get(f"{field}count")
    text = value.value.strip() if value is not None else ""
    return max(1, min(int(text), 500)) if text.isdecimal() else 1


class _Groups:
    """The ceremony, award and category groups open so far, and how many rows each still covers."""

    def __init__(self) -> None:
        self.shown: dict[str, Rendered] = {}
        self.left: dict[str, int] = {}

    def cells(self, params: dict[str, Param]) -> tuple[dict[str, Rendered], set[int]]:
        """This row's grouped cells and the notes printed in the row itself."""
        out: dict[str, Rendered] = {}
        notes: set[int] = set()
        for field in _GROUPED:
            given = params.get(field)
            if given is not None:
                shown = render(given.value, given.offset)
                notes.update(shown.notes)
                self.shown[field], self.left[field] = shown, _count(params, field) - 1
            elif self.left.get(field, 0) > 0:
                self.left[field] -= 1
            else:
                self.shown[field] = _EMPTY
            out[field] = self.shown.get(field, _EMPTY)
        return out, notes


def _award(params: dict[str, Param], groups: _Groups, line_of: LineOf, span: Span) -> Row:
    cells, notes = groups.cells(params)
    row: dict[str, Rendered] = {}
    for field in ("nominee", "result"):
        given = params.get(field)
        row[field] = render(given.value, given.offset) if given is not None else _EMPTY
        notes.update(row[field].notes)
    award = cells["award"].text or cells["ceremony"].text
    category = cells["category"].text or None
    if category is None and award:
        award, category = split_award_category(award)
    award_row = Award(
        award=award,
        category=category,
        recipients=split_recipients(row["nominee"].items),
        result=row["result"].text.casefold() or None,
        year=year_of(cells["ceremony"].text),
        lines=(line_of(span[0]), line_of(max(span[0], span[1] - 1))),
    )
    return award_row, tuple(sorted(notes))


def _block_start(text: str, first: int) -> int:
    """The ``{{FilmAwardStart}}`` just before the first row (only blanks between), else it."""
    best = first
    for m in _START.finditer(text, max(0, first - 2000), first):
        close = match(text, m.start())
        if close > 0 and _BLANK.fullmatch(text, close, first):
            best = m.start()
    return best


def _block_end(text: str, last: int) -> int:
    """The end of the ``{{end}}`` just after the last row (only blanks between), else ``last``."""
    blank = _BLANK.match(text, last)
    at = blank.end() if blank is not None else last
    m = _END.match(text, at)
    close = match(text, at) if m is not None else -1
    return close if close > 0 else last


def read_row_templates(text: str, line_of: LineOf) -> list[tuple[Span, list[Row]]]:
    """Each block of row templates of the page ``text``: its span and its rows with notes."""
    blocks: list[tuple[Span, list[Row]]] = []
    groups = _Groups()
    previous = -1
    for m in _ROW.finditer(text):
        if m.start() < previous:
            continue  # inside the previous row
        close = match(text, m.start())
        if close < 0:
            continue
        if not blocks or not _BLANK.fullmatch(text, previous, m.start()):
            blocks.append(((_block_start(text, m.start()), close), []))
            groups = _Groups()
        _, params = template_parts(text[m.start() + 2 : close - 2], m.start() + 2)
        named = {p.name.casefold(): p for p in params if p.name is not None}
        blocks[-1][1].append(_award(named, groups, line_of, (m.start(), close)))
        blocks[-1] = ((blocks[-1][0][0], close), blocks[-1][1])
        previous = close
    return [((start, _block_end(text, end)), rows) for (start, end), rows in blocks]
