"""The review page as HTML text: escaping, line tints, value links, golden changes (no browser)."""

from __future__ import annotations

import re
from html import escape
from pathlib import Path

import pytest

from leaving_vegas_extract.api import Claimed, extract_file_claimed
from leaving_vegas_extract.export.review import assets
from leaving_vegas_extract.export.review.page import Golden, review_page
from leaving_vegas_extract.export.review.values import ABSENT
from leaving_vegas_extract.source.document import is_blank
from tests.conftest import ROOT, SEED

_LINE = re.compile(r'<div id="L(\d+)" class="([^"]*)"')


@pytest.fixture(scope="module")
def claimed() -> Claimed:
    return extract_file_claimed(ROOT / SEED)


def _row(html: str, label: str) -> str:
    match = re.search(rf'<tr id="v\d+" class="[^"]*" data-label="Infobox: {label}"[^>]*>', html)
    assert match, label
    return match.group(0)


def test_every_line_is_shown_with_its_owner(claimed: Claimed) -> None:
    html = review_page(claimed.article, claimed.lines, claimed.owners)
    lines = _LINE.findall(html)
    assert [int(n) for n, _ in lines] == list(range(1, len(claimed.lines) + 1))
    for n, classes in lines:
        owner = claimed.owners.get(int(n))
        if owner is not None:
            assert assets.part_class(owner) in classes.split()
        elif not is_blank(claimed.lines[int(n) - 1]):
            assert "unc" in classes.split()


def test_unclaimed_and_diagnosed_lines_stand_out(claimed: Claimed) -> None:
    owners = dict(claimed.owners)
    dropped = min(owners)
    del owners[dropped]
    html = review_page(claimed.article, claimed.lines, owners)
    classes = dict(_LINE.findall(html))
    assert "unc" in classes[str(dropped)].split()
    diagnosed = next(d for d in claimed.article.diagnostics if d.lines is not None)
    assert {"dg", f"dg-{diagnosed.severity}"} <= set(classes[str(diagnosed.lines[0])].split())


def test_values_name_their_lines(claimed: Claimed) -> None:
    html = review_page(claimed.article, claimed.lines, claimed.owners)
    box = claimed.article.infobox
    assert box is not None
    director = next(f for f in box.fields if f.label == "Directed by")
    assert f'data-lines="{director.lines[0]}-{director.lines[1]}"' in _row(html, "Directed by")
    assert box.budget is not None
    note = next(r for r in claimed.article.references if r.number == box.budget.citations[0])
    budget = html[html.index('data-ptr="/infobox/budget"') :]
    budget = budget[: budget.index("</li>")]
    assert f'data-lines="{note.lines[0]}-{note.lines[1]}"' in budget


def test_header_counts(claimed: Claimed) -> None:
    html = review_page(claimed.article, claimed.lines, claimed.owners)
    cov = claimed.article.coverage
    assert f"coverage {cov.lines_claimed}/{cov.lines_total} lines" in html
    warnings = sum(1 for d in claimed.article.diagnostics if d.severity == "warning")
    assert f"<span class=sev-warning>{warnings} warning</span>" in html


def test_hostile_text_is_escaped(tmp_path: Path) -> None:
    # Text before the markup: a dump that opens with an element is read as an HTML page.
    hostile = "Night Ferry <script>alert(1)</script>"
    path = tmp_path / "hostile.txt"
    path.write_text(f'{hostile}\n\nProse with <img src=x onerror="alert(2)"> & "quotes".\n')
    got = extract_file_claimed(path)
    assert got.article.title == hostile
    html = review_page(got.article, got.lines, got.owners)
    assert html.count("<script") == 1  # ours, at the end
    assert "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_only_our_script_may_run(claimed: Claimed) -> None:
    html = review_page(claimed.article, claimed.lines, claimed.owners)
    assert f"script-src {assets.script_hash(assets.SCRIPT)}" in html
    assert "default-src 'none'" in html
    assert "http://" not in html.split("<body>")[0]


def test_golden_changes_marked_old_beside_new(claimed: Claimed) -> None:
    changes = (
        ("/infobox/directed_by/0", "Someone Else", "now"),
        ("/coverage/lines_claimed", 1, 2),
        ("/awards/99", {"award": "x"}, ABSENT),
    )
    html = review_page(
        claimed.article, claimed.lines, claimed.owners, Golden("g/seed.json", changes)
    )
    assert "changed" in _row(html, "Directed by")
    assert "<del>&quot;Someone Else&quot;</del>" in html
    assert "Changes from the golden file (3)" in html
    assert html.count("(not shown)") == 2  # coverage and the vanished award have no value here
    assert "<ins>(absent)</ins>" in html
    assert "golden g/seed.json: 3 changed" in html


def test_unknown_part_gets_a_tint() -> None:
    assert assets.tint("infobox") == assets.PART_TINTS["infobox"]
    assert assets.tint("cast").startswith("hsl(")
    assert assets.part_class('x"><b') == "o-x---b"


def test_claimed_article_is_the_extracted_one(claimed: Claimed) -> None:
    from leaving_vegas_extract.api import extract_file
    from leaving_vegas_extract.export.json_out import to_json

    assert to_json(claimed.article) == to_json(extract_file(ROOT / SEED))
    owned = [n for n in claimed.owners if not is_blank(claimed.lines[n - 1])]
    assert len(owned) == claimed.article.coverage.lines_claimed


def test_each_disc_heads_its_tracks() -> None:
    """An album of several listings shows each disc's headline above its first track."""
    got = extract_file_claimed(ROOT / "tests/fixtures/wikitext/the-cinder-orchard.wiki")
    album = got.article.soundtrack
    assert album is not None
    assert len(album.discs) > 1
    html = review_page(got.article, got.lines, got.owners)
    # The fixture's listings print "Side A", "Side B" (disc labels: shown as they are) and
    # "Bonus tracks" (a headline: after the disc's number).
    names = ["Side A", "Side B", "Disc 3: Bonus tracks"]
    assert len(album.discs) == len(names)
    for j, (disc, name) in enumerate(zip(album.discs, names, strict=True)):
        first = next(t for t in album.tracks if t.disc == disc.number)
        head = html.index(f'data-ptr="/soundtrack/discs/{j}"')
        assert f'data-lines="{disc.lines[0]}-{disc.lines[1]}"' in html[head : html.index(">", head)]
        track = html.index(f'data-label="Track {first.number}:', head)
        assert html.index(escape(name), head) < track


def test_a_disc_headline_that_is_a_disc_label_is_not_repeated() -> None:
    """A headline printed as a disc label ("Disc 1", "Side A") is the heading as it is: the
    page showed "Disc 1: Disc 1" and "Disc 1: Side A"; another headline follows the number."""
    for path, want, never in (
        ("tests/fixtures/html/amadeus.html", ">Disc 1</td>", "Disc 1: Disc 1"),
        ("tests/fixtures/wikitext/the-cinder-orchard.wiki", ">Side A</td>", "Disc 1: Side A"),
        (
            "tests/fixtures/wikitext/the-cinder-orchard.wiki",
            ">Disc 3: Bonus tracks</td>",
            "Disc 2:",
        ),
    ):
        got = extract_file_claimed(ROOT / path)
        html = review_page(got.article, got.lines, got.owners)
        assert want in html, path
        assert never not in html, path
