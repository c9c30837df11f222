"""How a batch ends early: a signal (SIGINT, SIGTERM) or an output it cannot write."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from types import FrameType


class Interrupted(BaseException):
    """SIGINT or SIGTERM reached the batch: stop, keep what is complete, report."""

    def __init__(self, signum: int) -> None:
        super().__init__(signum)
        self.signum = signum

    @property
    def name(self) -> str:
        """``SIGINT`` or ``SIGTERM``."""
        return signal.Signals(self.signum).name

    @property
    def exit_code(self) -> int:
        """128 + the signal number, as a shell reports a process the signal ended."""
        return 128 + self.signum


class WriteError(Exception):
    """An output could not be written (permissions, a read-only or full disk)."""

    def __init__(self, path: str, error: OSError) -> None:
        reason = error.strerror or str(error)
        super().__init__(f"cannot write {path}: {reason}")
        self.path = path
        self.reason = reason


Stopped = Interrupted | WriteError


def _raise(signum: int, frame: FrameType | None) -> None:
    raise Interrupted(signum)


@contextlib.contextmanager
def catch_signals() -> Iterator[None]:
    """Turn SIGINT and SIGTERM into :class:`Interrupted` while the block runs (main thread)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {sig: signal.signal(sig, _raise) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def fix_for(error: WriteError) -> str:
    """What the user can do about a write error."""
    reason = error.reason.casefold()
    if "space" in reason or "quota" in reason:
        return "free some space or write elsewhere with -o"
    if "permission" in reason or "read-only" in reason:
        return "make the folder writable or write elsewhere with -o"
    return "check the output path or write elsewhere with -o"
