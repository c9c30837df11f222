"""Which format's part parsers run, in order. Adding a format: its folder, one line here.

Each format lists its own parts in order (``formats/<format>/parts.py``); a format is imported only
when an input of it arrives, so a text-only run never loads the HTML reader.
"""

from __future__ import annotations

from leaving_vegas_extract.source.context import Part


def parts_for(fmt: str, rendering: str) -> tuple[Part, ...]:
    """The parts to run, in order, for an input format and rendering."""
    if fmt == "wikitext":
        from leaving_vegas_extract.formats.wikitext.parts import WIKITEXT_PARTS

        return WIKITEXT_PARTS
    if fmt == "html":
        from leaving_vegas_extract.formats.html.parts import HTML_PARTS

        return HTML_PARTS
    from leaving_vegas_extract.formats.text.parts import TEXT_PARTS

    return TEXT_PARTS
