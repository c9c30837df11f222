"""Names an infobox value prints, for splitting awards rows at a known name."""

from __future__ import annotations

import re
from functools import lru_cache

from leaving_vegas_extract.formats.text.awards.rows import SEP
from leaving_vegas_extract.normalize.text import clean

_ASCII_DIGIT = re.compile("[0-9]")
# Infobox values ("English", "United States", a director's name) recur across articles.
_CACHED_CELL = 200


def _has_digit(item: str) -> bool:
    # ASCII text has no digits but 0-9: one C-level search instead of a loop over characters.
    if item.isascii():
        return _ASCII_DIGIT.search(item) is not None
    return any(c.isdigit() for c in item)


def _cell_names(value: str) -> tuple[str, ...]:
    return tuple(
        item.casefold()
        for item in SEP.split(clean(value))
        if item and item[0].isupper() and not _has_digit(item)
    )


_cached_names = lru_cache(maxsize=4096)(_cell_names)


def cell_names(value: str) -> tuple[str, ...]:
    """The casefolded names one infobox value prints (split at "," / "and" / "&"), in order.

    >>> cell_names("Jane Roe and Ana Núñez")
    ('jane roe', 'ana núñez')
    >>> cell_names("90 minutes")
    ()
    """
    return _cached_names(value) if len(value) <= _CACHED_CELL else _cell_names(value)
