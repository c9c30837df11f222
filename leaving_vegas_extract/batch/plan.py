"""The inputs of a batch run: paths given, paths listed in ``--from-file``, stdin's content, and
a dump's pages; folders that could not be read and runs that matched nothing are warned about."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

from leaving_vegas_extract.batch.config import BatchConfig
from leaving_vegas_extract.batch.inputs import Selection
from leaving_vegas_extract.batch.jobs import STDIN, Job, discover, expand_dumps
from leaving_vegas_extract.batch.usage import UsageError
from leaving_vegas_extract.source.files import shown_path


def plan(config: BatchConfig, selection: Selection) -> tuple[BatchConfig, Iterator[Job]]:
    """The jobs, and the config to run them with: ``-o -`` in json writes one document for
    one input and JSON Lines for several, so its inputs are counted first."""
    if config.paths.count(STDIN) + (config.from_file == STDIN) > 1:
        raise UsageError("standard input (-) can be read once: as content or by --from-file")
    jobs = jobs_of(config, selection)
    if config.output != "-" or config.fmt != "json":
        return config, jobs
    listed = list(jobs)
    return (config._replace(fmt="jsonl") if len(listed) > 1 else config), iter(listed)


def jobs_of(config: BatchConfig, selection: Selection, pages: bool = True) -> Iterator[Job]:
    """The inputs: paths given, then those listed in ``--from-file``; ``-`` is stdin's content
    (read here, in the main process: pool workers have no stdin)."""
    from leaving_vegas_extract.source.files import read_stream

    paths: Iterable[str] = config.paths
    if config.from_file is not None:
        paths = [*paths, *_listed(config.from_file)]
    avoid = [p for p in (config.output, config.errors) if p and p != "-"]
    found = discover(paths, config.glob, exclude=config.exclude, avoid=avoid, selection=selection)
    # A dump's pages become jobs (streamed, each holding its page's text); the progress counter
    # counts files only, so it never parses a dump a second time.
    jobs = expand_dumps(found, config.options) if pages else found
    for job in jobs:
        if job.path == STDIN and job.file is None:
            job = job._replace(data=read_stream(sys.stdin.buffer, config.options.max_bytes))
        yield job


def _listed(source: str) -> Iterator[str]:
    """Paths listed one a line in a file, or on stdin for ``-``."""
    try:
        if source == STDIN:
            data = sys.stdin.buffer.read()
        else:
            with open(source, "rb") as handle:
                data = handle.read()
    except OSError as exc:
        shown = shown_path(source)
        raise UsageError(f"--from-file {shown}: {exc.strerror or exc}") from None
    lines = (os.fsdecode(line.strip()) for line in data.splitlines())  # names need not be UTF-8
    return (line for line in lines if line)


def warn(selection: Selection, counts: dict[str, int]) -> bool:
    """Warn about folders that could not be read and about a run that matched nothing."""
    for folder in selection.unreadable:
        print(f"warning: cannot read folder {folder}; the rest was read", file=sys.stderr)
    nothing = not counts["files"] and not counts["skipped"]
    if nothing:
        hint = f" ({selection.skipped} file(s) left out by suffix; choose them with --glob)"
        print(
            "warning: no input files matched" + (hint if selection.skipped else ""),
            file=sys.stderr,
        )
    return nothing or bool(selection.unreadable)
