"""Claims: attributed assertions about the conflict, and the report's own unverified assertions.

Every attributed quote (``doc._.conflictcli_quotes``) that asserts something becomes a claim by its
speaker; its kind comes from the cue lemma (``resources/claims/kinds.json``: deny → denial, accuse →
accusation, warn → threat, …) or, for plain statements, from the content ("caused by" →
responsibility, "killed" → casualty_claim). A sentence in the report's own voice becomes a claim with
claimant None when it carries a verifiability marker ("could not be independently verified", "is yet
to be confirmed", "reportedly"). Hedges (CoNLL-2010 style uncertainty cues: "allegedly", "may have",
"claimed" rather than "said") are listed per claim, and a denial is linked to the claims by other
claimants about the same event through ``disputes``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from conflictcli.extractors._doc import doc_text, register_extension
from conflictcli.extractors.quotes import (
    _paragraph_starts,
    account_appositions,
    extension_value,
    extract_quotes,
    load_cues,
    text_span,
)

register_extension("conflictcli_claims")

_WORDS = re.compile(r"[^\W\d_]+")
_EDGE = " \t\n\r\u00a0.,;:!?—–-\"“”‘’'"
CONTENT_POS = frozenset({"NOUN", "PROPN", "VERB", "NUM", "ADJ"})
STOP_LEMMAS = frozenset({"be", "have", "do", "say", "make", "take", "get", "go"})


@cache
def _resource(name: str) -> dict[str, Any]:
    path = files("conflictcli").joinpath(f"resources/claims/{name}")
    return json.loads(path.read_text(encoding="utf-8"))


_MATCHERS: dict[int, tuple[Vocab, dict[str, PhraseMatcher]]] = {}


def _matchers(vocab: Vocab) -> dict[str, PhraseMatcher]:
    """Phrase matchers for hedges, verifiability markers and content kinds, built once per vocab."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    hedges, kinds = _resource("hedges.json"), _resource("kinds.json")
    tables = {
        "hedge": {"hedge": hedges["hedge_phrases"]},
        "verifiability": {"marker": hedges["verifiability_markers"]},
        "kind": kinds["content_kinds"],
    }
    matchers: dict[str, PhraseMatcher] = {}
    for name, groups in tables.items():
        matcher = PhraseMatcher(vocab, attr="LOWER")
        for label, phrases in groups.items():
            matcher.add(label, [Doc(vocab, words=phrase.split()) for phrase in phrases])
        matchers[name] = matcher
    _MATCHERS[id(vocab)] = (vocab, matchers)
    return matchers


def _char_matches(doc: Doc, matcher: PhraseMatcher) -> list[tuple[int, int, str]]:
    """Matches as ``(start_char, end_char, label)``, longest first where they overlap."""
    spans = [(doc[start:end], match_id) for match_id, start, end in matcher(doc)]
    spans.sort(key=lambda item: (item[0].start, -len(item[0])))
    found: list[tuple[int, int, str]] = []
    last_end = -1
    for span, match_id in spans:
        if span.start_char >= last_end:
            found.append((span.start_char, span.end_char, doc.vocab.strings[match_id]))
            last_end = span.end_char
    return found


_MODALS = frozenset({"may", "might", "could"})


def _is_hedge(doc: Doc, match: tuple[int, int, str]) -> bool:
    """A lone "may"/"could"/"might" hedges only as a modal verb, not as the month May."""
    span = doc.char_span(match[0], match[1])
    if span is None or len(span) > 1 or span[0].lower_ not in _MODALS:
        return True
    return span[0].tag_ == "MD" or (not span[0].tag_ and span[0].text.islower())


def _within(matches: list[tuple[int, int, str]], start: int, end: int) -> list[tuple[int, int, str]]:
    return [match for match in matches if start <= match[0] and match[1] <= end]


def _content_lemmas(doc: Doc, start: int, end: int) -> set[str]:
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    return {
        token.lemma_.lower()
        for token in span
        if token.pos_ in CONTENT_POS and not token.is_stop and token.lemma_.lower() not in STOP_LEMMAS
    }


def extract_claims(
    doc: Doc, *, min_shared_lemmas: int = 2, include_beliefs: bool = True
) -> list[dict[str, Any]]:
    """Claims of ``doc``: attributed assertions and the report's own hedged/unverified assertions.

    Args:
        doc: A parsed Doc; reads ``doc._.conflictcli_quotes`` (computed here when absent).
        min_shared_lemmas: Content words a denial must share with another claimant's claim to be
            linked to it as a dispute.
        include_beliefs: Whether reported beliefs ("X believes that …") count as claims.

    Returns:
        Dicts ``{"text", "start", "end", "claimant", "kind", "hedged", "hedges", "disputes"}`` in
        text order; ``disputes`` holds indices into the returned list.
    """
    text = doc_text(doc)
    if not text.strip() or not len(doc):
        return []
    quotes = extension_value(doc, "conflictcli_quotes")
    if quotes is None:
        quotes = extract_quotes(doc)
    kinds, hedges_data, cues = _resource("kinds.json"), _resource("hedges.json"), load_cues()
    cue_kinds: dict[str, str] = kinds["cue_kinds"]
    excluded = set(kinds["excluded_frames"]) | (set() if include_beliefs else {"belief"})
    hedge_cues = set(hedges_data["hedge_cues"])
    matchers = _matchers(doc.vocab)
    hedge_matches = [m for m in _char_matches(doc, matchers["hedge"]) if _is_hedge(doc, m)]
    kind_matches = _char_matches(doc, matchers["kind"])
    sentences = list(doc.sents)
    sentence_starts = [sentence.start_char for sentence in sentences]

    def sentence_bounds(char: int) -> tuple[int, int]:
        sentence = sentences[max(0, bisect_right(sentence_starts, char) - 1)]
        return sentence.start_char, sentence.end_char

    doubt_starts = {
        start
        for start, end, _ in _char_matches(doc, matchers["verifiability"])
        if len(text[start:end].split()) >= 3
    }
    claims: list[dict[str, Any]] = []
    for quote in quotes:
        cue = quote.get("cue")
        if cue is None and quote.get("speaker") is None:
            continue
        lemma = _cue_lemma(doc, cue)
        frame = cues[lemma].frame if lemma in cues else "speech"
        cue_kind = cue_kinds.get(lemma, "statement")
        if frame in excluded and cue_kind == "statement":
            continue
        low, high = quote["start"], quote["end"]
        if cue is not None:
            low, high = min(low, cue["start"]), max(high, cue["end"])
        mention = quote.get("speaker_mention")
        if mention is not None and sentence_bounds(mention["start"]) == sentence_bounds(quote["start"]):
            low, high = min(low, mention["start"]), max(high, mention["end"])
        cue_hedges = []
        if cue is not None and lemma in hedge_cues:
            cue_hedges.append(text_span(text, cue["start"], cue["end"]))
        pieces = _sentences_of(doc, text, quote) if quote.get("direct") else [(quote["start"], quote["end"])]
        for start, end in pieces:
            kind = cue_kind
            if kind == "statement":
                kind = _content_kind(kind_matches, start, end) or kind
            window = (min(low, start), max(high, end)) if len(pieces) == 1 else (start, end)
            hedges = [
                text_span(text, s, e) for s, e, _ in _within(hedge_matches, *window) if s not in doubt_starts
            ] + cue_hedges
            claims.append(_claim(text, start, end, quote.get("speaker"), kind, hedges))
    claims.extend(_apposed_rejections(doc, text, cue_kinds, hedge_matches))
    quoted = sorted((quote["start"], quote["end"]) for quote in quotes)
    account_words = set(hedges_data["account_words"])
    plural_accounts = set(hedges_data["plural_account_words"])
    numeric_accounts = set(hedges_data["numeric_account_words"])
    paragraph_starts = _paragraph_starts(text)
    for marker_start, marker_end, _ in _char_matches(doc, matchers["verifiability"]):
        if any(start <= marker_start < end for start, end in quoted):
            continue
        start, end = sentence_bounds(marker_start)
        while end > start and text[end - 1] in " \n\t.":
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        marker = text_span(text, marker_start, marker_end)
        words = set(_WORDS.findall(text[start:end].lower()))
        if len(marker["text"].split()) >= 3 and account_words & words:
            doubted = _doubted(claims, start, words, paragraph_starts, plural_accounts, numeric_accounts)
            for claim in doubted:
                _add_hedge(claim, marker)
            continue
        if any(claim["start"] <= marker_start < claim["end"] for claim in claims):
            continue
        kind = _content_kind(kind_matches, start, end) or "statement"
        hedges = [text_span(text, s, e) for s, e, _ in _within(hedge_matches, start, end)]
        claims.append(_claim(text, start, end, None, kind, hedges))
    claims.sort(key=lambda claim: claim["start"])
    _link_disputes(doc, claims, min_shared_lemmas=min_shared_lemmas)
    return claims


def _apposed_rejections(
    doc: Doc, text: str, cue_kinds: dict[str, str], hedge_matches: list[tuple[int, int, str]]
) -> list[dict[str, Any]]:
    """Claims of the source that rejects the clause before it in an apposition: "…, a charge Kabul
    denies" (a denial by Afghanistan), "…, a figure the provincial government disputed"."""
    parties = extension_value(doc, "conflictcli_parties") or []
    claims = []
    for determiner, cue_index, subject_index in account_appositions(doc, load_cues()):
        cue, subject = doc[cue_index], doc[subject_index]
        last = cue.right_edge.i
        while last > cue_index and doc[last].is_punct:
            last -= 1
        start, end = doc[determiner].idx, doc[last].idx + len(doc[last])
        claimant = _party_at(parties, subject.left_edge.idx, subject.idx + len(subject))
        kind = cue_kinds.get(cue.lemma_.lower(), "statement")
        hedges = [text_span(text, s, e) for s, e, _ in _within(hedge_matches, start, end)]
        claims.append(_claim(text, start, end, claimant, kind, hedges))
    return claims


def _party_at(parties: list[dict[str, Any]], start: int, end: int) -> str | None:
    """The party with a mention overlapping ``[start, end)``."""
    for party in parties:
        for mention in party.get("mentions") or []:
            if mention["start"] < end and start < mention["end"]:
                return party["name"]
    return None


def _sentences_of(doc: Doc, text: str, quote: dict[str, Any]) -> list[tuple[int, int]]:
    """A direct quote's sentences (one claim each), without edge punctuation."""
    span = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
    if span is None:
        return [(quote["start"], quote["end"])]
    pieces = []
    for sentence in span.sents:
        start, end = max(sentence.start_char, quote["start"]), min(sentence.end_char, quote["end"])
        while end > start and text[end - 1] in _EDGE:
            end -= 1
        while start < end and text[start] in _EDGE:
            start += 1
        if any(ch.isalnum() for ch in text[start:end]):
            pieces.append((start, end))
    return pieces or [(quote["start"], quote["end"])]


def _doubted(
    claims: list[dict[str, Any]],
    sentence_start: int,
    words: set[str],
    paragraph_starts: list[int],
    plural_accounts: set[str],
    numeric_accounts: set[str],
) -> list[dict[str, Any]]:
    """Claims a doubt sentence covers: "The figures could not be verified" → the casualty claims of
    its paragraph; "The claim …" → the last claim before it; "Neither account …", "either side's
    accounts" → the claims of its paragraph and the one before."""
    before = [claim for claim in claims if claim["start"] < sentence_start]
    if not before:
        return []
    paragraph = bisect_right(paragraph_starts, sentence_start) - 1
    if words & numeric_accounts:
        return [
            claim
            for claim in before
            if claim["kind"] == "casualty_claim" and claim["start"] >= paragraph_starts[paragraph]
        ]
    if not words & plural_accounts:
        last = max(before, key=lambda claim: claim["start"])
        return [
            claim
            for claim in before
            if claim["claimant"] == last["claimant"] and claim["end"] >= last["start"] - 1
        ]
    scope_start = paragraph_starts[max(0, paragraph - 1)]
    return [claim for claim in before if claim["start"] >= scope_start]


def _add_hedge(claim: dict[str, Any], hedge: dict[str, Any]) -> None:
    if all(other["start"] != hedge["start"] for other in claim["hedges"]):
        claim["hedges"].append(hedge)
        claim["hedges"].sort(key=lambda other: other["start"])
    claim["hedged"] = True


def _cue_lemma(doc: Doc, cue: dict[str, Any] | None) -> str:
    if cue is None:
        return ""
    span = doc.char_span(cue["start"], cue["end"], alignment_mode="expand")
    return span[0].lemma_.lower() if span is not None and len(span) else ""


def _content_kind(matches: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    labels = {label for _, _, label in _within(matches, start, end)}
    for kind in ("responsibility", "casualty_claim"):
        if kind in labels:
            return kind
    return None


def _claim(
    text: str, start: int, end: int, claimant: str | None, kind: str, hedges: list[dict[str, Any]]
) -> dict[str, Any]:
    unique = {(hedge["start"], hedge["end"]): hedge for hedge in hedges}
    ordered = [unique[key] for key in sorted(unique)]
    return {
        **text_span(text, start, end),
        "claimant": claimant,
        "kind": kind,
        "hedged": bool(ordered),
        "hedges": ordered,
        "disputes": [],
    }


def _link_disputes(doc: Doc, claims: list[dict[str, Any]], *, min_shared_lemmas: int) -> None:
    """Link each denial with the claims of other claimants about the same event (shared words)."""
    lemmas = [_content_lemmas(doc, claim["start"], claim["end"]) for claim in claims]
    for i, denial in enumerate(claims):
        if denial["kind"] != "denial":
            continue
        for j, other in enumerate(claims):
            if i == j or other["claimant"] == denial["claimant"]:
                continue
            if len(lemmas[i] & lemmas[j]) >= min_shared_lemmas:
                if j not in denial["disputes"]:
                    denial["disputes"].append(j)
                if i not in other["disputes"]:
                    other["disputes"].append(i)
    for claim in claims:
        claim["disputes"].sort()


class ClaimsComponent:
    """Stores :func:`extract_claims` on ``doc._.conflictcli_claims``."""

    def __init__(self, *, min_shared_lemmas: int, include_beliefs: bool) -> None:
        self.options = {"min_shared_lemmas": min_shared_lemmas, "include_beliefs": include_beliefs}

    def __call__(self, doc: Doc) -> Doc:
        doc._.conflictcli_claims = extract_claims(doc, **self.options)
        return doc


@Language.factory(
    "conflictcli_claims",
    assigns=["doc._.conflictcli_claims"],
    requires=["token.dep", "token.lemma", "doc.sents"],
    default_config={"min_shared_lemmas": 2, "include_beliefs": True},
)
def make_claims(
    nlp: Language, name: str, min_shared_lemmas: int, include_beliefs: bool
) -> ClaimsComponent:
    """The ``conflictcli_claims`` pipeline component."""
    return ClaimsComponent(min_shared_lemmas=min_shared_lemmas, include_beliefs=include_beliefs)
