"""Values a box wrapped over two lines ("Harbour Lane Studios" / "Motion Group"): one value.

A narrow box breaks a long company name where it must, and a text rendering then prints the two
halves as two values of a list. Only the article's other text tells them from two names: the
halves are joined when it prints them together as one name, and never prints the second alone.
Only companies: people's names are short enough not to wrap, and a lead that lost a comma
("starring Ann Roe Bo Lee and Cy Dunn") prints two of them together.
"""

from __future__ import annotations

from collections.abc import Callable

from leaving_vegas_extract.parts.infobox.build import canonical
from leaving_vegas_extract.parts.infobox.raw import RawField
from leaving_vegas_extract.parts.infobox.split import Evidence
from leaving_vegas_extract.parts.infobox.vocab import COMPANY_KEYS


def join_wrapped(rows: list[RawField], texts: Callable[[], list[str]]) -> None:
    """Join, in place, the values of ``rows`` that are one name wrapped onto the next line.

    ``texts`` gives the article's text outside the box, read only when a row has several values.
    """
    cache: list[Evidence] = []
    for row in rows:
        if canonical(row.label) not in COMPANY_KEYS or len(row.values) < 2:
            continue
        if not cache:
            cache.append(Evidence(texts()))
        _join_row(row, cache[0])


def _join_row(row: RawField, evidence: Evidence) -> None:
    index = 0
    while index + 1 < len(row.values):
        first, second = row.values[index], row.values[index + 1]
        if (
            row.numbers[index + 1] == row.numbers[index] + 1
            and second[:1].isupper()
            and evidence.printed(f"{first} {second}")
            and not evidence.printed(second)
        ):
            row.values[index : index + 2] = [f"{first} {second}"]
            del row.numbers[index + 1]
        else:
            index += 1
