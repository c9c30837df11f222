"""Say at the end of the run, in red, when the browser tests were skipped."""

from __future__ import annotations

from typing import Any

from .browser import SKIP_NOTE


def pytest_terminal_summary(terminalreporter: Any) -> None:
    skipped = [r for r in terminalreporter.stats.get("skipped", []) if SKIP_NOTE in str(r.longrepr)]
    if skipped:
        terminalreporter.write_line(f"{SKIP_NOTE}: {len(skipped)} test(s)", red=True, bold=True)
