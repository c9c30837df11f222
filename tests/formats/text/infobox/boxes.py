"""Helpers the infobox tests share: a text's main box, and lines numbered as a block's."""

from __future__ import annotations

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.model.article import Infobox


def numbered(*lines: str) -> list[tuple[int, str]]:
    return list(enumerate(lines, 1))


def box_of(text: str) -> Infobox:
    """The main infobox extracted from ``text`` (the test fails when there is none)."""
    box = extract_text(text).infobox
    assert box is not None
    return box
