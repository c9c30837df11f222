"""Regression check: re-extract inputs and compare with golden JSON, difference by difference."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from leaving_vegas_extract.batch.jobs import discover, expand_dumps, run_job
from leaving_vegas_extract.options import ExtractOptions

_MISSING = object()


def escape(key: str) -> str:
    """A key as a JSON-pointer token (RFC 6901)."""
    return key.replace("~", "~0").replace("/", "~1")


def diff_json(old: object, new: object, path: str = "") -> Iterator[tuple[str, object, object]]:
    """``(pointer, old, new)`` for every place where two JSON values differ."""
    if isinstance(old, dict) and isinstance(new, dict):
        for key in [*old, *(k for k in new if k not in old)]:
            yield from diff_json(
                old.get(key, _MISSING), new.get(key, _MISSING), f"{path}/{escape(key)}"
            )
    elif isinstance(old, list) and isinstance(new, list):
        for index in range(max(len(old), len(new))):
            yield from diff_json(
                old[index] if index < len(old) else _MISSING,
                new[index] if index < len(new) else _MISSING,
                f"{path}/{index}",
            )
    elif old != new or type(old) is not type(new):
        yield (path or "/", old, new)


@dataclass(frozen=True, slots=True)
class Drift:
    """One input's difference from its golden file."""

    path: str
    golden: str
    lines: tuple[str, ...]


def _show(value: object) -> str:
    return "(absent)" if value is _MISSING else json.dumps(value, ensure_ascii=False)[:200]


def check_inputs(
    inputs: Iterable[str],
    golden: str,
    *,
    pattern: str = "*",
    update: bool = False,
    options: ExtractOptions | None = None,
) -> Iterator[Drift]:
    """Re-extract each input; yield a :class:`Drift` where the golden differs (or rewrite it)."""
    from leaving_vegas_extract.export.json_out import write_atomic

    options = options or ExtractOptions()
    for job in expand_dumps(discover(inputs, pattern), options):
        outcome = run_job(job, options)
        if outcome.skipped:
            continue
        target = Path(golden) / job.out
        shown = target.as_posix()
        if outcome.data is None:
            yield Drift(job.path, shown, (f"extraction failed: {outcome.message}",))
            continue
        if update:
            if not target.exists() or target.read_bytes() != outcome.data:
                write_atomic(target, outcome.data)
            continue
        if not target.exists():
            yield Drift(job.path, shown, ("no golden file",))
            continue
        old_bytes = target.read_bytes()
        if old_bytes == outcome.data:
            continue
        try:
            old = json.loads(old_bytes)
        except ValueError as exc:
            yield Drift(job.path, shown, (f"golden is not JSON: {exc}",))
            continue
        new = json.loads(outcome.data)
        lines = tuple(f"{p}: {_show(a)} -> {_show(b)}" for p, a, b in diff_json(old, new))
        yield Drift(job.path, shown, lines or ("same JSON, different bytes (formatting)",))
