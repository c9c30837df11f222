"""Cast part for flattened text: which list lines are the cast, and what stays prose."""

from __future__ import annotations

from leaving_vegas_extract.api import extract_text
from leaving_vegas_extract.model.article import Article, Section
from tests.conftest import extract_rel

HEAD = "Test Film\n\nTest Film is a 2001 film about a town.\n\nPlot[edit]\n\nA story happens.\n\n"


def _cast(article: Article) -> list[tuple[str, str | None, str | None]]:
    return [(c.name, c.role, c.note) for c in article.cast]


def _section(article: Article, title: str) -> Section:
    return next(s for s in article.sections if s.title == title)


def test_bullets_under_a_cast_heading() -> None:
    text = (
        HEAD
        + "Cast[edit]\n\n  • Ann Roe as Mary\n  • Bo Lee (voice)\n\nRelease[edit]\n\nIt opened.\n"
    )
    article = extract_text(text)
    assert _cast(article) == [("Ann Roe", "Mary", None), ("Bo Lee", None, "voice")]
    assert [c.lines for c in article.cast] == [(11, 11), (12, 12)]
    assert _section(article, "Cast").paragraphs == []
    assert article.coverage.unclaimed == []


def test_prose_line_in_a_cast_list_stays_a_paragraph() -> None:
    text = HEAD + (
        "Cast[edit]\n\nThe cast includes:\n  • Ann Roe as Mary\n"
        "  • Several locals appear as themselves.\n\nRelease[edit]\n\nIt opened.\n"
    )
    article = extract_text(text)
    assert _cast(article) == [("Ann Roe", "Mary", None)]
    texts = [p.text for p in _section(article, "Cast").paragraphs]
    assert texts == ["The cast includes:", "• Several locals appear as themselves."]


def test_a_list_under_another_heading_is_no_cast() -> None:
    text = HEAD + "Crew[edit]\n\n  • Ann Roe as gaffer\n  • Bo Lee as grip\n"
    assert extract_text(text).cast == []


def test_run_together_line_with_a_prose_item_stays_prose() -> None:
    text = HEAD + "Cast[edit]\n\n  • Ann Roe as Mary • and many more from the town.\n"
    article = extract_text(text)
    assert article.cast == []
    assert any(d.code == "cast-line-prose" for d in article.diagnostics)


def test_dropped_heading_needs_a_contents_entry_and_as_credits() -> None:
    # The salt-orchard fixture: the Cast heading is dropped, the contents list names it, and
    # every item on the run-together line is an "as" credit.
    article = extract_rel("tests/fixtures/cast/the-salt-orchard.txt")
    assert [c.name for c in article.cast] == [
        "Marit Solheim",
        "Joachim Feld",
        "Lotte van der Meer",
        "Kemal Aydın",
    ]
    assert {c.lines for c in article.cast} == {(29, 29)}
    assert _section(article, "Cast").paragraphs == []


def test_two_column_tables() -> None:
    piped = HEAD + "Cast\n\n| Actor | Role |\n|---|---|\n| Ann Roe | Mary |\n| Bo Lee | Tom |\n"
    tabbed = HEAD + "Cast\n\nAnn Roe\tMary\nBo Lee\tTom (uncredited)\n"
    assert _cast(extract_text(piped)) == [("Ann Roe", "Mary", None), ("Bo Lee", "Tom", None)]
    assert _cast(extract_text(tabbed)) == [
        ("Ann Roe", "Mary", None),
        ("Bo Lee", "Tom", "uncredited"),
    ]


def test_hyphen_bullets_of_a_pipe_table_dump() -> None:
    article = extract_rel("tests/fixtures/pipe-table/iqbal.txt")
    assert _cast(article)[0] == ("Shreyas Talpade", "Iqbal", None)
    assert _section(article, "Cast").paragraphs == []


def test_a_marker_on_a_credit_line_still_counts_as_a_citation() -> None:
    # Note 3 is cited on a cast line and once in the prose; its two backlinks match.
    article = extract_rel("tests/fixtures/cast/harbour-of-glass.txt")
    assert not [d for d in article.diagnostics if d.code == "backlink-mismatch"]
    assert article.cast[2].role == "Bedwyr Pryce, Nia's brother"
