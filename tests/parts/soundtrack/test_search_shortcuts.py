"""The soundtrack part's shortcuts give exactly what the plain computations they replace give.

Each shortcut (a casefolded pre-search, memoised splits, a fast path for one-name cells) is
checked against the straightforward version, kept here as the reference.
"""

from __future__ import annotations

import re
import sys
from itertools import combinations_with_replacement, pairwise

from hypothesis import example, given, settings
from hypothesis import strategies as st

from leaving_vegas_extract.formats.text.soundtrack import part as soundtrack
from leaving_vegas_extract.parts.soundtrack import vocab
from leaving_vegas_extract.parts.soundtrack.search import Splitter, _cut_points
from leaving_vegas_extract.parts.soundtrack.split import (
    _WRITER_SEP,
    Evidence,
    _join_suffixes,
    name_words,
    performer_names,
    split_performers,
    split_writers,
    writer_names,
)

_NAME_CHARS = "AaBbdeSsTtuvy ,;&.-ſKİßÉé'"
_names = st.text(alphabet=_NAME_CHARS, max_size=30)


def test_every_character_the_search_matches_folds_to_the_phrase() -> None:
    letters = sorted(set("".join(vocab.PERFORMED_BY)))
    any_letter = re.compile("(?i:[" + re.escape("".join(letters)) + "])")
    each = {p: re.compile("(?i:" + re.escape(p) + ")") for p in letters}
    for code in range(sys.maxunicode + 1):
        c = chr(code)
        if any_letter.fullmatch(c):
            for p, pattern in each.items():
                if pattern.fullmatch(c):
                    assert c.casefold() == p, (hex(code), p)


_PIECES = ["performed by ", "PERFORMED BY ", "ſung by ", "sung By ", "by ", "Jo ", "Day."]
_by_text = st.lists(
    st.sampled_from(_PIECES) | st.text(alphabet="AJKSbdeoprsuyſßİ .", max_size=8),
    max_size=12,
).map("".join)


@given(_by_text)
@settings(max_examples=400, deadline=None)
def test_by_matches_is_finditer(line: str) -> None:
    found = [m.span() for m in soundtrack._by_matches(line, line.casefold())]
    assert found == [m.span() for m in soundtrack._BY.finditer(line)]


@given(_names)
@settings(max_examples=400, deadline=None)
def test_name_words_counts_like_the_loop(name: str) -> None:
    words = name.split(" ")
    lower = sum(1 for w in words if w[:1].islower() and w.casefold() not in vocab.NAME_PARTICLES)
    assert name_words(name) == (len(words), lower)


@given(_names)
@settings(max_examples=400, deadline=None)
def test_one_name_fast_paths(text: str) -> None:
    assert split_writers(text) == _join_suffixes(_WRITER_SEP.split(" ".join(text.split()), 64))
    assert split_performers(text) == _join_suffixes(" ".join(text.split()).split(",", 64))
    clean = " ".join(text.split())
    assert writer_names(clean) == split_writers(clean)
    assert performer_names(clean) == split_performers(clean)


# The split as first written: every candidate scored from scratch.
def _shape(name: str, solo: float) -> float:
    words = name.split(" ")
    lower = sum(1 for w in words if w[:1].islower() and w.casefold() not in vocab.NAME_PARTICLES)
    n = len(words)
    return (solo if n == 1 else 1.0 if n <= 3 else 3.0 - n) - 2.0 * lower


def _group(name: str) -> bool:
    words = name.casefold().split()
    return bool(words) and (
        words[0] == "the"
        or words[-1] in vocab.GROUP_WORDS
        or any(w in vocab.GROUP_CONNECTORS for w in words[1:])
    )


def _cell(kind: str, chunk: str, note: bool, ev: Evidence) -> tuple[float, set[str]]:
    if kind == vocab.PERFORMER:
        if not chunk:
            return -2.0, set()
        score = 0.0
        names = [i.partition(" as ")[0].strip() for i in split_performers(chunk)]
        for name in names:
            key = name.casefold()
            score -= 3.0 if name[:1].islower() else 0.0
            if key in ev.performers:
                score += 6.0
            elif key.partition(" ")[0] in ev.heads:
                score += 2.0
            if key.startswith(vocab.BAND_OPENINGS):
                score += 4.0
            else:
                score += 1.0 if _group(name) else _shape(name, 0.0)
        return score, {n.casefold() for n in names}
    if not chunk:
        return (1.0 if note else -3.0), set()
    if " as " in f" {chunk} ":
        return -20.0, set()
    items = split_writers(chunk)
    score = 1.0 if len(items) > 1 and len({i.count(" ") for i in items}) == 1 else 0.0
    for item in items:
        if item.casefold() in ev.writers:
            score += 3.0
        else:
            score += -4.0 if _group(item) else _shape(item, -1.0)
    return score, {i.casefold() for i in items}


def _reference(
    cols: tuple[str, ...], pieces: list[str], more: list[str], note: bool, ev: Evidence
) -> tuple[list[str], str | None]:
    tokens: list[str] = []
    hard: set[int] = set()
    for piece in pieces:
        if tokens:
            hard.add(len(tokens))
        tokens.extend(piece.split(" "))
    best: tuple[float, list[str]] | None = None
    second = float("-inf")
    for cuts in combinations_with_replacement(_cut_points(tokens, hard), len(cols) - 1):
        if not hard.issubset(cuts):
            continue
        chunks = [" ".join(tokens[a:b]) for a, b in pairwise((0, *cuts, len(tokens)))]
        total, writers, performers = 0.0, set[str](), set[str]()
        for kind, chunk in [*zip(cols, chunks, strict=True), *((cols[-1], m) for m in more)]:
            score, names = _cell(kind, chunk, note, ev)
            total += score
            (performers if kind == vocab.PERFORMER else writers).update(names)
        total += 2.0 if writers & performers else 0.0
        if best is None or total > best[0]:
            second = best[0] if best else second
            best = (total, chunks)
        elif total > second:
            second = total
    assert best is not None
    return best[1], "ambiguous-track-cells" if best[0] - second <= 1.0 else None


_WORDS = ["Ann", "Lee,", "Lee", "Bo", "Day", "and", "&", "as", "Ruth", "The", "Bees", "de", "Jr."]
_KINDS = st.sampled_from([vocab.WRITER, vocab.PERFORMER, vocab.OTHER])


@given(
    st.lists(_KINDS, min_size=2, max_size=3),
    st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5), min_size=1, max_size=2),
    st.lists(st.sampled_from(["Cy Fox as Jo", "The Bees", "Ann Lee"]), max_size=2),
    st.booleans(),
    st.frozensets(st.sampled_from(["ann lee", "bo day", "the bees", "ruth", "day"])),
)
@example([vocab.WRITER, vocab.PERFORMER], [["Bo", "Day", "Bo", "Day"]], [], False, frozenset())
@example([vocab.PERFORMER, vocab.WRITER], [["Ann", "Lee"]], ["Ann Lee"], True, frozenset())
@settings(max_examples=500, deadline=None)
def test_split_is_the_exhaustive_search(
    cols: list[str], words: list[list[str]], more: list[str], note: bool, known: frozenset[str]
) -> None:
    pieces = [" ".join(w) for w in words]
    ev = Evidence(known, frozenset({"bees"}), known)
    if len(pieces) > len(cols):
        return  # no search: the markers decide
    splitter = Splitter(ev)
    got = splitter.split(cols, pieces, more, "note" if note else None)
    assert got == _reference(tuple(cols), pieces, more, note, ev)
    assert splitter.split(cols, pieces, more, "note" if note else None) == got  # memoised


@given(st.lists(st.tuples(st.integers(1, 30), st.integers(0, 6)), min_size=1, max_size=6))
@settings(max_examples=300, deadline=None)
def test_runs_of_spans_are_the_runs_of_their_lines(spans: list[tuple[int, int]]) -> None:
    spans = [(a, a + n) for a, n in spans]
    numbers = sorted({n for a, b in spans for n in range(a, b + 1)})
    runs: list[tuple[int, int]] = []
    for n in numbers:
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    assert soundtrack._runs(spans) == runs
