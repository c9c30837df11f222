"""Rendered text cut into the items a reader sees: one per line, bullets dropped, a
parenthesised qualifier alone on its line joined to the item above it."""

from __future__ import annotations

import re

_BULLET = re.compile(r"^[*#:;\s]+")
_BULLET_FIRST = frozenset("*#:;")
_QUALIFIER = re.compile(r"^\(.*\)(?:\[\d+\])*$")


def split_items(rendered: str) -> list[str]:
    """Rendered text cut into items at its newlines, bullets and blanks dropped.

    >>> split_items("* Ann Bee\\n* Cy Dee\\n(2010–16)\\n")
    ['Ann Bee', 'Cy Dee (2010–16)']
    """
    items: list[str] = []
    for line in rendered.split("\n"):
        if line[:1] in _BULLET_FIRST or line[:1].isspace():
            line = _BULLET.sub("", line)
        item = " ".join(line.split())
        if not item:
            continue
        if items and _QUALIFIER.match(item):
            items[-1] = f"{items[-1]} {item}"
        else:
            items.append(item)
    return items
