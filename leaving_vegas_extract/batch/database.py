"""SQLite for the batch commands: the database an ``-o`` names, and existing JSON loaded into it."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from leaving_vegas_extract.errors import InputError

if TYPE_CHECKING:
    from leaving_vegas_extract.export.sqlite.writer import ArticleDatabase

DEFAULT_NAME = "articles.db"
"""The database's name when ``-o`` names a folder."""


def database_path(output: str) -> str:
    """``-o`` as a database file: a folder gets ``articles.db`` inside it."""
    from leaving_vegas_extract.batch.runner import UsageError

    if output == "-":
        raise UsageError("SQLite needs a file: -o films.db, not -o -")
    target = Path(output)
    return str(target / DEFAULT_NAME if target.is_dir() else target)


def open_database(output: str, command: str) -> ArticleDatabase:
    """Open (or create) the database ``-o`` names; :class:`runner.UsageError` when it is unfit."""
    from leaving_vegas_extract.batch.runner import UsageError
    from leaving_vegas_extract.export.sqlite.writer import ArticleDatabase, DatabaseError

    try:
        return ArticleDatabase(database_path(output), command)
    except DatabaseError as exc:
        raise UsageError(str(exc)) from None


def export_sqlite(
    paths: list[str], output: str, report: Callable[[str], None] | None = None
) -> tuple[int, int]:
    """Load articles (dumps, extracted JSON/JSON Lines, folders) into a database.

    Each article replaces an earlier extraction of it. An input that fails is reported (one line
    to ``report``, default stderr) and recorded in ``_failures``; rows it wrote before stay.
    Returns ``(articles written, inputs failed)``.
    """
    from leaving_vegas_extract.batch.exports import _articles, _inputs

    say = report or (lambda line: print(line, file=sys.stderr))
    written = failed = 0
    with open_database(output, "export") as db:
        for path in _inputs(paths):
            try:
                for article in _articles(path):
                    db.add(article)
                    written += 1
            except InputError as exc:
                failed += 1
                say(exc.message)
                db.fail(path, exc.kind, exc.message)
    return written, failed
