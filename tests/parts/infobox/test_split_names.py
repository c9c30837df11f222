"""Splitting person-list cells on the names' own evidence: given names, initials, glued names."""

from __future__ import annotations

import pytest

from leaving_vegas_extract.parts.infobox.split_names import (
    looks_listed,
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
        "Harold Ebbing Dorvan F. Quint",  # one initial is a middle one as often as a first
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


# Invented cells of the shapes real pages print, with the names lost-separator cells hold.
LOST_BREAKS = [
    # Given names of many film industries open names.
    ("Rohan Vell Sudhanshu Pathey Jyoti Marwe", ["Rohan Vell", "Sudhanshu Pathey", "Jyoti Marwe"]),
    ("Chidi Okonvo Ngozi Abara", ["Chidi Okonvo", "Ngozi Abara"]),
    ("Ioanna Petrel Dimitri Vask", ["Ioanna Petrel", "Dimitri Vask"]),
    ("Gregg Tolver Lester Quade", ["Gregg Tolver", "Lester Quade"]),
    ("Russel Coben (original) Darryl F. Marr", ["Russel Coben (original)", "Darryl F. Marr"]),
    # Family name first: the family name opens the name.
    ("Zhang Weilu Choi Min-seo", ["Zhang Weilu", "Choi Min-seo"]),
    # A name with no known opening between two known ones is cut by position.
    ("Rajiv Vell Tolvan Marwe Apoorva Quade", ["Rajiv Vell", "Tolvan Marwe", "Apoorva Quade"]),
    # Groups' names: en dashes, or three words joined by hyphens.
    ("Ann–Bo–Cy Indra Vell (Tubby)", ["Ann–Bo–Cy", "Indra Vell (Tubby)"]),
    ("Himor Vell Ann–Bo", ["Himor Vell", "Ann–Bo"]),
    ("Ann-Bo-Cy Peter Lomax", ["Ann-Bo-Cy", "Peter Lomax"]),
    ("Ann Roe Ann–Bo Peter Lomax", ["Ann Roe", "Ann–Bo", "Peter Lomax"]),
    # A single initial after two words starts the next name ("W W I. W" is rare as one name).
    ("Amra Vell S. Tolvan Chandan Marwe", ["Amra Vell", "S. Tolvan", "Chandan Marwe"]),
    # Prefixes, particles and suffixes stay inside their names.
    ("Peter van der Berg Ann Roe", ["Peter van der Berg", "Ann Roe"]),
    ("Peter de la Cruz Ann Roe", ["Peter de la Cruz", "Ann Roe"]),
    ("Ann Roe Jr. Peter Lomax", ["Ann Roe Jr.", "Peter Lomax"]),
    ("Peter Lomax Sr. Ann Roe", ["Peter Lomax Sr.", "Ann Roe"]),
    ("Ann Roe III Peter Lomax", ["Ann Roe III", "Peter Lomax"]),
    ("Sean O'Hara Ann St. Clair", ["Sean O'Hara", "Ann St. Clair"]),
    ("Ann MacRoe Peter DiLomax", ["Ann MacRoe", "Peter DiLomax"]),
    ("Peter Zeta-Vell Ann Roe", ["Peter Zeta-Vell", "Ann Roe"]),  # a double name: one word
]


@pytest.mark.parametrize(("cell", "expected"), LOST_BREAKS)
def test_lost_breaks(cell: str, expected: list[str]) -> None:
    assert split_given(cell) == expected


@pytest.mark.parametrize(
    "cell",
    [
        "Peter Lomax Vell Ozrin",  # a missing given name costs a split, never a wrong cut
        "Vell Ozrin Dorn Quill Ansel Barrow",  # no known opening at all
        "Tabor Peter Lomax",  # a one-word name (a mononym) is never guessed
        "Peter Lomax Tabor",
        "Ozrin Ann–Bo",  # a group beside a one-word name
        "Ann Roe Vell Ozrin S. Quade Peter Lomax",  # 2+2+2 or 3+3: two coverings tie
        # A family name that opens names printed family first ("Hong Ann") ends this one: ending
        # on it is no sign of a bad cut, so two coverings tie and the cell stays whole.
        "Marc S. Tolver Peter Hong Dorvan Quill Vell Ozrin Alice Quill",
        "Ann Roe; Bo Lee",  # a separator of its own: the builder splits there
        "Ann Roe & Bo Lee",
    ],
)
def test_lost_breaks_kept_whole(cell: str) -> None:
    assert split_given(cell) is None


def test_pieces_printed_elsewhere_in_the_article_support_a_cut() -> None:
    printed = {"Dorn Quill", "Vell Ozrin"}.__contains__
    assert split_given("Vell Ozrin Dorn Quill", printed) == ["Vell Ozrin", "Dorn Quill"]
    assert split_given("Amra Vell S. Tolvan Chandra Marwe", {"S. Tolvan"}.__contains__) == [
        "Amra Vell",
        "S. Tolvan",
        "Chandra Marwe",
    ]
    # The whole cell printed as one name elsewhere: its pieces are no evidence.
    whole = {"Dorn Quill", "Vell Ozrin Dorn Quill"}.__contains__
    assert split_given("Vell Ozrin Dorn Quill", whole) is None


@pytest.mark.parametrize(
    ("cell", "listed"),
    [
        ("Ann Roe Bo Lee", True),
        ("Ann Roe Bo Lee[1]", True),
        ("Ozrin Ann–Bo", True),  # a group beside another word
        ("Vell Ozrin – Dorn Quill", True),
        ("Ann–Bo", False),
        ("Ann Roe (additional footage) (uncredited)", False),  # notes are no names
        ("Willem van der Berg Jr.", False),  # particles and suffixes are no names
        ("Mary Ann Roe", False),  # three words may be one name
    ],
)
def test_looks_listed(cell: str, listed: bool) -> None:
    assert looks_listed(cell) is listed
