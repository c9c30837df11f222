"""Infobox part: find the article's boxes in whatever rendering it came in, read and build them.

Each rendering has its reader (``label_rows``: label-space and label-glued, ``pipe_table``,
``key_colon``); the detected rendering's reader goes first and the others are fallbacks, since a
misdetected page should still yield its box. Text boxes are looked for in runs of unclaimed
lines that go on across blank lines while rows do (``runs``), so no blank line, title line or
long list decides where a box ends. The film's box is the main one wherever it is printed; the
others (a soundtrack album's) go to ``other_infoboxes``. A run with several labelled lines that is
not read as a box gets an ``infobox-candidate-dropped`` note with its lines.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from leaving_vegas_extract.formats.text.infobox.inline_rows import opens_inline_box, read_inline_box
from leaving_vegas_extract.formats.text.infobox.key_colon import (
    any_row,
    key_row,
    page_title,
    read_key_box,
)
from leaving_vegas_extract.formats.text.infobox.label_rows import (
    box_matches,
    count_labels,
    read_text_box,
)
from leaving_vegas_extract.formats.text.infobox.labels import LABEL_HEADS, match_label
from leaving_vegas_extract.formats.text.infobox.line_shapes import glued_row_shape
from leaving_vegas_extract.formats.text.infobox.pipe_cells import split_cells
from leaving_vegas_extract.formats.text.infobox.pipe_table import (
    bare_table_at,
    is_rule,
    name_cell,
    read_bare_box,
    read_pipe_box,
)
from leaving_vegas_extract.formats.text.infobox.runs import runs
from leaving_vegas_extract.model.article import Diagnostic, Infobox, Lines
from leaving_vegas_extract.parts.infobox.build import build_infobox
from leaving_vegas_extract.parts.infobox.lost_cast import split_lost_cast
from leaving_vegas_extract.parts.infobox.raw import BoxRead
from leaving_vegas_extract.parts.infobox.remnants import drop_edit_links
from leaving_vegas_extract.parts.infobox.wrapped import join_wrapped
from leaving_vegas_extract.source.context import Anchor, Context, PartResult
from leaving_vegas_extract.source.document import is_blank

Reader = Callable[[Context, Lines, list[Diagnostic]], Iterator[BoxRead]]

_MAIN_LABELS = 2  # labelled lines a block needs to be the main box
_OTHER_LABELS = 3  # and a later box, which must also be mostly labels
_CANDIDATE = 3  # labelled lines that make a run worth a note when it is not read as a box


def _opens_text_row(line: str) -> bool:
    return line[:1].isupper() and match_label(line) is not None


def _lone_label(line: str) -> bool:
    """A label printed alone ("Produced by"), or the first word of one broken over two lines
    ("Production" / "companies"): the values that follow belong to it."""
    text = line.strip()
    if text.casefold() in LABEL_HEADS:
        return True
    m = match_label(text) if text[:1].isupper() else None
    return m is not None and not m.rest.strip()


def _outside(ctx: Context, span: Lines) -> Callable[[], list[str]]:
    """The article's text outside ``span``, read only when a cell needs evidence."""

    def texts() -> list[str]:
        lines = ctx.source.lines
        return [*lines[: span[0] - 1], *lines[span[1] :]]

    return texts


def _dropped(lines: Lines, labelled: int, why: str) -> Diagnostic:
    return Diagnostic(
        severity="info",
        code="infobox-candidate-dropped",
        message=f"{labelled} lines open with infobox labels but were not read as a box: {why}",
        lines=lines,
    )


def _unknown_boxes(ctx: Context, body: Lines) -> Iterator[Diagnostic]:
    """Notes for runs of lines shaped like glued rows whose labels no vocabulary knows (another
    wiki's box): no reader seeds a run there, so without this note the box is lost unsaid."""
    run: list[int] = []
    for number in range(body[0], body[1] + 2):
        line = ctx.source.lines[number - 1] if number <= body[1] else ""
        if not ctx.claims.is_claimed(number) and glued_row_shape(line):
            run.append(number)
            continue
        if len(run) >= _CANDIDATE:
            yield Diagnostic(
                severity="info",
                code="infobox-candidate-dropped",
                message=f"{len(run)} lines look like glued infobox rows in labels none known",
                lines=(run[0], run[-1]),
            )
        run = []


def _text_boxes(ctx: Context, body: Lines, notes: list[Diagnostic]) -> Iterator[BoxRead]:
    title = ctx.values.get("title")
    glued = ctx.rendering == "label-glued"
    found = 0
    for run in runs(ctx, body, _opens_text_row, _lone_label):
        need, share = (_MAIN_LABELS, 4) if not found else (_OTHER_LABELS, 2)
        lines = tuple(text for _, text in run.lines)
        matches = box_matches(lines, need, share)
        if matches is None:
            if len(lines) >= _CANDIDATE and (labelled := count_labels(lines)) >= _CANDIDATE:
                notes.append(_dropped(run.span, labelled, "too few of its lines are rows"))
            continue
        box = read_text_box(run.lines, title, glued=glued, matches=matches, above=run.above)
        if box is not None:
            found += 1
            drop_edit_links(box.rows)
            # A list flattened onto its label's line ("Produced byAnn Roe Bo Lee") lost its breaks.
            box.diagnostics.extend(split_cells(box.rows, _outside(ctx, box.span), table=False))
            box.diagnostics.extend(split_lost_cast(box.rows, _outside(ctx, box.span)))
            join_wrapped(box.rows, _outside(ctx, box.span))  # a long company name wrapped
            yield box
        elif (labelled := sum(1 for m in matches if m is not None)) >= _CANDIDATE:
            notes.append(_dropped(run.span, labelled, "fewer than two rows could be read"))


def _pipe_boxes(ctx: Context, body: Lines, notes: list[Diagnostic]) -> Iterator[BoxRead]:
    lines = ctx.source.lines
    spans: list[Lines] = []

    def others() -> list[str]:
        # The article's text outside the tables: evidence for splitting cells.
        return [
            line
            for number, line in enumerate(lines, 1)
            if not any(a <= number <= b for a, b in spans)
        ]

    number = body[0]
    while number <= body[1]:
        line = lines[number - 1]
        box = None
        if "|" in line and not ctx.claims.is_claimed(number):
            if "---" in line and is_rule(line):
                box = read_pipe_box(lines, number)
            elif bare_table_at(lines, number):
                box = read_bare_box(lines, number)
            if box is not None:
                spans.append(box.span)
                drop_edit_links(box.rows)
                box.diagnostics.extend(split_cells(box.rows, others))
                yield box
                number = box.span[1]
        number += 1


def _key_boxes(ctx: Context, body: Lines, notes: list[Diagnostic]) -> Iterator[BoxRead]:
    lines = ctx.source.lines
    for run in runs(ctx, body, lambda line: any_row(line) is not None):
        box = read_key_box(run.lines)
        if box is not None:
            first, last = box.span

            def others(first: int = first, last: int = last) -> list[str]:
                # The article's text outside the box: evidence for splitting cells.
                return [*lines[: first - 1], *lines[last:]]

            # "- Key:" rows separate their lists with commas; a raw template's lost them. A
            # "- Key:" row may have lost them too ("Producer: Ann Roe Bo Lee"): its long cells are
            # split as a text box's are (companies whole, no warning).
            keyed = [r for r in box.rows if key_row(lines[r.lines[0] - 1]) is not None]
            raw = [r for r in box.rows if r not in keyed]
            box.diagnostics.extend(split_cells(raw, others))
            split_cells(keyed, others, table=False)
            yield box
            return


_READERS: dict[str, tuple[Reader, ...]] = {
    "pipe-table": (_pipe_boxes, _text_boxes, _key_boxes),
    "key-colon": (_key_boxes, _pipe_boxes, _text_boxes),
}


_HEAD_LINES = 3  # short lines above a run-together box that may hold its name and caption
_HEAD_CHARS = 120


def _head_lines(ctx: Context, number: int) -> list[tuple[int, str]]:
    """The short lines right above line ``number`` (a box's name, caption, native title), first
    to last: unclaimed, or claimed as the page title (the body starts under it)."""
    lines = ctx.source.lines
    head: list[tuple[int, str]] = []
    above = number - 1
    while above > 0 and len(head) < _HEAD_LINES:
        line = lines[above - 1]
        # The box's name line may have been taken for the page title.
        claimed = ctx.claims.owner.get(above, "title") != "title"
        if is_blank(line) or claimed or len(line) > _HEAD_CHARS:
            break
        head.insert(0, (above, line))
        above -= 1
    return head


def _inline_boxes(ctx: Context, body: Lines, notes: list[Diagnostic]) -> Iterator[BoxRead]:
    """A box whose rows a mirror ran together on a few lines (read when no other box was)."""
    lines = ctx.source.lines
    owner = ctx.claims.owner
    # The box's first line may have been claimed as the title: its name opens it ("Heat Directed
    # by …"), and the body may start under it.
    first = max(body[0] - 1, 1)
    for number in range(first, body[1] + 1):
        if owner.get(number, "title") != "title" or not opens_inline_box(lines[number - 1]):
            continue
        numbered: list[tuple[int, str]] = []
        for after in range(number, body[1] + 1):
            if is_blank(lines[after - 1]) or (after > number and ctx.claims.is_claimed(after)):
                break
            numbered.append((after, lines[after - 1]))
        head = _head_lines(ctx, number)
        box = read_inline_box(numbered, ctx.values.get("title"), head)
        if box is not None:
            drop_edit_links(box.rows)
            # Its lists lost their breaks with the rows' ("Starring Ann Roe Bo Lee").
            box.diagnostics.extend(split_cells(box.rows, _outside(ctx, box.span), table=False))
            yield box
            return


_DEFAULT: tuple[Reader, ...] = (_text_boxes, _pipe_boxes, _key_boxes, _inline_boxes)


def _overlaps(lines: Lines | None, span: Lines) -> bool:
    return lines is not None and lines[0] <= span[1] and span[0] <= lines[1]


def _page_title(ctx: Context) -> tuple[str | None, int]:
    """A title the box rendering itself carries: a ``= Title =`` first line (and its number), or
    a table header (``Title | |`` above ``---|---|``) opening the page (number 0: the box's line).
    """
    lines = ctx.source.lines
    number = next((n for n, line in enumerate(lines, 1) if line.strip()), 0)
    if not number:
        return None, 0
    title = page_title(lines[number - 1])
    if title is not None:
        return title, number
    name = name_cell(lines[number - 1])
    if name is not None and number < len(lines) and is_rule(lines[number]):
        return name or None, 0
    return None, 0


def parse(ctx: Context) -> PartResult | None:
    """The main infobox and any further ones, with their lines claimed."""
    values: dict[str, object] = {}
    claims: list[tuple[Lines, str]] = []
    fallback = str(ctx.values.get("title") or "")
    if not fallback:
        title, line = _page_title(ctx)
        if title:
            values["title"] = fallback = title
            if line and not ctx.claims.is_claimed(line):
                claims.append(((line, line), "title"))
    body: Lines = ctx.values.get("_body", (1, len(ctx.source.lines)))
    reads: list[BoxRead] = []
    notes: list[Diagnostic] = []
    for reader in _READERS.get(ctx.rendering, _DEFAULT):
        reads = list(reader(ctx, body, notes))
        if reads:
            break
    if not reads:
        notes.extend(_unknown_boxes(ctx, body))
        if values or notes:
            return PartResult(values=values, claims=tuple(claims), diagnostics=tuple(notes))
        return None
    boxes: list[Infobox] = []
    # A run one reader dropped that a later one read as a box is no dropped candidate.
    diags = [note for note in notes if not any(_overlaps(note.lines, r.span) for r in reads)]
    anchors: list[Anchor] = []
    for read in reads:
        box, more = build_infobox(read.name or fallback, read.caption, read.rows, read.span)
        boxes.append(box)
        diags.extend([*read.diagnostics, *more])
        claims.append((read.span, "infobox"))
        anchors.append(Anchor("infobox", read.span, box.name))
    # The film's box is the main one wherever it is printed (a soundtrack album's may come first).
    main = next((i for i, box in enumerate(boxes) if box.kind == "film"), 0)
    values.update(infobox=boxes[main], other_infoboxes=boxes[:main] + boxes[main + 1 :])
    return PartResult(
        values=values, claims=tuple(claims), diagnostics=tuple(diags), anchors=tuple(anchors)
    )
