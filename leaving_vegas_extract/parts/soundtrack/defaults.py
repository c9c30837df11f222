"""Which tracks a listing's default credit covers, and with whom (shared by every format)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from leaving_vegas_extract.parts.soundtrack import vocab

_WORD = re.compile(r"[a-z]+")


def default_writers(
    credited: bool, note: str | None, default: Sequence[str], music: Sequence[str] | None = None
) -> list[str] | None:
    """The default writers a track takes, None when it takes none.

    A default credit ("All tracks are written by X, except where noted") is for the entire
    record, and only a track's own credit replaces it (Template:Track listing): a note such as
    "featuring Y" changes nothing. A dialogue excerpt is no song: it takes none. An instrumental
    has no lyrics: where the credit names lyrics and music apart (``music``: the music
    clause's names), it takes the music's.

    >>> default_writers(False, "featuring Jo", ["Ann"]), default_writers(False, "dialogue", ["Ann"])
    (['Ann'], None)
    >>> default_writers(False, "instrumental", ["Lyn", "Mo"], ["Mo"])
    ['Mo']
    >>> default_writers(True, None, ["Ann"]) is None
    True
    """
    if credited or not default:
        return None
    words = set(_WORD.findall(note.casefold())) if note else set()
    if words & vocab.SPOKEN_NOTES:
        return None
    if music and words & vocab.NO_LYRICS_NOTES:
        return list(music)
    return list(default)


def music_part(clauses: Sequence[tuple[str, Sequence[str]]]) -> list[str] | None:
    """The names of the music clause of a default credit that credits lyrics and music apart,
    from its ``(head, names)`` clauses ("all lyrics written by", [A]), ("all music composed by",
    [B]) → [B]; None when it does not name them apart.

    >>> music_part([("all lyrics written by", ["A"]), ("all music composed by", ["B"])])
    ['B']
    >>> music_part([("all songs written by", ["A"])]) is None
    True
    """
    kinds = [set(_WORD.findall(head.casefold())) for head, _ in clauses]
    lyrics = any(k & vocab.LYRICS_WORDS for k in kinds)
    music = [n for k, (_, names) in zip(kinds, clauses, strict=True) if k & vocab.MUSIC_WORDS
             and not k & vocab.LYRICS_WORDS for n in names]  # fmt: skip
    return music if lyrics and music else None


Credit = tuple[list[str], list[str] | None]
"""A default credit's writers, and its music clause's names when it credits lyrics apart."""


class CreditCarry:
    """The default credit each listing of an album covers, listing after listing.

    A credit printed once, above the first listing, is for the entire record: the listings
    after it that print none take it. Where a later listing prints a credit of its own, the
    credits are per listing, and one that prints none has none.

    >>> carry = CreditCarry()
    >>> [carry.take(c) for c in ((["A"], None), None, None)]
    [(['A'], None), (['A'], None), (['A'], None)]
    >>> carry = CreditCarry()
    >>> [carry.take(c) for c in ((["A"], None), (["B"], None), None)]
    [(['A'], None), (['B'], None), None]
    """

    def __init__(self) -> None:
        self._seen = 0
        self._carried: Credit | None = None

    def take(self, own: Credit | None) -> Credit | None:
        """The credit the next listing's tracks take, given the one it prints (None: none)."""
        first = self._seen == 0
        self._seen += 1
        if own is not None and own[0]:
            self._carried = own if first else None
            return own
        return self._carried
