"""Command line: parse arguments, delegate to the library, report one line per failed input.

Exit codes: 0 all inputs extracted; 1 some input failed (all others written); 2 usage error.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated

import typer

from leaving_vegas_extract import __version__

app = typer.Typer(
    name="leaving-vegas-extract",
    help=(
        "Turn flattened encyclopedia article dumps (text or HTML) into validated JSON.\n\n"
        "Examples:\n\n"
        "  leaving-vegas-extract extract raw/ -o output/\n\n"
        "  leaving-vegas-extract extract dumps/ --format jsonl -o all.jsonl --workers 4\n\n"
        "  leaving-vegas-extract schema -o schemas/"
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"leaving-vegas-extract {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Print the version."),
    ] = None,
) -> None:
    """Flattened encyclopedia dumps to validated, source-linked JSON."""


@app.command()
def extract(
    paths: Annotated[
        list[str], typer.Argument(help="Files or folders (recursive); - reads paths from stdin.")
    ],
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="Output folder (json) or file (jsonl, - for stdout; sqlite)."
        ),
    ] = "output",
    fmt: Annotated[
        str, typer.Option("--format", help="json (one file per article), jsonl or sqlite.")
    ] = "json",
    glob: Annotated[str, typer.Option("--glob", help="File-name pattern inside folders.")] = "*",
    workers: Annotated[int, typer.Option("--workers", "-w", help="Processes (0: all cores).")] = 0,
    errors: Annotated[
        str | None, typer.Option("--errors", help="Write one JSON line per failed input here.")
    ] = None,
    skip_existing: Annotated[
        bool, typer.Option("--skip-existing", help="Skip inputs whose JSON exists (json format).")
    ] = False,
    strict: Annotated[
        bool, typer.Option("--strict", help="Error-severity diagnostics count as failures.")
    ] = False,
    encoding: Annotated[
        str | None, typer.Option("--encoding", help="Override encoding detection.")
    ] = None,
    max_bytes: Annotated[
        int, typer.Option("--max-bytes", help="Refuse inputs (in a dump: pages) larger than this.")
    ] = 64 * 1024 * 1024,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", help="Seconds per file before it becomes an error (with workers)."
        ),
    ] = 60.0,
    dask: Annotated[
        str | None, typer.Option("--dask", help="Run on this Dask scheduler address.")
    ] = None,
    quiet: Annotated[
        bool, typer.Option("--quiet", "-q", help="No progress bar or summary.")
    ] = False,
    namespace: Annotated[
        list[int] | None,
        typer.Option("--namespace", help="Dump pages of this namespace (repeatable; default 0)."),
    ] = None,
) -> None:
    """Extract articles to JSON (one file each) or JSON Lines; a MediaWiki dump gives one
    article per page."""
    from leaving_vegas_extract.batch.runner import BatchConfig, UsageError, run_batch
    from leaving_vegas_extract.options import ExtractOptions

    if fmt not in ("json", "jsonl", "sqlite"):
        raise typer.BadParameter("must be json, jsonl or sqlite", param_hint="--format")
    config = BatchConfig(
        paths=paths,
        output=output,
        fmt=fmt,
        glob=glob,
        workers=workers,
        errors=errors,
        skip_existing=skip_existing,
        strict=strict,
        timeout=timeout,
        dask=dask,
        quiet=quiet,
        options=ExtractOptions(
            encoding=encoding, max_bytes=max_bytes, namespaces=tuple(namespace or (0,))
        ),
    )
    try:
        code = run_batch(config)
    except UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    raise typer.Exit(code)


@app.command()
def schema(
    output: Annotated[
        str,
        typer.Option(
            "--output", "-o", help="Folder to write article.schema.json into; - for stdout."
        ),
    ] = "schemas",
) -> None:
    """Write the JSON Schema of the output documents."""
    from leaving_vegas_extract.export.json_out import write_atomic
    from leaving_vegas_extract.model.schema import schema_bytes

    data = schema_bytes()
    if output == "-":
        sys.stdout.buffer.write(data)
        return
    target = Path(output) / "article.schema.json"
    write_atomic(target, data)
    typer.echo(f"wrote {target.as_posix()}")


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Inputs (files or folders).")],
    golden: Annotated[
        str, typer.Option("--golden", help="Folder of golden JSON, mirroring the inputs.")
    ],
    glob: Annotated[
        str, typer.Option("--glob", help="File-name pattern(s) inside folders, comma-separated.")
    ] = "*",
    update: Annotated[
        bool, typer.Option("--update", help="Rewrite the goldens with what extract writes.")
    ] = False,
) -> None:
    """Re-extract inputs and compare with golden JSON; exit 1 on any drift."""
    from leaving_vegas_extract.batch.check import check_inputs

    drifts = 0
    for drift in check_inputs(paths, golden, pattern=glob, update=update):
        drifts += 1
        typer.echo(f"{drift.path} (golden {drift.golden}):")
        for line in drift.lines:
            typer.echo(f"  {line}")
    if drifts:
        typer.echo(f"{drifts} input(s) drifted from their goldens", err=True)
        raise typer.Exit(1)


@app.command()
def validate(
    files: Annotated[list[str], typer.Argument(help="Extracted JSON files or JSON Lines files.")],
) -> None:
    """Check extracted JSON against the article JSON Schema."""
    from leaving_vegas_extract.batch.validate import validate_files

    bad = 0
    for problem in validate_files(files):
        bad += 1
        typer.echo(problem, err=True)
    if bad:
        raise typer.Exit(1)
    typer.echo(f"{len(files)} file(s) valid")


@app.command()
def export(
    paths: Annotated[
        list[str], typer.Argument(help="Dumps, extracted JSON/JSON Lines, or folders.")
    ],
    fmt: Annotated[
        str, typer.Option("--format", help="Export format: csl-json, jsonld or sqlite.")
    ] = "csl-json",
    output: Annotated[str, typer.Option("--output", "-o", help="Output file; - for stdout.")] = "-",
) -> None:
    """Export articles: references as CSL-JSON, schema.org JSON-LD, or into a SQLite database."""
    from leaving_vegas_extract.batch.exports import export_csl, export_jsonld
    from leaving_vegas_extract.errors import InputError
    from leaving_vegas_extract.export.csl import csl_bytes
    from leaving_vegas_extract.export.json_out import write_atomic

    if fmt == "sqlite":
        _export_sqlite(paths, output)
    if fmt not in ("csl-json", "jsonld"):
        raise typer.BadParameter("must be csl-json, jsonld or sqlite", param_hint="--format")
    try:
        data = export_jsonld(paths) if fmt == "jsonld" else csl_bytes(export_csl(paths))
    except InputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if output == "-":
        sys.stdout.buffer.write(data)
    else:
        write_atomic(output, data)


def _export_sqlite(paths: list[str], output: str) -> None:
    """``export --format sqlite``: load into the database; exit 1 if an input failed."""
    from leaving_vegas_extract.batch.database import export_sqlite
    from leaving_vegas_extract.batch.runner import UsageError

    try:
        written, failed = export_sqlite(paths, output)
    except UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None
    typer.echo(f"{written} article(s) written, {failed} input(s) failed", err=True)
    raise typer.Exit(1 if failed else 0)


@app.command(name="eval")
def evaluate(
    fixtures: Annotated[str, typer.Argument(help="Folder of fixture dumps (.txt/.html).")],
    expected: Annotated[
        str | None, typer.Option("--expected", help="Folder of expected JSON (mirrors FIXTURES).")
    ] = None,
) -> None:
    """Print field-level accuracy per part and per rendering against expected JSON."""
    from leaving_vegas_extract.batch.evaluate import evaluate_dir, format_report

    report = evaluate_dir(fixtures, expected)
    typer.echo(format_report(report))


def main() -> None:
    """Console-script entry point."""
    # pydantic looks for plugins through every installed distribution's entry points when it
    # builds its first model: ~20 ms of a one-file run, and this tool uses none. A value the
    # user set (even empty) is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    app()
