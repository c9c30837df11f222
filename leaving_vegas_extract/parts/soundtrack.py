"""Soundtrack part (not built yet: finds nothing, so its lines stay with the sections)."""

from __future__ import annotations

from ..context import Context, PartResult


def parse(ctx: Context) -> PartResult | None:
    """Nothing yet."""
    return None
