"""The ``extract`` command's run, and its plain command lines read without typer.

typer parses ``extract`` in ``commands.extract``; ``main`` first offers the command line to
:func:`plain_arguments`, which reads only what it is sure to read as typer would: ``extract``,
then paths and the options of ``_VALUES`` and ``_FLAGS``, each once, a value never looking like an
option. Anything else (help, a number option, ``--``, ``--opt=value``, a repeated or unknown
option, a usage error, a shell-completion request) is left to typer, which answers it as ever.
Both end in :func:`run` with the same :class:`Arguments`.
"""

from __future__ import annotations

import errno
import os
import sys
from collections.abc import Sequence
from typing import IO, TYPE_CHECKING, Any, NamedTuple, cast

from leaving_vegas_extract.options import DEFAULT_MAX_BYTES

if TYPE_CHECKING:
    from leaving_vegas_extract.batch.config import BatchConfig

# The options read here, by spelling: those taking a value, and the flags.
_VALUES = {
    "-o": "output",
    "--output": "output",
    "--format": "fmt",
    "--glob": "glob",
    "--exclude": "exclude",
    "--from-file": "from_file",
    "--errors": "errors",
    "--encoding": "encoding",
    "--dask": "dask",
}
_FLAGS = {
    "-q": "quiet",
    "--quiet": "quiet",
    "--skip-existing": "skip_existing",
    "--strict": "strict",
}


class Arguments(NamedTuple):
    """``extract``'s parameters as parsed; the defaults are ``commands.extract``'s.

    A NamedTuple: a dataclass's generated methods would cost a start ~2 M instructions more.
    """

    paths: list[str] | None = None
    output: str | None = None
    fmt: str = "json"
    glob: str | None = None
    exclude: str | None = None
    from_file: str | None = None
    workers: int = 0
    errors: str | None = None
    skip_existing: bool = False
    strict: bool = False
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    timeout: float = 60.0
    dask: str | None = None
    quiet: bool = False
    namespace: list[int] | None = None


def plain_arguments(argv: Sequence[str]) -> Arguments | None:
    """``argv`` (without the program) as typer would parse it, or None: typer's to read."""
    if not argv or argv[0] != "extract" or _completion_requested():
        return None
    given: dict[str, Any] = {}
    paths: list[str] = []
    rest = iter(argv[1:])
    for arg in rest:
        if arg == "-" or not arg.startswith("-"):  # as click: "-" is stdin, a path
            paths.append(arg)
            continue
        name = _FLAGS.get(arg)
        value: Any = True
        if name is None:
            name = _VALUES.get(arg)
            value = next(rest, None)
            if name is None or value is None or (value.startswith("-") and value != "-"):
                return None
        if name in given:
            return None
        given[name] = value
    arguments = Arguments(paths=paths or None, **given)
    return None if usage_problem(arguments) else arguments


def _completion_requested() -> bool:
    # typer completes when ``_<PROGRAM>_COMPLETE`` is set (the program's name varies).
    return any(k.startswith("_") and k.endswith("_COMPLETE") for k in os.environ)


def usage_problem(arguments: Arguments) -> tuple[str, str] | None:
    """What is wrong with the arguments as a whole, and the parameter to name; None: nothing."""
    if arguments.fmt not in ("json", "jsonl", "sqlite"):
        return "must be json, jsonl or sqlite", "--format"
    if arguments.fmt == "sqlite" and arguments.output is None:
        return "--format sqlite needs -o FILE.db", "--output"
    if not arguments.paths and arguments.from_file is None:
        return "give files, folders, - or --from-file", "PATHS"
    return None


def batch_config(arguments: Arguments) -> BatchConfig:
    """The batch of these arguments (they have no :func:`usage_problem`)."""
    from leaving_vegas_extract.batch.config import BatchConfig
    from leaving_vegas_extract.options import ExtractOptions

    fmt = arguments.fmt
    output = arguments.output
    return BatchConfig(
        paths=arguments.paths or [],
        output=output if output is not None else ("-" if fmt == "jsonl" else "output"),
        fmt=fmt,
        glob=arguments.glob,
        exclude=arguments.exclude,
        from_file=arguments.from_file,
        workers=arguments.workers,
        errors=arguments.errors,
        skip_existing=arguments.skip_existing,
        strict=arguments.strict,
        timeout=arguments.timeout,
        dask=arguments.dask,
        quiet=arguments.quiet,
        options=ExtractOptions(
            encoding=arguments.encoding,
            max_bytes=arguments.max_bytes,
            require_article=True,
            namespaces=tuple(arguments.namespace or (0,)),
        ),
    )


def run(arguments: Arguments) -> int:
    """Run the batch; its exit code, or 2 after one line on stderr for a usage error."""
    from leaving_vegas_extract.batch.runner import UsageError, run_batch

    try:
        return run_batch(batch_config(arguments))
    except UsageError as exc:
        import typer

        typer.echo(f"error: {exc}", err=True)
        return 2


def run_plain(arguments: Arguments) -> int:
    """:func:`run`, ending as typer's standalone mode ends a command (``typer.core._main``)."""
    try:
        return run(arguments)
    except KeyboardInterrupt:
        return 130
    except EOFError:
        import typer

        typer.echo(err=True)
        typer.echo("Aborted!", err=True)
        return 1
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        # The reader went away: no "Exception ignored" when the interpreter flushes at exit.
        sys.stdout = cast(IO[str], _Pacified(sys.stdout))
        sys.stderr = cast(IO[str], _Pacified(sys.stderr))
        return 1


class _Pacified:
    """A stream whose flush ignores a broken pipe (click's ``PacifyFlushWrapper``)."""

    def __init__(self, wrapped: IO[str]) -> None:
        self.wrapped = wrapped

    def flush(self) -> None:
        try:
            self.wrapped.flush()
        except OSError as exc:
            if exc.errno != errno.EPIPE:
                raise

    def __getattr__(self, name: str) -> Any:
        return getattr(self.wrapped, name)
