"""Source lines of the tree: each element's first and last line, and which lines hold text.

libxml2 gives each element the line its start tag ends on (``sourceline``). One walk over the
tree in document order counts the line breaks of every text and tail from there, which gives the
line of each end tag and the lines that carry text. libxml2 keeps line numbers in 16 bits, so from
line 65535 on they are counted only (close, not exact, when markup holds line breaks in tags).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from leaving_vegas_extract.formats.html.parse import Element, iterwalk
from leaving_vegas_extract.model.article import Lines

_CAPPED = 65535
_LOOK_BACK = 4  # a start tag spread over more lines than this is taken from its last line


@dataclass(slots=True)
class LineMap:
    """Lines of every element, and a flag per line: does the tree put text on it?"""

    starts: dict[Element, int]
    ends: dict[Element, int]
    text: bytearray
    total: int

    def span(self, element: Element) -> Lines:
        """``(first, last)`` lines of ``element``, start tag to end tag."""
        start = self.starts.get(element, 1)
        return start, max(start, self.ends.get(element, start))

    def spans(self, elements: Sequence[Element]) -> Lines:
        """The lines from the first element's start to the last one's end."""
        return self.span(elements[0])[0], self.span(elements[-1])[1]

    def has_text(self, number: int) -> bool:
        """Whether line ``number`` holds text the tree keeps (not only tags)."""
        return 0 < number < len(self.text) and bool(self.text[number])


def _mark(flags: bytearray, text: str, line: int) -> None:
    """Flag the lines on which ``text`` (starting on ``line``) prints something."""
    if text.isspace():
        return
    if "\n" not in text:
        if line < len(flags):
            flags[line] = 1
        return
    for offset, piece in enumerate(text.split("\n")):
        if piece and not piece.isspace() and line + offset < len(flags):
            flags[line + offset] = 1


def _tag_line(lines: Sequence[str], line: int, floor: int, tag: str) -> int:
    """The line a start tag opens on, when it spreads over several lines ending on ``line``."""
    opening = "<" + tag
    if line < 1 or line > len(lines) or opening in lines[line - 1]:
        return line
    for number in range(line - 1, max(floor, line - _LOOK_BACK) - 1, -1):
        if opening in lines[number - 1] or opening.upper() in lines[number - 1]:
            return number
    return line


def build_line_map(root: Element, lines: Sequence[str]) -> LineMap:
    """One walk: starts, ends and text lines of the whole tree."""
    total = len(lines)
    flags = bytearray(total + 2)
    starts: dict[Element, int] = {}
    ends: dict[Element, int] = {}
    cur = 1
    for event, element in iterwalk(root):
        if event == "start":
            before = cur
            line = element.sourceline
            if line is not None and 0 < line < _CAPPED:
                cur = line
            start = cur if cur <= before else _tag_line(lines, cur, before, element.tag)
            starts[element] = min(start, total) if total else 1
            text = element.text
            if text:
                _mark(flags, text, cur)
                cur += text.count("\n")
        else:
            ends[element] = min(cur, total) if total else 1
            tail = element.tail
            if tail:
                _mark(flags, tail, cur)
                cur += tail.count("\n")
    return LineMap(starts, ends, flags, total)
