"""Claims: attributed assertions about the conflict, and the report's own unverified assertions.

Every attributed quote (``doc._.conflictcli_quotes``) that asserts something becomes a claim by its
speaker; its kind comes from the cue lemma (``resources/claims/kinds.json``: deny → denial, accuse →
accusation, warn → threat, …) or, for plain statements, from the content ("caused by" →
responsibility, "killed" → casualty_claim). A sentence in the report's own voice becomes a claim with
claimant None when it carries a verifiability marker ("could not be independently verified", "is yet
to be confirmed", "reportedly"). "X claimed responsibility for …" and "an attack claimed by X" are
responsibility claims of X even outside reported speech; reports nobody made ("No group has said …")
and citations ("citing a security source") are not claims. Hedges (CoNLL-2010 style uncertainty
cues: "allegedly", "may have", "believed to", "claimed" rather than "said", "suspected" for who
acted) are listed per claim, and a denial is linked to the claims by other claimants about the same
event through ``disputes``.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.vocab import Vocab

from conflictcli.extractors._doc import doc_text, register_extension
from conflictcli.extractors.quotes import (
    _paragraph_starts,
    account_appositions,
    extension_value,
    extract_quotes,
    load_account_nouns,
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


_AGENT_ONLY_HEDGES = frozenset({"suspected"})


def _is_hedge(doc: Doc, match: tuple[int, int, str]) -> bool:
    """A lone "may"/"could"/"might" hedges only as a modal verb, not as the month May; "suspected"
    before a noun hedges only who did something ("Suspected militants killed …", "… by suspected
    militants"), not the label of the people an operation targets ("arrested nine suspected
    collaborators")."""
    span = doc.char_span(match[0], match[1])
    if span is None or len(span) > 1:
        return True
    token = span[0]
    if token.lower_ in _AGENT_ONLY_HEDGES and token.dep_ in ("amod", "compound"):
        return _is_agent(token.head)
    if token.lower_ not in _MODALS:
        return True
    return token.tag_ == "MD" or (not token.tag_ and token.text.islower())


_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})


def _is_agent(noun: Token) -> bool:
    """Whether a noun phrase names who acted, not whom an action targeted."""
    while noun.dep_ == "compound" and noun.head != noun:
        noun = noun.head
    if noun.dep_ == "pobj":
        return noun.head.dep_ == "agent"
    return noun.dep_ not in _OBJECT_DEPS


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
    source_cues = set(kinds["source_cues"])
    naming_cues: dict[str, str] = kinds["naming_cues"]
    cue_starts = sorted(quote["cue"]["start"] for quote in quotes if quote.get("cue"))
    claims: list[dict[str, Any]] = []
    for quote in quotes:
        cue = quote.get("cue")
        if cue is None and quote.get("speaker") is None:
            continue
        cue_token = _cue_token(doc, cue)
        lemma = cue_token.lemma_.lower() if cue_token is not None else ""
        frame = cues[lemma].frame if lemma in cues else "speech"
        cue_kind = cue_kinds.get(lemma, "statement")
        if cue_kind == "statement" and _governing_cue_kind(cue_token, cue_kinds) == "denial":
            cue_kind = "denial"
        if frame in excluded and cue_kind == "statement" or lemma in source_cues or _unsaid(cue_token):
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
        if (
            cue_kind == "denial"
            and len(pieces) == 1
            and mention is not None
            and cue is not None
            and _own_subject(mention, cue, cue_starts, sentence_bounds)
        ):
            pieces = [(mention["start"], max(quote["end"], cue["end"]))]
        if lemma in naming_cues and _names_its_object(doc, quote):
            cue_kind = naming_cues[lemma]
        for start, end in pieces:
            kind = cue_kind
            if kind == "statement":
                kind = (
                    _content_kind(kind_matches, start, end)
                    or _own_act_kind(doc, start, end, kinds, direct=bool(quote.get("direct")))
                    or kind
                )
            window = (min(low, start), max(high, end)) if len(pieces) == 1 else (start, end)
            hedges = [
                text_span(text, s, e) for s, e, _ in _within(hedge_matches, *window) if s not in doubt_starts
            ] + cue_hedges
            claims.append(_claim(text, start, end, quote.get("speaker"), kind, hedges))
    claims.extend(_apposed_rejections(doc, text, cue_kinds, hedge_matches))
    claims.extend(_trailing_rejections(doc, text, claims, hedge_matches))
    claims.extend(_responsibility_claims(doc, text, claims, hedge_matches))
    quoted = sorted((quote["start"], quote["end"]) for quote in quotes)
    account_words = set(hedges_data["account_words"])
    medium_words = set(hedges_data["medium_account_words"])
    plural_accounts = set(hedges_data["plural_account_words"])
    numeric_accounts = set(hedges_data["numeric_account_words"])
    paragraph_starts = _paragraph_starts(text)
    parties = extension_value(doc, "conflictcli_parties") or []
    people = {party["name"] for party in parties if party.get("type") == "person"}
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
        if len(marker["text"].split()) >= 3 and (account_words | medium_words) & words:
            doubted = _doubted(
                claims, start, words, paragraph_starts, plural_accounts, numeric_accounts,
                possessed=_possessed_account(doc, start, end, account_words),
                account_words=frozenset(account_words),
                adjacent=lambda a, b: sentence_bounds(a - 1) == sentence_bounds(b)
                or not text[a:b].strip(_EDGE),
                people=people,
            )
            for claim in doubted:
                _add_hedge(claim, marker)
            if doubted or account_words & words:
                continue
        if any(claim["start"] <= marker_start < claim["end"] for claim in claims):
            continue
        start, end = _relative_clause(doc, marker_start, start, end)
        start = _after_dateline(doc, text, start, marker_start)
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


_REJECTION_SUBJECT_WORDS = 8


def _trailing_rejections(
    doc: Doc,
    text: str,
    claims: list[dict[str, Any]],
    hedge_matches: list[tuple[int, int, str]],
) -> list[dict[str, Any]]:
    """Rejections trailing the clause they reject, read from the surface when the parse misses them:
    "…, an accusation Kigali has consistently denied", "…, a charge the United Nations rejects",
    "…, which the army denied" (a denial by the party named between the opener and the verb)."""
    parties = extension_value(doc, "conflictcli_parties") or []
    nouns = load_account_nouns()
    verbs = _denial_forms()
    found = []
    for comma in doc:
        if comma.text not in (",", "—", "–") or comma.i + 2 >= len(doc):
            continue
        opener = doc[comma.i + 1]
        if opener.lower_ == "which":
            first = comma.i + 2
        elif opener.lower_ in ("a", "an", "the") and doc[comma.i + 2].lemma_.lower() in nouns:
            first = comma.i + 3
        else:
            continue
        for index in range(first + 1, min(first + _REJECTION_SUBJECT_WORDS, len(doc))):
            token = doc[index]
            if token.is_punct:
                break
            if token.lower_ not in verbs:
                continue
            start, end = opener.idx, token.idx + len(token)
            rejections = [claim for claim in claims + found if claim["kind"] == "denial"]
            if not any(claim["start"] < end and start < claim["end"] for claim in rejections):
                subject_end = doc[index - 1].idx + len(doc[index - 1])
                claimant = _party_at(parties, doc[first].idx, subject_end)
                hedges = [text_span(text, s, e) for s, e, _ in _within(hedge_matches, start, end)]
                found.append(_claim(text, start, end, claimant, "denial", hedges))
            break
    return found


@cache
def _denial_forms() -> frozenset[str]:
    """Surface forms of the denial cues ("denies", "rejected"), matched where the tagger may misread
    "rejects" as a plural noun."""
    forms: set[str] = set()
    for lemma, kind in _resource("kinds.json")["cue_kinds"].items():
        if kind != "denial":
            continue
        if lemma.endswith("y"):
            forms |= {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied"}
        elif lemma.endswith("e"):
            forms |= {lemma, lemma + "s", lemma + "d"}
        elif lemma.endswith(("s", "sh", "ch", "x")):
            forms |= {lemma, lemma + "es", lemma + "ed"}
        else:
            forms |= {lemma, lemma + "s", lemma + "ed"}
    return frozenset(forms)


_DATELINE_DASHES = re.compile(r"\s(?:—|–|--|-)\s+")


def _after_dateline(doc: Doc, text: str, start: int, limit: int) -> int:
    """Where a report-voice sentence starts once the dateline before it is cut off ("BAMAKO, Jan 22
    (Reuters) - Gunmen reportedly …" → "Gunmen reportedly …")."""
    reference = extension_value(doc, "conflictcli_reference_date") or {}
    span = reference.get("span") if isinstance(reference, dict) else None
    if not span or not start <= span["start"] < limit:
        return start
    dash = _DATELINE_DASHES.search(text, span["end"], min(limit, span["end"] + 40))
    return dash.end() if dash else start


def _relative_clause(doc: Doc, marker_start: int, start: int, end: int) -> tuple[int, int]:
    """The noun phrase whose relative clause holds the marker ("in a battle that reportedly left 17
    people dead"): only that clause is the report's unverified assertion, not the sentence around it."""
    span = doc.char_span(marker_start, marker_start + 1, alignment_mode="expand")
    if span is None:
        return start, end
    verb = span[0].head
    if verb.dep_ != "relcl":
        return start, end
    noun = verb.head
    first, last = noun.left_edge, noun.right_edge
    return max(start, first.idx), min(end, last.idx + len(last))


def _own_subject(
    mention: dict[str, Any],
    cue: dict[str, Any],
    cue_starts: list[int],
    sentence_bounds: Callable[[int], tuple[int, int]],
) -> bool:
    """The speaker mention is the subject of this cue itself ("The ELN denied …", "A spokesman, who
    asked not to be named, denied …"): before it in the sentence with no other report between."""
    if mention["end"] > cue["start"]:
        return False
    if sentence_bounds(mention["start"]) != sentence_bounds(cue["start"]):
        return False
    return not any(mention["end"] <= start < cue["start"] for start in cue_starts)


_CLAIM_VERBS = frozenset({"claim", "take", "accept"})
_CLAUSE_DEPS = frozenset(
    {"conj", "cc", "advcl", "ccomp", "xcomp", "punct", "nsubj", "nsubjpass", "aux", "auxpass", "mark"}
)


def _phrase_end(doc: Doc, verb: Token) -> int:
    """The token index ending ``verb``'s own phrase: its non-clausal dependents, cut at the first
    punctuation or coordinating conjunction after the verb."""
    parts = [verb] + [child for child in verb.children if child.dep_ not in _CLAUSE_DEPS]
    last = max(part.right_edge.i for part in parts)
    breaks = (i for i in range(verb.i + 1, last + 1) if doc[i].is_punct or doc[i].pos_ == "CCONJ")
    return next(breaks, last + 1)


def _responsibility_claims(
    doc: Doc, text: str, claims: list[dict[str, Any]], hedge_matches: list[tuple[int, int, str]]
) -> list[dict[str, Any]]:
    """Responsibility claims made outside reported speech: "X claimed responsibility for the attack
    in a statement" (from the verb to the end of its own phrase; claimant X), "X claimed the attack"
    (the whole clause; ``claimed_acts`` in ``kinds.json``) and "an attack claimed
    by X" (the claimed noun phrase). Denied or negated claims ("No group has claimed
    responsibility") are not claims."""
    parties = extension_value(doc, "conflictcli_parties") or []
    claimed_acts = frozenset(_resource("kinds.json")["claimed_acts"])
    found = []
    for token in doc:
        act = token.dep_ == "dobj" and token.lower_ in claimed_acts and token.head.lemma_.lower() == "claim"
        if not act and token.lower_ != "responsibility" and not (token.lemma_.lower() == "claim" and token.dep_ == "acl"):
            continue
        if act or token.lower_ == "responsibility":
            verb = token.head
            if not act and (token.dep_ != "dobj" or verb.lemma_.lower() not in _CLAIM_VERBS):
                continue
            subjects = [child for child in verb.children if child.dep_ == "nsubj"]
            if _negated(verb) or not subjects or _negated(subjects[0]):
                continue
            holder = subjects[0]
            last_token = doc[_phrase_end(doc, verb) - 1]
            start, end = (holder.left_edge.idx if act else verb.idx), last_token.idx + len(last_token)
        else:
            agents = [child for child in token.children if child.dep_ == "agent"]
            objects = [child for child in agents[0].children if child.dep_ == "pobj"] if agents else []
            if not objects:
                continue
            holder = objects[0]
            start = token.head.left_edge.idx
            end = holder.right_edge.idx + len(holder.right_edge)
        if any(claim["start"] < end and start < claim["end"] for claim in claims + found):
            continue
        claimant = _party_at(parties, holder.left_edge.idx, holder.right_edge.idx + len(holder.right_edge))
        if claimant is None:
            claimant = text[holder.left_edge.idx : holder.right_edge.idx + len(holder.right_edge)]
        hedges = [text_span(text, s, e) for s, e, _ in _within(hedge_matches, start, end)]
        found.append(_claim(text, start, end, claimant, "responsibility", hedges))
    return found


def _cue_token(doc: Doc, cue: dict[str, Any] | None) -> Token | None:
    """The first token of a quote's cue span, if it has one."""
    if cue is None:
        return None
    span = doc.char_span(cue["start"], cue["end"], alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _unsaid(verb: Token | None) -> bool:
    """A report nobody made: "No group has said it carried out the killing", "The army did not say
    it had struck the camp"."""
    if verb is None:
        return False
    return _negated(verb) or any(child.dep_ == "nsubj" and _negated(child) for child in verb.children)


def _negated(token: Token) -> bool:
    return any(
        child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ in ("no", "neither"))
        for child in token.children
    )


def _possessed_account(doc: Doc, start: int, end: int, account_words: set[str]) -> bool:
    """Whether the doubt names whose account it is ("The group's figures", "its claim")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    return any(
        token.lower_ in account_words
        and any(child.dep_ == "poss" and child.lower_ not in account_words for child in token.children)
        for token in span
    )


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
    *,
    possessed: bool = False,
    account_words: frozenset[str] = frozenset(),
    adjacent: Callable[[int, int], bool] | None = None,
    people: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Claims a doubt sentence covers: "The group's figures/its claim could not be verified" → the
    last claimant's claims in its paragraph (only its casualty claims when the doubt names nothing
    but figures or tolls); "The figures …" → the casualty claims of its paragraph;
    "The claim …" → the last claim before it (with the claims its speaker made in the same
    sentence or quote); "Neither account …", "either side's accounts" → the claims of its paragraph,
    with the rival figures before it when the paragraph holds one side's figure only
    (``_rival_figures``), else those of the paragraph before when it does not hold two sides yet (a named person speaks for
    a side, so only parties that are not people count when there are any) or the same side spoke
    there."""
    before = [claim for claim in claims if claim["start"] < sentence_start]
    if not before:
        return []
    paragraph = bisect_right(paragraph_starts, sentence_start) - 1
    last = max(before, key=lambda claim: claim["start"])
    if possessed:
        owned = [
            claim
            for claim in before
            if claim["claimant"] == last["claimant"] and claim["start"] >= paragraph_starts[paragraph]
        ] or [last]
        if words & numeric_accounts and not words & (account_words - numeric_accounts):
            return [claim for claim in owned if claim["kind"] == "casualty_claim"]
        return owned
    if words & numeric_accounts:
        return [
            claim
            for claim in before
            if claim["kind"] == "casualty_claim" and claim["start"] >= paragraph_starts[paragraph]
        ]
    if not words & plural_accounts:
        chain = [last]
        for claim in sorted(before, key=lambda claim: claim["start"], reverse=True):
            if claim is last or claim["claimant"] != last["claimant"]:
                continue
            nearest = chain[-1]
            touching = claim["end"] >= nearest["start"] - 1
            if touching or (adjacent is not None and adjacent(claim["end"], nearest["start"])):
                chain.append(claim)
            else:
                break
        return chain
    own = [claim for claim in before if claim["start"] >= paragraph_starts[paragraph]]
    if paragraph == 0:
        return own
    previous_start = paragraph_starts[paragraph - 1]
    previous = [claim for claim in before if previous_start <= claim["start"] < paragraph_starts[paragraph]]
    claimants = {claim["claimant"] for claim in own}
    sides = claimants - (people or set()) or claimants
    if len(sides) < 2:
        rivals = _rival_figures(before, own, paragraph_starts[paragraph])
        if rivals:
            return [*rivals, *own]
    if len(sides) < 2 or claimants & {claim["claimant"] for claim in previous}:
        return _same_sides_before(before, paragraph - 1, paragraph_starts, previous + own)
    return own


_FIGURE_KINDS = frozenset({"casualty_claim", "responsibility"})


def _rival_figures(
    before: list[dict[str, Any]], own: list[dict[str, Any]], paragraph_start: int
) -> list[dict[str, Any]]:
    """ "Neither account …" after one side's figure ("the group said its fighters had killed 11")
    doubts that figure and the figures of the other claimant who gave the latest one before it
    (the agency's toll), not the quotes told in between; empty when the paragraph gives no figure
    or no other claimant gave one before."""
    own_claimants = {claim["claimant"] for claim in own if claim["kind"] in _FIGURE_KINDS}
    if not own_claimants:
        return []
    figures = [
        claim
        for claim in before
        if claim["start"] < paragraph_start and claim["kind"] == "casualty_claim"
        and claim["claimant"] is not None and claim["claimant"] not in own_claimants
    ]
    if not figures:
        return []
    rival = max(figures, key=lambda claim: claim["start"])["claimant"]
    return [claim for claim in figures if claim["claimant"] == rival]


def _same_sides_before(
    before: list[dict[str, Any]], paragraph: int, paragraph_starts: list[int], doubted: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """ "Neither side's account …" doubts each side's whole account: the paragraphs before the
    doubted ones, back to the first that holds no claim of a side already doubted."""
    sides = {claim["claimant"] for claim in doubted}
    while paragraph > 0:
        start, end = paragraph_starts[paragraph - 1], paragraph_starts[paragraph]
        earlier = [claim for claim in before if start <= claim["start"] < end]
        if not earlier or not sides & {claim["claimant"] for claim in earlier}:
            break
        doubted = earlier + doubted
        sides |= {claim["claimant"] for claim in earlier}
        paragraph -= 1
    return doubted


def _add_hedge(claim: dict[str, Any], hedge: dict[str, Any]) -> None:
    if all(other["start"] != hedge["start"] for other in claim["hedges"]):
        claim["hedges"].append(hedge)
        claim["hedges"].sort(key=lambda other: other["start"])
    claim["hedged"] = True


def _governing_cue_kind(verb: Token | None, cue_kinds: dict[str, str]) -> str | None:
    """The kind of the report a participle cue explains: "denied the claim, saying the army had
    lost very few men" is a denial."""
    if verb is None or verb.tag_ != "VBG" or verb.dep_ not in ("advcl", "xcomp", "conj"):
        return None
    return cue_kinds.get(verb.head.lemma_.lower())


def _names_its_object(doc: Doc, quote: dict[str, Any]) -> bool:
    """ "called the arrest arbitrary", "calling it "disinformation"": the cue names what it judges
    (not "called for talks", "called on both sides to …")."""
    span = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ in ("for", "on", "upon"):
        return False
    return not any(token.tag_ == "TO" for token in span)


def _own_act_kind(doc: Doc, start: int, end: int, kinds: dict[str, Any], *, direct: bool) -> str | None:
    """What a speaker says of its own side ("it had bombed …", "its aircraft destroyed …", "Our
    forces do not target markets"): a past attack is a responsibility claim, a negated act a
    denial. The own side is "it"/"they" in reported speech, "we" in a direct quote (where "they"
    are others: "They shot my uncle")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    subjects = [child for child in root.children if child.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return None
    subject = subjects[0]
    own = kinds["self_pronouns"]["direct" if direct else "reported"]
    owners = [child for child in subject.children if child.dep_ == "poss"]
    if subject.lower_ not in own and not any(owner.lower_ in own for owner in owners):
        return None
    auxiliaries = {child.lower_ for child in root.children if child.dep_ == "aux"}
    if any(child.dep_ == "neg" for child in root.children) and not auxiliaries & {"can", "could", "ca"}:
        return "denial"
    if (
        root.lemma_.lower() in kinds["self_attack_verbs"]
        and root.tag_ in ("VBD", "VBN")
        and subject.dep_ == "nsubj"
        and not any(token.lower_ == "only" for token in span)
    ):
        return "responsibility"
    return None


def _content_kind(matches: list[tuple[int, int, str]], start: int, end: int) -> str | None:
    labels = {label for _, _, label in _within(matches, start, end)}
    for kind in ("responsibility", "threat", "casualty_claim"):
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
