"""The one options object of an extraction."""

from __future__ import annotations

from dataclasses import dataclass

from .reader import DEFAULT_MAX_BYTES


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How to read and extract one article.

    ``encoding`` overrides detection; ``max_bytes`` rejects larger inputs; ``rendering`` forces a
    layout instead of detecting it.
    """

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    rendering: str | None = None
