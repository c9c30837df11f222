"""Credit lines to cast records, whatever the format printed them in.

A credit is a name as printed, then a separator and a role ("A as B", "A — B", "A: B",
"A ... B"), or a name alone; trailing parentheticals that qualify the credit ("(voice)",
"(uncredited)") go to ``note``. A line whose left side is not name-shaped is prose, not a credit.
"""

from __future__ import annotations

from typing import NamedTuple

from leaving_vegas_extract.model.article import CastMember, Lines
from leaving_vegas_extract.normalize.text import clean, strip_markers
from leaving_vegas_extract.normalize.vocab.names import NAME_PARTICLES, NAME_SUFFIXES
from leaving_vegas_extract.parts.cast.vocab import (
    BULLETS,
    CAST_TITLE,
    HEADER_WORDS,
    NAME_JOINERS,
    QUALIFIERS,
    ROLE_SEPARATORS,
    STRONG_SEPARATORS,
)

_MAX_NAME_WORDS = 6
_MAX_NAME_CHARS = 60
_NOT_IN_NAMES = frozenset(",;:!?()[]{}|=<>/\\0123456789")


class Credit(NamedTuple):
    """A credit read from its text: the name as printed, the role and a qualifier (or None)."""

    name: str
    role: str | None
    note: str | None
    strong: bool  # split by a separator that marks a credit anywhere ("as", leaders)


def is_cast_title(title: str) -> bool:
    """Whether a section title names the cast.

    >>> is_cast_title("Cast and characters"), is_cast_title("Casting"), is_cast_title("Starring")
    (True, False, True)
    """
    return CAST_TITLE.search(title.casefold()) is not None


def is_name(text: str) -> bool:
    """A name as a cast list prints it: a few capitalised words (particles aside), no clause.

    >>> is_name("Samuel L. Jackson"), is_name("Ray Nunn, Jr."), is_name("Vincent van Doorn")
    (True, True, True)
    >>> is_name("He was cast"), is_name("The film also stars"), is_name("Ann, Bo")
    (False, False, False)
    """
    head, comma, tail = text.rpartition(", ")
    if comma and tail.casefold() in NAME_SUFFIXES:  # "Douglas Fairbanks, Jr."
        text = f"{head} {tail}"
    if not text or len(text) > _MAX_NAME_CHARS or not _NOT_IN_NAMES.isdisjoint(text):
        return False
    words = text.split(" ")
    if len(words) > _MAX_NAME_WORDS:
        return False
    for word in words:
        first = word.lstrip("\"'“‘")[:1]
        if not first.isalpha() or (first.islower() and not _joiner(word.casefold())):
            return False
    last = words[-1]
    # A full stop ends a sentence unless it ends an initial or a suffix ("J.", "Jr.").
    return not last.endswith(".") or len(last) <= 3 or last.casefold() in NAME_SUFFIXES


def _joiner(folded: str) -> bool:
    return folded in NAME_PARTICLES or folded in NAME_JOINERS


def _qualifier(inner: str) -> bool:
    folded = inner.casefold()
    return any(folded.startswith(q) for q in QUALIFIERS)


def peel_notes(text: str) -> tuple[str, list[str]]:
    """``text`` without its trailing qualifying parentheticals, and those qualifiers in order.

    >>> peel_notes("Bo Lee (voice) (uncredited)")
    ('Bo Lee', ['voice', 'uncredited'])
    >>> peel_notes("Tom (age 10)")
    ('Tom (age 10)', [])
    """
    notes: list[str] = []
    while text.endswith(")"):
        start = text.rfind("(")
        inner = text[start + 1 : -1]
        if start <= 0 or "(" in inner or not _qualifier(inner.strip()):
            break
        notes.insert(0, inner.strip())
        text = text[:start].rstrip()
    return text, notes


def _drop_dangling(text: str) -> str:
    """``text`` without a separator left dangling when its role was only a qualifier
    ("Ann Roe ... (scenes deleted)")."""
    for sep in ROLE_SEPARATORS:
        if text.endswith(sep.rstrip()) and sep.strip() != "as":
            return text[: -len(sep.rstrip())].rstrip()
    return text


def read_credit(text: str) -> Credit | None:
    """The credit a list item prints, None when it is prose (citation markers dropped).

    >>> read_credit("Ann Roe as Mary, a nurse")
    Credit(name='Ann Roe', role='Mary, a nurse', note=None, strong=True)
    >>> read_credit("Cy Dunn as Tom (uncredited)")
    Credit(name='Cy Dunn', role='Tom', note='uncredited', strong=True)
    >>> read_credit("Bo Lee (voice)")
    Credit(name='Bo Lee', role=None, note='voice', strong=False)
    >>> read_credit("Di Fox — Jo"), read_credit("Cage was cast as Ben after a long search.")
    (Credit(name='Di Fox', role='Jo', note=None, strong=False), None)
    """
    text = clean(strip_markers(text)[0]).lstrip(BULLETS).strip()
    text, notes = peel_notes(text)
    text = _drop_dangling(text)
    for sep in ROLE_SEPARATORS:
        left, found, right = text.partition(sep)
        if not found:
            continue
        left, before = peel_notes(left.strip())
        if not is_name(left):
            continue
        role = right.strip().rstrip(";,").strip() or None
        note = "; ".join(before + notes) or None
        return Credit(left, role, note, sep in STRONG_SEPARATORS)
    if not is_name(text):
        return None
    return Credit(text, None, "; ".join(notes) or None, False)


def split_bullets(line: str) -> list[str]:
    """The items of a flattened list line: one per bullet, run-together bullets split apart.

    >>> split_bullets("  • Ann Roe as Mary • Bo Lee (voice)")
    ['Ann Roe as Mary', 'Bo Lee (voice)']
    >>> split_bullets("- Di Fox as Jo")
    ['Di Fox as Jo']
    """
    text = clean(line)
    if text[:2] in ("- ", "* ", "– "):
        text = "• " + text[2:]
    return [piece.strip() for piece in text.split("•") if piece.strip()]


def is_header_row(cells: list[str]) -> bool:
    """Whether two table cells are a cast table's header ("Actor" / "Role")."""
    return all(clean(c).casefold() in HEADER_WORDS for c in cells if c.strip())


def table_credit(name: str, role: str) -> Credit | None:
    """A credit from a two-column row: name cell and role cell, None when the name is no name."""
    name, notes = peel_notes(clean(strip_markers(name)[0]))
    role_text, more = peel_notes(clean(strip_markers(role)[0]))
    if not is_name(name):
        return None
    return Credit(name, role_text or None, "; ".join(notes + more) or None, True)


def member(credit: Credit, lines: Lines, link: str | None = None) -> CastMember:
    """The cast record of a credit read from ``lines``."""
    return CastMember(name=credit.name, role=credit.role, note=credit.note, link=link, lines=lines)
