"""Stage timings for ``bench.py``: timers wrapped around the pipeline's stages and parts.

The hooks patch this process only; stages a later pipeline no longer has are skipped and their
time shows as "extract_source glue".
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from leaving_vegas_extract import pipeline
from leaving_vegas_extract.export.json_out import to_json, to_jsonl_line, write_atomic
from leaving_vegas_extract.formats.text import parts as text_parts
from leaving_vegas_extract.source import reader

Times = defaultdict[str, int]


def _timed(fn: Callable[..., Any], name: str, times: Times) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.perf_counter_ns()
        try:
            return fn(*args, **kwargs)
        finally:
            times[name] += time.perf_counter_ns() - start

    return wrapper


def _part_name(part: Callable[..., Any]) -> str:
    # ``formats.text.references`` -> "references"; ``formats.text.awards.part`` -> "awards".
    path = getattr(part, "__module__", "?").split(".")
    return "part " + (path[-2] if path[-1] == "part" else path[-1])


@contextmanager
def stage_hooks(times: Times) -> Iterator[list[str]]:
    """Wrap the pipeline's stages and the registry's parts with timers; yields the stage names.

    Stages the pipeline no longer has are skipped; their time shows as "extract_source glue".
    """
    from pydantic import BaseModel

    saved: list[tuple[Any, str, Any]] = []

    def patch(owner: Any, attr: str, name: str) -> None:
        saved.append((owner, attr, getattr(owner, attr)))
        setattr(owner, attr, _timed(getattr(owner, attr), name, times))

    names = []
    for attr, name in (("segment", "segment"), ("detect_rendering", "rendering")):
        if hasattr(pipeline, attr):
            patch(pipeline, attr, name)
            names.append(name)
    original = text_parts.TEXT_PARTS
    parts = tuple(_timed(p, _part_name(p), times) for p in original)
    names += [_part_name(p) for p in original]
    # The registry imports the tuple at each call; the pipeline may import it itself.
    owners: tuple[Any, ...] = (text_parts, pipeline)
    for owner in owners:
        if hasattr(owner, "TEXT_PARTS"):
            saved.append((owner, "TEXT_PARTS", original))
            owner.TEXT_PARTS = parts
    stages = (
        ("_coverage", "coverage"),
        ("Article", "Article(...) validation"),
        ("build_article", "Article validation (build_article)"),
    )
    for attr, name in stages:
        if hasattr(pipeline, attr):
            patch(pipeline, attr, name)
            names.append(name)
    saved.append((BaseModel, "__init__", BaseModel.__init__))
    BaseModel.__init__ = _counting_init(BaseModel.__init__, times)  # type: ignore[method-assign]
    try:
        yield names
    finally:
        for owner, attr, value in reversed(saved):
            setattr(owner, attr, value)


def _counting_init(init: Callable[..., None], times: Times) -> Callable[..., None]:
    """Time every outermost pydantic validation (models assembled in deferred mode do not count)."""
    depth = [0]

    def wrapper(self: Any, /, **data: Any) -> None:
        if depth[0]:
            init(self, **data)
            return
        depth[0] += 1
        start = time.perf_counter_ns()
        try:
            init(self, **data)
        finally:
            depth[0] -= 1
            times["(pydantic validations, µs)"] += time.perf_counter_ns() - start
            times["(pydantic validations, count)"] += 1

    return wrapper


def staged(paths: Sequence[Path], out: Path) -> tuple[Times, list[str]]:
    """Nanoseconds per stage over ``paths`` (summed), and the stage names in pipeline order."""
    times: Times = defaultdict(int)
    out.mkdir(parents=True, exist_ok=True)
    clock = time.perf_counter_ns
    with stage_hooks(times) as names:
        for n, path in enumerate(paths):
            t0 = clock()
            data = reader.read_path(path)
            t1 = clock()
            source = reader.read_bytes(data, path=path.as_posix())
            t2 = clock()
            article = pipeline.extract_source(source)
            t3 = clock()
            blob = to_json(article)
            t4 = clock()
            to_jsonl_line(article)
            t5 = clock()
            write_atomic(out / f"{n}.json", blob)
            t6 = clock()
            with open(out / f"{n}.plain", "wb") as handle:
                handle.write(blob)
            t7 = clock()
            spans = (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6)
            for name, span in zip(_OUTER, spans, strict=True):
                times[name] += span
    return times, ["read file", "reader.read_bytes", *names]


_OUTER = (
    "read file",
    "reader.read_bytes",
    "extract_source",
    "to_json",
    "to_jsonl_line",
    "write_atomic",
    "(plain file write, reference)",
)


def print_stages(columns: dict[str, tuple[Times, list[str], int]]) -> None:
    """One row per stage, one column (µs per article, wall, timers on) per corpus."""
    names: list[str] = []
    for _, stage_names, _ in columns.values():
        names += [n for n in stage_names if n not in names]
    names += ["(extract_source glue)", *_OUTER[3:], "TOTAL (file to JSON file)"]
    names += ["(pydantic validations, µs)", "(pydantic validations, count)"]
    print(f"{'stage':<34}" + "".join(f"{h:>16}" for h in columns))
    for name in names:
        cells = []
        for times, stage_names, count in columns.values():
            inner = sum(times[n] for n in stage_names[2:])
            total = sum(times[n] for n in _OUTER[:4]) + times["write_atomic"]
            value = {
                "(extract_source glue)": times["extract_source"] - inner,
                "TOTAL (file to JSON file)": total,
            }.get(name, times.get(name, 0))
            cells.append(f"{value / count * (1 if 'count' in name else 1e-3):>16.1f}")
        print(f"{name:<34}" + "".join(cells))
