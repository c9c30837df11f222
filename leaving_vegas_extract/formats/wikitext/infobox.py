"""Infoboxes: each ``{{Infobox ...}}`` template's parameters to labelled rows for
``parts/infobox/build.py``. The first film box is the article's infobox (else the first box);
the others (a soundtrack album's) go to ``other_infoboxes``, never into the film's fields.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.formats.wikitext.page import WikiPage, page_of
from leaving_vegas_extract.formats.wikitext.render import Renderer
from leaving_vegas_extract.formats.wikitext.scan import named, template_parts
from leaving_vegas_extract.model.article import Diagnostic, Infobox, Lines
from leaving_vegas_extract.parts.infobox.build import build_infobox
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.source.context import Context, PartResult

_START = re.compile(r"\{\{\s*(?:template:\s*)?infobox[\s_]", re.I)
# The template and the names real pages reach it by (case and "_" are folded before this).
_FILM = frozenset({"film", "movie", "films", "movies", "film/short", "short film", "film short"})
_HEAD = frozenset(
    {"name", "title", "image", "image_size", "image size", "alt", "caption", "border"}
)


def boxes(page: WikiPage) -> list[tuple[int, int]]:
    """Spans of the page's infobox templates, outermost only, in order."""
    spans: list[tuple[int, int]] = []
    at = 0
    while (m := _START.search(page.text, at)) is not None:
        end = page.close(m.start())
        if end < 0:
            at = m.end()
            continue
        spans.append((m.start(), end))
        at = end
    return spans


def _kind(name: str) -> str:
    kind = name[len("infobox") :].strip() if name.startswith("infobox") else name
    return "film" if kind in _FILM else kind or "unknown"


def _read(page: WikiPage, start: int, end: int, title: str) -> tuple[Infobox, list[Diagnostic]]:
    name, params = template_parts(page.text[start + 2 : end - 2], start + 2)
    render = Renderer(page)
    rows: list[RawField] = []
    for param in params:
        if param.name is None or not param.value.strip():
            continue
        render.links = []
        items = render.items(param.offset, param.offset + len(param.value))
        if not items:
            continue
        first, last = page.lines_of(param.start, param.offset + len(param.value))
        row = RawField(label=param.name, values=items, lines=(first, last))
        row.numbers = [first] * len(items)
        row.links = list(dict.fromkeys(render.links))
        rows.append(row)
    heads = named(params)
    shown = next(
        (
            " ".join(render.text(p.offset, p.offset + len(p.value)).split())
            for k in ("name", "title")
            if (p := heads.get(k))
        ),
        "",
    )
    cap = heads.get("caption")
    caption = (
        " ".join(render.text(cap.offset, cap.offset + len(cap.value)).split()) if cap else None
    )
    body = [r for r in rows if r.label.strip().casefold() not in _HEAD]
    return build_infobox(
        shown or title, caption or None, body, page.lines_of(start, end), kind=_kind(name)
    )


def parse(ctx: Context) -> PartResult | None:
    """The article's infobox and the other boxes; claims their lines."""
    page = page_of(ctx)
    spans = boxes(page)
    if not spans:
        return None
    title = ctx.values.get("title") or ctx.values.get("_bold_title") or ""
    read = [_read(page, start, end, title) for start, end in spans]
    main = next((i for i, (box, _) in enumerate(read) if box.kind == "film"), 0)
    diags = [d for _, ds in read for d in ds]
    claims: list[tuple[Lines, str]] = [(page.lines_of(s, e), "infobox") for s, e in spans]
    values: dict[str, object] = {
        "infobox": read[main][0],
        "other_infoboxes": [box for i, (box, _) in enumerate(read) if i != main],
        "_boxes": spans,
    }
    return PartResult(values=values, claims=tuple(claims), diagnostics=tuple(diags))
