"""Boxes of the German, Portuguese, Spanish, Italian and French Wikipedias (round 16m of real
pages): their labels, the notes and taglines above them.

Every name, title and number here is invented.
"""

from __future__ import annotations

import pytest

from leaving_vegas_extract.formats.text.infobox.labels import match_label
from tests.formats.text.infobox.boxes import box_of


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
    box = box_of(text)
    assert (box.name, box.caption) == ("Lune de sel", None)


@pytest.mark.parametrize(
    ("line", "key"),
    [
        ("Regi Ola Brekke", "directed_by"),  # Norwegian, Swedish
        ("Regissør Ola Brekke", "directed_by"),
        ("Medverkande Ola Brekke", "starring"),  # nynorsk
        ("Utgjevingsdato 7. mars 1975", "release_dates"),
        ("Opphavsland Noreg", "countries"),
        ("Regissör Ola Brekke", "directed_by"),  # Swedish
        ("Skådespelare Ola Brekke", "starring"),
        ("Speltid 95 minuter", "running_time"),
        ("Instrueret af Ola Brekke", "directed_by"),  # Danish
        ("Manuskript af Ola Brekke", "written_by"),
        ("Oprindelsesland Danmark", "countries"),
        ("Hoofdrollen Ola Brekke", "starring"),  # Dutch
        ("Taal Nederlands", "languages"),
        ("ManusOla Brekke", "written_by"),  # a key-only label glued to a capital
        ("Språkrussisk", "languages"),  # glued to a language printed in lower case
        # A machine-translated mirror of an English box: its labels word for word.
        ("I regi av Ola Brekke", "directed_by"),
        ("Musikk av Ola Brekke", "music_by"),
        ("Redigert av Ola Brekke", "edited_by"),
        ("Distribuert av Fjord Film", "distributed_by"),
        ("Med hovedrollen Ola Brekke", "starring"),
        ("Driftstid 104 minutter", "running_time"),
        ("Billettluke 2,1 millioner dollar", "box_office"),
    ],
)
def test_scandinavian_and_dutch_labels(line: str, key: str) -> None:
    m = match_label(line)
    assert m is not None
    assert m.key == key


@pytest.mark.parametrize(
    "line",
    [
        "Premiere night was a success.",
        "Scenario planning took a year.",
        "Camera work by the crew.",
        "Manus Brekke wrote it.",
        "Regina Brekke starred.",
    ],
)
def test_scandinavian_labels_that_are_english_words_never_open_a_line(line: str) -> None:
    assert match_label(line) is None


def test_a_norwegian_glued_box_with_wikidata_edit_links() -> None:
    box = box_of(
        "\n".join(
            [
                "Fjordlys er ein norsk film frå 1981 av Ola Brekke.",
                "",
                "Fjordlys",
                "RegiOla Brekke Sjå dette på Wikidata",
                "ManusOla Brekke, Kari Vold Sjå dette på Wikidata",
                "MedverkandeKari Vold, Per Lund Sjå dette på Wikidata",
                "Utgjevingsdato3. desember 1981",
                "Lengd97 minutt Sjå dette på Wikidata",
                "OpphavslandNoreg Sjå dette på Wikidata",
                "Språknorsk",
                "",
                "Kjelder",
            ]
        )
    )
    assert box.name == "Fjordlys"
    assert box.directed_by == ["Ola Brekke"]
    assert box.written_by == ["Ola Brekke", "Kari Vold"]
    assert box.starring == ["Kari Vold", "Per Lund"]
    assert [d.date for d in box.release_dates] == ["1981-12-03"]
    assert box.running_time_minutes == 97
    assert (box.countries, box.languages) == (["Noreg"], ["norsk"])


def test_a_year_listed_before_a_full_date_is_a_release_of_its_own() -> None:
    # Wikidata-fed boxes list every release they hold, the year alone first.
    box = box_of(
        "Fjordlys er ein norsk film.\n\nFjordlys\nRegiOla Brekke\nManusKari Vold\n"
        "Utgjevingsdato1981, 3. desember 1981 (Noreg)[1]\nLengd97 minutt\n"
    )
    assert [(d.date, d.place) for d in box.release_dates] == [
        ("1981", None),
        ("1981-12-03", "Noreg"),
    ]
