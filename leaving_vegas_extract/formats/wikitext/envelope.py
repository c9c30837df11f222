"""The envelope from the page header of a dump (page id, title, revision), and the title.

``Article.title`` is the page's ``<title>`` exactly, disambiguation included. A wikitext file
without a header takes the infobox's name, else the first bold phrase of its text.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.formats.wikitext.page import page_of
from leaving_vegas_extract.formats.wikitext.render import Renderer
from leaving_vegas_extract.model.article import Envelope
from leaving_vegas_extract.source.context import Context, PartResult

_EXTRA = ("revision_id", "sha1", "namespace", "parent_id", "model", "format")
_BOLD = re.compile(r"'{3}(.+?)'{3}")


def bold_title(ctx: Context) -> str | None:
    """A headerless page's title: the first bold phrase of its text, as a reader sees it."""
    page = page_of(ctx)
    m = _BOLD.search(page.text)
    if m is None:
        return None
    title = " ".join(Renderer(page).text(m.start(1), m.end(1)).split()).strip("'")
    return title or None


def parse(ctx: Context) -> PartResult | None:
    """Envelope fields from ``SourceText.header``; without one, a title from the text."""
    header = dict(ctx.source.header)
    if not header:
        title = bold_title(ctx)
        return PartResult(values={"_bold_title": title}) if title else None
    envelope = Envelope(
        article_id=header.get("id"),
        title=header.get("title"),
        reproduction_date=header.get("timestamp"),
        extra={k: header[k] for k in _EXTRA if header.get(k)},
    )
    values: dict[str, object] = {"envelope": envelope}
    if header.get("title"):
        values["title"] = header["title"]
    return PartResult(values=values)


def title(ctx: Context) -> PartResult | None:
    """Without a page header: the infobox's name, else the first bold phrase (after the box)."""
    if "title" in ctx.values:
        return None
    infobox = ctx.values.get("infobox")
    shown = infobox.name if infobox is not None else ctx.values.get("_bold_title")
    return PartResult(values={"title": shown}) if shown else None
