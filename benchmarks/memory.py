#!/usr/bin/env python3
"""Peak memory of one large article: is it a few times the article's size? (issue 17)

Run by hand, not in CI (a 50 MB article takes about a minute and half a gigabyte):

    .venv/bin/python benchmarks/memory.py            # 50 MB: the CLI's peak RSS, then stages
    .venv/bin/python benchmarks/memory.py --mb 10    # a smaller article
    .venv/bin/python benchmarks/memory.py --trace    # also where the memory goes (tracemalloc)

The article is the seed with its prose sections (headings, paragraphs with citation markers,
the awards table) repeated until it reaches the size asked for: the mix of long and short lines
of a real article, only longer. Three figures:

1. the peak RSS of ``leaving-vegas-extract extract FILE -o DIR`` in a child process (what a user
   sees), against the target: under 10x the file's size (500 MB for 50 MB);
2. the peak RSS after each stage in this process (read, decode, extract, serialize), so a
   regression shows where it is;
3. with ``--trace``, tracemalloc's largest allocation sites of the extraction and its peak.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "raw" / "leaving_las_vegas.txt"
TARGET_RATIO = 10.0  # the bar: a 50 MB article under 500 MB


def build_article(path: Path, megabytes: float) -> int:
    """Write the seed with its prose sections repeated to ``megabytes``; the size written."""
    lines = SEED.read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if len(line) > 300)  # the first paragraph
    end = next(i for i, line in enumerate(lines) if line.startswith("No. "))  # the soundtrack
    chunk = lines[start : end - 3]
    want, size, body = int(megabytes * 1e6), 0, []
    while size < want:
        body.extend(chunk)
        size += sum(len(line.encode("utf-8")) + 1 for line in chunk)
    path.write_text("\n".join([*lines[:start], *body, *lines[start:]]) + "\n", encoding="utf-8")
    return path.stat().st_size


def _peak_mb(who: int = resource.RUSAGE_SELF) -> float:
    """Peak RSS in MB: this process's VmHWM (reset by exec), else getrusage's maximum."""
    if who == resource.RUSAGE_SELF:
        try:
            with open("/proc/self/status", encoding="ascii") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
        except OSError:
            pass
    return resource.getrusage(who).ru_maxrss / 1024  # kilobytes on Linux


def cli_peak(path: Path, out: Path) -> tuple[float, float, int]:
    """The CLI's peak RSS in MB, its wall time, and its exit code."""
    started = time.perf_counter()
    command = [sys.executable, "-m", "leaving_vegas_extract", "extract", str(path)]
    code = subprocess.call([*command, "-o", str(out), "-q", "--timeout", "0"])
    return _peak_mb(resource.RUSAGE_CHILDREN), time.perf_counter() - started, code


def stages(path: Path) -> None:
    """The peak RSS of this process after each stage (cumulative: a peak never goes down)."""
    from leaving_vegas_extract.export.json_out import to_json
    from leaving_vegas_extract.options import ExtractOptions
    from leaving_vegas_extract.pipeline import extract_source
    from leaving_vegas_extract.source.files import read_path
    from leaving_vegas_extract.source.reader import read_bytes

    print(f"  {'imports':<10} peak RSS {_peak_mb():7.0f} MB")
    data = read_path(path, 1 << 40)
    print(f"  {'read':<10} peak RSS {_peak_mb():7.0f} MB")
    text = read_bytes(data, path=str(path), max_bytes=1 << 40)
    del data
    print(f"  {'decode':<10} peak RSS {_peak_mb():7.0f} MB")
    article = extract_source(text, ExtractOptions())
    del text
    print(f"  {'extract':<10} peak RSS {_peak_mb():7.0f} MB")
    output = to_json(article)
    print(f"  {'to_json':<10} peak RSS {_peak_mb():7.0f} MB  ({len(output) / 1e6:.0f} MB of JSON)")


def trace(path: Path, top: int) -> None:
    """tracemalloc's view of one extraction: the peak, and the largest sites still held."""
    import tracemalloc

    from leaving_vegas_extract.api import extract_file
    from leaving_vegas_extract.export.json_out import to_json

    tracemalloc.start(4)
    before = tracemalloc.take_snapshot()
    article = extract_file(path)
    after = tracemalloc.take_snapshot()
    current, peak = tracemalloc.get_traced_memory()
    print(f"  extract: {current / 1e6:.0f} MB held by the article, peak {peak / 1e6:.0f} MB")
    for stat in after.compare_to(before, "traceback")[:top]:
        where = stat.traceback.format()[-2].strip() if stat.traceback else "?"
        print(f"    {stat.size_diff / 1e6:7.1f} MB {stat.count_diff:>9} blocks  {where}")
    tracemalloc.reset_peak()
    to_json(article)
    print(f"  to_json: peak {tracemalloc.get_traced_memory()[1] / 1e6:.0f} MB")


def main(argv: list[str] | None = None) -> int:
    """Build the article, measure, and say whether the target holds (exit 0) or not (1)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=50.0, help="article size in MB")
    parser.add_argument("--trace", action="store_true", help="tracemalloc sites too")
    parser.add_argument("--top", type=int, default=12, help="sites shown with --trace")
    parser.add_argument("--stages", metavar="FILE", help=argparse.SUPPRESS)  # the child's part
    parser.add_argument("--build", metavar="FILE", help=argparse.SUPPRESS)  # the child's part
    args = parser.parse_args(argv)
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if args.build:
        build_article(Path(args.build), args.mb)
        return 0
    if args.stages:
        stages(Path(args.stages))
        if args.trace:
            trace(Path(args.stages), args.top)
        return 0
    with tempfile.TemporaryDirectory() as work:
        path = Path(work) / "large.txt"
        # Built in a child: on Linux a child's maximum RSS starts from its parent's, so this
        # process stays small for the CLI's figure to be the CLI's own.
        subprocess.check_call(
            [sys.executable, __file__, "--build", str(path), "--mb", str(args.mb)]
        )
        size = path.stat().st_size / 1e6
        print(f"article: {size:.1f} MB, {sum(1 for _ in path.open('rb'))} lines")
        peak, seconds, code = cli_peak(path, Path(work) / "out")
        ratio = peak / size
        print(f"CLI extract: peak RSS {peak:.0f} MB = {ratio:.1f}x the file, {seconds:.0f} s")
        if code:
            print(f"CLI extract failed with exit code {code}")
        # In a fresh process: this one's peak includes building the article.
        print("stages (a fresh process):", flush=True)
        extra = ["--trace", "--top", str(args.top)] if args.trace else []
        subprocess.call([sys.executable, __file__, "--stages", str(path), *extra])
    ok = code == 0 and ratio < TARGET_RATIO
    print(f"{'PASS' if ok else 'FAIL'}: peak under {TARGET_RATIO:g}x the article's size")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
