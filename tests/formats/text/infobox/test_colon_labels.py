"""``Label: value`` rows as blogs, fan wikis and film databases print them."""

from __future__ import annotations

from leaving_vegas_extract.formats.text.infobox.labels import match_label


def test_a_colon_label_may_lose_its_space() -> None:
    m = match_label("Director:Amos Wheeler")
    assert m is not None
    assert (m.key, m.rest) == ("directed_by", "Amos Wheeler")
    assert match_label("Note:nothing here") is None  # a small letter after the colon: no label


def test_a_colon_makes_a_bare_key_a_label() -> None:
    m = match_label("Gross: $19 million")
    assert m is not None
    assert m.key == "box_office"
    assert match_label("Gross takings fell") is None  # no colon: "Gross" alone opens no row
