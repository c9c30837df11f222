"""Durations: an infobox running time in minutes, a track length ("4:02") in seconds."""

from __future__ import annotations

import re

from leaving_vegas_extract.normalize.text import clean

_DIGIT = re.compile(r"\d")
# "minit": Malay; "Minuten", "minutos", "minuti": German, Spanish and Portuguese, Italian;
# "minutt(er)", "minuter": Norwegian and Danish, Swedish.
_MINUTE_UNIT = (
    r"(?:minutes?|minuten|minutos|minuti|minutter|minutt|minuter|minit|mins?|m)\.?(?![A-Za-z])"
)
_HOURS = re.compile(
    r"(?<![\d.])(?P<hours>\d{1,2}) ?(?:hours?|hrs?|h)\.?(?![A-Za-z])"
    rf"(?:,? ?(?:and )?(?P<minutes>\d{{1,2}}) ?{_MINUTE_UNIT})?",
    re.I,
)
_MINUTES = re.compile(rf"(?<![\d.:])(?P<minutes>\d{{1,4}}) ?{_MINUTE_UNIT}", re.I)
_MINUTES_ONLY = re.compile(rf"\d{{1,4}} ?{_MINUTE_UNIT}", re.I)
_LENGTH = re.compile(r"(?:(?P<h>\d{1,2}):(?P<hm>[0-5]\d)|(?P<m>\d{1,3})):(?P<s>[0-5]\d)")


def parse_minutes(s: str) -> int | None:
    """A running time in whole minutes; the first one when several are given.

    >>> parse_minutes("112 minutes"), parse_minutes("154 min."), parse_minutes("90 mins")
    (112, 154, 90)
    >>> parse_minutes("2 hours 10 minutes"), parse_minutes("2h 10m"), parse_minutes("1 hour")
    (130, 130, 60)
    >>> parse_minutes("112 minutes (theatrical) 128 minutes (director's cut)")
    112
    >>> parse_minutes("109 Minuten"), parse_minutes("105 minutos"), parse_minutes("129 minuti")
    (109, 105, 129)
    >>> parse_minutes("112"), parse_minutes("unknown")
    (112, None)
    """
    if not s or _DIGIT.search(s) is None:
        return None
    t = clean(s)
    if t.isascii() and t.isdecimal() and len(t) <= 4:
        return int(t)  # a bare number in a running-time field is minutes
    # Every hours unit ("hours", "hrs", "h") has an h: without one the search cannot match.
    hours = _HOURS.search(t) if "h" in t or "H" in t else None
    minutes = _MINUTES.search(t, 0, hours.start() if hours else len(t))
    if minutes is not None:
        return int(minutes.group("minutes"))
    if hours is not None:
        return int(hours.group("hours")) * 60 + int(hours.group("minutes") or 0)
    return None


def is_minutes(s: str) -> bool:
    """Whether ``s`` is only a length in minutes (a lone value a box printed under another row).

    >>> is_minutes("104 Minutes"), is_minutes("98 min."), is_minutes("109 Minuten")
    (True, True, True)
    >>> is_minutes("October 25, 1978"), is_minutes("104 minutes (theatrical)")
    (False, False)
    """
    return _DIGIT.search(s) is not None and _MINUTES_ONLY.fullmatch(clean(s)) is not None


def parse_length(s: str) -> int | None:
    """A track length "m:ss" or "h:mm:ss" in seconds; None for anything else.

    >>> parse_length("4:02"), parse_length("0:30"), parse_length("1:02:03")
    (242, 30, 3723)
    >>> parse_length("4:60"), parse_length("4 min"), parse_length("")
    (None, None, None)
    """
    t = s.strip()
    m = _LENGTH.fullmatch(t) if len(t) <= 10 else None
    if m is None:
        return None
    if m.group("h") is not None:
        return int(m.group("h")) * 3600 + int(m.group("hm")) * 60 + int(m.group("s"))
    return int(m.group("m")) * 60 + int(m.group("s"))
