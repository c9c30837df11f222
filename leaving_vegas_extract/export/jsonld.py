"""schema.org JSON-LD: a film article as a ``Movie``, any other article as an ``Article``.

The context is written out in the document (``{"@vocab": "https://schema.org/"}``), so any
JSON-LD processor expands it offline: nothing fetches schema.org's remote context. Only what the
extraction knows is said; a value it does not know is left out, never guessed.
"""

from __future__ import annotations

import json
from typing import Any

from leaving_vegas_extract.model.article import Article, Author, Infobox, Reference

CONTEXT: dict[str, str] = {"@vocab": "https://schema.org/"}

WON_RESULTS: frozenset[str] = frozenset({"won", "winner"})
"""Casefolded award results that mean the award was received (``award`` lists those)."""

Node = dict[str, Any]


def _person(name: str) -> Node:
    return {"@type": "Person", "name": name}


def _organization(name: str) -> Node:
    return {"@type": "Organization", "name": name}


def _author(author: Author) -> Node:
    if author.literal:
        return _organization(author.literal)
    name = " ".join(part for part in (author.given, author.family) if part)
    return {"@type": "Person", "name": name, "familyName": author.family, "givenName": author.given}


def _citation(ref: Reference) -> Node:
    """A numbered note as a ``CreativeWork`` (the note as printed is its ``text``)."""
    node: Node = {"@type": "CreativeWork", "name": ref.title or ref.raw, "text": ref.raw}
    fields = (
        ("author", [_author(a) for a in ref.authors]),
        ("isPartOf", {"@type": "CreativeWork", "name": ref.container_title}
         if ref.container_title else None),
        ("publisher", _organization(ref.publisher) if ref.publisher else None),
        ("datePublished", ref.issued),
        ("url", ref.url),
    )  # fmt: skip
    node.update((key, value) for key, value in fields if value)
    for value in node.get("author", ()):
        for key in ("familyName", "givenName"):
            if value.get(key) is None:
                value.pop(key, None)
    return node


def _duration(minutes: int | None) -> str | None:
    """ISO 8601: ``PT112M``."""
    return f"PT{minutes}M" if minutes is not None else None


def _releases(box: Infobox) -> list[Node]:
    events: list[Node] = []
    for release in box.release_dates:
        event: Node = {"@type": "PublicationEvent"}
        if release.date:
            event["startDate"] = release.date
        if release.place:
            event["location"] = {"@type": "Place", "name": release.place}
        events.append(event)
    return events


def _awards(article: Article) -> list[str]:
    """Awards received (won), as text: "Award, Category (year)"."""
    out: list[str] = []
    for row in article.awards:
        if (row.result or "").casefold() not in WON_RESULTS:
            continue
        text = ", ".join(part for part in (row.award, row.category) if part)
        out.append(f"{text} ({row.year})" if row.year else text)
    return out


def _actors(box: Infobox, article: Article) -> list[Node]:
    """The cast list (a ``PerformanceRole`` with ``characterName`` where a role is credited),
    then the infobox's starring names the cast list does not hold."""
    out: list[Node] = []
    for member in article.cast:
        person = _person(member.name)
        if member.role:
            person = {"@type": "PerformanceRole", "actor": person, "characterName": member.role}
        out.append(person)
    listed = {member.name for member in article.cast}
    out.extend(_person(name) for name in box.starring if name not in listed)
    return out


def _film(box: Infobox, article: Article) -> Node:
    dates = sorted(r.date for r in box.release_dates if r.date)
    return {
        "director": [_person(n) for n in box.directed_by],
        "producer": [_person(n) for n in box.produced_by],
        "author": [_person(n) for n in (*box.screenplay_by, *box.written_by)],
        "actor": _actors(box, article),
        "musicBy": [_person(n) for n in box.music_by],
        "productionCompany": [_organization(n) for n in box.production_companies],
        "isBasedOn": [
            {"@type": "CreativeWork", "name": b.title, "author": [_person(a) for a in b.authors]}
            for b in box.based_on
        ],
        "countryOfOrigin": [{"@type": "Country", "name": n} for n in box.countries],
        "inLanguage": list(box.languages),
        "datePublished": dates[0] if dates else None,
        "releasedEvent": _releases(box),
        "duration": _duration(box.running_time_minutes),
        "award": _awards(article),
    }


def article_node(article: Article) -> Node:
    """One article as a schema.org node: ``Movie`` for a film infobox, else ``Article``."""
    box = article.infobox
    film = box is not None and box.kind == "film"
    node: Node = {"@type": "Movie" if film else "Article", "name": article.title}
    if not film:
        node["headline"] = article.title
    if article.envelope.article_id:
        node["identifier"] = article.envelope.article_id
    if article.lead:
        node["abstract"] = article.lead[0].text
    if film and box is not None:
        node.update(_film(box, article))
    node["citation"] = [_citation(r) for r in article.references if r.raw]
    return {key: value for key, value in node.items() if value not in (None, [], "")}


def jsonld_document(articles: list[Article]) -> Node:
    """The articles as one JSON-LD document: the context and a ``@graph`` of their nodes."""
    return {"@context": CONTEXT, "@graph": [article_node(a) for a in articles]}


def jsonld_bytes(document: Node) -> bytes:
    """Deterministic JSON-LD bytes (UTF-8, indented, final newline)."""
    return json.dumps(document, ensure_ascii=False, indent=2).encode("utf-8") + b"\n"
