"""Vocabulary of printed citations: name particles, organisation words, source kinds (data only)."""

from __future__ import annotations

from types import MappingProxyType

SEASONS: MappingProxyType[str, int] = MappingProxyType(
    {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}
)
"""Casefolded season words to CSL season numbers ("Spring 2000" keeps its year)."""

SOURCE_KINDS: MappingProxyType[str, str] = MappingProxyType(
    {
        "press release": "Press release",
        "interview": "Interview",
        "podcast": "Podcast",
        "video": "Video",
        "dvd": "DVD",
        "blu-ray": "Blu-ray",
        "television": "Television",
        "radio": "Radio",
        "pdf": "PDF",
        "liner notes": "Liner notes",
        "review": "Review",
    }
)
"""A segment naming the kind of source ("Press release."), casefolded, to its CSL ``genre``."""

NEWSPAPER_WORDS: frozenset[str] = frozenset(
    {
        "chronicle", "courier", "daily", "dispatch", "examiner", "express", "gazette", "globe",
        "guardian", "herald", "independent", "inquirer", "ledger", "mail", "mirror", "morning",
        "news", "observer", "post", "standard", "telegraph", "times", "tribune",
    }
)  # fmt: skip
"""Casefolded container words that mark a newspaper."""

MAGAZINE_WORDS: frozenset[str] = frozenset(
    {"magazine", "monthly", "weekly", "fortnightly", "digest", "bi-weekly"}
)
"""Casefolded container words that mark a magazine."""

JOURNAL_WORDS: frozenset[str] = frozenset(
    {"journal", "quarterly", "studies", "annals", "proceedings", "bulletin"}
)
"""Casefolded container words that mark a scholarly journal (when volume or issue is printed)."""

ABBREVIATIONS: frozenset[str] = frozenset(
    {
        "al", "bros", "co", "dr", "ed", "eds", "ft", "jr", "mr", "mrs", "ms", "mt", "no", "nos",
        "pp", "prof", "rev", "sr", "st", "trans", "vol", "vols", "vs",
    }
)  # fmt: skip
"""Casefolded words whose full stop does not end a citation segment ("St. Martin's", "et al.")."""

PLACE_LINKS: frozenset[str] = frozenset({"am", "de", "del", "la", "le", "on", "upon", "sur"})
"""Lower-case words allowed inside a place of publication ("Frankfurt am Main")."""


DANGLING_WORDS: frozenset[str] = frozenset(
    {"for", "from", "of", "the", "and", "a", "an", "to", "in", "-", "–"}
)
"""Casefolded last words of a fragment whose link text was lost ("It's Worth Watching for .")."""

EXPLANATORY_HEADINGS: frozenset[str] = frozenset({"notes", "note", "explanatory notes"})
"""Heading keys of an explanatory-notes list, kept apart from the references list after it."""

FURTHER_READING_HEADINGS: frozenset[str] = frozenset(
    {"further reading", "bibliography", "further reading and listening"}
)
"""Heading keys of the further-reading list."""
