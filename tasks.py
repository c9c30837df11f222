#!/usr/bin/env python3
"""Project tasks that need nothing but python3: each sets up ``.venv`` first, then runs.

python3 tasks.py extract    # set up, extract raw/ into output/
python3 tasks.py build      # compile the hot modules with mypyc (in place; setup does it too)
python3 tasks.py test       # set up, lint, type-check, check the import rules, run the tests
                            # (compiled, then again in pure Python)
python3 tasks.py goldens    # regenerate every golden file (review the diff before committing)
python3 tasks.py schema     # regenerate the JSON Schema (package copy and schemas/)
python3 tasks.py property   # the long property suite (10,000 examples)
python3 tasks.py bench      # the benchmark
python3 tasks.py readme     # regenerate README.md's usage block and JSON excerpt
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PY = BIN / ("python.exe" if os.name == "nt" else "python")
STAMP = VENV / ".installed"
PACKAGE = ROOT / "leaving_vegas_extract"
# Hash of the package's sources at the last in-place compiled build (build/ is not committed).
BUILT = ROOT / "build" / ".compiled-sources"


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
    # The editable install itself is pure Python (quick); build() compiles in place with the
    # venv's own mypyc, again whenever a source changes.
    run(PY, "-m", "pip", "install", "--quiet", "-e", ".[dev]", env=dict(os.environ, LVE_PURE="1"))
    # With PYTHONDONTWRITEBYTECODE set every start would compile the modules left in Python from
    # source again (~100 ms of a one-file run).
    run(PY, "-m", "compileall", "-q", "leaving_vegas_extract")
    STAMP.write_text(want)
    BUILT.unlink(missing_ok=True)


def _sources_hash() -> str:
    digest = hashlib.sha256()
    for path in sorted([*PACKAGE.rglob("*.py"), ROOT / "setup.py"]):
        digest.update(f"{path.relative_to(ROOT)}\0".encode() + path.read_bytes())
    return digest.hexdigest()


def build() -> None:
    """Compile the hot modules in place (mypyc), unless nothing changed since the last build.

    Only changed modules' C is recompiled. Where it cannot compile (no compiler, or LVE_PURE=1)
    the checkout stays pure Python; a compiled module older than its source is never run (the
    package imports the ``.py`` then, see ``leaving_vegas_extract/_pure.py``).
    """
    if os.environ.get("LVE_PURE", "") not in ("", "0"):
        return
    want = _sources_hash()
    if BUILT.exists() and BUILT.read_text() == want:
        return
    run(PY, "setup.py", "--quiet", "build_ext", "--inplace")
    BUILT.parent.mkdir(exist_ok=True)
    BUILT.write_text(want)


def cli(*args: str) -> None:
    """Run the project's own command line."""
    run(PY, "-m", "leaving_vegas_extract", *args)


def task_extract() -> None:
    cli("extract", "raw", "-o", "output")


# The pure run: the doctests, the tests of every compiled layer, and the goldens end to end; the
# CLI, batch, export and model tests run the same modules and ran compiled just before.
PURE_TESTS = (
    "leaving_vegas_extract",
    "tests/source",
    "tests/formats",
    "tests/parts",
    "tests/normalize",
    "tests/test_golden.py",
    "tests/test_expected.py",
    "tests/test_seed.py",
    "tests/test_pathological.py",
    "tests/test_pipeline_coverage.py",
    "tests/test_property.py",
)


def task_build() -> None:
    """setup() has built already: say which modules run compiled."""
    run(PY, "-c", "from leaving_vegas_extract._pure import report; print(report())")


def task_test() -> None:
    run(PY, "-m", "ruff", "check", ".")
    run(PY, "-m", "ruff", "format", "--check", ".")
    run(PY, "-m", "mypy")
    run(BIN / "lint-imports")
    task_build()
    run(PY, "-m", "pytest", "-q", "-p", "no:randomly")
    # The same .py files in pure Python (what a plain install without a compiler runs): the
    # compiled modules' doctests and tests, and the goldens, end to end.
    pure = dict(os.environ, LVE_PURE="1")
    run(PY, "-m", "pytest", "-q", "-p", "no:randomly", *PURE_TESTS, env=pure)
    if not (shutil.which("chromium") or os.path.exists("/usr/bin/chromium")):
        bar = "!" * 78
        print(
            f"{bar}\n!! BROWSER TESTS SKIPPED: no chromium, so the review-page tests in\n"
            f"!! tests/export/review/test_browser.py did not run. apt-get install -y chromium\n"
            f"!! (with CI set they fail instead of skipping)\n{bar}",
            flush=True,
        )


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


def task_readme() -> None:
    run(PY, "tools/readme.py")


def task_bench() -> None:
    run(PY, "benchmarks/bench.py")


TASKS = {name[5:]: fn for name, fn in globals().items() if name.startswith("task_")}


def main() -> None:
    if len(sys.argv) != 2 or sys.argv[1] not in TASKS:
        print(__doc__)
        sys.exit(2)
    setup()
    build()
    TASKS[sys.argv[1]]()


if __name__ == "__main__":
    main()
