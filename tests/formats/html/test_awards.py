"""The HTML accolades reader on the markup of rendered pages: the rules it shares with the
wikitext and flattened-text readers (heading rule, dash rule, recipients splitter)."""

from __future__ import annotations

import pytest

from leaving_vegas_extract.api import extract_bytes, extract_file
from leaving_vegas_extract.model.article import Article

from ...conftest import ROOT, without_lines

PAGE = ROOT / "tests" / "fixtures" / "html" / "the-glass-ferry.html"
WIKI = ROOT / "tests" / "fixtures" / "wikitext" / "the-glass-ferry.wiki"

_YES = '<td style="background: #9EFF9E;" class="yes table-yes2 notheme">Won</td>'
_NO = '<td style="background: #FFE3E3;" class="no table-no2 notheme">Nominated</td>'


def _page(html: str) -> Article:
    head = "<!DOCTYPE html>\n<html>\n<head><title>T</title></head>\n<body>\n"
    return extract_bytes(f"{head}{html}\n</body>\n</html>\n".encode(), source="page.html")


def _heading(title: str) -> str:
    return (
        f'<div class="mw-heading mw-heading3"><h3 id="x">{title}</h3><span class="mw-editsection">'
        '<span class="mw-editsection-bracket">[</span><a href="#">edit</a>'
        '<span class="mw-editsection-bracket">]</span></span></div>'
    )


def _no_award_column(caption: str = "") -> str:
    shown = f"<caption>{caption}\n</caption>" if caption else ""
    return (
        f'<table class="wikitable plainrowheaders">{shown}\n<tbody><tr><th scope="col">Category'
        '</th><th scope="col">Nominee(s)</th><th scope="col">Result</th></tr>\n'
        f'<tr><th scope="row">Best Actor</th><td>Theo Quist</td>{_NO}</tr>\n</tbody></table>'
    )


@pytest.mark.parametrize(
    ("above", "caption", "award"),
    [
        pytest.param(_heading("Marlow Film Awards"), "", "Marlow Film Awards", id="heading"),
        pytest.param(
            "<h2>Accolades</h2>", "Dunmore Critics Circle", "Dunmore Critics Circle", id="caption"
        ),
        pytest.param(
            _heading("Gotham Awards"),
            "List of awards",
            "Gotham Awards",
            id="caption-names-none-heading-does",
        ),
        pytest.param(_heading("Major awards"), "", "", id="group-heading"),
        pytest.param(_heading("Critics' awards"), "", "", id="critics-group-heading"),
        pytest.param(_heading("Accolades"), "", "", id="accolades-heading"),
        pytest.param(
            "<h2>Awards</h2>", "It was shown at the Marlow Film Awards.", "", id="sentence-caption"
        ),
        pytest.param("", "", "", id="no-heading"),
    ],
)
def test_a_table_without_an_award_column_takes_the_award_its_caption_or_heading_names(
    above: str, caption: str, award: str
) -> None:
    article = _page(f"{above}\n<p>Prose.</p>\n{_no_award_column(caption)}")
    assert [(a.award, a.category, a.recipients, a.result) for a in article.awards] == [
        (award, "Best Actor", ["Theo Quist"], "nominated")
    ]


def test_a_table_with_an_award_column_keeps_its_own_awards_under_a_naming_heading() -> None:
    article = _page(
        f'{_heading("Marlow Film Awards")}\n<table class="wikitable"><tr><th>Award</th>'
        "<th>Category</th><th>Result</th></tr>\n"
        f"<tr><td>Harbour Prize</td><td>Best Film</td>{_YES}</tr>\n"
        f"<tr><td></td><td>Best Score</td>{_NO}</tr>\n</table>"
    )
    assert [a.award for a in article.awards] == ["Harbour Prize", ""]  # never the heading's


@pytest.mark.parametrize("cell", ["—", "–", "-", "N/A", "n/a", " — "])
def test_a_recipients_cell_holding_only_a_dash_names_nobody(cell: str) -> None:
    article = _page(
        '<table class="wikitable"><tr><th>Award</th><th>Category</th><th>Recipient(s)</th>'
        f"<th>Result</th></tr>\n<tr><td>Harbour Prize</td><td>Best Film</td><td>{cell}</td>"
        f"{_YES}</tr>\n</table>"
    )
    assert [a.recipients for a in article.awards] == [[]]


@pytest.mark.parametrize(
    ("cell", "names"),
    [
        pytest.param("Ike Jarlego, Jr.", ["Ike Jarlego, Jr."], id="suffix"),
        pytest.param(
            "Ann Lee, Bo Day and Ike Jarlego, Jr.",
            ["Ann Lee", "Bo Day", "Ike Jarlego, Jr."],
            id="suffix-in-a-list",
        ),
        pytest.param(
            '<a href="/wiki/A">Ann Lee</a> as Mara, <a href="/wiki/B">Bo Day</a> as Tom',
            ["Ann Lee as Mara", "Bo Day as Tom"],
            id="as-role",
        ),
        pytest.param(
            'Jo Kim for "Rain, Rain and Snow"', ['Jo Kim for "Rain, Rain and Snow"'], id="for-song"
        ),
        pytest.param(
            'Jo Kim<br /><small>for "Rain, Rain"</small>',
            ['Jo Kim for "Rain, Rain"'],
            id="for-song-on-its-own-line",
        ),
        pytest.param(
            "Ed Poe (posthumous, shared)", ["Ed Poe (posthumous, shared)"], id="qualifier"
        ),
        pytest.param(
            "Cy Fox<br />Di Ray &amp; Al Bo",
            ["Cy Fox", "Di Ray", "Al Bo"],
            id="lines-and-ampersand",
        ),
        pytest.param(
            '<div class="plainlist"><ul><li>Cy Fox</li><li>Di Ray, Sr.</li></ul></div>',
            ["Cy Fox", "Di Ray, Sr."],
            id="plainlist",
        ),
    ],
)
def test_recipients_are_split_between_names_never_inside_one(cell: str, names: list[str]) -> None:
    article = _page(
        '<table class="wikitable"><tr><th>Award</th><th>Category</th><th>Nominee(s)</th>'
        f"<th>Result</th></tr>\n<tr><td>Harbour Prize</td><td>Best Song</td><td>{cell}</td>"
        f"{_NO}</tr>\n</table>"
    )
    assert [a.recipients for a in article.awards] == [names]


def test_an_award_cell_naming_its_category_beside_a_merged_category_and_recipients_cell() -> None:
    article = _page(
        '<table class="wikitable plainrowheaders"><tr><th>Award</th><th>Category</th>'
        "<th>Recipient(s)</th><th>Result</th></tr>\n"
        '<tr><th scope="row"><a href="/wiki/S">Saturn Award for Best Fantasy Film</a></th>'
        f'<td colspan="2"><i>Glass</i></td>{_NO}</tr>\n'
        '<tr><th scope="row">Coast Critics Circle</th><td colspan="2">Best Director</td>'
        f"{_YES}</tr>\n</table>"
    )
    assert [(a.award, a.category, a.recipients) for a in article.awards] == [
        ("Saturn Award", "Best Fantasy Film", ["Glass"]),
        ("Coast Critics Circle", "Best Director", []),  # the merged cell stays the category
    ]


def test_a_cast_table_with_award_columns_is_no_accolades_table() -> None:
    article = _page(
        '<table class="wikitable"><tr><th>Actor</th><th>Character</th><th>Award</th>'
        f"<th>Category</th><th>Result</th></tr>\n<tr><td>Ann Lee</td><td>Mara</td>"
        f"<td>Harbour Prize</td><td>Best Actress</td>{_YES}</tr>\n</table>"
    )
    assert article.awards == []


def test_the_rendered_page_and_its_wikitext_give_the_same_awards() -> None:
    page = extract_file(PAGE).model_dump(mode="json")
    wiki = extract_file(WIKI).model_dump(mode="json")
    assert (page["source"]["format"], wiki["source"]["format"]) == ("html", "wikitext")
    assert [(a["award"], a["recipients"]) for a in page["awards"]] == [
        ("Lakeshore Academy Awards", ["Rafael Dumas, Jr."]),
        ("Lakeshore Academy Awards", ["Maren Holt as Edda"]),
        ("Lakeshore Academy Awards", ["Rafael Dumas, Jr.",
                                      'Tove Lindqvist for "Crossing, Slowly"']),
        ("Saturn Award", ["The Glass Ferry"]),
        ("Harbour Town Film Festival", []),  # a dash
        ("Northern Screen Critics Circle", ["Anselm Kroll (posthumous)"]),
        ("Vell Critics Association", ["Odile Varga", "Piet Aalders"]),  # its heading
        ("Vell Critics Association", []),  # N/A
        ("Ostrava Film Awards", ["Odile Varga"]),  # its caption
        ("", ["Ilse Brandt"]),  # under "Other awards": a group heading names none
    ]  # fmt: skip
    # A Ref. cell spanned over rows cites each of them (three rows, then two).
    assert [a["citations"] for a in page["awards"]] == [
        [2], [2], [2], [3], [4], [5], [6], [6], [], [],
    ]  # fmt: skip
    assert without_lines(page["awards"]) == without_lines(wiki["awards"])


def test_a_row_no_award_names_is_flagged_in_both_twins_as_flattened_text_flags_it() -> None:
    # The last row stands under "Other awards", which names none: a warning, not a silent "".
    for path in (PAGE, WIKI):
        article = extract_file(path)
        flagged = [d for d in article.diagnostics if d.code == "award-no-name"]
        assert [d.severity for d in flagged] == ["warning"], path.name
        assert flagged[0].lines == article.awards[-1].lines


def test_a_header_written_as_an_ordinary_first_row_is_read_as_in_wikitext() -> None:
    # A wikitable whose header is written as bold ordinary cells ('''Award''' || …) renders
    # as <td> cells: the wikitext reader takes it as the header, and so must this one.
    wiki = (
        '{| class="wikitable"\n|-\n'
        "| '''Award''' || '''Category''' || '''Nominee(s)''' || '''Result'''\n|-\n"
        "| Tallis Film Awards || Best Actor || Ned Corrow || {{Won}}\n|-\n"
        "| Kestrel Awards || Best Film || Pia Ostrow || {{Nom}}\n|}\n"
    )
    html = (
        '<table class="wikitable">\n<tbody><tr>\n<td><b>Award</b></td>\n<td><b>Category</b></td>\n'
        "<td><b>Nominee(s)</b></td>\n<td><b>Result</b></td></tr>\n"
        f"<tr>\n<td>Tallis Film Awards</td>\n<td>Best Actor</td>\n<td>Ned Corrow</td>{_YES}</tr>\n"
        f"<tr>\n<td>Kestrel Awards</td>\n<td>Best Film</td>\n<td>Pia Ostrow</td>\n{_NO}</tr>\n"
        "</tbody></table>"
    )
    page = _page("<h2>Accolades</h2>\n" + html)
    article = extract_bytes(f"== Accolades ==\n{wiki}".encode(), source="page.wiki")
    expected = [
        ("Tallis Film Awards", "Best Actor", ["Ned Corrow"], "won"),
        ("Kestrel Awards", "Best Film", ["Pia Ostrow"], "nominated"),
    ]
    for found in (page, article):
        assert [(a.award, a.category, a.recipients, a.result) for a in found.awards] == expected


def test_a_cell_over_two_columns_goes_to_the_same_column_as_in_wikitext() -> None:
    # One cell over Nominee(s) and Result shows one value: every format gives it to the column
    # a reader takes it for, by the same priority (the result before the recipients).
    wiki = (
        '{| class="wikitable"\n! Award !! Category !! Nominee(s) !! Result\n|-\n'
        "| Tallis Film Awards || Best Actor || Ned Corrow || {{Won}}\n|-\n"
        '| Kestrel Awards || Best Film || colspan="2" | Withdrawn\n|}\n'
    )
    html = (
        '<table class="wikitable">\n<tbody><tr><th>Award</th><th>Category</th>'
        "<th>Nominee(s)</th><th>Result</th></tr>\n"
        f"<tr><td>Tallis Film Awards</td><td>Best Actor</td><td>Ned Corrow</td>{_YES}</tr>\n"
        '<tr><td>Kestrel Awards</td><td>Best Film</td><td colspan="2">Withdrawn</td></tr>\n'
        "</tbody></table>"
    )
    page = _page("<h2>Accolades</h2>\n" + html)
    article = extract_bytes(f"== Accolades ==\n{wiki}".encode(), source="page.wiki")
    expected = [
        ("Tallis Film Awards", "Best Actor", ["Ned Corrow"], "won"),
        ("Kestrel Awards", "Best Film", [], "withdrawn"),
    ]
    for found in (article, page):
        assert [(a.award, a.category, a.recipients, a.result) for a in found.awards] == expected
