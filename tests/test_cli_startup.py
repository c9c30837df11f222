"""What the console entry point does before the command runs (``cli._quick_start``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from .conftest import ROOT, SEED

# Modules a one-file extract has no use for (each was once imported by it).
_NOT_NEEDED = ("typer",)

# Runs main() on one file and reports what start-up left behind.
_PROBE = """
import gc, json, sys
NOT_NEEDED = sys.argv[3].split(",")
sys.argv = ["leaving-vegas-extract", "extract", sys.argv[1], "-q", "-o", sys.argv[2]]
from leaving_vegas_extract.cli import main
try:
    main()
except SystemExit as exit:
    code = exit.code
loader = sys.modules.get("pydantic.plugin._loader")
print(json.dumps({
    "code": code,
    "real_loader": getattr(loader, "__file__", None) is not None,
    "metadata": "importlib.metadata" in sys.modules,
    "gen0": gc.get_threshold()[0],
    "needless": [m for m in NOT_NEEDED if m in sys.modules],
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


def test_plugins_the_user_enables_are_still_looked_for(tmp_path: Path) -> None:
    result = _probe(tmp_path, "")  # set, even empty: pydantic's own loader decides
    assert result["code"] == 0
    assert result["real_loader"] is True
