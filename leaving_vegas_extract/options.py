"""The one options object of an extraction."""

from __future__ import annotations

from dataclasses import dataclass

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
"""Inputs larger than this are refused unless ``--max-bytes`` says otherwise."""


@dataclass(frozen=True, slots=True)
class ExtractOptions:
    """How to read and extract one article.

    ``encoding`` overrides detection; ``max_bytes`` rejects larger inputs (in a dump: larger
    pages); ``rendering`` forces a layout instead of detecting it; ``require_article`` refuses
    decoded text that is no article (data, code, a README, markup without a page, too little
    text), as the command line does; ``namespaces`` are the page namespaces a dump yields (main
    only by default).
    """

    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    rendering: str | None = None
    require_article: bool = False
    namespaces: tuple[int, ...] = (0,)
