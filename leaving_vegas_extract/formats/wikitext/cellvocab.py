"""Templates that print inside table cells and list items (casefolded names; data only).

The wrappers, lists and dates a cell shares with the rest of the page are the page renderer's
own lists (``vocab``), widened here only by templates met in cells; result cells, sort keys and
table openers are cells' own.
"""

from __future__ import annotations

from types import MappingProxyType

from leaving_vegas_extract.formats.wikitext import vocab as page

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

LIST_TEMPLATES: frozenset[str] = (
    page.ITEM_LISTS | page.LINE_LISTS | {"ubil", "bullet list", "unordered list"}
)
"""Templates whose parameters (or ``*`` lines inside them) are the items of a list."""

FIRST_ARG_TEMPLATES: frozenset[str] = page.FIRST_ARGUMENT | {
    "larger", "nts", "ntsh", "highlight", "vanchor", "anchored",
}  # fmt: skip
"""Templates that print their first parameter (``{{small|(2010)}}`` prints ``(2010)``)."""

SECOND_ARG_TEMPLATES: frozenset[str] = page.SECOND_ARGUMENT | {"flagg", "lang-rtl"}
"""Templates that print their second parameter (``{{sort|key|Text}}`` prints ``Text``)."""

NAME_TEMPLATES: frozenset[str] = frozenset({"sortname", "sort name"})
"""``{{sortname|First|Last}}`` prints ``First Last``."""

DATE_TEMPLATES: frozenset[str] = page.DATE_TEMPLATES
"""Date templates whose numeric parameters are a year, month and day."""

BREAK_TEMPLATES: frozenset[str] = page.BREAKS
"""Templates that print a line break (``{{br}}``) or nothing a reader keeps (``{{clear}}``)."""

LINE_BREAKS: frozenset[str] = frozenset({"br", "break", "crlf"})
"""The :data:`BREAK_TEMPLATES` that print a line break: the items on either side stay apart."""

REF_TEMPLATES: frozenset[str] = page.SFN_TEMPLATES | {"harvnb", "r"}
"""Templates that print a note marker for one of the page's references: kept as citations."""

TABLE_OPENERS: frozenset[str] = frozenset({"awards table"})
"""Templates that open a wikitable and print its header row themselves; the page writes the
rows after them and closes the table with ``|}`` or one of :data:`TABLE_CLOSERS`."""

TABLE_CLOSERS: frozenset[str] = frozenset({"end"})
"""Templates that print the ``|}`` closing a table."""

AWARDS_TABLE_FORMAT = "1"
"""The header ``{{Awards table}}`` prints when given no format."""

AWARDS_TABLE_HEADERS: MappingProxyType[str, tuple[str, ...]] = MappingProxyType(
    {
        "1": ("Year", "Nominee / work", "Award", "Result"),
        "2": ("Year", "Nominated work", "Category", "Result", "Notes"),
        "3": ("Year", "Category", "Institution or publication", "Result", "Notes", "Ref."),
        "4": ("Year", "Nominated work", "Category", "Award", "Result", "Notes", "Ref."),
        "5": ("Year", "Award", "Category", "Nominee(s)", "Result", "Ref."),
    }
)
"""The header row ``{{Awards table|N}}`` prints for each format ``N`` (its documentation);
``no_nominee=y`` leaves the Nominee(s) column out."""

AWARDS_TABLE_NO_NOMINEE = "Nominee(s)"
"""The column ``no_nominee=`` hides."""

ROW_TEMPLATES: frozenset[str] = frozenset({"filmaward"})
"""Templates that each print one row of an accolades table (ceremony, award, category, nominee,
result, with ``…count=`` spans)."""

ROW_TABLE_STARTS: frozenset[str] = frozenset({"filmawardstart"})
"""Templates that open the table of :data:`ROW_TEMPLATES` rows (closed by ``{{end}}``)."""

SYMBOLS: MappingProxyType[str, str] = page.SYMBOLS
"""Symbol and dash templates print in a cell what they print on the page."""
