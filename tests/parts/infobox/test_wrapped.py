"""Values a text box wrapped over two lines, and language cells with a described first item."""

from __future__ import annotations

from leaving_vegas_extract.formats.text.infobox.pipe_cells import split_cells
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.parts.infobox.wrapped import join_wrapped

LEAD = ["Fen Road is a 1991 film distributed by Harbour Lane Studios Motion Group in Europe."]


def _row(label: str, values: list[str], first: int) -> RawField:
    numbers = list(range(first, first + len(values)))
    return RawField(label, values, (first, numbers[-1]), numbers)


def test_a_company_wrapped_over_two_lines_is_one_when_the_article_prints_it_whole() -> None:
    row = _row("Distributed by", ["Harbour Lane Studios", "Motion Group"], 20)
    join_wrapped([row], lambda: LEAD)
    assert row.values == ["Harbour Lane Studios Motion Group"]
    assert row.numbers == [20]


def test_two_companies_the_article_never_prints_together_stay_two() -> None:
    row = _row("Production companies", ["Harbour Lane Studios", "Reedmark Films"], 18)
    join_wrapped([row], lambda: LEAD)
    assert row.values == ["Harbour Lane Studios", "Reedmark Films"]


def test_people_the_lead_prints_together_stay_two() -> None:
    """A lead that lost a comma ("starring Ann Roe Bo Lee and Cy Dunn") joins no cast list."""
    row = _row("Starring", ["Ann Roe", "Bo Lee", "Cy Dunn"], 9)
    join_wrapped([row], lambda: ["Fen Road stars Ann Roe Bo Lee and Cy Dunn."])
    assert row.values == ["Ann Roe", "Bo Lee", "Cy Dunn"]


def test_values_on_lines_apart_are_never_joined() -> None:
    row = RawField("Distributed by", ["Harbour Lane Studios", "Motion Group"], (20, 22), [20, 22])
    join_wrapped([row], lambda: LEAD)
    assert len(row.values) == 2


def test_a_language_cell_with_a_described_first_item_is_split_at_the_known_language() -> None:
    row = RawField("Languages", ["Silent film with English intertitles French"], (5, 5), [5])
    split_cells([row], list)
    assert row.values == ["Silent film with English intertitles", "French"]


def test_a_language_cell_with_no_language_before_its_last_word_stays_whole() -> None:
    row = RawField("Languages", ["Old Northern French"], (5, 5), [5])
    split_cells([row], list)
    assert row.values == ["Old Northern French"]
