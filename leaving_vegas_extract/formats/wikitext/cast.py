"""Cast part for wikitext: the bullets and two-column table rows under a ``== Cast ==`` heading.

A bullet (``* [[Ann Roe]] as Mary``) is read as its printed text: links show their label,
``<ref>``s, comments and templates that print no credit text are dropped, bold and italic marks
go. The record's ``link`` is the target of the link on the name (``[[Ann Roe (actress)|Ann
Roe]]`` → ``Ann Roe (actress)``). A table under the heading is read row by row when every row
has two cells. A bullet that is prose stays for the sections part; subheadings of the Cast
section are read too.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.model.article import CastMember, Lines
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.cast.build import (
    Credit,
    is_cast_title,
    is_header_row,
    member,
    read_credit,
    table_credit,
)
from leaving_vegas_extract.parts.sections.outline import literal_heading
from leaving_vegas_extract.source.context import Context, PartResult

_LINK = re.compile(r"\[\[([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_REF = re.compile(r"<ref[^>/]*/>|<ref[^>]*>.*?</ref>", re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->")
_TAG = re.compile(r"</?[a-z][^>]*>", re.IGNORECASE)
_TEMPLATE = re.compile(r"\{\{([^{}]*)\}\}")
_TEXT_TEMPLATES = frozenset(
    {"small", "nowrap", "nobr", "smaller", "big", "lang", "ill", "sortname"}
)
_EMPHASIS = re.compile(r"'{2,}")
_BULLET = re.compile(r"^[*#:]+\s*")


def _template(match: re.Match[str]) -> str:
    """The text a template prints, for the few that print a name or role; none for the others.
    Templates that link a name print the link as wikitext, for ``printed`` to read."""
    name, _, rest = match.group(1).partition("|")
    key = name.strip().casefold()
    if key not in _TEXT_TEMPLATES or not rest:
        return ""
    params = [p for p in rest.split("|") if "=" not in p]
    if key == "lang":
        return params[1] if len(params) > 1 else ""
    if key == "sortname":  # {{sortname|First|Last|target}}: a link to the person's page
        shown = " ".join(p.strip() for p in params[:2])
        return f"[[{params[2]}|{shown}]]" if len(params) > 2 else f"[[{shown}]]"
    if key == "ill":  # {{ill|Title|lang|foreign title}}: a link to the (missing) local page
        return f"[[{params[0]}]]" if params else ""
    return params[0] if params else ""


def _target(target: str) -> str:
    """A link target as a page title: underscores as spaces, no section, first letter upper."""
    title = " ".join(target.replace("_", " ").split()).lstrip(":")
    title = title.split("#", 1)[0].strip() or title
    return title[:1].upper() + title[1:]


def printed(text: str) -> tuple[str, list[tuple[str, str]]]:
    """A wikitext line as printed, and its links as ``(label, target)`` in order.

    >>> printed("* [[Ann Roe (actress)|Ann Roe]] as [[Mary]]<ref>x</ref> {{efn|a}}")
    ('Ann Roe as Mary', [('Ann Roe', 'Ann Roe (actress)'), ('Mary', 'Mary')])
    """
    text = _COMMENT.sub("", _REF.sub("", text))
    for _ in range(3):  # templates nested in templates: innermost first
        text = _TEMPLATE.sub(_template, text)
    links: list[tuple[str, str]] = []

    def label(match: re.Match[str]) -> str:
        target = match.group(1).strip()
        shown = (match.group(2) if match.group(2) is not None else target).strip()
        if not target.casefold().startswith(("file:", "image:", "category:")):
            links.append((clean(_EMPHASIS.sub("", shown)), _target(target)))
            return shown
        return ""

    text = _LINK.sub(label, text)
    text = _TAG.sub("", _EMPHASIS.sub("", _BULLET.sub("", text)))
    return clean(text), links


def _link(links: list[tuple[str, str]], name: str) -> str | None:
    return next((target for shown, target in links if shown and shown in name), None)


def _row_cells(line: str) -> list[str] | None:
    """Cells of a table row line (``| a || b``), None for other lines."""
    text = line.strip()
    if not text.startswith(("|", "!")) or text.startswith(("|-", "|}", "|+")):
        return None
    return [c.strip() for c in re.split(r"\|\||!!", text[1:])]


class _Reader:
    def __init__(self) -> None:
        self.cast: list[CastMember] = []
        self.claims: list[tuple[Lines, str]] = []

    def bullet(self, number: int, line: str) -> None:
        text, links = printed(line)
        credit = read_credit(text)
        if credit is not None:
            self.add(credit, number, links)

    def add(self, credit: Credit, number: int, links: list[tuple[str, str]]) -> None:
        self.cast.append(member(credit, (number, number), _link(links, credit.name)))
        self.claims.append(((number, number), "cast"))

    def table(self, rows: list[tuple[int, str]]) -> None:
        """A two-column table: every row a credit (header and markup rows claimed), or nothing."""
        found: list[tuple[Credit, int, list[tuple[str, str]]]] = []
        markup: list[int] = []
        for number, line in rows:
            cells = _row_cells(line)
            if cells is None:
                markup.append(number)
                continue
            texts = [printed(c) for c in cells]
            if line.lstrip().startswith("!") and is_header_row([t for t, _ in texts]):
                markup.append(number)
                continue
            credit = table_credit(texts[0][0], texts[1][0]) if len(texts) == 2 else None
            if credit is None:
                return
            found.append((credit, number, texts[0][1]))
        for credit, number, links in found:
            self.add(credit, number, links)
        self.claims.extend(((n, n), "cast") for n in markup)


def parse(ctx: Context) -> PartResult | None:
    """The cast records of the page's Cast section (and its subsections)."""
    lines = ctx.source.lines
    reader = _Reader()
    cast_level: int | None = None
    table: list[tuple[int, str]] | None = None
    for number, line in enumerate(lines, ctx.source.first_line):
        if ctx.claims.is_claimed(number):
            continue
        stripped = line.strip()
        heading = literal_heading(stripped, "wikitext") if stripped.startswith("=") else None
        if heading is not None:
            title, level = heading
            if cast_level is not None and level <= cast_level:
                cast_level = None
            if cast_level is None and is_cast_title(title):
                cast_level = level
            continue
        if cast_level is None:
            continue
        if table is not None:
            table.append((number, line))
            if stripped.startswith("|}"):
                reader.table(table)
                table = None
        elif stripped.startswith("{|"):
            table = [(number, line)]
        elif stripped.startswith(("*", "#")):
            reader.bullet(number, stripped)
    if not reader.cast:
        return None
    return PartResult(values={"cast": reader.cast}, claims=tuple(reader.claims))
