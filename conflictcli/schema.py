"""The report's typed structure: the single source of the JSON output and its JSON Schema.

Field names follow ``../shared/CONTRACT.md``; new fields may be added, none renamed. Every span's
``start``/``end`` are code-point offsets into the decoded input text.
"""

from __future__ import annotations

from typing import Any, Literal

import msgspec

SCHEMA_VERSION = "1.0"

DateType = Literal["DATE", "TIME", "DURATION", "SET"]
PartyType = Literal[
    "state", "government", "military", "armed_group", "organization", "person", "civilians", "other"
]
CasualtyStatus = Literal["killed", "wounded", "missing", "captured", "displaced"]
ReferenceOrigin = Literal["input", "dateline", "option", "none"]
EventType = Literal[
    "battles", "explosions_remote_violence", "violence_against_civilians", "protests", "riots",
    "strategic_developments",
]
TimePrecision = Literal["day", "week", "month", "year"]
Interaction = Literal[
    "state_forces", "rebel_group", "political_militia", "identity_militia", "rioters", "protesters",
    "civilians", "external_other_forces",
]


class Span(msgspec.Struct, kw_only=True):
    """A stretch of the input text: ``text == input[start:end]``."""

    text: str
    start: int
    end: int


class Source(msgspec.Struct, kw_only=True):
    """Where the article came from and a fingerprint of its text."""

    path: str | None
    id: str | None
    sha256: str
    chars: int


class ReferenceDate(msgspec.Struct, kw_only=True):
    """The date relative expressions are resolved against, and where it came from."""

    value: str | None
    origin: ReferenceOrigin
    span: Span | None = None


class DateMention(Span, kw_only=True):
    """A temporal expression with its TIMEX3-style normalized value (null when unresolvable)."""

    value: str | None
    type: DateType


class Place(msgspec.Struct, kw_only=True):
    """One distinct place with every mention of it."""

    name: str
    country_code: str | None
    lat: float | None
    lon: float | None
    mentions: list[Span]
    admin1: str | None = None
    geonameid: int | None = None
    feature: str | None = None
    disputed: bool = False


class Party(msgspec.Struct, kw_only=True):
    """One distinct actor with every mention of it (names, aliases, metonyms, pronouns)."""

    name: str
    type: PartyType
    country_code: str | None
    mentions: list[Span]
    role: str | None = None


class Quote(Span, kw_only=True):
    """Quoted or reported content with its speaker and cue."""

    speaker: str | None
    speaker_mention: Span | None
    cue: Span | None
    direct: bool


class Claim(Span, kw_only=True):
    """An assertion, attributed to a party or made in the report's own voice (claimant null)."""

    claimant: str | None
    kind: str
    hedged: bool
    hedges: list[Span] = []
    disputes: list[int] = []


class Casualty(Span, kw_only=True):
    """A casualty statement: how many, who, and what happened to them."""

    count: int | None
    who: str
    status: CasualtyStatus
    qualifier: str | None = None
    count_min: int | None = None
    count_max: int | None = None
    approximate: bool = False
    update: bool = False
    rule: str | None = None


class EventDate(msgspec.Struct, kw_only=True):
    """When an event happened: a TIMEX3 value as precise as the text, and the day ACLED would code."""

    value: str | None
    precision: TimePrecision | None
    event_date: str | None = None
    from_text: bool = False


class Event(Span, kw_only=True):
    """An ACLED-style event record; the span is its evidence (the sentence that first reports it)."""

    type: EventType
    sub_type: str
    date: EventDate
    actor1: str | None
    actor2: str | None
    place: str | None
    fatalities: int | None
    inter1: Interaction | None = None
    inter2: Interaction | None = None
    country_code: str | None = None
    admin1: str | None = None
    lat: float | None = None
    lon: float | None = None
    geo_precision: int | None = None
    trigger: Span | None = None
    casualties: list[int] = []
    claims: list[int] = []


class Report(msgspec.Struct, kw_only=True):
    """Everything conflictcli extracts from one article."""

    schema_version: str
    source: Source
    reference_date: ReferenceDate
    extractors: list[str]
    dates: list[DateMention]
    places: list[Place]
    parties: list[Party]
    quotes: list[Quote]
    claims: list[Claim]
    casualties: list[Casualty]
    events: list[Event] = []


class ErrorInfo(msgspec.Struct, kw_only=True):
    type: str
    message: str


class ErrorSource(msgspec.Struct, kw_only=True):
    path: str | None
    id: str | None
    line: int | None = None


class ErrorRecord(msgspec.Struct, kw_only=True):
    """The line an input that could not be analyzed gets instead of a report."""

    source: ErrorSource
    error: ErrorInfo


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one output line: a report or an error record."""
    (report, error), definitions = msgspec.json.schema_components(
        [Report, ErrorRecord], ref_template="#/$defs/{name}"
    )
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": f"conflictcli report {SCHEMA_VERSION}",
        "anyOf": [report, error],
        "$defs": definitions,
    }
