"""The other parts as a reader wants them: outline, awards, tracks, references, diagnostics."""

from __future__ import annotations

from collections.abc import Sequence

from leaving_vegas_extract.export.review.values import Values, esc
from leaving_vegas_extract.model.article import (
    Award,
    Diagnostic,
    Paragraph,
    Reference,
    Section,
    Soundtrack,
)
from leaving_vegas_extract.parts.soundtrack.build import read_disc

_EXCERPT = 140


def _excerpt(text: str) -> str:
    return text if len(text) <= _EXCERPT else text[: _EXCERPT - 1] + "…"


def _paragraph(values: Values, pointer: str, paragraph: Paragraph, where: str) -> str:
    return values.value(
        "li",
        esc(_excerpt(paragraph.text)),
        label=f"{where}: paragraph",
        pointers=[pointer],
        lines=[paragraph.lines],
        cites=paragraph.citations,
        css="para",
    )


def lead_html(values: Values, lead: Sequence[Paragraph]) -> str:
    """The lead's paragraphs (excerpts), each on its lines."""
    items = [_paragraph(values, f"/lead/{i}", p, "Lead") for i, p in enumerate(lead)]
    return f"<ul class=outline>{''.join(items)}</ul>" if items else '<p class="empty">none</p>'


def _section(values: Values, pointer: str, section: Section) -> str:
    title = f"{section.number} {section.title}" if section.number else section.title
    own = [f"{pointer}/{key}" for key in ("number", "title", "level", "lines")]
    head = values.value(
        "span", esc(title), label=f"Section {title}", pointers=own, lines=[section.lines]
    )
    paragraphs = [
        _paragraph(values, f"{pointer}/paragraphs/{i}", p, title)
        for i, p in enumerate(section.paragraphs)
    ]
    children = [
        _section(values, f"{pointer}/sections/{i}", s) for i, s in enumerate(section.sections)
    ]
    inner = "".join(paragraphs) + (f"<ol>{''.join(children)}</ol>" if children else "")
    return f"<li>{head}" + (f"<ul>{inner}</ul>" if inner else "") + "</li>"


def outline_html(values: Values, sections: Sequence[Section]) -> str:
    """The section tree with each section's paragraphs (excerpts)."""
    if not sections:
        return '<p class="empty">none</p>'
    items = [_section(values, f"/sections/{i}", s) for i, s in enumerate(sections)]
    return f"<ol class=outline>{''.join(items)}</ol>"


def _table(values: Values, head: Sequence[str], rows: list[str]) -> str:
    if not rows:
        return '<p class="empty">none</p>'
    extra = "<th>golden → now</th>" if values.changes else ""
    cells = "".join(f"<th>{esc(h)}</th>" for h in head)
    return f"<table><thead><tr>{cells}{extra}</tr></thead><tbody>{''.join(rows)}</tbody></table>"


def _cells(*texts: object) -> str:
    return "".join(f"<td>{esc(t) if t is not None else ''}</td>" for t in texts)


def awards_html(values: Values, awards: Sequence[Award]) -> str:
    """One table row per award row."""
    rows = [
        values.value(
            "tr",
            _cells(a.award, a.category, ", ".join(a.recipients), a.result, a.year),
            label=f"Award: {a.award}" + (f" – {a.category}" if a.category else ""),
            pointers=[f"/awards/{i}"],
            lines=[a.lines],
        )
        for i, a in enumerate(awards)
    ]
    return _table(values, ("Award", "Category", "Recipients", "Result", "Year"), rows)


def _length(seconds: int | None) -> str | None:
    return None if seconds is None else f"{seconds // 60}:{seconds % 60:02d}"


def _disc_name(number: int, headline: str | None) -> str:
    """A disc's heading: its headline alone when that is its disc label ("Disc 1", "Side A"),
    else its number and headline ("Disc 3: Bonus tracks")."""
    if headline and read_disc(headline) == number:
        return headline
    return f"Disc {number}" + (f": {headline}" if headline else "")


def soundtrack_html(values: Values, album: Soundtrack | None) -> str:
    """The album line and one table row per track, under a row per disc when there are several."""
    if album is None:
        return '<p class="empty">none</p>'
    facts = [
        f"title: {album.title}" if album.title else "",
        f"released: {album.release_date}" if album.release_date else "",
        f"default writers: {', '.join(album.default_writers)}" if album.default_writers else "",
        f"total: {_length(album.total_length_seconds)}" if album.total_length_seconds else "",
    ]
    head = values.value(
        "p",
        esc("; ".join(f for f in facts if f) or "Soundtrack"),
        label="Soundtrack",
        pointers=[f"/soundtrack/{k}" for k in ("title", "release_date", "default_writers")],
        lines=[album.lines],
    )
    discs = {d.number: (j, d) for j, d in enumerate(album.discs)}
    rows = []
    shown: set[int] = set()
    for i, t in enumerate(album.tracks):
        if t.disc in discs and t.disc not in shown:
            # A heading row above each listing of an album with several: its number, headline.
            shown.add(t.disc)
            j, disc = discs[t.disc]
            name = _disc_name(disc.number, disc.headline)
            rows.append(
                values.value(
                    "tr",
                    f'<td colspan="5" class="disc">{esc(name)}</td>',
                    label=name,
                    pointers=[f"/soundtrack/discs/{j}"],
                    lines=[disc.lines],
                )
            )
        performers = ", ".join(p.name + (f" as {p.role}" if p.role else "") for p in t.performers)
        title = t.title + (f" ({t.note})" if t.note else "")
        writers = ", ".join(t.writers) + (" (default)" if t.writers_from_default else "")
        rows.append(
            values.value(
                "tr",
                _cells(t.number, title, writers, performers, _length(t.length_seconds)),
                label=f"Track {t.number}: {t.title}",
                pointers=[f"/soundtrack/tracks/{i}"],
                lines=[t.lines],
            )
        )
    return head + _table(values, ("#", "Title", "Writers", "Performers", "Length"), rows)


def _reference(values: Values, pointer: str, ref: Reference) -> str:
    authors = "; ".join(
        a.literal or ", ".join(x for x in (a.family, a.given) if x) for a in ref.authors
    )
    fields = [
        ("authors", authors),
        ("title", ref.title),
        ("in", ref.container_title),
        ("publisher", ref.publisher),
        ("issued", ref.issued),
        ("pages", ref.pages),
        ("url", ref.url),
        ("doi", ref.doi),
        ("isbn", ref.isbn),
    ]
    parsed = "; ".join(f"{k}: {esc(v)}" for k, v in fields if v)
    inner = (
        f"<b>[{ref.number}]</b> <span class=typed>{parsed or '(nothing parsed)'}</span>"
        f"<div class=raw>{esc(_excerpt(ref.raw))}</div>"
    )
    return values.value(
        "li", inner, label=f"Note {ref.number}", pointers=[pointer], lines=[ref.lines]
    )


def references_html(values: Values, refs: Sequence[Reference], base: str) -> str:
    """Each note: its parsed fields, the raw text, its lines."""
    items = [_reference(values, f"{base}/{i}", r) for i, r in enumerate(refs)]
    return f"<ul class=refs>{''.join(items)}</ul>" if items else '<p class="empty">none</p>'


def diagnostics_html(values: Values, diagnostics: Sequence[Diagnostic]) -> str:
    """Every diagnostic, its severity, code and message, on its lines."""
    items = [
        values.value(
            "li",
            f"<span class=sev-{esc(d.severity)}>{esc(d.severity)}</span> <code>{esc(d.code)}</code>"
            f" {esc(d.message)}"
            + (f" <span class=raw>(lines {d.lines[0]}–{d.lines[1]})</span>" if d.lines else ""),
            label=f"Diagnostic {d.code}",
            pointers=[f"/diagnostics/{i}"],
            lines=[d.lines],
        )
        for i, d in enumerate(diagnostics)
    ]
    return f"<ul class=diags>{''.join(items)}</ul>" if items else '<p class="empty">none</p>'
