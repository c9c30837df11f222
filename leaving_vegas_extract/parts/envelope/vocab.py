"""The mirrors' own header keys, site chrome lines and footer openings (data only)."""

from __future__ import annotations

from types import MappingProxyType

HEADER_KEYS: MappingProxyType[str, str] = MappingProxyType(
    {
        "article id": "article_id",
        "reproduction date": "reproduction_date",
        "title": "title",
        "author": "author",
        "language": "language",
        "subject": "subjects",
        "subjects": "subjects",
        "collection": "collections",
        "collections": "collections",
        "publisher": "publisher",
    }
)
"""Header key (casefolded) to envelope field."""

LIST_KEYS: frozenset[str] = frozenset({"subjects", "collections"})

CHROME_LINES: frozenset[str] = frozenset(
    {
        "world library",
        "world heritage encyclopedia",
        "flag as inappropriate",
        "email this article",
        "share",
        "print",
        "print this article",
        "add to book shelf",
        "remove from book shelf",
        "download",
        "jump to navigation",
        "jump to search",
        "from wikipedia, the free encyclopedia",
        "navigation menu",
        "jump to content",
        "skip to main content",
        "skip to content",
        "last updated",
    }
)
"""Site chrome lines (casefolded, cleaned): claimed as chrome, never prose."""

FOOTER_OPENINGS: tuple[str, ...] = (
    "this article was sourced from",
    "text is available under the creative commons",
    'retrieved from "',
    "copyright ©",
)
"""How a mirror's footer begins (casefolded prefixes)."""

HATNOTE_SEE: tuple[str, ...] = ("see", "voir", "siehe", "véase", "vedi", "veja", "ver")
"""The word a hatnote points with ("For other uses, see …", "…, voir …"), in the languages of
the mirrors studied: a hatnote is known by its shape, a short lead-in, a comma and this word."""

HATNOTE_OPENINGS: tuple[str, ...] = (
    "this article is about ",
    "not to be confused with ",
    "for other uses, see",
    "pour les articles homonymes",
    "pour l'article homonyme",
    "pour l’article homonyme",
    "pour les articles ayant des titres",
    "ne doit pas être confondu avec",
    "dieser artikel behandelt",
    "dieser artikel beschreibt",
    "zu weiteren bedeutungen siehe",
    "para otros usos de este término",
    "no debe confundirse con",
    "este artículo trata sobre",
    "nota: para outros significados",
    "este artigo é sobre",
    "disambiguazione –",
    "nota disambigua",
)
"""How a hatnote opens (casefolded), the ones a comma and a pointing word do not tell: the
hatnote templates as each wiki prints them (en {{About}}, {{Distinguish}}, {{Other uses}}; fr
{{Voir homonymes}}, de {{Dieser Artikel}}, es {{Otros usos}}, pt {{Outros significados}}, it
{{Disambigua}}). Never a box's name or title, nor prose."""
