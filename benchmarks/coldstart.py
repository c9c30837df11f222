"""Cold start of a one-file ``extract``: wall and CPU time of fresh interpreters, and the imports.

    .venv/bin/python benchmarks/coldstart.py [--runs 10] [--instructions]

Used by ``bench.py``; runs alone too. The package's bytecode is compiled first and the runs may
write and read ``__pycache__`` (``PYTHONDONTWRITEBYTECODE`` is dropped from their environment): an
installed package has its bytecode, and a run that recompiles ~60 modules from source each time
measures the compiler, not the tool. The verdict is on the median wall time; the CPU time (the
process's own user + system seconds) is printed beside it because on a shared machine wall time
also counts the waits for a core. ``--instructions`` also counts the instructions of one
one-file extract and of a bare interpreter under valgrind's callgrind (it must be installed):
the measure no other load moves.
"""

from __future__ import annotations

import argparse
import compileall
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEAVY = ("bs4", "lxml", "rich", "dask", "distributed", "ftfy", "jsonschema", "multiprocessing.pool")
MODULE_CMD = (sys.executable, "-m", "leaving_vegas_extract")
ONE_FILE = ("extract", "raw/leaving_las_vegas.txt", "-q", "-o")
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def timed_runs(runs: int, command: Sequence[str]) -> tuple[list[float], list[float]]:
    """Wall and CPU seconds of ``command`` (run from the project root), ``runs`` times."""
    walls, cpus = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, cwd=ROOT, check=True, capture_output=True, env=ENV)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
    return walls, cpus


def import_times(out: Path) -> tuple[dict[str, int], list[tuple[int, str]]]:
    """``-X importtime`` of a one-file extract: µs per top-level package, slowest modules."""
    done = subprocess.run(
        [MODULE_CMD[0], "-X", "importtime", *MODULE_CMD[1:], *ONE_FILE, str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
        env=ENV,
    )
    packages: dict[str, int] = defaultdict(int)
    modules = []
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "self [us]" not in line:
            own, _, name = line[len("import time:") :].split("|")
            modules.append((int(own), name.strip()))
            packages[name.strip().split(".")[0]] += int(own)
    return dict(packages), sorted(modules, reverse=True)


def run_cold_start(runs: int, work: Path) -> tuple[float, float]:
    """Print the cold-start table and the imports; return the one-file extract's median wall s
    and median CPU s."""
    compileall.compile_dir(ROOT / "leaving_vegas_extract", quiet=1)
    one_file = [*ONE_FILE, str(work / "cold")]
    script = str(Path(sys.executable).with_name("leaving-vegas-extract"))
    commands = {
        "python -m leaving_vegas_extract extract": [*MODULE_CMD, *one_file],
        "leaving-vegas-extract extract (script)": [script, *one_file],
        "python -m leaving_vegas_extract --version": [*MODULE_CMD, "--version"],
        "bare interpreter (python -c pass)": [sys.executable, "-c", "pass"],
    }
    print(f"\ncold start (median of {runs} runs; bytecode compiled, as installed)")
    print(f"  {'':<42} {'wall':>6}  {'(min)':>7}  {'cpu':>6}")
    median = cpu = 0.0
    for name, command in commands.items():
        if Path(command[0]).exists():
            walls, cpus = timed_runs(runs, command)
            median = median or statistics.median(walls)
            cpu = cpu or statistics.median(cpus)
            print(
                f"  {name:<42} {statistics.median(walls) * 1e3:4.0f} ms  ({min(walls) * 1e3:4.0f})"
                f"  {statistics.median(cpus) * 1e3:4.0f} ms"
            )
    packages, modules = import_times(work / "cold")
    heavy = [h for h in HEAVY if any(m == h or m.startswith(h + ".") for _, m in modules)]
    print(
        f"  imports (-X importtime): {sum(packages.values()) / 1e3:.0f} ms;"
        f" heavy modules loaded: {', '.join(heavy) or 'none'}"
    )
    for name, us in sorted(packages.items(), key=lambda kv: -kv[1])[:8]:
        print(f"    {us / 1e3:6.1f} ms  {name} (package: own times summed)")
    for us, name in modules[:12]:
        print(f"    {us / 1e3:6.1f} ms  {name} (module: own time)")
    return median, cpu


def instructions(command: Sequence[str], work: Path) -> int:
    """Instructions of ``command`` (run from the project root) under callgrind."""
    out = work / "callgrind.out"
    subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out}", *command],
        cwd=ROOT,
        check=True,
        capture_output=True,
        env=ENV,
    )
    totals = re.search(r"^totals: (\d+)", out.read_text(), re.M)
    assert totals is not None, "no totals line in the callgrind output"
    return int(totals.group(1))


def print_instructions(work: Path) -> None:
    """Instructions of a one-file extract, ``--version`` and a bare interpreter."""
    print("\ninstructions (callgrind; steady whatever else runs)")
    for name, command in (
        ("python -m leaving_vegas_extract extract", [*MODULE_CMD, *ONE_FILE, str(work / "ins")]),
        ("python -m leaving_vegas_extract --version", [*MODULE_CMD, "--version"]),
        ("bare interpreter (python -c pass)", [sys.executable, "-c", "pass"]),
    ):
        print(f"  {name:<42} {instructions(command, work) / 1e6:8.1f} M")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the cold start; exit 1 when the median is over 300 ms."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--instructions", action="store_true", help="count them (valgrind)")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lve-cold-") as tmp:
        median, _ = run_cold_start(args.runs, Path(tmp))
        if args.instructions:
            print_instructions(Path(tmp))
    print(f"\n  [{'PASS' if median <= 0.3 else 'FAIL'}] cold start: {median * 1e3:.0f} ms <= 300")
    return 0 if median <= 0.3 else 1


if __name__ == "__main__":
    sys.exit(main())
