"""Rich tables for people: one block per article, one table per kind of finding."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text


def _count(value: Any) -> str:
    return "?" if value is None else str(value)


def _coordinates(place: dict[str, Any]) -> str:
    if place.get("lat") is None or place.get("lon") is None:
        return ""
    return f"{place['lat']:.2f}, {place['lon']:.2f}"


def _mentions(item: dict[str, Any]) -> str:
    texts = list(dict.fromkeys(mention["text"] for mention in item["mentions"]))
    return f"{len(item['mentions'])}: " + ", ".join(texts)


# kind → (title, column headers, row builder)
_SECTIONS: dict[str, tuple[str, tuple[str, ...], Any]] = {
    "dates": ("Dates", ("text", "value", "type"), lambda d: (d["text"], d["value"] or "", d["type"])),
    "places": (
        "Places",
        ("name", "country", "lat, lon", "feature", "mentions"),
        lambda p: (p["name"], p["country_code"] or "", _coordinates(p), p.get("feature") or "", _mentions(p)),
    ),
    "parties": (
        "Parties",
        ("name", "type", "country", "mentions"),
        lambda p: (p["name"], p["type"], p["country_code"] or "", _mentions(p)),
    ),
    "quotes": (
        "Quotes",
        ("speaker", "cue", "direct", "content"),
        lambda q: (q["speaker"] or "", (q["cue"] or {}).get("text", ""), "yes" if q["direct"] else "no", q["text"]),
    ),
    "claims": (
        "Claims",
        ("claimant", "kind", "hedged", "claim"),
        lambda c: (c["claimant"] or "(report)", c["kind"], "yes" if c["hedged"] else "no", c["text"]),
    ),
    "casualties": (
        "Casualties",
        ("count", "who", "status", "text"),
        lambda c: (_count(c["count"]), c["who"], c["status"], c["text"]),
    ),
    "events": (
        "Events",
        ("date", "event", "actor 1 → actor 2", "place", "fatalities"),
        lambda e: (
            (e["date"] or {}).get("value") or "", e["sub_type"].replace("_", " "),
            f"{e['actor1'] or '?'} → {e['actor2'] or '?'}", e["place"] or "", _count(e["fatalities"]),
        ),
    ),
}


def _name(report: dict[str, Any]) -> str:
    source = report["source"]
    name = source.get("path") or "<stdin>"
    if source.get("id") is not None:
        name += f" [{source['id']}]"
    elif source.get("line") is not None:
        name += f" line {source['line']}"
    return name


def render_report(report: dict[str, Any], console: Console) -> None:
    """Print one report (or error record) as a heading and a table per non-empty kind."""
    if "error" in report:
        console.print(Text(f"✗ {_name(report)}: {report['error']['type']}: {report['error']['message']}", style="red"))
        return
    reference = report["reference_date"]
    heading = Text(_name(report), style="bold")
    heading.append(f"  reference date {reference['value'] or '—'} ({reference['origin']})", style="dim")
    console.rule(heading)
    for kind in report["extractors"]:
        title, columns, row = _SECTIONS[kind]
        items = report[kind]
        if not items:
            console.print(Text(f"{title}: none found", style="dim"))
            continue
        table = Table(title=f"{title} ({len(items)})", box=box.SIMPLE_HEAD, title_justify="left", expand=False)
        for column in columns:
            table.add_column(column, overflow="fold")
        for item in items:
            table.add_row(*row(item))
        console.print(table)


def render(reports: Iterable[dict[str, Any]], out: TextIO) -> None:
    console = Console(file=out, highlight=False, soft_wrap=False)
    for report in reports:
        render_report(report, console)
        out.flush()
