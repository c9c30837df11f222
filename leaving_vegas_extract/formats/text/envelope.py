"""Envelope: the mirror's header ("Article Id: ...") and footer (license), site chrome, the title.

Also fixes the body region (after the header and title, before the footer) for later parts.
"""

from __future__ import annotations

import re
from itertools import islice

from leaving_vegas_extract.formats.text.infobox.head import is_chrome
from leaving_vegas_extract.formats.text.infobox.inline_rows import DESCRIPTION, inline_box_name
from leaving_vegas_extract.formats.text.infobox.pipe_table import name_cell
from leaving_vegas_extract.model.article import Diagnostic, Envelope, Lines
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.envelope.vocab import (
    CHROME_LINES,
    FOOTER_OPENINGS,
    HATNOTE_OPENINGS,
    HATNOTE_SEE,
    HEADER_KEYS,
    LIST_KEYS,
)
from leaving_vegas_extract.parts.infobox.build import canonical
from leaving_vegas_extract.parts.infobox.poster import split_name_caption
from leaving_vegas_extract.parts.infobox.vocab import (
    BOX_HEADINGS,
    IMAGE_SUFFIXES,
    LABELS,
    PERSON_KEYS,
)
from leaving_vegas_extract.source.context import Context, PartResult
from leaving_vegas_extract.source.document import Block

_HEADER_LINE = re.compile(r"^([A-Z][A-Za-z ]{1,30}):(?:[ \u00a0]+(.*))?$")
_SENTENCE_END = re.compile(r"(?<=[a-z)])\.(?= |$)")
_OPENING = max(map(len, FOOTER_OPENINGS))
# ASCII characters no footer opening can start with (ASCII casefolds to itself, lower-cased):
# one set lookup rules most lines out.
_NOT_OPENING = frozenset(
    c
    for c in map(chr, range(128))
    if not c.isspace() and c.lower() not in {opening[0] for opening in FOOTER_OPENINGS}
)


Pairs = list[tuple[int, str, str]]

# The page's short description printed above its title ("2004 Norwegian drama film").
# A hatnote: a short lead-in, a comma, a pointing word and its target ("For other uses, see X").
_HATNOTE = re.compile(rf"[A-Z][^,.]{{0,80}}, (?:{'|'.join(HATNOTE_SEE)}) \S.{{0,160}}")
_TITLE_ROW_LINES = 2  # table rows under a name row looked at for a title row of the table's own
_HATNOTE_LINES = 60  # body lines looked at for a hatnote (it sits above the article's first part)
_OPENING_CHARS = max(map(len, HATNOTE_OPENINGS))
# Where a page without a mirror header may print its title: within its first blocks and lines.
_HEAD_BLOCKS = 3
_HEAD_LINES = 4


def _header_pairs(block: Block) -> Pairs | None:
    """``(line, key, value)`` for a block made of ``Key: value`` lines, else None.

    The mirror's header names itself by its ``Article Id``, or by its own keys being most of the
    block: a blog's pasted box of ``Key: value`` rows holds a ``Language:`` or ``Title:`` too,
    and is no header (its box would be lost).
    """
    pairs: Pairs = []
    known = 0
    signed = False
    for number, line in enumerate(block.lines, block.start):
        m = _HEADER_LINE.match(line.strip())
        if m is None:
            return None
        key = m.group(1).casefold()
        if key in HEADER_KEYS:
            known += 1
            signed = signed or HEADER_KEYS[key] == "article_id"
        pairs.append((number, m.group(1), clean(m.group(2) or "")))
    return pairs if signed or (known >= 2 and 2 * known >= len(pairs)) else None


def _find_header(blocks: tuple[Block, ...]) -> tuple[int, list[Pairs]] | None:
    """Index of the first of the consecutive header blocks near the top, and their pairs."""
    first: int | None = None
    found: list[Pairs] = []
    for index, block in enumerate(blocks[:12]):
        pairs = _header_pairs(block)
        if pairs is not None:
            if first is None:
                first = index
            found.append(pairs)
        elif first is not None:
            break
    return None if first is None else (first, found)


def _items(value: str) -> list[str]:
    """The items of a cleaned comma list."""
    if value.isascii():
        # Cleaned ASCII has single plain spaces only: strip() is clean() here, at a tenth the cost.
        return [item for item in map(str.strip, value.split(",")) if item]
    return [item for item in (clean(v) for v in value.split(",")) if item]


def _envelope_fields(pairs: Pairs) -> dict[str, object]:
    fields: dict[str, object] = {}
    extra: dict[str, str] = {}
    for _, key, value in pairs:
        name = HEADER_KEYS.get(key.casefold())
        if name is None:
            if value:
                extra[clean(key)] = value
        elif name in LIST_KEYS:
            fields[name] = _items(value)
        else:
            fields[name] = value or None
    if extra:
        fields["extra"] = extra
    return fields


def _find_footer(ctx: Context) -> int | None:
    """First line of the mirror's footer."""
    lines = ctx.source.lines
    # Footers are a few lines long: look only near the end, so prose can never start one.
    for index in range(max(0, len(lines) - 40), len(lines)):
        line = lines[index]
        if line[:1] in _NOT_OPENING:
            continue
        if line[:1].isspace():
            line = line.lstrip()
            if line[:1] in _NOT_OPENING:
                continue
        # Casefolding is per character, so a prefix as long as the longest opening decides.
        if line[:_OPENING].casefold().startswith(FOOTER_OPENINGS):
            return index + 1
    return None


def _license_sentence(line: str) -> str:
    text = clean(line)
    m = _SENTENCE_END.search(text, text.find("icense") if "icense" in text else 0)
    return text[: m.end()] if m else text


def parse(ctx: Context) -> PartResult:
    """Header, footer, chrome and title of a mirror dump."""
    blocks = ctx.blocks
    claims: list[tuple[Lines, str]] = []
    diagnostics: list[Diagnostic] = []
    fields: dict[str, object] = {}
    header = _find_header(blocks)
    top_end = blocks[header[0]].start if header else 0
    title: str | None = None
    body_start = 1
    if header:
        opening, found = header
        after = opening + len(found)
        body_start = blocks[after].start if after < len(blocks) else 1
        for block, pairs in zip(blocks[opening:after], found, strict=True):
            fields.update(_envelope_fields(pairs))
            claims.append((block.span, "envelope"))
    for block in blocks:
        if block.start >= top_end:
            break
        for number, line in block.numbered():
            text = clean(line)
            if text.casefold() in CHROME_LINES:
                claims.append(((number, number), "chrome"))
            else:
                title = text
                claims.append(((number, number), "title"))
    footer = _find_footer(ctx)
    body_end = len(ctx.source.lines)
    if footer is not None:
        fields["license"] = _license_sentence(ctx.source.line(footer))
        claims.append(((footer, len(ctx.source.lines)), "footer"))
        body_end = footer - 1
    title = title or _str(fields.get("title"))
    if header is None and blocks:
        # No mirror header: a short first line is the page title (other mirrors print it so).
        found_title, skipped = _headless_title(blocks)
        claims.extend(((n, n), "chrome") for n in skipped)
        if found_title is not None:
            number, title = found_title
            claims.append(((number, number), "title"))
            body_start = number + 1
    # The title printed again after the header is the page heading, not prose.
    if title:
        for block in blocks:
            if block.start < body_start:
                continue
            if len(block.lines) == 1 and clean(block.lines[0]) == title:
                claims.append((block.span, "title"))
                body_start = block.end + 1
            break
    claims.extend(((n, n), "chrome") for n in _hatnotes(ctx, body_start))
    envelope = Envelope(**fields)  # validated with the Article (see models.deferred_validation)
    values: dict[str, object] = {"envelope": envelope, "_body": (body_start, body_end)}
    if title:
        values["title"] = title
    if not header:
        diagnostics.append(
            Diagnostic(severity="info", code="no-envelope", message="no mirror header found")
        )
    return PartResult(values=values, claims=tuple(claims), diagnostics=tuple(diagnostics))


def is_hatnote(text: str) -> bool:
    """A wiki's hatnote line ("For other uses, see X (disambiguation).", "This article is about
    the film."): never a box's name, nor prose."""
    if text.casefold().startswith(HATNOTE_OPENINGS):
        return True
    return _HATNOTE.fullmatch(text) is not None


def _hatnotes(ctx: Context, start: int) -> list[int]:
    """The hatnote lines near the top of the body."""
    lines = ctx.source.lines
    end = min(len(lines), start + _HATNOTE_LINES)
    return [n for n in range(start, end + 1) if _may_be_hatnote(lines[n - 1])]


def _may_be_hatnote(line: str) -> bool:
    """``is_hatnote`` of the cleaned line, after a check on the raw one that rules out most lines
    (this runs on every article's first lines): a hatnote has a comma or a known opening."""
    if "," not in line and not line.lstrip()[:_OPENING_CHARS].casefold().startswith(
        HATNOTE_OPENINGS
    ):
        return False
    return is_hatnote(clean(line))


def _headless_title(blocks: tuple[Block, ...]) -> tuple[tuple[int, str] | None, list[int]]:
    """The title line of a page without a mirror header: its first line, past site chrome ("From
    Wikipedia, the free encyclopedia") and a poster line that repeats the title under it ("Night
    Ferry image" / "Night Ferry"). The title's line number and text (None when that line is no
    title: a sentence, a box's credit label alone ("Directed By") or heading ("Film
    information"), which a page printing no title begins with), and the lines passed over."""
    numbered = (pair for block in blocks[:_HEAD_BLOCKS] for pair in block.numbered())
    # The head lines looked at, and the ones under the last that the checks read (cleaned once).
    read = _HEAD_LINES + max(_HEAD_LINES, _TITLE_ROW_LINES)
    lines = [(n, clean(line)) for n, line in islice(numbered, read)]
    skipped: list[int] = []
    for index, (number, line) in enumerate(lines[:_HEAD_LINES]):
        following = [t for _, t in lines[index + 1 : index + 1 + _TITLE_ROW_LINES]]
        text = _header_cell(line, following)
        folded = text.casefold()
        later = [t for _, t in lines[index + 1 : index + 1 + _HEAD_LINES]]
        repeated = any(t == text or t.startswith(f"{text} ") for t in later)
        if is_chrome(text) or _is_counter(text, repeated) or _is_code(text):
            skipped.append(number)
            continue
        if DESCRIPTION.fullmatch(text) and index + 1 < len(lines):
            skipped.append(number)  # the page's short description, the title under it
            continue
        after = lines[index + 1][1] if index + 1 < len(lines) else ""
        if after and _is_poster_line(folded, after.casefold()):
            skipped.append(number)
            continue
        run_on = inline_box_name(text)  # "Heat Directed by Ann Roe Written by …": the box's rows
        if run_on is not None:
            return (number, run_on), skipped
        if not _looks_like_title(text, repeated) or _is_box_line(folded):
            return None, skipped
        both = split_name_caption(text)  # "Night Ferry Night Ferry poster"
        if both is not None:
            return (number, both[0]), skipped
        return (number, text.strip("= ").strip() if text.startswith("=") else text), skipped
    return None, skipped


def _header_cell(text: str, following: list[str]) -> str:
    """A table row holding only the box's name ("Night Ferry | |||") as that name; other text
    as it is. A table with a title row of its own ("Titel | Nebelhafen |") under the first
    line has printed its template's name there ("Film | |"), no title."""
    name = name_cell(text)
    if name is None or any(canonical(row.partition("|")[0]) == "title" for row in following):
        return text
    return name


def _is_code(text: str) -> bool:
    """A site's server script printed as text above the page ("if ($db->ping()) { die(…); }
    …"): braces, statements and variables no title or sentence has, never the title."""
    return "{" in text and "}" in text and text.count(";") >= 2 and "$" in text


def _is_counter(text: str, repeated: bool) -> bool:
    """A line with no letter (a blog's comment counter, "0"): never the title, unless a line
    under it prints it again or opens with it (``repeated``: a title of digits, "2046", as the
    box's name or the lead's first words)."""
    return not repeated and not any(c.isalpha() for c in text)


def _is_poster_line(folded: str, after: str) -> bool:
    """A poster's alt text or file name naming the title printed right under it."""
    for suffix in (" image", " poster", *IMAGE_SUFFIXES):
        if folded.endswith(suffix):
            return folded[: -len(suffix)].strip() == after or suffix in IMAGE_SUFFIXES
    return False


def _is_box_line(folded: str) -> bool:
    """A box's heading ("Film information") or a credit label alone ("Directed By")."""
    if folded in BOX_HEADINGS:
        return True
    return " " in folded and LABELS.get(folded) in PERSON_KEYS


def _looks_like_title(text: str, repeated: bool = False) -> bool:
    """A short capitalised line; one opening with a digit ("28 Days Later") only when a line
    under it prints it again (``repeated``): a date or a count may open a page too."""
    if not text or "|" in text or len(text) > 120 or text.endswith((".", ":", ";", ",")):
        return False
    opening = text[0].isupper() or (repeated and text[0].isdigit())
    return (len(text.split()) <= 14 and opening) or text.startswith("= ")


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
