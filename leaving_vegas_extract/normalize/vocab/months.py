"""Month names and their abbreviations (English; Malay where they differ), casefolded, to month
numbers (data only)."""

from __future__ import annotations

from types import MappingProxyType

_NAMES: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("january", "jan")),
    (2, ("february", "feb")),
    (3, ("march", "mar")),
    (4, ("april", "apr")),
    (5, ("may",)),
    (6, ("june", "jun")),
    (7, ("july", "jul")),
    (8, ("august", "aug")),
    (9, ("september", "sept", "sep")),
    (10, ("october", "oct")),
    (11, ("november", "nov")),
    (12, ("december", "dec")),
)

# Malay month names where they differ from the English ones ("18 Oktober 1961" on a Malay wiki).
_MALAY: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("januari",)),
    (2, ("februari",)),
    (3, ("mac",)),
    (5, ("mei",)),
    (7, ("julai",)),
    (8, ("ogos",)),
    (10, ("oktober",)),
    (12, ("disember",)),
)

MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {name: number for number, names in (*_NAMES, *_MALAY) for name in names}
)
"""Casefolded month name or abbreviation (without its full stop) to month number (1 to 12)."""
