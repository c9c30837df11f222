"""What a raw template's value keeps of the templates inside it once their braces were lost.

A dump that prints the infobox template itself drops ``{{`` and ``}}`` but keeps the inner
templates' words: a maintenance tag inside a date (``December 26 ,Fact|date=July 2008 2008``)
and a flag before a country (``flagicon|USA``). The tag is dropped; the flag keeps its country,
its code spelled out (a flag icon prints no text of its own).
"""

from __future__ import annotations

import re

from leaving_vegas_extract.parts.infobox.countries import COUNTRY_CODES
from leaving_vegas_extract.parts.infobox.labels_intl import WIKIDATA_LINKS
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.source.lazy import LazyPattern

# Maintenance tags: their name, then a "date=Month Year" parameter.
_TAG = LazyPattern(
    r"\b(?:Fact|Citation needed|Cn|Clarify|Dubious|When|Who|Which|Vague|Update|Verify)"
    r"\|date=[A-Z][a-z]+ \d{4}\b",
    re.IGNORECASE,
)
_FLAG = LazyPattern(r"\b(?:flagicon|flagcountry|flag)\|([^|\s]+(?: [^|\s]+)*?)(?:\|\S*)?$", re.I)


def strip_remnants(value: str) -> str:
    """``value`` without maintenance tags, and a flag template reduced to its country.

    >>> strip_remnants("December 26 ,Fact|date=July 2008 2008")
    'December 26, 2008'
    >>> strip_remnants("flagicon|USA"), strip_remnants("flagcountry|France")
    ('United States', 'France')
    >>> strip_remnants("Ann Roe")
    'Ann Roe'
    """
    if "|" not in value:
        return value
    text = _TAG.get().sub("", value)
    flag = _FLAG.get().search(text)
    if flag is not None:
        country = flag.group(1)
        text = f"{text[: flag.start()]}{COUNTRY_CODES.get(country.casefold(), country)}"
    return " ".join(text.split()).replace(" ,", ",")


def strip_edit_link(value: str) -> str:
    """``value`` without the Wikidata edit link a wiki prints after it.

    >>> strip_edit_link("Ann Roe, Bo Lee Rediger på Wikidata"), strip_edit_link("Ann Roe")
    ('Ann Roe, Bo Lee', 'Ann Roe')
    """
    folded = value.rstrip().casefold()
    for link in WIKIDATA_LINKS:
        if folded.endswith(link):
            return value.rstrip()[: -len(link)].rstrip()
    return value


def drop_edit_links(rows: list[RawField]) -> None:
    """Every row's values without their Wikidata edit links (before lists are split)."""
    for row in rows:
        row.values = [strip_edit_link(value) for value in row.values]
