"""Batch extraction: find inputs, extract each (errors as records), write outputs in input order."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import PurePosixPath
from typing import NamedTuple

from leaving_vegas_extract.batch.inputs import Selection, Walk, split_patterns
from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.options import ExtractOptions
from leaving_vegas_extract.source.document import SourceText
from leaving_vegas_extract.source.files import shown_path
from leaving_vegas_extract.source.lazy import LazyPattern
from leaving_vegas_extract.source.vocab import COMPRESSED_SUFFIXES

STDIN = "-"
"""The input that stands for one article's content on standard input."""


# Job and Outcome are NamedTuples, not frozen dataclasses: a frozen dataclass's generated
# methods cost ~4 M instructions at every start (a one-file run is ~900 M).
class Job(NamedTuple):
    """One input: its path as shown (always valid UTF-8), the output's path relative to the
    output folder, the path to open when the name is not UTF-8, and the content of stdin."""

    path: str
    out: str
    file: str | None = None
    data: bytes | None = None
    source: SourceText | None = None  # a page of a dump, already read by the main process
    skip: tuple[str, str] | None = None  # (kind, message): a dump page not extracted
    share: float | None = None  # a dump page: the share of its dump file read up to it

    @property
    def location(self) -> str:
        """The path to open."""
        return self.file if self.file is not None else self.path


class Outcome(NamedTuple):
    """The result of one job: the output bytes, or an error record."""

    job: Job
    data: bytes | None = None
    error_type: str | None = None
    message: str | None = None
    diagnostics: int = 0
    errors: int = 0
    skipped: bool = False  # a record, not a failure (a redirect in a dump)

    @property
    def ok(self) -> bool:
        """Whether the article was extracted."""
        return self.data is not None


def output_name(relative: str) -> str:
    """``dir/name.txt.gz`` → ``dir/name.json``."""
    path = PurePosixPath(relative)
    name = path.name
    for suffix in COMPRESSED_SUFFIXES:
        if name.endswith(suffix):
            name = name[: -len(suffix)]
            break
    stem = name.rsplit(".", 1)[0] if "." in name.lstrip(".") else name
    return str(path.with_name(stem + ".json"))


def discover(
    inputs: Iterable[str],
    pattern: str | None = None,
    *,
    exclude: str | None = None,
    avoid: Iterable[str] = (),
    selection: Selection | None = None,
) -> Iterator[Job]:
    """Jobs for files and folders (recursive); a file keeps its name, a folder its tree.

    A file named is always read. In folders, ``pattern`` (comma-separated globs, ``**``
    crossing folders) chooses the files, else article-like suffixes do; ``exclude`` leaves
    files and folders out; ``avoid`` (the run's own output) is never read. ``selection``
    counts the files left out and lists the folders that could not be read.
    """
    selection = selection if selection is not None else Selection()
    walk = Walk(
        patterns=split_patterns(pattern),
        exclude=split_patterns(exclude),
        avoid=frozenset(os.path.abspath(p) for p in avoid),
    )
    for given in inputs:
        if given == STDIN:
            yield Job(STDIN, "stdin.json")
        elif os.path.isdir(given):
            for path, relative in walk.files(given, selection):
                yield _job(path, output_name(shown_path(relative)))
        else:
            yield _job(given, output_name(PurePosixPath(shown_path(given)).name))


def _job(path: str, out: str) -> Job:
    shown = shown_path(path)
    return Job(shown, out, file=None if shown == path else path)


_UNSAFE = LazyPattern(r'[\x00-\x1f/\\:*?"<>|]+')
_DUMP_SUFFIXES = (".xml",)
_ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".wiki", ".wikitext", ".json", ".jsonl")


def safe_name(title: str) -> str:
    """A page title as a file name: separators and reserved characters as ``_``, at most 150.

    >>> safe_name("AC/DC: Live (film)"), safe_name("..")
    ('AC_DC_ Live (film)', '_..')
    """
    name = _UNSAFE.get().sub("_", title).strip() or "_"
    if name.startswith("."):
        name = "_" + name
    return name[:150]


def _maybe_dump(path: str) -> bool:
    name = path.lower()
    for suffix in COMPRESSED_SUFFIXES:
        name = name.removesuffix(suffix)
    if name.endswith(_ARTICLE_SUFFIXES):
        return False
    from leaving_vegas_extract.api import is_dump_file

    return name.endswith(_DUMP_SUFFIXES) or is_dump_file(path)


def expand_dumps(jobs: Iterable[Job], options: ExtractOptions) -> Iterator[Job]:
    """Jobs with each MediaWiki dump replaced by one job per page (streamed, in dump order):
    outputs under a folder named after the dump; pages of other namespaces are left out."""
    from leaving_vegas_extract.source.dump import read_dump

    for job in jobs:
        if job.data is not None or not _maybe_dump(job.location):
            yield job
            continue
        folder = job.out.removesuffix(".json")
        size = _size(job.location)
        pages = read_dump(
            job.location, shown=job.path, namespaces=options.namespaces, max_bytes=options.max_bytes
        )
        try:
            for page in pages:
                if page.skip == "namespace":
                    continue
                out = f"{folder}/{safe_name(page.title or f'page-{page.number}')}.json"
                skip = (page.skip, page.message or page.skip) if page.skip else None
                share = min(page.offset / size, 1.0) if size else None
                path = f"{job.path}#{page.number}"
                yield Job(path, out, source=page.source, skip=skip, share=share)
        except InputError as exc:
            yield Job(job.path, job.out, skip=(exc.kind, exc.message))


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def run_job(job: Job, options: ExtractOptions, fmt: str = "json") -> Outcome:
    """Extract one job; any failure becomes an error record, never an exception."""
    from leaving_vegas_extract.api import extract_bytes
    from leaving_vegas_extract.export.json_out import to_json, to_jsonl_line
    from leaving_vegas_extract.pipeline import extract_source
    from leaving_vegas_extract.source.files import read_path

    if job.skip is not None:
        kind, message = job.skip
        return Outcome(job, error_type=kind, message=message, skipped=kind == "redirect")
    try:
        if job.source is not None:
            article = extract_source(job.source, options)
        else:
            raw = job.data if job.data is not None else read_path(job.location, options.max_bytes)
            article = extract_bytes(raw, source=job.path, options=options)
    except InputError as exc:
        return Outcome(job, error_type=exc.kind, message=exc.message)
    except RecursionError:
        return Outcome(job, error_type="too-complex", message="input nests too deeply")
    except Exception as exc:  # a bug in us: record it and let the batch go on
        return Outcome(job, error_type="internal-error", message=f"{type(exc).__name__}: {exc}")
    if fmt == "sqlite":  # the rows, built here in the worker; the one writer only inserts them
        from leaving_vegas_extract.export.sqlite.rows import row_bytes

        data = row_bytes(article)
    else:
        data = to_jsonl_line(article) if fmt == "jsonl" else to_json(article)
    errors = sum(1 for d in article.diagnostics if d.severity == "error")
    return Outcome(job, data=data, diagnostics=len(article.diagnostics), errors=errors)
