"""The row reader's state, and where a value line goes: the open row, or a new row whose label the
mirror lost (a second value under a one-value row, a company under a row of people, a line whose
shape belongs to another row).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from leaving_vegas_extract.formats.text.infobox.head import is_image_name
from leaving_vegas_extract.formats.text.infobox.labels import LabelMatch
from leaving_vegas_extract.formats.text.infobox.line_shapes import SPACE
from leaving_vegas_extract.model.article import Lines
from leaving_vegas_extract.normalize.duration import is_minutes
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.parts.infobox.lost import is_company, value_class
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.parts.infobox.vocab import PERSON_KEYS, SCALAR_KEYS

_CELL = " \t\u00a0|"  # what a table cell's edges hold


def _one_word(value: str) -> bool:
    text = value.strip()
    return " " not in text and text[:1].isupper()


def _one_word_tail(row: RawField) -> list[tuple[str, int]]:
    """The one-word bullets ending a list of people right before a company ("• Bo Lee" / "•
    Laika" / "• Canal Nine Films"): companies too, whose label the mirror dropped with the
    company's own. Taken off ``row``; a person's name has two words or more."""
    tail: list[tuple[str, int]] = []
    while len(row.values) > 1 and _one_word(row.values[-1]):
        tail.insert(0, (row.values.pop(), row.numbers.pop()))
    if tail:
        row.lines = (row.lines[0], max(row.lines[0], row.numbers[-1]))
    return tail


@dataclass(slots=True)
class RowState:
    """Reading state: rows so far, the open row's key, the keys seen."""

    rows: list[RawField] = field(default_factory=list)
    key: str | None = None
    seen: set[str] = field(default_factory=set)
    plain: bool = False  # the last line was a plain (unbulleted) continuation value
    plain_lists: bool = True  # lists print one plain line per value (label-space), not bullets
    gapped_lists: bool = False  # the box sets a list's later values apart by a blank line
    labels_alone: bool = False  # the box prints each label alone on its line, over its values
    last: int = 0  # the number of the last line read

    def open(self, m: LabelMatch, lines: Lines) -> None:
        # RawField.add of the label's own value, inlined: the row starts on that line.
        value = m.rest.strip(SPACE)
        if "|" in value:
            value = value.strip(_CELL)  # a table's cell pipes are never part of a value
        if value.strip():
            row = RawField(m.label, [value], lines, [lines[0]])
        else:
            row = RawField(m.label, [], lines, [])
        self.rows.append(row)
        self.key = m.key
        self.seen.add(m.key)
        self.plain = False
        self.last = lines[1]

    def value(self, text: str, number: int, bulleted: bool) -> None:
        current = self.rows[-1] if self.rows else None
        moved: list[tuple[str, int]] = []
        if current is not None and current.label and not text.startswith("("):
            company = self.key in PERSON_KEYS and is_company(text)
            lost = (self.key in SCALAR_KEYS and current.values) or company
            # A length under another row ("Release Date" / "June 3, 1988" / "104 Minutes").
            lost = lost or (self.key != "running_time" and is_minutes(strip_markers(text)[0]))
            lost = lost or self._foreign(current, text, bulleted)
            if lost or self._detached(current, number, bulleted):
                if company and bulleted:
                    moved = _one_word_tail(current)
                current = None
        if current is None:
            current = RawField(label="")  # the label was lost; its values will tell
            self.rows.append(current)
            self.key = None
            for value, line in moved:
                current.add(value, line)
        current.add(text.strip(_CELL) if "|" in text else text, number)
        self.plain = not bulleted
        self.last = number

    def _foreign(self, current: RawField, text: str, bulleted: bool) -> bool:
        """Whether a plain line is another row whose label was lost, by its shape: a flag's
        file name ("120px-Flag of France.svg") under any row; a running time or a country under
        the release dates (a date's place is bracketed); a line after a row of people that
        printed its whole list on one line with commas ("Ann Roe, Bo Lee" / "Cy Moss")."""
        if is_image_name(text):
            return True
        if self.key == "release_dates" and current.values:
            return value_class(text) in ("running_time", "countries")
        if self.key in PERSON_KEYS and len(current.values) == 1 and not bulleted:
            items = current.values[0].split(", ")
            return len(items) > 1 and all(len(item.split()) > 1 for item in items)
        return False

    def _detached(self, current: RawField, number: int, bulleted: bool) -> bool:
        """Whether a list under a row that printed its one value on its label's line is another
        row whose label was lost: its values bulleted ("Produced byAnn Roe" / "• Bo Lee"; a
        row's own list is bulleted whole or not at all), or set apart by a blank line ("Produced
        by Ann Roe" / "" / "Bo Lee" / "Cy Moss")."""
        if len(current.values) != 1 or current.numbers[0] != current.lines[0]:
            return False
        gap = number > self.last + 1 and not self.gapped_lists
        return self.key in PERSON_KEYS and (bulleted or gap)
