"""Wikitext: our end-to-end time per page beside the parsers alone, and a dump's streaming memory.

Run by hand (figures depend on the machine)::

    .venv/bin/python benchmarks/wikitext.py                 # speed on the fixture pages
    .venv/bin/python benchmarks/wikitext.py --dump-mb 100   # + peak RSS of a 100 MB dump
    .venv/bin/python benchmarks/wikitext.py --dump-mb 100 --dump-mb 1000

Speed: every page of ``tests/fixtures/wikitext`` (the ``.wiki`` files and the pages of the
exports), each timed ``--runs`` times; per page the median, then the median and the maximum over
pages, in CPU time (the figures hold when the machine is shared). "ours" is the page's UTF-8
bytes to JSON bytes (``extract_bytes`` then ``to_json``: decode, every part, validation,
serialisation). Beside it: ``mwparserfromhell.parse`` alone (default
settings and ``skip_style_tags=True``) and ``wikitextparser.parse`` with templates, tables,
sections and tags read (what a reader built on it would touch at the least).

Memory: a dump of ``N`` MB made of the fixture pages repeated (each copy its own title and id),
extracted by the CLI to JSON Lines in a child process with one worker; the child's peak RSS
(``ru_maxrss``) is printed with its wall time and pages/s.
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "wikitext"


def fixture_pages() -> list[tuple[str, str]]:
    """``(name, wikitext)`` of every fixture page."""
    from leaving_vegas_extract.source.dump import read_dump

    pages: list[tuple[str, str]] = []
    for path in sorted(FIXTURES.iterdir()):
        if path.suffix == ".wiki":
            pages.append((path.name, path.read_text(encoding="utf-8")))
        elif path.name.endswith((".xml", ".xml.bz2")):
            for page in read_dump(str(path)):
                if page.source is not None:
                    pages.append((f"{path.name}#{page.title}", "\n".join(page.source.lines)))
    return pages


def _time(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()  # CPU time: the machine may be shared
        fn()
        times.append(time.process_time() - start)
    return statistics.median(times)


def _ours(data: bytes, name: str) -> bytes:
    from leaving_vegas_extract.api import extract_bytes
    from leaving_vegas_extract.export.json_out import to_json

    return to_json(extract_bytes(data, source=name))


def _wtp(text: str) -> None:
    import wikitextparser

    parsed = wikitextparser.parse(text)
    for template in parsed.templates:
        _ = template.arguments
    _ = parsed.tables, parsed.sections, parsed.get_tags()


def speed(runs: int) -> None:
    """Median and max over pages of each page's median time, in ms."""
    import mwparserfromhell

    from leaving_vegas_extract.api import extract_bytes

    pages = fixture_pages()
    rows: dict[str, list[float]] = {}
    for name, text in pages:
        data = text.encode("utf-8")
        extract_bytes(data, source=name)  # warm: imports, first calls
        cases: dict[str, Callable[[], object]] = {
            "ours: bytes to JSON bytes": partial(_ours, data, name),
            "mwparserfromhell.parse": partial(mwparserfromhell.parse, text),
            "mwparserfromhell.parse(skip_style_tags)": partial(
                mwparserfromhell.parse, text, skip_style_tags=True
            ),
            "wikitextparser parse+templates+tables+sections+tags": partial(_wtp, text),
        }
        for label, fn in cases.items():
            rows.setdefault(label, []).append(_time(fn, runs) * 1000)
    print(f"{len(pages)} fixture pages, {runs} runs each (per-page median; ms)")
    print(f"{'':55} {'median':>8} {'max':>8}")
    for label, values in rows.items():
        print(f"{label:55} {statistics.median(values):8.2f} {max(values):8.2f}")


def _page_xml(title: str, number: int, text: str) -> str:
    return (
        f"  <page>\n    <title>{escape(title)}</title>\n    <ns>0</ns>\n    <id>{number}</id>\n"
        f"    <revision>\n      <id>{number}</id>\n"
        "      <timestamp>2024-01-01T00:00:00Z</timestamp>\n"
        f'      <text xml:space="preserve">{escape(text)}</text>\n    </revision>\n  </page>\n'
    )


def make_dump(path: Path, megabytes: int) -> int:
    """Write a dump of about ``megabytes`` MB of repeated fixture pages; the page count."""
    pages = fixture_pages()
    target = megabytes * 1_000_000
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        out.write('<mediawiki xmlns="http://www.mediawiki.org/xml/export-0.11/" version="0.11">\n')
        while written < target:
            name, text = pages[count % len(pages)]
            count += 1
            chunk = _page_xml(f"{name} copy {count}", count, text)
            out.write(chunk)
            written += len(chunk.encode("utf-8"))
        out.write("</mediawiki>\n")
    return count


def memory(megabytes: int) -> None:
    """Extract a dump of ``megabytes`` MB to JSON Lines in a child; print its peak RSS."""
    with tempfile.TemporaryDirectory() as folder:
        dump = Path(folder) / "dump.xml"
        count = make_dump(dump, megabytes)
        out = Path(folder) / "out.jsonl"
        command = [sys.executable, "-m", "leaving_vegas_extract", "extract", str(dump)]
        command += ["--format", "jsonl", "-o", str(out), "-w", "1", "-q"]
        before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        start = time.perf_counter()
        subprocess.run(command, check=True, env={**os.environ, "PYTHONHASHSEED": "0"})
        elapsed = time.perf_counter() - start
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
        lines = sum(1 for _ in out.open("rb"))
        size = dump.stat().st_size / 1e6
        note = "" if peak > before else " (at most; an earlier child peaked higher)"
        print(
            f"dump {size:.0f} MB, {count} pages -> {lines} JSON lines in {elapsed:.0f} s "
            f"({lines / elapsed:.0f} pages/s); peak RSS {peak / 1024:.0f} MB{note}"
        )


def main() -> None:
    """Parse the arguments and run the measurements asked for."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=21)
    parser.add_argument("--dump-mb", type=int, action="append", default=[])
    parser.add_argument("--no-speed", action="store_true")
    args = parser.parse_args()
    if not args.no_speed:
        speed(args.runs)
    for megabytes in args.dump_mb:
        memory(megabytes)


if __name__ == "__main__":
    main()
