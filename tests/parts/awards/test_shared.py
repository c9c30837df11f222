"""The format-independent accolades readers: columns, recipients and bullet items."""

from __future__ import annotations

import pytest

from leaving_vegas_extract.parts.awards.bullets import Item, read_bullets
from leaving_vegas_extract.parts.awards.columns import (
    award_of_title,
    fit_kinds,
    header_kinds,
    year_of,
)
from leaving_vegas_extract.parts.awards.recipients import split_recipients


@pytest.mark.parametrize(
    ("items", "names"),
    [
        (["Ann Lee, Bo Day and Cy Fox"], ["Ann Lee", "Bo Day", "Cy Fox"]),
        (["Ann Lee & Bo Day"], ["Ann Lee", "Bo Day"]),
        (["Ike Varnel, Jr.", "Ama Deyo"], ["Ike Varnel, Jr.", "Ama Deyo"]),
        (["Ike Varnel, Jr. and Ama Deyo"], ["Ike Varnel, Jr.", "Ama Deyo"]),
        (['Ira Pell for "Salt, Lime and Ash"'], ['Ira Pell for "Salt, Lime and Ash"']),
        (["Oda Marr (posthumous, shared)"], ["Oda Marr (posthumous, shared)"]),
        (["Ned Corrow as Sheriff Dunn"], ["Ned Corrow as Sheriff Dunn"]),
        (["Ned Corrow", "(uncredited)"], ["Ned Corrow (uncredited)"]),
        ([], []),
    ],
)
def test_recipients_split_between_names_never_inside(items: list[str], names: list[str]) -> None:
    assert split_recipients(items) == names


def test_header_kinds_need_result_and_award_or_category() -> None:
    assert header_kinds(["Year", "Film", "Role", "Notes"]) is None
    assert header_kinds(["Award", "Result"]) is None  # two known columns only
    assert header_kinds(["Character", "Award", "Category", "Result"]) is None  # a cast table
    assert header_kinds(["Award / Festival", "Category", "Work", "Result(s)"]) == [
        "award",
        "category",
        "recipients",
        "result",
    ]


def test_ceremony_column_of_names_becomes_the_award() -> None:
    kinds = ["year", "category", "recipients", "result"]
    columns = [["68th Tallis Awards", "Kestrel Film Festival"], ["Best Film"] * 2, [], []]
    assert fit_kinds(kinds, columns) == ["award", "category", "recipients", "result"]
    dated = [["March 3, 2031", "2030"], ["Best Film"] * 2, [], []]
    assert fit_kinds(kinds, dated) == kinds


def test_year_of_cells() -> None:
    assert year_of("2031-02-09") == "2031-02-09"
    assert year_of("March 2031") == "2031-03"
    assert year_of("2030 (12th)") == "2030"
    assert year_of("") is None


def test_bullet_items_all_or_nothing() -> None:
    good = [Item(1, "Tallis Awards – Best Actor – Ned Corrow (won)")]
    (row,) = read_bullets(good) or []
    assert (row.award, row.category, row.recipients, row.result) == (
        "Tallis Awards",
        "Best Actor",
        ["Ned Corrow"],
        "won",
    )
    mixed = [*good, Item(1, "Shown at twelve festivals")]
    assert read_bullets(mixed) is None
    assert read_bullets([Item(1, "Ned Corrow – Best Actor – Tallis Awards (won)")]) is None
    assert read_bullets([Item(1, "Tallis Awards")]) is None  # no result


@pytest.mark.parametrize(
    ("title", "award"),
    [
        ("National Film Awards", "National Film Awards"),  # a name, not a group of awards
        ("Asian Film Awards", "Asian Film Awards"),
        ("Major Awards", None),  # a group, in title case
        ("Other Awards", None),
        ("International Film Festival", None),  # a kind of festival, no festival's name
        ("Film Awards", None),
    ],
)
def test_a_heading_names_an_award_or_a_group_of_awards(title: str, award: str | None) -> None:
    assert award_of_title(title) == award
