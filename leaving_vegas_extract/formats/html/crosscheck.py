"""Cross-check for pages: how often the prose cites each note against the note's backlinks.

The text path counts ``[n]`` in the prose lines; on a page the markers are ``sup.reference``
elements (their brackets may be separate spans), counted where a citing part (the same set as
text's) claimed their lines.
"""

from __future__ import annotations

import re
from collections import Counter

from leaving_vegas_extract.formats.html.document import doc_of
from leaving_vegas_extract.formats.html.text import classes, text_of
from leaving_vegas_extract.model.article import Reference
from leaving_vegas_extract.parts.references.crosscheck import CITING_PARTS, mismatches
from leaving_vegas_extract.source.context import Context, PartResult

_NUMBER = re.compile(r"\[(\d{1,7})\]")


def parse(ctx: Context) -> PartResult | None:
    """A diagnostic for each note cited a different number of times than its backlinks say."""
    doc = doc_of(ctx)
    references: list[Reference] = ctx.values.get("references") or []
    if doc is None or not references:
        return None
    owner = ctx.claims.owner
    counts: Counter[int] = Counter()
    for sup in doc.content.iter("sup"):
        if "reference" not in classes(sup):
            continue
        if owner.get(doc.lines.span(sup)[0]) in CITING_PARTS:
            counts.update(int(n) for n in _NUMBER.findall(text_of(sup)))
    return PartResult(diagnostics=tuple(mismatches(references, counts)))
