"""The layout shows the architecture: few entry points on top, parts and formats in folders."""

from __future__ import annotations

import re

from tests.conftest import ROOT

PACKAGE = ROOT / "leaving_vegas_extract"
_PART_PREFIX = re.compile(r"^(infobox_|soundtrack_|citation|awards_|cast_|wikitext_)")


def _top_modules() -> list[str]:
    return sorted(
        p.name for p in PACKAGE.glob("*.py") if p.name not in ("__init__.py", "__main__.py")
    )


def test_a_handful_of_entry_points_on_top() -> None:
    modules = _top_modules()
    assert modules, "no modules found: the path is wrong"
    assert len(modules) <= 12, modules


def test_no_part_or_format_prefixed_module_on_top() -> None:
    assert [m for m in _top_modules() if _PART_PREFIX.match(m)] == []


def test_every_package_folder_is_a_package() -> None:
    folders = [p for p in PACKAGE.rglob("*") if p.is_dir() and p.name != "__pycache__"]
    assert folders
    assert [str(f) for f in folders if not (f / "__init__.py").is_file()] == []


def test_tests_mirror_the_package() -> None:
    # Each test folder names a package folder, so a module's tests are found by its path.
    tests = ROOT / "tests"
    skip = {"fixtures", "golden", "expected", "invalid", "data", "__pycache__"}
    folders = [
        p for p in tests.rglob("*") if p.is_dir() and not skip & set(p.relative_to(tests).parts)
    ]
    assert folders
    missing = [str(f) for f in folders if not (PACKAGE / f.relative_to(tests)).is_dir()]
    assert missing == []
