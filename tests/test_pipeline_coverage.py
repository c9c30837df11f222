"""Nothing is lost: every non-blank line of every fixture is claimed or listed as unclaimed."""

from __future__ import annotations

from pathlib import Path

import pytest

from leaving_vegas_extract.source.document import is_blank

from .conftest import ROOT, SEED, extract_rel, fixture_id, fixture_paths

PATHS = [Path(SEED), *fixture_paths()]


@pytest.mark.parametrize("path", PATHS, ids=fixture_id)
def test_every_line_accounted_for(path: Path) -> None:
    article = extract_rel(path)
    text = (ROOT / path).read_bytes().decode("utf-8-sig")
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    nonblank = sum(1 for line in lines if not is_blank(line))
    cov = article.coverage
    assert cov.lines_total == nonblank
    unclaimed = sum(last - first + 1 for first, last in cov.unclaimed)
    assert cov.lines_claimed + unclaimed == cov.lines_total
    for first, last in cov.unclaimed:
        assert all(not is_blank(lines[n - 1]) for n in range(first, last + 1))


@pytest.mark.parametrize("path", PATHS, ids=fixture_id)
def test_same_input_same_bytes(path: Path) -> None:
    from leaving_vegas_extract.export.json_out import to_json

    assert to_json(extract_rel(path)) == to_json(extract_rel(path))
