"""README.md: its generated blocks (usage from the CLI, the JSON excerpt from the golden file) are
current, and the "Command line" section has an example for every command."""

from __future__ import annotations

import importlib.util
import re
from types import ModuleType

import typer.main

from leaving_vegas_extract.cli import app

from .conftest import ROOT


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("readme_tool", ROOT / "tools" / "readme.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_generated_blocks_are_current() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "<!-- generated: usage -->" in text
    assert "<!-- generated: excerpt -->" in text
    assert _tool().render(text) == text, "README.md is stale: run python3 tasks.py readme"


def test_a_stale_excerpt_is_caught() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    stale = text.replace('"running_time_minutes": 112', '"running_time_minutes": 113')
    assert stale != text
    assert _tool().render(stale) == text


def test_every_command_has_an_example() -> None:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("## Command line", 1)[1].split("\n## ", 1)[0]
    examples = section.split("```sh", 1)[1].split("```", 1)[0]
    commands = typer.main.get_command(app).commands  # type: ignore[attr-defined]
    assert commands
    for name in commands:
        assert re.search(rf"^leaving-vegas-extract {name} ", examples, re.M), name
