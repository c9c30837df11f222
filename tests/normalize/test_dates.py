"""parse_date(), parse_release() and find_date(): ISO 8601 at the precision printed."""

from __future__ import annotations

import datetime
import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaving_vegas_extract.normalize.dates import find_date, parse_date, parse_release

BUDGET_SECONDS = 1.0
EN_DASH = "\u2013"  # as the dumps print ranges
ISO = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
PATHOLOGICAL = {
    "digits": "1" * 10**6,
    "spaces": " " * 10**6,
    "open-brackets": "[" * 10**6,
    "open-parens": "(" * 10**6,
    "letters": "a" * 10**6,
    "digits-and-spaces": "1 " * (10**6 // 2),
    "digits-and-hyphens": "1-" * (10**6 // 2),
    "almost-iso": "1995-1" * (10**6 // 6),
    "month-day-no-year": "Jan 1 " * (10**6 // 6),
    "unclosed-paren-dates": "(1995-10-2" * (10**6 // 10),
    "punctuation": ".,;:" * (10**6 // 4),
}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("1995-11-10", "1995-11-10", id="iso"),
        pytest.param("November 10, 1995", "1995-11-10", id="mdy-comma"),
        pytest.param("Nov. 10, 1995", "1995-11-10", id="mdy-abbr-dot"),
        pytest.param("Nov 10, 1995", "1995-11-10", id="mdy-abbr"),
        pytest.param("10 November 1995", "1995-11-10", id="dmy"),
        pytest.param("10 Nov 1995", "1995-11-10", id="dmy-abbr"),
        pytest.param("10 Nov. 1995", "1995-11-10", id="dmy-abbr-dot"),
        pytest.param("October 27 1995", "1995-10-27", id="mdy-no-comma"),
        pytest.param("November 10th, 1995", "1995-11-10", id="mdy-ordinal"),
        pytest.param("10th of November 1995", "1995-11-10", id="dmy-of"),
        pytest.param("10 November, 1995", "1995-11-10", id="dmy-comma"),
        pytest.param("November 10,1995", "1995-11-10", id="comma-no-space"),
        pytest.param("Sept. 3, 2010", "2010-09-03", id="sept"),
        pytest.param("NOVEMBER 10, 1995", "1995-11-10", id="upper-case"),
        pytest.param("November 1995", "1995-11", id="month-year"),
        pytest.param("Nov 1995", "1995-11", id="month-abbr-year"),
        pytest.param("1995-11", "1995-11", id="iso-month"),
        pytest.param("1995", "1995", id="year"),
        pytest.param("  (1995-11-10).", "1995-11-10", id="punctuation-around"),
        pytest.param("• 10 Nov 1995;", "1995-11-10", id="bullet-and-semicolon"),
        pytest.param("1996-02-29", "1996-02-29", id="leap-day"),
        pytest.param("1995-1-5", "1995-01-05", id="iso-short-parts"),
        pytest.param("February 30, 1995", None, id="feb-30"),
        pytest.param("1995-02-29", None, id="not-leap"),
        pytest.param("1995-13", None, id="month-13"),
        pytest.param("1995-13-01", None, id="iso-month-13"),
        pytest.param("32 May 1995", None, id="day-32"),
        pytest.param("Novembar 1995", None, id="not-a-month"),
        # Month names of the German, French, Spanish, Portuguese and Italian Wikipedias' boxes.
        pytest.param("Novembre 1995", "1995-11", id="month-year-fr-it"),
        pytest.param("10. Dezember 1994", "1994-12-10", id="dmy-de-day-dot"),
        pytest.param("3. März 1994", "1994-03-03", id="dmy-de-umlaut"),
        pytest.param("1er août 1994", "1994-08-01", id="dmy-fr-first"),
        pytest.param("14 février 1994", "1994-02-14", id="dmy-fr-accent"),
        pytest.param("10 de diciembre de 1994", "1994-12-10", id="dmy-es-de"),
        pytest.param("septiembre de 1994", "1994-09", id="month-year-es-de"),
        pytest.param("1º de março de 2000", "2000-03-01", id="dmy-pt-ordinal"),
        pytest.param("18 aprile 1962", "1962-04-18", id="dmy-it"),
        pytest.param("14 mars 1994", "1994-03-14", id="dmy-fr-mars"),
        pytest.param("Mars 1994", None, id="mars-without-day-is-no-month"),
        pytest.param("Mayo 2019", None, id="mayo-without-day-is-no-month"),
        pytest.param("11/10/1995", None, id="ambiguous-slashes"),
        pytest.param("0000", None, id="year-zero"),
        pytest.param("10 Nov 1995 (Cannes)", None, id="not-alone"),
        pytest.param("", None, id="empty"),
        pytest.param("soon", None, id="garbage"),
        pytest.param("95", None, id="two-digit-year"),
        pytest.param("19955", None, id="five-digits"),
    ],
)
def test_parse_date(raw: str, expected: str | None) -> None:
    assert parse_date(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("October 27, 1995 (1995-10-27)", ("1995-10-27", None), id="iso-duplicate"),
        pytest.param("27 October 1995 (Cannes)", ("1995-10-27", "Cannes"), id="place"),
        pytest.param("May 1994 (1994-05)", ("1994-05", None), id="month-duplicate"),
        pytest.param(
            "September 3, 2010 (2010-09-03) (Venice Film Festival)",
            ("2010-09-03", "Venice Film Festival"),
            id="duplicate-then-place",
        ),
        pytest.param(
            "12 May 2016 (2016-05-12) (France)", ("2016-05-12", "France"), id="dmy-country"
        ),
        pytest.param("October 27, 1995 (Limited)", ("1995-10-27", None), id="limited"),
        pytest.param("1995 (limited)", ("1995", None), id="limited-lower"),
        pytest.param("1995 (wide)", ("1995", None), id="wide"),
        pytest.param("1995 (premiere)", ("1995", None), id="premiere"),
        pytest.param("1995 (world premiere)", ("1995", None), id="world-premiere"),
        pytest.param("1995 (re-release)", ("1995", None), id="re-release"),
        pytest.param("1995 (theatrical)", ("1995", None), id="theatrical"),
        pytest.param("1995 (limited release)", ("1995", None), id="limited-release"),
        pytest.param(
            "1995 (Cannes premiere)", ("1995", "Cannes premiere"), id="place-with-note-kept"
        ),
        pytest.param(
            "May 1994 (1994-05) (Limited) (Cannes)", ("1994-05", "Cannes"), id="note-then-place"
        ),
        pytest.param("1995", ("1995", None), id="year"),
        pytest.param("2010-09-03", ("2010-09-03", None), id="iso-glued"),
        pytest.param("• 2010-09-03 (Berlin)", ("2010-09-03", "Berlin"), id="bullet-iso"),
        pytest.param(
            "  • January 1994 (1994-01) (Sundance)", ("1994-01", "Sundance"), id="bullet-indented"
        ),
        pytest.param("(1995-10-27)", ("1995-10-27", None), id="only-duplicate"),
        pytest.param("(Los Angeles)", (None, "Los Angeles"), id="place-alone"),
        pytest.param(
            "1991-07-01 (Los Angeles)", ("1991-07-01", "Los Angeles"), id="re-parsed-place"
        ),
        pytest.param("released 27 October 1995", ("1995-10-27", None), id="date-in-words"),
        pytest.param("( )", (None, None), id="empty-parens"),
        pytest.param("", (None, None), id="empty"),
        pytest.param("•", (None, None), id="bullet-only"),
        pytest.param("to be announced", (None, None), id="garbage"),
        pytest.param("x (limited)", (None, None), id="note-without-date"),
    ],
)
def test_parse_release(raw: str, expected: tuple[str | None, str | None]) -> None:
    assert parse_release(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("released November 7, 1995.", "1995-11-07", id="prose-mdy"),
        pytest.param("on October 27 1995, it opened", "1995-10-27", id="prose-no-comma"),
        pytest.param("Retrieved 2007-01-16.", "2007-01-16", id="retrieved"),
        pytest.param(
            "Archived from the original on 13 October 2007", "2007-10-13", id="archived-dmy"
        ),
        pytest.param(
            "Archived from the original on 2007-10-13. Retrieved 2006-12-09.",
            "2007-10-13",
            id="first-of-two",
        ),
        pytest.param("Roger Ebert (1995-11-10).", "1995-11-10", id="issued"),
        pytest.param("in 1995 and on 3 May 1996", "1996-05-03", id="full-date-beats-year"),
        pytest.param("May 2 1995 or 1 June 1995", "1995-05-02", id="earliest-full-date"),
        pytest.param("died in 1994, in April 1994", "1994-04", id="month-beats-year"),
        pytest.param("a 1990 novel", "1990", id="year"),
        pytest.param("February 30, 1995 then 1996", "1995", id="invalid-date-skipped"),
        pytest.param(f"27{EN_DASH}29 October 1995", "1995-10-27", id="day-span"),
        pytest.param("grossing $32,029,928.", None, id="money-not-year"),
        pytest.param("$1500", None, id="amount-not-year"),
        pytest.param("1,995 people", None, id="count-not-year"),
        pytest.param("in the 1990s", None, id="decade"),
        pytest.param("version 1995.5", None, id="decimal"),
        pytest.param("", None, id="empty"),
        pytest.param("no date here", None, id="garbage"),
        pytest.param("the Mars 2020 rover", "2020", id="mars-is-no-month-without-day"),
    ],
)
def test_find_date(raw: str, expected: str | None) -> None:
    assert find_date(raw) == expected


@pytest.mark.parametrize("raw", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
@pytest.mark.parametrize(
    "function", [parse_date, parse_release, find_date], ids=lambda f: f.__name__
)
def test_pathological_input_is_fast(function: object, raw: str) -> None:
    assert callable(function)
    started = time.process_time()
    function(raw)
    assert time.process_time() - started < BUDGET_SECONDS


@given(st.text(alphabet=st.sampled_from("0123456789-, .()JanMyOctober•")))
def test_results_are_iso(raw: str) -> None:
    for result in (parse_date(raw), find_date(raw), parse_release(raw)[0]):
        assert result is None or ISO.fullmatch(result)
        assert result is None or parse_date(result) == result


@given(st.dates())
def test_iso_round_trip(day: datetime.date) -> None:
    text = day.isoformat()
    assert parse_date(text) == text
    assert find_date(f"Retrieved {text}.") == text
