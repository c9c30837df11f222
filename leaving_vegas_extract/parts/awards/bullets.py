"""Bullet-list accolades: rows only where every item clearly reads award, category, recipient,
result; otherwise none (the list stays prose in its section, no guessing).

Three shapes are read: flat items (``Award – Category – Recipient (won)``, ``Award for Category:
Recipient – Nominated``), items nested under an award (``* Academy Awards`` then ``** Best
Actor – Recipient (won)``) and sentences that name all four with the category quoted
(``1997, won 'Best Film' at Tallis Awards for Ann Lee``, ``…, shared by Ann Lee and Bo Day``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from leaving_vegas_extract.parts.awards import vocab
from leaving_vegas_extract.parts.awards.columns import (
    looks_like_category,
    looks_like_organisation,
    split_award_category,
)
from leaving_vegas_extract.parts.awards.recipients import split_recipients

_RESULT_TAIL = re.compile(r"(?:\(\s*([^()]{2,24})\s*\)|[–—:-]\s*([^–—:()-]{2,24}))\s*\.?$")
_RESULT_HEAD = re.compile(r"^([A-Za-z][A-Za-z -]{1,20}?)\s*[:–—-]\s+")
_YEAR_HEAD = re.compile(r"^((?:19|20)\d\d)\s*(?:[:–—-]\s+|\s)")
# Item texts are clean (single spaces): single-space separators keep these scans linear.
_PAREN_TAIL = re.compile(r" ?\(([^()]{2,80})\)$")
_PARTS = re.compile(r" [–—-] |: ")
_SENTENCE = re.compile(
    r"^(?:((?:19|20)\d\d),? )?(won|nominated|received a nomination) (?:for )?(?:the )?"
    r"(['\"‘“])([^'\"‘’“”]{2,80})['\"’”] (?:at|from|by) (?:the )?(.{2,80}?)"
    r"(?:,? (?:for|shared by|shared with|with) (.{2,200}?))?\.?$",
    re.I,
)
_WORDS = {"win": "won", "winner": "won", "nominee": "nominated", "nomination": "nominated"}
_AWARD_WORDS = vocab.AWARD_ORG_WORDS | vocab.AWARD_ITEM_WORDS | {"awards"}


@dataclass(frozen=True, slots=True)
class Item:
    """One list item: its depth (1 for ``*``, 2 for ``**``) and its text as a reader sees it."""

    depth: int
    text: str


@dataclass(frozen=True, slots=True)
class BulletRow:
    """What one item says: award, category, recipients and result; ``index`` is the item's."""

    index: int
    award: str
    category: str | None
    recipients: list[str]
    result: str
    year: str | None = None


def _result(text: str) -> tuple[str, str] | None:
    """``(rest, result)`` from a result at the end ("… (won)") or at the start ("Won: …")."""
    m = _RESULT_TAIL.search(text)
    if m is not None:
        word = (m.group(1) or m.group(2) or "").strip().casefold()
        if word in vocab.BULLET_RESULTS:
            return text[: m.start()].rstrip(" ,;–—-:"), _WORDS.get(word, word)
    m = _RESULT_HEAD.match(text)
    if m is not None and (word := m.group(1).strip().casefold()) in vocab.BULLET_RESULTS:
        return text[m.end() :].strip(), _WORDS.get(word, word)
    return None


def _is_award(text: str) -> bool:
    words = text.casefold().split()
    return bool(words) and (looks_like_organisation(text) or words[-1] in _AWARD_WORDS)


Read = tuple[str, str | None, list[str], str, str | None]


def _sentence(text: str) -> Read | None:
    """A sentence naming year, result, the quoted category, award and recipients."""
    m = _SENTENCE.match(text)
    if m is None or not _is_award(m.group(5)):
        return None
    word = m.group(2).casefold()
    result = "won" if word == "won" else "nominated"
    recipients = split_recipients([m.group(6)]) if m.group(6) else []
    return m.group(5), m.group(4).strip(), recipients, result, m.group(1)


def _read(text: str, parent: str | None) -> Read | None:
    found = _result(text)
    if found is None:
        return _sentence(text) if parent is None else None
    rest, result = found
    y = _YEAR_HEAD.match(rest)
    year, rest = (y.group(1), rest[y.end() :]) if y else (None, rest)
    parts = [p.strip() for p in _PARTS.split(rest) if p.strip()]
    award: str | None = parent
    if award is None and parts:
        award, category = split_award_category(parts[0])
        if category is not None:
            parts = [award, category, *parts[1:]]
        if not _is_award(parts[0]):
            return None
        award, parts = parts[0], parts[1:]
    if len(parts) == 1 and (p := _PAREN_TAIL.search(parts[0])):
        parts = [parts[0][: p.start()], p.group(1)]  # "Best Actor (Ann Lee)"
    if award is None or not 1 <= len(parts) <= 2 or not looks_like_category(parts[0]):
        return None
    recipients = split_recipients([parts[1]]) if len(parts) == 2 else []
    return award, parts[0], recipients, result, year


def read_bullets(items: Sequence[Item]) -> list[BulletRow] | None:
    """The rows of an accolades list, None unless every item reads as one (or as an award
    heading whose nested items all do).

    >>> rows = read_bullets([Item(1, "Gotham Awards"), Item(2, "Best Actor – Ann Lee (won)"),
    ...     Item(1, "Saturn Award for Best Music: Bo Day – Nominated")])
    >>> [(r.award, r.category, r.recipients, r.result) for r in rows][0]
    ('Gotham Awards', 'Best Actor', ['Ann Lee'], 'won')
    >>> [(r.award, r.category, r.recipients, r.result) for r in rows][1]
    ('Saturn Award', 'Best Music', ['Bo Day'], 'nominated')
    >>> [(r.award, r.category, r.recipients, r.year) for r in read_bullets(
    ...     [Item(1, "Won: 2031 Tallis Awards: Best Actor (Ann Lee)")])]
    [('Tallis Awards', 'Best Actor', ['Ann Lee'], '2031')]
    >>> read_bullets([Item(1, "It won the Golden Bear in Berlin (won)")]) is None
    True
    >>> s = "2031, nominated for 'Best Score' at Pell Awards, shared by Al Wu and Bo Day"
    >>> [(r.award, r.category, r.recipients, r.result, r.year) for r in read_bullets([Item(1, s)])]
    [('Pell Awards', 'Best Score', ['Al Wu', 'Bo Day'], 'nominated', '2031')]
    """
    rows: list[BulletRow] = []
    parent: str | None = None
    for index, item in enumerate(items):
        nested = index + 1 < len(items) and items[index + 1].depth > item.depth
        if nested:
            if not _is_award(item.text) or _result(item.text) is not None:
                return None
            parent = item.text
            continue
        read = _read(item.text, parent if item.depth > 1 else None)
        if read is None:
            return None
        rows.append(BulletRow(index, *read))
    return rows or None
