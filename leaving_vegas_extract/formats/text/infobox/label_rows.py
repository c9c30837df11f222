"""Label-space and label-glued infoboxes: a box block's head (name, image, caption) and its rows.

Rows are ``Label value``, ``Labelvalue`` or a label alone with its values on the lines below (plain
or bulleted); both joinings are read in every box, since mirrors mix them. A line that opens with
no label continues the row above, unless its shape says the label was lost: a second value under a
one-value row (running time, budget, box office), or a company under a row of people.

This module reads a block's rows line by line and says which blocks are boxes; ``head`` finds where
the rows start and the name and caption above them, ``row_labels`` which lines open a row,
``row_state`` where each value line goes (its row, or a row whose label was lost).
"""

from __future__ import annotations

from leaving_vegas_extract.formats.text.infobox.head import colon_row, first_row, read_head
from leaving_vegas_extract.formats.text.infobox.labels import (
    LabelMatch,
    key_label_with_value,
    match_label,
)
from leaving_vegas_extract.formats.text.infobox.line_shapes import (
    KEYED_ROW,
    SPACE,
    Matches,
    bullet_text,
)
from leaving_vegas_extract.formats.text.infobox.row_labels import (
    comma_label,
    crew_row,
    is_heading,
    label_at,
    lone_key_label,
    split_label,
    unknown_label,
)
from leaving_vegas_extract.formats.text.infobox.row_state import RowState
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.parts.infobox.raw import BoxRead, RawField

_PROSE_CHARS = 200  # a longer line is prose after the box, never a value
_PROSE_WORDS = 24
_LEAD_WORDS = 12  # a lead sentence under the box's last row: at least this many words
SURE_LABELS = 5  # lines opening with a label that make a block a box whatever lies between


def _is_prose(line: str) -> bool:
    # n words take at least 2n - 1 characters: a short line needs no split.
    if len(line) < 2 * _LEAD_WORDS - 1:
        return False
    if len(line) > _PROSE_CHARS:
        return True
    words = line.split()
    return len(words) > _PROSE_WORDS or _is_lead_sentence(line, words)


def _is_lead_sentence(line: str, words: list[str]) -> bool:
    """The article's first sentence printed on the line right under the box's last row ("X is a
    2004 drama film directed by …."): many words, a full stop, and the small words of prose,
    which a list of names or a place never has."""
    if len(words) < _LEAD_WORDS or not strip_markers(line)[0].rstrip().endswith("."):
        return False
    return sum(1 for word in words if word[:1].islower()) >= _LEAD_WORDS // 2


_GAPPED_ROWS = 2  # rows printed "Label value" / blank / more values that make it the box's way


def _gapped(numbered: list[tuple[int, str]], matches: Matches) -> bool:
    """Whether the box prints its lists with a blank line after the label's line ("Starring Ann
    Roe" / "" / "Bo Lee" / "Cy Moss") in several rows: its way of printing lists, so a list set
    apart so is no row whose label was lost."""
    count = 0
    for index in range(len(numbered) - 1):
        m = matches[index]
        if m is None or not m.rest.strip(SPACE) or matches[index + 1] is not None:
            continue
        if numbered[index + 1][0] > numbered[index][0] + 1:
            count += 1
    return count >= _GAPPED_ROWS


_ALONE_ROWS = 3  # known labels alone on their lines that may make it the box's way


def labels_alone(matches: Matches) -> bool:
    """Whether the box prints its labels alone on their lines, over their values: most of its
    known labels are so printed, and at least ``_ALONE_ROWS``."""
    labelled = [m for m in matches if m is not None]
    alone = sum(1 for m in labelled if not m.rest.strip(SPACE))
    return alone >= _ALONE_ROWS and 3 * alone >= 2 * len(labelled)


def _unknown_at(
    numbered: list[tuple[int, str]], matches: Matches, index: int, state: RowState
) -> LabelMatch | None:
    if index + 1 >= len(numbered):
        return None
    after = numbered[index + 1][1]
    return unknown_label(numbered[index][1], after, matches[index + 1] is not None, state)


def read_rows(
    numbered: list[tuple[int, str]],
    *,
    plain_lists: bool = True,
    matches: Matches | None = None,
    alone: bool = False,
) -> tuple[list[RawField], int]:
    """The rows of ``numbered`` (from the first row on), and the index after the last row line.

    ``plain_lists``: list values are plain lines (label-space), not bullets (label-glued).
    ``matches``: each line's label match, when the caller has them already.
    ``alone``: the box prints each label alone over its values (see ``labels_alone``).
    """
    if matches is None:
        matches = [match_label(line) for _, line in numbered]
    state = RowState(plain_lists=plain_lists, gapped_lists=_gapped(numbered, matches))
    state.labels_alone = alone
    index = 0
    count = len(numbered)
    while index < count:
        number, line = numbered[index]
        m = label_at(matches, index, state, line) if matches[index] is not None else None
        if m is not None:
            state.open(m, (number, number))
        elif (
            index + 1 < count
            and numbered[index + 1][1][:1].islower()  # split_label's first test, inlined
            and (m := split_label(line, numbered[index + 1][1]))
        ):
            state.open(m, (number, number + 1))
            index += 1
        elif m := lone_key_label(line, matches, index, state) or comma_label(line, state):
            state.open(m, (number, number))
        elif _is_prose(line) or not state.rows:
            break
        elif (m := crew_row(line, state)) is not None or (
            state.labels_alone and (m := _unknown_at(numbered, matches, index, state))
        ):
            state.open(m, (number, number))
        elif is_heading(line, matches, index):
            pass  # a television box's section heading ("Production"), not a value of the row above
        else:
            text = bullet_text(line)
            state.value((line if text is None else text).strip(SPACE), number, text is not None)
        index += 1
    return state.rows, index


def read_text_box(
    numbered: list[tuple[int, str]],
    title: str | None,
    *,
    glued: bool = False,
    matches: Matches | None = None,
    above: str | None = None,
) -> BoxRead | None:
    """A label-space or label-glued box from a block's numbered lines; None without two rows.

    ``matches``: each line's label match (see ``box_matches``), when the caller has them already.
    ``above``: the short line printed above the block (a name the block itself may lack).
    """
    if matches is None:
        matches = [match_label(line) for _, line in numbered]
    alone = labels_alone(matches)
    start = first_row(numbered, title, matches, alone=alone)
    rows, end = read_rows(
        numbered[start:], plain_lists=not glued, matches=matches[start:], alone=alone
    )
    if sum(1 for row in rows if row.label) < 2:
        return None
    keyed = start < len(numbered) and _keyed(numbered[start][1], matches[start])
    name, caption, diags = read_head(numbered[:start], above, title, keyed=keyed)
    last = numbered[start + end - 1][0]
    return BoxRead(name, caption, rows, (numbered[0][0], last), diags)


def _keyed(line: str, m: LabelMatch | None) -> bool:
    """Whether a box's first row is printed ``Key: value`` (a blog's or database's way)."""
    return m is not None and colon_row(line, m)


def box_matches(lines: tuple[str, ...], need: int, share: int) -> Matches | None:
    """Each line's label match when at least ``need`` lines, and one line in ``share``, open with
    a known label, or ``SURE_LABELS`` lines do (long lists of names thin out the labels); None
    otherwise.

    Stops as soon as neither can hold, so prose blocks cost one lookup, and blocks shorter than
    ``need`` cost none.
    """
    if len(lines) < need:
        return None
    # Unlabelled lines that ``need`` and the share leave room for (-(-a // b) rounds up).
    allowed = len(lines) - max(need, -(-len(lines) // share))
    labelled = unlabelled = keyed = 0
    matches: Matches = []
    for index, line in enumerate(lines):
        # A label opens with a capital: other lines skip the call.
        m = match_label(line) if line[:1].isupper() else None
        if m is None and line[:1].isupper() and (labelled or _row_next(lines, index)):
            m = key_label_with_value(line)  # "Cast Ann Roe" amid the rows, or right above one
        if m is None:
            # A row of a key no field holds ("MPAA Rating:PG", "IMDB Rating: 7/10") is a row
            # still: it counts toward the share of rows, never toward ``need``.
            if line[:1].isupper() and KEYED_ROW.match(line) is not None:
                keyed += 1
            else:
                unlabelled += 1
            if unlabelled > allowed and labelled + len(lines) - index - 1 < SURE_LABELS:
                return None
        else:
            labelled += 1
        matches.append(m)
    if labelled < need:
        return None
    rows = labelled + keyed
    return matches if rows * share >= len(lines) or labelled >= SURE_LABELS else None


def _row_next(lines: tuple[str, ...], index: int) -> bool:
    """Whether the line after ``index`` opens with a known label."""
    after = lines[index + 1] if index + 1 < len(lines) else ""
    return after[:1].isupper() and match_label(after) is not None


def count_labels(lines: tuple[str, ...]) -> int:
    """How many of ``lines`` open with a known label."""
    return sum(1 for line in lines if line[:1].isupper() and match_label(line) is not None)
