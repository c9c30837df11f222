"""A wikitable's rows and cells, read straight from its markup (linear in its length).

``Table.cells`` of wikitextparser compares spans pairwise and grows quadratically with the
table (seconds on a long accolades table), so the rows are read here: templates, links, refs,
comments and nested tables are masked first (same length), then the ``|-``, ``|``/``||`` and
``!``/``!!`` structure is read line by line on the masked copy and sliced from the original.

A table may also be opened by a template that prints the ``{|`` line and the header row itself
(``{{Awards table}}``) and closed by ``{{end}}``: such a table starts at the template, and its
opening line runs to the end of the line where the template closes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from leaving_vegas_extract.formats.wikitext import cellvocab as v
from leaving_vegas_extract.formats.wikitext.scan import line_matches, match, names_pattern

_TOKEN = re.compile(
    r"\{\{|\}\}|\[\[|\]\]|<!--|-->|<ref\b[^>]*?/\s*>|<ref\b[^>]*>|</ref\s*>"
    r"|(?m:^[ \t]*\{\|)|(?m:^[ \t]*\|\})",
    re.I,
)
_CLOSERS = {"{{": "}}", "[[": "]]", "<!--": "-->", "<ref": "</ref", "{|": "|}"}
_SPAN = re.compile(r"\b(rowspan|colspan)\s*=\s*[\"']?\s*(\d+)", re.I)
_OPENER = names_pattern(v.TABLE_OPENERS)
_CLOSER = names_pattern(v.TABLE_CLOSERS)
_TABLE_EDGE = re.compile(
    r"^[ \t:]*(\{\||\|\}|" + _OPENER.pattern + "|" + _CLOSER.pattern + ")", re.M | re.I
)
# What a table edge line begins with (``{|``, ``|}``, a template), after its newline.
_TABLE_LEAD = re.compile(r"\n[ \t:]*(?:\{\||\|\}|\{\{)")
_MAX_SPAN = 500  # a larger span is a typo; the page clamps it to the table as well
# Cell attributes (name=value pairs) written straight before a template; each pair starts
# with its own blanks, so a long run of them stays linear.
_ATTRS = re.compile(
    r"(?:[ \t]*[a-zA-Z][\w-]*[ \t]*=[ \t]*" r"""(?:"[^"\n]*"|'[^'\n]*'|[^\s|{}'"]+))+[ \t]*"""
)
_RESULT = names_pattern(frozenset(v.RESULT_TEMPLATES))


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell as written: its value, its page offsets, header flag and spans."""

    value: str
    span: tuple[int, int]  # the whole cell, from its ``|``/``!`` marker
    value_start: int
    is_header: bool
    rowspan: int = 1
    colspan: int = 1


@dataclass(frozen=True, slots=True)
class Row:
    """One source row: its cells in order and its offsets."""

    cells: tuple[Cell, ...]


def _opener(token: str) -> str:
    t = token.strip().lower()
    return "<ref" if t.startswith("<ref") else t


def mask(text: str) -> str:
    """``text`` with everything inside templates, links, refs, comments and nested tables
    replaced by ``x`` (same length): what remains is the table's own structure."""
    chars = list(text)
    stack: list[str] = []
    start = 0
    for m in _TOKEN.finditer(text):
        token = m.group().strip()
        low = token.lower()
        if stack and stack[-1] == "<!--" and low != "-->":
            continue  # nothing opens or closes inside a comment
        if low.endswith("/>") and low.startswith("<ref"):
            if not stack:
                chars[m.start() : m.end()] = "x" * (m.end() - m.start())
            continue
        if low in ("}}", "]]", "-->", "|}") or low.startswith("</ref"):
            if stack and _CLOSERS[stack[-1]] == (low if not low.startswith("</ref") else "</ref"):
                stack.pop()
                if not stack:
                    chars[start : m.end()] = "x" * (m.end() - start)
            continue
        if not stack:
            start = m.start()
        stack.append(_opener(token))
    if stack:  # never closed: mask to the end of its line only (a stray "{{" or "[[")
        stop = text.find("\n", start)
        stop = len(text) if stop < 0 else stop
        chars[start:stop] = "x" * (stop - start)
    return "".join(chars)


def _spans(attrs: str) -> tuple[int, int]:
    if "span" not in attrs:
        return 1, 1
    found = {k.lower(): int(v) for k, v in _SPAN.findall(attrs)}
    return (
        max(1, min(found.get("rowspan", 1) or 1, _MAX_SPAN)),
        max(1, min(found.get("colspan", 1) or 1, _MAX_SPAN)),
    )


def _attrs_before_result(text: str, body: int, end: int) -> tuple[str, int]:
    """``(attributes, value start)`` of a cell with no bar of its own: a result template prints
    ``style=… | Won``, so ``| rowspan="2" {{Won}}`` is a spanned cell showing "Won" (the
    attributes before the template are the cell's); any other cell has none."""
    m = _ATTRS.match(text, body, end)
    if m is None or _RESULT.match(text, m.end(), end) is None:
        return "", body
    return m.group(), m.end()


def _cell(text: str, masked: str, a: int, b: int, body: int, base: int, header: bool) -> Cell:
    """The cell written at ``text[a:b]`` whose content starts at ``body``."""
    bar = masked.find("|", body, b)
    while bar >= 0 and masked.startswith("||", bar):
        bar = masked.find("|", bar + 2, b)
    if bar >= 0:  # the first single bar ends the attributes (MediaWiki drops what is no attr)
        attrs, value_start = text[body:bar], bar + 1
    else:
        attrs, value_start = _attrs_before_result(text, body, b)
    rowspan, colspan = _spans(attrs)
    return Cell(text[value_start:b], (base + a, base + b), base + value_start, header, rowspan,
                colspan)  # fmt: skip


def _split(masked: str, start: int, end: int, seps: tuple[str, ...]) -> list[int]:
    """Where each cell of a cell line starts (after its marker), from ``start``."""
    starts = [start]
    i = start
    while i < end:
        hits = [j for sep in seps if (j := masked.find(sep, i, end)) >= 0]
        if not hits:
            break
        j = min(hits)
        starts.append(j + 2)
        i = j + 2
    return starts


def _edges(text: str) -> tuple[int, int]:
    """Where the table's opening line ends (after the template that opens it, if one does) and
    where its closing line starts (the length of ``text`` when it is never closed)."""
    opened = match(text, 0) if text.startswith("{{") else 0
    first = text.find("\n", max(opened, 0))
    first = len(text) if first < 0 else first
    k = text.rfind("\n") + 1
    tail = text[k:].lstrip(" \t:")
    closed = k > first and (tail.startswith("|}") or _CLOSER.match(tail) is not None)
    return first, k if closed else len(text)


def rows(text: str, base: int = 0) -> list[Row]:
    """The rows of the table whose markup is ``text`` (``base``: its page offset)."""
    first, last = _edges(text)
    # The table's own "{|" line and closing "|}" stay out of the mask (they hold the rest).
    masked = text[:first] + mask(text[first:last]) + text[last:]
    out: list[list[Cell]] = [[]]
    open_cell: tuple[int, int, bool] | None = None  # (cell start, content start, header)
    line_start = 0
    lines = masked.split("\n")
    for line in lines:
        a = line_start
        b = a + len(line)
        line_start = b + 1
        stripped = line.lstrip()
        lead = a + len(line) - len(stripped)
        edge = a < first or a >= last  # the opening or the closing line
        structural = edge or stripped.startswith(("{|", "|}", "|+", "|-", "!", "|"))
        if structural and open_cell is not None:
            out[-1].append(_cell(text, masked, open_cell[0], a - 1, open_cell[1], base,
                                 open_cell[2]))  # fmt: skip
            open_cell = None
        if edge or stripped.startswith(("{|", "|}", "|+")):
            continue
        if stripped.startswith("|-"):
            out.append([])
            continue
        if stripped.startswith(("!", "|")):
            header = stripped[0] == "!"
            seps = ("!!", "||") if header else ("||",)
            starts = _split(masked, lead + 1, b, seps)
            for k, s in enumerate(starts):
                cell_start = lead if k == 0 else s - 2
                if k + 1 < len(starts):
                    out[-1].append(_cell(text, masked, cell_start, starts[k + 1] - 2, s, base,
                                         header))  # fmt: skip
                else:
                    open_cell = (cell_start, s, header)
    if open_cell is not None:
        out[-1].append(_cell(text, masked, open_cell[0], len(text), open_cell[1], base,
                             open_cell[2]))  # fmt: skip
    return [Row(tuple(cells)) for cells in out if cells]


@lru_cache(maxsize=4)
def find_tables(text: str) -> tuple[tuple[int, int], ...]:
    """The page offsets of the outermost tables of ``text`` (``{|`` or a table-opening template
    to ``|}`` or ``{{end}}``, at the start of a line), in order; an unclosed table runs to the
    end."""
    found: list[tuple[int, int]] = []
    depth = 0
    start = 0
    for m in line_matches(_TABLE_EDGE, text, _TABLE_LEAD):
        if m.group(1) == "{|" or m.group(2) is not None:  # "{|" or a template that opens one
            if depth == 0:
                start = m.start(1)
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                end = m.end(1) if m.group(3) is None else match(text, m.start(1))
                found.append((start, end if end > 0 else m.end(1)))
    if depth:
        found.append((start, len(text)))
    # A tuple, memoised: the awards and the soundtrack parts both look for the page's tables.
    return tuple(found)
