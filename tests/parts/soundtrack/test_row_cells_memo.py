"""The soundtrack part's memoised cell readers give what the plain computations give."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.soundtrack.row import _MARKERS, NBSP, _pieces
from leaving_vegas_extract.parts.soundtrack.search import Splitter
from leaving_vegas_extract.parts.soundtrack.split import (
    Evidence,
    _performer_keys,
    _writer_keys,
    performer_names,
    writer_names,
)

_CELLS = st.text(alphabet=f"Ab as,&;. {NBSP}\t", max_size=30)


@settings(max_examples=300, deadline=None)
@given(_CELLS)
def test_pieces_as_read_inline(text: str) -> None:
    cells = text.lstrip(" " + NBSP)
    lead = text.count(NBSP, 0, len(text) - len(cells))
    if NBSP in cells:
        pieces = tuple(p for p in map(clean, _MARKERS.split(cells)) if p)
    else:
        pieces = (clean(cells),) if clean(cells) else ()
    assert _pieces(text) == (lead, pieces)


@settings(max_examples=300, deadline=None)
@given(_CELLS.map(clean))
def test_cell_keys_are_the_casefolded_names(chunk: str) -> None:
    splitter = Splitter(Evidence(frozenset(), frozenset(), frozenset()))
    writers = writer_names(chunk)
    assert splitter.writers(chunk) == writers
    if " as " not in f" {chunk} ":  # a "Name as Role" cell scores as no writer
        assert splitter._writer(chunk)[1] == frozenset(n.casefold() for n in writers)
    assert _writer_keys(chunk) == frozenset(n.casefold() for n in writers)
    performers = performer_names(chunk)
    keys = [(n.partition(" as ")[0].strip() if " as " in n else n).casefold() for n in performers]
    assert splitter._performer(chunk)[1] == frozenset(keys)
    assert _performer_keys(chunk) == frozenset(
        clean(n.partition(" as ")[0]).casefold() for n in performers
    )
