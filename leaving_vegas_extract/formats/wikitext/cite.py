"""Citation templates (``{{cite web/news/book/...}}``, ``{{citation}}``) to Reference fields,
following Help:Citation Style 1: ``last``/``first`` and numbered forms, ``author`` (``Family,
Given`` split at the comma, ``Given Family`` before the last word, an organisation ``literal``),
``title``, the container (``work``, ``website``, ``newspaper``, ``journal``, ``magazine``...),
``publisher``, ``date`` (else ``year``), ``access-date``, ``archive-date``, ``url`` as written.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

from leaving_vegas_extract.formats.wikitext.scan import Param, named, positional
from leaving_vegas_extract.model.article import Author
from leaving_vegas_extract.normalize.dates import parse_date
from leaving_vegas_extract.normalize.names import is_organisation
from leaving_vegas_extract.parts.references.vocab import (
    JOURNAL_WORDS,
    MAGAZINE_WORDS,
    NEWSPAPER_WORDS,
)

if TYPE_CHECKING:
    from leaving_vegas_extract.formats.wikitext.render import Renderer

_CONTAINERS = (
    "work",
    "website",
    "newspaper",
    "journal",
    "magazine",
    "periodical",
    "encyclopedia",
    "encyclopaedia",
    "dictionary",
    "series",
    "agency",
    "via",
)
# Words that make an ``author=`` a publication or an organisation, not a person.
_ORGANISATION = NEWSPAPER_WORDS | MAGAZINE_WORDS | JOURNAL_WORDS | {"staff", "ledger", "editors"}
_NUMBERED = re.compile(r"^(last|surname|author|first|given|author-link)(\d+)$")
_YEAR = re.compile(r"\b(\d{4})\b")
_PLAIN = {
    "publisher": "publisher",
    "url": "url",
    "isbn": "isbn",
    "doi": "doi",
    "issn": "issn",
    "edition": "edition",
}


def is_cite(name: str) -> bool:
    """Whether a template name is a citation template."""
    return name.startswith("cite ") or name in ("citation", "cite", "vcite web", "cite av media")


def _author(given: str | None, family: str | None, whole: str | None) -> Author | None:
    if family:
        return Author(family=family, given=given or None)
    if not whole:
        return None
    words = {w.casefold().strip(".") for w in whole.split()}
    if "," in whole:
        family_part, _, given_part = whole.partition(",")
        return Author(family=family_part.strip(), given=given_part.strip() or None)
    if is_organisation(whole) or " " not in whole.strip() or not _ORGANISATION.isdisjoint(words):
        return Author(literal=whole.strip())
    given_part, _, family_part = whole.strip().rpartition(" ")
    return Author(family=family_part, given=given_part)


def authors(values: dict[str, str]) -> list[Author]:
    """Authors from ``last``/``first`` (and numbered forms) or ``author``, in number order."""
    slots: dict[int, dict[str, str]] = {}
    for key, value in values.items():
        if not value:
            continue
        m = _NUMBERED.match(key)
        index, kind = (int(m.group(2)), m.group(1)) if m else (1, key)
        if kind in ("last", "surname", "author", "first", "given", "authors"):
            slots.setdefault(index, {})[kind] = value
    out: list[Author] = []
    for index in sorted(slots):
        slot = slots[index]
        if "authors" in slot and index == 1 and not any(k in slot for k in ("last", "author")):
            out.extend(
                a for part in slot["authors"].split(";") if (a := _author(None, None, part.strip()))
            )
            continue
        author = _author(
            slot.get("first") or slot.get("given"),
            slot.get("last") or slot.get("surname"),
            slot.get("author"),
        )
        if author is not None:
            out.append(author)
    return out


@lru_cache(maxsize=1024)  # a page repeats its access dates, and a ref is read twice
def _iso(value: str | None) -> str | None:
    if not value:
        return None
    return parse_date(value) or (m.group(1) if (m := _YEAR.search(value)) else None)


_QUOTES = '"“”'


def _unwrapped(title: str) -> str:
    """A title without quote marks wrapped round all of it; a quoted phrase at either end of a
    longer title keeps its marks.

    >>> _unwrapped('"Blue Hour"'), _unwrapped('Tickets for "Blue Hour"')
    ('Blue Hour', 'Tickets for "Blue Hour"')
    """
    inner = title[1:-1]
    wrapped = len(title) > 1 and title[0] in _QUOTES and title[-1] in _QUOTES
    return inner.strip() if wrapped and not any(q in inner for q in _QUOTES) else title


def cite_fields(r: Renderer, params: list[Param]) -> dict[str, object]:
    """Reference fields of one citation template (only those it gives)."""
    values = {
        p.name.strip().casefold().replace("_", "-"): " ".join(r.param(p).split())
        for p in params
        if p.name is not None
    }
    raw_urls = {k: p.value.strip() for k, p in named(params).items()}
    fields: dict[str, object] = {"authors": authors(values)}
    title = values.get("title") or values.get("script-title") or values.get("chapter")
    if title:
        fields["title"] = _unwrapped(title)
    container = next((values[k] for k in _CONTAINERS if values.get(k)), None)
    if container:
        fields["container_title"] = container
    for key, name in _PLAIN.items():
        value = raw_urls.get(key) if key == "url" else values.get(key)
        if value:
            fields[name] = value
    issued = _iso(values.get("date")) or _iso(values.get("year"))
    if issued:
        fields["issued"] = issued
    accessed = _iso(values.get("access-date") or values.get("accessdate"))
    if accessed:
        fields["accessed"] = accessed
    archived = _iso(values.get("archive-date") or values.get("archivedate"))
    if archived:
        fields["archived"] = archived
    pages = _first(values, ("pages", "page", "pp", "p", "at"))
    if pages:
        fields["pages"] = pages
    return fields


def cite_text(fields: dict[str, object]) -> str:
    """The citation as a reader sees it, roughly in Citation Style 1's order."""
    parts: list[str] = []
    people = fields.get("authors") or []
    if isinstance(people, list) and people:
        names = [
            a.literal or (f"{a.family}, {a.given}" if a.given else a.family or "") for a in people
        ]
        parts.append("; ".join(names))
    dated = bool(parts) and bool(fields.get("issued"))
    if dated:
        parts.append(f"({fields['issued']})")
    head = " ".join(parts)
    out = [f"{head}." if head else ""]
    if fields.get("title"):
        out.append(f'"{fields["title"]}".')
    for key in ("container_title", "publisher"):
        if fields.get(key):
            out.append(f"{fields[key]}.")
    if fields.get("issued") and not dated:
        out.append(f"{fields['issued']}.")
    if fields.get("pages"):
        out.append(f"p. {fields['pages']}.")
    if fields.get("accessed"):
        out.append(f"Retrieved {fields['accessed']}.")
    return " ".join(p for p in out if p)


def short_fields(r: Renderer, params: list[Param]) -> dict[str, object]:
    """An ``{{sfn}}``/``{{harvnb}}``: authors (family names), year, pages."""
    args = [" ".join(r.param(p).split()) for p in positional(params)]
    by_name = {p.name.casefold(): " ".join(r.param(p).split()) for p in params if p.name}
    year = args[-1] if args and _YEAR.fullmatch(args[-1][:4] or "") else None
    names = args[:-1] if year else args
    fields: dict[str, object] = {"authors": [Author(family=n) for n in names if n]}
    if year:
        fields["issued"] = year
    pages = _first(by_name, ("p", "pp", "page", "pages", "loc"))
    if pages:
        fields["pages"] = pages
    shown = " & ".join(names) + (f" {year}" if year else "") + (f", p. {pages}" if pages else "")
    fields["raw"] = shown + "."
    return fields


def _first(values: Mapping[str, str], names: tuple[str, ...]) -> str | None:
    """The first of ``names`` given a value (templates take aliases, in an order of their own)."""
    for name in names:
        if values.get(name):
            return values[name]
    return None
