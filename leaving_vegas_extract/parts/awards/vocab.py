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
        "citation": "ref",
        "citations": "ref",
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
    "first place",
    "third place",
    "1st place",
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
    "draw",
    "won",
    "tied",
    "tba",
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

TABLE_HEADER_COLUMNS: MappingProxyType[str, str] = MappingProxyType(
    {
        **HEADER_COLUMNS,
        "award/festival": "award",
        "award / festival": "award",
        "festival/award": "award",
        "awarding body": "award",
        "awards ceremony": "award",
        "institution or publication": "award",
        "institution": "award",
        "award ceremony": "award",
        "work": "recipients",
        "nominated work(s)": "recipients",
        "recipient/nominee": "recipients",
        "recipient / nominee": "recipients",
        "recipient(s)/nominee(s)": "recipients",
        "recipient(s) / nominee(s)": "recipients",
        "nominee(s)/recipient(s)": "recipients",
        "nominee/work": "recipients",
        "recipient and nominee(s)": "recipients",
        "winner(s)": "recipients",
        "name": "recipients",
        "result(s)": "result",
        "year of ceremony": "year",
        "ceremony date": "year",
        "date(s) of ceremony": "year",
        "date of award": "year",
        "date of the ceremony": "year",
    }
)
"""Header cells of tables whose cells are kept apart (wikitext, HTML): the labels above and the
longer ones a real header cell can hold without risk of reading prose as a header."""

CAST_LABELS: frozenset[str] = frozenset(
    {"actor", "actors", "actress", "actor/actress", "character", "characters", "role", "roles",
     "cast", "cast member", "played by", "portrayed by", "voice", "voiced by", "performer"}
)  # fmt: skip
"""Header cells that make a table a cast list, never an accolades table."""

BULLET_RESULTS: frozenset[str] = frozenset(
    {"won", "win", "winner", "nominated", "nominee", "nomination", "pending", "runner-up",
     "shortlisted", "longlisted", "finalist", "honourable mention", "honorable mention",
     "special mention", "1st place", "2nd place", "3rd place", "first place", "second place",
     "third place"}
)  # fmt: skip
"""Casefolded results a bullet item of accolades may end with ("… (won)", "… – Nominated")."""

ACCOLADE_HEADINGS: frozenset[str] = frozenset(
    {"accolades", "awards", "awards and nominations", "awards and honours", "awards and honors",
     "honours", "honors", "recognition", "accolade", "nominations", "awards and recognition",
     "accolades and honours", "accolades and honors", "awards and accolades"}
)  # fmt: skip
"""Casefolded section titles under which a bullet list may be an accolades list."""

TITLE_CONNECTORS: frozenset[str] = frozenset(
    {"of", "the", "for", "and", "&", "in", "on", "de", "du", "des", "la", "le", "di", "del",
     "della", "von", "van", "y", "e"}
)  # fmt: skip
"""Lower-case words a title-case award name may hold ("National Board of Review")."""

NOBODY: frozenset[str] = frozenset({"—", "–", "-", "−", "n/a"})
"""Casefolded recipients cells that name nobody (a dash in the cell of a film's own prize)."""

GENERIC_TITLE_WORDS: frozenset[str] = frozenset(
    {"major", "minor", "other", "main", "selected", "additional", "further", "film", "films",
     "industry", "critics", "critics'", "critic", "festival", "festivals", "international",
     "regional", "guild", "guilds", "and", "&", "year-end", "end-of-year"}
)  # fmt: skip
"""Casefolded words that, before "awards" or "festival", make a heading a group of awards
("Major awards", "Critics' awards") rather than the name of one ("Gotham Awards"). Not
"national": "National Film Awards" is the name of one (a country's state film prize)."""

LABEL_WORDS: tuple[tuple[str, str], ...] = (
    ("result", "result"),
    ("results", "result"),
    ("outcome", "result"),
    ("category", "category"),
    ("recipient", "recipients"),
    ("recipients", "recipients"),
    ("nominee", "recipients"),
    ("nominees", "recipients"),
    ("award", "award"),
    ("awards", "award"),
    ("festival", "award"),
    ("organization", "award"),
    ("organisation", "award"),
    ("ceremony", "year"),
    ("date", "year"),
    ("year", "year"),
)
"""Words of a longer header label (in this order of precedence) and the column they name."""
