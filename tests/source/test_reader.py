"""The reader: decoding, framing and refusal of raw bytes, case by case."""

from __future__ import annotations

import bz2
import codecs
import gzip
import lzma
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from leaving_vegas_extract import extract_bytes, extract_text
from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.source.document import SourceText
from leaving_vegas_extract.source.reader import detect_format, read_bytes, read_path, split_lines
from tests.conftest import ROOT, SEED, fixture_id, fixture_paths

ARTICLE = (
    "Title line\nDirected by Lila Cazès\n\n  • 7\u00a0May\u00a01999\nA line with © and ™ – done.\n"
)
LINES = tuple(ARTICLE.rstrip("\n").split("\n"))


def _read(data: bytes, **kwargs: object) -> SourceText:
    return read_bytes(data, **kwargs)  # type: ignore[arg-type]


def _codes(source: SourceText) -> list[str]:
    return [d.code for d in source.diagnostics]


# (id, bytes, diagnostic codes expected); each must decode to exactly LINES.
SAME_LINES: list[tuple[str, bytes, list[str]]] = [
    ("utf-8", ARTICLE.encode(), []),
    ("utf-8 with BOM", codecs.BOM_UTF8 + ARTICLE.encode(), []),
    ("utf-16 with BOM", ARTICLE.encode("utf-16"), []),
    ("utf-16-be with BOM", codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), []),
    ("utf-32 with BOM", ARTICLE.encode("utf-32"), []),
    ("utf-16-le without BOM", ARTICLE.encode("utf-16-le"), ["utf16-without-bom"]),
    ("utf-16-be without BOM", ARTICLE.encode("utf-16-be"), ["utf16-without-bom"]),
    ("cp1252", ARTICLE.encode("cp1252"), ["decoded-legacy"]),
    ("crlf", ARTICLE.replace("\n", "\r\n").encode(), []),
    ("cr", ARTICLE.replace("\n", "\r").encode(), []),
    ("no final newline", ARTICLE.rstrip("\n").encode(), []),
    ("mojibake", ARTICLE.encode().decode("cp1252", "replace").encode(), ["mojibake"]),
    ("stray NULs", ARTICLE.replace("Directed", "Dir\x00ected").encode(), ["nul-bytes"]),
    ("NUL padding", ARTICLE.encode() + b"\x00" * 5000, ["nul-padding"]),
    (
        "mixed utf-8 and cp1252",
        ARTICLE.encode().replace("è".encode(), "è".encode("cp1252")),
        ["decoded-legacy"],
    ),
    ("utf-16 with a NUL", ARTICLE.replace("Title", "Ti\x00tle").encode("utf-16"), ["nul-bytes"]),
]


@pytest.mark.parametrize(
    ("data", "codes"), [c[1:] for c in SAME_LINES], ids=[c[0] for c in SAME_LINES]
)
def test_decodes_to_the_same_lines(data: bytes, codes: list[str]) -> None:
    source = _read(data)
    assert source.lines == LINES
    assert _codes(source) == codes
    assert source.size == len(data)
    assert source.format == "text"


@pytest.mark.parametrize(
    ("data", "code", "lines"),
    [
        (ARTICLE.replace("Cazès", "Caz\x00ès").encode(), "nul-bytes", (2, 2)),
        (ARTICLE.encode().replace("è".encode(), b"\xe8"), "decoded-legacy", (2, 2)),
        (ARTICLE.replace("™", "â„¢").encode(), "mojibake", (5, 5)),
        (ARTICLE.encode() + "é".encode()[:1], "truncated-character", (5, 5)),
    ],
    ids=["nul", "legacy", "mojibake", "truncated"],
)
def test_line_repairs_name_their_lines(data: bytes, code: str, lines: tuple[int, int]) -> None:
    notes = [d for d in _read(data).diagnostics if d.code == code]
    assert [d.lines for d in notes] == [lines]
    assert all(d.severity == "warning" for d in notes)


def test_truncated_character_is_dropped_not_misread() -> None:
    source = _read(b"Title\nCaf" + "é".encode()[:1])
    assert source.lines == ("Title", "Caf")
    assert _codes(source) == ["truncated-character"]


def test_legacy_bytes_undefined_in_cp1252_read_as_latin1() -> None:
    assert _read(b"Title\x81 \xe9\n").lines == ("Title\x81 é",)


def test_mojibake_that_ftfy_leaves_is_reported_not_changed() -> None:
    text = "Title\nSome words \u00c3\u00a9\u00e2\u20ac\u00a2 then \u00e9 real\n"
    source = _read(text.encode())
    notes = [d for d in source.diagnostics if d.code == "mojibake"]
    assert len(notes) == 1
    assert ("repaired" in notes[0].message) == (source.lines[1] != text.split("\n")[1])


@pytest.mark.parametrize(
    "line",
    [
        "L'été\u00a0: tournage à Paris, « bientôt »",
        "Größe und Übermaß",
        "Ñandú, año, señor",
        "Łódź, Škoda, Ærø",
        "Cazès – “quoted” • 1995",
    ],
    ids=["french nbsp", "german", "spanish", "extended latin", "typography"],
)
def test_legitimate_accents_are_not_mojibake(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ftfy", None)  # importing it would fail the test
    source = _read(f"Title\n{line}\n".encode())
    assert source.lines[1] == line
    assert source.diagnostics == ()


@pytest.mark.parametrize(
    ("data", "kind", "message"),
    [
        (b"", "empty", "empty input (no text)"),
        (b" \t\r\n\r\n", "empty", "only white space"),
        ("\u00a0\n\u00a0 \n".encode(), "empty", "only white space"),
        (codecs.BOM_UTF8, "empty", "only white space"),
        (" \n".encode("utf-16"), "empty", "only white space"),
        ("\ufeff\u200b\n".encode(), "empty", "only white space"),
        (b"\x00" * 100, "binary", "only NUL bytes (an unfinished download?), no text"),
        (b"\x00\xff" * 64, "binary", "binary data (control characters)"),
        (bytes(range(256)) * 4, "binary", "binary data (control characters), not a text article"),
        (
            b"\x89PNG\r\n\x1a\n" + b"x" * 50,
            "binary",
            "binary data (a PNG image), not a text article",
        ),
        (b"%PDF-1.7\n", "binary", "binary data (a PDF document), not a text article"),
        (b"\x1f\x8b\x08" + b"x" * 50, "binary", "binary data (gzip-compressed data (name it"),
        (
            codecs.BOM_UTF16_LE + b"\x01\x00" * 100,
            "binary",
            "binary data (control characters)",
        ),
    ],
    ids=[
        "zero bytes",
        "white space",
        "nbsp only",
        "bom only",
        "utf-16 white space",
        "invisible only",
        "nul only",
        "nul lane, no text lane",
        "random bytes",
        "png",
        "pdf",
        "gzip without suffix",
        "utf-16 binary",
    ],
)
def test_refused_with_one_clear_reason(data: bytes, kind: str, message: str) -> None:
    with pytest.raises(InputError) as info:
        _read(data)
    assert info.value.kind == kind
    assert str(info.value).startswith(message)
    assert "\n" not in str(info.value)


def test_size_limit() -> None:
    data = ARTICLE.encode()
    assert _read(data, max_bytes=len(data)).lines == LINES
    with pytest.raises(InputError, match="over the limit") as info:
        _read(data, max_bytes=len(data) - 1)
    assert info.value.kind == "too-large"


@pytest.mark.parametrize(
    ("encoding", "data", "lines"),
    [
        ("latin-1", "Caz\u00e8s\n".encode("latin-1"), ("Cazès",)),
        ("utf-8", codecs.BOM_UTF8 + b"x\n", ("x",)),
        ("unicode_escape", b"\\ud800 x", ("\ufffd x",)),
    ],
    ids=["latin-1", "utf-8 drops the BOM", "lone surrogates replaced"],
)
def test_encoding_override(encoding: str, data: bytes, lines: tuple[str, ...]) -> None:
    source = _read(data, encoding=encoding)
    assert source.lines == lines
    assert source.diagnostics == ()


@pytest.mark.parametrize(
    ("encoding", "data"),
    [("no-such-codec", b"x"), ("utf-8", b"caf\xe9"), ("rot13", b"x")],
    ids=["unknown", "wrong", "not a text codec"],
)
def test_encoding_override_failures_are_clear(encoding: str, data: bytes) -> None:
    with pytest.raises(InputError) as info:
        _read(data, encoding=encoding)
    assert info.value.kind == "undecodable"


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("a\nb\n", ("a", "b")),
        ("a\r\nb\rc", ("a", "b", "c")),
        ("a\r\r\nb", ("a", "", "b")),
        ("a\n\n\n", ("a", "", "")),
        ("a\x0cb\x1ec\u2028d\x85e", ("a\x0cb\x1ec\u2028d\x85e",)),
        ("", ()),
    ],
    ids=["lf", "crlf and cr", "cr then crlf", "trailing blanks", "no other separators", "empty"],
)
def test_split_lines(text: str, lines: tuple[str, ...]) -> None:
    assert split_lines(text) == lines


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("<!DOCTYPE html>\n<html>", "html"),
        ("\ufeff  <html lang=en>", "html"),
        ("<div class=x>text</div>", "html"),
        ("<!-- saved -->\n<!doctype html>\n<body>x</body>", "html"),
        ("Title\n<body>x</body>", "text"),
        ("<!-- saved from a mirror -->\nLeaving on a jet plane <html>", "text"),
        ("Leaving on a jet plane\nDirected by Someone", "text"),
        ("Notes: a < b and c > d", "text"),
    ],
    ids=[
        "doctype",
        "bom then html",
        "div",
        "comment and doctype first",
        "body later is prose",
        "comment then text",
        "article",
        "angle brackets in prose",
    ],
)
def test_detect_format(head: str, expected: str) -> None:
    assert detect_format(head) == expected


def test_utf16_html_is_detected_after_decoding() -> None:
    assert _read("<!DOCTYPE html><html><body>x</body></html>".encode("utf-16")).format == "html"


def test_few_nuls_are_not_taken_for_utf16() -> None:
    data = (ARTICLE * 20).encode().replace(b"Title", b"T\x00\x00\x00itle", 1)
    source = _read(data)
    assert "utf16-without-bom" not in _codes(source)
    assert source.lines[0] == "Title line"


def test_hash_and_size_are_of_the_raw_bytes() -> None:
    import hashlib

    data = ARTICLE.encode("utf-16")
    source = _read(data)
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.size == len(data)


@pytest.mark.parametrize("path", [Path(SEED), *fixture_paths()], ids=lambda p: fixture_id(Path(p)))
def test_clean_inputs_never_call_ftfy(path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The cheap check keeps the slow repair off every clean fixture."""
    fake = ModuleType("ftfy")

    def boom(text: str) -> str:
        raise AssertionError("ftfy ran on clean text")

    fake.fix_encoding = boom  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "ftfy", fake)
    source = _read((ROOT / path).read_bytes())
    assert not {"mojibake", "decoded-legacy", "nul-bytes"} & set(_codes(source))


COMPRESSORS: list[tuple[str, Callable[[bytes], bytes]]] = [
    (".gz", lambda b: gzip.compress(b, mtime=0)),
    (".bz2", bz2.compress),
    (".xz", lzma.compress),
]


@pytest.mark.parametrize(("suffix", "compress"), COMPRESSORS, ids=[c[0] for c in COMPRESSORS])
def test_read_path_compressed(
    tmp_path: Path, suffix: str, compress: Callable[[bytes], bytes]
) -> None:
    good = tmp_path / f"a.txt{suffix}"
    good.write_bytes(compress(ARTICLE.encode()))
    assert read_path(good) == ARTICLE.encode()
    bad = tmp_path / f"b.txt{suffix}"
    bad.write_bytes(compress(ARTICLE.encode())[:12] + b"\x00garbage" * 8)
    with pytest.raises(InputError, match="corrupt") as info:
        read_path(bad)
    assert info.value.kind == "unreadable"
    with pytest.raises(InputError, match="over the limit"):
        read_path(good, max_bytes=10)


def test_read_path_failures(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read_path(tmp_path)
    with pytest.raises(InputError, match="no such file"):
        read_path(tmp_path / "missing.txt.gz")


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "line",
    ["\u00c3\u00a9" * 400_000, "x\u00c3" * 400_000, ("a" * 999 + "\x00") * 900, "\udce9" * 10],
    ids=["mojibake run", "lead letters", "nuls", "escaped"],
)
def test_huge_damaged_line_is_read_in_time(line: str) -> None:
    data = ("Title\n" + line + "\n").encode("utf-8", "surrogateescape")
    source = _read(data)
    assert source.lines[0] == "Title"
    assert len(source.lines) == 2


def test_extract_bytes_keeps_line_numbers_across_encodings() -> None:
    seed = (ROOT / SEED).read_bytes()
    plain = extract_bytes(seed)
    for data in (seed.decode().encode("utf-16"), seed.replace(b"\n", b"\r\n")):
        other = extract_bytes(data)
        assert other.coverage == plain.coverage
        assert other.model_dump(exclude={"source"}) == plain.model_dump(exclude={"source"})


def test_extract_text_with_a_lone_surrogate() -> None:
    """A str from a broken decoder upstream: extracted (or refused), never a crash."""
    article = extract_text("Title \ud800 line\nDirected by Someone\n")
    assert article.coverage.lines_total == 2


def test_read_path_reads_the_file_whole(tmp_path: Path) -> None:
    assert read_path(SEED) == Path(SEED).read_bytes()
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert read_path(empty) == b""


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="needs /dev/zero")
def test_read_path_caps_a_file_without_a_size() -> None:
    """/dev/zero has st_size 0 and no end: it is read in chunks up to the limit, then refused."""
    with pytest.raises(InputError) as info:
        read_path("/dev/zero", max_bytes=3_000_000)
    assert info.value.kind == "too-large"


def test_read_path_refuses_a_large_file_from_its_size(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"a" * 5000)
    with pytest.raises(InputError) as info:
        read_path(big, max_bytes=4999)
    assert info.value.kind == "too-large"
    assert read_path(big, max_bytes=5000) == b"a" * 5000
