"""The people of a recipients cell: split between names, never inside one.

Items (line breaks, list entries) are split again on ``, ``, ``;``, `` and `` and `` & ``, but
not inside quotes or parentheses, and not before a name suffix (``Ike Jarlego, Jr.``).
``X as Role``, ``X for "Song"`` and a ``(qualifier)`` stay with their name, also when the
qualifier stands on a line of its own (``<br /><small>for "Song"</small>``). A cell that only
holds a dash or "N/A" names nobody.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.awards import vocab

# A serial comma ("A, B, and C") is one separator, not a name starting with "and". A separator
# never starts inside a run of blanks (the lookahead): tried at every position of a long run,
# it would rescan the rest of the run each time; a run's first blank finds the same match.
_QUALIFIER_LINE = re.compile(r"\(|(?:for|as)\s", re.I)
_SEP = re.compile(r"(?!(?<=\s)\s)(?:\s*[,;]\s+(?:(?:and|&)\s+)?|\s*;\s*|\s+(?:and|&)\s+)")


def _protected(text: str) -> list[bool]:
    """Per character: inside quotes or brackets (no split there)."""
    out: list[bool] = []
    depth = 0
    straight = False
    for ch in text:
        if ch == '"':
            straight = not straight
        elif ch in "(“[":
            depth += 1
        elif ch in ")”]" and depth:
            depth -= 1
        out.append(depth > 0 or straight)
    return out


def _split_item(text: str) -> list[str]:
    head, tail = text, ""
    guard = _protected(head)
    parts: list[str] = []
    start = 0
    for m in _SEP.finditer(head):
        if guard[m.start()]:
            continue
        parts.append(head[start : m.start()])
        start = m.end()
    parts.append(head[start:] + tail)
    names: list[str] = []
    for raw in parts:
        part = clean(raw)
        if names and part.casefold().rstrip(".") in {s.rstrip(".") for s in vocab.NAME_SUFFIXES}:
            names[-1] = f"{names[-1]}, {part}"
        elif part.startswith("(") and names:
            names[-1] = f"{names[-1]} {part}"  # a qualifier alone joins the name before it
        elif part:
            names.append(part)
    return names


def split_recipients(items: Iterable[str]) -> list[str]:
    """The names of a recipients cell given as its items (one per line break or list entry).

    >>> split_recipients(["Ann Lee, Bo Day and Cy Fox", "Ike Jarlego, Jr."])
    ['Ann Lee', 'Bo Day', 'Cy Fox', 'Ike Jarlego, Jr.']
    >>> split_recipients(['Jo Kim for "Rain, Rain and Snow"', "Ed Poe (posthumous, shared)"])
    ['Jo Kim for "Rain, Rain and Snow"', 'Ed Poe (posthumous, shared)']
    >>> split_recipients(["Ann Lee as Mara, Bo Day as Tom"])
    ['Ann Lee as Mara', 'Bo Day as Tom']
    >>> split_recipients(["Ann Lee, Bo Day, and Cy Fox"])
    ['Ann Lee', 'Bo Day', 'Cy Fox']
    >>> split_recipients(["Ann Lee and Bo Day", 'For "Rain"']), split_recipients(["—"])
    (['Ann Lee', 'Bo Day For "Rain"'], [])
    """
    names: list[str] = []
    for item in items:
        if clean(item).casefold() in vocab.NOBODY:
            continue
        if names and _QUALIFIER_LINE.match(item.lstrip()):
            names[-1] = f"{names[-1]} {clean(item)}"  # a qualifier on its own line
            continue
        names.extend(_split_item(item))
    return names
