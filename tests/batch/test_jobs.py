"""Batch extraction over a generated corpus: workers, JSON Lines, errors, resume, Dask."""

from __future__ import annotations

import bz2
import gzip
import json
import lzma
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED, fixture_paths

CORPUS_SIZE = 1000
BROKEN = {
    "broken/empty.txt": b"",
    "broken/binary.txt": b"\x00\xff" * 64,
    "broken/blank.txt": b" \n\n",
}


def _cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "leaving_vegas_extract", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        check=False,
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """1,000 varied articles from the fixtures and the seed, plus a few broken files."""
    root = tmp_path_factory.mktemp("corpus")
    sources = [ROOT / SEED, *(ROOT / p for p in fixture_paths() if p.suffix == ".txt")]
    texts = [p.read_text(encoding="utf-8") for p in sources]
    for index in range(CORPUS_SIZE):
        text = texts[index % len(texts)]
        # Vary each copy so no two inputs are the same article.
        varied = text.replace("Publisher:", f"Publisher: Copy {index}\nPublisher:", 1)
        varied += f"\n\nAn extra closing paragraph, number {index}.\n"
        path = root / f"shard{index % 7}" / f"article-{index:04d}.txt"
        path.parent.mkdir(exist_ok=True)
        path.write_text(varied, encoding="utf-8")
    for name, data in BROKEN.items():
        (root / name).parent.mkdir(exist_ok=True)
        (root / name).write_bytes(data)
    return root


@pytest.fixture(scope="module")
def single_run(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out1")
    result = _cli(
        "extract",
        str(corpus),
        "-o",
        str(out / "json"),
        "--workers",
        "1",
        "--errors",
        str(out / "errors.jsonl"),
    )
    assert result.returncode == 1, result.stderr[-2000:]
    result = _cli(
        "extract",
        str(corpus),
        "--format",
        "jsonl",
        "-o",
        str(out / "all.jsonl"),
        "--workers",
        "1",
        "-q",
    )
    assert result.returncode == 1
    return out


def _tree(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*.json"))}


def test_every_good_file_written(single_run: Path) -> None:
    written = _tree(single_run / "json")
    assert len(written) == CORPUS_SIZE
    assert "shard3/article-0003.json" in written
    assert not list((single_run / "json").rglob(".tmp-*"))


def test_every_broken_file_reported(single_run: Path) -> None:
    records = [json.loads(line) for line in (single_run / "errors.jsonl").read_text().splitlines()]
    assert sorted(Path(r["path"]).name for r in records) == ["binary.txt", "blank.txt", "empty.txt"]
    assert {r["error_type"] for r in records} == {"empty", "binary"}


def test_jsonl_in_input_order_without_failures(single_run: Path) -> None:
    lines = (single_run / "all.jsonl").read_bytes().splitlines()
    assert len(lines) == CORPUS_SIZE
    paths = [json.loads(line)["source"]["path"] for line in lines]
    assert paths == sorted(paths)


def test_two_workers_same_bytes(corpus: Path, single_run: Path, tmp_path: Path) -> None:
    result = _cli("extract", str(corpus), "-o", str(tmp_path / "json"), "--workers", "2", "-q")
    assert result.returncode == 1
    assert _tree(tmp_path / "json") == _tree(single_run / "json")
    result = _cli(
        "extract",
        str(corpus),
        "--format",
        "jsonl",
        "-o",
        str(tmp_path / "all.jsonl"),
        "--workers",
        "2",
        "-q",
    )
    assert (tmp_path / "all.jsonl").read_bytes() == (single_run / "all.jsonl").read_bytes()


def test_summary_line(single_run: Path, corpus: Path, tmp_path: Path) -> None:
    result = _cli("extract", str(corpus / "broken"), str(ROOT / SEED), "-o", str(tmp_path))
    assert result.returncode == 1
    summary = result.stderr.strip().splitlines()[-1]
    assert summary.startswith("4 files, 1 ok, 3 failed, 0 skipped")
    assert "articles/s" in summary


def test_killed_run_leaves_no_partial_json_and_resumes(
    corpus: Path, single_run: Path, tmp_path: Path
) -> None:
    out = tmp_path / "json"
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "leaving_vegas_extract",
            "extract",
            str(corpus),
            "-o",
            str(out),
            "--workers",
            "1",
            "-q",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and len(list(out.rglob("*.json"))) < 50:
        time.sleep(0.02)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    partial = _tree(out)
    assert 0 < len(partial) < CORPUS_SIZE
    for name, data in partial.items():
        json.loads(data)  # every file that exists is complete
        assert data == _tree(single_run / "json")[name]
    result = _cli("extract", str(corpus), "-o", str(out), "--skip-existing", "--workers", "2")
    assert result.returncode == 1
    assert f"{len(partial)} skipped" in result.stderr
    assert _tree(out) == _tree(single_run / "json")


def test_compressed_and_stdin_inputs(tmp_path: Path) -> None:
    data = (ROOT / SEED).read_bytes()
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(data))
    (tmp_path / "b.txt.bz2").write_bytes(bz2.compress(data))
    (tmp_path / "c.txt.xz").write_bytes(lzma.compress(data))
    listing = "\n".join(str(tmp_path / n) for n in ("a.txt.gz", "b.txt.bz2", "c.txt.xz"))
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "leaving_vegas_extract",
            "extract",
            "--from-file",
            "-",
            "-o",
            str(tmp_path / "out"),
            "-q",
        ],
        input=listing,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    docs = [json.loads((tmp_path / "out" / f"{n}.json").read_text()) for n in "abc"]
    assert {d["source"]["sha256"] for d in docs} == {docs[0]["source"]["sha256"]}
    assert all(d["infobox"]["running_time_minutes"] == 112 for d in docs)


def test_output_collision_is_an_error(tmp_path: Path) -> None:
    for folder in ("x", "y"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "same.txt").write_bytes((ROOT / SEED).read_bytes())
    result = _cli(
        "extract",
        str(tmp_path / "x" / "same.txt"),
        str(tmp_path / "y" / "same.txt"),
        "-o",
        str(tmp_path / "out"),
        "--workers",
        "1",
        "-q",
    )
    assert result.returncode == 1
    assert "already wrote same.json" in result.stderr
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["same.json"]


def test_strict_counts_error_diagnostics(tmp_path: Path) -> None:
    from leaving_vegas_extract.batch.runner import BatchConfig, run_batch

    config = BatchConfig(paths=[str(ROOT / SEED)], output=str(tmp_path), strict=True, quiet=True)
    seed = json.loads((ROOT / "output" / "leaving_las_vegas.json").read_text("utf-8"))
    has_errors = any(d["severity"] == "error" for d in seed["diagnostics"])
    assert run_batch(config) == (1 if has_errors else 0)


def test_dask_local_cluster_matches_single_process(
    corpus: Path, single_run: Path, tmp_path: Path
) -> None:
    distributed = pytest.importorskip("distributed")
    from leaving_vegas_extract.batch.dask_runner import extract_partitions

    small = sorted((corpus / "shard0").glob("*.txt"))[:40]
    sub = tmp_path / "in"
    sub.mkdir()
    for path in small:
        (sub / path.name).write_bytes(path.read_bytes())
    (sub / "zz-empty.txt").write_bytes(b"")
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=False,
        host="127.0.0.1",
        dashboard_address=None,
        protocol="tcp://",
    ) as cluster:
        report = extract_partitions(
            [str(sub)],
            str(tmp_path / "parts"),
            scheduler=cluster.scheduler_address,
            partition_size=7,
        )
        assert (report.ok, report.failed) == (40, 1)
        joined = b"".join(Path(p).read_bytes() for p in report.partitions)
        result = _cli(
            "extract",
            str(sub),
            "--format",
            "jsonl",
            "-o",
            str(tmp_path / "one.jsonl"),
            "--workers",
            "1",
            "-q",
        )
        assert result.returncode == 1
        assert joined == (tmp_path / "one.jsonl").read_bytes()
        errors = [json.loads(x) for x in Path(report.errors).read_text().splitlines()]
        assert [e["error_type"] for e in errors] == ["empty"]
        result = _cli(
            "extract",
            str(sub),
            "--format",
            "jsonl",
            "-o",
            str(tmp_path / "d.jsonl"),
            "--dask",
            cluster.scheduler_address,
            "-q",
        )
        assert result.returncode == 1, result.stderr[-1000:]
        assert (tmp_path / "d.jsonl").read_bytes() == joined
