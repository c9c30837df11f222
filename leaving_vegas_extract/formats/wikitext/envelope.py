"""The envelope from the page header of a dump (page id, title, revision), and the title.

``Article.title`` is the page's ``<title>`` exactly, disambiguation included; a wikitext file
without a header leaves the title to the infobox.
"""

from __future__ import annotations

from leaving_vegas_extract.model.article import Envelope
from leaving_vegas_extract.source.context import Context, PartResult

_EXTRA = ("revision_id", "sha1", "namespace", "parent_id", "model", "format")


def parse(ctx: Context) -> PartResult | None:
    """Envelope fields from ``SourceText.header``."""
    header = dict(ctx.source.header)
    if not header:
        return None
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
