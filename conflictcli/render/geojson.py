"""GeoJSON (RFC 7946): one FeatureCollection, one Point feature per place per report, for maps.

Coordinates are ``[lon, lat]`` as the RFC orders them; places without coordinates cannot be drawn
and are left out. Features are written one at a time as reports arrive, so nothing accumulates.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TextIO

import msgspec

from conflictcli.render.csv import source_label

_encoder = msgspec.json.Encoder()


def features_of(report: dict[str, Any]) -> Iterator[dict[str, Any]]:
    """The Point features of one report's located places (none for an error record)."""
    if "error" in report:
        return
    source = source_label(report["source"])
    for place in report.get("places", []):
        if place.get("lat") is None or place.get("lon") is None:
            continue
        yield {
            "type": "Feature",
            "geometry": {"type": "Point", "coordinates": [place["lon"], place["lat"]]},
            "properties": {
                "name": place["name"],
                "country_code": place["country_code"],
                "feature": place.get("feature"),
                "source": source,
                "mention_count": len(place["mentions"]),
                "mentions": [mention["text"] for mention in place["mentions"]],
            },
        }


def render(reports: Iterable[dict[str, Any]], out: TextIO) -> None:
    out.write('{"type": "FeatureCollection", "features": [')
    separator = "\n"
    for report in reports:
        for feature in features_of(report):
            out.write(separator)
            out.write(_encoder.encode(feature).decode("utf-8"))
            separator = ",\n"
        out.flush()
    out.write("\n]}\n" if separator != "\n" else "]}\n")
    out.flush()
