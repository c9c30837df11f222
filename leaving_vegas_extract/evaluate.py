"""Field-level comparison of extracted JSON with hand-written expected facts (a subset).

Objects match when every expected key matches; lists must have the same length and match item by
item; scalars must be equal. Scores count expected leaves, per top-level part.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field


@dataclass(slots=True)
class Score:
    """Leaves right and total, per part."""

    right: dict[str, int] = field(default_factory=dict)
    total: dict[str, int] = field(default_factory=dict)

    def add(self, part: str, ok: bool, count: int = 1) -> None:
        """Count ``count`` leaves of ``part``."""
        self.total[part] = self.total.get(part, 0) + count
        self.right[part] = self.right.get(part, 0) + (count if ok else 0)

    def merge(self, other: Score) -> None:
        """Add another score's counts."""
        for part, total in other.total.items():
            self.total[part] = self.total.get(part, 0) + total
            self.right[part] = self.right.get(part, 0) + other.right.get(part, 0)

    def accuracy(self, part: str | None = None) -> float:
        """Share of leaves right (of one part, or of all)."""
        total = self.total.get(part, 0) if part else sum(self.total.values())
        right = self.right.get(part, 0) if part else sum(self.right.values())
        return right / total if total else 1.0


def mismatches(expected: object, actual: object, path: str = "") -> Iterator[str]:
    """JSON-pointer paths where ``actual`` does not match ``expected``, with both values."""
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            yield f"{path or '/'}: expected an object, got {actual!r}"[:300]
            return
        for key, value in expected.items():
            if key not in actual:
                yield f"{path}/{key}: missing"
            else:
                yield from mismatches(value, actual[key], f"{path}/{key}")
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            size = len(actual) if isinstance(actual, list) else "no list"
            yield f"{path}: expected {len(expected)} items, got {size}: {actual!r}"[:300]
            return
        for index, (exp, act) in enumerate(zip(expected, actual, strict=True)):
            yield from mismatches(exp, act, f"{path}/{index}")
    elif expected != actual:
        yield f"{path}: expected {expected!r}, got {actual!r}"[:300]


def _leaves(value: object) -> int:
    if isinstance(value, dict):
        return sum(_leaves(v) for v in value.values()) or 1
    if isinstance(value, list):
        return sum(_leaves(v) for v in value) or 1
    return 1


def _score_into(score: Score, part: str, expected: object, actual: object) -> None:
    if isinstance(expected, dict) and isinstance(actual, dict):
        for key, value in expected.items():
            if key in actual:
                _score_into(score, part, value, actual[key])
            else:
                score.add(part, False, _leaves(value))
    elif isinstance(expected, list) and isinstance(actual, list) and len(expected) == len(actual):
        if not expected:
            score.add(part, True)
        for exp, act in zip(expected, actual, strict=True):
            _score_into(score, part, exp, act)
    else:
        score.add(part, expected == actual, _leaves(expected))


def score(expected: dict[str, object], actual: dict[str, object]) -> Score:
    """Leaf-level score of ``actual`` against ``expected``, per top-level key (part)."""
    result = Score()
    for part, value in expected.items():
        _score_into(result, part, value, actual.get(part))
    return result
