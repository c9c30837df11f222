"""Safe HTML parsing: an lxml tree built with no entity expansion, no DTD and no network.

lxml's HTML parser never loads a DTD or an external entity, and it keeps unknown entity
references as text, so an XXE or an entity-expansion bomb stays inert text. As a second guard a
DOCTYPE's internal subset (where such entities are declared) is blanked before parsing, keeping
its line breaks so that line numbers stay true. The parser keeps libxml2's depth and text-size
limits (``huge_tree`` off): a page nested deeper stops parsing there, with a diagnostic. Scripts,
styles, comments and processing instructions never reach the tree.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import Protocol, cast

import lxml.etree as etree  # type: ignore[import-untyped]  # lxml ships no type information

from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.model.article import Diagnostic

HTML_MAX_BYTES = 8 * 1024 * 1024
"""Pages over this size are refused. An article page is a few MB at most; the tree and the
output of an 8 MB page of dense markup already take some 300 MB."""

_DOCTYPE = re.compile(r"<!doctype[^\[>]{0,200}\[", re.IGNORECASE)
_SUBSET_END = re.compile(r"\][ \t\r\n]*>")
_HEAD = 65536  # a DOCTYPE sits before any content
_INERT = ("script", "style", "noscript", "template")


class Element(Protocol):
    """The part of lxml's element API this package uses (lxml itself is untyped)."""

    tag: str
    text: str | None
    tail: str | None
    sourceline: int | None

    def get(self, key: str, default: str | None = None) -> str | None: ...

    def getparent(self) -> Element | None: ...

    def getnext(self) -> Element | None: ...

    def getprevious(self) -> Element | None: ...

    def iter(self, *tags: str) -> Iterator[Element]: ...

    def iterdescendants(self, *tags: str) -> Iterator[Element]: ...

    def __iter__(self) -> Iterator[Element]: ...

    def __len__(self) -> int: ...


@dataclass(frozen=True, slots=True)
class Parsed:
    """A parse: the root (None when nothing parsed) and what went wrong on the way."""

    root: Element | None
    diagnostics: tuple[Diagnostic, ...]


def check_size(size: int) -> None:
    """Refuse a page too large to hold as a tree; :class:`InputError` with a one-line reason."""
    if size > HTML_MAX_BYTES:
        raise InputError(
            "too-large",
            f"HTML page of {size} bytes is over the HTML limit of {HTML_MAX_BYTES} bytes",
        )


def blank_internal_subset(text: str) -> str:
    r"""``text`` with a DOCTYPE's internal subset (``[ <!ENTITY …> ]``) turned into spaces.

    >>> page = '<!DOCTYPE html [\n<!ENTITY x SYSTEM "file:///etc/passwd">\n]>\n<p>&x;</p>'
    >>> out = blank_internal_subset(page)
    >>> out.splitlines()[0], "ENTITY" in out, out.count("\n"), out.splitlines()[2:]
    ('<!DOCTYPE html  ', False, 3, [' >', '<p>&x;</p>'])
    """
    m = _DOCTYPE.search(text, 0, _HEAD)
    if m is None:
        return text
    end = _SUBSET_END.search(text, m.end())
    if end is None:
        return text
    stop = end.end() - 1  # keep the closing ">" so the DOCTYPE stays one token
    blanked = "\n".join(" " * len(part) for part in text[m.end() - 1 : stop].split("\n"))
    return text[: m.end() - 1] + blanked + text[stop:]


def _parser() -> object:
    # A parser per document: lxml parsers are not to be shared between threads.
    return etree.HTMLParser(
        recover=True,
        no_network=True,
        remove_comments=True,
        remove_pis=True,
        huge_tree=False,
        collect_ids=False,
        default_doctype=False,
        encoding="utf-8",
    )


def _problems(parser: object, last_line: int) -> list[Diagnostic]:
    """A diagnostic for each fatal parser error (a resource limit hit, the rest unparsed)."""
    out: list[Diagnostic] = []
    for error in getattr(parser, "error_log", ()):
        if error.level_name != "FATAL":
            continue
        line = max(1, min(int(error.line or 1), last_line))
        out.append(
            Diagnostic(
                severity="error",
                code="html-parse-stopped",
                message=f"the HTML parser stopped: {str(error.message).strip()[:160]}",
                lines=(line, last_line),
            )
        )
        break  # the first fatal error ends the parse; later ones repeat it
    return out


def parse_html(text: str, last_line: int) -> Parsed:
    """Parse a page (its lines joined by newlines) into a tree with scripts and styles gone."""
    parser = _parser()
    data = blank_internal_subset(text).encode("utf-8", "replace")
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, etree.ParserError, ValueError) as exc:
        diag = Diagnostic(
            severity="error",
            code="html-unparsed",
            message=f"no HTML tree could be built: {str(exc)[:160]}",
            lines=(1, max(1, last_line)),
        )
        return Parsed(None, (diag,))
    if root is None:
        diag = Diagnostic(severity="error", code="html-unparsed", message="the page holds no HTML")
        return Parsed(None, (diag,))
    etree.strip_elements(root, *_INERT, with_tail=False)
    return Parsed(cast(Element, root), tuple(_problems(parser, max(1, last_line))))


def iterwalk(root: Element) -> Iterator[tuple[str, Element]]:
    """``("start" | "end", element)`` over the tree in document order (lxml's C walker)."""
    walker = etree.iterwalk(root, events=("start", "end"))
    return cast(Iterator[tuple[str, Element]], iter(walker))


class Walker(Protocol):
    """lxml's iterwalk: events, and a way to skip an element's subtree."""

    def __iter__(self) -> Iterator[tuple[str, Element]]: ...

    def skip_subtree(self) -> None: ...


def walker(root: Element) -> Walker:
    """An event walker over ``root`` that can skip subtrees (see :class:`Walker`)."""
    return cast(Walker, etree.iterwalk(root, events=("start", "end")))


@lru_cache(maxsize=16)
def _compiled(path: str) -> Callable[..., object]:
    return cast(Callable[..., object], etree.XPath(path))


def xpath(root: Element, path: str, values: tuple[str, ...]) -> list[Element]:
    """Elements matching an XPath whose ``$v0``, ``$v1``, ... are ``values`` (bound as variables,
    never pasted into the path)."""
    found = _compiled(path)(root, **{f"v{i}": v for i, v in enumerate(values)})
    return cast(list[Element], found) if isinstance(found, list) else []
