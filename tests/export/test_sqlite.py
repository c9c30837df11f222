"""The SQLite export: built from every fixture by the batch path, queried with real SQL."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from leaving_vegas_extract.batch.database import export_sqlite
from leaving_vegas_extract.batch.runner import BatchConfig, UsageError, run_batch
from leaving_vegas_extract.export.json_out import to_jsonl_line
from leaving_vegas_extract.export.sqlite.ddl import DATABASE_VERSION, FTS_INDEXES
from leaving_vegas_extract.export.sqlite.writer import ArticleDatabase, DatabaseError
from leaving_vegas_extract.model.article import SCHEMA_VERSION, Article
from tests.conftest import ROOT, SEED, extract_rel, fixture_paths

FTS_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")
INPUTS = [SEED, *(str(p) for p in fixture_paths())]


def build(db: Path, paths: list[str], workers: int = 1, strict: bool = False) -> int:
    """``extract PATHS --format sqlite -o DB`` through the batch runner, paths relative to ROOT."""
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        config = BatchConfig(
            paths=paths, output=str(db), fmt="sqlite", workers=workers, quiet=True, strict=strict
        )
        return run_batch(config)
    finally:
        os.chdir(old)


def counts(db: Path) -> dict[str, int]:
    """Rows per table, views and FTS shadow tables left out (FTS5's own storage)."""
    with sqlite3.connect(db) as conn:
        names = [
            name
            for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            if not any(name == f"{index}{s}" for index, _, _ in FTS_INDEXES for s in FTS_SHADOWS)
        ]
        return {n: conn.execute(f'SELECT count(*) FROM "{n}"').fetchone()[0] for n in names}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sqlite") / "films.db"
    assert build(path, INPUTS) == 0
    return path


@pytest.fixture(scope="module")
def conn(db: Path) -> Iterator[sqlite3.Connection]:
    with sqlite3.connect(db) as connection:
        yield connection


def seed_id(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT id FROM articles WHERE source_path = ?", (SEED,)).fetchone()[0])


def test_every_fixture_is_one_article(conn: sqlite3.Connection) -> None:
    paths = [p for (p,) in conn.execute("SELECT source_path FROM articles ORDER BY id")]
    assert paths == INPUTS


def test_seed_directors(conn: sqlite3.Connection, seed: Article) -> None:
    rows = conn.execute(
        "SELECT name FROM credits WHERE article_id = ? AND role = 'directed_by' ORDER BY position",
        (seed_id(conn),),
    ).fetchall()
    assert seed.infobox is not None
    assert [name for (name,) in rows] == seed.infobox.directed_by != []


def test_cast_credits(conn: sqlite3.Connection) -> None:
    article = extract_rel("tests/fixtures/cast/the-quiet-ferry.html")
    (number,) = conn.execute(
        "SELECT id FROM articles WHERE source_path = ?",
        ("tests/fixtures/cast/the-quiet-ferry.html",),
    ).fetchone()
    rows = conn.execute(
        "SELECT name, link_target, character, note FROM credits "
        "WHERE article_id = ? AND role = 'cast' ORDER BY position",
        (number,),
    ).fetchall()
    assert rows == [(c.name, c.link, c.role, c.note) for c in article.cast] != []


def test_link_targets_of_infobox_credits(conn: sqlite3.Connection) -> None:
    """Where the page links a name (wikitext), the credit keeps the link's target."""
    path = "tests/fixtures/wikitext/copper_lantern.wiki"
    box = extract_rel(path).infobox
    assert box is not None
    targets = {link.text: link.target for field in box.fields for link in field.links}
    (number,) = conn.execute("SELECT id FROM articles WHERE source_path = ?", (path,)).fetchone()
    rows = conn.execute(
        "SELECT role, name, link_target FROM credits WHERE article_id = ? AND role != 'cast'",
        (number,),
    ).fetchall()
    linked = [row for row in rows if row[2] is not None]
    assert linked, "the fixture links at least one credited name"
    assert all(targets[name] == target for _, name, target in linked)
    assert all(target is None for _, name, target in rows if name not in targets)


def test_seed_awards_with_results(conn: sqlite3.Connection, seed: Article) -> None:
    rows = conn.execute(
        "SELECT award, category, result, year FROM awards WHERE article_id = ? ORDER BY position",
        (seed_id(conn),),
    ).fetchall()
    assert len(rows) == 17
    assert rows == [(w.award, w.category, w.result, w.year) for w in seed.awards]
    assert all(result for _, _, result, _ in rows)
    recipients = conn.execute(
        "SELECT count(*) FROM award_recipients WHERE article_id = ?", (seed_id(conn),)
    ).fetchone()[0]
    assert recipients == sum(len(w.recipients) for w in seed.awards)


def test_seed_tracks_with_lengths(conn: sqlite3.Connection, seed: Article) -> None:
    rows = conn.execute(
        "SELECT number, title, length_seconds FROM tracks WHERE article_id = ? ORDER BY position",
        (seed_id(conn),),
    ).fetchall()
    assert seed.soundtrack is not None
    assert len(rows) == 25
    assert rows == [(t.number, t.title, t.length_seconds) for t in seed.soundtrack.tracks]
    total = conn.execute(
        "SELECT sum(length_seconds), count(length_seconds) FROM tracks WHERE article_id = ?",
        (seed_id(conn),),
    ).fetchone()
    lengths = [t.length_seconds for t in seed.soundtrack.tracks if t.length_seconds is not None]
    assert total == (sum(lengths), len(lengths))
    assert len(lengths) > 12
    writers = conn.execute(
        "SELECT t.number, w.name FROM track_writers w JOIN tracks t ON t.id = w.track_id "
        "WHERE t.article_id = ? ORDER BY t.position, w.position",
        (seed_id(conn),),
    ).fetchall()
    assert writers == [(t.number, n) for t in seed.soundtrack.tracks for n in t.writers]


def test_seed_references_and_their_paragraphs(conn: sqlite3.Connection, seed: Article) -> None:
    rows = conn.execute(
        'SELECT number, raw, title, url FROM "references" WHERE article_id = ? ORDER BY position',
        (seed_id(conn),),
    ).fetchall()
    assert len(rows) == 17
    assert rows == [(r.number, r.raw, r.title, r.url) for r in seed.references]
    cited = conn.execute(
        'SELECT count(*) FROM paragraph_citations c JOIN "references" r ON r.id = c.reference_id '
        "WHERE c.article_id = ? AND r.number = c.number",
        (seed_id(conn),),
    ).fetchone()[0]
    assert cited > 10


def test_fts_finds_a_word_of_the_plot(conn: sqlite3.Connection) -> None:
    rows = conn.execute(
        "SELECT a.source_path, s.title FROM paragraphs_fts f "
        "JOIN paragraphs p ON p.id = f.rowid JOIN sections s ON s.id = p.section_id "
        "JOIN articles a ON a.id = p.article_id WHERE paragraphs_fts MATCH 'prostitute'"
    ).fetchall()
    assert (SEED, "Plot") in rows


def test_fts_over_reference_titles(conn: sqlite3.Connection) -> None:
    title = conn.execute(
        'SELECT title FROM "references" WHERE title IS NOT NULL ORDER BY id LIMIT 1'
    ).fetchone()[0]
    word = max(title.split(), key=len).strip(".,:;'\"!?()")
    hits = conn.execute(
        'SELECT r.title FROM references_fts f JOIN "references" r ON r.id = f.rowid '
        "WHERE references_fts MATCH ?",
        (f'"{word}"',),
    ).fetchall()
    assert (title,) in hits


def test_views_answer_the_common_questions(conn: sqlite3.Connection) -> None:
    row = conn.execute(
        "SELECT year, directors FROM film_directors WHERE article_id = ?", (seed_id(conn),)
    ).fetchone()
    assert row is not None
    assert row[0] == "1995"
    assert row[1]
    won = conn.execute("SELECT sum(awards_won) FROM awards_won_per_person").fetchone()[0]
    assert won > 0
    shot = conn.execute(
        "SELECT count(*) FROM person_credits WHERE role = 'cinematography'"
    ).fetchone()[0]
    assert shot > 0


def test_whole_article_json_kept(conn: sqlite3.Connection, seed: Article) -> None:
    text = conn.execute("SELECT json FROM articles WHERE id = ?", (seed_id(conn),)).fetchone()[0]
    assert Article.model_validate_json(text) == seed


def test_versions_recorded(conn: sqlite3.Connection) -> None:
    versions = dict(conn.execute("SELECT name, version FROM _schema").fetchall())
    assert versions == {"database": DATABASE_VERSION, "json": SCHEMA_VERSION}


def test_second_run_keeps_row_counts(db: Path) -> None:
    before = counts(db)
    assert build(db, INPUTS) == 0
    after = counts(db)
    assert after.pop("_runs") == before.pop("_runs") + 1
    assert after == before
    assert before["articles"] == len(INPUTS)
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        for index, _, _ in FTS_INDEXES:  # raises if an index and its table disagree
            conn.execute(f"INSERT INTO {index}({index}) VALUES ('integrity-check')")


def test_two_workers_write_the_same_rows(tmp_path: Path, db: Path) -> None:
    two = tmp_path / "two.db"
    assert build(two, INPUTS, workers=2) == 0
    assert counts(two).keys() == counts(db).keys()
    query = "SELECT identity, json FROM articles ORDER BY id"
    with sqlite3.connect(two) as a, sqlite3.connect(db) as b:
        assert a.execute(query).fetchall() == b.execute(query).fetchall()


def test_input_that_now_fails_keeps_its_rows(tmp_path: Path) -> None:
    dump = tmp_path / "film.txt"
    dump.write_bytes((ROOT / SEED).read_bytes())
    path = tmp_path / "films.db"
    assert build(path, [str(dump)]) == 0
    before = counts(path)
    dump.write_bytes(b"")
    assert build(path, [str(dump)]) == 1
    after = counts(path)
    assert after.pop("_failures") == before.pop("_failures") + 1
    assert after.pop("_runs") == before.pop("_runs") + 1
    assert after == before
    with sqlite3.connect(path) as conn:
        failure = conn.execute("SELECT path, error_type FROM _failures").fetchone()
    assert failure[0] == dump.as_posix()


def test_export_loads_extracted_json_in_place(tmp_path: Path, seed: Article) -> None:
    lines = tmp_path / "seed.jsonl"
    lines.write_bytes(to_jsonl_line(seed))
    path = tmp_path / "films.db"
    assert build(path, [SEED]) == 0
    before = counts(path)
    assert export_sqlite([str(lines)], str(path)) == (1, 0)
    after = counts(path)
    assert after.pop("_runs") == before.pop("_runs") + 1
    assert after == before


def test_not_a_database_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("not sqlite at all, just some words in a text file\n" * 20)
    with pytest.raises(UsageError, match=r"notes\.db"):
        build(path, [SEED])


def test_other_database_version_refused(tmp_path: Path) -> None:
    path = tmp_path / "films.db"
    ArticleDatabase(str(path), "test").close()
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE _schema SET version = '0' WHERE name = 'database'")
    conn.close()
    with pytest.raises(DatabaseError, match="database schema 0"):
        ArticleDatabase(str(path), "test")


def test_disc_headlines_join_their_tracks(conn: sqlite3.Connection) -> None:
    """Each listing of an album with several is a ``discs`` row; a track's ``disc`` finds it."""
    path = "tests/fixtures/wikitext/the-cinder-orchard.wiki"
    album = extract_rel(path).soundtrack
    assert album is not None
    assert len(album.discs) > 1
    (number,) = conn.execute("SELECT id FROM articles WHERE source_path = ?", (path,)).fetchone()
    rows = conn.execute(
        "SELECT number, headline, first_line, last_line FROM discs "
        "WHERE article_id = ? ORDER BY number",
        (number,),
    ).fetchall()
    assert rows == [(d.number, d.headline, *d.lines) for d in album.discs]
    joined = conn.execute(
        "SELECT t.title, d.headline FROM tracks t JOIN discs d "
        "ON d.article_id = t.article_id AND d.number = t.disc "
        "WHERE t.article_id = ? ORDER BY t.position",
        (number,),
    ).fetchall()
    headline = {d.number: d.headline for d in album.discs}
    assert joined == [(t.title, headline[t.disc]) for t in album.tracks if t.disc is not None]
    assert len(joined) == len(album.tracks)


def test_no_disc_rows_for_a_single_listing(conn: sqlite3.Connection) -> None:
    assert conn.execute(
        "SELECT count(*) FROM discs WHERE article_id = ?", (seed_id(conn),)
    ).fetchone() == (0,)
