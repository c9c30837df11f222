"""What an article is: decoded input that is data, code, a terminal log, a README, markup with
no page, or too little text is refused with one line saying which.

Each test weighs many lines, never one marker: an article damaged in places, or of another kind
than film, still reads as prose. Only the start of a long input is looked at.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from itertools import islice

from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.source.document import Format
from leaving_vegas_extract.source.lazy import LazyPattern
from leaving_vegas_extract.source.vocab import (
    ANSI_ESCAPE,
    CODE_LINE,
    HTML_ROOTS,
    MARKDOWN_LINE,
    MIN_CHARACTERS,
    MIN_WORDS,
    NON_ARTICLE_ROOTS,
    TEMPLATE_PARAMETER,
)

__all__ = ["check_article", "detect_format", "markup_root"]

_SAMPLE_LINES = 200  # non-blank lines weighed for the line-shape tests
_CODE_WIDTH = 160  # longer lines are never counted as statements
_ENOUGH = 16384  # characters that hold enough words of any article
_SAMPLE_CHARS = 1 << 20  # characters of markup stripped to find a page's text
_CODE = re.compile(CODE_LINE)
_TEMPLATE_PARAMETER = re.compile(TEMPLATE_PARAMETER)
_MARKDOWN = re.compile(MARKDOWN_LINE)
_ANSI = re.compile(ANSI_ESCAPE)
_WORD = re.compile(r"[^\W\d_]{2,}")
# Before the first element: a byte-order mark, white space, an XML declaration, a doctype,
# comments and processing instructions, in any order.
_PROLOGUE = re.compile(
    r"(?:\s+|\ufeff|<\?.*?\?>|<!doctype[^>\[]*(?:\[.*?\])?\s*>|<!--.*?-->)*", re.I | re.S
)
_ELEMENT = re.compile(r"<([A-Za-z][\w.:-]*)")
_INVISIBLE = LazyPattern(
    r"<(script|style|svg|noscript|template)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S
)
# A line of pretty-printed JSON (stripped): a key and its value, a bare value, or brackets.
_JSON_LINE = LazyPattern(
    r'"(?:[^"\\]|\\.)*"\s*:.*|(?:"(?:[^"\\]|\\.)*"|-?\d[\d.eE+-]*|true|false|null)\s*,?'
    r"|[\]\[{},]+"
)
_JSON_START = re.compile(r"\s*(?:\{\s*(?:\"|\}|$)|\[\s*(?:[\[{\"\d\]-]|true|false|null|$))")


def markup_root(head: str) -> str | None:
    """The first element's name (lower case) when ``head`` starts as markup, else None.

    >>> markup_root("<!DOCTYPE html>\\n<!-- saved -->\\n<html lang=en>"), markup_root("A <b>")
    ('html', None)
    """
    start = _PROLOGUE.match(head[:65536])
    element = _ELEMENT.match(head, start.end() if start else 0)
    return element.group(1).lower() if element else None


def detect_format(text: str, root: str | None = None) -> Format:
    """``html`` when the document starts as an HTML page (after a byte-order mark, white space,
    a doctype or comments), else ``text``: prose that mentions ``<html`` later stays text.

    >>> detect_format("<!DOCTYPE html><html>"), detect_format("A plain article <html>")
    ('html', 'text')
    """
    if root is None:
        root = markup_root(text)
    return "html" if root in HTML_ROOTS else "text"


def check_article(lines: Sequence[str], root: str | None) -> None:
    """Raise :class:`InputError` (``not-an-article``) unless the decoded ``lines`` can be an
    article; ``root`` is the first element when the input starts as markup."""
    if root is not None and root not in HTML_ROOTS:
        what = NON_ARTICLE_ROOTS.get(root.split(":")[-1])
        if what is not None:
            _refuse(f"{what} (<{root}>), not an article page")
    sample = list(islice((line for line in lines if line.strip()), _SAMPLE_LINES))
    if root is None:
        _check_lines(sample)
        words, characters = _amount("\n".join(sample)[:_ENOUGH])
    else:
        page = "\n".join(lines)
        # Most pages show their words early; a page whose head is long is stripped further.
        words, characters = _amount(_INVISIBLE.get().sub(" ", page[: _ENOUGH * 4]))
        if (words < MIN_WORDS or characters < MIN_CHARACTERS) and len(page) > _ENOUGH * 4:
            words, characters = _amount(_INVISIBLE.get().sub(" ", page[:_SAMPLE_CHARS]))
    if words < MIN_WORDS or characters < MIN_CHARACTERS:
        where = "markup with almost no text" if root is not None else "too short"
        _refuse(f"{where} ({words} words), not an article")


def _amount(text: str) -> tuple[int, int]:
    """Words (up to enough of them) and characters other than white space."""
    words = sum(1 for _ in islice(_WORD.finditer(text), MIN_WORDS))
    return words, len(text) - sum(text.count(c) for c in " \t\n\r\xa0")


def _check_lines(sample: list[str]) -> None:
    """Refuse data (JSON, JSON Lines, CSV), program source, README-style Markdown and terminal
    logs by the shape of most lines."""
    if not sample:
        return
    share = len(sample) / 100  # one per cent of the lines weighed
    if _JSON_START.match(sample[0]) and _is_json(sample):
        _refuse("JSON data (or JSON Lines), not an article")
    if sum(1 for line in sample if _ANSI.search(line)) >= max(3, 20 * share):
        _refuse("text with terminal escape codes (a captured terminal session?), not an article")
    delimiter = _delimited(sample)
    if delimiter:
        _refuse(f"{delimiter}-separated data (CSV), not an article")
    # Statements are short; a paragraph of prose (most of an article's text) is not tried.
    code = sum(1 for line in sample if _is_code(line))
    if code >= 5 and code >= 15 * share:
        _refuse(f"program source code ({code} of {len(sample)} lines), not an article")
    markdown = sum(1 for line in sample if _is_markdown(line.lstrip()))
    if markdown >= 2 and markdown >= 10 * share:
        _refuse(f"Markdown (a README?; {markdown} lines of headings, code or badges)")


def _is_code(line: str) -> bool:
    """A statement, but not a raw infobox template's ``key = value`` row (mirrors print those)."""
    if len(line) > _CODE_WIDTH:
        return False
    stripped = line.strip()
    if not _could_be_code(stripped):
        return False
    return bool(_CODE.fullmatch(stripped)) and not _TEMPLATE_PARAMETER.fullmatch(stripped)


def _could_be_code(stripped: str) -> bool:
    """False only where no shape of ``CODE_LINE`` can match: each starts with a lowercase keyword
    or one of ``#}])@"'/*``, ends with one of ``;{:)``, or holds ``=``. A line of prose (a capital,
    no ``=``, a full stop at the end) skips the pattern's dozen alternatives, most of them ``.*``
    scans (they cost most of the check of an article)."""
    if not stripped:
        return False
    return stripped[0] in _CODE_FIRST or stripped[-1] in _CODE_LAST or "=" in stripped


_CODE_FIRST = frozenset("#}])@\"'/*" + "acdefilprstuvwy")  # keywords' first letters
_CODE_LAST = frozenset(";{:)")


def _is_markdown(line: str) -> bool:
    """``MARKDOWN_LINE`` matched at the start of ``line``; it needs a backtick or one of ``#~[<``
    first (a line without either skips its ``.*`` scan)."""
    if line[:1] not in _MARKDOWN_FIRST and "`" not in line:
        return False
    return _MARKDOWN.match(line) is not None


_MARKDOWN_FIRST = frozenset("#~[<")


def _is_json(sample: list[str]) -> bool:
    """Whether the input parses as JSON, or its first lines as JSON Lines (maybe cut short)."""
    joined = "\n".join(sample)
    for candidate in (joined, sample[0]):
        try:
            json.loads(candidate)
        except ValueError:
            continue
        return True
    # A pretty-printed document cut short: most lines are keys, values or brackets. Of one or
    # two lines that says nothing (a lone "{" left of a damaged page is too short, not data).
    if len(sample) < 3:
        return False
    shaped = sum(1 for line in sample if _JSON_LINE.get().fullmatch(line.strip()))
    return shaped * 10 >= len(sample) * 6


def _delimited(sample: list[str]) -> str | None:
    """``comma``/``semicolon``/``tab`` when most lines hold the same number (two or more) of that
    delimiter as the first line: a table of data, not paragraphs."""
    if len(sample) < 3:
        return None
    header = _unquoted(sample[0])
    for name, char in (("comma", ","), ("semicolon", ";"), ("tab", "\t")):
        width = header.count(char)
        if width < 2:  # a table's first line is its header: cheap to rule out prose
            continue
        rows = sum(1 for line in sample if _unquoted(line).count(char) == width)
        if rows * 10 >= len(sample) * 8:
            return name
    return None


def _unquoted(line: str) -> str:
    return re.sub(r'"[^"]*"', "", line)


def _refuse(message: str) -> None:
    raise InputError("not-an-article", message)
