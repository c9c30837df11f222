"""Name vocabulary: particles, suffixes, titles and the words of organisations' names."""

from __future__ import annotations

NAME_PARTICLES: frozenset[str] = frozenset(
    {
        "abu", "af", "al", "al-", "av", "bar", "bat", "bin", "bint", "bon", "d'", "da", "dal",
        "das", "de", "degli", "dei", "del", "dela", "della", "delle", "dello", "dem", "den",
        "der", "di", "do", "dos", "du", "el", "ibn", "la", "le", "san", "santa", "st", "st.",
        "te", "ten", "ter", "van", "vande", "vanden", "vander", "von", "zu", "zum", "zur",
    }
)  # fmt: skip
"""Casefolded name particles ("van", "de la"): names holding one take the slow, careful parser."""


NAME_SUFFIXES: frozenset[str] = frozenset(
    {"jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "esq", "esq.", "phd", "ph.d.", "md", "m.d."}
)
"""Casefolded generational and degree suffixes ("Jr.", "III")."""


NAME_TITLES: frozenset[str] = frozenset(
    {
        "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof.", "sir", "dame",
        "lord", "lady", "rev", "rev.", "fr", "fr.", "hon", "hon.",
    }
)  # fmt: skip
"""Casefolded honorifics printed before a name ("Dr.", "Sir")."""


ORGANISATION_WORDS: frozenset[str] = frozenset(
    {
        "academy", "agency", "animation", "archive", "archives", "associated", "association",
        "board", "broadcasting", "bureau", "center", "centre", "channel", "club", "collection",
        "college", "commission", "committee", "company", "corp", "corporation", "council",
        "department", "desk", "division", "entertainment", "features", "federation", "festival",
        "film", "films", "foundation", "group", "guild", "inc", "institute", "institution",
        "league", "library", "limited", "ltd", "magazine", "media", "ministry", "museum",
        "network", "news", "newspaper", "office", "pictures", "press", "productions", "radio",
        "records", "reporters", "research", "service", "society", "staff", "studio", "studios",
        "television", "trust", "tv", "union", "university", "wire", "writers",
    }
)  # fmt: skip
"""Casefolded words that make an author an organisation (kept whole as a CSL ``literal``)."""


ORGANISATION_OPENINGS: frozenset[str] = frozenset({"the"})
"""Casefolded first words that no personal name starts with ("The Numbers")."""


ORGANISATION_LINKS: frozenset[str] = frozenset(
    {"and", "&", "for", "in", "of", "on", "the", "und", "des", "für", "at", "to"}
)
"""Lower-case words inside an organisation's name ("Academy of ... Arts and Sciences")."""
