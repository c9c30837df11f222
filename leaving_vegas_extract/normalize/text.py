"""Text clean-up: white space, Unicode normal form, and the note markers printed inside prose.

``clean`` is the contract's text rule (NFC, every white space a plain space, runs folded, stripped;
dashes, quotes and accents kept). ``strip_markers`` takes out ``[12]``-style citation markers and
footnote markers, keeping the citation numbers.
"""

from __future__ import annotations

import re
import unicodedata

# One bracketed group without nested brackets, classified by the group that matched; the bounds
# keep every attempt constant-time, so a line of a million brackets is scanned in linear time.
_MARKER = re.compile(
    r"\[(?:"
    r"(?P<cite>[1-9]\d{0,2})"
    r"|(?P<letter>[A-Za-z]|[ivx]{2,4})"  # "[a]", "[B]", "[ii]": its position decides
    r"|(?P<note>(?i:(?:lower|upper)-(?:alpha|roman|greek|latin)|note|nb|n|fn) \d{1,3})"
    r"|(?P<other>[^\[\]\n]{1,40})"
    r")\]"
)

# Inline maintenance tags printed as bracketed words: removed like markers, never cited.
# Any "[... needed]" tag ("citation needed", "page needed") is one too.
_EDITORIAL_TAGS: frozenset[str] = frozenset(
    {
        "according to whom?",
        "by whom?",
        "dead link",
        "dubious",
        "dubious \u2013 discuss",
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


def clean(s: str) -> str:
    """Unicode NFC, every kind of white space as one plain space, stripped.

    Dashes, quotes and accents are kept as printed.

    >>> clean("  Night\\u00a0 Ferry\\tReturns \\u202f(1998)\\n")
    'Night Ferry Returns (1998)'
    >>> clean("Ame\\u0301lie \\u2013 \\u201cfilm\\u201d")
    'Amélie \u2013 “film”'
    >>> clean("\\u2007\\u2009\\u200a")
    ''
    """
    if not s.isascii() and not unicodedata.is_normalized("NFC", s):  # ASCII is NFC already
        s = unicodedata.normalize("NFC", s)
    # The plain space is the only printable white space (str.split's set: checked over every
    # code point in the tests), so printable text with single inner spaces is already clean:
    # two C scans instead of splitting and joining the whole text.
    if s.isprintable() and "  " not in s and s[:1] != " " and s[-1:] != " ":
        return s
    return " ".join(s.split())


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


def _is_marker(m: re.Match[str]) -> bool:
    """Whether a bracketed group is a marker (citation, note, letter, inline tag), not text."""
    if m.lastgroup != "other":
        return True
    inner = m.group("other")
    return inner in _EDITORIAL_TAGS or (inner.endswith(" needed") and inner[0].islower())


def strip_markers(s: str) -> tuple[str, list[int]]:
    """Remove note markers; return the cleaned text and the cited numbers (in order, no repeats).

    ``[12]`` is a citation. ``[note 1]``, ``[lower-alpha 2]``, ``[nb 1]`` and inline tags such as
    ``[citation needed]`` are removed without a citation. A bracketed letter (``[a]``) is removed
    when it touches another marker, ends the string, or follows punctuation; glued to a word it is
    the writer's own insertion and stays. Other bracketed words stay. No space is inserted.

    >>> strip_markers("Filmed in super 16mm[2] instead.[2][7]")
    ('Filmed in super 16mm instead.', [2, 7])
    >>> strip_markers("$8\u20138.5 million[2][a]")
    ('$8\u20138.5 million', [2])
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
    if "[" not in s or "]" not in s:
        return clean(s), []
    tail = len(s.rstrip())
    citations: list[int] = []
    seen: set[int] = set()
    pieces: list[str] = []
    kept = 0  # end of the text already copied to ``pieces``
    run_start = run_end = -1  # the current run of touching markers
    lone_letter = False  # the run is a single "[a]"-style letter
    for m in _MARKER.finditer(s):
        if not _is_marker(m):
            continue
        start, end = m.span()
        if start != run_end:
            if run_end >= 0 and not (
                lone_letter and not _letter_is_note(s, run_start, run_end, tail)
            ):
                pieces.append(s[kept:run_start])
                kept = run_end
            run_start, lone_letter = start, m.lastgroup == "letter"
        else:
            lone_letter = False
        run_end = end
        if m.lastgroup == "cite" and (number := int(m.group("cite"))) not in seen:
            seen.add(number)
            citations.append(number)
    if run_end >= 0 and not (lone_letter and not _letter_is_note(s, run_start, run_end, tail)):
        pieces.append(s[kept:run_start])
        kept = run_end
    pieces.append(s[kept:])
    return clean("".join(pieces)), citations
