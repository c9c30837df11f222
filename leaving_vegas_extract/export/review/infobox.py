"""The infobox as a reader wants it: each row's printed text beside its typed value; money."""

from __future__ import annotations

from leaving_vegas_extract.export.review.values import Values, esc
from leaving_vegas_extract.model.article import (
    BasedOn,
    Infobox,
    InfoboxField,
    Lines,
    Money,
    ReleaseDate,
)
from leaving_vegas_extract.parts.infobox.build import canonical

# Canonical label keys whose typed field has another name.
_TYPED_NAME = {"running_time": "running_time_minutes"}
_NOT_TYPED = frozenset({"kind", "name", "caption", "fields", "lines"})


def typed_name(label: str) -> str | None:
    """The typed Infobox field a printed label feeds, None when there is none."""
    key = canonical(label)
    if key is None:
        return None
    name = _TYPED_NAME.get(key, key)
    return name if name in Infobox.model_fields and name not in _NOT_TYPED else None


def _date(item: ReleaseDate) -> str:
    return (item.date or "?") + (f" ({item.place})" if item.place else "")


def money_text(money: Money) -> str:
    """``USD 3,600,000`` (a range when there is a maximum); the printed text when no amount."""
    if money.amount is None:
        return "not read"
    amount = f"{money.amount:,}" + (f"–{money.amount_max:,}" if money.amount_max else "")
    return f"{money.currency or '?'} {amount}"


def _based(item: BasedOn) -> str:
    return item.title + (f" by {', '.join(item.authors)}" if item.authors else "")


def typed_text(value: object) -> str:
    """A typed infobox value as a short plain string."""
    if value is None or value == []:
        return ""
    if isinstance(value, Money):
        return money_text(value)
    if isinstance(value, int):
        return f"{value} min"
    if isinstance(value, list):
        return "; ".join(
            _date(v)
            if isinstance(v, ReleaseDate)
            else _based(v)
            if isinstance(v, BasedOn)
            else str(v)
            for v in value
        )
    return str(value)


def _row(values: Values, box: Infobox, base: str, index: int, row: InfoboxField) -> str:
    name = typed_name(row.label)
    pointers = [f"{base}/fields/{index}"] + ([f"{base}/{name}"] if name else [])
    typed = typed_text(getattr(box, name)) if name else ""
    printed = "<br>".join(esc(v) for v in row.values) or '<span class="empty">(empty)</span>'
    typed_cell = f'<span class="typed">{esc(typed)}</span>' if typed else ""
    inner = (
        f"<th>{esc(row.label)}</th><td>{printed}{values.cites(row.citations)}</td>"
        f"<td>{typed_cell}</td>"
    )
    return values.value(
        "tr", inner, label=f"Infobox: {row.label}", pointers=pointers, lines=[row.lines]
    )


def row_lines(box: Infobox, name: str) -> Lines | None:
    """The lines of the row feeding typed field ``name``."""
    for row in box.fields:
        if typed_name(row.label) == name:
            return row.lines
    return None


def infobox_html(values: Values, box: Infobox, base: str) -> str:
    """The infobox table, caption and kind; rows of typed fields no row fed are listed after."""
    head = values.value(
        "p",
        f"<b>{esc(box.name)}</b> <span class=raw>({esc(box.kind)})</span>"
        + (f" <span class=raw>{esc(box.caption)}</span>" if box.caption else ""),
        label="Infobox",
        pointers=[f"{base}/name", f"{base}/kind", f"{base}/caption"],
        lines=[box.lines],
    )
    rows = [_row(values, box, base, i, row) for i, row in enumerate(box.fields)]
    fed = {typed_name(row.label) for row in box.fields}
    for name in Infobox.model_fields:
        if name in _NOT_TYPED or name in fed or not typed_text(getattr(box, name)):
            continue
        typed = esc(typed_text(getattr(box, name)))
        inner = f"<th>{esc(name)}</th><td></td><td class=typed>{typed}</td>"
        rows.append(values.value("tr", inner, label=name, pointers=[f"{base}/{name}"]))
    extra = "<th>golden → now</th>" if values.changes else ""
    return (
        f"{head}<table class=infobox><thead><tr><th>Label</th><th>Printed</th><th>Typed</th>"
        f"{extra}</tr></thead><tbody>{''.join(rows)}</tbody></table>"
    )


def dates_html(values: Values, box: Infobox) -> str:
    """Each release date (ISO, place) on the release row's lines."""
    lines = row_lines(box, "release_dates")
    items = [
        values.value(
            "li",
            f"<span class=typed>{esc(_date(item))}</span>",
            label=f"Release date {i + 1}",
            pointers=[f"/infobox/release_dates/{i}"],
            lines=[lines],
        )
        for i, item in enumerate(box.release_dates)
    ]
    return f"<ul>{''.join(items)}</ul>" if items else '<p class="empty">none</p>'


def money_html(values: Values, box: Infobox) -> str:
    """Budget and box office: the printed text, currency and amount, and their notes."""
    items = []
    for name, title in (("budget", "Budget"), ("box_office", "Box office")):
        money = getattr(box, name)
        if money is None:
            continue
        inner = (
            f"{title}: <span class=raw>{esc(money.text)}</span> → "
            f"<span class=typed>{esc(money_text(money))}</span>"
        )
        items.append(
            values.value(
                "li",
                inner,
                label=title,
                pointers=[f"/infobox/{name}"],
                lines=[row_lines(box, name)],
                cites=money.citations,
            )
        )
    return f"<ul>{''.join(items)}</ul>" if items else '<p class="empty">none</p>'
