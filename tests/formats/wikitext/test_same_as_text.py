"""One invented article given as wikitext and as the mirror's flattened text of it (label-space
layout) yields the same awards and the same soundtrack (lines aside)."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from leaving_vegas_extract.api import extract_file
from leaving_vegas_extract.formats.wikitext import awards_part, tracks_part
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.pipeline import run_parts
from leaving_vegas_extract.source.context import Context
from leaving_vegas_extract.source.reader import read_bytes
from leaving_vegas_extract.source.segmenter import segment

from ...conftest import ROOT

WIKI = ROOT / "tests" / "fixtures" / "wikitext" / "the-lantern-keeper.wiki"
TEXT = ROOT / "tests" / "fixtures" / "label-space" / "the-lantern-keeper.txt"


# Until the wikitext references part (issue 18) numbers the page's notes, the parts run here
# cannot give an award its note numbers: the rows are compared without them.
_SKIP = frozenset({"lines", "citations"})


def _without_lines(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_lines(v) for k, v in value.items() if k not in _SKIP}
    if isinstance(value, list):
        return [_without_lines(v) for v in value]
    return value


def _from_wikitext(path: Path) -> dict[str, Any]:
    read = read_bytes(path.read_bytes(), path=str(path))
    source = dataclasses.replace(read, format="wikitext")
    ctx = Context(
        source=source,
        blocks=segment(source.lines, source.first_line),
        options=ExtractOptions(),
        rendering="wikitext",
    )
    run_parts(ctx, (awards_part.parse, tracks_part.parse))
    return {
        "awards": [a.model_dump(mode="json") for a in ctx.values["awards"]],
        "soundtrack": ctx.values["soundtrack"].model_dump(mode="json"),
    }


def test_wikitext_and_flattened_text_give_the_same_awards_and_tracks() -> None:
    text = extract_file(TEXT).model_dump(mode="json")
    wiki = _from_wikitext(WIKI)
    assert len(wiki["awards"]) == 6
    assert len(wiki["soundtrack"]["tracks"]) == 5
    assert _without_lines(wiki["awards"]) == _without_lines(text["awards"])
    assert _without_lines(wiki["soundtrack"]) == _without_lines(text["soundtrack"])
