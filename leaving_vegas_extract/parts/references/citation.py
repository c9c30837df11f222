"""One printed note (or further-reading item) to citation fields, saying what looks damaged.

Encyclopedias print citations in CS1-like styles: ``Authors (date). "Title". Work. Place: Publisher.
pp. 1–2. ISBN …. Archived from the original on …. Retrieved ….`` Two shapes cover most notes (a
web or news item, a book) and are read by one anchored regex each. Any other note takes the general
path, each step a single pass: (1) keyword clauses out (:mod:`clauses`); (2) the head,
authors and a date in parentheses; (3) the title, quoted or (for books) plain; (4) the remaining
segments by shape and position: work, place and publisher, volume and issue, date, kind of source.

Mirror dumps lose link text, so titles run into the next word (``"Title"Work``), a work is cut
short (``Screen Retrieved …``), fragments dangle (``for . ``). What can be read is kept, the rest is
None, and each kind of damage is reported once as a :class:`Damage`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import starmap
from typing import NamedTuple

from leaving_vegas_extract.normalize.names import Name, parse_authors
from leaving_vegas_extract.parts.references.clauses import (
    CUT,
    SEP,
    cached_date,
    clause_date,
    close_quote,
    first_segment_end,
    segments,
    take_clauses,
)
from leaving_vegas_extract.parts.references.segments import add_damage, place, read_segments
from leaving_vegas_extract.parts.references.vocab import SEASONS, SOURCE_KINDS

# The two common shapes, every part bounded and ended by a character its class excludes: linear.
_HEAD = r'(?:(?P<authors>[^"()]{1,200}) \((?P<date>[^()]{1,30})\)\. )'
# Authors without a date ("Roe, Ann. "Title"."), a web item only: a book's first segment is read
# differently when no quote follows.
_UNDATED = r'(?:(?P<named>[^"()]{0,199}[.,]) )'
_WEB = re.compile(
    r"(?:" + _HEAD + "|" + _UNDATED + r')?"(?P<title>[^"]{1,300})"\.'
    r"(?: (?!Archived |Retrieved )(?P<container>[^\".]{1,150})\.)?"
    r"(?: Archived from the original on (?P<archived>[^.]{4,40})\.)?"
    r"(?: Retrieved (?P<accessed>[^.]{4,40})\.)?"
)
_BOOK = re.compile(
    _HEAD + r"(?P<title>[^\".:]{1,300}(?:: [^\".:]{1,300})?)\. "
    r"(?P<place>[^\".:]{1,60}): (?P<publisher>[^\".:]{1,150})\."
    r"(?: pp?\. (?P<pages>\d[\w–-]{0,20})\.)?"
    r"(?: ISBN (?P<isbn>[\dXx-]{10,20})\.)?"
)
_CLAUSE_WORD = re.compile(r"Retrieved|Archived|ISBN|ISSN|doi|DOI|http|p\.| ed")
_DIGIT = re.compile(r"\d")
_LETTER = re.compile(r"[^\W\d_]")
_YEAR = re.compile(r"\d{4}")
_MAX_LITERAL_WORDS = 8


class Damage(NamedTuple):
    """What looks damaged in a note: a kebab-case code and a short message."""

    code: str
    message: str


@dataclass
class Citation:
    """The fields one printed citation gives; None where the print gives (or kept) nothing.

    Read-only by convention: a frozen dataclass would cost five times as much to build, and a
    citation is built for every note of every article. No slots: :func:`_citation` fills only
    the fields a note gives and the class defaults answer for the rest.
    """

    authors: tuple[Name, ...] = ()
    et_al: bool = False
    editors: tuple[Name, ...] = ()
    title: str | None = None
    title_quoted: bool = False
    container: str | None = None
    collection: str | None = None
    publisher: str | None = None
    place: str | None = None
    issued: str | None = None
    season: int | None = None
    accessed: str | None = None
    archived: str | None = None
    url: str | None = None
    pages: str | None = None
    volume: str | None = None
    issue: str | None = None
    edition: str | None = None
    original_year: str | None = None
    isbn: str | None = None
    issn: str | None = None
    doi: str | None = None
    genre: str | None = None
    damage: tuple[Damage, ...] = ()


# Compiled by mypyc, Citation is a native class: no instance ``__dict__``, and a fast ``__init__``.
_PLAIN = hasattr(Citation(), "__dict__")


def _citation(fields: dict[str, object]) -> Citation:
    """A :class:`Citation` of ``fields`` (names of its fields): in Python the generated
    ``__init__`` would assign all 24 fields, most to their defaults, and that cost a third of a
    short note."""
    if not _PLAIN:
        return Citation(**fields)  # type: ignore[arg-type]  # the keys are Citation's fields
    c = object.__new__(Citation)
    c.__dict__.update(fields)
    return c


def _head_date(inner: str) -> tuple[str | None, int | None] | None:
    """The date in the head's parentheses (and a season); None when it is not a date."""
    if len(inner) > 40 or _DIGIT.search(inner) is None:
        return (None, None) if inner.strip().casefold() in ("n.d.", "n.d", "nd") else None
    iso = cached_date(inner)
    if iso is not None:
        return iso, None
    words = inner.split()
    if len(words) == 2 and words[0].casefold() in SEASONS and _YEAR.fullmatch(words[1]):
        return words[1], SEASONS[words[0].casefold()]  # "Spring 2000": the year, and the season
    return None


def _named(text: str) -> bool:
    """Whether text before a dated parenthesis is an author not read as names ("Cinémathèque
    française"): only authors stand there, so short, capitalised and without quotes suffices."""
    return (
        text[:1].isupper()
        and len(text) <= 80
        and '"' not in text
        and _DIGIT.search(text) is None
        and text.count(" ") < _MAX_LITERAL_WORDS
    )


def _head(s: str, f: dict[str, object]) -> tuple[str, int]:
    """Authors and a date in parentheses at the start; returns the text after them, and the end
    of the first segment when that text is ``s`` itself and it was found (else -1)."""
    quote = s.find('"')
    paren = s.find("(")
    if paren > 0 and (quote == -1 or paren < quote):
        close = s.find(")", paren)
        dated = _head_date(s[paren + 1 : close]) if close != -1 else None
        if dated is not None:
            before = s[:paren].strip()
            names = parse_authors(before) if before else ((), False)
            if names is None and _named(before):
                names = ((Name(literal=before),), False)
            if names is not None:
                f["authors"], f["et_al"] = names
                f["issued"], f["season"] = dated
                return s[close + 1 :].lstrip(" .,\x00"), -1
    if quote > 0:
        before = s[:quote].strip()
        if before.endswith((".", ",")) and (names := parse_authors(before)) is not None:
            f["authors"], f["et_al"] = names
            return s[quote:], -1
    if quote != 0:
        end = first_segment_end(s)
        rest = s[end:].lstrip(" .\x00\x01")
        first = s[:end]
        # "Ann Roe. Title…": a personal name alone as the first segment, more text after it
        names = parse_authors(first) if rest and " " in first.strip() else None
        if names is not None and all(n.literal is None for n in names[0]):
            f["authors"], f["et_al"] = names
            return rest, -1
        return s, end
    return s, -1


def _title(
    s: str, f: dict[str, object], damage: dict[str, str], headed: bool, end: int = -1
) -> str:
    """The title: quoted, or the first segment; returns the text after it. ``end``: the end of
    the first segment when already known (-1: not known)."""
    if not s.startswith('"'):
        quote = s.find('"')
        if quote > 0 and _LETTER.search(s, 0, quote) is None:
            add_damage(damage, "stray-text", f"stray text {s[:quote].strip(' ' + SEP)!r}")
            s = s[quote:]
    if s.startswith('"'):
        close = close_quote(s, 0)
        if close == -1:
            damage["title-unterminated"] = "the title's closing quote was lost; title not kept"
            end = s.find(SEP)
            return "" if end == -1 else s[end:]
        f["title"], f["title_quoted"] = s[1:close].strip() or None, True
        after = s[close + 1 : close + 2]
        if after and after not in ".,;: \x00\x01":
            damage["title-fused"] = "the title runs into the next word (separator lost)"
        return s[close + 1 :].lstrip(".,;: ")
    if end == -1:
        end = first_segment_end(s)
    title = s[:end].strip()
    first = title.find('"')
    if first != -1 and (title.count('"') % 2 or (first and title[first - 1].isalnum())):
        damage["title-quotes"] = "the title has a quote without its partner"
        title = title.rstrip("\"'").strip()
    if not headed:
        damage["title-unquoted"] = "no quoted title: the note's first sentence is kept as title"
    f["title"] = title or None
    if s[end : end + 1] == CUT:
        damage["title-truncated"] = "the title runs into a later clause (words lost)"
    return s[end:]


def _common(s: str) -> Citation | None:
    """The two common shapes (web or news item; book) by one regex each; None for any other."""
    # Each shape needs a literal its regex cannot match without: a cheap test skips the regex.
    m = _WEB.fullmatch(s) if '".' in s else None
    book = m is None
    if m is None:
        m = _BOOK.fullmatch(s) if ": " in s else None
        if m is None or place(f"{m['place']}: {m['publisher']}") is None:
            return None
    elif m["container"] is not None and not _plain_work(m["container"]):
        return None
    authors = m["authors"]
    names = parse_authors(authors) if authors is not None else _NO_AUTHORS
    dated = _head_date(m["date"]) if authors is not None else _NO_DATE
    if not book and (named := m["named"]) is not None:
        # A keyword clause inside the names would be taken out first on the general path.
        names = None if _CLAUSE_WORD.search(named) else parse_authors(named)
    if names is None or dated is None:
        return None
    f: dict[str, object] = {
        "authors": names[0],
        "et_al": names[1],
        "title": m["title"].strip() or None,
        "issued": dated[0],
        "season": dated[1],
    }
    if book:
        f.update(place=m["place"], publisher=m["publisher"], pages=m["pages"], isbn=m["isbn"])
    else:
        f["title_quoted"], f["container"] = True, m["container"]
        if m["accessed"] is not None:
            f["accessed"] = clause_date(m["accessed"])
        if m["archived"] is not None:
            f["archived"] = clause_date(m["archived"])
    return _citation(f)


_NO_AUTHORS: tuple[tuple[Name, ...], bool] = ((), False)
_NO_DATE: tuple[str | None, int | None] = (None, None)


def _plain_work(work: str) -> bool:
    """A work's name the general path would read the same way (no date, place, volume, kind)."""
    return (
        work[:1].isupper()
        and not work.endswith(" ")
        and not work[-1].isdigit()
        and ":" not in work
        and not work.startswith("In ")
        and work.casefold() not in SOURCE_KINDS
    )


def parse_citation(text: str) -> Citation:
    """The citation fields of one note's text (after "^ a b"); damage listed, never raised.

    >>> c = parse_citation('Roe, Ann (1999-02-03). "Harbour lights". Weekly News.')
    >>> (c.authors[0].family, c.issued, c.title, c.container)
    ('Roe', '1999-02-03', 'Harbour lights', 'Weekly News')
    >>> parse_citation('"Title"Work. Retrieved 5 June 2009.').damage[0].code
    'title-fused'
    """
    s = text.strip()
    if not s:
        return _EMPTY
    return _common(s) or parse_general(s)


def parse_general(s: str) -> Citation:
    """The general path (any shape); :func:`parse_citation` tries the common shapes first."""
    f: dict[str, object] = {}
    damage: dict[str, str] = {}
    rest, end = _head(take_clauses(s, f), f)
    trimmed = rest.lstrip(" .\x00")
    if len(trimmed) != len(rest):
        end = -1  # the first segment's end was found in the untrimmed text
    rest = _title(trimmed, f, damage, "authors" in f, end)
    if rest.strip(" .\x00"):
        read_segments(segments(rest), f, damage, ":" in rest)
    elif rest[:1] == CUT and f.get("title"):
        damage.setdefault("title-truncated", "the title runs into a later clause (words lost)")
    if damage:
        f["damage"] = tuple(starmap(Damage, damage.items()))
    return _citation(f)


_EMPTY = Citation()
