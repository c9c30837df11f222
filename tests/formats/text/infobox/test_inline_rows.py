"""Boxes whose rows a mirror ran together on a few lines."""

from __future__ import annotations

from leaving_vegas_extract.formats.text.infobox.inline_rows import (
    opens_inline_box,
    read_inline_box,
)

LINES = [
    (3, "Fen Road Directed by Ann Roe Produced by Bo Lee Written by Ann Roe"),
    (4, "Cy Moss"),
    (5, "Di ValeStarring Ed Kay"),
    (
        6,
        "Fay OrrMusic by Gil Hart Running time 90 mins. Country France Language French"
        " Fen Road is a 1991 French film directed by Ann Roe.",
    ),
]


def test_rows_cut_before_each_label_and_the_lead_left_to_the_prose() -> None:
    box = read_inline_box(LINES, "Fen Road")
    assert box is not None
    assert box.name == "Fen Road"
    rows = {row.label: row.values for row in box.rows}
    assert rows["Written by"] == ["Ann Roe", "Cy Moss", "Di Vale"]
    assert rows["Starring"] == ["Ed Kay", "Fay Orr"]
    assert rows["Language"] == ["French"]
    assert box.span == (3, 5)  # line 6 holds the lead sentence too: it stays the prose's


def test_prose_with_small_letter_credits_opens_no_box() -> None:
    line = "The film was directed by Ann Roe, produced by Bo Lee and written by Cy Moss in 1990."
    assert not opens_inline_box(line)


def test_too_few_labels_make_no_box() -> None:
    lines = [(1, "Fen Road Directed by Ann Roe Produced by Bo Lee Written by Cy Moss")]
    assert read_inline_box(lines, None) is None  # three labels in all: not enough for a box


def test_box_opening_with_a_label_takes_its_name_and_caption_from_the_head_lines() -> None:
    head = [
        (1, "1990 French film"),
        (2, "Fen Road Fen Road poster"),
        (3, "Hangul 펜 로드 Revised Romanization Pen Rodeu"),
    ]
    lines = [
        (
            4,
            "Directed by Ann Roe Written by Ann Roe Produced by Bo Lee Starring Di Vale"
            " Release date",
        ),
        (5, "May 1, 1990"),
        (6, "Running time"),
        (7, "90 minutes Country France Language French"),
    ]
    box = read_inline_box(lines, None, head)
    assert box is not None
    assert (box.name, box.caption) == ("Fen Road", "Fen Road poster")
    rows = {row.label: row.values for row in box.rows}
    assert rows["Release date"] == ["May 1, 1990"]  # a label ending its line: value below
    assert rows["Running time"] == ["90 minutes"]
    assert box.span == (2, 7)


def test_box_opening_with_a_label_and_no_head_is_no_box() -> None:
    lines = [(4, "Directed by Ann Roe Written by Ann Roe Produced by Bo Lee Starring Di Vale")]
    assert read_inline_box(lines, None) is None


def test_a_company_ending_in_a_foreign_label_word_stays_whole() -> None:
    # "Distribution", a Scandinavian box's label, ends many an English company's name.
    lines = [
        (3, "Fen Road Directed by Ann Roe Produced by Bo Lee Written by Ann Roe Music by Cy Moss"),
        (4, "Distributed by Lune Film Distribution Release date"),
        (5, "1991 Running time 90 mins. Country France Language French Budget $2 million"),
    ]
    box = read_inline_box(lines, "Fen Road")
    assert box is not None
    rows = {row.label: row.values for row in box.rows}
    assert rows["Distributed by"] == ["Lune Film Distribution"]
    assert rows["Language"] == ["French"]
    assert rows["Budget"] == ["$2 million"]
