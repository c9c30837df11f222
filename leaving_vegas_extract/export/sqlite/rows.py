"""An article as database rows: pure, so it runs in the batch workers, not in the one writer.

Rows leave out ``id`` and ``article_id``: the writer adds them. A row of a table whose rows other
rows point to starts with its number within the article (0, 1, ...), and a column that points to
another row holds that row's number; :data:`REFERS` names the tables they point into, and the
writer turns the numbers into ids. Every value is a ``str``, ``int`` or ``None``, but for the
article's JSON: UTF-8 ``bytes``, stored as text without being decoded and encoded again.
"""

from __future__ import annotations

import marshal
from collections.abc import Iterable
from typing import Any

from leaving_vegas_extract.export.sqlite.ddl import CREDIT_ROLES
from leaving_vegas_extract.model.article import Article, Author, Money, Reference, Section

Row = tuple[Any, ...]

REFERS: dict[str, tuple[str, ...]] = {
    "sections": ("sections",),
    "paragraphs": ("sections",),
    "reference_authors": ("references",),
    "paragraph_citations": ("paragraphs", "references"),
    "further_reading_authors": ("further_reading",),
    "award_recipients": ("awards",),
    "track_writers": ("tracks",),
    "track_performers": ("tracks",),
}
"""The table each column after ``article_id`` that points to another row points into."""

OWN_NUMBER: frozenset[str] = frozenset(
    {"sections", "paragraphs", "references", "further_reading", "awards", "tracks"}
)
"""Tables whose rows start with their own number within the article (other rows point to them);
the rows of other tables start with their first column after ``article_id``."""


AUTHOR_TABLES = {"references": "reference_authors", "further_reading": "further_reading_authors"}


def identity(article: Article) -> str:
    """What makes two extractions the same article: the source's sha256 and the title."""
    return f"{article.source.sha256}/{article.title}"


def _lines(lines: tuple[int, int] | None) -> tuple[int | None, int | None]:
    return (lines[0], lines[1]) if lines else (None, None)


def _money(money: Money | None) -> Row:
    if money is None:
        return (None, None, None, None)
    return (money.text, money.amount, money.amount_max, money.currency)


def article_row(article: Article, json_bytes: bytes) -> Row:
    """The ``articles`` row, without its id (column order of the table)."""
    box, track = article.infobox, article.soundtrack
    return (
        identity(article),
        article.title,
        article.envelope.article_id,
        article.source.path,
        article.source.format,
        article.source.rendering,
        article.source.sha256,
        article.source.bytes,
        article.schema_version,
        box.kind if box else None,
        box.name if box else None,
        box.running_time_minutes if box else None,
        *_money(box.budget if box else None),
        *_money(box.box_office if box else None),
        track.title if track else None,
        track.release_date if track else None,
        track.total_length_seconds if track else None,
        article.coverage.lines_total,
        article.coverage.lines_claimed,
        json_bytes,
    )


def _infobox_rows(article: Article, tables: dict[str, list[Row]]) -> None:
    box = article.infobox
    if box is None:
        return
    credits = tables["credits"]
    # A name's link target where the format printed one (wikitext): matched by the link's text.
    targets = {link.text: link.target for field in box.fields for link in field.links}
    for role in CREDIT_ROLES:
        names: list[str] = getattr(box, role)
        # character, note and lines belong to cast rows
        credits.extend(
            (role, i, name, targets.get(name), None, None, None, None)
            for i, name in enumerate(names)
        )
    tables["release_dates"] = [(i, r.date, r.place) for i, r in enumerate(box.release_dates)]
    tables["countries"] = list(enumerate(box.countries))
    tables["languages"] = list(enumerate(box.languages))


def _cast_rows(article: Article, tables: dict[str, list[Row]]) -> None:
    """The cast list as ``credits`` rows of role "cast": the character and the note beside it."""
    tables["credits"].extend(
        ("cast", i, c.name, c.link, c.role, c.note, c.lines[0], c.lines[1])
        for i, c in enumerate(article.cast)
    )


def _authors(authors: Iterable[Author], owner: int) -> list[Row]:
    return [(owner, i, a.family, a.given, a.literal) for i, a in enumerate(authors)]


def _reference_rows(refs: list[Reference], table: str, tables: dict[str, list[Row]]) -> None:
    rows, authors = tables[table], tables[AUTHOR_TABLES[table]]
    for i, r in enumerate(refs):
        rows.append(
            (i, i, r.number, r.backlinks, r.raw, r.title, r.container_title, r.publisher,
             r.issued, r.accessed, r.archived, r.url, r.pages, r.edition, r.isbn, r.issn, r.doi,
             *r.lines)
        )  # fmt: skip
        authors.extend(_authors(r.authors, i))


def _text_rows(article: Article, tables: dict[str, list[Row]]) -> None:
    """Sections (a tree, parents first), paragraphs in reading order and their citations."""
    sections, paragraphs, cites = (
        tables["sections"], tables["paragraphs"], tables["paragraph_citations"]
    )  # fmt: skip
    first_ref: dict[int, int] = {}
    for i, ref in enumerate(article.references):
        first_ref.setdefault(ref.number, i)

    def add_paragraphs(items: Iterable[Any], section: int | None) -> None:
        for p in items:
            n = len(paragraphs)
            paragraphs.append((n, section, n, p.text, *p.lines))
            cites.extend((n, first_ref.get(c), k, c) for k, c in enumerate(p.citations))

    def add_sections(items: list[Section], parent: int | None) -> None:
        for position, s in enumerate(items):
            n = len(sections)
            sections.append((n, parent, position, s.number, s.title, s.level, *_lines(s.lines)))
            add_paragraphs(s.paragraphs, n)
            add_sections(s.sections, n)

    add_paragraphs(article.lead, None)
    add_sections(article.sections, None)


def _part_rows(article: Article, tables: dict[str, list[Row]]) -> None:
    """Awards and their recipients, tracks and their writers and performers, discs, diagnostics."""
    for i, w in enumerate(article.awards):
        tables["awards"].append((i, i, w.award, w.category, w.result, w.year, *w.lines))
        tables["award_recipients"].extend((i, k, name) for k, name in enumerate(w.recipients))
    tracks = article.soundtrack.tracks if article.soundtrack else []
    for i, t in enumerate(tracks):
        tables["tracks"].append(
            (i, i, t.disc, t.number, t.title, t.note, t.length_seconds,
             int(t.writers_from_default), *t.lines)
        )  # fmt: skip
        tables["track_writers"].extend((i, k, name) for k, name in enumerate(t.writers))
        tables["track_performers"].extend(
            (i, k, p.name, p.role) for k, p in enumerate(t.performers)
        )
    discs = article.soundtrack.discs if article.soundtrack else []
    tables["discs"] = [(d.number, d.headline, *d.lines) for d in discs]
    tables["diagnostics"] = [
        (i, d.severity, d.code, d.message, *_lines(d.lines))
        for i, d in enumerate(article.diagnostics)
    ]


def article_rows(
    article: Article, json_bytes: bytes | None = None
) -> tuple[Row, dict[str, list[Row]]]:
    """The ``articles`` row and the rows of every other table (empty tables left out)."""
    from leaving_vegas_extract.export.sqlite.ddl import CHILD_TABLES

    if json_bytes is None:  # UTF-8 as pydantic writes it: the writer stores it as text unread
        json_bytes = article.__pydantic_serializer__.to_json(article)
    tables: dict[str, list[Row]] = {name: [] for name in CHILD_TABLES}
    _infobox_rows(article, tables)
    _cast_rows(article, tables)
    _reference_rows(article.references, "references", tables)
    _reference_rows(article.further_reading, "further_reading", tables)
    _text_rows(article, tables)
    _part_rows(article, tables)
    return article_row(article, json_bytes), {k: v for k, v in tables.items() if v}


def row_bytes(article: Article) -> bytes:
    """The rows as bytes for the writer: ``marshal`` (tuples of str/int/None, same interpreter
    on both ends) dumps and loads them in about half pickle's time."""
    return marshal.dumps(article_rows(article))
