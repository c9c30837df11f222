"""Bullet-list accolades: rows only where every item clearly reads award, category, recipient,
result; otherwise none (the list stays prose in its section, no guessing).

Two shapes are read: flat items (``Award – Category – Recipient (won)``, ``Award for Category:
Recipient – Nominated``) and items nested under an award (``* Academy Awards`` then ``** Best
Actor – Recipient (won)``).
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
_PARTS = re.compile(r"\s+[–—-]\s+|:\s+")
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


def _result(text: str) -> tuple[str, str] | None:
    m = _RESULT_TAIL.search(text)
    if m is None:
        return None
    word = (m.group(1) or m.group(2) or "").strip().casefold()
    if word not in vocab.BULLET_RESULTS:
        return None
    word = {"win": "won", "winner": "won", "nominee": "nominated", "nomination": "nominated"}.get(
        word, word
    )
    return text[: m.start()].rstrip(" ,;–—-:"), word


def _is_award(text: str) -> bool:
    words = text.casefold().split()
    return bool(words) and (looks_like_organisation(text) or words[-1] in _AWARD_WORDS)


def _read(text: str, parent: str | None) -> tuple[str, str | None, list[str], str] | None:
    found = _result(text)
    if found is None:
        return None
    rest, result = found
    parts = [p.strip() for p in _PARTS.split(rest) if p.strip()]
    award: str | None = parent
    if award is None and parts:
        award, category = split_award_category(parts[0])
        if category is not None:
            parts = [award, category, *parts[1:]]
        if not _is_award(parts[0]):
            return None
        award, parts = parts[0], parts[1:]
    if award is None or not 1 <= len(parts) <= 2 or not looks_like_category(parts[0]):
        return None
    recipients = split_recipients([parts[1]]) if len(parts) == 2 else []
    return award, parts[0], recipients, result


def read_bullets(items: Sequence[Item]) -> list[BulletRow] | None:
    """The rows of an accolades list, None unless every item reads as one (or as an award
    heading whose nested items all do).

    >>> rows = read_bullets([Item(1, "Gotham Awards"), Item(2, "Best Actor – Ann Lee (won)"),
    ...     Item(1, "Saturn Award for Best Music: Bo Day – Nominated")])
    >>> [(r.award, r.category, r.recipients, r.result) for r in rows][0]
    ('Gotham Awards', 'Best Actor', ['Ann Lee'], 'won')
    >>> [(r.award, r.category, r.recipients, r.result) for r in rows][1]
    ('Saturn Award', 'Best Music', ['Bo Day'], 'nominated')
    >>> read_bullets([Item(1, "It won the Golden Bear in Berlin (won)")]) is None
    True
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
        award, category, recipients, result = read
        rows.append(BulletRow(index, award, category, recipients, result))
    return rows or None
