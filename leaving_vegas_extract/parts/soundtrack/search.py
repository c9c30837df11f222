"""Choosing where run-together cells of a track row split, by scoring every candidate split.

A candidate's score (``Splitter._search``) adds its cells' scores: names seen alone as performers
in the listing or the prose, band names ("The …"), comma lists of writers, the shape of personal
names; and a bonus when a performer is also among the writers. When a runner-up scores nearly as
well, a diagnostic says so. Every score is a whole number, so sums are exact in any order.

One ``Splitter`` serves one listing, whose rows repeat (the same performer, the same dialogue
credits): it splits each distinct row once, scores each cell text once, and keeps the names of
each cell for the track.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from itertools import combinations_with_replacement, pairwise

from leaving_vegas_extract.model.article import Performer
from leaving_vegas_extract.parts.soundtrack import vocab
from leaving_vegas_extract.parts.soundtrack.split import (
    Evidence,
    is_group_key,
    name_words,
    performer,
    performer_names,
    writer_names,
)

_MAX_TOKENS = 24  # longer cell runs are not split by search (every split is scored)
_CLOSE = 1.0  # a runner-up split scoring within this of the best is reported
_JOINERS = frozenset({"as", "and", "&"})  # words that join two names into one cell

Scored = tuple[float, frozenset[str]]  # a cell's score, and the casefolded names it holds
Split = tuple[list[str], str | None]  # each column's text, and a diagnostic code
_NONE: frozenset[str] = frozenset()
# Empty cells: the rendering marks an empty writer cell, except on note rows (dialogue,
# instrumental); an empty performer cell is unlikely.
_EMPTY_WRITER, _EMPTY_WRITER_NOTE, _EMPTY_PERFORMER = (-3.0, _NONE), (1.0, _NONE), (-2.0, _NONE)


def _cut_points(tokens: Sequence[str], hard: set[int]) -> list[int]:
    """Where a cell may end: not after a comma or "and", nor inside "Name as Role"."""
    points = [0]
    in_role = False
    before = tokens[0]
    for i, word in enumerate(tokens[1:], 1):
        in_role = (in_role or before == "as") and not before.endswith(",")
        if not (in_role or before[-1:] in ",&" or word in _JOINERS or before == "and") or i in hard:
            points.append(i)
        before = word
    points.append(len(tokens))
    return points


@dataclass(slots=True)
class Splitter:
    """Splits the run-together cells of one listing's rows (see the module docstring)."""

    ev: Evidence
    _splits: dict[tuple[object, ...], Split] = field(default_factory=dict)
    _writer_cells: dict[str, Scored] = field(default_factory=dict)
    _performer_cells: dict[str, Scored] = field(default_factory=dict)
    _acts: dict[str, list[Performer]] = field(default_factory=dict)
    _models: dict[str, Performer] = field(default_factory=dict)

    def writers(self, chunk: str) -> list[str]:
        """``split_writers`` of a clean cell text (as this splitter cuts them)."""
        return writer_names(chunk)

    def acts(self, chunk: str) -> list[Performer]:
        """The performers of a clean cell text, one frozen model per distinct item of the
        listing; do not mutate."""
        found = self._acts.get(chunk)
        if found is None:
            models = self._models
            found = []
            for item in performer_names(chunk):
                if (model := models.get(item)) is None:
                    model = models[item] = performer(item)
                found.append(model)
            self._acts[chunk] = found
        return found

    def split(
        self, cols: Sequence[str], pieces: Sequence[str], more: Sequence[str], note: str | None
    ) -> Split:
        """Each column's text, and a diagnostic code when the split is not clean.

        ``pieces`` are the row's texts between markers; ``more`` its continuation lines, which
        continue the last column (their names count as that column's). The list returned may
        be shared with other rows: do not mutate it.
        """
        if not pieces or (len(cols) == 1 and len(pieces) == 1):
            return [*([""] * (len(cols) - len(pieces))), *pieces][: len(cols)], None
        if not cols:
            return [], "track-extra-cells"
        key = (tuple(cols), tuple(pieces), tuple(more), note is not None)
        found = self._splits.get(key)
        if found is None:
            found = self._splits[key] = self._search(cols, pieces, more, note is not None)
        return found

    def _search(
        self, cols: Sequence[str], pieces: Sequence[str], more: Sequence[str], note: bool
    ) -> Split:
        tokens: list[str] = []
        hard: set[int] = set()  # token positions where a marker fixes a cell boundary
        for piece in pieces:
            if tokens:
                hard.add(len(tokens))
            tokens.extend(piece.split(" "))
        n = len(cols)
        if len(hard) >= n or len(tokens) > _MAX_TOKENS:
            # No search: one piece per column, right-aligned, the surplus joined into the last.
            chunks = [*pieces[: n - 1], " ".join(pieces[n - 1 :])] if len(pieces) >= n else []
            chunks = chunks or [""] * (n - len(pieces)) + list(pieces)
            return chunks, "track-extra-cells" if len(hard) >= n else "track-cells-unsplit"
        performs = [kind == vocab.PERFORMER for kind in cols]
        # Continuation lines are the same for every candidate: score them once.
        tail_score, tail_names = 0.0, set[str]()
        for line in more:
            score, names = self._cell(performs[-1], line, note)
            tail_score += score
            tail_names.update(names)
        points = _cut_points(tokens, hard)
        if n == 2:
            scores = self._pairs(tokens, points, hard, performs, note, tail_names)
        else:
            scores = self._candidates(tokens, points, hard, performs, note, tail_names)
        best: list[str] = []
        top = second = float("-inf")
        for total, chunks in scores:
            if total > top:
                top, second, best = total, top, chunks
            elif total > second:
                second = total
        # The last column's continuation lines add the same score to every candidate.
        top, second = top + tail_score, second + tail_score
        return best, "ambiguous-track-cells" if top - second <= _CLOSE else None

    def _pairs(
        self,
        tokens: list[str],
        points: list[int],
        hard: set[int],
        performs: list[bool],
        note: bool,
        tail: set[str],
    ) -> Iterator[tuple[float, list[str]]]:
        """Two columns: each cut point (the marked one, if any) and its score without the tail."""
        # The hottest loop of the part: ``_cell`` inlined, one memo per column.
        first, last = performs
        left_cells, right_cells = self._memo(first), self._memo(last)
        left_empty, right_empty = self._cell(first, "", note), self._cell(last, "", note)
        mixed = first != last
        for k in points:
            if hard and k not in hard:
                continue
            left, right = " ".join(tokens[:k]), " ".join(tokens[k:])
            found = left_cells.get(left) if left else left_empty
            if found is None:
                found = left_cells[left] = self._score(first, left)
            other = right_cells.get(right) if right else right_empty
            if other is None:
                other = right_cells[right] = self._score(last, right)
            score = found[0] + other[0]
            # Songwriters often sing their own songs: a performer among the writers is evidence.
            names = found[1]
            if mixed and names and not (names.isdisjoint(other[1]) and names.isdisjoint(tail)):
                score += 2.0
            yield score, [left, right]

    def _memo(self, perf: bool) -> dict[str, Scored]:
        """The memo of a kind of column's cell scores."""
        return self._performer_cells if perf else self._writer_cells

    def _score(self, perf: bool, chunk: str) -> Scored:
        # A method call, not a bound method passed around: compiled, a direct native call.
        return self._performer(chunk) if perf else self._writer(chunk)

    def _candidates(
        self,
        tokens: list[str],
        points: list[int],
        hard: set[int],
        performs: list[bool],
        note: bool,
        tail: set[str],
    ) -> Iterator[tuple[float, list[str]]]:
        """Every choice of cut points holding the marked ones, and its score without the tail."""
        cell = self._cell
        for cuts in combinations_with_replacement(points, len(performs) - 1):
            if hard and not hard.issubset(cuts):
                continue
            chunks = [" ".join(tokens[a:b]) for a, b in pairwise((0, *cuts, len(tokens)))]
            total = 0.0
            by_writers: set[str] = set()
            by_performers: set[str] = set()
            if tail:
                (by_performers if performs[-1] else by_writers).update(tail)
            for perf, chunk in zip(performs, chunks, strict=True):
                score, names = cell(perf, chunk, note)
                total += score
                if names:
                    (by_performers if perf else by_writers).update(names)
            if by_writers and by_performers and not by_writers.isdisjoint(by_performers):
                total += 2.0  # a performer among the writers, as in ``_pairs``
            yield total, chunks

    def _cell(self, perf: bool, chunk: str, note: bool) -> Scored:
        if not chunk:
            return _EMPTY_PERFORMER if perf else _EMPTY_WRITER_NOTE if note else _EMPTY_WRITER
        cells = self._performer_cells if perf else self._writer_cells
        found = cells.get(chunk)
        if found is None:
            found = cells[chunk] = self._score(perf, chunk)
        return found

    def _writer(self, chunk: str) -> Scored:
        if " as " in f" {chunk} ":
            return -20.0, _NONE  # "Name as Role" only ever credits a performer
        items = writer_names(chunk)
        known = self.ev.writers
        # An even list (every name with as many words) is a bonus.
        score = 1.0 if len(items) > 1 and len({i.count(" ") for i in items}) == 1 else 0.0
        keys: list[str] = []
        for name in items:
            key = name.casefold()
            keys.append(key)
            score += 3.0 if key in known else -4.0 if is_group_key(key) else _shape(name, -1.0)
        return score, frozenset(keys)

    def _performer(self, chunk: str) -> Scored:
        known, groups = self.ev.performers, self.ev.heads
        score = 0.0
        keys: list[str] = []
        for item in performer_names(chunk):
            name = item.partition(" as ")[0].strip() if " as " in item else item
            key, head, base = _performer_name(name)
            score += base + (6.0 if key in known else 2.0 if head in groups else 0.0)
            keys.append(key)
        return score, frozenset(keys)


# No memo across listings: a cell's names rarely recur in another article, and one listing's
# repeated cells are memoised by its Splitter (a cache that misses costs its key and storage).
def _performer_name(name: str) -> tuple[str, str, float]:
    """One name casefolded, its first word, and its score as a performer without evidence."""
    key = name.casefold()
    score = -3.0 if name[:1].islower() else 0.0  # cut in the middle ("and the Band")
    if key.startswith(vocab.BAND_OPENINGS):
        score += 4.0
    elif is_group_key(key):
        score += 1.0
    else:
        score += _shape(name, 0.0)
    return key, key.partition(" ")[0], score


def _shape(name: str, solo: float) -> float:
    """How much ``name`` looks like one person's name: two or three capitalised words."""
    words, lower = name_words(name)
    return (solo if words == 1 else 1.0 if words <= 3 else 3.0 - words) - 2.0 * lower
