"""Assembling a report from an analyzed Doc: the one place that knows both spaCy and the output."""

from __future__ import annotations

import hashlib
from typing import Any

import msgspec
from spacy.tokens import Doc

from conflictcli.inputs import Article, FailedInput
from conflictcli.schema import (
    SCHEMA_VERSION,
    Casualty,
    Claim,
    DateMention,
    Event,
    ErrorInfo,
    ErrorRecord,
    ErrorSource,
    Party,
    Place,
    Quote,
    ReferenceDate,
    Report,
    Source,
)

# Report field → (Doc extension, item type) for the list-valued extractors.
REPORT_FIELDS: dict[str, tuple[str, type]] = {
    "dates": ("conflictcli_dates", DateMention),
    "places": ("conflictcli_places", Place),
    "parties": ("conflictcli_parties", Party),
    "quotes": ("conflictcli_quotes", Quote),
    "claims": ("conflictcli_claims", Claim),
    "casualties": ("conflictcli_casualties", Casualty),
    "events": ("conflictcli_events", Event),
}

_NO_REFERENCE = {"value": None, "origin": "none", "span": None}


def source_of(article: Article) -> Source:
    """The report's ``source``: path, id and a fingerprint of the text."""
    return Source(
        path=article.path,
        id=article.id,
        sha256=hashlib.sha256(article.text.encode("utf-8", "surrogatepass")).hexdigest(),
        chars=len(article.text),
    )


def build_report(doc: Doc, article: Article, extractors: list[str]) -> Report:
    """The typed report for ``doc``; fields of extractors not in ``extractors`` stay empty."""
    lists: dict[str, list[Any]] = {}
    for field, (extension, item_type) in REPORT_FIELDS.items():
        values = getattr(doc._, extension, None) if field in extractors else None
        lists[field] = msgspec.convert(values or [], list[item_type])
    reference = getattr(doc._, "conflictcli_reference_date", None) or _NO_REFERENCE
    return Report(
        schema_version=SCHEMA_VERSION,
        source=source_of(article),
        reference_date=msgspec.convert(reference, ReferenceDate),
        extractors=[name for name in REPORT_FIELDS if name in extractors],
        **lists,
    )


def error_record(failed: FailedInput | Article, kind: str | None = None, message: str | None = None) -> ErrorRecord:
    """The line an input gets when it cannot be analyzed."""
    error = failed.error if isinstance(failed, FailedInput) else None
    return ErrorRecord(
        source=ErrorSource(path=failed.path, id=failed.id, line=failed.line),
        error=ErrorInfo(
            type=kind or (error.kind if error else "analysis_failed"),
            message=message or (error.message if error else "analysis failed"),
        ),
    )


def to_dict(record: Report | ErrorRecord) -> dict[str, Any]:
    """A report or error record as plain JSON-able data."""
    return msgspec.to_builtins(record)
