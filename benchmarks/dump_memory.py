#!/usr/bin/env python3
"""A MediaWiki dump of N MB, streamed: peak RSS of every process and throughput (issue 18).

Run by hand, not in CI. The dump is the wikitext fixture pages repeated (each copy its own title
and page id) until it reaches the size asked for; the CLI extracts it to JSON Lines in a child
process, and this script samples ``VmHWM`` (each process's own peak RSS) of the child and of its
pool workers twice a second. The issue's bar: under 200 MB per process at 1 GB, and the 100 MB
figures within 10 % of it.

    .venv/bin/python benchmarks/dump_memory.py --mb 100 --workers 2     # ~5-10 minutes here
    .venv/bin/python benchmarks/dump_memory.py --mb 1000 --workers 2    # ~1 GB dump + ~1 GB out
    .venv/bin/python benchmarks/dump_memory.py --mb 100 --bz2           # the dump compressed

Files are written under ``--dir`` (default ``/tmp/lve-dump-bench``, printed first) and removed
at the end unless ``--keep``; it refuses to start without room for the dump and its output.
"""

from __future__ import annotations

import argparse
import bz2
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import IO
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "wikitext"
SAMPLE_EVERY = 0.5  # seconds between RSS samples


def fixture_pages() -> list[tuple[str, str]]:
    """``(name, wikitext)`` of every wikitext fixture page (dumps' main-namespace pages too)."""
    sys.path.insert(0, str(ROOT))
    from leaving_vegas_extract.source.dump import read_dump

    pages: list[tuple[str, str]] = []
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix == ".wiki":
            pages.append((path.stem, path.read_text(encoding="utf-8")))
        elif path.name.endswith((".xml", ".xml.bz2")):
            for page in read_dump(str(path)):
                if page.source is not None:
                    pages.append((page.title, "\n".join(page.source.lines)))
    return pages


def _page_xml(title: str, number: int, text: str) -> str:
    return (
        f"  <page>\n    <title>{escape(title)}</title>\n    <ns>0</ns>\n    <id>{number}</id>\n"
        f"    <revision>\n      <id>{number + 7}</id>\n"
        "      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
        f'      <text bytes="{len(text.encode())}" xml:space="preserve">{escape(text)}</text>\n'
        "    </revision>\n  </page>\n"
    )


def _opened(path: Path, compress: bool) -> IO[bytes]:
    return bz2.open(path, "wb") if compress else path.open("wb")


def make_dump(path: Path, megabytes: int, compress: bool) -> int:
    """Write a dump of about ``megabytes`` MB (uncompressed) of repeated pages; the page count.

    Written as it goes: the dump is never held in memory here either."""
    pages = fixture_pages()
    target = megabytes * 1_000_000
    written = count = 0
    with _opened(path, compress) as out:
        out.write(b'<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">\n')
        while written < target:
            name, text = pages[count % len(pages)]
            count += 1
            chunk = _page_xml(f"{name} (copy {count})", count, text).encode("utf-8")
            out.write(chunk)
            written += len(chunk)
        out.write(b"</mediawiki>\n")
    return count


def _children(pid: int) -> list[int]:
    """The process's descendants (Linux /proc)."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as handle:
                kids = [int(k) for k in handle.read().split()]
        except OSError:
            continue
        for kid in kids:
            found += [kid, *_children(kid)]
    return found


def _peak_kb(pid: int) -> int | None:
    """``VmHWM`` of a process: its own peak resident set, in kB."""
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        return None
    return None


def run(dump: Path, out: Path, workers: int) -> tuple[float, dict[int, int], int, int]:
    """Extract ``dump`` to JSON Lines; wall seconds, peak kB per process, exit code, main pid."""
    command = [sys.executable, "-m", "leaving_vegas_extract", "extract", str(dump)]
    command += ["--format", "jsonl", "-o", str(out), "-w", str(workers), "-q"]
    peaks: dict[int, int] = {}
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env={**os.environ, "PYTHONHASHSEED": "0"})
    while child.poll() is None:
        for pid in [child.pid, *_children(child.pid)]:
            if (kb := _peak_kb(pid)) is not None:
                peaks[pid] = max(peaks.get(pid, 0), kb)
        time.sleep(SAMPLE_EVERY)
    return time.perf_counter() - start, peaks, child.returncode, child.pid


def main() -> None:
    """Make the dump, extract it, print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=int, default=100, help="dump size in MB (uncompressed)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--dir", default="/tmp/lve-dump-bench", help="where files are written")
    parser.add_argument("--bz2", action="store_true", help="write the dump compressed")
    parser.add_argument("--keep", action="store_true", help="keep the dump and the output")
    args = parser.parse_args()
    folder = Path(args.dir)
    folder.mkdir(parents=True, exist_ok=True)
    print(f"writing under {folder} (dump and JSON Lines output)", flush=True)
    need = int(args.mb * 1e6 * 2.5)
    free = shutil.disk_usage(folder).free
    if free < need:
        sys.exit(f"not enough room in {folder}: {free / 1e9:.1f} GB free, {need / 1e9:.1f} needed")
    dump = folder / (f"dump-{args.mb}mb.xml" + (".bz2" if args.bz2 else ""))
    out = folder / f"dump-{args.mb}mb.jsonl"
    started = time.perf_counter()
    count = make_dump(dump, args.mb, args.bz2)
    print(
        f"dump: {dump} {dump.stat().st_size / 1e6:.0f} MB on disk, {count} pages "
        f"(made in {time.perf_counter() - started:.0f} s)",
        flush=True,
    )
    try:
        elapsed, peaks, code, main_pid = run(dump, out, args.workers)
        lines = sum(1 for _ in out.open("rb")) if out.exists() else 0
        print(
            f"extract -w {args.workers}: exit {code}, {lines} JSON lines "
            f"({out.stat().st_size / 1e6:.0f} MB) in {elapsed:.0f} s: "
            f"{lines / elapsed:.0f} pages/s, {args.mb / elapsed:.2f} MB/s"
        )
        for pid, kb in sorted(peaks.items()):
            role = "main" if pid == main_pid else "worker"
            print(f"  pid {pid} ({role}): peak RSS {kb / 1024:.0f} MB")
        if peaks:
            print(f"peak RSS per process: max {max(peaks.values()) / 1024:.0f} MB")
    finally:
        if not args.keep:
            dump.unlink(missing_ok=True)
            out.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
