"""Find a known infobox label at the start of a flattened line: spaced, glued, or alone.

One lookup per line: candidate labels are indexed by their first three letters, so a line costs a
dictionary hit and a few ``startswith`` checks, never a scan of the whole vocabulary.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from leaving_vegas_extract.parts.infobox.labels_intl import LOWER_GLUED
from leaving_vegas_extract.parts.infobox.lost import is_company
from leaving_vegas_extract.parts.infobox.vocab import KEY_ONLY, LABELS, SCALAR_KEYS

_SPACE = " \t\u00a0"
# What may follow a label glued to its value: a capital, a digit, a currency sign, a quote.
_GLUE_STARTS = frozenset("$£€¥₹₣₩₽₱₺₪₦฿₫₴৳\"“‘'«")
# Rows whose values are numbers or dates may glue a lower-case qualifier ("Box officeest.₹1 crore").
_NUMERIC_KEYS = frozenset({"budget", "box_office", "running_time", "release_dates"})
# A credit the vocabulary does not know ("Additional music by"), alone or glued to a capital.
_COLON_LABEL = 24  # how far a "Label:" colon may stand from the line's start
_GENERIC_BY = re.compile(r"[A-Z][a-z]{1,15}(?: [a-z]{2,15}){0,2} by(?=$|[A-Z\s])")
# A bare key glued to a capitalised name ("EditorBud Isaacs", "NarratorAnn Roe"): a word never
# runs on into a capital, so the join is a label's, even for keys never read at a line's start.
_GLUED_KEY = re.compile(r"[A-Z][a-z]{2,14}(?=[A-Z][a-z])")
# Bare keys of one-number rows ("Gross", "Runtime"): a row at a line's start only before their
# number ("Gross $8,120,455"), which no sentence opening with the word has.
_SCALAR_ONLY = frozenset(label for label in KEY_ONLY if LABELS.get(label) in SCALAR_KEYS)
_NUMBER_STARTS = frozenset("0123456789$£€¥₹₣₩₽₱₺₪₦฿₫₴৳")


def _index() -> dict[str, tuple[tuple[str, str], ...]]:
    table: dict[str, list[tuple[str, str]]] = {}
    for label, key in sorted(LABELS.items(), key=lambda item: -len(item[0])):
        if label not in KEY_ONLY and len(label) >= 3:
            table.setdefault(label[:3], []).append((label, key))
    return {prefix: tuple(items) for prefix, items in table.items()}


# Built once from the vocabulary, longest label first within each prefix; never mutated.
_BY_PREFIX = _index()

LABEL_HEADS: frozenset[str] = frozenset(
    label.split()[0].casefold() for label in LABELS if " " in label and label.split()[1].islower()
)
"""Casefolded first words of labels mirrors break over two lines ("Production" / "companies")."""


class LabelMatch(NamedTuple):  # a tuple: built per labelled line, ~5x cheaper than a dataclass
    """A label at the start of a line: as printed, its key, the text after it, how it was joined."""

    label: str
    key: str
    rest: str
    glued: bool


# ``tuple.__new__`` skips the NamedTuple's Python-level ``__new__``: half the cost of a match.
_new = tuple.__new__


def _joins(rest: str, key: str) -> bool | None:
    """How a label meets its value: False spaced or alone, True glued, None not a label here."""
    if not rest or rest[0] in _SPACE:
        return False
    first = rest[0]
    if first.isupper() or first.isdigit() or first in _GLUE_STARTS:
        return True
    if key in _NUMERIC_KEYS and any(c.isdigit() for c in rest[:12]):
        return True
    return None


def match_label(line: str) -> LabelMatch | None:
    """The known label ``line`` opens with, spaced, glued or alone; None when it opens with none.

    >>> m = match_label("Directed by Jane Doe"); (m.label, m.key, m.rest, m.glued)
    ('Directed by', 'directed_by', ' Jane Doe', False)
    >>> m = match_label("Box officeest.₹102 crore[4]"); (m.label, m.rest, m.glued)
    ('Box office', 'est.₹102 crore[4]', True)
    >>> match_label("Storyteller Sam") is None, match_label("Music Box Films") is None
    (True, True)
    >>> match_label("Dialogues byJaved Siddiqui").key, match_label("Additional music by").key
    ('dialogue_by', 'additional music by')
    >>> m = match_label("Directed by: Jane Doe"); (m.label, m.rest, m.glued)
    ('Directed by', ' Jane Doe', False)
    >>> m = match_label("EditorBud Lane"); (m.label, m.key, m.rest)
    ('Editor', 'edited_by', 'Bud Lane')
    >>> m = match_label("Pays d’origine Italie"); (m.key, m.rest)
    ('countries', ' Italie')
    """
    if len(line) < 3 or not line[0].isupper():
        return None
    candidates = _BY_PREFIX.get(line[:3].casefold())
    if candidates:
        # A typographic apostrophe ("d’origine") spells the vocabulary's straight one.
        head = line[:40].casefold().replace("’", "'")
        for label, key in candidates:
            if head.startswith(label):
                size = len(label)
                rest = line[size:]
                if rest[:1] == ":" and rest[1:2] in ("", " ", "\t", "\u00a0"):
                    # "Directed by: Ann Roe" (blogs and film databases copy boxes so).
                    return _new(LabelMatch, (line[:size], key, rest[1:], False))
                glued = _joins(rest, key)
                if glued is None and label in LOWER_GLUED and rest[:1].isalpha():
                    glued = True  # "Språkrussisk": the wiki prints languages in lower case
                if glued is not None:
                    return _new(LabelMatch, (line[:size], key, rest, glued))
    word, _, after_word = line.partition(" ")
    if word.casefold() in _SCALAR_ONLY and after_word[:1] in _NUMBER_STARTS:
        return _new(LabelMatch, (word, LABELS[word.casefold()], f" {after_word}", False))
    key_glued = _GLUED_KEY.match(line)
    if key_glued is not None:
        head = key_glued.group(0)
        if head.casefold() in KEY_ONLY and head.casefold() in LABELS:
            rest = line[key_glued.end() :]
            return _new(LabelMatch, (head, LABELS[head.casefold()], rest, True))
    colon = line.find(":", 3, _COLON_LABEL)
    after = line[colon + 1 : colon + 2] if colon > 0 else ""
    # "Gross: $3 million", or the space lost: "Director:Ann Roe", "Gross:$3 million".
    if colon > 0 and (after in ("", " ", "\t", "\u00a0") or _joins(after, "") is True):
        # "Gross: $30 million", "Director: Ann Roe": a colon makes even a bare key a label.
        bare = LABELS.get(line[:colon].casefold())
        if bare is not None:
            return _new(LabelMatch, (line[:colon], bare, line[colon + 1 :], False))
    if " by" not in line[:40]:
        return None
    m = _GENERIC_BY.match(line)
    if m is not None:
        rest = line[m.end() :]
        if not rest.strip(_SPACE) or not rest[0].isspace():
            label = m.group(0)
            return LabelMatch(label, label.casefold(), rest, bool(rest.strip(_SPACE)))
    return None


# Bare keys that open a row with its value on the line when a box's rows are already open
# ("Cast Ann Roe (Mia)" after "Written by …"); "Story" stays out ("Story of a Girl"), "Music"
# opens one only before a person ("Music Ann Roe", never "Music Box Films").
_KEY_VALUE_LABELS = frozenset(
    {"cast", "stars", "director", "directors", "writer", "writers", "music"}
)


def key_label_with_value(line: str) -> LabelMatch | None:
    """A bare key and its value on one line ("Cast Ann Roe"): a row only amid a box, which the
    caller knows; a heading ("Cast") has no value on its line.

    >>> key_label_with_value("Cast Ann Roe (Mia)").key, key_label_with_value("Cast away") is None
    ('starring', True)
    >>> key_label_with_value("Music Ann Roe").key, key_label_with_value("Music Box Films") is None
    ('music_by', True)
    """
    head, _, rest = line.partition(" ")
    label = head.casefold()
    if label not in _KEY_VALUE_LABELS or not rest[:1].isupper():
        return None
    if label == "music" and is_company(line):
        return None
    return _new(LabelMatch, (head, LABELS[label], f" {rest}", False))
