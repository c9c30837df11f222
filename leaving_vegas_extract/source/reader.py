"""Reader: raw bytes to a :class:`SourceText` (decoding, line table, format detection).

The only failures here are inputs that are no article at all; they raise :class:`InputError`
with a one-line reason. Everything readable is decoded, with diagnostics saying how: bytes that
are not UTF-8 are read as cp1252, stray NULs are dropped, mojibake is repaired, and each repair
names the lines it touched. The common case (clean UTF-8) costs a few memchr scans.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from types import MappingProxyType

from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.model.article import Diagnostic
from leaving_vegas_extract.options import DEFAULT_MAX_BYTES
from leaving_vegas_extract.source.document import Format, SourceText
from leaving_vegas_extract.source.evidence import check_article, markup_root
from leaving_vegas_extract.source.evidence import detect_format as markup_format
from leaving_vegas_extract.source.files import read_path
from leaving_vegas_extract.source.lazy import LazyPattern
from leaving_vegas_extract.source.vocab import BINARY_SIGNATURES, BYTE_ORDER_MARKS

__all__ = ["DEFAULT_MAX_BYTES", "detect_format", "read_bytes", "read_path", "split_lines"]

_SAMPLE = 65536  # bytes looked at to tell text from binary
_FEW_CONTROLS = 8
# ESC is left out: terminal colour codes are text, told from an article by the evidence module.
_CONTROL_BYTES = bytes((*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20)))
_PRINTABLE_ASCII = bytes((0x09, 0x0A, 0x0D, *range(0x20, 0x7F)))
_SIGNATURE_PREFIXES = tuple(sig for sig, _ in BINARY_SIGNATURES)
_BOM_PREFIXES = tuple(bom for bom, _ in BYTE_ORDER_MARKS)
_WIDE_BOM_PREFIXES = tuple(bom for bom, codec in BYTE_ORDER_MARKS if codec != "utf-8")

# UTF-8 read as cp1252 and saved again as UTF-8, in UTF-8 bytes: a two-byte lead read as "Â".."ß"
# (C3 82-9F) then one cp1252 rendering of a continuation byte, or a three-byte lead "à".."ï"
# (C3 A0-AF) then two. A fixed-length, literal-led pass over bytes: far cheaper than a str
# pattern, and it decides whether ftfy (slow) runs at all. "été\u00a0:" is not taken for it.
_CONT = (
    rb"(?:\xc2[\x80-\xbf]|\xc5[\x92\x93\xa0\xa1\xb8\xbd\xbe]|\xc6\x92|\xcb[\x86\x9c]"
    rb"|\xe2(?:\x80[\x93\x94\x98-\x9a\x9c-\x9e\xa0-\xa2\xa6\xb0\xb9\xba]|\x82\xac|\x84\xa2))"
)
_MOJIBAKE = re.compile(rb"\xc3[\x82-\x9f]" + _CONT + rb"|\xc3[\xa0-\xaf]" + _CONT + _CONT)
_ESCAPED = LazyPattern(r"[\udc80-\udcff]+")  # bytes kept by "surrogateescape": not UTF-8
# (escapes that re reads: mypyc compiles no surrogate literal)
_SURROGATE = LazyPattern(r"[\ud800-\udfff]")
# Each non-UTF-8 byte read as cp1252; its five unassigned bytes as latin-1 (C1 controls).
_LEGACY = tuple(bytes([b]).decode("cp1252", "ignore") or chr(b) for b in range(256))


# Signs of wikitext: a template or redirect opening the page, a heading line, a link, bold, a ref.
_WIKI_SIGNS = LazyPattern(
    r"(?P<open>\A\s*(?:\{\{|#redirect\b))|(?P<heading>^==[^=\n].*==[ \t]*$)"
    r"|(?P<link>\[\[[^\[\]\n]+\]\])|(?P<bold>'''[^'\n]+''')|(?P<ref><ref[\s>])",
    re.M | re.I,
)
_HTML_TAGS = LazyPattern(r"<(?:!doctype|html|head|body|div|p|table|meta|span)\b", re.I)
_COMMENTS = LazyPattern(r"<!--.*?(?:-->|\Z)", re.S)
WIKITEXT_SUFFIXES = (".wiki", ".wikitext", ".mediawiki")


def looks_wikitext(head: str) -> bool:
    """Whether text opens with a template or redirect, or shows two kinds of wikitext sign.

    >>> looks_wikitext("{{Infobox film}}"), looks_wikitext("'''X''' is a [[film]].")
    (True, True)
    >>> looks_wikitext("A [b] and [[c]]")
    False
    """
    head = _COMMENTS.get().sub("", head) if "<!--" in head else head
    if _HTML_TAGS.get().search(head):
        return False
    kinds: set[str] = set()
    for m in _WIKI_SIGNS.get().finditer(head):
        if m.lastgroup == "open":
            return True
        kinds.add(m.lastgroup or "")
        if len(kinds) >= 2:
            return True
    return False


def detect_format(head: str, path: str | None = None) -> Format:
    """``wikitext`` when the name or the content says so, ``html`` when the document starts as an
    HTML page (see :func:`evidence.detect_format`), else ``text``.

    >>> detect_format("<!DOCTYPE html><html>"), detect_format("A plain article")
    ('html', 'text')
    >>> detect_format("<!-- hi -->\\n{{Infobox film}}"), detect_format("x", "a.wiki")
    ('wikitext', 'wikitext')
    """
    if _is_wikitext(head[:4096].lstrip("\ufeff"), path):
        return "wikitext"
    return markup_format(head)


def _is_wikitext(head: str, path: str | None) -> bool:
    if path is not None and path.lower().endswith(WIKITEXT_SUFFIXES):
        return True
    return ("[[" in head or "{{" in head or "'''" in head) and looks_wikitext(head)


@dataclass(slots=True)
class _Decoded:
    text: str
    notes: list[Diagnostic] = field(default_factory=list)
    utf8: bool = False  # decoded as UTF-8 from the raw bytes (they can be scanned directly)
    legacy: bool = False  # holds surrogate-escaped bytes to read as cp1252
    truncated: bool = False  # the last character was cut off


def _note(code: str, message: str, lines: tuple[int, int] | None = None) -> Diagnostic:
    return Diagnostic(severity="warning", code=code, message=message, lines=lines)


def _decode_unicode(data: bytes, codec: str, why: str) -> _Decoded:
    """UTF-16/32: strict, else with replacement characters and a diagnostic (never refused)."""
    try:
        return _Decoded(data.decode(codec))
    except UnicodeDecodeError as exc:
        text = data.decode(codec, "replace")
        message = f"{why}: undecodable bytes ({exc.reason}) replaced by U+FFFD"
        return _Decoded(text, [_note("undecodable-bytes", message)])


def _utf16_without_mark(data: bytes) -> str | None:
    """``utf-16-le``/``-be`` when NULs fill one byte of most pairs and the other byte is mostly
    printable ASCII (Latin text in UTF-16); binary with a NUL lane is not taken for it."""
    head = data[: 4096 & ~1]
    pairs = len(head) // 2
    if pairs < 8:
        return None
    for codec, text_lane, nul_lane in (("utf-16-le", 0, 1), ("utf-16-be", 1, 0)):
        nuls, low = head[nul_lane::2].count(0), head[text_lane::2]
        if nuls * 10 >= pairs * 3 and low.count(0) * 20 < pairs:
            printable = len(low) - len(low.translate(None, _PRINTABLE_ASCII))
            if printable * 10 >= pairs * 8:
                return codec
    return None


def _decode(data: bytes, encoding: str | None) -> _Decoded:
    if encoding:
        try:
            text = data.decode(encoding).lstrip("\ufeff")
        except LookupError:
            raise InputError("undecodable", f"unknown encoding {encoding!r}") from None
        except (ValueError, TypeError) as exc:  # UnicodeError, and codecs that misbehave
            raise InputError("undecodable", f"cannot decode as {encoding}: {exc}") from None
        if not text.isascii() and _SURROGATE.get().search(text):  # some codecs let them through
            text = _SURROGATE.get().sub("\ufffd", text)
        return _Decoded(text)
    if data.startswith(_BOM_PREFIXES):
        bom, codec = next((b, c) for b, c in BYTE_ORDER_MARKS if data.startswith(b))
        if codec != "utf-8":
            return _decode_unicode(data, codec, f"{codec.upper()} with a byte-order mark")
        data = data[len(bom) :]
    codec16 = _utf16_without_mark(data) if b"\x00" in data[:4096] else None
    if codec16 is not None:
        decoded = _decode_unicode(data, codec16, codec16.upper())
        decoded.notes.append(_note("utf16-without-bom", f"no byte-order mark; read as {codec16}"))
        return decoded
    try:
        return _Decoded(data.decode("utf-8"), utf8=True)
    except UnicodeDecodeError:
        text = data.decode("utf-8", "surrogateescape")
    tail = _ESCAPED.get().search(text)
    if tail is not None and tail.end() == len(text) and _cut_character(text[tail.start() :]):
        return _Decoded(text[: tail.start()], utf8=True, truncated=True)
    return _Decoded(text, legacy=True)


def _cut_character(escaped: str) -> bool:
    """Whether the escaped tail starts one UTF-8 sequence (a download cut mid-character)."""
    raw = bytes(ord(c) - 0xDC00 for c in escaped)
    need = 2 if 0xC2 <= raw[0] <= 0xDF else 3 if 0xE0 <= raw[0] <= 0xEF else 4
    return raw[0] >= 0xC2 and raw[0] <= 0xF4 and len(raw) < need


def _legacy_line(line: str) -> str:
    return _ESCAPED.get().sub(lambda m: "".join(_LEGACY[ord(c) - 0xDC00] for c in m.group()), line)


def _ftfy_line(line: str) -> str:
    import ftfy  # slow import and call: only for lines that show mojibake

    fixed = ftfy.fix_encoding(line)
    if fixed == line:
        # ftfy is cautious next to letters ("Encyclopediaâ„¢"); a strict round trip that
        # succeeds is evidence enough, as legitimate text almost never survives it.
        try:
            fixed = line.encode("cp1252").decode("utf-8")
        except UnicodeError:
            return line
    return line if "\n" in fixed or "\r" in fixed else fixed


# Per-line repairs: (diagnostic code, message after "{n} line(s): "), in the order notes appear.
_REPAIRS = MappingProxyType(
    {
        "legacy": ("decoded-legacy", "bytes that are not UTF-8, read as cp1252"),
        "nul": ("nul-bytes", "NUL characters removed"),
        "mojibake": ("mojibake", "mojibake (UTF-8 once read as cp1252) repaired"),
        "kept": ("mojibake", "looks like mojibake but could not be repaired (kept as printed)"),
    }
)


def _repair_lines(lines: list[str], decoded: _Decoded, mojibake: bool) -> list[Diagnostic]:
    """Fix, in place, the lines that hold non-UTF-8 bytes, NULs or mojibake; one pass."""
    touched: dict[str, list[int]] = {key: [] for key in _REPAIRS}
    has_nul = "\x00" in decoded.text
    for index, line in enumerate(lines):
        if line.isascii() and not has_nul:
            continue
        if decoded.legacy and _ESCAPED.get().search(line):
            line = _legacy_line(line)
            touched["legacy"].append(index + 1)
        if has_nul and "\x00" in line:
            line = line.replace("\x00", "")
            touched["nul"].append(index + 1)
        if mojibake and not line.isascii() and _MOJIBAKE.search(line.encode("utf-8")):
            fixed = _ftfy_line(line)
            touched["mojibake" if fixed != line else "kept"].append(index + 1)
            line = fixed
        lines[index] = line
    return [
        _note(code, f"{len(numbers)} line(s): {message}", (numbers[0], numbers[-1]))
        for key, (code, message) in _REPAIRS.items()
        if (numbers := touched[key])
    ]


def _binary_kind(data: bytes) -> str | None:
    """What a binary file is, from its signature or its share of control bytes; None for text."""
    if data.startswith(_SIGNATURE_PREFIXES):
        return next(what for sig, what in BINARY_SIGNATURES if data.startswith(sig))
    sample = data[:_SAMPLE]
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))  # one C pass
    if not controls:
        return None
    # More than 1 % control bytes (and more than a handful, for short files): no article.
    # A few stray NULs or terminal escapes in text stay below that and are kept or dropped.
    binary = controls * 100 > len(sample) and controls > _FEW_CONTROLS
    return "control characters" if binary else None


def _refuse(data: bytes, max_bytes: int, told: bool) -> tuple[bytes, list[Diagnostic]]:
    """Raise :class:`InputError` for input that is too large, empty or binary; else the bytes
    to decode, without the NUL padding an unfinished download leaves at its end."""
    if len(data) > max_bytes:
        raise InputError("too-large", f"{len(data)} bytes is over the limit of {max_bytes} bytes")
    if not data or data.isspace():  # bytes.strip's white space, without copying the input
        raise InputError("empty", "empty input (no text)" if not data else "only white space")
    if told or data.startswith(_WIDE_BOM_PREFIXES):
        return data, []  # UTF-16/32 are full of NULs by design: checked once decoded
    notes: list[Diagnostic] = []
    if data.endswith(b"\x00") and _utf16_without_mark(data) is None:
        text = data.rstrip(b"\x00")
        if not text.strip():
            raise InputError("binary", "only NUL bytes (an unfinished download?), no text")
        message = f"{len(data) - len(text)} NUL bytes at the end (an unfinished download?) dropped"
        notes.append(_note("nul-padding", message))
        data = text
    kind = _binary_kind(data)
    if kind is not None and (kind != "control characters" or _utf16_without_mark(data) is None):
        raise InputError("binary", f"binary data ({kind}), not a text article")
    return data, notes


def read_bytes(
    data: bytes,
    *,
    path: str | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    require_article: bool = False,
) -> SourceText:
    """Decode ``data`` into a :class:`SourceText`; :class:`InputError` when it is no text, or
    (with ``require_article``) when it is text but no article (data, code, too short...)."""
    body, notes = _refuse(data, max_bytes, told=bool(encoding))
    decoded = _decode(body, encoding)
    text = decoded.text
    unicode = not (decoded.utf8 or decoded.legacy)  # decoded from UTF-16/32 or as told
    if unicode and _binary_kind(text[:_SAMPLE].encode("utf-8", "surrogatepass")):
        raise InputError("binary", "binary data (control characters), not a text article")
    scan = text.encode("utf-8", "surrogatepass") if unicode else body
    mojibake = b"\xc3" in scan and _MOJIBAKE.search(scan) is not None
    lines = _line_list(text)
    notes.extend(decoded.notes)
    if decoded.truncated:
        message = "input ends mid-character (truncated?); the cut bytes were dropped"
        notes.append(_note("truncated-character", message, (len(lines), len(lines))))
    if decoded.legacy or mojibake or "\x00" in text:
        notes.extend(_repair_lines(lines, decoded, mojibake))
    if all(_invisible(line) for line in lines):
        raise InputError("empty", "only white space")
    _refuse_undecodable(text)
    root = markup_root(text)
    # Wikitext is article markup by its own evidence; the checks for data and code are not for it.
    fmt: Format = "wikitext" if _is_wikitext(text[:4096], path) else markup_format(text, root)
    if require_article and fmt != "wikitext":
        check_article(lines, root)
    return SourceText(
        lines=tuple(lines),
        path=path,
        format=fmt,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        diagnostics=tuple(notes),
    )


def _refuse_undecodable(text: str) -> None:
    """Bytes that decoded mostly to U+FFFD (``ff fe 00 d8``: a UTF-16 mark and half a
    surrogate pair) hold no text: more replacement characters than letters and digits."""
    sample = text[:_SAMPLE]
    replaced = sample.count("\ufffd")
    if replaced and replaced > sum(1 for c in sample if c.isalnum()):
        raise InputError("binary", "binary data (mostly undecodable bytes), not a text article")


def _invisible(line: str) -> bool:
    return not line.replace("\ufeff", "").replace("\u200b", "").strip()


def split_lines(text: str) -> tuple[str, ...]:
    """Split at LF, CRLF or CR only (``str.splitlines`` would also split at form feeds etc.).

    >>> split_lines("a\\r\\nb\\rc\\n\\nd\\n")
    ('a', 'b', 'c', '', 'd')
    """
    return tuple(_line_list(text))


def _line_list(text: str) -> list[str]:
    """``split_lines`` as a list (``read_bytes`` repairs lines in place)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines
