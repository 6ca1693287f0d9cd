"""Helpers shared by the extractors: Doc extensions and span dicts."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Span, Token


def register_extension(name: str, default: Any = None) -> None:
    """Register ``doc._.<name>`` once, whichever module imports first."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)


_last_text: list[Any] = [None, ""]


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from the tokens at every access, kept for the last Doc."""
    if _last_text[0] is not doc:
        _last_text[:] = [doc, doc.text]
    return _last_text[1]


def span_dict(doc: Doc, start: int, end: int) -> dict[str, Any]:
    """A contract span for the characters ``doc.text[start:end]``."""
    return {"text": doc_text(doc)[start:end], "start": start, "end": end}


def span_of(obj: Span | Token) -> dict[str, Any]:
    """A contract span for a spaCy Span or Token."""
    if isinstance(obj, Token):
        return span_dict(obj.doc, obj.idx, obj.idx + len(obj.text))
    return span_dict(obj.doc, obj.start_char, obj.end_char)


# Input context set before the pipeline runs: {"reference_date": "YYYY-MM-DD" | None (from the
# input line), "default_reference_date": "YYYY-MM-DD" | None (from --reference-date)}.
register_extension("conflictcli_context")
