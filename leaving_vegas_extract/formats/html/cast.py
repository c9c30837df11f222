"""Cast part for pages: the lists and two-column tables under a Cast heading, read as credits.

A list is the cast's only when every item of it is a credit; a list with a prose item stays
prose for the sections part (with an info diagnostic), as does a table that is not two columns
of name and role. The ``link`` of a record is the target of the link on the name: a wiki page
title when the link points into the wiki (``/wiki/Ann_Roe`` → ``Ann Roe``), else the address.
"""

from __future__ import annotations

from urllib.parse import parse_qs, unquote, urlsplit

from leaving_vegas_extract.formats.html.document import doc_of, free_items, take
from leaving_vegas_extract.formats.html.grid import expand
from leaving_vegas_extract.formats.html.parse import Element
from leaving_vegas_extract.formats.html.reader import HtmlDoc, Item
from leaving_vegas_extract.formats.html.text import classes, text_of, values
from leaving_vegas_extract.formats.html.vocab import HEADLINE_CLASS, LIST_TAGS, SKIP_CLASSES
from leaving_vegas_extract.model.article import CastMember, Diagnostic, Lines
from leaving_vegas_extract.normalize.text import clean, strip_markers
from leaving_vegas_extract.parts.cast.build import (
    Credit,
    is_cast_title,
    is_header_row,
    member,
    read_credit,
    table_credit,
)
from leaving_vegas_extract.source.context import Context, PartResult

_ITEM_TAGS = ("li", "dd", "dt")
_WIKI = "/wiki/"


def link_target(href: str) -> str:
    """A wiki page title for links into the wiki (red links too), else the address as given.

    >>> link_target("/wiki/Ann_Roe_(actress)"), link_target("https://x.org/a")
    ('Ann Roe (actress)', 'https://x.org/a')
    >>> link_target("/w/index.php?title=Bo_Lee&action=edit&redlink=1")
    'Bo Lee'
    """
    parts = urlsplit(href)
    if _WIKI in parts.path:
        title = parts.path.split(_WIKI, 1)[1]
        if parts.fragment:
            title = f"{title}#{parts.fragment}"
        return unquote(title).replace("_", " ")
    found = parse_qs(parts.query).get("title")
    if found and parts.path.endswith("index.php"):
        return found[0].replace("_", " ")
    return href


def _heading_title(element: Element) -> str:
    for inner in element.iter("span"):
        if HEADLINE_CLASS in classes(inner):
            return text_of(inner)
    title = text_of(element)
    return title[: -len("[edit]")].rstrip() if title.endswith("[edit]") else title


def _name_link(element: Element, name: str) -> str | None:
    """The target of the first link whose text is (part of) the name, outside nested lists."""
    for anchor in element.iter("a"):
        if _inside(anchor, element):
            continue
        text = clean(text_of(anchor))
        href = anchor.get("href")
        if text and href and not href.startswith("#") and text in name:
            return link_target(href)
    return None


def _inside(anchor: Element, item: Element) -> bool:
    """Whether a link sits in a nested list or a skipped element (a note marker) of ``item``."""
    parent = anchor.getparent()
    while parent is not None and parent is not item:
        if parent.tag in LIST_TAGS or classes(parent) & SKIP_CLASSES or parent.tag == "sup":
            return True
        parent = parent.getparent()
    return False


def _list_credits(doc: HtmlDoc, element: Element) -> tuple[list[CastMember], Lines | None]:
    """The records of a list (nested lists read as further items), or the first prose item."""
    out: list[CastMember] = []
    stack = [iter(element)]
    while stack:
        li = next(stack[-1], None)
        if li is None:
            stack.pop()
            continue
        if li.tag not in _ITEM_TAGS:
            continue
        nested = [child for child in li if child.tag in LIST_TAGS]
        own = values(li)[0] if nested and values(li) else text_of(li)
        lines = doc.lines.span(li)
        if strip_markers(own)[0]:
            credit = read_credit(own)
            if credit is None:
                return out, lines
            out.append(member(credit, lines, _name_link(li, credit.name)))
        stack.extend(iter(child) for child in reversed(nested))
    return out, None


def _table_credits(doc: HtmlDoc, element: Element) -> list[CastMember] | None:
    """The records of a two-column name/role table, None when it is not one."""
    out: list[CastMember] = []
    for row in expand(element):
        cells = [c for c in row.distinct() if c is not None]
        texts = [text_of(c.element) for c in cells]
        if row.is_header() and is_header_row(texts):
            continue
        if len(cells) != 2:
            return None
        credit: Credit | None = table_credit(texts[0], texts[1])
        if credit is None:
            return None
        link = _name_link(cells[0].element, credit.name)
        out.append(member(credit, doc.lines.span(row.element), link))
    return out or None


def _read(doc: HtmlDoc, item: Item) -> tuple[list[CastMember] | None, Diagnostic | None]:
    if item.kind == "table":
        return _table_credits(doc, item.element), None
    found, prose = _list_credits(doc, item.element)
    if prose is None:
        return found or None, None
    message = "a list under the Cast heading holds an item that is not a credit; kept as prose"
    return None, Diagnostic(severity="info", code="cast-list-prose", message=message, lines=prose)


def parse(ctx: Context) -> PartResult | None:
    """The records of every list or two-column table under a heading that names the cast."""
    doc = doc_of(ctx)
    if doc is None:
        return None
    cast: list[CastMember] = []
    claims: list[tuple[Lines, str]] = []
    diagnostics: list[Diagnostic] = []
    used: list[int] = []
    headings: list[tuple[int, bool]] = []  # (level, names the cast) of the open headings
    for index, item in free_items(ctx, doc):
        if item.kind == "heading":
            while headings and headings[-1][0] >= item.level:
                headings.pop()
            headings.append((item.level, is_cast_title(_heading_title(item.element))))
            continue
        if item.kind not in ("list", "table") or not any(cast for _, cast in headings):
            continue
        found, problem = _read(doc, item)
        if problem is not None:
            diagnostics.append(problem)
        if found:
            cast.extend(found)
            claims.append((item.lines, "cast"))
            used.append(index)
    if not cast and not diagnostics:
        return None
    values_ = {"cast": cast, **take(ctx, used)} if cast else {}
    return PartResult(values=values_, claims=tuple(claims), diagnostics=tuple(diagnostics))
