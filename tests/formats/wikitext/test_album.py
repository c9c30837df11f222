"""The soundtrack album's ``{{Infobox album}}`` feeds the soundtrack and stays out of the film's
infobox."""

from __future__ import annotations

from leaving_vegas_extract.api import extract_bytes

PAGE = """{{Infobox film
| name = Tin Harbour
| director = Ama Deyo
}}
'''''Tin Harbour''''' is a 2031 film.

== Soundtrack ==
{{Infobox album
| name = Tin Harbour (Soundtrack)
| type = soundtrack
| released = {{Start date|2031|5|2}}
| length = 7:05
}}
{{Track listing
| title1 = One
| length1 = 3:00
| title2 = Two
| length2 = 4:05
}}
"""


def test_album_facts_feed_the_soundtrack_only() -> None:
    article = extract_bytes(PAGE.encode(), source="tin-harbour.wiki")
    assert article.source.format == "wikitext"
    soundtrack = article.soundtrack
    assert soundtrack is not None
    assert (soundtrack.title, soundtrack.release_date) == ("Tin Harbour (Soundtrack)", "2031-05-02")
    assert soundtrack.total_length_seconds == 425  # no total_length: the album's length
    assert [t.title for t in soundtrack.tracks] == ["One", "Two"]
    assert [b.kind for b in article.other_infoboxes] == ["album"]
    assert article.infobox is not None
    assert [f.label for f in article.infobox.fields] == ["director"]


def test_no_listing_no_soundtrack() -> None:
    page = PAGE.split("{{Track listing")[0]
    assert extract_bytes(page.encode(), source="tin-harbour.wiki").soundtrack is None
