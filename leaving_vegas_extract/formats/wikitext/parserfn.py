"""Parser functions and formatting magic words, printed as a reader sees them.

Article text uses a few: ``{{formatnum:1234567}}`` (1,234,567), ``{{#if:}}``/``{{#ifeq:}}`` and
``{{#switch:}}`` with literal arguments, ``{{#expr:}}`` sums, ``{{lc:}}``/``{{uc:}}``. Arguments
are rendered first (links, templates), so a nested template counts as its text. Others (``#time``,
``#invoke``, ``#tag``) print nothing, as before: we run no Lua and know no clock.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from leaving_vegas_extract.formats.wikitext.parserexpr import evaluate
from leaving_vegas_extract.formats.wikitext.scan import split_top

if TYPE_CHECKING:
    from leaving_vegas_extract.formats.wikitext.render import Renderer

_HEAD = re.compile(r"\s*(#[a-z]+|formatnum|lc|uc|lcfirst|ucfirst)\s*:", re.I)
_NUMBER = re.compile(r"-?(?:\d+(?:\.\d*)?|\.\d+)")


def is_function(text: str, start: int) -> bool:
    """Whether the template opened at ``start`` (after its ``{{``) is a parser function."""
    return _HEAD.match(text, start) is not None


def format_number(text: str) -> str:
    """Digits grouped by thousands, as ``formatnum`` prints them; other text unchanged.

    >>> format_number("1234567.25"), format_number("-1200"), format_number("n/a")
    ('1,234,567.25', '-1,200', 'n/a')
    """
    value = text.strip()
    if _NUMBER.fullmatch(value) is None:
        return text
    sign = "-" if value.startswith("-") else ""
    whole, dot, fraction = value.lstrip("-").partition(".")
    return f"{sign}{int(whole or '0'):,}{dot}{fraction}"


def _switch(value: str, branches: list[str]) -> str:
    """``#switch``: the branch whose key equals ``value`` (keys with no value fall through)."""
    waiting = False
    default: str | None = None
    for index, branch in enumerate(branches):
        key, eq, result = branch.partition("=")
        if not eq:
            if index == len(branches) - 1:
                default = branch if default is None else default
            waiting = waiting or branch.strip() == value
            continue
        key = key.strip()
        if waiting or key == value:
            return result
        if key == "#default":
            default = result
    return default or ""


def render_function(r: Renderer, start: int, end: int) -> str:
    """What a reader sees of the parser function between ``start`` and ``end`` (inside braces)."""
    text = r.page.text
    m = _HEAD.match(text, start, end)
    if m is None:
        return ""
    name = m.group(1).casefold()
    pieces = split_top(text[m.end() : end])
    at = m.end()
    args = [r.text(at + off, at + off + len(piece)) for piece, off in pieces]
    first = args[0].strip()
    rest = [a.strip() for a in args[1:]]
    if name == "formatnum":
        raw = "r" in [a.casefold() for a in rest]  # |R: the plain number back
        return first.replace(",", "") if raw else format_number(first)
    if name in ("lc", "uc", "lcfirst", "ucfirst"):
        return {
            "lc": first.lower(),
            "uc": first.upper(),
            "lcfirst": first[:1].lower() + first[1:],
            "ucfirst": first[:1].upper() + first[1:],
        }[name]
    if name == "#if":
        return (rest[0] if first else (rest[1] if len(rest) > 1 else "")) if rest else ""
    if name == "#ifeq":
        same = len(rest) > 0 and _equal(first, rest[0])
        branch = 1 if same else 2
        return rest[branch] if len(rest) > branch else ""
    if name == "#switch":
        return _switch(first, rest).strip()
    if name == "#expr":
        return evaluate(first)
    return ""


def _equal(a: str, b: str) -> bool:
    """``#ifeq`` compares numbers as numbers (``01`` equals ``1``), other text as text."""
    if _NUMBER.fullmatch(a) and _NUMBER.fullmatch(b):
        return float(a) == float(b)
    return a == b
