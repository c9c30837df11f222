"""Splitting run-together cells of a track row by evidence, and the names in a cell.

The markers of a row fix some cell boundaries; the cells left running together ("Ann Lee, Bo Day
Cy Fox") are split where the evidence is best (``_score``): names seen alone as performers in the
listing or the prose, band names ("The …"), comma lists of writers, and the shape of personal
names. When a runner-up scores nearly as well, a diagnostic says so.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from itertools import combinations_with_replacement, pairwise

from .models import Performer
from .normalize.text import clean
from .vocab import soundtrack as vocab

_WRITER_SEP = re.compile(r" ?[,;] ?| (?:and|&) ")
_MAX_TOKENS = 24  # longer cell runs are not split by search (every split is scored)
_CLOSE = 1.0  # a runner-up split scoring within this of the best is reported
_JOINERS = frozenset({"as", "and", "&"})  # words that join two names into one cell
_MAX_NAMES = 64  # names split out of one cell; the rest stays in the last (no cell lists more)


@dataclass(frozen=True, slots=True)
class Evidence:
    """What the listing and the article say about names, casefolded."""

    performers: frozenset[str]  # names seen alone as performers
    heads: frozenset[str]  # first words of known group names ("ambrosian")
    writers: frozenset[str]  # names credited alone as writers, or by the default credit


def _join_suffixes(items: Iterable[str]) -> list[str]:
    out: list[str] = []
    for raw in items:
        item = raw.strip()
        if out and item.casefold() in vocab.NAME_SUFFIXES:
            out[-1] = f"{out[-1]}, {item}"
        elif item:
            out.append(item)
    return out


def split_writers(text: str) -> list[str]:
    """Names of a writer cell, separated by commas, semicolons, "and" or "&".

    >>> split_writers("Ann Lee, Bo Day and Cy Fox"), split_writers("Sammy Dee, Jr.")
    (['Ann Lee', 'Bo Day', 'Cy Fox'], ['Sammy Dee, Jr.'])
    """
    return _writers(clean(text))


def _writers(text: str) -> list[str]:
    return _join_suffixes(_WRITER_SEP.split(text, maxsplit=_MAX_NAMES))


def split_performers(text: str) -> list[str]:
    """Names of a performer cell, separated by commas only ("Simon & Lee" is one act).

    >>> split_performers("Ann Lee as Ruth, Earth & Sky")
    ['Ann Lee as Ruth', 'Earth & Sky']
    """
    return _performers(clean(text))


def _performers(text: str) -> list[str]:
    return _join_suffixes(text.split(",", _MAX_NAMES))


def performer(item: str) -> Performer:
    """A performer from "Name as Role" (or a name alone)."""
    name, sep, role = item.partition(" as ")
    return Performer(name=name.strip(), role=role.strip() or None) if sep else Performer(name=item)


def _is_group(name: str) -> bool:
    words = name.casefold().split()
    return bool(words) and (
        words[0] == "the"
        or words[-1] in vocab.GROUP_WORDS
        or any(w in vocab.GROUP_CONNECTORS for w in words[1:])
    )


def _shape(name: str, solo: float) -> float:
    """How much ``name`` looks like one person's name: two or three capitalised words."""
    words = name.split(" ")
    lower = sum(1 for w in words if w[:1].islower() and w.casefold() not in vocab.NAME_PARTICLES)
    n = len(words)
    return (solo if n == 1 else 1.0 if n <= 3 else 3.0 - n) - 2.0 * lower


Scored = tuple[float, frozenset[str]]  # a cell's score, and the casefolded names it holds


def _writer_score(chunk: str, note: str | None, ev: Evidence) -> Scored:
    if not chunk:
        # The rendering marks an empty writer cell, except on note rows (dialogue, instrumental).
        return (1.0 if note else -3.0), frozenset()
    if " as " in f" {chunk} ":
        return -20.0, frozenset()  # "Name as Role" only ever credits a performer
    items = _writers(chunk)
    score = 1.0 if len(items) > 1 and len({i.count(" ") for i in items}) == 1 else 0.0
    for item in items:
        if item.casefold() in ev.writers:
            score += 3.0
        else:
            score += -4.0 if _is_group(item) else _shape(item, solo=-1.0)
    return score, frozenset(i.casefold() for i in items)


def _performer_score(chunk: str, ev: Evidence) -> Scored:
    if not chunk:
        return -2.0, frozenset()
    score = 0.0
    names = [item.partition(" as ")[0].strip() for item in _performers(chunk)]
    for name in names:
        key = name.casefold()
        if name[:1].islower():
            score -= 3.0  # a name cut in the middle ("and the Band")
        if key in ev.performers:
            score += 6.0
        elif key.partition(" ")[0] in ev.heads:
            score += 2.0
        if key.startswith(vocab.BAND_OPENINGS):
            score += 4.0
        elif _is_group(name):
            score += 1.0
        else:
            score += _shape(name, solo=0.0)
    return score, frozenset(n.casefold() for n in names)


def _cut_points(tokens: Sequence[str], hard: set[int]) -> list[int]:
    """Where a cell may end: not after a comma or "and", nor inside "Name as Role"."""
    points = [0]
    in_role = False
    for i in range(1, len(tokens)):
        before, word = tokens[i - 1], tokens[i]
        in_role = (in_role or before == "as") and not before.endswith(",")
        if i in hard or not (in_role or before[-1:] in ",&" or word in _JOINERS or before == "and"):
            points.append(i)
    return [*points, len(tokens)]


@dataclass(slots=True)
class Splitter:
    """Splits the run-together cells of one listing's rows, scoring each cell text once."""

    ev: Evidence
    cache: dict[tuple[str, str, bool], Scored] = field(default_factory=dict)

    def _cell(self, kind: str, chunk: str, note: str | None) -> Scored:
        key = (kind, chunk, note is not None)
        found = self.cache.get(key)
        if found is None:
            found = (
                _performer_score(chunk, self.ev)
                if kind == vocab.PERFORMER
                else _writer_score(chunk, note, self.ev)
            )
            self.cache[key] = found
        return found

    def _score(self, cols: Sequence[str], chunks: Sequence[str], note: str | None) -> float:
        total = 0.0
        writers: set[str] = set()
        performers: set[str] = set()
        for kind, chunk in zip(cols, chunks, strict=True):
            score, names = self._cell(kind, chunk, note)
            total += score
            (performers if kind == vocab.PERFORMER else writers).update(names)
        # Songwriters often sing their own songs: a performer among the writers is evidence.
        return total + (2.0 if writers & performers else 0.0)

    def split(
        self, cols: Sequence[str], pieces: Sequence[str], more: Sequence[str], note: str | None
    ) -> tuple[list[str], str | None]:
        """Each column's text, and a diagnostic code when the split is not clean.

        ``pieces`` are the row's texts between markers; ``more`` its continuation lines, which
        continue the last column (their names count as that column's).
        """
        if not pieces or (len(cols) == 1 and len(pieces) == 1):
            return [*([""] * (len(cols) - len(pieces))), *pieces][: len(cols)], None
        if not cols:
            return [], "track-extra-cells"
        tokens: list[str] = []
        hard: set[int] = set()  # token positions where a marker fixes a cell boundary
        for piece in pieces:
            if tokens:
                hard.add(len(tokens))
            tokens.extend(piece.split(" "))
        n = len(cols)
        if len(hard) >= n or len(tokens) > _MAX_TOKENS:
            # No search: one piece per column, right-aligned, the surplus joined into the last.
            chunks = [*pieces[: n - 1], " ".join(pieces[n - 1 :])] if len(pieces) >= n else []
            chunks = chunks or [""] * (n - len(pieces)) + list(pieces)
            return chunks, "track-extra-cells" if len(hard) >= n else "track-cells-unsplit"
        tail = [cols[-1]] * len(more)
        best: tuple[float, list[str]] | None = None
        second = float("-inf")
        for cuts in combinations_with_replacement(_cut_points(tokens, hard), n - 1):
            if not hard.issubset(cuts):
                continue
            chunks = [" ".join(tokens[a:b]) for a, b in pairwise((0, *cuts, len(tokens)))]
            score = self._score([*cols, *tail], [*chunks, *more], note)
            if best is None or score > best[0]:
                second = best[0] if best else second
                best = (score, chunks)
            elif score > second:
                second = score
        assert best is not None  # the hard cuts themselves are always a candidate
        return best[1], "ambiguous-track-cells" if best[0] - second <= _CLOSE else None


def gather_evidence(
    rows: Iterable[tuple[Sequence[str], Sequence[str], Sequence[str]]],
    performed: Iterable[str],
    default: Iterable[str],
) -> Evidence:
    """Known names from each row's ``(column kinds, cell pieces, continuation lines)``.

    Performers: cells the markers fixed, continuation lines of a performer column, "X as Role",
    and the names the prose says performed. Writers: cells the markers fixed, the default credit,
    and placeholders such as "Traditional".
    """
    names = [*performed]
    writers = {n.casefold() for n in default} | vocab.WRITER_PLACEHOLDERS
    for kinds, pieces, more in rows:
        fixed = list(zip(kinds, pieces, strict=True)) if len(kinds) == len(pieces) else []
        writers.update(
            n.casefold() for k, p in fixed if k == vocab.WRITER for n in split_writers(p)
        )
        texts = [p for kind, p in fixed if kind == vocab.PERFORMER]
        texts += more if kinds and kinds[-1] == vocab.PERFORMER else ()
        names += (n for t in texts for n in split_performers(t))
        # A role marks a performer even inside run-together cells, if its name is short.
        roles = (
            i.partition(" as ")[0] for p in pieces for i in p.split(",", _MAX_NAMES) if " as " in i
        )
        names += (r for r in roles if r.strip().count(" ") < 3)
    performers = {clean(n.partition(" as ")[0]).casefold() for n in names} - {""}
    heads = {p.partition(" ")[0] for p in performers if _is_group(p) and not p.startswith("the ")}
    return Evidence(frozenset(performers), frozenset(heads), frozenset(writers))
