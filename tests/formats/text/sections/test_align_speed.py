"""Speed of the sections part: the quadratic alignment programme agrees with the cubic one."""

from __future__ import annotations

import time

from hypothesis import given, settings
from hypothesis import strategies as st

from leaving_vegas_extract.formats.text.sections import align as align_module
from leaving_vegas_extract.formats.text.sections.align import Item, align
from leaving_vegas_extract.parts.sections.outline import looks_like_heading, parse_contents
from leaving_vegas_extract.source.document import Block

_TITLES = ["plot", "cast", "awards", "references", "soundtrack", "further reading", "home media"]
_KINDS = ["prose", "prose", "prose", "heading", "awards", "references", "soundtrack", "other"]


def _cubic(items: list[Item], titles: list[str]) -> tuple[list[int], bool]:
    """The original programme: every predecessor tried for every state (the reference)."""
    facts = align_module._Titles(titles, {i.kind for i in items})
    states = len(titles) + 1
    inf = float("inf")
    best = [0.0] + [inf] * (states - 1)
    back: list[list[int]] = []
    for item in items:
        crossed = max(item.gap, 1) - 1
        new, choice = [inf] * states, [0] * states
        for p in range(states):
            here = facts.cost(item, p - 1)
            if here >= align_module._HEADING:
                continue
            for p0 in range(p + 1):
                moved = p - p0 - (1 if item.kind == "heading" else 0)
                if best[p0] == inf or moved < 0:
                    continue
                total = best[p0] + align_module._GAP * abs(moved - crossed) + here
                if total < new[p] - 1e-9:
                    new[p], choice[p] = total, p0
        back.append(choice)
        best = new
    end = min(range(states), key=lambda s: (best[s], s))
    ordered = sorted(best)
    tie = len(ordered) > 1 and ordered[1] - ordered[0] < 1e-9 and ordered[0] < inf
    place, state = [0] * len(items), end
    for index in range(len(items) - 1, -1, -1):
        place[index] = state - 1
        state = back[index][state]
    return place, tie


_item = st.builds(
    lambda kind, gap, title, text: Item(kind, gap, title if kind == "heading" else text),
    st.sampled_from(_KINDS),
    st.sampled_from([0, 1, 1, 2, 2, 3, 5, 9]),
    st.sampled_from([*_TITLES, "missing"]),
    st.sampled_from(["", "the plot thickens", "home media and awards", "cast list"]),
)


@settings(max_examples=300, deadline=None)
@given(
    titles=st.lists(st.sampled_from(_TITLES), max_size=14),
    items=st.lists(_item, min_size=1, max_size=14),
)
def test_dynamic_matches_the_cubic_programme(titles: list[str], items: list[Item]) -> None:
    facts = align_module._Titles(titles, {i.kind for i in items})
    assert align_module._dynamic(items, facts) == _cubic(items, titles)


def test_two_hundred_titles_align_in_well_under_a_second() -> None:
    titles = [f"section {n}" for n in range(200)]
    # Gaps that disagree with the outline force the dynamic programme (the cubic one took ~4 s).
    items = [Item("prose", 1 + n % 4) for n in range(200)] + [Item("heading", 1, "section 5")]
    start = time.process_time()
    place, _ = align(items, titles)
    assert time.process_time() - start < 1.0
    assert len(place) == len(items)
    assert place == sorted(place)


def test_contents_prefilter_keeps_non_ascii_first_characters() -> None:
    # "\u2022" is the bullet itself; a non-ASCII letter is cleaned and then refused as before.
    assert parse_contents(Block(1, 2, ("\u2022 Plot 1", "\u2022 Cast 2"), 0)) is not None
    assert parse_contents(Block(1, 2, ("* Plot 1", "- Cast 2"), 0)) is not None
    assert parse_contents(Block(1, 2, ("\u00c9t\u00e9 1", "\u2022 Cast 2"), 0)) is None
    assert parse_contents(Block(1, 2, ("Plot 1", "\u2022 Cast 2"), 0)) is None


def test_long_lines_are_not_headings_without_cleaning() -> None:
    assert looks_like_heading("Home Media Releases")
    assert not looks_like_heading("One Two Three Four Five Six Seven Eight")
    assert looks_like_heading("One  Two\u00a0Three Four Five Six Seven")
