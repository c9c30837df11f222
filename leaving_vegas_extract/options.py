"""The one options object of an extraction."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""Inputs larger than this are refused unless ``--max-bytes`` says otherwise."""


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How to read and extract one article.

    ``encoding`` overrides detection; ``max_bytes`` rejects larger inputs (in a dump: larger
    pages); ``rendering`` forces a layout instead of detecting it; ``namespaces`` are the page
    namespaces a dump yields (main only by default).
    """

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    rendering: str | None = None
    namespaces: tuple[int, ...] = (0,)
