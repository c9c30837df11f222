"""Command-line mistakes a user can fix, found before any input is read (exit 2, one line each)."""

from __future__ import annotations

import codecs
import os
from typing import TYPE_CHECKING

from leaving_vegas_extract.source.lazy import LazyPattern

if TYPE_CHECKING:
    from leaving_vegas_extract.batch.config import BatchConfig

# ``tcp://host:8786``, ``host:8786``, ``tls://[::1]:8786``: a scheduler is always reached on a
# port, so an address without one is a typo (distributed would retry it for its whole timeout).
_DASK_ADDRESS = LazyPattern(
    r"^(?:[a-z][a-z0-9+.-]*://)?(?:\[[0-9a-fA-F:.]+\]|[^\s:/\[\]]+):\d{1,5}$"
)


class UsageError(Exception):
    """A mistake in the command line the user can fix."""


def file_under_file(path: str) -> str | None:
    """The first existing ancestor of ``path`` that is a file (``afile`` for ``afile/x.jsonl``)."""
    folder = os.path.dirname(os.path.abspath(path))
    while folder and not os.path.exists(folder):
        parent = os.path.dirname(folder)
        if parent == folder:
            return None
        folder = parent
    return folder if os.path.exists(folder) and not os.path.isdir(folder) else None


def check_output_file(path: str, option: str) -> None:
    """A file to be written: not a folder, not under a file."""
    if os.path.isdir(path):
        raise UsageError(f"{option} {path}: is a folder; give a file name")
    blocker = file_under_file(path)
    if blocker is not None:
        raise UsageError(f"{option} {path}: {blocker} is a file, not a folder; choose another path")


def check_output_folder(path: str, option: str, hint: str = "give a folder") -> None:
    """A folder to write into (made when missing): not a file, not under a file."""
    if os.path.exists(path) and not os.path.isdir(path):
        raise UsageError(f"{option} {path}: is a file; {hint}")
    blocker = file_under_file(os.path.join(path, "x"))
    if blocker is not None:
        raise UsageError(f"{option} {path}: {blocker} is a file, not a folder; choose another path")


def check_encoding(encoding: str | None) -> None:
    """An encoding Python knows (``--encoding``)."""
    if encoding is None:
        return
    try:
        codecs.lookup(encoding)
    except LookupError:
        raise UsageError(
            f"--encoding {encoding}: unknown encoding; use a Python codec name such as "
            "utf-8, cp1252 or latin-1"
        ) from None


def check_dask_address(address: str | None) -> None:
    """A scheduler address with a port (``tcp://host:8786``)."""
    if address is not None and not _DASK_ADDRESS.get().match(address):
        raise UsageError(
            f"--dask {address}: not a scheduler address; give one like tcp://host:8786"
        )


def check_numbers(config: BatchConfig) -> None:
    """The numeric options in their ranges."""
    if config.workers < 0:
        raise UsageError(f"--workers {config.workers}: must be 0 (all cores) or more")
    if config.timeout < 0:
        raise UsageError(f"--timeout {config.timeout:g}: must be 0 (no limit) or more seconds")
    if config.options.max_bytes < 1:
        raise UsageError(f"--max-bytes {config.options.max_bytes}: must be at least 1")


def check_config(config: BatchConfig) -> None:
    """Every usage check of ``extract``; raises :class:`UsageError` on the first mistake."""
    check_numbers(config)
    check_encoding(config.options.encoding)
    check_dask_address(config.dask)
    if config.errors is not None and config.errors != "-":
        check_output_file(config.errors, "--errors")
        folder = os.path.dirname(os.path.abspath(config.errors))
        if not os.path.isdir(folder):
            raise UsageError(
                f"--errors {config.errors}: folder {folder} does not exist; create it first"
            )
    if config.output == "-":
        return
    if config.fmt == "jsonl":
        if not os.path.isdir(config.output):  # a folder gets articles.jsonl inside
            check_output_file(config.output, "-o")
    elif config.fmt == "sqlite":
        if not os.path.isdir(config.output):  # a folder gets articles.db inside
            check_output_file(config.output, "-o")
    else:
        check_output_folder(
            config.output, "-o", "give a folder (or --format jsonl to write one file)"
        )
