"""Review pages for files and folders: page names, the index, golden comparison, failures."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from leaving_vegas_extract.batch.review import ReviewConfig, review_inputs
from leaving_vegas_extract.cli import app
from leaving_vegas_extract.export.json_out import to_json
from tests.conftest import ROOT, SEED

runner = CliRunner()


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    shutil.copy(ROOT / SEED, folder / "seed.txt")
    shutil.copy(ROOT / "tests/fixtures/html/amadeus.html", folder / "sub" / "amadeus.html")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_folder_writes_pages_and_index(tmp_path: Path) -> None:
    out = tmp_path / "site"
    entries = list(review_inputs(ReviewConfig([str(_inputs(tmp_path))], str(out))))
    assert [e.page for e in entries] == [None, "seed.html", "sub/amadeus.html"]
    assert entries[0].failure == "empty input (no text)"
    assert (out / "seed.html").is_file()
    assert (out / "sub" / "amadeus.html").is_file()
    index = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="sub/amadeus.html"' in index
    assert "failed: empty input" in index
    seed = entries[1]
    assert f"{seed.claimed}/{seed.total}" in index
    assert not list(out.rglob(".tmp-*"))


def test_one_file_to_one_page(tmp_path: Path) -> None:
    target = tmp_path / "page.html"
    (entry,) = review_inputs(ReviewConfig([str(ROOT / SEED)], str(target)))
    assert entry.page == "page.html"
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.html"]


def test_golden_changes_counted(tmp_path: Path) -> None:
    from leaving_vegas_extract.api import extract_file

    golden = tmp_path / "golden"
    golden.mkdir()
    document = json.loads(to_json(extract_file(ROOT / SEED)))
    document["infobox"]["directed_by"] = ["Nobody"]
    document["title"] = "Old title"
    (golden / "leaving_las_vegas.json").write_text(json.dumps(document), encoding="utf-8")
    config = ReviewConfig([str(ROOT / SEED)], str(tmp_path / "p.html"), golden=str(golden))
    (entry,) = review_inputs(config)
    assert entry.changes == 2
    html = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert "<del>&quot;Nobody&quot;</del>" in html
    assert "Changes from the golden file (2)" in html


def test_missing_golden_is_said(tmp_path: Path) -> None:
    config = ReviewConfig([str(ROOT / SEED)], str(tmp_path / "p.html"), golden=str(tmp_path))
    (entry,) = review_inputs(config)
    assert entry.changes is None
    assert "no golden file" in (tmp_path / "p.html").read_text(encoding="utf-8")


def test_cli_review_folder(tmp_path: Path) -> None:
    out = tmp_path / "site"
    result = runner.invoke(app, ["review", str(_inputs(tmp_path)), "-o", str(out)])
    assert result.exit_code == 1
    assert "empty.txt: empty input" in result.output
    assert "Traceback" not in result.output
    assert (out / "index.html").is_file()


def test_cli_review_one_file(tmp_path: Path) -> None:
    target = tmp_path / "seed.html"
    result = runner.invoke(app, ["review", str(ROOT / SEED), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert "Directed by" in target.read_text(encoding="utf-8")
