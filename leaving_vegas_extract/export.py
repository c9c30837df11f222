"""Exporter: deterministic JSON bytes, written atomically (temporary file, then rename)."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from .models import Article


def to_json(article: Article) -> bytes:
    """The article as pretty JSON: field order fixed by the models, UTF-8, final newline."""
    return article.model_dump_json(indent=2).encode("utf-8") + b"\n"


def to_jsonl_line(article: Article) -> bytes:
    """The article as one JSON Lines record."""
    return article.model_dump_json().encode("utf-8") + b"\n"


def write_atomic(path: str | os.PathLike[str], data: bytes, *, fsync: bool = False) -> None:
    """Write ``data`` to ``path`` so a reader never sees a partial file.

    The bytes go to a temporary file in the same folder, renamed over the target; a crash
    leaves at most a stray ``.tmp-*`` file, never a truncated output.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".tmp-", suffix=".part", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            if fsync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
