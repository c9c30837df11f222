"""What a reader sees in one table cell, template parameter or list item of wikitext.

``render`` turns markup into the items a reader sees (one per line break, list item or list
template entry) and the offsets of the notes it held (``<ref>``s and reference templates), so
the caller can give them the page's note numbers. Every step before the parse keeps the text's
length, so template offsets stay offsets into the page.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from functools import lru_cache

from leaving_vegas_extract.formats.wikitext import cellvocab as v
from leaving_vegas_extract.formats.wikitext.scan import Param, match, positional, template_parts
from leaving_vegas_extract.formats.wikitext.templates import print_template
from leaving_vegas_extract.normalize.text import clean

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_REF = re.compile(r"<ref\b[^>]*?/\s*>|<ref\b[^>]*>.*?(?:</ref\s*>|\Z)", re.S | re.I)
_BREAK = re.compile(r"<br\s*/?\s*>|<p\s*/?>|</p>|</?li>", re.I)
_TAG = re.compile(r"</?(?:small|big|span|div|center|sup|sub|abbr|u|s|i|b)\b[^>]*>", re.I)
_FILE = re.compile(r"\[\[\s*(?:file|image)\s*:[^\[\]]*(?:\[\[[^\[\]]*\]\][^\[\]]*)*\]\]", re.I)
_CATEGORY = re.compile(r"\[\[\s*category\s*:[^\[\]]*\]\]", re.I)
_BULLET = re.compile(r"^[*#:;]+\s*")
_WIKILINK = re.compile(r"\[\[:?([^\[\]|]*)(?:\|([^\[\]]*))?\]\]")
_EXTLINK = re.compile(r"\[(?:https?:)?//[^\s\]]+\s*([^\]]*)\]")
_QUOTES = re.compile(r"'{2,5}")
_ANY_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_MAX_DEPTH = 8  # nested templates rendered inside a template's parameters


@dataclass(frozen=True, slots=True)
class Rendered:
    """The items a reader sees, and the page offsets of the notes the markup held, in order."""

    items: tuple[str, ...]
    notes: tuple[int, ...]

    @property
    def text(self) -> str:
        """The items joined by spaces (one line of text)."""
        return " ".join(self.items)


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _line_break(m: re.Match[str]) -> str:
    return "\n" + " " * (m.end() - m.start() - 1)


def _prepare(raw: str, base: int, notes: list[int]) -> str:
    """Comments, refs, files and categories blanked, breaks as newlines: same length as ``raw``."""
    s = _COMMENT.sub(_blank, raw) if "<!--" in raw else raw
    if "<ref" in s.lower():
        notes.extend(base + m.start() for m in _REF.finditer(s))
        s = _REF.sub(_blank, s)
    if "[[" in s:
        s = _CATEGORY.sub(_blank, _FILE.sub(_blank, s))
    if "<" in s:
        s = _TAG.sub(_blank, _BREAK.sub(_line_break, s))
    return s


def _plain(raw: str, depth: int) -> str:
    """``raw`` rendered to lines of text (no note offsets: parameters of a template)."""
    return "\n".join(_render(raw, 0, [], depth))


@dataclass(frozen=True, slots=True)
class _Params:
    """Renders a cell template's parameters for the page's table of templates (``templates``)."""

    depth: int

    def param(self, p: Param) -> str:
        """A parameter's value as a reader sees it, its lines broken by newlines."""
        return _plain(p.value, self.depth)


def _template(inner: str, at: int, notes: list[int], depth: int) -> str:
    """What one template prints (its inner templates rendered the same way)."""
    name, params = template_parts(inner, at)
    if depth >= _MAX_DEPTH or name.startswith("#"):
        return ""  # too deep, or a parser function (no reader-visible text we can know)
    if name in v.RESULT_TEMPLATES:
        args = positional(params)
        own = _plain(args[0].value, depth + 1).strip() if args else ""
        return own or v.RESULT_TEMPLATES[name]
    if name in v.REF_TEMPLATES:
        notes.append(at)  # a note marker for one of the page's references: kept as a citation
        return ""
    # Everything else prints in a cell what it prints on the page.
    return print_template(_Params(depth + 1), name, params)


def _templates(s: str, base: int, notes: list[int], depth: int) -> str:
    """``s`` with every top-level template replaced by what it prints."""
    out: list[str] = []
    i = 0
    while (j := s.find("{{", i)) >= 0:
        k = match(s, j)
        if k < 0:
            break  # an unclosed "{{" is text
        out.append(s[i:j])
        out.append(_template(s[j + 2 : k - 2], base + j, notes, depth))
        i = k
    out.append(s[i:])
    return "".join(out)


def _links(s: str) -> str:
    s = _WIKILINK.sub(lambda m: m.group(2) if m.group(2) is not None else m.group(1), s)
    return _EXTLINK.sub(lambda m: m.group(1) or "", s)


def _render(raw: str, base: int, notes: list[int], depth: int) -> list[str]:
    text = _prepare(raw, base, notes)
    if "{{" in text:
        text = _templates(text, base, notes, depth)
    if "[" in text:
        text = _links(text)
    if "''" in text:
        text = _QUOTES.sub("", text)
    if "<" in text:
        text = _ANY_TAG.sub("", text)
    if "&" in text:
        text = html.unescape(text)
    items = (clean(_BULLET.sub("", line)) for line in text.split("\n"))
    return [item for item in items if item]


@lru_cache(maxsize=4096)
def render(raw: str, base: int = 0) -> Rendered:
    """The items a reader sees in ``raw`` and the offsets (``base`` + index) of its notes.

    >>> render("[[Jo Lee|Jo]]<br />[[Ann Day]]<ref>x</ref>", 100)
    Rendered(items=('Jo', 'Ann Day'), notes=(130,))
    >>> render("{{Won|2nd place}}").items, render("{{Nom}}").items, render("''Ghost''").items
    (('2nd place',), ('Nominated',), ('Ghost',))
    >>> render("{{ubl|Ann Day|{{sortname|Bo|Lane}}}}").items, render("Ann Day{{br}}Bo Lane").items
    (('Ann Day', 'Bo Lane'), ('Ann Day', 'Bo Lane'))
    """
    # Memoised: the readers look at a cell more than once (header search, column fit, rows).
    notes: list[int] = []
    items = _render(raw, base, notes, 0)
    return Rendered(tuple(items), tuple(sorted(notes)))
