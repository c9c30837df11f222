"""The worker pool's start: what a freshly forked worker inherits."""

from __future__ import annotations

import os
import signal
from pathlib import Path
from types import FrameType
from typing import Any

import pytest
from typer.testing import CliRunner

from leaving_vegas_extract.batch import workers
from leaving_vegas_extract.cli import app
from leaving_vegas_extract.options import ExtractOptions

from ..conftest import ROOT, SEED


class _RecordingContext:
    """Stands in for a multiprocessing context: records SIGTERM's disposition at the fork."""

    def __init__(self) -> None:
        self.at_fork: Any = None

    def Pool(self, *args: object) -> str:  # noqa: N802 - the multiprocessing name
        self.at_fork = signal.getsignal(signal.SIGTERM)
        return "pool"


def _handler(signum: int, frame: FrameType | None) -> None:
    """A parent's own SIGTERM handler (as the batch's stop handling installs)."""


def test_workers_fork_with_the_default_sigterm_and_the_parent_keeps_its_handler() -> None:
    previous = signal.signal(signal.SIGTERM, _handler)
    try:
        ctx = _RecordingContext()
        settings = (ExtractOptions(), "json", 0.0)
        assert workers._forked_pool(ctx, 2, settings) == "pool"  # type: ignore[arg-type, comparison-overlap]
        # A worker stuck before its initializer still dies on the pool's terminate.
        assert ctx.at_fork is signal.SIG_DFL
        assert signal.getsignal(signal.SIGTERM) is _handler
    finally:
        signal.signal(signal.SIGTERM, previous)


@pytest.mark.timeout(120)
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_a_worker_killed_mid_run_ends_the_run_with_a_report(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fmt: str
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    seed = (ROOT / SEED).read_bytes()
    for index in range(8):
        (folder / f"a{index}.txt").write_bytes(seed)
    parent = os.getpid()
    real = workers.timed_job

    def killed_on_a5(args: tuple[Any, ...]) -> Any:
        if os.getpid() != parent and args[0].path.endswith("a5.txt"):
            os.kill(os.getpid(), signal.SIGKILL)  # as the out-of-memory killer would
        return real(args)  # type: ignore[arg-type]

    monkeypatch.setattr(workers, "timed_job", killed_on_a5)
    out = tmp_path / ("out" if fmt == "json" else "all.jsonl")
    result = CliRunner().invoke(
        app, ["extract", str(folder), "-o", str(out), "--format", fmt, "--workers", "2"]
    )
    # Before: the pool replaced the worker and the run waited forever for the lost jobs.
    assert result.exit_code == 1, result.output
    assert "a worker process died (killed by SIGKILL)" in result.output
    assert "fewer --workers" in result.output
    assert "Traceback" not in result.output
    if fmt == "jsonl":
        assert not out.exists()  # no partial JSON Lines file
