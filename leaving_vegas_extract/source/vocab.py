"""Data for the reader: file signatures of common binary formats, byte-order marks.

A signature is only listed when no text article could start with it (each holds a control or
non-ASCII byte, or is a format marker like ``%PDF-`` that prose never opens with).
"""

from __future__ import annotations

import codecs

BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an office document)"),
    (b"\x1f\x8b", "gzip-compressed data (name it .gz)"),
    (b"\xfd7zXZ\x00", "xz-compressed data (name it .xz)"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"\x7fELF", "an executable"),
    (b"MZ\x90\x00", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old office document"),
    (b"OggS\x00", "an Ogg media file"),
    (b"\x00\x00\x01\xba", "an MPEG video"),
)
"""``(leading bytes, what the file is)``; checked before any decoding."""

# UTF-32 before UTF-16: the UTF-32-LE mark starts with the UTF-16-LE one.
BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
"""``(byte-order mark, codec that reads it)``, longest marks first."""

# ---------------------------------------------------------------- which files are articles

ARTICLE_SUFFIXES: tuple[str, ...] = (".txt", ".html", ".htm", ".xml", ".wiki", ".wikitext")
"""File suffixes read by default inside folders (each also compressed, see below)."""

COMPRESSED_SUFFIXES: tuple[str, ...] = (".gz", ".bz2", ".xz")
"""Suffixes of compressed inputs, read through the decompressor their suffix names."""

# ---------------------------------------------------------------- markup

HTML_ROOTS: frozenset[str] = frozenset(
    {
        "html",
        "head",
        "body",
        "div",
        "table",
        "meta",
        "title",
        "main",
        "article",
        "section",
        "header",
        "p",
        "h1",
        "h2",
        "link",
        "script",
        "style",
        "base",
        "span",
        "ul",
        "center",
    }
)
"""First elements that open an HTML page (or a fragment of one): the document is HTML."""

NON_ARTICLE_ROOTS: dict[str, str] = {
    "svg": "an SVG image",
    "rss": "an RSS feed",
    "feed": "an Atom feed",
    "kml": "a KML map",
    "gpx": "a GPX track",
    "plist": "a property list",
    "math": "a MathML formula",
    "urlset": "a sitemap",
    "sitemapindex": "a sitemap",
    "project": "a build file",
    "manifest": "an application manifest",
}
"""First elements of markup that is never an article page: ``element -> what it is``."""

# ---------------------------------------------------------------- evidence that text is no article

MIN_WORDS = 25
MIN_CHARACTERS = 150
"""Below either, text is too short to be an article (a mirror's header alone has ~55 words)."""

CODE_LINE = (
    r"(?:def|class|async def)\s+\w+\s*[(:].*"
    r"|(?:import|from)\s+[\w.]+(?:\s+import\s+[\w.*, ]+)?"
    r"|#include\s*[<\"].*|#!/.*|(?:package|using)\s+[\w.]+;"
    r"|(?:function|func|fn)\s+\w+\s*\(.*|(?:const|let|var)\s+\w+\s*=.*"
    r"|(?:public|private|protected|static)\s+[\w<>\[\]]+\s+\w+.*"
    r"|(?:return|raise|throw|yield)\b.*|if\s*\(.*"
    r"|(?:with|while|for|if|elif|else|try|except|finally|async with)\b.*[:{]"
    r"|[}\])]+[;,]?|.*[;{]|.*\)\s*(?:->\s*[\w\[\], |.]+)?:"
    r"|@[\w.]+(?:\(.*\))?|#(?:\s.*)?|\"\"\".*|'''.*|//.*|/\*.*|\*/"
    r"|[\w.\[\]\"']+(?::[^=]*|\s*)[-+*/|&%]?=\s*\S.*|[\w.]+\(.*\)"
)
"""A line of program source (matched after its indentation); no prose line has these shapes.
``evidence._could_be_code`` skips lines no alternative can match by their first and last
characters: a new alternative must start or end as those listed there."""

TEMPLATE_PARAMETER = r"\|?\s*[a-z][a-z0-9_ ]{0,30}\s*=\s*[^=()\[\]{};\"'`]*"
"""An infobox template parameter as mirrors print the raw template (``director =Ann Roe``,
``runtime = 91 minutes``): an assignment in shape, but the text of an article, not code."""

MARKDOWN_LINE = r"#{1,6}\s+\S|```|~~~|.*`[^`\s][^`]*`|\[!\[|<!--.*-->\s*$"
"""Markdown that mirror renderings never print: ATX headings, fences, code spans, badges
(``evidence._is_markdown`` tries it only on lines that start with ``#~[<`` or hold a backtick).
Pipe tables, links and images are left out on purpose: mirror pages converted to Markdown print
them on many lines (a cell's poster, a linked name), and they say nothing of a README."""

ANSI_ESCAPE = r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x07]*\x07"
"""Terminal colour and cursor sequences (a captured terminal session, not an article)."""
