"""conflictcli: dates, places, parties, quotes, claims and casualty counts from conflict reports.

The Python API mirrors the CLI: ``analyze(text)`` returns one report dict, ``analyze_paths(paths)``
streams them, ``load_pipeline()`` gives the spaCy pipeline with every conflictcli component.
spaCy is imported only when one of these is first used, so ``conflictcli --help`` stays fast.
"""

from __future__ import annotations

from typing import Any

__version__ = "0.1.0"
__all__ = ["__version__", "analyze", "analyze_articles", "analyze_paths", "load_pipeline"]


def __getattr__(name: str) -> Any:
    if name in {"analyze", "analyze_articles", "analyze_paths", "load_pipeline"}:
        from conflictcli import pipeline

        return getattr(pipeline, name)
    raise AttributeError(f"module 'conflictcli' has no attribute {name!r}")
