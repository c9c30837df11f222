"""The batch runner's garbage-collector settings: on while a batch runs, restored after."""

from __future__ import annotations

import gc
from pathlib import Path

from leaving_vegas_extract.batch import runner
from leaving_vegas_extract.batch.jobs import Job
from leaving_vegas_extract.options import ExtractOptions


def test_quiet_collector_freezes_and_restores() -> None:
    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    with runner._quiet_collector():
        assert gc.get_threshold() == (runner._GEN0, *before[1:])
        assert gc.get_freeze_count() > frozen
    assert gc.get_threshold() == before
    assert gc.get_freeze_count() == 0


def test_outcomes_run_under_the_quiet_collector(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Heat\n\nHeat is a film.\n", encoding="utf-8")
    config = runner.BatchConfig(paths=[str(path)], options=ExtractOptions())
    seen: list[int] = []
    for outcome in runner._outcomes(config, iter([Job(str(path), "a.json")])):
        seen.append(gc.get_threshold()[0])
        assert outcome.ok
    assert seen == [runner._GEN0]
    assert gc.get_threshold()[0] != runner._GEN0
