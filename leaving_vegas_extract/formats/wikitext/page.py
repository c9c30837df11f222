"""One page's wikitext: its source, a guarded copy to match on, and offsets to input lines.

``parse`` is the first part: it builds the :class:`WikiPage` the other parts read (kept in the
context as ``_wiki``), claims the lines that hold only comments, and reports what the guard
changed. ``WikiPage.parsed`` is the ``wikitextparser`` tree of the guarded text, built on first use
(the library is imported only here, so inputs of other formats never load it).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from leaving_vegas_extract.formats.wikitext.guard import Guarded, guard
from leaving_vegas_extract.model.article import Diagnostic, Lines
from leaving_vegas_extract.source.context import Context, PartResult
from leaving_vegas_extract.source.document import is_blank

if TYPE_CHECKING:
    from leaving_vegas_extract.formats.wikitext.refs import RefIndex

_MESSAGES = {
    "nesting-too-deep": "templates nested deeper than {depth} levels were read as plain text",
    "template-unclosed": "a template inside a <ref> is never closed; it was closed at the </ref>",
    "unclosed-markup": "a {{ or [[ is never closed; it was read as plain text",
}


@dataclass(slots=True)
class WikiPage:
    """The page's wikitext (``source``), its guarded copy (``text``, same offsets) and lines."""

    source: str
    text: str
    first_line: int
    starts: list[int]
    guarded: Guarded
    refs: RefIndex | None = None
    _parsed: Any = field(default=None)

    @classmethod
    def of(cls, lines: tuple[str, ...], first_line: int = 1) -> WikiPage:
        """The page made of ``lines``, the first of which is input line ``first_line``."""
        source = "\n".join(lines)
        starts = list(accumulate((len(line) + 1 for line in lines[:-1]), initial=0))
        guarded = guard(source)
        return cls(source, guarded.text, first_line, starts, guarded)

    def close(self, offset: int) -> int:
        """The offset after the pair closing the ``{{`` or ``[[`` at ``offset``; -1 if none."""
        return self.guarded.pairs.get(offset, -1)

    def line_of(self, offset: int) -> int:
        """The input line that holds character ``offset`` of the page."""
        return self.first_line + bisect_right(self.starts, offset) - 1

    def lines_of(self, start: int, end: int) -> Lines:
        """The input lines of the characters ``[start, end)``, white space at both ends dropped."""
        while end > start and self.source[end - 1].isspace():
            end -= 1
        while start < end and self.source[start].isspace():
            start += 1
        return (self.line_of(start), self.line_of(max(start, end - 1)))

    @property
    def parsed(self) -> Any:
        """The ``wikitextparser`` tree of the guarded text (spans are page offsets)."""
        if self._parsed is None:
            import wikitextparser

            self._parsed = wikitextparser.parse(self.text)
        return self._parsed


def page_of(ctx: Context) -> WikiPage:
    """The page the ``parse`` part built."""
    page: WikiPage = ctx.values["_wiki"]
    return page


def parse(ctx: Context) -> PartResult:
    """Build the page; claim comment-only lines; report the guard's repairs."""
    from leaving_vegas_extract.formats.wikitext.refs import index_refs

    page = WikiPage.of(ctx.source.lines, ctx.source.first_line)
    page.refs = index_refs(page)
    claims: list[tuple[Lines, str]] = []
    for start, end in page.guarded.comments:
        first, last = page.lines_of(start, end)
        for number in range(first, last + 1):
            if is_blank(page.text[_line_span(page, number)]):
                claims.append(((number, number), "comment"))
    diags = [
        Diagnostic(
            severity="warning",
            code=code,
            message=_MESSAGES[code].format(depth=40),
            lines=(page.line_of(at), page.line_of(at)),
        )
        for at, code in page.guarded.changes
    ]
    diags.extend(page.refs.diagnostics)
    return PartResult(values={"_wiki": page}, claims=tuple(claims), diagnostics=tuple(diags))


def _line_span(page: WikiPage, number: int) -> slice:
    index = number - page.first_line
    end = page.starts[index + 1] - 1 if index + 1 < len(page.starts) else len(page.text)
    return slice(page.starts[index], end)
