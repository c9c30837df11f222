"""Text clean-up: white space, Unicode normal form, and the note markers printed inside prose.

``clean`` is the contract's text rule (NFC, every white space a plain space, runs folded, stripped;
dashes, quotes and accents kept). ``strip_markers`` takes out ``[12]``-style citation markers and
footnote markers, keeping the citation numbers.
"""

from __future__ import annotations

import re
import unicodedata

# One bracketed group without nested brackets; the bound keeps each attempt constant-time.
_BRACKET = re.compile(r"\[([^\[\]\n]{1,40})\]")
_CITATION = re.compile(r"[1-9]\d{0,2}")
_NAMED_NOTE = re.compile(
    r"(?:(?:lower|upper)-(?:alpha|roman|greek|latin)|note|nb|n|fn) ?[0-9A-Za-z]{1,4}", re.I
)
# A bare footnote letter ("[a]", "[B]") or lower-roman numeral ("[ii]"); position decides.
_LETTER = re.compile(r"[A-Za-z]|[ivx]{2,4}")

# Inline maintenance tags that the mirror printed as bracketed words: removed, never cited.
_EDITORIAL_TAGS: frozenset[str] = frozenset(
    {
        "according to whom?",
        "by whom?",
        "dead link",
        "dubious",
        "dubious – discuss",
        "failed verification",
        "not in citation given",
        "original research?",
        "permanent dead link",
        "unreliable source?",
        "when?",
        "where?",
        "which?",
        "who?",
        "why?",
    }
)

_CITE, _NOTE, _LETTER_NOTE = 0, 1, 2


def clean(s: str) -> str:
    """Unicode NFC, every kind of white space as one plain space, stripped.

    Dashes, quotes and accents are kept as printed.

    >>> clean("  Leaving\\u00a0 Las\\tVegas \\u202f(1995)\\n")
    'Leaving Las Vegas (1995)'
    >>> clean("Ame\\u0301lie \\u2013 \\u201cfilm\\u201d")
    'Amélie – “film”'
    >>> clean("\\u2007\\u2009\\u200a")
    ''
    """
    if s.isascii():
        # ASCII is already NFC; printable ASCII has no white space but the plain space.
        if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
            return s
    elif not unicodedata.is_normalized("NFC", s):
        s = unicodedata.normalize("NFC", s)
    return " ".join(s.split())


def _kind(inner: str) -> int | None:
    """What a bracketed group is: a citation, a named note, a footnote letter, or text (None)."""
    if _CITATION.fullmatch(inner):
        return _CITE
    if _NAMED_NOTE.fullmatch(inner) or inner in _EDITORIAL_TAGS or inner.endswith(" needed"):
        return _NOTE
    if _LETTER.fullmatch(inner):
        return _LETTER_NOTE
    return None


def _letter_is_note(s: str, start: int, end: int, tail: int) -> bool:
    """Whether a lone bracketed letter is a footnote marker rather than an editorial insertion.

    Glued to a word ("depressive[s]", "[s]he") it is text; at the end of the string it is a
    marker; elsewhere it is a marker only right after punctuation ("film.[a] The").
    """
    before = s[start - 1] if start else ""
    after = s[end] if end < len(s) else ""
    if before.isalnum() or after.isalnum():
        return False
    if end >= tail:
        return True
    return bool(before) and not before.isspace()


def _runs(s: str) -> list[list[tuple[int, int, int, str]]]:
    """Marker-like groups as (start, end, kind, inner), grouped into runs of touching groups."""
    runs: list[list[tuple[int, int, int, str]]] = []
    for m in _BRACKET.finditer(s):
        kind = _kind(m.group(1))
        if kind is None:
            continue
        item = (m.start(), m.end(), kind, m.group(1))
        if runs and runs[-1][-1][1] == item[0]:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def strip_markers(s: str) -> tuple[str, list[int]]:
    """Remove note markers; return the cleaned text and the cited numbers (in order, no repeats).

    ``[12]`` is a citation. ``[note 1]``, ``[lower-alpha 2]``, ``[nb 1]`` and inline tags such as
    ``[citation needed]`` are removed without a citation. A bracketed letter (``[a]``) is removed
    when it touches another marker, ends the string, or follows punctuation; glued to a word it is
    the writer's own insertion and stays. Other bracketed words stay. No space is inserted.

    >>> strip_markers("Filmed in super 16mm[2] instead.[2][7]")
    ('Filmed in super 16mm instead.', [2, 7])
    >>> strip_markers("$8–8.5 million[2][a]")
    ('$8–8.5 million', [2])
    >>> strip_markers("est.₹102 crore[lower-alpha 2][4]")
    ('est.₹102 crore', [4])
    >>> strip_markers("artists have been manic-depressive[s].")
    ('artists have been manic-depressive[s].', [])
    >>> strip_markers("I encouraged them [Cage and Shue] to [1st ed. 2002] it.[citation needed]")
    ('I encouraged them [Cage and Shue] to [1st ed. 2002] it.', [])
    >>> strip_markers("Budget [a]")
    ('Budget', [])
    >>> strip_markers("one [1] two")
    ('one two', [1])
    """
    if "[" not in s:
        return clean(s), []
    runs = _runs(s)
    if not runs:
        return clean(s), []
    tail = len(s.rstrip())
    citations: list[int] = []
    pieces: list[str] = []
    kept = 0
    for run in runs:
        if len(run) == 1 and run[0][2] == _LETTER_NOTE:
            start, end, _, _ = run[0]
            if not _letter_is_note(s, start, end, tail):
                continue
        for start, end, kind, inner in run:
            if kind == _CITE:
                number = int(inner)
                if number not in citations:
                    citations.append(number)
            pieces.append(s[kept:start])
            kept = end
    pieces.append(s[kept:])
    return clean("".join(pieces)), citations
