"""Lead, contents list and section tree: body items aligned with the outline (see ``align``)."""

from __future__ import annotations

from ..align import Item, align
from ..context import Anchor, Context, PartResult
from ..document import Block
from ..models import Diagnostic, Lines, Paragraph, Section
from ..normalize.text import strip_markers
from ..outline import (
    OutlineEntry,
    heading_key,
    literal_heading,
    looks_like_heading,
    parse_contents,
)

_LINE_PARAGRAPHS = frozenset({"pipe-table"})
_EDIT_LINKS = frozenset({"[edit]", "edit", "[ edit ]"})
_NOT_BODY = frozenset({"infobox", "envelope", "chrome", "title", "footer", "outside"})


def paragraph(lines: tuple[str, ...], span: Lines) -> Paragraph:
    """Prose lines as one paragraph: markers out, citations kept in order."""
    text, citations = strip_markers(" ".join(lines))
    return Paragraph(text=text, citations=citations, lines=span)


def _runs(block: Block, ctx: Context, body: Lines) -> list[tuple[Lines, str | None]]:
    """Split a block into runs of free lines (None) and lines some part claimed (its name).

    Where a rendering separates paragraphs by single line ends (pipe tables), every free line
    is a run of its own.
    """
    owner = ctx.claims.owner
    single = ctx.rendering in _LINE_PARAGRAPHS
    runs: list[tuple[Lines, str | None]] = []
    for number in range(block.start, block.end + 1):
        part = owner.get(number) if body[0] <= number <= body[1] else "outside"
        if runs and runs[-1][1] == part and not (single and part is None):
            runs[-1] = ((runs[-1][0][0], number), part)
        else:
            runs.append(((number, number), part))
    return runs


def _heading_shaped(lines: tuple[str, ...]) -> bool:
    """One line, or a line with its edit link dropped onto the next ("Plot" / "[edit]")."""
    return len(lines) == 1 or (len(lines) == 2 and lines[1].strip().casefold() in _EDIT_LINKS)


def _anchor_kind(anchors: dict[int, Anchor], span: Lines, part: str) -> str:
    anchor = anchors.get(span[0])
    return anchor.kind if anchor else part


def _heading(ctx: Context, text: str, titles: set[str] | None) -> tuple[str, int] | None:
    found = literal_heading(text, ctx.rendering)
    if found is not None:
        return found
    if titles is not None:
        return (text.strip(), 1) if heading_key(text) in titles else None
    return (text.strip(), 1) if looks_like_heading(text) else None


def parse(ctx: Context) -> PartResult:
    """Lead paragraphs, the outline, and every body paragraph placed under its section."""
    body = ctx.values.get("_body", (1, len(ctx.source.lines)))
    blocks = [b for b in ctx.blocks if b.end >= body[0] and b.start <= body[1]]
    claims: list[tuple[Lines, str]] = []
    outline: list[OutlineEntry] = []
    after = 0
    for index, block in enumerate(blocks):
        if ctx.claims.is_claimed(block.start):
            continue
        entries = parse_contents(block)
        if entries:
            outline, after = entries, index + 1
            claims.append((block.span, "contents"))
            break
    titles = {heading_key(e.title) for e in outline} if outline else None
    anchors = {a.lines[0]: a for a in ctx.anchors}
    lead: list[Paragraph] = []
    items: list[Item] = []
    spans: list[tuple[Lines, tuple[str, ...]]] = []
    for index, block in enumerate(blocks):
        if outline and index < after - 1:
            for span, part in _runs(block, ctx, body):
                if part is None:
                    lines = block.lines[span[0] - block.start : span[1] - block.start + 1]
                    lead.append(paragraph(lines, span))
                    claims.append((span, "lead"))
            continue
        if index == after - 1 and outline:
            continue
        gap = block.gap
        for span, part in _runs(block, ctx, body):
            lines = block.lines[span[0] - block.start : span[1] - block.start + 1]
            if part is not None:
                kind = _anchor_kind(anchors, span, part)
                if kind in _NOT_BODY:
                    continue
                items.append(Item(kind, gap))
            else:
                head = _heading(ctx, " ".join(lines), titles) if _heading_shaped(lines) else None
                if head is not None:
                    items.append(Item("heading", gap, heading_key(head[0])))
                    if titles is None:
                        outline.append(OutlineEntry(None, head[0], head[1], span))
                else:
                    items.append(Item("prose", gap, " ".join(lines).casefold()))
                claims.append((span, "section"))
            spans.append((span, lines))
            gap = 0
    return _assemble(ctx, outline, lead, items, spans, claims, headings_only=titles is None)


def _assemble(
    ctx: Context,
    outline: list[OutlineEntry],
    lead: list[Paragraph],
    items: list[Item],
    spans: list[tuple[Lines, tuple[str, ...]]],
    claims: list[tuple[Lines, str]],
    *,
    headings_only: bool,
) -> PartResult:
    diagnostics: list[Diagnostic] = []
    titles = [heading_key(e.title) for e in outline]
    if headings_only:
        # Headings came from the body itself: no gap evidence is needed to place prose.
        place, at = [], -1
        heading_index = 0
        for item in items:
            if item.kind == "heading":
                at = heading_index
                heading_index += 1
            place.append(at)
        tie = False
    else:
        place, tie = align(items, titles)
    if tie:
        diagnostics.append(
            Diagnostic(
                severity="info",
                code="ambiguous-alignment",
                message="two placements of paragraphs under headings were equally good",
            )
        )
    bodies: list[list[Paragraph]] = [[] for _ in outline]
    for item, target, (span, lines) in zip(items, place, spans, strict=True):
        if item.kind != "prose":
            continue
        para = paragraph(lines, span)
        if target < 0:
            lead.append(para)
        else:
            bodies[target].append(para)
    return PartResult(
        values={
            "lead": lead,
            "sections": _tree(outline, bodies),
        },
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
    )


def _tree(entries: list[OutlineEntry], bodies: list[list[Paragraph]]) -> list[Section]:
    """Nest flat entries by level (a deeper entry belongs to the nearest shallower one above)."""

    def build(index: int, level: int) -> tuple[list[Section], int]:
        out: list[Section] = []
        while index < len(entries) and entries[index].level >= level:
            entry, body = entries[index], bodies[index]
            children, after = build(index + 1, entry.level + 1)
            out.append(
                Section(
                    number=entry.number,
                    title=entry.title,
                    level=entry.level,
                    paragraphs=body,
                    sections=children,
                    lines=entry.lines,
                )
            )
            index = after
        return out, index

    return build(0, 1)[0]
