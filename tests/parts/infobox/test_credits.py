"""Based-on works: titles and authors."""

from __future__ import annotations

from leaving_vegas_extract.parts.infobox.credits import based_on


def test_a_quoted_title_ends_at_its_closing_quote() -> None:
    works = based_on(['"The Copper Trail" serial, first printed in 1950 by Amos Kell'])
    assert [(w.title, w.authors) for w in works] == [("The Copper Trail", ["Amos Kell"])]


def test_a_bracketed_year_and_kind_leave_the_title() -> None:
    works = based_on(["Lantern Keeper (1968 short story) by Odile Farr", "Salt Hymn (novel)"])
    assert [(w.title, w.authors) for w in works] == [
        ("Lantern Keeper", ["Odile Farr"]),
        ("Salt Hymn", []),
    ]


def test_a_bracket_of_the_title_s_own_stays() -> None:
    # A capitalised bracket is part of the title ("Part II"), not a note on the work's kind.
    works = based_on(["Tide Clock (Part II) by Ivo Rask"])
    assert [(w.title, w.authors) for w in works] == [("Tide Clock (Part II)", ["Ivo Rask"])]


def test_a_year_then_a_known_kind_leaves_the_title_on_its_line() -> None:
    works = based_on(["Reed Harbour 1961 stage play by Lio Vanth"])
    assert [(w.title, w.authors) for w in works] == [("Reed Harbour", ["Lio Vanth"])]


def test_lowercase_words_of_the_title_s_own_after_a_year_stay() -> None:
    # Sentence-case and non-English titles: only a known kind of work is cut.
    works = based_on(["Lisbonne 1910 en couleurs by Aurel Brandt", "Summer 2031 in the city",
                      "Tide Clock (en couleurs)"])  # fmt: skip
    assert [w.title for w in works] == [
        "Lisbonne 1910 en couleurs",
        "Summer 2031 in the city",
        "Tide Clock (en couleurs)",
    ]


def test_a_database_s_based_on_sentence_gives_title_and_authors() -> None:
    """A film database prints its source as a sentence: "the <kind>" before the title, a
    co-author after "with", and the edition's place and year in brackets."""
    works = based_on(
        ["the memoir Pulling Against the Tide by Amos Fenwick with Ida Lowe (Boston, 1955)."]
    )
    assert [(w.title, w.authors) for w in works] == [
        ("Pulling Against the Tide", ["Amos Fenwick", "Ida Lowe"])
    ]
