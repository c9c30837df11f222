"""The review pages in a real headless Chromium: clicks light source lines, nothing leaves the page.

Screenshots are saved under ``artifacts/review/`` (git-ignored) for a person to look at.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from leaving_vegas_extract.api import extract_file
from leaving_vegas_extract.batch.review import ReviewConfig, review_inputs
from leaving_vegas_extract.export.json_out import to_json
from leaving_vegas_extract.model.article import Article
from tests.conftest import ROOT, SEED

from .browser import browser, require_browser, serve

ARTIFACTS = ROOT / "artifacts" / "review"
# Text before the markup: a dump that opens with an element is read as an HTML page.
HOSTILE = "Night Ferry <script>alert(1)</script>"


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed's page, a hostile page and a folder review with its index, written once."""
    require_browser()
    folder = tmp_path_factory.mktemp("site")
    entries = list(review_inputs(ReviewConfig([str(ROOT / SEED)], str(folder / "seed.html"))))
    assert entries[0].page == "seed.html"
    hostile = folder / "hostile.txt"
    hostile.write_text(f"{HOSTILE}\n\nA paragraph about <b>nothing</b> & more.\n", encoding="utf-8")
    list(review_inputs(ReviewConfig([str(hostile)], str(folder / "hostile.html"))))
    golden = folder / "golden"
    golden.mkdir()
    old = json.loads(to_json(extract_file(ROOT / SEED)))
    old["infobox"]["directed_by"] = ["Someone Else"]
    (golden / "leaving_las_vegas.json").write_text(json.dumps(old), encoding="utf-8")
    marked = ReviewConfig([str(ROOT / SEED)], str(folder / "golden.html"), golden=str(golden))
    list(review_inputs(marked))
    # A control: a page that does reach out, to show the request check can fail.
    (folder / "leak.html").write_text('<p>x</p><img src="http://192.0.2.1/x.png">\n')
    awards = ReviewConfig([str(ROOT / "tests/fixtures/awards")], str(folder / "many"), glob="*.txt")
    list(review_inputs(awards))
    return folder


@pytest.fixture(scope="module")
def chromium(site: Path) -> Iterator[tuple[Any, str]]:
    with serve(site) as base, browser() as launched:
        yield launched, base


@pytest.fixture
def page(chromium: tuple[Any, str]) -> Iterator[Any]:
    launched, _ = chromium
    context = launched.new_context(viewport={"width": 1280, "height": 800})
    opened = context.new_page()
    errors: list[str] = []
    opened.on("pageerror", lambda e: errors.append(str(e)))
    yield opened
    context.close()
    assert errors == [], errors


def _open(page: Any, chromium: tuple[Any, str], name: str) -> tuple[str, list[str], list[str]]:
    """Open ``name``, letting only the page itself through.

    Returns its URL, the requests the route saw and those the request event saw.
    """
    url = chromium[1] + name
    routed: list[str] = []
    seen: list[str] = []

    def route(r: Any) -> None:
        routed.append(r.request.url)
        if r.request.url == url:
            r.continue_()
        else:
            r.abort()

    page.route("**/*", route)
    page.on("request", lambda r: seen.append(r.url))
    page.goto(url)
    page.wait_for_load_state("networkidle")
    return url, routed, seen


def _in_view(page: Any, number: int) -> bool:
    """Whether source line ``number`` is inside the visible part of the source pane."""
    return bool(
        page.evaluate(
            """n => { const l = document.getElementById('L' + n).getBoundingClientRect();
            const s = document.getElementById('src').getBoundingClientRect();
            return l.top >= s.top && l.bottom <= s.bottom && l.height > 0; }""",
            number,
        )
    )


def _field_lines(article: Article, label: str) -> tuple[int, int]:
    assert article.infobox is not None
    return next(f.lines for f in article.infobox.fields if f.label == label)


def test_director_click_lights_its_line(
    page: Any, chromium: tuple[Any, str], seed: Article
) -> None:
    _open(page, chromium, "seed.html")
    first, last = _field_lines(seed, "Directed by")
    row = page.locator('tr[data-label="Infobox: Directed by"]')
    row.click()
    assert "active" in (row.get_attribute("class") or "")
    line = page.locator(f"#L{first}")
    assert "hl" in (line.get_attribute("class") or "")
    assert "Directed by" in line.inner_text()
    assert _in_view(page, first)
    assert page.locator(".ln.hl").count() == last - first + 1
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "seed.png"))


def test_budget_click_reaches_its_note(page: Any, chromium: tuple[Any, str], seed: Article) -> None:
    _open(page, chromium, "seed.html")
    budget = page.locator('[data-ptr="/infobox/budget"]')
    budget.click()
    first, _ = _field_lines(seed, "Budget")
    assert "hl" in (page.locator(f"#L{first}").get_attribute("class") or "")
    assert seed.infobox is not None
    assert seed.infobox.budget is not None
    number = seed.infobox.budget.citations[0]
    note = next(r for r in seed.references if r.number == number)
    chip = budget.locator(".cite", has_text=f"[{number}]")
    assert chip.is_visible()
    chip.click()
    line = page.locator(f"#L{note.lines[0]}")
    assert "hl" in (line.get_attribute("class") or "")
    assert line.inner_text().split(None, 1)[1].startswith(f"{number}.")
    assert _in_view(page, note.lines[0])
    assert "hl" not in (page.locator(f"#L{first}").get_attribute("class") or "")


def test_line_click_lists_its_values(page: Any, chromium: tuple[Any, str], seed: Article) -> None:
    _open(page, chromium, "seed.html")
    first, _ = _field_lines(seed, "Directed by")
    page.locator(f"#L{first}").click()
    info = page.locator("#info")
    assert f"Line {first} (claimed by infobox)" in info.inner_text()
    info.get_by_role("button", name="Infobox: Directed by").click()
    row = page.locator('tr[data-label="Infobox: Directed by"]')
    assert "active" in (row.get_attribute("class") or "")


def test_keyboard_enter_activates(page: Any, chromium: tuple[Any, str], seed: Article) -> None:
    _open(page, chromium, "seed.html")
    first, _ = _field_lines(seed, "Budget")
    page.locator('[data-ptr="/infobox/budget"]').focus()
    page.keyboard.press("Enter")
    assert "hl" in (page.locator(f"#L{first}").get_attribute("class") or "")
    # The source pane: arrows move the current line, Enter lists what came from it.
    page.keyboard.press("Shift+Tab")
    page.locator("#src").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("Enter")
    assert f"Line {first + 1} " in page.locator("#info").inner_text()


def test_no_request_leaves_the_page(page: Any, chromium: tuple[Any, str]) -> None:
    url, routed, seen = _open(page, chromium, "seed.html")
    page.locator('tr[data-label="Infobox: Directed by"]').click()
    page.locator('[data-ptr="/infobox/budget"] .cite').first.click()
    page.locator("#L1").click()
    page.wait_for_timeout(200)
    assert routed == [url]
    assert seen == [url]


def test_the_request_check_sees_a_leak(page: Any, chromium: tuple[Any, str]) -> None:
    url, routed, _ = _open(page, chromium, "leak.html")
    assert routed == [url, "http://192.0.2.1/x.png"]


def test_golden_change_leads_to_its_value(
    page: Any, chromium: tuple[Any, str], seed: Article
) -> None:
    _open(page, chromium, "golden.html")
    changes = page.locator("#changes + table tbody tr")
    assert changes.count() == 1
    assert "Someone Else" in changes.first.inner_text()
    changes.first.get_by_role("button", name="show").click()
    row = page.locator('tr[data-label="Infobox: Directed by"]')
    assert set((row.get_attribute("class") or "").split()) >= {"active", "changed"}
    assert "Someone Else" in row.inner_text()
    first, _ = _field_lines(seed, "Directed by")
    assert "hl" in (page.locator(f"#L{first}").get_attribute("class") or "")


def test_hostile_title_stays_text(page: Any, chromium: tuple[Any, str]) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    _open(page, chromium, "hostile.html")
    assert page.locator("h1").inner_text() == HOSTILE
    assert page.locator("#L1 .tx").inner_text() == HOSTILE
    assert page.locator("#src script, #art script, header script").count() == 0
    assert page.locator("#src b").count() == 0
    page.locator("#L1").click()
    assert dialogs == []


def test_phone_width(chromium: tuple[Any, str], seed: Article) -> None:
    context = chromium[0].new_context(viewport={"width": 375, "height": 740}, is_mobile=True)
    page = context.new_page()
    try:
        _open(page, chromium, "seed.html")
        width = page.evaluate("document.documentElement.scrollWidth")
        assert width <= 375
        first, _ = _field_lines(seed, "Directed by")
        page.locator('tr[data-label="Infobox: Directed by"]').click()
        assert "hl" in (page.locator(f"#L{first}").get_attribute("class") or "")
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / "seed-phone.png"))
    finally:
        context.close()


def test_index_sorts_by_coverage(page: Any, chromium: tuple[Any, str]) -> None:
    _open(page, chromium, "many/index.html")
    rows = page.locator("#pages tbody tr")
    assert rows.count() == len(list((ROOT / "tests/fixtures/awards").glob("*.txt")))
    page.get_by_role("button", name="Coverage %").click()
    cells = [float(c) for c in page.locator("#pages tbody tr td:nth-child(3)").all_inner_texts()]
    assert cells == sorted(cells)
    page.get_by_role("button", name="Coverage %").click()
    cells = [float(c) for c in page.locator("#pages tbody tr td:nth-child(3)").all_inner_texts()]
    assert cells == sorted(cells, reverse=True)
    page.unroute("**/*")
    page.locator("#pages tbody tr a").first.click()
    assert page.locator("#src .ln").count() > 0


def test_artifact_folder_is_ignored() -> None:
    assert "artifacts/" in (ROOT / ".gitignore").read_text(encoding="utf-8").split()
