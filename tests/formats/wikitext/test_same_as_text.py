"""One invented article given as wikitext and as the mirror's flattened text of it (label-space
layout) yields the same awards and the same soundtrack (lines aside: they are each input's own).
"""

from __future__ import annotations

from leaving_vegas_extract.api import extract_file

from ...conftest import ROOT, without_lines

WIKI = ROOT / "tests" / "fixtures" / "wikitext" / "the-lantern-keeper.wiki"
TEXT = ROOT / "tests" / "fixtures" / "label-space" / "the-lantern-keeper.txt"
# Written the way real film pages write them (issue 19, third round): a date-of-ceremony column
# spanned with its award, an Abbr'd Ref. column, {{Won|1st place}}, a linked default credit.
HARROW_WIKI = ROOT / "tests" / "fixtures" / "wikitext" / "harrow-lane.wiki"
HARROW_TEXT = ROOT / "tests" / "fixtures" / "label-space" / "harrow-lane.txt"


def test_wikitext_and_flattened_text_give_the_same_awards_and_tracks() -> None:
    text = extract_file(TEXT).model_dump(mode="json")
    wiki = extract_file(WIKI).model_dump(mode="json")
    assert wiki["source"]["format"] == "wikitext"
    assert text["source"]["format"] == "text"
    assert len(wiki["awards"]) == 6
    assert len(wiki["soundtrack"]["tracks"]) == 5
    assert [a["citations"] for a in wiki["awards"]] == [[], [], [], [3], [], []]
    assert without_lines(wiki["awards"]) == without_lines(text["awards"])
    assert without_lines(wiki["soundtrack"]) == without_lines(text["soundtrack"])


def test_a_marker_in_an_awards_row_counts_as_a_citation_in_the_text_twin() -> None:
    # Note 3 is cited only in an awards row of the flattened text; its one backlink matches.
    text = extract_file(TEXT)
    assert [a.citations for a in text.awards][3] == [3]
    assert not [d for d in text.diagnostics if d.code == "backlink-mismatch"]


def test_real_page_markup_and_its_flattened_text_agree() -> None:
    text = extract_file(HARROW_TEXT).model_dump(mode="json")
    wiki = extract_file(HARROW_WIKI).model_dump(mode="json")
    assert [(a["award"], a["result"], a["year"]) for a in wiki["awards"]] == [
        ("British Academy Film Awards", "nominated", "2031-02-16"),
        ("British Academy Film Awards", "won", "2031-02-16"),
        ("Fenland Film Festival", "1st place", "2030-09-20"),
        ("Marlow Film Awards", "nominated", None),  # named by its section's heading
        ("Marlow Film Awards", "won", None),
    ]
    # The "featuring" row takes the default credit too: it is for the entire record.
    assert [t["writers"] for t in wiki["soundtrack"]["tracks"]] == [
        ["Nadia Brook"], ["Nadia Brook"], ["Nadia Brook", "Ivo Marsh"], ["Nadia Brook"],
    ]  # fmt: skip
    assert without_lines(wiki["awards"]) == without_lines(text["awards"])
    assert without_lines(wiki["soundtrack"]) == without_lines(text["soundtrack"])
