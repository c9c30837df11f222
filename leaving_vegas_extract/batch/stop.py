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


class WorkerDiedError(Exception):
    """A worker process ended mid-run (killed, or out of memory): the jobs it held are lost."""

    def __init__(self, exitcode: int) -> None:
        how = f"killed by {_signal_name(-exitcode)}" if exitcode < 0 else f"exit code {exitcode}"
        super().__init__(f"a worker process died ({how})")
        self.exitcode = exitcode


def _signal_name(number: int) -> str:
    try:
        return signal.Signals(number).name
    except ValueError:
        return f"signal {number}"


Stopped = Interrupted | WriteError | WorkerDiedError


class Signals:
    """SIGINT and SIGTERM as :class:`Interrupted`, held back while an output is being written.

    A signal raised between ``os.open`` and the ``try`` that removes a temporary file would leave
    the file behind; inside :meth:`deferred` the signal is noted and raised when the block ends.
    """

    def __init__(self) -> None:
        self._depth = 0
        self._pending: int | None = None

    def handle(self, signum: int, frame: FrameType | None) -> None:
        """The signal handler."""
        if self._depth:
            self._pending = signum
        else:
            raise Interrupted(signum)

    @contextlib.contextmanager
    def deferred(self) -> Iterator[None]:
        """Run the block whole; a signal that came meanwhile is raised after it."""
        self._depth += 1
        try:
            yield
        finally:
            self._depth -= 1
            if not self._depth and self._pending is not None:
                signum, self._pending = self._pending, None
                raise Interrupted(signum)


@contextlib.contextmanager
def catch_signals() -> Iterator[Signals]:
    """Turn SIGINT and SIGTERM into :class:`Interrupted` while the block runs (main thread)."""
    signals = Signals()
    if threading.current_thread() is not threading.main_thread():
        yield signals
        return
    previous = {sig: signal.signal(sig, signals.handle) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield signals
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def fix_for(error: WriteError | WorkerDiedError) -> str:
    """What the user can do about a write error or a lost worker."""
    if isinstance(error, WorkerDiedError):
        return "check memory (dmesg names the out-of-memory killer) or rerun with fewer --workers"
    reason = error.reason.casefold()
    if "space" in reason or "quota" in reason:
        return "free some space or write elsewhere with -o"
    if "permission" in reason or "read-only" in reason:
        return "make the folder writable or write elsewhere with -o"
    return "check the output path or write elsewhere with -o"
