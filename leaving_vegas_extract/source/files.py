"""Input files to bytes: plain, or ``.gz``/``.bz2``/``.xz`` decompressed, never past a size limit.

Failures raise :class:`InputError` with a one-line reason (missing, a folder, unreadable, corrupt,
too large); decoding the bytes is the reader's job (``reader.read_bytes``).
"""

from __future__ import annotations

import importlib
import io
import os
from collections.abc import Callable
from typing import Protocol

from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.options import DEFAULT_MAX_BYTES

_COMPRESSED = {".gz": "gzip", ".bz2": "bz2", ".xz": "lzma"}
HEAD_BYTES = 4096  # what a ``skip`` test of read_unless sees: enough to tell a dump's opening


class _Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes | None: ...


def shown_path(path: str | os.PathLike[str]) -> str:
    r"""The path as shown in output and messages: POSIX separators, and bytes that are not
    UTF-8 (kept by the file system as surrogates) written ``\xNN``.

    >>> shown_path("dumps\\a.txt"), shown_path(os.fsdecode(b"bad\xff.txt"))
    ('dumps/a.txt', 'bad\\xff.txt')
    """
    text = os.fspath(path).replace("\\", "/")
    try:
        return text.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file system made: shown escaped as well
        return text.encode("utf-8", "backslashreplace").decode("utf-8")


def read_path(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file (``.gz``, ``.bz2``, ``.xz`` decompressed), at most ``max_bytes``.

    Reads one byte past the limit so an oversized (or decompression-bomb) input is refused
    without holding it all in memory.
    """
    data = _read(path, max_bytes, None)
    assert data is not None  # only a ``skip`` test gives None
    return data


def read_unless(
    path: str | os.PathLike[str], max_bytes: int, skip: Callable[[bytes], bool]
) -> bytes | None:
    """:func:`read_path`'s bytes, or None when ``skip`` says yes to the file's first
    ``HEAD_BYTES`` (decompressed): a MediaWiki dump, which its own reader streams page by page.

    One open and one read tell a dump from an article and read the article (peeking first and
    reading again cost a second open). A file ``skip`` recognises is never refused for its
    size: the limit applies to a dump's pages, not to the dump.
    """
    return _read(path, max_bytes, skip)


def _read(
    path: str | os.PathLike[str], max_bytes: int, skip: Callable[[bytes], bool] | None
) -> bytes | None:
    suffix = os.path.splitext(str(path))[1].lower()
    try:
        if suffix in _COMPRESSED:
            data = _read_compressed(path, _COMPRESSED[suffix], max_bytes, skip)
        else:
            data = _read_plain(path, max_bytes, skip)
    except FileNotFoundError:
        raise InputError("not-found", "no such file") from None
    except IsADirectoryError:
        raise InputError("not-a-file", "is a directory") from None
    except PermissionError:
        raise InputError("unreadable", "permission denied") from None
    except (OSError, EOFError, ValueError) as exc:
        raise InputError("unreadable", f"cannot read: {exc}") from None
    if data is not None and len(data) > max_bytes:
        raise InputError("too-large", f"over the limit of {max_bytes} bytes")
    return data


def read_stream(stream: _Readable, max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """All of a stream (standard input), at most one byte past ``max_bytes`` so the reader
    refuses an oversized input as it would a file."""
    chunks: list[bytes] = []
    limit = max_bytes + 1
    while limit > 0 and (chunk := stream.read(min(limit, 1 << 20))):
        chunks.append(chunk)
        limit -= len(chunk)
    return b"".join(chunks)


def _read_plain(
    path: str | os.PathLike[str], max_bytes: int, skip: Callable[[bytes], bool] | None
) -> bytes | None:
    """A file's bytes, sized by ``fstat``: ``read(max_bytes + 1)`` would allocate the whole
    limit (64 MB) for every small article. Pipes and files that grow are read on in chunks.
    None when ``skip`` recognises the file's first bytes."""
    with open(path, "rb", buffering=0) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > max_bytes:
            if skip is not None and skip(handle.read(HEAD_BYTES)):
                return None
            raise InputError("too-large", f"over the limit of {max_bytes} bytes")
        data = handle.read(size + 1) if size else b""
        if not size or len(data) > size:  # a pipe or /proc file (size 0), or grown since fstat
            data += _read_capped(handle, max_bytes + 1 - len(data))
    if skip is not None and skip(data[:HEAD_BYTES]):
        return None
    return data


def _read_capped(handle: io.RawIOBase, limit: int) -> bytes:
    """At most ``limit`` more bytes, a megabyte at a time."""
    return read_stream(handle, limit - 1)


def _read_compressed(
    path: str | os.PathLike[str],
    module_name: str,
    max_bytes: int,
    skip: Callable[[bytes], bool] | None,
) -> bytes | None:
    module = importlib.import_module(module_name)
    try:
        with module.open(path, "rb") as handle:
            if skip is None:
                data: bytes = handle.read(max_bytes + 1)
            else:
                # The head first: a compressed dump is not decompressed up to the limit.
                data = handle.read(HEAD_BYTES)
                if skip(data):
                    return None
                if len(data) <= max_bytes:  # one byte past the limit, as above
                    data += handle.read(max_bytes + 1 - len(data))
    except (OSError, EOFError) as exc:
        if isinstance(exc, FileNotFoundError | IsADirectoryError | PermissionError):
            raise
        raise InputError("unreadable", f"corrupt {module_name} data: {exc}") from None
    except Exception as exc:  # lzma.LZMAError is no OSError: any decoder failure is the input's
        raise InputError("unreadable", f"corrupt {module_name} data: {exc}") from None
    return data
