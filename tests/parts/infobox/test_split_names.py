"""Splitting person-list cells on the names' own evidence: given names, initials, glued names."""

from __future__ import annotations

import pytest

from leaving_vegas_extract.parts.infobox.split_names import (
    split_given,
    split_headings,
    split_qualified,
)

SPLITS = [
    ("Ann Roe Peter J. Smith", ["Ann Roe", "Peter J. Smith"]),
    ("Tobin Marsh Janet Ploy Rose Ansel Dray", ["Tobin Marsh", "Janet Ploy", "Rose Ansel Dray"]),
    ("Orla Fenn P. S. Varkey", ["Orla Fenn", "P. S. Varkey"]),
    ("Kyle MacLachlan Laura Dern", ["Kyle MacLachlan", "Laura Dern"]),
    ("Tommy Lee Jones Will Smith", ["Tommy Lee Jones", "Will Smith"]),
    ("Vera AckleyPamela Stroud", ["Vera Ackley", "Pamela Stroud"]),
    ("Lucy McDonald Paul MacKenzie Ann Tate", ["Lucy McDonald", "Paul MacKenzie", "Ann Tate"]),
    ("Rob FitzGerald Ann DuVernay", ["Rob FitzGerald", "Ann DuVernay"]),
    # Before a known opening, four words can only be two names of two.
    ("Dorn Quill Tobin Ansel Walter Pike", ["Dorn Quill", "Tobin Ansel", "Walter Pike"]),
]


@pytest.mark.parametrize(("cell", "expected"), SPLITS)
def test_split_given(cell: str, expected: list[str]) -> None:
    assert split_given(cell) == expected


@pytest.mark.parametrize(
    "cell",
    [
        "Jennifer Jason Leigh",  # three words: one name
        "Lakshman Joseph De Seram",  # a given name inside one name leaves a one-word piece
        "Leonardo DiCaprio JoBeth LeVar",  # name prefixes glue capitals: never cut there
        "DreamWorks PolyGram Miramax Orion",  # companies: cutting gives no two-word names
        "Quill Barrow Sten Oakes Dray Ansel",  # no known given name opens a second name
        "Ann Roe – Bo Lee",  # a dash: not every word is a name
        "Ann Roe Peter Quill Barrow Sten Oakes",  # five words after "Peter": 2+3 or 3+2
        "Dorn Quill Ansel Barrow",  # no name opens at a known given name: no evidence of a list
        "José Luis López Vázquez",  # one name of four words, not two of two
        "Harold Ebbing Darryl F. Quint",  # one initial is a middle one as often as a first
    ],
)
def test_split_given_keeps_cells_whole(cell: str) -> None:
    assert split_given(cell) is None


def test_a_glued_company_name_is_not_cut_into_one_word_names() -> None:
    assert split_given("Vera Ackley DreamWorks") is None


def test_headings_cut_lists_and_are_dropped() -> None:
    assert split_headings("Songs: Ann Roe Background Score: Bo Lee Cy Moss") == [
        "Ann Roe",
        "Bo Lee Cy Moss",
    ]
    assert split_headings("Supervising Directors Ann Roe Sequence Directors Bo Lee") == [
        "Ann Roe",
        "Bo Lee",
    ]
    # A colon after a name is no heading unless the words before it are a known one.
    assert split_headings("Ann Roe Lee: Bo Moss") is None


def test_qualifiers_close_names() -> None:
    assert split_qualified("Ann Roe (US) Bo Lee (UK)") == ["Ann Roe (US)", "Bo Lee (UK)"]
    assert split_qualified("Ann Roe (US)") is None


def test_bracketed_notes_stay_with_their_name() -> None:
    assert split_given("Edwin Marlo Jo Pressley W.K. Trent (uncredited)") == [
        "Edwin Marlo",
        "Jo Pressley",
        "W.K. Trent (uncredited)",
    ]
    assert split_given("Ann Roe (additional footage) (uncredited) Peter Lomax") == [
        "Ann Roe (additional footage) (uncredited)",
        "Peter Lomax",
    ]
