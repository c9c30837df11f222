"""Scoring extracted JSON against expected facts, and the folder evaluation behind ``eval``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import Result
from typer.testing import CliRunner

from leaving_vegas_extract.batch import evaluate
from leaving_vegas_extract.batch.evaluate import (
    evaluate_dir,
    field_scores,
    format_report,
    mismatches,
    score,
)
from leaving_vegas_extract.cli import app

ARTICLE = """Night Ferry | |
---|---|
Directed by | Ann Roe |
Starring | Bo Lee |
Night Ferry is a 1998 film.
"""


@pytest.mark.parametrize(
    ("expected", "actual", "paths"),
    [
        pytest.param({"a": 1}, {"a": 1, "b": 2}, [], id="subset-matches"),
        pytest.param({"a": 1}, {"a": 2}, ["/a"], id="scalar"),
        pytest.param({"a": 1}, {}, ["/a"], id="missing"),
        pytest.param({"a": [1, 2]}, {"a": [1]}, ["/a"], id="list-length"),
        pytest.param({"a": [{"x": 1}]}, {"a": [{"x": 1, "y": 0}]}, [], id="list-of-objects"),
        pytest.param({"a": {"x": 1}}, {"a": None}, ["/a"], id="object-expected"),
    ],
)
def test_mismatches(
    expected: dict[str, object], actual: dict[str, object], paths: list[str]
) -> None:
    assert [m.split(":")[0] for m in mismatches(expected, actual)] == paths


def test_score_counts_leaves_per_part() -> None:
    result = score(
        {"title": "A", "infobox": {"x": [1, 2], "y": None}},
        {"title": "B", "infobox": {"x": [1, 2], "y": 3}},
    )
    assert (result.right, result.total) == ({"title": 0, "infobox": 2}, {"title": 1, "infobox": 3})
    assert result.accuracy("infobox") == pytest.approx(2 / 3)


def test_field_scores_split_object_parts() -> None:
    result = field_scores(
        {"infobox": {"directed_by": ["A"], "starring": ["B", "C"]}, "title": "T"},
        {"infobox": {"directed_by": ["A"], "starring": ["B"]}, "title": "T"},
    )
    assert result.total == {"infobox.directed_by": 1, "infobox.starring": 2}
    assert result.right == {"infobox.directed_by": 1, "infobox.starring": 0}


def _tree(tmp_path: Path, expected: dict[str, object]) -> Path:
    fixtures = tmp_path / "fixtures" / "pipe-table"
    fixtures.mkdir(parents=True)
    (fixtures / "night-ferry.txt").write_text(ARTICLE, encoding="utf-8")
    (fixtures / "orphan.txt").write_text(ARTICLE, encoding="utf-8")
    target = tmp_path / "expected" / "pipe-table"
    target.mkdir(parents=True)
    (target / "night-ferry.json").write_text(json.dumps(expected), encoding="utf-8")
    return tmp_path / "fixtures"


def test_evaluate_dir_finds_expected_beside_fixtures(tmp_path: Path) -> None:
    root = _tree(
        tmp_path,
        {
            "source": {"rendering": "pipe-table"},
            "infobox": {"directed_by": ["Ann Roe"], "starring": ["Cy"]},
        },
    )
    report = evaluate_dir(str(root), None)
    assert [Path(e.path).name for e in report.entries] == ["night-ferry.txt"]
    assert [Path(p).name for p in report.missing] == ["orphan.txt"]
    assert report.by_rendering().total == {"pipe-table": 3}
    assert report.by_field().right == {
        "source.rendering": 1,
        "infobox.directed_by": 1,
        "infobox.starring": 0,
    }
    text = format_report(report)
    assert "overall: 2/3 facts right (66.7%)" in text
    assert "pipe-table" in text
    assert "infobox.starring" in text
    assert "/infobox/starring" in text  # the mismatch is listed


def test_evaluate_dir_with_explicit_expected_dir(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"title": "Night Ferry"})
    report = evaluate_dir(str(root), str(tmp_path / "expected"))
    assert report.total().accuracy() == 1.0
    assert report.entries[0].rendering == "pipe-table"  # from the article when not expected


def test_an_exception_is_reported_not_raised(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = _tree(tmp_path, {"title": "Night Ferry", "infobox": {"kind": "film"}})

    def boom(path: object) -> None:
        raise RuntimeError("bug")

    monkeypatch.setattr("leaving_vegas_extract.api.extract_file", boom)
    report = evaluate_dir(str(root), None)
    assert report.entries[0].error == "RuntimeError: bug"
    assert report.total().accuracy() == 0.0
    assert "RuntimeError: bug" in format_report(report)


def test_format_report_caps_the_mismatch_list() -> None:
    entry = evaluate.Entry("a.txt", "label-space", mismatches=[f"/x/{i}: wrong" for i in range(5)])
    text = format_report(evaluate.Report(entries=[entry]), max_mismatches=2)
    assert text.count(": wrong") == 2
    assert "... and 3 more mismatches" in text


def _eval(*args: str) -> Result:
    return CliRunner().invoke(app, ["eval", *args])


def test_eval_cli_malformed_expected_json_is_a_usage_error(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"title": "Night Ferry"})
    bad = tmp_path / "expected" / "pipe-table" / "night-ferry.json"
    bad.write_text('{"title": "Night Ferry",}', encoding="utf-8")
    result = _eval(str(root))
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"error: expected file {bad}: not JSON (Expecting property name enclosed in double "
        "quotes at line 1 column 25); fix it or remove it"
    ]
    assert "Traceback" not in result.output


def test_eval_cli_nothing_compared_fails(tmp_path: Path) -> None:
    fixtures = tmp_path / "fixtures"
    fixtures.mkdir()
    (fixtures / "a.txt").write_text(ARTICLE, encoding="utf-8")
    result = _eval(str(fixtures))
    assert result.exit_code == 1
    assert "overall: nothing compared" in result.stdout
    assert "100" not in result.stdout
    assert f"nothing compared: no fixture under {fixtures} has expected JSON" in result.stderr


@pytest.mark.parametrize(
    ("minimum", "code"), [("0.6", 0), ("0.7", 1), ("1.5", 2), ("-0.1", 2)], ids=str
)
def test_eval_cli_min(tmp_path: Path, minimum: str, code: int) -> None:
    root = _tree(
        tmp_path,
        {
            "source": {"rendering": "pipe-table"},
            "infobox": {"directed_by": ["Ann Roe"], "starring": ["Cy"]},
        },
    )
    result = _eval(str(root), "--min", minimum)
    assert result.exit_code == code, result.output
    if code == 1:
        assert "error: accuracy 66.7% is below --min 70.0%" in result.stderr
    if code == 2:
        assert f"--min {float(minimum):g}: give a ratio from 0 to 1" in result.stderr
