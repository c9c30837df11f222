"""One note of any format to a Reference: its backlinks, its fields from the parsed citation,
its damage.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.model.article import Author, Diagnostic, Lines, Reference
from leaving_vegas_extract.parts.references.citation import Citation

_DOTTED = re.compile(r"\d{1,4}\.\d{1,3}")


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _letter(index: int) -> str:
    """The ``index``-th backlink letter: a … z, then aa, ab …"""
    if index < len(_LETTERS):
        return _LETTERS[index]
    return _LETTERS[index // len(_LETTERS) - 1] + _LETTERS[index % len(_LETTERS)]


def backlinks(text: str, arrow: bool) -> tuple[int, str]:
    """How many backlinks open the note ("a b c", "2.0 2.1"), and the text after them.

    A single citation prints no letters, so one letter alone is text, not a backlink.

    >>> backlinks("a b c Roe, Ann. Title.", arrow=False)
    (3, 'Roe, Ann. Title.')
    >>> backlinks("a review of the film.", arrow=False)
    (1, 'a review of the film.')
    >>> backlinks("2.0 2.1 Text", arrow=True)
    (2, 'Text')
    """
    # Two backlinks at least or none: most notes fail on their first characters.
    if not text[:1].isdigit() if arrow else not text.startswith("a "):
        return 1, text
    words = text.split(" ")
    count = 0
    for word in words:
        if (_DOTTED.fullmatch(word) is None) if arrow else word != _letter(count):
            break
        count += 1
    if count < 2:
        return 1, text
    return count, " ".join(words[count:])


def reference(number: int, backlinks: int, raw: str, c: Citation, lines: Lines) -> Reference:
    """A :class:`Reference` from a note's parsed citation (shared with the HTML notes part)."""
    fields: dict[str, object] = {"number": number, "backlinks": backlinks, "raw": raw}
    fields["authors"] = (
        [Author(family=n.family, given=n.given, literal=n.literal) for n in c.authors]
        if c.authors
        else []
    )
    # Only the fields the citation gave: the Reference's defaults fill the rest. Each read by
    # name (compiled, a slot load), not by getattr over a table of names.
    if c.title is not None:
        fields["title"] = c.title
    if c.publisher is not None:
        fields["publisher"] = c.publisher
    if c.issued is not None:
        fields["issued"] = c.issued
    if c.accessed is not None:
        fields["accessed"] = c.accessed
    if c.archived is not None:
        fields["archived"] = c.archived
    if c.url is not None:
        fields["url"] = c.url
    if c.pages is not None:
        fields["pages"] = c.pages
    if c.edition is not None:
        fields["edition"] = c.edition
    if c.isbn is not None:
        fields["isbn"] = c.isbn
    if c.issn is not None:
        fields["issn"] = c.issn
    if c.doi is not None:
        fields["doi"] = c.doi
    if c.container is not None:
        fields["container_title"] = c.container
    fields["lines"] = lines
    return Reference(**fields)


def damage(what: str, c: Citation, raw: str, lines: Lines) -> list[Diagnostic]:
    """Diagnostics for what looks damaged in a note (shared with the HTML notes part)."""
    if not raw:
        return [
            Diagnostic(
                severity="warning",
                code="note-empty",
                message=f"{what} has no text (only its backlinks survived the dump)",
                lines=lines,
            )
        ]
    return [
        Diagnostic(severity="warning", code=d.code, message=f"{what}: {d.message}", lines=lines)
        for d in c.damage
    ]
