"""The index page of a reviewed folder: one row per article, sortable by any column."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from leaving_vegas_extract.export.review import assets
from leaving_vegas_extract.export.review.values import esc


@dataclass(frozen=True, slots=True)
class Entry:
    """One input's row: its page (None when extraction failed) and its figures."""

    source: str
    page: str | None
    title: str
    claimed: int = 0
    total: int = 0
    errors: int = 0
    warnings: int = 0
    infos: int = 0
    changes: int | None = None
    failure: str | None = None

    @property
    def coverage(self) -> float:
        """Claimed lines as a percentage of non-blank lines."""
        return 100.0 * self.claimed / self.total if self.total else 100.0


_COLUMNS = (
    ("Article", False),
    ("Source", False),
    ("Coverage %", True),
    ("Claimed/total", True),
    ("Errors", True),
    ("Warnings", True),
    ("Info", True),
    ("Golden changes", True),
)


def _row(entry: Entry) -> str:
    name = esc(entry.title)
    if entry.page is None:
        shown = f"{name} <em>failed: {esc(entry.failure)}</em>"
    else:
        shown = f'<a href="{esc(entry.page)}">{name}</a>'
    title = f'<td data-sort="{name}">{shown}</td>'
    changes = "" if entry.changes is None else str(entry.changes)
    cells = [
        (entry.source, entry.source),
        (f"{entry.coverage:.1f}", f"{entry.coverage:.4f}"),
        (f"{entry.claimed}/{entry.total}", str(entry.claimed)),
        (str(entry.errors), str(entry.errors)),
        (str(entry.warnings), str(entry.warnings)),
        (str(entry.infos), str(entry.infos)),
        (changes, changes or "-1"),
    ]
    rest = "".join(f'<td data-sort="{esc(key)}">{esc(text)}</td>' for text, key in cells)
    return f"<tr>{title}{rest}</tr>"


def index_page(entries: Sequence[Entry], heading: str = "Review") -> str:
    """The index as HTML text (self-contained; the sorting script is allowed by its hash)."""
    head = "".join(
        f'<th><button type="button" data-col="{i}"{" data-num" if num else ""}>'
        f"{esc(name)}</button></th>"
        for i, (name, num) in enumerate(_COLUMNS)
    )
    rows = "".join(_row(e) for e in entries)
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{assets.csp(assets.INDEX_SCRIPT)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(heading)}</title><style>{assets.CSS}"
        "body{display:block;height:auto}main{display:block;padding:0 1rem}"
        "th button{all:unset;cursor:pointer}"
        "th button:focus-visible{outline:2px solid #1a5fb4}</style></head><body>"
        f"<header><h1>{esc(heading)}</h1><div class=meta>{len(entries)} input(s); "
        "click a column to sort</div></header>"
        f'<main><table id="pages"><thead><tr>{head}</tr></thead><tbody>{rows}</tbody></table>'
        f"</main><script>{assets.INDEX_SCRIPT}</script></body></html>\n"
    )
