"""``python -m leaving_vegas_extract``."""

from leaving_vegas_extract.cli import run

run()
