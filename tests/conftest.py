"""Shared fixtures: the seed and the fixture corpus."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from leaving_vegas_extract import extract_file
from leaving_vegas_extract.model.article import Article

ROOT = Path(__file__).resolve().parent.parent
SEED = "raw/leaving_las_vegas.txt"
FIXTURES = ROOT / "tests" / "fixtures"
EXPECTED = ROOT / "tests" / "expected"
GOLDEN = ROOT / "tests" / "golden"
INPUT_SUFFIXES = (".txt", ".html", ".wiki")


def fixture_paths() -> list[Path]:
    """Every fixture input, sorted, relative to the project root."""
    if not FIXTURES.is_dir():
        return []
    return sorted(
        p.relative_to(ROOT)
        for p in FIXTURES.rglob("*")
        if p.suffix in INPUT_SUFFIXES and p.is_file()
    )


def fixture_id(path: Path) -> str:
    """``folder/name`` for readable test ids."""
    return f"{path.parent.name}/{path.stem}"


def extract_rel(path: str | Path) -> Article:
    """Extract a path relative to the project root, recording it as given."""
    old = os.getcwd()
    os.chdir(ROOT)
    try:
        return extract_file(str(path))
    finally:
        os.chdir(old)


@pytest.fixture(scope="session")
def seed() -> Article:
    """The seed article, extracted once."""
    return extract_rel(SEED)


def without_lines(value: Any) -> Any:
    """A dumped model with every ``lines`` key left out, to compare what two formats read."""
    if isinstance(value, dict):
        return {k: without_lines(v) for k, v in value.items() if k != "lines"}
    if isinstance(value, list):
        return [without_lines(v) for v in value]
    return value
