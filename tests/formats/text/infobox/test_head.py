"""A text box's head: name and caption above a block of the film's native names."""

from __future__ import annotations

from leaving_vegas_extract.formats.text.infobox.head import read_head


def test_the_caption_is_the_poster_line_not_a_native_name_row() -> None:
    heads = [
        (1, "Fen Road"),
        (2, "Theatrical poster"),
        (3, "Korean name"),
        (4, "Hangul"),
        (5, "펜 로드"),
        (6, "Revised RomanizationPen Rodeu"),
        (7, "McCune–ReischauerP'en Rodŭ"),
    ]
    name, caption, _ = read_head(heads, None)
    assert (name, caption) == ("Fen Road", "Theatrical poster")


def test_without_native_names_the_last_head_line_is_still_the_caption() -> None:
    heads = [(1, "Fen Road"), (2, "Fen_Road_poster.jpg"), (3, "Ann Roe as Mia, on the ferry")]
    name, caption, _ = read_head(heads, None)
    assert (name, caption) == ("Fen Road", "Ann Roe as Mia, on the ferry")


def test_native_name_rows_glued_to_their_labels_are_never_the_caption() -> None:
    # Only label-glued rows: no line of the native script alone.
    heads = [
        (1, "Fen Road"),
        (2, "A ferry on a grey river at dusk, the title in white letters above it."),
        (3, "Theatrical release poster"),
        (4, "Kanjiフェン道"),
        (5, "Revised HepburnFen-michi"),
    ]
    name, caption, _ = read_head(heads, None)
    assert (name, caption) == ("Fen Road", "Theatrical release poster")


def test_a_romanization_row_alone_is_never_the_caption() -> None:
    heads = [(1, "Fen Road"), (2, "Theatrical poster"), (3, "HepburnFen-michi")]
    name, caption, _ = read_head(heads, None)
    assert (name, caption) == ("Fen Road", "Theatrical poster")


def test_a_caption_opening_like_a_native_name_label_stays_the_caption() -> None:
    heads = [(1, "Fen Road"), (2, "Kanal poster"), (3, "Traditional poster, 1961")]
    name, caption, _ = read_head(heads, None)
    assert (name, caption) == ("Fen Road", "Traditional poster, 1961")


def test_a_glued_line_of_other_titles_above_the_box_is_never_its_name() -> None:
    # "Fen Chronicle" and "The Fen Road" glued: the page lists the film's other titles there.
    heads = [(7, "Poster")]
    name, caption, _ = read_head(heads, "Fen ChronicleThe Fen Road", "Fen Road")
    assert (name, caption) == (None, "Poster")  # the caller names the box after the title


def test_a_name_with_an_inner_capital_above_the_box_stays_its_name() -> None:
    name, caption, _ = read_head([(7, "Poster")], "The DuckFen Story", "The DuckFen Story")
    assert (name, caption) == ("The DuckFen Story", "Poster")
