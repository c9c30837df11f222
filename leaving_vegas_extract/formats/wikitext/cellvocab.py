"""Templates of table cells and list items (casefolded names; data only).

Everything else a cell holds (wrappers, lists, dates, symbols) prints what it prints on the page:
the page's one table of templates (``templates``, ``vocab``). Result cells, note markers and
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
