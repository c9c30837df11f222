"""Scale-out on Dask (the ``dask`` extra): the same extraction over a bag of paths.

A failing file is an error record, never a failed partition: ``run_job`` turns every failure into
an :class:`Outcome`. Partitions keep input order, so their JSON Lines concatenated in order equal
the single-process output byte for byte.

Jobs are drawn as the work goes, never listed first: a dump's pages are jobs holding their text,
so at most ``IN_FLIGHT`` partitions of ``partition_size`` pages are held (submitted or waiting)
at once, whatever the dump's size.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leaving_vegas_extract.batch.jobs import Job, Outcome, discover, expand_dumps
from leaving_vegas_extract.options import ExtractOptions

if TYPE_CHECKING:
    from leaving_vegas_extract.batch.config import BatchConfig

DEFAULT_PARTITION_SIZE = 64
IN_FLIGHT = 8  # partitions submitted ahead of the one being collected: bounds memory


def _run_partition(
    jobs: Sequence[Job], options: ExtractOptions, fmt: str, timeout: float
) -> list[Outcome]:
    from leaving_vegas_extract.batch.runner import timed_job

    return [timed_job((job, options, fmt, timeout)) for job in jobs]


def _partitions(jobs: Iterable[Job], size: int) -> Iterator[list[Job]]:
    """Consecutive batches of ``size`` jobs, drawn lazily."""
    batch: list[Job] = []
    for job in jobs:
        batch.append(job)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _windowed(futures: Iterable[Any], ahead: int) -> Iterator[Any]:
    """Each future's result in order, keeping at most ``ahead`` submitted and not collected."""
    pending: deque[Any] = deque()
    for future in futures:
        pending.append(future)
        if len(pending) >= ahead:
            done = pending.popleft()
            yield done.result()
            done.release()
    while pending:
        done = pending.popleft()
        yield done.result()
        done.release()


def _module(name: str) -> Any:
    # dask and distributed are only partly typed; they are used through Any here.
    import importlib

    return importlib.import_module(name)


CONNECT_TIMEOUT = 5.0  # seconds to reach the scheduler: a wrong address fails fast


def _client(address: str) -> Any:
    """A client of the scheduler at ``address``; one that cannot be reached is a usage error."""
    from leaving_vegas_extract.batch.usage import UsageError

    try:
        return _module("distributed").Client(address, set_as_default=False, timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError, ValueError) as exc:
        reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
        raise UsageError(
            f"--dask {address}: cannot reach the scheduler ({reason}); start it "
            "(dask scheduler) or fix the address"
        ) from None


def dask_outcomes(config: BatchConfig, jobs: Iterable[Job]) -> Iterator[Outcome]:
    """Outcomes in input order, computed partition by partition on the scheduler at ``--dask``;
    jobs are drawn (a dump read) only as partitions are submitted."""
    assert config.dask is not None
    client = _client(config.dask)
    try:
        futures = (
            client.submit(
                _run_partition, part, config.options, config.fmt, config.timeout, pure=False
            )
            for part in _partitions(jobs, DEFAULT_PARTITION_SIZE)
        )
        for outcomes in _windowed(futures, IN_FLIGHT):
            yield from outcomes
    finally:
        client.close()


@dataclass(frozen=True, slots=True)
class PartitionReport:
    """What :func:`extract_partitions` wrote."""

    partitions: list[str]
    errors: str
    ok: int
    failed: int


def _write_partition(
    index: int, jobs: list[Job], out_dir: str, options: ExtractOptions, timeout: float
) -> tuple[int, int, list[dict[str, str | None]]]:
    from leaving_vegas_extract.export.json_out import write_atomic

    outcomes = _run_partition(jobs, options, "jsonl", timeout)
    data = b"".join(o.data for o in outcomes if o.data is not None)
    write_atomic(Path(out_dir) / f"part-{index:05d}.jsonl", data)
    errors = [
        {"path": o.job.path, "error_type": o.error_type, "message": o.message}
        for o in outcomes
        if not o.ok
    ]
    return sum(o.ok for o in outcomes), len(errors), errors


def extract_partitions(
    paths: Sequence[str],
    out_dir: str,
    *,
    scheduler: str | None = None,
    options: ExtractOptions | None = None,
    pattern: str | None = None,
    partition_size: int = DEFAULT_PARTITION_SIZE,
    timeout: float = 60.0,
) -> PartitionReport:
    """Extract files and folders on Dask into ``part-NNNNN.jsonl`` files and ``errors.jsonl``;
    a MediaWiki dump gives one line per page, its pages spread over partitions.

    ``scheduler`` is a Dask scheduler address (``tcp://host:8786``); None uses the local
    threaded scheduler. Workers must see the input paths and ``out_dir`` (a shared file system).
    Partitions are submitted as the inputs are read, at most ``IN_FLIGHT`` ahead.
    """
    from leaving_vegas_extract.export.json_out import write_atomic

    options = options or ExtractOptions()
    parts = enumerate(_partitions(expand_dumps(discover(paths, pattern), options), partition_size))
    results: list[tuple[int, int, list[dict[str, str | None]]]] = []
    if scheduler:
        client = _client(scheduler)
        try:
            futures = (
                client.submit(_write_partition, i, part, out_dir, options, timeout, pure=False)
                for i, part in parts
            )
            results.extend(_windowed(futures, IN_FLIGHT))
        finally:
            client.close()
    else:
        results.extend(_threaded(parts, out_dir, options, timeout))
    errors = [json.dumps(e, ensure_ascii=False) + "\n" for _, _, errs in results for e in errs]
    error_path = Path(out_dir) / "errors.jsonl"
    write_atomic(error_path, "".join(errors).encode("utf-8"))
    return PartitionReport(
        partitions=[str(Path(out_dir) / f"part-{i:05d}.jsonl") for i in range(len(results))],
        errors=str(error_path),
        ok=sum(ok for ok, _, _ in results),
        failed=sum(failed for _, failed, _ in results),
    )


def _threaded(
    parts: Iterator[tuple[int, list[Job]]], out_dir: str, options: ExtractOptions, timeout: float
) -> Iterator[tuple[int, int, list[dict[str, str | None]]]]:
    """Partitions on Dask's local threaded scheduler, ``IN_FLIGHT`` at a time."""
    dask = _module("dask")
    write = dask.delayed(_write_partition, pure=False, traverse=False)  # jobs are opaque data
    while group := list(islice(parts, IN_FLIGHT)):
        tasks = [write(i, part, out_dir, options, timeout) for i, part in group]
        yield from dask.compute(*tasks, scheduler="threads")
