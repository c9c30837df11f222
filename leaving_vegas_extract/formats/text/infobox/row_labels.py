"""Which lines open a row amid a box's rows, beyond a known label with its value: a label alone,
broken over two lines or at a comma, a lone key label, a crew credit no field holds, and which are
a box's section headings instead.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.formats.text.infobox.head import colon_row
from leaving_vegas_extract.formats.text.infobox.labels import LABEL_HEADS, LabelMatch, match_label
from leaving_vegas_extract.formats.text.infobox.line_shapes import (
    KEYED_ROW,
    KNOWN_KEYS,
    SPACE,
    Matches,
)
from leaving_vegas_extract.formats.text.infobox.row_state import RowState
from leaving_vegas_extract.parts.infobox.vocab import (
    BOX_HEADINGS,
    KEY_ONLY,
    KIND_SIGNALS,
    LABELS,
    PERSON_KEYS,
    SCALAR_KEYS,
)

_LONE_AHEAD = 12  # lines looked at after a lone key label for the box's next row
_UNKNOWN_WORDS = 3  # words of a label the vocabulary does not know, alone on its line
# What a detail line under such a label holds, and a further short capitalised value never does.
_DETAIL = re.compile(r"[,;:\d]")
_FILM_ROWS = KIND_SIGNALS["film"] | {"countries", "languages"}
_PERSON_ROWS = KIND_SIGNALS["person"]
# A crew credit the vocabulary does not know, its name on the line: "Casting by Ann Roe",
# "Hair Stylist: Bo Lee" (two words or more before a colon: "Songs: …" heads a list's part).
_CREW_BY = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){0,3} by(?= [A-Z])")
_CREW_KEY = re.compile(r"[A-Z][a-z]+(?: [A-Za-z][a-z]+){1,3}(?=: \S)")


def comma_label(line: str, state: RowState) -> LabelMatch | None:
    """Amid a box's rows, a two-word label whose line break a copy printed as a comma
    ("Production, company Harbour Films"), its value after it."""
    head, comma, rest = line.partition(", ")
    if not state.rows or not comma or head.casefold() not in LABEL_HEADS or not rest[:1].islower():
        return None
    m = match_label(f"{head} {rest}")
    return m if m is not None and m.key in KNOWN_KEYS and " " in m.label else None


def split_label(line: str, after: str) -> LabelMatch | None:
    """A label broken over two lines ("Production" / "company Canal Nine")."""
    if not after[:1].islower() or len(line.split()) > 3:
        return None
    m = match_label(f"{line.rstrip(SPACE)} {after.lstrip(SPACE)}")
    if m is None or m.key not in KNOWN_KEYS:
        return None  # "Cyrano" / "by" is a title over its lost authors, not an unknown credit
    return m if len(m.label) > len(line.strip(SPACE)) else None


def label_at(matches: Matches, index: int, state: RowState, line: str) -> LabelMatch | None:
    m = matches[index]
    if m is None:
        return None
    if m.rest.strip(SPACE):
        # A key seen before, with a value after it, is a value ("Studio Canal" under "Studio"),
        # unless a colon marks it a row ("Production Co: …" / "Studio: …", one key twice).
        return m if m.key not in state.seen or colon_row(line, m) else None
    # Where lists are plain lines, a one-word label alone amid a list, right before the next row,
    # is one more value ("Occupation Writer" / "Composer" / "Illustrator" / "Years active ...").
    amid_list = state.plain_lists and state.plain and state.key not in SCALAR_KEYS
    if amid_list and " " not in m.label and m.key not in _FILM_ROWS and index + 1 < len(matches):
        return None if matches[index + 1] is not None else m
    return m


def lone_key_label(line: str, matches: Matches, index: int, state: RowState) -> LabelMatch | None:
    """A one-word key label alone on its line ("Cast"), read as a row only amid a box: after a
    row with values, and before a further labelled row (a "Cast" section heading after the box
    has none after it)."""
    text = line.strip(SPACE)
    if " " in text or text.casefold() not in KEY_ONLY:
        return None
    if not state.rows or not state.rows[-1].values or state.key in _PERSON_ROWS:
        return None  # "Occupation Film director" / "Composer" / "Editor": one more occupation
    key = LABELS.get(text.casefold())
    ahead = matches[index + 1 : index + 1 + _LONE_AHEAD]
    if key is None or key in state.seen or not any(m is not None for m in ahead):
        return None
    return LabelMatch(text, key, "", False)


def crew_row(line: str, state: RowState) -> LabelMatch | None:
    """Under a row of people, a further credit of a kind no box field holds ("Casting by Ann
    Roe", "Makeup Department Head: Bo Lee"): a row of its own, never one more name above
    (nor under another such credit). A key glued to its value ("MPAA Rating:PG") is a row under
    any row."""
    if state.labels_alone and state.rows and not state.rows[-1].values:
        return None  # the line under a label printed alone is its value ("World premiere: …")
    keyed = KEYED_ROW.match(line)
    if keyed is not None and line[keyed.end() - 2] == ":" and state.rows:
        colon = keyed.end() - 2
        return LabelMatch(line[:colon], line[:colon].casefold(), line[colon + 1 :], True)
    if state.key not in PERSON_KEYS and (state.key is None or state.key in KNOWN_KEYS):
        return None
    m = _CREW_BY.match(line) or _CREW_KEY.match(line)
    if m is None:
        return None
    label = m.group(0)
    rest = line[m.end() + (1 if line[m.end() : m.end() + 1] == ":" else 0) :]
    return LabelMatch(label, label.casefold(), rest, False)


def unknown_label(line: str, after: str, known_after: bool, state: RowState) -> LabelMatch | None:
    """In a box printing each label alone over its values (a film database's "Genre" / "Drama" /
    "Release Date" / "Jul 1958"), a label the vocabulary does not know ("Premiere Information",
    "Location"): a short capitalised line after a row's values, over a detail line (a date, a
    list with commas), never under a row of people (whose next name may carry a note)."""
    text = line.strip(SPACE)
    words = text.split()
    if not state.rows or not state.rows[-1].values or state.key in PERSON_KEYS:
        return None
    if len(words) > _UNKNOWN_WORDS or text.endswith(".") or _DETAIL.search(text):
        return None
    if not all(word[:1].isupper() for word in words) or known_after:
        return None
    if _DETAIL.search(after) is None:
        return None
    return LabelMatch(text, text.casefold(), "", False)


def is_heading(line: str, matches: Matches, index: int) -> bool:
    """A box's section heading right before a row: a television box's first word of a label
    ("Production") alone on its line (a label broken over two lines goes on in small letters),
    or a fan wiki's "Film information"."""
    text = line.strip(SPACE).casefold()
    if (text not in LABEL_HEADS and text not in BOX_HEADINGS) or index + 1 >= len(matches):
        return False
    return matches[index + 1] is not None
