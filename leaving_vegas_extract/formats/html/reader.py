"""The tree as a document: the article's container, and its blocks in order with their lines.

Pages wrap the article in site chrome (header, navigation, footer). The article sits in a known
container (``#mw-content-text``, ``.mw-parser-output``, ...); the reader walks into wrappers and
lists each block it meets as an :class:`Item`: a heading, a paragraph, a table, a list, the
contents box, page furniture (figures, hatnotes) or chrome (navigation boxes). The walk keeps an
explicit stack, so no nesting depth can exhaust Python's recursion.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from leaving_vegas_extract.formats.html.lines import LineMap, build_line_map
from leaving_vegas_extract.formats.html.parse import Element, parse_html, walker, xpath
from leaving_vegas_extract.formats.html.text import classes
from leaving_vegas_extract.formats.html.vocab import (
    BLOCK_TAGS,
    CHROME_TAGS,
    CHROME_WORDS,
    CONTAINER_TAGS,
    CONTENT_CLASSES,
    CONTENT_IDS,
    HATNOTE_CLASSES,
    HEADING_TAGS,
    LIST_TAGS,
    SKIP_CLASSES,
    TOC_WORDS,
)
from leaving_vegas_extract.model.article import Diagnostic, Lines


@dataclass(frozen=True, slots=True)
class Item:
    """A block of the article: its kind, element and lines (``level`` for headings: h2 → 2)."""

    kind: str
    element: Element
    lines: Lines
    level: int = 0


@dataclass(frozen=True, slots=True)
class HtmlDoc:
    """A parsed page: the tree, the article's container, its items, and the line map."""

    root: Element
    content: Element
    items: tuple[Item, ...]
    lines: LineMap
    diagnostics: tuple[Diagnostic, ...]
    stopped: int | None = None  # the line where the parser gave up (a resource limit), if it did

    def outside(self) -> Iterator[Element]:
        """Every element of the page outside the article's container and the ``<head>``."""
        walk = walker(self.root)
        for event, element in walk:
            if event != "start":
                continue
            if element is self.content or element.tag == "head":
                walk.skip_subtree()
                continue
            yield element


def _tokens(element: Element) -> list[str]:
    """Lowercased id and class names."""
    found = [c.lower() for c in classes(element)]
    ident = element.get("id")
    if ident:
        found.append(ident.lower())
    return found


def is_chrome(element: Element) -> bool:
    """Site chrome by its tag, role, id or class (navigation, tools, banners, navboxes)."""
    if element.tag in CHROME_TAGS or element.get("role") in ("navigation", "banner"):
        return True
    return any(t.split("-", 1)[0] in CHROME_WORDS or t in CHROME_WORDS for t in _tokens(element))


def _is_toc(element: Element) -> bool:
    return any(t in TOC_WORDS for t in _tokens(element))


def _holds_blocks(element: Element) -> bool:
    return any(child.tag in BLOCK_TAGS for child in element)


def _kind(element: Element) -> str | None:
    """What a child of a wrapper is; "container" to walk into it, None to pass it by."""
    tag = element.tag
    if not isinstance(tag, str):
        return None
    if tag in HEADING_TAGS:
        return "heading"
    names = classes(element)
    if names & SKIP_CLASSES:
        return None
    if _is_toc(element):
        return "toc"
    if is_chrome(element):
        return "chrome"
    if names & HATNOTE_CLASSES or tag == "figure":
        return "furniture"
    if tag in ("p", "blockquote", "pre"):
        return "paragraph"
    if tag == "table":
        return "table"
    if tag in LIST_TAGS:
        return "list"
    if tag in CONTAINER_TAGS:
        if _holds_blocks(element):
            return "container"
        return "paragraph" if tag != "span" and _has_text(element) else None
    return None


def _has_text(element: Element) -> bool:
    for inner in element.iter():
        if (inner.text and not inner.text.isspace()) or (
            inner is not element and inner.tail and not inner.tail.isspace()
        ):
            return True
    return False


def read_items(content: Element, lines: LineMap) -> list[Item]:
    """The blocks under ``content`` in document order (wrappers walked into)."""
    items: list[Item] = []
    stack: list[Iterator[Element]] = [iter(content)]
    while stack:
        child = next(stack[-1], None)
        if child is None:
            stack.pop()
            continue
        kind = _kind(child)
        if kind == "container":
            stack.append(iter(child))
        elif kind is not None:
            level = int(child.tag[1]) if kind == "heading" else 0
            items.append(Item(kind, child, lines.span(child), level))
    return items


def _first_of(root: Element, test: str, wanted: tuple[str, ...]) -> Element | None:
    """The element matching the earliest of ``wanted`` (one XPath pass over the tree)."""
    found = xpath(root, f"//*[{' or '.join(test.format(i) for i in range(len(wanted)))}]", wanted)
    for value in wanted:
        for element in found:
            if value in (element.get("id") or "", *classes(element)):
                return element
    return None


def find_content(root: Element) -> Element:
    """The article's container: a known id, else a known class, else ``<body>``, else the root."""
    found = _first_of(root, "@id=$v{}", CONTENT_IDS)
    if found is None:
        found = _first_of(root, "contains(concat(' ', @class, ' '), $v{})", CONTENT_CLASSES)
    if found is None:
        body = xpath(root, "//body", ())
        found = body[0] if body else root
    return found


def read_html(lines: Sequence[str]) -> HtmlDoc | tuple[Diagnostic, ...]:
    """Parse the page's lines into an :class:`HtmlDoc`; the diagnostics when no tree was built."""
    parsed = parse_html("\n".join(lines), len(lines))
    if parsed.root is None:
        return parsed.diagnostics
    line_map = build_line_map(parsed.root, lines)
    content = find_content(parsed.root)
    items = tuple(read_items(content, line_map))
    stopped = next(
        (d.lines[0] for d in parsed.diagnostics if d.code == "html-parse-stopped" and d.lines),
        None,
    )
    return HtmlDoc(parsed.root, content, items, line_map, parsed.diagnostics, stopped)
