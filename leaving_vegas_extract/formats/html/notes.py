"""References part for pages: ``ol.references`` notes with their backlinks, and further reading.

A note is an ``<li>``: its backlinks (``span.mw-cite-backlink``, one link per citation in the
text: "^ a b c" is three), then its text (``span.reference-text``), parsed by ``citation`` as the
text dumps' notes are. A page keeps what a dump loses: an external link's address fills ``url``
when the note prints none. An explanatory-notes list under a "Notes" heading is left out when a
references list follows. Further reading is the list under a "Further reading" heading.
"""

from __future__ import annotations

from leaving_vegas_extract.formats.html.document import doc_of, free_items, take
from leaving_vegas_extract.formats.html.parse import Element
from leaving_vegas_extract.formats.html.reader import HtmlDoc, Item
from leaving_vegas_extract.formats.html.text import classes, text_of
from leaving_vegas_extract.formats.html.vocab import (
    BACKLINK_CLASS,
    FURTHER_HEADINGS,
    NOTE_HEADINGS,
    REFERENCE_HEADINGS,
    REFERENCE_TEXT_CLASS,
    REFERENCES_CLASS,
)
from leaving_vegas_extract.model.article import Diagnostic, Lines, Reference
from leaving_vegas_extract.parts.references.citation import parse_citation
from leaving_vegas_extract.parts.references.notes import backlinks, damage, reference
from leaving_vegas_extract.parts.sections.outline import heading_key
from leaving_vegas_extract.source.context import Anchor, Context, PartResult

_SCHEMES = ("http://", "https://")


def _count_backlinks(li: Element) -> int | None:
    """Links in the note's backlink block (None when it has no such block)."""
    for inner in li.iter("span", "div"):
        if BACKLINK_CLASS in classes(inner):
            return max(1, sum(1 for _ in inner.iter("a")))
    return None


def _note_text(li: Element) -> tuple[int, str]:
    """``(backlinks, text)`` of one note."""
    count = _count_backlinks(li)
    for inner in li.iter("span", "div"):
        if REFERENCE_TEXT_CLASS in classes(inner):
            return count or 1, text_of(inner)
    text = text_of(li)
    if count is None and text.startswith(("^", "↑")):
        # No backlink markup: the backlinks are printed ("^ a b Text"), as in the dumps.
        return backlinks(text[1:].lstrip(), arrow=False)
    return count or 1, text


def _url(li: Element) -> str | None:
    for link in li.iter("a"):
        href = (link.get("href") or "").strip()
        if href.startswith(_SCHEMES) and len(href) < 2000:
            return href
    return None


def _read_list(
    doc: HtmlDoc, element: Element, what: str, numbered: bool
) -> tuple[list[Reference], list[Diagnostic]]:
    refs: list[Reference] = []
    diags: list[Diagnostic] = []
    start = element.get("start") or "1"
    number = int(start) if start.isdigit() and len(start) < 6 else 1
    for li in element:
        if li.tag != "li":
            continue
        value = li.get("value") or ""
        number = int(value) if value.isdigit() and len(value) < 6 else number
        count, raw = _note_text(li) if numbered else (1, text_of(li))
        lines = doc.lines.span(li)
        citation = parse_citation(raw)
        ref = reference(number, count, raw, citation, lines)
        if ref.url is None and (url := _url(li)) is not None:
            ref = ref.model_copy(update={"url": url})
        refs.append(ref)
        diags.extend(damage(f"{what} {number}", citation, raw, lines))
        number += 1
    return refs, diags


def _under(doc: HtmlDoc) -> list[str | None]:
    """For each item, the key of the heading above it (None before the first)."""
    keys: list[str | None] = []
    key: str | None = None
    for item in doc.items:
        if item.kind == "heading":
            key = heading_key(text_of(item.element))
        keys.append(key)
    return keys


def _note_lists(free: list[tuple[int, Item]], keys: list[str | None]) -> list[int]:
    lists = [
        i
        for i, item in free
        if item.element.tag == "ol" and REFERENCES_CLASS in classes(item.element)
    ]
    if not lists:
        lists = [
            i for i, item in free if item.element.tag == "ol" and keys[i] in REFERENCE_HEADINGS
        ]
    if len(lists) > 1:
        kept = [i for i in lists if keys[i] not in NOTE_HEADINGS]
        lists = kept or lists
    return lists


def parse(ctx: Context) -> PartResult | None:
    """Notes to ``references``, further-reading items to ``further_reading``."""
    doc = doc_of(ctx)
    if doc is None:
        return None
    free = free_items(ctx, doc, "list")
    keys = _under(doc)
    notes = _note_lists(free, keys)
    further = [i for i, _ in free if keys[i] in FURTHER_HEADINGS and i not in notes]
    references: list[Reference] = []
    reading: list[Reference] = []
    diagnostics: list[Diagnostic] = []
    claims: list[tuple[Lines, str]] = []
    anchors: list[Anchor] = []
    for indices, out, kind in (
        (notes, references, "references"),
        (further, reading, "further_reading"),
    ):
        for i in indices:
            item = doc.items[i]
            what = "note" if kind == "references" else "further-reading item"
            refs, diags = _read_list(doc, item.element, what, kind == "references")
            if kind == "further_reading":
                refs = [
                    r.model_copy(update={"number": len(out) + n}) for n, r in enumerate(refs, 1)
                ]
            out.extend(refs)
            diagnostics.extend(diags)
            claims.append((item.lines, kind))
            anchors.append(Anchor(kind, item.lines))
    if not references and not reading:
        return None
    return PartResult(
        values={
            "references": references,
            "further_reading": reading,
            **take(ctx, [*notes, *further]),
        },
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
        anchors=tuple(anchors),
    )
