"""Which files a batch reads: folders walked for article-like names, globs, exclusions.

By default a folder yields the files whose suffix is an article's (``.txt``, ``.html``... and
their compressed forms); ``--glob`` chooses names instead. The run's own output is never read.
Files left out are counted and folders that cannot be read are listed, for the summary.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

from leaving_vegas_extract.source.files import shown_path
from leaving_vegas_extract.source.vocab import ARTICLE_SUFFIXES, COMPRESSED_SUFFIXES


@dataclass(slots=True)
class Selection:
    """What walking found besides the inputs: counted while the jobs are being made."""

    skipped: int = 0  # files in folders left out by suffix or --glob
    unreadable: list[str] = field(default_factory=list)  # folders that could not be listed


def is_article_name(name: str) -> bool:
    """Whether a file name has an article's suffix, maybe compressed (``a.txt.gz``)."""
    name = name.lower()
    for suffix in COMPRESSED_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    return name.endswith(ARTICLE_SUFFIXES)


def split_patterns(patterns: str | None) -> tuple[str, ...]:
    """``"*.txt, **/*.html"`` → ``("*.txt", "**/*.html")``."""
    return tuple(p.strip() for p in (patterns or "").split(",") if p.strip())


@lru_cache(maxsize=64)
def _compile(pattern: str) -> re.Pattern[str]:
    """A glob as a regular expression over a relative POSIX path: ``*`` and ``?`` stay within
    one folder, ``**`` crosses folders (``**/`` also matches no folder at all)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        elif pattern[i] == "[" and (end := pattern.find("]", i + 2)) > 0:
            body = pattern[i + 1 : end].replace("\\", "\\\\")
            out.append("[^" + body[1:] + "]" if body.startswith("!") else "[" + body + "]")
            i = end + 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out), re.S)


def matches(relative: str, patterns: Iterable[str]) -> bool:
    """Whether a relative path matches any pattern: one without ``/`` is matched against the
    name alone, as ``--glob '*.txt'`` means in every folder."""
    name = relative.rsplit("/", 1)[-1]
    return any(_compile(p).fullmatch(relative if "/" in p else name) is not None for p in patterns)


class Walk(NamedTuple):
    """How to walk folders: globs chosen (else article suffixes), exclusions, paths to avoid.

    A NamedTuple: a frozen dataclass's generated methods cost ~4 M instructions per start.
    """

    patterns: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    avoid: frozenset[str] = frozenset()  # absolute paths: the run's own output and error file

    def files(self, folder: str, selection: Selection) -> Iterator[tuple[str, str]]:
        """``(path, relative path)`` of the files to read below ``folder``, in sorted order
        (a folder's files, then its subfolders)."""
        yield from self._files(folder, "", os.path.abspath(folder), selection)

    def _files(
        self, folder: str, prefix: str, absolute: str, selection: Selection
    ) -> Iterator[tuple[str, str]]:
        try:
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            selection.unreadable.append(f"{shown_path(folder)} ({reason.lower()})")
            return
        folders = []
        for entry in entries:
            relative = prefix + entry.name
            if entry.name.startswith(".") or matches(shown_path(relative), self.exclude):
                continue
            if os.path.join(absolute, entry.name) in self.avoid:
                continue
            if _is_dir(entry):
                folders.append(entry)
            elif self._wanted(shown_path(relative)):
                yield entry.path, relative
            else:
                selection.skipped += 1
        for entry in folders:
            child = os.path.join(absolute, entry.name)
            yield from self._files(entry.path, prefix + entry.name + "/", child, selection)

    def _wanted(self, relative: str) -> bool:
        if self.patterns:
            return matches(relative, self.patterns)
        return is_article_name(relative)


def _is_dir(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False
