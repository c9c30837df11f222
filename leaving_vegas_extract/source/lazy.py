"""Regular expressions compiled on first use.

``re.compile`` runs Python code (the pattern's parser and compiler): about a million instructions
for a pattern of a few alternatives, and a one-file run compiles over a hundred at import. A
pattern only some inputs need (wikitext or markup signs, undecodable bytes, dump pages) waits for
its first use, so a run that never needs it never pays for it.
"""

from __future__ import annotations

import re
from typing import AnyStr, Generic


class LazyPattern(Generic[AnyStr]):
    """``re.compile(pattern, flags)``, done by the first :meth:`get`."""

    __slots__ = ("_compiled", "_flags", "_pattern")

    def __init__(self, pattern: AnyStr, flags: int = 0) -> None:
        self._pattern: AnyStr = pattern
        self._flags = flags
        self._compiled: re.Pattern[AnyStr] | None = None

    def get(self) -> re.Pattern[AnyStr]:
        """The compiled pattern."""
        compiled = self._compiled
        if compiled is None:
            compiled = self._compiled = re.compile(self._pattern, self._flags)
        return compiled
