"""The ``conflictcli eval`` result as a table: one row per metric, grouped by extractor."""

from __future__ import annotations

from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table


def _format(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    return "—" if value is None else str(value)


def render_evaluation(result: dict[str, Any], out: TextIO) -> None:
    """Print metrics and gold/predicted/matched counts for each scored extractor."""
    console = Console(file=out, highlight=False)
    table = Table(
        title=f"{result['corpus']} · split {result['split']} · {result['docs']} docs",
        box=box.SIMPLE_HEAD,
        title_justify="left",
    )
    for column in ("extractor", "metric", "value"):
        table.add_column(column, justify="right" if column == "value" else "left")
    for layer, metrics in result["metrics"].items():
        for index, (metric, value) in enumerate(metrics.items()):
            table.add_row(layer if index == 0 else "", metric, _format(value))
        counts = result.get("counts", {}).get(layer)
        if counts:
            table.add_row("", "counts", " / ".join(f"{key} {value}" for key, value in counts.items()))
        table.add_section()
    console.print(table)
