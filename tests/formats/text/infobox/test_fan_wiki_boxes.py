"""Boxes as fan wikis, kids' encyclopedias and blogs print them (round 16h of real pages).

Every name, title and number here is invented.
"""

from __future__ import annotations

import pytest

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.formats.text.infobox.label_rows import read_text_box
from leaving_vegas_extract.formats.text.infobox.labels import match_label
from leaving_vegas_extract.parts.infobox.lost import is_company
from tests.formats.text.infobox.boxes import box_of, numbered


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Producer(s) Dara Quill", "produced_by"),
        ("Film Editing By Oren Vasko", "edited_by"),
        ("Money made $41.2 million", "box_office"),
        ("Director of Photography Ilse Brandt", "cinematography"),
    ],
)
def test_fan_wiki_labels(line: str, key: str) -> None:
    m = match_label(line)
    assert m is not None
    assert m.key == key
    assert not m.rest.strip()[:1].islower()  # the whole label is read, not a prefix of it


def test_a_bare_scalar_key_opens_a_row_before_its_number() -> None:
    m = match_label("Gross $8,120,455")
    assert m is not None
    assert (m.key, m.rest.strip()) == ("box_office", "$8,120,455")
    m = match_label("Runtime 94 minutes")
    assert m is not None
    assert m.key == "running_time"
    assert match_label("Gross takings fell by half") is None
    assert match_label("Runtime errors") is None


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        pytest.param(
            ("Cinder Bay (film poster).png", "Theatrical release poster", "Directed byAnn Roe",
             "Starring Bo Lee"),
            ("Cinder Bay", "Theatrical release poster"),
            id="name-from-the-poster-file",
        ),
        pytest.param(
            ("Cinder Bay (movie poster)", "Theatrical release poster", "Directed by Ann Roe",
             "Starring Bo Lee"),
            ("Cinder Bay", "Theatrical release poster"),
            id="name-from-the-alt-text",
        ),
        pytest.param(
            ("Quick facts for kids", "Cinder Bay poster.jpg", "Theatrical release poster",
             "Directed by Ann Roe", "Starring Bo Lee"),
            ("Cinder Bay", "Theatrical release poster"),
            id="kids-encyclopedia-chrome",
        ),
    ],
)  # fmt: skip
def test_box_head_without_a_name_line(
    lines: tuple[str, ...], expected: tuple[str | None, str | None]
) -> None:
    read = read_text_box(numbered(*lines), None)
    assert read is not None
    assert (read.name, read.caption) == expected


def test_a_lone_caption_under_chrome_is_the_caption() -> None:
    text = "\n".join(
        [
            "Cinder Bay (2011)",
            "",
            "From SaltWiki",
            "",
            "Jump to: navigation, search",
            "",
            "Theatrical Poster",
            "Directed by Ann Roe",
            "Starring Bo Lee",
            "Cy Moss",
            "Running time 90 minutes",
            "",
            "Cinder Bay is a 2011 film.",
        ]
    )
    box = box_of(text)
    assert (box.name, box.caption) == ("Cinder Bay (2011)", "Theatrical Poster")


def test_a_colon_row_first_is_no_name() -> None:
    text = "\n".join(
        [
            "Cinder Bay",
            "Genre: Drama",
            "Photography: Color",
            "Running Time: 88 minutes",
            "Directed by: Ann Roe",
            "Starring: Bo Lee",
            "",
            "Cinder Bay is a 2011 drama film directed by Ann Roe.",
        ]
    )
    box = box_of(text)
    assert box.name == "Cinder Bay"
    assert box.caption is None
    assert box.running_time_minutes == 88


def test_a_kids_encyclopedia_heading_above_is_no_name() -> None:
    lines = numbered("Cinder Bay poster.jpg", "Directed by Ann Roe", "Starring Bo Lee")
    read = read_text_box(lines, None, above="Cinder Bay (film) facts for kids")
    assert read is not None
    assert read.name == "Cinder Bay"


def test_lists_set_apart_by_a_blank_line_in_every_row_stay_their_rows() -> None:
    text = "\n".join(
        [
            "Cinder Bay",
            "Theatrical release poster",
            "Directed by Ann Roe",
            "Producer(s) Dara Quill",
            "",
            "Ann Roe",
            "",
            "Starring Bo Lee",
            "",
            "Cy Moss",
            "Eda Pike",
            "",
            "Music by Fen Oakes",
            "Running time 90 minutes",
            "",
            "Cinder Bay is a 2011 drama film directed by Ann Roe.",
        ]
    )
    box = box_of(text)
    assert box.produced_by == ["Dara Quill", "Ann Roe"]
    assert box.starring == ["Bo Lee", "Cy Moss", "Eda Pike"]
    assert box.music_by == ["Fen Oakes"]


def test_a_key_colon_list_that_lost_its_commas_is_split() -> None:
    text = "\n".join(
        [
            "= Cinder Bay (film) =",
            "",
            "Cinder Bay",
            "- Director: Helen Varga",
            "- Producer: Helen Varga Thomas Brill Julia Ostrow",
            "- Starring: Ann Roe, Bo Lee",
            "- Studio: Varga Pictures",
            "- Runtime: 90 minutes",
            "",
            "Cinder Bay is a 2011 drama film directed by Helen Varga.",
        ]
    )
    box = box_of(text)
    assert box.produced_by == ["Helen Varga", "Thomas Brill", "Julia Ostrow"]
    assert box.starring == ["Ann Roe", "Bo Lee"]
    assert box.production_companies == ["Varga Pictures"]


def test_bulleted_company_under_people_and_a_numbered_award_line() -> None:
    text = "\n".join(
        [
            "Cinder Bay",
            "Directed byAnn Roe",
            "Edited by",
            "  • Bo Lee",
            "  • Cy Moss",
            "  • Quarry Lane Pictures",
            "Running time",
            "90 minutes",
            "Academy Awards record",
            "1. Best Sound, Cy Moss",
            "2. Best Film",
            "",
            "Cinder Bay is a 2011 drama film directed by Ann Roe.",
        ]
    )
    box = box_of(text)
    assert box.edited_by == ["Bo Lee", "Cy Moss"]
    assert box.production_companies == ["Quarry Lane Pictures"]


def test_a_numbered_award_line_is_no_company() -> None:
    assert not is_company("2. Best Film")
    assert is_company("Quarry Lane Pictures")


def test_a_header_row_over_a_table_without_its_rule_names_the_box() -> None:
    text = "\n".join(
        [
            "Cinder Bay (film) | ||",
            "Directed by | Ann Roe | |",
            "Starring | Bo Lee Cy Moss | |",
            "Running time | 90 minutes | |",
            "Budget | $2,000,000 |",
            "Cinder Bay is a 2011 drama film directed by Ann Roe.",
        ]
    )
    article = extract_text(text)
    assert article.infobox is not None
    assert article.infobox.name == "Cinder Bay (film)"
    assert article.infobox.running_time_minutes == 90
    assert article.infobox.lines is not None
    assert article.infobox.lines[0] == 1


def test_a_joint_credit_label_gives_its_value_to_both_credits() -> None:
    text = "\n".join(
        [
            "Cinder Bay",
            "Director/Writer: | Ann Roe |",
            "Editor: | Bo Lee |",
            "Music: | Cy Moss |",
            "Cast: | Eda Pike, Fen Oakes |",
            "A drama about a ferry town.",
        ]
    )
    box = box_of(text)
    assert box.directed_by == ["Ann Roe"]
    assert box.written_by == ["Ann Roe"]
    assert box.edited_by == ["Bo Lee"]
    assert box.fields[0].label == "Director/Writer:"  # the row as printed


def test_a_fan_wiki_box_heading_and_company_row() -> None:
    text = "\n".join(
        [
            "Cinder Bay",
            "Directed by Ann Roe",
            "Based on Salt Tide by Bo Lee",
            "Company Quarry Lane",
            "Written By Ann Roe",
            "Bo Lee",
            "Film information",
            "Budget $2 million",
            "Edited By Cy Moss",
            "",
            "Cinder Bay is a 2011 drama film directed by Ann Roe.",
        ]
    )
    box = box_of(text)
    assert box.production_companies == ["Quarry Lane"]
    assert box.written_by == ["Ann Roe", "Bo Lee"]
    assert [(w.title, w.authors) for w in box.based_on] == [("Salt Tide", ["Bo Lee"])]
    assert box.budget is not None


def test_a_label_alone_on_the_first_line_opens_a_row() -> None:
    text = "\n".join(
        [
            "Cinder Bay",
            "",
            "Release date",
            "June 3, 2011",
            "Directed by Ann Roe",
            "Starring Bo Lee",
            "",
            "Cinder Bay is a 2011 drama film directed by Ann Roe.",
        ]
    )
    box = box_of(text)
    assert box.name == "Cinder Bay"
    assert box.caption is None
    assert [d.date for d in box.release_dates] == ["2011-06-03"]


def test_a_wiki_tagline_and_a_year_in_the_poster_file_name() -> None:
    lines = numbered(
        "From Salt Wiki",
        "Jump to: navigation, search",
        "Cinder Bay",
        "Theatrical release poster",
        "Directed by Ann Roe",
        "Starring Bo Lee",
    )
    read = read_text_box(lines, None)
    assert read is not None
    assert (read.name, read.caption) == ("Cinder Bay", "Theatrical release poster")
    lines = numbered("Cinder Bay (2011).png", "Directed byAnn Roe", "Starring Bo Lee")
    read = read_text_box(lines, None)
    assert read is not None
    assert read.name == "Cinder Bay"


def test_one_word_companies_before_a_company_under_the_editors() -> None:
    text = "\n".join(
        [
            "Cinder Bay",
            "Directed byAnn Roe",
            "Edited by",
            "  • Bo Lee",
            "  • Cy Moss",
            "  • Quarrylane",
            "  • Harbour Nine Pictures",
            "Distributed byFen Oakes Releasing",
            "Running time",
            "90 minutes",
            "",
            "Cinder Bay is a 2011 drama film directed by Ann Roe.",
        ]
    )
    box = box_of(text)
    assert box.edited_by == ["Bo Lee", "Cy Moss"]
    assert box.production_companies == ["Quarrylane", "Harbour Nine Pictures"]
