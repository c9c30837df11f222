"""Templates that print a country's name: the flag shortcuts (``{{USA}}``, ``{{GBR}}``, a flag
then the name) and the old film-country templates real infoboxes still hold (``{{Film US}}``,
``{{Film UK}}``). A reader sees the name; the flag is an image."""

from __future__ import annotations

from types import MappingProxyType

_CODES = {
    "us": "United States",
    "usa": "United States",
    "uk": "United Kingdom",
    "gbr": "United Kingdom",
    "fra": "France",
    "ger": "Germany",
    "deu": "Germany",
    "ita": "Italy",
    "esp": "Spain",
    "jpn": "Japan",
    "kor": "South Korea",
    "ind": "India",
    "chn": "China",
    "hkg": "Hong Kong",
    "twn": "Taiwan",
    "can": "Canada",
    "aus": "Australia",
    "nzl": "New Zealand",
    "irl": "Ireland",
    "mex": "Mexico",
    "bra": "Brazil",
    "arg": "Argentina",
    "swe": "Sweden",
    "nor": "Norway",
    "den": "Denmark",
    "fin": "Finland",
    "ned": "Netherlands",
    "nld": "Netherlands",
    "bel": "Belgium",
    "aut": "Austria",
    "sui": "Switzerland",
    "che": "Switzerland",
    "pol": "Poland",
    "rus": "Russia",
    "tur": "Turkey",
    "irn": "Iran",
    "egy": "Egypt",
    "rsa": "South Africa",
    "nga": "Nigeria",
}

COUNTRY_TEMPLATES = MappingProxyType(
    {
        **{code: name for code, name in _CODES.items() if len(code) == 3},
        **{f"film {code}": name for code, name in _CODES.items()},
        **{f"film{code}": name for code, name in _CODES.items()},
    }
)
"""Template name (normalised) → the country name it prints."""
