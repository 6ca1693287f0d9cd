"""ACLED-style CSV: one row per event across all reports, with ACLED's column names.

``event_type``/``sub_event_type`` carry ACLED's display names ("Explosions/Remote violence",
"Air/drone strike"), ``inter1``/``inter2`` ACLED's numeric actor categories (1 state forces … 8
external/other forces), ``time_precision`` 1 (day), 2 (week) or 3 (month or year) with
``event_date`` the day ACLED would code (a week's or month's midpoint), ``iso`` the ISO 3166-1
numeric country code and ``notes`` the evidence sentence. Error records have no events and give
no row (their error line still goes to stderr). Rows are flushed per report.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from functools import cache
from importlib.resources import files
from typing import Any, TextIO

from conflictcli.render.csv import source_label, write_rows

COLUMNS = (
    "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "inter1", "actor2",
    "inter2", "country", "iso", "admin1", "location", "latitude", "longitude", "geo_precision",
    "fatalities", "notes", "source",
)


@cache
def acled_labels() -> dict[str, Any]:
    """ACLED's display names and codes (``resources/events/acled.json``)."""
    return json.loads(files("conflictcli").joinpath("resources/events/acled.json").read_text(encoding="utf-8"))


@cache
def country_of(code: str | None) -> tuple[str | None, int | None]:
    """Country name and ISO 3166-1 numeric code of an alpha-2 code (None, None when unknown)."""
    if not code:
        return None, None
    import pycountry

    country = pycountry.countries.get(alpha_2=code.upper())
    if country is None:
        return None, None
    return getattr(country, "common_name", None) or country.name, int(country.numeric)


def rows_of(report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The ACLED-style rows (column → value, ``None`` for empty) of one report's events."""
    if "error" in report:
        return
    labels = acled_labels()
    source = source_label(report["source"])
    for event in report.get("events") or []:
        when = event.get("date") or {}
        country, iso = country_of(event.get("country_code"))
        yield {
            "event_date": when.get("event_date"),
            "time_precision": labels["time_precision"].get(when.get("precision")),
            "event_type": labels["event_types"].get(event["type"], event["type"]),
            "sub_event_type": labels["sub_event_types"].get(event["sub_type"], event["sub_type"]),
            "actor1": event.get("actor1"),
            "inter1": labels["inter"].get(event.get("inter1")),
            "actor2": event.get("actor2"),
            "inter2": labels["inter"].get(event.get("inter2")),
            "country": country,
            "iso": iso,
            "admin1": event.get("admin1"),
            "location": event.get("place"),
            "latitude": event.get("lat"),
            "longitude": event.get("lon"),
            "geo_precision": event.get("geo_precision"),
            "fatalities": event.get("fatalities"),
            "notes": event["text"],
            "source": source,
        }


def render(reports: Iterable[dict[str, Any]], out: TextIO) -> None:
    write_rows(reports, out, COLUMNS, rows_of)
