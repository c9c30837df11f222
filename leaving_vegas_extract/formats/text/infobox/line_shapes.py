"""Shapes of a text box's lines that its head and row readers share: bullets, the label match of
each line, rows of keys no box field holds.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.formats.text.infobox.labels import LabelMatch
from leaving_vegas_extract.parts.infobox.vocab import LABELS

_BULLET = re.compile(r"[ \t\u00a0]*(?:[•◦‣*]|-(?= ))[ \t\u00a0]*")
SPACE = " \t\u00a0"
KNOWN_KEYS = frozenset(LABELS.values())
KEYED_ROW = re.compile(r"[A-Z][A-Za-z]*(?: [A-Za-z]+){0,2}:(?: |(?=[A-Z0-9]))\S")
"""A ``Key: value`` row of a key no box field holds ("Rated: PG", "MPAA Rating:PG")."""


Matches = list[LabelMatch | None]
"""The label match of each line of a block, computed once, shared by the head and row readers."""


_BULLET_FIRST = frozenset(" \t\u00a0•◦‣*-")  # what a ``_BULLET`` match can open with


def bullet_text(line: str) -> str | None:
    """The text of a bulleted line ("  • India" -> "India"), None when it has no bullet."""
    if line[:1] not in _BULLET_FIRST:
        return None
    m = _BULLET.match(line)
    return line[m.end() :] if m is not None else None


def is_bullet(line: str) -> bool:
    return line[:1] in _BULLET_FIRST and _BULLET.match(line) is not None


_ROW_WORD = range(3, 26)  # letters a glued label's word may have


def glued_row_shape(line: str) -> bool:
    """A line shaped like a label glued to its value ("ZorgaIlo Vrank", "Quendo1971"): one
    capitalised word running straight into a capital or a digit, as no sentence does. It needs
    no known label: a box in a wiki's labels the vocabulary lacks has this shape too.

    >>> glued_row_shape("ZorgaIlo Vrank"), glued_row_shape("Quendo1971")
    (True, True)
    >>> glued_row_shape("Zorga Ilo"), glued_row_shape("McNeil"), glued_row_shape("ilo Vrank")
    (False, False, False)
    """
    if not line[:1].isupper():
        return False
    for size in _ROW_WORD:
        after = line[size : size + 1]
        if not after or not line[size - 1].islower():
            return False
        if after.isupper() or after.isdigit():
            return True
        if not after.isalpha():
            return False
    return False
