"""What ``extract`` was asked to do: the one options object of a batch run."""

from __future__ import annotations

from dataclasses import dataclass, field

from leaving_vegas_extract.options import ExtractOptions


@dataclass(frozen=True, slots=True)
class BatchConfig:
    """Everything ``extract`` was asked to do."""

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
    options: ExtractOptions = field(default_factory=ExtractOptions)
