"""Running jobs: in this process, or in a pool of forked workers, outcomes in input order.

What crosses the pipes is kept to the minimum, because the parent process pickles, sends,
receives and unpickles it for every article while the workers extract: a worker gets the job
(the options, format and time limit it inherited when it was forked) and sends back a plain tuple
of the outcome's values, not the job again; the parent pairs it with the job it kept. Before the
pool forks, the parent runs the first job itself, so the imports and first-call set-up that job
needs (its format's modules, the validators) are done once and inherited by every worker, not
repeated in each.
"""

from __future__ import annotations

import gc
import os
import signal
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from types import FrameType
from typing import TYPE_CHECKING

from leaving_vegas_extract.batch.config import BatchConfig
from leaving_vegas_extract.batch.jobs import Job, Outcome, run_job
from leaving_vegas_extract.batch.stop import WorkerDiedError
from leaving_vegas_extract.options import ExtractOptions

if TYPE_CHECKING:
    import multiprocessing.pool
    from multiprocessing.context import BaseContext

WINDOW = 256  # jobs in flight per worker and window: bounds memory whatever the corpus size
POLL = 1.0  # seconds between checks that every worker is alive while a result is awaited
CHUNK = 16  # jobs per message to a worker: fewer wake-ups of the parent's threads per article

Values = tuple[bytes | None, str | None, str | None, int, int, bool]
"""An :class:`Outcome` without its job, as a worker sends it back."""


class _TimeoutError(BaseException):
    """Raised by the alarm; a BaseException so no ``except Exception`` in a part swallows it."""


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _TimeoutError


def timed_job(args: tuple[Job, ExtractOptions, str, float]) -> Outcome:
    """Run one job under a per-file time limit (SIGALRM, where the platform has it)."""
    job, options, fmt, timeout = args
    # Signals reach only the main thread: Dask worker threads run without the limit.
    use_alarm = (
        timeout > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if use_alarm:
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.setitimer(signal.ITIMER_REAL, timeout)
    try:
        return run_job(job, options, fmt)
    except _TimeoutError:
        return Outcome(job, error_type="timeout", message=f"took longer than {timeout:g} s")
    finally:
        if use_alarm:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def ordered_outcomes(config: BatchConfig, jobs: Iterator[Job]) -> Iterator[Outcome]:
    """Outcomes in input order; a process pool only when there is more than one input."""
    workers = config.workers or os.cpu_count() or 1
    first = list(islice(jobs, WINDOW * workers))  # decides the pool's size: never above inputs
    settings = (config.options, config.fmt, config.timeout)
    if len(first) < 2 or workers == 1:
        # Streamed, never listed: a dump's pages are jobs, each holding its page's text.
        for job in _chain(first, jobs):
            yield timed_job((job, *settings))
        return
    import multiprocessing

    warm = timed_job((first[0], *settings))
    gc.freeze()  # what the first job loaded stays out of every collection, here and forked
    rest = _chain(first[1:], jobs)
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with _forked_pool(ctx, min(workers, len(first) - 1), settings) as pool:
        yield warm  # only now: the consumer may start threads, and the pool has forked
        # Two windows in flight: the next is queued before the current one is drained, so no
        # worker waits at a window's end for the slowest chunk (memory stays bounded).
        pending: deque[tuple[list[Job], Iterator[Values]]] = deque()
        while window := list(islice(rest, WINDOW * workers)):
            # Chunked here, not by imap's chunksize (which hides the iterator _watched waits on).
            chunks = [window[i : i + CHUNK] for i in range(0, len(window), CHUNK)]
            pending.append((window, _watched(pool, pool.imap(_work_chunk, chunks))))
            if len(pending) > 1:
                yield from _paired(*pending.popleft())
        while pending:
            yield from _paired(*pending.popleft())


def _forked_pool(
    ctx: BaseContext, size: int, settings: tuple[ExtractOptions, str, float]
) -> multiprocessing.pool.Pool:
    """A pool whose workers are killable by SIGTERM from their first instruction.

    A worker inherits the parent's Python SIGTERM handler until ``_start_worker`` resets it; a
    worker stuck before that (a lock held by another thread at the fork) would then ignore the
    pool's terminate and hang the parent's exit. So the default disposition is in place while
    the workers fork (main thread only, where handlers can be set).
    """
    if threading.current_thread() is not threading.main_thread():
        return ctx.Pool(size, _start_worker, settings)
    previous = signal.signal(signal.SIGTERM, signal.SIG_DFL)
    try:
        return ctx.Pool(size, _start_worker, settings)
    finally:
        signal.signal(signal.SIGTERM, previous)


def _watched(
    pool: multiprocessing.pool.Pool, values: multiprocessing.pool.IMapIterator[list[Values]]
) -> Iterator[Values]:
    """``values`` as they come; a worker that dies (killed, out of memory) ends the run.

    The pool starts a new worker in its place, but the jobs the dead one held are lost and
    ``imap`` would wait for them forever: a hung batch, never a report.
    """
    from multiprocessing import TimeoutError as Waiting

    seen = list(pool._pool)  # type: ignore[attr-defined]  # the pool's worker processes
    while True:
        try:
            chunk = values.next(timeout=POLL)
        except StopIteration:
            return
        except Waiting:
            seen.extend(p for p in pool._pool if p not in seen)  # type: ignore[attr-defined]
            for process in seen:
                if process.exitcode is not None:
                    raise WorkerDiedError(process.exitcode) from None
            continue
        yield from chunk


def _paired(window: list[Job], values: Iterable[Values]) -> Iterator[Outcome]:
    for job, (data, error_type, message, diagnostics, errors, skipped) in zip(
        window, values, strict=True
    ):
        yield Outcome(job, data, error_type, message, diagnostics, errors, skipped)


_settings: tuple[ExtractOptions, str, float] | None = None  # a worker's, from _start_worker


def _start_worker(options: ExtractOptions, fmt: str, timeout: float) -> None:
    """Keep the run's settings; leave Ctrl-C and SIGTERM to the parent, which stops the pool."""
    global _settings
    _settings = (options, fmt, timeout)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)


def _work(job: Job) -> Values:
    """One job in a worker: the outcome's values, without the job the parent already has."""
    assert _settings is not None, "a worker starts with _start_worker"
    o = timed_job((job, *_settings))
    return o.data, o.error_type, o.message, o.diagnostics, o.errors, o.skipped


def _work_chunk(jobs: list[Job]) -> list[Values]:
    """A chunk of jobs in a worker (one message each way for ``CHUNK`` jobs)."""
    return [_work(job) for job in jobs]


def _chain(first: list[Job], tail: Iterator[Job]) -> Iterator[Job]:
    yield from first
    yield from tail
