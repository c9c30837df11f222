"""The database's tables, indexes, full-text indexes and views, and its schema version.

Every table but the bookkeeping ones (``_schema``, ``_runs``, ``_failures``) holds one kind of
thing an article says, with the article's id on every row (so one ``DELETE ... WHERE article_id``
per table replaces an article) and the source lines where the model has them. Foreign keys
cascade. ``references`` is an SQL keyword: quote it (``"references"``) in queries.
"""

from __future__ import annotations

from leaving_vegas_extract.parts.infobox.vocab import FILM_NAME_FIELDS

DATABASE_VERSION = "2"
"""Bumped when a table or column changes; the JSON schema version is recorded beside it."""

WON_RESULTS: tuple[str, ...] = ("won", "winner")
"""Casefolded award results that mean the award was won (the views count these)."""

CREDIT_ROLES: tuple[str, ...] = tuple(
    key for key in FILM_NAME_FIELDS if key not in ("countries", "languages")
)
"""Infobox fields that list people or companies: one ``credits`` row per name, role = field."""

_ART = "article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE"
_COPY = "article_id INTEGER NOT NULL"  # below a child: the parent's foreign key cascades
_LINES = "first_line INTEGER, last_line INTEGER"
_REFERENCE_COLUMNS = (
    "position INTEGER NOT NULL, number INTEGER NOT NULL, backlinks INTEGER NOT NULL, "
    "raw TEXT NOT NULL, title TEXT, container_title TEXT, publisher TEXT, issued TEXT, "
    "accessed TEXT, archived TEXT, url TEXT, pages TEXT, edition TEXT, isbn TEXT, issn TEXT, "
    f"doi TEXT, {_LINES}"
)
_AUTHOR_COLUMNS = "position INTEGER NOT NULL, family TEXT, given TEXT, literal TEXT"

TABLES: tuple[tuple[str, str], ...] = (
    (
        "articles",
        "id INTEGER PRIMARY KEY, identity TEXT NOT NULL UNIQUE, title TEXT NOT NULL, "
        "page_id TEXT, source_path TEXT, format TEXT NOT NULL, rendering TEXT NOT NULL, "
        "sha256 TEXT NOT NULL, bytes INTEGER NOT NULL, schema_version TEXT NOT NULL, "
        "infobox_kind TEXT, infobox_name TEXT, running_time_minutes INTEGER, "
        "budget_text TEXT, budget_amount INTEGER, budget_amount_max INTEGER, "
        "budget_currency TEXT, box_office_text TEXT, box_office_amount INTEGER, "
        "box_office_amount_max INTEGER, box_office_currency TEXT, soundtrack_title TEXT, "
        "soundtrack_release_date TEXT, soundtrack_length_seconds INTEGER, "
        "lines_total INTEGER NOT NULL, lines_claimed INTEGER NOT NULL, json TEXT NOT NULL",
    ),
    (
        "credits",
        f"id INTEGER PRIMARY KEY, {_ART}, role TEXT NOT NULL, position INTEGER NOT NULL, "
        f"name TEXT NOT NULL, link_target TEXT, character TEXT, note TEXT, {_LINES}",
    ),
    (
        "release_dates",
        f"id INTEGER PRIMARY KEY, {_ART}, position INTEGER NOT NULL, date TEXT, place TEXT",
    ),
    ("countries", f"id INTEGER PRIMARY KEY, {_ART}, position INTEGER NOT NULL, name TEXT NOT NULL"),
    ("languages", f"id INTEGER PRIMARY KEY, {_ART}, position INTEGER NOT NULL, name TEXT NOT NULL"),
    (
        "sections",
        f"id INTEGER PRIMARY KEY, {_ART}, "
        "parent_id INTEGER REFERENCES sections(id) ON DELETE CASCADE, position INTEGER NOT NULL, "
        f"number TEXT, title TEXT NOT NULL, level INTEGER NOT NULL, {_LINES}",
    ),
    (
        "paragraphs",
        f"id INTEGER PRIMARY KEY, {_ART}, "
        "section_id INTEGER REFERENCES sections(id) ON DELETE CASCADE, "
        f"position INTEGER NOT NULL, text TEXT NOT NULL, {_LINES}",
    ),
    ("references", f"id INTEGER PRIMARY KEY, {_ART}, {_REFERENCE_COLUMNS}"),
    (
        "reference_authors",
        f"id INTEGER PRIMARY KEY, {_COPY}, "
        'reference_id INTEGER NOT NULL REFERENCES "references"(id) ON DELETE CASCADE, '
        f"{_AUTHOR_COLUMNS}",
    ),
    (
        "paragraph_citations",
        f"id INTEGER PRIMARY KEY, {_COPY}, "
        "paragraph_id INTEGER NOT NULL REFERENCES paragraphs(id) ON DELETE CASCADE, "
        'reference_id INTEGER REFERENCES "references"(id) ON DELETE CASCADE, '
        "position INTEGER NOT NULL, number INTEGER NOT NULL",
    ),
    ("further_reading", f"id INTEGER PRIMARY KEY, {_ART}, {_REFERENCE_COLUMNS}"),
    (
        "further_reading_authors",
        f"id INTEGER PRIMARY KEY, {_COPY}, "
        "further_reading_id INTEGER NOT NULL REFERENCES further_reading(id) ON DELETE CASCADE, "
        f"{_AUTHOR_COLUMNS}",
    ),
    (
        "awards",
        f"id INTEGER PRIMARY KEY, {_ART}, position INTEGER NOT NULL, award TEXT NOT NULL, "
        f"category TEXT, result TEXT, year TEXT, {_LINES}",
    ),
    (
        "award_recipients",
        f"id INTEGER PRIMARY KEY, {_COPY}, "
        "award_id INTEGER NOT NULL REFERENCES awards(id) ON DELETE CASCADE, "
        "position INTEGER NOT NULL, name TEXT NOT NULL",
    ),
    (
        "tracks",
        f"id INTEGER PRIMARY KEY, {_ART}, position INTEGER NOT NULL, disc INTEGER, "
        "number INTEGER NOT NULL, title TEXT NOT NULL, note TEXT, length_seconds INTEGER, "
        f"writers_from_default INTEGER NOT NULL, {_LINES}",
    ),
    (
        "track_writers",
        f"id INTEGER PRIMARY KEY, {_COPY}, "
        "track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE, "
        "position INTEGER NOT NULL, name TEXT NOT NULL",
    ),
    (
        "track_performers",
        f"id INTEGER PRIMARY KEY, {_COPY}, "
        "track_id INTEGER NOT NULL REFERENCES tracks(id) ON DELETE CASCADE, "
        "position INTEGER NOT NULL, name TEXT NOT NULL, role TEXT",
    ),
    (
        "discs",
        f"id INTEGER PRIMARY KEY, {_ART}, number INTEGER NOT NULL, headline TEXT, {_LINES}",
    ),
    (
        "diagnostics",
        f"id INTEGER PRIMARY KEY, {_ART}, position INTEGER NOT NULL, severity TEXT NOT NULL, "
        f"code TEXT NOT NULL, message TEXT NOT NULL, {_LINES}",
    ),
)
"""``(name, columns)`` in creation order: a table is created after the tables it refers to.
Columns that refer to another row of the same article come right after ``article_id`` (the
writer shifts them from the article's own numbering to the database's ids)."""

CHILD_TABLES: tuple[str, ...] = tuple(name for name, _ in reversed(TABLES[1:]))
"""The tables below ``articles``, children before their parents (the order to delete in)."""

BELOW_CHILD: dict[str, tuple[str, str]] = {
    "reference_authors": ("reference_id", "references"),
    "paragraph_citations": ("paragraph_id", "paragraphs"),
    "further_reading_authors": ("further_reading_id", "further_reading"),
    "award_recipients": ("award_id", "awards"),
    "track_writers": ("track_id", "tracks"),
    "track_performers": ("track_id", "tracks"),
}
"""Tables whose rows hang from a child's row: ``(column, parent table)``. Their ``article_id`` is
a copy for filtering, not indexed: an article's rows there are found through the parent."""

# Each index costs every insert: these are the ones joins, cascades and the views need. Add your
# own for other questions (CREATE INDEX is idempotent here, and kept by later runs).
INDEXES: tuple[str, ...] = (
    *(
        f'CREATE INDEX IF NOT EXISTS {n}_article ON "{n}"(article_id)'
        for n in CHILD_TABLES
        if n not in BELOW_CHILD
    ),
    "CREATE INDEX IF NOT EXISTS articles_title ON articles(title)",
    "CREATE INDEX IF NOT EXISTS credits_name ON credits(name, role)",
    "CREATE INDEX IF NOT EXISTS paragraphs_section ON paragraphs(section_id)",
    "CREATE INDEX IF NOT EXISTS paragraph_citations_paragraph ON paragraph_citations(paragraph_id)",
    "CREATE INDEX IF NOT EXISTS paragraph_citations_reference ON paragraph_citations(reference_id)",
    "CREATE INDEX IF NOT EXISTS reference_authors_reference ON reference_authors(reference_id)",
    "CREATE INDEX IF NOT EXISTS further_reading_authors_item "
    "ON further_reading_authors(further_reading_id)",
    "CREATE INDEX IF NOT EXISTS award_recipients_award ON award_recipients(award_id)",
    "CREATE INDEX IF NOT EXISTS track_writers_track ON track_writers(track_id)",
    "CREATE INDEX IF NOT EXISTS track_performers_track ON track_performers(track_id)",
)


FTS_INDEXES: tuple[tuple[str, str, str], ...] = (
    ("paragraphs_fts", "paragraphs", "text"),
    ("references_fts", "references", "title"),
)
"""Full-text indexes ``(index, table, column)``: paragraph text, reference titles. ``MATCH`` the
index and join its ``rowid`` to the table's ``id``."""


def _fts(index: str, table: str, column: str) -> tuple[str, ...]:
    """An external-content FTS5 index over one column.

    Deletes and updates reach it through triggers. Inserts do not: a trigger per row costs
    more than the rest of an article's writing together, so the writer indexes each batch's new
    rows in one statement (:meth:`ArticleDatabase.commit`). After inserting rows by hand, run
    ``INSERT INTO <index>(<index>) VALUES ('rebuild')``.
    """
    quoted = f'"{table}"'
    delete = (
        f"INSERT INTO {index}({index}, rowid, {column}) VALUES ('delete', old.id, old.{column});"
    )
    return (
        f"CREATE VIRTUAL TABLE IF NOT EXISTS {index} "
        f"USING fts5({column}, content='{table}', content_rowid='id')",
        f"CREATE TRIGGER IF NOT EXISTS {index}_delete AFTER DELETE ON {quoted} BEGIN {delete} END",
        f"CREATE TRIGGER IF NOT EXISTS {index}_update AFTER UPDATE ON {quoted} BEGIN {delete} "
        f"INSERT INTO {index}(rowid, {column}) VALUES (new.id, new.{column}); END",
    )


FTS: tuple[str, ...] = tuple(s for index in FTS_INDEXES for s in _fts(*index))

_WON = ", ".join(f"'{result}'" for result in WON_RESULTS)
_YEAR = (
    "(SELECT substr(min(date), 1, 4) FROM release_dates d "
    "WHERE d.article_id = a.id AND d.date IS NOT NULL)"
)

VIEWS: tuple[str, ...] = (
    # A film with its directors and year (the year of its first dated release).
    "CREATE VIEW IF NOT EXISTS film_directors AS SELECT a.id AS article_id, a.title, "
    f"{_YEAR} AS year, (SELECT group_concat(name, '; ') FROM (SELECT name FROM credits c "
    "WHERE c.article_id = a.id AND c.role = 'directed_by' ORDER BY c.position)) AS directors "
    "FROM articles a WHERE a.infobox_kind = 'film'",
    # Every credit of a person, with the film's year and money: "every film X shot".
    "CREATE VIEW IF NOT EXISTS person_credits AS SELECT c.name, c.role, a.id AS article_id, "
    f"a.title, {_YEAR} AS year, a.running_time_minutes, a.budget_amount, a.budget_currency, "
    "a.budget_text, a.box_office_amount, a.box_office_currency, a.box_office_text "
    "FROM credits c JOIN articles a ON a.id = c.article_id",
    # Awards won per person named as a recipient.
    "CREATE VIEW IF NOT EXISTS awards_won_per_person AS SELECT r.name, count(*) AS awards_won, "
    "count(DISTINCT r.article_id) AS films FROM award_recipients r "
    f"JOIN awards w ON w.id = r.award_id WHERE lower(w.result) IN ({_WON}) GROUP BY r.name",
    # Awards a director's films won, whoever received them.
    "CREATE VIEW IF NOT EXISTS awards_won_per_director AS SELECT c.name, "
    "count(*) AS awards_won, count(DISTINCT c.article_id) AS films FROM credits c "
    "JOIN awards w ON w.article_id = c.article_id "
    f"WHERE c.role = 'directed_by' AND lower(w.result) IN ({_WON}) GROUP BY c.name",
)

BOOKKEEPING: tuple[str, ...] = (
    "CREATE TABLE IF NOT EXISTS _schema (name TEXT PRIMARY KEY, version TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS _runs (id INTEGER PRIMARY KEY, started TEXT NOT NULL, "
    "finished TEXT, command TEXT NOT NULL, database_version TEXT NOT NULL, "
    "json_schema_version TEXT NOT NULL, written INTEGER NOT NULL DEFAULT 0, "
    "failed INTEGER NOT NULL DEFAULT 0, complete INTEGER NOT NULL DEFAULT 0)",
    "CREATE TABLE IF NOT EXISTS _failures (id INTEGER PRIMARY KEY, "
    "run_id INTEGER NOT NULL REFERENCES _runs(id) ON DELETE CASCADE, path TEXT NOT NULL, "
    "error_type TEXT, message TEXT)",
)


def statements() -> list[str]:
    """Every statement that creates the database, in order; each is idempotent."""
    tables = [f'CREATE TABLE IF NOT EXISTS "{name}" ({columns})' for name, columns in TABLES]
    return [*BOOKKEEPING, *tables, *INDEXES, *FTS, *VIEWS]
