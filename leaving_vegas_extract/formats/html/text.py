"""Text of an element as a reader sees it: note markers kept as ``[n]``, edit links and sort keys
left out, and line breaks (``<br>``, list items, block edges) kept as value separators.

Line breaks inside the markup's own text are only white space in HTML, so they become spaces;
the structural breaks become ``\\n``, which ``values`` splits at.
"""

from __future__ import annotations

from leaving_vegas_extract.formats.html.parse import Element, walker
from leaving_vegas_extract.formats.html.vocab import BLOCK_TAGS, HEADLINE_CLASS, SKIP_CLASSES
from leaving_vegas_extract.normalize.text import clean

_NONE: frozenset[str] = frozenset()


def classes(element: Element) -> frozenset[str]:
    """The element's class names."""
    value = element.get("class")
    return frozenset(value.split()) if value else _NONE


def raw_text(root: Element, skip: frozenset[str] = SKIP_CLASSES) -> str:
    """The element's text with ``\\n`` at every ``<br>`` and block edge (not cleaned)."""
    if not len(root):  # a leaf (most cells and values): its own text is all
        return root.text.replace("\n", " ") if root.text else ""
    out: list[str] = []
    walk = walker(root)
    for event, element in walk:
        tag = element.tag
        if event == "start":
            if element is not root and skip and (skip & classes(element)):
                walk.skip_subtree()
                continue
            if tag == "br" or (tag in BLOCK_TAGS and element is not root):
                out.append("\n")
            if element.text:
                out.append(element.text.replace("\n", " "))
        elif element is root:
            break
        else:
            if tag in BLOCK_TAGS:
                out.append("\n")
            if element.tail:
                out.append(element.tail.replace("\n", " "))
    return "".join(out)


def text_of(root: Element, skip: frozenset[str] = SKIP_CLASSES) -> str:
    """The element's text on one line, cleaned (markers kept)."""
    return clean(raw_text(root, skip))


def values(root: Element, skip: frozenset[str] = SKIP_CLASSES) -> list[str]:
    """The element's text split at its line breaks, each piece cleaned, empty ones dropped."""
    return [piece for piece in (clean(p) for p in raw_text(root, skip).split("\n")) if piece]


def heading(element: Element) -> tuple[str, str | None]:
    """A heading's title and anchor id (``span.mw-headline``, else the heading itself)."""
    for inner in element.iter("span"):
        if HEADLINE_CLASS in classes(inner):
            return text_of(inner), inner.get("id") or element.get("id")
    title = text_of(element)
    if title.endswith("[edit]"):
        title = title[: -len("[edit]")].rstrip()
    return title, element.get("id")
