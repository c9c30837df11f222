"""Reading one flattened awards row into its cells: award, year, category, recipients, result.

The result word is peeled from the row's end and a Year, Date or Ceremony cell from its start (or
middle); the award name is measured by its shape (``vocab.awards``); what is left is split into
category and recipients at the longest tail that opens with a known name, else by the shape of
category words and personal names. Spanned cells are left empty here, for the table to fill.
"""

from __future__ import annotations

import re
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from leaving_vegas_extract.model.article import Lines
from leaving_vegas_extract.normalize.dates import parse_date
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.normalize.vocab.months import ENGLISH_MONTHS
from leaving_vegas_extract.parts.awards.vocab import (
    AWARD_ITEM_WORDS,
    AWARD_ORG_WORDS,
    CATEGORY_OPENERS,
    CATEGORY_WORDS,
    CONNECTORS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOBODY,
    RESULTS,
)
from leaving_vegas_extract.source.lazy import LazyPattern

# Several recipients: "A, B and C", "A & B", "A, B, and C"; not before "Jr." or "Inc.".
# Text is cleaned first (single spaces), so literal spaces keep the split linear.
SEP = re.compile(
    r",? (?:and|&) |, (?!(?:" + "|".join(re.escape(s) for s in sorted(NAME_SUFFIXES)) + r")(?!\w))"
)
_MONTH = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
# A Year, Date or Ceremony cell: "1996", "1995–96", "1996 (68th)", "March 25, 1996",
# "25 March 1996", "68th".
_YEAR_CELL = LazyPattern(
    rf"(?<!\w)(?:(?:{_MONTH})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{_MONTH})\.?,? \d{{4}}"
    rf"|(?:{_MONTH})\.?,? \d{{4}}|\d{{4}}(?:[–/-]\d{{2,4}})?(?: \(\d{{1,3}}(?:st|nd|rd|th)\))?"
    rf"|\d{{1,3}}(?:st|nd|rd|th))(?!\w)",
    re.IGNORECASE,
)
EDGE = "()[],;:\"'“”"
_MAX_WORDS = 60
SHAPE_WORDS = CATEGORY_WORDS | CATEGORY_OPENERS | AWARD_ORG_WORDS | AWARD_ITEM_WORDS
# Results by their last word, so a row's ending is looked up rather than tried phrase by phrase.
_RESULTS_BY_LAST_WORD = MappingProxyType(
    {
        last: tuple((p, " " + p) for p in RESULTS if p.rpartition(" ")[2] == last)
        for last in {p.rpartition(" ")[2] for p in RESULTS}
    }
)


class Row(NamedTuple):
    """One row as read, before spanned cells are filled (a named tuple: cheapest to build)."""

    lines: Lines
    award: str | None = None
    year: str | None = None  # the Year/Date/Ceremony cell (a date in ISO form)
    category: str | None = None
    recipients: tuple[str, ...] = ()
    result: str | None = None
    how: str = "known"  # known | plain | guessed | names | unsplit | nobody
    citations: tuple[int, ...] = ()  # note markers printed in the row


_Cells = tuple[str | None, tuple[str, ...], str]
"""(category, recipients, how the boundary was found)."""


def _peel_result(text: str) -> tuple[str, str | None]:
    low = text.casefold()
    for phrase, spaced in _RESULTS_BY_LAST_WORD.get(low.rpartition(" ")[2], ()):
        if low == phrase or low.endswith(spaced):
            rest = text[: len(text) - len(phrase)].rstrip()
            before = rest.rpartition(" ")[2].casefold()
            if before.isalpha() and before in CONNECTORS:
                break  # "The Luck of the Draw": a title's last word, no cell of its own
            return rest, low[len(low) - len(phrase) :]
    return text, None


def _peel_year(text: str, at_start: bool) -> tuple[str, str | None, str | None]:
    """``(rest, year, text before the year)``; what comes before a mid-row year is the award."""
    m = _YEAR_CELL.get().match(text) if at_start else _YEAR_CELL.get().search(text)
    if m is None:
        return text, None, None
    year = parse_date(m.group(0)) or m.group(0)  # ``fill`` reads the year of what is left
    before = text[: m.start()].strip() or None
    return text[m.end() :].strip(), year, before


@lru_cache(maxsize=4096)
def _word(token: str) -> str:
    return token.strip(EDGE).casefold()


def _award_length(words: list[str], in_group: bool) -> int:
    """How many leading words name an award (0: the row continues the award above)."""
    if _word(words[0]) in CATEGORY_OPENERS:
        return 0
    for at, token in enumerate(words):
        if at and _word(token) in CATEGORY_OPENERS and token[0].isupper():
            # "Saturn Award Best Actor": the words before the category name the award,
            # unless they end in a connector ("Upstream Prize for Best Actress").
            if _word(words[at - 1]) not in CONNECTORS:
                return at
            break
    end = 0
    for at, token in enumerate(words[:-1]):
        word = _word(token)
        if word in AWARD_ORG_WORDS or (
            word in AWARD_ITEM_WORDS and (not in_group or 0 < end == at)
        ):
            end = at + 1  # a prize word right after an organisation's ("Japan Academy Prize")
    if end and end < len(words) and _word(words[end]) not in CONNECTORS:
        return end
    return 0


def _name_shaped(item: str) -> bool:
    words = item.split(" ")
    if not item or not (item[0].isupper() or item[0].isdigit()) or len(words) > 6:
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or w in NAME_PARTICLES or _word(w) in NAME_SUFFIXES
        for w in words
    )


def _by_known_name(
    rest: str, known: set[str], allow_empty: bool, firsts: set[str] | None = None
) -> _Cells | None:
    """Split at the longest suffix that reads as recipients opening with a known name.

    ``firsts`` (the first words of the known names) skips the cuts no known name can open:
    the recipients' first item starts with the cut's word, less a comma a separator took.
    """
    words = rest.split(" ")
    # casefold() maps no character to or from a space: the folded words line up with ``words``.
    folded = rest.casefold().split(" ") if firsts is not None else words
    for at in range(0 if allow_empty else 1, len(words)):
        if not words[at][:1].isupper():
            continue
        if firsts is not None:
            low = folded[at]
            if low not in firsts and (low[-1:] != "," or low[:-1] not in firsts):
                continue
        if at and _word(words[at - 1]) in CONNECTORS:
            continue
        category, tail = " ".join(words[:at]) or None, " ".join(words[at:])
        if tail.casefold() in known:  # a known name with "&" or "," in it ("Thelma & Louise")
            return category, (tail,), "known"
        items = _split(tail)
        if items[0].casefold() in known and all(_name_shaped(i) for i in items[1:]):
            return category, items, "known"
    return None


def first_words(known: set[str]) -> set[str]:
    """The first word of each known name: the words a known-name cut can start at."""
    return {name.partition(" ")[0] for name in known}


def _category_end(words: list[str]) -> int:
    """Words that make up the category at the start of ``words`` ("Best Art Direction", "Top 10
    films of the year"); 0 when the first word is no category word."""
    if _word(words[0]) not in CATEGORY_OPENERS and _word(words[0]) not in CATEGORY_WORDS:
        # "Robert Altman Award Jane Doe": a prize's name ends at its last prize word.
        ends = [at + 1 for at, w in enumerate(words) if _word(w) in AWARD_ITEM_WORDS]
        return ends[-1] if ends else 0
    end = 1
    for at in range(1, len(words)):
        word = _word(words[at])
        if word in CONNECTORS:
            continue
        if word not in CATEGORY_WORDS and not word.isdigit():
            break
        end = at + 1
    return end


def _split(rest: str) -> tuple[str, ...]:
    """The recipients of one cell: "A, B and C", "A & B"."""
    return tuple(SEP.split(rest))


def _by_shape(rest: str, allow_empty: bool) -> _Cells:
    """Guess the split from the category's words ("Best Art Direction" + capitalised names)."""
    words = rest.split(" ")
    end = _category_end(words)
    if end:
        category, tail = " ".join(words[:end]), " ".join(words[end:])
        if not tail:
            return category, (), "plain"
        items = _split(tail)
        if all(_name_shaped(i) for i in items):
            return category, items, "guessed"
    elif allow_empty and not any(_word(w) in SHAPE_WORDS for w in words):
        items = _split(rest)
        if all(_name_shaped(i) for i in items):
            return None, items, "names"
    return rest, (), "unsplit"


def _peel_nobody(text: str, columns: tuple[str, ...]) -> tuple[str, bool]:
    """``text`` without a recipients cell that only holds a dash or "N/A" (the cell printed
    just before the result), and whether it did: that row names nobody, as in the other
    formats, and takes no recipients from the row above."""
    at = columns.index("result") if "result" in columns else 0
    if at < 1 or columns[at - 1] != "recipients":
        return text, False
    head, _, last = text.rpartition(" ")
    return (head, True) if head and last.casefold() in NOBODY else (text, False)


def read_row(
    text: str,
    columns: tuple[str, ...],
    known: set[str],
    in_group: bool,
    lines: Lines = (0, 0),
    firsts: set[str] | None = None,
) -> Row:
    """Read one flattened row into cells (spanned cells left empty).

    ``firsts`` is ``first_words(known)``, computed once per table rather than per row.
    """
    text, cited = strip_markers(text)
    text, result = _peel_result(text)
    if result is None:  # a recipients cell that wrapped to the next line ends with "and" or ","
        text = text.removesuffix(" and").removesuffix(" &").rstrip(",")
    text, nobody = _peel_nobody(text, columns)
    year = award = None
    if "year" in columns and text:
        first = "award" not in columns or columns.index("year") < columns.index("award")
        rest, year, award = _peel_year(text, at_start=first)
        if award and _word(award.split(" ")[0]) in CATEGORY_OPENERS:
            year = award = None  # "Best Film of 2016 Jane Roe": a year inside a category
        else:
            text = rest
    if "award" in columns and award is None and text:
        words = text.split(" ")
        length = _award_length(words, in_group)
        if length:
            award, text = " ".join(words[:length]), " ".join(words[length:])
    cells: _Cells
    if nobody:
        cells = text or None, (), "nobody"
    elif not text or "recipients" not in columns:
        cells = text or None, (), "plain"
    elif "category" not in columns:
        cells = None, _split(text), "known"
    elif text.count(" ") > _MAX_WORDS:  # not a table row: reading it would be quadratic
        cells = text, (), "unsplit"
    else:
        allow_empty = award is None and in_group
        cells = _by_known_name(text, known, allow_empty, firsts) or _by_shape(text, allow_empty)
    category, recipients, how = cells
    return Row(lines, award, year, category, recipients, result, how, tuple(cited))
