"""What ``extract`` was asked to do: the one options object of a batch run."""

from __future__ import annotations

from typing import NamedTuple

from leaving_vegas_extract.options import ExtractOptions


class BatchConfig(NamedTuple):
    """Everything ``extract`` was asked to do.

    A NamedTuple, not a frozen dataclass, whose generated methods cost ~4 M instructions at
    every start (a one-file run is ~900 M).
    """

    paths: list[str]
    output: str = "output"
    fmt: str = "json"
    glob: str | None = None
    exclude: str | None = None
    from_file: str | None = None
    workers: int = 0
    errors: str | None = None
    skip_existing: bool = False
    strict: bool = False
    timeout: float = 60.0
    dask: str | None = None
    quiet: bool = False
    options: ExtractOptions = ExtractOptions()  # frozen: one instance serves every config
