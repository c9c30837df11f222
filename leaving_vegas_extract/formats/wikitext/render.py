"""Wikitext to what a reader of the rendered page sees: plain text, list items, note markers.

``Renderer.items(start, end)`` renders a span of the page (an infobox value, a paragraph): links
show their label, list templates and ``<br>`` and ``*`` lines become separate items, money, date
and duration templates print as a reader sees them, refs and ``{{sfn}}`` become ``[n]`` markers
(numbered by ``refs``), notes and cleanup tags print nothing. Links whose target differs from
their text are collected. Recursion follows template nesting, which the guard bounds.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from leaving_vegas_extract.formats.wikitext import vocab as v
from leaving_vegas_extract.formats.wikitext.items import split_items
from leaving_vegas_extract.formats.wikitext.page import WikiPage
from leaving_vegas_extract.formats.wikitext.parserfn import is_function, render_function
from leaving_vegas_extract.formats.wikitext.scan import (
    Param,
    named,
    positional,
    split_top,
    template_parts,
)
from leaving_vegas_extract.formats.wikitext.templates import render_template

_SPECIAL = re.compile(r"\{\{|\[\[|\[(?:https?:|ftp:)?//|<|''|\{\||&(?:nbsp|ndash|mdash|amp);")
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)\b[^<>]*?(/?)>")
_ENTITIES = {"&nbsp;": " ", "&ndash;": "–", "&mdash;": "—", "&amp;": "&"}
_BREAK_TAGS = frozenset({"br"})
_SKIP_TAGS = frozenset(
    {"ref", "gallery", "math", "score", "timeline", "templatedata", "syntaxhighlight"}
)


def _title_case(target: str) -> str:
    target = " ".join(target.replace("_", " ").split()).lstrip(":")
    target = target.split("#", 1)[0].strip() or target
    return target[:1].upper() + target[1:]


@dataclass(slots=True)
class Renderer:
    """Renders spans of one page; ``links`` collects ``(text, target)`` pairs as it goes."""

    page: WikiPage
    links: list[tuple[str, str]] = field(default_factory=list)
    show_cites: bool = False  # citation templates print their citation (in a ref's text)
    # Fields of citation templates already read, by the offset of their first parameter: a
    # ref's template is read for its fields, then printed as its citation in the ref's text.
    cites: dict[int, dict[str, object]] | None = None

    def text(self, start: int, end: int) -> str:
        """The span as a reader sees it; item breaks as newlines."""
        text = self.page.text
        markers = self.page.refs.markers if self.page.refs is not None else {}
        out: list[str] = []
        i = start
        while i < end:
            m = _SPECIAL.search(text, i, end)
            if m is None:
                out.append(text[i:end])
                break
            j = m.start()
            out.append(text[i:j])
            marker = markers.get(j)
            if marker is not None:
                out.append(marker[1])
                i = min(marker[0], end) if marker[0] > j else j + 1
                continue
            i = self._token(m.group(), j, end, out)
        return "".join(out)

    def _token(self, token: str, j: int, end: int, out: list[str]) -> int:
        text = self.page.text
        if token == "{{":
            close = self.page.close(j)
            if close < 0 or close > end:
                out.append("{{")
                return j + 2
            if is_function(text, j + 2):
                out.append(render_function(self, j + 2, close - 2))
                return close
            name, params = template_parts(text[j + 2 : close - 2], j + 2)
            out.append(render_template(self, name, params))
            return close
        if token == "[[":
            close = self.page.close(j)
            if close < 0 or close > end:
                out.append("[[")
                return j + 2
            out.append(self._link(j + 2, close - 2))
            return close
        if token == "''":
            k = j
            while k < end and text[k] == "'":
                k += 1
            return k
        if token == "{|":
            close = text.find("\n|}", j, end)
            return end if close < 0 else close + 3
        if token.startswith("&"):
            out.append(_ENTITIES[token])
            return j + len(token)
        if token == "<":
            return self._tag(j, end, out)
        return self._external(j, end, out)

    def _link(self, start: int, end: int) -> str:
        pieces = split_top(self.page.text[start:end])
        target = pieces[0][0]
        if target.strip().casefold().startswith(v.HIDDEN_LINKS):
            return ""
        if len(pieces) > 1:
            label_start = start + pieces[1][1]
            shown = " ".join(self.text(label_start, end).split())
        else:
            shown = " ".join(target.replace("_", " ").split()).lstrip(":")
        title = _title_case(target)
        if shown and title and _title_case(shown) != title:
            self.links.append((shown, title))
        return shown

    def _tag(self, j: int, end: int, out: list[str]) -> int:
        text = self.page.text
        m = _TAG.match(text, j, end)
        if m is None:
            out.append("<")
            return j + 1
        name = m.group(2).casefold()
        if name in _BREAK_TAGS:
            out.append("\n")
        elif name in _SKIP_TAGS and not m.group(1) and not m.group(3):
            close = re.compile(rf"</{name}\s*>", re.I).search(text, m.end(), end)
            return end if close is None else close.end()
        return m.end()

    def _external(self, j: int, end: int, out: list[str]) -> int:
        text = self.page.text
        close = text.find("]", j, end)
        if close < 0:
            out.append("[")
            return j + 1
        _, _, label = text[j + 1 : close].partition(" ")
        out.append(self.text(j + 1 + len(text[j + 1 : close]) - len(label), close))
        return close + 1

    def param(self, p: Param) -> str:
        """A parameter's value as a reader sees it."""
        return self.text(p.offset, p.offset + len(p.value))

    def items(self, start: int, end: int) -> list[str]:
        """The span's items (see :func:`split_items`)."""
        return split_items(self.text(start, end))


__all__ = ["Param", "Renderer", "named", "positional", "split_items"]
