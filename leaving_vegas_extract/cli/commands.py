"""The typer application: every command, its options and help (exit codes: see ``cli``)."""

import sys
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from leaving_vegas_extract import __version__
from leaving_vegas_extract.cli.extract import Arguments, run, usage_problem
from leaving_vegas_extract.options import DEFAULT_MAX_BYTES
from leaving_vegas_extract.source.vocab import ARTICLE_SUFFIXES, COMPRESSED_SUFFIXES

_GLOB_HELP = (
    "File patterns read inside folders, comma-separated; ** crosses folders "
    "('*.txt,**/*.html'). Default: the article suffixes "
    f"{' '.join(ARTICLE_SUFFIXES)}, also compressed ({' '.join(COMPRESSED_SUFFIXES)})."
)

_T = TypeVar("_T")

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
        list[str] | None,
        typer.Argument(
            help="Files or folders (recursive); - reads one article's content from stdin.",
            show_default=False,
        ),
    ] = None,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            help="Output folder (json; default output), file (jsonl; default stdout) or database "
            "(sqlite; required); - writes to stdout: one JSON document for one input, JSON Lines "
            "for several.",
            show_default=False,
        ),
    ] = None,
    fmt: Annotated[
        str, typer.Option("--format", help="json (one file per article), jsonl or sqlite.")
    ] = "json",
    glob: Annotated[
        str | None,
        typer.Option(
            "--glob",
            help=_GLOB_HELP,
            show_default=False,
        ),
    ] = None,
    exclude: Annotated[
        str | None,
        typer.Option(
            "--exclude",
            help="File or folder patterns left out of folders, comma-separated (as --glob).",
            show_default=False,
        ),
    ] = None,
    from_file: Annotated[
        str | None,
        typer.Option(
            "--from-file",
            metavar="FILE|-",
            help="Also read the paths listed in FILE, one a line (- for stdin).",
            show_default=False,
        ),
    ] = None,
    workers: Annotated[
        int,
        typer.Option("--workers", "-w", help="Processes (0: all cores; never more than inputs)."),
    ] = 0,
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
    ] = DEFAULT_MAX_BYTES,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", help="Seconds per file before it becomes a timeout error (0: none)."
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
    arguments = Arguments(
        paths=paths,
        output=output,
        fmt=fmt,
        glob=glob,
        exclude=exclude,
        from_file=from_file,
        workers=workers,
        errors=errors,
        skip_existing=skip_existing,
        strict=strict,
        encoding=encoding,
        max_bytes=max_bytes,
        timeout=timeout,
        dask=dask,
        quiet=quiet,
        namespace=namespace,
    )
    problem = usage_problem(arguments)
    if problem is not None:
        raise typer.BadParameter(problem[0], param_hint=problem[1])
    raise typer.Exit(run(arguments))


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
    from leaving_vegas_extract.batch.usage import check_output_folder
    from leaving_vegas_extract.export.json_out import write_atomic
    from leaving_vegas_extract.model.schema import schema_bytes

    data = schema_bytes()
    if output == "-":
        sys.stdout.buffer.write(data)
        return
    _usage(lambda: check_output_folder(output, "-o"))
    target = Path(output) / "article.schema.json"
    _write(target, lambda: write_atomic(target, data))
    typer.echo(f"wrote {target.as_posix()}")


@app.command()
def check(
    paths: Annotated[list[str], typer.Argument(help="Inputs (files or folders).")],
    golden: Annotated[
        str, typer.Option("--golden", help="Folder of golden JSON, mirroring the inputs.")
    ],
    glob: Annotated[
        str | None,
        typer.Option(
            "--glob",
            help="File patterns inside folders, comma-separated, ** crossing folders "
            "(default: article suffixes).",
            show_default=False,
        ),
    ] = None,
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
    files: Annotated[
        list[str],
        typer.Argument(help="Extracted JSON or JSON Lines files, folders of them; - for stdin."),
    ],
) -> None:
    """Check extracted JSON against the article JSON Schema; exit 1 on any invalid record."""
    from leaving_vegas_extract.batch.validate import Tally, validate_files

    bad = 0
    tally = Tally()
    for problem in validate_files(files, tally):
        bad += 1
        typer.echo(problem, err=True)
    if bad:
        typer.echo(f"{bad} problem(s) in {tally.files} file(s)", err=True)
        raise typer.Exit(1)
    typer.echo(f"{tally.documents} document(s) in {tally.files} file(s) valid")


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
    from leaving_vegas_extract.batch.usage import check_output_file
    from leaving_vegas_extract.errors import InputError
    from leaving_vegas_extract.export.csl import csl_bytes
    from leaving_vegas_extract.export.json_out import write_atomic

    if fmt == "sqlite":
        _export_sqlite(paths, output)
    if fmt not in ("csl-json", "jsonld"):
        raise typer.BadParameter("must be csl-json, jsonld or sqlite", param_hint="--format")
    if output != "-":
        _usage(lambda: check_output_file(output, "-o"))
    try:
        data = export_jsonld(paths) if fmt == "jsonld" else csl_bytes(export_csl(paths))
    except InputError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(1) from None
    if output == "-":
        sys.stdout.buffer.write(data)
    else:
        _write(output, lambda: write_atomic(output, data))


@app.command()
def review(
    paths: Annotated[list[str], typer.Argument(help="Inputs (files or folders).")],
    output: Annotated[
        str | None,
        typer.Option(
            "--output", "-o", help="Page (one file, .html) or folder (pages and index.html)."
        ),
    ] = None,
    golden: Annotated[
        str | None, typer.Option("--golden", help="Mark values that differ from this golden JSON.")
    ] = None,
    glob: Annotated[str, typer.Option("--glob", help="File-name pattern(s) inside folders.")] = "*",
) -> None:
    """Write review pages: the source lines beside every value extracted from them."""
    from leaving_vegas_extract.batch.review import ReviewConfig, review_inputs

    failed = 0
    for entry in review_inputs(ReviewConfig(paths, output, golden, glob)):
        if entry.page is None:
            failed += 1
            typer.echo(f"{entry.source}: {entry.failure}", err=True)
    raise typer.Exit(1 if failed else 0)


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
    minimum: Annotated[
        float | None,
        typer.Option("--min", help="Exit 1 when overall accuracy is below this ratio (0 to 1)."),
    ] = None,
) -> None:
    """Print field-level accuracy per part and per rendering against expected JSON.

    Exit 1 when nothing was compared, or the accuracy is below --min.
    """
    from leaving_vegas_extract.batch.evaluate import compared, evaluate_dir, format_report

    if minimum is not None and not 0 <= minimum <= 1:
        typer.echo(f"error: --min {minimum:g}: give a ratio from 0 to 1 (0.95 for 95%)", err=True)
        raise typer.Exit(2)
    report = _usage(lambda: evaluate_dir(fixtures, expected))
    typer.echo(format_report(report))
    if not compared(report):
        typer.echo(
            f"error: nothing compared: no fixture under {fixtures} has expected JSON", err=True
        )
        raise typer.Exit(1)
    accuracy = report.total().accuracy()
    if minimum is not None and accuracy < minimum:
        typer.echo(f"error: accuracy {accuracy:.1%} is below --min {minimum:.1%}", err=True)
        raise typer.Exit(1)


def _usage(action: Callable[[], _T]) -> _T:
    """Run a check or a command; a usage error is one line on stderr and exit 2."""
    from leaving_vegas_extract.batch.usage import UsageError

    try:
        return action()
    except UsageError as exc:
        typer.echo(f"error: {exc}", err=True)
        raise typer.Exit(2) from None


def _write(path: str | Path, action: Callable[[], None]) -> None:
    """Run a write; an OSError is one line on stderr naming the path, and exit 1."""
    try:
        action()
    except OSError as exc:
        typer.echo(f"error: cannot write {path}: {exc.strerror or exc}", err=True)
        raise typer.Exit(1) from None
