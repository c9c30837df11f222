"""Templates that print inside table cells and list items (casefolded names; data only)."""

from __future__ import annotations

from types import MappingProxyType

RESULT_TEMPLATES: MappingProxyType[str, str] = MappingProxyType(
    {
        "won": "Won",
        "win": "Won",
        "yes": "Yes",
        "nom": "Nominated",
        "nominated": "Nominated",
        "nominee": "Nominated",
        "pending": "Pending",
        "tba": "TBA",
        "n/a": "N/A",
        "na": "N/A",
        "no": "No",
        "draw": "Draw",
        "runner-up": "Runner-up",
        "won-small": "Won",
        "nom-small": "Nominated",
        "honorable mention": "Honorable mention",
        "honourable mention": "Honourable mention",
        "shortlisted": "Shortlisted",
        "longlisted": "Longlisted",
        "withdrawn": "Withdrawn",
    }
)
"""Result cell templates to the word they print when given no text of their own
(``{{Won|2nd place}}`` prints its first parameter instead)."""

LIST_TEMPLATES: frozenset[str] = frozenset(
    {
        "plainlist", "plain list", "unbulleted list", "ubl", "ubil", "flatlist", "flat list",
        "hlist", "bulleted list", "bullet list", "unordered list", "ordered list",
    }
)  # fmt: skip
"""Templates whose parameters (or ``*`` lines inside them) are the items of a list."""

FIRST_ARG_TEMPLATES: frozenset[str] = frozenset(
    {
        "nowrap", "nobr", "small", "smaller", "big", "larger", "nobold", "noitalic", "center",
        "abbr", "ill", "interlanguage link", "nts", "ntsh", "ship",
        "highlight", "mvar", "resize", "vanchor", "anchored", "visible anchor", "tooltip",
    }
)  # fmt: skip
"""Templates that print their first parameter (``{{small|(2010)}}`` prints ``(2010)``)."""

SECOND_ARG_TEMPLATES: frozenset[str] = frozenset({"sort", "flagg", "lang", "lang-rtl", "transl"})
"""Templates that print their second parameter (``{{sort|key|Text}}`` prints ``Text``)."""

NAME_TEMPLATES: frozenset[str] = frozenset({"sortname", "sort name"})
"""``{{sortname|First|Last}}`` prints ``First Last``."""

DATE_TEMPLATES: frozenset[str] = frozenset(
    {"dts", "date table sorting", "start date", "start date and age", "film date", "date"}
)
"""Date templates whose numeric parameters are a year, month and day."""

NOTE_TEMPLATES: frozenset[str] = frozenset(
    {"sfn", "sfnp", "harvnb", "r", "rp", "efn", "efn-ua", "efn-lr", "refn", "ref label"}
)
"""Templates that print a note marker, not text: kept as citations when they are references."""

REF_TEMPLATES: frozenset[str] = frozenset({"sfn", "sfnp", "harvnb", "r"})
"""The note templates above whose note is one of the page's references."""
