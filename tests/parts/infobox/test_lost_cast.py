"""A cast that ran on under the credit row above it (its "Starring" label lost)."""

from __future__ import annotations

from leaving_vegas_extract.parts.infobox.lost_cast import split_lost_cast
from leaving_vegas_extract.parts.infobox.raw import RawField

LEAD = "Pale Tide is a 1970 film. The film stars Ann Roe and Bo Lee as sisters."


def _writers(*names: str) -> RawField:
    row = RawField("Written By", lines=(3, 3))
    for number, name in enumerate(names, 4):
        row.add(name, number)
    return row


def test_tail_named_as_stars_becomes_the_cast() -> None:
    rows = [_writers("Cy Moss", "Di Vale (Novel)", "Ann Roe", "Bo Lee", "Ed Kay")]
    notes = split_lost_cast(rows, lambda: [LEAD])
    assert [r.label for r in rows] == ["Written By", "Starring"]
    assert rows[0].values == ["Cy Moss", "Di Vale (Novel)"]
    assert rows[1].values == ["Ann Roe", "Bo Lee", "Ed Kay"]
    assert rows[1].lines == (6, 8)
    assert rows[0].lines == (3, 5)
    assert [n.code for n in notes] == ["infobox-label-inferred"]


def test_writer_who_stars_stays_a_writer() -> None:
    # The first credit is never moved, and a tail of one name is no cast.
    rows = [_writers("Ann Roe", "Cy Moss", "Bo Lee")]
    assert split_lost_cast(rows, lambda: [LEAD]) == []
    assert [r.label for r in rows] == ["Written By"]


def test_box_with_a_cast_row_is_left_alone() -> None:
    rows = [_writers("Cy Moss", "Ann Roe", "Bo Lee"), RawField("Starring", ["Ed Kay"], (9, 9))]
    assert split_lost_cast(rows, lambda: [LEAD]) == []
    assert rows[0].values == ["Cy Moss", "Ann Roe", "Bo Lee"]
