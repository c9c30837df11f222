"""CSL-JSON export: each article's references as CSL data items (read by Zotero, pandoc, citeproc).

The items are derived from :class:`Reference`, not stored beside it. Fields the output contract
does not keep (place of publication, volume, issue, series, editors, a season) are read again from
the note as printed (``raw``), so an extracted JSON file exports exactly like its dump. Notes whose
text was lost entirely are not exported: an item with nothing in it helps no one.
"""

from __future__ import annotations

import json
import re
from typing import Any

from leaving_vegas_extract.model.article import Article, Reference
from leaving_vegas_extract.normalize.names import Name
from leaving_vegas_extract.parts.references.citation import Citation, parse_citation
from leaving_vegas_extract.parts.references.vocab import (
    JOURNAL_WORDS,
    MAGAZINE_WORDS,
    NEWSPAPER_WORDS,
)

_WORD = re.compile(r"[^\W\d_]+")
_SLUG = re.compile(r"[^a-z0-9]+")
JSON_SUFFIXES = (".json", ".jsonl")
_ORDINAL = re.compile(r"(\d{1,3})(?:st|nd|rd|th)\b")


def _words(text: str | None) -> set[str]:
    return set(_WORD.findall(text.casefold())) if text else set()


def csl_type(ref: Reference, c: Citation) -> str:
    """A CSL item type from the fields the note gives: chapter, book, journal, magazine, ...

    >>> csl_type(Reference(number=1, raw="", container_title="The Daily Post", lines=(1, 1)),
    ...          Citation(title_quoted=True))
    'article-newspaper'
    """
    words = _words(ref.container_title)
    in_book = bool(ref.isbn or c.place or c.editors)
    if c.title_quoted and ref.container_title and in_book and not c.volume:
        return "chapter"
    if ref.title and not c.title_quoted and not ref.container_title and (in_book or ref.publisher):
        return "book"
    if c.volume or c.issue or words & JOURNAL_WORDS:
        return "article-magazine" if words & MAGAZINE_WORDS else "article-journal"
    if words & NEWSPAPER_WORDS:
        return "article-newspaper"
    if words & MAGAZINE_WORDS:
        return "article-magazine"
    if ref.url or ref.accessed or ref.archived:
        return "webpage"
    return "article" if ref.container_title else "document"


def _date(iso: str | None, season: int | None = None) -> dict[str, Any] | None:
    """``{"date-parts": [[1995, 11, 10]]}`` with the precision the ISO date has."""
    if not iso:
        return None
    parts = [int(p) for p in iso.split("-") if p.isdigit()]
    if not parts:
        return None
    date: dict[str, Any] = {"date-parts": [parts]}
    if season is not None:
        date["season"] = season
    return date


def _name(name: Name) -> dict[str, str]:
    if name.literal is not None:
        return {"literal": name.literal}
    out = {"family": name.family or "", "given": name.given or ""}
    if name.suffix:
        out["suffix"] = name.suffix
    return {k: v for k, v in out.items() if v}


def _authors(ref: Reference, c: Citation) -> list[dict[str, str]]:
    """The stored authors, with suffixes ("Jr.") the re-read gives when it agrees on the names."""
    read = c.authors if len(c.authors) == len(ref.authors) else ()
    names: list[dict[str, str]] = []
    for index, author in enumerate(ref.authors):
        suffix = read[index].suffix if read and read[index].family == author.family else None
        name = Name(author.family, author.given, author.literal, suffix)
        names.append(_name(name))
    return [n for n in names if n]


def _edition(text: str | None) -> str | None:
    """CSL wants the edition itself ("2"), not the printed label ("2nd ed."): styles add that."""
    if not text:
        return None
    m = _ORDINAL.match(text)
    if m is not None:
        return m.group(1)
    return text.removesuffix(" edition").removesuffix(" ed.")


def _note(ref: Reference, c: Citation) -> str | None:
    lines = []
    if ref.archived:
        lines.append(f"Archived from the original on {ref.archived}")
    if c.damage or not ref.title:
        lines.append(f"As printed: {ref.raw}")
    return "\n".join(lines) or None


def reference_item(ref: Reference, item_id: str) -> dict[str, Any]:
    """One reference as a CSL-JSON item (only the fields it has)."""
    c = parse_citation(ref.raw)
    item: dict[str, Any] = {"id": item_id, "type": csl_type(ref, c)}
    fields: tuple[tuple[str, Any], ...] = (
        ("author", _authors(ref, c)),
        ("editor", [_name(n) for n in c.editors]),
        ("title", ref.title),
        ("container-title", ref.container_title),
        ("collection-title", c.collection),
        ("publisher", ref.publisher),
        ("publisher-place", c.place),
        ("edition", _edition(ref.edition)),
        ("volume", c.volume),
        ("issue", c.issue),
        ("page", ref.pages),
        ("genre", c.genre),
        ("issued", _date(ref.issued, c.season if ref.issued == c.issued else None)),
        ("original-date", _date(c.original_year)),
        ("accessed", _date(ref.accessed)),
        ("URL", ref.url),
        ("ISBN", ref.isbn),
        ("ISSN", ref.issn),
        ("DOI", ref.doi),
        ("note", _note(ref, c)),
    )
    item.update((key, value) for key, value in fields if value)
    return item


def article_key(article: Article) -> str:
    """The id prefix of an article's items: its mirror id, else a slug of its title."""
    if article.envelope.article_id:
        return article.envelope.article_id
    slug = _SLUG.sub("-", article.title.casefold()).strip("-")[:60]
    return slug or f"article-{article.source.sha256[:12]}"


def article_items(article: Article, key: str | None = None) -> list[dict[str, Any]]:
    """CSL-JSON items for an article's notes and further reading; ids unique within it."""
    key = key or article_key(article)
    items: list[dict[str, Any]] = []
    seen: set[str] = set()
    for kind, refs in (("note", article.references), ("further", article.further_reading)):
        for ref in refs:
            if not ref.raw:
                continue
            item_id = f"{key}-{kind}-{ref.number}"
            if item_id in seen:
                item_id = f"{item_id}-line-{ref.lines[0]}"  # a list numbered twice
            seen.add(item_id)
            items.append(reference_item(ref, item_id))
    return items


def csl_bytes(items: list[dict[str, Any]]) -> bytes:
    """The items as deterministic CSL-JSON bytes (a JSON array, UTF-8, final newline)."""
    return json.dumps(items, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
