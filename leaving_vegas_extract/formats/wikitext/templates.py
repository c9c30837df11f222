"""What a reader sees of one template: lists as items, money, dates, durations, plain wrappers.

Templates that print no text a reader would take for a value (cleanup tags, citation templates
outside refs, navigation) render nothing. Notes and sfn markers are placed by ``refs`` before a
template is ever rendered here.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from leaving_vegas_extract.formats.wikitext import vocab as v
from leaving_vegas_extract.formats.wikitext.cite import cite_fields, cite_text, is_cite
from leaving_vegas_extract.formats.wikitext.countries import COUNTRY_TEMPLATES
from leaving_vegas_extract.formats.wikitext.items import split_items
from leaving_vegas_extract.formats.wikitext.scan import Param, named, positional

if TYPE_CHECKING:
    from leaving_vegas_extract.formats.wikitext.render import Renderer


class Host(Protocol):
    """What renders a template's parameters: the page's ``Renderer``, or a table cell's
    renderer (``cells``), which has no page and shows no citations."""

    def param(self, p: Param) -> str:
        """A parameter's value as a reader sees it."""
        ...


def _month(value: str) -> str | None:
    value = value.strip()
    if value.isdigit() and 1 <= int(value) <= 12:
        return v.MONTHS[int(value) - 1]
    for month in v.MONTHS:
        if value.casefold() in (month.casefold(), month[:3].casefold()):
            return month
    return None


def _date(year: str, month: str, day: str) -> str:
    """``d Month yyyy`` with the precision given (what ``normalize.dates`` reads back)."""
    year = year.strip()
    name = _month(month) if month.strip() else None
    if name is None:
        return year
    day = day.strip()
    return f"{int(day)} {name} {year}" if day.isdigit() else f"{name} {year}"


def _film_date(r: Host, params: list[Param]) -> str:
    """Groups of year|month|day|place; ``refN=`` after group N's date."""
    args = positional(params)
    by_name = named(params)
    lines: list[str] = []
    for index in range(0, len(args), 4):
        group = [a.value for a in args[index : index + 3]] + ["", ""]
        if not group[0].strip():
            continue
        text = _date(group[0], group[1], group[2])
        if index + 3 < len(args):
            place = " ".join(r.param(args[index + 3]).split())
            if place:
                text += f" ({place})"
        ref = by_name.get(f"ref{index // 4 + 1}")
        if ref is not None:
            text += r.param(ref).strip()
        lines.append(text)
    return "\n" + "\n".join(lines) + "\n" if lines else ""


def _start_date(params: list[Param]) -> str:
    args = [a.value for a in positional(params)] + ["", "", ""]
    return _date(args[0], args[1], args[2]) if args[0].strip() else ""


def _duration(params: list[Param]) -> str:
    by_name = named(params)
    args = positional(params)

    def number(key: str, index: int) -> int:
        p = by_name.get(key) or (args[index] if index < len(args) else None)
        text = p.value.strip() if p is not None else ""
        return int(text) if text.isdigit() else 0

    minutes = number("h", 0) * 60 + number("m", 1) + (1 if number("s", 2) >= 30 else 0)
    return f"{minutes} minutes" if minutes else ""


def _money(r: Host, name: str, params: list[Param]) -> str:
    args = positional(params)
    if not args:
        return v.MONEY[name]  # {{INR}}250 crore: the symbol alone, the amount follows
    amount = " ".join(r.param(args[0]).split())
    if name == "inrconvert":
        unit = args[1].value.strip().casefold() if len(args) > 1 else ""
        word = v.INR_UNITS.get(unit)
        return f"{v.MONEY[name]}{amount} {word}" if word else f"{v.MONEY[name]}{amount}"
    return f"{v.MONEY[name]}{amount}"


def _based_on(r: Host, params: list[Param]) -> str:
    args = positional(params)
    if not args:
        return ""
    title = " ".join(r.param(args[0]).split())
    # One parameter may hold several creators broken by <br> (each a line of the box).
    authors = [name for a in args[1:] for name in split_items(r.param(a))]
    return f"\n{title}\nby {' and '.join(authors)}\n" if authors else f"\n{title}\n"


def _argument(r: Host, params: list[Param], index: int) -> str:
    args = positional(params)
    return r.param(args[index]) if index < len(args) else ""


def _language(code: str) -> str | None:
    """The name Wikipedia prints for a language code ("pt-BR": Portuguese), None if unknown."""
    code = code.strip().casefold()
    return v.LANGUAGE_NAMES.get(code) or v.LANGUAGE_NAMES.get(code.partition("-")[0])


def _lang(r: Host, name: str, params: list[Param]) -> str:
    """``{{langx|it|text}}`` / ``{{lang-it|text}}``: "Italian: text", as the page prints it;
    the text alone for a code the table does not know (never the code) or ``label=none``."""
    args = positional(params)
    if name == "langx":
        code, args = (args[0].value if args else ""), args[1:]
    else:
        code = name[5:]
    text = r.param(args[0]) if args else ""
    label = named(params).get("label")
    shown = " ".join(r.param(label).split()) if label is not None else _language(code)
    if not text or not shown or shown.casefold() == "none":
        return text
    return f"{shown}: {text}"


def render_template(r: Renderer, name: str, params: list[Param]) -> str:
    """What a reader sees of template ``name`` with ``params`` on the page (often nothing)."""
    if r.show_cites and is_cite(name):
        known = r.cites.get(params[0].start) if r.cites is not None and params else None
        return cite_text(known if known is not None else cite_fields(r, params))
    return print_template(r, name, params)


def print_template(r: Host, name: str, params: list[Param]) -> str:
    """What a reader sees of template ``name`` with ``params`` (often nothing), citations aside:
    the one table of templates for the page and its table cells."""
    if name in v.NAME_TEMPLATES:
        return " ".join(" ".join(r.param(a).split()) for a in positional(params)[:2])
    if name in v.LINE_LISTS:
        return "\n" + _argument(r, params, 0) + "\n"
    if name in v.ITEM_LISTS:
        return "\n" + "\n".join(r.param(a) for a in positional(params)) + "\n"
    if name in v.FIRST_ARGUMENT:
        return _argument(r, params, 0)
    if name in v.SECOND_ARGUMENT:
        return _argument(r, params, 1)
    if name.startswith("lang-") or name == "langx":
        return _lang(r, name, params)
    if name in v.MONEY:
        return _money(r, name, params)
    if name in ("film date", "filmdate"):
        return _film_date(r, params)
    if name in v.DATE_TEMPLATES:
        return _start_date(params)
    if name in v.DURATION_TEMPLATES:
        return _duration(params)
    if name in v.BASED_ON:
        return _based_on(r, params)
    if name in v.BREAKS:
        return "\n" if name in ("br", "break", "crlf") else ""
    if name in COUNTRY_TEMPLATES:
        return COUNTRY_TEMPLATES[name]
    if name in ("flag", "flagcountry", "flag country"):
        return _argument(r, params, 0)
    if name in ("circa", "c."):
        return "c. " + _argument(r, params, 0)
    if name == "convert":
        args = positional(params)
        return " ".join(a.value.strip() for a in args[:2])
    if name in v.SYMBOLS:
        return v.SYMBOLS[name]
    return ""
