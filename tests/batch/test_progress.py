"""Progress lines when stderr is not a terminal: a total and an ETA once the inputs are counted."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leaving_vegas_extract.batch import progress
from leaving_vegas_extract.batch.progress import Progress
from leaving_vegas_extract.cli import app

from ..conftest import ROOT, SEED


class Clock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_a_line_every_interval_with_total_and_eta() -> None:
    clock, out = Clock(), io.StringIO()
    bar = Progress(bar=False, lines=True, stream=out, clock=clock)
    for _ in range(10):
        clock.now += 1.0
        bar.advance("a.txt")
    assert out.getvalue().splitlines() == [
        "progress: 5 files, 1 files/s",
        "progress: 10 files, 1 files/s",
    ]
    bar.set_total(40)
    for _ in range(10):
        clock.now += 1.0
        bar.advance("a.txt")
    assert out.getvalue().splitlines()[2:] == [
        "progress: 15/40 files (38%), 1 files/s, ETA 25s",
        "progress: 20/40 files (50%), 1 files/s, ETA 20s",
    ]


def test_quiet_shows_nothing_and_counts_nothing() -> None:
    out = io.StringIO()
    bar = Progress(bar=False, lines=False, stream=out)
    bar.count_in_background(lambda: pytest.fail("counted"))  # type: ignore[arg-type,return-value]
    bar.advance("a.txt")
    assert out.getvalue() == ""


def test_cli_prints_progress_lines_on_a_pipe(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(progress, "LINE_INTERVAL", 0.0)
    inputs = tmp_path / "in"
    inputs.mkdir()
    for index in range(4):
        (inputs / f"a{index}.txt").write_bytes((ROOT / SEED).read_bytes())
    result = CliRunner().invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "o"), "-w", "1"])
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("progress:")]
    assert len(lines) == 4
    shape = re.compile(
        r"progress: (\d+)(?:/4 files \(\d+%\), \d+ files/s, ETA \d+s| files, \d+ files/s)"
    )
    assert all(shape.fullmatch(line) for line in lines), lines
    assert [shape.fullmatch(line).group(1) for line in lines] == ["1", "2", "3", "4"]  # type: ignore[union-attr]
    quiet = CliRunner().invoke(app, ["extract", str(inputs), "-o", str(tmp_path / "q"), "-q"])
    assert "progress:" not in quiet.stderr
