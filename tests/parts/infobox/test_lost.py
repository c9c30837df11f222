"""What a lone value whose label was lost reveals by its shape."""

from __future__ import annotations

import pytest

from leaving_vegas_extract.parts.infobox.lost import value_class


@pytest.mark.parametrize(
    ("value", "key"),
    [
        ("104 Minutes", "running_time"),
        ("109 Minuten", "running_time"),  # every unit the running-time reader knows
        ("1 minute", "running_time"),
        ("France", "countries"),
        ("Harbour Pictures", "production_companies"),
        ("October 25, 1978", None),
    ],
)
def test_a_lone_value_reveals_its_key(value: str, key: str | None) -> None:
    assert value_class(value) == key
