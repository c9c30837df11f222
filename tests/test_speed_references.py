"""The references part's fast paths give what the plain forms they replace gave.

Each shortcut (a segment-boundary regex the engine can skip ahead with, backlinks read only when
the note can open with two, note lines found in C, citations built from their given fields) is
checked against the slower, obvious form on random inputs.
"""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from leaving_vegas_extract.citation import Citation, _citation, parse_citation
from leaving_vegas_extract.citation_clauses import _BOUNDARY
from leaving_vegas_extract.parts.references import _letter, _lines_with, backlinks

# The boundary pattern as first written: a mark, or a full stop before a mark, spaces or the end.
_PLAIN_BOUNDARY = re.compile(r"\.?[\x00\x01]|\.(?: +|$)")
_DOTTED = re.compile(r"\d{1,4}\.\d{1,3}")


@given(st.text(alphabet="a. \x00\x01\n", max_size=30))
def test_boundary_matches_the_plain_pattern(text: str) -> None:
    fast = [m.span() for m in _BOUNDARY.finditer(text)]
    assert fast == [m.span() for m in _PLAIN_BOUNDARY.finditer(text)]


def _plain_backlinks(text: str, arrow: bool) -> tuple[int, str]:
    words = text.split(" ")
    count = 0
    for word in words:
        if (_DOTTED.fullmatch(word) is None) if arrow else word != _letter(count):
            break
        count += 1
    return (1, text) if count < 2 else (count, " ".join(words[count:]))


_WORDS = st.sampled_from(["a", "b", "c", "d", "1.0", "1.1", "2.0", "x", "", "Roe,", "٣.١"])


@given(st.lists(_WORDS, max_size=6), st.booleans())
def test_backlinks_matches_the_plain_loop(words: list[str], arrow: bool) -> None:
    text = " ".join(words)
    assert backlinks(text, arrow=arrow) == _plain_backlinks(text, arrow)


@given(st.lists(st.sampled_from(["", "  ", "x ^ y", "↑ z", "^↑", "Further", "plain"]), max_size=9))
def test_lines_with_matches_a_loop(lines: list[str]) -> None:
    source = tuple(lines)
    for start, end in ((1, len(source)), (2, len(source) - 1)):
        expected = [
            n for n in range(start, end + 1) if "^" in source[n - 1] or "↑" in source[n - 1]
        ]
        assert _lines_with(("^", "↑"), source, start, end) == expected


def test_citation_from_fields_equals_the_constructor() -> None:
    fields: dict[str, object] = {"title": "T", "issued": "1999", "title_quoted": True}
    built = _citation(fields)
    assert built == Citation(title="T", issued="1999", title_quoted=True)
    assert built.authors == ()
    assert built.damage == ()
    assert built.url is None
    assert repr(parse_citation("")) == repr(Citation())
