"""SQLite against JSON Lines through the batch command (issue 20; run by hand, not in CI).

    .venv/bin/python benchmarks/sqlite_bench.py             # 1,000 articles, 5 rounds
    .venv/bin/python benchmarks/sqlite_bench.py --files 300 --rounds 3

Builds ``--files`` unique articles from the seed and the fixtures (as ``bench.py`` does), then per
round runs, in a fresh interpreter each, ``extract - --format jsonl -o all.jsonl --workers 2``,
``extract - --format sqlite -o films.db --workers 2`` into a new database, and the same SQLite
command again into that database (every article replaced in place). The runs of one round follow
each other, so a machine shared with other work slows all three alike. Prints the median wall
and CPU seconds (all processes) of each, articles/s, and SQLite's speed as a share of JSON Lines
speed (target: at least 80%, on wall time). Exit 0 when the target is met.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import statistics
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import build_corpus, cli, sources

TARGET = 0.80


def run(listing: Path, fmt: str, target: Path, workers: int) -> tuple[float, float]:
    """One ``extract`` over the listed paths: (wall s, CPU s of every process)."""
    args = ["extract", "-", "-o", str(target), "--format", fmt, "-w", str(workers), "-q"]
    wall, _rss, cpu, code, stderr = cli(args, stdin=listing)
    if code != 0:
        raise SystemExit(f"{fmt} run failed (exit {code}): {stderr.strip()[-300:]}")
    return wall, cpu


def main(argv: list[str] | None = None) -> int:
    """Run the rounds and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="lve-sqlite-bench-") as tmp:
        work = Path(tmp)
        paths = build_corpus(work / "corpus", args.files, sources())
        listing = work / "paths.txt"
        listing.write_text("".join(f"{p}\n" for p in paths), encoding="utf-8")
        figures: dict[str, list[tuple[float, float]]] = {"jsonl": [], "sqlite": [], "rerun": []}
        for n in range(args.rounds):
            db = work / f"films-{n}.db"
            figures["jsonl"].append(run(listing, "jsonl", work / f"all-{n}.jsonl", args.workers))
            figures["sqlite"].append(run(listing, "sqlite", db, args.workers))
            figures["rerun"].append(run(listing, "sqlite", db, args.workers))
            print(
                f"round {n + 1}: " + ", ".join(f"{k} {v[-1][0]:.2f} s" for k, v in figures.items()),
                flush=True,
            )
        with sqlite3.connect(work / "films-0.db") as conn:
            rows = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
        size = os.path.getsize(work / "films-0.db") / 1e6
    print(f"\n{args.files} articles, --workers {args.workers}, {args.rounds} rounds (medians)")
    print(f"machine: {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end")
    medians = {}
    for name, runs in figures.items():
        wall = statistics.median(w for w, _ in runs)
        cpu = statistics.median(c for _, c in runs)
        medians[name] = (wall, cpu)
        rate = args.files / wall
        print(f"  {name:7} wall {wall:6.2f} s  cpu {cpu:6.2f} s  {rate:7.0f} articles/s")
    share = medians["jsonl"][0] / medians["sqlite"][0]
    cpu_share = medians["jsonl"][1] / medians["sqlite"][1]
    rerun = medians["jsonl"][0] / medians["rerun"][0]
    print(f"  database: {rows} articles, {size:.1f} MB")
    print(f"  SQLite speed / JSON Lines speed: {share:.0%} (wall), {cpu_share:.0%} (CPU)")
    print(f"  SQLite re-run in place / JSON Lines: {rerun:.0%} (wall)")
    ok = share >= TARGET
    print(f"{'PASS' if ok else 'FAIL'} SQLite at >= {TARGET:.0%} of JSON Lines speed: {share:.0%}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
