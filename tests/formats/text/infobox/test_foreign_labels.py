"""Boxes of the German, Portuguese, Spanish, Italian and French Wikipedias (round 16m of real
pages): their labels, the notes and taglines above them.

Every name, title and number here is invented.
"""

from __future__ import annotations

import pytest

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.formats.text.infobox.labels import match_label
from leaving_vegas_extract.model.article import Infobox


def _box(text: str) -> Infobox:
    box = extract_text(text).infobox
    assert box is not None
    return box


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Regie Ilse Brandt", "directed_by"),
        ("Drehbuch Ilse Brandt", "written_by"),
        ("Produktionsland Deutschland", "countries"),
        ("Länge 97 Minuten", "running_time"),
        ("Direção Rui Falcato", "directed_by"),
        ("Roteiro Rui Falcato", "written_by"),
        ("Companhia(s) produtora(s) Filmes do Tejo", "production_companies"),
        ("Lançamento 12 de março de 1991", "release_dates"),
        ("Dirección Celia Montalvo", "directed_by"),
        ("Guion Celia Montalvo", "screenplay_by"),
        ("Recaudación 3 millones", "box_office"),
        ("Regia Rita Baldacci", "directed_by"),
        ("Soggetto Rita Baldacci", "story_by"),
        ("Paese di produzione Italia", "countries"),
        ("Pays d’origine Italie", "countries"),  # the apostrophe printed curly
        ("Langue d’origine italien", "languages"),
    ],
)
def test_foreign_labels_open_a_flattened_line(line: str, key: str) -> None:
    m = match_label(line)
    assert m is not None
    assert m.key == key
    assert not m.glued


@pytest.mark.parametrize(
    ("line", "key"),
    [
        # A longer label starting with a shorter one is read whole, not as the shorter one's
        # value ("Direção" + "de arte Ana Reis" would credit the art director as director).
        ("Direção de arte Ana Reis", "production_design"),
        ("Dirección artística Ana Reis", "production_design"),
        ("Produttore esecutivo Ana Reis", "executive_producers"),
        ("Produção executiva Ana Reis", "executive_producers"),
    ],
)
def test_longer_foreign_labels_win(line: str, key: str) -> None:
    m = match_label(line)
    assert m is not None
    assert (m.key, m.rest) == (key, " Ana Reis")


@pytest.mark.parametrize(
    "line",
    [
        "Anno Domini saw the abbey built.",
        "Synchronisation of the sound took a week.",
        "Argumento",
    ],
)
def test_foreign_labels_that_are_english_words_or_headings_never_open_a_line(line: str) -> None:
    assert match_label(line) is None


@pytest.mark.parametrize(
    "note",
    [
        "Pour les articles homonymes, voir Lune de sel (homonymie).",
        "Dieser Artikel behandelt den Film von 1987. Zum Roman siehe Lune de sel (Roman).",
        "Para otros usos de este término, véase Lune de sel (desambiguación).",
        "Nota: Para outros significados de Lune de sel, veja Lune de sel (desambiguação).",
        "Disambiguazione – Se stai cercando il romanzo, vedi Lune de sel (romanzo).",
        "Origem: Wikipédia, a enciclopédia livre.",
        "aus Wikipedia, der freien Enzyklopädie",
    ],
)
def test_a_note_or_tagline_above_the_box_is_never_its_name(note: str) -> None:
    text = "\n".join(
        [
            "Lune de sel (film)",
            "",
            "Lune de sel est un film réalisé par Gaspard Morlaix et sorti en 1996.",
            "",
            note,
            "Lune de sel",
            "Réalisation Gaspard Morlaix",
            "Scénario Gaspard Morlaix",
            "Durée 92 minutes",
        ]
    )
    box = _box(text)
    assert (box.name, box.caption) == ("Lune de sel", None)
