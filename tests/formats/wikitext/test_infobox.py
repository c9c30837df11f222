"""The infobox reader: parameters to fields and typed film fields, as a reader sees them."""

from __future__ import annotations

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.model.article import Article


def _box(body: str, *, before: str = "", after: str = "") -> Article:
    return extract_text(f"{before}{{{{Infobox film\n{body}\n}}}}\n{after}", source="t.wiki")


def _values(article: Article, label: str) -> list[str]:
    assert article.infobox is not None
    return next(f.values for f in article.infobox.fields if f.label == label)


def test_list_templates_and_breaks_give_items() -> None:
    article = _box(
        "| starring = {{Plainlist|\n* [[Ann Bee]]\n* Cy Dee {{small|(2010–16)}}\n}}\n"
        "| producer = {{ubl|Eve Fay|[[Gil Ho|Gil]]}}\n| music = A Bee<br />C Dee\n"
        "| editing = {{hlist|E One|E Two}}\n| cinematography = {{Flatlist|\n* F One\n* F Two\n}}"
    )
    assert article.infobox is not None
    assert article.infobox.starring == ["Ann Bee", "Cy Dee (2010–16)"]
    assert article.infobox.produced_by == ["Eve Fay", "Gil"]
    assert article.infobox.music_by == ["A Bee", "C Dee"]
    assert article.infobox.edited_by == ["E One", "E Two"]
    assert article.infobox.cinematography == ["F One", "F Two"]
    producer = next(f for f in article.infobox.fields if f.label == "producer")
    assert [(link.text, link.target) for link in producer.links] == [("Gil", "Gil Ho")]


def test_a_break_inside_one_link_label_does_not_split() -> None:
    article = _box("| director = [[Ann Bee|Ann<br>Bee]]")
    assert _values(article, "director") == ["Ann Bee"]


def test_film_date_groups_start_date_and_refs() -> None:
    article = _box(
        "| released = {{Film date|1995|10|27|[[Austin, Texas|Austin]]|1996|2||Berlin|df=y"
        "|ref1=<ref>R1</ref>}}"
    )
    assert article.infobox is not None
    dates = [(d.date, d.place) for d in article.infobox.release_dates]
    assert dates == [("1995-10-27", "Austin"), ("1996-02", "Berlin")]
    released = next(f for f in article.infobox.fields if f.label == "released")
    assert released.citations == [1]
    single = _box("| released = {{Start date|2001|5|4}}")
    assert single.infobox is not None
    assert [d.date for d in single.infobox.release_dates] == ["2001-05-04"]


def test_money_runtime_and_cleanup_tags() -> None:
    article = _box(
        "| budget = {{INRConvert|45|c}}<ref>B</ref>\n| gross = $3.6 million (US$5 million today)"
        "{{citation needed|date=May 2020}}\n| runtime = {{Duration|h=1|m=52}}\n"
        "| country = {{ill|Freedonia|de}}"
    )
    assert article.infobox is not None
    assert article.infobox.budget is not None
    assert (article.infobox.budget.currency, article.infobox.budget.amount) == ("INR", 450000000)
    assert article.infobox.budget.citations == [1]
    assert article.infobox.box_office is not None
    assert article.infobox.box_office.amount == 3600000
    assert article.infobox.running_time_minutes == 112
    assert article.infobox.countries == ["Freedonia"]


def test_aliases_and_empty_parameters() -> None:
    article = _box(
        "| production_companies = Acme Films\n| based_on = {{Based on|''The Orchard''|Ann Bee}}"
        "\n| writer =\n| narrator = Nan Oh"
    )
    assert article.infobox is not None
    assert article.infobox.production_companies == ["Acme Films"]
    assert [(b.title, b.authors) for b in article.infobox.based_on] == [
        ("The Orchard", ["Ann Bee"])
    ]
    assert [f.label for f in article.infobox.fields] == [
        "production_companies",
        "based_on",
        "narrator",
    ]
    assert article.infobox.narrated_by == ["Nan Oh"]


def test_unbalanced_quotes_and_an_unclosed_cite_never_lose_the_box() -> None:
    article = _box(
        "| director = Ann Bee<ref>{{cite web |title=T |url=http://x.org</ref>\n| starring = Cy Dee",
        before="''Stray italics\n",
    )
    assert article.infobox is not None
    assert article.infobox.kind == "film"
    assert article.infobox.directed_by == ["Ann Bee"]
    assert article.infobox.starring == ["Cy Dee"]
    assert "template-unclosed" in [d.code for d in article.diagnostics]


def test_other_boxes_never_fill_the_film() -> None:
    text = (
        "{{Infobox person\n| name = Ann Bee\n| birth_date = {{birth date|1950|1|2}}\n"
        "| occupation = Actress\n}}\n'''Ann Bee''' is an actress.\n"
    )
    person = extract_text(text, source="p.wiki")
    assert person.infobox is not None
    assert person.infobox.kind == "person"
    assert person.infobox.directed_by == []
    film = _box(
        "| name = X\n| director = D",
        after="== Soundtrack ==\n{{Infobox album\n| name = X (soundtrack)\n| producer = P Q\n}}\n",
    )
    assert film.infobox is not None
    assert film.infobox.kind == "film"
    assert film.infobox.produced_by == []
    assert [b.kind for b in film.other_infoboxes] == ["album"]


def test_sortname_prints_both_names_on_the_page_as_in_a_cell() -> None:
    # One table of templates serves the page and its table cells: {{sortname|First|Last}} is
    # "First Last" in both (the page printed only the first name before).
    article = _box("| starring = {{ubl|{{sortname|Ann|Bee}}|{{Sort name|Cy|Dee|Cy Dee (actor)}}}}")
    assert article.infobox is not None
    assert article.infobox.starring == ["Ann Bee", "Cy Dee"]
