"""Sections and prose: the ``== heading ==`` tree, and paragraphs as a reader sees them.

A paragraph is a run of lines between blank lines (a list item is a paragraph of its own), with
links shown by their labels, bold and italic marks, files, categories, tables and templates that
print nothing removed, and refs as note numbers in ``citations``. Lines other parts claimed (the
infobox, reference lists, tables) are left to them; blocks that print nothing are markup.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from leaving_vegas_extract.formats.wikitext.page import WikiPage, page_of
from leaving_vegas_extract.formats.wikitext.render import Renderer
from leaving_vegas_extract.formats.wikitext.scan import HEADING_LEAD, line_matches
from leaving_vegas_extract.formats.wikitext.vocab import NON_PROSE
from leaving_vegas_extract.model.article import Lines, Paragraph
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.parts.sections.tree import section_tree
from leaving_vegas_extract.source.context import Context, PartResult

_HEADING = re.compile(r"^(={1,6})(.+?)\1[ \t]*$", re.M)
_BLANK = re.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_MAGIC = re.compile(r"__[A-Z]+__")
_LIST_LINE = re.compile(r"^[*#:;]", re.M)
_TOC_MIN = 4  # MediaWiki shows a numbered contents box from four headings on


@dataclass(slots=True)
class _Entry:
    number: str | None
    title: str
    level: int
    lines: Lines


def _numbers(levels: list[int], shown: bool) -> list[str | None]:
    if not shown:
        return [None] * len(levels)
    counters: list[int] = []
    out: list[str | None] = []
    for level in levels:
        del counters[level:]
        counters.extend([0] * (level - len(counters)))
        counters[level - 1] += 1
        out.append(".".join(str(c) for c in counters))
    return out


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Blocks between blank lines, each list line on its own."""
    out: list[tuple[int, int]] = []
    at = start
    for m in [*_BLANK.finditer(text, start, end), None]:
        stop = m.start() if m is not None else end
        out.extend(_split_lists(text, at, stop))
        if m is not None:
            at = m.end()
    return [(a, b) for a, b in out if text[a:b].strip()]


def _split_lists(text: str, start: int, end: int) -> list[tuple[int, int]]:
    if not _LIST_LINE.search(text, start, end):
        return [(start, end)]
    out: list[tuple[int, int]] = []
    run = start
    at = start
    while at < end:
        eol = text.find("\n", at, end)
        eol = end if eol < 0 else eol
        if text.startswith(("*", "#", ":", ";"), at):
            if run < at:
                out.append((run, at - 1))
            out.append((at, eol))
            run = eol + 1
        at = eol + 1
    if run < end:
        out.append((run, end))
    return out


class _Reader:
    def __init__(self, ctx: Context, page: WikiPage) -> None:
        self.ctx = ctx
        self.page = page
        self.render = Renderer(page)
        self.skip = sorted(ctx.values.get("_boxes", []))
        self.claims: list[tuple[Lines, str]] = []

    def _free(self, start: int, end: int) -> list[tuple[int, int]]:
        """``[start, end)`` without the spans other parts own (infoboxes)."""
        out: list[tuple[int, int]] = []
        for a, b in self.skip:
            if b <= start or a >= end:
                continue
            if a > start:
                out.append((start, a))
            start = max(start, b)
        if start < end:
            out.append((start, end))
        return out

    def paragraphs(self, start: int, end: int, prose: bool) -> list[Paragraph]:
        out: list[Paragraph] = []
        owner = self.ctx.claims.owner
        for a0, b0 in self._free(start, end):
            for a, b in _pieces(self.page.text, a0, b0):
                lines = self.page.lines_of(a, b)
                # Lines another part placed are its own; the infobox's spans are cut out above
                # (prose may follow a box's closing braces on the same line).
                if all(owner.get(n, "infobox") != "infobox" for n in range(lines[0], lines[1] + 1)):
                    continue
                if not prose:
                    self.claims.append((lines, "list"))
                    continue
                shown = _MAGIC.sub("", self.render.text(a, b))
                text, cites = strip_markers(" ".join(shown.split()).lstrip("*#:; "))
                if text.strip(" .,;:*#"):
                    out.append(Paragraph(text=text, citations=cites, lines=lines))
                    self.claims.append((lines, "sections"))
                else:
                    self.claims.append((lines, "markup"))
        return out


def parse(ctx: Context) -> PartResult:
    """The lead, the section tree, and claims for every prose or markup line placed."""
    page = page_of(ctx)
    reader = _Reader(ctx, page)
    text = page.text
    heads = list(line_matches(_HEADING, text, HEADING_LEAD))
    lead_end = heads[0].start() if heads else len(text)
    lead = reader.paragraphs(0, lead_end, True)
    entries: list[_Entry] = []
    bodies: list[list[Paragraph]] = []
    for index, m in enumerate(heads):
        title = " ".join(reader.render.text(m.start(2), m.end(2)).split())
        level = max(len(m.group(1)) - 1, 1)
        line = page.line_of(m.start())
        end = heads[index + 1].start() if index + 1 < len(heads) else len(text)
        prose = title.casefold() not in NON_PROSE
        entries.append(_Entry(None, title, level, (line, line)))
        bodies.append(reader.paragraphs(m.end(), end, prose))
        reader.claims.append(((line, line), "heading"))
    shown = (len(heads) >= _TOC_MIN and "__NOTOC__" not in text) or "__TOC__" in text
    numbers = _numbers([e.level for e in entries], shown or "__FORCETOC__" in text)
    for entry, number in zip(entries, numbers, strict=True):
        entry.number = number
    values = {"lead": lead, "sections": section_tree(entries, bodies)}
    return PartResult(values=values, claims=tuple(reader.claims))
