"""The compiled build and pure Python: LVE_PURE=1 and a stale build import the ``.py`` files."""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.machinery import EXTENSION_SUFFIXES
from pathlib import Path

from leaving_vegas_extract._pure import stale_build

from .conftest import ROOT

SUFFIX = EXTENSION_SUFFIXES[0]


def test_lve_pure_imports_every_module_from_its_python_source() -> None:
    code = (
        "import leaving_vegas_extract.pipeline as p, leaving_vegas_extract.source.segmenter as s;"
        "from leaving_vegas_extract._pure import report; print(p.__file__, s.__file__, report())"
    )
    env = dict(os.environ, LVE_PURE="1")
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    pipeline, segmenter, *said = done.stdout.split()
    assert pipeline.endswith("pipeline.py")
    assert segmenter.endswith("segmenter.py")
    assert " ".join(said).startswith("pure Python (LVE_PURE is set")


def _checkout(tmp_path: Path) -> Path:
    """A checkout in miniature: setup.py, a package with one compiled module and its library."""
    package = tmp_path / "pkg"
    (package / "sub").mkdir(parents=True)
    (tmp_path / "setup.py").write_text("")
    for name in ("sub/mod.py", f"sub/mod{SUFFIX}", "plain.py", f"_native__mypyc{SUFFIX}"):
        (package / name).write_text("")
    for path in package.rglob("*"):
        os.utime(path, (1_000_000, 1_000_000))
    return package


def test_a_compiled_module_edited_after_the_build_makes_the_build_stale(tmp_path: Path) -> None:
    package = _checkout(tmp_path)
    assert not stale_build(str(package))
    os.utime(package / "plain.py", (2_000_000, 2_000_000))  # not compiled: the build still holds
    assert not stale_build(str(package))
    os.utime(package / "sub" / "mod.py", (2_000_000, 2_000_000))
    assert stale_build(str(package))
    (tmp_path / "setup.py").unlink()  # an installed package is never checked
    assert not stale_build(str(package))


def test_a_package_without_a_compiled_library_is_never_stale(tmp_path: Path) -> None:
    package = _checkout(tmp_path)
    (package / f"_native__mypyc{SUFFIX}").unlink()
    os.utime(package / "sub" / "mod.py", (2_000_000, 2_000_000))
    assert not stale_build(str(package))
