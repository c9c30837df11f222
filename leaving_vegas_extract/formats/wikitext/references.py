"""References, further reading and notes, from the footnotes ``refs`` numbered.

A ref's body is a citation template (fields by name), a short citation (``{{harvnb}}``, linked to
its full citation in the bibliography when one matches), or free text, read by the shared
free-text citation reader (``parts/references``). ``{{sfn}}`` notes are references of their own
in the same numbering. Cite templates listed under "Sources", "Works cited", "Bibliography" or
"Further reading" are ``further_reading``; ``{{efn}}`` and ``<ref group=...>`` are ``notes``.
"""

from __future__ import annotations

import re

from leaving_vegas_extract.formats.wikitext.cite import (
    cite_fields,
    cite_text,
    is_cite,
    short_fields,
)
from leaving_vegas_extract.formats.wikitext.page import WikiPage, page_of
from leaving_vegas_extract.formats.wikitext.refs import Entry
from leaving_vegas_extract.formats.wikitext.render import Renderer
from leaving_vegas_extract.formats.wikitext.scan import (
    HEADING_LEAD,
    line_matches,
    names_pattern,
    template_parts,
)
from leaving_vegas_extract.formats.wikitext.vocab import BIBLIOGRAPHY, REFLISTS
from leaving_vegas_extract.model.article import Author, Diagnostic, Lines, Note, Reference
from leaving_vegas_extract.normalize.text import strip_markers
from leaving_vegas_extract.parts.references.citation import parse_citation
from leaving_vegas_extract.parts.references.notes import damage, reference
from leaving_vegas_extract.source.context import Context, PartResult

_HEADING = re.compile(r"^(={1,6})(.+?)\1[ \t]*$", re.M)
_TEMPLATE = re.compile(r"\{\{\s*([^{}|]+?)\s*(?=[|}])")
_SHORT = frozenset({"harvnb", "harv", "harvp", "harvtxt", "harvard citation no brackets", "sfn"})
_LIST_TAG = re.compile(r"<references\s*/>", re.I)
_REFLIST = names_pattern(REFLISTS)
_INTERNAL = frozenset({"raw", "short", "unclosed"})  # keys of the reading, not Reference fields


def _templates(page: WikiPage, start: int, end: int) -> list[tuple[str, int, int]]:
    """Top-level templates in ``[start, end)``: (name, start, end)."""
    out: list[tuple[str, int, int]] = []
    at = start
    while (m := _TEMPLATE.search(page.text, at, end)) is not None:
        close = page.close(m.start())
        if close < 0 or close > end:
            at = m.end()
            continue
        out.append((" ".join(m.group(1).replace("_", " ").split()).casefold(), m.start(), close))
        at = close
    return out


def _key(fields: dict[str, object]) -> tuple[str, str] | None:
    people = fields.get("authors")
    issued = fields.get("issued")
    if not isinstance(people, list) or not people or not isinstance(issued, str):
        return None
    first = people[0]
    name = first.family or first.literal if isinstance(first, Author) else None
    return (name.casefold(), issued[:4]) if name else None


def _fields(
    page: WikiPage, start: int, end: int, cites: dict[int, dict[str, object]] | None = None
) -> dict[str, object] | None:
    """Fields of the first citation or short-citation template in a span, if any; a citation
    template's go into ``cites`` too when no template inside it could print otherwise in a
    ref's text (see ``Renderer.cites``)."""
    r = Renderer(page)
    for name, a, b in _templates(page, start, end):
        if is_cite(name) or name in _SHORT:
            inner = page.text[a + 2 : b - 2]
            _, params = template_parts(inner, a + 2)
            fields = cite_fields(r, params) if is_cite(name) else short_fields(r, params)
            if cites is not None and params and is_cite(name) and "{{" not in inner:
                cites[params[0].start] = fields
            fields["short"] = not is_cite(name)
            return fields
    for at, code in page.guarded.changes:
        # A citation template never closed inside this ref: the guard took its braces; read it
        # to the ref's end, as the page's author meant it.
        if code == "template-unclosed" and start <= at < end:
            name, params = template_parts(page.text[at + 2 : end], at + 2)
            if is_cite(name):
                fields = cite_fields(r, params)
                fields["unclosed"] = True
                return fields
    return None


def _model(
    number: int, backlinks: int, raw: str, fields: dict[str, object], lines: Lines
) -> Reference:
    data = {k: v for k, v in fields.items() if k not in _INTERNAL}
    return Reference(number=number, backlinks=backlinks, raw=raw, lines=lines, **data)


class _Refs:
    def __init__(self, page: WikiPage) -> None:
        self.page = page
        self.full: dict[tuple[str, str], dict[str, object]] = {}
        self.diags: list[Diagnostic] = []
        self.cites: dict[int, dict[str, object]] = {}

    def linked(self, fields: dict[str, object]) -> dict[str, object]:
        """A short citation filled from its full citation (pages stay its own)."""
        key = _key(fields)
        full = self.full.get(key) if key else None
        if full is None:
            return fields
        merged = {k: v for k, v in full.items() if k != "pages" and k not in _INTERNAL}
        merged.update({k: v for k, v in fields.items() if k == "pages" or k in _INTERNAL})
        return merged

    def entry(self, entry: Entry) -> Reference:
        page = self.page
        if entry.sfn is not None:
            start, end = entry.span
            fields = _fields(page, start, end) or {}
            raw = str(fields.get("raw", ""))
            return _model(
                entry.number, entry.backlinks, raw, self.linked(fields), page.lines_of(start, end)
            )
        if entry.body is None:
            lines = page.lines_of(*entry.span)
            self.diags.append(
                Diagnostic(
                    severity="warning",
                    code="ref-undefined",
                    message=f"ref {entry.name!r} is used but never defined",
                    lines=lines,
                )
            )
            return Reference(number=entry.number, backlinks=entry.backlinks, raw="", lines=lines)
        start, end = entry.body
        lines = page.lines_of(start, end)
        found = _fields(page, start, end, self.cites)
        shown = Renderer(page, show_cites=True, cites=self.cites).text(start, end)
        rendered = " ".join(shown.split())
        if found is not None:
            fields = self.linked(found) if found.get("short") else found
            if found.get("unclosed"):
                raw = cite_text(fields)
            elif found.get("short") and not rendered:
                raw = str(fields.get("raw"))
            else:
                raw = rendered
            return _model(entry.number, entry.backlinks, raw or cite_text(fields), fields, lines)
        citation = parse_citation(rendered)
        self.diags.extend(damage(f"note {entry.number}", citation, rendered, lines))
        return reference(entry.number, entry.backlinks, rendered, citation, lines)


def _bibliography(page: WikiPage) -> list[tuple[int, int]]:
    """Spans of the sections whose list is a bibliography."""
    heads = list(line_matches(_HEADING, page.text, HEADING_LEAD))
    spans: list[tuple[int, int]] = []
    for index, m in enumerate(heads):
        if " ".join(m.group(2).split()).casefold() in BIBLIOGRAPHY:
            end = heads[index + 1].start() if index + 1 < len(heads) else len(page.text)
            spans.append((m.end(), end))
    return spans


def _further(page: WikiPage, refs: _Refs) -> tuple[list[Reference], list[tuple[Lines, str]]]:
    items: list[Reference] = []
    claims: list[tuple[Lines, str]] = []
    r = Renderer(page)
    for start, end in _bibliography(page):
        for name, a, b in _templates(page, start, end):
            if not is_cite(name):
                continue
            _, params = template_parts(page.text[a + 2 : b - 2], a + 2)
            fields = cite_fields(r, params)
            lines = page.lines_of(a, b)
            line_start = page.text.rfind("\n", 0, a) + 1
            lines = (page.line_of(line_start), lines[1])
            if (key := _key(fields)) is not None:
                refs.full.setdefault(key, fields)
            items.append(_model(len(items) + 1, 1, cite_text(fields), fields, lines))
            claims.append((lines, "further_reading"))
    return items, claims


def _list_claims(page: WikiPage) -> list[tuple[Lines, str]]:
    claims = [(page.lines_of(a, b), "references") for a, b in page.refs.lists] if page.refs else []
    for m in _REFLIST.finditer(page.text):
        if (end := page.close(m.start())) > 0:
            claims.append((page.lines_of(m.start(), end), "references"))
    for m in _LIST_TAG.finditer(page.text):
        claims.append((page.lines_of(m.start(), m.end()), "references"))
    return claims


def _notes(page: WikiPage) -> list[Note]:
    out: list[Note] = []
    r = Renderer(page)
    for note in page.refs.notes if page.refs else []:
        text, cites = strip_markers(" ".join(r.text(*note.body).split()))
        lines = page.lines_of(*note.body)
        out.append(
            Note(group=note.group, label=note.label, text=text, citations=cites, lines=lines)
        )
    return out


def parse(ctx: Context) -> PartResult | None:
    """References in rendered numbering, further reading, notes; claims the lists' lines."""
    page = page_of(ctx)
    refs = _Refs(page)
    further, claims = _further(page, refs)
    entries = page.refs.entries if page.refs else []
    references = [refs.entry(e) for e in entries]
    claims.extend(_list_claims(page))
    values = {"references": references, "further_reading": further, "notes": _notes(page)}
    return PartResult(values=values, claims=tuple(claims), diagnostics=tuple(refs.diags))
