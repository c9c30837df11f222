"""Speed of the awards part: the known-name index changes no row, and the cross-check count."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from leaving_vegas_extract.formats.text.awards.rows import first_words, read_row
from leaving_vegas_extract.model.article import Reference
from leaving_vegas_extract.parts.references.crosscheck import mismatches

_COLUMNS = ("award", "category", "recipients", "result")
_WORDS = [
    "Academy", "Award", "Best", "Actor", "Actress", "in", "a", "Drama", "–", "and", "&", ",",
    "Jane", "Roe", "Doe,", "John", "Doe", "Acme", "Films", "Jr.", "van", "Thelma", "Louise",
    "Won", "Nominated", "Prize", "for", "Ann", "Other", "Golden", "Globe",
]  # fmt: skip
_KNOWN = {"jane roe", "john doe", "thelma & louise", "acme films", "doe", "ann other, jr."}


@settings(max_examples=400, deadline=None)
@given(words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=12), in_group=st.booleans())
def test_first_word_index_changes_no_row(words: list[str], in_group: bool) -> None:
    text = " ".join(words).replace(" ,", ",")
    plain = read_row(text, _COLUMNS, _KNOWN, in_group)
    indexed = read_row(text, _COLUMNS, _KNOWN, in_group, firsts=first_words(_KNOWN))
    assert indexed == plain


def test_known_name_after_a_comma_is_still_found() -> None:
    # "Doe," loses its comma to the separator: the index must still let the cut through.
    row = read_row("Best Actor Doe, Jane Roe Won", _COLUMNS, _KNOWN, True, firsts={"doe"})
    assert row.recipients == read_row("Best Actor Doe, Jane Roe Won", _COLUMNS, _KNOWN, True)[4]


def test_mismatches_count_each_note() -> None:
    refs = [
        Reference(number=1, raw="A.", backlinks=2, lines=(9, 9)),
        Reference(number=2, raw="B.", backlinks=1, lines=(10, 10)),
    ]
    found = mismatches(refs, Counter({1: 2, 2: 3}))
    assert [(d.code, d.lines) for d in found] == [("backlink-mismatch", (10, 10))]
    assert found[0].message == "note 2 has 1 backlink(s) but is cited 3 time(s)"
