"""The names in a track row's cells, and the evidence about names that splits run-together cells.

A writer cell separates names by commas, semicolons, "and" or "&"; a performer cell by commas
only. ``gather_evidence`` collects the names the listing and the article vouch for; the split
itself is chosen in ``search``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from leaving_vegas_extract.model.article import Performer
from leaving_vegas_extract.normalize.text import clean
from leaving_vegas_extract.parts.soundtrack import vocab

_WRITER_SEP = re.compile(r" ?[,;] ?| (?:and|&) ")
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
    return writer_names(clean(text))


def writer_names(text: str) -> list[str]:
    """``split_writers`` of a text that is clean already."""
    if "," in text or ";" in text or " and " in text or " & " in text:
        return _join_suffixes(_WRITER_SEP.split(text, maxsplit=_MAX_NAMES))
    return [text] if text else []  # one name: nothing to split (a clean text is stripped)


def split_performers(text: str) -> list[str]:
    """Names of a performer cell, separated by commas only ("Simon & Lee" is one act).

    >>> split_performers("Ann Lee as Ruth, Earth & Sky")
    ['Ann Lee as Ruth', 'Earth & Sky']
    """
    return performer_names(clean(text))


def performer_names(text: str) -> list[str]:
    """``split_performers`` of a text that is clean already."""
    if "," in text:
        return _join_suffixes(text.split(",", _MAX_NAMES))
    return [text] if text else []  # one name: nothing to split (a clean text is stripped)


def performer(item: str) -> Performer:
    """A performer from "Name as Role" (or a name alone)."""
    name, sep, role = item.partition(" as ")
    return Performer(name=name.strip(), role=role.strip() or None) if sep else Performer(name=item)


def is_group_key(key: str) -> bool:
    """Whether a casefolded name names a group ("the …", "… orchestra", "Academy of …")."""
    words = key.split()
    return bool(words) and (
        words[0] == "the"
        or words[-1] in vocab.GROUP_WORDS
        or not vocab.GROUP_CONNECTORS.isdisjoint(words[1:])
    )


def name_words(name: str) -> tuple[int, int]:
    """The words of ``name``, and how many of them start in lower case (particles aside)."""
    words = name.split(" ")
    if name.istitle():  # every word starts in upper case (or uncased)
        return len(words), 0
    lower = 0
    for w in words:
        if w[:1].islower() and w.casefold() not in vocab.NAME_PARTICLES:
            lower += 1
    return len(words), lower


# Evidence from a cell or a name, memoised: rows and listings repeat their credits.
@lru_cache(maxsize=4096)
def _performer_key(name: str) -> str:
    """A performer's name without its role, clean and casefolded."""
    return clean(name.partition(" as ")[0]).casefold()


@lru_cache(maxsize=4096)
def _performer_keys(text: str) -> frozenset[str]:
    """``_performer_key`` of each name of a clean performer cell."""
    return frozenset(_performer_key(n) for n in performer_names(text))


@lru_cache(maxsize=4096)
def _writer_keys(text: str) -> frozenset[str]:
    """Each name of a clean writer cell, casefolded."""
    return frozenset(n.casefold() for n in writer_names(text))


def gather_evidence(
    rows: Iterable[tuple[Sequence[str], Sequence[str], Sequence[str]]],
    performed: Iterable[str],
    default: Iterable[str],
) -> Evidence:
    """Known names from each row's ``(column kinds, cell pieces, continuation lines)`` (clean).

    Performers: cells the markers fixed, continuation lines of a performer column, "X as Role",
    and the names the prose says performed. Writers: cells the markers fixed, the default credit,
    and placeholders such as "Traditional".
    """
    performers = {_performer_key(n) for n in performed}
    writers = {n.casefold() for n in default} | vocab.WRITER_PLACEHOLDERS
    for kinds, pieces, more in rows:
        if len(kinds) == len(pieces):
            for kind, piece in zip(kinds, pieces, strict=True):
                if kind == vocab.WRITER:
                    writers |= _writer_keys(piece)
                elif kind == vocab.PERFORMER:
                    performers |= _performer_keys(piece)
        if more and kinds and kinds[-1] == vocab.PERFORMER:
            for line in more:
                performers |= _performer_keys(line)
        for piece in pieces:
            if " as " not in piece:
                continue
            # A role marks a performer even inside run-together cells, if its name is short.
            for item in piece.split(",", _MAX_NAMES):
                if " as " in item and (role := item.partition(" as ")[0]).strip().count(" ") < 3:
                    performers.add(_performer_key(role))
    performers.discard("")
    heads = {
        p.partition(" ")[0]
        for p in performers
        if is_group_key(p.casefold()) and not p.startswith("the ")
    }
    return Evidence(frozenset(performers), frozenset(heads), frozenset(writers))
