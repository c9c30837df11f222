"""Money as printed ("$4.7 million", "₹4 crore", "$5\u20137 million") to ISO 4217 codes and ints.

Arithmetic is exact (``decimal``): "4.7 million" is 4700000, rounded half to even only at the end.
Qualifiers ("est.", "over", "~") and a trailing parenthesis are ignored; the caller keeps the raw
text beside the result.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_EVEN, Context, Decimal, InvalidOperation
from typing import NamedTuple

from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.normalize.vocab.currencies import (
    COUNT_NOUNS,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    ISO_CODES,
    SCALES,
)


class ParsedMoney(NamedTuple):
    """A parsed amount: ISO 4217 currency (None when not printed), amount, top of a range."""

    currency: str | None
    amount: int | None
    amount_max: int | None


# Currency signs and codes, looked up by the text at a position: one slice per sign length,
# longest first, instead of a scan over every sign sharing a character. Never mutated.
_SIGNS: dict[str, str] = {**{code: code for code in ISO_CODES}, **CURRENCY_SIGNS}
_SIGN_SIZES = tuple(sorted({len(sign) for sign in _SIGNS}, reverse=True))
_FIRST_CHARS = frozenset(sign[0] for sign in _SIGNS)
_LAST_CHARS = frozenset(sign[-1] for sign in _SIGNS)

_DIGIT = re.compile(r"\d")
# Thousands separated by commas, or plain digits; then an optional decimal part: a point, or
# a comma followed by one or two digits ("£2,5 million", "€1,50"), which groups thousands never
# are. A comma after grouped thousands ("1,234,5") is not read as a decimal mark.
_NUMBER = re.compile(
    r"(?<!\d)(?:\d{1,3}(?:,\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+|,\d{1,2}(?![\d,]))?)"
)
_DECIMAL_COMMA = re.compile(r",(?=\d{1,2}$)")
_MISGROUPED = re.compile(r"[,.]\d")  # digits go on past where a number can end
_SCALE = re.compile(
    r"[ -]?(" + "|".join(sorted(SCALES, key=len, reverse=True)) + r")\.?(?![A-Za-z])", re.I
)
# En dash, em dash, figure dash, hyphen, or "to".
_RANGE = re.compile(r" ?(?:[\u2013\u2014\u2012-]|to(?![A-Za-z])) ?")
_WORDS = re.compile(r" ?([A-Za-z.]+)(?: ([A-Za-z]+))?")
_COUNT = re.compile(r" ?\(?(" + "|".join(sorted(COUNT_NOUNS)) + r")(?![A-Za-z])", re.I)

_MAX_DIGITS = 24  # longer numbers are not amounts of money (and keep the arithmetic exact)
_MAX_CANDIDATES = 8  # numbers looked at before giving up on finding one with a currency
_CONTEXT = Context(prec=50, rounding=ROUND_HALF_EVEN)


_WHOLE = 1000  # a range's low end this large is a whole amount, never scaled by the high end's word


def _decimal(text: str) -> Decimal | None:
    digits = _DECIMAL_COMMA.sub(".", text) if "." not in text else text
    digits = digits.replace(",", "")
    if len(digits) > _MAX_DIGITS:
        return None
    try:
        return Decimal(digits)
    except InvalidOperation:  # pragma: no cover - the pattern only admits digits and one point
        return None


def _scaled(number: Decimal, scale: int) -> int:
    product = _CONTEXT.multiply(number, Decimal(scale))
    return int(product.to_integral_value(rounding=ROUND_HALF_EVEN))


def _is_word_edge(t: str, index: int) -> bool:
    """True when ``t[index]`` is outside the string or not a letter (a boundary for codes)."""
    return index < 0 or index >= len(t) or not t[index].isalpha()


def _currency_before(t: str, start: int) -> str | None:
    """The currency sign printed right before position ``start`` (spaces allowed between)."""
    end = start - 1 if start and t[start - 1] == " " else start  # ``t`` is cleaned: one space
    if not end or t[end - 1] not in _LAST_CHARS:
        return None
    for size in _SIGN_SIZES:
        begin = end - size
        if begin < 0:
            continue
        sign = t[begin:end]
        code = _SIGNS.get(sign)
        if code is None or (sign[0].isalpha() and not _is_word_edge(t, begin - 1)):
            continue
        return code
    return None


def _sign_at(t: str, pos: int) -> tuple[str | None, int]:
    """A currency sign or code starting at ``pos``, and the position after it."""
    if pos >= len(t) or t[pos] not in _FIRST_CHARS:
        return None, pos
    for size in _SIGN_SIZES:
        sign = t[pos : pos + size]
        if len(sign) != size:
            continue
        code = _SIGNS.get(sign)
        if code is not None and (not sign[-1].isalpha() or _is_word_edge(t, pos + size)):
            return code, pos + size
    return None, pos


def _currency_after(t: str, pos: int) -> str | None:
    """A currency sign, code or word printed after the amount ("5 million euros")."""
    start = pos + 1 if t[pos : pos + 1] == " " else pos
    code, _ = _sign_at(t, start)
    if code is not None:
        return code
    m = _WORDS.match(t, pos)
    if m is None:
        return None
    first = m.group(1).casefold()
    if m.group(2) and (two := CURRENCY_WORDS.get(f"{first} {m.group(2).casefold()}")):
        return two
    return CURRENCY_WORDS.get(first)


def _scale_at(t: str, pos: int) -> tuple[int | None, int]:
    m = _SCALE.match(t, pos)
    if m is None:
        return None, pos
    return SCALES[m.group(1).casefold()], m.end()


class _Found(NamedTuple):
    money: ParsedMoney
    has_unit: bool  # a currency or a scale word was printed
    is_count: bool


def _amount_at(t: str, m: re.Match[str]) -> _Found | None:
    """Read the amount (and range) whose first number is ``m``; None when it is not money."""
    low = _decimal(m.group())
    if low is None or _MISGROUPED.match(t, m.end()):
        return None  # "1,5000", "1,234,5": no reading of the digits is safe
    scale, pos = _scale_at(t, m.end())
    high: Decimal | None = None
    high_scale: int | None = None
    currency = _currency_before(t, m.start())
    dash = _RANGE.match(t, pos)
    if dash is not None:
        high_currency, after = _sign_at(t, dash.end())
        second = _NUMBER.match(t, after + 1 if t[after : after + 1] == " " else after)
        if second is not None and (high_currency is None or currency in (None, high_currency)):
            high = _decimal(second.group())
            high_scale, pos = _scale_at(t, second.end())
            currency = currency or high_currency
    is_count = _COUNT.match(t, pos) is not None
    currency = currency or _currency_after(t, pos)
    if scale is None and high is not None and high_scale is not None:
        # "$3.7–6.9 million": the scale is shared; "$878,000–$1 million": the low end is whole.
        shared = low < _WHOLE or _scaled(low, high_scale) <= _scaled(high, high_scale)
        scale = high_scale if shared else None
    else:
        scale = scale or high_scale
    amount = _scaled(low, scale or 1)
    amount_max = None
    if high is not None:
        amount_max = _scaled(high, high_scale or scale or 1)
        if amount_max <= amount:
            amount_max = None
    money = ParsedMoney(currency=currency, amount=amount, amount_max=amount_max)
    return _Found(money, currency is not None or scale is not None, is_count)


def parse_money(s: str) -> ParsedMoney | None:
    """The first amount of money in a value (markers already removed); None when there is none.

    >>> parse_money("$4.7 million")
    ParsedMoney(currency='USD', amount=4700000, amount_max=None)
    >>> parse_money("$41,250,713")
    ParsedMoney(currency='USD', amount=41250713, amount_max=None)
    >>> parse_money("$5\u20137 million")
    ParsedMoney(currency='USD', amount=5000000, amount_max=7000000)
    >>> parse_money("$878,000\u2013$1 million")
    ParsedMoney(currency='USD', amount=878000, amount_max=1000000)
    >>> parse_money("est.₹102 crore")
    ParsedMoney(currency='INR', amount=1020000000, amount_max=None)
    >>> parse_money("40 lakh")
    ParsedMoney(currency=None, amount=4000000, amount_max=None)
    >>> parse_money("£2,5 million")  # a decimal comma, as printed on much of the continent
    ParsedMoney(currency='GBP', amount=2500000, amount_max=None)
    >>> parse_money("$1,5000") is None, parse_money("$1,234,5 million") is None
    (True, True)
    >>> parse_money("$0.5 million (US/Canada)")
    ParsedMoney(currency='USD', amount=500000, amount_max=None)
    >>> parse_money("1.4 million admissions (France)") is None, parse_money("unknown") is None
    (True, True)
    """
    if not s or _DIGIT.search(s) is None:
        return None
    t = clean(s)
    first: ParsedMoney | None = None
    for index, m in enumerate(_NUMBER.finditer(t)):
        if index >= _MAX_CANDIDATES:
            break
        found = _amount_at(t, m)
        if found is None:
            break
        if found.is_count:
            if first is None:
                return None  # the value's first number counts people or things
            continue
        if found.has_unit:
            return found.money
        first = first or found.money
    return first
