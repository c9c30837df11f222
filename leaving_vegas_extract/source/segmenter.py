"""Segmenter: lines to blocks split at blank lines, each keeping its span and the gap before it."""

from __future__ import annotations

from collections.abc import Sequence

from leaving_vegas_extract.source.document import Block


def segment(lines: Sequence[str], start: int = 1) -> tuple[Block, ...]:
    """Group ``lines`` (numbered from ``start``) into blocks of non-blank lines.

    >>> [(b.start, b.end, b.gap) for b in segment(["a", "b", "", "", "c"])]
    [(1, 2, 0), (5, 5, 2)]
    """
    blocks: list[Block] = []
    run: list[str] = []
    run_start = start
    gap = 0
    for number, line in enumerate(lines, start):
        if not line or line.isspace():  # is_blank, inlined: this runs for every line
            if run:
                blocks.append(Block(run_start, number - 1, tuple(run), gap))
                run = []
                gap = 0
            gap += 1
            continue
        if not run:
            run_start = number
        run.append(line)
    if run:
        blocks.append(Block(run_start, run_start + len(run) - 1, tuple(run), gap))
    return tuple(blocks)
