"""Accolades tables and lists in wikitext snippets written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from leaving_vegas_extract.formats.wikitext import awards as awards_module
from leaving_vegas_extract.formats.wikitext.page import WikiPage
from leaving_vegas_extract.formats.wikitext.scan import line_matches
from tests.formats.wikitext.helpers import awards_of, rows

ROWSPAN = """
== Accolades ==
{| class="wikitable plainrowheaders"
|-
! Award !! Date of ceremony !! Category !! Recipient(s) !! Result !! {{abbr|Ref.|Reference}}
|-
! scope="row" rowspan="3" | [[Tallis Film Awards]]
| rowspan="3" | {{dts|2031|2|9}}
| [[Tallis Award for Best Actor|Best Actor]] || [[Ned Corrow]] || {{Won}}
| rowspan="2" |<ref name="t">Tallis</ref>
|-
| Best Sound || Ike Varnel, Jr.<br />Ama Deyo and Bo Lister || {{Nom}}
|-
| Best Song || Ira Pell for "Salt, Lime and Ash" || {{Nominated}}
|-
! scope="row" rowspan="2" | Kestrel Critics Circle
| 2030 || Best Film || || {{Won|2nd place}} ||
|-
| 2031 || Best Score || Oda Marr (posthumous) || {{Pending}} ||
|}
"""


def test_rowspan_across_groups_and_result_templates() -> None:
    found = awards_of(ROWSPAN)
    assert rows(found) == [
        ("Tallis Film Awards", "Best Actor", ["Ned Corrow"], "won", "2031-02-09"),
        ("Tallis Film Awards", "Best Sound", ["Ike Varnel, Jr.", "Ama Deyo", "Bo Lister"],
         "nominated", "2031-02-09"),
        ("Tallis Film Awards", "Best Song", ['Ira Pell for "Salt, Lime and Ash"'], "nominated",
         "2031-02-09"),
        ("Kestrel Critics Circle", "Best Film", [], "2nd place", "2030"),
        ("Kestrel Critics Circle", "Best Score", ["Oda Marr (posthumous)"], "pending", "2031"),
    ]  # fmt: skip
    assert [a.lines for a in found.awards] == [(6, 9), (11, 11), (13, 13), (15, 16), (18, 18)]
    assert len(found.notes[0]) == 1
    assert found.notes[1] == found.notes[0]  # the Ref. cell spans two rows: it cites both
    assert found.notes[2] == ()
    assert found.spans
    assert not found.diagnostics


HEADER_AS_ROW = """
{| class="wikitable"
|-
| '''Category''' || '''Nominee''' || '''Award''' || '''Result'''
|-
| Best Director || Lu Amsel || Orvieto Festival || {{Nom}}
|-
| Best Film || colspan="2" | Harbour Prize || Won
|}
"""


def test_header_written_as_first_row_in_another_order() -> None:
    assert rows(awards_of(HEADER_AS_ROW)) == [
        ("Orvieto Festival", "Best Director", ["Lu Amsel"], "nominated", None),
        ("Harbour Prize", "Best Film", [], "won", None),
    ]


SWAPPED = """
{| class="wikitable"
! Ceremony !! Award !! Nominee(s) !! Result
|-
| Marble Film Awards || Best Editing || Pia Ostrow || {{Won}}
|-
| Lantern Guild Awards || Best Editing in a Drama || Pia Ostrow and Sam Teague || {{Nom}}
|}
"""


def test_labels_that_do_not_fit_the_cells() -> None:
    assert rows(awards_of(SWAPPED)) == [
        ("Marble Film Awards", "Best Editing", ["Pia Ostrow"], "won", None),
        ("Lantern Guild Awards", "Best Editing in a Drama", ["Pia Ostrow", "Sam Teague"],
         "nominated", None),
    ]  # fmt: skip


CAST = """
{| class="wikitable"
! Actor !! Character !! Award !! Result
|-
| Ned Corrow || Sheriff || Best Actor || {{Won}}
|}
"""


def test_cast_table_is_never_accolades() -> None:
    found = awards_of(CAST)
    assert found.awards == []
    assert found.spans == []


BULLETS = """
== Awards ==
* Tallis Film Awards
** Best Actor – [[Ned Corrow]] (won)
** Best Score – Oda Marr and Lu Amsel (nominated)
* Harbour Prize for Best Film: Pia Ostrow – Won<ref>x</ref>

== Reception ==
* Best Actor – Ned Corrow (won)
"""


def test_bullet_accolades_that_read_as_rows() -> None:
    found = awards_of(BULLETS)
    assert rows(found) == [
        ("Tallis Film Awards", "Best Actor", ["Ned Corrow"], "won", None),
        ("Tallis Film Awards", "Best Score", ["Oda Marr", "Lu Amsel"], "nominated", None),
        ("Harbour Prize", "Best Film", ["Pia Ostrow"], "won", None),
    ]
    assert [a.lines for a in found.awards] == [(3, 3), (4, 4), (5, 5)]
    assert len(found.notes[2]) == 1


PROSE_BULLETS = """
== Accolades ==
* The film won the Tallis Award for Best Actor (won)
* Ned Corrow – Best Actor – Tallis Film Awards (won)
* Nominated for three Kestrel awards
"""


def test_bullet_list_that_does_not_read_as_rows_stays_prose() -> None:
    found = awards_of(PROSE_BULLETS)
    assert found.awards == []
    assert found.spans == []


def test_list_of_accolades_link_is_an_info_diagnostic() -> None:
    found = awards_of("== Accolades ==\n{{Main|List of accolades received by Dry Town}}\n")
    assert found.awards == []
    assert [(d.severity, d.code, d.lines) for d in found.diagnostics] == [
        ("info", "awards-separate-list", (2, 2))
    ]
    assert "List of accolades received by Dry Town" in found.diagnostics[0].message


def test_table_without_awards_header_is_left_alone() -> None:
    found = awards_of("{|\n! Year !! Title !! Role\n|-\n| 2030 || Dry Town || Ed\n|}\n")
    assert found.awards == []
    assert found.spans == []


COMPACT = """
== Awards and nominations ==
{| class="wikitable sortable plainrowheaders" style="font-size: 95%;"
|+ List of awards and nominations
!scope="col"|Award!!scope="col"|Year<ref>y</ref>!!scope="col"|Category!!scope="col"|Nominee(s)!!Result
|-
!scope="row" rowspan=2|[[Tallis Film Awards]]
| rowspan=2 |[[2031 in film|2031]]
|[[Tallis Award for Best Actor|Best Actor]]
|[[Ned Corrow]] <small>(posthumous)</small>
| {{won}}
|-
|Best Original Song || [[Ama Deyo]] and [[Bo Lister]] || {{nom}}
|-
!scope="row"|Kestrel Film Critics Association
|2031||Best Actor – Drama||Ned Corrow<br/>{{small|(shared)}}||{{Nominated}}
|}
"""


def test_compact_markup_caption_unquoted_spans_and_qualifiers() -> None:
    assert rows(awards_of(COMPACT)) == [
        ("Tallis Film Awards", "Best Actor", ["Ned Corrow (posthumous)"], "won", "2031"),
        ("Tallis Film Awards", "Best Original Song", ["Ama Deyo", "Bo Lister"], "nominated",
         "2031"),
        ("Kestrel Film Critics Association", "Best Actor – Drama", ["Ned Corrow (shared)"],
         "nominated", "2031"),
    ]  # fmt: skip


AWARDS_TABLE = """
== Accolades ==
{{Awards table
|5
|no_nominee=y
}}
|-
! scope="row" rowspan="2" | 2040
| [[Pell Prize]] || Best Film || {{won}}
|-
| Ostrava Critics Circle || Best Debut || {{nom}}<ref>Ostrava</ref>
{{End}}
Some prose after the table.

{{Awards table|sortable=yes}}
|-
! scope="row" | 2041
| ''Copper Rain''
| Lumen Award for Best Score
| {{Pending}}
|}
"""


def test_a_header_printed_by_the_awards_table_template() -> None:
    # Format 5 without its Nominee(s) column, closed by {{End}}; then the default format
    # (Year / Nominee / work / Award / Result), closed by "|}".
    found = awards_of(AWARDS_TABLE)
    assert rows(found) == [
        ("Pell Prize", "Best Film", [], "won", "2040"),
        ("Ostrava Critics Circle", "Best Debut", [], "nominated", "2040"),
        ("Lumen Award", "Best Score", ["Copper Rain"], "pending", "2041"),
    ]
    assert [a.lines for a in found.awards] == [(7, 8), (10, 10), (16, 19)]
    assert [len(n) for n in found.notes] == [0, 1, 0]
    text = AWARDS_TABLE.lstrip("\n")
    assert [text[a:b].split("\n")[-1] for a, b in found.spans] == ["{{End}}", "|}"]


ROW_TEMPLATES = """
{{FilmAward|ceremonycount=2|ceremony=Pell Awards 2040|category=Best Film|nominee=Ana Vell
|result={{won}}}}
{{FilmAward|category=Best Score|nominee=Cy Orr|result=}}

A sentence between two blocks.
{{FilmAward|award=Ostrava Prize for Best Debut|nominee=Dee Ray, Eli Sand|result={{nom}}}}
{{FilmAward|nominee=Fay Tull|result={{won}}}}
"""


def test_rows_written_as_templates_carry_a_group_only_as_far_as_its_count() -> None:
    found = awards_of(ROW_TEMPLATES)
    assert rows(found) == [
        ("Pell Awards 2040", "Best Film", ["Ana Vell"], "won", "2040"),
        ("Pell Awards 2040", "Best Score", ["Cy Orr"], None, "2040"),
        ("Ostrava Prize", "Best Debut", ["Dee Ray", "Eli Sand"], "nominated", None),
        ("", None, ["Fay Tull"], "won", None),
    ]
    assert [a.lines for a in found.awards] == [(1, 2), (3, 3), (6, 6), (7, 7)]
    # The row no group covers names no award: flagged, as the other formats flag it.
    assert [(d.code, d.lines) for d in found.diagnostics] == [
        ("award-no-result", (3, 3)),
        ("award-no-name", (7, 7)),
    ]
    line_of = WikiPage.of(tuple(ROW_TEMPLATES.lstrip("\n").split("\n"))).line_of
    assert [(line_of(a), line_of(b - 1)) for a, b in found.spans] == [(1, 3), (6, 7)]


SYMBOLS_IN_CELLS = """
{| class="wikitable"
! Award !! Category !! Recipient(s) !! Result
|-
| Marrow Awards{{snd}}Juries || Best Score{{ndash}}Drama || Ona Petrell || {{Won}}
|}
"""


def test_symbol_templates_in_cells_print_what_the_page_prints() -> None:
    assert rows(awards_of(SYMBOLS_IN_CELLS)) == [
        ("Marrow Awards – Juries", "Best Score–Drama", ["Ona Petrell"], "won", None),
    ]


TITLED = """
== Accolades ==
=== Major awards ===
{| class="wikitable"
! Category !! Nominee(s) !! Result
|-
| Best Actor || Tam Ibsen || {{nom}}
|}
=== Corran Film Awards ===
{| class="wikitable"
! Category !! Nominee(s) !! Result
|-
| Best Actor || Tam Ibsen || {{won}}
|}
=== Other ===
{| class="wikitable"
|+ style="text-align:left;" | Halloway Critics Circle
! Category !! Nominee(s) !! Result
|-
| Best Score || [[Ro Vance]] || {{Runner-up}}
|}
"""


def test_a_table_without_an_award_column_takes_the_award_its_caption_or_heading_names() -> None:
    # A group heading ("Major awards") names no award: the award stays empty, never guessed.
    assert rows(awards_of(TITLED)) == [
        ("", "Best Actor", ["Tam Ibsen"], "nominated", None),
        ("Corran Film Awards", "Best Actor", ["Tam Ibsen"], "won", None),
        ("Halloway Critics Circle", "Best Score", ["Ro Vance"], "runner-up", None),
    ]


REAL_LAYOUT = """
{| class="wikitable sortable plainrowheaders" style="font-size: 95%;"
|+ List of awards and nominations
|-
! scope="col" | Award
! scope="col" | Date of ceremony
! scope="col" | Category
! scope="col" | Recipient(s)
! scope="col" | Result
! scope="col" class="unsortable" | {{Abbr|Ref.|Reference(s)}}
|-
! scope="row" rowspan="2" | [[Veld Awards]]
| rowspan="2" | [[9th Veld Awards|March 23, 2032]]
| [[Veld Award for Best Actress|Best Actress]]
| [[Sela Quarry]]
| {{won}}
| rowspan="2" style="text-align:center;" | <ref name="v">{{cite web |title=Veld |website=Ex}}</ref>
|-
| Best Song
| {{plainlist|
* Anouk Tesselaar
* Kit Moreau <small>(for "Ash Hymn")</small>
}}
| {{nom}}
|-
! scope="row" | Orrin Globes
| {{dts|2032|1|10}}
| Best Drama
| [[Sela Quarry]]
| style="background: #99FF99; vertical-align: middle;" class="yes table-yes2" | Won
|
|-
! scope="row" | Harbour Critics Circle
| data-sort-value="2031-12-14" | December 14, 2031
| Best Film || ''Cinder'' || {{Won|1st place}} ||
|-
! scope="row" | Lakeview Festival
| {{Sort|2031-09-05|September 5, 2031}}
| Audience Award || Mira Hale<br />Dov Ferreira || {{Draw}} ||
|-
! scope="row" | Northgate Awards
| {{TBA}} || Best Ensemble || {{ubl|Sela Quarry|[[Tam Ibsen]]}} || {{Pending}} ||
|}
"""


def test_the_markup_real_accolades_tables_write() -> None:
    # scope= headers, an Abbr'd Ref. column, a ceremony link showing its date, sort keys,
    # attributes before a cell's bar, a result cell written out with its style.
    assert rows(awards_of(REAL_LAYOUT)) == [
        ("Veld Awards", "Best Actress", ["Sela Quarry"], "won", "2032-03-23"),
        (
            "Veld Awards",
            "Best Song",
            ["Anouk Tesselaar", 'Kit Moreau (for "Ash Hymn")'],
            "nominated",
            "2032-03-23",
        ),
        ("Orrin Globes", "Best Drama", ["Sela Quarry"], "won", "2032-01-10"),
        ("Harbour Critics Circle", "Best Film", ["Cinder"], "1st place", "2031-12-14"),
        (
            "Lakeview Festival",
            "Audience Award",
            ["Mira Hale", "Dov Ferreira"],
            "draw",
            "2031-09-05",
        ),
        ("Northgate Awards", "Best Ensemble", ["Sela Quarry", "Tam Ibsen"], "pending", None),
    ]


MERGED = """
{| class="wikitable"
! Year !! Award !! Category !! Nominee(s) !! Result
|-
| 2032 || [[Saturn Award for Best Fantasy Film]] || colspan="2" | ''Cinder'' || {{nom}}
|-
| 2032 || Veldt Awards || Best Picture || — || {{won}}
|-
| 2032 || Veldt Awards || Best Song || [[Ann Tess]] and [[Kit Moreau]]<br /><small>for "Ash"</small>
| {{nom}}
|-
| 2032 || Orrin Awards || colspan="2" | Best Ensemble || {{nom}}
|}
"""


def test_a_merged_category_cell_a_dash_and_a_qualifier_line() -> None:
    # An award cell naming its category beside one cell over Category and Nominee(s): that cell
    # holds the nominee. Without a category in the award cell, the merged cell stays a category.
    assert rows(awards_of(MERGED)) == [
        ("Saturn Award", "Best Fantasy Film", ["Cinder"], "nominated", "2032"),
        ("Veldt Awards", "Best Picture", [], "won", "2032"),
        ("Veldt Awards", "Best Song", ["Ann Tess", 'Kit Moreau for "Ash"'], "nominated", "2032"),
        ("Orrin Awards", "Best Ensemble", [], "nominated", "2032"),
    ]


def test_date_table_sorting_is_dts() -> None:
    table = """
    {| class="wikitable"
    ! Date of ceremony !! Award !! Category !! Result
    |-
    | {{Date table sorting|2031|9|5}} || Orrin Awards || Best Film || {{won}}
    |}
    """
    assert rows(awards_of(table)) == [("Orrin Awards", "Best Film", [], "won", "2031-09-05")]


@pytest.mark.skipif(
    not awards_module.__file__.endswith(".py"), reason="compiled: calls are bound at build time"
)
def test_the_page_is_scanned_for_headings_once(monkeypatch: pytest.MonkeyPatch) -> None:
    # Tables (the heading that names their award) and bullet lists (accolades sections) share
    # one scan of the page's headings.
    calls: list[str] = []

    def counted(*args: Any) -> Any:
        calls.append("scan")
        return line_matches(*args)

    monkeypatch.setattr(awards_module, "line_matches", counted)
    found = awards_of(BULLETS)
    assert len(found.awards) == 3
    assert calls == ["scan"]


SPANNED_RESULT_TEMPLATE = """
{| class="wikitable"
! Award !! Category !! Nominee(s) !! Result
|-
| rowspan="2" | Tallis Film Awards || Best Actor || Ned Corrow
| rowspan="2" {{Nom}}
|-
| Best Lead || Pia Ostrow
|-
| Kestrel Awards || Best Film || colspan="2" {{N/A}}
|-
| Lune Awards || Best Song || Ada Vell || style="text-align:center" {{Won|1st place}}
|}
"""


def test_attributes_before_a_result_template_that_prints_its_own_bar() -> None:
    # {{Nom}} prints 'style=… | Nominated': attributes written before it need no bar of their
    # own ('| rowspan="2" {{Nom}}'), so the span holds and the attributes are no text.
    assert rows(awards_of(SPANNED_RESULT_TEMPLATE)) == [
        ("Tallis Film Awards", "Best Actor", ["Ned Corrow"], "nominated", None),
        ("Tallis Film Awards", "Best Lead", ["Pia Ostrow"], "nominated", None),
        ("Kestrel Awards", "Best Film", [], "n/a", None),
        ("Lune Awards", "Best Song", ["Ada Vell"], "1st place", None),
    ]
