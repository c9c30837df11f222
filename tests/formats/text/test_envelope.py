"""The mirror's header block against a blog's pasted box of ``Key: value`` rows."""

from __future__ import annotations

import pytest

from leaving_vegas_extract import extract_text

BLOG = """The Kestrel Pier

The Kestrel Pier is a 2012 drama film about a harbour town and the ferry that stopped coming.

Directed by: Ann Roe
Written by: Bo Lee
Starring: Cy Dane, Di Moss
Country: Norway
Language: Norwegian
"""

MIRROR = """Article Id: WHEBN0000000001
Reproduction Date: 2014-01-01
Title: The Kestrel Pier
Language: English
Subject: Films
Collection: Drama films
Publisher: World Heritage Encyclopedia

The Kestrel Pier

The Kestrel Pier is a 2012 drama film about a harbour town.
"""


def test_a_blog_box_of_key_value_rows_with_a_language_is_no_mirror_header() -> None:
    article = extract_text(BLOG)
    assert article.infobox is not None
    assert article.infobox.directed_by == ["Ann Roe"]
    assert article.infobox.languages == ["Norwegian"]
    assert article.envelope is None or article.envelope.language is None


def test_the_mirror_header_is_still_read() -> None:
    article = extract_text(MIRROR)
    assert article.envelope is not None
    assert article.envelope.article_id == "WHEBN0000000001"
    assert article.envelope.subjects == ["Films"]


_BOX = """Directed by Ann Roe
Written by Bo Lee
Starring Cy Dane, Di Moss
Running time 97 minutes
Country Norway

{lead} is a 2012 drama film about a harbour town.
"""


def _page(head: str, lead: str = "The Kestrel Pier") -> str:
    return head + _BOX.format(lead=lead)


def test_a_poster_line_naming_the_title_under_it_is_not_the_title() -> None:
    """A celebrity site prints the poster's alt text ("X image") above the page's title."""
    article = extract_text(_page("The Kestrel Pier image\n\nThe Kestrel Pier\n\n"))
    assert article.title == "The Kestrel Pier"
    assert article.infobox is not None
    assert article.infobox.name == "The Kestrel Pier"
    assert article.coverage.unclaimed == []


def test_site_chrome_before_the_title_of_a_page_without_a_header() -> None:
    article = extract_text(_page("Jump to content\n\nThe Kestrel Pier\n\n"))
    assert article.title == "The Kestrel Pier"
    assert [s.title for s in article.sections] == []


def test_a_credit_label_first_is_no_title() -> None:
    """A fan wiki's page may print no title: its first line is the box's first label."""
    article = extract_text(_page("Directed By\nAnn Roe\n").replace("Directed by Ann Roe\n", ""))
    assert article.title != "Directed By"
    assert article.infobox is not None
    assert article.infobox.directed_by == ["Ann Roe"]


def test_a_title_ending_like_a_poster_line_stays_the_title() -> None:
    """ "Mirror Image" is a title: the line under it does not repeat it without " image"."""
    article = extract_text(_page("Mirror Image\n\n", lead="Mirror Image"))
    assert article.title == "Mirror Image"


def test_a_box_heading_first_is_neither_title_nor_name() -> None:
    """A fan wiki's box may open with its heading ("Film information") and print no title."""
    article = extract_text(_page("Film information\n"))
    assert article.title != "Film information"
    assert article.infobox is not None
    assert article.infobox.name != "Film information"
    assert article.infobox.directed_by == ["Ann Roe"]


# A page printing its lead above a box that lost its name line.
_LEAD_FIRST = (
    "The Kestrel Pier is a 2012 drama film about a harbour town and the ferry that stopped.\n\n"
    "Directed byAnn Roe\nWritten byBo Lee\nStarringCy Dane\nCountryNorway\n"
)


def test_a_counter_with_no_letters_before_the_title_is_passed_over() -> None:
    """A blog copy prints a comment counter ("0") above the page's title."""
    article = extract_text(f"0\n\n\n\nThe Kestrel Pier\n\n{_LEAD_FIRST}")
    assert article.title == "The Kestrel Pier"
    assert article.infobox is not None
    assert article.infobox.name == "The Kestrel Pier"


def test_a_title_with_no_letters_is_no_counter() -> None:
    """A film named by digits ("2046", "8½") printed first, then as the box's name and in the
    lead: the counter rule passed it over, and the poster caption became title and name."""
    for name in ("2046", "8½"):
        page = (
            f"{name}\n\n{name}\nTheatrical release poster\nDirected by Ann Roe\n"
            f"Starring Cy Dane\nCountry Norway\nLanguage Norwegian\n\n"
            f"{name} is a 2012 drama film about a harbour town and the ferry that stopped.\n"
        )
        article = extract_text(page)
        assert article.title == name
        assert article.infobox is not None
        assert (article.infobox.name, article.infobox.caption) == (
            name, "Theatrical release poster",
        )  # fmt: skip


def test_a_title_opening_with_a_digit_is_the_title_line() -> None:
    """A title opening with a digit ("28 Days Later", "2046"), printed first and again as the box's
    name, is the title line: it was left to the prose and became the lead's first paragraph."""
    for name in ("28 Days Later", "2046", "8½"):
        page = (
            f"{name}\n\n{name}\nTheatrical release poster\nDirected by Ann Roe\n"
            f"Starring Cy Dane\nCountry Norway\nLanguage Norwegian\n\n"
            f"{name} is a 2012 drama film about a harbour town and the ferry that stopped.\n"
        )
        article = extract_text(page)
        assert article.title == name
        assert [p.text for p in article.lead][:1] == [
            f"{name} is a 2012 drama film about a harbour town and the ferry that stopped."
        ]


def test_a_table_header_row_first_gives_its_title_cell() -> None:
    """A mirror prints the box's name as a table row whose other cells are empty."""
    page = (
        "The Kestrel Pier | ||||\n"
        "Native Name: |\n"
        "| ||||\n"
        "Director: | Ann Roe | ||||\n"
        "Starring: | Cy Dane | ||||\n"
        "Country: | Norway | ||||\n\n"
        "The Kestrel Pier is a 2012 drama film about a harbour town and its ferry.\n"
    )
    article = extract_text(page)
    assert article.title == "The Kestrel Pier"
    assert article.infobox is not None
    assert article.infobox.name == "The Kestrel Pier"


def test_the_short_description_above_the_title_is_no_title() -> None:
    """A Wikipedia copy prints the page's short description ("2012 Norwegian film") first."""
    article = extract_text(f"2012 Norwegian film\nThe Kestrel Pier\n\n{_LEAD_FIRST}")
    assert article.title == "The Kestrel Pier"


def test_a_hatnote_above_the_box_is_neither_its_name_nor_prose() -> None:
    """A wiki copy prints its hatnote ("For other uses, see …") right above the box's name."""
    for hatnote in (
        "For other uses, see The Kestrel Pier (disambiguation).",
        "This article is about the film. For the novel, see The Kestrel Pier (novel).",
        "Pour les articles homonymes, voir The Kestrel Pier (homonymie).",
    ):
        page = f"The Kestrel Pier (film)\n\n{hatnote}\nThe Kestrel Pier\n{_BOX}"
        article = extract_text(page.format(lead="The Kestrel Pier"))
        assert article.infobox is not None
        assert (article.infobox.name, article.infobox.caption) == ("The Kestrel Pier", None)
        assert not any(hatnote in p.text for p in article.lead)


def test_a_name_row_over_a_table_with_its_own_title_row_is_no_title() -> None:
    """A German copy prints its template's name ("Film | |") over the table's "Titel" row."""
    page = (
        "Film | |\n"
        "Titel | Der Fährmann |\n"
        "---|---|\n"
        "Regie | Ann Roe |\n"
        "Besetzung | Cy Dane |\n"
        "Produktionsland | Norwegen |\n\n"
        "Der Fährmann ist ein norwegischer Spielfilm aus dem Jahr 2012.\n"
    )
    article = extract_text(page)
    assert article.title != "Film"


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Vrelo (Врело), also Spring, is a 1971 film by Ilo Vrank, the first of three.", "Vrelo"),
        ("Vrelo is a 1971 drama film directed by Ilo Vrank and written by Bo Teo.", "Vrelo"),
        ("In 1971 the director Ilo Vrank made a long drama film about a spring.", ""),
    ],
)
def test_an_opening_sentence_is_no_title(first: str, title: str) -> None:
    # A page printing no title line and no box opens with its lead sentence: the title is the
    # sentence's subject where the sentence shows it, never the sentence cut at a length.
    article = extract_text(f"{first}\n\nIt was shot in the hills.\n")
    assert article.title == title


def test_a_line_of_script_debris_above_the_title_is_skipped() -> None:
    # A student site's copy: its server script printed as text above the page.
    debris = (
        'if ($db->ping() === FALSE) { die("no db"); } $q = "SELECT name FROM films"; '
        "while($row = $res->fetch()) { $n = $row['name']; } ?> Vrelo"
    )
    article = extract_text(
        f"{debris}\n\nVrelo\n\nVrelo is a 1971 drama film by Ilo Vrank.\n\n"
        "  • Directed by : Ilo Vrank\n  • Written by : Bo Teo\n  • Music by : Cy Dunn\n"
    )
    assert article.title == "Vrelo"
    assert article.infobox is not None
    assert article.infobox.name == "Vrelo"


@pytest.mark.parametrize(
    "banner",
    [
        "This article needs additional citations for verification. (May 2019) |",
        "This article has multiple issues. Please help improve it. |",
        "This article does not cite any sources. (May 2019)",
    ],
)
def test_a_maintenance_banner_above_the_box_is_never_the_title(banner: str) -> None:
    article = extract_text(
        f"{banner}\nVrelo | |\n---|---|\nDirected by | Ilo Vrank |\nWritten by | Bo Teo |\n"
        "Music by | Cy Dunn |\nVrelo is a 1971 drama film directed by Ilo Vrank.\n"
    )
    assert article.title == "Vrelo"


def test_one_table_of_hatnote_openings_serves_the_body_and_the_box_head() -> None:
    """A hatnote with no comma and pointing word is known by its opening, in every language
    the box head knows (the body's scan once knew only the English ones)."""
    from leaving_vegas_extract.formats.text.envelope import is_hatnote

    assert is_hatnote("Dieser Artikel behandelt den Film von 1994")
    assert is_hatnote("Not to be confused with The Kestrel Pier")
    assert not is_hatnote("The Kestrel Pier is a 2012 drama film.")


def test_chrome_known_by_its_ending_before_the_title() -> None:
    """The envelope's title scan and the box head share one chrome test (``head.is_chrome``):
    a kids' encyclopedia's page heading is the title with words added, known by its end."""
    page = _page("The Kestrel Pier (film) facts for kids\n\nThe Kestrel Pier\n\n")
    assert extract_text(page).title == "The Kestrel Pier"
