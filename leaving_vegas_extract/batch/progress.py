"""Progress: a bar on a terminal (rich, imported only when shown), else a line every few seconds.

The total is unknown when a batch starts (folders are walked as the work goes); a counting
thread sets it once the inputs are counted, and from then on the bar and the lines show an ETA.
The unit is the input file: a MediaWiki dump's pages advance it by the share of the dump's bytes
read up to each page (never counted twice, never parsed twice), and the pages are counted too.
"""

from __future__ import annotations

import sys
import threading
import time
from collections.abc import Callable, Iterable
from typing import IO, Any

LINE_INTERVAL = 5.0  # seconds between progress lines when stderr is not a terminal


def _duration(seconds: float) -> str:
    """``1h02m``, ``3m05s``, ``42s``.

    >>> _duration(3725), _duration(185), _duration(42.4)
    ('1h02m', '3m05s', '42s')
    """
    seconds = int(seconds + 0.5)
    if seconds >= 3600:
        return f"{seconds // 3600}h{seconds % 3600 // 60:02d}m"
    if seconds >= 60:
        return f"{seconds // 60}m{seconds % 60:02d}s"
    return f"{seconds}s"


class Progress:
    """Counts files as they finish; a bar when ``bar``, timed lines when ``lines``."""

    def __init__(
        self,
        *,
        bar: bool,
        lines: bool = False,
        stream: IO[str] | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.done = 0.0  # files: a dump's pages add their share of it
        self.pages = 0  # pages of dumps done
        self.total: int | None = None
        self._shares: dict[str, float] = {}  # each dump's share done so far
        self._lines = lines and not bar
        self._stream = stream or sys.stderr
        self._clock = clock
        self._started = self._last = clock()
        self._bar: Any = None
        self._task: Any = None
        self._counter: threading.Thread | None = None
        if bar:
            from rich.progress import (
                BarColumn,
                TaskProgressColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )
            from rich.progress import Progress as RichProgress

            self._bar = RichProgress(
                TextColumn("extracting"),
                BarColumn(),
                TaskProgressColumn(),
                TimeElapsedColumn(),
                TextColumn("ETA"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[path]}"),
                transient=True,
            )
            self._bar.start()
            self._task = self._bar.add_task("extract", total=None, path="")

    @property
    def shown(self) -> bool:
        """Whether anything is drawn or printed (a total is worth counting)."""
        return self._bar is not None or self._lines

    def count_in_background(self, inputs: Callable[[], Iterable[object]]) -> None:
        """Count ``inputs()`` on a daemon thread and set the total when done (once, if shown)."""
        if not self.shown or self._counter is not None:
            return

        def count() -> None:
            self.set_total(sum(1 for _ in inputs()))

        self._counter = threading.Thread(target=count, name="count-inputs", daemon=True)
        self._counter.start()

    def set_total(self, total: int) -> None:
        """The number of inputs, once known."""
        self.total = total
        if self._bar is not None:
            self._bar.update(self._task, total=total)

    def advance(self, path: str, share: float | None = None) -> None:
        """One more input done: a whole file, or a dump's page (``path`` ``dump#n``) that brings
        the dump to ``share`` of its bytes."""
        step = 1.0
        if share is not None:
            dump = path.rsplit("#", 1)[0]
            step = max(share - self._shares.get(dump, 0.0), 0.0)
            self._shares[dump] = max(share, self._shares.get(dump, 0.0))
            self.pages += 1
        self.done += step
        if self._bar is not None:
            self._bar.update(self._task, advance=step, path=path[-40:])
        elif self._lines and self._clock() - self._last >= LINE_INTERVAL:
            self._last = self._clock()
            print(self.line(), file=self._stream, flush=True)

    def line(self) -> str:
        """``progress: 1200/5000 files (24%), 40 files/s, ETA 1m35s``; with dumps, pages:
        ``progress: 52000 pages, 41% of 1 file, 120 pages/s, ETA 2m10s``."""
        elapsed = max(self._clock() - self._started, 1e-9)
        if self.pages:
            text = f"progress: {self.pages} pages"
            if self.total:
                text += f", {self.done / self.total:.0%} of {self.total} file(s)"
            text += f", {self.pages / elapsed:.0f} pages/s"
        else:
            done = f"{self.done:.0f}/{self.total}" if self.total else f"{self.done:.0f}"
            text = f"progress: {done} files"
            if self.total:
                text += f" ({self.done / self.total:.0%})"
            text += f", {self.done / elapsed:.0f} files/s"
        rate = self.done / elapsed
        if self.total and rate > 0 and self.done <= self.total:
            text += f", ETA {_duration((self.total - self.done) / rate)}"
        return text

    def close(self) -> None:
        """Remove the bar."""
        if self._bar is not None:
            self._bar.stop()
