"""``python -m leaving_vegas_extract``."""

from .cli import main

main()
