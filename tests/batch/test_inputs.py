"""Which files a batch reads: suffixes, globs with ``**``, exclusions, the run's own output,
unreadable folders, names that are not UTF-8."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from leaving_vegas_extract.batch.inputs import Selection, is_article_name, matches
from leaving_vegas_extract.batch.jobs import discover
from leaving_vegas_extract.source.files import shown_path

TREE = (
    "a.txt",
    "b.HTML",
    "c.htm.gz",
    "d.wikitext.bz2",
    "e.xml",
    "f.wiki.xz",
    "notes.md",
    "data.json",
    "all.jsonl",
    "tool.py",
    "image.svg",
    ".hidden.txt",
    "sub/g.txt",
    "sub/h.csv",
    "sub/deep/i.html",
    "sub/deep/j.txt",
    "out/k.json",
    "out/l.txt",
    ".git/m.txt",
)


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    for name in TREE:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(b"x")
    return tmp_path


def _found(tree: Path, **kwargs: object) -> tuple[list[str], Selection]:
    selection = Selection()
    jobs = discover([str(tree)], selection=selection, **kwargs)  # type: ignore[arg-type]
    return [os.path.relpath(j.path, tree) for j in jobs], selection


def test_default_reads_article_suffixes_and_counts_the_rest(tree: Path) -> None:
    found, selection = _found(tree)
    assert found == [
        "a.txt",
        "b.HTML",
        "c.htm.gz",
        "d.wikitext.bz2",
        "e.xml",
        "f.wiki.xz",
        "out/l.txt",
        "sub/g.txt",
        "sub/deep/i.html",
        "sub/deep/j.txt",
    ]
    # notes.md, data.json, all.jsonl, tool.py, image.svg, sub/h.csv, out/k.json; hidden not counted
    assert selection.skipped == 7
    assert selection.unreadable == []


def test_glob_comma_separated_with_double_star(tree: Path) -> None:
    found, selection = _found(tree, pattern="*.md, sub/**/*.txt")
    assert found == ["notes.md", "sub/g.txt", "sub/deep/j.txt"]
    assert selection.skipped == len([n for n in TREE if not n.startswith(".")]) - 3


def test_exclude_files_and_folders(tree: Path) -> None:
    found, _ = _found(tree, exclude="sub,*.xml")
    assert "e.xml" not in found
    assert not [f for f in found if f.startswith("sub/")]
    found, _ = _found(tree, exclude="**/deep")
    assert "sub/g.txt" in found
    assert not [f for f in found if "deep" in f]


def test_the_runs_own_output_is_never_read(tree: Path) -> None:
    found, _ = _found(tree, pattern="*", avoid=[str(tree / "out"), str(tree / "all.jsonl")])
    assert not [f for f in found if f.startswith("out/") or f == "all.jsonl"]
    assert "data.json" in found


def test_a_file_named_is_read_whatever_its_suffix(tree: Path) -> None:
    jobs = list(discover([str(tree / "tool.py"), str(tree / "missing.bin")]))
    assert [Path(j.path).name for j in jobs] == ["tool.py", "missing.bin"]


def test_unreadable_folder_is_listed_and_the_rest_read(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated: permissions do not stop root, which runs the tests in CI."""
    real = os.scandir
    locked = str(tree / "sub")

    def scandir(path: str) -> object:
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    found, selection = _found(tree)
    assert "a.txt" in found
    assert not [f for f in found if f.startswith("sub/")]
    assert selection.unreadable == [f"{shown_path(locked)} (permission denied)"]


def test_names_that_are_not_utf8(tmp_path: Path) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"bad\xff.txt")
    with open(raw, "wb") as handle:
        handle.write(b"x")
    (job,) = discover([str(tmp_path)])
    assert job.path == f"{tmp_path.as_posix()}/bad\\xff.txt"
    assert job.out == "bad\\xff.json"
    assert job.location == os.fsdecode(raw)
    assert job.path.encode("utf-8")  # always valid UTF-8


@pytest.mark.parametrize(
    ("name", "article"),
    [("a.TXT", True), ("a.txt.gz", True), ("a.htm.xz", True), ("a.gz", False), ("a.md", False)],
)
def test_is_article_name(name: str, article: bool) -> None:
    assert is_article_name(name) is article


@pytest.mark.parametrize(
    ("relative", "patterns", "matched"),
    [
        ("x/y/a.txt", ["*.txt"], True),
        ("x/y/a.txt", ["x/*.txt"], False),
        ("x/y/a.txt", ["x/**/*.txt"], True),
        ("a.txt", ["**/*.txt"], True),
        ("x/a.txt", ["x/**"], True),
        ("a.txt", ["[ab].txt"], True),
        ("c.txt", ["[!ab].txt"], True),
        ("a.txt", ["a?txt"], True),
        ("a/b", ["a?b"], False),
    ],
)
def test_matches(relative: str, patterns: list[str], matched: bool) -> None:
    assert matches(relative, patterns) is matched
