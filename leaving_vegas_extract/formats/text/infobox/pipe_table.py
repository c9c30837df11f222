"""Pipe-table infoboxes (HTML-to-markdown mirrors): ``Title | |``, ``---|---|``, ``Label | v |``.

A row may close on a later line: the first value after ``| ``, further values alone on the lines
below, the closing ``|`` at the end of the last, or a lone ``|`` when the list was lost. Rows before
the first labelled one with an empty second cell are the box's image and caption. Cells whose list
separators were lost ("Ann Roe Bo Lee") are split only on evidence (see ``pipe_cells``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leaving_vegas_extract.model.article import Diagnostic
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.infobox.build import canonical, joint_keys
from leaving_vegas_extract.parts.infobox.raw import BoxRead, RawField
from leaving_vegas_extract.source.document import is_blank

_RULE_CHARS = frozenset("-|: \t")
_MAX_COLUMNS = 3  # wider tables are data tables (awards, tracks), not infoboxes
_PROSE_CHARS = 300  # a longer pipe-less line is prose after the table (rows with pipes: any length)
_LABEL_CHARS = 80  # a label or caption line printed on its own is short
_LABEL_LINES = 3  # and the pipe that ends its cell follows within this many lines
_PEEK = 3  # rows looked at to tell a data table
_BLANKS = 2  # blank lines a table may hold between two rows
_SENTENCE_WORDS = 12  # a value line is a name, a date, a short note: shorter than a sentence
_SENTENCE_END = re.compile(r"[a-z)]\.(?:\[\d{1,3}\])*$")
_BARE_ROWS = 3  # rows of known labels that make a table without a rule
_FILLER = "| \t"
_BREAK = re.compile(r"<br ?/?>", re.IGNORECASE)
_LINK = re.compile(r"\[([^\[\]]{0,200})\]\([^()\s]{0,500}\)")
# A markdown image ("![alt](url)", often "![]()") opening a cell; text after it is the caption.
_IMAGE = re.compile(r"!\[[^\[\]]{0,300}\]\([^()\s]{0,500}\)")
# The heading of a box's native-name module ("Japanese name", "Korean name"): never its caption.
_NAME_HEADING = re.compile(r"[A-Z][a-z]{2,15} name")


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
            # Flag images in a country cell ("![]() ![]()") carry no text; links keep theirs.
            value = _LINK.sub(r"\1", _IMAGE.sub("", value)).strip()
        row.add(value, number)


def _starts_row(text: str) -> bool:
    label, sep, _ = text.partition("|")
    if not sep or not label.strip():
        return False
    return canonical(label) is not None or bool(joint_keys(label))


def _is_sentence(text: str) -> bool:
    """A line of prose under a row left open ("Infobox instructions (only shown in preview) |",
    an editor's note with no value): many words and a full stop, never a cell's value."""
    return _SENTENCE_END.search(text) is not None and len(text.split()) > _SENTENCE_WORDS


def _pipes_only(text: str) -> bool:
    """A filler line of the table: pipes and spaces only ("|", "| |", "||||")."""
    return not text.strip(_FILLER)


def _without_lead(text: str) -> str:
    """A row printed with a leading pipe ("| Directed by | Ann Roe |") without it."""
    if text.startswith("|") and not _pipes_only(text):
        rest = text[1:].lstrip()
        if "|" in rest and rest.partition("|")[0].strip():
            return rest
    return text


def _label_part(lines: Sequence[str], number: int) -> bool:
    """Whether the pipe-less line ``number`` is part of a label or caption cell: short, and a
    line with a pipe (not the next table's header) follows within ``_LABEL_LINES`` lines."""
    if len(lines[number - 1].strip()) > _LABEL_CHARS:
        return False
    for ahead in range(number, min(number + _LABEL_LINES, len(lines))):
        text = lines[ahead].strip()
        if "|" in text:
            return not _header_ahead(lines, ahead + 1)
        if is_blank(text) or len(text) > _LABEL_CHARS:
            return False
    return False


def _header_ahead(lines: Sequence[str], number: int) -> bool:
    """Whether line ``number`` is the header of another table (a rule follows it)."""
    return number < len(lines) and "---" in lines[number] and is_rule(lines[number])


def _resumes(lines: Sequence[str], number: int) -> bool:
    """Whether the table goes on after the blank line ``number``: a row opens right after."""
    for ahead in range(number, min(number + _BLANKS + 1, len(lines))):
        text = lines[ahead].strip()
        if not is_blank(text):
            return _starts_row(_without_lead(text))
    return False


class _Table:
    """Reading state: the rows so far, the row whose value cell is open, a label cell's lines."""

    def __init__(self) -> None:
        self.rows: list[RawField] = []
        self.open: RawField | None = None
        self.pending: list[tuple[int, str]] = []

    def label_line(self, text: str, number: int) -> None:
        """A line with a pipe where a row starts: the label cell ends at its first pipe."""
        label, _, rest = text.partition("|")
        parts = [t for _, t in self.pending] + [label.strip()]
        first = self.pending[0][0] if self.pending else number
        self.pending = []
        self.open = RawField(label=" ".join(p for p in parts if p), lines=(first, number))
        self.rows.append(self.open)
        self.value_line(rest, number)

    def value_line(self, text: str, number: int) -> None:
        """A line of the open value cell; a closing pipe ends the row."""
        row = self.open
        if row is None:
            return
        closed = text.rstrip().endswith("|")
        _cell_values(text.rstrip()[:-1] if closed else text, number, row)
        if closed:
            self.open = None


def read_table(lines: Sequence[str], rule: int) -> tuple[list[RawField], int]:
    """Rows after the rule on 1-based line ``rule``, and the number of the last table line.

    A row is a label cell and a value cell, each of which may span lines: the label cell ends at
    the first pipe, the value cell at the last. Pipe-less lines between rows are label (or caption)
    lines when a pipe follows shortly; a blank line inside the table is skipped when a row follows.
    """
    table = _Table()
    last = rule
    number = rule
    while number < len(lines):
        number += 1
        text = lines[number - 1].strip()
        if is_blank(text):
            if table.open is None and not table.pending and _resumes(lines, number):
                continue
            break
        if "|" not in text:
            if table.open is not None:
                if len(text) > _PROSE_CHARS or _is_sentence(text):
                    break
                table.value_line(text, number)
            elif _label_part(lines, number):
                table.pending.append((number, text))
            else:
                break
        elif is_rule(text) or (not table.pending and _header_ahead(lines, number)):
            break  # the next table
        else:
            text = _without_lead(text)
            if table.open is None:
                if _pipes_only(text) and not table.pending:
                    last = number  # filler between rows
                    continue
                table.label_line(text, number)
            elif _starts_row(text):
                table.label_line(text, number)
            else:
                table.value_line(text, number)
        last = number
    if table.pending:
        last = min(last, table.pending[0][0] - 1)  # label lines no pipe followed
    return table.rows, last


def _head(rows: list[RawField]) -> tuple[str | None, list[RawField], list[Diagnostic]]:
    """The caption among the first rows (unlabelled, empty second cell), images dropped."""
    caption: str | None = None
    diags: list[Diagnostic] = []
    index = 0
    while index < len(rows) and not rows[index].values and canonical(rows[index].label) is None:
        row = rows[index]
        image = row.label.startswith("![")
        # The image's text, then a caption printed in the same cell ("![]() Movie poster").
        text = _IMAGE.sub("", row.label, count=1).strip() if image else row.label
        if image:
            diags.append(
                Diagnostic(
                    severity="info",
                    code="infobox-image-lines",
                    message="markdown image row above the caption",
                    lines=row.lines,
                )
            )
        if text and (text != row.label or not image) and not _NAME_HEADING.fullmatch(text):
            caption = clean(text)
        index += 1
    return caption, rows[index:], diags


def _header_row(text: str, number: int) -> RawField | None:
    """A header that is the box's first row ("Directed by | Ann Roe |" above the rule: a
    mirror that drops the box's title makes its first row the table's header)."""
    label, _, rest = text.partition("|")
    if canonical(label) is None or not rest.strip(_FILLER):
        return None
    row = RawField(label=label.strip(), lines=(number, number))
    _cell_values(rest.rstrip().removesuffix("|"), number, row)
    return row


def name_cell(line: str) -> str | None:
    """What a table row holding only its first cell prints there ("Title | ||", "| Title | |":
    a box's name as its header row); None for any other line."""
    cells = [c.strip() for c in _without_lead(line.strip()).split("|")]
    if len(cells) > 1 and not any(cells[1:]):
        return clean(cells[0])
    return None


def _header_name(lines: Sequence[str], rule: int) -> tuple[str | None, int]:
    """The box name from the header row above the rule ("Title | |", "| Title | |", or
    "Title |" over a lone "|"), and the table's first line."""
    first = rule - 1
    while first > 1 and _pipes_only(lines[first - 1].strip()) and lines[first - 1].strip():
        first -= 1  # the header row's empty cells printed on lines of their own
    name = name_cell(lines[first - 1]) if first >= 1 else None
    if name is None:
        return None, rule
    return name or None, first


def _wide(lines: Sequence[str], rule: int) -> bool:
    """A data table (awards, tracks): more than two columns, and rows that fill them."""
    if rule_columns(lines[rule - 1]) <= _MAX_COLUMNS:
        return False
    for text in lines[rule : rule + _PEEK]:
        cells = [c for c in _without_lead(text.strip()).split("|") if c.strip()]
        if len(cells) > _MAX_COLUMNS - 1:
            return True
    return False


def read_pipe_box(lines: Sequence[str], rule: int) -> BoxRead | None:
    """The infobox whose rule is on line ``rule``; None for a data table or one without labels.

    A wide rule whose rows fill only two cells ("Released | 1977 | |||") is still a box: some
    mirrors print a soundtrack album's box so.
    """
    if _wide(lines, rule):
        return None
    name, first = _header_name(lines, rule)
    rows, last = read_table(lines, rule)
    header = None
    if name is None and rule > 1:
        header = _header_row(_without_lead(lines[rule - 2].strip()), rule - 1)
    caption, rows, diags = _head(rows)
    if header is not None:
        rows, first = [header, *rows], rule - 1
    if not any(canonical(row.label) for row in rows):
        return None
    return BoxRead(name, caption, rows, (first, last), diags)


def bare_table_at(lines: Sequence[str], number: int) -> bool:
    """Whether a table printed without header and rule starts on line ``number``: it and the
    ``_BARE_ROWS - 1`` lines after it are rows of known labels ("Director | Ann Roe |")."""
    end = number + _BARE_ROWS - 1
    return end <= len(lines) and all(
        "|" in lines[n - 1] and _starts_row(_without_lead(lines[n - 1].strip()))
        for n in range(number, end + 1)
    )


def read_bare_box(lines: Sequence[str], number: int) -> BoxRead | None:
    """The box of a table without header and rule whose first row is on line ``number``."""
    rows, last = read_table(lines, number - 1)
    caption, rows, diags = _head(rows)
    if not any(canonical(row.label) for row in rows):
        return None
    name, first = _bare_header(lines, number)
    return BoxRead(name, caption, rows, (first, last), diags)


def _bare_header(lines: Sequence[str], number: int) -> tuple[str | None, int]:
    """The box's name from a header row right above a table printed without its rule ("Title |
    ||", a fan wiki's), and the table's first line."""
    name = name_cell(lines[number - 2]) if number >= 2 else None  # the line above the first row
    if name and canonical(name) is None:
        return name, number - 1
    return None, number
