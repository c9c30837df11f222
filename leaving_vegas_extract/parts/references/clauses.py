"""Citation text mechanics: keyword clauses taken out, quotes matched, ". "-segments split.

Used by :mod:`citation`. Keyword clauses (Retrieved, Archived, ISBN, ISSN, DOI, URL, pages, edition)
stand anywhere in a note; each is found by ``str.find`` on its keyword and read by one anchored
regex, so a note costs a few scans whatever its length. Where a clause stood a boundary mark is
left: ``SEP``, or ``CUT`` when the clause ran into the word before it (``Screen Retrieved …``: words
were lost there).
"""

from __future__ import annotations

import re
from functools import lru_cache

from leaving_vegas_extract.normalize.dates import find_date, parse_date
from leaving_vegas_extract.parts.references.vocab import ABBREVIATIONS

SEP = "\x00"  # where a clause was taken out
CUT = "\x01"  # where a clause ran into the word before it: text was lost there
MARKS = (SEP, CUT)

PLAIN, FUSED, DANGLING = 0, 1, 2
"""How a segment ended: normally, run into a later clause, or in a dangling " ." (link lost)."""

_RETRIEVED = re.compile(r"Retrieved(?: on)? ([^.;\x00]{4,40}?)(?=[.;]|$)")
_ARCHIVED = re.compile(
    r"Archived from the original(?: \([^()]{0,20}\))? on ([^.;\x00]{4,40}?)(?=[.;]|$)"
)
_ISBN = re.compile(r"ISBN(?:-1[03])?:? ?([0-9Xx][0-9Xx -]{8,20}[0-9Xx])")
_ISSN = re.compile(r"ISSN:? ?(\d{4}-?\d{3}[\dXx])")
_DOI = re.compile(r"(?:doi|DOI):? ?(10\.\d{4,9}/\S{1,200}?)(?=[.,;]?(?: |$))")
_URL = re.compile(r"https?://\S{1,500}?(?=[.,;]?(?: |$))")
_PAGES = re.compile(r"\[?(?<![\w.])pp?\. ?((?:\d|[ivxlcIVXLC])\w{0,9}(?: ?[–—-] ?\w{1,10})?)\]?")
_EDITION = re.compile(
    r"([(\[])((?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]{2,12}) ed(?:\.|ition)(?: (\d{4}))?)[)\]]"
)
# A mark, or a full stop before a mark, spaces or the end. Every branch opens with one literal
# character, so the engine skips ahead by that first character instead of trying every position.
_BOUNDARY = re.compile(r"\x00|\x01|\.(?:[\x00\x01]| +|$)")

# (field, keyword, pattern, whether text fused to its start was cut short)
_KEYWORDS: tuple[tuple[str, str, re.Pattern[str], bool], ...] = (
    ("accessed", "Retrieved", _RETRIEVED, True),
    ("archived", "Archived from", _ARCHIVED, True),
    ("isbn", "ISBN", _ISBN, False),
    ("issn", "ISSN", _ISSN, False),
    ("doi", "doi", _DOI, False),
    ("doi", "DOI", _DOI, False),
)
_DATED = frozenset({"accessed", "archived"})

cached_date = lru_cache(maxsize=8192)(parse_date)
"""``parse_date`` memoised: notes repeat their access dates many times."""


def clause_date(value: str) -> str | None:
    """The date of a Retrieved/Archived clause (extra words after it tolerated)."""
    return cached_date(value) or find_date(value)


def take_clauses(s: str, f: dict[str, object]) -> str:
    """Move the keyword clauses of ``s`` into ``f``; return ``s`` with marks where they stood.

    >>> f = {}
    >>> take_clauses('"T". Screen Retrieved 2006-12-09.', f) == '"T". Screen' + CUT, f
    (True, {'accessed': '2006-12-09'})
    """
    spans: list[tuple[int, int, bool]] = []
    for key, word, pattern, fused in _KEYWORDS:
        at = s.find(word)  # most notes hold one or two of the keywords
        while at != -1:
            m = pattern.match(s, at)
            if m is None:
                at = s.find(word, at + 1)
                continue
            if key not in f:
                f[key] = clause_date(m.group(1)) if key in _DATED else m.group(1)
            spans.append((m.start(), m.end(), fused))
            at = s.find(word, m.end())
    if "http" in s:
        for m in _URL.finditer(s):
            f.setdefault("url", m.group())
            spans.append((m.start(), m.end(), False))
    if "p." in s and (m := _PAGES.search(s)) is not None:
        f["pages"] = m.group(1).replace(" ", "")
        spans.append((m.start(), m.end(), False))
    if " ed" in s:
        for m in _EDITION.finditer(s):
            if m.group(1) == "(" or "edition" not in f:
                f["edition"] = m.group(2)
            if m.group(1) == "[" and m.group(3):
                f["original_year"] = m.group(3)  # "[1st ed. 2002]": the first edition's year
            spans.append((m.start(), m.end(), False))
    return _cut_out(s, spans) if spans else s


def _cut_out(s: str, spans: list[tuple[int, int, bool]]) -> str:
    pieces: list[str] = []
    prev = 0
    for start, end, fused in sorted(spans):
        if start < prev:
            continue  # overlapping matches: the first one wins
        piece = s[prev:start].rstrip()
        pieces.append(piece)
        pieces.append(CUT if fused and piece[-1:].isalnum() else SEP)
        prev = end + 1 if s[end : end + 1] == "." else end
    pieces.append(s[prev:])
    return "".join(pieces)


def close_quote(s: str, start: int) -> int:
    """Index of the quote closing the one at ``start``; quotes opened inside nest. -1: none.

    >>> s = '"Hello, "Night Ferry!" - Interview". Film'
    >>> s[: close_quote(s, 0) + 1]
    '"Hello, "Night Ferry!" - Interview"'
    """
    depth = 0
    at = s.find('"', start + 1)
    while at != -1:
        before = s[at - 1]
        after = s[at + 1 : at + 2]
        if (before == " " or before in "([\x00") and after and after != " ":
            depth += 1  # a quote opening inside the title
        elif depth:
            depth -= 1
        else:
            return at
        at = s.find('"', at + 1)
    return -1


def _ends_segment(text: str, start: int, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends a segment (not an initial, "I.B." or "St.")."""
    space = text.rfind(" ", start, stop)
    word = text[space + 1 if space != -1 else start : stop]  # never before ``start``
    if not word:
        return True
    if word.isupper() and (len(word) == 1 or "." in word):
        return False
    return word.casefold() not in ABBREVIATIONS


def segments(text: str) -> list[tuple[str, int]]:
    """``(segment, ending)`` pairs split at ". " and marks; ``ending`` is PLAIN, FUSED or DANGLING.

    >>> segments("Film Critic. Press release")
    [('Film Critic', 0), ('Press release', 0)]
    >>> segments("Screen\\x01 London: I.B. Tauris. for . ")
    [('Screen', 1), ('London: I.B. Tauris', 0), ('for', 2)]
    """
    out: list[tuple[str, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        mark = m.group()
        if mark[-1] not in MARKS and not _ends_segment(text, start, m.start()):
            continue
        piece = text[start : m.start()]
        stripped = piece.strip()
        if stripped:
            ending = FUSED if mark[-1] == CUT else DANGLING if piece[-1] == " " else PLAIN
            out.append((stripped, ending))
        start = m.end()
    last = text[start:].strip()
    if last:
        out.append((last, PLAIN))
    return out


def first_segment_end(text: str) -> int:
    """End of the first segment, boundaries inside a quoted stretch skipped."""
    quote = text.find('"')
    while quote > 0 and text[quote - 1] not in " (":
        quote = text.find('"', quote + 1)  # a closing quote cannot open a quoted stretch
    close = close_quote(text, quote) if quote != -1 else -1
    for m in _BOUNDARY.finditer(text):
        if quote != -1 and quote < m.start() < (close if close != -1 else len(text)):
            continue
        if m.group()[-1] in MARKS or _ends_segment(text, 0, m.start()):
            return m.start()
    return len(text)
