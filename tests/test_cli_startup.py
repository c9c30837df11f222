"""What the console entry point does before the command runs (``cli._quick_start``), what a
one-file run imports, and how it ends (``cli._end``)."""

from __future__ import annotations

import atexit
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from leaving_vegas_extract import cli

from .conftest import ROOT, SEED

# Modules a one-file extract has no use for (each was once imported by it).
_NOT_NEEDED = ("typer",)

# Runs run() (the console script) on one file and reports what start-up left behind.
_PROBE = """
import gc, json, os, sys
NOT_NEEDED = sys.argv[3].split(",")
ended = []
def _exit(code):  # run() ends the process itself: noted here, so that this probe goes on
    ended.append(code)
    raise SystemExit(code)
os._exit = _exit
sys.argv = ["leaving-vegas-extract", "extract", sys.argv[1], "-q", "-o", sys.argv[2]]
from leaving_vegas_extract.cli import run
try:
    run()
except SystemExit as exit:
    code = exit.code
loader = sys.modules.get("pydantic.plugin._loader")
print(json.dumps({
    "code": code,
    "real_loader": getattr(loader, "__file__", None) is not None,
    "metadata": "importlib.metadata" in sys.modules,
    "gen0": gc.get_threshold()[0],
    "needless": [m for m in NOT_NEEDED if m in sys.modules],
    "ended": ended,
}))
"""


def _probe(tmp_path: Path, plugins: str | None) -> dict[str, object]:
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    if plugins is not None:
        env["PYDANTIC_DISABLE_PLUGINS"] = plugins
    out = tmp_path / "out"
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, SEED, str(out), ",".join(_NOT_NEEDED)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env=env,
        timeout=300,
        check=True,
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    written = out / "leaving_las_vegas.json"
    assert written.read_bytes() == (ROOT / "output" / "leaving_las_vegas.json").read_bytes()
    return result


def test_a_one_file_extract_never_imports_the_plugin_machinery(tmp_path: Path) -> None:
    result = _probe(tmp_path, None)
    assert result["code"] == 0
    assert result["real_loader"] is False  # the stand-in: no plugin to look for
    assert result["metadata"] is False
    assert result["gen0"] == 20_000  # young collections made rarer for the whole run
    assert result["needless"] == []  # typer: a plain one-file command line is read without it
    assert result["ended"] == [0]  # without the interpreter's teardown: nothing was left to do


def test_plugins_the_user_enables_are_still_looked_for(tmp_path: Path) -> None:
    result = _probe(tmp_path, "")  # set, even empty: pydantic's own loader decides
    assert result["code"] == 0
    assert result["real_loader"] is True


def test_the_process_ends_through_the_interpreter_when_something_is_left_to_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    ended: list[int] = []
    monkeypatch.setattr(os, "_exit", ended.append)
    monkeypatch.setattr(atexit, "_ncallbacks", lambda: 0)
    # No tracer or profiler (a coverage run has one): the thread and the callback must decide.
    monkeypatch.setattr(sys, "gettrace", lambda: None)
    monkeypatch.setattr(sys, "getprofile", lambda: None)
    stop = threading.Event()
    helper = threading.Thread(target=stop.wait)
    helper.start()
    try:
        with pytest.raises(SystemExit) as exit_:
            cli._end(3)  # a thread still runs
    finally:
        stop.set()
        helper.join()
    assert exit_.value.code == 3
    monkeypatch.setattr(atexit, "_ncallbacks", lambda: 1)  # an exit callback waits
    with pytest.raises(SystemExit):
        cli._end(0)
    assert ended == []


def test_the_process_ends_at_once_when_nothing_is_left(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    ended: list[int] = []

    def end(code: int) -> None:
        ended.append(code)
        raise SystemExit(code)

    monkeypatch.setattr(os, "_exit", end)
    monkeypatch.setattr(atexit, "_ncallbacks", lambda: 0)
    monkeypatch.setattr(threading, "active_count", lambda: 1)  # the suite's own threads aside
    monkeypatch.setattr(sys, "gettrace", lambda: None)  # a coverage tracer aside
    monkeypatch.setattr(sys, "getprofile", lambda: None)
    print("written before the end", end="")
    with pytest.raises(SystemExit):
        cli._end(1)
    assert ended == [1]
    assert capsys.readouterr().out == "written before the end"


def test_a_profiled_or_traced_run_ends_through_the_interpreter(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # ``python -m cProfile -m leaving_vegas_extract extract …`` printed no profile (and wrote no
    # ``-o`` file): cProfile reports after the program's SystemExit, which os._exit skipped.
    # A tracer (trace, a debugger) reports after it too.
    ended: list[int] = []
    monkeypatch.setattr(os, "_exit", ended.append)
    monkeypatch.setattr(atexit, "_ncallbacks", lambda: 0)
    monkeypatch.setattr(threading, "active_count", lambda: 1)
    # Each watcher alone, the other pinned to none (a coverage run's tracer would else decide).
    for profiled in (True, False):
        monkeypatch.setattr(sys, "getprofile", (lambda: print) if profiled else (lambda: None))
        monkeypatch.setattr(sys, "gettrace", (lambda: None) if profiled else (lambda: print))
        with pytest.raises(SystemExit) as exit_:
            cli._end(0)
        assert exit_.value.code == 0
    assert ended == []


def test_cprofile_over_the_cli_writes_its_profile(tmp_path: Path) -> None:
    stats = tmp_path / "run.prof"
    subprocess.run(
        [sys.executable, "-m", "cProfile", "-o", str(stats), "-m", "leaving_vegas_extract",
         "extract", SEED, "-q", "-o", str(tmp_path / "out")],
        cwd=ROOT, timeout=300, check=True,
    )  # fmt: skip
    assert stats.stat().st_size > 0


def test_a_program_calling_main_goes_on_after_it(tmp_path: Path) -> None:
    """``cli.main`` ends by SystemExit whatever the run: a caller may catch it and carry on
    (only the console script's ``run`` ends the process at once)."""
    program = (
        "import sys\n"
        "from leaving_vegas_extract.cli import main\n"
        f"sys.argv = ['x', 'extract', {SEED!r}, '-q', '-o', {str(tmp_path)!r}]\n"
        "try:\n"
        "    main()\n"
        "except SystemExit as exit:\n"
        "    print('went on after', exit.code)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", program], capture_output=True, text=True, cwd=ROOT, timeout=300
    )
    assert done.stdout.strip() == "went on after 0"
    assert (tmp_path / "leaving_las_vegas.json").exists()
