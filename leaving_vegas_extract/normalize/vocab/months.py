"""English month names and their abbreviations, casefolded, to month numbers (data only)."""

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

MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {name: number for number, names in _NAMES for name in names}
)
"""Casefolded month name or abbreviation (without its full stop) to month number (1 to 12)."""
