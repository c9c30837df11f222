"""The batch through the CLI when things go wrong: write errors, signals, timeouts, workers.

Write errors are simulated (mocks, /dev/full), never with chmod alone: CI runs as root, where a
read-only mode stops nothing and a test relying on it would pass without testing anything.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leaving_vegas_extract.cli import app
from leaving_vegas_extract.export import json_out

from ..conftest import ROOT, SEED

runner = CliRunner()


def _inputs(folder: Path, count: int, bad: int = 0) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    data = (ROOT / SEED).read_bytes()
    for index in range(count):
        (folder / f"a{index:04d}.txt").write_bytes(data)
    for index in range(bad):
        (folder / f"z{index:04d}.txt").write_bytes(b"")
    return folder


def _failing_writes(monkeypatch: pytest.MonkeyPatch, after: int, code: int) -> None:
    """The first ``after`` writes succeed; then the disk says ``code`` (ENOSPC, EACCES, ...)."""
    real = json_out._write_all
    calls = {"n": 0}

    def write_all(fd: int, data: bytes) -> None:
        calls["n"] += 1
        if calls["n"] > after:
            os.write(fd, data[: len(data) // 2])  # half a record reaches the disk first
            raise OSError(code, os.strerror(code))
        real(fd, data)

    monkeypatch.setattr(json_out, "_write_all", write_all)


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.rglob(".tmp-*"))


@pytest.mark.parametrize(
    ("code", "fix"),
    [(errno.ENOSPC, "free some space"), (errno.EACCES, "make the folder writable")],
    ids=["disk-full", "permission"],
)
def test_json_write_error_stops_with_a_summary(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, fix: str
) -> None:
    inputs = _inputs(tmp_path / "in", 5)
    out = tmp_path / "out"
    _failing_writes(monkeypatch, after=2, code=code)
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "--workers", "1"])
    assert result.exit_code == 1
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith(f"stopped: cannot write {out}/a0002.json: {os.strerror(code)}")
    assert f"2 article(s) written to {out} before it; {fix}" in line
    assert "Traceback" not in result.output
    assert sorted(p.name for p in out.iterdir()) == ["a0000.json", "a0001.json"]
    assert _leftovers(out) == []


def test_jsonl_write_error_leaves_no_partial_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    inputs = _inputs(tmp_path / "in", 5)
    target = tmp_path / "all.jsonl"
    target.write_bytes(b"earlier run\n")
    _failing_writes(monkeypatch, after=3, code=errno.ENOSPC)
    args = ["extract", str(inputs), "--format", "jsonl", "-o", str(target), "--workers", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    line = result.stderr.strip().splitlines()[-1]
    assert f"stopped: cannot write {target}: No space left on device" in line
    assert f"nothing written to {target} (3 article(s) dropped)" in line
    assert target.read_bytes() == b"earlier run\n"  # the earlier file is untouched
    assert _leftovers(tmp_path) == []


def test_error_report_on_a_full_disk(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full on this system")
    inputs = _inputs(tmp_path / "in", 2, bad=3)
    out = tmp_path / "out"
    args = ["extract", str(inputs), "-o", str(out), "--errors", "/dev/full", "--workers", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    line = result.stderr.strip().splitlines()[-1]
    assert line.startswith("stopped: cannot write /dev/full: No space left on device")
    assert f"2 article(s) written to {out} before it" in line
    assert sorted(p.name for p in out.iterdir()) == ["a0000.json", "a0001.json"]


def test_error_report_keeps_whole_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = _inputs(tmp_path / "in", 0, bad=4)
    report = tmp_path / "errors.jsonl"
    _failing_writes(monkeypatch, after=2, code=errno.ENOSPC)
    args = ["extract", str(inputs), "-o", str(tmp_path / "out"), "--errors", str(report)]
    result = runner.invoke(app, [*args, "--workers", "1"])
    assert result.exit_code == 1
    assert "stopped: cannot write" in result.stderr
    lines = report.read_bytes().splitlines(keepends=True)
    assert len(lines) == 2
    assert all(line.endswith(b"\n") and json.loads(line)["error_type"] for line in lines)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_folder_for_real(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    out.chmod(0o555)
    try:
        result = runner.invoke(app, ["extract", str(ROOT / SEED), "-o", str(out)])
    finally:
        out.chmod(0o755)
    assert result.exit_code == 1
    assert "Permission denied" in result.stderr
    assert list(out.iterdir()) == []


def _start(args: list[str], cwd: Path) -> subprocess.Popen[str]:
    env = dict(os.environ, PYTHONUNBUFFERED="1")
    command = [sys.executable, "-m", "leaving_vegas_extract", "extract", *args]
    return subprocess.Popen(
        command, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def _wait_for(predicate: Callable[[], bool], seconds: float = 120) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.05)
    pytest.fail("the batch wrote nothing in time")


@pytest.mark.timeout(300)
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_signal_keeps_complete_json_lines(tmp_path: Path, sig: signal.Signals) -> None:
    inputs = _inputs(tmp_path / "in", 400)
    target = tmp_path / "all.jsonl"
    proc = _start([str(inputs), "--format", "jsonl", "-o", str(target), "-w", "2"], tmp_path)
    _wait_for(lambda: any(p.stat().st_size for p in tmp_path.glob(".tmp-all.jsonl.*")))
    os.kill(proc.pid, sig)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 128 + sig, stderr
    assert "Traceback" not in stderr
    lines = target.read_bytes().splitlines(keepends=True)
    assert 0 < len(lines) < 400
    assert all(json.loads(line)["title"] for line in lines)
    assert lines[-1].endswith(b"\n")
    summary = stderr.strip().splitlines()[-1]
    assert summary.startswith(f"interrupted by {sig.name}: {len(lines)} article(s) written")
    assert _leftovers(tmp_path) == []


@pytest.mark.timeout(300)
def test_sigterm_in_a_json_run_leaves_no_temporary_file(tmp_path: Path) -> None:
    inputs = _inputs(tmp_path / "in", 400)
    out = tmp_path / "out"
    proc = _start([str(inputs), "-o", str(out), "-w", "1"], tmp_path)
    _wait_for(lambda: out.is_dir() and len(list(out.glob("*.json"))) >= 3)
    os.kill(proc.pid, signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 143, stderr
    written = len(list(out.glob("*.json")))
    assert f"interrupted by SIGTERM: {written} article(s) written to {out}" in stderr
    assert "--skip-existing" in stderr
    assert _leftovers(out) == []


def test_timeout_is_reported_as_a_timeout(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from leaving_vegas_extract import api

    def slow(*args: object, **kwargs: object) -> None:
        with contextlib.suppress(Exception):  # a part that swallows every Exception
            time.sleep(30)

    monkeypatch.setattr(api, "extract_bytes", slow)  # what a job calls once it has the bytes
    report = tmp_path / "errors.jsonl"
    args = ["extract", str(ROOT / SEED), "-o", str(tmp_path / "o"), "--errors", str(report)]
    started = time.monotonic()
    result = runner.invoke(app, [*args, "--timeout", "0.5"])
    assert time.monotonic() - started < 20
    assert result.exit_code == 1
    record = json.loads(report.read_text(encoding="utf-8"))
    assert record["error_type"] == "timeout"
    assert record["message"] == "took longer than 0.5 s"
    assert "took longer than 0.5 s" in result.stderr


def test_workers_never_outnumber_inputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import multiprocessing.pool

    sizes: list[int | None] = []
    real = multiprocessing.pool.Pool.__init__

    def init(
        self: multiprocessing.pool.Pool, processes: int | None = None, *a: object, **k: object
    ) -> None:
        sizes.append(processes)
        real(self, processes, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(multiprocessing.pool.Pool, "__init__", init)
    inputs = _inputs(tmp_path / "in", 3)
    out = tmp_path / "out"
    result = runner.invoke(app, ["extract", str(inputs), "-o", str(out), "--workers", "200"])
    assert result.exit_code == 0, result.output
    # The parent extracts the first input itself before forking (batch/workers.py): one worker
    # for each of the other two.
    assert sizes == [2]
    assert len(list(out.glob("*.json"))) == 3
