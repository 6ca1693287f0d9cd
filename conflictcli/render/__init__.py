"""Renderers: each writes an iterable of report dicts (or error records) to a text stream.

They take plain dicts, never Docs, so a format can be added without touching extraction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any, TextIO

Renderer = Callable[[Iterable[dict[str, Any]], TextIO], None]


def get_renderer(name: str) -> Renderer:
    """The renderer for ``--format name`` (imported on demand)."""
    if name == "jsonl":
        from conflictcli.render.jsonl import render
    elif name == "json":
        from conflictcli.render.json import render
    elif name == "table":
        from conflictcli.render.table import render
    elif name == "csv":
        from conflictcli.render.csv import render
    elif name == "geojson":
        from conflictcli.render.geojson import render
    elif name == "events-csv":
        from conflictcli.render.events_csv import render
    else:
        raise ValueError(f"unknown format {name!r}")
    return render


FORMATS = ("table", "json", "jsonl", "csv", "geojson", "events-csv")
