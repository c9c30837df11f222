"""Label-space and label-glued infoboxes: a box block's head (name, image, caption) and its rows.

Rows are ``Label value``, ``Labelvalue`` or a label alone with its values on the lines below (plain
or bulleted); both joinings are read in every box, since mirrors mix them. A line that opens with
no label continues the row above, unless its shape says the label was lost: a second value under a
one-value row (running time, budget, box office), or a company under a row of people.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .infobox_build import BoxRead, RawField
from .infobox_lost import is_company
from .label_match import LabelMatch, match_label
from .models import Diagnostic, Lines
from .normalize.text import clean
from .vocab.infobox_labels import IMAGE_SUFFIXES, KIND_SIGNALS, PERSON_KEYS, SCALAR_KEYS

_BULLET = re.compile(r"[ \t\u00a0]*(?:[•◦‣*]|-(?= ))[ \t\u00a0]*")
_SPACE = " \t\u00a0"
_PROSE_CHARS = 200  # a longer line is prose after the box, never a value
_PROSE_WORDS = 24
_FILM_ROWS = KIND_SIGNALS["film"] | {"countries", "languages"}


def bullet_text(line: str) -> str | None:
    """The text of a bulleted line ("  • India" -> "India"), None when it has no bullet."""
    m = _BULLET.match(line)
    return line[m.end() :] if m is not None else None


def _is_bullet(line: str) -> bool:
    return _BULLET.match(line) is not None


def _is_prose(line: str) -> bool:
    return len(line) > _PROSE_CHARS or len(line.split()) > _PROSE_WORDS


def _same_title(line: str, title: str | None) -> bool:
    if not title:
        return False
    text, wanted = clean(line).casefold(), clean(title).casefold()
    return text == wanted or wanted.startswith(f"{text} (")


def is_image_name(line: str) -> bool:
    """A poster's file name printed above the caption ("Night_Ferry_poster.jpg")."""
    text = line.strip()
    return text.casefold().endswith(IMAGE_SUFFIXES) or ("_" in text and " " not in text)


def _first_row(numbered: list[tuple[int, str]], title: str | None) -> int:
    """Index of the first row line; the block's first line is the box's name unless it is a row."""
    for index, (_, line) in enumerate(numbered):
        if match_label(line) is None:
            continue
        if index == 0 and len(numbered) > 1:
            after = numbered[1][1]
            if _same_title(line, title) or (match_label(after) is None and not _is_bullet(after)):
                continue
        return index
    return len(numbered)


def _split_label(line: str, after: str) -> LabelMatch | None:
    """A label broken over two lines ("Production" / "company Canal Nine")."""
    if not after[:1].islower() or len(line.split()) > 3:
        return None
    m = match_label(f"{line.rstrip(_SPACE)} {after.lstrip(_SPACE)}")
    return m if m is not None and len(m.label) > len(line.strip(_SPACE)) else None


@dataclass(slots=True)
class _Rows:
    """Reading state: rows so far, the open row's key, the keys seen."""

    rows: list[RawField] = field(default_factory=list)
    key: str | None = None
    seen: set[str] = field(default_factory=set)
    plain: bool = False  # the last line was a plain (unbulleted) continuation value
    plain_lists: bool = True  # lists print one plain line per value (label-space), not bullets

    def open(self, m: LabelMatch, lines: Lines) -> None:
        row = RawField(label=m.label, lines=lines)
        row.add(m.rest.strip(_SPACE), lines[0])
        self.rows.append(row)
        self.key = m.key
        self.seen.add(m.key)
        self.plain = False

    def value(self, text: str, number: int, bulleted: bool) -> None:
        current = self.rows[-1] if self.rows else None
        if current is not None and current.label and not text.startswith("("):
            lost = (self.key in SCALAR_KEYS and current.values) or (
                self.key in PERSON_KEYS and not bulleted and is_company(text)
            )
            if lost:
                current = None
        if current is None:
            current = RawField(label="")  # the label was lost; its values will tell
            self.rows.append(current)
            self.key = None
        current.add(text, number)
        self.plain = not bulleted


def _label_at(numbered: list[tuple[int, str]], index: int, state: _Rows) -> LabelMatch | None:
    m = match_label(numbered[index][1])
    if m is None:
        return None
    if m.rest.strip(_SPACE):
        # A key seen before, with a value after it, is a value ("Studio Canal" under "Studio").
        return m if m.key not in state.seen else None
    # Where lists are plain lines, a one-word label alone amid a list, right before the next row,
    # is one more value ("Occupation Writer" / "Composer" / "Illustrator" / "Years active ...").
    amid_list = state.plain_lists and state.plain and state.key not in SCALAR_KEYS
    if amid_list and " " not in m.label and m.key not in _FILM_ROWS and index + 1 < len(numbered):
        return None if match_label(numbered[index + 1][1]) is not None else m
    return m


def read_rows(
    numbered: list[tuple[int, str]], *, plain_lists: bool = True
) -> tuple[list[RawField], int]:
    """The rows of ``numbered`` (from the first row on), and the index after the last row line.

    ``plain_lists``: list values are plain lines (label-space), not bullets (label-glued).
    """
    state = _Rows(plain_lists=plain_lists)
    index = 0
    while index < len(numbered):
        number, line = numbered[index]
        m = _label_at(numbered, index, state)
        if m is not None:
            state.open(m, (number, number))
        elif index + 1 < len(numbered) and (m := _split_label(line, numbered[index + 1][1])):
            state.open(m, (number, number + 1))
            index += 1
        elif _is_prose(line) or not state.rows:
            break
        else:
            text = bullet_text(line)
            state.value((line if text is None else text).strip(_SPACE), number, text is not None)
        index += 1
    return state.rows, index


def _head(heads: list[tuple[int, str]]) -> tuple[str | None, str | None, list[Diagnostic]]:
    """Name, caption, and a note on image lines (file name, alt text) between them."""
    if not heads:
        return None, None, []
    name = clean(heads[0][1])
    rest = [(n, clean(t)) for n, t in heads[1:] if not is_image_name(t)]
    caption = rest[-1][1] if rest else None
    kept = rest[-1][0] if rest else 0
    skipped = [n for n, _ in heads[1:] if n != kept]
    diags = []
    if skipped:
        diags.append(
            Diagnostic(
                severity="info",
                code="infobox-image-lines",
                message=f"{len(skipped)} image line(s) (file name, alt text) before the caption",
                lines=(skipped[0], skipped[-1]),
            )
        )
    return name, caption, diags


def read_text_box(
    numbered: list[tuple[int, str]], title: str | None, *, glued: bool = False
) -> BoxRead | None:
    """A label-space or label-glued box from a block's numbered lines; None without two rows."""
    start = _first_row(numbered, title)
    rows, end = read_rows(numbered[start:], plain_lists=not glued)
    if sum(1 for row in rows if row.label) < 2:
        return None
    name, caption, diags = _head(numbered[:start])
    last = numbered[start + end - 1][0]
    return BoxRead(name, caption, rows, (numbered[0][0], last), diags)


def looks_like_box(lines: tuple[str, ...], need: int, share: int) -> bool:
    """Whether at least ``need`` lines, and one line in ``share``, open with a known label.

    Stops at the first line that makes the share impossible, so prose blocks cost one lookup.
    """
    allowed = len(lines) - len(lines) // share  # unlabelled lines the share leaves room for
    labelled = unlabelled = 0
    for line in lines:
        if match_label(line) is None:
            unlabelled += 1
            if unlabelled > allowed:
                return False
        else:
            labelled += 1
    return labelled >= need and labelled * share >= len(lines)
