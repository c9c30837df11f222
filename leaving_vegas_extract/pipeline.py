"""The pipeline: source text → blocks → parts (in registry order) → validated Article."""

from __future__ import annotations

import re
from collections.abc import Sequence

from leaving_vegas_extract import __version__
from leaving_vegas_extract.formats.text.rendering import detect_rendering
from leaving_vegas_extract.model.article import (
    Article,
    Extractor,
    Lines,
    deferred_validation,
)
from leaving_vegas_extract.model.build import build_article
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.registry import parts_for
from leaving_vegas_extract.source.context import Context, Part
from leaving_vegas_extract.source.document import SourceText, is_blank
from leaving_vegas_extract.source.segmenter import segment

EXTRACTOR = Extractor(name="leaving-vegas-extract", version=__version__)
# The pipeline's own values go to the Article's one validation as plain dicts (validated exactly as
# the models would be): an assembled model costs its __init__ and a re-validation of the
# instance, a dict neither, and these are built for every article whatever it holds.
_EXTRACTOR = {"name": EXTRACTOR.name, "version": EXTRACTOR.version}
_UNCLAIMED = "lines no part could place (kept in coverage.unclaimed)"


def _coverage(source: SourceText, ctx: Context) -> tuple[int, int, list[Lines]]:
    """Every non-blank line is claimed or listed as unclaimed (in runs): the non-blank lines,
    the claimed ones, and the unclaimed runs."""
    owner = ctx.claims.owner
    total = claimed = 0
    runs: list[Lines] = []
    for number, line in enumerate(source.lines, source.first_line):
        if not line or line.isspace():  # is_blank, inlined: this runs for every line
            continue
        total += 1
        if number in owner:
            claimed += 1
        elif runs and runs[-1][1] == number - 1:
            runs[-1] = (runs[-1][0], number)
        else:
            runs.append((number, number))
    return total, claimed, runs


def _unclaimed_diagnostics(runs: list[Lines]) -> list[dict[str, object]]:
    """A :class:`Diagnostic`'s fields for each unclaimed run."""
    return [
        {"severity": "warning", "code": "unclaimed-lines", "message": _UNCLAIMED, "lines": run}
        for run in runs
    ]


def run_parts(ctx: Context, parts: Sequence[Part]) -> None:
    """Run each part in order, folding its result into the context."""
    for part in parts:
        result = part(ctx)
        if result is not None:
            ctx.merge(result)


def extract_source(source: SourceText, options: ExtractOptions | None = None) -> Article:
    """Extract one decoded article into a validated :class:`Article`."""
    return extract_claimed(source, options)[0]


def extract_claimed(
    source: SourceText, options: ExtractOptions | None = None
) -> tuple[Article, dict[int, str]]:
    """The article, and which part claimed each line (line number to part name).

    The owners are not in the Article (its JSON lists only what stays unclaimed); the review page
    tints each source line by them.
    """
    options = options or ExtractOptions()
    blocks = segment(source.lines, source.first_line)
    if source.format == "wikitext":
        rendering = "mediawiki"
    else:
        rendering = options.rendering or detect_rendering(source, blocks)
    ctx = Context(source=source, blocks=blocks, options=options, rendering=rendering)
    ctx.diagnostics.extend(source.diagnostics)
    # Parts assemble their models unvalidated; the Article below validates them all in one pass.
    with deferred_validation():
        run_parts(ctx, parts_for(source.format, rendering))
    total, claimed, unclaimed = _coverage(source, ctx)
    diagnostics: list[object] = [*ctx.diagnostics, *_unclaimed_diagnostics(unclaimed)]
    # Taken out of the context, so build_article can drop each part of a large article once it
    # is validated.
    values = {k: ctx.values.pop(k) for k in list(ctx.values) if not k.startswith("_")}
    if "title" not in values:
        infobox = values.get("infobox")
        values["title"] = infobox.name if infobox is not None else _fallback_title(source)
    values["extractor"] = _EXTRACTOR
    values["source"] = {
        "path": source.path,
        "format": source.format,
        "rendering": rendering,
        "sha256": source.sha256,
        "bytes": source.size,
    }
    values["diagnostics"] = diagnostics
    values["coverage"] = {"lines_total": total, "lines_claimed": claimed, "unclaimed": unclaimed}
    del diagnostics, unclaimed
    return build_article(values, source.size), ctx.claims.owner


# An opening sentence's subject: the words before its first bracket or its "is"/"was".
_SUBJECT = re.compile(r"(?P<subject>[^\W\d_][^(),.]{0,80}?)(?: \(| (?:is|was|are|were) )")
_SUBJECT_WORDS = 8
_SENTENCE_CHARS = 120


def _fallback_title(source: SourceText) -> str:
    """The first line of a page with no title and no named box; when that line is a sentence
    (the lead, on a page printing no title), the sentence's subject or nothing: a sentence is
    no title."""
    for line in source.lines:
        if not is_blank(line):
            text = line.strip()
            if not text.endswith((".", "!", "?")) and len(text) <= _SENTENCE_CHARS:
                return text[:200]
            m = _SUBJECT.match(text)
            subject = m.group("subject").strip() if m is not None else ""
            return subject if len(subject.split()) <= _SUBJECT_WORDS else ""
    return ""
