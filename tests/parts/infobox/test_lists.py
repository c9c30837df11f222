"""Credit lists of a box row: where one item ends and the next begins."""

from __future__ import annotations

import pytest

from leaving_vegas_extract.parts.infobox.build import build_infobox
from leaving_vegas_extract.parts.infobox.lists import list_items, without_stop
from leaving_vegas_extract.parts.infobox.raw import RawField


@pytest.mark.parametrize(
    ("value", "items"),
    [
        ("Ann Roe, Huey Lane and The Newsmen", ["Ann Roe", "Huey Lane and The Newsmen"]),
        ("Ann Roe, Ivo Rask and his Orchestra", ["Ann Roe", "Ivo Rask and his Orchestra"]),
        ("Ann Roe, Huey Lane and Bo Lee", ["Ann Roe", "Huey Lane", "Bo Lee"]),
    ],
)
def test_a_band_named_after_its_leader_is_one_item(value: str, items: list[str]) -> None:
    assert list_items(value, "music_by") == items


@pytest.mark.parametrize(
    ("value", "items"),
    [
        ("Ann Roe and Bo Lee", ["Ann Roe", "Bo Lee"]),  # two people, no comma list around them
        ("Rodgers and Hammerstein", ["Rodgers and Hammerstein"]),  # a duo's one-word names
        ("Huey Lane and The Newsmen", ["Huey Lane and The Newsmen"]),
    ],
)
def test_a_lone_and_between_two_people(value: str, items: list[str]) -> None:
    assert list_items(value, "written_by") == items


@pytest.mark.parametrize(
    "name",
    [
        "Ann Roe et al.",  # the abbreviation a long credit list ends with
        "Bo Lee Jr.",
        "Cy Dunn Sr.",
        "Canal Nine Inc.",
        "Harbour Films Ltd.",
        "Dunn & Co.",
        "Lee Bros.",
    ],
)
def test_a_name_ending_in_an_abbreviation_keeps_its_full_stop(name: str) -> None:
    assert without_stop(name) == name
    assert without_stop(f"{name},") == name  # a list cut short loses its comma, not the stop


def test_a_credit_list_ending_in_et_al_keeps_it_in_the_box() -> None:
    row = RawField("Written by", ["Ann Roe, Bo Lee et al."], (3, 3), [3])
    box, _ = build_infobox("Night Ferry", None, [row, RawField("Directed by", ["Cy Dunn"])], None)
    assert box.written_by == ["Ann Roe", "Bo Lee et al."]


@pytest.mark.parametrize(
    ("value", "items"),
    [
        (
            "Ann Roe (1970 play Quay) and Bo Lee (1970 play Quay) and Cy Dunn (1970 play Quay)",
            ["Ann Roe (1970 play Quay)", "Bo Lee (1970 play Quay)", "Cy Dunn (1970 play Quay)"],
        ),
        ("Ann Roe and Bo Lee and Cy Dunn", ["Ann Roe", "Bo Lee", "Cy Dunn"]),
        ("Rodgers and Hart and Hammerstein", ["Rodgers and Hart and Hammerstein"]),
        ("Ann Roe and Huey Lane and The Newsmen", ["Ann Roe and Huey Lane and The Newsmen"]),
    ],
)
def test_people_joined_by_and_more_than_once(value: str, items: list[str]) -> None:
    # An old box joining each writer to the next with "and": every one is an item.
    assert list_items(value, "written_by") == items


@pytest.mark.parametrize(
    "value",
    ["Harbour Films Co., LTD", "Harbour Films, inc.", "Harbour Films, Ltd", "Ann Roe, Jr."],
)
def test_a_legal_or_generational_suffix_in_any_case_stays_with_its_name(value: str) -> None:
    assert list_items(f"{value}, Fjord Pictures", "production_companies") == [
        value,
        "Fjord Pictures",
    ]
