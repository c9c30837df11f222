"""The library's entry points: text, bytes or a file in, a validated :class:`Article` out."""

from __future__ import annotations

from pathlib import Path

from leaving_vegas_extract.model.article import Article
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.pipeline import extract_source
from leaving_vegas_extract.source.reader import read_bytes


def extract_bytes(
    data: bytes, *, source: str | None = None, options: ExtractOptions | None = None
) -> Article:
    """Extract an article from raw bytes (decoding and format detected from the content)."""
    options = options or ExtractOptions()
    text = read_bytes(data, path=source, encoding=options.encoding, max_bytes=options.max_bytes)
    return extract_source(text, options)


def extract_text(
    text: str, *, source: str | None = None, options: ExtractOptions | None = None
) -> Article:
    """Extract an article from decoded text; ``source`` is the path recorded in the output."""
    # Lone surrogates cannot be encoded; they become U+FFFD rather than an exception.
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:
        data = text.encode("utf-8", errors="replace")
    return extract_bytes(data, source=source, options=options)


def extract_file(path: str | Path, *, options: ExtractOptions | None = None) -> Article:
    """Extract an article from a file; the path is recorded as given (POSIX separators)."""
    from leaving_vegas_extract.source.reader import read_path

    options = options or ExtractOptions()
    # Decoded here rather than through extract_bytes, whose frame would hold the raw bytes for
    # the whole extraction: on a large article they are freed before the parts run.
    text = read_bytes(
        read_path(path, options.max_bytes),
        path=posix(path),
        encoding=options.encoding,
        max_bytes=options.max_bytes,
    )
    return extract_source(text, options)


def posix(path: str | Path) -> str:
    """The path as given, with POSIX separators, never made absolute."""
    return str(path).replace("\\", "/")
