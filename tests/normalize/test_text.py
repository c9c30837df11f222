"""clean() and strip_markers(): white space, NFC, note markers."""

from __future__ import annotations

import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from leaving_vegas_extract.normalize.text import clean, strip_markers

BUDGET_SECONDS = 1.0
PATHOLOGICAL = {
    "digits": "1" * 10**6,
    "spaces": " " * 10**6,
    "open-brackets": "[" * 10**6,
    "close-brackets": "]" * 10**6,
    "nbsp": "\u00a0" * 10**6,
    "tabs-and-spaces": "\t " * (10**6 // 2),
    "unclosed-letters": "[a" * (10**6 // 2),
    "letter-markers": "[a]" * (10**6 // 3),
    "long-group": "[" + "x" * 10**6 + "]",
    "bracket-space": "[ ]" * (10**6 // 3),
}


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        pytest.param("", "", id="empty"),
        pytest.param("plain text", "plain text", id="ascii-fast-path"),
        pytest.param("  padded  ", "padded", id="stripped"),
        pytest.param("a  b\t\tc\nd\r\ne", "a b c d e", id="ascii-runs-folded"),
        pytest.param("a\u00a0b", "a b", id="nbsp"),
        pytest.param("a\u2007b\u202fc", "a b c", id="figure-and-narrow-nbsp"),
        pytest.param("a\u2009b\u200ac\u2002d", "a b c d", id="thin-hair-en-spaces"),
        pytest.param("a\u3000b\u2028c\x85d", "a b c d", id="ideographic-line-sep-nel"),
        pytest.param("a\x0b\x0cb\x1fc", "a b c", id="ascii-control-white-space"),
        pytest.param("Ame\u0301lie", "Amélie", id="nfc-composed"),
        pytest.param("\u212b", "Å", id="nfc-angstrom"),
        pytest.param(
            "\u201cquoted\u201d \u2013 dash \u2014 \u2018x\u2019",
            "\u201cquoted\u201d \u2013 dash \u2014 \u2018x\u2019",
            id="typography-kept",
        ),
        pytest.param("Kieślowski", "Kieślowski", id="accents-kept"),
        pytest.param("a\u200bb", "a\u200bb", id="zero-width-space-is-not-white-space"),
        pytest.param(" \u00a0 \t ", "", id="only-white-space"),
    ],
)
def test_clean(raw: str, expected: str) -> None:
    assert clean(raw) == expected


def test_clean_fast_path_returns_same_object() -> None:
    text = "Leaving Las Vegas"
    assert clean(text) is text


@pytest.mark.parametrize(
    ("raw", "expected", "citations"),
    [
        pytest.param("", "", [], id="empty"),
        pytest.param("no markers", "no markers", [], id="no-brackets"),
        pytest.param("super 16mm[2] instead", "super 16mm instead", [2], id="glued-citation"),
        pytest.param("text.[3][4]", "text.", [3, 4], id="citation-run"),
        pytest.param("a[1] b[2] c[1]", "a b c", [1, 2], id="repeats-once-in-order"),
        pytest.param("one [12] two", "one two", [12], id="spaced-no-double-space"),
        pytest.param("one[1]two", "onetwo", [1], id="no-space-inserted"),
        pytest.param("$3.6 million[1]", "$3.6 million", [1], id="money-value"),
        pytest.param(
            "$8\u20138.5 million[2][a]", "$8\u20138.5 million", [2], id="letter-after-citation"
        ),
        pytest.param("text[a][2] more", "text more", [2], id="letter-before-citation"),
        pytest.param("crore[lower-alpha 2][4]", "crore", [4], id="lower-alpha"),
        pytest.param("x[upper-alpha 2].", "x.", [], id="upper-alpha"),
        pytest.param("x[note 1] y", "x y", [], id="note"),
        pytest.param("x[Note 3]", "x", [], id="note-capital"),
        pytest.param("x[nb 1]", "x", [], id="nb"),
        pytest.param("x[n 2]", "x", [], id="n"),
        pytest.param("x[lower-roman 4]", "x", [], id="lower-roman"),
        pytest.param("the end.[a]", "the end.", [], id="letter-at-end-after-punctuation"),
        pytest.param("Budget [b]", "Budget", [], id="letter-at-end-after-space"),
        pytest.param("the film.[a] Then", "the film. Then", [], id="letter-after-punctuation"),
        pytest.param("[a]", "", [], id="letter-alone"),
        pytest.param("x.[ii]", "x.", [], id="roman-letter"),
        pytest.param("x[a][b]", "x", [], id="letter-run"),
        pytest.param(
            "some of the greatest artists have been manic-depressive[s].",
            "some of the greatest artists have been manic-depressive[s].",
            [],
            id="letter-glued-to-word-is-text",
        ),
        pytest.param("[s]he said", "[s]he said", [], id="letter-glued-after-is-text"),
        pytest.param("word[s]", "word[s]", [], id="letter-glued-at-end-is-text"),
        pytest.param("option [a] or", "option [a] or", [], id="letter-between-spaces-is-text"),
        pytest.param(
            "I encouraged them [Cage and Shue] to",
            "I encouraged them [Cage and Shue] to",
            [],
            id="bracketed-words-stay",
        ),
        pytest.param(
            "Litch, Mary M. (2010) [1st ed. 2002].",
            "Litch, Mary M. (2010) [1st ed. 2002].",
            [],
            id="edition-stays",
        ),
        pytest.param("[pp. 209-226]", "[pp. 209-226]", [], id="pages-stay"),
        pytest.param("[not] there", "[not] there", [], id="short-word-stays"),
        pytest.param("claim.[citation needed]", "claim.", [], id="citation-needed-removed"),
        pytest.param("claim[clarification needed] x", "claim x", [], id="needed-tag-removed"),
        pytest.param("someone[who?] said", "someone said", [], id="who-tag-removed"),
        pytest.param("[Help Needed]", "[Help Needed]", [], id="capital-needed-stays"),
        pytest.param("[1995]", "[1995]", [], id="four-digits-stay"),
        pytest.param("[0]", "[0]", [], id="zero-stays"),
        pytest.param("[ 1 ]", "[ 1 ]", [], id="spaced-number-stays"),
        pytest.param("[edit]", "[edit]", [], id="edit-stays"),
        pytest.param("a\u00a0[1]\u00a0b", "a b", [1], id="cleaned-after"),
        pytest.param("text [1]", "text", [1], id="trailing-space-stripped"),
        pytest.param("[[1]]", "[]", [1], id="nested"),
        pytest.param("x[999] y[1000]", "x y[1000]", [999], id="three-digit-limit"),
    ],
)
def test_strip_markers(raw: str, expected: str, citations: list[int]) -> None:
    assert strip_markers(raw) == (expected, citations)


@pytest.mark.parametrize("raw", list(PATHOLOGICAL.values()), ids=list(PATHOLOGICAL))
@pytest.mark.parametrize("function", [clean, strip_markers], ids=lambda f: f.__name__)
def test_pathological_input_is_fast(function: object, raw: str) -> None:
    assert callable(function)
    started = time.process_time()
    function(raw)
    assert time.process_time() - started < BUDGET_SECONDS


def test_many_citations_are_fast() -> None:
    started = time.process_time()
    text, citations = strip_markers("x[7]" * (10**6 // 4))
    assert time.process_time() - started < BUDGET_SECONDS
    assert citations == [7]
    assert text == "x" * (10**6 // 4)


@given(st.text())
def test_clean_properties(raw: str) -> None:
    cleaned = clean(raw)
    assert clean(cleaned) == cleaned
    assert "  " not in cleaned
    assert cleaned == cleaned.strip()
    assert not any(c.isspace() and c != " " for c in cleaned)


@given(st.text(alphabet=st.sampled_from("ab1 2[]\u00a0.-")))
def test_strip_markers_properties(raw: str) -> None:
    text, citations = strip_markers(raw)
    assert len(citations) == len(set(citations))
    assert all(c >= 1 for c in citations)
    assert clean(text) == text


def test_the_plain_space_is_the_only_printable_white_space() -> None:
    """clean's fast path rests on this: any other white space makes a string unprintable."""
    import sys

    printable_spaces = [
        c for c in map(chr, range(sys.maxunicode + 1)) if c.isprintable() and len(c.split()) == 0
    ]
    assert printable_spaces == [" "]


@given(st.text())
def test_clean_equals_the_plain_rule(raw: str) -> None:
    import unicodedata

    assert clean(raw) == " ".join(unicodedata.normalize("NFC", raw).split())
