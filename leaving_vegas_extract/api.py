"""The library's entry points: text, bytes or a file in, a validated :class:`Article` out."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from leaving_vegas_extract.model.article import Article
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.pipeline import extract_claimed, extract_source
from leaving_vegas_extract.source.files import shown_path
from leaving_vegas_extract.source.reader import read_bytes


def extract_bytes(
    data: bytes, *, source: str | None = None, options: ExtractOptions | None = None
) -> Article:
    """Extract an article from raw bytes (decoding and format detected from the content)."""
    options = options or ExtractOptions()
    text = read_bytes(
        data,
        path=source,
        encoding=options.encoding,
        max_bytes=options.max_bytes,
        require_article=options.require_article,
    )
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
    r"""The path as given, with POSIX separators, never made absolute; bytes of the name that
    are not UTF-8 are shown ``\xNN``."""
    return shown_path(path)


@dataclass(frozen=True, slots=True)
class Claimed:
    """An article with the text it came from: its lines, and which part claimed each line."""

    article: Article
    lines: tuple[str, ...]
    owners: Mapping[int, str]


def extract_file_claimed(path: str | Path, *, options: ExtractOptions | None = None) -> Claimed:
    """Like :func:`extract_file`, keeping the source lines and each line's owning part."""
    from leaving_vegas_extract.source.reader import read_path

    options = options or ExtractOptions()
    data = read_path(path, options.max_bytes)
    text = read_bytes(
        data, path=posix(path), encoding=options.encoding, max_bytes=options.max_bytes
    )
    article, owners = extract_claimed(text, options)
    return Claimed(article, text.lines, owners)
