"""How fast a 400-line article's review page opens in headless Chromium (Debian's ``chromium``).

    .venv/bin/python benchmarks/review_page.py [--runs 15] [--lines 400]

Run by hand, not in CI. The article is a project fixture (``tests/fixtures/label-space/
amelie.txt``) grown to the wanted length with generated lead paragraphs (each citing a note) and
generated notes, so every added line is a value on the page. Each run opens the page in a fresh
browser context from ``file://`` and reads the browser's own navigation timing: ``load`` is
``loadEventEnd`` (HTML parsed, style computed, script run), ``paint`` the first contentful paint;
``click`` is the time from clicking a value to its lines being lit, measured inside the page.
Target (issue 21): the page opens (``load``) in under a second.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from leaving_vegas_extract.api import extract_file_claimed  # noqa: E402
from leaving_vegas_extract.export.review.page import review_page  # noqa: E402
from tests.export.review.browser import CHROMIUM_ARGS  # noqa: E402

BASE = ROOT / "tests" / "fixtures" / "label-space" / "amelie.txt"
ARGS = CHROMIUM_ARGS  # the browser tests' flags: the page is timed as the tests open it
TIMING = """() => new Promise(done => {
  const n = performance.getEntriesByType('navigation')[0];
  const give = p => done([n.loadEventEnd, n.domContentLoadedEventEnd, p]);
  new PerformanceObserver(list => {
    const p = list.getEntriesByName('first-contentful-paint')[0]; if (p) give(p.startTime);
  }).observe({type: 'paint', buffered: true});
  setTimeout(() => give(-1), 3000); })"""
CLICK = """() => { const v = document.querySelector('.v[data-lines]');
  const t = performance.now(); v.click();
  const lit = document.querySelectorAll('.ln.hl').length; return [performance.now() - t, lit]; }"""


def grow(lines: list[str], want: int) -> list[str]:
    """The fixture with generated paragraphs after its lead and notes after its last note."""
    lead_end = next(i for i, line in enumerate(lines) if line.strip().startswith("•"))
    last_note = max(i for i, line in enumerate(lines) if ". ^ " in line)
    first_new = int(lines[last_note].split(".", 1)[0]) + 1
    extra = want - len(lines)
    notes = [
        f"  {first_new + k}. ^ Generated, Writer (2020-01-{k % 28 + 1:02d}). "
        f'"Generated note number {k}". Benchmark Weekly. Retrieved 2021-02-03. '
        for k in range(extra // 3)
    ]
    paragraphs: list[str] = []
    k = 0
    while len(paragraphs) + len(notes) < extra:
        note = first_new + k % len(notes)
        paragraphs += [
            f"Generated paragraph {k} of the benchmark article, long enough to wrap on a narrow "
            f"screen and to carry a note marker like real prose does.[{note}]",
            "",
        ]
        k += 1
    return (
        lines[: lead_end - 1]
        + paragraphs
        + lines[lead_end - 1 : last_note + 1]
        + notes
        + lines[last_note + 1 :]
    )


def build(folder: Path, want: int) -> tuple[Path, int, int]:
    """Write the grown article and its page; the page's path, line count and value count."""
    source = folder / "grown.txt"
    lines = grow(BASE.read_text(encoding="utf-8").splitlines(), want)
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    claimed = extract_file_claimed(source)
    html = review_page(claimed.article, claimed.lines, claimed.owners)
    page = folder / "grown.html"
    page.write_text(html, encoding="utf-8")
    cov = claimed.article.coverage
    print(
        f"article: {len(claimed.lines)} lines ({cov.lines_claimed}/{cov.lines_total} claimed), "
        f"page {len(html.encode()) / 1024:.0f} KB, {html.count('data-lines=')} linked values"
    )
    return page, len(claimed.lines), html.count("data-lines=")


def measure(page: Path, runs: int) -> list[tuple[float, float, float, float, float]]:
    """``(load, domcontentloaded, paint, click ms, wall s)`` per run, each in a fresh context."""
    from playwright.sync_api import sync_playwright

    results = []
    with sync_playwright() as play:
        browser = play.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for _ in range(runs + 1):  # the first run warms the browser up and is dropped
            context = browser.new_context(viewport={"width": 1280, "height": 800})
            tab = context.new_page()
            start = time.perf_counter()
            tab.goto(page.as_uri(), wait_until="load")
            wall = time.perf_counter() - start
            load, ready, paint = tab.evaluate(TIMING)
            click, lit = tab.evaluate(CLICK)
            assert lit > 0, "the click lit no line"
            results.append((load, ready, paint, click, wall))
            context.close()
        browser.close()
    return results[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--lines", type=int, default=400)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        page, _, _ = build(Path(tmp), args.lines)
        results = measure(page, args.runs)
    names = ("load (loadEventEnd)", "DOMContentLoaded", "first contentful paint", "click → lit")
    for index, name in enumerate(names):
        values = sorted(r[index] for r in results)
        print(f"{name:24} median {statistics.median(values):7.1f} ms  max {values[-1]:7.1f} ms")
    walls = sorted(r[4] for r in results)
    print(f"{'goto() wall, Python side':24} median {statistics.median(walls) * 1000:7.1f} ms")
    worst = max(r[0] for r in results)
    verdict = "met" if worst < 1000 else "MISSED"
    print(f"target: opens in under 1 s ({args.runs} runs, worst load {worst:.0f} ms): {verdict}")
    sys.exit(0 if worst < 1000 else 1)


if __name__ == "__main__":
    main()
