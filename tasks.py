#!/usr/bin/env python3
"""Project tasks that need nothing but python3: each sets up ``.venv`` first, then runs.

python3 tasks.py extract    # set up, extract raw/ into output/
python3 tasks.py test       # set up, lint, type-check, check the import rules, run the tests
python3 tasks.py goldens    # regenerate every golden file (review the diff before committing)
python3 tasks.py schema     # regenerate the JSON Schema (package copy and schemas/)
python3 tasks.py property   # the long property suite (10,000 examples)
python3 tasks.py bench      # the benchmark
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"


def run(*args: str | Path, env: dict[str, str] | None = None) -> None:
    """Run a command in the project folder; stop with its exit code when it fails."""
    print("+", " ".join(str(a) for a in args), flush=True)
    code = subprocess.call([str(a) for a in args], cwd=ROOT, env=env)
    if code:
        sys.exit(code)


def setup() -> None:
    """Create .venv and install the project with its test and dev tools (once per pyproject)."""
    if not PY.exists():
        print(f"+ creating {VENV.name}", flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(VENV)
    want = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    if STAMP.exists() and STAMP.read_text() == want:
        return
    run(PY, "-m", "pip", "install", "--quiet", "--upgrade", "pip")
    run(PY, "-m", "pip", "install", "--quiet", "-e", ".[dev]")
    # An editable install compiles nothing; with PYTHONDONTWRITEBYTECODE set every start would
    # compile the package from source again (~100 ms of a one-file run).
    run(PY, "-m", "compileall", "-q", "leaving_vegas_extract")
    STAMP.write_text(want)


def cli(*args: str) -> None:
    """Run the project's own command line."""
    run(PY, "-m", "leaving_vegas_extract", *args)


def task_extract() -> None:
    cli("extract", "raw", "-o", "output")


def task_test() -> None:
    run(PY, "-m", "ruff", "check", ".")
    run(PY, "-m", "ruff", "format", "--check", ".")
    run(PY, "-m", "mypy")
    run(BIN / "lint-imports")
    run(PY, "-m", "pytest", "-q", "-p", "no:randomly")


def task_schema() -> None:
    cli("schema", "-o", "leaving_vegas_extract")
    cli("schema", "-o", "schemas")


def task_goldens() -> None:
    task_schema()
    cli("check", "raw", "--golden", "output", "--update")
    for folder in sorted((ROOT / "tests" / "fixtures").iterdir()):
        if folder.is_dir():
            golden = ROOT / "tests" / "golden" / folder.name
            cli(
                "check",
                str(folder.relative_to(ROOT)),
                "--glob",
                "*.txt,*.html,*.wiki,*.xml,*.xml.bz2",
                "--golden",
                str(golden.relative_to(ROOT)),
                "--update",
            )


def task_property() -> None:
    env = dict(os.environ, HYPOTHESIS_PROFILE="long")
    run(PY, "-m", "pytest", "-q", "-m", "slow", "tests/test_property.py", env=env)


def task_bench() -> None:
    run(PY, "benchmarks/bench.py")


TASKS = {name[5:]: fn for name, fn in globals().items() if name.startswith("task_")}


def main() -> None:
    if len(sys.argv) != 2 or sys.argv[1] not in TASKS:
        print(__doc__)
        sys.exit(2)
    setup()
    TASKS[sys.argv[1]]()


if __name__ == "__main__":
    main()
