"""Month names and their abbreviations (English; Malay, German, French, Spanish, Portuguese,
Italian, Scandinavian and Dutch names where they differ), casefolded, to month numbers (data
only)."""

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

# Full month names of the German, French, Spanish, Portuguese, Italian, Scandinavian and Dutch
# Wikipedias' boxes ("10. Dezember 1994", "1er août 1994", "10 de diciembre de 1994", "7. mars
# 1994", "3 maart 1994"); no abbreviations: several ("ago", "set", "gen") are English words.
_EUROPEAN: tuple[tuple[int, tuple[str, ...]], ...] = (
    (1, ("januar", "janvier", "enero", "janeiro", "gennaio")),
    (2, ("februar", "février", "febrero", "fevereiro", "febbraio")),
    (3, ("märz", "mars", "marzo", "março", "maart")),
    (4, ("avril", "abril", "aprile")),
    (5, ("mai", "mayo", "maio", "maggio", "maj")),
    (6, ("juni", "juin", "junio", "junho", "giugno")),
    (7, ("juli", "juillet", "julio", "julho", "luglio")),
    (8, ("août", "agosto", "augusti", "augustus")),
    (9, ("septembre", "septiembre", "setiembre", "setembro", "settembre")),
    (10, ("oktober", "octobre", "octubre", "outubro", "ottobre")),
    (11, ("novembre", "noviembre", "novembro")),
    (12, ("dezember", "décembre", "diciembre", "dezembro", "dicembre", "desember")),
)

MONTHS: MappingProxyType[str, int] = MappingProxyType(
    {name: number for number, names in (*_NAMES, *_MALAY, *_EUROPEAN) for name in names}
)
"""Casefolded month name or abbreviation (without its full stop) to month number (1 to 12)."""

ENGLISH_MONTHS: frozenset[str] = frozenset(name for _, names in _NAMES for name in names)
"""The English month names and abbreviations alone (an awards table's Date cell, whose pattern
the other languages' names would only slow down and mislead: "Mars 2020" is no date there)."""

DAY_ONLY: frozenset[str] = frozenset({"mars", "mayo", "maj"})
"""Month names that are English words or names too ("Mars 2020", "Mayo 2019", "Maj"): a month only
after a day ("14 mars 1994"), never in a month-and-year date."""
