"""Boxes whose rows a mirror ran together on a few lines ("Heat Directed by Ann Roe Produced by
Bo Lee Written by Cy Moss" / "Di Vale" / "Ed KayStarring Fay Orr").

Old dumps of some mirrors flatten the box's table with spaces and keep only its ``<br>`` breaks,
so rows start mid-line, sometimes glued to the last name of the row before. Such a block is cut
before each known label (a label opens a row only after a space, a small letter or a full stop)
into the lines a label-space box would have printed, all keeping their line's number, then read
as one. The lead sentence the last line runs into ("Heat is a 1995 film ...") is cut off at the
box's name, and that line is left to the prose. A box whose name was printed on lines of its own
above ("Heat Heat poster" / the title in the film's own script) opens with a label; its name and
caption come from those head lines.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from leaving_vegas_extract.formats.text.infobox.label_rows import read_text_box
from leaving_vegas_extract.parts.infobox.poster import split_name_caption
from leaving_vegas_extract.parts.infobox.raw import BoxRead
from leaving_vegas_extract.parts.infobox.vocab import KEY_ONLY, LABELS, SCALAR_KEYS

_FIRST_LABELS = 3  # labels a line needs to open such a block
_BLOCK_LABELS = 6  # and the block, all its lines together
_MAX_LINES = 40  # lines one block may span
_VALUE_CHARS = 120  # a longer line with no label is prose, not a value
# The page's short description printed above the box or its title ("1994 Korean film"): never
# its name or title.
DESCRIPTION = re.compile(r"\d{4}(?: [\w'-]+){0,6} (?:film|movie)", re.IGNORECASE)
_LEAD = (" is a ", " is an ", " was a ", " was an ", " is the ", " was the ")

Numbered = list[tuple[int, str]]


@lru_cache(maxsize=1)
def _label_pattern() -> re.Pattern[str]:
    labels = [
        label
        for label in LABELS
        if label not in KEY_ONLY and (" " in label or len(label) >= 7) and label[:1].isalpha()
    ]
    spelled = sorted({_spelling(label) for label in labels}, key=len, reverse=True)
    body = "|".join(re.escape(s) for s in spelled)
    # Short labels of one-amount rows ("Budget") open a row only before their number
    # ("English Budget $40 million"), which no name or language is followed by.
    short = [
        _spelling(label)
        for label, key in LABELS.items()
        if key in SCALAR_KEYS and label not in KEY_ONLY and " " not in label and len(label) < 7
    ]
    amounts = "|".join(re.escape(s) for s in sorted(set(short), key=len, reverse=True))
    # A label alone at the line's end ("... Release date") has its value on the next line.
    return re.compile(rf"(?:(?<=[\sa-z.)])|^)(?:(?:{body})(?=\s|$)|(?:{amounts})(?= [$£€¥₹\d]))")


def _spelling(label: str) -> str:
    """The label as printed: its first letter capital ("directed by" -> "Directed by")."""
    return label[:1].upper() + label[1:]


def _cuts(line: str) -> list[int]:
    return [m.start() for m in _label_pattern().finditer(line)]


def _halve(row: str) -> str:
    """A row whose value is printed twice, run together (a date and its hidden sort copy), with
    the value once: "Released May 1, 1990May 1, 1990" -> "Released May 1, 1990"."""
    m = _label_pattern().match(row)
    if m is None:
        return row
    value = row[m.end() :].strip()
    half = len(value) // 2
    if half and len(value) % 2 == 0 and value[:half] == value[half:]:
        return f"{row[: m.end()]} {value[:half]}"
    return row


def _pieces(number: int, line: str, cuts: list[int]) -> Numbered:
    starts = [0, *cuts] if cuts and cuts[0] > 0 else cuts or [0]
    out: Numbered = []
    for index, start in enumerate(starts):
        end = starts[index + 1] if index + 1 < len(starts) else len(line)
        text = line[start:end].strip()
        if text:
            out.append((number, text))
    return out


def _cut_lead(pieces: Numbered, name: str) -> tuple[Numbered, bool]:
    """``pieces`` without the lead sentence the last one runs into; whether one was cut."""
    number, text = pieces[-1]
    for verb in _LEAD:
        # The sentence may open a line of its own, short enough to pass for a value.
        at = 0 if text.startswith(f"{name}{verb}") else text.find(f" {name}{verb}")
        if at >= 0:
            return [*pieces[:-1], (number, text[:at].strip())], True
    return pieces, False


def _block(numbered: Numbered, headed: bool) -> tuple[Numbered, int] | None:
    """The cut lines of a run-together box opening at ``numbered[0]``, and the last line it owns
    whole (the line with the lead sentence is left to the prose). ``headed``: the name was printed
    above, so the first line may open with a label."""
    first = _cuts(numbered[0][1])
    if len(first) < _FIRST_LABELS or (first[0] == 0 and not headed):
        return None
    name = numbered[0][1][: first[0]].strip()
    out: Numbered = []
    labels = 0
    last = numbered[0][0]
    for number, line in numbered[:_MAX_LINES]:
        cuts = _cuts(line)
        if not cuts and len(line) > _VALUE_CHARS:
            break  # prose after the box
        labels += len(cuts)
        pieces = _pieces(number, line, cuts)
        pieces = [(n, _halve(t)) for n, t in pieces]
        lead = False
        if name and pieces:
            pieces, lead = _cut_lead(pieces, name)
        out.extend(p for p in pieces if p[1])
        if lead:
            break
        last = number
    if labels < _BLOCK_LABELS:
        return None
    return out, last


def inline_box_name(line: str) -> str | None:
    """The name a run-together box's first line opens with ("Heat Directed by Ann Roe Produced
    by Bo Lee Written by" -> "Heat"): the page's title, never that whole line; None when
    ``line`` opens no such box or no name stands before its first label."""
    if not opens_inline_box(line):
        return None
    return line[: _cuts(line)[0]].strip() or None


def opens_inline_box(line: str) -> bool:
    """Whether ``line`` may open a run-together box (a cheap test before the label search)."""
    return line.count(" by ") >= 2 and len(_cuts(line)) >= _FIRST_LABELS


def _is_native(line: str) -> bool:
    """A head line holding the title in another script ("Hangul 등불 Revised Romanization
    Deungbul"): the film's native names, never its name or caption."""
    return any(c.isalpha() and not c.isascii() and ord(c) > 0x2FF for c in line)


def read_inline_box(
    numbered: Numbered, title: str | None, head: Sequence[tuple[int, str]] = ()
) -> BoxRead | None:
    """A box whose rows run together over the lines from ``numbered[0]``; None when it is not.

    ``head``: the short lines printed right above it (its name and caption, when the first line
    opens with a label).
    """
    named = [(n, t) for n, t in head if not _is_native(t) and not DESCRIPTION.fullmatch(t.strip())]
    found = _block(numbered, bool(named))
    if found is None:
        return None
    lines, last = found
    box = read_text_box(lines, title)
    if box is None:
        return None
    box.span = (numbered[0][0], last)
    if named and not _cuts(numbered[0][1])[0]:
        both = split_name_caption(named[0][1])
        box.name, box.caption = both or (named[0][1].strip(), None)
        box.span = (named[0][0], last)
    return box
