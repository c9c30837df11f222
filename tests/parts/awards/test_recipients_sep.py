"""The recipients separator finds what its first, backtracking form found (it only starts
where a blank run starts, which keeps it linear on long runs of blanks)."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from leaving_vegas_extract.parts.awards.recipients import _SEP

_FIRST_FORM = re.compile(r"\s*[,;]\s+(?:(?:and|&)\s+)?|\s*;\s*|\s+(?:and|&)\s+")
_PIECES = st.sampled_from([" ", "  ", "\t", "\n", ",", ";", "and", "&", "Ann", "Roe", "x", "andy"])


@settings(max_examples=2000)
@given(st.lists(_PIECES, max_size=24).map("".join))
def test_same_separators_as_the_first_form(text: str) -> None:
    assert [m.span() for m in _SEP.finditer(text)] == [m.span() for m in _FIRST_FORM.finditer(text)]
