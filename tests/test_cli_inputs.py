"""The command line on what users point it at: junk beside articles, folders of mixed files,
names that are not UTF-8, stdin and stdout. Each case: exit code, message, what was written."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from leaving_vegas_extract.cli import app
from tests.conftest import ROOT, SEED, fixture_paths

runner = CliRunner()
INVALID = ROOT / "tests" / "invalid"
SEED_BYTES = (ROOT / SEED).read_bytes()


def _cli(
    *args: str, cwd: Path | None = None, stdin: bytes = b""
) -> subprocess.CompletedProcess[bytes]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    command = [sys.executable, "-m", "leaving_vegas_extract", *args]
    return subprocess.run(command, input=stdin, capture_output=True, cwd=cwd, env=env, timeout=300)


def _no_traceback(text: str | bytes) -> None:
    shown = text.decode("utf-8", "replace") if isinstance(text, bytes) else text
    assert "Traceback" not in shown
    assert "Error:" not in shown.replace("error:", "")


def _files(folder: Path) -> list[str]:
    return sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())


# ---------------------------------------------------------------- junk named on the command line

JUNK = {
    "half-surrogate.txt": "binary data (mostly undecodable bytes)",
    "record.json": "JSON data",
    "records.jsonl": "JSON data",
    "table.csv": "comma-separated data (CSV)",
    "script.py": "program source code",
    "project-notes.md": "Markdown (a README?",
    "image.svg": "an SVG image (<svg>)",
    "empty-page.html": "markup with almost no text",
    "terminal.txt": "text with terminal escape codes",
    "short.txt": "too short",
}


@pytest.mark.parametrize("name", list(JUNK))
@pytest.mark.parametrize("renamed", ["", ".txt", ".html"])
def test_junk_named_is_refused_in_one_line(tmp_path: Path, name: str, renamed: str) -> None:
    junk = tmp_path / "in" / (name + renamed)
    junk.parent.mkdir()
    junk.write_bytes((INVALID / name).read_bytes())
    out, report = tmp_path / "out", tmp_path / "errors.jsonl"
    args = ["extract", str(junk), "-o", str(out), "--errors", str(report), "--strict", "-w", "1"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    _no_traceback(result.output)
    (line,) = [x for x in result.stderr.splitlines() if x.startswith(junk.as_posix())]
    assert line.startswith(f"{junk.as_posix()}: {JUNK[name]}")
    assert not out.exists() or _files(out) == []
    (record,) = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    kind = "binary" if name == "half-surrogate.txt" else "not-an-article"
    assert (record["path"], record["error_type"]) == (junk.as_posix(), kind)


def test_own_output_is_refused_when_named(tmp_path: Path) -> None:
    """A run's JSON and JSON Lines, given back to ``extract``, are refused, not re-extracted."""
    first = runner.invoke(app, ["extract", str(ROOT / SEED), "-o", str(tmp_path / "o")])
    assert first.exit_code == 0
    jsonl = tmp_path / "all.jsonl"
    args = ["extract", str(ROOT / SEED), str(ROOT / SEED), "--format", "jsonl", "-o", str(jsonl)]
    assert runner.invoke(app, [*args, "-w", "1"]).exit_code == 0  # two lines
    for path in (tmp_path / "o" / "leaving_las_vegas.json", jsonl):
        result = runner.invoke(app, ["extract", str(path), "-o", str(tmp_path / "again")])
        assert result.exit_code == 1
        assert f"{path.as_posix()}: JSON data" in result.stderr
        assert not (tmp_path / "again").exists()


def test_extract_dot_twice_reads_no_output(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED_BYTES)
    first = _cli("extract", ".", "-w", "1", cwd=tmp_path)
    assert first.returncode == 0, first.stderr
    second = _cli("extract", ".", "--glob", "*", "-w", "1", cwd=tmp_path)
    assert second.returncode == 0, second.stderr
    assert _files(tmp_path) == ["a.txt", "output/a.json"]
    assert second.stderr.decode().splitlines()[-1].startswith("1 files, 1 ok, 0 failed, 0 skipped")


# ---------------------------------------------------------------- format told by structure


def test_prose_mentioning_html_is_text(tmp_path: Path) -> None:
    text = SEED_BYTES.replace(b"\n\n", b"\n\nThe page began <html lang=en><body> once.\n\n", 1)
    for name, data in (("prose.txt", text), ("comment.txt", b"<!-- saved -->\n" + SEED_BYTES)):
        (tmp_path / name).write_bytes(data)
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "o"), "-w", "1"])
    assert result.exit_code == 0, result.output
    for name in ("prose", "comment"):
        document = json.loads((tmp_path / "o" / f"{name}.json").read_text(encoding="utf-8"))
        assert document["source"]["format"] == "text"
        assert document["infobox"]["running_time_minutes"] == 112


# ---------------------------------------------------------------- selection warnings


def test_empty_folder_warns_and_exits_1(tmp_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "warning: no input files matched" in result.stderr
    assert not (tmp_path / "o").exists()


def test_glob_matching_nothing_warns_and_exits_1(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED_BYTES)
    (tmp_path / "b.md").write_bytes(b"# b\n")
    result = runner.invoke(app, ["extract", str(tmp_path), "--glob", "*.html", "-q"])
    assert result.exit_code == 1
    assert "warning: no input files matched (2 file(s) left out" in result.stderr


def test_only_skipped_files_warns_with_a_hint(tmp_path: Path) -> None:
    (tmp_path / "notes.md").write_bytes(b"# notes\n")
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(tmp_path / "o")])
    assert result.exit_code == 1
    assert "1 file(s) left out by suffix; choose them with --glob" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("0 files, 0 ok, 0 failed, 1 skipped")


def test_glob_double_star_and_exclude(tmp_path: Path) -> None:
    for name in ("a/x.txt", "a/b/y.txt", "a/b/skip/z.txt", "c.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_bytes(SEED_BYTES)
    out = tmp_path / "o"
    args = ["extract", str(tmp_path), "--glob", "a/**/*.txt", "--exclude", "skip", "-o", str(out)]
    result = runner.invoke(app, [*args, "-w", "1"])
    assert result.exit_code == 0, result.output
    assert _files(out) == ["a/b/y.json", "a/x.json"]
    assert "1 skipped" in result.stderr  # c.txt, left out by the glob; skip/ excluded


def test_unreadable_subfolder_warns_names_it_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Simulated by failing ``os.scandir`` for the folder: root (CI) reads any mode bits."""
    for name in ("a.txt", "locked/b.txt", "open/c.txt"):
        (tmp_path / name).parent.mkdir(exist_ok=True)
        (tmp_path / name).write_bytes(SEED_BYTES)
    real = os.scandir
    locked = str(tmp_path / "locked")

    def scandir(path: str) -> object:
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out = tmp_path / "o"
    result = runner.invoke(app, ["extract", str(tmp_path), "-o", str(out), "-w", "1"])
    assert result.exit_code == 1
    _no_traceback(result.output)
    assert f"warning: cannot read folder {Path(locked).as_posix()} (permission denied)" in (
        result.stderr
    )
    assert _files(out) == ["a.json", "open/c.json"]


# ---------------------------------------------------------------- names that are not UTF-8


def test_non_utf8_names_are_extracted_and_shown_escaped(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path / "in")
    os.mkdir(folder)
    with open(os.path.join(folder, b"bad\xff.txt"), "wb") as handle:
        handle.write(SEED_BYTES)
    with open(os.path.join(folder, b"junk\xfe.txt"), "wb") as handle:
        handle.write(b"\xff\xfe\x00\xd8")
    out, report = tmp_path / "out", tmp_path / "errors.jsonl"
    proc = _cli("extract", str(tmp_path / "in"), "-o", str(out), "--errors", str(report), "-w", "2")
    assert proc.returncode == 1
    _no_traceback(proc.stderr)
    shown = f"{(tmp_path / 'in').as_posix()}/"
    assert f"{shown}junk\\xfe.txt: binary data".encode() in proc.stderr
    document = json.loads((out / "bad\\xff.json").read_text(encoding="utf-8"))
    assert document["source"]["path"] == f"{shown}bad\\xff.txt"
    assert document["infobox"]["running_time_minutes"] == 112
    (record,) = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    assert record["path"] == f"{shown}junk\\xfe.txt"


def test_non_utf8_name_given_and_in_jsonl(tmp_path: Path) -> None:
    raw = os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt")
    with open(raw, "wb") as handle:
        handle.write(SEED_BYTES)
    proc = _cli("extract", os.fsdecode(raw), "--format", "jsonl", "-q")
    assert proc.returncode == 0, proc.stderr
    (line,) = proc.stdout.splitlines()
    assert json.loads(line)["source"]["path"] == f"{tmp_path.as_posix()}/caf\\xe9.txt"


# ---------------------------------------------------------------- stdin and stdout


def test_dash_reads_one_articles_content_and_dash_o_writes_one_document(tmp_path: Path) -> None:
    proc = _cli("extract", "-", "-o", "-", cwd=tmp_path, stdin=SEED_BYTES)
    assert proc.returncode == 0, proc.stderr
    document = json.loads(proc.stdout)  # one document, not JSON Lines
    assert proc.stdout.startswith(b"{\n")
    assert document["source"]["path"] == "-"
    assert document["infobox"]["running_time_minutes"] == 112
    assert _files(tmp_path) == []  # no folder named "-" nor "output"


def test_dash_with_junk_on_stdin_is_refused(tmp_path: Path) -> None:
    proc = _cli("extract", "-", "-o", "-", cwd=tmp_path, stdin=b'{"a": 1}\n')
    assert proc.returncode == 1
    assert proc.stdout == b""
    assert proc.stderr.decode().startswith("-: JSON data")


def test_dash_o_with_several_inputs_writes_json_lines(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED_BYTES)
    proc = _cli("extract", "a.txt", "-", "-o", "-", "-q", cwd=tmp_path, stdin=SEED_BYTES)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.splitlines()
    assert [json.loads(x)["source"]["path"] for x in lines] == ["a.txt", "-"]
    assert _files(tmp_path) == ["a.txt"]


def test_jsonl_without_o_writes_to_stdout(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED_BYTES)
    result = runner.invoke(app, ["extract", str(tmp_path / "a.txt"), "--format", "jsonl", "-q"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["infobox"]["running_time_minutes"] == 112
    proc = _cli("extract", "a.txt", "--format", "jsonl", "-q", cwd=tmp_path)
    assert proc.returncode == 0
    assert len(proc.stdout.splitlines()) == 1
    assert _files(tmp_path) == ["a.txt"]  # neither output/articles.jsonl nor a file "output"


def test_from_file_and_from_stdin(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_bytes(SEED_BYTES)
    (tmp_path / "b.md").write_bytes((INVALID / "project-notes.md").read_bytes())
    (tmp_path / "list.txt").write_text("a.txt\n\nb.md\n", encoding="utf-8")
    proc = _cli("extract", "--from-file", "list.txt", "-o", "o", cwd=tmp_path)
    assert proc.returncode == 1
    assert b"b.md: Markdown" in proc.stderr
    assert _files(tmp_path / "o") == ["a.json"]
    proc = _cli("extract", "--from-file", "-", "-o", "p", "-q", cwd=tmp_path, stdin=b"a.txt\n")
    assert proc.returncode == 0, proc.stderr
    assert _files(tmp_path / "p") == ["a.json"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["extract", "-", "-"], "standard input (-) can be read once"),
        (["extract", "-", "--from-file", "-"], "standard input (-) can be read once"),
        (["extract"], "give files, folders, - or --from-file"),
        (["extract", "--from-file", "/nonexistent/list.txt"], "--from-file /nonexistent/list.txt"),
    ],
    ids=["dash twice", "dash and from-file dash", "nothing", "missing list"],
)
def test_input_usage_errors(args: list[str], message: str) -> None:
    result = runner.invoke(app, args, input="")
    assert result.exit_code == 2
    assert message in result.output
    _no_traceback(result.output)


# ---------------------------------------------------------------- a real folder


def _corpus(root: Path, count: int) -> list[str]:
    """``count`` good dumps from the fixtures (text and HTML), each made unique."""
    sources = [ROOT / SEED, *(ROOT / p for p in fixture_paths())]
    names = []
    for index in range(count):
        source = sources[index % len(sources)]
        data = source.read_bytes()
        if source.suffix == ".html":
            data = data.replace(b"</body>", b"<p>Copy %d of this page.</p></body>" % index, 1)
        else:
            data += b"\n\nAn extra closing paragraph, copy number %d.\n" % index
        name = f"dumps/part{index % 5}/{source.stem}-{index:03d}{source.suffix}"
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)
        names.append(name)
    return names


JUNK_NATURAL = {  # named as they are: left out by suffix, counted as skipped
    "junk/README.md": "project-notes.md",
    "junk/record.json": "record.json",
    "junk/all.jsonl": "records.jsonl",
    "junk/table.csv": "table.csv",
    "junk/tool.py": "script.py",
    "junk/image.svg": "image.svg",
    "junk/garbage.bin": "binary.txt",
}
JUNK_RENAMED = {  # the same junk with article suffixes: read, refused, reported once
    "junk/README.txt": "project-notes.md",
    "junk/record.txt": "record.json",
    "junk/all.txt": "records.jsonl",
    "junk/table.html": "table.csv",
    "junk/tool.txt": "script.py",
    "junk/image.html": "image.svg",
    "junk/garbage.txt": "binary.txt",
    "junk/half-surrogate.txt": "half-surrogate.txt",
    "junk/empty-page.html": "empty-page.html",
    "junk/terminal.txt": "terminal.txt",
    "junk/short.txt": "short.txt",
}


def test_folder_of_300_dumps_and_junk(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    root = tmp_path / "corpus"
    good = _corpus(root, 300)
    for name, source in {**JUNK_NATURAL, **JUNK_RENAMED}.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes((INVALID / source).read_bytes())
    with open(os.path.join(os.fsencode(root), b"dumps", b"name\xff.txt"), "wb") as handle:
        handle.write(SEED_BYTES)
    (root / "locked").mkdir()
    (root / "locked" / "hidden-article.txt").write_bytes(SEED_BYTES)
    real, locked = os.scandir, str(root / "locked")

    def scandir(path: str) -> object:  # an unreadable folder, even for root
        if os.fspath(path) == locked:
            raise PermissionError(13, "Permission denied", path)
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    out, report = root / "output", tmp_path / "errors.jsonl"  # the output inside the input
    args = ["extract", str(root), "-o", str(out), "--errors", str(report), "-w", "2"]
    result = runner.invoke(app, args)
    assert result.exit_code == 1
    _no_traceback(result.output)
    expected = sorted(
        [n.rsplit(".", 1)[0].removeprefix("dumps/") + ".json" for n in good] + ["name\\xff.json"]
    )
    assert _files(out / "dumps") == expected  # the 300 and the non-UTF-8 name, nothing else
    assert _files(out) == [f"dumps/{n}" for n in expected]
    records = [json.loads(x) for x in report.read_text(encoding="utf-8").splitlines()]
    reported = sorted(Path(r["path"]).relative_to(root).as_posix() for r in records)
    assert reported == sorted(JUNK_RENAMED)  # each junk file read is reported once
    lines = [x for x in result.stderr.splitlines() if x.startswith(root.as_posix())]
    assert len(lines) == len(JUNK_RENAMED)
    assert f"warning: cannot read folder {root.as_posix()}/locked (permission denied)" in (
        result.stderr
    )
    summary = result.stderr.splitlines()[-1]
    read = len(good) + 1 + len(JUNK_RENAMED)
    assert summary.startswith(
        f"{read} files, {len(good) + 1} ok, {len(JUNK_RENAMED)} failed, {len(JUNK_NATURAL)} skipped"
    )
    again = runner.invoke(app, [*args[:-2], "-w", "1", "-q"])  # the output is not read back
    assert again.exit_code == 1
    assert _files(out) == [f"dumps/{n}" for n in expected]


def test_readme_synopsis_lists_every_extract_option() -> None:
    """The README's "Command line" synopsis names each option ``extract --help`` shows."""
    import re

    shown = runner.invoke(app, ["extract", "--help"], terminal_width=200).output
    options = set(re.findall(r"(--[a-z][a-z-]+)", shown)) - {"--help"}
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1].split("\n## ", 1)[0]
    synopsis = section.split("```text", 1)[1].split("```", 1)[0]
    assert {"--exclude", "--from-file", "--glob", "--output"} <= options
    missing = sorted(o for o in options if o not in synopsis and o != "--output")
    assert missing == []
    # The usage is generated from the CLI (tasks.py readme): -o's help says "-" is stdout.
    assert "- writes to stdout" in synopsis
