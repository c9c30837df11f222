"""Infobox of a flattened text dump: find the block of labelled rows, read its rows.

Rows are ``Label value`` (label-space), ``Labelvalue`` (label-glued) or a label alone on its line
with the value below. A line with no label continues the row above; bullets are list items.
"""

from __future__ import annotations

import re

from ..context import Context, PartResult
from ..document import Block
from ..infobox_build import RawField, build_infobox
from ..models import Diagnostic, Infobox, Lines
from ..normalize.text import clean
from ..vocab.infobox_labels import LABELS

_LABEL_RE = re.compile(
    "|".join(re.escape(label) for label in sorted(LABELS, key=len, reverse=True)), re.IGNORECASE
)
_BULLET = re.compile(r"^\s*[•\u2022*·-]\s+")
_SPACE = " \t\u00a0"


def match_label(line: str, glued: bool) -> tuple[str, str] | None:
    """``(label as printed, rest)`` when ``line`` opens with a known label, else None.

    >>> match_label("Directed by Jane Doe", glued=False)
    ('Directed by', ' Jane Doe')
    >>> match_label("Directed byJane Doe", glued=True)
    ('Directed by', 'Jane Doe')
    >>> match_label("Storyteller Sam", glued=True) is None
    True
    """
    if not line or not line[0].isupper():
        return None
    m = _LABEL_RE.match(line)
    if m is None:
        return None
    rest = line[m.end() :]
    if rest and rest[0] not in _SPACE:
        if not glued or rest[0].islower() or rest[0] in "(:":
            return None
    return m.group(0), rest


def _is_infobox_block(block: Block, glued: bool) -> bool:
    labelled = sum(1 for line in block.lines if match_label(line, glued))
    return labelled >= 2 and labelled * 4 >= len(block.lines)


def read_rows(numbered: list[tuple[int, str]], glued: bool) -> tuple[list[RawField], list[int]]:
    """Rows of labelled lines; also the line numbers that came before the first label."""
    rows: list[RawField] = []
    before: list[int] = []
    for number, line in numbered:
        found = match_label(line, glued)
        if found is not None:
            label, rest = found
            row = RawField(label=label, lines=(number, number))
            row.add(rest.strip(_SPACE), number)
            rows.append(row)
        elif rows:
            rows[-1].add(_BULLET.sub("", line).strip(_SPACE), number)
        else:
            before.append(number)
    return rows, before


def _one(ctx: Context, block: Block, glued: bool) -> tuple[Infobox, list[Diagnostic]]:
    rows, before = read_rows(block.numbered(), glued)
    heads = [clean(ctx.source.line(n)) for n in before]
    name = heads[0] if heads else ctx.values.get("title", "")
    caption = heads[-1] if len(heads) >= 2 else None
    diags: list[Diagnostic] = []
    if len(heads) > 2:
        diags.append(
            Diagnostic(
                severity="info",
                code="infobox-extra-lines",
                message=f"{len(heads) - 2} line(s) between infobox name and caption kept in name",
                lines=(before[1], before[-2]),
            )
        )
    box, more = build_infobox(str(name), caption, rows, block.span)
    return box, diags + more


def parse(ctx: Context) -> PartResult | None:
    """The main infobox (first labelled block of the body) and any further ones."""
    glued = ctx.rendering == "label-glued"
    start, end = ctx.values.get("_body", (1, len(ctx.source.lines)))
    boxes: list[Infobox] = []
    diags: list[Diagnostic] = []
    claims: list[tuple[Lines, str]] = []
    for block in ctx.free_blocks():
        if block.start < start or block.end > end or not _is_infobox_block(block, glued):
            continue
        box, more = _one(ctx, block, glued)
        boxes.append(box)
        diags.extend(more)
        claims.append((block.span, "infobox"))
    if not boxes:
        return None
    return PartResult(
        values={"infobox": boxes[0], "other_infoboxes": boxes[1:]},
        claims=tuple(claims),
        diagnostics=tuple(diags),
    )
