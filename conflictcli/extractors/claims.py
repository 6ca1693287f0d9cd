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
event through ``disputes``. A doubt sentence ("Neither account …", "The figures …", "The rebels'
claim …") hedges the claims it names (``_doubted``). Claimants come from the quote's speaker, with
fallbacks for what the quote layer leaves open: a speaking document's author ("A statement from the
governor's office said"), the party before a cue the parser gave no subject, the earlier speaker a
pronoun rejects for ("…, an accusation he rejected"), and the agent of a passive claim ("The attack
was claimed by …").
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from conflictcli.extractors._doc import doc_text, register_extension, token_lemmas, token_lowers
from conflictcli.extractors.quotes import (
    _paragraph_starts,
    _past_dateline,
    account_appositions,
    extension_value,
    extract_quotes,
    issuing_agents,
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


@dataclass(frozen=True)
class AccountWords:
    """Words by which a doubt sentence names what it doubts (``resources/claims/hedges.json``)."""

    accounts: frozenset[str]
    media: frozenset[str]
    plural: frozenset[str]
    numeric: frozenset[str]
    sides: frozenset[str]
    narratives: frozenset[str]
    tolls: frozenset[str]
    statuses: dict[str, frozenset[str]]
    unverifiable_kinds: frozenset[str]

    def statuses_of(self, text: str) -> set[str]:
        """Casualty statuses a figure tells ("killed", "wounded", …), from its words."""
        words = set(_WORDS.findall(text.lower()))
        return {status for status, forms in self.statuses.items() if words & forms}


@cache
def _account_words() -> AccountWords:
    data = _resource("hedges.json")
    return AccountWords(
        accounts=frozenset(data["account_words"]),
        media=frozenset(data["medium_account_words"]),
        plural=frozenset(data["plural_account_words"]),
        numeric=frozenset(data["numeric_account_words"]),
        sides=frozenset(data["side_account_words"]),
        narratives=frozenset(data["narrative_account_words"]),
        tolls=frozenset(data["death_toll_words"]),
        statuses={status: frozenset(forms) for status, forms in data["figure_statuses"].items()},
        unverifiable_kinds=frozenset(data["unverifiable_kinds"]),
    )


_MATCHERS: dict[int, tuple[Vocab, dict[str, PhraseMatcher]]] = {}


def _matchers(vocab: Vocab) -> dict[str, PhraseMatcher]:
    """Phrase matchers for hedges, verifiability markers and content kinds, built once per vocab."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1]
    hedges, kinds = _resource("hedges.json"), _resource("kinds.json")
    tables = {
        "hedge": {"hedge": hedges["hedge_phrases"]},
        "verifiability": {"marker": hedges["verifiability_markers"], "belief": hedges["belief_markers"]},
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
        return _is_agent(token.head) or _names_a_group(doc, token)
    if token.lower_ not in _MODALS:
        return True
    return token.tag_ == "MD" or (not token.tag_ and token.text.islower())


_OBJECT_DEPS = frozenset({"dobj", "nsubjpass", "attr", "oprd", "dative"})
_GROUP_WINDOW = 5


def _names_a_group(doc: Doc, suspected: Token) -> bool:
    """Whether "suspected" puts a named group in doubt ("11 suspected members of Los Lobos", "two
    suspected Barrio 18 members", "suspected MS-13 members"): the suspicion is whose members they
    are, an attribution the claim does not establish. "nine suspected collaborators near Kiunga"
    names no group. Reads the noun phrase after the word (up to a verb, punctuation or a
    preposition other than "of")."""
    for token in doc[suspected.i + 1 : suspected.i + 1 + _GROUP_WINDOW]:
        if token.is_punct or token.pos_ in ("VERB", "AUX") or (token.pos_ == "ADP" and token.lower_ != "of"):
            return False
        if token.text[:1].isupper():
            return True
    return False


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
    credit_cues = set(hedges_data["credit_cues"])
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
        for start, end, label in _char_matches(doc, matchers["verifiability"])
        if label == "marker" and len(text[start:end].split()) >= 3
    }
    source_cues = set(kinds["source_cues"])
    naming_cues: dict[str, str] = kinds["naming_cues"]
    cue_starts = sorted(quote["cue"]["start"] for quote in quotes if quote.get("cue"))
    claims: list[dict[str, Any]] = []
    parties = extension_value(doc, "conflictcli_parties") or []
    document_nouns = frozenset(kinds["document_nouns"])
    nested, outer_kinds = _nested_reports(doc, quotes, cue_kinds)
    for index, quote in enumerate(quotes):
        cue = quote.get("cue")
        if cue is None and quote.get("speaker") is None or index in nested:
            continue
        cue_token = _cue_token(doc, cue)
        lemma = cue_token.lemma_.lower() if cue_token is not None else ""
        frame = cues[lemma].frame if lemma in cues else "speech"
        cue_kind = cue_kinds.get(lemma, "statement")
        if cue_kind == "statement":
            cue_kind = outer_kinds.get(index, cue_kind)
        if cue_kind == "statement" and _governing_cue_kind(cue_token, cue_kinds) == "denial":
            cue_kind = "denial"
        if frame in excluded and cue_kind == "statement" or lemma in source_cues or _unsaid(cue_token):
            continue
        low, high = quote["start"], quote["end"]
        if cue is not None:
            low, high = min(low, cue["start"]), max(high, cue["end"])
        mention = quote.get("speaker_mention")
        speaker = quote.get("speaker")
        if speaker is None and mention is None:
            speaker = _cue_subject_party(cue_token, parties)
        elif mention is not None:
            speaker = _document_author(doc, mention, parties, document_nouns) or speaker
            if speaker is not None and speaker.lower() in document_nouns:
                speaker = _content_subject_party(doc, quote, parties, cues) or speaker
        if mention is not None and sentence_bounds(mention["start"]) == sentence_bounds(quote["start"]):
            low, high = min(low, mention["start"]), max(high, mention["end"])
        cue_hedges = []
        if cue is not None and lemma in hedge_cues and not (
            lemma in credit_cues and _own_deed(doc, quote["start"], quote["end"], kinds)
        ):
            cue_hedges.append(text_span(text, cue["start"], cue["end"]))
        pieces = (
            _sentences_of(doc, text, quote)
            if quote.get("direct")
            else [_cue_paragraph_part(text, quote["start"], quote["end"], cue)]
        )
        if (
            cue_kind == "denial"
            and len(pieces) == 1
            and mention is not None
            and cue is not None
            and _own_subject(mention, cue, cue_starts, sentence_bounds)
        ):
            pieces = [(mention["start"], max(quote["end"], cue["end"]))]
        subject = _passive_subject(cue_token) if cue_kind == "accusation" else None
        if subject is not None and len(pieces) == 1 and pieces[0][0] > subject.left_edge.idx:
            pieces = [(subject.left_edge.idx, pieces[0][1])]
        if lemma in naming_cues and _names_itself(doc, quote):
            continue
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
            claims.append(_claim(text, start, end, speaker, kind, hedges))
    rejections = _apposed_rejections(doc, text, cue_kinds, hedge_matches, claims)
    rejections += _trailing_rejections(doc, text, claims + rejections, hedge_matches)
    _cut_before_rejections(text, claims, rejections)
    claims.extend(rejections)
    claims.extend(_responsibility_claims(doc, text, claims, hedge_matches))
    quoted = sorted((quote["start"], quote["end"]) for quote in quotes)
    vocabulary = _account_words()
    account_words = set(vocabulary.accounts)
    paragraph_starts = _paragraph_starts(text)
    direct_quotes = [(quote["start"], quote["end"]) for quote in quotes if quote.get("direct")]
    people = {party["name"] for party in parties if party.get("type") == "person"}
    voices = people | {party["name"] for party in parties if party.get("type") == "civilians"}
    for marker_start, marker_end, label in _char_matches(doc, matchers["verifiability"]):
        if any(start <= marker_start < end for start, end in quoted):
            if label == "marker" and len(text[marker_start:marker_end].split()) >= 3 and not any(
                start <= marker_start < end for start, end in direct_quotes
            ):
                # "… had killed dozens of terrorists, a claim that could not be verified": the
                # report's doubt set off after the reported clause is about that clause (a clause
                # that is itself the doubt, "the information could not be confirmed", is not).
                for claim in claims:
                    set_off = "," in text[claim["start"]:marker_start]
                    if (claim["start"] <= marker_start < claim["end"] and set_off
                            and claim["kind"] not in vocabulary.unverifiable_kinds
                            and not _foretells(doc, claim)):
                        _add_hedge(claim, text_span(text, marker_start, marker_end))
            continue
        start, end = sentence_bounds(marker_start)
        while end > start and text[end - 1] in " \n\t.":
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        marker = text_span(text, marker_start, marker_end)
        words = set(_WORDS.findall(text[start:end].lower()))
        doubt = label == "marker" and len(marker["text"].split()) >= 3
        if doubt and (vocabulary.accounts | vocabulary.media) & words:
            possessors = _figure_possessors(doc, start, end, vocabulary.numeric)
            owner = _account_owner(doc, start, end, account_words) if possessors < 2 else None
            doubted = _doubted(
                claims, start, words, paragraph_starts, vocabulary,
                possessed=owner is not None,
                owner=_owner_party(parties, owner),
                rival_figures=possessors >= 2 or _definite_figures(doc, start, end, vocabulary)
                or bool(words & vocabulary.sides and words & vocabulary.numeric),
                adjacent=lambda a, b: sentence_bounds(a - 1) == sentence_bounds(b)
                or not text[a:b].strip(_EDGE),
                people=people,
                voices=voices,
            )
            if _NONE_OF.match(text, start):
                doubted = _every_account(claims, doubted, start, words, vocabulary, direct_quotes)
            for claim in doubted:
                if claim["kind"] not in vocabulary.unverifiable_kinds and not _foretells(doc, claim):
                    _add_hedge(claim, marker)
            if doubted or account_words & words:
                continue
        if any(claim["start"] <= marker_start < claim["end"] for claim in claims):
            continue
        # "Residents said the shooting lasted an hour, but that could not be verified": the doubt
        # is about the report in its own sentence, not a claim of the report's voice.
        told = [claim for claim in claims if start <= claim["start"] and claim["end"] <= marker_start]
        if doubt and told:
            for claim in told:
                if claim["kind"] not in vocabulary.unverifiable_kinds and not _foretells(doc, claim):
                    _add_hedge(claim, marker)
            continue
        start, end = _relative_clause(doc, marker_start, start, end)
        start = _after_dateline(doc, text, start, marker_start)
        kind = _content_kind(kind_matches, start, end) or "statement"
        hedges = [text_span(text, s, e) for s, e, _ in _within(hedge_matches, start, end)]
        claims.append(_claim(text, start, end, None, kind, hedges))
    claims.sort(key=lambda claim: claim["start"])
    _link_disputes(doc, claims, min_shared_lemmas=min_shared_lemmas)
    return claims


def _cut_before_rejections(text: str, claims: list[dict[str, Any]], rejections: list[dict[str, Any]]) -> None:
    """End a claim where the rejection trailing it begins ("the U.S. of killing civilians in the
    strike, which AFRICOM denied" → "the U.S. of killing civilians in the strike"): the rejection is
    the other side's claim, not part of the accusation. Hedges past the new end are dropped."""
    for rejection in rejections:
        for claim in claims:
            if not claim["start"] < rejection["start"] < claim["end"] <= rejection["end"]:
                continue
            end = rejection["start"]
            while end > claim["start"] and text[end - 1] in _EDGE:
                end -= 1
            if end <= claim["start"]:
                continue
            claim.update(text_span(text, claim["start"], end))
            claim["hedges"] = [hedge for hedge in claim["hedges"] if hedge["end"] <= end]
            claim["hedged"] = bool(claim["hedges"])


def _nested_reports(
    doc: Doc, quotes: list[dict[str, Any]], cue_kinds: dict[str, str]
) -> tuple[set[int], dict[int, str]]:
    """Speakerless reports told inside an attributed one ("The killings were blamed on Fulani
    militants, according to local officials"): the agentless "were blamed" is the officials'
    accusation, not a second claim with no claimant. Returns the indices of the nested quotes (no
    claim of their own) and, by index, the kind their cue gives the quote holding them."""
    nested: set[int] = set()
    outer: dict[int, str] = {}
    for index, quote in enumerate(quotes):
        cue = quote.get("cue")
        if cue is None or quote.get("speaker") is not None:
            continue
        for holder_index, holder in enumerate(quotes):
            if holder_index == index or holder.get("speaker") is None:
                continue
            if holder["start"] <= cue["start"] < holder["end"]:
                cue_token = _cue_token(doc, cue)
                lemma = cue_token.lemma_.lower() if cue_token is not None else ""
                kind = cue_kinds.get(lemma, "statement")
                nested.add(index)
                if kind != "statement":
                    outer.setdefault(holder_index, kind)
                break
    return nested, outer


def _apposed_rejections(
    doc: Doc,
    text: str,
    cue_kinds: dict[str, str],
    hedge_matches: list[tuple[int, int, str]],
    earlier: list[dict[str, Any]],
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
        claimant = _party_at(parties, subject.left_edge.idx, subject.idx + len(subject)) or _rejector(
            subject.lower_, start, earlier, parties
        )
        kind = cue_kinds.get(cue.lemma_.lower(), "statement")
        hedges = [text_span(text, s, e) for s, e, _ in _within(hedge_matches, start, end)]
        claims.append(_claim(text, start, end, claimant, kind, hedges))
    return claims


_REJECTION_SUBJECT_WORDS = 8
_PERSON_PRONOUNS = frozenset({"he", "she"})
_GROUP_PRONOUNS = frozenset({"it", "they"})


def _rejector(
    pronoun: str, start: int, claims: list[dict[str, Any]], parties: list[dict[str, Any]]
) -> str | None:
    """Who rejects an accusation when the rejecting subject is a pronoun no party holds ("The
    rebels accused the army of using militias, an accusation he rejected"): the latest earlier
    claimant other than the accuser, a person for "he"/"she" (or a speaker known only by role, "A
    spokesman"), a group for "it"/"they"."""
    if pronoun not in _PERSON_PRONOUNS | _GROUP_PRONOUNS:
        return None
    before = sorted((claim for claim in claims if claim["end"] <= start), key=lambda claim: claim["start"])
    if not before:
        return None
    accuser = before[-1]["claimant"]
    people = {party["name"] for party in parties if party.get("type") == "person"}
    groups = {party["name"] for party in parties} - people
    wants_person = pronoun in _PERSON_PRONOUNS
    if not wants_person:
        # "The army accused the rebels of …, a charge they deny", "Separatists allegedly burned a
        # school, a claim they deny": the group the rejected account is about rejects it.
        accused = _party_named_in(parties, before[-1], exclude=people | {accuser})
        if accused is not None:
            return accused
    for claim in reversed(before):
        claimant = claim["claimant"]
        if claimant is None or claimant == accuser:
            continue
        if (claimant not in groups) if wants_person else (claimant not in people):
            return claimant
    return None


def _party_named_in(
    parties: list[dict[str, Any]], claim: dict[str, Any], exclude: set[str | None]
) -> str | None:
    """The first party other than ``exclude`` that a claim's own words name (not a pronoun of it)."""
    named = [
        (mention["start"], party["name"])
        for party in parties
        if party["name"] not in exclude and party.get("type") != "civilians"
        for mention in party.get("mentions") or []
        if claim["start"] <= mention["start"] and mention["end"] <= claim["end"]
        and mention["text"].lower() not in _PERSON_PRONOUNS | _GROUP_PRONOUNS | {"its", "their", "them"}
    ]
    return min(named)[1] if named else None


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
    for index, lower in enumerate(token_lowers(doc)):
        if lower not in (",", "—", "–") or index + 2 >= len(doc):
            continue
        comma = doc[index]
        opener = doc[comma.i + 1]
        if opener.lower_ == "which":
            first = comma.i + 2
        elif opener.lower_ in ("a", "an", "the") and doc[comma.i + 2].lemma_.lower() in nouns:
            first = comma.i + 3
        else:
            continue
        apposition: tuple[int, int] | None = None
        limit = first + _REJECTION_SUBJECT_WORDS
        index = first
        while index + 1 < min(limit, len(doc)):
            index += 1
            token = doc[index]
            if token.is_punct:
                apposition = None if apposition is not None else _apposed_name(doc, index)
                if apposition is None:
                    break
                limit += apposition[1] - index + 1
                index = apposition[1]
                continue
            if token.lower_ not in verbs:
                continue
            start, end = opener.idx, token.idx + len(token)
            rejections = [claim for claim in claims + found if claim["kind"] == "denial"]
            if not any(claim["start"] < end and start < claim["end"] for claim in rejections):
                subject_end = doc[index - 1].idx + len(doc[index - 1])
                claimant = None
                if apposition is not None:
                    name = doc[apposition[0] + 1 : apposition[1]]
                    claimant = _party_at(parties, name.start_char, name.end_char) or name.text
                claimant = claimant or _party_at(parties, doc[first].idx, subject_end)
                if claimant is None and index - first == 1:
                    claimant = _rejector(doc[first].lower_, start, claims, parties)
                hedges = [text_span(text, s, e) for s, e, _ in _within(hedge_matches, start, end)]
                found.append(_claim(text, start, end, claimant, "denial", hedges))
            break
    return found


_APPOSED_NAME_WORDS = 6


def _apposed_name(doc: Doc, comma: int) -> tuple[int, int] | None:
    """The commas around a name set off after a role ("a claim the men's lawyer, Nenad Petrović,
    disputed"): ``(opening comma, closing comma)`` when a proper name fills the gap."""
    if doc[comma].text != ",":
        return None
    for index in range(comma + 1, min(comma + 1 + _APPOSED_NAME_WORDS, len(doc))):
        if doc[index].text == ",":
            words = doc[comma + 1 : index]
            return (comma, index) if len(words) and any(t.pos_ == "PROPN" for t in words) else None
        if doc[index].is_punct and doc[index].text != ".":
            return None
    return None


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
    if dash is None and text[start : span["start"]].strip().lower() == "date":
        # The inline dateline "date 2023-11-08 Gunmen reportedly …".
        rest = text[span["end"] : limit]
        return span["end"] + len(rest) - len(rest.lstrip())
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
    breaks = (
        i for i in range(verb.i + 1, last + 1)
        if (doc[i].is_punct and not _inside_word(doc[i])) or doc[i].pos_ == "CCONJ"
    )
    return next(breaks, last + 1)


def _inside_word(token: Token) -> bool:
    """A hyphen joining a word ("its Az-Zallaqa media arm"), not punctuation that ends a phrase."""
    if token.text != "-" or token.i == 0 or token.whitespace_:
        return False
    return not token.doc[token.i - 1].whitespace_


@cache
def _claimed_acts() -> frozenset[str]:
    """Nouns whose claiming is a responsibility claim ("claimed the attack"; ``kinds.json``)."""
    return frozenset(_resource("kinds.json")["claimed_acts"])


def _responsibility_claims(
    doc: Doc, text: str, claims: list[dict[str, Any]], hedge_matches: list[tuple[int, int, str]]
) -> list[dict[str, Any]]:
    """Responsibility claims made outside reported speech: "X claimed responsibility for the attack
    in a statement" (from the verb to the end of its own phrase; claimant X), "X claimed the attack"
    (the whole clause; ``claimed_acts`` in ``kinds.json``) and "an attack claimed
    by X" (the claimed noun phrase). Denied or negated claims ("No group has claimed
    responsibility") are not claims."""
    parties = extension_value(doc, "conflictcli_parties") or []
    claimed_acts = _claimed_acts()
    found = []
    lemmas, lowers = token_lemmas(doc), token_lowers(doc)
    for index, lower in enumerate(lowers):
        if lemmas[index] != "claim" and lower != "responsibility" and lower not in claimed_acts:
            continue
        token = doc[index]
        act = token.dep_ == "dobj" and token.lower_ in claimed_acts and token.head.lemma_.lower() == "claim"
        passive = _passive_claim_holder(token, claimed_acts)
        if passive is not None:
            if any(claim["start"] <= token.idx < claim["end"] for claim in claims + found):
                continue
            holder = passive
            subject = next(child for child in token.children
                           if child.dep_ == "nsubjpass" and child.lower_ in claimed_acts | {"responsibility"})
            last_token = doc[_phrase_end(doc, token) - 1]
            start, end = subject.left_edge.idx, last_token.idx + len(last_token)
        elif (
            not act
            and token.lower_ != "responsibility"
            and not (token.lemma_.lower() == "claim" and token.dep_ == "acl")
        ):
            continue
        elif act or token.lower_ == "responsibility":
            verb = token.head
            if not act and (token.dep_ != "dobj" or verb.lemma_.lower() not in _CLAIM_VERBS):
                continue
            subjects = [child for child in verb.children if child.dep_ == "nsubj"]
            if _negated(verb) or not subjects or _negated(subjects[0]):
                continue
            # "NIAMEY, … (AFP) — The group claimed …": the parser may make the dateline's city a
            # second subject; the claimant is the one next to the verb.
            holder = _past_dateline(subjects[-1], verb)
            last_token = doc[_phrase_end(doc, verb) - 1]
            start, end = (holder.left_edge.idx if act else verb.idx), last_token.idx + len(last_token)
            start = _after_dateline(doc, text, start, verb.idx)
        else:
            agents = [child for child in token.children if child.dep_ == "agent"]
            objects = [child for child in agents[0].children if child.dep_ == "pobj"] if agents else []
            if not objects or not _claims_an_act(token, claimed_acts):
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


def _claims_an_act(participle: Token, claimed_acts: frozenset[str]) -> bool:
    """Whether "claimed by X" modifies an act ("an ambush claimed by JNIM", "the attack on the base,
    claimed by …"), not a territory or a title ("the area, claimed by both Sudan and South Sudan"):
    only an act's claim is a claim of responsibility."""
    noun = participle.head
    for _ in range(3):
        if noun.lower_ in claimed_acts or noun.lemma_.lower() in claimed_acts:
            return True
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return False
        noun = noun.head.head
    return False


def _passive_claim_holder(verb: Token, claimed_acts: frozenset[str]) -> Token | None:
    """Who claimed an attack told in the passive ("The attack was claimed by the Islamic State",
    "Responsibility for the ambush was claimed by JNIM"): the agent, when the subject is an attack
    or responsibility (not "The town was claimed by both sides")."""
    if verb.lemma_.lower() != "claim" or verb.dep_ == "acl" or _negated(verb):
        return None
    # The parser may give a lead's verb its dateline as a second subject ("ADEN, … — The attack was
    # claimed by …"): any subject that is an attack will do.
    subjects = [child for child in verb.children if child.dep_ == "nsubjpass"
                and child.lower_ in claimed_acts | {"responsibility"}]
    if not subjects:
        return None
    agents = [child for child in verb.children if child.dep_ == "agent"]
    objects = [child for child in agents[0].children if child.dep_ == "pobj"] if agents else []
    return objects[0] if objects else None


def _cue_subject_party(verb: Token | None, parties: list[dict[str, Any]]) -> str | None:
    """The party that is the grammatical subject of a cue the quote layer left without a speaker
    ("In a post on X, rebel spokesman Lawrence Kanyuka accused the army …"): its head noun's
    party first (the name, not a premodifier), then any party in the subject phrase."""
    if verb is None:
        return None
    subjects = [child for child in verb.children if child.dep_ == "nsubj"]
    if not subjects and verb.dep_ in ("conj", "xcomp"):
        subjects = [child for child in verb.head.children if child.dep_ == "nsubj"]
    if not subjects:
        return _party_before(verb, parties)
    subject = subjects[-1]
    return _party_at(parties, subject.idx, subject.idx + len(subject)) or _party_at(
        parties, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge)
    )


_SUBJECT_WORDS = 6
_AUTHOR_PREPOSITIONS = frozenset({"from", "by", "of"})


def _document_author(
    doc: Doc, mention: dict[str, Any], parties: list[dict[str, Any]], document_nouns: frozenset[str]
) -> str | None:
    """The author of a document that speaks ("A statement from the governor's office said …", "A
    post by the group denied …", "The rebels' statement denied …"): the party that owns it or is
    named after "from"/"by"/"of", not the document."""
    span = doc.char_span(mention["start"], mention["end"], alignment_mode="expand")
    if span is None or not len(span) or span.root.lemma_.lower() not in document_nouns:
        return None
    for owner in span.root.children:
        if owner.dep_ != "poss":
            continue
        for party in parties:
            for other in party.get("mentions") or []:
                owned = other["start"] < owner.idx + len(owner) and owner.left_edge.idx < other["end"]
                if owned and other["end"] <= span.root.idx:
                    return party["name"]
    # "A statement from the governor's office", "a communique issued by the junta".
    authors = [
        author
        for preposition in span.root.children
        if preposition.dep_ == "prep" and preposition.lower_ in _AUTHOR_PREPOSITIONS
        for author in preposition.children
        if author.dep_ == "pobj"
    ]
    for author in authors + issuing_agents(span.root):
        found = _party_at(parties, author.idx, author.idx + len(author)) or _party_at(
            parties, author.left_edge.idx, author.right_edge.idx + len(author.right_edge)
        )
        if found is not None:
            return found
    return None


def _party_before(verb: Token, parties: list[dict[str, Any]]) -> str | None:
    """The party named right before a cue the parser gave no subject, back to the comma that ends
    a fronted phrase ("In a post on X, rebel spokesman Lawrence Kanyuka accused …"); the party
    nearest the verb wins."""
    doc = verb.doc
    first = verb.i
    while first > 0 and verb.i - first < _SUBJECT_WORDS and not doc[first - 1].is_punct:
        first -= 1
    for index in range(verb.i - 1, first - 1, -1):
        token = doc[index]
        found = _party_at(parties, token.idx, token.idx + len(token))
        if found is not None:
            return found
    return None


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


def _account_owner(doc: Doc, start: int, end: int, account_words: set[str]) -> Token | None:
    """Who the doubt names as the account's owner ("The group's figures", "its claim", "The
    Houthis' claim"): the possessive before the account word, if any."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    for token in span:
        if token.lower_ not in account_words:
            continue
        for child in token.children:
            if child.dep_ == "poss" and child.lower_ not in account_words:
                return child
    return None


def _owner_party(parties: list[dict[str, Any]], owner: Token | None) -> str | None:
    """The party a possessive names ("The Houthis'"), if any."""
    if owner is None:
        return None
    return _party_at(parties, owner.left_edge.idx, owner.idx + len(owner))


def _party_at(parties: list[dict[str, Any]], start: int, end: int) -> str | None:
    """The party with a mention overlapping ``[start, end)``."""
    for party in parties:
        for mention in party.get("mentions") or []:
            if mention["start"] < end and start < mention["end"]:
                return party["name"]
    return None


_PARAGRAPH_BREAK = re.compile(r"\n[ \t\u00a0]*\n")


def _cue_paragraph_part(text: str, start: int, end: int, cue: dict[str, Any] | None) -> tuple[int, int]:
    """The part of a reported clause in its cue's paragraph: a headline with no full stop ("Army
    says it killed 40 rebels") must not run on into the dateline below it, and a lead sentence
    parsed together with the headline above it keeps only the lead."""
    if cue is None:
        return start, end
    parts, part_start = [], start
    for found in _PARAGRAPH_BREAK.finditer(text, start, end):
        parts.append((part_start, found.start()))
        part_start = found.end()
    if not parts:
        return start, end
    parts.append((part_start, end))
    low, high = min(parts, key=lambda part: max(part[0] - cue["end"], cue["start"] - part[1], 0))
    while high > low and text[high - 1] in _EDGE:
        high -= 1
    while low < high and text[low].isspace():
        low += 1
    return (low, high) if high > low else (start, end)


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
    vocabulary: AccountWords,
    *,
    possessed: bool = False,
    owner: str | None = None,
    rival_figures: bool = False,
    adjacent: Callable[[int, int], bool] | None = None,
    people: set[str] | None = None,
    voices: set[str] | None = None,
) -> list[dict[str, Any]]:
    """Claims a doubt sentence covers.

    - "The group's figures/its claim could not be verified" → the claims of the claimant it names
      (``owner``: "The Houthis' claim", not the claim told after theirs), else of the last
      claimant, in that claimant's latest paragraph (only its casualty claims when the doubt names
      nothing but figures or tolls).
    - "The figures …", "The army's and the rebels' figures …" (``rival_figures``) → the casualty
      claims of its paragraph and the rival figures they answer (``_answered_figures``); "Those
      figures …", "The figure …" → those of its paragraph only; "the toll" also reaches the latest
      death figure before it when its paragraph gives none ("killing at least eight militants, the
      military said. [¶] … two soldiers had been wounded … the toll could not be verified").
    - "The claim …" → the last claim before it, or the claim a denial there rejects
      (``_rejected_by``), with the claims its speaker made in the same sentence or quote.
    - "The account …" after a witness or relative (``voices``: people and civilians) → the claims
      of such voices told right before it in its paragraph (residents and an uncle telling one
      account), not an institution's account before them.
    - "Neither account …", "either side's accounts" → the claims of its paragraph, with the rival
      figures before it when the paragraph holds one side's figure only (``_rival_figures``; not
      when the doubt names the sides, which doubts each side's whole account), else those of the
      paragraph before when it does not hold two sides yet (a named person speaks for a side, so
      only parties that are not people count when there are any) or the same side spoke there.
      A doubt opening its paragraph reads the paragraph before as its own; "Neither side's
      account" after one side's paragraphs reaches the other side's (``_other_side``).
    - "Neither side's toll", "The figures from both sides" → each side's figures, a denial of
      losses included, back to the lead.
    """
    before = [claim for claim in claims if claim["start"] < sentence_start]
    if not before:
        return []
    paragraph = bisect_right(paragraph_starts, sentence_start) - 1
    paragraph_start = paragraph_starts[paragraph]
    last = max(before, key=lambda claim: claim["start"])
    if possessed:
        named = [claim for claim in before if owner is not None and claim["claimant"] == owner]
        holder = max(named, key=lambda claim: claim["start"]) if named else last
        holder_paragraph = paragraph_starts[bisect_right(paragraph_starts, holder["start"]) - 1]
        owned = [
            claim
            for claim in before
            if claim["claimant"] == holder["claimant"] and claim["start"] >= holder_paragraph
        ] or [holder]
        if words & vocabulary.numeric and not words & (vocabulary.accounts - vocabulary.numeric):
            return [claim for claim in owned if claim["kind"] == "casualty_claim"]
        return owned
    if words & vocabulary.numeric:
        # A denial of losses ("denied losing any fighters") is a side's figure too: none.
        def is_figure(claim: dict[str, Any]) -> bool:
            return claim["kind"] == "casualty_claim" or (
                claim["kind"] == "denial" and bool(vocabulary.statuses_of(claim["text"])))

        figures = [claim for claim in before if claim["start"] >= paragraph_start and is_figure(claim)]
        earlier = [claim for claim in before if claim["start"] < paragraph_start and is_figure(claim)]
        if not figures and rival_figures and earlier and not any(
                claim["start"] >= paragraph_start for claim in before):
            # "The figures from both sides …" opens its paragraph: the figures are those of the
            # paragraph that gave the latest one, a quote paragraph after it in between at most.
            told = bisect_right(paragraph_starts, max(claim["start"] for claim in earlier)) - 1
            if told >= paragraph - 2:
                paragraph_start = paragraph_starts[told]
                figures = [claim for claim in earlier if claim["start"] >= paragraph_start]
        if rival_figures and figures:
            answered = _answered_figures(before, figures, paragraph_start, paragraph_starts, vocabulary)
            if answered and words & vocabulary.sides:
                # "Neither side's toll": the answered side's figures from the paragraphs it told
                # them in, back to the lead.
                first = bisect_right(paragraph_starts, min(claim["start"] for claim in answered)) - 1
                told = _same_sides_before(before, first, paragraph_starts, answered)
                sides = {claim["claimant"] for claim in told}
                since = min(claim["start"] for claim in told)
                answered = [claim for claim in before if since <= claim["start"] < paragraph_start
                            and claim["claimant"] in sides and is_figure(claim)]
            return [*answered, *figures]
        deaths_told = any("killed" in vocabulary.statuses_of(claim["text"]) for claim in figures)
        if words & vocabulary.tolls and not deaths_told:
            deaths = _earlier_figures(before, paragraph_start, vocabulary, {"killed"})
            if deaths:
                return [max(deaths, key=lambda claim: claim["start"]), *figures]
        return figures
    if not words & vocabulary.plural:
        if words & vocabulary.narratives and voices and last["claimant"] in voices:
            told = [claim for claim in before if claim["start"] >= paragraph_start]
            told.sort(key=lambda claim: claim["start"], reverse=True)
            witnesses = []
            for claim in told:
                if claim["claimant"] not in voices:
                    break
                witnesses.append(claim)
            return witnesses
        last = _rejected_by(before, last, adjacent) or last
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
    own = [claim for claim in before if claim["start"] >= paragraph_start]
    if paragraph == 0:
        return own
    previous_start = paragraph_starts[paragraph - 1]
    previous = [claim for claim in before if previous_start <= claim["start"] < paragraph_start]
    claimants = {claim["claimant"] for claim in own}
    sides = claimants - (people or set()) or claimants
    if len(sides) < 2 and not words & vocabulary.sides:
        rivals = _rival_figures(before, own, paragraph_start)
        if rivals:
            return [*rivals, *own]
        if not own and previous:
            # The doubt opens its paragraph: the paragraph before holds one side's account.
            told = {claim["claimant"] for claim in previous}
            if len(told - (people or set()) or told) < 2:
                rivals = _rival_figures(before, previous, previous_start)
                if rivals:
                    return [*rivals, *previous]
    if len(sides) < 2 or claimants & {claim["claimant"] for claim in previous}:
        doubted = _same_sides_before(before, paragraph - 1, paragraph_starts, previous + own)
        if words & vocabulary.sides:
            doubted = _other_side(before, doubted, paragraph_starts, people or set())
        return doubted
    return own


def _other_side(
    before: list[dict[str, Any]], doubted: list[dict[str, Any]], paragraph_starts: list[int], people: set[str]
) -> list[dict[str, Any]]:
    """ "Neither side's account …" after one side's paragraphs only (a faction's denial and its
    spokesman's words): the other side's account is the paragraphs told right before them by other
    claimants (the army's statement and the lead it repeats)."""
    claimants = {claim["claimant"] for claim in doubted}
    if not doubted or len(claimants - people) >= 2:
        return doubted
    first = bisect_right(paragraph_starts, min(claim["start"] for claim in doubted)) - 1
    if first == 0:
        return doubted
    start, end = paragraph_starts[first - 1], paragraph_starts[first]
    earlier = [claim for claim in before if start <= claim["start"] < end]
    if not earlier or claimants & {claim["claimant"] for claim in earlier}:
        return doubted
    return _same_sides_before(before, first - 1, paragraph_starts, earlier) + doubted


_TOLL_WORDS = frozenset({"toll", "tolls"})
_NONE_OF = re.compile(r"\s*none of (?:the|these|those|their)\b", re.IGNORECASE)


def _every_account(
    claims: list[dict[str, Any]],
    doubted: list[dict[str, Any]],
    sentence_start: int,
    words: set[str],
    vocabulary: AccountWords,
    direct_quotes: list[tuple[int, int]],
) -> list[dict[str, Any]]:
    """ "None of the figures/tolls …" doubts every figure the report gave before it, the lead's
    "killing two soldiers, the military said" too; "None of the accounts …" every account of what
    happened before it (what a speaker said in their own words stays theirs), besides what the
    paragraph-scoped reading already doubts."""
    before = [claim for claim in claims if claim["start"] < sentence_start]
    if words & vocabulary.numeric:
        # A toll counts the dead and hurt: arrests and seizures told as plain statements are no toll.
        counted = {"captured"} if words & _TOLL_WORDS else set()
        extra = [
            claim for claim in before
            if claim["kind"] == "casualty_claim" or vocabulary.statuses_of(claim["text"]) - counted
        ]
    else:
        extra = [
            claim for claim in before
            if not any(start <= claim["start"] and claim["end"] <= end for start, end in direct_quotes)
        ]
    chosen = {id(claim) for claim in doubted}
    return doubted + [claim for claim in extra if id(claim) not in chosen]


def _rejected_by(
    before: list[dict[str, Any]], denial: dict[str, Any], adjacent: Callable[[int, int], bool] | None
) -> dict[str, Any] | None:
    """The claim a denial right after it rejects ("Al-Shabaab accused the U.S. of killing civilians,
    which AFRICOM denied. The claim could not be verified." doubts the accusation, not the denial);
    None when the last claim is no denial or nothing another claimant said touches it."""
    if denial["kind"] != "denial":
        return None
    rejected = [
        claim
        for claim in before
        if claim is not denial and claim["claimant"] != denial["claimant"] and claim["end"] <= denial["start"]
    ]
    if not rejected:
        return None
    candidate = max(rejected, key=lambda claim: claim["start"])
    touching = candidate["end"] >= denial["start"] - 2
    if touching or (adjacent is not None and adjacent(candidate["end"], denial["start"])):
        return candidate
    return None


def _answered_figures(
    before: list[dict[str, Any]],
    figures: list[dict[str, Any]],
    paragraph_start: int,
    paragraph_starts: list[int],
    vocabulary: AccountWords,
) -> list[dict[str, Any]]:
    """The figures a paragraph's figures answer: "at least 11 soldiers had died … The figures could
    not be independently verified" after the army's "troops killed 17" and its spokesman's "Four
    soldiers were killed" doubts all three. The answered paragraph is the latest earlier one with a
    figure of the same status (deaths against deaths, not the wounded) by another claimant; its
    figures of that status are taken, not those of paragraphs further back."""
    claimants = {claim["claimant"] for claim in figures}
    statuses = set().union(*(vocabulary.statuses_of(claim["text"]) for claim in figures))
    candidates = [
        claim
        for claim in _earlier_figures(before, paragraph_start, vocabulary, statuses)
        if claim["claimant"] not in claimants
    ]
    if not candidates:
        return []
    latest = max(candidates, key=lambda claim: claim["start"])
    answered = bisect_right(paragraph_starts, latest["start"]) - 1
    return [claim for claim in candidates if bisect_right(paragraph_starts, claim["start"]) - 1 == answered]


def _earlier_figures(
    before: list[dict[str, Any]], paragraph_start: int, vocabulary: AccountWords, statuses: set[str]
) -> list[dict[str, Any]]:
    """Attributed casualty claims of earlier paragraphs with one of ``statuses`` ("killed", …)."""
    return [
        claim
        for claim in before
        if claim["start"] < paragraph_start
        and claim["kind"] == "casualty_claim"
        and claim["claimant"] is not None
        and vocabulary.statuses_of(claim["text"]) & statuses
    ]


_FUTURE_AUXILIARIES = frozenset({"will", "shall", "wo", "'ll"})


def _foretells(doc: Doc, claim: dict[str, Any]) -> bool:
    """A claim about the future ("Not a single metre of our land will be given up", "We will find
    them"): no later check can verify it, so a doubt about the accounts before it leaves it alone."""
    span = doc.char_span(claim["start"], claim["end"], alignment_mode="expand")
    if span is None or not len(span):
        return False
    auxiliaries = (child for child in span.root.children if child.dep_ in ("aux", "auxpass"))
    return any(child.lower_ in _FUTURE_AUXILIARIES for child in auxiliaries)


def _figure_possessors(doc: Doc, start: int, end: int, numeric: frozenset[str]) -> int:
    """How many possessives name whose figures a doubt sentence means ("The army's and the rebels'
    figures" → 2), counted before its first figure word."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return 0
    count = 0
    for token in span:
        if token.lower_ in numeric:
            return count
        count += token.tag_ == "POS" or (token.dep_ == "case" and token.lower_ in ("'s", "'", "’s", "’"))
    return 0


_FIGURE_MODIFIERS = 2


def _definite_figures(doc: Doc, start: int, end: int, vocabulary: AccountWords) -> bool:
    """A doubt opening "The figures …"/"The casualty figures …" (plural, unowned, not "Those
    figures"): every side's figures for the fight, not only the last ones given."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 2 or span[0].lower_ != "the":
        return False
    for token in span[1:_FIGURE_MODIFIERS + 2]:
        if token.lower_ in vocabulary.numeric & vocabulary.plural:
            return True
        if token.tag_ == "POS" or token.pos_ not in ("NOUN", "ADJ"):
            return False
    return False


_FIGURE_KINDS = frozenset({"casualty_claim", "responsibility"})


def _rival_figures(
    before: list[dict[str, Any]], own: list[dict[str, Any]], paragraph_start: int
) -> list[dict[str, Any]]:
    """ "Neither account …" after one side's figure ("the group said its fighters had killed 11")
    doubts that figure and the account of the other claimant who gave the latest one before it: its
    claims from its first figure on (the army's toll and "troops came under fire while searching a
    hideout"), not what other speakers said in between; empty when the paragraph gives no figure or
    no other claimant gave one before."""
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
    first = min(claim["start"] for claim in figures if claim["claimant"] == rival)
    return [
        claim for claim in before if claim["claimant"] == rival and first <= claim["start"] < paragraph_start
    ]


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


def _passive_subject(verb: Token | None) -> Token | None:
    """What a passive accusation blames ("The attack was blamed on the rebels by the governor"):
    the subject belongs in the claim, whose reported part is only "on the rebels"."""
    if verb is None or not any(child.dep_ == "auxpass" for child in verb.children):
        return None
    return next((child for child in verb.children if child.dep_ == "nsubjpass"), None)


_REFLEXIVES = frozenset({"itself", "themselves", "himself", "herself"})


def _names_itself(doc: Doc, quote: dict[str, Any]) -> bool:
    """ "A group calling itself the Free Sahel Front": a self-given name, no claim."""
    span = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].lower_ in _REFLEXIVES


def _content_subject_party(
    doc: Doc, quote: dict[str, Any], parties: list[dict[str, Any]], cues: dict[str, Any]
) -> str | None:
    """Who speaks in an unsigned document ("The Northern Brigade has claimed responsibility for the
    ambush, according to a statement shared on Telegram"): the party that is the subject of a
    reporting or claiming verb heading the reported clause."""
    span = doc.char_span(quote["start"], quote["end"], alignment_mode="expand")
    if span is None or not len(span):
        return None
    root = span.root
    if root.lemma_.lower() not in cues and root.lemma_.lower() != "claim":
        return None
    for subject in (child for child in root.children if child.dep_ == "nsubj"):
        found = _party_at(parties, subject.left_edge.idx, subject.right_edge.idx + len(subject.right_edge))
        if found is not None:
            return found
    return None


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


def _own_deed(doc: Doc, start: int, end: int, kinds: dict[str, Any]) -> bool:
    """Whether reported content tells the speaker's own deed ("claimed it had killed several police
    officers", "claimed that its fighters hit a vehicle"): "claimed" then takes credit, as in
    "claimed responsibility", rather than distancing the report from the assertion."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    root = span.root
    own = kinds["self_pronouns"]["reported"]
    for subject in (child for child in root.children if child.dep_ == "nsubj"):
        owners = [child for child in subject.children if child.dep_ == "poss"]
        if subject.lower_ in own or any(owner.lower_ in own for owner in owners):
            return not _negated(root)
    return False


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
    """Link each denial with the claims of other claimants about the same event (shared words), and
    with the accusations it answers (:func:`_answered_accusations`)."""
    lemmas = [_content_lemmas(doc, claim["start"], claim["end"]) for claim in claims]
    mentions = _party_mentions(doc)
    for i, denial in enumerate(claims):
        if denial["kind"] != "denial":
            continue
        answered = _answered_accusations(doc, claims, i, mentions.get(denial["claimant"], []))
        for j, other in enumerate(claims):
            if i == j or other["claimant"] == denial["claimant"]:
                continue
            if j in answered or len(lemmas[i] & lemmas[j]) >= min_shared_lemmas:
                if j not in denial["disputes"]:
                    denial["disputes"].append(j)
                if i not in other["disputes"]:
                    other["disputes"].append(i)
    for claim in claims:
        claim["disputes"].sort()


def _answered_accusations(doc: Doc, claims: list[dict[str, Any]], index: int,
                          denier: list[tuple[int, int]]) -> set[int]:
    """The accusations against the denying party that a denial answers: the latest one before a bare
    rejection of a charge ("… accuses Algeria of arming the Polisario, a charge Algiers denies";
    "The LNA rejected the accusation"), else those in the denial's own sentence ("The shelling was
    blamed on the Polisario; the movement denied firing at the town")."""
    denial = claims[index]
    against = [j for j, claim in enumerate(claims)
               if j != index and claim["kind"] == "accusation" and claim["claimant"] != denial["claimant"]
               and any(claim["start"] <= start and end <= claim["end"] for start, end in denier)]
    if not against:
        return set()
    span = doc.char_span(denial["start"], denial["end"], alignment_mode="expand")
    if span is None:
        return set()
    if _rejects_a_charge(span, denier):
        earlier = [j for j in against if claims[j]["start"] < denial["start"]]
        return {earlier[-1]} if earlier else set()
    sentence = span[0].sent
    return {j for j in against if sentence.start_char <= claims[j]["start"] < sentence.end_char}


def _rejects_a_charge(span: Span, denier: list[tuple[int, int]]) -> bool:
    """Whether a denial says nothing but that its party rejects a charge ("a charge Kabul denies")."""
    charge_nouns = _charge_nouns()
    said = {token.lemma_.lower() for token in span
            if token.pos_ in CONTENT_POS and not token.is_stop
            and not any(start <= token.idx < end for start, end in denier)}
    return bool(said & charge_nouns) and said <= charge_nouns | _denial_lemmas()


@cache
def _charge_nouns() -> frozenset[str]:
    return frozenset(_resource("kinds.json")["charge_nouns"])


@cache
def _denial_lemmas() -> frozenset[str]:
    return frozenset(lemma for lemma, kind in _resource("kinds.json")["cue_kinds"].items() if kind == "denial")


def _party_mentions(doc: Doc) -> dict[str, list[tuple[int, int]]]:
    """Each party's name with the character spans of its mentions."""
    return {party["name"]: [(m["start"], m["end"]) for m in party.get("mentions") or []]
            for party in extension_value(doc, "conflictcli_parties") or [] if party.get("name")}


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
