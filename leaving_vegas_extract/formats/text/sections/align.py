"""Align body items with the outline: which section each paragraph, table or list belongs to.

Mirror dumps drop most headings but leave a blank line where each one stood, so the gap before an
item says how many headings were crossed (gap - 1). Literal headings, the kind of a table or list
(an awards table goes under "Awards"), and heading words in the prose are further evidence. When
the gaps alone are consistent with that evidence the placement is read off directly (linear);
otherwise one dynamic programme over the whole article finds the cheapest monotone placement
(items x titles: the gap cost |moved - crossed| splits into a running minimum and a sliding one).
"""

from __future__ import annotations

import re
from collections import deque
from functools import lru_cache
from typing import NamedTuple

from leaving_vegas_extract.parts.sections.vocab import ANCHOR_TITLES, NON_PROSE_TITLES

_GAP = 1.0  # per heading crossed more or fewer than the gap says
_ANCHOR = 3.0  # a table or list under a section whose title does not fit it
_PROSE = 2.0  # prose under "References", "External links" and the like
_LEAD = 2.5  # a body item left before the first heading
_WORDS = 0.2  # bonus when the section's title words occur in the paragraph
_HEADING = 50.0  # a literal heading placed anywhere but at its own title
_TIE = 1e-9  # costs closer than this are equal (sums of 0.2 steps carry rounding)


class Item(NamedTuple):
    """A body item: ``kind`` is prose, heading, or an anchor kind (awards, references, ...).

    A named tuple: an article makes one per paragraph, and a tuple is the cheapest to build.
    """

    kind: str
    gap: int
    key: str = ""  # heading key (headings) or casefolded text (prose, for the word cue)


# Literal alternations (linear): one search per title instead of a loop over the words.
_FIT = {k: re.compile("|".join(map(re.escape, words))) for k, words in ANCHOR_TITLES.items()}
_NON_PROSE = re.compile("|".join(map(re.escape, NON_PROSE_TITLES)))


def _fits(kind: str, title: str) -> bool:
    fit = _FIT.get(kind)
    return fit is None or fit.search(title) is not None


def _facts(title: str) -> tuple[bool, tuple[str, ...]]:
    """Whether a title holds no prose, and its words long enough for the word cue."""
    return _NON_PROSE.search(title) is not None, tuple(w for w in title.split() if len(w) > 3)


# Section titles recur from article to article: their facts are worth remembering.
_CACHED_TITLE = 200
_title_facts = lru_cache(maxsize=4096)(_facts)


class _Titles:
    """Per-title facts the cost needs, computed once rather than per item and placement."""

    __slots__ = ("any_fit", "fit", "non_prose", "titles", "words")

    def __init__(self, titles: list[str], kinds: set[str]) -> None:
        self.titles = titles
        facts = [_title_facts(t) if len(t) <= _CACHED_TITLE else _facts(t) for t in titles]
        self.non_prose = [f[0] for f in facts]
        self.words = [f[1] for f in facts]
        # No title word holds a line end, so one search of the joined titles answers "any".
        joined = "\n".join(titles)
        self.any_fit = {k: _FIT[k].search(joined) is not None for k in kinds if k in _FIT}
        self.fit: dict[str, list[bool | None]] = {}

    def fits(self, kind: str, target: int) -> bool:
        """Whether the title at ``target`` fits ``kind``, each answer computed on first use."""
        fit = self.fit.get(kind)
        if fit is None:
            fit = self.fit[kind] = [None] * len(self.titles)
        found = fit[target]
        if found is None:
            found = fit[target] = _fits(kind, self.titles[target])
        return found

    def cost(self, item: Item, target: int) -> float:
        """Cost of placing ``item`` in section ``target`` (-1: before the first heading)."""
        if target < 0:
            return _LEAD
        kind = item.kind
        if kind == "heading":
            return 0.0 if item.key == self.titles[target] else _HEADING
        if kind == "prose":
            cost = _PROSE if self.non_prose[target] else 0.0
            words = self.words[target]
            if not words:
                return cost
            key = item.key
            for word in words:  # a plain loop: this runs once per item and placement
                if word not in key:
                    return cost
            return cost - _WORDS
        if self.any_fit.get(kind) and not self.fits(kind, target):
            return _ANCHOR
        return 0.0


def _greedy(items: list[Item], facts: _Titles) -> list[int] | None:
    """The placement the gaps give, if it contradicts no other evidence."""
    place: list[int] = []
    at = -1
    size = len(facts.titles)
    for item in items:
        at += max(item.gap, 1) - (0 if item.kind == "heading" else 1)
        if at >= size or facts.cost(item, at) > 0:
            return None
        place.append(at)
    return place


def align(items: list[Item], titles: list[str]) -> tuple[list[int], bool]:
    """Section index per item (-1: lead), and whether an equally good alternative existed."""
    if not items:
        return [], False
    facts = _Titles(titles, {i.kind for i in items})
    greedy = _greedy(items, facts)
    if greedy is not None:
        return greedy, False
    return _dynamic(items, facts)


def _dynamic(items: list[Item], facts: _Titles) -> tuple[list[int], bool]:
    """Cheapest monotone placement; among equal costs the earliest predecessor, as a scan would.

    From state ``p`` an item may come from any ``p0 <= p - h`` (h: 1 for a heading), at cost
    ``best[p0] + |t - p0|`` with ``t = p - h - crossed``. For ``p0 <= t`` that is
    ``(best[p0] - p0) + t``, a running minimum as ``t`` grows; for ``t < p0 <= p - h`` it is
    ``(best[p0] + p0) - t``, a window of fixed width slid with a monotone deque.
    """
    states = len(facts.titles) + 1  # index 0 stands for -1 (before the first heading)
    inf = float("inf")
    best = [0.0] + [inf] * (states - 1)
    back: list[list[int]] = []
    for item in items:
        crossed = max(item.gap, 1) - 1
        shift = 1 if item.kind == "heading" else 0
        new = [inf] * states
        choice = [0] * states
        left_key, left_at = inf, 0  # earliest p0 <= t with the least best[p0] - p0
        scanned = 0  # states folded into the running minimum so far
        window: deque[int] = deque()  # p0 in (t, p - h], keys best[p0] + p0 non-decreasing
        pushed = 0  # states pushed into the window so far
        for p in range(states):
            top = p - shift  # the last allowed predecessor
            if top < 0:
                continue
            t = top - crossed
            while scanned <= t:
                if best[scanned] != inf and best[scanned] - scanned < left_key - _TIE:
                    left_key, left_at = best[scanned] - scanned, scanned
                scanned += 1
            while pushed <= top:
                if best[pushed] != inf:
                    key = best[pushed] + pushed
                    while window and best[window[-1]] + window[-1] > key + _TIE:
                        window.pop()
                    window.append(pushed)
                pushed += 1
            while window and window[0] <= t:
                window.popleft()
            here = facts.cost(item, p - 1)
            if here >= _HEADING:
                continue
            found = inf
            if left_key != inf:
                found = best[left_at] + _GAP * abs(p - left_at - shift - crossed) + here
                new[p], choice[p] = found, left_at
            if window:
                p0 = window[0]
                total = best[p0] + _GAP * abs(p - p0 - shift - crossed) + here
                if total < found - _TIE:
                    new[p], choice[p] = total, p0
        back.append(choice)
        best = new
    end = min(range(states), key=lambda s: (best[s], s))
    ordered = sorted(best)
    tie = len(ordered) > 1 and ordered[1] - ordered[0] < _TIE and ordered[0] < inf
    place = [0] * len(items)
    state = end
    for index in range(len(items) - 1, -1, -1):
        place[index] = state - 1
        state = back[index][state]
    return place, tie
