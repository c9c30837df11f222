"""Credit values printed over several lines: qualifiers under a name, works and their authors.

Format-independent: a qualifier alone on a line ("(supervising film editor)", or a role such as
"as the voice of Audrey", kept in brackets) belongs to the name above it, and a ``by Author``
line to the works listed above it, in every rendering.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from leaving_vegas_extract.model.article import BasedOn
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.parts.infobox.vocab import WORK_KINDS

# Values are cleaned (single spaces) before splitting, so these separators cannot backtrack.
_AUTHORS = re.compile(r", ?| and | with | ?& ?")
_QUOTES = "\"“”'‘’«»"
# The year and kind of a work a mirror ran onto its title's line ("Picnic 1953 play") or put in
# brackets after it ("Picnic (1953 play)", "Picnic (novel)"): known kinds only (WORK_KINDS), so no
# title of the work's own is cut ("Paris 1900 en couleurs").
_KIND = "|".join(re.escape(kind) for kind in sorted(WORK_KINDS, key=len, reverse=True))
_WORK_NOTE = re.compile(rf"(?<=\S) (?:\d{{4}} (?:{_KIND})|\((?:\d{{4}} )?(?:{_KIND})\))$")
# A database's sentence: the work's kind before its title ("the memoir Tide"), and the edition's
# place and year in brackets after its authors ("by Ann Roe (Boston, 1955).").
_KIND_FIRST = re.compile(rf"the (?:{_KIND}) (?=\S)")
_EDITION = re.compile(r" ?\([^()]*\d{4}\)\.?$")


def _is_qualifier(value: str) -> bool:
    """A parenthesised note printed alone ("(supervising film editor)", "(U.S.)[3]")."""
    text = strip_markers(value)[0] if "[" in value else value.strip()
    return len(text) > 2 and text[0] == "(" and text[-1] == ")" and text.count("(") == 1


def _is_role_note(value: str) -> bool:
    """A role printed in small letters under a name ("as the voice of Audrey")."""
    text = value.strip()
    return text.startswith("as ") and len(text) > 3 and "(" not in text


def join_qualifiers(rows: list[RawField], names: Callable[[RawField], bool]) -> None:
    """Join, in place, each qualifier printed on its own line to the name above it.

    Rows of names only (``names`` tells them): a place under a release date stays a value of its
    own, and the date builder reads it.
    """
    for row in rows:
        noted = (v.lstrip()[:1] == "(" or v.startswith("as ") for v in row.values[1:])
        if len(row.values) < 2 or not any(noted) or not names(row):
            continue
        values: list[str] = []
        numbers: list[int] = []
        for index, value in enumerate(row.values):
            if values and _is_qualifier(value):
                values[-1] = f"{values[-1].rstrip()} {value.strip()}"
                continue
            if values and _is_role_note(value):
                values[-1] = f"{values[-1].rstrip()} ({value.strip()})"  # kept as a qualifier
                continue
            values.append(value)
            numbers.append(row.numbers[index] if index < len(row.numbers) else row.lines[0])
        row.values, row.numbers = values, numbers


def _title(text: str) -> str:
    """The work's title: a quoted title alone, without the description after its closing quote
    (\"The Kite\" serial, first published in 1954 -> The Kite), or without the year and kind of
    work printed after it on the same line (Picnic 1953 play -> Picnic)."""
    text = text.strip().removesuffix(" and").rstrip(",;").strip()
    text = _WORK_NOTE.sub("", text) or text
    text = _KIND_FIRST.sub("", text, count=1) if text.startswith("the ") else text
    if text[:1] in _QUOTES:
        close = next((i for i in range(1, len(text)) if text[i] in _QUOTES), -1)
        if close > 1 and text[close + 1 : close + 2] in (" ", ""):
            return text[1:close].strip()
    return text.strip(_QUOTES).strip()


def _authors(text: str) -> list[str]:
    text = _EDITION.sub("", text)
    return [name for name in map(str.strip, _AUTHORS.split(text)) if name]


def _more_author(value: str, following: str) -> bool:
    """Whether a plain line after a ``by Author`` line is one more author: a further work would
    be followed by its own ``by`` line, and a title may be quoted."""
    if not value[:1].isupper() or " by " in value or value.endswith(" by"):
        return False
    return not following.startswith("by") and not following.endswith(" by")


def based_on(values: list[str]) -> list[BasedOn]:
    """Works and their authors. A ``by Author`` line names the authors of every work listed
    since the last one with authors ("A", / "B" and / "C" / "by D"); a lone ``by`` (its list
    lost) and a note under a title ("1937 film") start no work."""
    works: list[tuple[str, list[str] | None]] = []  # models built once, at the end
    after_by = False  # the value before was a "by Author" line
    for at_value, value in enumerate(values):
        following = values[at_value + 1] if at_value + 1 < len(values) else ""
        if after_by and _more_author(value, following):
            # "I Am Third" / "by Ann Roe" / "Bo Lee": a further author, not a further work.
            title, before = works[-1]
            works[-1] = (title, [*(before or ()), *_authors(value)])
            continue
        after_by = value.startswith("by ") and bool(works)
        if value.startswith("by ") and works:
            authors = _authors(value[3:])
            index = len(works) - 1
            while index > 0 and works[index - 1][1] is None and works[index][1] is None:
                index -= 1
            for at in range(index, len(works)):
                title, before = works[at]
                works[at] = (title, [*(before or ()), *authors])
        elif value == "by" or (works and not value[:1].isupper() and value[:1] not in _QUOTES):
            continue
        elif " by " in value:
            title, _, by = value.partition(" by ")
            works.append((_title(title), _authors(by)))
        elif value.endswith(" by"):
            works.append((_title(value[:-3]), []))  # "Characters by" over its lost authors
        else:
            works.append((_title(value), None))
    return [
        BasedOn(title=title) if authors is None else BasedOn(title=title, authors=authors)
        for title, authors in works
    ]
