"""``extract`` command lines read without typer (``cli.extract.plain_arguments``): each one it
reads, it reads as typer does; everything else it leaves to typer."""

from __future__ import annotations

import errno
import inspect
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leaving_vegas_extract.cli import commands
from leaving_vegas_extract.cli import extract as plain
from leaving_vegas_extract.cli.extract import Arguments, batch_config, plain_arguments, run_plain

from .conftest import SEED

runner = CliRunner()

READ = [
    ["extract", "a.txt"],
    ["extract", "a.txt", "-q", "-o", "out"],
    ["extract", "-o", "out", "a.txt", "b.html", "--quiet"],
    ["extract", "-", "-o", "-"],
    ["extract", "a.txt", "--format", "jsonl", "--output", "all.jsonl"],
    ["extract", "d/", "--format", "sqlite", "-o", "x.db", "--strict"],
    ["extract", "d/", "--glob", "*.txt", "--exclude", "old", "--errors", "e.jsonl"],
    ["extract", "--from-file", "-", "--encoding", "cp1252", "--skip-existing"],
    ["extract", "a.txt", "--dask", "tcp://h:8786", "-o", ""],
    ["extract", "", "-q"],
]

LEFT_TO_TYPER = [
    [],
    ["--version"],
    ["--help"],
    ["schema"],
    ["extract"],  # no paths: a usage error
    ["extract", "--help"],
    ["extract", "a.txt", "-w", "2"],  # numbers: typer converts and checks them
    ["extract", "a.txt", "--max-bytes", "10"],
    ["extract", "a.txt", "--timeout", "1"],
    ["extract", "a.txt", "--namespace", "0"],
    ["extract", "a.txt", "--format=jsonl"],
    ["extract", "--", "-a.txt"],
    ["extract", "a.txt", "-qo", "out"],
    ["extract", "a.txt", "-o", "a", "-o", "b"],  # repeated
    ["extract", "a.txt", "-q", "-q"],
    ["extract", "a.txt", "-o"],  # no value
    ["extract", "a.txt", "-o", "-q"],  # a value looking like an option
    ["extract", "a.txt", "--format", "xml"],  # usage errors
    ["extract", "a.txt", "--format", "sqlite"],
    ["extract", "a.txt", "--no-such-option"],
    ["extract", "a.txt", "--no-quiet"],
]


def _typer_arguments(argv: list[str], monkeypatch: pytest.MonkeyPatch) -> Arguments:
    """What typer's ``extract`` hands to ``run`` for ``argv``."""
    seen: list[Arguments] = []

    def record(arguments: Arguments) -> int:
        seen.append(arguments)
        return 0

    monkeypatch.setattr(commands, "run", record)
    result = runner.invoke(commands.app, argv)
    assert result.exit_code == 0, result.output
    assert len(seen) == 1
    return seen[0]


@pytest.mark.parametrize("argv", READ, ids=" ".join)
def test_a_plain_command_line_is_read_as_typer_reads_it(
    argv: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    ours = plain_arguments(argv)
    assert ours is not None
    theirs = _typer_arguments(argv, monkeypatch)
    assert batch_config(ours) == batch_config(theirs)
    assert ours.paths == (theirs.paths or None)


@pytest.mark.parametrize("argv", LEFT_TO_TYPER, ids=lambda a: " ".join(a) or "(none)")
def test_anything_else_is_left_to_typer(argv: list[str]) -> None:
    assert plain_arguments(argv) is None


def test_a_shell_completion_request_is_left_to_typer(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("_LEAVING_VEGAS_EXTRACT_COMPLETE", "bash_complete")
    assert plain_arguments(["extract", "a.txt"]) is None


def test_the_defaults_are_the_typer_commands() -> None:
    signature = inspect.signature(commands.extract)
    defaults = {name: p.default for name, p in signature.parameters.items()}
    assert defaults == Arguments._field_defaults


def test_a_usage_error_of_the_batch_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    taken = tmp_path / "taken"
    taken.write_text("a file where the output folder should be")
    arguments = plain_arguments(["extract", SEED, "-q", "-o", str(taken)])
    assert arguments is not None
    assert run_plain(arguments) == 2
    err = capsys.readouterr().err
    assert err.startswith("error: ")
    assert err.count("\n") == 1


def test_an_interrupt_before_the_batch_catches_signals_exits_130(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def interrupted(arguments: Arguments) -> int:
        raise KeyboardInterrupt

    monkeypatch.setattr(plain, "run", interrupted)
    assert run_plain(Arguments(paths=["a.txt"])) == 130


def test_a_closed_pipe_exits_1_and_quietens_the_streams(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(arguments: Arguments) -> int:
        raise BrokenPipeError(errno.EPIPE, "Broken pipe")

    monkeypatch.setattr(plain, "run", broken)
    monkeypatch.setattr(sys, "stdout", sys.stdout)
    monkeypatch.setattr(sys, "stderr", sys.stderr)
    assert run_plain(Arguments(paths=["a.txt"])) == 1
    assert type(sys.stdout).__name__ == "_Pacified"


def test_another_os_error_is_raised(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(arguments: Arguments) -> int:
        raise PermissionError(errno.EACCES, "denied")

    monkeypatch.setattr(plain, "run", failing)
    with pytest.raises(PermissionError):
        run_plain(Arguments(paths=["a.txt"]))
