"""Footnotes of a page, numbered as the page renders them (order of first use).

One pass over the guarded text (comments already blanked, so refs in comments never count):
``<ref>`` tags, ``{{sfn}}``-like templates and ``{{efn}}``-like notes, in document order. Refs
defined in a reference list (``{{Reflist|refs=...}}``, ``<references>...</references>``) count
only when invoked. Each use's span maps to the marker a reader sees (``[n]``), or to nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from leaving_vegas_extract.formats.wikitext.scan import (
    named,
    names_pattern,
    normal_name,
    positional,
    template_parts,
)
from leaving_vegas_extract.formats.wikitext.vocab import NOTE_TEMPLATES, REFLISTS, SFN_TEMPLATES
from leaving_vegas_extract.model.article import Diagnostic

if TYPE_CHECKING:
    from leaving_vegas_extract.formats.wikitext.page import WikiPage

_TEMPLATES = names_pattern(SFN_TEMPLATES | NOTE_TEMPLATES | REFLISTS).pattern
_TAG = re.compile(
    r"<ref\b([^>]*?)(/?)>|" + _TEMPLATES.replace("((?:", "(?P<t>(?:", 1) + r"|<references\b[^>]*>",
    re.I,
)
_CLOSE = re.compile(r"</ref\s*>|<ref\b", re.I)
# A name starts at a word's start: from inside a word, ``\w+`` would retry every start of a
# long word (quadratic) and find nothing the word's start did not.
_ATTR = re.compile(r"""(?<!\w)(\w+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'/>]+))""")
_END_REFERENCES = re.compile(r"</references\s*>", re.I)


@dataclass(slots=True)
class Entry:
    """A numbered footnote: its body (page span), name, uses, and sfn parameters if any."""

    number: int
    body: tuple[int, int] | None
    name: str | None = None
    backlinks: int = 1
    sfn: tuple[str, ...] | None = None
    span: tuple[int, int] = (0, 0)


@dataclass(slots=True)
class NoteEntry:
    """An explanatory note: its group, label, body span and the span of its use."""

    group: str
    label: str
    body: tuple[int, int]
    span: tuple[int, int]


@dataclass(slots=True)
class RefIndex:
    """Markers by use offset, numbered entries, notes, and the list-defined bodies' spans."""

    markers: dict[int, tuple[int, str]] = field(default_factory=dict)
    entries: list[Entry] = field(default_factory=list)
    notes: list[NoteEntry] = field(default_factory=list)
    lists: list[tuple[int, int]] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def _attrs(text: str) -> dict[str, str]:
    return {
        m.group(1).casefold(): m.group(2) or m.group(3) or m.group(4) or ""
        for m in _ATTR.finditer(text)
    }


def _letters(index: int) -> str:
    label = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        label = chr(97 + rest) + label
    return label


@dataclass(slots=True)
class _State:
    page: WikiPage
    out: RefIndex = field(default_factory=RefIndex)
    by_name: dict[str, Entry] = field(default_factory=dict)
    by_sfn: dict[tuple[str, ...], Entry] = field(default_factory=dict)
    defined: dict[str, tuple[int, int]] = field(default_factory=dict)
    groups: dict[str, int] = field(default_factory=dict)

    def new(self, body: tuple[int, int] | None, span: tuple[int, int]) -> Entry:
        entry = Entry(number=len(self.out.entries) + 1, body=body, span=span)
        self.out.entries.append(entry)
        return entry

    def note(self, group: str, body: tuple[int, int], span: tuple[int, int]) -> str:
        count = self.groups.get(group, 0)
        self.groups[group] = count + 1
        label = _letters(count) if group == "efn" else str(count + 1)
        self.out.notes.append(NoteEntry(group, label, body, span))
        return label


def _ref_end(text: str, m: re.Match[str], state: _State) -> tuple[int, tuple[int, int] | None]:
    """The end of the ref starting at ``m`` and its body span; an unclosed one ends its line."""
    if m.group(2):
        return m.end(), None
    close = _CLOSE.search(text, m.end())
    if close is not None and close.group().lower().startswith("</ref"):
        body = (m.end(), close.start())
        return close.end(), body if text[m.end() : close.start()].strip() else None
    eol = text.find("\n", m.end())
    eol = len(text) if eol < 0 else eol
    state.out.diagnostics.append(
        Diagnostic(
            severity="warning",
            code="ref-unclosed",
            message="a <ref> is never closed; it was ended at the end of its line",
            lines=(state.page.line_of(m.start()), state.page.line_of(m.start())),
        )
    )
    return eol, (m.end(), eol)


def _ref(m: re.Match[str], state: _State, in_list: bool) -> int:
    text = state.page.text
    end, body = _ref_end(text, m, state)
    attrs = _attrs(m.group(1))
    name = attrs.get("name") or None
    if in_list:
        if name and body:
            state.defined.setdefault(name, body)
        return end
    group = attrs.get("group", "").strip()
    if group:
        if body:
            state.note(group, body, (m.start(), end))
            state.out.markers[m.start()] = (end, "")
        return end
    entry = state.by_name.get(name) if name else None
    if entry is None:
        entry = state.new(body, (m.start(), end))
        if name:
            entry.name = name
            state.by_name[name] = entry
    else:
        entry.backlinks += 1
        if entry.body is None and body:
            entry.body = body
    state.out.markers[m.start()] = (end, f"[{entry.number}]")
    return end


def _template(m: re.Match[str], state: _State) -> int:
    text = state.page.text
    name = normal_name(m.group("t"))
    if name not in SFN_TEMPLATES and name not in NOTE_TEMPLATES and name not in REFLISTS:
        return m.end()
    end = state.page.close(m.start())
    if end < 0:
        return m.end()
    inner_start = m.start() + 2
    _, params = template_parts(text[inner_start : end - 2], inner_start)
    if name in REFLISTS:
        if any(p.name in ("refs", "references") for p in params):
            state.out.lists.append((m.start(), end))
            _scan(state, m.start() + 2, end - 2, in_list=True)
            return end
        return end
    if name in SFN_TEMPLATES:
        key = tuple(" ".join(p.value.split()) for p in positional(params)) + tuple(
            f"{p.name}={' '.join(p.value.split())}" for p in params if p.name is not None
        )
        entry = state.by_sfn.get(key)
        if entry is None:
            entry = state.new(None, (m.start(), end))
            entry.sfn = key
            state.by_sfn[key] = entry
        else:
            entry.backlinks += 1
        state.out.markers[m.start()] = (end, f"[{entry.number}]")
        return end
    body = positional(params)[:1] or [p for p in params if p.name in ("1", "text")]
    if body:
        value = body[0]
        group = named(params).get("group")
        state.note(
            group.value.strip() if group else "efn",
            (value.offset, value.offset + len(value.value)),
            (m.start(), end),
        )
        state.out.markers[m.start()] = (end, "")
        # Refs inside the note are numbered where the note is used.
        _scan(state, value.offset, value.offset + len(value.value), in_list=False)
    return end


def _scan(state: _State, start: int, stop: int, *, in_list: bool) -> None:
    text = state.page.text
    at = start
    while True:
        m = _TAG.search(text, at, stop)
        if m is None:
            return
        token = m.group()
        if token.startswith("<references"):
            close = _END_REFERENCES.search(text, m.end(), stop)
            if close is None or token.endswith("/>"):
                at = m.end()
                continue
            state.out.lists.append((m.start(), close.end()))
            _scan(state, m.end(), close.start(), in_list=True)
            at = close.end()
        elif token.startswith("<"):
            at = _ref(m, state, in_list)
        else:
            at = _template(m, state) if not in_list else m.end()


def index_refs(page: WikiPage) -> RefIndex:
    """Number the page's footnotes; list-defined bodies fill the named refs that invoke them."""
    state = _State(page)
    if "<ref" in page.text or "{{" in page.text:
        _scan(state, 0, len(page.text), in_list=False)
    for entry in state.out.entries:
        if entry.body is None and entry.name and entry.name in state.defined:
            entry.body = state.defined[entry.name]
    unused = set(state.defined) - set(state.by_name)
    for name in sorted(unused):
        start = state.defined[name][0]
        state.out.diagnostics.append(
            Diagnostic(
                severity="info",
                code="ref-unused",
                message=f"list-defined ref {name!r} is never used (not a reference)",
                lines=(page.line_of(start), page.line_of(start)),
            )
        )
    return state.out
