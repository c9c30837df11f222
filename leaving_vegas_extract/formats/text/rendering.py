"""Which flattened layout a dump was printed in, told from its content.

``key-colon``: a ``= Title =`` first line. ``pipe-table``: a markdown rule (``---|---|``) under a
table row, or three rows of known labels in cells (``Director | Ann Roe |``) with no rule.
``key-colon`` again: three ``- Key: value`` rows. Otherwise a vote over the lines that open with
a known infobox label: glued to a capital, digit or currency sign (``Directed byAnn``) against
spaced (``Directed by Ann``); ties go to ``label-space``, the seed's family. Mirrors mix joinings
within a box, so the row readers accept both whatever the vote says.
"""

from __future__ import annotations

from operator import itemgetter

from leaving_vegas_extract.formats.text.infobox.key_colon import key_row, page_title
from leaving_vegas_extract.formats.text.infobox.labels import match_label
from leaving_vegas_extract.formats.text.infobox.pipe_table import bare_table_at, is_rule
from leaving_vegas_extract.source.document import Block, SourceText

_SCAN = 400  # the box sits near the top; lines further down never change the answer
_MAX_ROW = 160  # a longer line is prose, not an infobox row
_KEY_ROWS = 3
_VOTES = 12  # labelled lines enough to tell the joining
_FIRST_CHAR = itemgetter(slice(0, 1))


def _vote(lines: tuple[str, ...]) -> str:
    glued = spaced = 0
    for line in lines:
        if len(line) > _MAX_ROW or not line[:1].isupper():
            continue
        m = match_label(line)
        if m is None or not m.rest.strip():
            continue
        if m.glued:
            glued += 1
        else:
            spaced += 1
        # Stop once the rest of the vote cannot change the answer: glued must outnumber spaced
        # within _VOTES votes.
        if glued + spaced >= _VOTES or 2 * spaced >= _VOTES or 2 * glued > _VOTES:
            break
    return "label-glued" if glued >= 2 and glued > spaced else "label-space"


def detect_rendering(source: SourceText, blocks: tuple[Block, ...]) -> str:
    """``html``, ``key-colon``, ``pipe-table``, ``label-glued`` or ``label-space`` (the default).

    >>> from leaving_vegas_extract.source.document import SourceText as S
    >>> def r(*lines): return detect_rendering(S(lines, None, "text", "", 0), ())
    >>> r("= Heat =", "", "- Director: Ann Roe"), r("Heat | |", "---|---|", "Directed by | Ann |")
    ('key-colon', 'pipe-table')
    >>> r("Heat", "Directed byAnn Roe", "Budget$3 million"), r("Heat", "Directed by Ann Roe")
    ('label-glued', 'label-space')
    """
    if source.format == "html":
        return "html"
    lines = source.lines[:_SCAN]
    first = next((line for line in lines if line.strip()), "")
    if page_title(first) is not None:
        return "key-colon"
    # Cheap C-level gates first (a join, each line's first character): most dumps have no table
    # pipes and no list dashes, so the per-line scans below rarely run.
    if "|" in "\n".join(lines):
        for index, line in enumerate(lines):
            if index and "---" in line and is_rule(line) and "|" in lines[index - 1]:
                return "pipe-table"
            if "|" in line and bare_table_at(lines, index + 1):
                return "pipe-table"
    firsts = "".join(map(_FIRST_CHAR, lines))
    if ("-" in firsts or "*" in firsts) and sum(
        1 for line in lines if line[:1] in ("-", "*") and key_row(line)
    ) >= _KEY_ROWS:
        return "key-colon"
    return _vote(lines)
