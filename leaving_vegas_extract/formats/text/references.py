"""References part: the numbered notes and the further-reading list, as structured citations.

Notes print as ``  1. ^ a b Text`` (label-space, label-glued, key-colon) or ``- ↑ 2.0 2.1 Text``
(pipe-table, numbered by position). Consecutive note lines form a run; blank lines do not break a
run, any other line does. When an article has an explanatory-notes list before its references
(both numbered from 1), the run under a "Notes" heading is left to the sections part. Further
reading is the bullet list after a literal "Further reading" heading (the heading stays unclaimed).
"""

from __future__ import annotations

import re
from itertools import compress, count, repeat
from operator import contains, gt, sub
from typing import NamedTuple

from leaving_vegas_extract.model.article import Diagnostic, Lines, Reference
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.references.citation import parse_citation
from leaving_vegas_extract.parts.references.notes import backlinks, damage, reference
from leaving_vegas_extract.parts.references.vocab import (
    EXPLANATORY_HEADINGS,
    FURTHER_READING_HEADINGS,
)
from leaving_vegas_extract.parts.sections.outline import heading_key, literal_heading
from leaving_vegas_extract.source.context import Anchor, Context, PartResult
from leaving_vegas_extract.source.document import is_blank

# Up to seven digits: any real list, and int() of the number stays cheap on hostile input.
_NUMBERED = re.compile(r"\s{0,12}(\d{1,7})[.)] ?\^ ?")
_ARROW = re.compile(r"\s{0,12}(?:[-*•] )?↑ ?")
_BULLET = re.compile(r"\s{0,12}[-*•] ")
_MAX_HEADING = 60
_FURTHER_INITIALS = frozenset(key[0] for key in FURTHER_READING_HEADINGS)


class _Note(NamedTuple):
    number: int
    backlinks: int
    text: str
    line: int


def _note(line: str, number: int, position: int) -> _Note | None:
    """The note on ``line``; ``position`` numbers arrow notes, which print no number."""
    # Stripped before clean(), which strips anyway: a dump's trailing NBSP would make an ASCII
    # note non-ASCII, and clean() would then check its Unicode normal form.
    if "^" in line:
        m = _NUMBERED.match(line)
        if m is not None:
            count, text = backlinks(clean(line[m.end() :].strip()), False)
            return _Note(int(m.group(1)), count, text, number)
    elif "↑" in line:
        m = _ARROW.match(line)
        if m is not None:
            count, text = backlinks(clean(line[m.end() :].strip()), True)
            return _Note(position, count, text, number)
    return None


def _lines_with(words: tuple[str, str], lines: tuple[str, ...], start: int, end: int) -> list[int]:
    """Numbers of the lines ``start``..``end`` holding either word, in order.

    ``compress`` over ``map(contains, …)`` tests every line in C: a Python loop (or comprehension)
    over the body's lines costs more than reading the few notes found. (Joining the lines and
    searching once is no faster: counting newlines to number the hits costs as much.)
    """
    body = lines[start - 1 : end]
    found = [list(compress(count(start), map(contains, body, repeat(w)))) for w in words]
    return sorted({*found[0], *found[1]}) if found[1] else found[0]


def _short_lines_with(
    words: tuple[str, str], lines: tuple[str, ...], start: int, end: int
) -> list[int]:
    """Numbers of the lines ``start``..``end`` shorter than a heading and holding either word.

    Lengths first, all in C: the article's long prose lines are never searched for the words.
    """
    lengths = map(len, lines[start - 1 : end])
    short = list(compress(count(start), map(gt, repeat(_MAX_HEADING), lengths)))
    texts = [*map(lines.__getitem__, map(sub, short, repeat(1)))]
    found = [list(compress(short, map(contains, texts, repeat(w)))) for w in words]
    return sorted({*found[0], *found[1]}) if found[1] else found[0]


def _runs(ctx: Context, start: int, end: int) -> list[list[_Note]]:
    """Runs of consecutive note lines in the unclaimed body lines.

    Only lines with a note mark can be notes; between two of them any non-blank line ends a run
    (blank lines do not), and so does a marked line that is claimed or is no note.
    """
    owner = ctx.claims.owner
    lines = ctx.source.lines
    runs: list[list[_Note]] = []
    current: list[_Note] = []
    previous = start - 1
    for number in _lines_with(("^", "↑"), lines, start, end):
        if current and number > previous + 1 and not _blank_between(lines, previous, number):
            runs.append(current)  # any other line ends the run; blank lines do not
            current = []
        previous = number
        note = None if number in owner else _note(lines[number - 1], number, len(current) + 1)
        if note is None:
            if current:
                runs.append(current)  # the marked line is no note (it is not blank)
                current = []
            continue
        if current and note.number <= current[-1].number:
            runs.append(current)  # numbering starts again: a second list
            current = []
        current.append(note)
    if current:
        runs.append(current)
    return runs


def _blank_between(lines: tuple[str, ...], previous: int, number: int) -> bool:
    """Whether every line strictly between 1-based lines ``previous`` and ``number`` is blank."""
    return all(is_blank(lines[n - 1]) for n in range(previous + 1, number))


def _heading_before(ctx: Context, number: int, start: int) -> str | None:
    """The heading key of the nearest non-blank line before line ``number``."""
    for previous in range(number - 1, start - 1, -1):
        line = ctx.source.line(previous)
        if is_blank(line):
            continue
        found = literal_heading(line, ctx.rendering)
        return heading_key(found[0] if found else line)
    return None


def _reference_runs(ctx: Context, runs: list[list[_Note]], start: int) -> list[list[_Note]]:
    """Drop an explanatory-notes list when a references list follows it."""
    if len(runs) < 2:
        return runs
    kept = [r for r in runs if _heading_before(ctx, r[0].line, start) not in EXPLANATORY_HEADINGS]
    return kept or runs


def _further_reading(ctx: Context, start: int, end: int) -> list[tuple[int, str]]:
    """``(line, text)`` of the bullet items after a literal "Further reading" heading."""
    owner = ctx.claims.owner
    lines = ctx.source.lines
    heading = None
    for number in _short_lines_with(("urther", "ibliograph"), lines, start, end):
        if number not in owner and _is_further_heading(lines[number - 1], ctx.rendering):
            heading = number
            break
    items: list[tuple[int, str]] = []
    if heading is None:
        return items
    for number in range(heading + 1, end + 1):
        line = lines[number - 1]
        if number in owner or is_blank(line):
            continue
        m = _BULLET.match(line)
        if m is None:
            break
        items.append((number, clean(line[m.end() :].strip())))
    return items


def _is_further_heading(line: str, rendering: str) -> bool:
    # Its key opens with the title's first letter: a contents entry ("• Further reading 11")
    # fails here, before the heading parse.
    if line.strip().lstrip("=#").lstrip()[:1].casefold() not in _FURTHER_INITIALS:
        return False
    found = literal_heading(line, rendering)
    return heading_key(found[0] if found else line) in FURTHER_READING_HEADINGS


def parse(ctx: Context) -> PartResult | None:
    """Numbered notes to ``references`` and further-reading items to ``further_reading``."""
    start, end = ctx.values.get("_body", (1, len(ctx.source.lines)))
    references: list[Reference] = []
    diagnostics: list[Diagnostic] = []
    claims: list[tuple[Lines, str]] = []
    anchors: list[Anchor] = []
    for run in _reference_runs(ctx, _runs(ctx, start, end), start):
        for note in run:
            citation = parse_citation(note.text)
            references.append(
                reference(note.number, note.backlinks, note.text, citation, (note.line, note.line))
            )
            if citation.damage or not note.text:  # most notes are whole: no label to format
                diagnostics.extend(
                    damage(f"note {note.number}", citation, note.text, (note.line, note.line))
                )
        span = (run[0].line, run[-1].line)
        claims.append((span, "references"))
        anchors.append(Anchor("references", span))
    further: list[Reference] = []
    items = _further_reading(ctx, start, end)
    for index, (line, text) in enumerate(items, 1):
        citation = parse_citation(text)
        further.append(reference(index, 1, text, citation, (line, line)))
        if citation.damage or not text:
            diagnostics.extend(
                damage(f"further-reading item {index}", citation, text, (line, line))
            )
    if items:
        span = (items[0][0], items[-1][0])
        claims.append((span, "further_reading"))
        anchors.append(Anchor("further_reading", span))
    if not references and not further:
        return None
    return PartResult(
        values={"references": references, "further_reading": further},
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
        anchors=tuple(anchors),
    )
