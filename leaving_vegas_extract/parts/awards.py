"""Awards tables: flattened rows (cells joined by single spaces) back to award records.

A table is found by its header row ("Award Category Subject Result", in any order, with or without
a Year, Date or Ceremony column). Nothing marks where one cell ends and the next begins, so each row
is split with evidence from the whole article: the result word at its end, award-name and category
shapes (``vocab.awards``), and the names the article prints elsewhere (infobox, prose, other rows).
Spanned cells flatten to missing ones, so they are filled from the row above.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from types import MappingProxyType

from ..context import Anchor, Context, PartResult
from ..document import Block
from ..models import Award, Diagnostic, Infobox, Lines
from ..normalize.dates import parse_date
from ..normalize.text import clean, strip_markers
from ..vocab.awards import (
    AWARD_ITEM_WORDS,
    AWARD_ORG_WORDS,
    CATEGORY_OPENERS,
    CATEGORY_WORDS,
    CONNECTORS,
    HEADER_COLUMNS,
    HEADER_MAX_WORDS,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    RESULTS,
)
from ..vocab.months import MONTHS

# Several recipients: "A, B and C", "A & B", "A, B, and C"; not before "Jr." or "Inc.".
# Text is cleaned first (single spaces), so literal spaces keep the split linear.
_SEP = re.compile(
    r",? (?:and|&) |, (?!(?:" + "|".join(re.escape(s) for s in sorted(NAME_SUFFIXES)) + r")(?!\w))"
)
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
# A Year, Date or Ceremony cell: "1996", "1995–96", "March 25, 1996", "25 March 1996", "68th".
_YEAR_CELL = re.compile(
    rf"(?<!\w)(?:(?:{_MONTH})\.? \d{{1,2}},? \d{{4}}|\d{{1,2}} (?:{_MONTH})\.?,? \d{{4}}"
    rf"|(?:{_MONTH})\.?,? \d{{4}}|\d{{4}}(?:[–/-]\d{{2,4}})?|\d{{1,3}}(?:st|nd|rd|th))(?!\w)",
    re.IGNORECASE,
)
_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
_PARTICLE = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))
# Runs of two or more capitalised words in prose: candidate names ("Patrizia von Brandenstein").
_NAME_RUN = re.compile(
    rf"[{_UPPER}][\w'’.-]*(?:[ \u00a0](?:(?:{_PARTICLE})[ \u00a0])*[{_UPPER}][\w'’.-]*)+"
)
_EDGE = "()[],;:\"'“”"
_MAX_WORDS = 60
_SHAPE_WORDS = CATEGORY_WORDS | CATEGORY_OPENERS | AWARD_ORG_WORDS | AWARD_ITEM_WORDS
# Results by their last word, so a row's ending is looked up rather than tried phrase by phrase.
_RESULTS_BY_LAST_WORD = MappingProxyType(
    {
        last: tuple(p for p in RESULTS if p.rpartition(" ")[2] == last)
        for last in {p.rpartition(" ")[2] for p in RESULTS}
    }
)


@dataclass(frozen=True, slots=True)
class _Row:
    """One row as read, before spanned cells are filled."""

    lines: Lines
    award: str | None = None
    year: str | None = None
    category: str | None = None
    recipients: tuple[str, ...] = ()
    result: str | None = None
    how: str = "known"  # known | plain | guessed | names | unsplit


_Cells = tuple[str | None, tuple[str, ...], str]
"""(category, recipients, how the boundary was found)."""


@dataclass(slots=True)
class _Table:
    """A header line, its columns, and the numbers of the row lines under it."""

    header: int
    columns: tuple[str, ...]
    rows: list[int] = field(default_factory=list)


def header_columns(line: str) -> tuple[str, ...] | None:
    """The columns of an awards header row, None when ``line`` is not one.

    >>> header_columns("Year Award Category Recipient(s) Result")
    ('year', 'award', 'category', 'recipients', 'result')
    >>> header_columns("Award Category Subject Result")
    ('award', 'category', 'recipients', 'result')
    >>> header_columns("Award winners announced Result") is None
    True
    """
    words = clean(line).split(" ")
    columns: list[str] = []
    at = 0
    while at < len(words):
        for size in range(min(HEADER_MAX_WORDS, len(words) - at), 0, -1):
            column = HEADER_COLUMNS.get(" ".join(words[at : at + size]).casefold())
            if column is not None:
                columns.append(column)
                at += size
                break
        else:
            return None
    if "award" not in columns and "year" in columns and "ceremony" in line.casefold():
        columns[columns.index("year")] = "award"  # a Ceremony column without Award names it
    if "result" not in columns or not {"award", "category"} & set(columns) or len(columns) < 3:
        return None
    return tuple(columns)


def _tables(blocks: list[Block]) -> list[_Table]:
    tables: list[_Table] = []
    for block in blocks:
        table: _Table | None = None
        for number, line in block.numbered():
            columns = None
            if len(line) < 120 and ("esult" in line or "utcome" in line):
                columns = header_columns(line)
            if columns is not None:
                table = _Table(number, columns)
                tables.append(table)
            elif table is not None and line.strip():
                table.rows.append(number)
    return tables


def _names_in(value: str, known: set[str]) -> None:
    for item in _SEP.split(clean(value)):
        if item and item[0].isupper() and not any(c.isdigit() for c in item):
            known.add(item.casefold())


def _infobox_names(box: Infobox, known: set[str]) -> None:
    known.add(clean(box.name).casefold())
    for row in box.fields:
        for value in row.values:
            _names_in(value, known)
    for work in box.based_on:
        for author in work.authors:
            _names_in(author, known)


def infobox_names(ctx: Context) -> set[str]:
    """Casefolded names the infoboxes print (every value, split at "," / "and" / "&"), the title."""
    known: set[str] = set()
    for box in (ctx.values.get("infobox"), *ctx.values.get("other_infoboxes", ())):
        if isinstance(box, Infobox):
            _infobox_names(box, known)
    if isinstance(title := ctx.values.get("title"), str):
        known.add(clean(title).casefold())
    return known


def prose_names(ctx: Context, skip: set[int]) -> set[str]:
    """Casefolded runs of capitalised words in the free blocks (not those holding a line of
    ``skip``) that contain no category or award word: the names the prose mentions."""
    known: set[str] = set()
    text = "\n".join(
        "\n".join(b.lines)
        for b in ctx.free_blocks()
        if not any(b.start <= number <= b.end for number in skip)
    )
    for run in _NAME_RUN.findall(text):
        words = clean(run).rstrip(".").split(" ")
        if not any(w.strip(_EDGE).casefold() in _SHAPE_WORDS for w in words):
            known.add(" ".join(words).casefold())
            if len(words) > 2:  # the first word may only be capitalised to open a sentence
                known.add(" ".join(words[1:]).casefold())
    return known


def _peel_result(text: str) -> tuple[str, str | None]:
    low = text.casefold()
    for phrase in _RESULTS_BY_LAST_WORD.get(low.rpartition(" ")[2], ()):
        if low == phrase or low.endswith(" " + phrase):
            return text[: len(text) - len(phrase)].rstrip(), low[len(low) - len(phrase) :]
    return text, None


def _peel_year(text: str, at_start: bool) -> tuple[str, str | None, str | None]:
    """``(rest, year, text before the year)``; what comes before a mid-row year is the award."""
    m = _YEAR_CELL.match(text) if at_start else _YEAR_CELL.search(text)
    if m is None:
        return text, None, None
    year = parse_date(m.group(0)) or m.group(0)
    before = text[: m.start()].strip() or None
    return text[m.end() :].strip(), year, before


def _word(token: str) -> str:
    return token.strip(_EDGE).casefold()


def _award_length(words: list[str], in_group: bool) -> int:
    """How many leading words name an award (0: the row continues the award above)."""
    if _word(words[0]) in CATEGORY_OPENERS:
        return 0
    for at, token in enumerate(words):
        if at and _word(token) in CATEGORY_OPENERS and token[0].isupper():
            # "Saturn Award Best Actor": the words before the category name the award,
            # unless they end in a connector ("Upstream Prize for Best Actress").
            if _word(words[at - 1]) not in CONNECTORS:
                return at
            break
    end = 0
    for at, token in enumerate(words[:-1]):
        word = _word(token)
        if word in AWARD_ORG_WORDS or (
            word in AWARD_ITEM_WORDS and (not in_group or 0 < end == at)
        ):
            end = at + 1  # a prize word right after an organisation's ("Japan Academy Prize")
    if end and end < len(words) and _word(words[end]) not in CONNECTORS:
        return end
    return 0


def _name_shaped(item: str) -> bool:
    words = item.split(" ")
    if not item or not (item[0].isupper() or item[0].isdigit()) or len(words) > 6:
        return False
    return all(
        w[:1].isupper() or w[:1].isdigit() or w in NAME_PARTICLES or _word(w) in NAME_SUFFIXES
        for w in words
    )


def _by_known_name(rest: str, known: set[str], allow_empty: bool) -> _Cells | None:
    """Split at the longest suffix that reads as recipients opening with a known name."""
    words = rest.split(" ")
    for at in range(0 if allow_empty else 1, len(words)):
        if not words[at][:1].isupper() or (at and _word(words[at - 1]) in CONNECTORS):
            continue
        category, tail = " ".join(words[:at]) or None, " ".join(words[at:])
        if tail.casefold() in known:  # a known name with "&" or "," in it ("Thelma & Louise")
            return category, (tail,), "known"
        items = _split(tail)
        if items[0].casefold() in known and all(_name_shaped(i) for i in items[1:]):
            return category, items, "known"
    return None


def _category_end(words: list[str]) -> int:
    """Words that make up the category at the start of ``words`` ("Best Art Direction", "Top 10
    films of the year"); 0 when the first word is no category word."""
    if _word(words[0]) not in CATEGORY_OPENERS and _word(words[0]) not in CATEGORY_WORDS:
        # "Robert Altman Award Jane Doe": a prize's name ends at its last prize word.
        ends = [at + 1 for at, w in enumerate(words) if _word(w) in AWARD_ITEM_WORDS]
        return ends[-1] if ends else 0
    end = 1
    for at in range(1, len(words)):
        word = _word(words[at])
        if word in CONNECTORS:
            continue
        if word not in CATEGORY_WORDS and not word.isdigit():
            break
        end = at + 1
    return end


def _split(rest: str) -> tuple[str, ...]:
    """The recipients of one cell: "A, B and C", "A & B"."""
    return tuple(_SEP.split(rest))


def _by_shape(rest: str, allow_empty: bool) -> _Cells:
    """Guess the split from the category's words ("Best Art Direction" + capitalised names)."""
    words = rest.split(" ")
    end = _category_end(words)
    if end:
        category, tail = " ".join(words[:end]), " ".join(words[end:])
        if not tail:
            return category, (), "plain"
        items = _split(tail)
        if all(_name_shaped(i) for i in items):
            return category, items, "guessed"
    elif allow_empty and not any(_word(w) in _SHAPE_WORDS for w in words):
        items = _split(rest)
        if all(_name_shaped(i) for i in items):
            return None, items, "names"
    return rest, (), "unsplit"


def read_row(
    text: str, columns: tuple[str, ...], known: set[str], in_group: bool, lines: Lines = (0, 0)
) -> _Row:
    """Read one flattened row into cells (spanned cells left empty)."""
    text, _ = strip_markers(text)
    text, result = _peel_result(text)
    if result is None:  # a recipients cell that wrapped to the next line ends with "and" or ","
        text = text.removesuffix(" and").removesuffix(" &").rstrip(",")
    year = award = None
    if "year" in columns and text:
        first = "award" not in columns or columns.index("year") < columns.index("award")
        rest, year, award = _peel_year(text, at_start=first)
        if award and _word(award.split(" ")[0]) in CATEGORY_OPENERS:
            year = award = None  # "Best Film of 2016 Jane Roe": a year inside a category
        else:
            text = rest
    if "award" in columns and award is None and text:
        words = text.split(" ")
        length = _award_length(words, in_group)
        if length:
            award, text = " ".join(words[:length]), " ".join(words[length:])
    cells: _Cells
    if not text or "recipients" not in columns:
        cells = text or None, (), "plain"
    elif "category" not in columns:
        cells = None, _split(text), "known"
    elif text.count(" ") > _MAX_WORDS:  # not a table row: reading it would be quadratic
        cells = text, (), "unsplit"
    else:
        allow_empty = award is None and in_group
        cells = _by_known_name(text, known, allow_empty) or _by_shape(text, allow_empty)
    category, recipients, how = cells
    return _Row(lines, award, year, category, recipients, result, how)


def _read_table(
    ctx: Context, table: _Table, known: set[str], before: list[_Row] | None = None
) -> list[_Row]:
    """Read the rows; with ``before``, re-read only the rows it left unsettled."""
    rows: list[_Row] = []
    in_group = "award" not in table.columns  # no award column: every row continues the table
    for index, number in enumerate(table.rows):
        row = before[index] if before else None
        if row is None or row.how in _HOW:
            text = clean(ctx.source.line(number))
            row = read_row(text, table.columns, known, in_group, (number, number))
        in_group = in_group or row.award is not None
        rows.append(row)
    return rows


def _learn(rows: list[_Row], known: set[str]) -> bool:
    """Add the recipients of rows split at a known name; whether anything new was learnt."""
    size = len(known)
    known.update(r.casefold() for row in rows if row.how == "known" for r in row.recipients)
    return len(known) > size


def _join_wrapped(rows: list[_Row]) -> tuple[list[_Row], list[Diagnostic]]:
    """A row with no result whose next line holds only names and the result is one wrapped row."""
    out: list[_Row] = []
    diagnostics: list[Diagnostic] = []
    for row in rows:
        last = out[-1] if out else None
        if (
            last is not None
            and last.result is None
            and row.result is not None
            and row.award is None
            and row.category is None
            and row.recipients
        ):
            lines = (last.lines[0], row.lines[1])
            names = last.recipients + row.recipients
            out[-1] = replace(last, recipients=names, result=row.result, lines=lines)
            diagnostics.append(
                _diag("info", "award-row-joined", "cell wrapped to next line", lines)
            )
        else:
            out.append(row)
    return out, diagnostics


def _diag(severity: str, code: str, message: str, lines: Lines) -> Diagnostic:
    return Diagnostic.model_validate(
        {"severity": severity, "code": code, "message": message, "lines": lines}
    )


_HOW = MappingProxyType(
    {
        "guessed": ("info", "award-split-guessed", "names known nowhere else: split by shape"),
        "names": ("info", "award-split-guessed", "row read as names only: category from above"),
        "unsplit": ("warning", "award-row-unsplit", "no recipient boundary: category kept whole"),
    }
)


def fill(rows: list[_Row]) -> tuple[list[Award], list[Diagnostic]]:
    """Fill spanned cells from the row above: award, year and result down the table, the
    category within one award, recipients also across awards (a spanned cell flattens so)."""
    rows, diagnostics = _join_wrapped(rows)
    awards: list[Award] = []
    award, year, category, result = "", None, None, None
    recipients: tuple[str, ...] = ()
    for row in rows:
        if row.how in _HOW:
            diagnostics.append(_diag(*_HOW[row.how], row.lines))
        if row.award is not None:
            award, category = row.award, None
        elif not award:
            diagnostics.append(_diag("warning", "award-no-name", "row before any award", row.lines))
        year = row.year or year
        category = row.category or category
        # An unsplit row may hide its recipient in the category: it takes none from above.
        recipients = () if row.how == "unsplit" else row.recipients or recipients
        if row.result is None and result:
            message = "no result printed: taken from the row above"
            diagnostics.append(_diag("info", "award-result-filled", message, row.lines))
        elif row.result is None:
            message = "no result printed"
            diagnostics.append(_diag("warning", "award-no-result", message, row.lines))
        result = row.result or result
        awards.append(
            Award(
                award=award,
                category=category,
                recipients=list(recipients),
                result=result,
                year=year,
                lines=row.lines,
            )
        )
    return awards, diagnostics


def parse(ctx: Context) -> PartResult | None:
    """Every awards table of the body, read into :class:`Award` records."""
    first, last = ctx.values.get("_body", (1, len(ctx.source.lines)))
    blocks = [b for b in ctx.free_blocks() if b.start >= first and b.end <= last]
    tables = [t for t in _tables(blocks) if t.rows]
    if not tables:
        return None
    known = infobox_names(ctx)
    headers = {t.header for t in tables}
    read_prose = False
    awards: list[Award] = []
    diagnostics: list[Diagnostic] = []
    claims: list[tuple[Lines, str]] = []
    anchors: list[Anchor] = []
    for table in tables:
        rows = _read_table(ctx, table, known)
        # Prose names cost a pass over the article: only when the infobox left a row unsettled.
        if not read_prose and any(row.how in _HOW for row in rows):
            known |= prose_names(ctx, headers)
            read_prose = True
            rows = _read_table(ctx, table, known, rows)
        if _learn(rows, known):  # names learnt from other rows settle the guessed ones
            rows = _read_table(ctx, table, known, rows)
        found, more = fill(rows)
        awards.extend(found)
        diagnostics.extend(more)
        span = (table.header, table.rows[-1])
        claims.append((span, "awards"))
        anchors.append(Anchor("awards", span))
    return PartResult(
        values={"awards": awards},
        claims=tuple(claims),
        diagnostics=tuple(diagnostics),
        anchors=tuple(anchors),
    )
