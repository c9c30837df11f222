"""Progress lines when stderr is not a terminal: a total and an ETA once the inputs are counted."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Iterable
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


def test_a_dumps_pages_advance_by_their_share_of_its_bytes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(progress, "LINE_INTERVAL", 0.0)
    clock, out = Clock(), io.StringIO()
    bar = Progress(bar=False, lines=True, stream=out, clock=clock)
    bar.set_total(2)
    for number, share in enumerate([0.1, 0.25, 0.25, 0.5], 1):  # two pages in one read
        clock.now += 1.0
        bar.advance(f"d.xml#{number}", share)
    assert (bar.pages, bar.done) == (4, pytest.approx(0.5))
    clock.now += 1.0
    bar.advance("b.txt")  # a file after the dump: one whole file
    assert bar.done == pytest.approx(1.5)
    assert out.getvalue().splitlines() == [
        "progress: 1 pages, 5% of 2 file(s), 1 pages/s, ETA 19s",
        "progress: 2 pages, 12% of 2 file(s), 1 pages/s, ETA 14s",
        "progress: 3 pages, 12% of 2 file(s), 1 pages/s, ETA 21s",
        "progress: 4 pages, 25% of 2 file(s), 1 pages/s, ETA 12s",
        "progress: 4 pages, 75% of 2 file(s), 1 pages/s, ETA 2s",
    ]


def test_cli_counts_a_dumps_pages(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(progress, "LINE_INTERVAL", 0.0)
    counting = Progress.count_in_background

    def counted_first(self: Progress, inputs: Callable[[], Iterable[object]]) -> None:
        # The total is counted on a thread beside the work: on a fast run all four pages can be
        # done before it is set. Waiting for it makes the last line's share certain.
        counting(self, inputs)
        if self._counter is not None:
            self._counter.join()

    monkeypatch.setattr(Progress, "count_in_background", counted_first)
    dump = ROOT / "tests" / "fixtures" / "wikitext" / "films_export.xml"
    result = CliRunner().invoke(
        app, ["extract", str(dump), "--format", "jsonl", "-o", str(tmp_path / "o.jsonl"), "-w", "1"]
    )
    assert result.exit_code == 0, result.output
    lines = [line for line in result.stderr.splitlines() if line.startswith("progress:")]
    assert [line.split(",")[0] for line in lines] == [f"progress: {n} pages" for n in (1, 2, 3, 4)]
    assert "of 1 file(s)" in lines[-1]
