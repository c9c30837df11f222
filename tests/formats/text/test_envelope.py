"""The mirror's header block against a blog's pasted box of ``Key: value`` rows."""

from __future__ import annotations

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
