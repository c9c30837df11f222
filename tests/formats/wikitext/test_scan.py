"""The small scanners: ``line_matches`` finds what ``finditer`` finds for line-anchored patterns."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from leaving_vegas_extract.formats.wikitext import awards, references, refs, sections, tablescan
from leaving_vegas_extract.formats.wikitext.scan import HEADING_LEAD, line_matches, split_top

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "wikitext"

# Each line-anchored pattern the wikitext readers scan whole pages with, and its lead.
PATTERNS = [
    (sections._HEADING, HEADING_LEAD),
    (references._HEADING, HEADING_LEAD),
    (awards._HEADING, HEADING_LEAD),
    (tablescan._TABLE_EDGE, tablescan._TABLE_LEAD),
]
TRICKY = [
    "",
    "=",
    "==A==",
    "x\n==A==",
    "==A==\n",
    "\n\n=B=\n== C ==  \n=== D ==\n==E==x\n ==F==\n",
    "{|\n|a\n|}\n :{|\n{{Awards table}}\n{{end}}\n\t|}",
    "{{\nawards table|x}}\n{{ Awards_table\n|}}\n|}{|\n",
    "==A==\r\n==B==\r\n",
]


def _spans(found: Iterable[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groups()) for m in found]


@pytest.mark.parametrize(("pattern", "lead"), PATTERNS)
def test_line_matches_finds_what_finditer_finds(
    pattern: re.Pattern[str], lead: re.Pattern[str]
) -> None:
    texts = list(TRICKY)
    texts += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.wiki"))]
    pieces = ["=", "==", " ", "\t", ":", "{|", "|}", "{{", "}}", "\n", "x", "Awards table", "end"]
    rng = random.Random(18)
    texts += ["".join(rng.choice(pieces) for _ in range(40)) for _ in range(400)]
    for text in texts:
        assert _spans(line_matches(pattern, text, lead)) == _spans(pattern.finditer(text)), text


def _split_by_tokens(inner: str) -> list[tuple[str, int]]:
    """``split_top`` as first written (every bar and bracket matched in turn): the reference."""
    pieces: list[tuple[str, int]] = []
    depth = 0
    last = 0
    for m in re.finditer(r"\{\{|\}\}|\[\[|\]\]|\|", inner):
        token = m.group()
        if token == "|":
            if depth == 0:
                pieces.append((inner[last : m.start()], last))
                last = m.end()
        elif token in ("{{", "[["):
            depth += 1
        elif depth:
            depth -= 1
    pieces.append((inner[last:], last))
    return pieces


def test_split_top_cuts_where_a_bar_by_bar_scan_cuts() -> None:
    texts = ["", "a", "a|b", "|", "a|[[b|c]]|{{d|e}}|f", "a}}|b", "a|{{b|c", "{{{1|x}}}|y", "]]|[["]
    texts += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.wiki"))]
    pieces = ["{{", "}}", "[[", "]]", "|", "{", "}", "[", "]", "a", "=", " "]
    rng = random.Random(18)
    texts += ["".join(rng.choice(pieces) for _ in range(30)) for _ in range(2000)]
    for text in texts:
        assert split_top(text) == _split_by_tokens(text), text


def test_accolades_heading_title_is_what_the_blank_trimming_pattern_gave() -> None:
    # The pattern the awards reader used first (quadratic on a long run of blanks): its title
    # group is the new pattern's title stripped of blanks, whenever the title is not blank.
    first = re.compile(r"^(={2,6})[ \t]*(.+?)[ \t]*\1[ \t]*$", re.M)
    pieces = ["=", "==", "===", " ", "\t", "A", "b c", "\n", "'"]
    rng = random.Random(18)
    texts = ["".join(rng.choice(pieces) for _ in range(12)) for _ in range(3000)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.wiki"))]
    for text in texts:
        old = [(m.span(), m.group(1), m.group(2)) for m in first.finditer(text)]
        new = [(m.span(), m.group(1), m.group(2)) for m in awards._HEADING.finditer(text)]
        assert [(s, g) for s, g, _ in old] == [(s, g) for s, g, _ in new], text
        for (_, _, before), (_, _, now) in zip(old, new, strict=True):
            assert now.strip(" \t") == (before if before.strip(" \t") else ""), text


def test_ref_attributes_read_as_before_and_linear_on_a_long_word() -> None:
    first = re.compile(r"""(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))""")
    pieces = ["a", "name", "=", " ", '"', "'", "x y", "/", ">", "é", "_", "1", "group"]
    rng = random.Random(18)
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(15))
        old = [(m.span(), m.groups()) for m in first.finditer(text)]
        assert [(m.span(), m.groups()) for m in refs._ATTR.finditer(text)] == old, text
    # One start per word: a long word without "=" is given up once, not once per character.
    assert refs._ATTR.search("a" * 50_000 + "\x07") is None
