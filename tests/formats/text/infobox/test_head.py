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
