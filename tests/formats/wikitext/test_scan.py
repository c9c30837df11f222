"""The small scanners: ``line_matches`` finds what ``finditer`` finds for line-anchored patterns."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from leaving_vegas_extract.formats.wikitext import awards, references, sections, tablescan
from leaving_vegas_extract.formats.wikitext.scan import line_matches

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "wikitext"

# Each line-anchored pattern the wikitext readers scan whole pages with, and the characters
# their matches begin with.
PATTERNS = [
    (sections._HEADING, "="),
    (references._HEADING, "="),
    (awards._HEADING, "="),
    (tablescan._TABLE_EDGE, " \t:{|"),
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


@pytest.mark.parametrize(("pattern", "firsts"), PATTERNS)
def test_line_matches_finds_what_finditer_finds(pattern: re.Pattern[str], firsts: str) -> None:
    texts = list(TRICKY)
    texts += [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.wiki"))]
    pieces = ["=", "==", " ", "\t", ":", "{|", "|}", "{{", "}}", "\n", "x", "Awards table", "end"]
    rng = random.Random(18)
    texts += ["".join(rng.choice(pieces) for _ in range(40)) for _ in range(400)]
    for text in texts:
        assert _spans(line_matches(pattern, text, firsts)) == _spans(pattern.finditer(text)), text
