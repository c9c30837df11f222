"""Key-colon infoboxes (wikitext-derived dumps): ``= Title =``, then ``- Director: Ann Roe`` rows.

Keys are the film template's short parameter names; lists are comma-separated; dates are ISO. The
box has no name line of its own unless the dump printed one above the rows. A related raw form
prints the template itself (``Infobox Film`` / ``name = Night Ferry`` / ``director =Ann Roe``):
its ``name`` and ``caption`` parameters are the box's name and caption.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.envelope.vocab import CHROME_LINES
from leaving_vegas_extract.parts.infobox.build import canonical
from leaving_vegas_extract.parts.infobox.lists import split_outside_brackets
from leaving_vegas_extract.parts.infobox.raw import BoxRead, RawField
from leaving_vegas_extract.parts.infobox.remnants import strip_remnants
from leaving_vegas_extract.parts.infobox.vocab import FILM_NAME_FIELDS, NAME_SUFFIXES

_KEY_CHARS = frozenset(" ()'/.&-")
_DROP_KEY_CHARS = str.maketrans(dict.fromkeys(_KEY_CHARS))  # one C pass instead of per character
_MAX_KEY = 40
_PROSE_CHARS = 400
_LIST_KEYS = frozenset({*FILM_NAME_FIELDS, "release_dates"})
_ANY_COMMA = re.compile(",")
_MAX_LIST = 4000  # a longer value is not a list of names
_PARAM = re.compile(r"([a-z][a-z_ ]{0,29}?) ?=(?!=) ?(.*)")
_YEAR = re.compile(r"\d{4}")
_MONTH_DAY = re.compile(r"\b[A-Z][a-z]{2,8}\.? \d{1,2}$")
_TEMPLATE_VALUE = 60  # a raw template's value wrapped onto a line of its own is short


def page_title(line: str) -> str | None:
    """The title of a ``= Title =`` line; None for anything else (``== Plot ==`` included).

    >>> page_title("= Heat (1995 film) ="), page_title("== Plot =="), page_title("=")
    ('Heat (1995 film)', None, None)
    """
    text = line.strip()
    if len(text) < 3 or text[0] != "=" or text[-1] != "=" or text[1] == "=" or text[-2] == "=":
        return None
    return clean(text[1:-1]) or None


def key_row(line: str) -> tuple[str, str] | None:
    """``(key, value)`` of a ``- Key: value`` (``* Key:``, or a blog's ``  • KEY: value``) line,
    None for any other.

    >>> key_row("- Director: Ann Roe"), key_row("- Starring:"), key_row("- Ann Roe as Mia")
    (('Director', 'Ann Roe'), ('Starring', ''), None)
    >>> key_row("  • DIRECTED BY: Ann Roe")
    ('DIRECTED BY', 'Ann Roe')
    """
    line = line.lstrip()
    if not line.startswith(("-", "*", "•")):
        return None
    text = line[1:].lstrip()
    colon = text.find(":", 0, _MAX_KEY)
    key = text[:colon].strip()
    if colon <= 0 or not key[:1].isupper():
        return None
    if not key.translate(_DROP_KEY_CHARS).isalnum():  # the capital keeps it non-empty
        return None
    return key, text[colon + 1 :].strip()


def template_row(line: str) -> tuple[str, str] | None:
    """``(key, value)`` of a raw template parameter line (``director =Ann Roe``).

    >>> template_row("director =Ann Roe"), template_row("name = Heat"), template_row("x == 2")
    (('director', 'Ann Roe'), ('name', 'Heat'), None)
    """
    if not line[:1].islower() or "=" not in line[:32]:
        return None
    m = _PARAM.fullmatch(line.strip())
    if m is None:
        return None
    return m.group(1).strip(), strip_remnants(m.group(2).strip())


def any_row(line: str) -> tuple[str, str] | None:
    """A ``- Key: value`` row or a raw template parameter line of a known key."""
    found = key_row(line) or template_row(line)
    return found if found is not None and canonical(found[0]) is not None else None


def _prose(line: str) -> bool:
    text = line.strip()
    return len(text) > _TEMPLATE_VALUE or ". " in text or text.endswith(".")


def split_list(value: str) -> list[str]:
    """Items of a comma list, commas inside parentheses and before "Jr." kept.

    It differs on purpose from the builder's ``list_items`` (parts/infobox/lists), which every
    format's rows go through after this: a key-colon dump's lists are its template's, so here any
    comma outside brackets splits (spaced or not: "Ann Roe,Bo Lee"), a semicolon does not, a
    bracketed note after a comma joins the name before it ("Ann Roe, (uncredited)"), a year joins
    the date before it ("May 1, 2009": release dates are lists here), items are stripped and
    empty ones dropped, and a value over ``_MAX_LIST`` characters is prose, left whole.

    >>> split_list("1996-02-08 (Berlin, Germany), 1996-03-08 (United States)")
    ['1996-02-08 (Berlin, Germany)', '1996-03-08 (United States)']
    >>> split_list("Sammy Davis, Jr., Ann Roe, (uncredited)")
    ['Sammy Davis, Jr.', 'Ann Roe (uncredited)']
    >>> split_list("December 26, 2008, May 1, 2009")
    ['December 26, 2008', 'May 1, 2009']
    """
    if len(value) > _MAX_LIST:
        return [value]  # prose, not a list
    items = [item.strip() for item in split_outside_brackets(value, _ANY_COMMA)]
    merged: list[str] = []
    for item in items:
        if merged and item.rstrip(".").casefold() in NAME_SUFFIXES:
            merged[-1] = f"{merged[-1]}, {item}"
        elif merged and item.startswith("(") and item.endswith(")"):
            merged[-1] = f"{merged[-1]} {item}"
        elif merged and _YEAR.fullmatch(item) and _MONTH_DAY.search(merged[-1]):
            merged[-1] = f"{merged[-1]}, {item}"  # "December 26, 2008" is one date
        elif item:
            merged.append(item)
    return merged


def _add(row: RawField, value: str, number: int) -> None:
    key = canonical(row.label)
    for item in split_list(value) if key in _LIST_KEYS else [value]:
        row.add(item, number)
    row.lines = (row.lines[0], number)


def read_key_box(numbered: list[tuple[int, str]]) -> BoxRead | None:
    """A key-colon box from a block's numbered lines; None without two ``- Key:`` rows."""
    first = next((i for i, (_, line) in enumerate(numbered) if any_row(line)), None)
    if first is None:
        return None
    rows: list[RawField] = []
    params: dict[str, str] = {}
    last = numbered[first][0]
    for number, line in numbered[first:]:
        found = key_row(line)
        param = template_row(line) if found is None else None
        if param is not None and canonical(param[0]) is None:
            params.setdefault(param[0], clean(param[1]))  # name, caption, image, ids
        elif (found := found or param) is not None:
            rows.append(RawField(label=found[0], lines=(number, number)))
            _add(rows[-1], found[1], number)
        elif len(line) > _PROSE_CHARS or not rows or (params and _prose(line)):
            break
        else:
            # A wrapped or bulleted value continues the row above.
            _add(rows[-1], line.lstrip("-•* ").strip(), number)
        last = number
    if len(rows) < 2:
        return None
    heads: list[str] = []
    for _, line in numbered[:first]:
        param = template_row(line)
        if param is not None:
            params.setdefault(param[0], clean(param[1]))
        elif _prose(line):
            # Prose above the rows (a site's notice, the article's paragraphs): a line after it
            # heads a section ("Production notes and credits"); the box printed no name.
            heads = [""]
        elif line.strip() and clean(line).casefold() not in CHROME_LINES:
            heads.append(clean(line))
    name = params.get("name") or (heads[0] if heads else None) or None
    return BoxRead(name, params.get("caption") or None, rows, (numbered[0][0], last), [])
