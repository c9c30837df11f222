"""Dates as printed ("November 10, 1995", "10 Nov 1995", "1995-11") to ISO 8601 at their precision.

A date keeps the precision the source gives: ``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``. Impossible
dates (February 30, month 13) are ``None``. Numeric day/month orders other than ISO ("11/10/1995")
are ambiguous and not read.
"""

from __future__ import annotations

import datetime
import re

from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.normalize.vocab.months import DAY_ONLY, MONTHS

# Any word of month length, accented letters too ("März", "août", "septiembre"); the vocabulary
# decides (a long alternation under re.I is slow).
_MONTH = r"(?<![^\W\d_])(?P<month>[^\W\d_]{3,10})(?![^\W\d_])\.?"
# "1st"; "1er" (French), "1º" (Portuguese, Spanish); "10." (German: "10. Dezember 1994").
_DAY = r"(?P<day>\d{1,2})(?:(?i:st|nd|rd|th|er)|[º°])?"
# "27\u201329 October" (en dash or hyphen): the first day is kept.
_DAY_SPAN = r"(?:[\u2013-]\d{1,2}(?i:st|nd|rd|th)?)?\.?"
_YEAR = r"(?P<year>\d{4})(?!\d)"
_DE = r"(?:de )?"  # Spanish and Portuguese: "10 de diciembre de 1994"

_ISO_DAY = re.compile(r"(?<!\d)(?P<year>\d{4})-(?P<month>\d{1,2})-(?P<day>\d{1,2})(?!\d)")
_ISO_MONTH = re.compile(r"(?P<year>\d{4})-(?P<month>\d{2})")
_MDY = re.compile(rf"{_MONTH} ?{_DAY}{_DAY_SPAN}(?:, ?| ){_YEAR}")
_DMY = re.compile(rf"(?<!\d){_DAY}{_DAY_SPAN} (?:of )?{_DE}{_MONTH},? {_DE}{_YEAR}")
_MY = re.compile(rf"{_MONTH},? {_DE}{_YEAR}")
_FOUR_DIGITS = re.compile(r"\d{4}")
_YEAR_ONLY = re.compile(r"(?P<year>\d{4})")
_DIGIT_FIRST: tuple[re.Pattern[str], ...] = (_ISO_DAY, _DMY, _ISO_MONTH, _YEAR_ONLY)
_LETTER_FIRST: tuple[re.Pattern[str], ...] = (_MDY, _MY)
# A bare year in prose: not part of a longer number, an amount or a decimal.
_YEAR_IN_TEXT = re.compile(r"(?<![\w$£€¥₹.,])(?P<year>[12]\d{3})(?!\w|[.,]\d)")

# Punctuation tolerated around a lone date: ASCII, curly quotes, bullets, dashes.
_EDGES = " \t.,;:!?()[]{}\"'\u201c\u201d\u2018\u2019\u2022\u00b7*\u2013\u2014-"

# Words in a release date's parenthesis that describe the release, not where it happened.
_RELEASE_NOTE_WORDS: frozenset[str] = frozenset(
    {
        "limited", "wide", "wider", "premiere", "world", "re-release", "rerelease", "release",
        "released", "theatrical", "general", "nationwide", "worldwide", "original", "initial",
        "restored", "re-issue", "reissue", "expanded", "digital", "streaming", "television",
        "tv", "dvd", "home", "video", "imax", "3d", "cut", "director's", "extended", "version",
        "festival", "screening", "preview", "select", "cities", "platform",
    }
)  # fmt: skip
_MAX_HEAD = 100  # longer text before the parentheses is prose, not a release date
_PAREN = re.compile(r"\(([^()]*)\)")
_BULLETS = "•·*‣◦- \t"


def _iso(year: str, month: int | None = None, day: str | None = None) -> str | None:
    """The ISO form of a validated year, month, day; None when the date cannot exist."""
    y = int(year)
    if y < 1:
        return None
    if month is None:
        return f"{y:04d}"
    if not 1 <= month <= 12:
        return None
    if day is None:
        return f"{y:04d}-{month:02d}"
    try:
        return datetime.date(y, month, int(day)).isoformat()
    except ValueError:
        return None


def _from_match(m: re.Match[str]) -> str | None:
    """The ISO date of a match from one of the patterns above (named groups year/month/day)."""
    groups = m.groupdict()
    month = groups.get("month")
    if month is None:
        return _iso(groups["year"])
    day = groups.get("day")
    folded = month.casefold()
    number = int(month) if month.isdigit() else MONTHS.get(folded)
    if number is None or (day is None and folded in DAY_ONLY):
        return None
    return _iso(groups["year"], number, day)


def parse_date(s: str) -> str | None:
    """One date standing alone, as ISO 8601 with the precision given; None when it is not one.

    >>> parse_date("November 10, 1995"), parse_date("Nov. 10, 1995"), parse_date("10 Nov 1995")
    ('1995-11-10', '1995-11-10', '1995-11-10')
    >>> parse_date("October 27 1995"), parse_date("1995-11-10"), parse_date(" 10 November 1995.")
    ('1995-10-27', '1995-11-10', '1995-11-10')
    >>> parse_date("November 1995"), parse_date("1995-11"), parse_date("1995")
    ('1995-11', '1995-11', '1995')
    >>> parse_date("February 30, 1995"), parse_date("1995-13-01"), parse_date("soon")
    (None, None, None)
    >>> parse_date("10. Juli 1994"), parse_date("1er août 1994"), parse_date("1 de maio de 1994")
    ('1994-07-10', '1994-08-01', '1994-05-01')
    """
    t = clean(s).strip(_EDGES) if s else ""
    if len(t) < 4 or len(t) > 40:
        return None
    # Each form opens with a digit (``\d``: any decimal) or with an ASCII month word: the first
    # character picks the forms worth trying, in their order.
    if t[0].isdecimal():
        patterns = _DIGIT_FIRST
    elif t[0].isascii() and t[0].isalpha():
        patterns = _LETTER_FIRST
    else:
        return None
    for pattern in patterns:
        m = pattern.fullmatch(t)
        if m is not None:
            return _from_match(m)
    return None


def _first_valid(pattern: re.Pattern[str], t: str) -> tuple[int, str] | None:
    for m in pattern.finditer(t):
        iso = _from_match(m)
        if iso is not None:
            return m.start(), iso
    return None


def find_date(s: str) -> str | None:
    """The first date in a longer string; a full date wins over a month, a month over a year.

    >>> find_date("A soundtrack album was released November 7, 1995.")
    '1995-11-07'
    >>> find_date("Retrieved 2007-01-16.")
    '2007-01-16'
    >>> find_date("Archived from the original on 13 October 2007. Retrieved 2006-12-09.")
    '2007-10-13'
    >>> find_date("who died in 1994, in April 1994"), find_date("a 1990 novel"), find_date("$1500")
    ('1994-04', '1990', None)
    """
    if not s or _FOUR_DIGITS.search(s) is None:
        return None  # every date form has a four-digit year
    t = clean(s)
    found = [f for p in (_ISO_DAY, _MDY, _DMY) if (f := _first_valid(p, t)) is not None]
    if found:
        return min(found)[1]
    for pattern in (_MY, _YEAR_IN_TEXT):
        first = _first_valid(pattern, t)
        if first is not None:
            return first[1]
    return None


def _is_note(inner: str) -> bool:
    """Whether a parenthesis describes the release ("limited", "world premiere"), not a place."""
    return all(word in _RELEASE_NOTE_WORDS for word in inner.casefold().split())


def parse_release(s: str) -> tuple[str | None, str | None]:
    """One release-date value from an infobox as (ISO date, place); either may be None.

    The parenthesised ISO duplicate of the date is not a place, nor is a note on the kind of
    release ("(limited)", "(premiere)"); the first other parenthesis is the place.

    >>> parse_release("October 27, 1995 (1995-10-27)")
    ('1995-10-27', None)
    >>> parse_release("• 27 October 1995 (Cannes)")
    ('1995-10-27', 'Cannes')
    >>> parse_release("September 3, 2010 (2010-09-03) (Venice Film Festival)")
    ('2010-09-03', 'Venice Film Festival')
    >>> parse_release("May 1994 (1994-05) (Limited)"), parse_release("1995")
    (('1994-05', None), ('1995', None))
    """
    t = clean(s).lstrip(_BULLETS) if s else ""
    if not t:
        return None, None
    head = t.partition("(")[0]
    date = parse_date(head) if head.strip() else None
    place: str | None = None
    for m in _PAREN.finditer(t):
        inner = m.group(1).strip()
        if not inner:
            continue
        if len(inner) <= 40 and (iso := parse_date(inner)) is not None:
            date = date or iso
        elif place is None and not _is_note(inner):
            place = inner
    if date is None and 0 < len(head) <= _MAX_HEAD:
        date = find_date(head)  # "released 27 October 1995": a date inside a few words
    return date, place
