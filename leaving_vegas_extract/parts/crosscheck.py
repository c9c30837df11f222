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
    owner = ctx.claims.owner
    counts: Counter[int] = Counter()
    for number, line in enumerate(ctx.source.lines, 1):
        if "[" in line and owner.get(number) in _CITING_PARTS:
            counts.update(int(n) for n in _MARKER.findall(line))
    return PartResult(diagnostics=tuple(mismatches(references, counts)))


def mismatches(references: list[Reference], counts: Counter[int]) -> list[Diagnostic]:
    """A diagnostic per note whose citation count differs from its backlinks (text and HTML)."""
    return [
        Diagnostic(
            severity="info",
            code="backlink-mismatch",
            message=(
                f"note {ref.number} has {ref.backlinks} backlink(s) "
                f"but is cited {counts.get(ref.number, 0)} time(s)"
            ),
            lines=ref.lines,
        )
        for ref in references
        if counts.get(ref.number, 0) != ref.backlinks
    ]
