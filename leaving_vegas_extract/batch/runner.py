"""Runs a batch for the CLI: workers, writing, error report, progress and summary."""

from __future__ import annotations

import sys
import time
from collections.abc import Generator, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, NamedTuple

from leaving_vegas_extract.batch.config import BatchConfig
from leaving_vegas_extract.batch.database import open_database
from leaving_vegas_extract.batch.inputs import Selection
from leaving_vegas_extract.batch.jobs import STDIN, Job, Outcome
from leaving_vegas_extract.batch.plan import jobs_of, plan, warn
from leaving_vegas_extract.batch.progress import Progress
from leaving_vegas_extract.batch.report import ErrorReport, opened
from leaving_vegas_extract.batch.stop import (
    Interrupted,
    Signals,
    Stopped,
    WorkerDiedError,
    WriteError,
    catch_signals,
    fix_for,
)
from leaving_vegas_extract.batch.usage import UsageError, check_config
from leaving_vegas_extract.batch.workers import ordered_outcomes, timed_job

_GEN0 = 20_000  # allocations between young collections (CPython's default, 700, costs ~5%)

__all__ = ["BatchConfig", "UsageError", "run_batch", "timed_job"]


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


def _outcomes(config: BatchConfig, jobs: Iterator[Job]) -> Generator[Outcome, None, None]:
    """Outcomes in input order (Dask or ``ordered_outcomes``), with the collector quietened."""
    with _quiet_collector():
        if config.dask:
            from leaving_vegas_extract.batch.dask_runner import dask_outcomes

            yield from dask_outcomes(config, jobs)  # drawn as partitions go, never listed
        else:
            yield from ordered_outcomes(config, jobs)


class _Writer:
    """Writes outcomes: one JSON file each, or one JSON Lines file renamed into place at the end."""

    def __init__(self, config: BatchConfig) -> None:
        from leaving_vegas_extract.export.json_out import LineFile

        self.config = config
        self.seen: set[str] = set()
        self.stream: IO[bytes] | None = None
        self.lines: LineFile | None = None
        self.written = 0
        self.db = open_database(config.output, "extract") if config.fmt == "sqlite" else None
        if config.fmt == "jsonl":
            if config.output == "-":
                self.stream = sys.stdout.buffer
            else:
                target = Path(config.output)
                if target.is_dir():
                    target = target / "articles.jsonl"
                self.lines = opened(target, lambda: LineFile(target))
        if config.output == "-":  # JSON (one input) or JSON Lines on stdout; no folder "-"
            self.stream = sys.stdout.buffer

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

        data = outcome.data
        assert data is not None
        if self.db is not None:
            db = self.db
            opened(self.config.output, lambda: db.add_bytes(data))
        elif self.lines is not None:
            lines = self.lines
            opened(lines.target, lambda: lines.write(data))
        elif self.stream is not None:
            stream = self.stream
            opened("stdout", lambda: stream.write(data))
        elif outcome.job.out in self.seen:
            return Outcome(
                outcome.job,
                error_type="output-collision",
                message=f"another input already wrote {outcome.job.out}",
            )
        else:
            self.seen.add(outcome.job.out)
            target = Path(self.config.output) / outcome.job.out
            opened(target, lambda: write_atomic(target, data))
        self.written += 1
        return outcome

    def close(self, keep: bool) -> None:
        """Finish the JSON Lines file (renamed into place when ``keep``, else removed) or the
        database (committed when ``keep``)."""
        if self.db is not None:
            self.db.close(keep)
        if self.lines is not None:
            self.lines.close(keep)
        elif self.stream is not None:
            self.stream.flush()

    def where(self) -> str:
        """Where the written articles are, for the summary."""
        if self.lines is not None:
            return self.lines.target
        if self.db is not None:
            return self.config.output
        return "stdout" if self.stream is not None else self.config.output


def run_batch(config: BatchConfig) -> int:
    """Run ``extract``; the exit code is 1 when any input failed or a write failed, else 0.

    SIGINT and SIGTERM stop the run (exit 128 + the signal): outputs written so far stay, a JSON
    Lines file keeps its complete records, no temporary file is left, and the summary says so.
    """
    check_config(config)
    if config.fmt != "json" and config.skip_existing:
        raise UsageError("--skip-existing works with --format json only")
    selection = Selection()
    config, planned = plan(config, selection)
    counts = {"files": 0, "ok": 0, "failed": 0, "skipped": 0, "with_diagnostics": 0}
    started = time.perf_counter()
    stopped: Stopped | None = None
    completed = False
    with catch_signals() as signals:
        try:
            writer = _Writer(config)
            report = ErrorReport(config.errors)
        except WriteError as exc:
            raise UsageError(f"{exc}; {fix_for(exc)}") from None
        try:
            _run(config, planned, _Output(writer, report, signals), counts)
            completed = True
        except (Interrupted, WriteError, WorkerDiedError) as exc:
            stopped = exc
        finally:
            # Interrupted: keep the complete records; a write error (or any other exception,
            # an unreachable scheduler included): leave no partial file.
            writer.close(keep=completed or isinstance(stopped, Interrupted))
            report.close()
    elapsed = max(time.perf_counter() - started, 1e-9)
    if stopped is not None:
        print(_stopped_line(stopped, counts, writer), file=sys.stderr)
        return stopped.exit_code if isinstance(stopped, Interrupted) else 1
    warned = warn(selection, counts)
    counts["skipped"] += selection.skipped
    if not config.quiet:
        print(
            f"{counts['files']} files, {counts['ok']} ok, {counts['failed']} failed, "
            f"{counts['skipped']} skipped, {counts['with_diagnostics']} with diagnostics, "
            f"{counts['files'] / elapsed:.0f} articles/s",
            file=sys.stderr,
        )
    return 1 if counts["failed"] or warned else 0


class _Output(NamedTuple):
    """Where outcomes go; each is written whole before a signal is let through.

    A NamedTuple, not a frozen dataclass: the dataclass's generated methods cost ~4 M
    instructions at every start, a tenth of a percent of a one-file run each.
    """

    writer: _Writer
    report: ErrorReport
    signals: Signals

    def take(self, outcome: Outcome) -> Outcome:
        """Write a good outcome or report a failed one; the outcome as it ended."""
        with self.signals.deferred():
            if outcome.ok:
                outcome = self.writer.write(outcome)
            if outcome.skipped:
                self.report.add(outcome, say=False)
            elif not outcome.ok:
                self.report.add(outcome)
                if self.writer.db is not None:  # its old rows stay; the database says why
                    self.writer.db.fail(outcome.job.path, outcome.error_type, outcome.message)
        return outcome


def _run(
    config: BatchConfig, planned: Iterator[Job], output: _Output, counts: dict[str, int]
) -> None:
    terminal = sys.stderr.isatty()
    progress = Progress(bar=not config.quiet and terminal, lines=not config.quiet and not terminal)
    jobs = (job for job in planned if not _skipped(output.writer, job, counts, progress))
    # stdin is read once (as content or as a list of paths): then the total stays unknown.
    countable = STDIN not in config.paths and config.from_file != STDIN
    outcomes = _outcomes(config, jobs)
    try:
        for outcome in outcomes:
            counts["files"] += 1
            if outcome.ok and config.strict and outcome.errors:
                outcome = Outcome(
                    outcome.job,
                    error_type="strict",
                    message=f"{outcome.errors} error diagnostic(s) (--strict)",
                )
            outcome = output.take(outcome)
            if outcome.ok:
                counts["ok"] += 1
                counts["with_diagnostics"] += bool(outcome.diagnostics)
            elif outcome.skipped:  # a redirect in a dump: recorded in --errors, not a failure
                counts["skipped"] += 1
            else:
                counts["failed"] += 1
            progress.advance(outcome.job.path, outcome.job.share)
            if countable:
                # Started after the first result, so the pool has forked before the thread runs.
                progress.count_in_background(lambda: jobs_of(config, Selection(), pages=False))
    finally:
        outcomes.close()  # stops the pool now, not when the generator is collected
        progress.close()


def _stopped_line(stopped: Stopped, counts: dict[str, int], writer: _Writer) -> str:
    done = f"{writer.written} article(s) written to {writer.where()}, {counts['failed']} failed"
    if isinstance(stopped, Interrupted):
        resume = "; rerun with --skip-existing to resume" if writer.config.fmt == "json" else ""
        return f"interrupted by {stopped.name}: {done}{resume}"
    if writer.lines is not None:
        done = f"nothing written to {writer.lines.target} ({writer.written} article(s) dropped)"
    else:
        done = f"{writer.written} article(s) written to {writer.where()} before it"
    return f"stopped: {stopped}; {done}; {fix_for(stopped)}"


def _skipped(writer: _Writer, job: Job, counts: dict[str, int], progress: Progress) -> bool:
    if writer.skip(job):
        counts["skipped"] += 1
        progress.advance(job.path, job.share)
        return True
    return False
