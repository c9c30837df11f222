"""``validate`` through the CLI: every record checked, each problem named by file and line."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from leaving_vegas_extract.cli import app

from ..conftest import ROOT

runner = CliRunner()
GOLDEN = ROOT / "output" / "leaving_las_vegas.json"


def _line(**changes: object) -> str:
    document = json.loads(GOLDEN.read_text(encoding="utf-8"))
    document.update(changes)
    return json.dumps(document, ensure_ascii=False)


def _jsonl(tmp_path: Path) -> Path:
    good = _line()
    target = tmp_path / "all.jsonl"
    lines = [good, '{"title": "cut off', good, _line(title=7), good]
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def test_every_line_is_checked_and_named(tmp_path: Path) -> None:
    target = _jsonl(tmp_path)
    result = runner.invoke(app, ["validate", str(target)])
    assert result.exit_code == 1
    problems = result.stderr.strip().splitlines()
    assert problems[0].startswith(f"{target}:2: not JSON: Unterminated string")
    assert problems[1] == f"{target}:4: $.title: 7 is not of type 'string'"
    assert problems[2] == "2 problem(s) in 1 file(s)"


def test_stdin(tmp_path: Path) -> None:
    target = _jsonl(tmp_path)
    result = runner.invoke(app, ["validate", "-"], input=target.read_text(encoding="utf-8"))
    assert result.exit_code == 1
    assert "<stdin>:2: not JSON" in result.stderr
    assert "<stdin>:4: $.title" in result.stderr
    good = runner.invoke(app, ["validate", "-"], input=GOLDEN.read_text(encoding="utf-8"))
    assert good.exit_code == 0, good.output
    assert good.stdout.strip() == "1 document(s) in 1 file(s) valid"


def test_folders(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "a.json").write_bytes(GOLDEN.read_bytes())
    (tmp_path / "sub" / "b.jsonl").write_text(_line() + "\n" + _line() + "\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("not checked", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "3 document(s) in 2 file(s) valid"
    (tmp_path / "sub" / "c.json").write_text("{", encoding="utf-8")
    result = runner.invoke(app, ["validate", str(tmp_path)])
    assert result.exit_code == 1
    assert f"{tmp_path / 'sub' / 'c.json'}:1: not JSON" in result.stderr


def test_nothing_to_validate_fails(tmp_path: Path) -> None:
    empty = tmp_path / "empty.jsonl"
    empty.write_text("\n", encoding="utf-8")
    (tmp_path / "none").mkdir()
    result = runner.invoke(app, ["validate", str(empty), str(tmp_path / "none")])
    assert result.exit_code == 1
    assert f"{empty}: empty; no document to validate" in result.stderr
    assert f"{tmp_path / 'none'}: no .json or .jsonl files in this folder" in result.stderr
