"""Envelope: the mirror's header ("Article Id: ...") and footer (license), site chrome, the title.

Also fixes the body region (after the header and title, before the footer) for later parts.
"""

from __future__ import annotations

import re

from ..context import Context, PartResult
from ..document import Block
from ..models import Diagnostic, Envelope, Lines
from ..normalize.text import clean
from ..vocab.envelope import CHROME_LINES, FOOTER_OPENINGS, HEADER_KEYS, LIST_KEYS

_HEADER_LINE = re.compile(r"^([A-Z][A-Za-z ]{1,30}):(?:[ \u00a0]+(.*))?$")
_SENTENCE_END = re.compile(r"(?<=[a-z)])\.(?= |$)")


def _header_pairs(block: Block) -> list[tuple[int, str, str]] | None:
    """``(line, key, value)`` for a block made of ``Key: value`` lines, else None."""
    pairs: list[tuple[int, str, str]] = []
    for number, line in block.numbered():
        m = _HEADER_LINE.match(line.strip())
        if m is None:
            return None
        pairs.append((number, m.group(1), clean(m.group(2) or "")))
    if not any(key.casefold() in HEADER_KEYS for _, key, _ in pairs):
        return None
    return pairs


def _find_header(blocks: tuple[Block, ...]) -> tuple[int, int] | None:
    """Index range ``[first, last]`` of the consecutive header blocks near the top."""
    first = last = None
    for index, block in enumerate(blocks[:12]):
        if _header_pairs(block) is not None:
            if first is None:
                first = index
            last = index
        elif first is not None:
            break
    return None if first is None or last is None else (first, last)


def _envelope_fields(pairs: list[tuple[int, str, str]]) -> dict[str, object]:
    fields: dict[str, object] = {}
    extra: dict[str, str] = {}
    for _, key, value in pairs:
        name = HEADER_KEYS.get(key.casefold())
        if name is None:
            if value:
                extra[clean(key)] = value
        elif name in LIST_KEYS:
            fields[name] = [item for item in (clean(v) for v in value.split(",")) if item]
        else:
            fields[name] = value or None
    if extra:
        fields["extra"] = extra
    return fields


def _find_footer(ctx: Context) -> int | None:
    """First line of the mirror's footer."""
    lines = ctx.source.lines
    # Footers are a few lines long: look only near the end, so prose can never start one.
    for index in range(max(0, len(lines) - 40), len(lines)):
        if lines[index].lstrip().casefold().startswith(FOOTER_OPENINGS):
            return index + 1
    return None


def _license_sentence(line: str) -> str:
    text = clean(line)
    m = _SENTENCE_END.search(text, text.find("icense") if "icense" in text else 0)
    return text[: m.end()] if m else text


def parse(ctx: Context) -> PartResult:
    """Header, footer, chrome and title of a mirror dump."""
    blocks = ctx.blocks
    claims: list[tuple[Lines, str]] = []
    diagnostics: list[Diagnostic] = []
    fields: dict[str, object] = {}
    header = _find_header(blocks)
    top_end = blocks[header[0]].start if header else 0
    title: str | None = None
    body_start = blocks[header[1] + 1].start if header and header[1] + 1 < len(blocks) else 1
    if header:
        for block in blocks[header[0] : header[1] + 1]:
            fields.update(_envelope_fields(_header_pairs(block) or []))
            claims.append((block.span, "envelope"))
    for block in blocks:
        if block.start >= top_end:
            break
        for number, line in block.numbered():
            text = clean(line)
            if text.casefold() in CHROME_LINES:
                claims.append(((number, number), "chrome"))
            else:
                title = text
                claims.append(((number, number), "title"))
    footer = _find_footer(ctx)
    body_end = len(ctx.source.lines)
    if footer is not None:
        fields["license"] = _license_sentence(ctx.source.line(footer))
        claims.append(((footer, len(ctx.source.lines)), "footer"))
        body_end = footer - 1
    title = title or _str(fields.get("title"))
    if header is None and blocks:
        # No mirror header: a short first line is the page title (other mirrors print it so).
        first = blocks[0]
        text = clean(first.lines[0])
        if _looks_like_title(text):
            title = text.strip("= ").strip() if text.startswith("=") else text
            claims.append(((first.start, first.start), "title"))
            body_start = first.start + 1
    # The title printed again after the header is the page heading, not prose.
    if title:
        for block in blocks:
            if block.start < body_start:
                continue
            if len(block.lines) == 1 and clean(block.lines[0]) == title:
                claims.append((block.span, "title"))
                body_start = block.end + 1
            break
    envelope = Envelope.model_validate(fields)
    values: dict[str, object] = {"envelope": envelope, "_body": (body_start, body_end)}
    if title:
        values["title"] = title
    if not header:
        diagnostics.append(
            Diagnostic(severity="info", code="no-envelope", message="no mirror header found")
        )
    return PartResult(values=values, claims=tuple(claims), diagnostics=tuple(diagnostics))


def _looks_like_title(text: str) -> bool:
    if not text or "|" in text or len(text) > 120 or text.endswith((".", ":", ";", ",")):
        return False
    return (len(text.split()) <= 14 and text[0].isupper()) or text.startswith("= ")


def _str(value: object) -> str | None:
    return value if isinstance(value, str) and value else None
