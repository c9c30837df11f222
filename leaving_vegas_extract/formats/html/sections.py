"""Sections part for pages: headings, the contents box, and the prose placed under each heading.

On a page the structure is explicit: a paragraph belongs to the last heading before it (the lead
to none), so no gap evidence is needed. Heading levels are relative to the page's top section
level (``h2`` is level 1). The contents box gives each heading its number, matched by the
heading's anchor id, else by its title. Lists no other part read are prose: one paragraph per
item. Tables no part read are left unclaimed (they are no prose).
"""

from __future__ import annotations

from dataclasses import dataclass

from leaving_vegas_extract.formats.html.document import doc_of, free_items, take
from leaving_vegas_extract.formats.html.parse import Element
from leaving_vegas_extract.formats.html.reader import HtmlDoc, Item
from leaving_vegas_extract.formats.html.text import classes, heading, text_of
from leaving_vegas_extract.formats.html.vocab import TOC_NUMBER_CLASS, TOC_TEXT_CLASS
from leaving_vegas_extract.model.article import Lines, Paragraph
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.parts.sections.outline import MAX_LEVEL, heading_key
from leaving_vegas_extract.parts.sections.tree import section_tree
from leaving_vegas_extract.source.context import Context, PartResult


@dataclass(slots=True)
class _Entry:
    number: str | None
    title: str
    level: int
    lines: Lines
    paragraphs: list[Paragraph]


def contents(toc: Element) -> tuple[dict[str, str], dict[str, str]]:
    """Numbers of the contents box by anchor (``#Plot`` → "1") and by title key."""
    by_anchor: dict[str, str] = {}
    by_title: dict[str, str] = {}
    for li in toc.iter("li"):
        number = title = anchor = None
        for inner in li.iter():
            names = classes(inner)
            if number is None and TOC_NUMBER_CLASS in names:
                number = text_of(inner)
            elif title is None and TOC_TEXT_CLASS in names:
                title = text_of(inner)
            elif anchor is None and inner.tag == "a":
                anchor = (inner.get("href") or "").lstrip("#")
        if not number:
            continue
        if anchor:
            by_anchor.setdefault(anchor, number)
        if title:
            by_title.setdefault(heading_key(title), number)
    return by_anchor, by_title


def _paragraphs(doc: HtmlDoc, item: Item) -> list[Paragraph]:
    """Prose of an item: one paragraph, or one per list item."""
    if item.kind == "list":
        parts = [li for li in item.element if li.tag in ("li", "dd", "dt")]
    else:
        parts = [item.element]
    out: list[Paragraph] = []
    for part in parts:
        text, citations = strip_markers(text_of(part))
        if text:
            out.append(Paragraph(text=text, citations=citations, lines=doc.lines.span(part)))
    return out


def parse(ctx: Context) -> PartResult | None:
    """Lead, section tree and contents box of the page."""
    doc = doc_of(ctx)
    if doc is None:
        return None
    free = free_items(ctx, doc)
    toc = next((item for _, item in free if item.kind == "toc"), None)
    by_anchor, by_title = contents(toc.element) if toc is not None else ({}, {})
    levels = [item.level for _, item in free if item.kind == "heading"]
    base = min(levels, default=2)
    lead: list[Paragraph] = []
    entries: list[_Entry] = []
    claims: list[tuple[Lines, str]] = [(toc.lines, "contents")] if toc is not None else []
    used: list[int] = []
    for index, item in free:
        if item.kind == "heading":
            title, anchor = heading(item.element)
            number = by_anchor.get(anchor or "") or by_title.get(heading_key(title))
            level = max(1, min(item.level - base + 1, MAX_LEVEL))
            entries.append(_Entry(number, title, level, item.lines, []))
        elif item.kind in ("paragraph", "list"):
            found = _paragraphs(doc, item)
            (entries[-1].paragraphs if entries else lead).extend(found)
            if not found:
                continue
        else:
            continue
        used.append(index)
        claims.append((item.lines, "section" if entries else "lead"))
    if toc is not None:
        used.extend(i for i, item in free if item is toc)
    values = {
        "lead": lead,
        "sections": section_tree(entries, [e.paragraphs for e in entries]),
        **take(ctx, used),
    }
    return PartResult(values=values, claims=tuple(claims))
