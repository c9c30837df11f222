"""Goldens: re-extraction gives the committed bytes (regenerate: python3 tasks.py goldens)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from leaving_vegas_extract.batch.check import check_inputs

from .conftest import FIXTURES, GOLDEN, ROOT


@pytest.fixture(autouse=True)
def _at_root() -> Iterator[None]:
    old = os.getcwd()
    os.chdir(ROOT)
    yield
    os.chdir(old)


def test_output_matches_raw() -> None:
    drifts = list(check_inputs(["raw"], "output"))
    assert [(d.path, d.lines[:5]) for d in drifts] == []


def _folders() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.is_dir()) if FIXTURES.is_dir() else []


@pytest.mark.parametrize("folder", _folders(), ids=lambda p: p.name)
def test_fixture_goldens(folder: Path) -> None:
    golden = GOLDEN / folder.name
    drifts = list(
        check_inputs(
            [str(folder.relative_to(ROOT))],
            str(golden.relative_to(ROOT)),
            pattern="*.txt,*.html,*.wiki,*.xml,*.xml.bz2",
        )
    )
    assert [(d.path, d.lines[:5]) for d in drifts] == []
