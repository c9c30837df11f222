"""Infobox labels as printed (old and new spellings), canonical keys, and the kinds they reveal.

Data only. A label maps to a canonical key; the key names a typed film field where one exists.
"""

from __future__ import annotations

from types import MappingProxyType

from leaving_vegas_extract.parts.envelope.vocab import HATNOTE_OPENINGS
from leaving_vegas_extract.parts.infobox.labels_intl import (
    BOX_TOP_HEADINGS,
    DANISH_LABELS,
    DUTCH_LABELS,
    FRENCH_MORE_LABELS,
    GERMAN_LABELS,
    INTL_BOX_HEADINGS,
    INTL_KEY_ONLY,
    ITALIAN_LABELS,
    NORWEGIAN_LABELS,
    PORTUGUESE_LABELS,
    SPANISH_LABELS,
    SWEDISH_LABELS,
    TAGLINE_ENDINGS,
)

_LABELS: dict[str, tuple[str, ...]] = {
    # film
    "directed_by": ("Directed by", "Director", "Directors", "Direction"),
    "produced_by": ("Produced by", "Producer", "Producers", "Producer(s)"),
    "written_by": ("Written by", "Writer", "Writers", "Writer(s)", "Script"),  # film databases
    "screenplay_by": ("Screenplay by", "Screenplay"),
    "story_by": ("Story by", "Story"),
    "based_on": ("Based on",),
    "starring": ("Starring", "Cast", "Stars", "Actors", "Featuring"),  # film databases, archives
    "narrated_by": ("Narrated by", "Narrator"),
    "music_by": ("Music by", "Music", "Composer", "Composers"),  # a television film's box
    "cinematography": (
        "Cinematography",
        "Cinematographer",
        "Cinematography by",
        "Director of photography",  # fan wikis and film databases
        "Photo",  # film databases ("Photo: Ann Roe")
    ),
    "edited_by": (
        "Edited by",
        "Editing by",
        "Editing",
        "Editor",
        "Film editing",
        "Film editing by",
    ),
    "production_companies": (
        "Production companies",
        "Production company",
        "Production company(s)",
        "Production companies(s)",
        "Studio",
        "Studios",
        "Company",  # fan wikis
        "Production Co",  # blogs ("Production Co: Harbour Films")
    ),
    "distributed_by": ("Distributed by", "Distributor", "Distributors", "Distribution Company"),
    "release_dates": (
        "Release dates",
        "Release date",
        "Release date(s)",
        "Released",
        "Original release",
        "Release",  # a television film's box ("Original release" / "Release")
    ),
    "running_time": (
        "Running time",
        "Runtime",
        "Running time(s)",
        "Approx. run time",  # old television boxes
        "Approx. running time",
        "Run time",  # film databases
        "Duration",  # film databases' technical specs
    ),
    "countries": ("Countries", "Country", "Country of origin", "Production country"),
    "languages": ("Languages", "Language", "Original language", "Original languages"),
    "budget": ("Budget",),
    "box_office": (
        "Box office",
        "Gross revenue",
        "Gross",
        "Box-office",
        "Box office revenue",
        "Money made",  # a kids' encyclopedia's simpler words
    ),
    # film credits with no typed field
    "dialogue_by": ("Dialogues by", "Dialogue by", "Dialogues"),
    "lyrics_by": ("Lyrics by", "Lyrics", "Lyricist", "Lyricists"),
    "songs_by": ("Songs by",),
    "production_design": ("Production design by", "Production designer", "Production design"),
    "color_process": ("Color process", "Colour process"),
    # person
    "birth_name": ("Birth name",),
    "born": ("Born",),
    "died": ("Died",),
    "resting_place": ("Resting place",),
    "occupation": ("Occupation", "Occupations", "Occupation(s)"),
    "years_active": ("Years active",),
    "spouse": ("Spouse(s)", "Spouse", "Spouses"),
    "partner": ("Partner(s)", "Partner", "Domestic partner"),
    "children": ("Children",),
    "parents": ("Parent(s)", "Parents"),
    "relatives": ("Relatives",),
    "nationality": ("Nationality",),
    "citizenship": ("Citizenship",),
    "alma_mater": ("Alma mater",),
    "education": ("Education",),
    "known_for": ("Known for", "Notable work", "Notable works"),
    "awards": ("Awards",),
    "other_names": ("Other names",),
    "height": ("Height",),
    "genres": ("Genres",),
    "instruments": ("Instruments",),
    "associated_acts": ("Associated acts",),
    "website": ("Website",),
    # place
    "state": ("State",),
    "county": ("County",),
    "region": ("Region",),
    "province": ("Province",),
    "founded": ("Founded", "Settled", "Incorporated", "Established"),
    "area": ("Area",),
    "land": ("Land",),
    "water": ("Water",),
    "elevation": ("Elevation",),
    "population": ("Population",),
    "density": ("Density",),
    "time_zone": ("Time zone",),
    "summer_dst": ("Summer (DST)",),
    "postal_code": ("ZIP code", "ZIP codes", "Postal code", "Postcode", "ZIP Codes"),
    "area_code": ("Area code(s)", "Area code", "Area codes"),
    "mayor": ("Mayor",),
    "government": ("Government",),
    "demonym": ("Demonym",),
    "coordinates": ("Coordinates",),
    "fips_code": ("FIPS code",),
    "gnis_feature_id": ("GNIS feature ID",),
    "nickname": ("Nickname(s)", "Nickname"),
    "motto": ("Motto",),
    # album / single
    "recorded": ("Recorded",),
    "genre": ("Genre",),
    "length": ("Length",),
    "label": ("Label",),
    "chronology": ("Chronology",),
    # book
    "author": ("Author", "Authors"),
    "illustrator": ("Illustrator",),
    "cover_artist": ("Cover artist",),
    "series": ("Series",),
    "publisher": ("Publisher",),
    "publication_date": ("Publication date", "Published"),
    "media_type": ("Media type",),
    "pages": ("Pages",),
    "isbn": ("ISBN",),
    "oclc": ("OCLC",),
    "preceded_by": ("Preceded by",),
    "followed_by": ("Followed by",),
    # television
    "created_by": ("Created by",),
    "presented_by": ("Presented by",),
    "theme_music": ("Theme music composer",),
    "seasons": ("No. of seasons", "No. of series"),
    "episodes": ("No. of episodes",),
    "original_network": ("Original network", "Original channel"),
    "executive_producers": ("Executive producer(s)", "Executive producer", "Executive producers"),
}

# The same film labels as French-language mirrors print them. Those that are no English word
# may open a flattened line ("Réalisation Sean Roe", a kiwix copy's box); "Montage", "Musique"
# and "Photographie" are read as keys and cells only (KEY_ONLY). "Distribution" (the cast there)
# and "Production" (a producer) are left out: both mean other things in English boxes.
_FRENCH_LABELS: dict[str, tuple[str, ...]] = {
    "directed_by": ("Réalisation", "Réalisateur", "Réalisatrice"),
    "written_by": ("Scénario",),
    "starring": ("Acteurs principaux",),
    "music_by": ("Musique",),
    "cinematography": ("Photographie",),
    "edited_by": ("Montage",),
    "production_companies": ("Sociétés de production", "Société de production"),
    "countries": ("Pays d'origine", "Pays de production"),
    "languages": ("Langue originale", "Langue d'origine"),
    "running_time": ("Durée",),
    "release_dates": ("Sortie",),
    "original_title": ("Titre original",),
}

# The same film labels as Malay-language wikis print them (tables, as keys and cells). "Negara"
# and "Bahasa" (also words of values: "Bahasa Indonesia") are read as keys and cells only.
_MALAY_LABELS: dict[str, tuple[str, ...]] = {
    "directed_by": ("Pengarah",),
    "produced_by": ("Penerbit",),
    "written_by": ("Penulis", "Ditulis oleh"),
    "screenplay_by": ("Lakon layar oleh",),
    "based_on": ("Berdasarkan",),
    "starring": ("Dibintangi oleh", "Lakonan"),
    "music_by": ("Muzik oleh",),
    "cinematography": ("Sinematografi",),
    "edited_by": ("Disunting oleh", "Penyunting"),
    "production_companies": ("Syarikat penerbitan", "Syarikat produksi"),
    "distributed_by": ("Pengedar", "Diedarkan oleh"),
    "release_dates": ("Mula ditayangkan", "Tarikh tayangan"),
    "running_time": ("Tempoh tayangan", "Masa tayangan"),
    "countries": ("Negara",),
    "languages": ("Bahasa",),
    "budget": ("Perbelanjaan", "Bajet"),
    "box_office": ("Pecah panggung", "Kutipan"),
}

# Parameter names of wikitext infoboxes ({{Infobox film}} and the aliases real pages use), as
# written: "_" and " " spellings both count (the forms with a space are added below).
_PARAMETERS: dict[str, tuple[str, ...]] = {
    "directed_by": ("director", "directors", "direction"),
    "produced_by": ("producer", "producers"),
    "written_by": ("writer", "writers"),
    "screenplay_by": ("screenplay", "screenplays", "screenplay_by"),
    "story_by": ("story", "stories", "story_by"),
    "based_on": ("based_on", "basedon"),
    "starring": ("starring", "stars", "cast"),
    "narrated_by": ("narrator", "narrators", "narrated_by"),
    "music_by": ("music", "music_by", "composer"),
    "cinematography": ("cinematography", "cinematographer"),
    "edited_by": ("editing", "editor", "editors", "edited_by"),
    "production_companies": (
        "studio",
        "studios",
        "production_companies",
        "production_company",
        "production companies",
        "production company",
    ),
    "distributed_by": ("distributor", "distributors", "distributed_by"),
    "release_dates": ("released", "release_date", "release_dates", "release"),
    "running_time": ("runtime", "running_time"),
    "countries": ("country", "countries"),
    "languages": ("language", "languages"),
    "budget": ("budget",),
    "box_office": ("gross", "box_office", "boxoffice"),
    "birth_name": ("birth_name",),
    "born": ("birth_date", "birth_place"),
    "died": ("death_date", "death_place"),
    "years_active": ("years_active",),
    "spouse": ("spouse", "spouses"),
    "alma_mater": ("alma_mater",),
    "known_for": ("known_for", "notable_works"),
    "other_names": ("other_names",),
    "occupation": ("occupation", "occupations"),
}

_TABLES = (
    _LABELS,
    _FRENCH_LABELS,
    FRENCH_MORE_LABELS,
    _MALAY_LABELS,
    GERMAN_LABELS,
    PORTUGUESE_LABELS,
    SPANISH_LABELS,
    ITALIAN_LABELS,
    NORWEGIAN_LABELS,
    SWEDISH_LABELS,
    DANISH_LABELS,
    DUTCH_LABELS,
)

LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        # French mirrors print the apostrophe straight or curly ("Pays d’origine").
        spelling: key
        for table in _TABLES
        for key, labels in table.items()
        for label in labels
        for spelling in (label.casefold(), label.casefold().replace("'", "\u2019"))
    }
)
"""Printed label (casefolded) to canonical key."""

PARAMETERS: MappingProxyType[str, str] = MappingProxyType(
    {
        **LABELS,
        **{
            spelling: key
            for key, names in _PARAMETERS.items()
            for name in names
            for spelling in (name, name.replace("_", " "))
        },
    }
)
"""Template parameter name (casefolded) to canonical key: only for inputs that name parameters
(wikitext), never for printed text, where "Composer" or "Story" can start an ordinary line."""

# Labels that reveal a kind; the kind with the most of them wins. A film shares many labels
# with albums and books, so only distinctive ones count.
KIND_SIGNALS: MappingProxyType[str, frozenset[str]] = MappingProxyType(
    {
        "film": frozenset(
            {
                "directed_by",
                "starring",
                "cinematography",
                "edited_by",
                "screenplay_by",
                "distributed_by",
                "box_office",
                "running_time",
                "budget",
                "music_by",
            }
        ),
        "person": frozenset(
            {
                "born",
                "died",
                "birth_name",
                "occupation",
                "years_active",
                "spouse",
                "partner",
                "children",
                "parents",
                "nationality",
                "alma_mater",
                "resting_place",
                "citizenship",
            }
        ),
        "place": frozenset(
            {
                "state",
                "county",
                "province",
                "area",
                "elevation",
                "population",
                "density",
                "time_zone",
                "postal_code",
                "area_code",
                "mayor",
                "demonym",
                "fips_code",
                "gnis_feature_id",
            }
        ),
        "album": frozenset({"recorded", "genre", "length", "label", "chronology"}),
        "book": frozenset(
            {"author", "illustrator", "cover_artist", "publication_date", "media_type", "isbn"}
        ),
        "television": frozenset(
            {"created_by", "presented_by", "theme_music", "seasons", "episodes", "original_network"}
        ),
    }
)

# Canonical keys whose values are lists of names in the typed film fields.
FILM_NAME_FIELDS: tuple[str, ...] = (
    "directed_by",
    "produced_by",
    "written_by",
    "screenplay_by",
    "story_by",
    "starring",
    "narrated_by",
    "music_by",
    "cinematography",
    "edited_by",
    "production_companies",
    "distributed_by",
    "countries",
    "languages",
)

# Short template keys ("- Director: X"): labels only where the layout marks them as labels (a key
# before a colon, a table cell), never at the start of a flattened line, where "Music Box Films"
# or "Story of a Girl" would otherwise open a row.
KEY_ONLY: frozenset[str] = frozenset(
    {
        "director", "directors", "direction", "writer", "writers", "story", "screenplay",
        "music", "editing", "editor", "film editing", "runtime", "gross", "cast", "stars",
        "narrator", "distributor", "distributors", "cinematographer", "dialogues", "lyrics",
        "lyricist", "lyricists", "production design", "release", "composer", "composers",
        "montage", "musique", "photographie", "actors", "featuring", "negara", "bahasa",
        "penerbit", "photo", "script", "production co",
    }
) | INTL_KEY_ONLY  # fmt: skip
"""Casefolded labels read only as keys or cells, not at the start of a flattened line."""

SCALAR_KEYS: frozenset[str] = frozenset({"running_time", "budget", "box_office"})
"""Keys of one-value rows: a further plain line under them has lost its own label."""

PERSON_KEYS: frozenset[str] = frozenset(
    {
        "directed_by", "produced_by", "written_by", "screenplay_by", "story_by", "starring",
        "narrated_by", "music_by", "cinematography", "edited_by",
    }
)  # fmt: skip
"""Keys whose values are people: a company name under one of them has lost its own label."""

COMPANY_KEYS: frozenset[str] = frozenset({"production_companies", "distributed_by"})
"""Keys whose values are companies: a long value is one company name, not a lost list."""

COMPANY_SUFFIXES: frozenset[str] = frozenset(
    {
        "pictures", "films", "film", "productions", "production", "studios", "entertainment",
        "releasing", "distribution", "company", "corporation", "filmproduktion", "inc.", "ltd",
        "ltd.", "llc", "gmbh",
    }
)  # fmt: skip
"""Last words (casefolded) that make a line a company name rather than a person."""

NAME_SUFFIXES: frozenset[str] = frozenset(
    {"jr", "sr", "inc", "ltd", "llc", "co", "corp", "s.a", "gmbh", "ii", "iii", "iv"}
)
"""Suffixes (casefolded) a comma sets off inside one name ("Sammy Davis, Jr.", "Canal Nine, Inc.",
a database's "Co., LTD"): a comma before one of them (its full stop optional, in any case)
separates no two items of a list."""

CAPTION_WORDS: frozenset[str] = frozenset(
    {
        "poster", "posters", "cover", "dvd", "blu-ray", "theatrical", "promotional", "release",
        "advertisement", "artwork", "logo", "still", "screenshot", "one-sheet",
    }
)  # fmt: skip
"""Words (casefolded) that make a lone line above a box's rows its caption, not its name."""

IMAGE_SUFFIXES: tuple[str, ...] = (
    ".jpg",
    ".jpeg",
    ".png",
    ".svg",
    ".gif",
    ".webp",
    ".tif",
    ".tiff",
)
"""File-name endings of the image line some mirrors print above an infobox caption."""

INFERRED_LABELS: MappingProxyType[str, str] = MappingProxyType(
    {
        "countries": "Country",
        "languages": "Language",
        "production_companies": "Production company",
        "running_time": "Running time",
    }
)
"""The label a row gets when its printed label was lost and its values reveal the key."""

UNKNOWN_LABEL = "unknown"
"""The label of a row whose printed label was lost and whose values reveal nothing."""

FILM_ROW_ORDER: tuple[str, ...] = (
    "directed_by", "written_by", "screenplay_by", "story_by", "based_on", "produced_by",
    "starring", "narrated_by", "music_by", "cinematography", "edited_by", "production_companies",
    "distributed_by", "release_dates", "running_time", "countries", "languages", "budget",
    "box_office",
)  # fmt: skip
"""The order in which a film's box prints its rows (Template:Infobox film; music may come before
or after the camera rows): a list of names whose label was lost between "Produced by" and the
camera or music rows stands in the "Starring" slot."""

SLOT_LABEL = "Starring"
"""The label given to a lost-label list of names found in that slot."""

BOX_HEADINGS: frozenset[str] = frozenset(
    {
        "background information", "film information", "production information",
        "release information", "general information", "technical information", "credits",
        "film details", "technical specs",  # a film database's facts and specs blocks
        "details",  # a wiki section heading right under a box, or a box's own group heading
    }
) | INTL_BOX_HEADINGS  # fmt: skip
"""Section headings (casefolded) inside a fan wiki's box ("Film information"), never values."""

CHROME_OPENINGS: tuple[str, ...] = (
    "(redirected from ",
    "jump to:",
    "jump to navigation",
    "posted in ",  # a blog post's byline ("Posted in Films, Reviews by … on June 9, 2012")
    "posted on ",
    "posted by ",
    "source: wikipedia",  # a blog's credit line above the box it pasted
    "quick facts",  # a kids' encyclopedia's box heading ("Quick facts for kids")
    "kids encyclopedia",
    # Wikipedia's maintenance banners above an article ({{More citations needed}}, {{Multiple
    # issues}}, {{Unreferenced}}, …).
    "this article needs ",
    "this article has multiple issues",
    "this article does not cite",
    "this article relies ",
    "this article possibly contains",
    "this article may ",
    *HATNOTE_OPENINGS,
    *BOX_TOP_HEADINGS,
)
"""How site chrome lines open (casefolded) that may sit above a box: never its name."""

CHROME_ENDINGS: tuple[str, ...] = (
    "wikipedia, the free encyclopedia",
    " facts for kids",
    *TAGLINE_ENDINGS,
)
"""How site chrome lines end (casefolded): a mirror that rewrites words ("fro' Wikipedia, the
free encyclopedia") keeps the end of the line; a kids' encyclopedia's page heading ("Night Ferry
(film) facts for kids") is its title with words added."""

# Kinds of source work a mirror prints after a Based-on title ("Picnic 1953 play", "(novel)"):
# only these are cut, so a title in sentence case or another language keeps its words
# ("Paris 1900 en couleurs").
WORK_KINDS: tuple[str, ...] = (
    "novel", "novella", "novelette", "light novel", "graphic novel", "novel series", "play",
    "stage play", "radio play", "musical", "stage musical", "short story", "story", "stories",
    "short stories", "book", "books", "book series", "children's book", "picture book",
    "non-fiction book", "nonfiction book", "comic", "comics", "comic book", "comic strip", "manga",
    "film", "short film", "television series", "tv series", "series", "miniseries", "anime",
    "poem", "opera", "operetta", "ballet", "memoir", "autobiography", "biography", "article",
    "magazine article", "essay", "fairy tale", "folk tale", "screenplay", "song", "video game",
)  # fmt: skip
