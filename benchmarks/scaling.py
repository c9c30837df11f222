"""1 -> 2 workers: wall speed-up, and what it costs in CPU time, on a machine that may be shared.

    .venv/bin/python benchmarks/scaling.py [--files 2000] [--runs 2]

Used by ``bench.py``; runs alone too (on copies of the seed and the fixtures). Wall time on a
shared machine says more about the other work than about the package, so beside the speed-up
this prints, for each worker count, the CPU time per article of the whole command (the parent
and every worker) and of the parent alone (start-up, reading the list, pickling jobs, receiving
and writing results), and the CPU efficiency: the CPU per article with one worker over that with
two (1.00: two workers do the same work with no extra CPU). A machine check runs the same
extraction in one process, then in two independent processes at once (no pool, no pipes): the
speed-up the machine itself gave two processes at that moment bounds the pool's, and the CPU
per article of the pair against the single one shows what running side by side costs there.
The load average is printed before and after each run; "busy" marks runs that shared the
machine with more than a quarter of a core of other work.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Runs the CLI's main() in this wrapper process, so the parent's CPU and the workers' (reaped
# children) are told apart; prints parent CPU s, workers' CPU s, peak RSS KB, exit code.
_WRAPPER = """
import atexit, resource, sys
atexit.register(print, end="")  # main() then ends by SystemExit, not os._exit: reported below
sys.argv = ["leaving-vegas-extract", *sys.argv[1:]]
from leaving_vegas_extract.cli import main
code = 0
try:
    main()
except SystemExit as exit:
    code = exit.code if isinstance(exit.code, int) else 1
me = resource.getrusage(resource.RUSAGE_SELF)
kids = resource.getrusage(resource.RUSAGE_CHILDREN)
print(me.ru_utime + me.ru_stime,
      kids.ru_utime + kids.ru_stime, max(me.ru_maxrss, kids.ru_maxrss), code)
"""

# The same extraction in-process, in ``n`` forked processes at once: CPU s of each, wall s.
_MACHINE = """
import os, sys, time
from pathlib import Path
from leaving_vegas_extract.api import extract_file
from leaving_vegas_extract.export.json_out import to_jsonl_line
paths = [Path(p) for p in Path(sys.argv[1]).read_text(encoding="utf-8").split("\\n") if p]
for path in paths[:60]:
    to_jsonl_line(extract_file(path))  # imports and first calls, before the fork
for n in (1, 2, 2, 1):
    read, write = os.pipe()
    start = time.perf_counter()
    for _ in range(n):
        if os.fork() == 0:
            cpu = time.process_time()
            for path in paths:
                to_jsonl_line(extract_file(path))
            os.write(write, f"{time.process_time() - cpu} ".encode())
            os._exit(0)
    for _ in range(n):
        os.wait()
    os.close(write)
    cpus = os.read(read, 4096).decode().split()
    print(n, time.perf_counter() - start, *cpus, os.getloadavg()[0], flush=True)
"""


def busy(load: float) -> bool:
    """More than a quarter of a core of other work besides the benchmark's own (one core)."""
    return load - 1 > 0.25 * (os.cpu_count() or 1)


@dataclass
class Run:
    """One ``extract`` run."""

    workers: int
    wall: float
    parent_cpu: float
    workers_cpu: float
    rss_kb: int
    code: int
    load_before: float
    load_after: float

    @property
    def cpu(self) -> float:
        """CPU seconds of the parent and every worker."""
        return self.parent_cpu + self.workers_cpu

    @property
    def busy(self) -> bool:
        """Whether other work shared the machine during the run."""
        return busy(max(self.load_before, self.load_after))


def run_extract(args: Sequence[str], stdin: Path, workers: int) -> tuple[Run, str]:
    """``extract`` with ``args`` in a fresh interpreter (paths on stdin); the run and stderr."""
    before = os.getloadavg()[0]
    start = time.perf_counter()  # the interpreter's start-up included, as for the command
    with open(stdin, "rb") as handle:
        done = subprocess.run(
            [sys.executable, "-c", _WRAPPER, *args],
            cwd=ROOT,
            stdin=handle,
            capture_output=True,
            check=False,
        )
    total_wall = time.perf_counter() - start
    parent, kids, rss, exit_code = done.stdout.split()[-4:]
    run = Run(
        workers,
        total_wall,
        float(parent),
        float(kids),
        int(rss),
        int(exit_code),
        before,
        os.getloadavg()[0],
    )
    return run, done.stderr.decode(errors="replace")


def machine_check(listing: Path) -> dict[int, tuple[float, float]]:
    """Wall s and CPU s per process for one process and for two at once (best of two each)."""
    done = subprocess.run(
        [sys.executable, "-c", _MACHINE, str(listing)],
        cwd=ROOT,
        capture_output=True,
        check=True,
        text=True,
    )
    best: dict[int, tuple[float, float]] = {}
    for line in done.stdout.splitlines():
        n, wall, *rest = line.split()
        cpus, load = [float(c) for c in rest[:-1]], float(rest[-1])
        flag = " busy" if busy(load) else ""
        shown = ", ".join(f"{c:.2f}" for c in cpus)
        print(
            f"  {n} process(es): wall {float(wall):6.2f} s, cpu {shown} s (load {load:.2f}{flag})"
        )
        mean = sum(cpus) / len(cpus)
        old = best.get(int(n))
        if old is None or float(wall) < old[0]:
            best[int(n)] = (float(wall), mean)
    return best


def compare(paths: Sequence[Path], work: Path, runs: int = 2) -> dict[str, float]:
    """``extract -w 1`` and ``-w 2`` (JSON Lines, interleaved 1, 2, 2, 1, ...) and the machine
    check; prints the table and returns the figures the verdict needs."""
    listing = work / f"scaling-{len(paths)}.txt"
    listing.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
    n = len(paths)
    order = [w for _ in range(runs) for w in (1, 2, 2, 1)][: 2 * runs]
    best: dict[int, Run] = {}
    failed = 0
    print(f"\n1 -> 2 workers: {n} files, --format jsonl, runs interleaved, best wall of {runs}")
    print(f"  {'':<6}{'wall':>8}{'cpu ms/art':>12}{'parent':>8}{'workers':>9}{'load':>14}")
    for workers in order:
        out = work / f"scaling-{workers}.jsonl"
        args = ["extract", "--from-file", "-", "-o", str(out), "--format", "jsonl"]
        run, stderr = run_extract([*args, "-w", str(workers), "-q"], listing, workers)
        if run.code != 0:
            failed += 1
            print(f"  !! -w {workers} exited {run.code}: {stderr.strip()[-300:]}")
        print(
            f"  -w {workers}{run.wall:8.2f}{run.cpu / n * 1e3:12.3f}{run.parent_cpu / n * 1e3:8.3f}"
            f"{run.workers_cpu / n * 1e3:9.3f}  {run.load_before:5.2f}->{run.load_after:5.2f}"
            f"{' busy' if run.busy else ''}"
        )
        if workers not in best or run.wall < best[workers].wall:
            best[workers] = run
    same = (work / "scaling-1.jsonl").read_bytes() == (work / "scaling-2.jsonl").read_bytes()
    one, two = best[1], best[2]
    speed_up = one.wall / two.wall
    efficiency = one.cpu / two.cpu
    print(
        f"  speed-up {speed_up:.2f}x (wall); CPU efficiency {efficiency:.2f}"
        f" (cpu -w 1 / cpu -w 2: {one.cpu:.2f} / {two.cpu:.2f} s, of which parent"
        f" {one.parent_cpu:.2f} / {two.parent_cpu:.2f} s); outputs identical: {same}"
    )
    print("  machine check: the same extraction in one process, then two at once (no pool)")
    machine = machine_check(listing)
    capacity = 2 * machine[1][0] / machine[2][0]
    side_by_side = machine[2][1] / machine[1][1]
    print(
        f"  machine gave two processes {capacity:.2f}x; CPU per article side by side"
        f" {side_by_side:.2f}x that of one alone"
    )
    return {
        "speed_up": speed_up,
        "efficiency": efficiency,
        "capacity": capacity,
        "busy": float(one.busy or two.busy),
        "identical": float(same),
        "failed": float(failed),
    }


def main(argv: Sequence[str] | None = None) -> int:
    """Print the comparison on copies of the seed and fixtures; exit 1 below 1.6x when idle."""
    import bench

    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--files", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lve-scaling-") as tmp:
        paths = bench.build_corpus(Path(tmp) / "mixed", args.files, bench.sources())
        figures = compare(paths, Path(tmp), args.runs)
    ok = figures["speed_up"] >= 1.6
    note = " (machine busy: see the CPU efficiency)" if figures["busy"] else ""
    print(
        f"\n  [{'PASS' if ok else 'FAIL'}] 1 -> 2 workers: {figures['speed_up']:.2f}x >= 1.6{note}"
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "benchmarks"))
    sys.exit(main())
