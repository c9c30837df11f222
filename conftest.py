"""Collection rules for the whole checkout (the shared fixtures are in tests/conftest.py)."""

from __future__ import annotations

from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from leaving_vegas_extract._pure import source_first


def pytest_ignore_collect(collection_path: Path) -> bool | None:
    """A compiled module's doctests run on the pure run only: compiled, they are not Python."""
    if collection_path.suffix != ".py" or source_first():
        return None
    stem = collection_path.stem
    if any(collection_path.with_name(stem + s).exists() for s in EXTENSION_SUFFIXES):
        return True
    return None
