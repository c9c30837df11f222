"""Words of cast lists: section titles, credit separators, qualifiers, table headers."""

from __future__ import annotations

import re

CAST_TITLE = re.compile(r"(?<![\w-])(?:cast|starring)(?![\w-])")
"""A section title (casefolded) that names the cast: "Cast", "Main cast", "Cast and characters",
"Voice cast", "Starring"; the whole word only, so "Casting" and "Broadcast" are not."""

ROLE_SEPARATORS: tuple[str, ...] = (" as ", " … ", " ... ", " .... ", " — ", " – ", " - ", ": ")
"""Between a name and its role, tried in this order; the first one found splits the credit."""

STRONG_SEPARATORS: frozenset[str] = frozenset({" as ", " … ", " ... ", " .... "})
"""Separators that mark a credit even outside a Cast section (dashes and colons also mark
glossaries and notes)."""

QUALIFIERS: tuple[str, ...] = (
    "voice",
    "voices",
    "singing voice",
    "uncredited",
    "credited as",
    "as ",
    "cameo",
    "archive footage",
    "archival footage",
    "archive",
    "special appearance",
    "guest appearance",
    "special thanks",
    "motion capture",
    "in a dual role",
    "dual role",
    "double role",
    "also",
    "guest",
    "extended cut",
    "director's cut",
    "scenes deleted",
    "deleted scenes",
    "not credited",
    "photograph",
    "photo",
    "english dub",
    "english version",
    "original version",
)
"""Casefolded starts of a trailing parenthetical that qualifies a credit (it goes to ``note``);
any other parenthetical belongs to the role ("Tom (age 10)" stays whole)."""

NAME_JOINERS: frozenset[str] = frozenset(
    {"ap", "ab", "ferch", "verch", "y", "i", "e", "ní", "nic", "ó"}
)
"""Casefolded lower-case words inside names beyond the usual particles ("Gwion ap Rhys",
"Ortega y Gasset")."""

HEADER_WORDS: frozenset[str] = frozenset(
    {"actor", "actors", "actress", "cast", "performer", "name", "role", "roles", "character",
     "characters", "part", "played by", "voice", "voice actor", "cast member"}
)  # fmt: skip
"""Casefolded header cells of a two-column cast table."""

BULLETS: str = "•\u2022\u25cf\u25aa\u00b7*-–"
"""Characters that open a list item in flattened text."""
