"""References part: numbered notes and further reading, on the seed and every fixture."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import pytest

from leaving_vegas_extract.api import extract_text
from leaving_vegas_extract.formats.text import references
from leaving_vegas_extract.formats.text.parts import TEXT_PARTS
from leaving_vegas_extract.formats.text.rendering import detect_rendering
from leaving_vegas_extract.model.article import Article
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.parts.references.notes import backlinks
from leaving_vegas_extract.pipeline import run_parts
from leaving_vegas_extract.source.context import Context
from leaving_vegas_extract.source.reader import read_bytes
from leaving_vegas_extract.source.segmenter import segment
from tests.conftest import EXPECTED, ROOT, SEED, extract_rel

OWN = ROOT / "tests" / "fixtures" / "references"


def _ref(article: Article, number: int) -> dict[str, Any]:
    return next(r for r in article.model_dump()["references"] if r["number"] == number)


# --- the seed ------------------------------------------------------------------------------

SEED_FACTS: dict[str, tuple[int, dict[str, Any]]] = {
    "note2-backlinks": (2, {"backlinks": 2, "raw": ""}),
    "note3": (
        3,
        {
            "authors": [{"family": "Nashawaty", "given": "Chris", "literal": None}],
            "issued": "1995-11-10",
            "title": "Grieving 'Las Vegas' –",
            "container_title": "Entertainment Weekly",
        },
    ),
    "note4": (
        4,
        {
            "authors": [{"family": "Scott", "given": "A. O.", "literal": None}],
            "container_title": "NY Times",
            "accessed": "2007-01-16",
        },
    ),
    "note5": (
        5,
        {"backlinks": 4, "title": 'Viva, "Las Vegas!" - Interviewing Director Mike Figgis'},
    ),
    "note6-backlinks": (6, {"backlinks": 2}),
    "note8": (
        8,
        {
            "backlinks": 2,
            "authors": [{"family": "Lampe", "given": "Ryan", "literal": None}],
            "container_title": "The Stanford Daily",
            "archived": "2007-10-13",
            "accessed": "2006-12-09",
        },
    ),
    "note10": (
        10,
        {
            "authors": [{"family": "Ebert", "given": "Roger", "literal": None}],
            "issued": "1995-11-10",
            "container_title": "Chicago Sun-Times",
        },
    ),
    "note14-backlinks": (14, {"backlinks": 2}),
}


def test_seed_has_17_notes_and_one_further_reading(seed: Article) -> None:
    assert [r.number for r in seed.references] == list(range(1, 18))
    assert len(seed.further_reading) == 1


@pytest.mark.parametrize(("number", "facts"), SEED_FACTS.values(), ids=SEED_FACTS.keys())
def test_seed_must_show(seed: Article, number: int, facts: dict[str, Any]) -> None:
    ref = _ref(seed, number)
    assert {key: ref[key] for key in facts} == facts


def test_seed_backlinks_are_one_elsewhere(seed: Article) -> None:
    many = {r.number: r.backlinks for r in seed.references if r.backlinks != 1}
    assert many == {2: 2, 5: 4, 6: 2, 8: 2, 14: 2}


def test_seed_further_reading(seed: Article) -> None:
    item = seed.further_reading[0].model_dump()
    assert item["authors"] == [{"family": "Litch", "given": "Mary M.", "literal": None}]
    assert (item["issued"], item["pages"], item["container_title"]) == (
        "2010",
        "209-226",
        "Philosophy Through Film",
    )


SEED_DAMAGE = {
    1: "title-unterminated",
    2: "note-empty",
    7: "title-fused",
    8: "title-quotes",
    9: "title-unquoted",
    12: "container-truncated",
    17: "container-truncated",
}


@pytest.mark.parametrize(("number", "code"), SEED_DAMAGE.items(), ids=lambda v: str(v))
def test_seed_damage_is_reported(seed: Article, number: int, code: str) -> None:
    ref = _ref(seed, number)
    found = [d for d in seed.diagnostics if d.lines == tuple(ref["lines"]) and d.code == code]
    assert found
    assert found[0].severity == "warning"


def test_seed_clean_notes_have_no_damage(seed: Article) -> None:
    note_lines = {r.lines for r in seed.references if r.number not in SEED_DAMAGE}
    assert not [
        d for d in seed.diagnostics if d.lines in note_lines and d.code != "backlink-mismatch"
    ]


# --- claims and anchors -------------------------------------------------------------------


def _context(path: str) -> Context:
    source = read_bytes((ROOT / path).read_bytes(), path=path)
    blocks = segment(source.lines)
    ctx = Context(source, blocks, ExtractOptions(), detect_rendering(source, blocks))
    run_parts(ctx, TEXT_PARTS[: TEXT_PARTS.index(references.parse) + 1])
    return ctx


def test_seed_claims_and_anchors() -> None:
    ctx = _context(SEED)
    lines = ctx.source.lines
    notes = [n for n, line in enumerate(lines, 1) if line.lstrip().startswith(("1. ^", "17. ^"))]
    heading = next(n for n, line in enumerate(lines, 1) if line.strip() == "Further reading")
    item = heading + 2
    assert ctx.claims.owner[notes[0]] == ctx.claims.owner[notes[1]] == "references"
    assert ctx.claims.owner[item] == "further_reading"
    assert heading not in ctx.claims.owner  # the sections part claims the heading
    kinds = {(a.kind, a.lines) for a in ctx.anchors}
    assert ("references", (notes[0], notes[1])) in kinds
    assert ("further_reading", (item, item)) in kinds


def test_explanatory_notes_list_is_left_to_the_sections() -> None:
    ctx = _context("tests/fixtures/label-glued/dilwale-dulhania-le-jayenge.txt")
    lines = ctx.source.lines
    first = next(n for n, line in enumerate(lines, 1) if "The title can be rendered" in line)
    assert first not in ctx.claims.owner
    assert len(ctx.values["references"]) == 5


# --- backlinks ----------------------------------------------------------------------------

BACKLINKS = {
    "letters": ("a b c d Text.", False, (4, "Text.")),
    "none": ("Text.", False, (1, "Text.")),
    "one-letter-is-text": ("a review.", False, (1, "a review.")),
    "letters-only": ("a b", False, (2, "")),
    "not-in-order": ("b a Text.", False, (1, "b a Text.")),
    "arrow-dotted": ("2.0 2.1 2.2 Text.", True, (3, "Text.")),
    "arrow-none": ("Text 2.0.", True, (1, "Text 2.0.")),
}


@pytest.mark.parametrize(("text", "arrow", "expected"), BACKLINKS.values(), ids=BACKLINKS.keys())
def test_backlinks(text: str, arrow: bool, expected: tuple[int, str]) -> None:
    assert backlinks(text, arrow=arrow) == expected


def test_backlinks_past_z() -> None:
    letters = " ".join([*"abcdefghijklmnopqrstuvwxyz", "aa", "ab"])
    assert backlinks(f"{letters} Text.", arrow=False) == (28, "Text.")


# --- every rendering: the expected subsets of the team's fixtures -------------------------


def _subset(actual: Any, expected: Any) -> bool:
    if isinstance(expected, dict):
        return all(k in actual and _subset(actual[k], v) for k, v in expected.items())
    if isinstance(expected, list):
        return len(actual) == len(expected) and all(map(_subset, actual, expected))
    return bool(actual == expected)


EXPECTED_FILES = sorted(EXPECTED.rglob("*.json"))


@pytest.mark.parametrize("path", EXPECTED_FILES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_expected_notes(path: Path) -> None:
    expected = json.loads(path.read_text(encoding="utf-8"))
    fixture = next(
        f"tests/fixtures/{path.parent.name}/{path.stem}{suffix}"
        for suffix in (".txt", ".html", ".wiki")
        if (ROOT / "tests/fixtures" / path.parent.name / f"{path.stem}{suffix}").exists()
    )
    article = extract_rel(fixture).model_dump(mode="json")
    for key in ("references", "further_reading"):
        if key in expected:
            assert _subset(article[key], expected[key]), key


# --- this part's own fixtures -------------------------------------------------------------

OWN_FIXTURES = sorted(OWN.glob("*.txt"))


@pytest.mark.parametrize("path", OWN_FIXTURES, ids=lambda p: p.stem)
def test_own_fixture(path: Path) -> None:
    expected = json.loads(path.with_suffix(".json").read_text(encoding="utf-8"))
    article = extract_rel(path.relative_to(ROOT))
    dumped = article.model_dump(mode="json", exclude={"references": {"__all__": {"raw", "lines"}}})
    assert dumped["references"] == expected["references"]
    further = [r.model_dump(mode="json", exclude={"raw", "lines"}) for r in article.further_reading]
    assert further == expected["further_reading"]
    diagnostics = [
        [d.code, d.message.split(":")[0].split(" has ")[0]]
        for d in article.diagnostics
        if d.message.startswith(("note", "further")) and d.code != "backlink-mismatch"
    ]
    assert diagnostics == expected["diagnostics"]


def test_own_fixtures_hold_25_notes() -> None:
    count = sum(
        len(json.loads(p.with_suffix(".json").read_text(encoding="utf-8"))["references"])
        for p in OWN_FIXTURES
    )
    assert count >= 25


HOSTILE_NOTES = {
    "brackets": "  1. ^ " + "[(" * 300_000,
    "letters": "  1. ^ " + "a " * 300_000,
    "dotted": "- ↑ " + "2.0 " * 200_000,
    "quotes": '  1. ^ "' + ' "x' * 200_000,
    "many-notes": "\n".join(f"  {n}. ^ a b Roe, Ann. Title." for n in range(1, 20_001)),
}


@pytest.mark.parametrize("notes", HOSTILE_NOTES.values(), ids=HOSTILE_NOTES.keys())
def test_hostile_notes_are_fast(notes: str) -> None:
    start = time.process_time()
    article = extract_text(f"Night Ferry\n\nA lead sentence.\n\n{notes}\n")
    assert article.references
    assert time.process_time() - start < 20
