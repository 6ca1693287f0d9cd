"""CSV: one row per extracted item across all reports, for spreadsheets and ``pandas.read_csv``.

Places and parties give one row per mention (so every row has a span); the other kinds one row per
item. Each kind fills the extra columns that apply to it and leaves the rest empty: ``type`` holds
a date's type, a party's type, a place's feature and a claim's kind. Booleans are ``true`` /
``false``, missing values empty. An error record becomes one row of kind ``error`` with its message
in ``text`` and its error type in ``type``. Rows are written and flushed per report: nothing accumulates.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

COLUMNS = (
    "source", "kind", "start", "end", "text",
    "value", "type", "name", "country_code", "lat", "lon",
    "speaker", "cue", "direct", "claimant", "hedged", "count", "who", "status",
)


def source_label(source: dict[str, Any]) -> str:
    """``path``, ``path#id`` for a ``.jsonl`` line with an id, ``path:line`` without one; ``-`` is stdin."""
    label = source.get("path") or "-"
    if source.get("id") is not None:
        return f"{label}#{source['id']}"
    if source.get("line") is not None:
        return f"{label}:{source['line']}"
    return label


def _flag(value: bool | None) -> str | None:
    return None if value is None else ("true" if value else "false")


def _span(kind: str, span: dict[str, Any]) -> dict[str, Any]:
    return {"kind": kind, "start": span["start"], "end": span["end"], "text": span["text"]}


def rows_of(report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The CSV rows (column → value, ``None`` for empty) of one report or error record."""
    source = source_label(report["source"])
    if "error" in report:
        error = report["error"]
        yield {"source": source, "kind": "error", "text": error["message"], "type": error["type"]}
        return
    for date in report.get("dates", []):
        yield {"source": source, **_span("date", date), "value": date["value"], "type": date["type"]}
    for place in report.get("places", []):
        fields = {
            "name": place["name"], "country_code": place["country_code"], "lat": place["lat"],
            "lon": place["lon"], "type": place.get("feature"),
        }
        for mention in place["mentions"]:
            yield {"source": source, **_span("place", mention), **fields}
    for party in report.get("parties", []):
        fields = {"name": party["name"], "type": party["type"], "country_code": party["country_code"]}
        for mention in party["mentions"]:
            yield {"source": source, **_span("party", mention), **fields}
    for quote in report.get("quotes", []):
        cue = quote.get("cue") or {}
        yield {
            "source": source, **_span("quote", quote), "speaker": quote["speaker"],
            "cue": cue.get("text"), "direct": _flag(quote["direct"]),
        }
    for claim in report.get("claims", []):
        yield {
            "source": source, **_span("claim", claim), "claimant": claim["claimant"],
            "type": claim["kind"], "hedged": _flag(claim["hedged"]),
        }
    for casualty in report.get("casualties", []):
        yield {
            "source": source, **_span("casualty", casualty), "count": casualty["count"],
            "who": casualty["who"], "status": casualty["status"],
        }


def write_rows(
    reports: Iterable[dict[str, Any]],
    out: TextIO,
    columns: tuple[str, ...],
    rows: Callable[[dict[str, Any]], Iterable[dict[str, Any]]],
) -> None:
    """Write a header, then ``rows(report)`` for each report, flushed per report."""
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writeheader()
    out.flush()
    for report in reports:
        writer.writerows(
            {column: "" if value is None else value for column, value in row.items()}
            for row in rows(report)
        )
        out.flush()


def render(reports: Iterable[dict[str, Any]], out: TextIO) -> None:
    write_rows(reports, out, COLUMNS, rows_of)
