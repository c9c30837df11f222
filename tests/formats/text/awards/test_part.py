"""Awards part: flattened table rows back to award records, spanned cells filled in (issue 4)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.formats.text.awards.part import fill, header_columns, read_row
from leaving_vegas_extract.model.article import Article, Award
from tests.conftest import ROOT, extract_rel

FOLDER = Path("tests/fixtures/awards")

Row = tuple[str | None, str, str | None, tuple[str, ...], str | None]
"""(year, award, category, recipients, result)."""


def rows(article: Article) -> list[Row]:
    return [(a.year, a.award, a.category, tuple(a.recipients), a.result) for a in article.awards]


def award_codes(article: Article) -> list[tuple[str, tuple[int, int] | None]]:
    return [(d.code, d.lines) for d in article.diagnostics if d.code.startswith("award")]


# --- the seed -------------------------------------------------------------------------------


def test_seed_has_seventeen_rows(seed: Article) -> None:
    assert len(seed.awards) == 17
    assert [a.lines for a in seed.awards] == [(n, n) for n in range(95, 112)]
    assert award_codes(seed) == []


SEED_MUST_SHOW = {
    "filled-down": ("Academy Award", "Best Adapted Screenplay", ("Mike Figgis",), "nominated"),
    "filled-across-groups": ("Golden Globe Award", "Best Director", ("Mike Figgis",), "nominated"),
    "ampersand": (
        "Golden Globe Award",
        "Best Motion Picture – Drama",
        ("Lila Cazès", "Annie Stewart"),
        "nominated",
    ),
    "filled-from-ampersand": (
        "Independent Spirit Award",
        "Best Film",
        ("Lila Cazès", "Annie Stewart"),
        "won",
    ),
    "category-with-dash": (
        "Golden Globe Award",
        "Best Actress in a Motion Picture – Drama",
        ("Elisabeth Shue",),
        "nominated",
    ),
    "first-row": ("Academy Award", "Best Actor", ("Nicolas Cage",), "won"),
    "last-row": ("Independent Spirit Award", "Best Cinematography", ("Declan Quinn",), "won"),
}


@pytest.mark.parametrize("expected", SEED_MUST_SHOW.values(), ids=SEED_MUST_SHOW.keys())
def test_seed_must_show(seed: Article, expected: tuple[str, str, tuple[str, ...], str]) -> None:
    assert expected in [(a.award, a.category, tuple(a.recipients), a.result) for a in seed.awards]


def test_seed_groups_and_results(seed: Article) -> None:
    groups = [a.award for a in seed.awards]
    assert groups.count("Academy Award") == 4
    assert groups.count("BAFTA Award") == 3
    assert groups.count("Golden Globe Award") == 4
    assert groups.count("Independent Spirit Award") == 6
    assert {a.result for a in seed.awards} == {"won", "nominated"}
    assert all(a.year is None for a in seed.awards)


def test_seed_table_is_claimed_and_placed(seed: Article) -> None:
    assert (95, 111) not in seed.coverage.unclaimed
    reception = next(s for s in seed.sections if s.title == "Reception")
    awards = next(s for s in reception.sections if s.title == "Awards")
    assert not any("Nominated" in p.text for p in awards.paragraphs)


# --- fixtures of our own ----------------------------------------------------------------------

EXPECTED: dict[str, list[Row]] = {
    "spirited-away": [
        ("2002", "Berlin International Film Festival", "Golden Bear", ("Hayao Miyazaki",), "won"),
        ("2002", "Japan Academy Prize", "Picture of the Year", ("Toshio Suzuki",), "won"),
        ("2003", "Academy Awards", "Best Animated Feature", ("Hayao Miyazaki",), "won"),
        ("2003", "Annie Awards", "Best Animated Feature", ("Toshio Suzuki",), "won"),
        (
            "2003",
            "Annie Awards",
            "Outstanding Directing in an Animated Feature Production",
            ("Hayao Miyazaki",),
            "won",
        ),
        (
            "2003",
            "Annie Awards",
            "Outstanding Music in an Animated Feature Production",
            ("Joe Hisaishi",),
            "won",
        ),
        (
            "2003",
            "Annie Awards",
            "Outstanding Writing in an Animated Feature Production",
            ("Hayao Miyazaki",),
            "won",
        ),
        ("2003", "New York Film Critics Circle", "Best Animated Film", ("Hayao Miyazaki",), "won"),
        ("2003", "Saturn Awards", "Best Fantasy Film", ("Hayao Miyazaki",), "nominated"),
        ("2003", "Saturn Awards", "Best Writing", ("Hayao Miyazaki",), "won"),
    ],
    "cinema-paradiso": [
        (
            None,
            "Cannes Film Festival",
            "Grand Prix Spécial du Jury",
            ("Giuseppe Tornatore",),
            "won",
        ),
        (None, "Cannes Film Festival", "Palme d'Or", ("Giuseppe Tornatore",), "nominated"),
        (None, "Cannes Film Festival", "Prix de la jeunesse Agnese Nano", (), "won"),
        (None, "Academy Awards", "Best Foreign Language Film", ("Italy",), "won"),
        (None, "Golden Globe Awards", "Best Foreign Language Film", ("Italy",), "won"),
        (
            None,
            "British Academy Film Awards",
            "Best Film Not in the English Language",
            ("Franco Cristaldi", "Giovanna Romagnoli"),
            "won",
        ),
        (
            None,
            "British Academy Film Awards",
            "Best Actor in a Leading Role",
            ("Philippe Noiret",),
            "won",
        ),
        (
            None,
            "British Academy Film Awards",
            "Best Actor in a Supporting Role",
            ("Salvatore Cascio",),
            "won",
        ),
        (
            None,
            "British Academy Film Awards",
            "Best Film Music",
            ("Ennio Morricone", "Andrea Morricone"),
            "won",
        ),
        (
            None,
            "David di Donatello Awards",
            "Best Supporting Actor",
            ("Leopoldo Trieste",),
            "nominated",
        ),
        (None, "Nastro d'Argento", "Best Original Story", ("Giuseppe Tornatore",), "nominated"),
        (None, "European Film Awards", "Special Jury Prize", ("Giuseppe Tornatore",), "won"),
        (
            None,
            "New York Film Critics Circle",
            "Best Foreign Language Film",
            ("Giuseppe Tornatore",),
            "runner-up",
        ),
        (
            None,
            "Los Angeles Film Critics Association",
            "Best Foreign Language Film",
            ("Giuseppe Tornatore",),
            "won",
        ),
    ],
    "moonlight": [
        (
            "2017-02-26",
            "Academy Awards",
            "Best Picture",
            ("Adele Romanski", "Dede Gardner", "Jeremy Kleiner"),
            "won",
        ),
        ("2017-02-26", "Academy Awards", "Best Director", ("Barry Jenkins",), "nominated"),
        ("2017-02-26", "Academy Awards", "Best Supporting Actor", ("Mahershala Ali",), "won"),
        (
            "2017-02-26",
            "Academy Awards",
            "Best Adapted Screenplay",
            ("Barry Jenkins", "Tarell Alvin McCraney"),
            "won",
        ),
        (
            "2017-02-26",
            "Academy Awards",
            "Best Film Editing",
            ("Joi McMillon", "Nat Sanders"),
            "nominated",
        ),
        ("2016-11-28", "Gotham Awards", "Best Feature", ("Moonlight",), "won"),
        (
            "2016-11-28",
            "Gotham Awards",
            "Special Jury Award – Ensemble Performance",
            (
                "Mahershala Ali",
                "Naomie Harris",
                "Trevante Rhodes",
                "André Holland",
                "Janelle Monáe",
                "Ashton Sanders",
            ),
            "won",
        ),
        (
            "2016-11-28",
            "Gotham Awards",
            "Audience Award",
            (
                "Mahershala Ali",
                "Naomie Harris",
                "Trevante Rhodes",
                "André Holland",
                "Janelle Monáe",
                "Ashton Sanders",
            ),
            "won",
        ),
        (
            "2017-02-16",
            "Black Reel Awards",
            "Outstanding Breakthrough Performance, Female",
            ("Janelle Monáe",),
            "won",
        ),
        ("2017-02-25", "Independent Spirit Awards", "Best Feature", ("Moonlight",), "won"),
        (
            "2017-02-25",
            "Independent Spirit Awards",
            "Robert Altman Award",
            ("Yesi Ramirez",),
            "won",
        ),
        (
            "2017-02-25",
            "Independent Spirit Awards",
            "Best Cinematography",
            ("James Laxton",),
            "won",
        ),
    ],
    "thelma-and-louise": [
        (None, "Academy Awards", "Best Actress", ("Geena Davis",), "nominated"),
        (None, "Academy Awards", "Best Actress", ("Susan Sarandon",), "nominated"),
        (None, "Academy Awards", "Best Director", ("Ridley Scott",), "nominated"),
        (None, "Academy Awards", "Best Original Screenplay", ("Callie Khouri",), "won"),
        (None, "Academy Awards", "Best Film Editing", ("Thom Noble",), "nominated"),
        (None, "BAFTA Awards", "Best Film", ("Thelma & Louise",), "nominated"),
        (None, "BAFTA Awards", "Best Actress in a Leading Role", ("Susan Sarandon",), "nominated"),
        (None, "BAFTA Awards", "Best Actress in a Leading Role", ("Geena Davis",), "nominated"),
        (None, "Golden Globe Awards", "Best Screenplay", ("Callie Khouri",), "won"),
        (None, "Kansas City Film Critics Circle", "Best Actress", ("Susan Sarandon",), "won"),
        (None, "Kansas City Film Critics Circle", "Best Actress", ("Geena Davis",), "runner-up"),
        (
            None,
            "National Board of Review",
            "Best Actress",
            ("Geena Davis", "Susan Sarandon"),
            "won",
        ),
    ],
    "la-strada": [
        # A Ceremony cell of an ordinal names no year (as in wikitext and HTML: year_of).
        (None, "Venice Film Festival", "Silver Lion", ("Federico Fellini",), "won"),
        (
            None,
            "Academy Awards",
            "Best Foreign Language Film",
            ("Dino De Laurentiis", "Carlo Ponti"),
            "won",
        ),
        (
            None,
            "Academy Awards",
            "Best Original Screenplay",
            ("Federico Fellini", "Tullio Pinelli"),
            "nominated",
        ),
        (None, "New York Film Critics Circle", "Best Foreign Language Film", (), "won"),
        (None, "Bodil Awards", "Best European Film", ("Federico Fellini",), "won"),
        (None, "Nastro d'Argento", "Best Director", ("Federico Fellini",), "won"),
    ],
}

DIAGNOSTICS: dict[str, list[tuple[str, tuple[int, int]]]] = {
    "spirited-away": [],
    "cinema-paradiso": [("award-row-unsplit", (66, 66)), ("award-split-guessed", (73, 73))],
    "moonlight": [("award-split-guessed", (82, 82))],
    "thelma-and-louise": [],
    "la-strada": [("award-row-joined", (63, 64)), ("award-result-filled", (69, 69))],
}


@pytest.fixture(scope="module")
def articles() -> dict[str, Article]:
    return {name: extract_rel(FOLDER / f"{name}.txt") for name in EXPECTED}


def test_every_fixture_is_listed() -> None:
    assert sorted(p.stem for p in (ROOT / FOLDER).glob("*.txt")) == sorted(EXPECTED)


@pytest.mark.parametrize("name", EXPECTED)
def test_fixture_rows(articles: dict[str, Article], name: str) -> None:
    assert rows(articles[name]) == EXPECTED[name]


@pytest.mark.parametrize("name", DIAGNOSTICS)
def test_fixture_diagnostics(articles: dict[str, Article], name: str) -> None:
    assert award_codes(articles[name]) == DIAGNOSTICS[name]


@pytest.mark.parametrize("name", EXPECTED)
def test_fixture_table_claimed_and_anchored(articles: dict[str, Article], name: str) -> None:
    article = articles[name]
    assert article.coverage.unclaimed == []
    accolades = next(s for s in article.sections if s.title == "Reception").sections[0]
    assert accolades.title == "Accolades"
    assert not any(p.text.endswith(("Won", "Nominated")) for p in accolades.paragraphs)


def test_two_tables_do_not_fill_into_each_other(articles: dict[str, Article]) -> None:
    first_of_second = articles["la-strada"].awards[3]
    assert first_of_second.lines == (68, 68)
    assert (first_of_second.year, first_of_second.recipients) == (None, [])


# --- units --------------------------------------------------------------------------------------

HEADERS = {
    "seed": ("Award Category Subject Result", ("award", "category", "recipients", "result")),
    "year-first": (
        "Year Award Category Recipient(s) Result",
        ("year", "award", "category", "recipients", "result"),
    ),
    "date-and-refs": (
        "Award Date of ceremony Category Recipient(s) Result Ref(s)",
        ("award", "year", "category", "recipients", "result", "ref"),
    ),
    "nominees-any-order": (
        "Category Nominee(s) Award Result",
        ("category", "recipients", "award", "result"),
    ),
    "ceremony-names-award": (
        "Ceremony Category Nominee Result",
        ("award", "category", "recipients", "result"),
    ),
    "no-result": ("Award Category Subject", None),
    "prose": ("The award was the result of a long campaign", None),
    "track-listing": ("No. Title Writer(s) Performer Length", None),
}


@pytest.mark.parametrize(("line", "columns"), HEADERS.values(), ids=HEADERS.keys())
def test_header_columns(line: str, columns: tuple[str, ...] | None) -> None:
    assert header_columns(line) == columns


COLUMNS = ("award", "category", "recipients", "result")
KNOWN = {"jane roe", "john doe", "acme films"}
READ = {
    "award-before-opener": (
        "Saturn Award Best Actress Jane Roe Won",
        False,
        ("Saturn Award", "Best Actress", ("Jane Roe",), "won"),
    ),
    "organisation-word": (
        "Sitges Film Festival Golden Lion Jane Roe Nominated",
        False,
        ("Sitges Film Festival", "Golden Lion", ("Jane Roe",), "nominated"),
    ),
    "prize-word-inside-group-is-category": (
        "Audience Award John Doe Won",
        True,
        (None, "Audience Award", ("John Doe",), "won"),
    ),
    "award-for-best-is-category": (
        "People's Choice Award for Best Actress Jane Roe Won",
        True,
        (None, "People's Choice Award for Best Actress", ("Jane Roe",), "won"),
    ),
    "names-only-row": ("John Doe Nominated", True, (None, None, ("John Doe",), "nominated")),
    "several-known": (
        "Best Picture Jane Roe, John Doe and Acme Films Won",
        True,
        (None, "Best Picture", ("Jane Roe", "John Doe", "Acme Films"), "won"),
    ),
    "no-recipient": ("Best Sound Editing Won", True, (None, "Best Sound Editing", (), "won")),
    "unknown-names-by-shape": (
        "Best Makeup and Hairstyling Ann Other and Sam Smith Won",
        True,
        (None, "Best Makeup and Hairstyling", ("Ann Other", "Sam Smith"), "won"),
    ),
    "markers-and-other-result": (
        "Best Director John Doe Runner-up[3][4]",
        True,
        (None, "Best Director", ("John Doe",), "runner-up"),
    ),
    "no-result": ("Best Director John Doe", True, (None, "Best Director", ("John Doe",), None)),
}


@pytest.mark.parametrize(("text", "in_group", "cells"), READ.values(), ids=READ.keys())
def test_read_row(
    text: str, in_group: bool, cells: tuple[str | None, str | None, tuple[str, ...], str | None]
) -> None:
    row = read_row(text, COLUMNS, KNOWN, in_group)
    assert (row.award, row.category, row.recipients, row.result) == cells


def test_read_row_year_between_award_and_category() -> None:
    columns = ("award", "year", "category", "recipients", "result")
    row = read_row("Gotham Awards 28 November 2016 Best Actor John Doe Won", columns, KNOWN, False)
    assert (row.award, row.year, row.category, row.recipients) == (
        "Gotham Awards",
        "2016-11-28",
        "Best Actor",
        ("John Doe",),
    )


def test_a_foreign_month_word_in_an_award_row_is_no_date() -> None:
    """The Date cell is read with the English month names only: "Mars" before a year is no
    month (the infobox's dates know other languages' months; an awards row does not)."""
    columns = ("award", "year", "category", "recipients", "result")
    row = read_row("Mars 2020 Film Prize Best Actor John Doe Won", columns, KNOWN, False)
    assert (row.award, row.year) == ("Mars", "2020")  # not March 2020


def test_read_row_year_inside_category_is_not_a_date_column() -> None:
    columns = ("award", "year", "category", "recipients", "result")
    row = read_row("Best Film of 2016 Jane Roe Won", columns, KNOWN, True)
    assert (row.award, row.year, row.category, row.recipients) == (
        None,
        None,
        "Best Film of 2016",
        ("Jane Roe",),
    )


def test_fill_first_row_without_award_is_kept_with_warning() -> None:
    row = read_row("Best Actor John Doe Won", COLUMNS, KNOWN, False)
    awards, diagnostics = fill([row])
    assert awards == [
        Award(award="", category="Best Actor", recipients=["John Doe"], result="won", lines=(0, 0))
    ]
    assert [(d.severity, d.code) for d in diagnostics] == [("warning", "award-no-name")]


# --- robustness ---------------------------------------------------------------------------------

HOSTILE = {
    "spaces": " " * 1_000_000,
    "digits": "7" * 1_000_000,
    "brackets": "[" * 500_000 + "]" * 500_000,
    "words": "Best " * 200_000 + "Won",
    "names": "Jane Roe, " * 100_000 + "Won",
}


@pytest.mark.parametrize("row", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_row_is_fast_and_kept(row: str) -> None:
    text = f"Title\n\nAward Category Subject Result\nSaturn Award Best Actor John Doe Won\n{row}\n"
    started = time.process_time()
    article = extract_text(text)
    assert time.process_time() - started < 5
    assert article.awards[0].recipients == ["John Doe"]
    assert article.coverage.unclaimed == []


def test_hostile_prose_is_read_once_and_fast() -> None:
    # An unknown recipient makes the part read the prose for names: a 1 MB run of capitals there.
    prose = "Ab von " * 150_000
    text = (
        f"Title\n\n{prose}\n\nAward Category Subject Result\nSaturn Award Best Actor Zed Quux Won\n"
    )
    started = time.process_time()
    article = extract_text(text)
    assert time.process_time() - started < 5
    assert [(a.category, a.recipients) for a in article.awards] == [("Best Actor", ["Zed Quux"])]
    assert [d.code for d in article.diagnostics if d.code.startswith("award")] == [
        "award-split-guessed"
    ]


def test_a_dash_or_n_a_in_the_recipients_cell_names_nobody() -> None:
    # As in wikitext and HTML (split_recipients): a film's own prize prints a dash.
    article = extract_text(
        "Title\n\nA short lead.\n\nAccolades\n\nAward Category Recipient(s) Result\n"
        "Marlow Film Awards Best Actor Theo Quist Won\n"
        "Gotham Awards Best Film — Won\n"
        "Best Feature N/A Nominated\n"
    )
    assert [(a.award, a.category, a.recipients) for a in article.awards] == [
        ("Marlow Film Awards", "Best Actor", ["Theo Quist"]),
        ("Gotham Awards", "Best Film", []),
        ("Gotham Awards", "Best Feature", []),
    ]


def test_a_title_ending_in_a_result_word_is_no_result() -> None:
    # "Draw" is a result ({{Draw}}), but after "the" it ends a title: the result is spanned.
    article = extract_text(
        "Title\n\nA short lead.\n\nAccolades\n\nAward Category Recipient(s) Result\n"
        "Marlow Film Awards Best Actor Theo Quist Won\n"
        "Best Film The Luck of the Draw\n"
    )
    assert [a.result for a in article.awards] == ["won", "won"]
    assert (article.awards[1].category or "").endswith("Luck of the Draw")  # no word lost
