"""Instructions per seed article, file to JSON Lines bytes: a measure no other load can move.

    .venv/bin/python benchmarks/instructions.py [--root PATH] [--cold] [--mixed]

Runs valgrind's callgrind (it must be installed) on this script's inner mode twice, extracting the
seed 0 and 10 times after one warm-up, and prints the difference over 10. ``--root`` measures
another checkout (say an older commit in a ``git worktree``) with the same interpreter;
``--cold`` empties every ``functools`` cache of the package before each article. Slow (~1 min).
``--mixed`` extracts the seed and every text fixture (``tests/fixtures/**/*.txt``, the mixed
corpus of ``bench.py``) instead, 3 times, and prints the mean per article: the measure of the
fixed per-article cost (~3 min).
"""

from __future__ import annotations

import argparse
import gc
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from caches import package_caches

ROOT = Path(__file__).resolve().parent.parent
RUNS = 10


def inputs(root: str, mixed: bool) -> list[Path]:
    """The seed, and with ``mixed`` every text fixture after it."""
    seed = Path(root) / "raw" / "leaving_las_vegas.txt"
    if not mixed:
        return [seed]
    return [seed, *sorted((Path(root) / "tests" / "fixtures").rglob("*.txt"))]


def inner(root: str, runs: int, cold: bool, mixed: bool) -> None:
    """Extract the inputs ``runs`` times to JSON Lines bytes (after one warm-up pass)."""
    sys.path.insert(0, root)
    from leaving_vegas_extract.api import extract_file
    from leaving_vegas_extract.export.json_out import to_jsonl_line

    files = inputs(root, mixed)
    for path in files:
        to_jsonl_line(extract_file(path))
    clears = package_caches() if cold else []
    gc.disable()  # a collection landing in one run and not the other is noise
    for _ in range(runs):
        for path in files:
            for clear in clears:
                clear()
            to_jsonl_line(extract_file(path))


def count(root: str, runs: int, cold: bool, mixed: bool = False) -> int:
    """Total instructions of one inner run under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        command = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
            sys.executable, __file__, "--inner", str(runs), "--root", root,
            *(["--cold"] if cold else []), *(["--mixed"] if mixed else []),
        ]  # fmt: skip
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        subprocess.run(command, check=True, capture_output=True, env=env)
        totals = re.search(r"^totals: (\d+)", out.read_text(), re.M)
        assert totals is not None, "no totals line in the callgrind output"
        return int(totals.group(1))


def main() -> int:
    """Print instructions per article."""
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--root", default=str(ROOT), help="checkout to measure")
    parser.add_argument("--cold", action="store_true", help="empty the caches per article")
    parser.add_argument("--mixed", action="store_true", help="the seed and every text fixture")
    parser.add_argument("--inner", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner is not None:
        inner(args.root, args.inner, args.cold, args.mixed)
        return 0
    root, cold, mixed = args.root, args.cold, args.mixed
    runs = 3 if mixed else RUNS
    count(root, 0, cold, mixed)  # compiles and caches the bytecode of both trees first
    total = count(root, runs, cold, mixed) - count(root, 0, cold, mixed)
    per = total / (runs * len(inputs(root, mixed)))
    caches = "emptied per article" if cold else "warm"
    what = f"mixed article ({len(inputs(root, mixed))} files)" if mixed else "seed article"
    print(f"{root}: {per / 1e6:.2f} M instructions per {what} (caches {caches})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
