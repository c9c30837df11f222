"""Cross-check: how often the prose cites each note against the note's backlink count."""

from __future__ import annotations

import re
from collections import Counter

from ..context import Context, PartResult
from ..models import Diagnostic, Reference

_MARKER = re.compile(r"\[(\d{1,4})\]")
_CITING_PARTS = frozenset({"lead", "section", "infobox"})


def parse(ctx: Context) -> PartResult | None:
    """A diagnostic for each note cited a different number of times than its backlinks say."""
    references: list[Reference] = ctx.values.get("references") or []
    if not references:
        return None
    lines = ctx.source.lines
    size = len(lines)
    # Counts do not depend on order: walk the claims, not every line, and scan the citing
    # lines as one text (a marker never spans a line end).
    cited = "\n".join(
        [
            lines[number - 1]
            for number, part in ctx.claims.owner.items()
            if part in _CITING_PARTS and 0 < number <= size
        ]
    )
    counts: Counter[int] = Counter(map(int, _MARKER.findall(cited)))
    return PartResult(diagnostics=tuple(mismatches(references, counts)))


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
