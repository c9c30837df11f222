"""Field-level comparison of extracted JSON with hand-written expected facts (a subset).

Objects match when every expected key matches; lists must have the same length and match item by
item; scalars must be equal. Scores count expected leaves, per top-level part, per ``part.key``
(``infobox.directed_by``) and per rendering. ``evaluate_dir`` runs a folder of fixtures against
their expected JSON (the ``eval`` command); reading those files is its only I/O.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


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


@dataclass(slots=True)
class Entry:
    """One fixture's evaluation: its rendering, scores, mismatches, or the error it raised."""

    path: str
    rendering: str
    parts: Score = field(default_factory=Score)
    fields: Score = field(default_factory=Score)
    mismatches: list[str] = field(default_factory=list)
    error: str | None = None


@dataclass(slots=True)
class Report:
    """The evaluation of a folder of fixtures against their expected JSON."""

    entries: list[Entry] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)  # inputs with no expected file

    def total(self) -> Score:
        """Leaves per part over every fixture."""
        out = Score()
        for entry in self.entries:
            out.merge(entry.parts)
        return out

    def by_rendering(self) -> Score:
        """Leaves (all parts together) per rendering."""
        out = Score()
        for entry in self.entries:
            right = sum(entry.parts.right.values())
            out.add(entry.rendering, True, right)
            out.add(entry.rendering, False, sum(entry.parts.total.values()) - right)
        return out

    def by_field(self) -> Score:
        """Leaves per ``part.key`` (e.g. ``infobox.directed_by``) over every fixture."""
        out = Score()
        for entry in self.entries:
            out.merge(entry.fields)
        return out


def field_scores(expected: dict[str, object], actual: dict[str, object]) -> Score:
    """Leaf-level score per ``part.key`` for object-valued parts (infobox, source, envelope)."""
    result = Score()
    for part, value in expected.items():
        got = actual.get(part)
        if isinstance(value, dict):
            for key, sub in value.items():
                inner = got.get(key) if isinstance(got, dict) else None
                present = isinstance(got, dict) and key in got
                if present:
                    _score_into(result, f"{part}.{key}", sub, inner)
                else:
                    result.add(f"{part}.{key}", False, _leaves(sub))
    return result


def _expected_root(fixtures: Path) -> Path:
    """``…/fixtures/x`` → ``…/expected/x``; a folder outside a ``fixtures`` tree holds its own."""
    parts = fixtures.parts
    if "fixtures" in parts:
        index = len(parts) - 1 - parts[::-1].index("fixtures")
        return Path(*parts[:index], "expected", *parts[index + 1 :])
    return fixtures


def _evaluate_one(path: Path, expected: dict[str, object], rendering: str) -> Entry:
    from leaving_vegas_extract.api import extract_file

    try:
        actual = extract_file(path).model_dump(mode="json")
    except Exception as error:  # an exception is a bug: report it, keep evaluating
        entry = Entry(str(path), rendering, error=f"{type(error).__name__}: {error}")
        for part, value in expected.items():
            entry.parts.add(part, False, _leaves(value))
        return entry
    source = expected.get("source")
    if not isinstance(source, dict) or "rendering" not in source:
        rendering = str(actual["source"]["rendering"])
    return Entry(
        str(path),
        rendering,
        parts=score(expected, actual),
        fields=field_scores(expected, actual),
        mismatches=list(mismatches(expected, actual)),
    )


def _load_expected(target: Path) -> object:
    """An expected JSON file; a malformed one is the user's to fix, before anything is extracted."""
    from leaving_vegas_extract.batch.usage import UsageError

    try:
        return json.loads(target.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"expected file {target}: cannot read: {exc}") from None
    except json.JSONDecodeError as exc:
        raise UsageError(
            f"expected file {target}: not JSON ({exc.msg} at line {exc.lineno} column "
            f"{exc.colno}); fix it or remove it"
        ) from None


def evaluate_dir(fixtures_dir: str, expected_dir: str | None = None) -> Report:
    """Extract every ``.txt``/``.html`` under ``fixtures_dir`` and score it against its JSON.

    The expected file of ``<fixtures_dir>/a/b.txt`` is ``<expected_dir>/a/b.json``; without
    ``expected_dir``, a ``fixtures`` folder in the path is swapped for ``expected``
    (``tests/fixtures/x`` → ``tests/expected/x``), else the JSON sits beside its input. Every
    expected file is read before the first extraction: a missing folder or a malformed file
    raises ``UsageError`` at once.
    """
    from leaving_vegas_extract.batch.usage import UsageError

    root = Path(fixtures_dir)
    if not root.is_dir():
        raise UsageError(f"{fixtures_dir}: no such folder; give the folder of fixture dumps")
    expected_root = Path(expected_dir) if expected_dir else _expected_root(root)
    if expected_dir and not expected_root.is_dir():
        raise UsageError(f"--expected {expected_dir}: no such folder")
    report = Report()
    inputs = sorted(p for p in root.rglob("*") if p.suffix in (".txt", ".html") and p.is_file())
    pairs: list[tuple[Path, dict[str, object]]] = []
    for path in inputs:
        target = (expected_root / path.relative_to(root)).with_suffix(".json")
        if not target.is_file():
            report.missing.append(str(path))
            continue
        expected = _load_expected(target)
        if not isinstance(expected, dict):
            raise UsageError(f"expected file {target}: not a JSON object; write the facts as one")
        pairs.append((path, expected))
    for path, expected in pairs:
        source = expected.get("source")
        rendering = source.get("rendering") if isinstance(source, dict) else None
        report.entries.append(_evaluate_one(path, expected, str(rendering or path.parent.name)))
    return report


def compared(report: Report) -> int:
    """How many expected facts were compared (0: the evaluation measured nothing)."""
    return sum(report.total().total.values())


def _rows(title: str, score: Score) -> list[str]:
    lines = [f"{title:<32} {'right':>7} {'total':>7} {'accuracy':>9}"]
    for name in sorted(score.total):
        right, total = score.right.get(name, 0), score.total[name]
        lines.append(f"  {name:<30} {right:>7} {total:>7} {score.accuracy(name):>8.1%}")
    return lines


def format_report(report: Report, *, max_mismatches: int = 200) -> str:
    """Field-level accuracy per part, per rendering and per infobox field, then the mismatches."""
    total = report.total()
    right, count = sum(total.right.values()), sum(total.total.values())
    errors = sum(1 for e in report.entries if e.error)
    lines = [
        f"fixtures: {len(report.entries)} evaluated, {errors} raised, "
        f"{len(report.missing)} without expected JSON",
        f"overall: {right}/{count} facts right ({total.accuracy():.1%})"
        if count
        else "overall: nothing compared",
        "",
        *_rows("by part", total),
        "",
    ]
    lines += [*_rows("by rendering", report.by_rendering()), ""]
    lines += [*_rows("by field", report.by_field()), ""]
    shown = 0
    for entry in report.entries:
        problems = [entry.error] if entry.error else entry.mismatches
        for problem in problems:
            if shown < max_mismatches:
                lines.append(f"{entry.path}: {problem}")
            shown += 1
    if shown > max_mismatches:
        lines.append(f"... and {shown - max_mismatches} more mismatches")
    lines.extend(f"{path}: no expected JSON" for path in report.missing)
    return "\n".join(lines).rstrip() + "\n"
