"""Reader: raw bytes to a :class:`SourceText` (decoding, line table, format detection).

The only failures here are inputs that are no article at all; they raise :class:`InputError`
with a one-line reason. Everything readable is decoded, with diagnostics saying how.
"""

from __future__ import annotations

import codecs
import hashlib
import importlib
import os
import re

from .document import Format, SourceText
from .errors import InputError
from .models import Diagnostic

DEFAULT_MAX_BYTES = 64 * 1024 * 1024

# Mojibake of UTF-8 read as cp1252/latin-1 leaves these pairs behind; cheap to look for,
# so the slow repair (ftfy) only runs on text that has them.
_MOJIBAKE = re.compile(
    "[\u00c2\u00c3][\u0080-\u00bf\u2018-\u203a\u0152\u0153\u0160\u0161\u017d\u017e\u0178\u0192\u02c6\u02dc]|\u00e2\u20ac"
)
_HTML_START = re.compile(
    rb"^\s*(?:<!doctype\s+html|<html|<head|<body|<\?xml|<div|<table|<meta|<!--)", re.I
)
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")


def detect_format(data: bytes) -> Format:
    """``html`` when the content looks like markup, else ``text`` (the extension is not asked)."""
    head = data[:4096].lstrip(b"\xef\xbb\xbf")
    if _HTML_START.match(head):
        return "html"
    lowered = head.lower()
    if b"<html" in lowered or (b"<body" in lowered and b"</" in lowered):
        return "html"
    return "text"


def _decode(data: bytes, encoding: str | None) -> tuple[str, list[Diagnostic]]:
    notes: list[Diagnostic] = []
    if encoding:
        try:
            return data.decode(encoding), notes
        except (LookupError, UnicodeDecodeError) as exc:
            raise InputError("undecodable", f"cannot decode as {encoding}: {exc}") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8) :]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16"), notes
        except UnicodeDecodeError as exc:
            raise InputError("undecodable", f"broken UTF-16: {exc.reason}") from None
    if b"\x00" in data:
        raise InputError("binary", "binary data (NUL bytes), not a text article")
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        enc = "cp1252"
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        enc = "latin-1"
    notes.append(
        Diagnostic(
            severity="warning",
            code="decoded-legacy",
            message=f"input is not UTF-8; decoded as {enc}",
        )
    )
    return text, notes


def _repair_mojibake(text: str) -> tuple[str, list[Diagnostic]]:
    if not _MOJIBAKE.search(text):
        return text, []
    import ftfy  # slow import and call: only for text that shows mojibake

    fixed = ftfy.fix_encoding(text)
    if fixed != text:
        message = "mojibake (UTF-8 read as a legacy encoding) repaired"
        severity = "warning"
    else:
        message = "text looks like mojibake but could not be repaired"
        severity = "warning"
    return fixed, [Diagnostic(severity=severity, code="mojibake", message=message)]


def split_lines(text: str) -> tuple[str, ...]:
    """Split at LF, CRLF or CR only (``str.splitlines`` would also split at form feeds etc.)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return tuple(lines)


def read_bytes(
    data: bytes,
    *,
    path: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> SourceText:
    """Decode ``data`` into a :class:`SourceText`; :class:`InputError` when it is no article."""
    if len(data) > max_bytes:
        raise InputError("too-large", f"{len(data)} bytes is over the limit of {max_bytes} bytes")
    if not data.strip():
        raise InputError("empty", "empty input (no text)")
    text, notes = _decode(data, encoding)
    if "\x00" in text:
        raise InputError("binary", "binary data (NUL characters), not a text article")
    sample = text[:65536]
    # More than 1 % control characters: a binary file that happened to decode.
    if len(_CONTROL.findall(sample)) * 100 > len(sample):
        raise InputError("binary", "binary data (control characters), not a text article")
    if not text.strip():
        raise InputError("empty", "input holds only white space")
    text, repaired = _repair_mojibake(text)
    notes.extend(repaired)
    return SourceText(
        lines=split_lines(text),
        path=path,
        format=detect_format(data),
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        diagnostics=tuple(notes),
    )


_COMPRESSED = {".gz": "gzip", ".bz2": "bz2", ".xz": "lzma"}


def read_path(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES) -> bytes:
    """The bytes of a file (``.gz``, ``.bz2``, ``.xz`` decompressed), at most ``max_bytes``.

    Reads one byte past the limit so an oversized (or decompression-bomb) input is refused
    without holding it all in memory.
    """
    suffix = os.path.splitext(str(path))[1].lower()
    try:
        if suffix in _COMPRESSED:
            module = importlib.import_module(_COMPRESSED[suffix])
            with module.open(path, "rb") as handle:
                data: bytes = handle.read(max_bytes + 1)
        else:
            with open(path, "rb") as handle:
                data = handle.read(max_bytes + 1)
    except FileNotFoundError:
        raise InputError("not-found", "no such file") from None
    except IsADirectoryError:
        raise InputError("not-a-file", "is a directory") from None
    except PermissionError:
        raise InputError("unreadable", "permission denied") from None
    except (OSError, EOFError, ValueError) as exc:
        raise InputError("unreadable", f"cannot read: {exc}") from None
    if len(data) > max_bytes:
        raise InputError("too-large", f"over the limit of {max_bytes} bytes")
    return data
