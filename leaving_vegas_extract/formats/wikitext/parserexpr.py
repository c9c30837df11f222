"""``{{#expr:}}``: arithmetic as MediaWiki evaluates it (``+ - * / ^ mod round``, parentheses,
comparisons as 1/0), printed with 14 significant digits; an expression it cannot read prints the
error line a reader sees. A small recursive-descent parser, bounded by the expression's length."""

from __future__ import annotations

import math
import re

_TOKEN = re.compile(
    r"\s*(\d+(?:\.\d*)?(?:e[+-]?\d+)?|\.\d+|mod|round|div|<=|>=|!=|<>|[-+*/^()<>=])", re.I
)
_MAX = 400  # characters: an article's sums are short; nothing longer is evaluated


class _Error(ValueError):
    pass


class _Parser:
    # Precedence, lowest first: comparison, round, + -, * / mod, ^, unary (Help:Calculation).
    def __init__(self, tokens: list[str]) -> None:
        self.tokens = tokens
        self.at = 0

    def peek(self) -> str | None:
        return self.tokens[self.at] if self.at < len(self.tokens) else None

    def take(self) -> str:
        token = self.peek()
        if token is None:
            raise _Error("missing operand")
        self.at += 1
        return token

    def comparison(self) -> float:
        left = self.rounding()
        while (op := self.peek()) in ("=", "<", ">", "<=", ">=", "!=", "<>"):
            self.take()
            right = self.rounding()
            left = float(
                {
                    "=": left == right,
                    "<": left < right,
                    ">": left > right,
                    "<=": left <= right,
                    ">=": left >= right,
                }.get(op or "", left != right)
            )
        return left

    def rounding(self) -> float:
        left = self.sum()
        while self.peek() == "round":
            self.take()
            digits = int(self.sum())
            left = float(round(left, digits))
        return left

    def sum(self) -> float:
        left = self.product()
        while (op := self.peek()) in ("+", "-"):
            self.take()
            right = self.product()
            left = left + right if op == "+" else left - right
        return left

    def product(self) -> float:
        left = self.power()
        while (op := self.peek()) in ("*", "/", "div", "mod"):
            self.take()
            right = self.power()
            if op in ("/", "div", "mod") and right == 0:
                raise _Error("Division by zero")
            if op == "mod":
                left = float(math.fmod(int(left), int(right)))
            else:
                left = left * right if op == "*" else left / right
        return left

    def power(self) -> float:
        base = self.unary()
        while self.peek() == "^":  # left to right, as MediaWiki's operator stack reads it
            self.take()
            exponent = self.unary()
            try:
                base = float(base**exponent)
            except (OverflowError, ZeroDivisionError):
                raise _Error("number too large") from None
        return base

    def unary(self) -> float:
        token = self.take()
        if token == "-":
            return -self.unary()
        if token == "+":
            return self.unary()
        if token == "(":
            value = self.comparison()
            if self.take() != ")":
                raise _Error("unclosed bracket")
            return value
        try:
            return float(token)
        except ValueError:
            raise _Error(f'unexpected "{token}"') from None


def _tokens(expression: str) -> list[str]:
    tokens: list[str] = []
    at = 0
    text = expression.strip()
    while at < len(text):
        m = _TOKEN.match(text, at)
        if m is None:
            raise _Error(f'unrecognised punctuation character "{text[at:].strip()[:1]}"')
        tokens.append(m.group(1).casefold())
        at = m.end()
    return tokens


def evaluate(expression: str) -> str:
    """The value of ``expression`` as ``#expr`` prints it.

    >>> evaluate("2 + 3 * 4"), evaluate("(7 - 1) / 4"), evaluate("10 mod 3"), evaluate("1/3")
    ('14', '1.5', '1', '0.33333333333333')
    >>> evaluate("2 ^ 10"), evaluate("3.14159 round 2"), evaluate(""), evaluate("1 +")
    ('1024', '3.14', '', 'Expression error: missing operand.')
    """
    if not expression.strip():
        return ""
    if len(expression) > _MAX:
        return "Expression error: too long."
    try:
        parser = _Parser(_tokens(expression))
        value = parser.comparison()
        if parser.peek() is not None:
            raise _Error(f'unexpected "{parser.peek()}"')
    except _Error as exc:
        return f"Expression error: {exc}."
    if math.isinf(value) or math.isnan(value):
        return "Expression error: number too large."
    return "0" if value == 0 else f"{value:.14g}".replace("e+", "E+").replace("e-", "E-")
