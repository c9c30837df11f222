"""Cast part for flattened text: the Cast section's list lines read as credits.

A list line is a bulleted line (``•``, ``-``, ``*``), several bullets run together on one line,
or a row of a two-column table (``| A | B |`` or cells split by a tab). A list belongs to the
cast when the heading printed before it names the cast; where the dump dropped its headings (a
gap of more than one blank line before the list), when the contents list names a Cast section
and every item of the list is a credit with a name-and-role separator ("A as B"). A line is
claimed only when each of its items is a credit: the others stay prose for the sections part.
"""

from __future__ import annotations

from leaving_vegas_extract.model.article import CastMember, Diagnostic, Lines
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.cast.build import (
    Credit,
    is_cast_title,
    is_header_row,
    member,
    read_credit,
    split_bullets,
    table_credit,
)
from leaving_vegas_extract.parts.cast.vocab import BULLETS
from leaving_vegas_extract.parts.sections.outline import (
    literal_heading,
    looks_like_heading,
    parse_contents,
)
from leaving_vegas_extract.source.context import Context, PartResult
from leaving_vegas_extract.source.document import Block

_LOOK_BACK = 3  # blocks (intro prose, sub-lists) between a list and its heading
_RULE = frozenset("-:| ")


def _heading(text: str, rendering: str) -> str | None:
    """The title of a heading-shaped line, None for other lines."""
    found = literal_heading(text, rendering)
    if found is not None:
        return found[0]
    return clean(text) if looks_like_heading(text) else None


def _block_heading(block: Block, rendering: str) -> str | None:
    if len(block.lines) == 1 or (len(block.lines) == 2 and "edit" in block.lines[1].casefold()):
        return _heading(block.lines[0], rendering)
    return None


def _section_of(blocks: list[Block], index: int, rendering: str) -> str | None:
    """The heading printed before ``blocks[index]``, None when none is printed close before it.

    A gap of two or more blank lines stands for a heading the dump dropped: the walk stops there.
    """
    for back in range(index, max(-1, index - _LOOK_BACK - 1), -1):
        block = blocks[back]
        if back < index:
            title = _block_heading(block, rendering)
            if title is not None:
                return title
            if parse_contents(block):
                return None
        if block.gap > 1:
            return None
    return None


def _maybe_list(line: str) -> bool:
    """A cheap first test: could ``line`` be a list line? (Most lines are prose.)"""
    first = line.lstrip()[:1]
    return first in BULLETS or first == "|" or "\t" in line or "•" in line


def _items(line: str) -> tuple[str, list[str]] | None:
    """``("bullets", items)`` or ``("row", cells)`` of a list line, None for other lines."""
    text = line.strip()
    if text.startswith("|") or "\t" in text:
        cells = [c.strip() for c in text.strip("|").split("|" if "|" in text else "\t")]
        return "row", cells
    if text[:1] in BULLETS and (text[:1] in "•\u25cf\u25aa\u00b7" or text[1:2] == " "):
        return "bullets", split_bullets(text)
    if text.count("•") >= 2:
        return "bullets", split_bullets(text)
    return None


def _row_credit(cells: list[str]) -> Credit | str | None:
    """A table row's credit; "skip" for header and rule rows; None for other rows."""
    if all(not set(c) - _RULE for c in cells) or is_header_row(cells):
        return "skip"
    filled = [c for c in cells if c]
    if len(filled) != 2:
        return None
    return table_credit(filled[0], filled[1])


class _Reader:
    """The cast lines of one article, block by block."""

    def __init__(self, ctx: Context) -> None:
        self.ctx = ctx
        self.cast: list[CastMember] = []
        self.claims: list[tuple[Lines, str]] = []
        self.diagnostics: list[Diagnostic] = []

    def read_block(self, block: Block, in_cast: bool, strong_only: bool) -> None:
        """Read a block's list lines (a cast heading inside the block opens the cast)."""
        found: list[tuple[int, list[Credit], bool]] = []
        for number, line in block.numbered():
            if self.ctx.claims.is_claimed(number):
                continue
            items = _items(line)
            if items is None:
                title = _heading(line, self.ctx.rendering)
                if title is not None and is_cast_title(title):
                    in_cast, strong_only = True, False
                continue
            if not in_cast and not strong_only:
                continue
            credits, whole = self._line(items)
            found.append((number, credits, whole))
        if strong_only and not self._all_strong(found):
            return
        for number, credits, whole in found:
            if not whole:
                if credits:
                    self._mixed(number)
                continue
            self.cast.extend(member(c, (number, number)) for c in credits)
            self.claims.append(((number, number), "cast"))

    @staticmethod
    def _line(items: tuple[str, list[str]]) -> tuple[list[Credit], bool]:
        """The credits of a list line, and whether every item of it is one."""
        kind, pieces = items
        if kind == "row":
            credit = _row_credit(pieces)
            if credit == "skip":
                return [], True
            return ([credit], True) if isinstance(credit, Credit) else ([], False)
        credits = [c for c in map(read_credit, pieces) if c is not None]
        return credits, bool(pieces) and len(credits) == len(pieces)

    @staticmethod
    def _all_strong(found: list[tuple[int, list[Credit], bool]]) -> bool:
        """Outside a known Cast section: two or more credits, every one split by "as"."""
        credits = [c for _, line, _ in found for c in line]
        whole = all(w for _, _, w in found)
        return whole and len(credits) >= 2 and all(c.strong for c in credits)

    def _mixed(self, number: int) -> None:
        self.diagnostics.append(
            Diagnostic(
                severity="info",
                code="cast-line-prose",
                message="a cast list line holds items that are not credits; kept as prose",
                lines=(number, number),
            )
        )


def parse(ctx: Context) -> PartResult | None:
    """The cast records of the article's Cast list, None when it prints none."""
    first, last = ctx.values.get("_body", (1, len(ctx.source.lines)))
    blocks = [b for b in ctx.blocks if first <= b.start and b.end <= last]
    # The contents list (the first block that parses as one) names the sections; a dump that
    # dropped its headings still prints it.
    found = next(((b, e) for b in blocks if (e := parse_contents(b))), None)
    contents_block, contents = found if found is not None else (None, [])
    outline_has_cast = any(is_cast_title(entry.title) for entry in contents)
    reader = _Reader(ctx)
    for index, block in enumerate(blocks):
        if ctx.claims.is_claimed(block.start) and ctx.claims.is_claimed(block.end):
            continue
        if block is contents_block or not any(map(_maybe_list, block.lines)):
            continue
        title = _section_of(blocks, index, ctx.rendering)
        in_cast = title is not None and is_cast_title(title)
        reader.read_block(block, in_cast, strong_only=title is None and outline_has_cast)
    if not reader.cast and not reader.diagnostics:
        return None
    return PartResult(
        values={"cast": reader.cast} if reader.cast else {},
        claims=tuple(reader.claims),
        diagnostics=tuple(reader.diagnostics),
    )
