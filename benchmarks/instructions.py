"""Instructions per seed article, file to JSON Lines bytes: a measure no other load can move.

    .venv/bin/python benchmarks/instructions.py [--root PATH] [--cold]

Runs valgrind's callgrind (it must be installed) on this script's inner mode twice, extracting the
seed 0 and 10 times after one warm-up, and prints the difference over 10. ``--root`` measures
another checkout (say an older commit in a ``git worktree``) with the same interpreter;
``--cold`` empties every ``functools`` cache of the package before each article. Slow (~1 min).
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


def inner(root: str, runs: int, cold: bool) -> None:
    """Extract the seed ``runs`` times to JSON Lines bytes (after one warm-up)."""
    sys.path.insert(0, root)
    from leaving_vegas_extract.api import extract_file
    from leaving_vegas_extract.export.json_out import to_jsonl_line

    seed = Path(root) / "raw" / "leaving_las_vegas.txt"
    to_jsonl_line(extract_file(seed))
    clears = package_caches() if cold else []
    gc.disable()  # a collection landing in one run and not the other is noise
    for _ in range(runs):
        for clear in clears:
            clear()
        to_jsonl_line(extract_file(seed))


def count(root: str, runs: int, cold: bool) -> int:
    """Total instructions of one inner run under callgrind."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "cg.out"
        command = [
            "valgrind", "--tool=callgrind", f"--callgrind-out-file={out}",
            sys.executable, __file__, "--inner", str(runs), "--root", root,
            *(["--cold"] if cold else []),
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
    parser.add_argument("--inner", type=int, default=None, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner is not None:
        inner(args.root, args.inner, args.cold)
        return 0
    count(args.root, 0, args.cold)  # compiles and caches the bytecode of both trees first
    per = (count(args.root, RUNS, args.cold) - count(args.root, 0, args.cold)) / RUNS
    caches = "emptied per article" if args.cold else "warm"
    print(f"{args.root}: {per / 1e6:.2f} M instructions per seed article (caches {caches})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
