"""Infobox part for pages: each ``table.infobox`` read into labelled rows, built like the text's.

A box opens with its name (a ``th`` across the box, or its ``caption``), then an image row whose
text is the caption, then ``th`` label / ``td`` value rows. A value cell holds one value per line:
``<br>``, list items (plainlists) and blocks separate them; ``sup.reference`` markers stay as
``[n]`` so that ``build_infobox`` takes them out as citations. A ``th`` across the box further down
heads a part of the box; it is claimed with the box but is no row.
"""

from __future__ import annotations

from leaving_vegas_extract.formats.html.document import doc_of, free_items, take
from leaving_vegas_extract.formats.html.grid import table_rows
from leaving_vegas_extract.formats.html.parse import Element
from leaving_vegas_extract.formats.html.reader import HtmlDoc
from leaving_vegas_extract.formats.html.text import classes, text_of, values
from leaving_vegas_extract.formats.html.vocab import INFOBOX_CLASS
from leaving_vegas_extract.model.article import Diagnostic, Infobox, Lines
from leaving_vegas_extract.parts.infobox.build import build_infobox
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.source.context import Anchor, Context, PartResult

_IMAGE_CLASSES = frozenset({"infobox-image", "image"})
_CAPTION_CLASSES = frozenset({"infobox-caption", "caption"})
_NAME_CLASSES = frozenset({"infobox-above", "infobox-title", "summary", "fn"})


def _caption(cell: Element) -> str | None:
    """The caption of an image row: its caption block, else the cell's text beside the image."""
    for inner in cell.iter():
        if classes(inner) & _CAPTION_CLASSES:
            return text_of(inner) or None
    return text_of(cell) or None


def _is_image_row(cell: Element) -> bool:
    if classes(cell) & _IMAGE_CLASSES:
        return True
    return any(True for _ in cell.iter("img"))


def read_box(doc: HtmlDoc, table: Element) -> tuple[str | None, str | None, list[RawField]]:
    """``(name, caption, rows)`` of one infobox table."""
    name: str | None = None
    caption: str | None = None
    rows: list[RawField] = []
    for element in table:
        if element.tag == "caption" and name is None:
            name = text_of(element) or None
    for tr in table_rows(table):
        cells = [c for c in tr if c.tag in ("th", "td")]
        if not cells:
            continue
        span = doc.lines.span(tr)
        if len(cells) == 1:
            cell = cells[0]
            if _is_image_row(cell):
                caption = caption or _caption(cell)
            elif name is None and not rows and (cell.tag == "th" or classes(cell) & _NAME_CLASSES):
                name = text_of(cell) or None
            elif caption is None and not rows and cell.tag == "td":
                caption = text_of(cell) or None
            continue
        label = text_of(cells[0])
        found = [v for cell in cells[1:] for v in values(cell)]
        rows.append(RawField(label=label, values=found, lines=span, numbers=[span[0]] * len(found)))
    return name, caption, rows


def parse(ctx: Context) -> PartResult | None:
    """Every free ``table.infobox``: the first is the main box, the others ``other_infoboxes``."""
    doc = doc_of(ctx)
    if doc is None:
        return None
    found = [
        (i, item)
        for i, item in free_items(ctx, doc, "table")
        if INFOBOX_CLASS in classes(item.element)
    ]
    if not found:
        return None
    fallback = str(ctx.values.get("title") or "")
    boxes: list[Infobox] = []
    diagnostics: list[Diagnostic] = []
    claims: list[tuple[Lines, str]] = []
    anchors: list[Anchor] = []
    for _, item in found:
        name, caption, rows = read_box(doc, item.element)
        box, more = build_infobox(name or fallback, caption, rows, item.lines)
        boxes.append(box)
        diagnostics.extend(more)
        claims.append((item.lines, "infobox"))
        anchors.append(Anchor("infobox", item.lines, box.name))
    values_: dict[str, object] = {
        "infobox": boxes[0],
        "other_infoboxes": boxes[1:],
        **take(ctx, (i for i, _ in found)),
    }
    return PartResult(
        values=values_,
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
        anchors=tuple(anchors),
    )
