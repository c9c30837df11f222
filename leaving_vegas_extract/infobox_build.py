"""Build an :class:`Infobox` from labelled rows, whatever rendering (text or HTML) they came from.

Rows keep every value as printed; the typed film fields are derived from them here, once.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .models import BasedOn, Diagnostic, Infobox, InfoboxField, Lines, Money, ReleaseDate
from .normalize.dates import parse_release
from .normalize.duration import parse_minutes
from .normalize.money import parse_money
from .normalize.text import clean, strip_markers
from .vocab.infobox_labels import FILM_NAME_FIELDS, KIND_SIGNALS, LABELS

# Comma lists are split, but not before the suffixes of a single name or company.
_COMMA = re.compile(r",\s+(?!(?:Inc|Ltd|LLC|Jr|Sr|Co|Corp|S\.A|GmbH|III?|IV)\b\.?)")


@dataclass(slots=True)
class RawField:
    """A row as read: label as printed, raw values (markers still in), source lines."""

    label: str
    values: list[str] = field(default_factory=list)
    lines: Lines = (0, 0)

    def add(self, value: str, number: int) -> None:
        """Append a value printed on line ``number``."""
        if value.strip():
            self.values.append(value)
        self.lines = (self.lines[0] or number, max(self.lines[1], number))


def canonical(label: str) -> str | None:
    """The canonical key of a printed label, None when the vocabulary does not know it."""
    return LABELS.get(clean(label).rstrip(":").casefold())


def _field(raw: RawField) -> InfoboxField:
    values: list[str] = []
    citations: list[int] = []
    for value in raw.values:
        text, cites = strip_markers(value)
        if text.startswith(("• ", "\u2022")):
            text = text.lstrip("•\u2022 ")
        if text:
            values.append(text)
        citations.extend(c for c in cites if c not in citations)
    return InfoboxField(label=clean(raw.label), values=values, citations=citations, lines=raw.lines)


def _kind(keys: set[str]) -> str:
    scores = Counter({kind: len(keys & signals) for kind, signals in KIND_SIGNALS.items()})
    kind, score = scores.most_common(1)[0]
    return kind if score else "unknown"


def _names(values: list[str], split_commas: bool) -> list[str]:
    names: list[str] = []
    for value in values:
        parts = _COMMA.split(value) if split_commas and ", " in value else [value]
        names.extend(p.strip() for p in parts if p.strip())
    return names


def _based_on(values: list[str]) -> list[BasedOn]:
    works: list[BasedOn] = []
    for value in values:
        if value.startswith("by ") and works:
            authors = [a for a in re.split(r",\s*|\s+and\s+|\s*&\s*", value[3:]) if a]
            last = works[-1]
            works[-1] = BasedOn(title=last.title, authors=[*last.authors, *authors])
        elif " by " in value:
            title, _, by = value.partition(" by ")
            authors = [a for a in re.split(r",\s*|\s+and\s+|\s*&\s*", by) if a]
            works.append(BasedOn(title=title.strip(), authors=authors))
        else:
            works.append(BasedOn(title=value))
    return works


def _release_dates(values: list[str]) -> list[ReleaseDate]:
    dates: list[ReleaseDate] = []
    for value in values:
        date, place = parse_release(value)
        if date is None and value.startswith("(") and dates and dates[-1].place is None:
            # A note on its own line under a date ("(Cannes)") belongs to that date.
            _, place = parse_release(f"{dates[-1].date} {value}")
            dates[-1] = ReleaseDate(date=dates[-1].date, place=place)
        elif date is not None:
            dates.append(ReleaseDate(date=date, place=place))
    return dates


def _money(raw: InfoboxField, label: str, diags: list[Diagnostic]) -> Money | None:
    if not raw.values:
        return None
    text = " ".join(raw.values)
    parsed = parse_money(text)
    if parsed is None or parsed.amount is None:
        diags.append(
            Diagnostic(
                severity="info",
                code="not-money",
                message=f"{label} value is not an amount of money: {text!r}",
                lines=raw.lines,
            )
        )
        return None
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
        citations=raw.citations,
    )


def build_infobox(
    name: str,
    caption: str | None,
    rows: list[RawField],
    lines: Lines | None,
    *,
    split_commas: bool = True,
) -> tuple[Infobox, list[Diagnostic]]:
    """Validate rows into an Infobox: every row in ``fields``, typed fields derived from them."""
    diags: list[Diagnostic] = []
    fields = [_field(r) for r in rows]
    typed: dict[str, object] = {}
    keys: set[str] = set()
    for row in fields:
        key = canonical(row.label)
        if key is None:
            continue
        keys.add(key)
        if not row.values:
            diags.append(
                Diagnostic(
                    severity="warning",
                    code="empty-field",
                    message=f"infobox row {row.label!r} has no value (a lost list?)",
                    lines=row.lines,
                )
            )
            continue
        if key in typed:
            continue  # the first row of a key wins; later ones stay in ``fields``
        if key in FILM_NAME_FIELDS:
            typed[key] = _names(row.values, split_commas)
        elif key == "based_on":
            typed[key] = _based_on(row.values)
        elif key == "release_dates":
            typed[key] = _release_dates(row.values)
        elif key == "running_time":
            typed["running_time_minutes"] = parse_minutes(row.values[0])
        elif key in ("budget", "box_office"):
            typed[key] = _money(row, row.label, diags)
    kind = _kind(keys)
    if kind != "film":
        # Other kinds keep their rows in ``fields``; film fields would be guesses.
        typed = {}
    infobox = Infobox(
        kind=kind, name=clean(name), caption=caption, fields=fields, lines=lines, **typed
    )
    return infobox, diags
