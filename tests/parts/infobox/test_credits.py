"""Based-on works: titles and authors."""

from __future__ import annotations

from leaving_vegas_extract.parts.infobox.credits import based_on


def test_a_quoted_title_ends_at_its_closing_quote() -> None:
    works = based_on(['"The Copper Trail" serial, first printed in 1950 by Amos Kell'])
    assert [(w.title, w.authors) for w in works] == [("The Copper Trail", ["Amos Kell"])]
