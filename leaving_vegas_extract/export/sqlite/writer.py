"""The one writer: opens (or creates) a database, replaces articles in place, commits in batches.

Standard library ``sqlite3``, not sqlite-utils: the tables are fixed and known in advance, so
sqlite-utils' strength (tables shaped from the data) goes unused, and its per-row dictionaries
would slow the one process every batch worker waits for; ``executemany`` over prepared tuples,
explicit transactions and FTS5 triggers are plain SQL. No new dependency.
"""

from __future__ import annotations

import os
import pickle
import sqlite3
from datetime import UTC, datetime
from typing import Any

from leaving_vegas_extract.export.sqlite.ddl import (
    CHILD_TABLES,
    DATABASE_VERSION,
    FTS_INDEXES,
    statements,
)
from leaving_vegas_extract.export.sqlite.rows import OWN_NUMBER, REFERS, Row, article_rows
from leaving_vegas_extract.model.article import SCHEMA_VERSION, Article

COMMIT_EVERY = 256
"""Articles per transaction: a crash loses at most this many, and commits stay rare."""


class DatabaseError(Exception):
    """The output file is no database this tool can write into (a user's mistake)."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class ArticleDatabase:
    """An open database: :meth:`add` articles, :meth:`fail` inputs, then :meth:`close`."""

    def __init__(self, path: str, command: str) -> None:
        folder = os.path.dirname(path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        self.path = path
        self.conn = sqlite3.connect(path, isolation_level=None)
        try:
            self._prepare()
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise DatabaseError(f"{path}: cannot write into it: {exc}") from None
        except DatabaseError:
            self.conn.close()
            raise
        self.pending = 0
        self.written = 0
        self.failed = 0
        self.run_id = self.conn.execute(
            "INSERT INTO _runs (started, command, database_version, json_schema_version) "
            "VALUES (?, ?, ?, ?)",
            (_now(), command, DATABASE_VERSION, SCHEMA_VERSION),
        ).lastrowid

    def _prepare(self) -> None:
        """Check the file is ours (or new), create what is missing, read the next free ids."""
        conn = self.conn
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master")}
        if "_schema" in names:
            self._check_versions()
        elif "articles" in names:
            raise DatabaseError(f"{self.path}: has an articles table this tool did not make")
        conn.execute("BEGIN")
        for statement in statements():
            conn.execute(statement)
        conn.executemany(
            "INSERT OR REPLACE INTO _schema (name, version) VALUES (?, ?)",
            (("database", DATABASE_VERSION), ("json", SCHEMA_VERSION)),
        )
        conn.execute("COMMIT")
        self.inserts = {name: self._insert_sql(name) for name in ("articles", *CHILD_TABLES)}
        self.next_id = {
            name: (conn.execute(f'SELECT max(id) FROM "{name}"').fetchone()[0] or 0) + 1
            for name in OWN_NUMBER
        }
        self.unindexed = {table: self.next_id[table] for _, table, _ in FTS_INDEXES}

    def _check_versions(self) -> None:
        found = dict(self.conn.execute("SELECT name, version FROM _schema").fetchall())
        if found.get("database") != DATABASE_VERSION:
            raise DatabaseError(
                f"{self.path}: database schema {found.get('database')}, "
                f"this version writes {DATABASE_VERSION}"
            )
        json_major = str(found.get("json", "")).split(".")[0]
        if json_major != SCHEMA_VERSION.split(".")[0]:
            raise DatabaseError(
                f"{self.path}: holds JSON schema {found.get('json')}, "
                f"this version writes {SCHEMA_VERSION}"
            )

    def _insert_sql(self, name: str) -> str:
        columns = self.conn.execute(f'PRAGMA table_info("{name}")').fetchall()
        return f'INSERT INTO "{name}" VALUES ({", ".join("?" * len(columns))})'

    def add(self, article: Article) -> None:
        """Write one article, replacing the rows of an earlier extraction of it."""
        self.add_rows(*article_rows(article))

    def add_bytes(self, data: bytes) -> None:
        """Write one article from the rows a batch worker pickled (:func:`rows.row_bytes`)."""
        self.add_rows(*pickle.loads(data))  # our own workers' bytes: trusted

    def add_rows(self, article: Row, tables: dict[str, list[Row]]) -> None:
        """Write one article's rows (:func:`rows.article_rows`) in the open transaction."""
        conn = self.conn
        if not self.pending:
            conn.execute("BEGIN")
        found = conn.execute("SELECT id FROM articles WHERE identity = ?", (article[0],))
        old = found.fetchone()
        if old is None:
            inserted = conn.execute(self.inserts["articles"], (None, *article)).lastrowid
            assert inserted is not None  # an INSERT sets it
            article_id: int = inserted
        else:
            article_id = old[0]
            self._index()  # the delete triggers expect every row they see to be indexed
            for name in CHILD_TABLES:
                conn.execute(f'DELETE FROM "{name}" WHERE article_id = ?', (article_id,))
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            conn.execute(self.inserts["articles"], (article_id, *article))
        for name in reversed(CHILD_TABLES):  # parents first
            rows = tables.get(name)
            if rows:
                conn.executemany(self.inserts[name], self._with_ids(name, article_id, rows))
        for name in OWN_NUMBER:
            self.next_id[name] += len(tables.get(name, ()))
        self.written += 1
        self.pending += 1
        if self.pending >= COMMIT_EVERY:
            self.commit()

    def _with_ids(self, name: str, article_id: int, rows: list[Row]) -> list[Row]:
        """Article-local numbers to database ids: the row's own, and those it points to."""
        bases = [self.next_id[target] for target in REFERS.get(name, ())]
        out: list[Row] = []
        if name in OWN_NUMBER:
            own = self.next_id[name]
            for row in rows:
                refs = [None if v is None else v + b for v, b in zip(row[1:], bases, strict=False)]
                out.append((row[0] + own, article_id, *refs, *row[1 + len(bases) :]))
        else:
            for row in rows:
                refs = [None if v is None else v + b for v, b in zip(row, bases, strict=False)]
                out.append((None, article_id, *refs, *row[len(bases) :]))
        return out

    def fail(self, path: str, error_type: str | None, message: str | None) -> None:
        """Record an input that failed: its old rows, if any, stay as they were."""
        self.failed += 1
        self.conn.execute(
            "INSERT INTO _failures (run_id, path, error_type, message) VALUES (?, ?, ?, ?)",
            (self.run_id, path, error_type, message),
        )

    def _index(self) -> None:
        """Add the rows written since the last call to the full-text indexes: one statement each."""
        for index, table, column in FTS_INDEXES:
            start, self.unindexed[table] = self.unindexed[table], self.next_id[table]
            self.conn.execute(
                f'INSERT INTO {index}(rowid, {column}) SELECT id, {column} FROM "{table}" '
                "WHERE id >= ?",
                (start,),
            )

    def commit(self) -> None:
        """Index and commit the articles written since the last commit."""
        if self.pending:
            self._index()
            self.conn.execute("COMMIT")
            self.pending = 0

    def close(self, complete: bool = True) -> None:
        """Commit (or, for an interrupted run, roll back the open batch) and record the run."""
        conn = self.conn
        try:
            if complete:
                self.commit()
            elif self.pending:
                conn.execute("ROLLBACK")
                self.written -= self.pending
                self.pending = 0
            conn.execute(
                "UPDATE _runs SET finished = ?, written = ?, failed = ?, complete = ? WHERE id = ?",
                (_now(), self.written, self.failed, int(complete), self.run_id),
            )
        finally:
            conn.close()

    def __enter__(self) -> ArticleDatabase:
        return self

    def __exit__(self, kind: Any, value: Any, traceback: Any) -> None:
        self.close(complete=kind is None)
