"""The library's entry points: text, bytes or a file in, a validated :class:`Article` out."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import NamedTuple

from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.model.article import Article, Diagnostic
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.pipeline import extract_claimed, extract_source
from leaving_vegas_extract.source.document import SourceText
from leaving_vegas_extract.source.dump import DumpPage, dump_head, is_dump, read_dump, read_stream
from leaving_vegas_extract.source.files import read_path, read_unless, shown_path
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
        article = _first(pages, options)
        if article is not None:
            return article
    return extract_source(_decode(data, source, options), options)


def _first(pages: Iterator[DumpPage], options: ExtractOptions) -> Article | None:
    """A dump read as one article: its first page that gives one. When another page would give
    one too, an info diagnostic says so (the pages after it are read as XML only, to the next
    such page, never extracted): :func:`extract_articles` and the CLI read every page. None
    when the input holds no complete page at all (it only opened like a dump: it is then read as
    an article)."""
    seen = False
    article: Article | None = None
    for page in pages:
        seen = True
        if page.source is None:
            continue
        if article is None:
            article = extract_source(page.source, options)
            continue
        more = Diagnostic(
            severity="info",
            code="dump-more-pages",
            message="the dump holds more pages; this article is its first "
            "(extract_articles, extract_pages and the CLI read every page)",
        )
        return article.model_copy(update={"diagnostics": [*article.diagnostics, more]})
    if article is not None:
        return article
    if seen:
        raise InputError("no-pages", "the dump holds no page to extract (all skipped)")
    return None


def is_dump_file(path: str | Path) -> bool:
    """Whether the file is a MediaWiki XML export (compressed or not)."""
    return is_dump(dump_head(str(path)))


def extract_pages(
    path: str | Path, *, options: ExtractOptions | None = None
) -> Iterator[PageResult]:
    """Each page of a MediaWiki XML export, in dump order, streamed: skipped pages (redirects,
    other namespaces, pages over ``max_bytes``) come with ``article`` None."""
    options = options or ExtractOptions()
    return _pages(_dump_pages(path, options), options)


def _dump_pages(path: str | Path, options: ExtractOptions) -> Iterator[DumpPage]:
    return read_dump(
        str(path), shown=posix(path), namespaces=options.namespaces, max_bytes=options.max_bytes
    )


def extract_articles(
    path: str | Path, *, options: ExtractOptions | None = None
) -> Iterator[Article]:
    """Every article of a file, streamed: one per extracted page of a MediaWiki dump (in dump
    order; redirects and pages of other namespaces give none), else the file's one article."""
    options = options or ExtractOptions()
    if not is_dump_file(path):
        yield extract_file(path, options=options)
        return
    seen = False
    for result in extract_pages(path, options=options):
        seen = True
        if result.article is not None:
            yield result.article
    if not seen:  # it only opened like a dump
        yield extract_file(path, options=options)


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
    options = options or ExtractOptions()
    read = _read_file(path, options)
    return read if isinstance(read, Article) else extract_source(read, options)


def _read_file(path: str | Path, options: ExtractOptions) -> SourceText | Article:
    """The file decoded, or the Article of its first page when it is a MediaWiki dump.

    The file is opened once: its first bytes tell a dump. Decoded here, so the raw bytes are
    freed before the parts run (a frame that held them would keep a large article's bytes
    for the whole extraction).
    """
    data = read_unless(path, options.max_bytes, is_dump)
    if data is None:  # a dump
        article = _first(_dump_pages(path, options), options)
        if article is not None:
            return article
        data = read_path(path, options.max_bytes)  # it only opened like a dump
    return _decode(data, posix(path), options)


def _decode(data: bytes, source: str | None, options: ExtractOptions) -> SourceText:
    """The bytes decoded as the options say (the one place the reader is called from here)."""
    return read_bytes(
        data,
        path=source,
        encoding=options.encoding,
        max_bytes=options.max_bytes,
        require_article=options.require_article,
    )


def posix(path: str | Path) -> str:
    r"""The path as given, with POSIX separators, never made absolute; bytes of the name that
    are not UTF-8 are shown ``\xNN``."""
    return shown_path(path)


class Claimed(NamedTuple):
    """An article with the text it came from: its lines, and which part claimed each line.

    A NamedTuple, as :class:`PageResult`: a frozen dataclass's generated methods cost ~4 M
    instructions at every start.
    """

    article: Article
    lines: tuple[str, ...]
    owners: Mapping[int, str]


def extract_file_claimed(path: str | Path, *, options: ExtractOptions | None = None) -> Claimed:
    """Like :func:`extract_file`, keeping the source lines and each line's owning part."""
    options = options or ExtractOptions()
    text = _decode(read_path(path, options.max_bytes), posix(path), options)
    article, owners = extract_claimed(text, options)
    return Claimed(article, text.lines, owners)
