"""Markup of encyclopedia pages and their mirrors: tags, class names and ids (data only)."""

from __future__ import annotations

BLOCK_TAGS: frozenset[str] = frozenset(
    {
        "address", "article", "aside", "blockquote", "caption", "center", "dd", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr",
        "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "td", "tfoot", "th",
        "thead", "tr", "ul",
    }
)  # fmt: skip
"""Tags that end a line of text: their edges separate values (like ``<br>``)."""

HEADING_TAGS: frozenset[str] = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})

CONTAINER_TAGS: frozenset[str] = frozenset(
    {"div", "section", "article", "main", "center", "span", "font", "body", "form", "tbody"}
)
"""Tags the reader walks into when they hold blocks (a wrapper, not a block of its own)."""

LIST_TAGS: frozenset[str] = frozenset({"ul", "ol", "dl"})

SKIP_CLASSES: frozenset[str] = frozenset(
    {"mw-editsection", "editsection", "sortkey", "mw-cite-backlink", "cite-accessibility-label"}
)
"""Classes whose text is no part of what they sit in (edit links, sort keys, backlinks)."""

CONTENT_IDS: tuple[str, ...] = ("mw-content-text", "bodyContent", "content", "article-body")
"""Ids of the element holding the article itself, most specific first."""

CONTENT_CLASSES: tuple[str, ...] = ("mw-parser-output", "mw-body-content", "article-body")

CHROME_TAGS: frozenset[str] = frozenset({"head", "nav", "header", "footer", "aside", "menu"})

CHROME_WORDS: frozenset[str] = frozenset(
    {
        "header", "footer", "nav", "navigation", "navbar", "navbox", "vertical-navbox", "menu",
        "sidebar", "toolbar", "tools", "search", "searchform", "logo", "sitenotice", "jump",
        "mw-jump", "catlinks", "printfooter", "mw-panel", "mw-head", "p", "sitesub",
        "contentsub", "noprint", "mw-indicators", "share", "login", "personal", "banner",
        "breadcrumb", "breadcrumbs", "metadata", "ambox", "sistersitebox", "mw-navigation",
    }
)  # fmt: skip
"""Ids and class names of site chrome (lowercased), alone or opening a longer name before a
hyphen (``p-search``, ``footer-info``): navigation, tools, banners, navigation boxes."""

TOC_WORDS: tuple[str, ...] = ("toc",)
"""Id and class of the contents box (``div#toc.toc``, ``nav#toc``)."""

HATNOTE_CLASSES: frozenset[str] = frozenset(
    {"hatnote", "dablink", "rellink", "thumb", "thumbinner", "figure", "mw-halign-right"}
)
"""Notes and figures around the prose: page furniture, not paragraphs."""

INFOBOX_CLASS = "infobox"
REFERENCES_CLASS = "references"
REFERENCE_TEXT_CLASS = "reference-text"
BACKLINK_CLASS = "mw-cite-backlink"
HEADLINE_CLASS = "mw-headline"
TOC_NUMBER_CLASS = "tocnumber"
TOC_TEXT_CLASS = "toctext"
CATEGORY_IDS: tuple[str, ...] = ("catlinks", "mw-normal-catlinks")

NOTE_HEADINGS: frozenset[str] = frozenset(
    {"notes", "note", "explanatory notes", "footnotes (explanatory)", "notes and references notes"}
)
"""Headings (casefolded) over explanatory notes, dropped when a references list follows."""

REFERENCE_HEADINGS: frozenset[str] = frozenset(
    {"references", "notes", "footnotes", "citations", "sources", "notes and references"}
)
"""Headings (casefolded) over the numbered notes when the list carries no ``references`` class."""

FURTHER_HEADINGS: frozenset[str] = frozenset(
    {"further reading", "bibliography", "further reading and listening", "literature"}
)
"""Headings (casefolded) over the further-reading list."""

TITLE_SEPARATORS: tuple[str, ...] = (" | ", " - ", " — ", " – ")
"""Between an article's name and the site's in a ``<title>``."""

MAX_SPAN = 64
"""Columns and rows a single table cell may span (HTML allows 1000 and 65534): a hostile
``colspan`` cannot make a grid of millions of slots."""
