"""Pipe-table infoboxes (HTML-to-markdown mirrors): ``Title | |``, ``---|---|``, ``Label | v |``.

A row may close on a later line: the first value after ``| ``, further values alone on the lines
below, the closing ``|`` at the end of the last, or a lone ``|`` when the list was lost. Rows before
the first labelled one with an empty second cell are the box's image and caption. Cells whose list
separators were lost ("Ann Roe Bo Lee") are split only on evidence (see ``parts.infobox.split``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from leaving_vegas_extract.model.article import Diagnostic, Lines
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.infobox.build import BoxRead, RawField, canonical
from leaving_vegas_extract.parts.infobox.countries import COUNTRIES, LANGUAGES
from leaving_vegas_extract.parts.infobox.split import Evidence, split_companies, split_known
from leaving_vegas_extract.parts.infobox.vocab import FILM_NAME_FIELDS
from leaving_vegas_extract.source.document import is_blank

_RULE_CHARS = frozenset("-|: \t")
_MAX_COLUMNS = 3  # wider tables are data tables (awards, tracks), not infoboxes
_PROSE_CHARS = 300
_BREAK = re.compile(r"<br ?/?>", re.IGNORECASE)
_LINK = re.compile(r"\[([^\[\]]{0,200})\]\([^()\s]{0,500}\)")
_UNSPLIT_TOKENS = 4  # a cell this long that could not be split is probably a lost list


def is_rule(line: str) -> bool:
    """A markdown table rule ("---|---|")."""
    text = line.strip()
    return "---" in text and "|" in text and set(text) <= _RULE_CHARS


def rule_columns(line: str) -> int:
    """How many columns a rule line has."""
    return sum(1 for cell in line.split("|") if "-" in cell)


def _cell_values(text: str, number: int, row: RawField) -> None:
    """Values of a cell's line: inner pipes, kept line breaks and inline bullets separate them."""
    if "<" in text:
        text = _BREAK.sub("|", text)
    if "•" in text:
        text = text.replace("•", "|")
    for cell in text.split("|"):
        value = cell.strip()
        if "](" in value:
            value = _LINK.sub(r"\1", value)
        row.add(value, number)


def _starts_row(text: str) -> bool:
    label, sep, _ = text.partition("|")
    return bool(sep) and bool(label.strip()) and canonical(label) is not None


def read_table(lines: Sequence[str], rule: int) -> tuple[list[RawField], int]:
    """Rows after the rule on 1-based line ``rule``, and the number of the last table line."""
    rows: list[RawField] = []
    open_row: RawField | None = None
    last = rule
    for number in range(rule + 1, len(lines) + 1):
        text = lines[number - 1].strip()
        if is_blank(text) or (open_row is None and "|" not in text) or len(text) > _PROSE_CHARS:
            break
        if open_row is None or _starts_row(text):
            label, _, text = text.partition("|")
            open_row = RawField(label=label.strip(), lines=(number, number))
            rows.append(open_row)
        closed = text.rstrip().endswith("|")
        _cell_values(text.rstrip()[:-1] if closed else text, number, open_row)
        if closed:
            open_row = None
        last = number
    return rows, last


def _head(rows: list[RawField]) -> tuple[str | None, list[RawField], list[Diagnostic]]:
    """The caption among the first rows (unlabelled, empty second cell), images dropped."""
    caption: str | None = None
    diags: list[Diagnostic] = []
    index = 0
    while index < len(rows) and not rows[index].values and canonical(rows[index].label) is None:
        row = rows[index]
        if row.label.startswith("!["):
            diags.append(
                Diagnostic(
                    severity="info",
                    code="infobox-image-lines",
                    message="markdown image row above the caption",
                    lines=row.lines,
                )
            )
        elif row.label:
            caption = clean(row.label)
        index += 1
    return caption, rows[index:], diags


def _header_name(lines: Sequence[str], rule: int) -> tuple[str | None, int]:
    """The box name from the header row above the rule ("Title | |"), and the table's first line."""
    if rule < 2 or "|" not in lines[rule - 2]:
        return None, rule
    cells = [c.strip() for c in lines[rule - 2].split("|")]
    if len(cells) > 1 and not any(cells[1:]):
        return clean(cells[0]) or None, rule - 1
    return None, rule


def read_pipe_box(lines: Sequence[str], rule: int) -> BoxRead | None:
    """The infobox whose rule is on line ``rule``; None for a wide table or one without labels."""
    if rule_columns(lines[rule - 1]) > _MAX_COLUMNS:
        return None
    name, first = _header_name(lines, rule)
    rows, last = read_table(lines, rule)
    caption, rows, diags = _head(rows)
    if not any(canonical(row.label) for row in rows):
        return None
    return BoxRead(name, caption, rows, (first, last), diags)


def _without_markers(value: str) -> str:
    """``value`` without the note markers that end it ("Ann Roe [1][a]" -> "Ann Roe")."""
    text = value.rstrip()
    while text.endswith("]"):
        start = text.rfind("[")
        if start <= 0 or len(text) - start > 42 or "]" in text[start:-1]:
            break
        text = text[:start].rstrip()
    return text


def _split_row(row: RawField, key: str, evidence: Callable[[], Evidence]) -> list[str] | None:
    """The pieces of a one-value cell, its note markers kept on the last piece."""
    cell = _without_markers(row.values[0])
    markers = row.values[0][len(cell) :]
    pieces = _pieces(cell, key, evidence)
    if pieces and markers:
        pieces[-1] += markers
    return pieces


def _pieces(cell: str, key: str, evidence: Callable[[], Evidence]) -> list[str] | None:
    if key == "countries":
        return split_known(cell, COUNTRIES)
    if key == "languages":
        return split_known(cell, LANGUAGES)
    if key in ("production_companies", "distributed_by"):
        return split_companies(cell) or evidence().split(cell)
    return evidence().split(cell)


def split_cells(rows: list[RawField], texts: Callable[[], list[str]]) -> list[Diagnostic]:
    """Split one-value name cells with lost separators, in place; a warning where none could be.

    ``texts`` gives the article's other text, read only when some cell needs evidence.
    """
    diags: list[Diagnostic] = []
    cache: list[Evidence] = []

    def evidence() -> Evidence:
        if not cache:
            short = [v for r in rows for v in r.values if len(v.split()) <= 3]
            cache.append(Evidence([*texts(), *short]))
        return cache[0]

    for row in rows:
        key = canonical(row.label)
        if key not in FILM_NAME_FIELDS or len(row.values) != 1 or " " not in row.values[0]:
            continue
        pieces = _split_row(row, key, evidence)
        if pieces:
            number = row.numbers[0]
            row.values, row.numbers = pieces, [number] * len(pieces)
        elif len(row.values[0].split()) >= _UNSPLIT_TOKENS:
            diags.append(_unsplit(row.label, row.values[0], row.lines))
    return diags


def _unsplit(label: str, cell: str, lines: Lines) -> Diagnostic:
    return Diagnostic(
        severity="warning",
        code="infobox-cell-unsplit",
        message=f"{label!r} cell may hold several names with their separators lost: {cell!r}",
        lines=lines,
    )
