"""Numbers past the old pattern limits, through the CLI: track 1000 is a track, note 10000 a
note, and "£2,5 million" a decimal comma (2.5 million), never the amount 2."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

from leaving_vegas_extract.cli import app

from .conftest import ROOT, SEED

runner = CliRunner()
_NOTE = re.compile(r"\s*(\d+)\. \^")


def _long_article() -> str:
    """The seed with 1,005 tracks and notes numbered to 10,003 (generated, not real)."""
    lines = (ROOT / SEED).read_text(encoding="utf-8").splitlines()
    header = next(i for i, line in enumerate(lines) if line.startswith("No. Title"))
    end = header + 1
    while re.match(r"\d+\. |[A-Z][a-z]+ [A-Z][a-z]+ as ", lines[end]):
        end += 1
    rows = [f'{n}. "Cue {n}"     Ann Roe 1:{n % 60:02d}' for n in range(1, 1006)]
    lines[header + 1 : end] = rows
    last = max(i for i, line in enumerate(lines) if _NOTE.match(line))
    first = int(_NOTE.match(lines[last]).group(1)) + 1  # type: ignore[union-attr]
    notes = [f'  {k}. ^ Roe, Ann (1999). "Note {k}". The Daily Post.' for k in range(first, 10004)]
    lines[last + 1 : last + 1] = notes
    return "\n".join(lines) + "\n"


def _extract(tmp_path: Path, text: str) -> dict[str, object]:
    source = tmp_path / "article.txt"
    source.write_text(text, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(source), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 0, result.output
    document: dict[str, object] = json.loads((tmp_path / "out" / "article.json").read_bytes())
    return document


def test_track_1000_and_note_10000(tmp_path: Path) -> None:
    document = _extract(tmp_path, _long_article())
    tracks = document["soundtrack"]["tracks"]  # type: ignore[index]
    assert [t["number"] for t in tracks] == list(range(1, 1006))
    assert [p["name"] for p in tracks[998]["performers"]] == ["Ann Roe"]  # track 999
    assert tracks[999]["title"] == "Cue 1000"
    notes = document["references"]
    assert [n["number"] for n in notes][-5:] == [9999, 10000, 10001, 10002, 10003]  # type: ignore[index]
    assert notes[-1]["title"] == "Note 10003"  # type: ignore[index]
    assert document["coverage"]["unclaimed"] == []  # type: ignore[index]


def test_a_year_after_a_short_listing_is_not_a_track(tmp_path: Path) -> None:
    text = (ROOT / SEED).read_text(encoding="utf-8")
    last = re.search(r"^25\. .*$", text, re.M)
    assert last is not None
    text = text.replace(last.group(), last.group() + "\n1995. Reissue Records")
    tracks = _extract(tmp_path, text)["soundtrack"]["tracks"]  # type: ignore[index]
    assert [t["number"] for t in tracks] == list(range(1, 26))


def test_decimal_comma_budget(tmp_path: Path) -> None:
    text = (ROOT / SEED).read_text(encoding="utf-8")
    assert "$3.6 million" in text
    budget = _extract(tmp_path, text.replace("$3.6 million", "£2,5 million", 1))["infobox"]
    assert budget["budget"]["amount"] == 2_500_000  # type: ignore[index]
    assert budget["budget"]["currency"] == "GBP"  # type: ignore[index]
    assert budget["budget"]["text"] == "£2,5 million"  # type: ignore[index]


def test_misgrouped_digits_are_refused_with_a_diagnostic(tmp_path: Path) -> None:
    text = (ROOT / SEED).read_text(encoding="utf-8").replace("$3.6 million", "$3,6000", 1)
    document = _extract(tmp_path, text)
    assert document["infobox"]["budget"] is None  # type: ignore[index]
    codes = [d["code"] for d in document["diagnostics"]]  # type: ignore[attr-defined]
    assert "not-money" in codes
