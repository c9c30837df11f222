"""Section tree: contents list, alignment of a headless body, and the paragraph property."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.formats.text.sections.align import Item, align
from leaving_vegas_extract.model.article import Article, Paragraph, Section
from leaving_vegas_extract.source.segmenter import segment
from tests.conftest import ROOT, SEED, fixture_id, fixture_paths

TEXT_FIXTURES = [Path(SEED), *(p for p in fixture_paths() if p.suffix == ".txt")]


def _paragraphs(article: Article) -> list[Paragraph]:
    out = list(article.lead)

    def walk(sections: list[Section]) -> None:
        for section in sections:
            out.extend(section.paragraphs)
            walk(section.sections)

    walk(article.sections)
    return out


def _check_paragraph_property(article: Article) -> None:
    paragraphs = _paragraphs(article)
    starts = [p.lines[0] for p in paragraphs]
    assert starts == sorted(starts), "paragraphs out of input order"
    seen: set[int] = set()
    for para in paragraphs:
        span = set(range(para.lines[0], para.lines[1] + 1))
        assert not (span & seen), f"line in two paragraphs: {sorted(span & seen)}"
        seen |= span


@pytest.mark.parametrize("path", TEXT_FIXTURES, ids=fixture_id)
def test_paragraphs_unique_and_ordered(path: Path) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    _check_paragraph_property(extract_text(text))


def _delete_paragraphs(text: str, picks: list[int]) -> str:
    """Delete whole one-line prose blocks (long lines that end a sentence) chosen by ``picks``."""
    lines = text.split("\n")
    blocks = [b for b in segment(lines) if len(b.lines) == 1 and len(b.lines[0]) > 120]
    doomed = {blocks[i % len(blocks)].start for i in picks} if blocks else set()
    return "\n".join(line for n, line in enumerate(lines, 1) if n not in doomed)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    index=st.integers(min_value=0, max_value=len(TEXT_FIXTURES) - 1),
    picks=st.lists(st.integers(min_value=0, max_value=50), max_size=6),
)
def test_property_deleting_paragraphs(index: int, picks: list[int]) -> None:
    text = (ROOT / TEXT_FIXTURES[index]).read_text(encoding="utf-8")
    damaged = _delete_paragraphs(text, picks)
    article = extract_text(damaged)
    _check_paragraph_property(article)
    # Every prose line that survived is in some paragraph (or claimed by another part).
    claimed = {n for p in _paragraphs(article) for n in range(p.lines[0], p.lines[1] + 1)}
    assert article.coverage.unclaimed == [] or all(
        n not in claimed for a, b in article.coverage.unclaimed for n in range(a, b + 1)
    )


def test_gaps_alone_place_paragraphs() -> None:
    titles = ["plot", "cast", "production", "development", "casting"]
    items = [Item("prose", 2), Item("prose", 1), Item("prose", 4), Item("prose", 2)]
    place, tie = align(items, titles)
    assert place == [0, 0, 3, 4]
    assert tie is False


def test_literal_heading_overrides_a_misleading_gap() -> None:
    titles = ["plot", "reception", "home media"]
    items = [Item("prose", 2), Item("prose", 1), Item("heading", 1, "home media"), Item("prose", 1)]
    place, _ = align(items, titles)
    assert place == [0, 0, 2, 2]


def test_awards_table_goes_under_awards() -> None:
    titles = ["plot", "reception", "awards", "legacy"]
    # A gap of 1 would keep the table under "Reception"; its kind says "Awards".
    items = [Item("prose", 2), Item("prose", 2), Item("awards", 1), Item("prose", 2)]
    place, _ = align(items, titles)
    assert place == [0, 1, 2, 3]


def test_no_contents_list_uses_literal_headings() -> None:
    text = (
        "A Short Film\n\nA Short Film is a 1962 film about a pier.\n\n"
        "Plot\n\nA man remembers a face.\n\nHe returns.\n\nReception\n\nCritics liked it.\n"
    )
    article = extract_text(text)
    assert [len(p.text) > 0 for p in article.lead] == [True]
    assert [(s.number, s.title, len(s.paragraphs)) for s in article.sections] == [
        (None, "Plot", 2),
        (None, "Reception", 1),
    ]


def test_three_level_contents() -> None:
    contents = "  • Career 1\n    • Films 1.1\n      • Early films 1.1.1\n  • Legacy 2"
    body = "Lead text here.\n\n\n" + contents + "\n\n\n\n\nEarly work.\n\n\nLater fame.\n"
    article = extract_text("Someone\n\n" + body)
    career = article.sections[0]
    assert career.sections[0].sections[0].title == "Early films"
    assert career.sections[0].sections[0].level == 3
    assert [p.text for p in career.sections[0].sections[0].paragraphs] == ["Early work."]
    assert [p.text for p in article.sections[1].paragraphs] == ["Later fame."]


def test_key_colon_heading_levels() -> None:
    text = "= Film =\n\n- Director: A B\n- Runtime: 90 minutes\n\nLead.\n\n== Production ==\n\n"
    text += "=== Casting ===\n\nCast text.\n\n== Reception ==\n\nGood.\n"
    article = extract_text(text)
    assert [(s.title, s.level) for s in article.sections] == [("Production", 1), ("Reception", 1)]
    casting = article.sections[0].sections
    assert [(s.title, s.level, [p.text for p in s.paragraphs]) for s in casting] == [
        ("Casting", 2, ["Cast text."])
    ]
