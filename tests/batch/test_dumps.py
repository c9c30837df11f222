"""Dumps in a batch: one article per page, in dump order, the same bytes for any worker count."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from leaving_vegas_extract.batch.runner import BatchConfig, run_batch
from leaving_vegas_extract.options import ExtractOptions

from ..conftest import FIXTURES

EXPORT = FIXTURES / "wikitext" / "films_export.xml"
BZ2 = FIXTURES / "wikitext" / "kettle_point.xml.bz2"


def _jsonl(tmp_path: Path, workers: int, *paths: Path) -> bytes:
    out = tmp_path / f"w{workers}.jsonl"
    errors = tmp_path / f"w{workers}.err"
    config = BatchConfig(
        paths=[str(p) for p in paths],
        output=str(out),
        fmt="jsonl",
        workers=workers,
        quiet=True,
        errors=str(errors),
    )
    assert run_batch(config) == 0  # the redirect is a skipped record, not a failure
    records = [json.loads(line) for line in errors.read_text().splitlines()]
    assert [r["error_type"] for r in records] == ["redirect"]
    return out.read_bytes()


def test_pages_in_dump_order_and_identical_for_any_worker_count(tmp_path: Path) -> None:
    one = _jsonl(tmp_path, 1, EXPORT, BZ2)
    two = _jsonl(tmp_path, 2, EXPORT, BZ2)
    assert one == two
    titles = [json.loads(line)["title"] for line in one.splitlines()]
    assert titles == ["Random Crossing (film)", "Harvest of Glass", "Ada Pell", "Kettle Point"]


def test_json_files_under_a_folder_named_after_the_dump(tmp_path: Path) -> None:
    out = tmp_path / "out"
    config = BatchConfig(paths=[str(EXPORT)], output=str(out), quiet=True)
    assert run_batch(config) == 0
    names = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.json"))
    assert names == [
        "films_export/Ada Pell.json",
        "films_export/Harvest of Glass.json",
        "films_export/Random Crossing (film).json",
    ]


def test_colliding_page_names_are_reported(tmp_path: Path) -> None:
    page = (
        "<page><title>{}</title><ns>0</ns><id>{}</id><revision><text>'''X''' is a [[film]].</text>"
        "</revision></page>\n"
    )
    dump = tmp_path / "d.xml"
    dump.write_text(
        "<mediawiki>\n" + page.format("A/B", 1) + page.format("A:B", 2) + "</mediawiki>"
    )
    errors = tmp_path / "err.jsonl"
    config = BatchConfig(
        paths=[str(dump)], output=str(tmp_path / "o"), quiet=True, errors=str(errors)
    )
    assert run_batch(config) == 1
    (record,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert record["error_type"] == "output-collision"
    assert (tmp_path / "o" / "d" / "A_B.json").is_file()


def test_namespace_option_chooses_pages(tmp_path: Path) -> None:
    out = tmp_path / "talk.jsonl"
    options = ExtractOptions(namespaces=(1,))
    config = BatchConfig(
        paths=[str(EXPORT)], output=str(out), fmt="jsonl", quiet=True, options=options
    )
    assert run_batch(config) == 0
    titles = [json.loads(line)["title"] for line in out.read_bytes().splitlines()]
    assert titles == ["Talk:Random Crossing (film)"]


def test_dask_partitions_spread_a_dumps_pages(tmp_path: Path) -> None:
    from leaving_vegas_extract.batch.dask_runner import extract_partitions

    report = extract_partitions([str(EXPORT), str(BZ2)], str(tmp_path / "parts"), partition_size=2)
    assert len(report.partitions) == 3  # 5 records: 4 pages and the redirect, 2 a partition
    joined = b"".join(Path(p).read_bytes() for p in report.partitions)
    assert joined == _jsonl(tmp_path, 1, EXPORT, BZ2)
    errors = [json.loads(line) for line in Path(report.errors).read_text().splitlines()]
    assert [e["error_type"] for e in errors] == ["redirect"]


class _Done:
    def __init__(self, value: object) -> None:
        self.value = value

    def result(self) -> object:
        return self.value

    def release(self) -> None:
        pass


class _Client:
    def submit(self, fn: Any, *args: object, pure: bool = True) -> _Done:
        return _Done(fn(*args))

    def close(self) -> None:
        pass


def test_dask_draws_jobs_as_partitions_are_submitted(monkeypatch: Any) -> None:
    from leaving_vegas_extract.batch import dask_runner
    from leaving_vegas_extract.batch.jobs import Job

    monkeypatch.setattr(dask_runner, "_client", lambda address: _Client())
    drawn = 0

    def jobs() -> Iterator[Job]:
        nonlocal drawn
        for n in range(100_000):  # a large dump's pages: never all held
            drawn += 1
            yield Job(f"dump.xml#{n}", f"dump/{n}.json", skip=("redirect", "a redirect"))

    config = BatchConfig(paths=[], output="-", fmt="jsonl", dask="tcp://nowhere:1")
    outcomes = dask_runner.dask_outcomes(config, jobs())
    first = next(outcomes)
    assert first.job.path == "dump.xml#0"
    bound = dask_runner.IN_FLIGHT * dask_runner.DEFAULT_PARTITION_SIZE
    assert drawn <= bound
    assert sum(1 for _ in outcomes) == 100_000 - 1
