"""MediaWiki XML exports, streamed: pages one at a time, each with the dump line its text starts on.

The byte stream (plain or ``.gz``/``.bz2``/``.xz``) is cut at ``<page>``/``</page>``: neither can
occur inside text, where XML escapes every ``<``. Each page alone is parsed by lxml with entity
expansion, DTDs and network access off, so a dump's DOCTYPE (external entities, entity bombs) is
never read at all. Lines are counted here rather than taken from lxml, whose ``sourceline`` is
wrong past line 65,535 (measured). Memory holds one page and one read chunk, whatever the dump's
size; a page over the size limit is skipped as it streams, never held.
"""

from __future__ import annotations

import hashlib
import importlib
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, fields, replace
from typing import IO

from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.options import DEFAULT_MAX_BYTES
from leaving_vegas_extract.source.document import SourceText

_CHUNK = 1 << 20
_OPEN = re.compile(rb"<page[\s>]")
_CLOSE = b"</page>"
_TEXT = re.compile(rb"<text\b[^>]*?(/?)>")
_HEAD = re.compile(
    rb"\A(?:\xef\xbb\xbf)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(mediawiki|page)\b", re.S
)
_COMPRESSED = {".gz": "gzip", ".bz2": "bz2", ".xz": "lzma"}


def is_dump(head: bytes) -> bool:
    """Whether bytes open a MediaWiki export (``<mediawiki>``, or a bare ``<page>``).

    >>> is_dump(b'<?xml version="1.0"?>\\n<mediawiki xmlns="x">'), is_dump(b"<page>")
    (True, True)
    >>> is_dump(b"<html>")
    False
    """
    return _HEAD.match(head[:4096]) is not None


@dataclass(frozen=True, slots=True)
class DumpPage:
    """One ``<page>``: its header, and its text as a :class:`SourceText`, or why there is none.

    ``skip`` is ``redirect``, ``namespace``, ``too-large``, ``malformed`` or ``no-text``.
    """

    number: int  # the page's position in the dump, from 1
    title: str
    namespace: int
    first_line: int
    source: SourceText | None = None
    skip: str | None = None
    message: str | None = None
    offset: int = 0  # bytes of the input file read (compressed bytes for .bz2...) at this page

    def __reduce__(self) -> tuple[type[DumpPage], tuple[object, ...]]:
        # Sent to batch workers. Compiled by mypyc, a frozen dataclass loses its default pickling
        # (which restores fields by setattr, refused when frozen).
        return (DumpPage, tuple(getattr(self, f.name) for f in fields(self)))


def open_dump(path: str) -> IO[bytes]:
    """The dump's decompressed byte stream."""
    return _open(path)[1]


def _open(path: str) -> tuple[IO[bytes], IO[bytes]]:
    """The file itself and its decompressed stream (the same object when not compressed): the
    file's position says how far a compressed dump has been read."""
    raw = open(path, "rb")  # noqa: SIM115  # closed by the caller, with the stream
    lowered = path.lower()
    for suffix, module in _COMPRESSED.items():
        if lowered.endswith(suffix):
            try:
                return raw, _decompressing(module, raw)
            except BaseException:
                raw.close()
                raise
    return raw, raw


def _decompressing(module: str, raw: IO[bytes]) -> IO[bytes]:
    library = importlib.import_module(module)
    if module == "gzip":
        opened: IO[bytes] = library.GzipFile(fileobj=raw, mode="rb")
    else:
        opened = getattr(library, "BZ2File" if module == "bz2" else "LZMAFile")(raw, "rb")
    return opened


def _chunks(stream: IO[bytes], max_bytes: int) -> Iterator[tuple[int, bytes | None]]:
    """``(first line, page bytes)`` for each page; ``None`` bytes for a page over ``max_bytes``."""
    buffer = b""
    line = 1  # the line number of buffer[0]
    skipping = False
    while True:
        data = stream.read(_CHUNK)
        buffer += data
        while True:
            if skipping:
                end = buffer.find(_CLOSE)
                if end < 0:
                    keep = len(buffer) - len(_CLOSE)
                    if keep > 0:
                        line += buffer.count(b"\n", 0, keep)
                        buffer = buffer[keep:]
                    break
                line += buffer.count(b"\n", 0, end)
                buffer = buffer[end + len(_CLOSE) :]
                skipping = False
                continue
            m = _OPEN.search(buffer)
            if m is None:
                keep = max(len(buffer) - 8, 0)
                line += buffer.count(b"\n", 0, keep)
                buffer = buffer[keep:]
                break
            line += buffer.count(b"\n", 0, m.start())
            buffer = buffer[m.start() :]
            end = buffer.find(_CLOSE)
            if end < 0:
                if len(buffer) > max_bytes + 4096:
                    yield line, None
                    skipping = True
                    continue
                break
            page = buffer[: end + len(_CLOSE)]
            if len(page) > max_bytes + 4096:
                yield line, None
            else:
                yield line, page
            line += page.count(b"\n")
            buffer = buffer[len(page) :]
        if not data:
            return


def _parser() -> object:
    from lxml import etree  # type: ignore[import-untyped]  # no type information

    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=True,
        remove_comments=True,
    )


def _field(page: object, path: str) -> str:
    found = page.findtext(path)  # type: ignore[attr-defined]
    return found.strip() if isinstance(found, str) else ""


def _page(
    number: int, line: int, raw: bytes, path: str | None, options: tuple[int, ...], max_bytes: int
) -> DumpPage:
    from lxml import etree

    try:
        page = etree.fromstring(raw, _parser())
    except etree.XMLSyntaxError as exc:
        return DumpPage(
            number, "", 0, line, skip="malformed", message=f"page is not well-formed XML: {exc}"
        )
    title = _field(page, "title")
    ns_text = _field(page, "ns")
    namespace = int(ns_text) if ns_text.lstrip("-").isdigit() else (0 if ":" not in title else -1)
    if namespace not in options:
        return DumpPage(
            number, title, namespace, line, skip="namespace", message=f"namespace {namespace}"
        )
    if page.find("redirect") is not None:
        return DumpPage(number, title, namespace, line, skip="redirect", message="a redirect")
    revisions = page.findall("revision")
    revision = revisions[-1] if revisions else None
    text_el = revision.find("text") if revision is not None else None
    text = text_el.text if text_el is not None else None
    if not text or not text.strip():
        return DumpPage(
            number, title, namespace, line, skip="no-text", message="the page has no text"
        )
    if text.lstrip()[:9].casefold() == "#redirect":
        return DumpPage(number, title, namespace, line, skip="redirect", message="a redirect")
    data = text.encode("utf-8")
    if len(data) > max_bytes:
        return DumpPage(
            number,
            title,
            namespace,
            line,
            skip="too-large",
            message=f"{len(data)} bytes is over the limit of {max_bytes} bytes",
        )
    tags = list(_TEXT.finditer(raw))
    first = line + raw.count(b"\n", 0, tags[-1].end()) if tags else line
    header = [("id", _field(page, "id")), ("title", title), ("namespace", str(namespace))]
    if revision is not None:
        header += [
            ("revision_id", _field(revision, "id")),
            ("parent_id", _field(revision, "parentid")),
            ("timestamp", _field(revision, "timestamp")),
            ("sha1", _field(revision, "sha1")),
            ("model", _field(revision, "model")),
            ("format", _field(revision, "format")),
        ]
    from leaving_vegas_extract.source.reader import split_lines

    source = SourceText(
        lines=split_lines(text),
        path=path,
        format="wikitext",
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        first_line=first,
        header=tuple((k, v) for k, v in header if v),
    )
    return DumpPage(number, title, namespace, line, source=source)


def read_dump(
    path: str,
    *,
    shown: str | None = None,
    namespaces: tuple[int, ...] = (0,),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Iterator[DumpPage]:
    """Each page of the dump at ``path``, in order (``shown``: the path recorded in the output)."""
    try:
        raw, stream = _open(path)
    except FileNotFoundError:
        raise InputError("not-found", "no such file") from None
    except IsADirectoryError:
        raise InputError("not-a-file", "is a directory") from None
    except OSError as exc:
        raise InputError("unreadable", f"cannot read: {exc}") from None
    with raw, stream:
        yield from read_stream(
            stream, shown=shown or path, namespaces=namespaces, max_bytes=max_bytes, tell=raw.tell
        )


def read_stream(
    stream: IO[bytes],
    *,
    shown: str | None = None,
    namespaces: tuple[int, ...] = (0,),
    max_bytes: int = DEFAULT_MAX_BYTES,
    tell: Callable[[], int] | None = None,
) -> Iterator[DumpPage]:
    """Each page of a dump's byte stream, in order; ``tell`` gives the input file's position,
    recorded as each page's ``offset`` (progress through a dump)."""
    try:
        for number, (line, raw) in enumerate(_chunks(stream, max_bytes), 1):
            if raw is None:
                message = f"page is over the limit of {max_bytes} bytes"
                page = DumpPage(number, "", 0, line, skip="too-large", message=message)
            else:
                page = _page(number, line, raw, shown, namespaces, max_bytes)
            yield replace(page, offset=tell()) if tell is not None else page
    except (OSError, EOFError) as exc:
        raise InputError("unreadable", f"corrupt compressed data: {exc}") from None
    except Exception as exc:  # lzma.LZMAError is no OSError
        if type(exc).__module__ in ("lzma", "_lzma", "zlib", "gzip", "bz2", "_bz2"):
            raise InputError("unreadable", f"corrupt compressed data: {exc}") from None
        raise


def dump_head(path: str) -> bytes:
    """The first bytes of a file (decompressed), to tell a dump from an article."""
    try:
        with open_dump(path) as stream:
            return stream.read(4096)
    except (OSError, EOFError):
        return b""
    except Exception:  # a decoder's own error: the reader reports it later
        return b""
