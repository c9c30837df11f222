"""Credit lists of a box row: where one item ends and the next begins."""

from __future__ import annotations

import pytest

from leaving_vegas_extract.parts.infobox.lists import list_items


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
