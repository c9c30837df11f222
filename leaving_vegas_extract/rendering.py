"""Which flattened layout a dump was printed in, told from its content."""

from __future__ import annotations

import re

from .document import Block, SourceText

_KEY_COLON_TITLE = re.compile(r"^=[^=].*[^=]=$")
_KEY_COLON_ROW = re.compile(r"^- [A-Z][A-Za-z ()]{1,30}: \S")
_PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|")
_GLUED = re.compile(
    r"^(?:Directed by|Produced by|Written by|Starring|Music by|Edited by|Distributed by|"
    r"Release dates?|Running time|Countr(?:y|ies)|Languages?|Budget|Box office|Born|Died)"
    r"(?=[A-Z0-9$£€¥₹\[])"
)
_SPACED = re.compile(
    r"^(?:Directed by|Produced by|Starring|Music by|Running time|Budget|Box office|Born) \S"
)


def detect_rendering(source: SourceText, blocks: tuple[Block, ...]) -> str:
    """``html``, ``key-colon``, ``pipe-table``, ``label-glued`` or ``label-space`` (the default)."""
    if source.format == "html":
        return "html"
    lines = source.lines[:400]
    first = next((line.strip() for line in lines if line.strip()), "")
    key_colon = sum(1 for line in lines if _KEY_COLON_ROW.match(line))
    if _KEY_COLON_TITLE.match(first) or key_colon >= 3:
        return "key-colon"
    if any(_PIPE_RULE.match(line) for line in lines):
        return "pipe-table"
    glued = sum(1 for line in lines if _GLUED.match(line))
    spaced = sum(1 for line in lines if _SPACED.match(line))
    if glued >= 2 and glued >= spaced:
        return "label-glued"
    return "label-space"
