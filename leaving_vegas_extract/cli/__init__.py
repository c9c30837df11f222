"""Command line: parse arguments, delegate to the library, report one line per failed input.

Exit codes: 0 all inputs extracted; 1 some input failed (all others written) or a write failed;
2 usage error; 130 or 143 interrupted by SIGINT or SIGTERM.

The commands are a typer application (``commands.app``). ``main`` runs a plain ``extract`` (files
and the common options, spelled out: ``extract.plain_arguments``) without importing typer, which
with its per-option set-up was about a tenth of a one-file run; every other command line, help and
errors included, goes to typer.
"""

import gc
import os
import sys
import types
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:
    from leaving_vegas_extract.cli.commands import app

__all__ = ["app", "main", "run"]

_GEN0 = 20_000  # allocations between young collections at start-up (the default is 700)


def main() -> None:
    """Run the command line (``sys.argv``); it ends by ``SystemExit`` with the exit code, so a
    program that calls it may catch that and go on."""
    _main(fast_end=False)


def run() -> None:
    """The console script's and ``python -m``'s entry: :func:`main`, but a plain run that leaves
    nothing to do ends the process at once (``_end``), as this process is the tool's own."""
    _main(fast_end=True)


def _main(*, fast_end: bool) -> None:
    _quick_start()
    from leaving_vegas_extract.cli.extract import plain_arguments, run_plain

    arguments = plain_arguments(sys.argv[1:])
    if arguments is not None:
        code = run_plain(arguments)
        if fast_end:
            _end(code)
        sys.exit(code)
    from leaving_vegas_extract.cli.commands import app

    app()


def _end(code: int) -> NoReturn:
    """``sys.exit(code)``, without the interpreter's teardown when it has nothing left to do.

    Freeing every module and object a one-file run made (pydantic, the models, the parts) cost
    ~50 M instructions, a sixth of what the run itself took. When this is the only thread and
    no exit callback is registered (a process pool, Dask and a temporary folder each register
    one), the standard streams are flushed and the process ends with the same code, as the
    interpreter would end it. Only :func:`run` (the tool's own process) ends so. A profiler or
    a tracer (``python -m cProfile``, ``trace``, a debugger) reports after the program's
    SystemExit: it gets one.
    """
    import atexit
    import threading

    watched = sys.getprofile() is not None or sys.gettrace() is not None
    if threading.active_count() == 1 and atexit._ncallbacks() == 0 and not watched:
        try:
            sys.stdout.flush()
            sys.stderr.flush()
        except Exception:  # a closed stream: the interpreter's exit reports it, as ever
            sys.exit(code)
        os._exit(code)
    sys.exit(code)


def __getattr__(name: str) -> object:
    # Lazy: a plain one-file extract never imports typer (see main).
    if name == "app":
        from leaving_vegas_extract.cli.commands import app

        return app
    raise AttributeError(name)


def _quick_start() -> None:
    """Start-up work a one-file run would otherwise pay for nothing (~8% of its instructions)."""
    # pydantic looks for plugins through every installed distribution's entry points when it
    # builds its first model: ~20 ms of a one-file run, and this tool uses none. A value the
    # user set (even empty) is kept.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    if os.environ["PYDANTIC_DISABLE_PLUGINS"] == "__all__":
        # With every plugin disabled pydantic's loader returns no plugins, yet importing it
        # imports importlib.metadata (email, zipfile, csv: ~5% of a one-file run). Its one
        # caller imports ``get_plugins`` from it; this stands in for it, answering the same.
        loader = types.ModuleType("pydantic.plugin._loader")
        loader.get_plugins = tuple  # type: ignore[attr-defined]
        sys.modules.setdefault("pydantic.plugin._loader", loader)
    # Nearly everything a run allocates before its first article is kept to the end (modules,
    # classes, validators): young collections during the imports find nothing to free. The
    # batch sets its own threshold while it runs (batch/runner.py) and restores this one.
    gc.set_threshold(_GEN0, *gc.get_threshold()[1:])
