"""Small scanners over guarded wikitext: matching braces and brackets, splitting parameters.

They work on the guarded text (comments blanked, runaway nesting flattened), so a plain depth
count is enough, and they never recurse.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

_OPEN_CLOSE = re.compile(r"\{\{|\}\}|\[\[|\]\]")


def match(text: str, start: int) -> int:
    """The offset after the ``}}`` (or ``]]``) closing the ``{{`` (``[[``) at ``start``; -1 if none.

    A pair left open inside is plain text, as MediaWiki reads it, and so is a closer with no
    opener before it: ``{{a|[[b}}`` closes at its ``}}``.

    >>> match("{{a|{{b}}|[[c]]}} x", 0), match("{{a|[[b}} x", 0), match("{{a|b]]}}", 0)
    (17, 9, 9)
    """
    stack: list[str] = []
    for m in _OPEN_CLOSE.finditer(text, start):
        token = m.group()
        if token in ("{{", "[["):
            stack.append(token)
            continue
        opener = "{{" if token == "}}" else "[["
        if opener not in stack:
            continue  # a stray closer is text
        while stack[-1] != opener:
            stack.pop()  # left open inside: text
        stack.pop()
        if not stack:
            return m.end()
    return -1


def line_matches(
    pattern: re.Pattern[str], text: str, lead: re.Pattern[str]
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` finds, for a pattern anchored at line starts (``^`` under
    ``re.M``); ``lead`` matches a newline and what every match of ``pattern`` begins with (no
    other newline), so that only the lines it finds are tried.

    ``re`` tries a ``^`` pattern at every character of the page, which costs more than the rest
    of the scan; ``lead`` starts with a literal newline, which ``re`` looks for fast.

    >>> p = re.compile("^(=+)([^=]+)=+$", re.M)
    >>> [m.group(2) for m in line_matches(p, "=A=|b|==C==| x|".replace("|", chr(10)), HEADING_LEAD)]
    ['A', 'C']
    """
    done = 0  # where the last match ended: finditer resumes there
    if (m := pattern.match(text)) is not None:
        yield m
        done = m.end()
    for candidate in lead.finditer(text):
        at = candidate.start() + 1
        if at >= done and (m := pattern.match(text, at)) is not None:
            yield m
            done = m.end()


HEADING_LEAD = re.compile(r"\n=")
"""The ``lead`` of a heading line, for :func:`line_matches`."""


@dataclass(frozen=True, slots=True)
class Param:
    """One template parameter: its name (None when positional), value, and value's offset."""

    name: str | None
    value: str
    offset: int
    start: int = -1  # the offset of the piece (its name, for a named parameter)


def split_top(inner: str) -> list[tuple[str, int]]:
    """``inner`` cut at ``|`` outside nested templates and links, with each piece's offset.

    >>> [p for p, _ in split_top("a|b=[[x|y]]|{{c|d}}")]
    ['a', 'b=[[x|y]]', '{{c|d}}']
    """
    if "|" not in inner:
        return [(inner, 0)]
    pieces: list[tuple[str, int]] = []
    last = 0  # where the current piece starts

    def cut(start: int, end: int) -> None:
        """Cut at every bar of ``inner[start:end]``, a stretch outside any nesting."""
        nonlocal last
        bar = inner.find("|", start, end)
        while bar >= 0:
            pieces.append((inner[last:bar], last))
            last = bar + 1
            bar = inner.find("|", last, end)

    # Only the brackets are matched one by one; the bars between them are found by str.find.
    flat = 0  # where the current stretch outside any nesting starts
    depth = 0
    if "{{" in inner or "[[" in inner:
        for m in _OPEN_CLOSE.finditer(inner):
            if m.group() in ("{{", "[["):
                if depth == 0:
                    cut(flat, m.start())
                depth += 1
            elif depth:  # a closer with no opener is text
                depth -= 1
                if depth == 0:
                    flat = m.end()
    if depth == 0:
        cut(flat, len(inner))
    pieces.append((inner[last:], last))
    return pieces


def template_parts(inner: str, offset: int) -> tuple[str, list[Param]]:
    """A template's name (normalised) and parameters; ``offset`` is ``inner``'s page offset."""
    pieces = split_top(inner)
    name = normal_name(pieces[0][0])
    params: list[Param] = []
    for piece, at in pieces[1:]:
        key, eq, value = piece.partition("=")
        if eq and "{{" not in key and "[[" not in key and "<" not in key:
            params.append(Param(key.strip(), value, offset + at + len(key) + 1, offset + at))
        else:
            params.append(Param(None, piece, offset + at, offset + at))
    return name, params


def normal_name(name: str) -> str:
    """A template name as a key: case-folded, ``_`` as space, spaces folded, prefix dropped.

    >>> normal_name(" Template:Infobox_film\\n")
    'infobox film'
    """
    name = " ".join(name.replace("_", " ").split()).casefold()
    return name[9:] if name.startswith("template:") else name


def positional(params: list[Param]) -> list[Param]:
    """The positional parameters, in order."""
    return [p for p in params if p.name is None]


def named(params: list[Param]) -> dict[str, Param]:
    """The named parameters by name (the last of a repeated name wins, as MediaWiki does)."""
    return {p.name: p for p in params if p.name is not None}


def names_pattern(names: frozenset[str]) -> re.Pattern[str]:
    """A pattern for the opening of a template named one of ``names`` (keys as ``normal_name``
    makes them): group 1 is the name as written.

    >>> names_pattern(frozenset({"sfn", "efn-ua"})).findall("{{Sfn|a}} {{ efn_ua |b}} {{sfnp}}")
    ['Sfn', 'efn_ua ']
    """
    spelled = (
        "[ _]+".join(re.escape(word).replace(r"\-", "[-_ ]") for word in name.split(" "))
        for name in sorted(names, key=len, reverse=True)
    )
    return re.compile(r"\{\{\s*(?:template:\s*)?((?:" + "|".join(spelled) + r")\s*)(?=[|}])", re.I)
