"""Words of track listings: header labels, credit verbs, name shapes. Generic vocabulary only."""

from __future__ import annotations

from types import MappingProxyType

WRITER, PERFORMER, OTHER = "writer", "performer", "other"

HEADER_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "writer(s)": WRITER,
        "writer": WRITER,
        "writers": WRITER,
        "lyrics": WRITER,
        "lyricist(s)": WRITER,
        "lyricist": WRITER,
        "music": WRITER,
        "composer(s)": WRITER,
        "composer": WRITER,
        "composers": WRITER,
        "performer(s)": PERFORMER,
        "performer": PERFORMER,
        "performers": PERFORMER,
        "artist(s)": PERFORMER,
        "artist": PERFORMER,
        "artists": PERFORMER,
        "singer(s)": PERFORMER,
        "singer": PERFORMER,
        "singers": PERFORMER,
        "vocals": PERFORMER,
        "producer(s)": OTHER,
        "producer": OTHER,
        "arranger(s)": OTHER,
        "original artist(s)": OTHER,
        "recorded": OTHER,
    }
)
"""Middle header cells (casefolded, as printed) to the kind of cell they head.

``No.``, ``Title`` and ``Length`` are read by the parser itself. Two-word labels are listed whole.
"""

CREDIT_OPENINGS: tuple[str, ...] = ("all ",)
"""How a default credit line starts (casefolded)."""

CREDIT_WORDS: frozenset[str] = frozenset(
    {"written", "composed", "lyrics", "music", "songs", "score", "words", "penned"}
)
"""A default credit clause names writers when it holds one of these words (casefolded)."""

CREDIT_TAILS: tuple[str, ...] = (
    "except as noted",
    "except where noted",
    "unless otherwise noted",
    "unless noted",
    "except where otherwise noted",
    "except as indicated",
)
"""Qualifiers that end a default credit, not part of the last name."""

PERFORMED_BY: tuple[str, ...] = ("performed by ", "sung by ")
"""Prose phrases followed by the name of a performer (any case)."""

NAME_PARTICLES: frozenset[str] = frozenset(
    {"de", "da", "del", "della", "di", "du", "van", "von", "der", "den", "la", "le", "bin", "al"}
)
"""Lower-case words that belong inside personal names."""

NAME_SUFFIXES: frozenset[str] = frozenset({"jr.", "sr.", "jr", "sr", "ii", "iii", "iv"})
"""A comma before these does not start another name ("Sammy Davis, Jr.")."""

WRITER_PLACEHOLDERS: frozenset[str] = frozenset(
    {"traditional", "trad.", "trad", "anonymous", "anon.", "unknown", "public domain"}
)
"""Writer credits that name no person but are complete credits (casefolded)."""

GROUP_WORDS: frozenset[str] = frozenset(
    {
        "band", "chorus", "choir", "ensemble", "orchestra", "philharmonic", "quartet", "quintet",
        "trio", "singers", "players", "symphony", "sinfonia", "consort", "brothers", "sisters",
        "boys", "girls", "group", "project", "collective", "orchestre", "chamber", "voices",
    }
)  # fmt: skip
"""Words that mark a group of performers rather than one person (casefolded)."""

GROUP_CONNECTORS: frozenset[str] = frozenset({"of", "the", "and", "in", "for", "&", "y", "et"})
"""Lower-case words found inside group names ("Academy of ... in the Fields")."""

BAND_OPENINGS: tuple[str, ...] = ("the ",)
"""How band names start (casefolded)."""

DISC_WORDS: MappingProxyType[str, int] = MappingProxyType(
    {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "a": 1, "b": 2}
)
"""Disc numbers printed as words (``Disc one``) or sides (``Side A``)."""

DISC_LABELS: tuple[str, ...] = ("disc", "disk", "cd", "side")
"""Words that label one disc of a set (casefolded)."""

TOTAL_LABELS: tuple[str, ...] = ("total length", "total time", "total running time")
"""Labels of the line that gives a listing's total length (casefolded)."""

RELEASE_WORDS: tuple[str, ...] = ("released", "release", "issued", "came out")
"""Words in the soundtrack prose after which its release date is printed (casefolded)."""

NUMBER_HEADS: frozenset[str] = frozenset(
    {"no.", "no", "#", "track", "track no.", "s.no.", "s. no.", "sl. no.", "sl.no.", "sr. no."}
)
"""Header cells of a table's track-number column (casefolded)."""

TITLE_HEADS: frozenset[str] = frozenset({"title", "song", "song title", "track title", "songs"})
"""Header cells of a table's title column (casefolded)."""

LENGTH_HEADS: frozenset[str] = frozenset({"length", "time", "duration", "running time"})
"""Header cells of a table's length column (casefolded)."""

SPOKEN_NOTES: frozenset[str] = frozenset({"dialogue", "dialog", "dialogues"})
"""Words of a track's note that mark a spoken excerpt of the film, no song: such a track takes
no default writers (casefolded)."""

NO_LYRICS_NOTES: frozenset[str] = frozenset({"instrumental"})
"""Words of a track's note that mark a piece without lyrics: it takes only the music credit of
a default credit that names lyrics and music apart (casefolded)."""

LYRICS_WORDS: frozenset[str] = frozenset({"lyrics", "words", "lyricist", "lyricists"})
"""Words of a default credit clause that credits the lyrics (casefolded)."""

MUSIC_WORDS: frozenset[str] = frozenset({"music", "composed", "score"})
"""Words of a default credit clause that credits the music (casefolded)."""
