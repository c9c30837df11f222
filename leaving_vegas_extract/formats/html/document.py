"""The parsed page as every HTML part sees it: read once, cached in the context.

The first HTML part parses the page; later parts find the :class:`HtmlDoc` in ``ctx.values`` and
the items earlier parts took (``_html_taken``: indices into ``HtmlDoc.items``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from leaving_vegas_extract.formats.html.parse import check_size
from leaving_vegas_extract.formats.html.reader import HtmlDoc, Item, read_html
from leaving_vegas_extract.model.article import Lines
from leaving_vegas_extract.source.context import Context, PartResult
from leaving_vegas_extract.source.document import is_blank

DOC = "_html"
TAKEN = "_html_taken"
_TAG = re.compile(r"<[^<>]*>")


def doc_of(ctx: Context) -> HtmlDoc | None:
    """The parsed page, None when it could not be parsed."""
    doc = ctx.values.get(DOC)
    return doc if isinstance(doc, HtmlDoc) else None


def taken(ctx: Context) -> frozenset[int]:
    """Indices of the items some part has read."""
    found = ctx.values.get(TAKEN)
    return found if isinstance(found, frozenset) else frozenset()


def free_items(ctx: Context, doc: HtmlDoc, kind: str | None = None) -> list[tuple[int, Item]]:
    """``(index, item)`` of the items no part has read yet (of one kind, when given)."""
    used = taken(ctx)
    return [
        (i, item)
        for i, item in enumerate(doc.items)
        if i not in used and (kind is None or item.kind == kind)
    ]


def take(ctx: Context, indices: Iterable[int]) -> dict[str, frozenset[int]]:
    """The ``values`` entry that marks ``indices`` as read (with the earlier ones)."""
    return {TAKEN: taken(ctx) | frozenset(indices)}


def parse(ctx: Context) -> PartResult:
    """Parse the page once: the tree, its line map and its items go to ``ctx.values``."""
    check_size(ctx.source.size)
    read = read_html(ctx.source.lines)
    if not isinstance(read, HtmlDoc):
        return PartResult(diagnostics=read)
    return PartResult(values={DOC: read, TAKEN: frozenset()}, diagnostics=read.diagnostics)


def markup(ctx: Context) -> PartResult | None:
    """Claim the lines that hold only tags (no text the tree keeps) as ``markup``.

    Lines with text stay for the parts that read them; what none read stays unclaimed. Without a
    tree nothing is known, so nothing is claimed; past where the parser stopped, only lines that
    are tags alone are.
    """
    doc = doc_of(ctx)
    if doc is None:
        return None
    owner = ctx.claims.owner
    stopped = doc.stopped or len(ctx.source.lines) + 1
    runs: list[Lines] = []
    for number, line in enumerate(ctx.source.lines, 1):
        if number in owner or is_blank(line) or doc.lines.has_text(number):
            continue
        if number >= stopped and not is_blank(_TAG.sub("", line)):
            continue  # past where the parser stopped, only a line of tags is known to be markup
        if runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return PartResult(claims=tuple((run, "markup") for run in runs))
