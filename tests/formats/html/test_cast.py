"""Cast part for pages: lists and two-column tables under a Cast heading, with name links."""

from __future__ import annotations

from leaving_vegas_extract.formats.html.cast import link_target
from leaving_vegas_extract.model.article import Article, Section
from tests.conftest import extract_rel

SEED_PAGE = "tests/fixtures/html/leaving_las_vegas.html"
FERRY = "tests/fixtures/cast/the-quiet-ferry.html"


def _section(sections: list[Section], title: str) -> Section:
    for section in sections:
        if section.title == title:
            return section
        if section.sections:
            try:
                return _section(section.sections, title)
            except LookupError:
                pass
    raise LookupError(title)


def test_seed_page_cast_records_and_no_cast_paragraphs() -> None:
    article = extract_rel(SEED_PAGE)
    records = [(c.name, c.role, c.note, c.link, c.lines) for c in article.cast]
    assert records == [
        ("Nicolas Cage", "Ben Sanderson", None, None, (165, 165)),
        ("Elisabeth Shue", "Sera", None, None, (166, 166)),
        ("Julian Sands", "Yuri Butso", None, None, (167, 167)),
    ]
    assert _section(article.sections, "Cast").paragraphs == []


def _ferry() -> Article:
    return extract_rel(FERRY)


def test_name_links_and_role_links() -> None:
    cast = {c.name: c for c in _ferry().cast}
    assert cast["Maren Holt"].link == "Maren Holt"
    # The role has its own link: the record keeps the name's, and the role's text.
    assert (cast["Jonas Ekdahl"].link, cast["Jonas Ekdahl"].role) == (
        "Jonas Ekdahl (actor)",
        "Old Tor",
    )
    assert cast["Per Aasen"].link == "Per Aasen"  # a red link
    assert cast["Ruairí Ó Dálaigh"].link == "https://example.org/people/ruairi"
    assert cast["Ilse Varga"].link is None
    assert cast["Ilse Varga"].role == "Mrs. Lund and the lighthouse keeper's wife"


def test_nested_list_items_are_records_of_their_own() -> None:
    names = [c.name for c in _ferry().cast]
    assert names.index("Tiago Olsen") == names.index("Bram Olsen") + 1


def test_subsections_of_cast_are_read_and_mixed_lists_stay_prose() -> None:
    article = _ferry()
    assert _section(article.sections, "Voices").paragraphs == []
    cameos = [p.text for p in _section(article.sections, "Cameos").paragraphs]
    assert cameos == [
        "Lotta Berg as a passenger",
        "Several fishermen from the two villages appear as themselves.",
    ]
    assert [d.code for d in article.diagnostics if d.code.startswith("cast")] == ["cast-list-prose"]
    production = [p.text for p in _section(article.sections, "Production").paragraphs]
    assert "Harald Vik as location manager" in production
    assert "Harald Vik" not in [c.name for c in article.cast]


def test_intro_paragraph_of_the_cast_section_stays() -> None:
    texts = [p.text for p in _section(_ferry().sections, "Cast").paragraphs]
    assert texts == [
        "Rask cast mostly stage actors from Bergen, with several locals in small parts."
    ]


def test_two_column_table() -> None:
    article = extract_rel("tests/fixtures/cast/tallow-row.html")
    assert [(c.name, c.role, c.note, c.link) for c in article.cast] == [
        ("Colm Rafferty", "Danny Sipple", None, "Colm Rafferty"),
        ("Winifred Oyelaran", "Ma Sipple, Danny's grandmother", None, "Winifred Oyelaran"),
        ("Leopold von Ascher", "The Dutchman", "uncredited", None),
    ]
    assert article.coverage.unclaimed == []


def test_link_targets() -> None:
    assert link_target("/wiki/Ann_Roe") == "Ann Roe"
    assert link_target("https://en.wikipedia.org/wiki/Bo_L%C3%A9e") == "Bo Lée"
    assert link_target("/w/index.php?title=Cy_Dunn&action=edit&redlink=1") == "Cy Dunn"
    assert link_target("//example.org/x") == "//example.org/x"
