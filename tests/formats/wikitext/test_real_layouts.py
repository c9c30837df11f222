"""Layouts met on real film pages of a multi-page dump, each reproduced on invented text."""

from __future__ import annotations

import pytest

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.model.article import Article


def _article(box: str, body: str = "", name: str = "Infobox film") -> Article:
    return extract_text(f"{{{{{name}\n{box}\n}}}}\n'''Ode''' is a film.{body}\n", source="t.wiki")


@pytest.mark.parametrize(
    "name",
    [
        "Infobox film",
        "Infobox Film",
        "infobox_film",
        "Infobox_Film",
        "Infobox movie",
        "Infobox Movie",
        "Template:Infobox film",
        "Infobox films",
        "Infobox short film",
    ],
)
def test_film_infobox_names_real_pages_use(name: str) -> None:
    article = _article("| director = Ann Bee", name=name)
    assert article.infobox is not None
    assert article.infobox.kind == "film"
    assert article.infobox.directed_by == ["Ann Bee"]


@pytest.mark.parametrize("name", ["Infobox film awards", "Infobox film festival", "Infobox book"])
def test_boxes_whose_name_only_starts_like_a_film_are_not_films(name: str) -> None:
    article = _article("| director = Ann Bee", name=name)
    assert article.infobox is not None
    assert article.infobox.kind != "film"


def test_two_creators_broken_in_one_based_on_parameter() -> None:
    article = _article("| based on = {{Based on|''[[Ode (novel)|Ode]]''|[[Ann Bee]]<br />Cy Dee}}")
    assert article.infobox is not None
    assert [(b.title, b.authors) for b in article.infobox.based_on] == [
        ("Ode", ["Ann Bee", "Cy Dee"])
    ]


def test_country_templates_print_their_country() -> None:
    article = _article("| country = {{Film UK}}<br />{{Film US}}<br />{{FRA}}<br />{{filmus}}")
    assert article.infobox is not None
    assert article.infobox.countries == [
        "United Kingdom",
        "United States",
        "France",
        "United States",
    ]


def test_a_part_label_is_never_the_amount() -> None:
    article = _article(
        "| gross = {{small|'''Part 1:'''}}<br />$954,501<ref>x</ref>\n"
        "| budget = {{small|Theatrical:}}<br />{{US$|2 million}}"
    )
    assert article.infobox is not None
    assert article.infobox.box_office is not None
    assert (article.infobox.box_office.currency, article.infobox.box_office.amount) == (
        "USD",
        954501,
    )
    assert article.infobox.box_office.citations == [1]
    assert article.infobox.budget is not None
    assert article.infobox.budget.amount == 2000000


def test_cite_titles_keep_a_quoted_phrase_at_their_end() -> None:
    article = _article(
        "| director = Ann Bee",
        '<ref>{{cite news|title=Ann Bee to score "Blue Hour"|work=Daily}}</ref>'
        '<ref>{{cite web|title="Blue Hour"|website=Numbers}}</ref>'
        '<ref>{{cite web|title="Heat" and "Frost"|website=Numbers}}</ref>',
    )
    assert [r.title for r in article.references] == [
        'Ann Bee to score "Blue Hour"',
        "Blue Hour",
        '"Heat" and "Frost"',
    ]
