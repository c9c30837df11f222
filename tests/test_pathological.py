"""Pathological input: every regex, and every part parser, must finish in linear time.

Three guards. Each module-level pattern of the package is fed 20,000-character runs the way its
module uses it (a scan or an anchored match) under a short alarm: a linear pattern needs
milliseconds, a backtracking one (quadratic or worse) blows the budget by orders of magnitude.
Then 1 MB pathological strings are put on a line each part claims, in the seed and in the other
renderings, and the whole extraction must finish (pytest-timeout is the hang guard, generous:
speed itself is the benchmark's business). Last, tables and lists grown to 10,000 rows.
"""

from __future__ import annotations

import gc
import importlib
import pkgutil
import re
import signal
import time
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from types import FrameType, ModuleType
from typing import Any

import pytest

import leaving_vegas_extract
from leaving_vegas_extract import extract_text
from leaving_vegas_extract.formats.text.rendering import detect_rendering
from leaving_vegas_extract.model.article import Article
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.pipeline import run_parts
from leaving_vegas_extract.registry import parts_for
from leaving_vegas_extract.source.context import Context
from leaving_vegas_extract.source.lazy import LazyPattern
from leaving_vegas_extract.source.reader import read_bytes
from leaving_vegas_extract.source.segmenter import segment

from .conftest import FIXTURES, ROOT, SEED

MB = 1_000_000
REGEX_CHARS = 20_000
REGEX_BUDGET = 0.5  # CPU seconds per call; linear patterns take well under a millisecond
HANG_GUARD = 20  # seconds per extraction of a 1 MB line; linear ones take well under 2

# ---------------------------------------------------------------- regexes, one by one

# Runs that make patterns backtrack: white space of each kind, the characters patterns quote or
# repeat, and the shapes they look for; each after the openers anchored patterns wait for.
RUNS = (
    " ", "\u00a0", "\t", "a", "A", "1", ".", ",", "-", "[", "(", '"', ":", "a ", "A.", "[1]",
)  # fmt: skip
# Each bare, and with a word after it (a lazy group then has something to start on).
OPENERS = tuple(
    opener + word
    for opener in ("", "  \u2022 ", "== ", "## ", "1. ", "  1. ^ ", "Title: ", "Directed by ", '"')
    for word in ("", "a")
)
_SCANS = ("search", "findall", "finditer", "sub", "subn", "split")
_ANCHORED = ("match", "fullmatch")


def _modules() -> Iterator[ModuleType]:
    package = leaving_vegas_extract.__path__
    for info in pkgutil.walk_packages(package, "leaving_vegas_extract."):
        if not info.name.endswith(("__main__", "__mypyc")):  # __mypyc: the compiled library
            yield importlib.import_module(info.name)


def _source(module: ModuleType) -> str:
    """The module's ``.py`` text, found by its name: compiled by mypyc, a module has no source
    for ``inspect`` and its ``__file__`` is derived from the compiled library's place."""
    path = Path(leaving_vegas_extract.__path__[0]).joinpath(*module.__name__.split(".")[1:])
    if hasattr(module, "__path__"):
        return (path / "__init__.py").read_text(encoding="utf-8")
    return path.with_suffix(".py").read_text(encoding="utf-8")


def _patterns() -> list[tuple[str, re.Pattern[Any], tuple[str, ...]]]:
    """``(module.NAME, pattern, methods its module calls on it)`` for each module-level pattern."""
    found: dict[int, tuple[str, re.Pattern[Any], tuple[str, ...]]] = {}
    for module in _modules():
        source = _source(module)
        for name, value in vars(module).items():
            if isinstance(value, LazyPattern):  # compiled on first use: here, to be tried
                value = value.get()
            if not isinstance(value, re.Pattern) or id(value) in found:
                continue
            used = set(re.findall(rf"\b{re.escape(name)}\.(?:get\(\)\.)?(\w+)\b", source))
            methods = tuple(sorted(used & {*_SCANS, *_ANCHORED})) or ("findall",)
            found[id(value)] = (f"{module.__name__.rpartition('.')[2]}.{name}", value, methods)
    return sorted(found.values(), key=lambda t: t[0])


PATTERNS = _patterns()


class _SlowError(Exception):
    pass


def _alarm(signum: int, frame: FrameType | None) -> None:
    raise _SlowError


def _timed_call(function: Any, argument: Any, budget: float) -> float:
    """CPU seconds ``function(argument)`` took, or ``inf`` when it ran past ``budget``.

    CPU time, not wall time: on a loaded machine (CI beside other jobs) a linear call of a
    millisecond was once descheduled past a wall budget. Backtracking burns CPU; waiting does not.
    """
    previous = signal.signal(signal.SIGVTALRM, _alarm)
    signal.setitimer(signal.ITIMER_VIRTUAL, budget)  # user CPU time of this process
    # The collector stays off while timed: a full collection of the whole test session's heap,
    # set off by the matches a scan makes, took 0.6 s once (in CI) and is no backtracking.
    collecting = gc.isenabled()
    gc.disable()
    started = time.process_time()
    try:
        function(argument)
    except _SlowError:
        return float("inf")
    finally:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0.0)
        took = time.process_time() - started
        if collecting:
            gc.enable()
        signal.signal(signal.SIGVTALRM, previous)
    return took


def _call(pattern: re.Pattern[Any], method: str) -> Any:
    if method == "finditer":  # lazy: the scan happens only as the matches are taken
        return lambda s: deque(pattern.finditer(s), maxlen=0)
    if method in ("sub", "subn"):
        return lambda s: getattr(pattern, method)(s[:0], s)
    return getattr(pattern, method)


def test_patterns_found() -> None:
    assert len(PATTERNS) >= 30
    names = [p[0] for p in PATTERNS]
    assert "reader._MOJIBAKE" in names


@pytest.mark.timeout(120)
@pytest.mark.parametrize(("name", "pattern", "methods"), PATTERNS, ids=[p[0] for p in PATTERNS])
def test_pattern_is_linear(name: str, pattern: re.Pattern[Any], methods: tuple[str, ...]) -> None:
    # The terminator matches no shape, so every start position is tried and abandoned.
    for opener in OPENERS:
        for run in RUNS:
            text = opener + run * (REGEX_CHARS // len(run)) + "\x07"
            subject: str | bytes = text
            if isinstance(pattern.pattern, bytes):
                subject = text.encode("utf-8")
            for method in methods:
                took = _timed_call(_call(pattern, method), subject, REGEX_BUDGET)
                assert took < REGEX_BUDGET, (
                    f"{name}.{method} on {opener!r} + {REGEX_CHARS:,} × {run!r}: over "
                    f"{REGEX_BUDGET} s (backtracking; pattern {pattern.pattern!r})"
                )


# ---------------------------------------------------------------- 1 MB lines, part by part


def _payloads(line: str) -> dict[str, str]:
    """About 1 MB each; runs sit inside the line (an outer strip() must not remove them)."""
    label = (line.strip() or "Directed by Someone") + " "
    return {
        "spaces": "x" + " " * MB + "x",
        "nbsps": "x" + "\u00a0" * MB + "x",
        "quotes": '"' * MB,
        "digits": "1" * MB,
        "brackets": "[" * MB,
        "citations": "[1]" * (MB // 3),
        "a": "a" * MB,
        "capitals": "A" * MB,
        "repeated-line": label * (MB // len(label) + 1),
    }


PAYLOAD_NAMES = tuple(_payloads(""))


def _owners(text: str) -> dict[int, str]:
    """Which part claimed each line, running the pipeline as ``extract_source`` does."""
    source = read_bytes(text.encode("utf-8"))
    blocks = segment(source.lines)
    rendering = detect_rendering(source, blocks)
    ctx = Context(source=source, blocks=blocks, options=ExtractOptions(), rendering=rendering)
    run_parts(ctx, parts_for(source.format, rendering))
    return ctx.claims.owner


def _targets(path: Path, parts: set[str] | None = None) -> list[tuple[str, int]]:
    """``(part, line)``: the middle line each part claims (or only the given parts)."""
    owners = _owners((ROOT / path).read_text(encoding="utf-8"))
    by_part: dict[str, list[int]] = {}
    for number, part in sorted(owners.items()):
        by_part.setdefault(part, []).append(number)
    wanted = by_part if parts is None else {k: v for k, v in by_part.items() if k in parts}
    return [(part, numbers[len(numbers) // 2]) for part, numbers in sorted(wanted.items())]


def _rendering_fixture(folder: str) -> Path:
    return sorted((FIXTURES / folder).glob("*.txt"))[0].relative_to(ROOT)


CASES: list[Any] = []
for _path, _parts, _payload_names in [
    (Path(SEED), None, PAYLOAD_NAMES),
    *[
        (_rendering_fixture(f), {"infobox", "section", "references"}, ("spaces", "capitals"))
        for f in ("key-colon", "label-glued", "pipe-table")
        if (FIXTURES / f).is_dir()
    ],
]:
    for _part, _line in _targets(_path, _parts):
        for _payload in _payload_names:
            CASES.append(
                pytest.param(_path, _line, _payload, id=f"{_path.stem}:{_part}@{_line}:{_payload}")
            )


def _check(article: Article, lines: list[str]) -> None:
    nonblank = sum(1 for line in lines if line.strip())
    assert article.coverage.lines_total == nonblank
    unclaimed = sum(b - a + 1 for a, b in article.coverage.unclaimed)
    assert article.coverage.lines_claimed + unclaimed == nonblank


def test_every_part_is_targeted() -> None:
    parts = {p.id.split(":")[1].split("@")[0] for p in CASES if p.id.startswith("leaving")}
    assert {"infobox", "awards", "soundtrack", "references", "section", "envelope"} <= parts


@pytest.mark.timeout(HANG_GUARD)
@pytest.mark.parametrize(("path", "line", "payload"), CASES)
def test_megabyte_line_in_each_part(path: Path, line: int, payload: str) -> None:
    lines = (ROOT / path).read_text(encoding="utf-8").split("\n")
    lines[line - 1] += " " + _payloads(lines[line - 1])[payload]
    _check(extract_text("\n".join(lines)), lines)


@pytest.mark.timeout(HANG_GUARD)
@pytest.mark.parametrize("payload", PAYLOAD_NAMES)
def test_megabyte_line_alone(payload: str) -> None:
    """The whole file one pathological line: title, envelope and rendering detection see it."""
    text = _payloads("")[payload]
    _check(extract_text(text), [text])


# ---------------------------------------------------------------- 10,000 rows


def _grow(after: str, row: str, count: int = 10_000) -> tuple[str, list[str]]:
    lines = (ROOT / SEED).read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(after)) + 1
    lines[at:at] = [row.format(k=k, n=k + 30, m=k % 60) for k in range(count)]
    return "\n".join(lines), lines


ROWS = {
    "infobox values": ("Starring ", "Actor Number{k}"),
    "infobox labels": ("Running time ", "Directed by Person {k}"),
    "contents": ("  \u2022 Plot 1", "    \u2022 Part {k} 1.{n}"),
    "prose": ("The film was shot", "Sentence {k} of a long run of one-line paragraphs."),
    "awards": ("Academy Award Best Actor", "Best Thing {k} Some Person Won"),
    "soundtrack": ('2. "Angel', '{n}. "Song {k}" \u00a0 A Writer Singer 2:{m:02d}'),
    "references": ("  3. ^", '  {n}. ^ Doe, Jo. "T {k}". Paper. Retrieved 2006-12-09.\u00a0'),
    "further reading": ("  \u2022 Litch", "  \u2022 Doe, J. (2001). Book {k}. Place: Pub."),
    "envelope": ("Subject:", "Collection: Item {k}"),
}


@pytest.mark.timeout(HANG_GUARD * 2)
@pytest.mark.parametrize(("after", "row"), ROWS.values(), ids=ROWS.keys())
def test_ten_thousand_rows(after: str, row: str) -> None:
    text, lines = _grow(after, row)
    _check(extract_text(text), lines)
