"""leaving-vegas-extract: flattened encyclopedia article dumps to validated, source-linked JSON."""

from __future__ import annotations

from typing import TYPE_CHECKING

__version__ = "0.1.0"

if TYPE_CHECKING:
    from leaving_vegas_extract.api import (
        extract_articles,
        extract_bytes,
        extract_file,
        extract_text,
    )
    from leaving_vegas_extract.model.article import Article

__all__ = [
    "Article",
    "__version__",
    "extract_articles",
    "extract_bytes",
    "extract_file",
    "extract_text",
]


def __getattr__(name: str) -> object:
    # Lazy: ``import leaving_vegas_extract`` stays cheap for the CLI's --version and --help.
    if name in ("extract_text", "extract_file", "extract_bytes", "extract_articles"):
        from leaving_vegas_extract import api

        return getattr(api, name)
    if name == "Article":
        from leaving_vegas_extract.model.article import Article

        return Article
    raise AttributeError(name)
