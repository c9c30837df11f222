"""Release dates of one cell whose separators a copy lost."""

from __future__ import annotations

import pytest

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.model.article import ReleaseDate

_PAGE = """The Harbour Lamp

Directed by Ann Roe
Starring Bo Lee
Release dates {cell}
Running time 91 minutes
Country France

The Harbour Lamp is a 1938 French drama film.
"""


@pytest.mark.parametrize(
    ("cell", "dates"),
    [
        # A table cell of two lines printed on one: the second date right after the first's place.
        (
            "18 May 1938 (France) October 29, 1939 (USA)",
            [("1938-05-18", "France"), ("1939-10-29", "USA")],
        ),
        # The comma a list put between them (already read so).
        (
            "May 2, 1976 (Ohio), June 3, 1976 (Utah)",
            [("1976-05-02", "Ohio"), ("1976-06-03", "Utah")],
        ),
        # A place's note in brackets is no second date.
        ("18 May 1938 (France) (premiere)", [("1938-05-18", None)]),
    ],
)
def test_dates_run_together_after_a_place(cell: str, dates: list[tuple[str, str | None]]) -> None:
    box = extract_text(_PAGE.format(cell=cell)).infobox
    assert box is not None
    got = [(d.date, d.place) for d in box.release_dates]
    if dates[0][1] is None:
        assert [d for d, _ in got] == [d for d, _ in dates]
    else:
        assert got == dates
    assert all(isinstance(d, ReleaseDate) for d in box.release_dates)
