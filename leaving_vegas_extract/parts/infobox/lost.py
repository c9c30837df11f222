"""Rows whose printed label was lost: place them by the shape of their values, or say so.

A reader marks such a row with an empty label. Its values are classed one by one (country,
language, company, other); each run of one class becomes a row under the label its class reveals,
when the box has no row of that key yet, else under the unknown label with a warning.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.model.article import Diagnostic, Lines
from leaving_vegas_extract.normalize.duration import is_minutes
from leaving_vegas_extract.normalize.text import clean, strip_markers
from leaving_vegas_extract.parts.infobox.countries import COUNTRIES, LANGUAGES
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.parts.infobox.split import strip_flag
from leaving_vegas_extract.parts.infobox.vocab import (
    COMPANY_SUFFIXES,
    FILM_ROW_ORDER,
    INFERRED_LABELS,
    LABELS,
    SLOT_LABEL,
    UNKNOWN_LABEL,
)

_NUMBERED = re.compile(r"\d{1,3}[.)]")  # a numbered list item's number ("4.", "2)")
_SLOT_VALUES = 2  # names a lost list needs to be read as the cast (a narrator is one name)


def is_company(value: str) -> bool:
    """Whether a value ends like a company name ("Harbour Pictures", "Canal Nine Films").

    >>> is_company("Harbour Pictures"), is_company("Richard A. Harris"), is_company("Films")
    (True, False, False)
    >>> is_company("4. Best Film")  # an item of a numbered list (an awards record), no company
    False
    """
    # Without markers, ASCII text splits to the same words as its clean() form.
    text = value if value.isascii() and "[" not in value else strip_markers(value)[0]
    words = text.split()
    if not words or _NUMBERED.fullmatch(words[0]):
        return False
    return len(words) >= 2 and words[-1].casefold() in COMPANY_SUFFIXES


def value_class(value: str) -> str | None:
    """The key a lone value reveals by its shape: countries, languages, production companies,
    running time."""
    text = clean(strip_flag(strip_markers(value)[0].lstrip("•·* ")))
    if is_minutes(text):  # a length alone: a running time whatever row it was printed under
        return "running_time"
    folded = text.casefold()
    if folded in COUNTRIES:
        return "countries"
    if folded in LANGUAGES:
        return "languages"
    if is_company(text):
        return "production_companies"
    return None


def _runs(values: list[tuple[str, int]]) -> list[tuple[str | None, list[tuple[str, int]]]]:
    runs: list[tuple[str | None, list[tuple[str, int]]]] = []
    for value, number in values:
        kind = value_class(value)
        if runs and runs[-1][0] == kind:
            runs[-1][1].append((value, number))
        elif kind == "production_companies" and runs and _one_words(runs[-1]):
            # One-word names right before a company ("Laika" / "Canal Nine Films"): companies.
            runs[-1] = (kind, [*runs[-1][1], (value, number)])
        else:
            runs.append((kind, [(value, number)]))
    return runs


def _one_words(run: tuple[str | None, list[tuple[str, int]]]) -> bool:
    return run[0] is None and all(" " not in value.strip() for value, _ in run[1])


def place_lost(
    values: list[tuple[str, int]], keys: set[str]
) -> list[tuple[str, list[tuple[str, int]], Diagnostic]]:
    """Rows ``(label, values with their lines, diagnostic)`` for the values of a lost-label row.

    ``keys`` holds the keys the box already has; it is updated with the keys placed here.
    """
    rows: list[tuple[str, list[tuple[str, int]], Diagnostic]] = []
    for kind, run in _runs(values):
        lines: Lines = (run[0][1], run[-1][1])
        shown = ", ".join(v for v, _ in run)[:120]
        if kind is not None and kind not in keys:
            keys.add(kind)
            name = INFERRED_LABELS[kind]
            diag = Diagnostic(
                severity="info",
                code="infobox-label-inferred",
                message=f"row printed without its label, placed under {name!r}: {shown!r}",
                lines=lines,
            )
            rows.append((name, run, diag))
        else:
            diag = Diagnostic(
                severity="warning",
                code="infobox-label-lost",
                message=f"row printed without its label, kept under {UNKNOWN_LABEL!r}: {shown!r}",
                lines=lines,
            )
            rows.append((UNKNOWN_LABEL, run, diag))
    return rows


def _key(label: str) -> str | None:
    return LABELS.get(clean(label).rstrip(":").casefold())


def in_slot(
    rows: list[RawField], row: RawField, keys: set[str], diag: Diagnostic
) -> tuple[str, Diagnostic]:
    """The label of a lost-label list of names that stands where a film's box prints its cast:
    after the credits that come before "Starring" and before those that come after it, in a box
    with no "Starring" row. Otherwise the unknown label and ``diag`` unchanged."""
    index = rows.index(row)
    before = [k for r in rows[:index] if r.label and (k := _key(r.label)) in FILM_ROW_ORDER]
    after = [k for r in rows[index + 1 :] if r.label and (k := _key(r.label)) in FILM_ROW_ORDER]
    slot = FILM_ROW_ORDER.index("starring")
    fits = bool(before and after) and len(row.values) >= _SLOT_VALUES
    fits = fits and FILM_ROW_ORDER.index(before[-1]) < slot < FILM_ROW_ORDER.index(after[0])
    key = _key(SLOT_LABEL)
    if not fits or key is None or key in keys:
        return UNKNOWN_LABEL, diag
    keys.add(key)
    shown = ", ".join(row.values)[:120]
    note = Diagnostic(
        severity="info",
        code="infobox-label-inferred",
        message=f"row printed without its label, placed under {SLOT_LABEL!r} by its place "
        f"between {before[-1]!r} and {after[0]!r}: {shown!r}",
        lines=diag.lines,
    )
    return SLOT_LABEL, note
