"""One note's text to citation fields: the shapes encyclopedias print, and the damage of dumps."""

from __future__ import annotations

import re
import time
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaving_vegas_extract.normalize.names import Name
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.references.citation import (
    Citation,
    _common,
    parse_citation,
    parse_general,
)
from leaving_vegas_extract.parts.references.clauses import segments, take_clauses
from leaving_vegas_extract.parts.references.notes import backlinks
from tests.conftest import FIXTURES, ROOT, SEED


def person(family: str, given: str) -> Name:
    return Name(family=family, given=given)


SHAPES: dict[str, tuple[str, dict[str, Any]]] = {
    "web": (
        '"Night Ferry (1998)". Screen Ledger. Retrieved 2013-10-12.',
        {"title": "Night Ferry (1998)", "container": "Screen Ledger", "accessed": "2013-10-12"},
    ),
    "news-last-first-iso": (
        'Roe, Ann (1998-03-04). "A ferry at night". The Harbour Post. Retrieved 2009-01-02.',
        {
            "authors": (person("Roe", "Ann"),),
            "issued": "1998-03-04",
            "container": "The Harbour Post",
        },
    ),
    "first-last-day-first": (
        'Ann Roe (4 March 1998). "A ferry at night". Screen Weekly. Retrieved 5 June 2009.',
        {"authors": (person("Roe", "Ann"),), "issued": "1998-03-04", "accessed": "2009-06-05"},
    ),
    "month-name-dates": (
        'Roe, Ann (March 1998). "Title". Work. Retrieved March 3, 2011.',
        {"issued": "1998-03", "accessed": "2011-03-03"},
    ),
    "year-only": ('Roe, Ann (1998). "Title". Work.', {"issued": "1998", "container": "Work"}),
    "initials-no-date": (
        'Lee, B. K. "Title". Work. Retrieved 2007-01-16.',
        {"authors": (person("Lee", "B. K."),), "title": "Title", "issued": None},
    ),
    "name-then-unquoted-title": (
        "Ann Roe. A ferry at night. The Harbour Post. Retrieved 2006-12-09.",
        {"authors": (person("Roe", "Ann"),), "title": "A ferry at night"},
    ),
    "several-authors-semicolon": (
        'Roe, Ann; Lee, B. K. (November 1998). "Title". Work.',
        {"authors": (person("Roe", "Ann"), person("Lee", "B. K."))},
    ),
    "several-authors-and": (
        "Roe, A. and Lee, B. (2008). A Book. London: Faber. p. 9.",
        {"authors": (person("Roe", "A."), person("Lee", "B.")), "pages": "9"},
    ),
    "et-al": (
        "Roe, Ann et al. (2004). A Book. Leeds: Press. pp. 77–80.",
        {"authors": (person("Roe", "Ann"),), "et_al": True, "pages": "77–80"},
    ),
    "organisation-author": (
        'British Film Institute (1 August 2012). "Greatest Films". Sight & Sound.',
        {"authors": (Name(literal="British Film Institute"),), "issued": "2012-08-01"},
    ),
    "organisation-not-in-vocabulary": (
        'Cinémathèque régionale (2003). "Fiche technique". Retrieved 2010-02-11.',
        {"authors": (Name(literal="Cinémathèque régionale"),), "title": "Fiche technique"},
    ),
    "book": (
        "Roe, Ann (1994). Turning Points: A Memoir. New York: Villard. pp. 251–260. "
        "ISBN 978-0-00-000010-1.",
        {
            "title": "Turning Points: A Memoir",
            "title_quoted": False,
            "place": "New York",
            "publisher": "Villard",
            "pages": "251–260",
            "isbn": "978-0-00-000010-1",
            "container": None,
        },
    ),
    "book-series-and-initials-publisher": (
        "Roe, Ann (2007). Harbours. French Film Guides. London: I.B. Tauris.",
        {"title": "Harbours", "collection": "French Film Guides", "publisher": "I.B. Tauris"},
    ),
    "chapter": (
        'Roe, Ann (2009). "A Room". Listening In: Sound on Screen. London: Marlow. pp. 12–15.',
        {"title": "A Room", "container": "Listening In: Sound on Screen", "place": "London"},
    ),
    "chapter-with-editors": (
        'Roe, Ann (1985). "Chapter". In Lee, Bo (ed.). The Book. Munich: Isar. pp. 8–10.',
        {"editors": (person("Lee", "Bo"),), "container": "The Book", "publisher": "Isar"},
    ),
    "journal": (
        'Roe, Ann (Spring 2000). "Sound". Film Quarterly 53 (3): 2–11. doi:10.5555/fq.2000.2.',
        {
            "issued": "2000",
            "season": 1,
            "container": "Film Quarterly",
            "volume": "53",
            "issue": "3",
            "pages": "2–11",
            "doi": "10.5555/fq.2000.2",
        },
    ),
    "journal-separate-volume": (
        '"Building sets". Set Design Quarterly. 3 (2): 7. 2001.',
        {"container": "Set Design Quarterly", "volume": "3", "issue": "2", "issued": "2001"},
    ),
    "date-after-work": (
        '"Title". The Independent. 2001-08-17. Retrieved 2009-02-14.',
        {"container": "The Independent", "issued": "2001-08-17", "accessed": "2009-02-14"},
    ),
    "archived": (
        '"Title". Work. Archived from the original on 13 October 2007. Retrieved 2007-10-01.',
        {"archived": "2007-10-13", "accessed": "2007-10-01", "container": "Work"},
    ),
    "url-printed": (
        '"Title". Work. http://archive.example.org/a-b. Retrieved 2012-01-20.',
        {"url": "http://archive.example.org/a-b", "container": "Work"},
    ),
    "issn": (
        '"Title". Drama Review. ISSN 1234-5679.',
        {"issn": "1234-5679", "container": "Drama Review"},
    ),
    "press-release": (
        'Argos Films (1984-04-30). "Notes". Press release. Retrieved 2009-09-09.',
        {"genre": "Press release", "container": None},
    ),
    "edition-and-first-edition": (
        "Roe, Ann (2005) [1st ed. 1991]. Landscape (2nd ed.). Kyoto: Kamo.",
        {"edition": "2nd ed.", "original_year": "1991", "title": "Landscape", "issued": "2005"},
    ),
    "nested-quotes": (
        '"Hello, "Night Ferry!" - Interview". Film Talk. Retrieved 2010-08-16.',
        {"title": 'Hello, "Night Ferry!" - Interview', "container": "Film Talk"},
    ),
    "full-stop-inside-title": (
        '"A comedy. With ghosts". Work.',
        {"title": "A comedy. With ghosts", "container": "Work"},
    ),
    "suffix": (
        'Marco Ferri Jr. (1 December 1948). "Title". Work.',
        {"authors": (Name(family="Ferri", given="Marco", suffix="Jr."),)},
    ),
    "particle": (
        'De Sica, Vittorio (1950). "Title". Work.',
        {"authors": (person("De Sica", "Vittorio"),)},
    ),
}


@pytest.mark.parametrize(("text", "expected"), SHAPES.values(), ids=SHAPES.keys())
def test_shapes(text: str, expected: dict[str, Any]) -> None:
    c = parse_citation(text)
    assert {key: getattr(c, key) for key in expected} == expected
    assert c.damage == ()


DAMAGE: dict[str, tuple[str, str, dict[str, Any]]] = {
    "title-fused": (
        '"Lagoon music released"Planet Tunes. Archived from the original on 13 October 2007.',
        "title-fused",
        {"title": "Lagoon music released", "container": "Planet Tunes"},
    ),
    "title-fused-journal": (
        'Roe, Ann (2002). "Notebook"Cut Monthly 14 (2): 33.',
        "title-fused",
        {"container": "Cut Monthly", "volume": "14", "pages": "33"},
    ),
    "title-unterminated": (
        '"Night FerryBox Office "Information for . ',
        "title-unterminated",
        {"title": None, "container": None},
    ),
    "title-unquoted": (
        'The score from "Night Ferry". Retrieved 2006-12-09.',
        "title-unquoted",
        {"title": 'The score from "Night Ferry"', "accessed": "2006-12-09", "authors": ()},
    ),
    "title-quotes": (
        "Ann Roe. Night Ferry' reminds us\"'\". The Daily. Retrieved 2006-12-09.",
        "title-quotes",
        {"title": "Night Ferry' reminds us", "container": "The Daily"},
    ),
    "container-truncated": (
        '"Night Ferry". Rotten Retrieved 2006-12-09.',
        "container-truncated",
        {"container": "Rotten", "accessed": "2006-12-09"},
    ),
    "text-lost": (
        'Roe, Ann. "Night Ferry"It\'s Worth Watching for . ',
        "text-lost",
        {"title": "Night Ferry", "container": None},
    ),
    "publisher-lost": (
        'Roe, Ann (2010). "Chapter". A Book. London: ',
        "publisher-lost",
        {"container": "A Book", "place": "London", "publisher": None},
    ),
    "stray-text": (
        'Roe, Ann (2010). (1995) "Chapter". A Book.',
        "stray-text",
        {"title": "Chapter", "container": "A Book"},
    ),
}


@pytest.mark.parametrize(("text", "code", "expected"), DAMAGE.values(), ids=DAMAGE.keys())
def test_damage(text: str, code: str, expected: dict[str, Any]) -> None:
    c = parse_citation(text)
    assert code in [d.code for d in c.damage]
    assert {key: getattr(c, key) for key in expected} == expected


def test_damage_codes_are_kebab_case() -> None:
    codes = {d.code for text, _, _ in DAMAGE.values() for d in parse_citation(text).damage}
    assert codes
    assert all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", c) for c in codes)


def test_empty_note() -> None:
    assert parse_citation("  ") == Citation()


# --- the fast path agrees with the general path -------------------------------------------


def _all_notes() -> list[str]:
    notes = []
    paths = [ROOT / SEED, *sorted(FIXTURES.rglob("*.txt"))]
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            m = re.match(r"\s*(?:\d+\. \^|- ↑|•) ?(.*)", line)
            if m and m.group(1).strip():
                notes.append(backlinks(clean(m.group(1)), arrow="↑" in line)[1])
    return [n for n in notes if n]


def test_fast_path_agrees_with_general_path() -> None:
    notes = _all_notes()
    fast = [n for n in notes if _common(n) is not None]
    assert len(fast) > len(notes) // 4  # the fast path does cover the common shapes
    assert [n for n in fast if _common(n) != parse_general(n)] == []


# --- never slow, never raising ------------------------------------------------------------

HOSTILE = {
    "spaces": " " * 1_000_000,
    "digits": "1" * 1_000_000,
    "brackets": "[(" * 500_000,
    "quotes": '"' * 1_000_000,
    "dots": ". " * 500_000,
    "retrieved": "Retrieved " * 100_000,
    "name-like": "Ann Roe, " * 100_000,
    "quoted-spaces": '"' + " " * 1_000_000,
}


@pytest.mark.parametrize("text", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_input_is_linear(text: str) -> None:
    start = time.process_time()
    parse_citation(text)
    segments(text)
    take_clauses(text, {})
    assert time.process_time() - start < 5


@settings(max_examples=300, deadline=None)
@given(
    st.text(alphabet=st.sampled_from(list('Aa1 ."()[];:,–^-\u00a0\x00RetrivdISBNp')), max_size=80)
)
def test_any_text_parses(text: str) -> None:
    assert isinstance(parse_citation(text), Citation)
