"""Exporter: deterministic JSON bytes, written atomically (temporary file, then rename)."""

from __future__ import annotations

import contextlib
import itertools
import os

from leaving_vegas_extract.model.article import Article

_COUNTER = itertools.count()


def to_json(article: Article) -> bytes:
    """The article as pretty JSON: field order fixed by the models, UTF-8, final newline.

    The same bytes as ``model_dump_json(indent=2)`` encoded, serialized straight to bytes: the
    str in between would cost up to four bytes a character on a large article's peak memory.
    """
    return article.__pydantic_serializer__.to_json(article, indent=2) + b"\n"


def to_jsonl_line(article: Article) -> bytes:
    """The article as one JSON Lines record."""
    return article.__pydantic_serializer__.to_json(article) + b"\n"


_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def write_atomic(path: str | os.PathLike[str], data: bytes, *, fsync: bool = False) -> None:
    """Write ``data`` to ``path`` so a reader never sees a partial file.

    The bytes go to a temporary file in the same folder, renamed over the target; a crash
    leaves at most a stray ``.tmp-*`` file, never a truncated output. The temporary name is
    the target's plus this process's id and a counter: unique without ``tempfile``'s random
    names, and ``O_EXCL`` still refuses a name a crashed run left. The folder is made only
    when the open says it is missing (a batch writes thousands of files into a few folders).
    """
    target = os.fspath(path)
    folder = os.path.dirname(target) or "."
    name = os.path.basename(target)[:120]  # room for the suffix within NAME_MAX
    tmp = os.path.join(folder, f".tmp-{name}.{os.getpid()}.{next(_COUNTER)}.part")
    try:
        fd = os.open(tmp, _FLAGS, 0o666)
    except FileNotFoundError:
        os.makedirs(folder, exist_ok=True)
        fd = os.open(tmp, _FLAGS, 0o666)
    try:
        try:
            _write_all(fd, data)
            if fsync:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


class LineFile:
    """A file written a whole line at a time, never left ending in part of a line.

    With ``atomic`` the lines go to a temporary file in the target's folder and
    :meth:`close` renames it into place (``keep``) or removes it. Without, the target itself is
    written (an error report that a user may follow while the run goes on). Each line is one
    unbuffered write; a write that fails or is interrupted cuts the file back to its last whole
    line before the error goes on, so a full disk or a signal never leaves half a record.
    """

    def __init__(self, path: str | os.PathLike[str], *, atomic: bool = True) -> None:
        self.target = os.fspath(path)
        self.lines = 0
        self._size = 0
        self._tmp: str | None = None
        if atomic:
            folder = os.path.dirname(self.target) or "."
            name = os.path.basename(self.target)[:120]
            self._tmp = os.path.join(folder, f".tmp-{name}.{os.getpid()}.{next(_COUNTER)}.part")
            self._fd = os.open(self._tmp, _FLAGS, 0o666)
        else:
            flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_CLOEXEC", 0)
            self._fd = os.open(self.target, flags, 0o666)

    def write(self, line: bytes) -> None:
        """Append one whole line (or nothing, when the write fails)."""
        try:
            _write_all(self._fd, line)
        except BaseException:
            with contextlib.suppress(OSError):  # a device such as /dev/full cannot be cut
                os.ftruncate(self._fd, self._size)
            raise
        self._size += len(line)
        self.lines += 1

    def close(self, keep: bool = True) -> None:
        """Close; an atomic file is renamed into place when ``keep``, else removed."""
        os.close(self._fd)
        if self._tmp is None:
            return
        if keep:
            os.replace(self._tmp, self.target)
        else:
            with contextlib.suppress(OSError):
                os.unlink(self._tmp)
