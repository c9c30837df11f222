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
