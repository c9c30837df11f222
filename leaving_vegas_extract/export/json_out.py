"""Exporter: deterministic JSON bytes, written atomically (temporary file, then rename)."""

from __future__ import annotations

import contextlib
import itertools
import os

from leaving_vegas_extract.model.article import Article

_COUNTER = itertools.count()


def to_json(article: Article) -> bytes:
    """The article as pretty JSON: field order fixed by the models, UTF-8, final newline."""
    return article.model_dump_json(indent=2).encode("utf-8") + b"\n"


def to_jsonl_line(article: Article) -> bytes:
    """The article as one JSON Lines record."""
    return article.model_dump_json().encode("utf-8") + b"\n"


_FLAGS = (
    os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
)


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
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view) :]
            if fsync:
                os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
