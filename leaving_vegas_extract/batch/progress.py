"""A progress bar on a terminal (rich, imported only when shown); silent otherwise."""

from __future__ import annotations

from typing import Any


class Progress:
    """Counts files as they finish; draws only when ``enabled``."""

    def __init__(self, enabled: bool) -> None:
        self._bar: Any = None
        self._task: Any = None
        if enabled:
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                TextColumn,
                TimeElapsedColumn,
            )
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("extracting"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                TextColumn("{task.fields[path]}"),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("extract", total=None, path="")

    def advance(self, path: str) -> None:
        """One more file done."""
        if self._bar is not None:
            self._bar.update(self._task, advance=1, path=path[-40:])

    def close(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.stop()
