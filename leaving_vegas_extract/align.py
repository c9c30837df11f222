"""Align body items with the outline: which section each paragraph, table or list belongs to.

Mirror dumps drop most headings but leave a blank line where each one stood, so the gap before an
item says how many headings were crossed (gap - 1). Literal headings, the kind of a table or list
(an awards table goes under "Awards"), and heading words in the prose are further evidence. When
the gaps alone are consistent with that evidence the placement is read off directly (linear);
otherwise one dynamic programme over the whole article finds the cheapest monotone placement.
"""

from __future__ import annotations

from dataclasses import dataclass

from .vocab.sections import ANCHOR_TITLES, NON_PROSE_TITLES

_GAP = 1.0  # per heading crossed more or fewer than the gap says
_ANCHOR = 3.0  # a table or list under a section whose title does not fit it
_PROSE = 2.0  # prose under "References", "External links" and the like
_LEAD = 2.5  # a body item left before the first heading
_WORDS = 0.2  # bonus when the section's title words occur in the paragraph
_HEADING = 50.0  # a literal heading placed anywhere but at its own title


@dataclass(frozen=True, slots=True)
class Item:
    """A body item: ``kind`` is prose, heading, or an anchor kind (awards, references, ...)."""

    kind: str
    gap: int
    key: str = ""  # heading key (headings) or casefolded text (prose, for the word cue)


def _fits(kind: str, title: str) -> bool:
    words = ANCHOR_TITLES.get(kind)
    return words is None or any(w in title for w in words)


def _cost(item: Item, target: int, titles: list[str], any_fit: dict[str, bool]) -> float:
    """Cost of placing ``item`` in section ``target`` (-1: before the first heading)."""
    if target < 0:
        return _LEAD
    title = titles[target]
    if item.kind == "heading":
        return 0.0 if item.key == title else _HEADING
    if item.kind == "prose":
        cost = _PROSE if any(t in title for t in NON_PROSE_TITLES) else 0.0
        words = [w for w in title.split() if len(w) > 3]
        if words and all(w in item.key for w in words):
            cost -= _WORDS
        return cost
    if any_fit.get(item.kind) and not _fits(item.kind, title):
        return _ANCHOR
    return 0.0


def _greedy(items: list[Item], titles: list[str], any_fit: dict[str, bool]) -> list[int] | None:
    """The placement the gaps give, if it contradicts no other evidence."""
    place: list[int] = []
    at = -1
    for item in items:
        at += max(item.gap, 1) - (0 if item.kind == "heading" else 1)
        if at >= len(titles) or _cost(item, at, titles, any_fit) > 0:
            return None
        place.append(at)
    return place


def align(items: list[Item], titles: list[str]) -> tuple[list[int], bool]:
    """Section index per item (-1: lead), and whether an equally good alternative existed."""
    if not items:
        return [], False
    any_fit = {kind: any(_fits(kind, t) for t in titles) for kind in {i.kind for i in items}}
    greedy = _greedy(items, titles, any_fit)
    if greedy is not None:
        return greedy, False
    return _dynamic(items, titles, any_fit)


def _dynamic(
    items: list[Item], titles: list[str], any_fit: dict[str, bool]
) -> tuple[list[int], bool]:
    states = len(titles) + 1  # index 0 stands for -1 (before the first heading)
    inf = float("inf")
    best = [0.0] + [inf] * (states - 1)
    back: list[list[int]] = []
    tie = False
    for item in items:
        crossed = max(item.gap, 1) - 1
        new = [inf] * states
        choice = [0] * states
        # Running minimum over earlier states p0 <= p of best[p0] + gap cost.
        for p in range(states):
            here = _cost(item, p - 1, titles, any_fit)
            if here >= _HEADING:
                continue
            for p0 in range(p + 1):
                if best[p0] == inf:
                    continue
                moved = p - p0 - (1 if item.kind == "heading" else 0)
                if moved < 0:
                    continue
                total = best[p0] + _GAP * abs(moved - crossed) + here
                if total < new[p] - 1e-9:
                    new[p], choice[p] = total, p0
        back.append(choice)
        best = new
    end = min(range(states), key=lambda s: (best[s], s))
    ordered = sorted(best)
    tie = len(ordered) > 1 and ordered[1] - ordered[0] < 1e-9 and ordered[0] < inf
    place = [0] * len(items)
    state = end
    for index in range(len(items) - 1, -1, -1):
        place[index] = state - 1
        state = back[index][state]
    return place, tie
