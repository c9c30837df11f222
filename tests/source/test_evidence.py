"""What an article is: every fixture rendering is one, junk of each kind is refused by name."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from leaving_vegas_extract import extract_text
from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.source import evidence
from leaving_vegas_extract.source.evidence import detect_format, markup_root
from leaving_vegas_extract.source.reader import read_bytes
from tests.conftest import ROOT, SEED, fixture_id, fixture_paths
from tests.test_property import Mutated, mutated

ARTICLES = [ROOT / SEED, *(ROOT / p for p in fixture_paths())]
TEXTS = [p for p in ARTICLES if p.suffix == ".txt"]
LONG_TEXTS = [p for p in TEXTS if len(p.read_text(encoding="utf-8")) > 1000]


def _read(data: bytes) -> str:
    """The format of an accepted input (raises :class:`InputError` when refused)."""
    return read_bytes(data, require_article=True).format


def _refusal(data: bytes) -> InputError:
    with pytest.raises(InputError) as info:
        _read(data)
    return info.value


@pytest.mark.parametrize("path", ARTICLES, ids=lambda p: fixture_id(p.relative_to(ROOT)))
def test_every_fixture_is_an_article(path: Path) -> None:
    expected = {".html": "html", ".wiki": "wikitext"}.get(path.suffix, "text")
    assert _read(path.read_bytes()) == expected


@pytest.mark.parametrize("path", LONG_TEXTS, ids=lambda p: fixture_id(p.relative_to(ROOT)))
def test_a_mirror_excerpt_of_1000_characters_is_an_article(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    cut = max(i for i in range(2, 1001) if text[i - 1].isalnum() and text[i].isalnum())
    excerpt = text[:cut]  # cut mid-word, at 1,000 characters or just before
    assert _read(excerpt.encode("utf-8")) == "text"


def _seed_json() -> bytes:
    return (ROOT / "output" / "leaving_las_vegas.json").read_bytes()


def _seed_jsonl() -> bytes:
    line = json.dumps(json.loads(_seed_json()), ensure_ascii=False, separators=(",", ":"))
    return (line + "\n" + line + "\n").encode("utf-8")


JUNK = {
    "ff fe 00 d8": (b"\xff\xfe\x00\xd8", "binary", "binary data (mostly undecodable bytes)"),
    "our own json": (_seed_json(), "not-an-article", "JSON data"),
    "our own json cut short": (_seed_json()[:3000], "not-an-article", "JSON data"),
    "our own jsonl": (_seed_jsonl(), "not-an-article", "JSON data"),
    "our own source code": (
        (ROOT / "leaving_vegas_extract" / "source" / "evidence.py").read_bytes(),
        "not-an-article",
        "program source code",
    ),
    "the project README": ((ROOT / "README.md").read_bytes(), "not-an-article", "Markdown"),
    "csv": (
        b"id;name;year\n1;Alpha;1990\n2;Beta, the second;1991\n3;Gamma;1992\n",
        "not-an-article",
        "semicolon-separated data",
    ),
    "svg": (
        b'<svg xmlns="http://www.w3.org/2000/svg"><text>A long caption of many words</text></svg>',
        "not-an-article",
        "an SVG image (<svg>)",
    ),
    "rss": (
        b'<?xml version="1.0"?><rss version="2.0"><channel/></rss>',
        "not-an-article",
        "an RSS",
    ),
    "html without text": (
        b"<!doctype html><html><head><title>x</title><style>p{color:red}</style></head>"
        b"<body><div></div></body></html>",
        "not-an-article",
        "markup with almost no text",
    ),
    "terminal colours": (
        b"".join(
            b"\x1b[32mok\x1b[0m step %d of the build finished in time\n" % i for i in range(9)
        ),
        "not-an-article",
        "text with terminal escape codes",
    ),
    "a sentence": (b"Nothing to see here, move along.\n", "not-an-article", "too short"),
}


@pytest.mark.parametrize("name", list(JUNK))
def test_junk_is_refused_by_name(name: str) -> None:
    data, kind, message = JUNK[name]
    refusal = _refusal(data)
    assert (refusal.kind, refusal.message[: len(message)]) == (kind, message)


def test_only_the_command_line_asks_for_an_article() -> None:
    """The library reads what it is given: a short snippet is still extracted."""
    article = extract_text("Night Ferry\n\nA short lead.\n")
    assert article.title == "Night Ferry"


@pytest.mark.parametrize(
    ("head", "root"),
    [
        ("<!DOCTYPE html [\n<!ENTITY x 'y'>\n]>\n<html>", "html"),
        ('\ufeff<?xml version="1.0"?>\n<!-- a -->\n<!-- b -->\n<svg>', "svg"),
        ("<!-- saved -->\nText", None),
        ("Text <html>", None),
    ],
    ids=["doctype with subset", "declaration and comments", "comment then text", "text"],
)
def test_markup_root(head: str, root: str | None) -> None:
    assert markup_root(head) == root


def test_xhtml_is_html() -> None:
    assert detect_format('<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml">') == (
        "html"
    )


@settings(max_examples=60, deadline=None)
@given(
    path=st.sampled_from(TEXTS),
    cut=st.floats(0.2, 0.95),
    drop=st.sets(st.integers(0, 400), max_size=40),
)
def test_damaged_articles_stay_articles(path: Path, cut: float, drop: set[int]) -> None:
    """A fixture cut anywhere past 1,000 characters, with up to 40 lines lost, is an article."""
    text = path.read_text(encoding="utf-8")
    text = text[: max(1000, int(len(text) * cut))]
    lines = [line for n, line in enumerate(text.split("\n")) if n not in drop]
    assert _read("\n".join(lines).encode("utf-8")) == "text"


@settings(max_examples=200, deadline=None)
@given(mutated())
def test_mutated_fixtures_are_refused_only_when_too_little_is_left(case: Mutated) -> None:
    """The property suite's damaged fixtures (lines lost, swapped, cut; re-encoded; bytes
    inserted): none is taken for data, code or Markdown; text is refused only when under
    1,000 characters are left."""
    try:
        source = read_bytes(case.data)
    except InputError:
        return  # refused whatever is asked (empty, binary): the property suite's business
    refusal = _gate(case.data)
    if refusal is not None:
        assert refusal.message.startswith(("too short", "markup with almost no text"))
        if source.format == "text":
            assert len("\n".join(source.lines)) < 1000


def _gate(data: bytes) -> InputError | None:
    try:
        read_bytes(data, require_article=True)
    except InputError as refusal:
        return refusal
    return None


_TEMPLATE_ROWS = "\n".join(
    [
        "Infobox Film",
        "name = Grey Harbour",
        "caption = Release poster",
        "director =Mara Quill",
        "producer =Tobias Wren",
        "starring =Ines Vale",
        "runtime = 98 minutes",
        "country = Norway",
        "language = Norwegian",
        "budget = NOK 14 million",
        "amg_id = 512044",
        "Grey Harbour is a 2003 Norwegian drama about a ferry pilot who stays behind when the "
        "fishing village empties for the winter, and the three families who refuse to go.",
    ]
)


def test_raw_template_rows_are_an_article_not_code() -> None:
    """Mirrors print the raw infobox template (``key = value`` rows): those are no statements."""
    assert _read(_TEMPLATE_ROWS.encode()) == "text"


def test_assignments_with_code_punctuation_are_still_code() -> None:
    source = (
        "\n".join(f'value_{i} = compute("{i}", limit=[{i}])' for i in range(12))
        + "\nprint(value_0)\n"
    )
    assert _refusal(source.encode()).message.startswith("program source code")


def test_markdown_links_on_most_lines_are_still_an_article() -> None:
    """Mirrors that convert pages to Markdown link names and posters on most lines (and print
    headings); links and images are no sign of a README."""
    lines = ["| Harbour of Reeds | |", "|---|---|"]
    lines += ["| ![Poster of a harbour at dusk](https://example.org/poster.jpg) | |"]
    lines += [
        f"| Directed by | [Ines Vale {i}](https://example.org/wiki/Ines_Vale_{i}) |"
        for i in range(8)
    ]
    lines += ["## Plot"]
    lines += [
        f"The [ferry](https://example.org/wiki/Ferry) leaves the harbour on day {i}, and the "
        f"[pilot](https://example.org/wiki/Pilot) stays behind with the lighthouse keeper."
        for i in range(20)
    ]
    assert _read("\n".join(lines).encode()) == "text"


def _corpus_lines() -> list[str]:
    """Every line of every fixture and of the refused inputs (code, data, READMEs among them)."""
    paths = [ROOT / SEED, *(ROOT / p for p in fixture_paths())]
    paths += [p for p in (ROOT / "tests" / "invalid").rglob("*") if p.is_file()]
    lines: list[str] = []
    for path in paths:
        lines.extend(path.read_bytes().decode("utf-8", "replace").splitlines())
    return lines


_SHAPES = [
    "def f(x):", "class A:", "import os", "from a import b", "#include <x.h>", "package a.b;",
    "fn main() {", "const x = 1", "public static void main", "return x", "if (x) {",
    "else:", "}", "]);", "x = f(y);", "f(x)", "@decorator", "# comment", '"""doc', "// c",
    "/* c", "*/", "x: int = 3", "total += 1", "Prose line.", "Prose (aside):", "Ends {",
    "yield", "a.b[c] = d", "director = Ann Roe", "", "  ", "`code` span", "# Heading",
    "~~~", "[![badge]", "<!-- note -->", "Text with `tick`", "Plain prose.",
]  # fmt: skip


@pytest.mark.parametrize("line", _SHAPES)
def test_code_and_markdown_prefilters_agree_with_the_patterns_on_shapes(line: str) -> None:
    _agree(line)


def test_code_and_markdown_prefilters_agree_with_the_patterns_on_every_corpus_line() -> None:
    """The cheap first/last-character tests skip only lines the full patterns would not take."""
    for line in _corpus_lines():
        _agree(line)


@given(st.text(alphabet="#}])@\"'/*;{:)=`~[<!-abcdefXY (.,\t", max_size=30))
@settings(max_examples=300)
def test_code_and_markdown_prefilters_agree_with_the_patterns_on_any_text(line: str) -> None:
    _agree(line)


def _agree(line: str) -> None:
    stripped = line.strip()
    code = (
        len(line) <= evidence._CODE_WIDTH
        and evidence._CODE.fullmatch(stripped) is not None
        and evidence._TEMPLATE_PARAMETER.fullmatch(stripped) is None
    )
    assert evidence._is_code(line) == code, line
    left = line.lstrip()
    assert evidence._is_markdown(left) == (evidence._MARKDOWN.match(left) is not None), line
