"""Author names: the fast path, nameparser, and whole author lists."""

from __future__ import annotations

import itertools
import timeit

import pytest

from leaving_vegas_extract.normalize.names import (
    Name,
    fast_person,
    is_organisation,
    parse_authors,
    parse_person,
    slow_person,
)

GIVEN = ("Ann", "Hélène", "Jean-Pierre", "Chidi", "Miloš", "Bea", "Rosa", "Thi")
FAMILY = ("Roe", "Vasseur", "Okonkwo", "Smith-Jones", "Novák", "O'Hara", "Lindqvist", "Nguyen")
MIDDLE = ("M.", "Mary", "J.-P.", "A.O.")

# The shapes the fast path takes, built from the name parts above.
COMMON = sorted(
    {
        *(f"{g} {f}" for g, f in itertools.product(GIVEN, FAMILY)),
        *(f"{f}, {g}" for g, f in itertools.product(GIVEN, FAMILY)),
        *(f"{g} {m} {f}" for g, m, f in itertools.product(GIVEN[:3], MIDDLE, FAMILY[:3])),
        *(f"{f}, {g} {m}" for g, m, f in itertools.product(GIVEN[:3], MIDDLE, FAMILY[:3])),
        *(f"{f}, {m}" for m, f in itertools.product(MIDDLE, FAMILY)),
        *(f"{m} {f}" for m, f in itertools.product(("A. O.", "B. K.", "J. R. R."), FAMILY)),
    }
)


@pytest.mark.parametrize("text", COMMON)
def test_fast_path_agrees_with_nameparser(text: str) -> None:
    fast = fast_person(text)
    assert fast is not None
    assert fast == slow_person(text)


SLOW_ONLY = {
    "particle-first": "Ludwig van Beethoven",
    "particle-last-first": "van Beethoven, Ludwig",
    "capital-particle": "De Sica, Vittorio",
    "suffix": "Martin Luther King Jr.",
    "suffix-comma": "King, Martin Luther, Jr.",
    "title": "Dr. Ann Roe",
    "lower-case": "bell hooks",
}


@pytest.mark.parametrize("text", SLOW_ONLY.values(), ids=SLOW_ONLY.keys())
def test_unusual_names_take_the_careful_path(text: str) -> None:
    assert fast_person(text) is None
    assert parse_person(text) == slow_person(text)


PEOPLE = {
    "last-first": ("Roe, Ann", Name("Roe", "Ann")),
    "first-last": ("Ann Roe", Name("Roe", "Ann")),
    "initials": ("Lee, B. K.", Name("Lee", "B. K.")),
    "initials-glued": ("Lee, B.K.", Name("Lee", "B.K.")),
    "middle-initial": ("Hale, Judith M.", Name("Hale", "Judith M.")),
    "particle": ("Ludwig van Beethoven", Name("van Beethoven", "Ludwig")),
    "suffix": ("Martin Luther King Jr.", Name("King", "Martin Luther", suffix="Jr.")),
    "capital-particle": ("De Sica, Vittorio", Name("De Sica", "Vittorio")),
}


@pytest.mark.parametrize(("text", "name"), PEOPLE.values(), ids=PEOPLE.keys())
def test_parse_person(text: str, name: Name) -> None:
    assert parse_person(text) == name


LISTS = {
    "semicolons": ("Roe, Ann; Lee, B. K.", ["Roe", "Lee"], False),
    "and": ("Roe, Ann and Lee, Bo", ["Roe", "Lee"], False),
    "display-order-commas": ("Ann Roe, Bo Lee and Cy Dunn", ["Roe", "Lee", "Dunn"], False),
    "et-al": ("Roe, Ann et al.", ["Roe"], True),
    "et-al-comma": ("Roe, Ann, et al.", ["Roe"], True),
    "list-full-stop": ("Roe, Ann.", ["Roe"], False),
}


@pytest.mark.parametrize(("text", "families", "more"), LISTS.values(), ids=LISTS.keys())
def test_author_lists(text: str, families: list[str], more: bool) -> None:
    found = parse_authors(text)
    assert found is not None
    assert ([n.family for n in found[0]], found[1]) == (families, more)


ORGANISATIONS = (
    "Czech Film Institute",
    "Box Office India",
    "Academy of Motion Picture Arts and Sciences",
    "Walt Disney Animation Studios",
    "The Numbers",
    "Reuters",
    "Focus Features",
)


@pytest.mark.parametrize("text", ORGANISATIONS)
def test_organisations_are_literal(text: str) -> None:
    assert is_organisation(text)
    assert parse_authors(text) == ((Name(literal=text),), False)


NOT_AUTHORS = (
    "The score from",
    "Aamir Khan on the discipline of the shoot",
    "Spaced, the episode",
    "Delbonnel's grading notes",
    "Chapter 9",
    "",
    "x" * 400,
)


@pytest.mark.parametrize("text", NOT_AUTHORS)
def test_not_an_author_list(text: str) -> None:
    assert parse_authors(text) is None


def test_fast_path_is_faster() -> None:
    fast = timeit.timeit(lambda: fast_person("Okonkwo, Chidi"), number=200)
    slow = timeit.timeit(lambda: slow_person("Okonkwo, Chidi"), number=200)
    assert fast * 5 < slow
