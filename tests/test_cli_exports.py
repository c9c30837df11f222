"""The command line for the SQLite and JSON-LD outputs: exit codes, files, messages."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from typer.testing import CliRunner

from leaving_vegas_extract.cli import app

from .conftest import ROOT, SEED

runner = CliRunner()
THREE = [str(ROOT / SEED), *sorted(str(p) for p in (ROOT / "tests/fixtures/awards").glob("*.txt"))][
    :3
]


def articles(db: Path) -> int:
    with sqlite3.connect(db) as conn:
        return int(conn.execute("SELECT count(*) FROM articles").fetchone()[0])


def test_extract_into_sqlite_with_two_workers(tmp_path: Path) -> None:
    db = tmp_path / "films.db"
    args = ["extract", *THREE, "--format", "sqlite", "-o", str(db), "--workers", "2", "-q"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert articles(db) == 3
    again = runner.invoke(app, args)
    assert again.exit_code == 0, again.output
    assert articles(db) == 3


def test_extract_sqlite_into_a_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", THREE[0], "--format", "sqlite", "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert articles(tmp_path / "articles.db") == 1


def test_sqlite_to_stdout_is_a_usage_error() -> None:
    result = runner.invoke(app, ["extract", THREE[0], "--format", "sqlite", "-o", "-"])
    assert result.exit_code == 2
    assert "needs a file" in result.output


def test_export_sqlite_from_json_lines(tmp_path: Path) -> None:
    lines = tmp_path / "all.jsonl"
    made = runner.invoke(app, ["extract", *THREE, "--format", "jsonl", "-o", str(lines), "-q"])
    assert made.exit_code == 0, made.output
    db = tmp_path / "films.db"
    result = runner.invoke(app, ["export", "--format", "sqlite", str(lines), "-o", str(db)])
    assert result.exit_code == 0, result.output
    assert "3 article(s) written, 0 input(s) failed" in result.output
    assert articles(db) == 3


def test_export_sqlite_reports_a_bad_input_and_goes_on(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"not": "an article"}\n', encoding="utf-8")
    db = tmp_path / "films.db"
    result = runner.invoke(app, ["export", "--format", "sqlite", str(bad), THREE[0], "-o", str(db)])
    assert result.exit_code == 1
    assert "bad.json: not an extracted article" in result.output
    assert articles(db) == 1


def test_export_jsonld(tmp_path: Path) -> None:
    out = tmp_path / "films.jsonld"
    result = runner.invoke(app, ["export", "--format", "jsonld", *THREE, "-o", str(out)])
    assert result.exit_code == 0, result.output
    document = json.loads(out.read_text(encoding="utf-8"))
    assert [node["@type"] for node in document["@graph"]] == ["Movie"] * 3


def test_export_unknown_format_is_a_usage_error() -> None:
    result = runner.invoke(app, ["export", "--format", "rdf", THREE[0]])
    assert result.exit_code == 2
