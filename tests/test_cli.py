"""The command line, through typer's CliRunner: exit codes, outputs, messages."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leaving_vegas_extract import __version__
from leaving_vegas_extract.cli import app

from .conftest import ROOT, SEED

runner = CliRunner()


def test_version() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_help_has_examples() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "extract raw/ -o output/" in result.output


def test_extract_one_file(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(ROOT / SEED), "-o", str(tmp_path), "-q"])
    assert result.exit_code == 0, result.output
    document = json.loads((tmp_path / "leaving_las_vegas.json").read_text(encoding="utf-8"))
    assert document["infobox"]["running_time_minutes"] == 112
    assert not list(tmp_path.glob(".tmp-*"))


def test_bad_inputs_exit_1_and_good_ones_written(tmp_path: Path) -> None:
    good = tmp_path / "in" / "good.txt"
    good.parent.mkdir()
    good.write_bytes((ROOT / SEED).read_bytes())
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    (tmp_path / "in" / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(tmp_path / "in"), "-o", str(out), "-q"])
    assert result.exit_code == 1
    assert (out / "good.json").exists()
    assert sorted(p.name for p in out.iterdir()) == ["good.json"]
    assert "empty.txt: empty input" in result.output
    assert "binary.txt: binary data" in result.output
    assert "Traceback" not in result.output


def test_missing_file_is_one_line(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path / "nope.txt"), "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert "nope.txt: no such file" in result.output


def test_usage_error_exits_2(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", "--format", "xml", str(ROOT / SEED)])
    assert result.exit_code == 2


def test_schema_to_stdout() -> None:
    result = runner.invoke(app, ["schema", "-o", "-"])
    assert result.exit_code == 0
    assert json.loads(result.stdout)["$schema"].endswith("2020-12/schema")


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_validate_accepts_extracted(tmp_path: Path, fmt: str) -> None:
    target = tmp_path / ("out.jsonl" if fmt == "jsonl" else "out")
    args = ["extract", str(ROOT / SEED), "--format", fmt, "-o", str(target), "-q"]
    assert runner.invoke(app, args).exit_code == 0
    files = [str(target)] if fmt == "jsonl" else [str(p) for p in target.glob("*.json")]
    result = runner.invoke(app, ["validate", *files])
    assert result.exit_code == 0, result.output


def test_validate_names_the_failing_path(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    document = json.loads((ROOT / "output" / "leaving_las_vegas.json").read_text("utf-8"))
    document["infobox"]["running_time_minutes"] = "long"
    bad.write_text(json.dumps(document), encoding="utf-8")
    result = runner.invoke(app, ["validate", str(bad)])
    assert result.exit_code == 1
    assert "$.infobox.running_time_minutes" in result.output


def test_check_names_the_pointer_of_a_one_character_change(tmp_path: Path) -> None:
    golden = tmp_path / "golden"
    golden.mkdir()
    text = (ROOT / "output" / "leaving_las_vegas.json").read_text("utf-8")
    changed = text.replace('"running_time_minutes": 112', '"running_time_minutes": 113')
    assert changed != text
    (golden / "leaving_las_vegas.json").write_text(changed, encoding="utf-8")
    result = runner.invoke(app, ["check", str(ROOT / SEED), "--golden", str(golden)])
    assert result.exit_code == 1
    assert "/infobox/running_time_minutes: 113 -> 112" in result.output


def test_check_update_writes_extract_bytes(tmp_path: Path) -> None:
    golden = tmp_path / "golden"
    out = tmp_path / "out"
    args = ["check", str(ROOT / SEED), "--golden", str(golden), "--update"]
    assert runner.invoke(app, args).exit_code == 0
    assert runner.invoke(app, ["extract", str(ROOT / SEED), "-o", str(out), "-q"]).exit_code == 0
    name = "leaving_las_vegas.json"
    assert (golden / name).read_bytes() == (out / name).read_bytes()
    assert runner.invoke(app, ["check", str(ROOT / SEED), "--golden", str(golden)]).exit_code == 0
