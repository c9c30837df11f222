"""leaving-vegas-extract: flattened encyclopedia article dumps to validated, source-linked JSON."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

__version__ = "0.1.0"

_HERE = os.path.dirname(__file__)
if os.environ.get("LVE_PURE", "") not in ("", "0") or os.path.exists(
    os.path.join(_HERE, "..", "setup.py")
):
    # Run the Python source where asked, or in a checkout edited since its compiled build.
    from leaving_vegas_extract import _pure

    if os.environ.get("LVE_PURE", "") not in ("", "0") or _pure.stale_build(_HERE):
        _pure.prefer_source()

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
