"""Small scanners over guarded wikitext: matching braces and brackets, splitting parameters.

They work on the guarded text (comments blanked, runaway nesting flattened), so a plain depth
count is enough, and they never recurse.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_OPEN_CLOSE = re.compile(r"\{\{|\}\}|\[\[|\]\]")


def match(text: str, start: int) -> int:
    """The offset after the ``}}`` (or ``]]``) closing the ``{{`` (``[[``) at ``start``; -1 if none.

    >>> match("{{a|{{b}}|[[c]]}} x", 0)
    17
    """
    depth = 0
    for m in _OPEN_CLOSE.finditer(text, start):
        token = m.group()
        if token in ("{{", "[["):
            depth += 1
        else:
            depth -= 1
            if depth == 0:
                return m.end()
    return -1


@dataclass(frozen=True, slots=True)
class Param:
    """One template parameter: its name (None when positional), value, and value's offset."""

    name: str | None
    value: str
    offset: int
    start: int = -1  # the offset of the piece (its name, for a named parameter)


def split_top(inner: str, sep: str = "|") -> list[tuple[str, int]]:
    """``inner`` cut at ``sep`` outside nested templates and links, with each piece's offset.

    >>> [p for p, _ in split_top("a|b=[[x|y]]|{{c|d}}")]
    ['a', 'b=[[x|y]]', '{{c|d}}']
    """
    pieces: list[tuple[str, int]] = []
    depth = 0
    last = 0
    i = 0
    n = len(inner)
    while i < n:
        two = inner[i : i + 2]
        if two in ("{{", "[["):
            depth += 1
            i += 2
            continue
        if two in ("}}", "]]") and depth:
            depth -= 1
            i += 2
            continue
        if inner[i] == sep and depth == 0:
            pieces.append((inner[last:i], last))
            last = i + 1
        i += 1
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
