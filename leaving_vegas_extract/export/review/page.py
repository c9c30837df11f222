"""One review page: the source lines on the left, the article on the right, one static HTML file."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from leaving_vegas_extract.export.review import assets, infobox, parts
from leaving_vegas_extract.export.review.values import Change, Values, esc, shown
from leaving_vegas_extract.model.article import Article, Lines
from leaving_vegas_extract.source.document import is_blank

SEVERITIES = ("error", "warning", "info")
_RANK = {s: i for i, s in enumerate(SEVERITIES)}


@dataclass(frozen=True, slots=True)
class Golden:
    """What the page compares with: the golden file's name, and the changes (None: no file)."""

    path: str
    changes: tuple[Change, ...] | None


def _diagnosed(article: Article) -> dict[int, str]:
    """Line number to the gravest severity of a diagnostic on it."""
    worst: dict[int, str] = {}
    for d in article.diagnostics:
        if d.lines is None:
            continue
        for n in range(d.lines[0], d.lines[1] + 1):
            if n not in worst or _RANK[d.severity] < _RANK[worst[n]]:
                worst[n] = d.severity
    return worst


def source_html(lines: Sequence[str], owners: Mapping[int, str], article: Article) -> str:
    """Each source line, numbered, tinted by its owner; unclaimed and diagnosed lines marked."""
    worst = _diagnosed(article)
    out = []
    for n, text in enumerate(lines, 1):
        owner = owners.get(n)
        classes = ["ln"]
        attrs = ""
        if owner is not None:
            classes.append(assets.part_class(owner))
            attrs = f' data-part="{esc(owner)}"'
        elif not is_blank(text):
            classes.append("unc")
        if n in worst:
            classes += ["dg", f"dg-{worst[n]}"]
        out.append(
            f'<div id="L{n}" class="{" ".join(classes)}" data-n="{n}"{attrs}>'
            f'<span class="no">{n}</span><span class="tx">{esc(text)}</span></div>'
        )
    return "".join(out)


def _runs(owners: Mapping[int, str], part: str) -> list[Lines]:
    runs: list[Lines] = []
    for n in sorted(k for k, v in owners.items() if v == part):
        if runs and runs[-1][1] == n - 1:
            runs[-1] = (runs[-1][0], n)
        else:
            runs.append((n, n))
    return runs


def _envelope(values: Values, article: Article, owners: Mapping[int, str]) -> str:
    env = article.envelope
    facts = [
        (k, getattr(env, k))
        for k in ("article_id", "title", "author", "language", "publisher", "reproduction_date")
    ]
    facts += [("subjects", "; ".join(env.subjects)), ("collections", "; ".join(env.collections))]
    facts += list(env.extra.items())
    rows = "".join(f"<dt>{esc(k)}</dt><dd>{esc(v)}</dd>" for k, v in facts if v)
    if not rows:
        return '<p class="empty">none</p>'
    return values.value(
        "dl", rows, label="Envelope", pointers=["/envelope"], lines=_runs(owners, "envelope")
    )


def _counts(article: Article) -> Counter[str]:
    return Counter(d.severity for d in article.diagnostics)


def _header(article: Article, golden: Golden | None, owners: Mapping[int, str]) -> str:
    cov = article.coverage
    pct = 100.0 * cov.lines_claimed / cov.lines_total if cov.lines_total else 100.0
    counts = _counts(article)
    stats = [f"<span>coverage {cov.lines_claimed}/{cov.lines_total} lines ({pct:.1f}%)</span>"]
    stats += [f"<span class=sev-{s}>{counts.get(s, 0)} {s}</span>" for s in SEVERITIES]
    if golden is not None:
        n = "no golden file" if golden.changes is None else f"{len(golden.changes)} changed"
        stats.append(f"<span>golden {esc(golden.path)}: {n}</span>")
    tally = Counter(owners.values())
    legend = "".join(
        f'<span class="{assets.part_class(p)}">{esc(p)} {tally[p]}</span>' for p in sorted(tally)
    )
    legend += (
        '<span class="ln unc">unclaimed</span><span class="ln dg dg-warning">diagnostic</span>'
    )
    src = article.source
    meta = f"{src.path or '(no path)'} · {src.format} · {src.rendering}"
    return (
        f"<header><h1>{esc(article.title)}</h1><div class=meta>{esc(meta)}</div>"
        f"<div class=stats>{''.join(stats)}</div><div class=legend>{legend}</div></header>"
    )


def _golden_panel(values: Values, golden: Golden | None) -> str:
    if golden is None or golden.changes is None:
        return ""
    if not golden.changes:
        return "<h2>Golden</h2><p>Same as the golden file.</p>"
    placed = values.placed
    rows = []
    for i, (pointer, old, new) in enumerate(golden.changes):
        where = placed.get(i)
        link = f'<button type="button" data-go="{where}">show</button>' if where else "(not shown)"
        rows.append(
            f"<tr><td><code>{esc(pointer)}</code></td><td><del>{esc(shown(old))}</del></td>"
            f"<td><ins>{esc(shown(new))}</ins></td><td>{link}</td></tr>"
        )
    return (
        f"<h2 id=changes>Changes from the golden file ({len(rows)})</h2><table><thead><tr>"
        "<th>Pointer</th><th>Golden</th><th>Now</th><th></th></tr></thead>"
        f"<tbody>{''.join(rows)}</tbody></table>"
    )


def _article(values: Values, article: Article, owners: Mapping[int, str]) -> str:
    box = article.infobox
    blocks = [
        ("Infobox", infobox.infobox_html(values, box, "/infobox") if box else None),
        ("Release dates", infobox.dates_html(values, box) if box else None),
        ("Money", infobox.money_html(values, box) if box else None),
        ("Lead", parts.lead_html(values, article.lead)),
        ("Sections", parts.outline_html(values, article.sections)),
        ("Awards", parts.awards_html(values, article.awards)),
        ("Soundtrack", parts.soundtrack_html(values, article.soundtrack)),
        ("References", parts.references_html(values, article.references, "/references")),
        (
            "Further reading",
            parts.references_html(values, article.further_reading, "/further_reading"),
        ),
    ]
    for i, other in enumerate(article.other_infoboxes):
        blocks.append(
            (f"Other infobox {i + 1}", infobox.infobox_html(values, other, f"/other_infoboxes/{i}"))
        )
    blocks.append(("Envelope", _envelope(values, article, owners)))
    blocks.append(("Diagnostics", parts.diagnostics_html(values, article.diagnostics)))
    return "".join(
        f'<section id="{esc(title.lower().replace(" ", "-"))}"><h2>{esc(title)}</h2>'
        f"{body}</section>"
        for title, body in blocks
        if body is not None
    )


def review_page(
    article: Article,
    lines: Sequence[str],
    owners: Mapping[int, str],
    golden: Golden | None = None,
) -> str:
    """The whole page as HTML text: self-contained, no network, article text escaped."""
    notes = {r.number: r.lines for r in article.references}
    values = Values(golden.changes or () if golden else (), notes)
    body = _article(values, article, owners)
    panel = _golden_panel(values, golden)
    info = (
        '<div id="info" aria-live="polite">Click a value (or Tab to it and press Enter) to light '
        "its source lines; click a line (or focus the source and use the arrows and Enter) to "
        "see which values came from it.</div>"
    )
    return (
        "<!DOCTYPE html>\n<html lang=en><head><meta charset=utf-8>"
        f'<meta http-equiv="Content-Security-Policy" content="{assets.csp(assets.SCRIPT)}">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{esc(article.title)} – review</title>"
        f"<style>{assets.CSS}{assets.part_css(sorted(set(owners.values())))}</style></head><body>"
        f"{_header(article, golden, owners)}<main>"
        f'<div id="src" tabindex="0" aria-label="source lines">'
        f"{source_html(lines, owners, article)}</div>"
        f'<div id="art">{info}{panel}{body}</div></main>'
        f"<script>{assets.SCRIPT}</script></body></html>\n"
    )
