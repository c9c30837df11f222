"""Lead, contents list and section tree: body items aligned with the outline (see ``align``)."""

from __future__ import annotations

from leaving_vegas_extract.formats.text.sections.align import Item, align
from leaving_vegas_extract.model.article import Diagnostic, Lines, Paragraph
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.parts.sections.outline import (
    OutlineEntry,
    literal_heading,
    looks_like_heading,
    parse_contents,
    title_key,
)
from leaving_vegas_extract.parts.sections.tree import section_tree
from leaving_vegas_extract.source.context import Context, PartResult
from leaving_vegas_extract.source.document import Block

_LINE_PARAGRAPHS = frozenset({"pipe-table"})
_EDIT_LINKS = frozenset({"[edit]", "edit", "[ edit ]"})
_NOT_BODY = frozenset({"infobox", "envelope", "chrome", "title", "footer", "outside"})

_Run = tuple[Lines, str | None]


def paragraph(lines: tuple[str, ...], span: Lines) -> Paragraph:
    """Prose lines as one paragraph: markers out, citations kept in order."""
    return _paragraph(" ".join(lines), span)


def _paragraph(text: str, span: Lines) -> Paragraph:
    text, citations = strip_markers(text)
    return Paragraph(text=text, citations=citations, lines=span)


def _runs(block: Block, owner: dict[int, str], single: bool, body: Lines) -> list[_Run]:
    """Split a block into runs of free lines (None) and lines some part claimed (its name).

    Where a rendering separates paragraphs by single line ends (pipe tables), every free line
    is a run of its own.
    """
    start, end = block.start, block.end
    if body[0] <= start and end <= body[1]:
        # One C-level pass: most blocks are wholly free or wholly one part's (a table, a list).
        found = list(map(owner.get, range(start, end + 1)))
        first = found[0]
        if found.count(first) == len(found) and not (single and first is None and start < end):
            return [((start, end), first)]
    else:
        found = [
            owner.get(n) if body[0] <= n <= body[1] else "outside" for n in range(start, end + 1)
        ]
    runs: list[_Run] = []
    first_line, current = start, found[0]
    for number, part in enumerate(found[1:], start + 1):
        if part != current or (single and part is None):
            runs.append(((first_line, number - 1), current))
            first_line, current = number, part
    runs.append(((first_line, end), current))
    return runs


def _heading_shaped(lines: tuple[str, ...]) -> bool:
    """One line, or a line with its edit link dropped onto the next ("Plot" / "[edit]")."""
    return len(lines) == 1 or (len(lines) == 2 and lines[1].strip().casefold() in _EDIT_LINKS)


def _heading_key(
    ctx: Context, text: str, titles: set[str] | None, words: int
) -> tuple[str, int, str] | None:
    """``(title, level, key)`` of a heading line, None for prose.

    ``words`` bounds the words of a line whose key can be a title: clean() keeps the word count
    and dropping an edit link removes at most three, so longer prose is never keyed.
    """
    found = literal_heading(text, ctx.rendering)
    if found is not None:
        return found[0], found[1], title_key(found[0])
    if titles is not None:
        if len(text.split(None, words)) > words:
            return None
        key = title_key(text)
        return (text.strip(), 1, key) if key in titles else None
    # clean() strips, so the key of the stripped text is the key of the text.
    return (text.strip(), 1, title_key(text)) if looks_like_heading(text) else None


def parse(ctx: Context) -> PartResult:
    """Lead paragraphs, the outline, and every body paragraph placed under its section."""
    body = ctx.values.get("_body", (1, len(ctx.source.lines)))
    blocks = [b for b in ctx.blocks if b.end >= body[0] and b.start <= body[1]]
    owner = ctx.claims.owner
    single = ctx.rendering in _LINE_PARAGRAPHS
    claims: list[tuple[Lines, str]] = []
    outline: list[OutlineEntry] = []
    after = 0
    for index, block in enumerate(blocks):
        if block.start in owner:
            continue
        entries = parse_contents(block)
        if entries:
            outline, after = entries, index + 1
            claims.append((block.span, "contents"))
            break
    keys = [title_key(e.title) for e in outline]
    titles = set(keys) if outline else None
    words = max((len(k.split()) for k in keys), default=0) + 3
    anchors = {a.lines[0]: a for a in ctx.anchors}
    lead: list[Paragraph] = []
    items: list[Item] = []
    spans: list[tuple[Lines, str]] = []
    for index, block in enumerate(blocks):
        if outline and index < after - 1:
            for span, part in _runs(block, owner, single, body):
                if part is None:
                    lines = block.lines[span[0] - block.start : span[1] - block.start + 1]
                    lead.append(paragraph(lines, span))
                    claims.append((span, "lead"))
            continue
        if index == after - 1 and outline:
            continue
        gap = block.gap
        for span, part in _runs(block, owner, single, body):
            if part is not None:
                anchor = anchors.get(span[0])
                kind = anchor.kind if anchor else part
                if kind in _NOT_BODY:
                    continue
                items.append(Item(kind, gap))
                text = ""  # only prose items read their text
            else:
                lines = block.lines[span[0] - block.start : span[1] - block.start + 1]
                text = lines[0] if len(lines) == 1 else " ".join(lines)
                head = _heading_key(ctx, text, titles, words) if _heading_shaped(lines) else None
                if head is not None:
                    items.append(Item("heading", gap, head[2]))
                    if titles is None:
                        outline.append(OutlineEntry(None, head[0], head[1], span))
                else:
                    items.append(Item("prose", gap, text.casefold()))
                claims.append((span, "section"))
            spans.append((span, text))
            gap = 0
    if titles is None:
        place, tie = _by_headings(items), False
    else:
        place, tie = align(items, keys)
    return _assemble(outline, lead, items, place, tie, spans, claims)


def _by_headings(items: list[Item]) -> list[int]:
    """Headings came from the body itself: no gap evidence is needed to place prose."""
    place: list[int] = []
    at = -1
    heading_index = 0
    for item in items:
        if item.kind == "heading":
            at = heading_index
            heading_index += 1
        place.append(at)
    return place


def _assemble(
    outline: list[OutlineEntry],
    lead: list[Paragraph],
    items: list[Item],
    place: list[int],
    tie: bool,
    spans: list[tuple[Lines, str]],
    claims: list[tuple[Lines, str]],
) -> PartResult:
    diagnostics: list[Diagnostic] = []
    if tie:
        diagnostics.append(
            Diagnostic(
                severity="info",
                code="ambiguous-alignment",
                message="two placements of paragraphs under headings were equally good",
            )
        )
    bodies: list[list[Paragraph]] = [[] for _ in outline]
    for item, target, (span, text) in zip(items, place, spans, strict=True):
        if item.kind != "prose":
            continue
        para = _paragraph(text, span)
        if target < 0:
            lead.append(para)
        else:
            bodies[target].append(para)
    return PartResult(
        values={
            "lead": lead,
            "sections": section_tree(outline, bodies),
        },
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
    )
