"""HTML pages: the same JSON as their text dumps, and each HTML reader on the markup it meets."""

from __future__ import annotations

import fnmatch
import json
import subprocess
import sys
from pathlib import Path

import pytest

from leaving_vegas_extract.api import extract_bytes
from leaving_vegas_extract.batch.evaluate import mismatches
from leaving_vegas_extract.batch.jobs import discover, run_job
from leaving_vegas_extract.formats.html.grid import expand
from leaving_vegas_extract.formats.html.parse import parse_html
from leaving_vegas_extract.formats.html.text import values
from leaving_vegas_extract.model.article import Article
from leaving_vegas_extract.options import ExtractOptions
from tests.conftest import EXPECTED, FIXTURES, ROOT, SEED, extract_rel

HTML = FIXTURES / "html"

# What each page holds that its lossy dump lost. Keys are fact names (see ``facts``), as globs.
# Every note's external link is an address the dumps never print.
ALWAYS_RICHER = ("references.*.url",)
RICHER: dict[str, tuple[str, ...]] = {
    "leaving_las_vegas": (
        "cast",  # the dump lost the cast list (the page's Cast section holds no prose either way)
        "references.1.*",  # notes 1 and 2: link texts the dump lost (note 2 kept nothing)
        "references.2.*",
        "references.7.*",  # a fused title
        "references.8.raw",  # quotes the dump lost
        "references.8.title",
        "references.12.raw",  # "Rotten Retrieved": a word lost
        "references.12.container_title",
        "further_reading.1.*",  # a jumbled chapter title and a lost publisher
    ),
    "the-conversation": ("references.9.raw",),  # a lost separator
    "amadeus": (),
    "winnie-the-pooh-2011": (),
    "la-jetee": (),
    "lagaan": (),
}
PAIRS = {
    stem: Path(SEED)
    if stem == "leaving_las_vegas"
    else Path(f"tests/fixtures/label-space/{stem}.txt")
    for stem in RICHER
}


def facts(article: Article) -> dict[str, object]:
    """The compared facts, flat: envelope, infobox, prose, sections, cast, awards, tracks, notes."""
    data = article.model_dump(mode="json")
    out: dict[str, object] = {"title": data["title"]}
    for key, value in data["envelope"].items():
        out[f"envelope.{key}"] = value
    for key, value in (data["infobox"] or {}).items():
        if key != "lines":
            out[f"infobox.{key}"] = (
                [(f["label"], f["values"], f["citations"]) for f in value]
                if key == "fields"
                else value
            )
    out["other_infoboxes"] = len(data["other_infoboxes"])
    out["lead"] = [(p["text"], p["citations"]) for p in data["lead"]]

    def walk(sections: list[dict[str, object]], prefix: str) -> None:
        for s in sections:
            key = f"sections.{prefix}{s['title']}"
            out[key] = (s["number"], s["level"], len(s["sections"]))  # type: ignore[arg-type]
            out[f"{key}.paragraphs"] = [(p["text"], p["citations"]) for p in s["paragraphs"]]  # type: ignore[attr-defined,index]
            walk(s["sections"], f"{prefix}{s['title']}/")  # type: ignore[arg-type]

    walk(data["sections"], "")
    out["cast"] = [{k: v for k, v in c.items() if k != "lines"} for c in data["cast"]]
    out["awards"] = [{k: v for k, v in a.items() if k != "lines"} for a in data["awards"]]
    soundtrack = data["soundtrack"] or {"tracks": []}
    for key in ("title", "release_date", "default_writers", "total_length_seconds"):
        out[f"soundtrack.{key}"] = soundtrack.get(key)
    out["tracks"] = [{k: v for k, v in t.items() if k != "lines"} for t in soundtrack["tracks"]]
    for part in ("references", "further_reading"):
        out[part] = len(data[part])
        for ref in data[part]:
            for key, value in ref.items():
                if key != "lines":
                    out[f"{part}.{ref['number']}.{key}"] = value
    return out


def differences(text: Article, page: Article) -> dict[str, tuple[object, object]]:
    """Fact name -> (dump's value, page's value) where they differ."""
    a, b = facts(text), facts(page)
    return {
        k: (a.get(k, "(absent)"), b.get(k, "(absent)"))
        for k in sorted({*a, *b})
        if a.get(k, "(absent)") != b.get(k, "(absent)")
    }


@pytest.mark.parametrize("stem", sorted(RICHER))
def test_page_yields_what_its_dump_yields(stem: str) -> None:
    diffs = differences(
        extract_rel(PAIRS[stem]), extract_rel(HTML.relative_to(ROOT) / f"{stem}.html")
    )
    allowed = (*ALWAYS_RICHER, *RICHER[stem])
    unexpected = {
        k: v for k, v in diffs.items() if not any(fnmatch.fnmatchcase(k, g) for g in allowed)
    }
    assert unexpected == {}


@pytest.mark.parametrize("stem", sorted(RICHER))
def test_allowed_differences_are_real(stem: str) -> None:
    # An allow-list entry that no longer differs would hide a future regression: drop it.
    diffs = differences(
        extract_rel(PAIRS[stem]), extract_rel(HTML.relative_to(ROOT) / f"{stem}.html")
    )
    stale = [g for g in RICHER[stem] if not any(fnmatch.fnmatchcase(k, g) for k in diffs)]
    assert stale == []


@pytest.mark.parametrize("stem", sorted(RICHER))
def test_page_matches_its_expected_facts(stem: str) -> None:
    expected = json.loads((EXPECTED / "html" / f"{stem}.json").read_text(encoding="utf-8"))
    actual = extract_rel(HTML.relative_to(ROOT) / f"{stem}.html").model_dump(mode="json")
    assert list(mismatches(expected, actual)) == []


def extract(page: str, source: str = "page.html") -> Article:
    return extract_bytes(page.encode("utf-8"), source=source)


def body(html: str) -> str:
    head = "<!DOCTYPE html>\n<html>\n<head><title>T</title></head>\n<body>\n"
    return f"{head}{html}\n</body>\n</html>\n"


# -- format detection: by content, so text and HTML mix in one batch -----------------------------


@pytest.mark.parametrize(
    ("data", "name", "fmt"),
    [
        pytest.param(body("<p>x</p>"), "page.txt", "html", id="html-named-txt"),
        pytest.param("Heat\n\nDirected by Ann Roe\n", "dump.html", "text", id="text-named-html"),
        pytest.param(
            "<table class='infobox'><tr><th>A</th><td>b</td></tr></table>",
            "x",
            "html",
            id="fragment",
        ),
    ],
)
def test_format_is_told_by_content(data: str, name: str, fmt: str) -> None:
    article = extract(data, source=name)
    assert (article.source.format, article.source.rendering == "html") == (fmt, fmt == "html")


def test_one_batch_mixes_text_and_html(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes((ROOT / SEED).read_bytes())
    (tmp_path / "b.html").write_bytes((HTML / "la-jetee.html").read_bytes())
    outcomes = [run_job(job, ExtractOptions()) for job in discover([str(tmp_path)])]
    formats = [json.loads(o.data or b"{}")["source"]["format"] for o in outcomes]
    assert formats == ["text", "html"]


def test_text_path_never_imports_lxml() -> None:
    code = (
        "import sys; from leaving_vegas_extract.api import extract_file; "
        f"extract_file({str(ROOT / SEED)!r}); print('lxml' in sys.modules, 'bs4' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.split() == ["False", "False"]


# -- tables: rowspan and colspan ------------------------------------------------------------------


def _grid(html: str) -> list[list[str]]:
    root = parse_html(html, html.count("\n") + 1).root
    assert root is not None
    table = next(root.iter("table"))
    return [
        [values(c.element)[0] if c and values(c.element) else "" for c in row.cells]
        for row in expand(table)
    ]


@pytest.mark.parametrize(
    ("html", "grid"),
    [
        pytest.param(
            "<table><tr><td rowspan=2>A</td><td>1</td></tr><tr><td>2</td></tr></table>",
            [["A", "1"], ["A", "2"]],
            id="rowspan",
        ),
        pytest.param(
            "<table><tr><td colspan=2>A</td></tr><tr><td>1</td><td>2</td></tr></table>",
            [["A", "A"], ["1", "2"]],
            id="colspan",
        ),
        pytest.param(
            "<table><tbody><tr><th>a</th><td rowspan=3>B</td></tr><tr><th>b</th></tr></tbody>"
            "</table>",
            [["a", "B"], ["b", "B"]],
            id="span-past-last-row",
        ),
        pytest.param(
            "<table><tr><td>x</td><td><table><tr><td>inner</td></tr></table></td></tr></table>",
            [["x", "inner"]],
            id="nested-table-rows-not-own",
        ),
    ],
)
def test_grid_expands_spans(html: str, grid: list[list[str]]) -> None:
    assert _grid(html) == grid


def test_grid_caps_hostile_spans() -> None:
    html = "<table><tr><td rowspan=65534 colspan=1000>A</td></tr><tr><td>b</td></tr></table>"
    rows = _grid(html)
    # 64 columns at most: the span is cut there, and so is a cell beyond it
    assert [len(r) for r in rows] == [64, 64]


# -- the parts on markup they meet ----------------------------------------------------------------


def test_infobox_rows_values_and_second_box() -> None:
    page = body(
        '<div id="mw-content-text"><div class="mw-parser-output">\n'
        '<table class="infobox vevent"><tbody>\n'
        '<tr><th colspan="2" class="infobox-above summary">Night Ferry</th></tr>\n'
        '<tr><td colspan="2" class="infobox-image"><img src="p.jpg"/>'
        '<div class="infobox-caption">Poster</div></td></tr>\n'
        '<tr><th class="infobox-label">Directed by</th><td class="infobox-data">Ann Roe</td></tr>\n'
        '<tr><th class="infobox-label">Starring</th><td><div class="plainlist"><ul>'
        "<li>Bo Day</li><li>Cy Fox</li></ul></div></td></tr>\n"
        '<tr><th class="infobox-label">Budget</th><td>$2 million<sup class="reference">'
        '<a href="#cite_note-1">[1]</a></sup></td></tr>\n'
        "</tbody></table>\n"
        "<p>Lead.</p>\n"
        '<h2><span class="mw-headline" id="Music">Music</span></h2>\n'
        '<table class="infobox"><tr><th colspan="2">Night Ferry Songs</th></tr>\n'
        "<tr><th>Released</th><td>May 3, 1998</td></tr><tr><th>Genre</th><td>Soundtrack</td></tr>"
        "<tr><th>Label</th><td>Ferry Records</td></tr><tr><th>Producer</th><td>Di Ray</td></tr>"
        "</table>\n"
        "</div></div>"
    )
    article = extract(page)
    box = article.infobox
    assert box is not None
    assert (box.name, box.caption, box.directed_by, box.starring) == (
        "Night Ferry",
        "Poster",
        ["Ann Roe"],
        ["Bo Day", "Cy Fox"],
    )
    assert box.budget is not None
    assert (box.budget.amount, box.budget.citations) == (2000000, [1])
    assert [b.name for b in article.other_infoboxes] == ["Night Ferry Songs"]


def test_headings_contents_and_levels() -> None:
    page = body(
        '<div id="toc" class="toc"><h2>Contents</h2><ul>'
        '<li class="toclevel-1"><a href="#Story">'
        '<span class="tocnumber">1</span> <span class="toctext">Story</span></a>'
        '<ul><li class="toclevel-2"><a href="#Making">'
        '<span class="tocnumber">1.1</span> <span class="toctext">Making</span></a></li></ul>'
        "</li>"
        "</ul></div>\n"
        '<h3><span class="mw-editsection">[<a>edit</a>]</span>'
        '<span class="mw-headline" id="Story">Story</span></h3>\n'
        "<p>One.<sup class='reference'><a><span>[</span>2<span>]</span></a></sup></p>\n"
        '<h4 id="Making">Making[edit]</h4>\n'
        "<p>Two.</p>\n<ul><li>Item a</li><li>Item b</li></ul>\n"
    )
    article = extract(page)
    (story,) = article.sections
    assert (story.number, story.title, story.level) == ("1", "Story", 1)
    assert [(p.text, p.citations) for p in story.paragraphs] == [("One.", [2])]
    (making,) = story.sections
    assert (making.number, making.title, making.level) == ("1.1", "Making", 2)
    assert [p.text for p in making.paragraphs] == ["Two.", "Item a", "Item b"]


@pytest.mark.parametrize(
    ("note", "backlinks", "text", "url"),
    [
        pytest.param(
            '<span class="mw-cite-backlink">^ <a href="#r-0"><sup>a</sup></a> <a href="#r-1">'
            "<sup>b</sup></a>"
            ' <a href="#r-2"><sup>c</sup></a>'
            '</span> <span class="reference-text">"Title". Work.</span>',
            3,
            '"Title". Work.',
            None,
            id="three-backlinks",
        ),
        pytest.param(
            '^ a b Roe, Ann. "Title".', 2, 'Roe, Ann. "Title".', None, id="printed-backlinks"
        ),
        pytest.param(
            '<b><a href="#r">^</a>'
            '</b> <a class="external text" href="https://example.org/x">"T"</a>',
            1,
            '"T"',
            "https://example.org/x",
            id="url-from-link",
        ),
        pytest.param(
            '<span class="mw-cite-backlink">^</span> <a href="javascript:alert(1)">"T"</a>',
            1,
            '"T"',
            None,
            id="script-link-not-kept",
        ),
    ],
)
def test_notes(note: str, backlinks: int, text: str, url: str | None) -> None:
    page = body(
        f'<h2>References</h2>\n<ol class="references">\n<li id="cite_note-1">{note}</li>\n</ol>'
    )
    (ref,) = extract(page).references
    assert (ref.number, ref.backlinks, ref.raw, ref.url) == (1, backlinks, text, url)


def test_explanatory_notes_left_out_when_references_follow() -> None:
    page = body(
        '<h2>Notes</h2>\n<ol class="references"><li>An aside.</li></ol>\n'
        '<h2>References</h2>\n<ol class="references"><li>"Source". Work.</li>'
        '<li>"Other". Work.</li></ol>'
    )
    assert [r.raw for r in extract(page).references] == ['"Source". Work.', '"Other". Work.']


def test_awards_with_row_headers_ref_column_and_spans() -> None:
    page = body(
        '<table class="wikitable plainrowheaders"><caption>Accolades</caption>\n'
        '<tr><th scope="col">Year</th><th>Award</th><th>Category</th><th>Nominee(s)</th>'
        "<th>Result</th><th>Ref.</th></tr>\n"
        '<tr><td rowspan="3">1999</td><th scope="row" rowspan="2">Harbour Prize</th>'
        "<td>Best Film</td><td>Ann Roe &amp; Bo Day</td><td>Won</td><td>"
        '<sup class="reference">[3]</sup></td></tr>\n'
        "<tr><td>Best Score</td><td>Cy Fox<br/>Di Ray</td><td>Nominated</td><td></td></tr>\n"
        '<tr><th scope="row">Coast Critics Circle</th><td colspan="2">Best Director</td>'
        "<td>Won</td><td></td></tr>\n"
        "</table>"
    )
    awards = [(a.year, a.award, a.category, a.recipients, a.result) for a in extract(page).awards]
    assert awards == [
        ("1999", "Harbour Prize", "Best Film", ["Ann Roe", "Bo Day"], "won"),
        ("1999", "Harbour Prize", "Best Score", ["Cy Fox", "Di Ray"], "nominated"),
        ("1999", "Coast Critics Circle", "Best Director", [], "won"),  # colspan: no recipient
    ]


def test_a_marker_in_an_awards_row_counts_as_a_citation() -> None:
    page = body(
        "<p>Praised.</p>\n"
        '<table class="wikitable"><tr><th>Award</th><th>Category</th><th>Result</th>'
        "<th>Ref.</th></tr>\n"
        '<tr><td>Harbour Prize</td><td>Best Film</td><td>Won</td><td><sup class="reference">'
        '<a href="#cite_note-1">[1]</a></sup></td></tr>\n</table>\n'
        '<h2>References</h2>\n<ol class="references">\n<li id="cite_note-1">'
        '<span class="mw-cite-backlink"><a href="#r-1">^</a></span> '
        '<span class="reference-text">"Title". Work.</span></li>\n</ol>'
    )
    article = extract(page)
    assert [(a.award, a.citations) for a in article.awards] == [("Harbour Prize", [1])]
    # The note's one backlink matches the one marker, printed in the awards row.
    assert not [d for d in article.diagnostics if d.code == "backlink-mismatch"]


def test_track_listing_with_caption_discs_and_total() -> None:
    head = (
        "<tr><th>No.</th><th>Title</th><th>Writer(s)</th><th>Performer(s)</th><th>Length</th></tr>"
    )
    page = body(
        "<h2>Soundtrack</h2>\n<p>The album was released on June 2, 2003.</p>\n"
        '<table class="tracklist">'
        "<caption>All songs written by Ann Roe except as noted.</caption>\n"
        '<tr><th colspan="5">Disc 1</th></tr>' + head + "\n"
        '<tr><th scope="row">1.</th><td>"Open Water"</td><td></td><td>Bo Day</td><td>3:05</td>'
        "</tr>\n"
        '<tr><th scope="row">2.</th><td>"Dock Talk" (dialogue)</td><td></td>'
        "<td>Cy Fox as Pilot</td><td>0:41</td></tr>\n"
        "</table>\n"
        '<table class="tracklist"><tr><th colspan="5">Disc 2</th></tr>' + head + "\n"
        '<tr><th scope="row">1.</th><td>"Tide"</td><td>Di Ray, Ed Ash</td><td>Bo Day</td>'
        "<td>4:10</td></tr>\n"
        '<tr class="tracklist-total-length"><th colspan="4">Total length:</th><td>7:56</td></tr>\n'
        "</table>"
    )
    soundtrack = extract(page).soundtrack
    assert soundtrack is not None
    assert (
        soundtrack.release_date,
        soundtrack.default_writers,
        soundtrack.total_length_seconds,
    ) == ("2003-06-02", ["Ann Roe"], 476)
    tracks = [
        (
            t.disc,
            t.number,
            t.title,
            t.note,
            t.writers,
            t.writers_from_default,
            [(p.name, p.role) for p in t.performers],
            t.length_seconds,
        )
        for t in soundtrack.tracks
    ]
    assert tracks == [
        (1, 1, "Open Water", None, ["Ann Roe"], True, [("Bo Day", None)], 185),
        (1, 2, "Dock Talk", "dialogue", [], False, [("Cy Fox", "Pilot")], 41),
        (2, 1, "Tide", None, ["Di Ray", "Ed Ash"], False, [("Bo Day", None)], 250),
    ]


def test_plain_encyclopedia_page_envelope() -> None:
    page = (
        "<html><head><title>Night Ferry - Wikipedia</title></head><body>\n"
        '<div id="mw-navigation"><h2>Navigation menu</h2><ul><li>Main page</li></ul></div>\n'
        '<h1 id="firstHeading">Night Ferry</h1>\n'
        '<div id="bodyContent"><div id="mw-content-text"><p>A film.</p></div>\n'
        '<div id="catlinks" class="catlinks"><ul><li><a>1998 films</a></li><li>'
        "<a>Ferry films</a></li></ul></div></div>\n"
        '<div id="footer"><ul>'
        '<li id="footer-info-copyright">Text is available under the Creative Commons '
        "Attribution-ShareAlike License; additional terms may apply. By using this site, you"
        " agree.</li></ul></div>\n"
        "</body></html>\n"
    )
    article = extract(page)
    assert (article.title, [p.text for p in article.lead]) == ("Night Ferry", ["A film."])
    assert article.envelope.collections == ["1998 films", "Ferry films"]
    assert article.envelope.license == (
        "Text is available under the Creative Commons Attribution-ShareAlike License; additional"
        " terms may apply."
    )
    assert "no-envelope" in {d.code for d in article.diagnostics}
    assert article.coverage.unclaimed == []


def test_lines_come_from_the_source() -> None:
    page = (
        '<html>\n<body>\n<p\n  class="x">First\nline two</p>\n\n<p>Second</p>\n</body>\n</html>\n'
    )
    lead = extract(page).lead
    assert [(p.text, p.lines) for p in lead] == [("First line two", (3, 5)), ("Second", (7, 7))]


def test_markup_claimed_prose_left_unclaimed() -> None:
    page = (
        "<html>\n<body>\n<div>\n<p>Placed.</p>\nStray words outside any block\n</div>\n"
        "<table><tr><td>odd</td></tr></table>\n</body>\n</html>\n"
    )
    article = extract(page)
    assert [p.text for p in article.lead] == ["Placed."]
    assert article.coverage.unclaimed == [(5, 5), (7, 7)]
    assert article.coverage.lines_claimed == article.coverage.lines_total - 2


def test_every_html_fixture_has_expected_facts() -> None:
    pages = sorted(p.stem for p in HTML.glob("*.html"))
    assert pages == sorted(p.stem for p in (EXPECTED / "html").glob("*.json"))
    assert len(pages) >= 5
