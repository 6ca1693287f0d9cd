"""``python -m conflictcli``."""

from conflictcli.cli import app

app(prog_name="conflictcli")
