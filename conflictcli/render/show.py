"""``conflictcli show``: the article itself with every finding highlighted, in the terminal or as HTML.

Looking at the text is the quickest way to see what the extractors got right and what they missed.

Overlapping findings: the text is cut at every span boundary and each piece carries every finding
that covers it. Quotes and claims are clauses, so they paint *beneath* the entities (a background
for quotes, an underline for claims) and an entity inside a quote shows both. Where entity spans
overlap, the one earlier in :data:`PRIORITY` sets the colour: event trigger > casualty > date >
place > speaker > party (a casualty figure like "17 civilians" outranks the party "civilians" inside it, and a quote's
speaker outranks the plain party mention it also is). The HTML page lists every covering finding in
the piece's ``title``, highest priority first.
"""

from __future__ import annotations

import html
import io
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.style import Style
from rich.text import Text

from conflictcli.inputs import DEFAULT_MAX_CHARS, Article, FailedInput, iter_articles
from conflictcli.render.table import render_report

PRIORITY = ("event", "casualty", "date", "place", "speaker", "party", "quote", "claim")
"""Kinds from highest to lowest priority: an earlier kind's colour wins where spans overlap."""

STYLES: dict[str, Style] = {
    "event": Style.parse("bold white on dark_red"),
    "casualty": Style.parse("bold red"),
    "date": Style.parse("bold cyan"),
    "place": Style.parse("bold green"),
    "speaker": Style.parse("bold yellow"),
    "party": Style.parse("magenta"),
    "quote": Style.parse("italic on grey23"),
    "claim": Style.parse("underline"),
}
LABELS = {
    "event": "event triggers",
    "casualty": "casualties",
    "date": "dates",
    "place": "places",
    "speaker": "quote speakers",
    "party": "parties",
    "quote": "quotes",
    "claim": "claims",
}
CSS_RULES = {
    "claim": "text-decoration: underline; text-decoration-color: #888;",
    "quote": "background: #eef0f5; font-style: italic;",
    "party": "color: #a0238f;",
    "speaker": "color: #9a6b00; font-weight: bold;",
    "place": "color: #17803d; font-weight: bold;",
    "date": "color: #0b7285; font-weight: bold;",
    "casualty": "color: #c92a2a; font-weight: bold;",
    "event": "color: #fff; background: #a61e1e; font-weight: bold;",
}
_RANK = {kind: rank for rank, kind in enumerate(PRIORITY)}


@dataclass(frozen=True, slots=True)
class Highlight:
    """One finding's span in the text, with its normalized value as a one-line description."""

    kind: str
    start: int
    end: int
    title: str


@dataclass(frozen=True, slots=True)
class View:
    """What ``show`` displays for one input: its text (``None`` when unreadable) and its report."""

    text: str | None
    report: dict[str, Any]


def _coordinates(place: dict[str, Any]) -> str:
    if place.get("lat") is None or place.get("lon") is None:
        return "no coordinates"
    return f"{place['lat']:.4f}, {place['lon']:.4f}"


def _country(code: str | None) -> str:
    return f", {code}" if code else ""


def highlights_of(report: dict[str, Any]) -> list[Highlight]:
    """Every span of a report as a :class:`Highlight` (error records have none)."""
    found: list[Highlight] = []
    if "error" in report:
        return found

    def add(kind: str, span: dict[str, Any], title: str) -> None:
        found.append(Highlight(kind, span["start"], span["end"], title))

    for date in report.get("dates", []):
        add("date", date, f"date: {date['value'] or 'unresolved'} ({date['type']})")
    for place in report.get("places", []):
        title = f"place: {place['name']}{_country(place['country_code'])} ({_coordinates(place)})"
        for mention in place["mentions"]:
            add("place", mention, title)
    for party in report.get("parties", []):
        title = f"party: {party['name']} ({party['type']}{_country(party['country_code'])})"
        for mention in party["mentions"]:
            add("party", mention, title)
    for quote in report.get("quotes", []):
        manner = "direct" if quote["direct"] else "reported"
        add("quote", quote, f"quote ({manner}): {quote['speaker'] or 'unknown speaker'}")
        if quote.get("speaker_mention"):
            add("speaker", quote["speaker_mention"], f"speaker: {quote['speaker'] or 'unknown'}")
    for claim in report.get("claims", []):
        hedged = ", hedged" if claim["hedged"] else ""
        add("claim", claim, f"claim ({claim['kind']}{hedged}): {claim['claimant'] or 'the report itself'}")
    for casualty in report.get("casualties", []):
        count = "?" if casualty["count"] is None else casualty["count"]
        add("casualty", casualty, f"casualties: {count} {casualty['who']} {casualty['status']}")
    for event in report.get("events", []):
        if event.get("trigger"):
            actors = f"{event['actor1'] or '?'} → {event['actor2'] or '?'}"
            add("event", event["trigger"], f"event ({event['sub_type']}): {actors}, {event['place'] or 'no place'}")
    return found


def segments(text: str, highlights: Iterable[Highlight]) -> Iterator[tuple[int, int, list[Highlight]]]:
    """Cut ``text`` at every span boundary: ``(start, end, covering highlights by priority)``.

    Spans outside the text or empty are ignored, so a stale report cannot break the display.
    """
    valid = [h for h in highlights if 0 <= h.start < h.end <= len(text)]
    boundaries = sorted({0, len(text), *(h.start for h in valid), *(h.end for h in valid)})
    starting: dict[int, list[Highlight]] = {}
    for highlight in valid:
        starting.setdefault(highlight.start, []).append(highlight)
    active: list[Highlight] = []
    for start, end in zip(boundaries, boundaries[1:]):
        active = [h for h in active if h.end > start] + starting.get(start, [])
        yield start, end, sorted(active, key=lambda h: (_RANK[h.kind], h.start, h.end))


def highlighted_text(text: str, report: dict[str, Any]) -> Text:
    """The article as a rich ``Text`` with one combined style per piece (lowest priority applied first)."""
    rendered = Text(text)
    for start, end, covering in segments(text, highlights_of(report)):
        if covering:
            kinds = sorted({h.kind for h in covering}, key=_RANK.__getitem__, reverse=True)
            rendered.stylize(Style.combine(STYLES[kind] for kind in kinds), start, end)
    return rendered


def legend(kinds: Sequence[str] = PRIORITY) -> Text:
    """One line naming each highlight style."""
    line = Text("Legend: ", style="dim")
    for index, kind in enumerate(kinds):
        if index:
            line.append("  ")
        line.append(LABELS[kind], style=STYLES[kind])
    return line


def source_name(report: dict[str, Any]) -> str:
    """The input's path (``<stdin>``), with the ``.jsonl`` line's id when there is one."""
    source = report["source"]
    name = source.get("path") or "<stdin>"
    if source.get("id") is not None:
        name += f" [{source['id']}]"
    return name


def render_view(view: View, console: Console) -> None:
    """Print one input: a rule naming it, the highlighted text, the legend, then the report's tables."""
    if view.text is not None and "error" not in view.report:
        console.rule(Text(source_name(view.report), style="bold"))
        article = highlighted_text(view.text, view.report)
        article.rstrip()
        console.print(article)
        console.print()
        console.print(legend())
    render_report(view.report, console)


def load_views(
    path: str,
    *,
    extractors: Sequence[str],
    reference_date: str | None = None,
    model: str,
    encoding: str | None = None,
    max_chars: int = DEFAULT_MAX_CHARS,
    nlp: Any = None,
) -> Iterator[View]:
    """Analyze the articles in ``path`` (a text file, a ``.jsonl`` file or ``-``), each with its text.

    Raises:
        conflictcli.pipeline.ModelError: ``model`` cannot be loaded.
    """
    from conflictcli.pipeline import analyze_articles

    items: list[Article | FailedInput] = list(iter_articles([path], encoding=encoding, max_chars=max_chars))
    reports = analyze_articles(
        items, nlp=nlp, model=model, extractors=extractors, reference_date=reference_date, max_chars=max_chars
    )
    for item, report in zip(items, reports):
        yield View(item.text if isinstance(item, Article) else None, report)


def html_text(text: str, report: dict[str, Any]) -> str:
    """The article as escaped HTML, each highlighted piece a ``<span>`` with its findings in ``title``."""
    parts: list[str] = []
    for start, end, covering in segments(text, highlights_of(report)):
        piece = html.escape(text[start:end])
        if not covering:
            parts.append(piece)
            continue
        classes = " ".join(sorted({h.kind for h in covering}, key=_RANK.__getitem__))
        title = html.escape("\n".join(dict.fromkeys(h.title for h in covering)), quote=True)
        parts.append(f'<span class="{classes}" title="{title}">{piece}</span>')
    return "".join(parts)


def _html_tables(report: dict[str, Any]) -> str:
    """The report's tables exactly as the terminal shows them, exported by rich with inline styles."""
    console = Console(
        file=io.StringIO(), record=True, width=110, highlight=False,
        force_terminal=True, color_system="truecolor",
    )
    render_report(report, console)
    return console.export_html(inline_styles=True, code_format='<pre class="tables">{code}</pre>')


def _html_legend() -> str:
    items = "".join(f'<span class="{kind}">{html.escape(LABELS[kind])}</span> ' for kind in PRIORITY)
    return f'<p class="legend">Legend: {items.strip()}</p>'


def render_html(views: Iterable[View]) -> str:
    """One self-contained HTML page (inline CSS, no scripts, no network assets) of every view."""
    # Later CSS rules win: the lowest-priority kinds come first so the highest sets the colour.
    css_kinds = "\n".join(
        f".article .{kind}, .legend .{kind} {{ {CSS_RULES[kind]} }}" for kind in reversed(PRIORITY)
    )
    sections: list[str] = []
    for view in views:
        report = view.report
        name = html.escape(source_name(report))
        if "error" in report or view.text is None:
            message = html.escape(f"{report['error']['type']}: {report['error']['message']}")
            sections.append(f'<section><h2>{name}</h2><p class="error">{message}</p></section>')
            continue
        reference = report["reference_date"]
        when = html.escape(f"reference date {reference['value'] or '—'} ({reference['origin']})")
        sections.append(
            "<section>"
            f"<h2>{name}</h2>"
            f'<p class="meta">{when}</p>'
            f"{_html_legend()}"
            f'<div class="article">{html_text(view.text, report)}</div>'
            f"{_html_tables(report)}"
            "</section>"
        )
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        "<title>conflictcli show</title>\n"
        "<style>\n"
        "body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; }\n"
        ".article { white-space: pre-wrap; line-height: 1.7; border: 1px solid #ddd; padding: 1rem; }\n"
        ".article span[title] { cursor: help; }\n"
        ".legend span { margin-right: 0.8em; }\n"
        ".meta { color: #666; }\n"
        ".error { color: #c92a2a; }\n"
        "pre.tables { font-size: 0.85rem; overflow-x: auto; background: #fafafa; padding: 0.5rem; }\n"
        f"{css_kinds}\n"
        "</style>\n</head>\n<body>\n"
        + "\n".join(sections)
        + "\n</body>\n</html>\n"
    )


def write_html(views: Iterable[View], out: Path) -> None:
    """Write :func:`render_html` of ``views`` to ``out`` (UTF-8)."""
    out.write_text(render_html(views), encoding="utf-8")
