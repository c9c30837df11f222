"""The one writer: opens (or creates) a database, replaces articles in place, commits in batches.

Standard library ``sqlite3``, not sqlite-utils: the tables are fixed and known in advance, so
sqlite-utils' strength (tables shaped from the data) goes unused, and its per-row dictionaries
would slow the one process every batch worker waits for; ``executemany`` over prepared tuples,
explicit transactions and FTS5 triggers are plain SQL. No new dependency.
"""

from __future__ import annotations

import marshal
import os
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any, cast

from leaving_vegas_extract.export.sqlite.ddl import (
    BELOW_CHILD,
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


_NULL = cast("Callable[[None], None]", {}.get)
"""The adapter of ``None``: returns ``None``, which binds as NULL, as it would without one.

Without an adapter the ``sqlite3`` module looks for ``__adapt__`` and ``__conform__`` on every
``None`` it binds, raising and clearing two AttributeErrors each time: an article has a hundred
or so NULLs (source lines, empty fields), and that was a sixth of the writer's work. A C
callable (an empty dict's ``get``) costs less than a Python function. Registering it is
process-wide and changes nothing else."""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _delete_sql(name: str) -> str:
    """Deleting an article's rows from one table (through the parent, below a child)."""
    if name in BELOW_CHILD:
        column, parent = BELOW_CHILD[name]
        return (
            f'DELETE FROM "{name}" WHERE {column} IN '
            f'(SELECT id FROM "{parent}" WHERE article_id = ?)'
        )
    return f'DELETE FROM "{name}" WHERE article_id = ?'


class ArticleDatabase:
    """An open database: :meth:`add` articles, :meth:`fail` inputs, then :meth:`close`."""

    def __init__(self, path: str, command: str) -> None:
        folder = os.path.dirname(path)
        if folder:
            os.makedirs(folder, exist_ok=True)
        self.path = path
        sqlite3.register_adapter(type(None), _NULL)
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
        # The writer keeps the keys itself (a test checks with PRAGMA foreign_key_check):
        # enforcing them would look up a parent for every row inserted and scan for children
        # of every row deleted. Readers that delete rows turn them on to cascade.
        conn.execute("PRAGMA foreign_keys = OFF")
        # A rollback journal, not WAL: a batch appends, so the journal stays small, and each page
        # is written once (WAL writes it twice: to the log, then to the database at checkpoint).
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA cache_size = -65536")  # 64 MB: a batch's pages stay in memory
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
        self.deletes = [_delete_sql(name) for name in CHILD_TABLES]
        self.insert_new = self._insert_sql("articles") + " ON CONFLICT (identity) DO NOTHING"
        self.inserts = {name: self._insert_sql(name) for name in ("articles", *CHILD_TABLES)}
        self.next_id = {
            name: (conn.execute(f'SELECT max(id) FROM "{name}"').fetchone()[0] or 0) + 1
            for name in OWN_NUMBER
        }
        self.unindexed = {table: self.next_id[table] for _, table, _ in FTS_INDEXES}
        # The article being written and the first id of each of its numbered tables, in a
        # one-row temporary table the inserts read: the rows go to executemany as the workers
        # built them, with no Python loop over them here (the one writer is the bottleneck).
        self.bases = tuple(sorted(OWN_NUMBER))
        columns = ", ".join(f"{name}_base INTEGER" for name in self.bases)
        conn.execute(f"CREATE TEMP TABLE current_article (article_id INTEGER, {columns})")
        conn.execute(f"INSERT INTO current_article VALUES (NULL{', NULL' * len(self.bases)})")
        assignments = ", ".join(f"{name}_base = ?" for name in self.bases)
        self.set_current = f"UPDATE current_article SET article_id = ?, {assignments}"

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
        """The insert of one table: ids and the numbers rows point to shifted in SQL."""
        count = len(self.conn.execute(f'PRAGMA table_info("{name}")').fetchall())
        if name == "articles":  # the JSON comes as UTF-8 bytes: stored as text, never decoded
            return f"INSERT INTO articles VALUES ({'?, ' * (count - 1)}CAST(? AS TEXT))"
        refs = REFERS.get(name, ())
        values = [
            f"? + (SELECT {name}_base FROM current_article)" if name in OWN_NUMBER else "NULL",
            "(SELECT article_id FROM current_article)",
            *(f"? + (SELECT {target}_base FROM current_article)" for target in refs),
            *("?" * (count - 2 - len(refs))),
        ]
        return f'INSERT INTO "{name}" VALUES ({", ".join(values)})'

    def add(self, article: Article) -> None:
        """Write one article, replacing the rows of an earlier extraction of it."""
        self.add_rows(*article_rows(article))

    def add_bytes(self, data: bytes) -> None:
        """Write one article from the rows a batch worker built (:func:`rows.row_bytes`)."""
        self.add_rows(*marshal.loads(data))

    def add_rows(self, article: Row, tables: dict[str, list[Row]]) -> None:
        """Write one article's rows (:func:`rows.article_rows`) in the open transaction."""
        conn = self.conn
        if not self.pending:
            conn.execute("BEGIN")
        inserted = conn.execute(self.insert_new, (None, *article))
        if inserted.rowcount == 1:
            assert inserted.lastrowid is not None  # an INSERT sets it
            article_id: int = inserted.lastrowid
        else:  # extracted before: replace it, keeping its id
            found = conn.execute("SELECT id FROM articles WHERE identity = ?", (article[0],))
            article_id = found.fetchone()[0]
            self._index()  # the delete triggers expect every row they see to be indexed
            for delete in self.deletes:
                conn.execute(delete, (article_id,))
            conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
            conn.execute(self.inserts["articles"], (article_id, *article))
        conn.execute(self.set_current, (article_id, *(self.next_id[n] for n in self.bases)))
        for name in reversed(CHILD_TABLES):  # parents first
            rows = tables.get(name)
            if rows:
                conn.executemany(self.inserts[name], rows)
        for name in OWN_NUMBER:
            self.next_id[name] += len(tables.get(name, ()))
        self.written += 1
        self.pending += 1
        if self.pending >= COMMIT_EVERY:
            self.commit()

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
