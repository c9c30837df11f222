"""The references part's fast paths give what the plain forms they replace gave.

Each shortcut (a segment-boundary regex the engine can skip ahead with, backlinks read only when
the note can open with two, note lines found in C, citations built from their given fields) is
checked against the slower, obvious form on random inputs.
"""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from leaving_vegas_extract.formats.text.references import (
    _is_further_heading,
    _lines_with,
    _short_lines_with,
)
from leaving_vegas_extract.model.article import Author, Reference
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.references.citation import (
    Citation,
    _citation,
    _common,
    parse_citation,
    parse_general,
)
from leaving_vegas_extract.parts.references.clauses import _BOUNDARY
from leaving_vegas_extract.parts.references.notes import _letter, backlinks, reference
from leaving_vegas_extract.parts.references.vocab import FURTHER_READING_HEADINGS
from leaving_vegas_extract.parts.sections.outline import heading_key, literal_heading

# The boundary pattern as first written: a mark, or a full stop before a mark, spaces or the end.
_PLAIN_BOUNDARY = re.compile(r"\.?[\x00\x01]|\.(?: +|$)")
_DOTTED = re.compile(r"\d{1,4}\.\d{1,3}")
_NOTES = [
    'Roe, Ann (1999-02-03). "Harbour lights". Weekly News. Retrieved 5 June 2009.',
    'Roe, Ann; Lee, Bo. "Title". Work. Archived from the original on 1 May 2008.',
    "Roe, Ann (2001). Title: Sub. London: Villard. pp. 1–2. ISBN 978-0-00-000014-9.",
    '"Title"Work. Retrieved 2006-12-09. doi:10.1000/x https://example.org/a',
    "Box Office India (2004). Press release. ISSN 1234-5679. (2nd ed.)",
    "",
]


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


@settings(deadline=None)  # first calls import and compile: slow on a loaded machine
@given(st.lists(st.sampled_from(["", " ", "Further reading", "x" * 70 + "urther", "ibliography"])))
def test_short_lines_with_matches_a_loop(lines: list[str]) -> None:
    source = tuple(lines)
    expected = [
        n
        for n in range(1, len(source) + 1)
        if len(source[n - 1]) < 60 and ("urther" in source[n - 1] or "ibliograph" in source[n - 1])
    ]
    assert _short_lines_with(("urther", "ibliograph"), source, 1, len(source)) == expected


@settings(deadline=None)  # first calls import and compile: slow on a loaded machine
@given(st.text(alphabet="a é\u0301\u00a0\u2000\u2002\t\n\u200b.", max_size=12))
def test_clean_of_stripped_text_equals_clean(text: str) -> None:
    # Notes are stripped before clean(): that must not change what clean() gives.
    assert clean(text.strip()) == clean(text)


@settings(deadline=None)  # first calls import and compile: slow on a loaded machine
@given(st.sampled_from(_NOTES))
def test_reference_from_given_fields_equals_all_fields(text: str) -> None:
    c = parse_citation(text)
    full = Reference(
        number=1,
        backlinks=1,
        raw=text,
        authors=[Author(family=n.family, given=n.given, literal=n.literal) for n in c.authors],
        title=c.title,
        container_title=c.container,
        publisher=c.publisher,
        issued=c.issued,
        accessed=c.accessed,
        archived=c.archived,
        url=c.url,
        pages=c.pages,
        edition=c.edition,
        isbn=c.isbn,
        issn=c.issn,
        doi=c.doi,
        lines=(1, 1),
    )
    assert reference(1, 1, text, c, (1, 1)).model_dump() == full.model_dump()


_NAMES = st.sampled_from(["Roe, Ann.", "Roe, A. B.", "Ann Roe,", "Retrieved Monday.", "The Times."])
_PARTS = st.sampled_from(["", " Weekly News.", " Retrieved 2006-12-09.", " Work (2002)."])


@settings(deadline=None)  # first calls import and compile: slow on a loaded machine
@given(_NAMES, st.sampled_from(["Title", "A (1995) film", "Ann. Roe"]), _PARTS, _PARTS)
def test_undated_authors_shape_agrees_with_the_general_path(
    names: str, title: str, one: str, two: str
) -> None:
    note = f'{names} "{title}".{one}{two}'
    fast = _common(note)
    assert fast is None or fast == parse_general(note)


_HEADING_BITS = st.sampled_from(["=", "#", " ", "\u00a0", "• ", "Further reading", "BIBLIOGRAPHY"])


@settings(deadline=None)  # first calls import and compile: slow on a loaded machine
@given(st.lists(_HEADING_BITS | st.sampled_from(["[edit]", "Edit", " 11", "x"]), max_size=6))
def test_further_heading_prefilter_keeps_every_heading(bits: list[str]) -> None:
    line = "".join(bits)
    for rendering in ("label-space", "key-colon"):
        found = literal_heading(line, rendering)
        plain = heading_key(found[0] if found else line) in FURTHER_READING_HEADINGS
        assert _is_further_heading(line, rendering) == plain
