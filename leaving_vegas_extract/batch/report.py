"""The ``--errors`` report of a batch, and turning a failed write into a :class:`WriteError`."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from leaving_vegas_extract.batch.jobs import Outcome
from leaving_vegas_extract.batch.stop import WriteError

_T = TypeVar("_T")


def opened(path: str | Path, action: Callable[[], _T]) -> _T:
    """Run a write; an OSError becomes a :class:`WriteError` naming the output."""
    try:
        return action()
    except OSError as exc:
        raise WriteError(str(path), exc) from None


class ErrorReport:
    """The ``--errors`` file: one JSON line per failed input, whole lines only."""

    def __init__(self, path: str | None) -> None:
        from leaving_vegas_extract.export.json_out import LineFile

        self.path = path
        self.file = opened(path, lambda: LineFile(path, atomic=False)) if path else None

    def add(self, outcome: Outcome, *, say: bool = True) -> None:
        """Say on stderr why an input failed (unless not ``say``), and record it."""
        if say:
            print(f"{outcome.job.path}: {outcome.message}", file=sys.stderr)
        file = self.file
        if file is not None:
            record = {
                "path": outcome.job.path,
                "error_type": outcome.error_type,
                "message": outcome.message,
            }
            line = (json.dumps(record, ensure_ascii=False) + "\n").encode("utf-8")
            opened(file.target, lambda: file.write(line))

    def close(self) -> None:
        """Close the file (every line in it is whole)."""
        if self.file is not None:
            self.file.close()
