"""Scale-out on Dask (the ``dask`` extra): the same extraction over a bag of paths.

A failing file is an error record, never a failed partition: ``run_job`` turns every failure into
an :class:`Outcome`. Partitions keep input order, so their JSON Lines concatenated in order equal
the single-process output byte for byte.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from leaving_vegas_extract.batch.jobs import Job, Outcome, discover
from leaving_vegas_extract.options import ExtractOptions

if TYPE_CHECKING:
    from leaving_vegas_extract.batch.config import BatchConfig

DEFAULT_PARTITION_SIZE = 64


def _run_partition(
    jobs: Sequence[Job], options: ExtractOptions, fmt: str, timeout: float
) -> list[Outcome]:
    from leaving_vegas_extract.batch.runner import timed_job

    return [timed_job((job, options, fmt, timeout)) for job in jobs]


def _partitions(jobs: Sequence[Job], size: int) -> list[list[Job]]:
    return [list(jobs[i : i + size]) for i in range(0, len(jobs), size)]


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


def dask_outcomes(config: BatchConfig, jobs: Sequence[Job]) -> Iterator[Outcome]:
    """Outcomes in input order, computed partition by partition on the scheduler at ``--dask``."""
    assert config.dask is not None
    client = _client(config.dask)
    try:
        futures = [
            client.submit(
                _run_partition, part, config.options, config.fmt, config.timeout, pure=False
            )
            for part in _partitions(jobs, DEFAULT_PARTITION_SIZE)
        ]
        for future in futures:
            yield from future.result()
            future.release()
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
    """Extract files and folders on Dask into ``part-NNNNN.jsonl`` files and ``errors.jsonl``.

    ``scheduler`` is a Dask scheduler address (``tcp://host:8786``); None uses the local
    threaded scheduler. Workers must see the input paths and ``out_dir`` (a shared file system).
    """
    from leaving_vegas_extract.export.json_out import write_atomic

    dask, db = _module("dask"), _module("dask.bag")
    options = options or ExtractOptions()
    jobs = list(discover(paths, pattern))
    parts = _partitions(jobs, partition_size)
    bag = db.from_sequence(list(enumerate(parts)), npartitions=max(1, len(parts)))
    tasks = bag.map(lambda item: _write_partition(item[0], item[1], out_dir, options, timeout))
    if scheduler:
        client = _client(scheduler)
        try:
            results = client.compute(tasks).result()
        finally:
            client.close()
    else:
        results = dask.compute(tasks, scheduler="threads")[0]
    errors = [json.dumps(e, ensure_ascii=False) + "\n" for _, _, errs in results for e in errs]
    error_path = Path(out_dir) / "errors.jsonl"
    write_atomic(error_path, "".join(errors).encode("utf-8"))
    return PartitionReport(
        partitions=[str(Path(out_dir) / f"part-{i:05d}.jsonl") for i in range(len(parts))],
        errors=str(error_path),
        ok=sum(ok for ok, _, _ in results),
        failed=sum(failed for _, failed, _ in results),
    )
