"""The library's entry points: text, bytes or a file in, a validated :class:`Article` out."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.model.article import Article
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.pipeline import extract_source
from leaving_vegas_extract.source.dump import DumpPage, dump_head, is_dump, read_dump, read_stream
from leaving_vegas_extract.source.reader import read_bytes


class PageResult(NamedTuple):
    """One page of a dump: the page (header, or why it was skipped) and its Article, if any."""

    page: DumpPage
    article: Article | None


def _pages(pages: Iterator[DumpPage], options: ExtractOptions) -> Iterator[PageResult]:
    for page in pages:
        article = extract_source(page.source, options) if page.source is not None else None
        yield PageResult(page, article)


def extract_bytes(
    data: bytes, *, source: str | None = None, options: ExtractOptions | None = None
) -> Article:
    """Extract an article from raw bytes (decoding and format detected from the content)."""
    options = options or ExtractOptions()
    if is_dump(data[:4096]):
        import io

        pages = read_stream(
            io.BytesIO(data),
            shown=source,
            namespaces=options.namespaces,
            max_bytes=options.max_bytes,
        )
        return _first(_pages(pages, options))
    text = read_bytes(data, path=source, encoding=options.encoding, max_bytes=options.max_bytes)
    return extract_source(text, options)


def _first(results: Iterator[PageResult]) -> Article:
    """A dump read as one article: its first page that gives one."""
    for result in results:
        if result.article is not None:
            return result.article
    raise InputError("no-pages", "the dump holds no page to extract (all skipped)")


def is_dump_file(path: str | Path) -> bool:
    """Whether the file is a MediaWiki XML export (compressed or not)."""
    return is_dump(dump_head(str(path)))


def extract_pages(
    path: str | Path, *, options: ExtractOptions | None = None
) -> Iterator[PageResult]:
    """Each page of a MediaWiki XML export, in dump order, streamed: skipped pages (redirects,
    other namespaces, pages over ``max_bytes``) come with ``article`` None."""
    options = options or ExtractOptions()
    pages = read_dump(
        str(path), shown=posix(path), namespaces=options.namespaces, max_bytes=options.max_bytes
    )
    return _pages(pages, options)


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
    if is_dump_file(path):
        return _first(extract_pages(path, options=options))
    return extract_bytes(read_path(path, options.max_bytes), source=posix(path), options=options)


def posix(path: str | Path) -> str:
    """The path as given, with POSIX separators, never made absolute."""
    return str(path).replace("\\", "/")
