"""The folder of broken inputs through the CLI: each file gives the outcome its README documents.

Every failure is one clear line (no traceback), every good file beside them is written in full.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from typer.testing import CliRunner

from leaving_vegas_extract.batch.jobs import output_name
from leaving_vegas_extract.cli import app
from leaving_vegas_extract.model.schema import article_schema
from tests.conftest import ROOT

INVALID = ROOT / "tests" / "invalid"
BASE = "chungking-express.txt"
_ROW = re.compile(r"^\| `(?P<file>[^`]+)` \| (?P<outcome>[^|]+) \| (?P<proves>[^|]+) \|$")
_ERROR = re.compile(r"^error `(?P<kind>[\w-]+)`: (?P<message>.+)$")
_WARNING = re.compile(r"warning `([\w-]+)`")


@dataclass(frozen=True)
class Case:
    """One README row: a file and its documented outcome."""

    file: str
    ok: bool
    same: bool = False
    warnings: tuple[str, ...] = ()
    kind: str | None = None
    message: str | None = None


def _cases() -> list[Case]:
    cases = []
    for line in (INVALID / "README.md").read_text(encoding="utf-8").splitlines():
        m = _ROW.match(line)
        if m is None:
            continue
        outcome = m["outcome"].strip()
        error = _ERROR.match(outcome)
        if error is not None:
            cases.append(Case(m["file"], False, kind=error["kind"], message=error["message"]))
        else:
            assert outcome.startswith("ok"), line
            parts = [p.strip() for p in outcome.split(",")]
            warnings = tuple(_WARNING.findall(outcome))
            cases.append(Case(m["file"], True, same="same" in parts, warnings=warnings))
    return cases


CASES = _cases()
GLOB = ",".join(sorted({"*" + Path(c.file).suffix for c in CASES}))
EXCLUDE = "README.md"  # the folder's own notes: "*.md" would match them


def test_readme_lists_every_file_once() -> None:
    listed = [c.file for c in CASES]
    on_disk = sorted(p.name for p in INVALID.iterdir() if p.name != "README.md")
    assert sorted(listed) == on_disk
    assert len(set(listed)) == len(listed)
    assert sum(c.ok for c in CASES) >= 10
    assert sum(not c.ok for c in CASES) >= 10


@pytest.fixture(scope="module")
def cli_run(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The folder through the CLI in process (one worker), with an error report."""
    out = tmp_path_factory.mktemp("out")
    report = out.parent / "errors.jsonl"
    args = ["extract", str(INVALID), "--glob", GLOB, "--exclude", EXCLUDE, "-o", str(out)]
    args += ["--errors", str(report)]
    result = CliRunner().invoke(app, [*args, "-w", "1"])
    errors = [json.loads(line) for line in report.read_text(encoding="utf-8").splitlines()]
    return {"result": result, "out": out, "errors": {Path(e["path"]).name: e for e in errors}}


def _strip(document: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in document.items() if k not in ("source", "diagnostics")}


def test_exit_code_and_summary(cli_run: dict[str, Any]) -> None:
    result = cli_run["result"]
    assert result.exit_code == 1, result.output  # some inputs failed, all others written
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    ok = sum(c.ok for c in CASES)
    assert f"{len(CASES)} files, {ok} ok, {len(CASES) - ok} failed" in result.output


@pytest.mark.parametrize("case", [c for c in CASES if c.ok], ids=lambda c: c.file)
def test_good_input_written(cli_run: dict[str, Any], case: Case) -> None:
    path = cli_run["out"] / output_name(case.file)
    document = json.loads(path.read_text(encoding="utf-8"))
    Draft202012Validator(article_schema()).validate(document)
    assert document["source"]["path"] == (INVALID / case.file).as_posix()
    codes = {d["code"] for d in document["diagnostics"]}
    assert set(case.warnings) <= codes
    reader_codes = codes & READER_CODES
    assert reader_codes == set(case.warnings), "the reader reported more than documented"
    base = json.loads((cli_run["out"] / output_name(BASE)).read_text(encoding="utf-8"))
    if case.same:
        assert _strip(document) == _strip(base)
    else:
        assert document["title"] == base["title"]
    assert case.file not in cli_run["errors"]


READER_CODES = {
    "decoded-legacy",
    "mojibake",
    "nul-bytes",
    "nul-padding",
    "truncated-character",
    "undecodable-bytes",
    "utf16-without-bom",
}


@pytest.mark.parametrize("case", [c for c in CASES if not c.ok], ids=lambda c: c.file)
def test_bad_input_one_clear_line(cli_run: dict[str, Any], case: Case) -> None:
    record = cli_run["errors"][case.file]
    assert record["error_type"] == case.kind
    assert case.message is not None
    assert record["message"].startswith(case.message)
    assert not (cli_run["out"] / output_name(case.file)).exists()
    line = f"{(INVALID / case.file).as_posix()}: {record['message']}"
    prefix = f"{(INVALID / case.file).as_posix()}: "
    assert [x for x in cli_run["result"].output.splitlines() if x.startswith(prefix)] == [line]


def test_legacy_encodings_read_the_accent(cli_run: dict[str, Any]) -> None:
    for name in ("cp1252.txt", "latin1.txt", "mixed-encodings.txt", "mojibake.txt"):
        document = json.loads((cli_run["out"] / output_name(name)).read_text(encoding="utf-8"))
        assert any("García" in n for n in document["infobox"]["music_by"]), name


def test_subprocess_no_traceback_and_good_files_written(tmp_path: Path) -> None:
    """The real entry point, with its process pool: stderr holds one line per failure only."""
    out = tmp_path / "out"
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "leaving_vegas_extract", "extract", str(INVALID)]
    args = [*command, "--glob", GLOB, "--exclude", EXCLUDE, "-o", str(out), "-w", "2"]
    proc = subprocess.run(args, capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stdout + proc.stderr
    failures = [c for c in CASES if not c.ok]
    lines = proc.stderr.splitlines()
    assert len(lines) == len(failures) + 1  # one line each, and the summary
    written = sorted(p.name for p in out.iterdir())
    assert written == sorted(output_name(c.file) for c in CASES if c.ok)


def test_max_bytes_is_one_clear_line(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes((INVALID / BASE).read_bytes() * 4)
    small = tmp_path / "small.txt"
    small.write_bytes((INVALID / BASE).read_bytes())
    limit = str(big.stat().st_size - 1)
    out = tmp_path / "out"
    args = ["extract", str(tmp_path), "--glob", "*.txt", "-o", str(out), "--max-bytes", limit]
    result = CliRunner().invoke(app, [*args, "-w", "1"])
    assert result.exit_code == 1
    assert [x for x in result.output.splitlines() if "big.txt" in x] == [
        f"{big.as_posix()}: over the limit of {limit} bytes"
    ]
    assert sorted(p.name for p in out.iterdir()) == ["small.json"]


def test_compressed_over_the_limit_is_refused(tmp_path: Path) -> None:
    """A decompression bomb is cut at the limit, not inflated whole."""
    import gzip

    bomb = tmp_path / "bomb.txt.gz"
    bomb.write_bytes(gzip.compress(b"a" * 5_000_000, mtime=0))
    args = ["extract", str(bomb), "-o", str(tmp_path / "out"), "-q", "--max-bytes", "1000000"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert result.output.strip() == f"{bomb.as_posix()}: over the limit of 1000000 bytes"
