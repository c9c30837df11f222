"""The infobox in every rendering: labels, row readers, lost labels, split cells, typed fields."""

from __future__ import annotations

import time

import pytest

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.formats.text.infobox.key_colon import (
    key_row,
    page_title,
    read_key_box,
    split_list,
)
from leaving_vegas_extract.formats.text.infobox.label_rows import read_rows, read_text_box
from leaving_vegas_extract.formats.text.infobox.labels import match_label
from leaving_vegas_extract.formats.text.infobox.pipe_cells import split_cells
from leaving_vegas_extract.formats.text.infobox.pipe_table import (
    read_pipe_box,
    read_table,
)
from leaving_vegas_extract.model.article import Article, Infobox
from leaving_vegas_extract.parts.infobox.build import build_infobox
from leaving_vegas_extract.parts.infobox.countries import COUNTRIES, LANGUAGES
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.parts.infobox.split import (
    Evidence,
    split_companies,
    split_known,
    strip_flag,
)
from tests.formats.text.infobox.boxes import box_of, numbered


def _codes(article: Article) -> list[str]:
    return [d.code for d in article.diagnostics]


# --- labels -----------------------------------------------------------------------------------

LABEL_CASES = [
    pytest.param("Directed by Ann Roe", ("Directed by", " Ann Roe", False), id="spaced"),
    pytest.param("Directed byAnn Roe", ("Directed by", "Ann Roe", True), id="glued-capital"),
    pytest.param(
        "Budget$8–8.5 million[2][a]", ("Budget", "$8–8.5 million[2][a]", True), id="glued-$"
    ),
    pytest.param("Box office₹2.5 crore", ("Box office", "₹2.5 crore", True), id="glued-rupee"),
    pytest.param(
        "Box officeest.₹102 crore", ("Box office", "est.₹102 crore", True), id="glued-est"
    ),
    pytest.param("Running time98 minutes", ("Running time", "98 minutes", True), id="glued-digit"),
    pytest.param(
        'Based on"The Animators"', ("Based on", '"The Animators"', True), id="glued-quote"
    ),
    pytest.param("Starring", ("Starring", "", False), id="alone"),
    pytest.param("Release date(s)", ("Release date(s)", "", False), id="old-label"),
    pytest.param(
        "Gross revenue $1 million", ("Gross revenue", " $1 million", False), id="old-gross"
    ),
    pytest.param("Dialogues byAnn Roe", ("Dialogues by", "Ann Roe", True), id="credit-glued"),
    pytest.param("Additional music by", ("Additional music by", "", False), id="unknown-credit"),
]


@pytest.mark.parametrize(("line", "expected"), LABEL_CASES)
def test_match_label(line: str, expected: tuple[str, str, bool]) -> None:
    m = match_label(line)
    assert m is not None
    assert (m.label, m.rest, m.glued) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Storyteller Sam",  # a label word inside a longer word
        "Music Box Films",  # short template keys are not labels at a line start
        "Director Ann Roe",
        "Countryside walks",
        "Budgetary concerns",
        "  • Directed by Ann Roe",  # a bullet is a value
        "directed by Ann Roe",
        "Stand by Me",
        "",
    ],
)
def test_not_a_label(line: str) -> None:
    assert match_label(line) is None


# --- label-space / label-glued rows -----------------------------------------------------------


def _rows(*lines: str, plain_lists: bool = True) -> list[tuple[str, list[str]]]:
    rows, _ = read_rows(numbered(*lines), plain_lists=plain_lists)
    return [(row.label, row.values) for row in rows]


ROW_CASES = [
    pytest.param(
        ("Produced by Ann Roe", "Bo Lee", "Music by Cy Dunn"),
        [("Produced by", ["Ann Roe", "Bo Lee"]), ("Music by", ["Cy Dunn"])],
        id="plain-list",
    ),
    pytest.param(
        ("Starring", "Music byCy Dunn"),
        [("Starring", []), ("Music by", ["Cy Dunn"])],
        id="lost-list",
    ),
    pytest.param(
        ("Production", "company Canal Nine", "Distributed by X"),
        [("Production company", ["Canal Nine"]), ("Distributed by", ["X"])],
        id="split-label-with-value",
    ),
    pytest.param(
        ("Production", "companies", "  • A Films", "  • B Films"),
        [("Production companies", ["A Films", "B Films"])],
        id="split-label-bullets",
    ),
    pytest.param(
        ("Running time", "143 minutes", "CountryFrance"),
        [("Running time", ["143 minutes"]), ("Country", ["France"])],
        id="value-on-next-line",
    ),
    pytest.param(
        ("Running time 122 minutes", "  • India", "LanguageHindi"),
        [("Running time", ["122 minutes"]), ("", ["India"]), ("Language", ["Hindi"])],
        id="lost-label-after-one-value-row",
    ),
    pytest.param(
        ("Edited by Ann Roe", "Bo Lee", "Harbour Pictures", "Distributed by X"),
        [
            ("Edited by", ["Ann Roe", "Bo Lee"]),
            ("", ["Harbour Pictures"]),
            ("Distributed by", ["X"]),
        ],
        id="lost-company-under-people",
    ),
    pytest.param(
        ("Distributed by Ann Films", "Bo Pictures"),
        [("Distributed by", ["Ann Films", "Bo Pictures"])],
        id="company-under-companies",
    ),
    pytest.param(
        ("Production companies StudioCanal", "Studio Nine", "Release dates"),
        [("Production companies", ["StudioCanal", "Studio Nine"]), ("Release dates", [])],
        id="seen-key-is-a-value",
    ),
    pytest.param(
        ("Occupation Writer", "Composer", "Illustrator", "Years active 1955–1991"),
        [("Occupation", ["Writer", "Composer", "Illustrator"]), ("Years active", ["1955–1991"])],
        id="label-word-amid-plain-list",
    ),
    pytest.param(
        ("Release dates", "  • July 1, 1991 (1991-07-01)", "(Los Angeles)[1]", "Budget $1"),
        [("Release dates", ["July 1, 1991 (1991-07-01)", "(Los Angeles)[1]"]), ("Budget", ["$1"])],
        id="note-under-date",
    ),
    pytest.param(
        ("Box office $1 million", "A" * 30 + " prose " * 40),
        [("Box office", ["$1 million"])],
        id="prose-ends-the-box",
    ),
]


@pytest.mark.parametrize(("lines", "expected"), ROW_CASES)
def test_read_rows(lines: tuple[str, ...], expected: list[tuple[str, list[str]]]) -> None:
    assert _rows(*lines) == expected


def test_bulleted_lists_keep_a_lone_label_as_a_row() -> None:
    lines = ("Produced by", "  • Ann Roe", "Editor Bo", "Distributed by", "Country X")
    assert _rows(*lines, plain_lists=False)[1] == ("Distributed by", [])


HEAD_CASES = [
    pytest.param(
        (
            "Night Ferry",
            "Night_Ferry_poster.jpg",
            "A pier at night.",
            "Poster",
            "Directed by Ann",
            "Starring Bo",
        ),
        ("Night Ferry", "Poster"),
        id="file-and-alt-before-caption",
    ),
    pytest.param(
        ("Country Strong", "Theatrical release poster", "Directed by Ann", "Starring Bo"),
        ("Country Strong", "Theatrical release poster"),
        id="name-that-opens-with-a-label",
    ),
    pytest.param(("Directed by Ann", "Starring Bo"), (None, None), id="no-head"),
]


@pytest.mark.parametrize(("lines", "expected"), HEAD_CASES)
def test_box_head(lines: tuple[str, ...], expected: tuple[str | None, str | None]) -> None:
    read = read_text_box(numbered(*lines), None)
    assert read is not None
    assert (read.name, read.caption) == expected


def test_text_box_needs_two_rows() -> None:
    assert read_text_box(numbered("Night Ferry", "Directed by Ann"), None) is None


# --- pipe tables ------------------------------------------------------------------------------


def test_pipe_rows_span_lines_and_lone_pipes() -> None:
    lines = (
        "Heat | |",
        "---|---|",
        "Produced by | Ann Roe",
        "Bo Lee |",
        "Starring |",
        "|",
        "Release date |",
        "31 May 1995 (1995-05-31) |",
        "Box office | $1 million [2]",
        "2,000 admissions [3] |",
        "Heat is a film.",
    )
    rows, last = read_table(lines, 2)
    assert [(r.label, r.values) for r in rows] == [
        ("Produced by", ["Ann Roe", "Bo Lee"]),
        ("Starring", []),
        ("Release date", ["31 May 1995 (1995-05-31)"]),
        ("Box office", ["$1 million [2]", "2,000 admissions [3]"]),
    ]
    assert last == 10


def test_pipe_row_without_closing_pipe_ends_at_next_label() -> None:
    lines = ("Heat | |", "---|---|", "Directed by | Ann Roe", "Written by | Bo Lee |")
    rows, _ = read_table(lines, 2)
    assert [(r.label, r.values) for r in rows] == [
        ("Directed by", ["Ann Roe"]),
        ("Written by", ["Bo Lee"]),
    ]


def test_pipe_head_rows_and_colon_labels() -> None:
    lines = (
        "Heat | |",
        "---|---|",
        "![a poster](https://example.org/p.jpg) | |",
        "Theatrical release poster | |",
        "Directed By: | Ann Roe |",
        "Country | France |",
    )
    read = read_pipe_box(lines, 2)
    assert read is not None
    assert (read.name, read.caption, read.span) == ("Heat", "Theatrical release poster", (1, 6))
    box, _ = build_infobox(read.name or "", read.caption, read.rows, read.span)
    assert box.directed_by == ["Ann Roe"]


def test_pipe_cells_split_on_kept_breaks_and_bullets() -> None:
    lines = ("Heat | |", "---|---|", "Starring | Ann Roe<br>Bo Lee |", "Music by | • Cy • Di |")
    rows, _ = read_table(lines, 2)
    assert [r.values for r in rows] == [["Ann Roe", "Bo Lee"], ["Cy", "Di"]]


def test_wide_tables_are_not_infoboxes() -> None:
    lines = ("Award | Category | Recipient | Result |", "---|---|---|---|", "A | B | C | Won |")
    assert read_pipe_box(lines, 2) is None


SPLIT_CASES = [
    pytest.param(
        "Countries",
        "United States United Kingdom",
        ["United States", "United Kingdom"],
        id="countries",
    ),
    pytest.param("Languages", "English Japanese", ["English", "Japanese"], id="languages"),
    pytest.param(
        "Production companies",
        "Fox Pictures Zucker Productions",
        ["Fox Pictures", "Zucker Productions"],
        id="companies",
    ),
    pytest.param(
        "Produced by",
        "Gil Netter David Zucker[1]",
        ["Gil Netter", "David Zucker[1]"],
        id="evidence",
    ),
    pytest.param(
        "Starring", "Eric Roth Zorvan Quell", ["Eric Roth Zorvan Quell"], id="no-evidence"
    ),
    pytest.param(
        "Starring", "Eric Roth Michael Cristofer", ["Eric Roth", "Michael Cristofer"], id="given"
    ),
    pytest.param(
        "Music by",
        "Songs: Ann Roe Score: Bo Lee (uncredited) Cy Moss",
        ["Ann Roe", "Bo Lee (uncredited)", "Cy Moss"],
        id="headings",
    ),
    pytest.param(
        "Distributed by",
        "Fox Pictures (US) Toho Films (Japan)",
        ["Fox Pictures (US)", "Toho Films (Japan)"],
        id="qualified",
    ),
    pytest.param(
        "Starring", "Shia LaBeouf Danny DeVito", ["Shia LaBeouf", "Danny DeVito"], id="camel-names"
    ),
    pytest.param("Directed by", "Ann Roe", ["Ann Roe"], id="one-name"),
]


@pytest.mark.parametrize(("label", "cell", "expected"), SPLIT_CASES)
def test_split_cells(label: str, cell: str, expected: list[str]) -> None:
    row = RawField(label=label)
    row.add(cell, 5)
    diags = split_cells([row], lambda: ["It was produced by David Zucker and Gil Netter."])
    assert row.values == expected
    unsplit = len(expected) == 1 and len(expected[0].split()) >= 4
    assert [d.code for d in diags] == (["infobox-cell-unsplit"] if unsplit else [])


def test_evidence_needs_a_unique_cover() -> None:
    evidence = Evidence(["Ann Roe met Bo Lee; Ann Roe Bo and Lee were there."])
    assert evidence.split("Ann Roe Bo Lee") is None  # "Ann Roe Bo" + "Lee" or "Ann Roe" + "Bo Lee"


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("France Poland Switzerland", ["France", "Poland", "Switzerland"]),
        ("Bosnia and Herzegovina Croatia", ["Bosnia and Herzegovina", "Croatia"]),
        ("France", None),
        ("France Narnia", None),
    ],
)
def test_split_known(cell: str, expected: list[str] | None) -> None:
    assert split_known(cell, COUNTRIES) == expected


def test_split_companies_needs_every_piece_suffixed() -> None:
    assert split_companies("A Films B Pictures") == ["A Films", "B Pictures"]
    assert split_companies("A Films Canal+") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Flag of France France", "France"),
        ("Flag of the United States United States", "United States"),
        ("Flag of the Soviet Union Soviet Union", "Soviet Union"),
        ("Flagstaff Films", "Flagstaff Films"),
    ],
)
def test_strip_flag(value: str, expected: str) -> None:
    assert strip_flag(value) == expected


# --- key-colon --------------------------------------------------------------------------------


def test_key_colon_helpers() -> None:
    assert page_title("= Heat (1995 film) =") == "Heat (1995 film)"
    assert page_title("==Plot==") is None
    assert key_row("- Starring:") == ("Starring", "")
    assert key_row("* Director: Ann Roe") == ("Director", "Ann Roe")
    assert key_row("- Lowell Thomas as himself") is None
    assert split_list("Ann Roe, Sammy Davis, Jr., (uncredited)") == [
        "Ann Roe",
        "Sammy Davis, Jr. (uncredited)",
    ]


def test_key_box_name_line_and_lists() -> None:
    read = read_key_box(
        numbered("Night Ferry", "- Director: Ann Roe", "- Producer: Bo Lee, Cy Dunn", "- Budget:")
    )
    assert read is not None
    assert read.name == "Night Ferry"
    assert [(r.label, r.values) for r in read.rows] == [
        ("Director", ["Ann Roe"]),
        ("Producer", ["Bo Lee", "Cy Dunn"]),
        ("Budget", []),
    ]


# --- building typed fields --------------------------------------------------------------------


def _build(*rows: tuple[str, list[str]]) -> tuple[Infobox, list[str]]:
    raws = []
    for number, (label, values) in enumerate(rows, 1):
        raw = RawField(label=label, lines=(number, number))
        for value in values:
            raw.add(value, number)
        raws.append(raw)
    box, diags = build_infobox("Night Ferry", None, raws, (1, len(rows)))
    return box, [d.code for d in diags]


MONEY_CASES = [
    pytest.param("$3.5–4 million", ("USD", 3_500_000, 4_000_000), [], id="range"),
    pytest.param("US$2 million[2]", ("USD", 2_000_000, None), [], id="us-dollar"),
    pytest.param("₹4 crore", ("INR", 40_000_000, None), [], id="crore"),
    pytest.param("est.₹150 million", ("INR", 150_000_000, None), [], id="est"),
    pytest.param("₣3 million", ("FRF", 3_000_000, None), [], id="franc"),
    pytest.param("over $2 million", ("USD", 2_000_000, None), [], id="over"),
    pytest.param("40 lakh", (None, 4_000_000, None), ["money-no-currency"], id="lakh-no-symbol"),
    pytest.param("1.4 million admissions (France)", None, ["not-money"], id="admissions"),
]


@pytest.mark.parametrize(("value", "expected", "codes"), MONEY_CASES)
def test_money(
    value: str, expected: tuple[str | None, int, int | None] | None, codes: list[str]
) -> None:
    box, found = _build(("Directed by", ["Ann"]), ("Budget", [value]))
    money = box.budget
    assert (money and (money.currency, money.amount, money.amount_max)) == expected
    assert found == codes


def test_money_takes_the_first_amount_and_its_own_citations() -> None:
    box, _ = _build(
        ("Directed by", ["Ann"]),
        ("Box office", ["$0.5 million (US/Canada) [2]", "2,042,070 admissions (France) [3]"]),
    )
    assert box.box_office is not None
    assert (box.box_office.amount, box.box_office.citations) == (500_000, [2])


def test_release_dates_split_lost_separators_and_notes() -> None:
    box, _ = _build(
        ("Directed by", ["Ann"]),
        (
            "Release dates",
            ["May 1994 (1994-05) (Cannes) 14 September 1994 (1994-09-14)", "(France)"],
        ),
    )
    assert [(d.date, d.place) for d in box.release_dates] == [
        ("1994-05", "Cannes"),
        ("1994-09-14", "France"),
    ]


def test_lost_rows_are_placed_by_shape() -> None:
    box, codes = _build(
        ("Running time", ["99 minutes"]),
        ("", ["India", "Nepal", "Hindi", "Harbour Pictures", "Something else"]),
        ("Budget", ["$1 million"]),
    )
    assert [(f.label, f.values) for f in box.fields] == [
        ("Running time", ["99 minutes"]),
        ("Country", ["India", "Nepal"]),
        ("Language", ["Hindi"]),
        ("Production company", ["Harbour Pictures"]),
        ("unknown", ["Something else"]),
        ("Budget", ["$1 million"]),
    ]
    assert (box.countries, box.languages, box.production_companies) == (
        ["India", "Nepal"],
        ["Hindi"],
        ["Harbour Pictures"],
    )
    assert codes.count("infobox-label-inferred") == 3
    assert codes.count("infobox-label-lost") == 1


def test_lost_row_of_a_key_already_there_stays_unknown() -> None:
    box, codes = _build(("Country", ["France"]), ("Running time", ["9 min"]), ("", ["Spain"]))
    assert box.fields[-1].label == "unknown"
    assert box.countries == ["France"]
    assert "infobox-label-lost" in codes


def test_based_on_drops_quotes_and_joins_the_by_line() -> None:
    box, _ = _build(("Directed by", ["Ann"]), ("Based on", ['"The Animators"', "by Sydney Bounds"]))
    assert [(b.title, b.authors) for b in box.based_on] == [("The Animators", ["Sydney Bounds"])]


def test_flags_stay_in_fields_but_not_in_countries() -> None:
    box, _ = _build(("Directed by", ["Ann"]), ("Country", ["Flag of France France"]))
    assert box.fields[1].values == ["Flag of France France"]
    assert box.countries == ["France"]


def test_other_kinds_get_no_film_fields() -> None:
    box, _ = _build(
        ("Released", ["1994"]), ("Genre", ["Rock"]), ("Length", ["40:00"]), ("Label", ["Epic"])
    )
    assert box.kind == "album"
    assert box.release_dates == []


# --- whole articles ---------------------------------------------------------------------------

GLUED = """Night Ferry

Night Ferry is a 1998 film.[1]

Night Ferry
Night_Ferry_poster.jpg
Theatrical release poster
Directed byAnn Roe
Starring
Cinematography Bo Lee
Running time98 minutes
  • France
  • Poland
LanguageFrench
Budget$3.5–4 million[1]

Plot[edit]

A ferry crosses at night.
"""

PIPE = """Night Ferry | |
---|---|
Theatrical release poster | |
Directed by | Ann Roe |
Produced by | Ann Roe Bo Lee |
Country | France Poland |
Budget | ₣3 million [1] |
Night Ferry is a 1998 film produced by Ann Roe and Bo Lee.
Night Ferry: Music | |
---|---|
Soundtrack album by Cy Dunn | |
Released | 1998 |
Genre | Jazz |
Length | 40:00 |
Label | Harbour |
"""

KEYS = """= Night Ferry (1998 film) =

- Director: Ann Roe
- Starring:
- Released: 1998-10-27 (Cannes), 1998-11-02 (France)
- Country: France, Poland
- Gross: over $2 million

Night Ferry is a 1998 film.

== Plot ==

A ferry crosses at night.
"""


def test_glued_article() -> None:
    article = extract_text(GLUED)
    box = article.infobox
    assert article.source.rendering == "label-glued"
    assert box is not None
    assert (box.name, box.caption, box.directed_by, box.starring) == (
        "Night Ferry",
        "Theatrical release poster",
        ["Ann Roe"],
        [],
    )
    assert (box.cinematography, box.countries, box.running_time_minutes) == (
        ["Bo Lee"],
        ["France", "Poland"],
        98,
    )
    assert {"empty-field", "infobox-label-inferred", "infobox-image-lines"} <= set(_codes(article))


def test_pipe_article() -> None:
    article = extract_text(PIPE)
    box = article.infobox
    assert (article.title, article.source.rendering) == ("Night Ferry", "pipe-table")
    assert box is not None
    assert (box.produced_by, box.countries) == (["Ann Roe", "Bo Lee"], ["France", "Poland"])
    assert box.budget is not None
    assert (box.budget.currency, box.budget.amount, box.budget.citations) == ("FRF", 3_000_000, [1])
    assert [(o.kind, o.name, o.caption) for o in article.other_infoboxes] == [
        ("album", "Night Ferry: Music", "Soundtrack album by Cy Dunn")
    ]


def test_key_colon_article() -> None:
    article = extract_text(KEYS)
    box = article.infobox
    assert (article.title, article.source.rendering) == ("Night Ferry (1998 film)", "key-colon")
    assert box is not None
    assert box.name == "Night Ferry (1998 film)"
    assert [(d.date, d.place) for d in box.release_dates] == [
        ("1998-10-27", "Cannes"),
        ("1998-11-02", "France"),
    ]
    assert box.box_office is not None
    assert box.box_office.amount == 2_000_000
    assert "empty-field" in _codes(article)


@pytest.mark.parametrize(("text"), [GLUED, PIPE, KEYS], ids=["glued", "pipe", "keys"])
def test_box_lines_are_claimed(text: str) -> None:
    article = extract_text(text)
    boxes = [b for b in (article.infobox, *article.other_infoboxes) if b is not None]
    for box in boxes:
        assert box.lines is not None
        first, last = box.lines
        assert not any(a <= last and b >= first for a, b in article.coverage.unclaimed)


GARBAGE = [
    pytest.param("x", id="one-word"),
    pytest.param("|\n|\n---|---|\n|", id="pipes-only"),
    pytest.param("= =\n- : \n- A:\n- B: ,,,(((", id="keys-broken"),
    pytest.param("X\n\nDirected by\nStarring\nBudget\nBox office est.", id="labels-only"),
    pytest.param("X | |\n---|---|\nDirected by | A\nStarring | B", id="table-never-closes"),
    pytest.param("X\n\nRunning time 9 minutes\n  • \n  • (\nCountry Flag of", id="lost-bits"),
]


@pytest.mark.parametrize("text", GARBAGE)
def test_bad_input_never_raises(text: str) -> None:
    extract_text(text)


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "line",
    [
        "Budget $" + "9" * 1_000_000,
        "Starring " + "[" * 1_000_000,
        "Produced by | " + "Ann Roe " * 100_000 + "|",
        "- Producer: " + "a, (" * 250_000,
        "Country Flag of " + "A " * 500_000,
        "Release dates " + "(1995-01-01) " * 50_000,
    ],
    ids=["digits", "brackets", "pipe-cell", "key-list", "flag", "iso-copies"],
)
def test_huge_rows_stay_linear(line: str) -> None:
    head = (
        "X | |\n---|---|\nDirected by | A |\n"
        if "|" in line
        else "= X =\n\n"
        if line[0] == "-"
        else "X\n\nDirected by A\n"
    )
    started = time.process_time()
    extract_text(head + line + "\n")
    assert time.process_time() - started < 30


# Issue 16: where a box begins and ends.


def test_pipe_caption_and_label_lines_without_pipes() -> None:
    lines = (
        "Heat |",
        "|",
        "---|---|",
        "Theatrical release poster",
        "|",
        "|",
        "| Directed by | Ann Roe |",
        "Production",
        "company |",
        "Harbour Films",
        "Canal Nine |",
        "Running time",
        "|",
        "224 minutes |",
        "Heat is a film about a long night.",
    )
    read = read_pipe_box(lines, 3)
    assert read is not None
    assert (read.name, read.caption, read.span) == ("Heat", "Theatrical release poster", (1, 14))
    assert [(r.label, r.values) for r in read.rows] == [
        ("Directed by", ["Ann Roe"]),
        ("Production company", ["Harbour Films", "Canal Nine"]),
        ("Running time", ["224 minutes"]),
    ]


def test_pipe_long_row_and_blank_line_do_not_end_the_table() -> None:
    names = " ".join(f"Name{i} Surname{i}" for i in range(26))
    lines = (
        "Heat | |",
        "---|---|",
        f"Starring | {names} |",
        "",
        "Country | France |",
        "",
        "Prose.",
    )
    rows, last = read_table(lines, 2)
    assert [r.label for r in rows] == ["Starring", "Country"]
    assert len(lines[2]) > 400
    assert last == 5


def test_pipe_table_ends_before_the_next_tables_header() -> None:
    lines = (
        "Heat | |",
        "---|---|",
        "Directed by | Ann Roe |",
        "Heat | ||||",
        "---|---|---|---|---|",
        "Released | 1995 | |||",
        "Label | Lyre | |||",
    )
    rows, last = read_table(lines, 2)
    assert [r.label for r in rows] == ["Directed by"]
    assert last == 3
    album = read_pipe_box(lines, 5)
    assert album is not None
    assert (album.name, [(r.label, r.values) for r in album.rows]) == (
        "Heat",
        [("Released", ["1995"]), ("Label", ["Lyre"])],
    )


def test_film_box_is_main_when_the_album_box_comes_first() -> None:
    article = extract_text(
        "Heat\n"
        "Heat: the album | |\n---|---|\nReleased | 1996 |\nGenre | Score |\nLabel | Lyre |\n"
        "Heat | |\n---|---|\nDirected by | Ann Roe |\nRunning time | 98 minutes |\n"
        "Heat is a film.\n"
    )
    assert article.infobox is not None
    assert (article.infobox.kind, article.infobox.directed_by) == ("film", ["Ann Roe"])
    assert [b.kind for b in article.other_infoboxes] == ["album"]


def test_no_pipe_in_values_whatever_reader() -> None:
    box = box_of("Heat\n\nDirected by: | Ann Roe |\nProduced by: | Bo Lee |\nCountry: | France |\n")
    assert all("|" not in v for f in box.fields for v in f.values)
    assert box.directed_by == ["Ann Roe"]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Heat\nDirected by Ann Roe\nProduced by Bo Lee\n", id="label-space"),
        pytest.param("Heat\nDirected byAnn Roe\nProduced byBo Lee\nCountryFrance\n", id="glued"),
    ],
)
def test_title_directly_above_the_first_row(text: str) -> None:
    box = box_of(text)
    assert (box.name, box.directed_by, box.produced_by) == ("Heat", ["Ann Roe"], ["Bo Lee"])


def test_name_blank_caption_and_chrome() -> None:
    box = box_of(
        "Heat\n\nLast updated\nHeat\n\nTheatrical release poster\n"
        "Directed by Ann Roe\nProduced by Bo Lee\n\nHeat is a film.\n"
    )
    assert (box.name, box.caption) == ("Heat", "Theatrical release poster")


def test_blank_lines_inside_a_box_make_one_box() -> None:
    article = extract_text(
        "Heat\n\nHeat\nDirected by Ann Roe\nRelease dates\n  • 1 May 1995 (1995-05-01)\n\n"
        "Running time 98 minutes\nCountry France\n\nBudget $2 million\n\nHeat is a film.\n"
    )
    box = article.infobox
    assert box is not None
    assert article.other_infoboxes == []
    assert (box.running_time_minutes, box.countries) == (98, ["France"])
    assert box.budget is not None
    assert box.budget.amount == 2_000_000


def test_forty_continuation_names_do_not_drop_the_box() -> None:
    cast = "\n".join(f"Actor{i} Person" for i in range(40))
    box = box_of(
        f"Heat\n\nHeat\nDirected by Ann Roe\nStarring Lead Person\n{cast}\n"
        "Music by Cy Dunn\nCountry France\nLanguage French\nBudget $2 million\n\nHeat is a film.\n"
    )
    assert len(box.starring) == 41
    assert box.music_by == ["Cy Dunn"]


def test_a_dropped_candidate_says_so() -> None:
    prose = "\n".join(f"Line {i} of a long list of things." for i in range(20))
    article = extract_text(
        f"Heat\n\nDirected by Ann Roe\nProduced by Bo Lee\nMusic by Cy Dunn\n{prose}\n"
    )
    notes = [d for d in article.diagnostics if d.code == "infobox-candidate-dropped"]
    assert article.infobox is None
    assert [d.lines for d in notes] == [(3, 25)]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["Hal C. Kern", "(supervising film editor)"], ["Hal C. Kern (supervising film editor)"]),
        (["Miramax Films", "(U.S. theatrical)[3]", "Bo Films"],
         ["Miramax Films (U.S. theatrical)", "Bo Films"]),
    ],
)  # fmt: skip
def test_qualifier_line_joins_the_name_above(values: list[str], expected: list[str]) -> None:
    row = RawField("Edited by", list(values), (1, len(values)), list(range(1, len(values) + 1)))
    box, _ = build_infobox(
        "Heat", None, [row, RawField("Directed by", ["Ann Roe"], (9, 9), [9])], None
    )
    assert box.edited_by == expected


def test_based_on_over_lines_shares_its_by_line() -> None:
    row = RawField(
        "Based on",
        ['"The Altar",', '"The Beast" and', '"The Way"', "by Henry Joss"],
        (1, 4),
        [1, 2, 3, 4],
    )
    lost = RawField("Based on", ["Cyrano", "by"], (5, 6), [5, 6])
    box, _ = build_infobox("Heat", None, [row, RawField("Directed by", ["A"], (9, 9), [9])], None)
    assert [(w.title, w.authors) for w in box.based_on] == [
        ("The Altar", ["Henry Joss"]),
        ("The Beast", ["Henry Joss"]),
        ("The Way", ["Henry Joss"]),
    ]
    box, _ = build_infobox("Heat", None, [lost, RawField("Directed by", ["A"], (9, 9), [9])], None)
    assert [(w.title, w.authors) for w in box.based_on] == [("Cyrano", [])]


def test_pipe_rows_without_header_or_rule() -> None:
    article = extract_text(
        "Heat\n\nHeat is a film.\nMPAA Rating: | R |\nDirector | Ann Roe |\n"
        "Produced By: | Bo Lee, Cy Dunn |\nRuntime: | 98 minutes |\nBudget: | $2 million |\n"
    )
    box = article.infobox
    assert article.source.rendering == "pipe-table"
    assert box is not None
    assert (box.directed_by, box.produced_by) == (["Ann Roe"], ["Bo Lee", "Cy Dunn"])
    assert box.running_time_minutes == 98


def test_raw_template_parameters() -> None:
    box = box_of(
        "Heat\n\nInfobox Film\nname = Heat\ncaption =\ndirector =Ann Roe\nproducer = Bo Lee\n"
        "amg_id = 1234\nHeat is a film about a long night in a port town.\n"
    )
    assert (box.name, box.caption, box.directed_by, box.produced_by) == (
        "Heat",
        None,
        ["Ann Roe"],
        ["Bo Lee"],
    )


@pytest.mark.parametrize(
    ("cell", "expected", "warned"),
    [
        pytest.param("Ozrin Ann–Bo", ["Ozrin Ann–Bo"], True, id="group-beside-a-mononym"),
        pytest.param("Vell Ozrin Ann–Bo", ["Vell Ozrin", "Ann–Bo"], False, id="group-split-off"),
        pytest.param(
            "Vell Ozrin (uncredited) (additional music)",
            ["Vell Ozrin (uncredited) (additional music)"],
            False,
            id="notes-are-no-names",
        ),
    ],
)
def test_a_cell_left_whole_warns_when_it_looks_like_several_names(
    cell: str, expected: list[str], warned: bool
) -> None:
    row = RawField(label="Music by")
    row.add(cell, 5)
    diags = split_cells([row], list)
    assert row.values == expected
    assert [d.code for d in diags] == (["infobox-cell-unsplit"] if warned else [])


def test_a_native_title_line_is_neither_name_nor_caption() -> None:
    lines = ["Poster", "灯笼门", "Directed by Ann Roe", "Country China", "Language Mandarin"]
    box = read_text_box(list(enumerate(lines, 1)), None, above="Ember Gate")
    assert box is not None
    assert (box.name, box.caption) == ("Ember Gate", "Poster")


def test_a_first_scalar_row_with_its_number_is_no_name() -> None:
    lines = ["Approx. run time 71 min. TV Version", "88 min. Theatrical Version",
             "Directed by Ann Roe", "Country United States"]  # fmt: skip
    box = read_text_box(list(enumerate(lines, 1)), None)
    assert box is not None
    assert box.name is None
    assert box.rows[0].label == "Approx. run time"


def test_a_lone_composer_amid_occupations_stays_an_occupation() -> None:
    lines = ["Born 1921", "Occupation Film director", "Screenwriter", "Composer", "Illustrator",
             "Years active 1955–1991"]  # fmt: skip
    rows, _ = read_rows(list(enumerate(lines, 1)))
    assert [(r.label, r.values) for r in rows][1] == (
        "Occupation",
        ["Film director", "Screenwriter", "Composer", "Illustrator"],
    )


@pytest.mark.parametrize(
    ("last", "values"),
    [
        pytest.param(
            "The Brass Orchard is a 2004 drama film directed by Ann Roe about a farmer.[1]",
            ["English"],
            id="lead-sentence-ends-the-box",
        ),
        pytest.param(
            "The Long Night of the Copper Road by Ann Roe and Bo Lee.",
            ["English", "The Long Night of the Copper Road by Ann Roe and Bo Lee."],
            id="a-title-with-a-stop-is-no-prose",
        ),
    ],
)
def test_a_lead_sentence_under_the_last_row_is_no_value_of_it(last: str, values: list[str]) -> None:
    lines = ["Directed by Ann Roe", "Country Norway", "Language English", last]
    rows, end = read_rows(list(enumerate(lines, 1)))
    assert rows[-1].values == values
    assert end == (3 if len(values) == 1 else 4)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Silent film No intertitles", ["Silent film", "No intertitles"]),
        ("Silent Swedish intertitles", ["Silent", "Swedish intertitles"]),
        ("Russian Ukrainian", ["Russian", "Ukrainian"]),
        ("Silent Elvish intertitles", None),
    ],
)
def test_a_silent_film_s_language_cell_splits(cell: str, expected: list[str] | None) -> None:
    assert split_known(cell, LANGUAGES) == expected


def test_a_box_in_labels_the_vocabulary_does_not_know_says_so() -> None:
    # Rows of a wiki whose labels the vocabulary lacks, glued to their values: no box can be
    # read, but the lines have a box's shape and are not silently lost.
    article = extract_text(
        "Vrelo is a film from 1971 by Ilo Vrank.\n\nVrelo\nZorgaIlo Vrank\n"
        "PlimkoIlo Vrank, Bo Teo\nTravisCy Dunn, Ed Fay\nQuendo1971\nFrastamHolm Filmi\n"
        "\nVrelo is a film.\n"
    )
    notes = [d for d in article.diagnostics if d.code == "infobox-candidate-dropped"]
    assert article.infobox is None
    assert [d.lines for d in notes] == [(4, 8)]


def test_a_details_heading_under_a_glued_box_is_no_value() -> None:
    box = box_of(
        "Vrelo\n\nVrelo\nDirected byIlo Vrank\nWritten byBo Teo\nCountryFrance\n"
        "LanguageFrench\nJapanese\n\nDetails\n\nAwards\n\n  • Best drama, Lune Festival 1972\n\n"
        "References\n"
    )
    assert box.languages == ["French", "Japanese"]
