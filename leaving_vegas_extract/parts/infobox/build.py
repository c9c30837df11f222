"""Build an :class:`Infobox` from labelled rows, whatever rendering (text or HTML) they came from.

Rows keep every value as printed; the typed film fields are derived from them here, once. A row
whose label was lost (empty label) is placed by its values' shape (see ``lost``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from leaving_vegas_extract.model.article import (
    Diagnostic,
    Infobox,
    InfoboxField,
    Lines,
    Link,
    Money,
    ReleaseDate,
)
from leaving_vegas_extract.normalize.dates import parse_release
from leaving_vegas_extract.normalize.duration import parse_minutes
from leaving_vegas_extract.normalize.money import parse_money
from leaving_vegas_extract.normalize.text import clean, strip_markers
from leaving_vegas_extract.parts.infobox.credits import based_on, join_qualifiers
from leaving_vegas_extract.parts.infobox.given_names import CREDIT_HEADINGS
from leaving_vegas_extract.parts.infobox.lists import cut_inline_labels, list_items, without_stop
from leaving_vegas_extract.parts.infobox.lost import in_slot, place_lost
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.parts.infobox.split import strip_flag
from leaving_vegas_extract.parts.infobox.vocab import (
    FILM_NAME_FIELDS,
    KIND_SIGNALS,
    LABELS,
    PARAMETERS,
    PERSON_KEYS,
    UNKNOWN_LABEL,
)

# Only the first blank of a run may start a match: a long run of blanks stays linear.
_LYRICS = re.compile(r"(?:[;,]|(?<![\s;,]))\s+\(?(?i:lyrics)(?::|\s+by)\s")
# A date right after the place in brackets of the one before, with or without a comma.
_PLACE_COMMA = re.compile(r"(?<=\)),? (?=[A-Z][a-z]{2,8}\.? \d|\d{1,2} [A-Z][a-z]{2,8})")
_YEAR_FIRST = re.compile(r"(\d{4}),\s+(?=\d)")  # "1975, 7. mars 1975": a year listed first
# The ISO copy a mirror prints after each release date: several in one value mean lost separators.
_ISO_COPY = re.compile(r"\(\d{4}(?:-\d{2}){0,2}\)(?: ?\([^()]{1,60}\))?")
_BULLETS = "•·* "  # a bullet left before a value
# A letter note glued to the end of a box value ("Buena Vista Distribution[a]"): box values are
# names and figures, never prose with an editor's "[s]", so it is a note, not text.
_NOTE_LETTER = re.compile(r"(?<=\w)\[[a-z]\](?=(?:\[\d{1,3}\])*\s*$)")


# Labels repeat across rows, boxes and articles: their clean-up and lookup are cached.
@lru_cache(maxsize=2048)
def canonical(label: str) -> str | None:
    """The canonical key of a printed label, None when the vocabulary does not know it.

    >>> canonical("Writer(s)"), canonical("Production, company"), canonical("Ribbon")
    ('written_by', 'production_companies', None)
    >>> canonical("Pays d’origine")
    'countries'
    """
    # A typographic apostrophe ("d’origine") spells the vocabulary's straight one.
    text = clean(label).rstrip(":").casefold().replace("’", "'")
    key = LABELS.get(text)
    if key is None and ("(s)" in text or ", " in text):
        # "Writer(s)"; a label broken over two lines, flattened with a comma ("Production,
        # company").
        key = LABELS.get(text.replace("(s)", "").replace(", ", " ").strip())
    return key


@lru_cache(maxsize=2048)
def joint_keys(label: str) -> tuple[str, ...]:
    """The keys of a label that joins two credits of one value ("Director/Writer:"), each part
    a known label; () otherwise.

    >>> joint_keys("Director/Writer:"), joint_keys("Writer & Director"), joint_keys("Ribbon/Bow")
    (('directed_by', 'written_by'), ('written_by', 'directed_by'), ())
    """
    # "Director/Writer", "Writer & Director" (str methods: a regex over spaces backtracks).
    parts = [part.strip() for part in clean(label).rstrip(":").replace("&", "/").split("/")]
    if len(parts) < 2:  # one credit: no joint label
        return ()
    keys = tuple(canonical(part) for part in parts)
    return tuple(k for k in keys if k) if all(keys) else ()


@lru_cache(maxsize=2048)
def canonical_parameter(name: str) -> str | None:
    """The canonical key of a template parameter name (``production_companies``, ``studio``)."""
    return PARAMETERS.get(clean(name).casefold())


_clean_label = lru_cache(maxsize=2048)(clean)


Stripped = list[tuple[str, list[int]]]
"""A row's values without their markers, and each one's citations (``strip_markers``)."""


def _stripped(raw: RawField) -> Stripped:
    # Without a bracket strip_markers is clean() and no citations: skip its call.
    return [
        strip_markers(_NOTE_LETTER.sub("", v)) if "[" in v else (clean(v), []) for v in raw.values
    ]


def _field(raw: RawField, stripped: Stripped) -> InfoboxField:
    values: list[str] = []
    citations: list[int] = []
    for text, cites in stripped:
        if cites:
            citations.extend(c for c in cites if c not in citations)
        text = text.lstrip(_BULLETS)
        if text:
            values.append(text)
    label = _clean_label(raw.label)
    links = [Link(text=text, target=target) for text, target in raw.links]
    return InfoboxField(
        label=label, values=values, citations=citations, links=links, lines=raw.lines
    )


def _resolve_lost(rows: list[RawField]) -> tuple[list[RawField], list[Diagnostic]]:
    """Rows with every lost-label row replaced by the rows its values reveal."""
    if all(row.label for row in rows):
        return rows, []
    keys = {k for row in rows if row.label and (k := canonical(row.label))}
    out: list[RawField] = []
    diags: list[Diagnostic] = []
    for row in rows:
        if row.label:
            out.append(row)
            continue
        # Rows built without per-value lines (``numbers``) fall back to the row's first line.
        numbers = row.numbers + [row.lines[0]] * (len(row.values) - len(row.numbers))
        values = list(zip(row.values, numbers, strict=False))
        for label, run, diag in place_lost(values, keys):
            if label == UNKNOWN_LABEL and len(run) == len(values):
                label, diag = in_slot(rows, row, keys, diag)
            placed = RawField(label=label)
            for value, number in run:
                placed.add(value, number)
            out.append(placed)
            diags.append(diag)
    return out, diags


def _is_name_row(row: RawField) -> bool:
    return canonical(row.label) in FILM_NAME_FIELDS


def _kind(keys: set[str]) -> str:
    """The kind with the most signal keys; the first listed wins a tie, "unknown" without any."""
    best, score = "unknown", 0
    for kind, signals in KIND_SIGNALS.items():
        count = len(keys & signals)
        if count > score:
            best, score = kind, count
    return best


def _names(values: list[str], split_commas: bool, key: str) -> list[str]:
    names: list[str] = []
    for value in values:
        if key == "music_by":
            # "Ann Roe lyrics by Bo Lee": the lyricist is another credit, not a composer.
            value = _LYRICS.split(value, maxsplit=1)[0]
        parts = list_items(value, key) if split_commas else [value]
        for part in parts:
            name = without_stop(part.strip())
            if name.startswith("and ") and (len(parts) > 1 or len(values) > 1):
                name = name[4:].lstrip()  # "A, B, and C": the last item keeps its "and"
            if key == "countries":
                name = strip_flag(name)
            elif name.startswith("by ") and key in PERSON_KEYS:
                name = name[3:].lstrip()  # "Title" / "by Ann Roe": the credit is the author
            if name.endswith(":") or (len(parts) > 1 and name.casefold() in CREDIT_HEADINGS):
                continue  # a heading inside the list ("Uncredited:", "Songs, A, B"), not a name
            if name:
                names.append(name)
    return names


def _release_values(values: list[str]) -> list[str]:
    """Values with several dates in one (separators lost) cut after each date's ISO copy, or at
    the comma after a date's place."""
    out: list[str] = []
    for value in values:
        year = _YEAR_FIRST.match(value)
        if year is not None:
            # "1975, 7. mars 1975": a year alone listed before a full date is a release too.
            out.append(year.group(1))
            value = value[year.end() :]
        cuts = [m.end() for m in _ISO_COPY.finditer(value)]
        if len(cuts) < 2:
            # "May 2, 1976 (Ohio), June 3, 1976 (Utah)": dates a comma list joins after a place,
            # or a cell of two lines printed on one ("18 May 1938 (France) October 29, 1939").
            out.extend(_PLACE_COMMA.split(value))
            continue
        start = 0
        for cut in cuts:
            out.append(value[start:cut].strip())
            start = cut
        if value[start:].strip():
            out.append(value[start:].strip())
    return out


def _release_dates(values: list[str]) -> list[ReleaseDate]:
    dates: list[ReleaseDate] = []
    for value in _release_values(values):
        date, place = parse_release(value)
        if date is None and value.startswith("(") and dates and dates[-1].place is None:
            # A note on its own line under a date ("(Cannes)") belongs to that date.
            _, place = parse_release(f"{dates[-1].date} {value}")
            dates[-1] = ReleaseDate(date=dates[-1].date, place=place)
        elif date is not None:
            dates.append(ReleaseDate(date=date, place=place))
    return dates


def _money(raw: RawField, texts: Stripped, label: str, diags: list[Diagnostic]) -> Money | None:
    """The first value that is an amount of money; its own citations, its text as printed."""
    for text, cites in texts:
        if text.rstrip().endswith(":"):
            continue  # a label over the amounts ("Part 1:"), never an amount itself
        parsed = parse_money(text)
        if parsed is None or parsed.amount is None:
            continue
        if parsed.currency is None:
            diags.append(
                Diagnostic(
                    severity="warning",
                    code="money-no-currency",
                    message=f"{label} amount has no currency symbol: {text!r}",
                    lines=raw.lines,
                )
            )
        return Money(
            text=text,
            currency=parsed.currency,
            amount=parsed.amount,
            amount_max=parsed.amount_max,
            citations=cites,
        )
    shown = " ".join(t for t, _ in texts)
    diags.append(
        Diagnostic(
            severity="info",
            code="not-money",
            message=f"{label} value is not an amount of money: {shown!r}",
            lines=raw.lines,
        )
    )
    return None


def _typed(
    key: str,
    raw: RawField,
    stripped: Stripped,
    row: InfoboxField,
    split: bool,
    diags: list[Diagnostic],
) -> object:
    if key in FILM_NAME_FIELDS:
        return _names(row.values, split, key)
    if key == "based_on":
        return based_on(row.values)
    if key == "release_dates":
        return _release_dates(row.values)
    if key == "running_time":
        return next((m for v in row.values if (m := parse_minutes(v)) is not None), None)
    if key in ("budget", "box_office"):
        return _money(raw, stripped, row.label, diags)
    return None


_TYPED_NAME = {"running_time": "running_time_minutes"}
_TYPED_KEYS = frozenset(
    {*FILM_NAME_FIELDS, "based_on", "release_dates", "running_time", "budget", "box_office"}
)


def _length(fields: list[InfoboxField], lookup: Callable[[str], str | None]) -> int | None:
    """A film box's ``Length`` row (a video shelf's, an album's label) when it has no running
    time row: the film's running time."""
    for row in fields:
        if lookup(row.label) == "length":
            return next((m for v in row.values if (m := parse_minutes(v)) is not None), None)
    return None


def _empty(row: InfoboxField) -> Diagnostic:
    return Diagnostic(
        severity="warning",
        code="empty-field",
        message=f"infobox row {row.label!r} has no value (a lost list?)",
        lines=row.lines,
    )


def build_infobox(
    name: str,
    caption: str | None,
    rows: list[RawField],
    lines: Lines | None,
    *,
    split_commas: bool = True,
    kind: str | None = None,
) -> tuple[Infobox, list[Diagnostic]]:
    """Validate rows into an Infobox: every row in ``fields``, typed fields derived from them.

    ``kind`` is the box's kind when the input names it (a wikitext template's name); otherwise
    the labels reveal it.
    """
    rows, diags = _resolve_lost(rows)
    if split_commas and kind is None:
        rows = cut_inline_labels(rows, canonical)
    join_qualifiers(rows, _is_name_row)
    stripped = [_stripped(r) for r in rows]
    fields = [_field(r, s) for r, s in zip(rows, stripped, strict=True)]
    typed: dict[str, object] = {}
    keys: set[str] = set()
    lookup = canonical_parameter if kind is not None else canonical
    for raw, texts, row in zip(rows, stripped, fields, strict=True):
        key = lookup(row.label)
        # "Director/Writer: Ann Roe" credits one value twice; a template never joins keys.
        row_keys = (key,) if key is not None else joint_keys(row.label) if kind is None else ()
        if not row.values:
            diags.append(_empty(row))
        for each in row_keys:
            keys.add(each)
            if row.values and each in _TYPED_KEYS and _TYPED_NAME.get(each, each) not in typed:
                # The first row of a key wins; later ones stay in ``fields``.
                typed[_TYPED_NAME.get(each, each)] = _typed(
                    each, raw, texts, row, split_commas, diags
                )
    kind = kind or _kind(keys)
    if kind != "film":
        # Other kinds keep their rows in ``fields``; film fields would be guesses.
        typed = {}
    elif "running_time_minutes" not in typed:
        typed["running_time_minutes"] = _length(fields, lookup)
    if not name.strip():
        # A wiki that prints its box's title as a row ("Titel | Nebelhafen |", de) and no name
        # line above it.
        name = next((f.values[0] for f in fields if f.values and lookup(f.label) == "title"), "")
    infobox = Infobox(
        kind=kind, name=clean(name), caption=caption, fields=fields, lines=lines, **typed
    )
    return infobox, diags
