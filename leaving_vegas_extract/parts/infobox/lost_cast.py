"""A cast printed under the credit row above it, its "Starring" label lost (a fan wiki's box).

Some copies drop a box's label lines but keep their values, so the stars' names run on under the
writers ("Written By" / "Ann Roe" / "Bo Lee (Novel)" / "Cy Moss" / "Di Vale" / "Music By"). The
names alone cannot tell where the writers end; the article can: a tail of the list that starts at
a name the prose says the film stars is the cast. Only in a box with no cast row, and never the
whole list (the first credit stays where it was printed).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from leaving_vegas_extract.model.article import Diagnostic
from leaving_vegas_extract.parts.infobox.build import canonical
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.parts.infobox.vocab import PERSON_KEYS, SLOT_LABEL

_STARS = re.compile(r"\b(?:stars|starring|co-stars)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_MIN_CAST = 2  # names a tail needs to be read as the cast


def _star_sentences(texts: list[str]) -> list[str]:
    return [
        sentence
        for text in texts
        if _STARS.search(text)
        for sentence in _SENTENCE_END.split(text)
        if _STARS.search(sentence)
    ]


def _tail_start(row: RawField, sentences: list[str]) -> int | None:
    for index, value in enumerate(row.values[1:], 1):
        if len(value.split()) > 1 and any(value in sentence for sentence in sentences):
            return index if len(row.values) - index >= _MIN_CAST else None
    return None


def split_lost_cast(rows: list[RawField], texts: Callable[[], list[str]]) -> list[Diagnostic]:
    """Move a cast that ran on under a credit row into a row of its own (``rows`` is changed)."""
    keys = [canonical(row.label) for row in rows]
    if "starring" in keys:
        return []
    long_rows = [
        i for i, key in enumerate(keys) if key in PERSON_KEYS and len(rows[i].values) > _MIN_CAST
    ]
    if not long_rows:
        return []
    sentences = _star_sentences(texts())
    for index in long_rows:
        row = rows[index]
        start = _tail_start(row, sentences)
        if start is None:
            continue
        cast = RawField(SLOT_LABEL, row.values[start:], (row.numbers[start], row.lines[1]))
        cast.numbers = row.numbers[start:]
        row.values, row.numbers = row.values[:start], row.numbers[:start]
        row.lines = (row.lines[0], row.numbers[-1])
        rows.insert(index + 1, cast)
        shown = ", ".join(cast.values)[:120]
        return [
            Diagnostic(
                severity="info",
                code="infobox-label-inferred",
                message=f"names under {row.label!r} that the article says the film stars, "
                f"placed under {SLOT_LABEL!r}: {shown!r}",
                lines=cast.lines,
            )
        ]
    return []
