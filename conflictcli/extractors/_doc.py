"""Helpers shared by the extractors: Doc extensions and span dicts."""

from __future__ import annotations

from typing import Any

from spacy.attrs import LEMMA, LOWER
from spacy.tokens import Doc, Span, Token


def register_extension(name: str, default: Any = None) -> None:
    """Register ``doc._.<name>`` once, whichever module imports first."""
    if not Doc.has_extension(name):
        Doc.set_extension(name, default=default)


# One slot per cache, holding a (Doc, value) pair replaced whole, so that a caller always reads the
# value of its own Doc even when another thread has moved the slot on.
_last_text: list[tuple[Doc, str] | None] = [None]
_last_tables: list[tuple[Doc, dict[str, list[Any]]] | None] = [None]


def doc_text(doc: Doc) -> str:
    """``doc.text``, which spaCy rebuilds from the tokens at every access, kept for the last Doc."""
    slot = _last_text[0]
    if slot is None or slot[0] is not doc:
        slot = _last_text[0] = (doc, doc.text)
    return slot[1]


def _tables(doc: Doc) -> dict[str, list[Any]]:
    """The token tables computed so far for the last Doc: every extractor runs over the same Doc
    in turn, so one slot is enough and nothing outlives the next document."""
    slot = _last_tables[0]
    if slot is None or slot[0] is not doc:
        slot = _last_tables[0] = (doc, {})
    return slot[1]


def token_lowers(doc: Doc) -> list[str]:
    """``token.lower_`` of every token, read once per Doc through the array API."""
    tables = _tables(doc)
    if "lower" not in tables:
        strings = doc.vocab.strings
        tables["lower"] = [strings[key] for key in doc.to_array(LOWER).tolist()] if len(doc) else []
    return tables["lower"]


def token_lemmas(doc: Doc) -> list[str]:
    """The lower-cased lemma of every token, its lower-cased text when it has none."""
    tables = _tables(doc)
    if "lemma" not in tables:
        strings = doc.vocab.strings
        keys = doc.to_array(LEMMA).tolist() if len(doc) else []
        tables["lemma"] = [strings[key].lower() if key else lower for key, lower in zip(keys, token_lowers(doc))]
    return tables["lemma"]


def sentence_starts(doc: Doc) -> list[int]:
    """The index of the first token of each token's sentence: ``token.sent`` walks the sentence at
    every call, which costs in loops over mentions."""
    tables = _tables(doc)
    if "sentence" not in tables:
        starts = [0] * len(doc)
        for sentence in doc.sents:
            starts[sentence.start:sentence.end] = [sentence.start] * len(sentence)
        tables["sentence"] = starts
    return tables["sentence"]


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
