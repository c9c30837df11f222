"""Envelope part for pages: the mirror's header rows, its footer, the title, and site chrome.

Outside the article's container a mirror prints ``Key: value`` rows (a table, a list, a
definition list); the keys are the text dumps' (``vocab.envelope``). The footer is the block that
opens with a licence sentence. Navigation, tool bars, the ``<head>`` and navigation boxes inside the
article are chrome. Categories fill ``collections`` when the header names none.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.formats.html.document import doc_of, free_items, take
from leaving_vegas_extract.formats.html.parse import Element
from leaving_vegas_extract.formats.html.reader import HtmlDoc, is_chrome
from leaving_vegas_extract.formats.html.text import text_of
from leaving_vegas_extract.formats.html.vocab import BLOCK_TAGS, CATEGORY_IDS, TITLE_SEPARATORS
from leaving_vegas_extract.model.article import Diagnostic, Envelope, Lines
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.envelope.vocab import (
    CHROME_LINES,
    FOOTER_OPENINGS,
    HEADER_KEYS,
    LIST_KEYS,
)
from leaving_vegas_extract.source.context import Context, PartResult

_HEADER_ROW = re.compile(r"^([A-Z][A-Za-z ]{1,30}):(?: (.*))?$")
_SENTENCE_END = re.compile(r"(?<=[a-z)])\.(?= |$)")
_ROW_TAGS = frozenset({"tr", "li", "p", "div", "dt", "span"})


def _leaf(element: Element) -> bool:
    return not any(child.tag in BLOCK_TAGS and child.tag != "br" for child in element)


def _header_row(element: Element, text: str) -> tuple[str, str] | None:
    """``(field, value)`` of a ``Key: value`` row with a known key (a ``dt`` with its ``dd``)."""
    if element.tag == "dt":
        after = element.getnext()
        text = text.rstrip(":") + ":"
        text += " " + text_of(after) if after is not None and after.tag == "dd" else ""
    m = _HEADER_ROW.match(text) if len(text) < 5000 else None
    if m is None:
        return None
    name = HEADER_KEYS.get(m.group(1).casefold())
    return (name, clean(m.group(2) or "")) if name else None


def _license(text: str) -> str:
    m = _SENTENCE_END.search(text, text.find("icense") if "icense" in text else 0)
    return text[: m.end()] if m else text


def _title(doc: HtmlDoc) -> tuple[str | None, list[Element]]:
    """The page's title (its first ``<h1>``, else ``<title>`` without the site's name), and the
    headings that print it."""
    heads = [h for h in doc.root.iter("h1") if text_of(h)]
    if heads:
        title = text_of(heads[0])
        return title, [h for h in heads if text_of(h) == title]
    for element in doc.root.iter("title"):
        title = text_of(element)
        for separator in TITLE_SEPARATORS:
            title = title.split(separator, 1)[0]
        return title.strip() or None, []
    return None, []


def _categories(doc: HtmlDoc) -> list[str]:
    for element in doc.root.iter("div"):
        if element.get("id") in CATEGORY_IDS:
            return [text_of(li) for li in element.iter("li") if text_of(li)]
    return []


def _row_like(element: Element) -> bool:
    if element.tag == "tr":
        return all(_leaf(cell) for cell in element)
    return element.tag in _ROW_TAGS and _leaf(element)


def _chrome_ancestor(element: Element, around: set[int]) -> Element:
    """The outermost chrome block around ``element`` (the footer's ``div``), else itself."""
    found = element
    parent = element.getparent()
    while parent is not None:
        if is_chrome(parent) and id(parent) not in around:
            found = parent
        parent = parent.getparent()
    return found


def _outside(doc: HtmlDoc) -> tuple[dict[str, object], list[tuple[Lines, str]]]:
    """Header fields, the footer's licence, and the claims of the chrome around the article.

    Header rows and the footer are claimed before the chrome blocks that may hold them, so the
    first claim (which wins) names what the lines are.
    """
    fields: dict[str, object] = {}
    claims: list[tuple[Lines, str]] = []
    chrome = [(doc.lines.span(head), "markup") for head in doc.root.iter("head")]
    around = _ancestors(doc.content)  # wrappers of the article are never chrome as a whole
    for element in doc.outside():
        if is_chrome(element) and id(element) not in around:
            chrome.append((doc.lines.span(element), "chrome"))
        if not _row_like(element):
            continue
        text = text_of(element)
        row = _header_row(element, text)
        if row is not None:
            name, value = row
            if name in LIST_KEYS:
                fields.setdefault(name, [v for v in (clean(p) for p in value.split(",")) if v])
            else:
                fields.setdefault(name, value or None)
            claims.append((doc.lines.span(element), "envelope"))
        elif text.casefold().startswith(FOOTER_OPENINGS):
            fields.setdefault("license", _license(text))
            claims.append((doc.lines.span(_chrome_ancestor(element, around)), "footer"))
        elif text.casefold() in CHROME_LINES:
            chrome.append((doc.lines.span(element), "chrome"))
    return fields, claims + chrome


def _ancestors(element: Element) -> set[int]:
    found: set[int] = set()
    parent = element.getparent()
    while parent is not None:
        found.add(id(parent))
        parent = parent.getparent()
    return found


def parse(ctx: Context) -> PartResult | None:
    """Title, header fields, licence, categories; chrome and the title headings claimed."""
    doc = doc_of(ctx)
    if doc is None:
        return None
    fields, claims = _outside(doc)
    title, heads = _title(doc)
    claims.extend((doc.lines.span(h), "title") for h in heads)
    if not fields.get("collections") and (categories := _categories(doc)):
        fields["collections"] = categories
    inner = [
        i
        for i, item in free_items(ctx, doc)
        if item.kind in ("chrome", "furniture") or any(item.element is h for h in heads)
    ]
    claims.extend((doc.items[i].lines, doc.items[i].kind) for i in inner)
    values: dict[str, object] = {"envelope": Envelope.model_validate(fields), **take(ctx, inner)}
    # Always a title, even an empty one: the pipeline's fallback (the first raw line) is markup.
    values["title"] = title or _str(fields.get("title")) or ""
    diagnostics: tuple[Diagnostic, ...] = ()
    if not any(k in fields for k in ("article_id", "author", "publisher")):
        diagnostics = (
            Diagnostic(severity="info", code="no-envelope", message="no mirror header found"),
        )
    return PartResult(values=values, claims=tuple(claims), diagnostics=diagnostics)


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
