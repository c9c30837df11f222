"""Cast part for wikitext: bullets and two-column tables under ``== Cast ==``, name links kept."""

from __future__ import annotations

from leaving_vegas_extract.formats.wikitext.cast import printed
from leaving_vegas_extract.model.article import Article, Section
from tests.conftest import extract_rel

PAGE = "tests/fixtures/wikitext/the_ninth_lock.wiki"


def _article() -> Article:
    return extract_rel(PAGE)


def _section(sections: list[Section], title: str) -> Section:
    found = [s for s in sections if s.title == title]
    if found:
        return found[0]
    return _section([c for s in sections for c in s.sections], title)


def test_cast_records_in_printed_order() -> None:
    records = [(c.name, c.role, c.note, c.link, c.lines) for c in _article().cast]
    assert records == [
        ("Corin Salt", "Amos Pell, the lock-keeper", None, "Corin Salt", (20, 20)),
        ("Mei-Lin Harrow", "DS Ruth Quine", None, "Mei-Lin Harrow (actress)", (21, 21)),
        ("Ossian Vale", "Tam and Tam's father", None, None, (22, 22)),
        ("Bríd Ní Fhlannagáin", None, "voice", "Bríd Ní Fhlannagáin", (23, 23)),
        ("Jörg Wendt", "the bargee", "uncredited", "Jörg Wendt", (24, 24)),
        ("Hollis Grange", "Vic Pell", None, "Hollis Grange", (31, 31)),
        ("Tamsin Achebe-Rourke", "The coroner", None, None, (33, 33)),
    ]


def test_prose_bullet_stays_and_other_sections_are_not_cast() -> None:
    article = _article()
    cast = [p.text for p in _section(article.sections, "Cast").paragraphs]
    # The prose bullet stays (how the sections part prints a list item is its own business).
    assert len(cast) == 1
    assert cast[0].endswith("Several boaters from the Oxford Canal appear as themselves.")
    assert _section(article.sections, "Supporting").paragraphs == []
    production = " ".join(p.text for p in _section(article.sections, "Production").paragraphs)
    assert "Ivo Brack" in production
    assert "Ivo Brack" not in [c.name for c in article.cast]
    assert article.coverage.unclaimed == []


def test_printed_text_of_a_bullet() -> None:
    text, links = printed("* '''[[Ann_Roe|Ann Roe]]''' as {{small|Mary}}<ref>Note</ref><!-- x -->")
    assert text == "Ann Roe as Mary"
    assert links == [("Ann Roe", "Ann Roe")]
    text, links = printed("* {{sortname|Cy|Dunn|Cy Dunn (actor)}} as Tom")
    assert (text, links) == ("Cy Dunn as Tom", [("Cy Dunn", "Cy Dunn (actor)")])
