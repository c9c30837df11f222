"""The soundtrack album's name and release from the prose around a listing (shared by every
format).
"""

from __future__ import annotations

import re

from leaving_vegas_extract.model.article import Infobox
from leaving_vegas_extract.normalize.dates import find_date
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.parts.soundtrack import vocab
from leaving_vegas_extract.source.context import Context

_TITLED = re.compile(r"\b(?:titled|entitled) ([A-Z][^,;.()\[\]]{0,120})")


def prose_before(ctx: Context, first: int) -> str | None:
    """The free lines just before line ``first``: the rest of its block, or the block before."""
    index = next((k for k, b in enumerate(ctx.blocks) if b.start <= first <= b.end), None)
    if index is None:
        return None
    block = ctx.blocks[index]
    if first > block.start:
        return " ".join(block.lines[: first - block.start])
    if index == 0:
        return None
    prose = ctx.blocks[index - 1]
    return " ".join(prose.lines) if ctx.is_free(prose) else None


def album_facts(ctx: Context, prose: str | None) -> tuple[str | None, str | None]:
    """Album title and release date from the album's infobox or the prose before the listing."""
    title = date = None
    album = next((b for b in ctx.values.get("other_infoboxes", []) if b.kind == "album"), None)
    if isinstance(album, Infobox):
        title = album.name or None
        released = next((f for f in album.fields if f.label.casefold() == "released"), None)
        date = find_date(" ".join(released.values)) if released else None
    if prose is not None:
        text = strip_markers(prose)[0]
        low = text.casefold()
        at = min((i for w in vocab.RELEASE_WORDS if (i := low.find(w)) >= 0), default=-1)
        date = date or (find_date(text[at:]) if at >= 0 else None)
        # Both words end in "titled": a plain search rules most prose out before the pattern.
        m = _TITLED.search(text) if title is None and "titled" in text else None
        title = m.group(1).strip() if m else title
    return title, date
