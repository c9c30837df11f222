"""Note backlinks against the markers that cite each note: the counts must agree."""

from __future__ import annotations

from collections import Counter

from leaving_vegas_extract.model.article import Diagnostic, Reference

CITING_PARTS = frozenset({"lead", "section", "infobox", "cast", "awards", "soundtrack"})
"""Parts whose lines print note markers that count as citations, in every format (the rows of
an awards table and a track list cite their notes as the prose does)."""


def mismatches(references: list[Reference], counts: Counter[int]) -> list[Diagnostic]:
    """A diagnostic per note whose citation count differs from its backlinks (text and HTML)."""
    found: list[Diagnostic] = []
    for ref in references:
        cited = counts.get(ref.number, 0)
        if cited != ref.backlinks:
            message = (
                f"note {ref.number} has {ref.backlinks} backlink(s) but is cited {cited} time(s)"
            )
            found.append(
                Diagnostic(
                    severity="info", code="backlink-mismatch", message=message, lines=ref.lines
                )
            )
    return found
