"""Importing this package's ``.py`` files even where a compiled module is.

An install built with mypyc has a ``.so`` beside each compiled ``.py``, and Python prefers the
``.so``. The package imports its Python source instead when ``LVE_PURE=1`` is set, so one checkout
runs the tests (and goldens) both ways, and in a checkout whose compiled build is older than a
compiled module's source (edited since ``python3 tasks.py build``): stale code never runs.
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import os
import sys
from collections.abc import Sequence
from importlib.machinery import ModuleSpec
from pathlib import Path
from types import ModuleType

_PREFIX = __name__.rpartition(".")[0] + "."


class _SourceFirst:
    """A meta path finder: this package's modules from their ``.py`` files."""

    @staticmethod
    def find_spec(
        name: str, path: Sequence[str] | None, target: ModuleType | None = None
    ) -> ModuleSpec | None:
        if not name.startswith(_PREFIX) or path is None:
            return None
        stem = name.rpartition(".")[2]
        for folder in path:
            package = Path(folder) / stem / "__init__.py"
            if package.is_file():
                return importlib.util.spec_from_file_location(
                    name, package, submodule_search_locations=[str(package.parent)]
                )
            module = Path(folder) / f"{stem}.py"
            if module.is_file():
                return importlib.util.spec_from_file_location(name, module)
        return None  # not a module of ours in Python (the compiled library itself, say)


def source_first() -> bool:
    """Whether this process imports the package's ``.py`` files over compiled modules."""
    return any(isinstance(f, _SourceFirst) for f in sys.meta_path)


def prefer_source() -> None:
    """Put the finder first (once)."""
    if not source_first():
        sys.meta_path.insert(0, _SourceFirst())


def stale_build(package: str) -> bool:
    """Whether ``package`` (a checkout's package folder) has compiled modules older than their
    source.

    The compiled code is in one library (``_native__mypyc``); every build touches it, so a ``.py``
    newer than it was edited since. Only checkouts are checked (``setup.py`` beside the package).
    """
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    try:
        built = os.stat(os.path.join(package, f"_native__mypyc{suffix}")).st_mtime
    except OSError:
        return False  # not compiled
    if not os.path.exists(os.path.join(os.path.dirname(package), "setup.py")):
        return False  # an installed package: nothing edits it in place
    for folder, dirs, files in os.walk(package):
        dirs[:] = [d for d in dirs if d != "__pycache__"]  # a third of the walk, and no source
        names = set(files)
        for name in files:
            if (
                name.endswith(".py")
                and f"{name[:-3]}{suffix}" in names
                and os.stat(os.path.join(folder, name)).st_mtime > built
            ):
                return True
    return False


def compiled() -> bool:
    """Whether the modules that can be compiled were imported compiled (not with ``LVE_PURE``)."""
    from leaving_vegas_extract import pipeline

    return not (pipeline.__file__ or "").endswith(".py")


def report() -> str:
    """One line: how many of the package's modules run compiled, or why none do."""
    import leaving_vegas_extract

    if source_first():
        why = "LVE_PURE is set" if os.environ.get("LVE_PURE", "") not in ("", "0") else "stale"
        return f"pure Python ({why}: the compiled modules are not used)"
    if not compiled():
        return "pure Python (not compiled)"
    suffix = importlib.machinery.EXTENSION_SUFFIXES[0]
    count = sum(
        name.endswith(suffix) and not name.startswith("_native__mypyc")
        for _folder, _dirs, files in os.walk(leaving_vegas_extract.__path__[0])
        for name in files
    )
    return f"compiled with mypyc: {count} modules"
