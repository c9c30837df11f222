"""Review pages for inputs: one page per article, an index for a folder, golden changes marked."""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from leaving_vegas_extract.batch.check import MISSING, diff_json
from leaving_vegas_extract.batch.jobs import Job, discover
from leaving_vegas_extract.errors import InputError
from leaving_vegas_extract.export.review.index import Entry, index_page
from leaving_vegas_extract.export.review.page import Golden, review_page
from leaving_vegas_extract.export.review.values import ABSENT, Change
from leaving_vegas_extract.model.article import Article
from leaving_vegas_extract.options import ExtractOptions


@dataclass(frozen=True, slots=True)
class ReviewConfig:
    """What to review, where to write, and what to compare with."""

    paths: Sequence[str]
    output: str | None = None
    golden: str | None = None
    glob: str = "*"
    options: ExtractOptions | None = None


def single_page(config: ReviewConfig) -> bool:
    """One file in and an ``.html`` target (or none): write that page alone, no index."""
    paths = config.paths
    one_file = len(paths) == 1 and not os.path.isdir(paths[0])
    return one_file and (config.output is None or config.output.endswith(".html"))


def page_name(job: Job) -> str:
    """``dir/name.json`` (the job's output) → ``dir/name.html``."""
    return str(PurePosixPath(job.out).with_suffix(".html"))


def _changes(golden: Path, article: Article) -> tuple[Change, ...] | None:
    from leaving_vegas_extract.export.json_out import to_json

    if not golden.is_file():
        return None
    try:
        old = json.loads(golden.read_bytes())
    except ValueError:
        return None
    new = json.loads(to_json(article))
    return tuple(
        (p, ABSENT if a is MISSING else a, ABSENT if b is MISSING else b)
        for p, a, b in diff_json(old, new)
    )


def _entry(job: Job, page: str, article: Article, golden: Golden | None) -> Entry:
    counts = Counter(d.severity for d in article.diagnostics)
    return Entry(
        source=job.path,
        page=page,
        title=article.title,
        claimed=article.coverage.lines_claimed,
        total=article.coverage.lines_total,
        errors=counts["error"],
        warnings=counts["warning"],
        infos=counts["info"],
        changes=None if golden is None or golden.changes is None else len(golden.changes),
    )


def review_job(job: Job, target: Path, page: str, config: ReviewConfig) -> Entry:
    """Extract one input and write its page to ``target``; a failure becomes the entry's note."""
    from leaving_vegas_extract.api import extract_file_claimed
    from leaving_vegas_extract.export.json_out import write_atomic

    try:
        claimed = extract_file_claimed(job.path, options=config.options)
    except InputError as exc:
        return Entry(source=job.path, page=None, title=job.path, failure=exc.message)
    except RecursionError:
        return Entry(source=job.path, page=None, title=job.path, failure="input nests too deeply")
    except Exception as exc:  # a bug in us: say so on the index and go on, as `extract` does
        failure = f"internal error: {type(exc).__name__}: {exc}"
        return Entry(source=job.path, page=None, title=job.path, failure=failure)
    golden = None
    if config.golden is not None:
        file = Path(config.golden) / job.out
        golden = Golden(file.as_posix(), _changes(file, claimed.article))
    html = review_page(claimed.article, claimed.lines, claimed.owners, golden)
    write_atomic(target, html.encode("utf-8"))
    return _entry(job, page, claimed.article, golden)


def review_inputs(config: ReviewConfig) -> Iterator[Entry]:
    """Write the pages (and, for folders, ``index.html``); yield each input's entry in order."""
    jobs = list(discover(config.paths, config.glob))
    if single_page(config):
        job = jobs[0]
        target = Path(config.output or page_name(job))
        yield review_job(job, target, target.name, config)
        return
    folder = Path(config.output or "review")
    entries = []
    for job in jobs:
        page = page_name(job)
        entry = review_job(job, folder / page, page, config)
        entries.append(entry)
        yield entry
    from leaving_vegas_extract.export.json_out import write_atomic

    write_atomic(folder / "index.html", index_page(entries).encode("utf-8"))
