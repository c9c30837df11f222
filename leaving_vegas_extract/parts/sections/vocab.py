"""Section-title words that fit each kind of table or list, and sections that hold no prose."""

from __future__ import annotations

from types import MappingProxyType

ANCHOR_TITLES: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "awards": ("award", "accolade", "honour", "honor", "recognition", "nomination", "prize"),
        "references": ("reference", "note", "footnote", "citation", "source"),
        "soundtrack": ("soundtrack", "music", "track", "score", "album"),
        "further_reading": ("further reading", "bibliography", "reading", "literature"),
    }
)
"""Anchor kind to words (casefolded) of the section titles it may stand under."""

NON_PROSE_TITLES: tuple[str, ...] = (
    "references",
    "external links",
    "further reading",
    "bibliography",
    "footnotes",
    "citations",
    "see also",
)
"""Sections whose body is a list, not prose (casefolded title words)."""
