"""Split a person-list cell whose separators were lost, on the evidence of the names themselves.

Three kinds of evidence, each checked against names' own shapes:

- a role heading inside the cell ("Songs: Ann Roe Score: Bo Lee") ends one list and opens
  another, and is not a name;
- a qualifier in brackets closes a name ("Ann Roe (uncredited) Bo Lee");
- a known given name or initials ("P. S.") open a name ("Ann Roe Bo Lee"), and two names glued
  with no space at all show a small letter right before a capital inside one word ("RoeBo");
- a group's name, capitalised words joined by en dashes ("Ann–Bo", or three joined by hyphens:
  "Ann-Bo-Cy"), is a whole name of one token;
- a piece the article prints elsewhere as a name of its own (the caller says which: ``printed``).

A cell is split only when every piece is a name of two or three words (or a group's name), at
least one piece is supported by such evidence, and the pieces cover it in exactly one best way
(the most supported pieces); otherwise it stays whole. A name with no known opening is cut off
only where nothing else fits ("Cy Roe Di Lee" before a known name is two names of two, never one
of four). A one-word name (a mononym) is never guessed: such a cell stays whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from leaving_vegas_extract.normalize.vocab.names import NAME_PARTICLES, NAME_SUFFIXES
from leaving_vegas_extract.parts.infobox.given_names import (
    CREDIT_HEADINGS,
    FAMILY_FIRST,
    GIVEN_NAMES,
    GLUED_NAME_PREFIXES,
)

_MAX_TOKENS = 30  # longer cells are prose, not lists of names
_MAX_CORE = 3  # words in one name, particles and suffixes aside (initials count once)
_MAX_PIECE = 6  # tokens in one name, particles, suffixes and initials included
_INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")
_NOT_CORE = NAME_PARTICLES | NAME_SUFFIXES  # words that do not count towards a name's size
_COLON = re.compile(r":(?=\s)")  # what closes a role heading inside a cell ("Songs: ...")
# A small letter then a capital inside a word: two names glued with no space ("AckerPam").
_GLUE = re.compile(r"(?<=[a-zà-ÿ])(?=[A-Z])")
# A bracketed qualifier closing a name, then the next name ("Roe (uncredited) Bo Lee").
_NOTE = re.compile(r"(?<!\s)(?:\s+\([^()]{1,60}\))+")  # notes after a word: "Roe (uncredited)"
_KEEP = "\u2060"  # a joiner that keeps a note's spaces inside one token while the cell is cut
_AFTER_QUALIFIER = re.compile(r"(?<=\))\s+(?=[A-Z])")
# A group's name: capitalised words joined by en dashes, or three or more by hyphens (two joined by
# a hyphen are one person's double name: "Zeta-Jones", "Jean-Luc").
_GROUP = re.compile(r"[A-Z][\w'’.]*(?:–[A-Z][\w'’.]*)+|[A-Z][\w'’.]*(?:-[A-Z][\w'’.]*){2,}")
# What is no name word: note markers ("[1]", "[a]") and bracketed notes ("(uncredited)").
_ASIDES = re.compile(r"\[[^\[\]]{0,40}\]|\([^()]*\)")
_SEPARATOR = re.compile(r"[;,/&]")  # a list separator (outside brackets: asides are taken out)
_LISTED_CORE = 4  # this many name words cannot be one name


def _heading_cuts(cell: str) -> list[tuple[int, int]]:
    """Spans of role headings: a known one before a colon or alone, or any one word opening the
    cell before a colon ("Songs: ...")."""
    cuts: list[tuple[int, int]] = []
    for m in _COLON.finditer(cell):
        words = cell[: m.start()].split()
        for size in (3, 2, 1):
            heading = " ".join(words[-size:])
            at_start = len(words) == size == 1
            if len(words) >= size and (heading.casefold() in CREDIT_HEADINGS or at_start):
                if heading[:1].isupper():
                    cuts.append((m.start() - len(heading), m.end()))
                break
    cuts.extend((m.start(), m.end()) for m in _bare_headings().finditer(cell))
    return sorted(cuts)


@lru_cache(maxsize=1)
def _bare_headings() -> re.Pattern[str]:
    """Known headings of two words or more, printed with no colon ("Sequence Directors"); a
    one-word heading without its colon may be a name ("Score")."""
    many = sorted((h for h in CREDIT_HEADINGS if " " in h), key=len, reverse=True)
    body = "|".join(re.escape(h) for h in many)
    return re.compile(rf"(?:^|(?<=\s))(?:{body})(?=\s)", re.IGNORECASE)


def split_headings(cell: str) -> list[str] | None:
    """The lists of a cell that holds role headings, headings dropped; None without any.

    >>> split_headings("Songs: Ann Roe Bo Lee Score: Cy Moss")
    ['Ann Roe Bo Lee', 'Cy Moss']
    >>> split_headings("Supervising Directors Ann Roe Sequence Directors Bo Lee")
    ['Ann Roe', 'Bo Lee']
    >>> split_headings("Ann Roe") is None
    True
    """
    cuts = _heading_cuts(cell)
    if not cuts:
        return None
    pieces: list[str] = []
    start = 0
    for begin, end in cuts:
        if begin < start:
            continue
        pieces.append(cell[start:begin])
        start = end
    pieces.append(cell[start:])
    return [p.strip() for p in pieces if p.strip()]


def split_qualified(cell: str) -> list[str] | None:
    """Names each closed by a bracketed qualifier ("Ann Roe (US) Bo Lee (UK)"); None if no cut.

    >>> split_qualified("Fox Pictures (US) Toho (Japan)")
    ['Fox Pictures (US)', 'Toho (Japan)']
    """
    pieces = [p for p in _AFTER_QUALIFIER.split(cell) if p]
    return pieces if len(pieces) > 1 else None


def _glued(token: str) -> list[str]:
    """``token`` cut where two names were glued ("AckerPamela"), never inside "McDonald"."""
    out: list[str] = []
    start = 0
    for m in _GLUE.finditer(token):
        left = token[start : m.start()]
        lower = sum(1 for c in left if c.islower())
        if lower >= 3 and left.casefold() not in GLUED_NAME_PREFIXES:
            out.append(left)
            start = m.start()
    out.append(token[start:])
    return out


def _core(tokens: list[str]) -> int:
    """Words of a name, particles and suffixes aside; a run of initials counts as one word."""
    initials = [t for t in tokens if _INITIAL.fullmatch(t)]
    words = [t for t in tokens if not _INITIAL.fullmatch(t)]
    words = [t for t in words if t.casefold() not in _NOT_CORE]
    return len(words) + (1 if initials else 0)


def _is_group(token: str) -> bool:
    return _GROUP.fullmatch(token.split(_KEEP)[0]) is not None


def _is_name(tokens: list[str]) -> bool:
    """Two or three words, capitalised, not ending on an initial or a particle; or a group's
    name alone."""
    if any(_is_group(t) for t in tokens):
        return len(tokens) == 1
    if not 2 <= _core(tokens) <= _MAX_CORE or not tokens[0][:1].isupper():
        return False
    last = tokens[-1]
    if _INITIAL.fullmatch(last) or last.casefold() in NAME_PARTICLES:
        return False
    return all(t[:1].isupper() or t.casefold() in NAME_PARTICLES for t in tokens)


def _known(tokens: list[str], index: int) -> bool:
    """A known given name, or initials of two letters or more ("P. S.", "W.R."). One initial
    alone is no evidence: it is as often a middle one ("Darryl F. Zanuck") as a first one."""
    token = tokens[index]
    if token.casefold() in GIVEN_NAMES:
        return True
    if _INITIAL.fullmatch(token) is None:
        return False
    after = tokens[index + 1] if index + 1 < len(tokens) else ""
    return token.count(".") > 1 or _INITIAL.fullmatch(after) is not None


def _ends_given(tokens: list[str]) -> int:
    last = tokens[-1].casefold()
    return 1 if last in GIVEN_NAMES and last not in FAMILY_FIRST else 0


def _late_initial(tokens: list[str]) -> int:
    """1 for a name with one initial after two words ("Ann Roe S. Lee"): far more often the end
    of one name and the start of the next than a name of its own."""
    return 1 if any(_INITIAL.fullmatch(t) for t in tokens[2:-1]) and len(tokens) > 3 else 0


def _bare(tokens: list[str]) -> str:
    """A piece's name without its bracketed notes, as the article would print it."""
    return " ".join(t.split(_KEEP)[0] for t in tokens)


Printed = Callable[[str], bool]
# A covering's score: supported pieces, minus names ending on a given name, minus late initials.
_Score = tuple[int, int, int]


def _support(tokens: list[str], start: int, end: int, forced: set[int], printed: Printed) -> int:
    """1 for a piece the evidence supports: it opens at a known given name, initials or a cut
    the cell itself shows (a glue, a group's name), or the article prints it elsewhere."""
    if start and (start in forced or _known(tokens, start)):
        return 1
    return 1 if printed(_bare(tokens[start:end])) else 0


def _best(tokens: list[str], forced: set[int], printed: Printed) -> list[list[str]] | None:
    """The covering by names with the most supported pieces (then the fewest ending on a given
    name, then the fewest with a late initial); None unless exactly one covering is best and
    it has a supported piece. Between two supported pieces, names may start at any word when
    only one covering fits ("Cy Roe Di Lee" between two known names: two names of two)."""
    n = len(tokens)
    # best[i]: (score, ways, back) for tokens[:i].
    best: list[tuple[_Score, int, int] | None] = [((0, 0, 0), 1, 0)] + [None] * n
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_PIECE), end):
            entry = best[start]
            if entry is None or any(start < cut < end for cut in forced):
                continue
            piece = tokens[start:end]
            if not _is_name(piece):
                continue
            known = _support(tokens, start, end, forced, printed)
            old = entry[0]
            score = (old[0] + known, old[1] - _ends_given(piece), old[2] - _late_initial(piece))
            current = best[end]
            if current is None or score > current[0]:
                best[end] = (score, entry[1], start)
            elif score == current[0]:
                best[end] = (score, current[1] + entry[1], current[2])
    final = best[n]
    if final is None or final[1] != 1 or final[0][0] < 1:
        return None
    pieces: list[list[str]] = []
    end = n
    while end:
        entry = best[end]
        assert entry is not None
        pieces.append(tokens[entry[2] : end])
        end = entry[2]
    return pieces[::-1]


def _tokens(cell: str) -> tuple[list[str], set[int]]:
    """The words of ``cell`` (a bracketed note kept with the word before it) and the cuts the
    cell itself shows: inside glued words, and on both sides of a group's name."""
    tokens: list[str] = []
    forced: set[int] = set()
    cell = _NOTE.sub(lambda m: m.group(0).replace(" ", _KEEP), cell)
    for word in cell.split():
        parts = _glued(word)
        for index, part in enumerate(parts):
            if index:
                forced.add(len(tokens))
            if _is_group(part):
                forced.update((len(tokens), len(tokens) + 1))
            tokens.append(part)
    forced.discard(0)
    forced.discard(len(tokens))
    return tokens, forced


def _nowhere(_: str) -> bool:
    return False


def split_given(cell: str, printed: Printed = _nowhere) -> list[str] | None:
    """Names of two or three words (or a group's name), each supported by a known given name or
    initials opening it, a glue cut, or ``printed`` (the article names it elsewhere); None unless
    that covers ``cell`` in one best way.

    >>> split_given("Ann Roe Peter J. Smith")
    ['Ann Roe', 'Peter J. Smith']
    >>> split_given("Shane AckerPamela Pettler")
    ['Shane Acker', 'Pamela Pettler']
    >>> split_given("Dorn Quill Ansel Barrow", lambda name: name == "Ansel Barrow")
    ['Dorn Quill', 'Ansel Barrow']
    >>> split_given("Ann–Bo–Cy Dorn Quill")
    ['Ann–Bo–Cy', 'Dorn Quill']
    >>> split_given("Jennifer Jason Leigh") is None, split_given("Kyle MacLachlan") is None
    (True, True)
    """
    tokens, forced = _tokens(cell)
    if len(tokens) < 2 or len(tokens) > _MAX_TOKENS:
        return None
    if any(not any(c.isalpha() for c in t) for t in tokens):
        return None  # dashes, ampersands: the words are not all names
    if _SEPARATOR.search(_ASIDES.sub(" ", cell)):
        return None  # the cell keeps a separator of its own: the builder splits there
    if printed(_bare(tokens)):
        printed = _nowhere  # the whole cell is printed as one name elsewhere: no piece is evidence
    pieces = _best(tokens, forced, printed)
    if pieces is None or len(pieces) < 2:
        return None
    return [" ".join(p).replace(_KEEP, " ") for p in pieces]


def looks_listed(cell: str) -> bool:
    """Whether a person cell left whole looks like several names: four name words or more (notes,
    markers, particles and suffixes aside; initials count once), or a group's name beside others.

    >>> looks_listed("Ann Roe Bo Lee"), looks_listed("Ann Roe–Bo Lee Cy"), looks_listed("Ann Roe")
    (True, True, False)
    >>> looks_listed("Rudolf van der Berg Jr. (uncredited)"), looks_listed("Ann Roe Bo")
    (False, False)
    """
    words = _ASIDES.sub(" ", cell).split()
    if len(words) > 1 and any(_GROUP.fullmatch(w) for w in words):
        return True
    return _core([w for w in words if any(c.isalpha() for c in w)]) >= _LISTED_CORE
