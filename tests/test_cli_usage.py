"""Usage errors through the CLI: one line on stderr naming the path or option and the fix, exit 2,
nothing read and nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from leaving_vegas_extract.cli import app

from .conftest import ROOT, SEED

runner = CliRunner()


def _seed_copy(tmp_path: Path) -> Path:
    source = tmp_path / "in" / "article.txt"
    source.parent.mkdir()
    source.write_bytes((ROOT / SEED).read_bytes())
    return source


# (arguments after the input, what the line must say)
EXTRACT_CASES = [
    pytest.param(
        ["--errors", "nodir/e.jsonl"], "nodir/e.jsonl: folder", id="errors-folder-missing"
    ),
    pytest.param(["-o", "afile"], "-o afile: is a file; give a folder", id="json-output-is-a-file"),
    pytest.param(
        ["--format", "jsonl", "-o", "afile/x.jsonl"],
        "afile is a file, not a folder",
        id="jsonl-output-under-a-file",
    ),
    pytest.param(["--max-bytes", "0"], "--max-bytes 0: must be at least 1", id="max-bytes-0"),
    pytest.param(["--timeout", "-5"], "--timeout -5: must be 0", id="timeout-negative"),
    pytest.param(["--encoding", "bogus"], "--encoding bogus: unknown encoding", id="encoding"),
    pytest.param(["--workers", "-1"], "--workers -1: must be 0", id="workers-negative"),
    pytest.param(
        ["--dask", "notanaddress"], "--dask notanaddress: not a scheduler address", id="dask"
    ),
]


@pytest.mark.parametrize(("args", "message"), EXTRACT_CASES)
def test_extract_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    source = _seed_copy(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "afile").write_text("keep me", encoding="utf-8")
    before = sorted(p.name for p in tmp_path.iterdir())
    result = runner.invoke(app, ["extract", str(source), *args])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("error: ")
    assert message in lines[0]
    assert "Traceback" not in result.output
    assert sorted(p.name for p in tmp_path.iterdir()) == before  # nothing written
    assert (tmp_path / "afile").read_text(encoding="utf-8") == "keep me"


def test_usage_is_checked_before_any_input_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from leaving_vegas_extract import api

    calls: list[object] = []
    monkeypatch.setattr(api, "extract_file", lambda *a, **k: calls.append(a))
    for args in (["--max-bytes", "0"], ["--errors", str(tmp_path / "no" / "e.jsonl")]):
        result = runner.invoke(app, ["extract", str(ROOT / SEED), "-o", str(tmp_path), *args])
        assert result.exit_code == 2
    assert calls == []


def test_unreachable_scheduler_is_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    from leaving_vegas_extract.batch import dask_runner

    monkeypatch.setattr(dask_runner, "CONNECT_TIMEOUT", 1.0)
    out = tmp_path / "all.jsonl"
    args = ["extract", str(ROOT / SEED), "--format", "jsonl", "-o", str(out)]
    result = runner.invoke(app, [*args, "--dask", "tcp://127.0.0.1:9"])
    assert result.exit_code == 2, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    assert "--dask tcp://127.0.0.1:9: cannot reach the scheduler" in lines[0]
    assert list(tmp_path.iterdir()) == []  # no JSON Lines file, not even an empty one


def test_schema_output_naming_a_file(tmp_path: Path) -> None:
    target = tmp_path / "afile"
    target.write_text("x", encoding="utf-8")
    result = runner.invoke(app, ["schema", "-o", str(target)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: -o {target}: is a file; give a folder"
    assert target.read_text(encoding="utf-8") == "x"


def test_export_output_naming_a_folder(tmp_path: Path) -> None:
    result = runner.invoke(app, ["export", str(ROOT / SEED), "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == f"error: -o {tmp_path}: is a folder; give a file name"


def test_export_names_the_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    result = runner.invoke(app, ["export", str(missing)])
    assert result.exit_code == 1
    assert result.stderr.strip() == f"error: {missing}: no such file"
