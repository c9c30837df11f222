"""Author names as citations print them: "Last, First", "First Last", initials, organisations.

The common shapes (two to four capitalised words or initials, no particles, suffixes or titles)
are split by a fast path; anything else goes to nameparser, which is careful but costs some
300 µs a name. ``tests/test_names.py`` checks that the two agree on the common shapes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from leaving_vegas_extract.normalize.vocab.names import (
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NAME_TITLES,
    ORGANISATION_LINKS,
    ORGANISATION_OPENINGS,
    ORGANISATION_WORDS,
)

# Letters, then letters and the punctuation names carry; one character class, so linear.
_NAMEISH = re.compile(r"[^\W\d_](?:[^\W\d_]|[ .,;&'’\-])*")
_AND = re.compile(r",? (?:and|&) ")
_ET_AL = re.compile(r",? et al\.?$")
_MAX_PERSON_WORDS = 5
_MAX_AUTHOR_WORDS = 10
_SLOW = NAME_PARTICLES | NAME_SUFFIXES | NAME_TITLES
_LINKS = NAME_PARTICLES | ORGANISATION_LINKS


@dataclass(frozen=True, slots=True)
class Name:
    """A person (``family``, ``given``, ``suffix``) or an organisation (``literal``)."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None
    suffix: str | None = None


def _capitalised(word: str) -> bool:
    return word[0].isupper()


def _is_initials(word: str) -> bool:
    """ "A.", "A.O.", "J.-P.": initials, not a word."""
    if not word.endswith("."):
        return False
    letters = word.replace(".", "").replace("-", "")
    return bool(letters) and letters.isupper() and letters.isalpha() and len(letters) <= 3


def fast_person(text: str) -> Name | None:
    """The common shapes, split without nameparser; None when the name needs the careful parser.

    >>> fast_person("Dunn, Cyril")
    Name(family='Dunn', given='Cyril', literal=None, suffix=None)
    >>> fast_person("Lee, B. K.").given, fast_person("Ann Roe").family
    ('B. K.', 'Roe')
    >>> fast_person("Ludwig van Beethoven") is None
    True
    """
    family, comma, given = text.partition(",")
    if comma:
        family, given = family.strip(), given.strip()
        if "," in given or " " in family or not family or not given:
            return None
        words = given.split()
        if len(words) > 3 or not _plain(family) or not all(_plain(w) for w in words):
            return None
        return Name(family=family, given=" ".join(words))
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(_plain(w) for w in words):
        return None
    if _is_initials(words[-1]):
        return None
    return Name(family=words[-1], given=" ".join(words[:-1]))


def _plain(word: str) -> bool:
    return _capitalised(word) and word.casefold() not in _SLOW and word[-1] != "'"


def slow_person(text: str) -> Name:
    """Any personal name, split by nameparser (particles, suffixes and titles handled).

    >>> slow_person("Jean de la Fontaine")
    Name(family='de la Fontaine', given='Jean', literal=None, suffix=None)
    >>> slow_person("King, Martin Luther, Jr.")
    Name(family='King', given='Martin Luther', literal=None, suffix='Jr.')
    """
    from nameparser import HumanName  # imported on first use: most names never need it

    human = HumanName(text)
    given = " ".join(p for p in (human.first, human.middle) if p)
    family = human.last or None
    if family is None:
        return Name(literal=text)
    return Name(family=family, given=given or None, suffix=human.suffix or None)


@lru_cache(maxsize=4096)
def parse_person(text: str) -> Name:
    """A personal name: the fast path when it applies, else nameparser.

    >>> parse_person("Hale, Judith M.")
    Name(family='Hale', given='Judith M.', literal=None, suffix=None)
    """
    return fast_person(text) or slow_person(text)


def _has_organisation_word(words: list[str]) -> bool:
    if words[0].casefold() in ORGANISATION_OPENINGS:
        return True
    return any(w.strip(".,'’").casefold() in ORGANISATION_WORDS for w in words)


def is_organisation(text: str) -> bool:
    """Whether one author reads as an organisation: an organisation word, "The ...", one word.

    >>> is_organisation("Czech Film Institute"), is_organisation("Ann Roe")
    (True, False)
    """
    words = text.split()
    return len(words) < 2 or len(words) > _MAX_PERSON_WORDS or _has_organisation_word(words)


def _titled(words: list[str]) -> bool:
    """Every word capitalised, an initial, a particle or a linking word ("Academy of ...")."""
    return _capitalised(words[0]) and all(_capitalised(w) or w.casefold() in _LINKS for w in words)


def _one_author(piece: str) -> Name | None:
    words = piece.replace(",", " ").split()
    if not words or len(words) > _MAX_AUTHOR_WORDS or not _titled(words):
        return None
    if is_organisation(piece):
        return Name(literal=piece)
    if any(w.casefold() in ORGANISATION_LINKS for w in words):
        return None  # "Sense and Sensibility" is no one's name
    return parse_person(piece)


def _strip_stop(text: str) -> str:
    """Drop a full stop that ends the list, not one that ends an initial ("Lee, B. K.")."""
    if not text.endswith("."):
        return text
    last = text.rsplit(None, 1)[-1]
    return text if _is_initials(last) or last.casefold() in NAME_SUFFIXES else text[:-1]


def _pieces(text: str) -> list[str]:
    """One string per author: split at ";", then "and"/"&", then between "First Last" names."""
    if ";" in text:
        return [p.strip() for p in text.split(";") if p.strip()]
    words = text.split()
    if "," not in text and _has_organisation_word(words):
        return [text]  # "Academy of Motion Picture Arts and Sciences" is one author
    parts = [p.strip() for p in _AND.split(text) if p.strip()]
    pieces: list[str] = []
    for part in parts:
        commas = [c.strip() for c in part.split(",") if c.strip()]
        if len(commas) > 1 and all(len(c.split()) > 1 for c in commas):
            pieces.extend(commas)  # "Ann Roe, Bo Lee": names in display order
        else:
            pieces.append(part)
    return pieces


@lru_cache(maxsize=8192)
def parse_authors(text: str) -> tuple[tuple[Name, ...], bool] | None:
    """The authors of a citation and whether "et al." followed; None when it is no author list.

    >>> names, more = parse_authors("Hartley, J. P.; Kessler, M.")
    >>> [(n.family, n.given) for n in names], more
    ([('Hartley', 'J. P.'), ('Kessler', 'M.')], False)
    >>> [n.literal for n in parse_authors("Box Office India")[0]]
    ['Box Office India']
    >>> parse_authors("The score from") is None
    True
    """
    text = text.strip()
    if not text or len(text) > 300 or _NAMEISH.fullmatch(text) is None:
        return None
    et_al = False
    if "et al" in text:
        cut = _ET_AL.search(text)
        if cut is not None:
            text, et_al = text[: cut.start()].strip(), True
    names: list[Name] = []
    for piece in _pieces(_strip_stop(text)):
        name = _one_author(piece)
        if name is None:
            return None
        names.append(name)
    return (tuple(names), et_al) if names else None
