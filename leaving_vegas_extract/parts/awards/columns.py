"""Which column of an accolades table holds what, from its header and, where the header's labels
do not fit them, from its cells (shared by every format whose cells are kept apart).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from leaving_vegas_extract.normalize.dates import parse_date
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.awards import vocab

_YEAR = re.compile(r"\b(1[89]\d\d|2[01]\d\d)\b")
_NOTE = re.compile(r"\[[^\]]{1,12}\]")
_WORD = re.compile(r"[a-z]+")
_MAX_LABEL = 40  # a longer cell is no column label
_MAX_TITLE_WORDS = 8  # a longer title is a sentence, never the name of an award


def label_kind(label: str) -> str:
    """The column a header label names: award, category, recipients, result, year, ref or other.

    >>> label_kind("Recipient(s) and nominee(s)"), label_kind("Result[a]"), label_kind("Film")
    ('recipients', 'result', 'other')
    >>> label_kind("Award / Film festival"), label_kind("Nominee(s)/Work")
    ('award', 'recipients')
    """
    key = clean(_NOTE.sub("", label)).casefold().rstrip(":")
    found = vocab.TABLE_HEADER_COLUMNS.get(key)
    if found is not None or len(key) > _MAX_LABEL:
        return found or "other"
    words = set(_WORD.findall(key))
    # A longer label ("Award / Film festival", "Nominee(s)/Work"): its first telling word.
    return next((kind for word, kind in vocab.LABEL_WORDS if word in words), "other")


def is_cast_header(labels: Sequence[str]) -> bool:
    """Whether a header names a cast list (actor / character ...), whatever else it names."""
    return any(clean(x).casefold() in vocab.CAST_LABELS for x in labels)


def header_kinds(labels: Sequence[str]) -> list[str] | None:
    """Column kinds of an accolades header, None when ``labels`` are no such header.

    A result column, an award or category column and three known columns in all.

    >>> header_kinds(["Year", "Award", "Category", "Nominee(s)", "Result"])
    ['year', 'award', 'category', 'recipients', 'result']
    >>> header_kinds(["Actor", "Character", "Award", "Result"]) is None
    True
    """
    if is_cast_header(labels):
        return None
    kinds = [label_kind(x) for x in labels]
    known = {k for k in kinds if k != "other"}
    if "result" in known and {"award", "category"} & known and len(known) >= 3:
        return kinds
    return None


def year_of(text: str) -> str | None:
    """The ``year`` of a Year/Date/Ceremony cell: its date in ISO form, else a year in it.

    >>> year_of("February 26, 2017"), year_of("1996 (68th)"), year_of("68th")
    ('2017-02-26', '1996', None)
    """
    if not text:
        return None
    date = parse_date(text)
    if date:
        return date
    m = _YEAR.search(text)
    return m.group(1) if m else None


def looks_like_category(text: str) -> bool:
    """Whether a cell reads as a prize's category ("Best Director")."""
    first = clean(text).split(" ", 1)[0].casefold()
    return first in vocab.CATEGORY_OPENERS


def looks_like_organisation(text: str) -> bool:
    """Whether a cell reads as an organisation or ceremony ("… Critics Circle", "… Awards")."""
    words = clean(text).casefold().split()
    return bool(words) and (words[-1] in vocab.AWARD_ORG_WORDS or words[-1] in {"awards"})


def award_of_title(text: str) -> str | None:
    """The award a heading or caption names ("Academy Awards"), None for a group of awards
    ("Major awards", "Critics' awards") or any other title.

    >>> award_of_title("Academy Awards"), award_of_title("Major awards"), award_of_title("Cast")
    ('Academy Awards', None, None)
    >>> award_of_title("National Board of Review"), award_of_title("Shown at the Gotham Awards")
    ('National Board of Review', None)
    >>> award_of_title("Gotham Awards:"), award_of_title("A B C D E F G Gotham Awards")
    (None, None)
    """
    title = clean(text)
    words = title.casefold().split()
    if len(words) > _MAX_TITLE_WORDS or title.endswith((".", ":", ",", ";")):
        return None  # a sentence or a lead-in, not a name
    if not looks_like_organisation(title) or title.casefold() in vocab.ACCOLADE_HEADINGS:
        return None
    if set(words[:-1]) <= vocab.GENERIC_TITLE_WORDS:
        return None
    # A name is written in title case ("National Board of Review"); a sentence is not.
    if any(w[:1].islower() and w.casefold() not in vocab.TITLE_CONNECTORS for w in title.split()):
        return None
    return title


def _mostly(cells: Sequence[str], test: object) -> bool:
    filled = [c for c in cells if c]
    hits = sum(1 for c in filled if callable(test) and test(c))
    return bool(filled) and hits * 2 > len(filled)


def fit_kinds(kinds: list[str], columns: Sequence[Sequence[str]]) -> list[str]:
    """Kinds re-read from the cells where the header's labels do not fit them.

    ``columns[i]`` holds the texts of column ``i``. An Award column of categories beside a
    Category (or Ceremony) column of organisations trades names with it; a Ceremony column of
    names, with no Award column, is the award.
    """
    fitted = list(kinds)
    if "award" in fitted:
        a = fitted.index("award")
        if a < len(columns) and _mostly(columns[a], looks_like_category):
            for other in ("category", "year"):
                if other in fitted and fitted.index(other) < len(columns):
                    o = fitted.index(other)
                    if _mostly(columns[o], looks_like_organisation):
                        fitted[a], fitted[o] = "category", "award"
                        break
    elif "year" in fitted:
        y = fitted.index("year")
        if y < len(columns) and _mostly(columns[y], lambda c: year_of(c) is None):
            fitted[y] = "award"
    return fitted


def split_award_category(text: str) -> tuple[str, str | None]:
    """``("Academy Award", "Best Actor")`` from "Academy Award for Best Actor"; else the text.

    >>> split_award_category("Saturn Award for Best Actress"), split_award_category("Gotham")
    (('Saturn Award', 'Best Actress'), ('Gotham', None))
    """
    head, sep, tail = text.partition(" for ")
    if sep and head and looks_like_category(tail):
        return head.strip(), tail.strip()
    return text, None


def award_and_category(
    award: str, category: str | None, merged: bool
) -> tuple[str, str | None, bool]:
    """A row's award and category when its award cell may name the category too, and whether
    the category cell then holds the recipients (``merged``: one cell over Category and
    Recipient(s), beside "Saturn Award for Best Fantasy Film").

    >>> award_and_category("Saturn Award for Best Actress", None, False)
    ('Saturn Award', 'Best Actress', False)
    >>> award_and_category("Saturn Award for Best Film", "Film", True)
    ('Saturn Award', 'Best Film', True)
    >>> award_and_category("Gotham Awards", "Best Film", True)
    ('Gotham Awards', 'Best Film', False)
    """
    if category is None and award:
        head, prize = split_award_category(award)
        return head, prize, False
    if award and merged:
        head, prize = split_award_category(award)
        if prize is not None:
            return head, prize, True
    return award, category, False


# A cell over several columns shows one value: the column a reader takes it for, first first.
_SPAN_PRIORITY = {"result": 0, "award": 1, "category": 2, "recipients": 3, "year": 4, "ref": 5}


def columns_taken(kinds: Sequence[str], keys: Sequence[object | None]) -> dict[str, int]:
    """The column each kind of one row reads (``keys[i]``: the identity of the cell in column
    ``i``, None where there is none). A cell over several columns (the same key in each) goes
    to one of them, by priority: result, award, category, recipients, year, ref.

    >>> columns_taken(["award", "category", "recipients", "result"], ["a", "b", "c", "c"])
    {'result': 3, 'award': 0, 'category': 1}
    """
    order = sorted(range(len(kinds)), key=lambda i: _SPAN_PRIORITY.get(kinds[i], len(kinds) + 9))
    taken: set[object] = set()
    chosen: dict[str, int] = {}
    for i in order:
        key = keys[i] if i < len(keys) else None
        if key is None or key in taken or kinds[i] in chosen or kinds[i] == "other":
            continue
        taken.add(key)
        chosen[kinds[i]] = i
    return chosen
