"""Runs a batch for the CLI: workers, writing, error report, progress and summary."""

from __future__ import annotations

import json
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path
from types import FrameType
from typing import IO

from leaving_vegas_extract.batch.jobs import Job, Outcome, discover, run_job
from leaving_vegas_extract.options import ExtractOptions

_WINDOW = 256  # jobs in flight per window: bounds memory whatever the corpus size
_GEN0 = 20_000  # allocations between young collections (CPython's default, 700, costs ~5%)


class UsageError(Exception):
    """A mistake in the command line the user can fix."""


@dataclass(frozen=True, slots=True)
class BatchConfig:
    """Everything ``extract`` was asked to do."""

    paths: list[str]
    output: str = "output"
    fmt: str = "json"
    glob: str = "*"
    workers: int = 0
    errors: str | None = None
    skip_existing: bool = False
    strict: bool = False
    timeout: float = 60.0
    dask: str | None = None
    quiet: bool = False
    options: ExtractOptions = field(default_factory=ExtractOptions)


class _TimeoutError(Exception):
    pass


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


def _jobs(config: BatchConfig) -> Iterator[Job]:
    paths: Iterable[str] = config.paths
    if list(config.paths) == ["-"]:
        paths = (line.strip() for line in sys.stdin if line.strip())
    return discover(paths, config.glob)


@contextmanager
def _quiet_collector() -> Iterator[None]:
    """Fewer garbage collections while a batch runs; the previous settings back afterwards.

    An article is a tree of small objects freed by reference counting, so the cyclic collector
    mostly re-scans the same long-lived objects: ``gc.freeze`` sets the imported modules aside
    (pool workers fork after it, and so also keep those pages shared) and a larger young
    generation makes collections rarer.
    """
    import gc

    # Load the modules every job needs first, so that the freeze covers them.
    import leaving_vegas_extract.api
    import leaving_vegas_extract.export.json_out  # noqa: F401

    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(_GEN0, *threshold[1:])
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def _outcomes(config: BatchConfig, jobs: Iterator[Job]) -> Iterator[Outcome]:
    """Outcomes in input order, with the collector quietened (``_quiet_collector``)."""
    with _quiet_collector():
        yield from _run(config, jobs)


def _run(config: BatchConfig, jobs: Iterator[Job]) -> Iterator[Outcome]:
    """Outcomes in input order; a process pool only when there is more than one input."""
    first = list(islice(jobs, 2))
    workers = config.workers or os.cpu_count() or 1
    tail: Iterator[Job] = iter(jobs)
    if config.dask:
        from leaving_vegas_extract.batch.dask_runner import dask_outcomes

        yield from dask_outcomes(config, [*first, *tail])
        return
    if len(first) < 2 or workers == 1:
        for job in [*first, *tail]:
            yield timed_job((job, config.options, config.fmt, config.timeout))
        return
    import multiprocessing

    all_jobs = _chain(first, tail)
    ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with ctx.Pool(workers) as pool:
        # Two windows in flight: the next is queued before the current one is drained, so no
        # worker waits at a window's end for the slowest chunk (memory stays bounded).
        pending: deque[Iterator[Outcome]] = deque()
        while window := list(islice(all_jobs, _WINDOW * workers)):
            args = [(job, config.options, config.fmt, config.timeout) for job in window]
            pending.append(pool.imap(timed_job, args, chunksize=8))
            if len(pending) > 1:
                yield from pending.popleft()
        while pending:
            yield from pending.popleft()


def _chain(first: list[Job], tail: Iterator[Job]) -> Iterator[Job]:
    yield from first
    yield from tail


class _Writer:
    """Writes outcomes: one JSON file each, or one JSON Lines file renamed into place at the end."""

    def __init__(self, config: BatchConfig) -> None:
        self.config = config
        self.seen: set[str] = set()
        self.stream: IO[bytes] | None = None
        self.tmp: Path | None = None
        self.target: Path | None = None
        if config.fmt == "jsonl":
            if config.output == "-":
                self.stream = sys.stdout.buffer
            else:
                target = Path(config.output)
                if target.is_dir():
                    target = target / "articles.jsonl"
                target.parent.mkdir(parents=True, exist_ok=True)
                self.target = target
                self.tmp = target.with_name(f".tmp-{target.name}.{os.getpid()}.part")
                self.stream = self.tmp.open("wb")

    def skip(self, job: Job) -> bool:
        """With --skip-existing, whether this job's output is already there."""
        return (
            self.config.skip_existing
            and self.config.fmt == "json"
            and (Path(self.config.output) / job.out).exists()
        )

    def write(self, outcome: Outcome) -> Outcome:
        """Write a good outcome; a clash of output names turns it into an error record."""
        from leaving_vegas_extract.export.json_out import write_atomic

        assert outcome.data is not None
        if self.stream is not None:
            self.stream.write(outcome.data)
            return outcome
        if outcome.job.out in self.seen:
            return Outcome(
                outcome.job,
                error_type="output-collision",
                message=f"another input already wrote {outcome.job.out}",
            )
        self.seen.add(outcome.job.out)
        write_atomic(Path(self.config.output) / outcome.job.out, outcome.data)
        return outcome

    def close(self, complete: bool) -> None:
        """Finish the JSON Lines file: renamed into place only when the run completed."""
        if self.tmp is not None and self.stream is not None:
            self.stream.close()
            if complete and self.target is not None:
                os.replace(self.tmp, self.target)
            else:
                self.tmp.unlink(missing_ok=True)
        elif self.stream is not None:
            self.stream.flush()


def run_batch(config: BatchConfig) -> int:
    """Run ``extract``; the exit code is 1 when any input failed, else 0."""
    from leaving_vegas_extract.batch.progress import Progress

    if config.fmt == "jsonl" and config.skip_existing:
        raise UsageError("--skip-existing works with --format json only")
    writer = _Writer(config)
    report = open(config.errors, "w", encoding="utf-8") if config.errors else None  # noqa: SIM115
    counts = {"files": 0, "ok": 0, "failed": 0, "skipped": 0, "with_diagnostics": 0}
    started = time.perf_counter()
    complete = False
    progress = Progress(enabled=not config.quiet and sys.stderr.isatty())
    try:
        jobs = (job for job in _jobs(config) if not _skipped(writer, job, counts))
        for outcome in _outcomes(config, jobs):
            counts["files"] += 1
            if outcome.ok and config.strict and outcome.errors:
                outcome = Outcome(
                    outcome.job,
                    error_type="strict",
                    message=f"{outcome.errors} error diagnostic(s) (--strict)",
                )
            if outcome.ok:
                outcome = writer.write(outcome)
            if outcome.ok:
                counts["ok"] += 1
                counts["with_diagnostics"] += bool(outcome.diagnostics)
            else:
                counts["failed"] += 1
                _report(outcome, report)
            progress.advance(outcome.job.path)
        complete = True
    finally:
        writer.close(complete)
        progress.close()
        if report is not None:
            report.close()
    if not config.quiet:
        elapsed = max(time.perf_counter() - started, 1e-9)
        print(
            f"{counts['files']} files, {counts['ok']} ok, {counts['failed']} failed, "
            f"{counts['skipped']} skipped, {counts['with_diagnostics']} with diagnostics, "
            f"{counts['files'] / elapsed:.0f} articles/s",
            file=sys.stderr,
        )
    return 1 if counts["failed"] else 0


def _skipped(writer: _Writer, job: Job, counts: dict[str, int]) -> bool:
    if writer.skip(job):
        counts["skipped"] += 1
        return True
    return False


def _report(outcome: Outcome, report: IO[str] | None) -> None:
    print(f"{outcome.job.path}: {outcome.message}", file=sys.stderr)
    if report is not None:
        record = {
            "path": outcome.job.path,
            "error_type": outcome.error_type,
            "message": outcome.message,
        }
        report.write(json.dumps(record, ensure_ascii=False) + "\n")
