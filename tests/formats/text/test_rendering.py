"""Rendering detection: every fixture's family, and the cues one by one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from leaving_vegas_extract.formats.text.rendering import detect_rendering
from leaving_vegas_extract.source.document import SourceText
from leaving_vegas_extract.source.segmenter import segment
from tests.conftest import EXPECTED, ROOT, fixture_id, fixture_paths


def _detect(*lines: str, fmt: str = "text") -> str:
    source = SourceText(tuple(lines), None, fmt, "", 0)  # type: ignore[arg-type]
    return detect_rendering(source, segment(source.lines))


def _expected_rendering(path: Path) -> str | None:
    target = (EXPECTED / path.relative_to("tests/fixtures")).with_suffix(".json")
    if not (ROOT / target).is_file():
        return None
    source = json.loads((ROOT / target).read_text(encoding="utf-8")).get("source") or {}
    return source.get("rendering")


_WITH_RENDERING = [p for p in fixture_paths() if p.suffix == ".txt" and _expected_rendering(p)]


@pytest.mark.parametrize("path", _WITH_RENDERING, ids=fixture_id)
def test_fixture_rendering(path: Path) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert _detect(*text.split("\n")) == _expected_rendering(path)


CASES = [
    pytest.param(("= Heat =", "", "Heat is a film."), "key-colon", id="key-colon-title"),
    pytest.param(
        ("Heat", "- Director: Ann Roe", "- Producer: Bo Lee", "- Runtime: 98 minutes"),
        "key-colon",
        id="key-colon-rows-without-title",
    ),
    pytest.param(
        ("Heat | |", "---|---|", "Directed by | Ann Roe |"), "pipe-table", id="pipe-header-first"
    ),
    pytest.param(
        ("Heat", "Heat is a film.", "Heat | |", "---|---|", "Directed by | Ann Roe |"),
        "pipe-table",
        id="pipe-after-lead",
    ),
    pytest.param(
        ("Heat", "", "Directed byAnn Roe", "CountryFrance", "Budget$3 million"),
        "label-glued",
        id="glued",
    ),
    pytest.param(
        ("Heat", "Directed by Ann Roe", "Country France", "LanguageFrench", "Budget $3 million"),
        "label-space",
        id="spaced-majority-with-glued-rows",
    ),
    pytest.param(
        ("Heat", "Directed byAnn Roe", "Cinematography Bo Lee", "LanguageFrench", "Box office$1"),
        "label-glued",
        id="glued-majority-with-spaced-rows",
    ),
    pytest.param(
        ("Heat | |", "---|---|", "Directed by | Ann |", "- Songs: A", "- Score: B", "- Mix: C"),
        "pipe-table",
        id="pipe-with-key-like-bullets",
    ),
    pytest.param(("Heat", "Directed by Ann Roe"), "label-space", id="default-label-space"),
    pytest.param(("", "", ""), "label-space", id="empty"),
    pytest.param(
        ("Heat", "Plot", "--- | ---", "Totally not a table"), "label-space", id="rule-without-row"
    ),
    pytest.param(("== Plot ==", "text"), "label-space", id="level-two-heading-is-not-a-title"),
]


@pytest.mark.parametrize(("lines", "rendering"), CASES)
def test_cues(lines: tuple[str, ...], rendering: str) -> None:
    assert _detect(*lines) == rendering


def test_html_format_wins() -> None:
    assert _detect("= Heat =", fmt="html") == "html"


@pytest.mark.parametrize(
    "line",
    [" " * 1_000_000, "=" * 1_000_000, "-" * 1_000_000 + "|", "[" * 1_000_000, "Budget" * 200_000],
    ids=["spaces", "equals", "dashes", "brackets", "labels"],
)
@pytest.mark.timeout(20)
def test_huge_lines_are_detected_quickly(line: str) -> None:
    families = ("label-space", "label-glued", "key-colon", "pipe-table")
    assert _detect("Title", line, line) in families
