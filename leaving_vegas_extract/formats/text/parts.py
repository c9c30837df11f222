"""The part parsers for flattened text, in order (``registry.parts_for`` returns them).

The envelope fixes the body region; tables and lists claim their lines before the sections part
places the remaining prose; the cross-check reads what all the others found.
"""

from __future__ import annotations

from leaving_vegas_extract.formats.text import cast, crosscheck, envelope, references
from leaving_vegas_extract.formats.text.awards import part as awards
from leaving_vegas_extract.formats.text.infobox import part as infobox
from leaving_vegas_extract.formats.text.sections import part as sections
from leaving_vegas_extract.formats.text.soundtrack import part as soundtrack
from leaving_vegas_extract.source.context import Part

TEXT_PARTS: tuple[Part, ...] = (
    envelope.parse,
    infobox.parse,
    references.parse,
    awards.parse,
    soundtrack.parse,
    cast.parse,
    sections.parse,
    crosscheck.parse,
)
