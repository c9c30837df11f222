"""Words of awards tables: header columns, results, award-name and category shapes (data only).

Everything is casefolded and generic: no list of any film's awards or winners.
"""

from __future__ import annotations

from types import MappingProxyType

HEADER_COLUMNS: MappingProxyType[str, str] = MappingProxyType(
    {
        "award": "award",
        "awards": "award",
        "association": "award",
        "organization": "award",
        "organisation": "award",
        "festival": "award",
        "category": "category",
        "categories": "category",
        "subject": "recipients",
        "recipient": "recipients",
        "recipients": "recipients",
        "recipient(s)": "recipients",
        "nominee": "recipients",
        "nominees": "recipients",
        "nominee(s)": "recipients",
        "recipient(s) and nominee(s)": "recipients",
        "recipients and nominees": "recipients",
        "nominated work": "recipients",
        "honoree": "recipients",
        "honoree(s)": "recipients",
        "result": "result",
        "results": "result",
        "outcome": "result",
        "year": "year",
        "date": "year",
        "date of ceremony": "year",
        "ceremony": "year",
        "ref": "ref",
        "ref.": "ref",
        "refs": "ref",
        "ref(s)": "ref",
        "ref(s).": "ref",
        "reference": "ref",
        "references": "ref",
        "reference(s)": "ref",
    }
)
"""Casefolded header cell (one to four words) to column: award, category, recipients, result,
year (a Year, Date or Ceremony column) or ref (a column of note markers)."""

HEADER_MAX_WORDS = 4
"""The longest header cell above, in words."""

RESULTS: tuple[str, ...] = (
    "honourable mention",
    "honorable mention",
    "special mention",
    "second place",
    "third place",
    "2nd place",
    "3rd place",
    "runner-up",
    "runner up",
    "nominated",
    "shortlisted",
    "longlisted",
    "finalist",
    "withdrawn",
    "declined",
    "nominee",
    "pending",
    "winner",
    "won",
    "tied",
)
"""Casefolded result cells, longest first (the row's last words are matched against them)."""

CATEGORY_OPENERS: frozenset[str] = frozenset(
    {"best", "outstanding", "favorite", "favourite", "top", "most", "worst", "excellence"}
)
"""First words of a category ("Best Director"): the words before one name the award."""

AWARD_ORG_WORDS: frozenset[str] = frozenset(
    {
        "awards", "festival", "circle", "association", "guild", "society", "academy",
        "critics", "critics'", "board", "institute", "foundation", "council", "union",
        "ceremony", "gala", "prizes", "federation", "review",
    }
)  # fmt: skip
"""Last words of an organisation's name ("... Critics Circle"): always open an award group."""

AWARD_ITEM_WORDS: frozenset[str] = frozenset(
    {"award", "prize", "trophy", "medal", "honour", "honor"}
)
"""Last words of a single prize ("Saturn Award"): open a group only before a
category opener or at the top of a table; inside a group, "Audience Award" is a category."""

CONNECTORS: frozenset[str] = frozenset(
    {"in", "a", "an", "the", "of", "for", "or", "and", "by", "to", "with", "at", "on", "&", "–",
     "—", "-", "/"}
)  # fmt: skip
"""Words that join the words of a category; a category never ends with one."""

CATEGORY_WORDS: frozenset[str] = frozenset(
    {
        # people and crafts
        "actor", "actress", "actors", "actresses", "director", "directing", "direction",
        "directorial", "writer", "writing", "screenplay", "screenwriting", "story", "script",
        "cinematography", "cinematographer", "photography", "editing", "editor", "edited",
        "sound", "mixing", "track", "music", "musical", "score", "song", "songs", "soundtrack",
        "composer", "art", "design", "designer", "production", "costume", "costumes", "makeup",
        "make-up", "hairstyling", "visual", "effects", "special", "stunt", "stunts", "casting",
        "choreography", "dialogue", "lyrics", "lyricist", "singer", "playback", "vocals",
        # kinds of work and role
        "picture", "motion", "film", "films", "feature", "movie", "documentary", "animated",
        "animation", "short", "drama", "dramatic", "comedy", "thriller", "horror", "fantasy",
        "action", "adventure", "science", "fiction", "romance", "romantic", "family", "debut",
        "first", "new", "newcomer", "breakthrough", "performance", "performer", "role",
        "supporting", "leading", "lead", "male", "female", "young", "ensemble", "cast",
        "villain", "kiss", "fight", "scene", "moment", "duo", "hero", "heroine", "character",
        "adapted", "original", "foreign", "language", "english", "non-english", "not",
        "international", "independent", "popular", "wholesome", "entertainment", "year",
        "entertaining", "technical", "artistic", "cinematic", "achievement", "lifetime",
        "contribution", "presentation", "series", "television", "limited", "miniseries",
        # festival and critics' prizes
        "golden", "silver", "bronze", "crystal", "grand", "jury", "audience", "public",
        "critics", "critics'", "choice", "people's", "fipresci", "honorary", "mention",
        "prize", "award", "prix", "palme", "d'or", "lion", "bear", "leopard", "shell",
        "caméra", "camera", "honour", "honor", "tribute", "ecumenical",
    }
)  # fmt: skip
"""Casefolded words a category is made of, used to guess where an unknown name begins."""

NAME_PARTICLES: frozenset[str] = frozenset(
    {"von", "van", "de", "der", "den", "du", "da", "di", "del", "della", "des", "le", "la",
     "bin", "ibn", "al", "el", "dos", "das", "ten", "ter", "y", "zu"}
)  # fmt: skip
"""Lower-case words inside personal names ("Patrizia von Brandenstein")."""

NAME_SUFFIXES: frozenset[str] = frozenset(
    {"inc", "inc.", "ltd", "ltd.", "llc", "jr", "jr.", "sr", "sr.", "co", "co.", "corp",
     "corp.", "ii", "iii", "iv"}
)  # fmt: skip
"""Words after a comma that end one name rather than start another ("Smith, Jr.")."""
