"""Credit lines to cast records: the shapes a cast list prints, and prose that is no credit."""

from __future__ import annotations

import pytest

from leaving_vegas_extract.parts.cast.build import (
    Credit,
    is_cast_title,
    is_header_row,
    is_name,
    read_credit,
    split_bullets,
    table_credit,
)

SHAPES: dict[str, tuple[str, tuple[str, str | None, str | None]]] = {
    "as": ("Nicolas Cage as Ben Sanderson", ("Nicolas Cage", "Ben Sanderson", None)),
    "as-description": ("Ann Roe as Mary, a nurse", ("Ann Roe", "Mary, a nurse", None)),
    "voice": ("Bo Lee (voice)", ("Bo Lee", None, "voice")),
    "uncredited": ("Cy Dunn as Tom (uncredited)", ("Cy Dunn", "Tom", "uncredited")),
    "two-roles": ("Di Fox as Jo and Kit", ("Di Fox", "Jo and Kit", None)),
    "em-dash": ("Ed Gray — the sheriff", ("Ed Gray", "the sheriff", None)),
    "en-dash": ("Ed Gray – the sheriff", ("Ed Gray", "the sheriff", None)),
    "hyphen": ("Ed Gray - the sheriff", ("Ed Gray", "the sheriff", None)),
    "colon": ("Flo Hart: Aunt May", ("Flo Hart", "Aunt May", None)),
    "leaders": ("Gus Ivey ... Doc", ("Gus Ivey", "Doc", None)),
    "two-notes": ("Hal Jory as Rex (voice) (uncredited)", ("Hal Jory", "Rex", "voice; uncredited")),
    "note-before-as": ("Ida Kemp (uncredited) as a nun", ("Ida Kemp", "a nun", "uncredited")),
    "role-parenthesis-kept": ("Jo Lund as Tom (age 10)", ("Jo Lund", "Tom (age 10)", None)),
    "marker-dropped": ("Kai Moss as Sam[3]", ("Kai Moss", "Sam", None)),
    "particles": ("Lotte van der Meer as Ilse", ("Lotte van der Meer", "Ilse", None)),
    "welsh-ap": ("Gwion ap Rhys as Bedwyr", ("Gwion ap Rhys", "Bedwyr", None)),
    "suffix": ("Ray Nunn Jr. as the boy", ("Ray Nunn Jr.", "the boy", None)),
    "comma-suffix": ("Ray Nunn, Jr. as the boy", ("Ray Nunn, Jr.", "the boy", None)),
    "leaders-qualifier-only": (
        "Sol Tate ... (scenes deleted)",
        ("Sol Tate", None, "scenes deleted"),
    ),
    "slash-roles": ("Val Ude ... Rolf / The King", ("Val Ude", "Rolf / The King", None)),
    "initials": ("Samuel L. Jackson as Jules", ("Samuel L. Jackson", "Jules", None)),
    "name-alone": ("Tova Olin", ("Tova Olin", None, None)),
    "bullet-kept-off": ("• Uma Pike as Ruth", ("Uma Pike", "Ruth", None)),
    "accents-as-printed": ("Kemal Aydın as the surveyor", ("Kemal Aydın", "the surveyor", None)),
}


@pytest.mark.parametrize("shape", sorted(SHAPES))
def test_credit_shapes(shape: str) -> None:
    text, (name, role, note) = SHAPES[shape]
    credit = read_credit(text)
    assert credit is not None
    assert (credit.name, credit.role, credit.note) == (name, role, note)


PROSE = [
    "Several of the island's real residents appear as themselves.",
    "Cage was cast as Ben after a long search.",
    "The principal cast, in order of appearance:",
    "the film also features a cameo by the director",
    "In 1994, Fox as Kit replaced the original actor",
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_is_no_credit(text: str) -> None:
    assert read_credit(text) is None


def test_as_marks_a_strong_credit_and_a_dash_does_not() -> None:
    assert read_credit("Ann Roe as Mary") == Credit("Ann Roe", "Mary", None, True)
    strong = read_credit("Ann Roe — Mary")
    assert strong is not None
    assert not strong.strong


@pytest.mark.parametrize(
    ("title", "cast"),
    [
        ("Cast", True),
        ("Main cast", True),
        ("Cast and characters", True),
        ("Voice cast", True),
        ("Starring", True),
        ("Casting", False),
        ("Broadcast", False),
        ("Production", False),
    ],
)
def test_cast_titles(title: str, cast: bool) -> None:
    assert is_cast_title(title) is cast


def test_names() -> None:
    assert is_name("Ruairí Ó Dálaigh")
    assert not is_name("Ann Roe, Bo Lee")
    assert not is_name("One Two Three Four Five Six Seven")
    assert not is_name("Born 1950")


def test_run_together_bullets_split() -> None:
    line = "  • Ann Roe as Mary • Bo Lee (voice) •  Cy Dunn as Tom"
    assert split_bullets(line) == ["Ann Roe as Mary", "Bo Lee (voice)", "Cy Dunn as Tom"]


def test_table_cells() -> None:
    assert is_header_row(["Actor", "Role"])
    assert not is_header_row(["Ann Roe", "Mary"])
    assert table_credit("Ann Roe", "Mary (uncredited)") == Credit(
        "Ann Roe", "Mary", "uncredited", True
    )
    assert table_credit("Ann Roe", "") == Credit("Ann Roe", None, None, True)
    assert table_credit("several townspeople", "extras") is None
