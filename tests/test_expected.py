"""Every fixture against its expected facts, one test per fixture and top-level part.

``tests/fixtures/<folder>/<name>.txt`` is extracted and compared with
``tests/expected/<folder>/<name>.json`` by ``evaluate.mismatches``; a failure lists every mismatch.
Known gaps are ``xfail(strict=True)`` with the reason; fix the gap, then drop its line here.
"""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

import pytest

from leaving_vegas_extract.batch.evaluate import evaluate_dir, format_report, mismatches

from .conftest import EXPECTED, FIXTURES, ROOT, extract_rel, fixture_id, fixture_paths

# "folder/name::part" -> why it cannot pass yet.
KNOWN_GAPS: dict[str, str] = {}

FAMILIES = ("label-space", "label-glued", "pipe-table", "key-colon")
MIN_INFOBOX_ACCURACY = 0.95  # the bar for infobox facts, per rendering family


def _expected_path(path: Path) -> Path:
    return EXPECTED / path.relative_to(FIXTURES.relative_to(ROOT)).with_suffix(".json")


@cache
def _expected(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(_expected_path(path).read_text(encoding="utf-8"))
    return data


@cache
def _actual(path: Path) -> dict[str, object]:
    data: dict[str, object] = extract_rel(path).model_dump(mode="json")
    return data


def _cases() -> list[object]:
    cases: list[object] = []
    for path in fixture_paths():
        if not _expected_path(path).is_file():
            continue
        for part in _expected(path):
            case_id = f"{fixture_id(path)}::{part}"
            marks = []
            if case_id in KNOWN_GAPS:
                marks.append(pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[case_id]))
            cases.append(pytest.param(path, part, id=case_id, marks=marks))
    return cases


@pytest.mark.parametrize(("path", "part"), _cases())
def test_fixture_part_matches_expected(path: Path, part: str) -> None:
    expected = {part: _expected(path)[part]}
    found = list(mismatches(expected, _actual(path)))
    assert found == [], "\n".join(found)


def test_known_gaps_name_real_cases() -> None:
    ids = {c.id for c in _cases()}  # type: ignore[attr-defined]
    assert set(KNOWN_GAPS) <= ids


@pytest.fixture(scope="module")
def report_text() -> tuple[object, str]:
    report = evaluate_dir(str(FIXTURES), None)
    return report, format_report(report)


@pytest.mark.parametrize("family", FAMILIES)
def test_infobox_accuracy_per_family(family: str, report_text: tuple[object, str]) -> None:
    report, _ = report_text
    entries = [e for e in report.entries if e.rendering == family]  # type: ignore[attr-defined]
    assert len(entries) >= 4, f"fewer than 4 {family} fixtures with expected JSON"
    right = sum(e.parts.right.get("infobox", 0) for e in entries)
    total = sum(e.parts.total.get("infobox", 0) for e in entries)
    assert total > 0
    assert right / total >= MIN_INFOBOX_ACCURACY, f"{family}: {right}/{total}"


def test_eval_report_prints_parts_and_renderings(report_text: tuple[object, str]) -> None:
    _, text = report_text
    assert text.startswith("fixtures: ")
    for heading in ("by part", "by rendering", "by field", "infobox.directed_by"):
        assert heading in text
    for family in FAMILIES:
        assert f"  {family} " in text
