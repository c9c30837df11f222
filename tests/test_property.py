"""Property tests: whatever the input, extraction returns a complete, valid, deterministic article.

Random text and bytes, and the fixtures mutated (lines deleted, duplicated, swapped, split,
joined, truncated mid-line; random Unicode and bytes inserted; blank-line gaps changed; the
whole re-framed as UTF-16, CRLF, cp1252...). For each: no exception escapes (an input that is no
article is refused with a documented :class:`InputError`), the output validates against the JSON
Schema, coverage accounts for every non-blank line, every ``lines`` span lies in the input, and
the same input gives the same bytes.

Profiles: ``default`` (a few hundred examples over this file) and ``long`` (10,000 for the main
mutation property), chosen by ``HYPOTHESIS_PROFILE``; ``python3 tasks.py property`` runs the long
one with ``-m slow``.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from leaving_vegas_extract import extract_bytes, extract_text
from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.export.json_out import to_json
from leaving_vegas_extract.model.article import Article
from leaving_vegas_extract.model.schema import article_schema
from leaving_vegas_extract.source.document import is_blank
from leaving_vegas_extract.source.reader import read_bytes

from .conftest import ROOT, SEED, fixture_paths

_COMMON: dict[str, Any] = {
    "deadline": None,
    "print_blob": True,
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large],
}
settings.register_profile("default", max_examples=100, **_COMMON)
settings.register_profile("long", max_examples=10_000, **_COMMON)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))

REFUSALS = {"empty", "binary"}  # what an input that is no article may be refused as
EXAMPLE_GUARD = 20  # seconds: one example taking longer is a hang (hypothesis then shrinks it)
SOURCES = [Path(SEED), *fixture_paths()]  # text and HTML


@functools.cache
def _lines(path: Path) -> tuple[str, ...]:
    return tuple((ROOT / path).read_text(encoding="utf-8").split("\n"))


@functools.cache
def _validator() -> Draft202012Validator:
    return Draft202012Validator(article_schema())


# ---------------------------------------------------------------- invariants


def _spans(node: Any) -> list[list[int]]:
    """Every ``lines`` value in the JSON (and the coverage runs)."""
    found: list[list[int]] = []
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "lines" and value is not None:
                found.append(value)
            elif key == "unclaimed":
                found.extend(value)
            else:
                found.extend(_spans(value))
    elif isinstance(node, list):
        for item in node:
            found.extend(_spans(item))
    return found


def check_article(data: bytes, article: Article) -> None:
    """The invariants every extraction keeps, whatever its input."""
    lines = read_bytes(data).lines
    document = json.loads(to_json(article))
    _validator().validate(document)
    assert document["source"]["sha256"] == hashlib.sha256(data).hexdigest()
    assert document["source"]["bytes"] == len(data)
    nonblank = [n for n, line in enumerate(lines, 1) if not is_blank(line)]
    coverage = article.coverage
    assert coverage.lines_total == len(nonblank)
    unclaimed = [n for a, b in coverage.unclaimed for n in range(a, b + 1)]
    assert unclaimed == sorted(set(unclaimed)), "unclaimed runs overlap or are unsorted"
    assert set(unclaimed) <= set(nonblank), "a blank line listed as unclaimed"
    assert coverage.lines_claimed + len(unclaimed) == len(nonblank)
    flagged = {
        tuple(d.lines) for d in article.diagnostics if d.code == "unclaimed-lines" and d.lines
    }
    assert {tuple(run) for run in coverage.unclaimed} <= flagged
    for first, last in _spans(document):
        assert 1 <= first <= last <= len(lines), f"span {[first, last]} outside 1..{len(lines)}"


class HangError(AssertionError):
    """One extraction ran past ``EXAMPLE_GUARD`` seconds."""


def _hang(signum: int, frame: object) -> None:
    raise HangError(f"extraction took over {EXAMPLE_GUARD} s")


@contextlib.contextmanager
def _guard() -> Iterator[None]:
    previous = signal.signal(signal.SIGALRM, _hang)
    outer, _ = signal.setitimer(signal.ITIMER_REAL, EXAMPLE_GUARD)
    started = time.monotonic()
    try:
        yield
    finally:
        # Give back what is left of pytest-timeout's own alarm, if one was set.
        left = outer - (time.monotonic() - started) if outer else 0.0
        signal.setitimer(signal.ITIMER_REAL, max(left, 0.001) if outer else 0.0)
        signal.signal(signal.SIGALRM, previous)


def extract_and_check(data: bytes, text: str | None = None) -> None:
    """Extract twice (from ``text`` when given, else the bytes), check, compare the bytes."""
    with _guard():
        _extract_and_check(data, text)


def _extract_and_check(data: bytes, text: str | None) -> None:
    try:
        article = extract_text(text) if text is not None else extract_bytes(data)
    except InputError as exc:
        refusal: InputError | None = exc
    else:
        refusal = None
    if refusal is not None:
        assert refusal.kind in REFUSALS, f"refused as {refusal.kind}: {refusal}"
        return
    check_article(data, article)
    again = extract_text(text) if text is not None else extract_bytes(data)
    assert to_json(again) == to_json(article), "same input, different bytes"


# ---------------------------------------------------------------- mutations

HOSTILE = (
    "  \u2022 ", "\u00a0", "[1]", "[a]", "^ ", "a b c ", "Won", "Nominated", "Best ", "Award ",
    "|", "\t", '"', "(", ")", "1", "12", "1995", ":", " \u2013 ", "Directed by ", "Starring ",
    "Release dates", "Running time ", "Retrieved ", "No. Title Length", "1. ", "3:02", "$",
    "million", "Award Category Subject Result", "References", "Contents", "  1. ^ ", "\u00c3\u00a8",
    "\r", "\x0c", "\u2028", "\x85", "\ufeff", "\u200b", "== ", " ==", "[edit]", "Edit", "\\",
)  # fmt: skip
hostile_text = st.lists(st.sampled_from(HOSTILE) | st.text(max_size=4), max_size=12).map("".join)
any_text = st.text(max_size=30) | hostile_text


@dataclass(frozen=True)
class Mutated:
    """A mutated fixture: what was done (readable when hypothesis reports it) and the input."""

    source: str
    steps: tuple[str, ...]
    data: bytes
    text: str | None  # set when the input is handed to extract_text as a str

    def __repr__(self) -> str:
        return f"Mutated({self.source!r}, steps={list(self.steps)!r}, {len(self.data)} bytes)"


def _mutate_lines(draw: st.DrawFn, lines: list[str], steps: list[str]) -> list[str]:
    if not lines:
        lines = [""]
    op = draw(st.sampled_from(OPS))
    i = draw(st.integers(0, len(lines) - 1))
    j = min(len(lines), i + draw(st.integers(1, 6)))
    if op == "delete":
        del lines[i:j]
    elif op == "duplicate":
        lines[i:i] = lines[i:j]
    elif op == "swap":
        k = draw(st.integers(0, len(lines) - 1))
        lines[i], lines[k] = lines[k], lines[i]
        j = k
    elif op == "cut-line":
        j = draw(st.integers(0, len(lines[i])))
        lines[i] = lines[i][:j]
    elif op == "insert-text":
        j = draw(st.integers(0, len(lines[i])))
        piece = draw(any_text)
        lines[i] = lines[i][:j] + piece + lines[i][j:]
        op = f"insert-text {piece!r}"
    elif op == "insert-line":
        piece = draw(any_text)
        lines.insert(i, piece)
        op = f"insert-line {piece!r}"
    elif op == "gap":
        j = draw(st.integers(0, 4))
        lines[i:i] = [""] * j
    elif op == "close-gap":
        while i < len(lines) and is_blank(lines[i]):
            del lines[i]
    elif op == "join":
        lines[i : i + 2] = [" ".join(lines[i : i + 2])]
    elif op == "foreign-line":
        other = _lines(draw(st.sampled_from(SOURCES)))
        lines.insert(i, draw(st.sampled_from(other)))
    steps.append(f"{op} {i}..{j}")
    return lines


OPS = (
    "delete", "duplicate", "swap", "cut-line", "insert-text", "insert-line", "gap", "close-gap",
    "join", "foreign-line",
)  # fmt: skip
FRAMINGS = ("text", "utf-8", "utf-8-sig", "utf-16", "crlf", "cr", "cp1252")


def _frame(text: str, framing: str) -> bytes:
    if framing == "crlf":
        return text.replace("\n", "\r\n").encode()
    if framing == "cr":
        return text.replace("\n", "\r").encode()
    if framing in ("text", "utf-8"):
        return text.encode()
    return text.encode(framing, "replace")


@st.composite
def mutated(draw: st.DrawFn) -> Mutated:
    """A fixture with 1-6 line mutations, maybe truncated, re-framed, with bytes inserted."""
    path = draw(st.sampled_from(SOURCES))
    lines = list(_lines(path))
    steps: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        lines = _mutate_lines(draw, lines, steps)
    text = "\n".join(lines)
    if draw(st.integers(0, 9)) == 0:
        cut = draw(st.integers(0, len(text)))
        text = text[:cut]
        steps.append(f"truncate at {cut}")
    framing = draw(st.sampled_from(FRAMINGS))
    steps.append(f"framing {framing}")
    data = _frame(text, framing)
    if framing != "text" and draw(st.integers(0, 4)) == 0:
        at = draw(st.integers(0, len(data)))
        junk = draw(st.binary(min_size=1, max_size=8))
        data = data[:at] + junk + data[at:]
        steps.append(f"bytes {junk!r} at {at}")
    return Mutated(path.as_posix(), tuple(steps), data, text if framing == "text" else None)


def _mutation_property(case: Mutated) -> None:
    extract_and_check(case.data, case.text)


@given(mutated())
def test_mutated_fixtures(case: Mutated) -> None:
    _mutation_property(case)


@pytest.mark.slow
@pytest.mark.timeout(0)  # 10,000 examples outlast the suite's per-test limit; each has its own
@given(mutated())
def test_mutated_fixtures_long(case: Mutated) -> None:
    """The same property; run by ``python3 tasks.py property`` at 10,000 examples."""
    _mutation_property(case)


# ---------------------------------------------------------------- random input


@settings(max_examples=60)
@given(st.text())
def test_random_text(text: str) -> None:
    extract_and_check(text.encode(), text)


@settings(max_examples=60)
@given(st.lists(hostile_text, max_size=40).map("\n".join))
def test_random_article_shaped_text(text: str) -> None:
    extract_and_check(text.encode(), text)


@settings(max_examples=60)
@given(st.binary(max_size=400))
def test_random_bytes(data: bytes) -> None:
    extract_and_check(data)


# ---------------------------------------------------------------- same bytes across processes

_DIGESTS = """
import hashlib, sys
from leaving_vegas_extract import extract_file
from leaving_vegas_extract.export.json_out import to_json
for path in sys.argv[1:]:
    print(path, hashlib.sha256(to_json(extract_file(path))).hexdigest())
"""


def _digests(seed: str) -> str:
    paths = [p.as_posix() for p in SOURCES]
    env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-c", _DIGESTS, *paths]
    proc = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


def test_same_bytes_whatever_the_hash_seed() -> None:
    """Set and dict orders must not leak into the output (workers have their own hash seeds)."""
    first, second = _digests("1"), _digests("2")
    diff = [a for a, b in zip(first.splitlines(), second.splitlines(), strict=True) if a != b]
    assert diff == [], f"output depends on PYTHONHASHSEED: {diff}"
