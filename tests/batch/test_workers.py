"""The worker pool's start: what a freshly forked worker inherits."""

from __future__ import annotations

import signal
from types import FrameType
from typing import Any

from leaving_vegas_extract.batch import workers
from leaving_vegas_extract.options import ExtractOptions


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
