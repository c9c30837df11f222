"""Where a text box may lie: runs of unclaimed lines, joined across blank lines while rows go on.

Blocks split at blank lines, but mirrors print blank lines inside a box (after a bulleted date,
between groups of rows, between every row), and some print the page title right above the first
row, where the envelope has already claimed it. A run is the unclaimed lines of one block (split
at any claimed line), with the runs after it joined while they open with a row, and it remembers
the short line printed just above it (a box's name, even when claimed as the title).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from leaving_vegas_extract.model.article import Lines
from leaving_vegas_extract.source.context import Context
from leaving_vegas_extract.source.document import is_blank

_BLANKS = 2  # blank lines a box may hold between two rows
_ROW_BLANKS = 3  # between its rows and the lone values some fan wikis set apart
_NAME_CHAIN = 6  # lone short lines between blank lines that may come before the next row
_NAME_CHARS = 120  # a box's name printed above it is a short line
_PROSE_CHARS = 200  # a line this long ends a run: the next run is not joined to prose
_LIST_TAIL = 12  # list lines after a blank line that may come before the next row
_NAME_BLOCK = 40  # lines of a label-lost list standing alone between blank lines amid the rows

Numbered = list[tuple[int, str]]


@dataclass(slots=True)
class Run:
    """Unclaimed numbered lines that may hold a box, and the short line printed above them."""

    lines: Numbered
    above: str | None = None
    above_gap: int = 0  # blank lines between that line and the run
    awaiting: bool = False  # the last line is a label alone, or a value of its list so far

    @property
    def span(self) -> Lines:
        """``(first, last)`` line numbers."""
        return (self.lines[0][0], self.lines[-1][0])


def _segments(ctx: Context, body: Lines) -> list[Numbered]:
    """The unclaimed lines of each block inside ``body``, split at claimed lines."""
    owner = ctx.claims.owner
    out: list[Numbered] = []
    for block in ctx.blocks:
        if block.end < body[0] or block.start > body[1]:
            continue
        run: Numbered = []
        for number, line in block.numbered():
            if number in owner or not body[0] <= number <= body[1]:
                if run:
                    out.append(run)
                run = []
            else:
                run.append((number, line))
        if run:
            out.append(run)
    return out


def _meta(text: str) -> bool:
    """A film's facts line a blog prints between its name and the box ("2023 | 1h 52m")."""
    return " | " in text or text[:4].isdigit()


def _above(ctx: Context, first: int) -> tuple[str | None, int]:
    """The short line printed above line ``first`` (across at most ``_BLANKS`` blank lines, and
    past one facts line such as "2023 | 1h 52m"), and the blank lines between them."""
    lines = ctx.source.lines
    start = first
    for _ in range(2):
        number = start - 1
        while number >= 1 and is_blank(lines[number - 1]) and start - number <= _BLANKS:
            number -= 1
        if number < 1 or is_blank(lines[number - 1]):
            return None, 0
        text = lines[number - 1].strip()
        if len(text) > _NAME_CHARS:
            return None, 0
        if not _meta(text):
            return text, first - number - 1
        start = number
    return None, 0


def _blank_between(ctx: Context, after: int, before: int) -> bool:
    return all(is_blank(line) for line in ctx.source.lines[after : before - 1])


def _continues(run: Run, line: str, lone: Callable[[str], bool] | None) -> bool:
    """Whether a one-line segment after blank lines goes on ``run``'s open list: a value under a
    label printed alone ("Produced by" / "" / "Ann Roe" / "" / "Bo Lee"), or an author line."""
    if lone is None or len(line) > _NAME_CHARS:
        return False
    return run.awaiting or line.startswith("by ")


def _rows_resume(segment: Numbered, opens_row: Callable[[str], bool]) -> bool:
    """Whether ``segment`` is the rest of a list broken by a blank line, then more rows: short
    lines (names, never prose) up to a line that opens a row within the first few."""
    for _, line in segment[:_LIST_TAIL]:
        if opens_row(line):
            return True
        if len(line) > _NAME_CHARS or line.rstrip().endswith("."):
            return False
    return False


def _names(segment: Numbered) -> bool:
    """Whether ``segment`` is only short lines (names, never prose): a list whose label was lost."""
    return len(segment) <= _NAME_BLOCK and all(
        len(line) <= _NAME_CHARS and not line.rstrip().endswith(".") for _, line in segment
    )


def _row_ahead(
    ctx: Context, segments: list[Numbered], index: int, opens_row: Callable[[str], bool]
) -> bool:
    """Whether the rows go on after ``segments[index]``, a list standing alone between blank
    lines, past at most ``_NAME_CHAIN`` more lone lines of names (a fan wiki prints a company, a
    country, a date each between blank lines, their labels lost, then its rows again)."""
    for at in range(index, min(index + _NAME_CHAIN, len(segments) - 1)):
        segment, upcoming = segments[at], segments[at + 1]
        gap = upcoming[0][0] - segment[-1][0] - 1
        if not (0 < gap <= _ROW_BLANKS and _blank_between(ctx, segment[-1][0], upcoming[0][0])):
            return False
        if opens_row(upcoming[0][1]):
            return True
        if len(upcoming) > 1 or not _names(upcoming):
            return False
    return False


def runs(
    ctx: Context,
    body: Lines,
    opens_row: Callable[[str], bool],
    lone: Callable[[str], bool] | None = None,
) -> list[Run]:
    """Runs of unclaimed lines in ``body``; ``opens_row`` tells a line that starts a box row, and
    ``lone`` (when given) a label printed alone on its line, whose values may each stand between
    blank lines."""
    out: list[Run] = []
    segments = _segments(ctx, body)
    for index, segment in enumerate(segments):
        if out:
            run = out[-1]
            last = run.lines
            gap = segment[0][0] - last[-1][0] - 1
            near = 0 < gap <= _ROW_BLANKS and _blank_between(ctx, last[-1][0], segment[0][0])
            near = near and len(last[-1][1]) <= _PROSE_CHARS
            row = opens_row(segment[0][1])
            value = not row and len(segment) == 1 and _continues(run, segment[0][1], lone)
            # A label's first word alone ("Production"), its small-letter rest next ("companies").
            after = segments[index + 1][0][1] if index + 1 < len(segments) else ""
            head = lone is not None and lone(segment[0][1]) and after[:1].islower()
            value = value or (not row and len(segment) == 1 and head)
            # A list broken by a blank line, the rows going on after its last names.
            tail = not row and len(last[-1][1]) <= _NAME_CHARS and _rows_resume(segment, opens_row)
            # A list standing alone between blank lines, the rows going on after it (a blog's cast
            # printed without its "Starring" label between "Produced by" and "Cinematography").
            if not row and not tail and _names(segment):
                tail = _row_ahead(ctx, segments, index, opens_row)
            value = value or tail
            # Only a run that holds a row already goes on: a paragraph never heads a box.
            if near and (row or value) and any(opens_row(line) for _, line in last):
                last.extend(segment)
                run.awaiting = lone is not None and (lone(segment[-1][1]) or (value and not tail))
                continue
        above, gap = _above(ctx, segment[0][0])
        awaiting = lone is not None and lone(segment[-1][1])
        out.append(Run(list(segment), above, gap, awaiting))
    return out
