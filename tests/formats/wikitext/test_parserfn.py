"""Parser functions print what a reader sees: formatnum, #if/#ifeq/#switch with literals, #expr."""

from __future__ import annotations

import pytest

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.formats.wikitext.parserexpr import evaluate
from leaving_vegas_extract.formats.wikitext.parserfn import format_number


def _lead(text: str) -> str:
    article = extract_text(f"'''Ode''' is a film. {text}\n", source="t.wiki")
    return article.lead[0].text.removeprefix("Ode is a film. ")


@pytest.mark.parametrize(
    ("wikitext", "shown"),
    [
        ("{{formatnum:1234567}} seats", "1,234,567 seats"),
        ("{{formatnum: 9876.25 }} m", "9,876.25 m"),
        ("{{formatnum:1,234,567|R}}", "1234567"),
        ("{{formatnum:about}}", "about"),
        ("{{#if: yes | [[Ann Bee|Ann]] | Cy}}.", "Ann."),
        ("{{#if: | Ann | Cy}}.", "Cy."),
        ("{{#if:   | Ann }}x", "x"),
        ("{{#ifeq: 01 | 1 | same | other}}", "same"),
        ("{{#ifeq: a | b | same | other}}", "other"),
        ("{{#switch: fr | en = English | fr = French | #default = Other}}", "French"),
        ("{{#switch: de | en = English | #default = Other}}", "Other"),
        ("{{#switch: b | a | b = one of two | c = three}}", "one of two"),
        ("{{#switch: z | a = A | last}}", "last"),
        ("{{#expr: 60 + 52}} minutes", "112 minutes"),
        ("{{#expr: {{formatnum:12|R}} * 3}}", "36"),
        ("{{uc:abc}} {{lcfirst:ABC}}", "ABC aBC"),
        ("{{#time: Y}}{{#invoke:Mod|f}}x", "x"),
    ],
)
def test_a_parser_function_prints_its_result(wikitext: str, shown: str) -> None:
    assert _lead(wikitext) == shown


def test_expr_follows_mediawiki_precedence_and_errors() -> None:
    assert evaluate("2 + 3 * 4") == "14"
    assert evaluate("-2 ^ 2") == "4"  # unary minus binds tighter than ^, as in MediaWiki
    assert evaluate("2 ^ 3 ^ 2") == "64"  # left to right
    assert evaluate("7 mod 3 + 1") == "2"
    assert evaluate("1 + 2 round 0") == "3"
    assert evaluate("3 > 2") == "1"
    assert evaluate("1/3") == "0.33333333333333"
    assert evaluate("1/0") == "Expression error: Division by zero."
    assert evaluate("1,000 + 1").startswith("Expression error: unrecognised punctuation")
    assert evaluate("(1 + 2") == "Expression error: missing operand."
    assert evaluate("9" * 500) == "Expression error: too long."
    assert evaluate("10 ^ 400") == "Expression error: number too large."


def test_format_number_leaves_text_alone() -> None:
    assert format_number("-1200") == "-1,200"
    assert format_number("12 apples") == "12 apples"
