"""The package's value caches, found in the loaded modules (no package import of its own, so
``instructions.py`` can use it against another checkout)."""

from __future__ import annotations

import sys
from collections.abc import Callable


def package_caches() -> list[Callable[[], None]]:
    """``cache_clear`` of every ``functools`` cache in the package's loaded modules."""
    clears = []
    for name, module in sorted(sys.modules.items()):
        if name.startswith("leaving_vegas_extract") and module is not None:
            for value in vars(module).values():
                clear = getattr(value, "cache_clear", None)
                if callable(clear) and getattr(value, "__module__", "") == name:
                    clears.append(clear)
    return clears
