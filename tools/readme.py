#!/usr/bin/env python3
"""Regenerate the generated blocks of README.md (``python3 tasks.py readme``).

Two blocks sit between ``<!-- generated: NAME -->`` and ``<!-- end: NAME -->`` markers:

- ``usage``: each command's synopsis and options, read from the CLI itself, so the README says
  what ``--help`` says;
- ``excerpt``: the JSON excerpt, read from the golden file ``output/leaving_las_vegas.json``.

``tests/test_readme.py`` fails when either block is stale.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
GOLDEN = ROOT / "output" / "leaving_las_vegas.json"
WIDTH = 100
_BLOCK = re.compile(r"(<!-- generated: (\w+) -->\n)(.*?)(<!-- end: \2 -->)", re.S)
_EXPANDED = ("infobox",)  # shown key by key; other parts on one line each


def _compact(value: Any, room: int) -> str:
    """``value`` as one line of JSON no longer than ``room``, cut with ``...`` where needed."""
    whole = json.dumps(value, ensure_ascii=False)
    if len(whole) <= room:
        return whole
    if isinstance(value, dict):
        shown: list[str] = []
        for key, item in value.items():
            piece = f"{json.dumps(key)}: {_compact(item, room // 2)}"
            if len(", ".join([*shown, piece])) + 9 > room:
                break
            shown.append(piece)
        return "{" + ", ".join([*shown, "..."]) + "}"
    if isinstance(value, list):
        first = _compact(value[0], room - 7)
        return f"[{first}, ...]" if len(first) + 7 <= room else "[...]"
    if isinstance(value, str):
        cut = value[: max(room - 6, 0)].rsplit(" ", 1)[0]
        return json.dumps(cut + " ...", ensure_ascii=False)
    return whole


def excerpt(document: dict[str, Any]) -> str:
    """The README's abbreviated view of an extracted document."""
    lines = ["{"]
    for key, value in document.items():
        head = f"  {json.dumps(key)}: "
        if key in _EXPANDED and isinstance(value, dict):
            lines.append(head + "{")
            for sub, item in value.items():
                sub_head = f"    {json.dumps(sub)}: "
                lines.append(sub_head + _compact(item, WIDTH - len(sub_head) - 1) + ",")
            lines[-1] = lines[-1].rstrip(",")
            lines.append("  },")
        else:
            lines.append(head + _compact(value, WIDTH - len(head) - 1) + ",")
    lines[-1] = lines[-1].rstrip(",")
    lines.append("}")
    return "```json\n" + "\n".join(lines) + "\n```\n"


def _metavar(param: Any) -> str:
    if getattr(param, "is_flag", False):
        return ""
    if param.param_type_name == "argument":
        return param.name.upper() + ("..." if param.nargs == -1 else "")
    descriptor = getattr(param, "type_descriptor", None)  # typer's own parameters
    annotation = str(descriptor.annotation if descriptor else param.type.name)
    if "int" in annotation:
        return "N"
    return "NUMBER" if "float" in annotation else "TEXT"


def usage() -> str:
    """Every command's synopsis and options, as the CLI defines them."""
    import typer.main

    from leaving_vegas_extract.cli import app

    group = typer.main.get_command(app)
    out: list[str] = []
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        arguments = [_metavar(p) for p in command.params if p.param_type_name == "argument"]
        out.append(" ".join(["leaving-vegas-extract", name, *arguments, "[OPTIONS]"]))
        out.append(f"  {(command.help or '').splitlines()[0]}")
        for param in command.params:
            if param.param_type_name != "option":
                continue
            flags = ", ".join(sorted(param.opts, key=len))
            left = f"    {flags} {_metavar(param)}".rstrip()
            out.append(
                f"{left:<30} {param.help}" if len(left) < 30 else f"{left}\n{'':30} {param.help}"
            )
        out.append("")
    return "```text\n" + "\n".join(out).rstrip() + "\n```\n"


def render(text: str) -> str:
    """``text`` (the README) with every generated block rewritten."""
    makers = {
        "usage": usage,
        "excerpt": lambda: excerpt(json.loads(GOLDEN.read_text(encoding="utf-8"))),
    }

    def block(m: re.Match[str]) -> str:
        return m.group(1) + makers[m.group(2)]() + m.group(4)

    return _BLOCK.sub(block, text)


def main() -> int:
    """Rewrite README.md; ``--check`` exits 1 when it is stale instead."""
    old = README.read_text(encoding="utf-8")
    new = render(old)
    if "--check" in sys.argv[1:]:
        if new != old:
            print("README.md is stale: run python3 tasks.py readme", file=sys.stderr)
            return 1
        return 0
    if new != old:
        README.write_text(new, encoding="utf-8")
        print("rewrote README.md")
    return 0


if __name__ == "__main__":
    sys.exit(main())
