"""The package names none of the seed article's people, titles or numbers."""

from __future__ import annotations

import re

import pytest

from .conftest import ROOT

FORBIDDEN = [
    "Figgis",
    "Las Vegas",
    "Nicolas Cage",
    "Elisabeth Shue",
    "Cazès",
    "WHEBN0000054160",
    "Palladino",
    "Sanderson",
    "32029928",
    "32,029,928",
    "Declan Quinn",
    "O'Brien",
    "Angel Eyes",
]


@pytest.mark.parametrize("literal", FORBIDDEN)
def test_package_does_not_name_the_seed(literal: str) -> None:
    hits = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in sorted((ROOT / "leaving_vegas_extract").rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if re.search(re.escape(literal), line, re.IGNORECASE)
    ]
    assert hits == []
