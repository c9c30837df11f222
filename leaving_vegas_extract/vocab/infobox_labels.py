"""Infobox labels as printed (old and new spellings), canonical keys, and the kinds they reveal.

Data only. A label maps to a canonical key; the key names a typed film field where one exists.
"""

from __future__ import annotations

from types import MappingProxyType

_LABELS: dict[str, tuple[str, ...]] = {
    # film
    "directed_by": ("Directed by", "Director", "Directors", "Direction"),
    "produced_by": ("Produced by", "Producer", "Producers"),
    "written_by": ("Written by", "Writer", "Writers"),
    "screenplay_by": ("Screenplay by", "Screenplay"),
    "story_by": ("Story by", "Story"),
    "based_on": ("Based on",),
    "starring": ("Starring", "Cast"),
    "narrated_by": ("Narrated by", "Narrator"),
    "music_by": ("Music by", "Music"),
    "cinematography": ("Cinematography", "Cinematographer"),
    "edited_by": ("Edited by", "Editing by", "Editing", "Editor", "Film editing"),
    "production_companies": (
        "Production companies",
        "Production company",
        "Production company(s)",
        "Production companies(s)",
        "Studio",
        "Studios",
    ),
    "distributed_by": ("Distributed by", "Distributor", "Distributors"),
    "release_dates": ("Release dates", "Release date", "Release date(s)", "Released"),
    "running_time": ("Running time", "Runtime", "Running time(s)"),
    "countries": ("Countries", "Country", "Country of origin"),
    "languages": ("Languages", "Language", "Original language", "Original languages"),
    "budget": ("Budget",),
    "box_office": ("Box office", "Gross revenue", "Gross", "Box-office"),
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
    "original_release": ("Original release",),
    "executive_producers": ("Executive producer(s)", "Executive producer", "Executive producers"),
}

LABELS: MappingProxyType[str, str] = MappingProxyType(
    {label.casefold(): key for key, labels in _LABELS.items() for label in labels}
)
"""Printed label (casefolded) to canonical key."""

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

# Release notes in parentheses that are not places.
RELEASE_NOTES: frozenset[str] = frozenset(
    {"limited", "wide", "premiere", "re-release", "theatrical", "festival", "television", "tv"}
)
