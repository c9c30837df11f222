"""Track listings with several discs and note rows, as wikitext and as the page rendered from it.

Each listing's ``headline`` names its disc (``soundtrack.discs``), and a listing's default
credit covers every track that credits no one of its own (Template:Track listing: the credit is
"for the entire record"): a note ("featuring …", "instrumental") changes nothing; only a
dialogue excerpt, no song, takes none.
"""

from __future__ import annotations

from typing import Any

from leaving_vegas_extract.api import extract_bytes, extract_text
from leaving_vegas_extract.model.article import Article

WIKI = """'''''Kestrel Hill''''' is a 2031 drama film.

== Soundtrack ==
The soundtrack album was released on March 3, 2031.

{{Track listing
| headline = Songs
| all_writing = Lina Arden, except where noted
| extra_column = Performer(s)
| title1 = Harbour Lights
| extra1 = Tam Rowe
| length1 = 3:10
| title2 = Salt Road
| note2 = featuring Jo Vail
| extra2 = Tam Rowe
| length2 = 4:02
| title3 = Night Ferry
| note3 = instrumental
| length3 = 2:45
| title4 = At the Quay
| note4 = dialogue
| length4 = 0:40
| title5 = Cold Water
| writer5 = Ben Tull
| extra5 = Jo Vail
| length5 = 3:30
}}
{{Track listing
| headline = Original score
| all_music = Oskar Brenn
| title1 = Opening
| length1 = 2:00
| title2 = The Crossing
| length2 = 5:15
}}
"""


def _row(n: int, title: str, cells: str, length: str) -> str:
    return (
        f'<tr><th id="track{n}" scope="row">{n}.</th><td>"{title}"</td>{cells}'
        f'<td class="tracklist-length">{length}</td></tr>'
    )


_HEAD = (
    '<tr><th class="tracklist-number-header" scope="col"><abbr title="Number">No.</abbr></th>'
    '<th scope="col">Title</th>{more}<th class="tracklist-length-header" scope="col">Length</th>'
    "</tr>"
)

HTML = f"""<!DOCTYPE html>
<html>
<head><title>Kestrel Hill</title></head>
<body>
<h1 id="firstHeading">Kestrel Hill</h1>
<p><i><b>Kestrel Hill</b></i> is a 2031 drama film.</p>
<h2 id="Soundtrack">Soundtrack</h2>
<p>The soundtrack album was released on March 3, 2031.</p>
<div class="track-listing">
<p>All tracks are written by Lina Arden, except where noted.</p>
<table class="tracklist"><caption>Songs</caption><tbody>
{_HEAD.format(more='<th scope="col">Writer(s)</th><th scope="col">Performer(s)</th>')}
{_row(1, "Harbour Lights", "<td></td><td>Tam Rowe</td>", "3:10")}
<tr><th id="track2" scope="row">2.</th><td>"Salt Road" <span style="font-size:85%">(featuring Jo Vail)</span></td><td></td><td>Tam Rowe</td><td class="tracklist-length">4:02</td></tr>
<tr><th id="track3" scope="row">3.</th><td>"Night Ferry" <span style="font-size:85%">(instrumental)</span></td><td></td><td></td><td class="tracklist-length">2:45</td></tr>
<tr><th id="track4" scope="row">4.</th><td>"At the Quay" <span style="font-size:85%">(dialogue)</span></td><td></td><td></td><td class="tracklist-length">0:40</td></tr>
{_row(5, "Cold Water", "<td>Ben Tull</td><td>Jo Vail</td>", "3:30")}
</tbody></table></div>
<div class="track-listing">
<p>All music is composed by Oskar Brenn.</p>
<table class="tracklist"><caption>Original score</caption><tbody>
{_HEAD.format(more="")}
{_row(1, "Opening", "", "2:00")}
{_row(2, "The Crossing", "", "5:15")}
</tbody></table></div>
</body>
</html>
"""  # noqa: E501

LINA, OSKAR = ["Lina Arden"], ["Oskar Brenn"]
EXPECTED = [
    (1, "Harbour Lights", None, LINA, True, 1),
    (2, "Salt Road", "featuring Jo Vail", LINA, True, 1),
    (3, "Night Ferry", "instrumental", LINA, True, 1),
    (4, "At the Quay", "dialogue", [], False, 1),
    (5, "Cold Water", None, ["Ben Tull"], False, 1),
    (1, "Opening", None, OSKAR, True, 2),
    (2, "The Crossing", None, OSKAR, True, 2),
]


def _tracks(article: Article) -> list[tuple[Any, ...]]:
    assert article.soundtrack is not None
    return [
        (t.number, t.title, t.note, t.writers, t.writers_from_default, t.disc)
        for t in article.soundtrack.tracks
    ]


def _discs(article: Article) -> list[tuple[int, str | None]]:
    assert article.soundtrack is not None
    return [(d.number, d.headline) for d in article.soundtrack.discs]


def test_wikitext_discs_are_named_by_their_headlines_and_note_rows_take_the_default() -> None:
    article = extract_bytes(WIKI.encode(), source="kestrel-hill.wiki")
    assert _tracks(article) == EXPECTED
    assert _discs(article) == [(1, "Songs"), (2, "Original score")]
    assert article.soundtrack is not None
    lines = [d.lines for d in article.soundtrack.discs]
    assert lines == [(6, 27), (28, 35)]


def test_the_rendered_page_gives_the_same_discs_and_writers() -> None:
    article = extract_bytes(HTML.encode(), source="kestrel-hill.html")
    assert article.source.format == "html"
    assert _tracks(article) == EXPECTED
    assert _discs(article) == [(1, "Songs"), (2, "Original score")]


def test_one_listing_has_no_discs() -> None:
    one = WIKI[: WIKI.index("{{Track listing\n| headline = Original score")]
    article = extract_bytes(one.encode(), source="kestrel-hill.wiki")
    assert article.soundtrack is not None
    assert {t.disc for t in article.soundtrack.tracks} == {None}
    assert article.soundtrack.discs == []


def test_flattened_text_names_a_disc_by_its_label_line() -> None:
    article = extract_text(
        "Title\n\nA short lead.\n\nSoundtrack\n\n"
        "All music composed by Oskar Brenn. \n"
        "Disc 1: Songs\nNo. Title Length\n"
        '1. "Opening"   2:00\n2. "The Crossing"   5:15\n'
        "Disc 2\nNo. Title Length\n"
        '1. "Ice Road"   3:00\n'
    )
    assert article.soundtrack is not None
    assert [(t.title, t.disc) for t in article.soundtrack.tracks] == [
        ("Opening", 1), ("The Crossing", 1), ("Ice Road", 2),
    ]  # fmt: skip
    assert _discs(article) == [(1, "Disc 1: Songs"), (2, "Disc 2")]


ONE_CREDIT_WIKI = """'''''Kestrel Hill''''' is a 2031 drama film.

== Soundtrack ==
{{Track listing
| headline = Disc 1
| all_writing = Lina Arden
| title1 = Harbour Lights
| length1 = 3:10
}}
{{Track listing
| headline = Disc 2
| title1 = Salt Road
| length1 = 4:02
}}
"""

ONE_CREDIT_TEXT = (
    "Kestrel Hill\n\nKestrel Hill is a 2031 drama film.\n\nSoundtrack\n\n"
    "All tracks are written by Lina Arden. \nDisc 1\nNo. Title Length\n"
    '1. "Harbour Lights"   3:10\n'
    "Disc 2\nNo. Title Length\n"
    '1. "Salt Road"   4:02\n'
)


def test_a_credit_printed_once_covers_the_discs_after_it_in_every_format() -> None:
    # "General songwriting credits for the entire record": a later listing that prints no
    # credit of its own takes the one before it, in wikitext as in the rendered formats.
    for article in (
        extract_bytes(ONE_CREDIT_WIKI.encode(), source="kestrel-hill.wiki"),
        extract_text(ONE_CREDIT_TEXT),
    ):
        assert article.soundtrack is not None
        assert [(t.title, t.writers, t.writers_from_default, t.disc)
                for t in article.soundtrack.tracks] == [
            ("Harbour Lights", LINA, True, 1),
            ("Salt Road", LINA, True, 2),
        ], article.source.format  # fmt: skip


def test_a_listing_without_a_disc_label_after_labelled_ones_is_a_disc_too() -> None:
    # One Disc per listing when an album has several (CONTRACT): a bonus listing that prints no
    # "Disc N" got no Disc record and its tracks no disc (text and HTML numbered by labels only).
    article = extract_text(
        "Title\n\nA short lead.\n\nSoundtrack\n\n"
        "Disc 1: Songs\nNo. Title Length\n"
        '1. "Opening"   2:00\n'
        "Disc 2\nNo. Title Length\n"
        '1. "Ice Road"   3:00\n'
        "Bonus tracks\nNo. Title Length\n"
        '1. "Late Tide"   3:30\n'
    )
    assert article.soundtrack is not None
    assert [(t.title, t.disc) for t in article.soundtrack.tracks] == [
        ("Opening", 1), ("Ice Road", 2), ("Late Tide", 3),
    ]  # fmt: skip
    assert _discs(article) == [(1, "Disc 1: Songs"), (2, "Disc 2"), (3, None)]
    html = HTML.replace("<caption>Songs</caption>", "<caption>Disc 1</caption>")
    html = html.replace("<caption>Original score</caption>", "<caption>Bonus tracks</caption>")
    article = extract_bytes(html.encode(), source="kestrel-hill.html")
    assert _discs(article) == [(1, "Disc 1"), (2, "Bonus tracks")]
    assert [t.disc for t in article.soundtrack.tracks] == [1, 1, 1, 1, 1, 2, 2]  # type: ignore[union-attr]


def test_two_listings_printing_the_same_disc_label_are_two_discs() -> None:
    # A track's disc names one Disc: two listings captioned "Disc 1" (a re-issue's) were two
    # Disc records numbered 1, and the review page and the SQLite join could not tell them apart.
    html = HTML.replace("<caption>Songs</caption>", "<caption>Disc 1</caption>")
    html = html.replace("<caption>Original score</caption>", "<caption>Disc 1</caption>")
    article = extract_bytes(html.encode(), source="kestrel-hill.html")
    assert _discs(article) == [(1, "Disc 1"), (2, "Disc 1")]
    assert article.soundtrack is not None
    assert [t.disc for t in article.soundtrack.tracks][-2:] == [2, 2]
