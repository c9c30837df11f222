"""Offsets into a page's wikitext to line numbers of the input file."""

from __future__ import annotations

from bisect import bisect_right


class LineIndex:
    """``line_of(offset)``: the input line holding ``offset`` (the page starts at ``first``).

    >>> LineIndex("ab\\ncd\\n", first=10).line_of(4)
    11
    """

    __slots__ = ("_first", "_starts")

    def __init__(self, text: str, first: int = 1) -> None:
        starts = [0]
        find = text.find
        at = find("\n")
        while at >= 0:
            starts.append(at + 1)
            at = find("\n", at + 1)
        self._starts = starts
        self._first = first

    def line_of(self, offset: int) -> int:
        """The line number of ``offset``."""
        return self._first + bisect_right(self._starts, offset) - 1
