"""Clickable values: each names its source lines, JSON pointers and the golden changes under them.

Every piece of article text passes through :func:`esc` before it reaches the page.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from html import escape

from leaving_vegas_extract.model.article import Lines

Change = tuple[str, object, object]
"""``(JSON pointer, golden value, new value)``; :data:`ABSENT` where one side has nothing."""

ABSENT = object()


def esc(text: object) -> str:
    """Text as HTML (quotes too, so it is safe in attributes)."""
    return escape(str(text), quote=True)


def shown(value: object) -> str:
    """A JSON value as a short readable string."""
    if value is ABSENT:
        return "(absent)"
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 160 else text[:159] + "…"


def covers(pointer: str, change: str) -> bool:
    """Whether a change at ``change`` lies at or under ``pointer``."""
    return change == pointer or change.startswith(pointer + "/")


class Values:
    """Numbers the values of one page and hands out golden changes to the values that show them."""

    def __init__(self, changes: Sequence[Change] = (), notes: dict[int, Lines] | None = None):
        self.changes = list(changes)
        self.placed: dict[int, str] = {}  # change index -> id of the value showing it
        self.notes = notes or {}
        self.count = 0

    def _changes_html(self, pointers: Sequence[str], vid: str) -> str:
        parts = []
        for index, (pointer, old, new) in enumerate(self.changes):
            if any(covers(p, pointer) for p in pointers):
                self.placed.setdefault(index, vid)
                parts.append(
                    f'<div class="was"><code>{esc(pointer)}</code> golden '
                    f"<del>{esc(shown(old))}</del> now <ins>{esc(shown(new))}</ins></div>"
                )
        return "".join(parts)

    def cites(self, numbers: Iterable[int]) -> str:
        """``[n]`` chips; each one lights the note's lines."""
        chips = []
        for n in numbers:
            lines = self.notes.get(n)
            if lines is None:
                chips.append(f'<span class="cite">[{n}]</span>')
                continue
            chips.append(
                f'<span class="cite" role="button" tabindex="0" data-lines="{lines[0]}-{lines[1]}"'
                f' data-label="note {n}" title="note {n}">[{n}]</span>'
            )
        return "".join(chips)

    def value(
        self,
        tag: str,
        inner: str,
        *,
        label: str,
        pointers: Sequence[str],
        lines: Iterable[Lines | None] = (),
        cites: Iterable[int] = (),
        css: str = "",
    ) -> str:
        """One value element; ``inner`` is HTML already escaped by the caller."""
        self.count += 1
        vid = f"v{self.count}"
        spans = " ".join(f"{a}-{b}" for a, b in (s for s in lines if s is not None))
        changed = self._changes_html(pointers, vid)
        classes = " ".join(
            c for c in ("v" if spans else "nv", css, "changed" if changed else "") if c
        )
        attrs = f' id="{vid}" class="{classes}" data-label="{esc(label)}"'
        if pointers:
            attrs += f' data-ptr="{esc(pointers[0])}"'
        if spans:
            attrs += f' data-lines="{spans}" tabindex="0"'
            if tag not in ("tr",):
                attrs += ' role="button"'
        if tag == "tr":
            # A changed row shows its changes in a last cell spanning nothing new: keep columns.
            extra = f"<td>{changed}</td>" if self.changes else ""
            return f"<tr{attrs}>{inner}{extra}</tr>"
        return f"<{tag}{attrs}>{inner}{self.cites(cites)}{changed}</{tag}>"

    def unplaced(self) -> list[tuple[int, Change]]:
        """Golden changes no value on the page shows (a removed section, a coverage count)."""
        return [(i, c) for i, c in enumerate(self.changes) if i not in self.placed]
