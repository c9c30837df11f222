"""The fast paths of the infobox, envelope and rendering code agree with their plain definitions."""

from __future__ import annotations

import itertools

import pytest

from leaving_vegas_extract.formats.text import envelope
from leaving_vegas_extract.formats.text.infobox.label_rows import SURE_LABELS, box_matches
from leaving_vegas_extract.formats.text.infobox.labels import key_label_with_value, match_label
from leaving_vegas_extract.formats.text.rendering import _VOTES, _vote
from leaving_vegas_extract.normalize import money
from leaving_vegas_extract.parts.envelope.vocab import FOOTER_OPENINGS
from leaving_vegas_extract.source.segmenter import segment
from tests.conftest import ROOT, fixture_paths

_TEXTS = [p for p in fixture_paths() if p.suffix == ".txt"]


def _lines(path: object) -> tuple[str, ...]:
    return tuple((ROOT / str(path)).read_text(encoding="utf-8").split("\n"))


def _plain_matches(lines: tuple[str, ...]) -> list[object]:
    # A bare key with its value ("Cast Ann Roe") is a row only after a labelled line.
    out: list[object] = []
    for line in lines:
        m = match_label(line)
        if m is None and any(x is not None for x in out) and line[:1].isupper():
            m = key_label_with_value(line)
        out.append(m)
    return out


def _looks_like_box(lines: tuple[str, ...], need: int, share: int) -> bool:
    # Issue 16: a block with SURE_LABELS labelled lines is a box whatever lies between them.
    labelled = sum(1 for m in _plain_matches(lines) if m is not None)
    return labelled >= need and (labelled * share >= len(lines) or labelled >= SURE_LABELS)


@pytest.mark.parametrize("path", _TEXTS[:12], ids=str)
def test_box_matches_is_the_plain_test(path: object) -> None:
    for block in segment(_lines(path)):
        for need, share in ((2, 4), (3, 2)):
            found = box_matches(block.lines, need, share)
            assert (found is not None) == _looks_like_box(block.lines, need, share)
            if found is not None:
                assert found == _plain_matches(block.lines)


def _full_vote(lines: tuple[str, ...]) -> str:
    glued = spaced = 0
    for line in lines:
        if len(line) > 160 or not line[:1].isupper():
            continue
        m = match_label(line)
        if m is None or not m.rest.strip():
            continue
        glued, spaced = (glued + 1, spaced) if m.glued else (glued, spaced + 1)
        if glued + spaced >= _VOTES:
            break
    return "label-glued" if glued >= 2 and glued > spaced else "label-space"


def test_vote_stops_only_when_decided() -> None:
    rows = ("Directed by Ann Roe", "Directed byAnn Roe", "Prose line", "Starring")
    for size in range(1, 15):
        for combo in itertools.product(rows, repeat=min(size, 6)):
            lines = combo * (size // 6 + 1)
            assert _vote(lines) == _full_vote(lines)


def test_footer_first_character_filter() -> None:
    for char in envelope._NOT_OPENING:
        assert not any(o.startswith(char.casefold()) for o in FOOTER_OPENINGS)
        assert not char.isspace()


def _brute_before(t: str, start: int) -> str | None:
    end = start - 1 if start and t[start - 1] == " " else start
    for sign, code in sorted(money._SIGNS.items(), key=lambda item: -len(item[0])):
        begin = end - len(sign)
        if end and begin >= 0 and t.startswith(sign, begin):
            if sign[0].isalpha() and not money._is_word_edge(t, begin - 1):
                continue
            return code
    return None


def _brute_at(t: str, pos: int) -> str | None:
    for sign, code in sorted(money._SIGNS.items(), key=lambda item: -len(item[0])):
        if t.startswith(sign, pos) and (
            not sign[-1].isalpha() or money._is_word_edge(t, pos + len(sign))
        ):
            return code
    return None


@pytest.mark.parametrize("sign", sorted(money._SIGNS))
def test_sign_lookup_matches_a_scan(sign: str) -> None:
    for before, after in itertools.product(("", "x", " ", "A$"), ("", "5", " 5", "x")):
        t = f"{before}{sign}{after}"
        for pos in range(len(t) + 1):
            assert money._currency_before(t, pos) == _brute_before(t, pos), (t, pos)
            assert money._sign_at(t, pos)[0] == _brute_at(t, pos), (t, pos)
