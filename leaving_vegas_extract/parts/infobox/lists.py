"""Items of a printed credit list: commas and semicolons outside brackets, a closing "and", and
the full stop a blog leaves after a box row pasted as a sentence ("Edited by Ann Roe.").

Format-independent: the same list punctuation reaches the builder from every rendering. A list
that swallowed the next row's label ("Music by Ann Roe, Cinematography, Bo Lee.") is cut there.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.parts.infobox.vocab import (
    COMPANY_KEYS,
    KEY_ONLY,
    LABELS,
    NAME_SUFFIXES,
    PERSON_KEYS,
)

# ", " or "; " between list items, or ",and " with the space lost ("A (US),and B (Japan)"); not
# before the suffixes of a single name or company.
_SUFFIX = "|".join(re.escape(suffix) for suffix in sorted(NAME_SUFFIXES))
_COMMA = re.compile(rf"(?:;\s+|,(?:\s+|(?=and\s))(?!(?i:{_SUFFIX})\b\.?))")
_HIDE = str.maketrans({",": "\x00", ";": "\x01"})
_SHOW = str.maketrans({"\x00": ",", "\x01": ";"})
# A closing "and" between two people ("Ann Roe and Bo Lee", "Ann Roe (book) and Bo Lee").
_AND = re.compile(r"(?<=[\w).]) and (?=[A-Z])")
# A last word that keeps its full stop: an initial, an abbreviation ("et al." too: a list cut
# short by its printer), or a dotted one ("S.A.").
_KEEPS_STOP = re.compile(
    r"(?:\b[A-Z]|\b(?:Jr|Sr|Inc|Ltd|Co|Corp|Bros|Dr|St|Mr|Mrs|Ms|Pty|Pvt|Prods?|Intl|No|Vol)"
    r"|\bet al|\.\w+)\.$"
)


def _hide_bracketed(value: str) -> str:
    """``value`` with the commas and semicolons inside brackets masked, so they split nothing
    ("Henry Sharp (overall cinematography; b&w camera)")."""
    if "(" not in value and "[" not in value:
        return value
    out: list[str] = []
    depth = 0
    for char in value:
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        out.append(char.translate(_HIDE) if depth else char)
    return "".join(out)


def split_outside_brackets(value: str, at: re.Pattern[str]) -> list[str]:
    """``value`` split where ``at`` matches outside round and square brackets.

    >>> split_outside_brackets("Ann Roe (camera, b&w), Bo Lee", re.compile(","))
    ['Ann Roe (camera, b&w)', ' Bo Lee']
    """
    return [part.translate(_SHOW) for part in at.split(_hide_bracketed(value))]


def list_items(value: str, key: str) -> list[str]:
    """The items of a printed list for ``key``: split at commas and semicolons outside brackets;
    for people, also at a closing "and" between two people, in a comma list or alone.

    Every format's rows come through here. The key-colon reader's ``split_list`` (formats/text)
    splits its dumps' lists before, differently on purpose: at any comma outside brackets, spaced
    or not, never at a semicolon, joining a bracketed note ("(uncredited)") back onto the name
    before it and a year onto its date ("May 1, 2009"). Here a comma splits only before a space
    or "and", semicolons split, a lone bracketed item stays an item, items keep their spaces,
    companies split at " / " and people at a closing "and". Both use
    ``split_outside_brackets`` and the vocabulary's ``NAME_SUFFIXES``.

    >>> list_items("Ann Roe (camera; second unit) Bo Lee", "cinematography")
    ['Ann Roe (camera; second unit) Bo Lee']
    >>> list_items("Ann Roe, Bo Lee and Cy Dunn", "starring")
    ['Ann Roe', 'Bo Lee', 'Cy Dunn']
    >>> list_items("Ann Roe (screenplay) and Bo Lee (novel)", "written_by")
    ['Ann Roe (screenplay)', 'Bo Lee (novel)']
    >>> list_items("Ann Roe and Bo Lee", "written_by")
    ['Ann Roe', 'Bo Lee']
    >>> list_items("Trinidad and Tobago, Peru", "countries")
    ['Trinidad and Tobago', 'Peru']
    >>> list_items("Screen Gems / Columbia Pictures", "production_companies")
    ['Screen Gems', 'Columbia Pictures']
    >>> list_items("Pell Films Co., LTD, Roe Films, LLC", "production_companies")
    ['Pell Films Co., LTD', 'Roe Films, LLC']
    """
    listed = ", " in value or ",and " in value or "; " in value
    parts = split_outside_brackets(value, _COMMA) if listed else [value]
    # Companies a mirror joined with a slash ("Screen Gems / Columbia Pictures"): a company's own
    # name never holds a spaced slash, a person's credit or a title may ("Writer / Director").
    if key in COMPANY_KEYS and " / " in value:
        parts = [piece.strip() for part in parts for piece in part.split(" / ")]
    if key in PERSON_KEYS and " and " in parts[-1]:
        parts[-1:] = _split_and(parts[-1])
    return parts


# The second half of "X and The Y" / "X and His Orchestra" names a band, not a person.
_BAND_OPENINGS = frozenset({"the", "his", "her", "their"})


def _split_and(text: str) -> list[str]:
    """People joined by "and", each of two words or more ("Ann Roe and Bo Lee"); a duo's
    one-word names ("Rodgers and Hammerstein", a credit of its own) and a band named after its
    leader ("Huey Lane and The Newsmen", "… and His Orchestra") stay one item.

    >>> _split_and("Ann Roe and Bo Lee"), _split_and("Rodgers and Hammerstein")
    (['Ann Roe', 'Bo Lee'], ['Rodgers and Hammerstein'])
    >>> _split_and("Huey Lane and The Newsmen"), _split_and("Ivo Rask and his Orchestra")
    (['Huey Lane and The Newsmen'], ['Ivo Rask and his Orchestra'])
    """
    pieces = _AND.split(text)
    # Old boxes join every writer to the next with "and" ("A (play) and B (play) and C (play)").
    people = len(pieces) >= 2 and all(len(piece.split()) > 1 for piece in pieces)
    if people and all(p.split()[0].casefold() not in _BAND_OPENINGS for p in pieces[1:]):
        return pieces
    return [text]


def without_stop(name: str) -> str:
    """A name without the full stop a pasted sentence left after it, or the comma of a list cut
    short; initials and abbreviations keep their stops.

    >>> without_stop("Walt Disney Pictures."), without_stop("Warner Bros."), without_stop("Ann B.")
    ('Walt Disney Pictures', 'Warner Bros.', 'Ann B.')
    >>> without_stop("Ann Roe,"), without_stop("Ann Roe et al.")
    ('Ann Roe', 'Ann Roe et al.')
    """
    if name.endswith((",", ";")):
        name = name.rstrip(",;").rstrip()
    if not name.endswith(".") or name.endswith("..") or _KEEPS_STOP.search(name):
        return name
    return name[:-1].rstrip()


def _inline_label(part: str) -> str | None:
    text = part.strip().rstrip(".").casefold()
    return part.strip().rstrip(".") if text in LABELS and text not in KEY_ONLY else None


def cut_at_label(value: str) -> tuple[str, str, str] | None:
    """A credit list that runs into another row's label, cut there: (its own items, the label,
    the label's items); None when no item inside the list is a label.

    >>> cut_at_label("Ann Roe, Cinematography, Bo Lee.")
    ('Ann Roe', 'Cinematography', 'Bo Lee.')
    >>> cut_at_label("Ann Roe, Bo Lee") is None
    True
    """
    parts = split_outside_brackets(value, _COMMA)
    at = next((i for i, part in enumerate(parts[1:-1], 1) if _inline_label(part)), None)
    if at is None:
        return None
    own = ", ".join(parts[:at])
    return own, _inline_label(parts[at]) or "", ", ".join(parts[at + 1 :])


def cut_inline_labels(rows: list[RawField], key_of: Callable[[str], str | None]) -> list[RawField]:
    """Rows with a credit list that ran into the next row's label cut there ("Music by Ann Roe,
    Cinematography, Bo Lee." from a blog that pasted the box as sentences): two rows.
    ``key_of`` gives a printed label's canonical key."""
    out: list[RawField] = []
    for row in rows:
        out.append(row)
        if len(row.values) != 1 or key_of(row.label) not in PERSON_KEYS:
            continue
        cut = cut_at_label(row.values[0])
        if cut is None:
            continue
        own, label, rest = cut
        number = row.numbers[0] if row.numbers else row.lines[0]
        row.values = [own]
        moved = RawField(label=label, lines=(number, number))
        moved.add(rest, number)
        out.append(moved)
    return out
