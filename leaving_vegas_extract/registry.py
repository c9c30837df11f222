"""The ordered registry of part parsers. Adding a part: its module, one line here.

Order matters: the envelope fixes the body region; tables and lists claim their lines before the
sections part places the remaining prose; the cross-check reads what all the others found.
"""

from __future__ import annotations

from .context import Part
from .parts import awards, crosscheck, envelope, infobox, references, sections, soundtrack

TEXT_PARTS: tuple[Part, ...] = (
    envelope.parse,
    infobox.parse,
    references.parse,
    awards.parse,
    soundtrack.parse,
    sections.parse,
    crosscheck.parse,
)


def parts_for(fmt: str, rendering: str) -> tuple[Part, ...]:
    """The parts to run, in order, for an input format and rendering."""
    if fmt == "html":
        from .html.parts import HTML_PARTS

        return HTML_PARTS
    return TEXT_PARTS
