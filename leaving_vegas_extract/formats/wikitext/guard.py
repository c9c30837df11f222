"""Make a page's wikitext safe to match, without moving a single offset.

Comments become spaces (newlines kept), templates nested deeper than a reader could follow lose
their braces, and a template left open inside a ``<ref>`` loses its opening braces so that it
cannot swallow the infobox around it. Every change keeps the text's length, so an offset in the
guarded text is the same offset in the source, and so the same input line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

MAX_DEPTH = 40  # real pages nest templates a few levels deep; 40 is far beyond any of them

_COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
_BRACES = re.compile(r"\{\{|\}\}")
_PAIRS = re.compile(r"\{\{|\}\}|\[\[|\]\]")
_REF_BODY = re.compile(r"<ref\b[^>/]*>(.*?)</ref\s*>", re.S | re.I)


@dataclass(slots=True)
class Guarded:
    """The guarded text and what was changed (``(offset, code)`` pairs, for diagnostics)."""

    text: str
    changes: list[tuple[int, str]] = field(default_factory=list)
    comments: list[tuple[int, int]] = field(default_factory=list)
    # Each kept "{{" or "[[" offset to the offset just after its closing pair: found once here,
    # so no later reader scans forward for a closing brace again.
    pairs: dict[int, int] = field(default_factory=dict)


def _blank(s: str) -> str:
    return "".join("\n" if c == "\n" else " " for c in s)


def _blank_comments(text: str, out: Guarded) -> str:
    if "<!--" not in text:
        return text
    pieces: list[str] = []
    last = 0
    for m in _COMMENT.finditer(text):
        pieces.append(text[last : m.start()])
        pieces.append(_blank(m.group()))
        out.comments.append(m.span())
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _flatten_deep(text: str, out: Guarded) -> str:
    """Braces and brackets nested deeper than ``MAX_DEPTH``, or never closed, become spaces.

    MediaWiki prints an unclosed ``{{`` or ``[[`` as text; here it goes, so that no later scan
    runs to the end of the page from it (one diagnostic for each kind of change).
    """
    stacks: dict[str, list[int]] = {"{{": [], "[[": []}
    # A token's first character tells opener from closer and which stack it belongs to.
    openers = {"{": stacks["{{"], "[": stacks["[["]}
    closers = {"}": stacks["{{"], "]": stacks["[["]}
    pairs = out.pairs
    blank: list[int] = []
    deep = False
    for m in _PAIRS.finditer(text):
        at = m.start()
        stack = openers.get(text[at])
        if stack is not None:
            stack.append(at)
            if len(stack) > MAX_DEPTH:
                blank.append(at)
                deep = True
            continue
        stack = closers[text[at]]
        if not stack:
            continue
        if len(stack) > MAX_DEPTH:
            blank.append(at)
        pairs[stack.pop()] = at + 2
    blanked = set(blank)
    unclosed = [at for stack in stacks.values() for at in stack if at not in blanked]
    for at in blank:
        out.pairs.pop(at, None)
    if not blank and not unclosed:
        return text
    chars = list(text)
    for start in (*blank, *unclosed):
        chars[start] = chars[start + 1] = " "
    if deep:
        out.changes.append((blank[0], "nesting-too-deep"))
    if unclosed:
        out.changes.append((min(unclosed), "unclosed-markup"))
    return "".join(chars)


def _close_refs(text: str, out: Guarded) -> str:
    """A template opened and never closed inside a ``<ref>`` is neutralised (its ``{{``)."""
    chars: list[str] | None = None
    for m in _REF_BODY.finditer(text):
        body = m.group(1)
        if body.count("{{") <= body.count("}}"):
            continue
        opens: list[int] = []
        for b in _BRACES.finditer(body):
            if b.group() == "{{":
                opens.append(b.start())
            elif opens:
                opens.pop()
        if chars is None:
            chars = list(text)
        for start in opens:
            at = m.start(1) + start
            chars[at] = chars[at + 1] = " "
            out.changes.append((at, "template-unclosed"))
    return text if chars is None else "".join(chars)


def guard(source: str) -> Guarded:
    """The guarded copy of ``source`` (same length) and the changes made."""
    out = Guarded(text="")
    text = _blank_comments(source, out)
    if "<ref" in text and "{{" in text:
        text = _close_refs(text, out)
    if "{{" in text or "[[" in text:
        text = _flatten_deep(text, out)
    out.text = text
    return out
