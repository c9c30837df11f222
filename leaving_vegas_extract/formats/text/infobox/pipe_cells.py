"""Pipe-table cells whose list separators were lost ("Ann Roe Bo Lee"): split only on evidence.

Evidence is a vocabulary (countries, languages), company suffixes, or the article's other text (see
``parts.infobox.split``); a long cell that could not be split keeps a warning.
"""

from __future__ import annotations

from collections.abc import Callable

from leaving_vegas_extract.model.article import Diagnostic, Lines
from leaving_vegas_extract.parts.infobox.build import canonical
from leaving_vegas_extract.parts.infobox.countries import COUNTRIES, LANGUAGES
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.parts.infobox.split import (
    Evidence,
    split_companies,
    split_described,
    split_known,
)
from leaving_vegas_extract.parts.infobox.split_names import (
    looks_listed,
    split_given,
    split_headings,
    split_qualified,
)
from leaving_vegas_extract.parts.infobox.vocab import COMPANY_KEYS, FILM_NAME_FIELDS

_UNSPLIT_TOKENS = 4  # a cell this long that could not be split is probably a lost list


def _without_markers(value: str) -> str:
    """``value`` without the note markers that end it ("Ann Roe [1][a]" -> "Ann Roe")."""
    text = value.rstrip()
    while text.endswith("]"):
        start = text.rfind("[")
        if start <= 0 or len(text) - start > 42 or "]" in text[start:-1]:
            break
        text = text[:start].rstrip()
    return text


def _split_row(row: RawField, key: str, evidence: Callable[[], Evidence]) -> list[str] | None:
    """The pieces of a one-value cell, its note markers kept on the last piece."""
    cell = _without_markers(row.values[0])
    markers = row.values[0][len(cell) :]
    pieces = _pieces(cell, key, evidence)
    if pieces and markers:
        pieces[-1] += markers
    return pieces


def _pieces(cell: str, key: str, evidence: Callable[[], Evidence]) -> list[str] | None:
    if key == "countries":
        return split_known(cell, COUNTRIES)
    if key == "languages":
        return split_known(cell, LANGUAGES) or split_described(cell, LANGUAGES)
    companies = key in COMPANY_KEYS
    subs = split_qualified(cell) or [cell]
    if not companies:
        # Role headings ("Songs: ...") cut a credit into lists and are dropped.
        subs = [part for sub in subs for part in (split_headings(sub) or [sub])]
    out: list[str] = []
    for sub in subs:
        found = _names(sub, companies, evidence) if " " in sub else None
        out.extend(found or [sub])
    return out if out != [cell] else None


def _names(cell: str, companies: bool, evidence: Callable[[], Evidence]) -> list[str] | None:
    if companies:
        return split_companies(cell) or evidence().split(cell)
    return evidence().split(cell) or split_given(cell, evidence().printed)


def split_cells(
    rows: list[RawField], texts: Callable[[], list[str]], *, table: bool = True
) -> list[Diagnostic]:
    """Split one-value name cells with lost separators, in place; a warning where none could be.

    ``texts`` gives the article's other text, read only when some cell needs evidence.
    ``table``: cells of a table, where every list lost its breaks. A text box prints one value a
    line, so there company cells stay whole (a long name is one company: "Walt Disney Studios
    Motion Pictures") and a long name left whole is no sign of a lost list (no warning).
    """
    diags: list[Diagnostic] = []
    cache: list[Evidence] = []

    def evidence() -> Evidence:
        if not cache:
            short = [v for r in rows for v in r.values if len(v.split()) <= 3]
            cache.append(Evidence([*texts(), *short]))
        return cache[0]

    for row in rows:
        key = canonical(row.label)
        if key not in FILM_NAME_FIELDS or len(row.values) != 1 or " " not in row.values[0]:
            continue
        if not table and (key in COMPANY_KEYS or len(row.values[0].split()) < _UNSPLIT_TOKENS):
            continue  # a text box's short cell is one name, not a lost list
        if ", " in row.values[0]:
            # A comma list (the builder splits it) whose first items lost their own commas.
            if table and key not in COMPANY_KEYS:
                _split_items(row, key, evidence)
            continue
        pieces = _split_row(row, key, evidence)
        if pieces:
            number = row.numbers[0]
            row.values, row.numbers = pieces, [number] * len(pieces)
            long = [p for p in pieces if _listed(p, key)]
            diags.extend(_unsplit(row.label, piece, row.lines) for piece in long if table)
        elif table and _listed(row.values[0], key):
            diags.append(_unsplit(row.label, row.values[0], row.lines))
    return diags


def _split_items(row: RawField, key: str, evidence: Callable[[], Evidence]) -> None:
    """Split, in place, the long items of a comma cell that ran names together ("Ann Roe Bo Lee
    Cy Dunn, Di Vale"), on the same evidence as a cell without commas."""
    items = row.values[0].split(", ")
    out: list[str] = []
    for item in items:
        long = len(item.split()) >= _UNSPLIT_TOKENS and "[" not in item and "(" not in item
        out.extend((_pieces(item, key, evidence) if long else None) or [item])
    if len(out) > len(items):
        row.values, row.numbers = out, [row.numbers[0]] * len(out)


def _listed(value: str, key: str) -> bool:
    """Whether a value left whole looks like several names (a long company name is one)."""
    if key in COMPANY_KEYS:
        return len(_without_markers(value).split()) >= _UNSPLIT_TOKENS
    return looks_listed(value)


def _unsplit(label: str, cell: str, lines: Lines) -> Diagnostic:
    return Diagnostic(
        severity="warning",
        code="infobox-cell-unsplit",
        message=f"{label!r} cell may hold several names with their separators lost: {cell!r}",
        lines=lines,
    )
