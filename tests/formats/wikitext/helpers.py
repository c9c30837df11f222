"""Reading a wikitext snippet with the wikitext readers, lines numbered from 1."""

from __future__ import annotations

import textwrap

from leaving_vegas_extract.formats.wikitext.awards import AwardsFound, read_awards
from leaving_vegas_extract.formats.wikitext.page import WikiPage
from leaving_vegas_extract.formats.wikitext.tracks import TracksFound, read_tracks


def awards_of(snippet: str) -> AwardsFound:
    """The accolades ``read_awards`` finds in ``snippet`` (dedented)."""
    text = textwrap.dedent(snippet).lstrip("\n")
    return read_awards(text, WikiPage.of(tuple(text.split("\n"))).line_of)


def tracks_of(snippet: str) -> TracksFound:
    """The listings ``read_tracks`` finds in ``snippet`` (dedented)."""
    text = textwrap.dedent(snippet).lstrip("\n")
    return read_tracks(text, WikiPage.of(tuple(text.split("\n"))).line_of)


def rows(found: AwardsFound) -> list[tuple[str, str | None, list[str], str | None, str | None]]:
    """``(award, category, recipients, result, year)`` of each row."""
    return [(a.award, a.category, a.recipients, a.result, a.year) for a in found.awards]
