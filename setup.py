"""Build with the hot modules compiled by mypyc, or in pure Python when that cannot be done.

Everything else about the package is in ``pyproject.toml``. The compiled modules are the per-line
code every article runs through (source, formats/text, parts, normalize, pipeline); the pydantic
models, the CLI and the batch machinery stay Python. The same ``.py`` files are the source of
both builds, so a compiled and a pure install give the same output (``tasks.py test`` runs the
suite on both).

The build is pure Python when ``LVE_PURE=1`` is set, when mypyc cannot be imported, or when there
is no C compiler or no Python headers; a compiled module that fails to build is skipped
(``optional``), leaving its ``.py``.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig
from collections.abc import Callable
from pathlib import Path

from setuptools import setup
from setuptools.command.build_ext import build_ext  # type: ignore[import-untyped]
from setuptools.extension import Extension  # type: ignore[import-untyped]

ROOT = Path(__file__).resolve().parent
PACKAGE = "leaving_vegas_extract"
# Folders and modules compiled, relative to the package. Not model/ (pydantic classes, which mypyc
# cannot compile), not the CLI, export or batch code (run once per file or per batch).
COMPILED = ["source", "formats/text", "parts", "normalize", "pipeline.py", "registry.py"]
# Left in Python within those folders: package ``__init__`` files (docstrings and re-exports;
# compiled, a package in a group library named inside the package gets a wrong ``__path__``).
SKIPPED = {"__init__.py"}


def _sources() -> list[str]:
    """The ``.py`` files to compile, relative to the project root, in a stable order."""
    files: list[str] = []
    for entry in COMPILED:
        path = ROOT / PACKAGE / entry
        found = sorted(path.rglob("*.py")) if path.is_dir() else [path]
        files.extend(str(f.relative_to(ROOT)) for f in found if f.name not in SKIPPED)
    return files


def _can_compile() -> str | None:
    """Why the build must be pure Python, or None when mypyc and a C toolchain are there."""
    if os.environ.get("LVE_PURE", "") not in ("", "0"):
        return "LVE_PURE is set"
    if sys.implementation.name != "cpython":
        return f"{sys.implementation.name} is not CPython"
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return "mypyc is not installed"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return f"no C compiler ({compiler})"
    if not (Path(sysconfig.get_paths()["include"]) / "Python.h").exists():
        return "no Python headers (Python.h)"
    return None


def _extensions() -> list[Extension]:
    reason = _can_compile()
    if reason is not None:
        print(f"{PACKAGE}: pure Python build ({reason})", file=sys.stderr)
        return []
    from mypyc.build import mypycify

    os.chdir(ROOT)  # mypycify takes paths relative to the project
    try:
        return _mypycify(mypycify)
    except (Exception, SystemExit) as error:  # mypyc reports a type error by exiting
        print(f"{PACKAGE}: mypyc failed ({error}); pure Python build", file=sys.stderr)
        return []


def _config() -> str:
    """mypy's settings for compiling: not the project's ``--strict`` check (``python3 tasks.py
    test`` runs that), but one that passes in pip's build environment, which holds mypy and
    pydantic and none of the other dependencies (their types are then Any)."""
    lines = ["[mypy]", "ignore_missing_imports = True", "python_version = 3.11"]
    try:
        import pydantic.mypy  # noqa: F401
    except ImportError:
        pass
    else:
        lines.append("plugins = pydantic.mypy")
    path = Path("build") / "mypyc.ini"
    path.parent.mkdir(exist_ok=True)
    path.write_text("\n".join(lines) + "\n")
    return str(path)


def _mypycify(mypycify: Callable[..., list[Extension]]) -> list[Extension]:
    # Its own cache, so building and `mypy` (other options) do not invalidate each other's.
    flags = ["--config-file", _config(), "--cache-dir", str(Path("build") / "mypyc-cache")]
    extensions: list[Extension] = mypycify(
        [*flags, *_sources()],
        opt_level="3",
        # The shared library inside the package (the default is a top-level module named by a hash,
        # which an editable install does not put on the path). mypyc then derives the compiled
        # modules' __file__ one package too deep: compiled code must not locate files by it.
        group_name=f"{PACKAGE}._native",
        # One C file per module: a change recompiles that module's file, not all of them.
        multi_file=True,
    )
    for extension in extensions:
        # With a dotted group name mypyc writes the group's headers one folder down, and its
        # per-module files include them by bare name.
        extension.include_dirs.append(str(Path("build", PACKAGE)))
    return extensions


class BuildExt(build_ext):  # type: ignore[misc]
    """All the compiled modules or none: a failed compile leaves a pure Python install."""

    def run(self) -> None:
        # A module compiled by an earlier build of this checkout and no longer listed would go
        # into the wheel from build/lib* beside the current ones.
        inplace, self.inplace = self.inplace, False  # the paths in build_lib, not the checkout
        current = {self.get_ext_fullpath(e.name) for e in self.extensions}
        self.inplace = inplace
        for built in Path(self.build_lib, PACKAGE).rglob("*.so"):
            if str(built) not in current:
                built.unlink()
        try:
            super().run()
        except Exception as error:  # a compiler or linker failure: any kind, same answer
            print(f"{PACKAGE}: compiling failed ({error}); pure Python build", file=sys.stderr)
            for extension in self.extensions:
                Path(self.get_ext_fullpath(extension.name)).unlink(missing_ok=True)
            self.extensions = []
            return
        if self.inplace or getattr(self, "editable_mode", False):
            # Compiled code older than its source is not run (_pure.py): a build that changed
            # no C file is as new as the source, too.
            for library in (ROOT / PACKAGE).glob("_native__mypyc*"):
                os.utime(library)


setup(ext_modules=_extensions(), cmdclass={"build_ext": BuildExt})
