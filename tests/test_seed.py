"""The seed article: the facts issues 2 and 3 say it must yield."""

from __future__ import annotations

from leaving_vegas_extract.model.article import Article, Section


def test_envelope(seed: Article) -> None:
    env = seed.envelope
    assert env.article_id == "WHEBN0000054160"
    assert len(env.subjects) == 5
    assert len(env.collections) == 23
    assert env.author == env.publisher == "World Heritage Encyclopedia"
    assert env.license == (
        "This article was sourced from Creative Commons Attribution-ShareAlike License; "
        "additional terms may apply."
    )
    assert env.reproduction_date is None
    assert env.title == "Leaving Las Vegas"


def test_source(seed: Article) -> None:
    assert seed.source.path == "raw/leaving_las_vegas.txt"
    assert seed.source.format == "text"
    assert seed.source.rendering == "label-space"
    assert seed.source.bytes == 16515
    assert len(seed.source.sha256) == 64


def test_infobox(seed: Article) -> None:
    box = seed.infobox
    assert box is not None
    assert box.kind == "film"
    assert box.name == "Leaving Las Vegas"
    assert box.caption == "Theatrical release poster"
    assert box.directed_by == ["Mike Figgis"]
    assert box.produced_by == ["Lila Cazès", "Annie Stewart"]
    assert box.starring == [
        "Nicolas Cage",
        "Elisabeth Shue",
        "Julian Sands",
        "Richard Lewis",
        "Valeria Golino",
    ]
    assert [(b.title, b.authors) for b in box.based_on] == [("Leaving Las Vegas", ["John O'Brien"])]
    assert [(r.date, r.place) for r in box.release_dates] == [("1995-10-27", None)]
    assert box.running_time_minutes == 112
    assert box.budget is not None
    assert (box.budget.currency, box.budget.amount, box.budget.citations) == ("USD", 3600000, [1])
    assert box.box_office is not None
    assert (box.box_office.currency, box.box_office.amount) == ("USD", 32029928)
    assert box.countries == ["United States"]
    assert box.languages == ["English"]


def test_infobox_fields_keep_every_row(seed: Article) -> None:
    box = seed.infobox
    assert box is not None
    labels = [f.label for f in box.fields]
    assert labels[:3] == ["Directed by", "Produced by", "Screenplay by"]
    assert labels[-2:] == ["Budget", "Box office"]
    based = next(f for f in box.fields if f.label == "Based on")
    assert based.values == ["Leaving Las Vegas", "by John O'Brien"]
    assert based.lines == (25, 26)
    budget = next(f for f in box.fields if f.label == "Budget")
    assert budget.citations == [1]


def _flat(sections: list[Section]) -> list[Section]:
    out: list[Section] = []
    for section in sections:
        out.append(section)
        out.extend(_flat(section.sections))
    return out


def test_outline(seed: Article) -> None:
    flat = _flat(seed.sections)
    assert len(flat) == 16
    assert len(seed.sections) == 12
    assert [s.number for s in flat[:6]] == ["1", "2", "3", "3.1", "3.2", "3.3"]
    assert {s.level for s in flat if "." in (s.number or "")} == {2}


def test_paragraph_placement(seed: Article) -> None:
    by_title = {s.title: s for s in _flat(seed.sections)}
    assert len(by_title["Plot"].paragraphs) == 2
    assert by_title["Cast"].paragraphs == []
    production = by_title["Production"]
    assert production.paragraphs == []
    assert [s.title for s in production.sections] == ["Development", "Casting", "Filming"]
    assert [p.citations for p in by_title["Development"].paragraphs] == [[3, 4, 5]]
    assert [p.citations for p in by_title["Casting"].paragraphs] == [[5, 6]]
    filming = by_title["Filming"].paragraphs
    assert len(filming) == 2
    assert filming[0].citations == [2, 7, 5, 8]
    assert len(by_title["Themes"].paragraphs) == 1
    assert len(by_title["Release"].paragraphs) == 1
    assert [p.citations for p in by_title["Reception"].paragraphs] == [[10, 11, 12, 13]]
    assert by_title["Awards"].paragraphs == []
    assert [p.citations for p in by_title["Home media releases"].paragraphs] == [[14, 15, 16]]
    assert len(by_title["In popular culture"].paragraphs) == 1
    assert len(by_title["Soundtrack"].paragraphs) == 1
    assert by_title["References"].paragraphs == []
    assert by_title["External links"].paragraphs == []


def test_lead(seed: Article) -> None:
    assert len(seed.lead) == 2
    assert seed.lead[1].citations == [2]
    assert "[2]" not in seed.lead[1].text
    assert seed.lead[0].text.startswith("Leaving Las Vegas is a 1995 romantic drama film")


def test_bracketed_words_stay(seed: Article) -> None:
    text = " ".join(p.text for s in _flat(seed.sections) for p in s.paragraphs)
    assert "manic-depressive[s]" in text
    assert "[Cage and Shue]" in text


def test_coverage_complete(seed: Article) -> None:
    assert seed.coverage.unclaimed == []
    assert seed.coverage.lines_claimed == seed.coverage.lines_total
