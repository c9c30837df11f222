"""Split infobox cells whose list separators were lost ("Ann Roe Bo Lee"), only on evidence.

Evidence is a vocabulary (country and language names), a company suffix closing every piece
("Fox Pictures Zucker Productions"), or the article itself: each piece printed elsewhere in it as
a name of its own. Without evidence a cell stays whole; the caller says so in a diagnostic.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from leaving_vegas_extract.parts.infobox.vocab import COMPANY_SUFFIXES

_MAX_TOKENS = 24  # longer cells are prose, not lists of names
_MAX_PIECE = 5  # tokens in one name
_MAX_HITS = 20  # occurrences looked at for a one-word name
# Punctuation that bounds a name in prose; replaced by a boundary token.
_BOUNDS = re.compile(r"[,;:()\[\]\"“”!?|]")
_FLAG = "Flag of "


def _segmentations(
    tokens: list[str], ok: Callable[[int, int], bool]
) -> tuple[list[tuple[int, int]] | None, bool]:
    """Fewest pieces covering ``tokens`` with every piece ``ok``; and whether that was unique."""
    n = len(tokens)
    inf = n + 1
    best = [0] + [inf] * n
    ways = [1] + [0] * n
    back = [0] * (n + 1)
    for end in range(1, n + 1):
        for start in range(max(0, end - _MAX_PIECE), end):
            if best[start] == inf or not ok(start, end):
                continue
            cost = best[start] + 1
            if cost < best[end]:
                best[end], ways[end], back[end] = cost, ways[start], start
            elif cost == best[end]:
                ways[end] += ways[start]
    if best[n] == inf:
        return None, False
    pieces: list[tuple[int, int]] = []
    end = n
    while end:
        pieces.append((back[end], end))
        end = back[end]
    return pieces[::-1], ways[n] == 1


def _split(tokens: list[str], ok: Callable[[int, int], bool]) -> list[str] | None:
    pieces, unique = _segmentations(tokens, ok)
    if pieces is None or not unique or len(pieces) < 2:
        return None
    return [" ".join(tokens[a:b]) for a, b in pieces]


def split_known(cell: str, names: frozenset[str]) -> list[str] | None:
    """Pieces of ``cell`` that are all in ``names`` (casefolded), when there are two or more.

    >>> split_known("United States United Kingdom", frozenset({"united states", "united kingdom"}))
    ['United States', 'United Kingdom']
    >>> split_known("United States", frozenset({"united states"})) is None
    True
    """
    tokens = cell.split()
    if len(tokens) < 2 or len(tokens) > _MAX_TOKENS:
        return None
    return _split(tokens, lambda a, b: " ".join(tokens[a:b]).casefold() in names)


def split_described(cell: str, names: frozenset[str]) -> list[str] | None:
    """A cell whose first item describes a language and the rest are languages: the known names
    after the longest such first item, which names a language after its first word and ends on
    another word.

    >>> names = frozenset({"english", "english intertitles", "french", "german"})
    >>> split_described("Silent film with English intertitles French German", names)
    ['Silent film with English intertitles', 'French', 'German']
    >>> split_described("Old Northern French", names) is None
    True
    >>> split_described("Silent film with English intertitles", names | {"silent"}) is None
    True
    """
    tokens = cell.split()
    if len(tokens) > _MAX_TOKENS:
        return None
    for cut in range(len(tokens) - 1, 0, -1):
        head, tail = tokens[:cut], " ".join(tokens[cut:])
        # The language is named inside the description, not as its first word ("Silent film").
        if head[-1].casefold() in names or not any(t.casefold() in names for t in head[1:]):
            continue
        items = [tail] if tail.casefold() in names else split_known(tail, names)
        if items:
            return [" ".join(head), *items]
    return None


def split_companies(cell: str) -> list[str] | None:
    """Pieces each closed by a company suffix, when every piece is ("X Pictures Y Films").

    >>> split_companies("Fox 2000 Pictures Zucker/Netter Productions")
    ['Fox 2000 Pictures', 'Zucker/Netter Productions']
    >>> split_companies("Lazennec Productions Canal+") is None
    True
    """
    pieces: list[str] = []
    start = 0
    tokens = cell.split()
    for index, token in enumerate(tokens):
        if token.casefold() in COMPANY_SUFFIXES and index > start:
            pieces.append(" ".join(tokens[start : index + 1]))
            start = index + 1
    if start != len(tokens) or len(pieces) < 2:
        return None
    return pieces


class Evidence:
    """The article's other text, normalized once, to look names up in."""

    def __init__(self, texts: Iterable[str]) -> None:
        # Texts are bounded from one another: a name never runs from one into the next.
        joined = " | ".join(_BOUNDS.sub(" | ", text) for text in texts)
        self._text = f" {' '.join(joined.split())} "

    def _named(self, piece: str) -> bool:
        text = self._text
        return any(f" {piece}{end} " in text for end in ("", ".", "'s", "’s"))

    def printed(self, name: str) -> bool:
        """Whether ``name`` is printed as a name of its own: no capitalised word right beside it
        ("directed by Ann Roe and", never "Ann Roe" inside "Mary Ann Roe"; a one-word name
        likewise: "and Kajol,").

        >>> e = Evidence(["directed by Ann Roe and Mary Ann Bo Lee.", "Cy Moss's film"])
        >>> e.printed("Ann Roe"), e.printed("Mary Ann Bo Lee"), e.printed("Bo Lee")
        (True, True, False)
        >>> e.printed("Cy Moss"), e.printed("Ann Bo")
        (True, False)
        """
        text = self._text
        needle = f" {name}"
        at = text.find(needle)
        for _ in range(_MAX_HITS):
            if at < 0:
                return False
            end = at + len(needle)
            before = text[text.rfind(" ", 0, at) + 1 : at]
            after = text[end + 1 : text.find(" ", end + 1)] if text[end] == " " else ""
            if text[end] in " .'’" and not before[:1].isupper() and not after[:1].isupper():
                return True
            at = text.find(needle, at + 1)
        return False

    def split(self, cell: str) -> list[str] | None:
        """Names in ``cell`` each printed elsewhere, when they cover it in exactly one way.

        >>> e = Evidence(["produced by Gil Netter and David Zucker, with Kajol."])
        >>> e.split("Gil Netter David Zucker"), e.split("David Zucker Kajol")
        (['Gil Netter', 'David Zucker'], ['David Zucker', 'Kajol'])
        >>> e.split("Eric Roth Gil Netter") is None
        True
        """
        tokens = cell.split()
        if len(tokens) < 2 or len(tokens) > _MAX_TOKENS:
            return None
        if self._named(cell):
            return None  # printed whole elsewhere: one name

        def ok(a: int, b: int) -> bool:
            piece = " ".join(tokens[a:b])
            if not piece[:1].isupper():
                return False
            return self._named(piece) if b - a > 1 else self.printed(piece)

        return _split(tokens, ok)


def strip_flag(value: str) -> str:
    """A country value without the flag image's alt text printed before it.

    >>> strip_flag("Flag of the United States United States"), strip_flag("Flag of France France")
    ('United States', 'France')
    >>> strip_flag("Flagstaff")
    'Flagstaff'
    """
    if not value.startswith(_FLAG):
        return value
    rest = value[len(_FLAG) :]
    words = rest.split()
    # "Flag of X X": the alt text names the country, then the value repeats it.
    for size in range(len(words) // 2, 0, -1):
        tail = words[-size:]
        head = words[:-size]
        if head[-size:] == tail and len(head) - size <= 1:
            return " ".join(tail)
    return rest
