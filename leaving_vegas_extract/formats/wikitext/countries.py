"""Templates that print a country's name: the flag shortcuts (``{{USA}}``, ``{{GBR}}``, a flag
then the name) and the old film-country templates real infoboxes still hold (``{{Film US}}``,
``{{Film UK}}``). A reader sees the name; the flag is an image."""

from __future__ import annotations

from types import MappingProxyType

from leaving_vegas_extract.parts.infobox.countries import COUNTRY_CODES

COUNTRY_TEMPLATES = MappingProxyType(
    {
        **{code: name for code, name in COUNTRY_CODES.items() if len(code) == 3},
        **{f"film {code}": name for code, name in COUNTRY_CODES.items()},
        **{f"film{code}": name for code, name in COUNTRY_CODES.items()},
    }
)
"""Template name (normalised) → the country name it prints."""
