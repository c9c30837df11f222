"""Cross-check: how often the prose cites each note against the note's backlink count."""

from __future__ import annotations

import re
from collections import Counter

from leaving_vegas_extract.model.article import Reference
from leaving_vegas_extract.parts.references.crosscheck import CITING_PARTS, mismatches
from leaving_vegas_extract.source.context import Context, PartResult

_MARKER = re.compile(r"\[(\d{1,7})\]")
_CHUNK = 4096  # lines scanned per findall


def parse(ctx: Context) -> PartResult | None:
    """A diagnostic for each note cited a different number of times than its backlinks say."""
    references: list[Reference] = ctx.values.get("references") or []
    if not references:
        return None
    lines = ctx.source.lines
    size = len(lines)
    # Counts do not depend on order: walk the claims, not every line, and scan the citing
    # lines as one text (a marker never spans a line end), a few thousand lines at a time so
    # a large article is not copied whole.
    citing = [
        number
        for number, part in ctx.claims.owner.items()
        if part in CITING_PARTS and 0 < number <= size
    ]
    counts: Counter[int] = Counter()
    for start in range(0, len(citing), _CHUNK):
        cited = "\n".join([lines[number - 1] for number in citing[start : start + _CHUNK]])
        counts.update(map(int, _MARKER.findall(cited)))
    return PartResult(diagnostics=tuple(mismatches(references, counts)))
