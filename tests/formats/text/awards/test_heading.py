"""A flattened table without an Award column takes the award its heading names, as in wikitext."""

from __future__ import annotations

import pytest

from leaving_vegas_extract import extract_text

TABLE = "Category Nominee(s) Result\nBest Actor Theo Quist Nominated\n"


@pytest.mark.parametrize(
    ("above", "award"),
    [
        ("Marlow Film Awards\n\n", "Marlow Film Awards"),
        ("Major awards\n\n", ""),  # a group of awards names none
        ("The film was shown at the Marlow Film Awards\n\n", ""),  # a sentence, no heading
        ("Marlow Film Awards\n", ""),  # no blank line below: a line of the text, not a heading
    ],
)
def test_the_heading_above_names_the_award(above: str, award: str) -> None:
    article = extract_text(f"Title\n\nA short lead.\n\n{above}{TABLE}")
    assert [(a.award, a.category, a.result) for a in article.awards] == [
        (award, "Best Actor", "nominated")
    ]


def test_a_short_sentence_standing_alone_names_no_award() -> None:
    article = extract_text(f"Title\n\nA short lead.\n\nShown at the Gotham Awards\n\n{TABLE}")
    assert [a.award for a in article.awards] == [""]


@pytest.mark.parametrize(
    "above",
    [
        "=== Marlow Film Awards ===\n\n",  # a key-colon copy prints wikitext's heading marks
        "=== Marlow Film Awards ===\n",  # marked: a heading even with no blank line below
        "## Marlow Film Awards\n\n",  # a markdown copy
        "Marlow Film Awards[edit]\n\n",  # an offline reader's edit link
    ],
)
def test_a_heading_s_markup_is_no_part_of_the_award_s_name(above: str) -> None:
    article = extract_text(f"Title\n\nA short lead.\n\n{above}{TABLE}")
    assert [a.award for a in article.awards] == ["Marlow Film Awards"]
