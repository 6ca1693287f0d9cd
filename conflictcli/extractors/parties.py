"""Parties: the actors of a conflict report, one entry per actor with all its mentions.

Candidates come from three sources: gazetteers under ``conflictcli/resources/parties/`` (countries,
demonyms, capitals and seats of government, international organizations, named state forces and
armed groups) matched with PhraseMatchers built once per vocab; spaCy's PERSON/ORG entities; and
noun phrases headed by actor nouns ("the army", "government troops", "civilians"). Mentions are
then grouped into actors: data aliases, surnames and title + surname, acronyms introduced in
parentheses, definite descriptions that refer back ("the group") and he/she pronouns (nearest
preceding person, subject preferred).

A country's state and its government are one actor named by the country; capitals used as
metonyms ("Baku claims") are mentions of it, and so is "the government" with no country written,
read as the report country's. The report country (the dateline's, else the one the report's places
name most) is also given to unnamed local actors ("local officials", "civilians", "the mayor's
office", "rescuers"), to named organizations the dictionaries do not hold and to people of no
stated nationality, the way wire reports leave it implicit. Ministries, offices and armed forces are
separate actors carrying the country's code. A country name used as a location ("in Azerbaijan") is not a
mention. Toponyms used as actors come from ``doc._.conflictcli_metonyms`` (the places component)
when that list exists; otherwise from the syntax (subject, possessive, object, conjunct of one).

Members named by their armed group ("a Taliban leader", "an IMU facilitator", "the Haqqani network's
senior leaders") are mentions of that group, the way event coders code them; short names that also
name people ("Haqqani", "AQ") count only as such premodifiers, and a negating prefix ("anti-Taliban
militia") makes a name no mention. A group the data lists as active in several countries takes the
report's country when it is one of them ("JNIM" in a Burkina Faso report); people speaking for an
international body ("a UNIFIL spokesman") take no country from the report.

Not every person noun phrase is an actor. Counted, indefinite or bare victims of a casualty ("at least
21 people were killed", "killing 11 insurgents", "arrested more than 40 supporters of X") are
casualty figures, not mentions (a name inside them still is: "40 M23 fighters" → M23); so are "no
group" / "any fighters", the people spoken to ("told reporters") and government words naming a
territory ("Cauca department"). People who march or protest form the "protesters" party; one
unnamed person ("a woman", "a farmer", "his brother", "a church official", "a NISA officer") is typed
by whom they speak for (other, organization, government, the named body's type) and takes the report
country. "The army" never refers back to an unnamed source or unit, "the government" never to a
ministry or police force, and a state's or government's "its troops" are its armed forces.

A Title Case headline is no proper-name context: all its words are capitalized, so an entity the
tagger finds there ("Suspected Insurgents Detained") is a name only when the body writes it too,
and its noun phrases are left to the body, which restates them; gazetteer names in it still count.
No phrase runs across a paragraph break or out of a headline line.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field, fields, replace
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.language import Language
from spacy.lang.en import English
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans
from spacy.vocab import Vocab

from conflictcli.extractors._doc import (
    doc_text, register_extension, sentence_starts, span_dict, token_lemmas, token_lowers,
)

register_extension("conflictcli_parties")
register_extension("conflictcli_metonyms")

PartyDict = dict[str, Any]

_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her"}
_SUBJECT_DEPS = {"nsubj", "nsubjpass"}
_NAMED_KINDS = frozenset({"org", "named", "person", "title", "pronoun", "possessive", "state"})
_DESCRIBED_TYPES = frozenset({"armed_group", "military", "organization"})
_SPEECH_LEMMAS = frozenset({"say", "tell", "state", "announce", "report", "claim", "write", "add"})


def _reports_speech(token: Token) -> bool:
    """Whether a mention's head is the subject of a reporting verb ("the alliance said")."""
    return token.dep_ in _SUBJECT_DEPS and token.head.lemma_.lower() in _SPEECH_LEMMAS

_FINITE_VERB_TAGS = {"VBZ", "VBD", "VBP", "MD"}
_MAX_ANAPHOR_SENTENCES = 3
_SPOKESPERSON_WORDS = frozenset({"spokesman", "spokeswoman", "spokesperson"})
_NOT_BODY_KINDS = frozenset({"person", "title", "unnamed", "pronoun", "possessive"})
_NON_NAME_TAGS = {"JJ", "JJR", "JJS", "RB", "RBR", "RBS", "UH"}


@dataclass(frozen=True)
class NamedActor:
    """An actor known by name in the data files."""

    name: str
    type: str
    country_code: str | None
    national_forces: bool = False
    active_in: frozenset[str] = frozenset()


@dataclass
class Lexicon:
    """Everything read from the data files, in lookup-friendly shapes."""

    country_names: dict[str, str]
    country_patterns: dict[str, str]
    demonyms: dict[str, str]
    capitals: dict[str, str]
    seats: dict[str, tuple[str, str | None, str | None]]
    named: list[NamedActor]
    named_patterns: dict[str, int]
    named_by_name: dict[str, NamedActor]
    modifier_patterns: dict[str, int]
    noun_types: dict[str, str]
    armed_modifiers: frozenset[str]
    peacekeeping_modifiers: frozenset[str]
    phrase_types: dict[str, str]
    person_titles: frozenset[str]
    title_heads: frozenset[str]
    person_pronouns: frozenset[str]
    anaphoric_heads: frozenset[str]
    org_keywords: dict[str, frozenset[str]]
    dobj_verbs_excluded: frozenset[str]
    pobj_actor_heads: frozenset[str]
    metonym_verbs: frozenset[str]
    national_forces: dict[str, str]
    non_names: frozenset[str]
    ship_prefixes: frozenset[str]
    non_actor_acronyms: frozenset[str]
    org_name_words: frozenset[str]
    keep_unresolved_anaphors: frozenset[str]
    anaphor_types: dict[str, frozenset[str]]
    civilian_heads: frozenset[str]
    report_country_heads: frozenset[str]
    unnamed_person_heads: frozenset[str]
    government_person_heads: frozenset[str]
    non_government_modifiers: frozenset[str]
    state_heads: frozenset[str]
    report_state_heads: frozenset[str]
    non_state_modifiers: frozenset[str]
    state_descriptors: frozenset[str]
    member_heads: frozenset[str]
    name_negating_prefixes: frozenset[str]
    source_types: dict[str, str]
    singular_actor_nouns: frozenset[str]
    plural_state_heads: frozenset[str]
    destination_verbs: frozenset[str]
    casualty_verbs: frozenset[str]
    intransitive_casualty_verbs: frozenset[str]
    casualty_states: frozenset[str]
    quantity_nouns: frozenset[str]
    quantity_modifiers: frozenset[str]
    non_referential_determiners: frozenset[str]
    protest_verbs: frozenset[str]
    protest_objects: frozenset[str]
    kin_heads: frozenset[str]
    unnamed_other_heads: frozenset[str]
    local_modifiers: frozenset[str]
    audience_heads: frozenset[str]
    audience_words: frozenset[str]
    territorial_heads: frozenset[str]
    locating_possessions: frozenset[str]
    locating_adjectives: frozenset[str]
    headline_lowercase_words: frozenset[str]
    national_troop_heads: frozenset[str]
    junta_phrases: frozenset[str]
    group_member_nouns: frozenset[str]
    family_titles: frozenset[str]
    non_actor_names: frozenset[str]
    place_generic_nouns: frozenset[str]
    named_body_heads: frozenset[str]
    conflict_nouns: frozenset[str]
    relational_heads: frozenset[str]
    national_forces_words: frozenset[str] = frozenset()
    force_command_words: frozenset[str] = frozenset()
    responsibility_objects: frozenset[str] = frozenset()
    describing_relation_heads: frozenset[str] = frozenset()
    carrier_participles: frozenset[str] = frozenset()
    outlet_descriptors: frozenset[str] = frozenset()
    describing_participles: frozenset[str] = frozenset()
    actor_passive_verbs: frozenset[str] = frozenset()
    seated_heads: frozenset[str] = frozenset()
    ruling_participles: frozenset[str] = frozenset()
    patient_xcomp_verbs: frozenset[str] = frozenset()
    sub_unit_heads: frozenset[str] = frozenset()
    part_heads: frozenset[str] = frozenset()
    wing_heads: frozenset[str] = frozenset()
    service_branches: dict[str, str] = field(default_factory=dict)
    regional_governments: dict[str, str] = field(default_factory=dict)
    country_adjectives: dict[str, str] = field(default_factory=dict)
    descriptions: dict[str, int] = field(default_factory=dict)


def _resource(name: str) -> str:
    return (files("conflictcli") / "resources" / "parties" / name).read_text(encoding="utf-8")


def _group_member_by_people(head: Token, modifiers: list[Token], lexicon: Lexicon) -> bool:
    """"A Tigrayan commander": a member word after "a"/"an" and one capitalised people or region word
    that names no country (not "a Russian commander", whose army is a party of its own)."""
    if len(modifiers) != 2 or modifiers[0].lower_ not in {"a", "an"}:
        return False
    if _head_lemma(head) not in lexicon.member_heads:
        return False
    people = modifiers[1]
    return (people.text[:1].isupper() and people.is_alpha and people.pos_ in {"PROPN", "ADJ"}
            and people.lower_ not in lexicon.demonyms and people.text not in lexicon.country_patterns)


def _inside_hyphenated_word(span: Span) -> bool:
    """Whether a name is glued by hyphens to words on both sides ("AU" in "PORT-AU-PRINCE"): it is a
    piece of that word, a place or a compound, not a mention of the organisation."""
    doc = span.doc
    if span.start < 2 or span.end + 1 >= len(doc):
        return False
    before, after = doc[span.start - 1], doc[span.end]
    return (
        before.text in {"-", "‐"} and after.text in {"-", "‐"}
        and not doc[span.start - 2].whitespace_ and not before.whitespace_
        and not doc[span.end - 1].whitespace_ and not after.whitespace_
        and doc[span.start - 2].is_alpha and doc[span.end + 1].is_alpha
    )


def _describing_match(mention: Mention, recent: list[Actor], types: frozenset[str]) -> Actor | None:
    """"the dissident group" → FARC dissidents: a definite description whose modifier is a word of a
    recent actor's name (singular or plural) refers to that actor, before a nearer one of its type."""
    modifiers = {word.lower() for word in mention.name.split()[:-1] if len(word) > 3 and word.isalpha()}
    if not modifiers:
        return None
    for actor in recent:
        if actor.type not in types or actor.key[0] in {"anaphor", "unnamed"}:
            continue
        name_words = {word.lower().rstrip("s") for word in re.findall(r"[A-Za-z]+", actor.name)}
        if {word.rstrip("s") for word in modifiers} & name_words:
            return actor
    return None


def _strip_article(text: str) -> str:
    return text[4:] if text[:4].lower() == "the " else text


def _description_key(words: Iterable[str]) -> str:
    """A phrase's words as a lookup key for a named actor's descriptions: lower case, without
    determiners, the possessive as a word of its own ("the military's media wing" → "military 's
    media wing")."""
    text = " ".join(word.lower() for word in words).replace("’", "'").replace("'s", " 's")
    return " ".join(word for word in text.split() if word not in _DETERMINERS)


@cache
def load_national_police() -> dict[str, str]:
    """Country code → the name of its one national police force (``national_police.tsv``)."""
    table: dict[str, str] = {}
    for line in _resource("national_police.tsv").splitlines():
        if line and not line.startswith("#") and "\t" in line:
            code, name = line.split("\t")[:2]
            table[code] = name
    return table


def _un_spellings(alias: str) -> tuple[str, ...]:
    """An alias with the other spellings of a leading "UN": "UN human rights office" is also
    "United Nations human rights office" and "U.N. human rights office"."""
    for prefix in ("UN ", "U.N. ", "United Nations "):
        if alias.startswith(prefix):
            rest = alias[len(prefix):]
            return tuple(f"{other}{rest}" for other in ("UN ", "U.N. ", "United Nations "))
    return (alias,)


@cache
def load_lexicon() -> Lexicon:
    """Read the parties data files once."""
    country_names: dict[str, str] = {}
    country_patterns: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    country_adjectives: dict[str, str] = {}
    capitals: dict[str, str] = {}
    for line in _resource("countries.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        code, name, aliases, demonym_list, capital_list = (line.split("\t") + [""] * 5)[:5]
        country_names[code] = name
        for alias in [name, *aliases.split("|")]:
            if alias:
                country_patterns.setdefault(_strip_article(alias), code)
        for demonym in demonym_list.split("|"):
            if demonym:
                demonyms.setdefault(demonym.lower(), code)
        if demonym_list:
            country_adjectives[code] = demonym_list.split("|")[0]
        for capital in capital_list.split("|"):
            if capital:
                capitals.setdefault(capital, code)
    seats: dict[str, tuple[str, str | None, str | None]] = {}
    for line in _resource("seats.tsv").splitlines():
        if not line or line.startswith("#"):
            continue
        text, code, actor, actor_type = (line.split("\t") + [""] * 4)[:4]
        seats.setdefault(_strip_article(text), (code, actor or None, actor_type or None))
    named: list[NamedActor] = []
    named_patterns: dict[str, int] = {}
    modifier_patterns: dict[str, int] = {}
    descriptions: dict[str, int] = {}
    for file_name in ("organizations.json", "armed_groups.json"):
        for entry in json.loads(_resource(file_name)):
            index = len(named)
            named.append(NamedActor(entry["name"], entry["type"], entry.get("country_code"),
                                    bool(entry.get("national_forces")),
                                    frozenset(entry.get("active_in", []))))
            for alias in [entry["name"], *entry.get("aliases", [])]:
                for form in _un_spellings(_strip_article(alias)):
                    named_patterns.setdefault(form, index)
            for alias in entry.get("modifier_aliases", []):
                modifier_patterns.setdefault(alias, index)
            for description in entry.get("descriptions", []):
                descriptions.setdefault(_description_key(description.split()), index)
    lexicon = json.loads(_resource("lexicon.json"))
    noun_types = {noun: party_type for party_type, nouns in lexicon["actor_nouns"].items()
                  for noun in nouns}
    return Lexicon(
        country_names=country_names,
        country_patterns=country_patterns,
        demonyms=demonyms,
        capitals=capitals,
        seats=seats,
        named=named,
        named_patterns=named_patterns,
        named_by_name={actor.name: actor for actor in reversed(named)},
        modifier_patterns=modifier_patterns,
        noun_types=noun_types,
        phrase_types=lexicon["phrase_types"],
        person_pronouns=frozenset(lexicon["pronouns_person"]),
        org_keywords={k: frozenset(v) for k, v in lexicon["org_keywords"].items()},
        dobj_verbs_excluded=frozenset(lexicon["actor_dobj_verbs_excluded"]),
        pobj_actor_heads=frozenset(lexicon["actor_pobj_heads"]),
        national_forces={a.country_code: a.name for a in named if a.national_forces and a.country_code},
        anaphor_types={k: frozenset(v) for k, v in lexicon["anaphor_types"].items()},
        source_types=lexicon["source_types"],
        service_branches=lexicon["service_branches"],
        regional_governments=lexicon.get("regional_governments", {}),
        country_adjectives=country_adjectives,
        descriptions=descriptions,
        **{  # word lists stored under their field's own name
            item.name: frozenset(lexicon[item.name])
            for item in fields(Lexicon) if item.type == "frozenset[str]" and item.name in lexicon
        },
    )


@cache
def _lower_case(words: frozenset[str]) -> frozenset[str]:
    """The words in lower case: a cheap first test before the case-sensitive one."""
    return frozenset(word.lower() for word in words)


def _suffixes(phrase: str) -> set[str]:
    """A phrase and every tail of it after a space ("armed forces" → "armed forces", "forces")."""
    return {phrase, *(phrase[i + 1:] for i, ch in enumerate(phrase) if ch == " ")}


@cache
def _phrase_head_words() -> frozenset[str]:
    """Every word whose presence (as lemma or lower-case form) lets a noun chunk name an actor in
    :meth:`_Builder.phrase`: the actor nouns and phrases (their last words), and the member, kin,
    title, unnamed-person and source heads."""
    lexicon = load_lexicon()
    words: set[str] = {"source"}
    for phrase in [*lexicon.noun_types, *lexicon.phrase_types]:
        words |= _suffixes(phrase) | set(phrase.split(" "))
    return frozenset(words | lexicon.member_heads | lexicon.kin_heads | lexicon.title_heads
                     | lexicon.unnamed_person_heads | lexicon.unnamed_other_heads)


def _case_sensitive(pattern: str) -> bool:
    """Acronyms and short names ("IS", "AA", "U.S.") must match in their own case."""
    uppercase = sum(ch.isupper() for ch in pattern)
    return len(pattern) <= 3 or (" " not in pattern and uppercase >= 2)


_MATCHERS: dict[int, tuple[Vocab, PhraseMatcher, PhraseMatcher]] = {}


def _matchers(vocab: Vocab) -> tuple[PhraseMatcher, PhraseMatcher]:
    """Case-sensitive and case-insensitive PhraseMatchers over all gazetteers, built once per vocab."""
    cached = _MATCHERS.get(id(vocab))
    if cached is not None and cached[0] is vocab:
        return cached[1], cached[2]
    lexicon = load_lexicon()
    tokenizer = English(vocab=vocab).tokenizer
    exact = PhraseMatcher(vocab, attr="ORTH")
    folded = PhraseMatcher(vocab, attr="LOWER")
    groups: dict[str, list[str]] = {}
    for pattern, code in lexicon.country_patterns.items():
        groups.setdefault(f"C{code}", []).append(pattern)
    for pattern, code in lexicon.capitals.items():
        groups.setdefault(f"K{code}", []).append(pattern)
    for pattern in lexicon.seats:
        groups.setdefault(f"S{pattern}", []).append(pattern)
    for pattern, index in lexicon.named_patterns.items():
        groups.setdefault(f"N{index}", []).append(pattern)
    for demonym, code in lexicon.demonyms.items():
        groups.setdefault(f"D{code}", []).append(demonym)
    for pattern, index in lexicon.modifier_patterns.items():
        groups.setdefault(f"M{index}", []).append(pattern)
    for key, patterns in groups.items():
        sensitive = [p for p in patterns if _case_sensitive(p)]
        insensitive = [p for p in patterns if not _case_sensitive(p)]
        if key.startswith("D"):
            sensitive, insensitive = [], patterns
        elif key.startswith("M"):
            sensitive, insensitive = patterns, []
        if sensitive:
            exact.add(key, list(tokenizer.pipe(sensitive)))
        if insensitive:
            folded.add(key, list(tokenizer.pipe(insensitive)))
    _MATCHERS[id(vocab)] = (vocab, exact, folded)
    return exact, folded


@dataclass
class Mention:
    """One candidate mention and the actor it proposes."""

    start: int
    end: int
    key: tuple
    type: str
    country_code: str | None
    name: str
    head: int
    role: str | None = None
    anaphor: str | None = None
    counted: bool = False
    international: bool = False
    honorific: str | None = None


@dataclass
class Actor:
    """A party being assembled."""

    key: tuple
    name: str
    type: str
    country_code: str | None
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    aliases: set[str] = field(default_factory=set)
    international: bool = False
    honorific: str | None = None


class _Context:
    """Per-document lookups shared by the candidate rules."""

    def __init__(self, doc: Doc, lexicon: Lexicon, metonyms: list[dict] | None) -> None:
        self.doc = doc
        self.lexicon = lexicon
        self.metonyms = metonyms
        self.matches: list[tuple[str, Span]] = []
        self.match_at: dict[int, tuple[str, Span]] = {}
        self.tokens = list(doc)
        self.lowers = token_lowers(doc)
        self.lemmas = token_lemmas(doc)
        self.ents = doc.ents
        self.title_case_lines: dict[int, tuple[int, int] | None] = {}
        self.lower_words: set[str] | None = None
        self.inner_capitals: set[str] = set()
        # Tokens of an armed group's name ending a longer name: "the Kani People's Defence Force" is
        # a local unit of the People's Defence Force, an armed group however its head word reads.
        self.armed_tails: set[int] = set()
        self.line_starts: list[int] | None = None
        self.org_at = {i: ent for ent in self.ents if ent.label_ == "ORG" for i in range(ent.start, ent.end)}
        self.org_tokens = self.org_at.keys()
        exact, folded = _matchers(doc.vocab)
        spans = [Span(doc, s, e, label=m) for m, s, e in exact(doc)]
        spans += [Span(doc, s, e, label=m) for m, s, e in folded(doc)]
        persons = [ent for ent in self.ents if ent.label_ == "PERSON" and len(ent) > 1]
        for span in filter_spans(spans):
            label = span.label_
            modifier = label[0] == "M"
            if modifier:
                if not _modifies_noun(span, lexicon):
                    continue
                label = f"N{label[1:]}"
                span = Span(doc, span.start, span.end, label=label)
            if label[0] in "CK" and any(p.start <= span.start and span.end <= p.end and p.end - p.start > span.end - span.start for p in persons):
                continue
            if label[0] == "N" and span[0].is_lower and len(span) == 1 and span.text.isalpha():
                continue
            if (label[0] == "N" and not modifier and span.start > 0
                    and _inside_longer_name(doc[span.start - 1], span)):
                if (len(span) > 1 and lexicon.named[int(label[1:])].type == "armed_group"
                        and not _country_before(doc, span.start, lexicon)):
                    self.armed_tails.update(range(span.start, span.end))
                continue
            if label[0] == "N" and _inside_hyphenated_word(span):
                continue
            if label[0] == "N" and _negated_name(span, lexicon):
                continue
            self.matches.append((label, span))
            for token in span:
                self.match_at[token.i] = (label, span)
        heads = _phrase_head_words()
        plural_forces = _plural_force_nouns()
        # A capitalised plural the tagger left unlemmatised ("Gangs attacked") may head an actor too.
        self.may_head = [
            lemma in heads or lower in heads or lower in plural_forces
            for lemma, lower in zip(self.lemmas, self.lowers)
        ]
        for i in (*self.match_at, *self.org_tokens):
            self.may_head[i] = True
        self.metonym_chars = [(m["start"], m["end"], m) for m in metonyms or []
                              if isinstance(m, dict) and "start" in m and "end" in m]
        places = doc._.conflictcli_places if Doc.has_extension("conflictcli_places") else None
        ship_prefixes = _lower_case(lexicon.ship_prefixes)
        self.ship_names = {self.tokens[i + 1].text for i in range(len(self.tokens) - 1)
                           if self.lowers[i] in ship_prefixes
                           and self.tokens[i].text in lexicon.ship_prefixes}
        self.place_chars = [(m["start"], m["end"]) for place in places or [] if isinstance(place, dict)
                            for m in place.get("mentions") or [] if isinstance(m, dict)]
        self.place_texts = frozenset(m.get("text") for place in places or [] if isinstance(place, dict)
                                     for m in place.get("mentions") or [] if isinstance(m, dict))
        self.report_country = _report_country(doc, places, self.metonym_chars, self.matches)

    def may_name_actor(self, chunk: Span) -> bool:
        """Whether a noun chunk holds a word :meth:`_Builder.phrase` can make an actor of: a gazetteer
        match, an ORG entity, or a head word of the actor lists. Most chunks ("the attack", "the
        province") hold none, and skipping them spares their classification."""
        return True in self.may_head[chunk.start:chunk.end]

    def title_case_line(self, char: int) -> tuple[int, int] | None:
        """The (start, end) characters of the line holding ``char`` when it is a Title Case headline,
        else None. A headline opens the text: a Title Case line further down is a list (of names,
        of units), not one. Line starts are found once per document, so a one-line text costs no
        rescans."""
        if char >= _HEADLINE_ZONE_CHARS + _HEADLINE_MAX_CHARS:
            return None
        text = doc_text(self.doc)
        if self.line_starts is None:
            zone = _NEWLINE.finditer(text, 0, _HEADLINE_ZONE_CHARS + _HEADLINE_MAX_CHARS)
            self.line_starts = [0, *(found.end() for found in zone)]
        index = bisect_right(self.line_starts, char) - 1
        start = self.line_starts[index]
        if start >= _HEADLINE_ZONE_CHARS:
            return None
        if start not in self.title_case_lines:
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            self.title_case_lines[start] = (start, end) if _is_title_case(self.doc, start, end) else None
        return self.title_case_lines[start]

    def outside_headlines(self, chunk: Span) -> Span | None:
        """The part of a noun chunk the phrase rules may read: what follows its last paragraph break
        or headline end (the parser runs a headline into the body: "Zabul\n\nSecurity forces"), or
        None when that lies in a Title Case headline, whose all-capitalized words mislead the tagger
        and parser ("Forces Detain Kidnapper") and which the body restates."""
        text = doc_text(self.doc)
        if "\n" in text[chunk.start_char:chunk.end_char]:
            for token in reversed(chunk):
                if token.is_space and "\n" in token.text and (
                        token.text.count("\n") > 1 or self.title_case_line(token.idx) is not None):
                    chunk = self.doc[token.i + 1: chunk.end]
                    break
        if not len(chunk) or self.title_case_line(chunk.start_char) is not None:
            return None
        return chunk

    def headline_only(self, ent: Span) -> bool:
        """Whether an entity stands in a Title Case headline and nowhere else in the text. Every word
        of such a line is capitalized, so capitals mark no name there ("Suspected Insurgents Detained
        in Zabul" is no group's name); a name the body writes too ("Karzai") is still one."""
        line = self.title_case_line(ent.start_char)
        if line is None:
            return False
        text = doc_text(self.doc)
        name = ent.text
        return text.find(name, 0, line[0]) < 0 and text.find(name, line[1]) < 0

    def common_word(self, token: Token) -> bool:
        """Whether a capitalized word the tagger took for a name is a common word: tagged as an
        adjective, adverb or interjection ("Familiar", "Closer"), or written in lower case elsewhere
        in the text and capitalized only where a sentence opens ("Thither we went", "Ere long")."""
        if token.tag_ in _NON_NAME_TAGS:
            return True
        if self.lower_words is None:
            self.lower_words = {t.text for t in self.tokens if t.is_lower}
            self.inner_capitals = {
                t.text for t in self.tokens[1:] if t.is_title and not t.is_sent_start
                and not (self.tokens[t.i - 1].is_punct or self.tokens[t.i - 1].is_space)}
        return token.lower_ in self.lower_words and token.text not in self.inner_capitals

    def is_place(self, span: Span) -> bool:
        """Whether the places component read this span as a place."""
        return any(s < span.end_char and span.start_char < e for s, e in self.place_chars)

    def names_place(self, ent: Span) -> bool:
        """Whether a PERSON entity is a toponym the places component reads as a place elsewhere in the
        report ("in Khorugh … Khorugh's informal leaders"): the tagger's person there is the town."""
        return ent.text in self.place_texts or _clean_name(ent) in self.place_texts

    def org_ok(self, ent: Span) -> bool:
        """Whether an ORG entity the gazetteers do not know looks like an actor, not a place or thing."""
        lexicon = self.lexicon
        if self.is_place(ent) or not any(t.is_alpha for t in ent) or self.headline_only(ent):
            return False
        first = ent[0]
        if (first.text in lexicon.ship_prefixes or ent.text in lexicon.non_actor_acronyms
                or _clean_name(ent) in lexicon.non_actor_names):
            return False
        if (ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"a", "an"}
                and lexicon.noun_types.get(_head_lemma(ent[-1])) not in {"military", "government"}):
            return False
        if ent.text.replace(".", "").replace("-", "").isupper() and len(ent.text) <= 12:
            return True
        if {t.lower_ for t in ent} & lexicon.org_name_words:
            return True
        return _is_actor_position(ent.root, lexicon) or _descriptor_before(ent, lexicon) is not None

    def country_of(self, tokens: Iterable[Token]) -> str | None:
        """The first country named by a demonym, country name, capital or named actor among tokens."""
        for token in tokens:
            found = self.match_at.get(token.i)
            if found is None:
                continue
            label = found[0]
            if label[0] in "CDK":
                return label[1:]
            if label[0] == "N":
                code = self.lexicon.named[int(label[1:])].country_code
                if code:
                    return code
            if label[0] == "S":
                return self.lexicon.seats[label[1:]][0]
        return None

    def speaks_for_international(self, tokens: Iterable[Token]) -> bool:
        """Whether a role names an international body and no country ("a UNIFIL spokesman", "the UN
        envoy"): its holder then has no country of their own to take from the report."""
        international = False
        for token in tokens:
            found = self.match_at.get(token.i)
            if found is None:
                continue
            label = found[0]
            if label[0] in "CDKS":
                return False
            if label[0] == "N":
                actor = self.lexicon.named[int(label[1:])]
                if actor.country_code:
                    return False
                international = international or actor.type == "organization"
        return international

    def unknown_name(self, ent: Span) -> bool:
        """Whether an entity holds no gazetteer name of an actor: a demonym or a country name inside
        it ("the Libyan Red Crescent", "Lawyers for Justice in Libya") is part of its name, but a word
        of the entity must lie outside them, and with a country in it the entity holds no title
        ("U.S. Brig. Gen.") and is no hyphenated modifier ("Afghan-Coalition forces")."""
        outside = placed = odd = False
        titles = self.lexicon.person_titles
        for token in ent:
            found = self.match_at.get(token.i)
            if found is None:
                odd = odd or token.lower_ in titles or f"{token.lower_}." in titles or (
                    token.text == "-" and not token.whitespace_ and token.i - 1 in self.match_at)
                outside = outside or token.is_alpha
            elif found[0][0] not in "CDK":
                return False
            else:
                placed = True
        return outside and not (placed and odd)

    def metonym_at(self, span: Span) -> dict | None:
        for start, end, metonym in self.metonym_chars:
            if start < span.end_char and span.start_char < end:
                return metonym
        return None


_POSSESSIVES = {"its", "their"}
def _rulers(phrase: Span, lexicon: Lexicon) -> list[Token]:
    """The groups a hyphenated participle says run a body: "the [Houthi]-run health ministry"."""
    doc = phrase.doc
    return [token for token in phrase[:-1]
            if token.i + 2 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_
            and doc[token.i + 2].lower_ in lexicon.ruling_participles]


def _seat_objects(head: Token) -> list[Token]:
    """The objects of an "in" attached to ``head``: "officials in [Washington]"."""
    return [grandchild for child in head.children if child.dep_ == "prep" and child.lower_ == "in"
            for grandchild in child.children if grandchild.dep_ == "pobj"]
_NATIONAL_FORCES_WORDS = {"army", "military"}
_NATIONAL_FORCE_HEADS = frozenset({"army", "military", "force", "forces"})
_HEADLINE_MAX_CHARS = 200
_HEADLINE_ZONE_CHARS = 400
_NEWLINE = re.compile("\n")
_DATELINE_WEIGHT = 3
_DATELINE_CHARS = 400


def _dateline_end(doc: Doc) -> int:
    """Where the dateline's date ends (its toponyms come before it), or -1 without a dateline."""
    found = doc._.conflictcli_reference_date if Doc.has_extension("conflictcli_reference_date") else None
    span = found.get("span") if isinstance(found, dict) else None
    if isinstance(span, dict) and isinstance(span.get("end"), int) and span["end"] <= _DATELINE_CHARS:
        return span["end"]
    return -1


def _report_country(doc: Doc, places: list[dict] | None, metonyms: list[tuple[int, int, dict]],
                    matches: list[tuple[str, Span]]) -> str | None:
    """The country a report is about: the one its dateline and its toponyms name most.

    Wire reports leave the country of local actors implicit ("local officials said", "the mayor's
    office", "civilians"); they belong to this country. Place mentions from the places component
    are counted when it ran, else country and capital names; the dateline's toponyms weigh more.
    A tie means the report has no single country.
    """
    dateline_end = _dateline_end(doc)
    votes: Counter[str] = Counter()

    def vote(code: object, end: int) -> None:
        if isinstance(code, str) and code:
            votes[code] += _DATELINE_WEIGHT if end <= dateline_end else 1

    if places is not None:
        for place in places:
            if isinstance(place, dict):
                for found in place.get("mentions") or []:
                    if isinstance(found, dict):
                        vote(place.get("country_code"), found.get("end", 0))
        for _, end, metonym in metonyms:
            vote(metonym.get("country_code"), end)
    else:
        for label, span in matches:
            if label[0] in "CK":
                vote(label[1:], span.end_char)
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _modifies_noun(span: Span, lexicon: Lexicon) -> bool:
    """Whether a name that also names people or things ("Haqqani", "AQ") stands as a premodifier of a
    noun ("a Haqqani facilitator", "AQ-linked fighters"), the only use in which it names the group;
    not after a first name or title ("Sirajuddin Haqqani", "Mr. Haqqani")."""
    doc = span.doc
    if span.end >= len(doc):
        return False
    previous = doc[span.start - 1] if span.start > 0 else None
    following = doc[span.end]
    if _head_lemma(following) in lexicon.member_heads and following.pos_ in {"NOUN", "PROPN"}:
        return True
    if previous is not None and previous.pos_ == "PROPN" and previous.is_title and not previous.is_sent_start:
        return False
    if following.text == "-" and not span[-1].whitespace_:
        return True
    return following.pos_ in {"NOUN", "PROPN", "ADJ"} and (
        following.is_lower or following.is_upper
        or (span.root.dep_ == "compound" and _head_lemma(span.root.head) in lexicon.member_heads))


def _negated_name(span: Span, lexicon: Lexicon) -> bool:
    """Whether a group name follows a prefix that makes it describe others ("anti-Taliban militia",
    "pro-Houthi fighters")."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "-":
        return False
    prefix = doc[span.start - 2]
    return not doc[span.start - 1].whitespace_ and not prefix.whitespace_ and (
        prefix.lower_ in lexicon.name_negating_prefixes)


def _without_leading_verbs(chunk: Span) -> Span:
    """A noun chunk without the finite verbs a headline's parse puts before its noun ("insurgents
    [behead] villagers")."""
    start = chunk.start
    while start < chunk.end - 1 and chunk.doc[start].tag_ in {"VBP", "VBZ"}:
        start += 1
    return chunk if start == chunk.start else chunk.doc[start:chunk.end]


def _country_before(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """Whether a country's name or demonym ends right before ``start``: "the [Uganda] People's
    Defence Forces" is that country's army, not a unit of the armed group the rest names."""
    return any(doc[start - size:start].text in lexicon.country_patterns
               or doc[start - size:start].text.lower() in lexicon.demonyms
               for size in range(1, min(start, 3) + 1))


def _inside_longer_name(previous: Token, span: Span) -> bool:
    """Whether a match is the tail of a longer proper name ("National Patriotic Resistance Front", or
    "Chin National Front" inside "Kuki-Chin National Front")."""
    if previous.text in {"-", "‐"} and not previous.whitespace_ and previous.i > 0:
        joined = previous.doc[previous.i - 1]
        if not joined.whitespace_ and joined.is_title and joined.is_alpha:
            return True
    return (previous.is_title and previous.pos_ == "PROPN" and not previous.is_sent_start
            and previous.head.i in range(span.start, span.end) and previous.dep_ == "compound")


def _with_article(doc: Doc, span: Span) -> Span:
    if span.start > 0 and doc[span.start - 1].lower_ == "the":
        return doc[span.start - 1: span.end]
    return span


def _is_actor_position(token: Token, lexicon: Lexicon, depth: int = 0) -> bool:
    """A toponym token in a position where places act: subject, possessor, object, agent."""
    doc = token.doc
    following = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if following is not None and following.lower_ in {"'s", "’s"}:
        return True
    dep = token.dep_
    if dep in _SUBJECT_DEPS or dep == "poss":
        return True
    if dep in {"compound", "amod", "nmod"}:
        return token.head.lemma_.lower() in lexicon.pobj_actor_heads and token.head.pos_ == "NOUN"
    if dep in {"conj", "appos"} and depth < 4 and token.head != token:
        return _is_actor_position(token.head, lexicon, depth + 1)
    if dep == "dobj":
        return token.head.lemma_.lower() not in lexicon.dobj_verbs_excluded
    if dep == "pobj":
        prep = token.head
        if prep.lower_ == "by":
            return True
        if prep.lower_ in {"between", "in", "into", "across", "inside", "near", "throughout"}:
            return False
        governor = prep.head
        return prep.lower_ in {"from", "with", "against", "of", "by", "on"} and (
            governor.lemma_.lower() in lexicon.pobj_actor_heads)
    if following is not None and (following.lower_ in lexicon.metonym_verbs or (
            following.tag_ in _FINITE_VERB_TAGS and dep not in {"amod"})):
        return True
    return False


_PLACE_PREPS = {"to", "of", "in", "around", "near", "from", "toward", "towards", "surrounding", "outside",
                "into", "across"}
_PLACE_VERBS = {"isolate", "liberate", "surround", "capture", "seize", "recapture", "retake", "encircle",
                "besiege", "clear", "defend", "enter", "reach", "attack", "bomb", "shell", "visit"}


def _hyphenated(token: Token) -> bool:
    """Whether a token is part of a hyphenated compound ("army-aligned", "Taliban-led")."""
    doc = token.doc
    return (token.i + 1 < len(doc) and doc[token.i + 1].text == "-" and not token.whitespace_) or (
        token.i > 0 and doc[token.i - 1].text == "-" and not doc[token.i - 1].whitespace_)


def _conjuncts(token: Token) -> list[Token]:
    """The tokens coordinated with this one ("the United States and Britain")."""
    first = token
    while first.dep_ == "conj" and first.head != first:
        first = first.head
    found = [first]
    for member in found:
        found.extend(child for child in member.children if child.dep_ == "conj" and child not in found)
    return [t for t in found if t.i != token.i]


def _looks_like_place(token: Token) -> bool:
    """A lone capitalized word the tagger called a person, in a slot places usually fill."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    if token.dep_ == "pobj":
        return token.head.lower_ in _PLACE_PREPS
    if token.dep_ == "dobj":
        return token.head.lemma_.lower() in _PLACE_VERBS
    return False


def _national_forces_name(code: str, lexicon: Lexicon) -> str:
    """The name of a country's armed forces ("Colombian National Army"), from the data when known,
    else "<demonym> Armed Forces" ("Chadian Armed Forces"), the form the samples gold uses."""
    if code in lexicon.national_forces:
        return lexicon.national_forces[code]
    return f"{lexicon.country_adjectives.get(code) or lexicon.country_names.get(code, code)} Armed Forces"


def _told_outlet(token: Token) -> bool:
    """A lone name someone "told" ("the commissioner told Dawn"): a news outlet, not a person."""
    return token.dep_ in {"dobj", "dative"} and token.head.lemma_ == "tell" and token.head.pos_ == "VERB"


def _acts_locally(span: Span, lexicon: Lexicon) -> bool:
    """A toponym directly followed by a possessive or a finite/reporting verb ("Baku claims")."""
    doc = span.doc
    if span.end >= len(doc) or (span.start > 0 and doc[span.start - 1].pos_ == "ADP"):
        return False
    following = doc[span.end]
    if following.dep_ == "auxpass" and _undergoes(following.head, lexicon):
        return False
    return following.lower_ in {"'s", "’s"} or following.lower_ in lexicon.metonym_verbs or (
        following.tag_ in _FINITE_VERB_TAGS and following.pos_ in {"VERB", "AUX"})


def _undergoes(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the subject of a passive verb undergoes what happens ("Nicaragua was spared", "Tonga
    was expected to see heavy swell") rather than acting as its state ("Russia was accused of", "Iran
    is believed to have")."""
    lemma = verb.lemma_.lower()
    if lemma not in lexicon.actor_passive_verbs:
        return True
    if lemma != "expect":
        return False
    return any(child.dep_ == "xcomp" and (child.lemma_.lower() in lexicon.patient_xcomp_verbs
                                          or any(c.dep_ == "auxpass" for c in child.children))
               for child in verb.children)


_DASHES = frozenset({"—", "–", "--"})


def _after_dash(chunk: Span) -> Span:
    """The part of a noun chunk after a dateline's dash before the head: the parser runs a dateline
    into the first noun ("SOKOTO, Nigeria, June 16th, 2025 — Bandits", "BAGHDAD - Combined Joint Task
    Force"). A dash inside a name ("Combined Joint Task Force – Inherent Resolve") stays: a dateline
    dash follows a date, a number, a closing bracket or a capitalised city."""
    head = chunk.root.i
    doc = chunk.doc
    before_head = doc_text(doc)[chunk.start_char: doc[head].idx]
    if "—" not in before_head and "–" not in before_head and "-" not in before_head:
        return chunk
    for token in reversed(chunk[: head - chunk.start]):
        if token.i == 0:
            break
        spaced = token.text == "-" and bool(token.whitespace_) and bool(doc[token.i - 1].whitespace_)
        if token.text in _DASHES or spaced:
            before = doc[token.i - 1]
            if (before.like_num or before.text == ")" or before.ent_type_ == "DATE"
                    or (before.is_upper and len(before) > 1 and before.is_alpha)):
                return doc[token.i + 1: chunk.end]
            break
    return chunk


def _common_noun_of_a_name(noun: Token) -> bool:
    """Whether a lower-case noun carries a proper-noun compound ("the 3R rebel group"), not a
    fragment of a hyphenated name ("Tehreek-e-Taliban")."""
    lefts = list(noun.lefts)
    return noun.is_lower and not any(c.is_punct for c in lefts) and any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in lefts
    )


def _phrase_tokens(chunk: Span) -> Span:
    """The noun chunk extended over a following "of <proper noun or people>" complement, or, after a
    common noun, one whose head carries a proper-noun compound ("Fighters of the 3R rebel group"),
    up to a comma or an opening bracket: "the Alliance of Sahel States (AES)" is the name, and the
    acronym a mention of its own."""
    doc = chunk.doc
    end = chunk.end
    if end < len(doc):
        child = doc[end]
        if child.lower_ == "of" and child.dep_ == "prep" and child.head.i == chunk.root.i:
            objects = [c for c in child.children if c.dep_ == "pobj"]
            if objects and (objects[0].pos_ == "PROPN" or objects[0].ent_type_ or (
                chunk.root.pos_ == "NOUN" and _common_noun_of_a_name(objects[0])
            )):
                stop = objects[0].right_edge.i + 1
                comma = next((i for i in range(objects[0].i + 1, stop) if doc[i].text in {",", "("}), stop)
                end = max(end, comma)
    return chunk if end == chunk.end else doc[chunk.start:end]


def _is_title_case(doc: Doc, start: int, end: int) -> bool:
    """Whether the line ``doc.text[start:end]`` is a Title Case headline: at most 200 characters, not
    ending as a sentence or a lead-in does (".", ":"), with at least three words of four letters or
    more, all capitalized but the prepositions and pronouns some styles leave in lower case ("with",
    "from"). A sentence full of names ("Boris Johnson met the Iraqi Foreign Minister in London
    today.", "Foreign Secretary Philip Hammond said:") is no headline."""
    text = doc_text(doc)[start:end].rstrip()
    if len(text) > _HEADLINE_MAX_CHARS or text.endswith((".", ":")):
        return False
    line = doc.char_span(start, end, alignment_mode="expand")
    if line is None:
        return False
    lowercase_words = load_lexicon().headline_lowercase_words
    words = [t for t in line if t.is_alpha and len(t) > 3 and t.lower_ not in lowercase_words]
    return len(words) >= 3 and all(t.is_title or t.is_upper for t in words)


def _trim(span: Span) -> Span:
    """The span without leading or trailing punctuation or whitespace."""
    doc = span.doc
    start, end = span.start, span.end
    while start < end and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].is_punct or doc[end - 1].is_space):
        end -= 1
    return span if start == span.start and end == span.end else doc[start:end]


# Words a noun chunk may open with that are no part of a name: 'targets only "terrorists"'.
_FOCUS_ADVERBS = frozenset({"only", "just", "even", "also", "mostly", "mainly", "largely", "solely"})


def _clean_name(span: Span) -> str:
    tokens = list(span)
    while tokens and (tokens[0].lower_ in _DETERMINERS or (tokens[0].like_num and not _ORDINAL.match(tokens[0].text))
                      or tokens[0].pos_ == "DET" or tokens[0].lower_ in _FOCUS_ADVERBS or tokens[0].is_quote):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if len(tokens) > 2 and tokens[-2].text == "(" and tokens[-1].is_upper:
        tokens = tokens[:-2]  # "the Alliance of Sahel States (AES)": the acronym is an alias
    if not tokens:
        return " ".join(span.text.split())
    text = span.doc[tokens[0].i: tokens[-1].i + 1].text
    return " ".join((_QUOTE_MARKS.sub("", text) or text).split())


_ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$", re.IGNORECASE)
_QUOTE_MARKS = re.compile(r"[\"“”„«»]")


def _head_lemma(token: Token) -> str:
    """A noun's lemma; a capitalised plural the tagger took for a proper noun ("Gangs attacked")
    loses its plural ending when the singular is an actor word."""
    lemma = token.lemma_.lower() or token.lower_
    if (token.pos_ == "PROPN" and lemma.endswith("s") and lemma == token.lower_
            and lemma[:-1] in _force_nouns()):
        return lemma[:-1]
    return lemma


@cache
def _plural_force_nouns() -> frozenset[str]:
    """The "-s" plurals of :func:`_force_nouns` ("gangs", "rebels")."""
    return frozenset(f"{noun}s" for noun in _force_nouns())


@cache
def _force_nouns() -> frozenset[str]:
    """Actor nouns of armed sides and states ("gang", "rebel", "soldier"): their capitalised plurals
    ("Gangs attacked") are read as actors even when the tagger leaves them unlemmatised."""
    return frozenset(noun for noun, party_type in load_lexicon().noun_types.items()
                     if party_type in {"armed_group", "military", "government"} and " " not in noun)


def _noun_type(head: Token, modifiers: list[Token], lexicon: Lexicon) -> str | None:
    """The party type of a phrase headed by an actor noun, or None."""
    lemma = _head_lemma(head)
    lower = head.lower_
    if lemma in lexicon.singular_actor_nouns and head.tag_ == "NNS":
        return None
    previous = modifiers[-1].lower_ if modifiers else ""
    for candidate in (f"{previous} {lemma}", f"{previous} {lower}", lemma, lower):
        if candidate in lexicon.noun_types:
            return lexicon.noun_types[candidate]
    return None


def _org_type(span: Span, lexicon: Lexicon) -> str:
    words = {t.lower_ for t in span}
    for party_type in ("armed_group", "military", "government"):
        if words & lexicon.org_keywords[party_type]:
            return party_type
    return "organization"


def _title_tokens(tokens: list[Token], lexicon: Lexicon) -> bool:
    words = [t.lower_ for t in tokens]
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            if " ".join(words[i:i + size]) in lexicon.person_titles:
                return True
    return False


_STATE_VERBS = {"be", "go", "remain", "lie", "become", "stay"}
_REFERRING_DETERMINERS = {"the", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my", "your"}


def _group_slot(head: Token, lexicon: Lexicon) -> tuple[Token, bool]:
    """The token that fills the clause slot of a phrase, and whether the phrase is counted: "two
    of her children" and "hundreds of people" fill the slot of "two" / "hundreds"; "11 insurgents",
    "several fighters" are counted by their own modifiers."""
    counted = any(child.dep_ in {"nummod", "quantmod"} or child.like_num
                  or child.lower_ in lexicon.quantity_modifiers for child in head.lefts)
    token = head
    while (token.dep_ == "pobj" and token.head.lower_ == "of"
           and (token.head.head.like_num or token.head.head.lower_ in lexicon.quantity_nouns)):
        token = token.head.head
        counted = True
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token, counted


def _casualty_slot(token: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase filling ``token``'s slot is the victim of a casualty: object or passive
    subject of a casualty verb ("killing 11 insurgents", "two soldiers were killed"), subject of
    one that takes no object ("200 families fled"), described by a casualty state ("left three
    people dead", "12 people were missing") or by a casualty participle ("people killed in ...";
    not one with an object of its own, a misparsed active verb: "Bandits killed 17 villagers")."""
    verb = token.head
    lemma = verb.lemma_.lower()
    dep = token.dep_
    if dep in {"dobj", "nsubjpass"} and verb.pos_ in {"VERB", "AUX"} and lemma in lexicon.casualty_verbs:
        return True
    if dep in {"nsubj", "nsubjpass"} and lemma in lexicon.intransitive_casualty_verbs:
        return True
    if dep == "nsubj" and (verb.lower_ in lexicon.casualty_states or (
            lemma in lexicon.casualty_verbs and verb.dep_ in {"ccomp", "xcomp", "oprd"}
            and verb.head.lemma_.lower() == "leave")):
        return True
    stative = dep == "dobj" or (dep in {"nsubj", "nsubjpass"} and lemma in _STATE_VERBS)
    if stative and any(child.dep_ in {"acomp", "oprd", "xcomp", "attr"} and child.lower_ in lexicon.casualty_states
                       for child in verb.children):
        return True
    if dep in {"nsubj", "attr"} and lemma == "be" and any(
            child.dep_ == "prep" and child.lower_ == "among"
            and any(grand.lower_ in lexicon.casualty_states for grand in child.children)
            for child in verb.children):
        return True
    return any(child.dep_ in {"acl", "amod"} and child.tag_ == "VBN"
               and child.lemma_.lower() in lexicon.casualty_verbs
               and not any(grand.dep_ == "dobj" for grand in child.children) for child in token.children)


def _casualty_group(head: Token, modifiers: list[Token], lexicon: Lexicon) -> bool:
    """Whether a phrase is a casualty figure rather than an actor ("at least 21 people were killed",
    "arrested more than 40 supporters", "killing a woman"): counted, indefinite or bare, and the
    victim of a casualty. The samples convention (and event coders') counts those as casualties of
    an actor, not as an actor of their own; the civilians words stay mentions of the civilians
    party."""
    lemma = _head_lemma(head)
    if lemma in lexicon.civilian_heads:
        return False
    slot, counted = _group_slot(head, lexicon)
    referring = bool(modifiers) and modifiers[0].lower_ in _REFERRING_DETERMINERS
    if referring and not counted:
        return False
    armed = lemma in lexicon.member_heads or bool({t.lower_ for t in modifiers} & lexicon.armed_modifiers)
    if not counted and head.tag_ == "NN" and armed:
        return False
    return _casualty_slot(slot, lexicon)


_OFFICE_SUFFIXES = (" 's office", " ’s office", " ' office")


def _office_holder(label: str) -> str:
    """"state prosecutor 's office" → "state prosecutor": an office and the officials who hold it
    ("State prosecutors said …", "according to the state prosecutor's office") are one actor."""
    for suffix in _OFFICE_SUFFIXES:
        if label.endswith(suffix):
            return label.removesuffix(suffix)
    return label


def _described_as_organization(name: Token, lexicon: Lexicon) -> bool:
    """"Haki Africa, a rights group based in Mombasa": a name the apposition calls an organization
    is one, whatever label the tagger gave it."""
    return any(child.dep_ == "appos" and child.pos_ == "NOUN" and child.i > name.i
               and lexicon.noun_types.get(_head_lemma(child)) == "organization"
               and any(t.dep_ == "det" and t.lower_ in {"a", "an", "the"} for t in child.lefts)
               for child in name.rights)


def _counted_plural(head: Token, modifiers: list[Token], lexicon: Lexicon) -> bool:
    """"the two factions", "the two countries": several actors told together, none of them an
    actor of its own (civilians excepted: "the three villagers" are the report's civilians; people
    named before stay: "the two leaders")."""
    lemma = _head_lemma(head)
    return (head.tag_ in {"NNS", "NNPS"} and len(modifiers) >= 2
            and modifiers[0].lower_ in {"the", "these", "those"} and modifiers[1].like_num
            and lemma not in lexicon.civilian_heads and lemma not in lexicon.title_heads
            and lemma not in lexicon.unnamed_person_heads)


def _introduces_person(head: Token, modifiers: list[Token]) -> bool:
    """"a ministry spokesman, Gen. Ricardo Treviño," / "his uncle, Nasser Daraghmeh,": a description
    in apposition before a person's name is that person's role, not an actor of its own."""
    return (head.tag_ == "NN" and bool(modifiers)
            and modifiers[0].lower_ in {"a", "an", "his", "her", "their"}
            and any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in head.rights))


def _workplace_type(head: Token, lexicon: Lexicon) -> str | None:
    """The type of the body a person works at, when the phrase says so ("a doctor at the main
    hospital" speaks for the hospital: an organization), else None."""
    for prep in head.rights:
        if prep.dep_ == "prep" and prep.lower_ == "at":
            for place in prep.children:
                if place.dep_ == "pobj" and lexicon.source_types.get(_head_lemma(place), "other") != "other":
                    return lexicon.source_types[_head_lemma(place)]
    return None


def _non_referential(modifiers: list[Token], lexicon: Lexicon) -> bool:
    """ "No group has claimed the attack", "denied losing any fighters": no actor is meant."""
    return bool(modifiers) and modifiers[0].lower_ in lexicon.non_referential_determiners


def _protesting(head: Token, lexicon: Lexicon) -> bool:
    """Whether a group of people is the subject of a protest ("hundreds of people marched",
    "dozens of women protested", "thousands of women held a sit-in")."""
    slot, _ = _group_slot(head, lexicon)
    if slot.dep_ != "nsubj":
        return False
    verb = slot.head
    if verb.lemma_.lower() in lexicon.protest_verbs:
        return True
    objects = [child for child in verb.children if child.dep_ == "dobj"]
    return any(doc_text(verb.doc)[child.left_edge.idx: child.idx + len(child)].lower().split()[-1]
               in lexicon.protest_objects for child in objects)


def _addressed(head: Token, lexicon: Lexicon) -> bool:
    """Whether the phrase names the people spoken to ("told reporters", "in a message to
    journalists"): an audience, not an actor."""
    if _head_lemma(head) not in lexicon.audience_heads and head.lower_ not in lexicon.audience_heads:
        return False
    if head.dep_ in {"dobj", "dative"}:
        return head.head.lemma_.lower() in lexicon.audience_words
    if head.dep_ == "pobj" and head.head.lower_ == "to":
        return head.head.head.lemma_.lower() in lexicon.audience_words
    return False


def _territory(context: _Context, head: Token, modifiers: list[Token], lexicon: Lexicon) -> bool:
    """Whether a government word names a territory ("Cauca department", "in the department")."""
    if _head_lemma(head) not in lexicon.territorial_heads or not head.is_lower:
        return False
    if any(context.is_place(head.doc[t.i: t.i + 1]) for t in modifiers):
        return True
    return head.dep_ == "pobj" and head.head.lower_ in {"in", "across", "throughout", "of", "into", "from"}


class _Builder:
    """Collects candidate mentions for one document."""

    def __init__(self, context: _Context) -> None:
        self.context = context
        self.doc = context.doc
        self.lexicon = context.lexicon
        self.mentions: list[Mention] = []
        self.used: set[int] = set()

    def add(self, span: Span, key: tuple, party_type: str, code: str | None, name: str,
            role: str | None = None, anaphor: str | None = None, international: bool = False,
            honorific: str | None = None) -> None:
        if any(i in self.used for i in range(span.start, span.end)):
            return
        self.used.update(range(span.start, span.end))
        counted = span.root.tag_ in {"NNS", "NNPS"} and any(t.like_num for t in span if t.i < span.root.i)
        self.mentions.append(Mention(span.start_char, span.end_char, key, party_type, code, name,
                                     span.root.i, role, anaphor, counted, international, honorific))

    def state_key(self, code: str) -> tuple[tuple, str]:
        return ("state", code), self.lexicon.country_names.get(code, code)

    def add_match(self, label: str, span: Span, outer: Span | None = None) -> None:
        """A gazetteer match (optionally inside a longer phrase) as a mention."""
        target = outer if outer is not None else _with_article(self.doc, span)
        kind, value = label[0], label[1:]
        if kind == "N":
            actor = self.lexicon.named[int(value)]
            key = ("mil", actor.country_code, "") if actor.national_forces else ("named", actor.name)
            self.add(target, key, actor.type, actor.country_code, actor.name)
        elif kind == "S":
            code, actor_name, actor_type = self.lexicon.seats[value]
            if actor_name:
                self.add(target, ("named", actor_name), actor_type or "government", code, actor_name)
            else:
                key, name = self.state_key(code)
                self.add(target, key, "state", code, name)
        elif kind in "CK":
            key, name = self.state_key(value)
            self.add(target, key, "state", value, name)

    def named_armed_groups(self, phrase: Span, head: Token) -> list[tuple[str, Span]]:
        """The named armed groups modifying a phrase's head ("a Taliban and IMU leader", "the
        Taliban's shadow governor"), or named in its "of" complement ("a member of the Haqqani
        network"), in text order."""
        found: list[tuple[str, Span]] = []
        for token in phrase:
            match = self.context.match_at.get(token.i)
            if (token.i == head.i or match is None or match[0][0] != "N"
                    or any(match[0] == label for label, _ in found)
                    or head.i in range(match[1].start, match[1].end)):
                continue
            if self.lexicon.named[int(match[0][1:])].type == "armed_group":
                found.append(match)
        return found

    def state_of(self, phrase: Span, head: Token, modifiers: list[Token], noun_type: str | None,
                 code: str | None) -> str | None:
        """The country whose state a government phrase names, or None.

        "the Sudanese government" and "the interim government" name a state; with no country
        written, "the government", "the authorities" or "the army-aligned government" is the report
        country's; "the provincial government", "the presidential administration", "a rival administration"
        and "the Trump administration" are not a state.
        """
        lexicon = self.lexicon
        lemma = _head_lemma(head)
        if noun_type != "government" or lemma not in lexicon.state_heads:
            return None
        extra = [t for t in modifiers if t.i not in self.context.match_at and not t.is_punct
                 and t.lower_ not in _DETERMINERS and t.lower_ not in {"'s", "’s"}]
        if any(t.lower_ in lexicon.non_state_modifiers or t.pos_ == "PROPN" for t in extra):
            return None
        if code is not None:
            return code if all(t.lower_ in lexicon.state_descriptors for t in extra) else None
        number_ok = head.tag_ == "NN" or (head.tag_ == "NNS" and lemma in lexicon.plural_state_heads)
        if not number_ok or not modifiers or modifiers[0].lower_ not in {"the", "this", "these"}:
            return None
        if not all(t.lower_ in lexicon.state_descriptors or _hyphenated(t) for t in extra):
            return None
        return self.context.report_country if lemma in lexicon.report_state_heads else None

    def toponym_is_actor(self, span: Span) -> bool:
        """The places component's metonyms when it ran, plus toponyms right before a verb or "'s"."""
        if self.context.metonyms is not None:
            return (self.context.metonym_at(span) is not None or _acts_locally(span, self.lexicon)
                    or any(self.context.metonym_at(self.doc[t.i: t.i + 1]) is not None
                           for t in _conjuncts(span.root)))
        return _is_actor_position(span.root, self.lexicon)

    def phrase(self, chunk: Span) -> None:
        """Classify one noun phrase."""
        doc = self.doc
        lexicon = self.lexicon
        chunk = _trim(_after_dash(chunk))
        if not len(chunk):
            return
        phrase = _phrase_tokens(chunk)
        head = chunk.root
        organization = self.context.org_at.get(head.i)
        if (organization is not None and phrase.start <= organization.start < phrase.end < organization.end
                and not any(t.is_punct for t in doc[phrase.end:organization.end])):
            # The parser cut an organization's name in two ("the Pakistan Institute" | "for Conflict
            # and Security Studies"): the phrase runs to the end of the name.
            end = organization.end - (organization[-1].lower_ in {"'s", "’s"})
            phrase = doc[phrase.start: max(end, phrase.end)]
        lemma = _head_lemma(head)
        found = self.context.match_at.get(head.i)
        modifiers = self.context.tokens[chunk.start:head.i]
        if head.lower_ in lexicon.person_pronouns or head.pos_ == "PRON":
            return
        if _non_referential(modifiers, lexicon) and (found is None or found[0][0] == "D"):
            return
        if _counted_plural(head, modifiers, lexicon):
            return
        if found is None and self.describes_named_person(head, modifiers):
            return
        if found is None and self.describes_following_name(head):
            return
        if (lemma in lexicon.relational_heads and modifiers
                and modifiers[0].lower_ in {"our", "their", "my", "your", "his", "her", "its"}):
            return
        if found is None and (self.named_body(head, modifiers)
                              or self.names_in_apposition(phrase, head, modifiers)):
            return
        if found is not None:
            label, span = found
            if label[0] in "NS":
                self.add_match(label, span, outer=doc[min(phrase.start, span.start): max(phrase.end, span.end)])
            elif label[0] in "CK":
                if self.toponym_is_actor(span):
                    self.add_match(label, span)
            elif label[0] == "D" and span.start <= head.i < span.end and head.pos_ in {"NOUN", "PROPN"} and (
                    head.tag_ in {"NNS", "NNPS"} or head.lower_.endswith("s")):
                if _casualty_group(head, modifiers, lexicon):
                    return
                code = label[1:]
                self.add(phrase, ("civilians", code, "people"), "civilians", code, _clean_name(phrase))
            return
        if self.described(phrase):
            return
        groups = self.named_armed_groups(phrase, head)
        titled = lemma in lexicon.title_heads or _names_its_leader(head)
        definite_title = titled and bool(modifiers) and modifiers[0].lower_ in {"the", "this", "that"}
        if groups and lemma in lexicon.member_heads and not definite_title:
            if len(groups) == 1:
                label, span = groups[0]
                outer = doc[min(phrase.start, span.start): max(phrase.end, span.end)]
                self.add_match(label, span, outer=outer)
            else:
                for label, span in groups:
                    self.add_match(label, span)
            return
        if head.ent_type_ == "PERSON" and _noun_type(head, modifiers, lexicon) is None:
            return
        if _introduces_person(head, modifiers):
            for token in modifiers:
                match = self.context.match_at.get(token.i)
                if match is not None and match[0][0] == "N":
                    self.add_match(*match)
            return
        if self.describes_name(phrase, head, modifiers):
            return
        if (head.dep_ == "appos" and head.head.pos_ == "PROPN" and modifiers
                and modifiers[0].lower_ in {"a", "an"}
                and (lemma in lexicon.unnamed_person_heads or lemma in lexicon.unnamed_other_heads)):
            return
        if (head.pos_ in {"NOUN", "PROPN"}
                and not any(self.context.match_at.get(t.i, ("",))[0][:1] == "N" for t in modifiers)
                and _casualty_group(head, modifiers, lexicon)):
            return
        if self.protesters(phrase, head):
            return
        if self.unnamed_individual(phrase, head, modifiers) or self.same_individual(phrase, head, modifiers):
            return
        if titled and head.tag_ in {"NN", "NNP"} and head.pos_ in {"NOUN", "PROPN"}:
            if modifiers and modifiers[0].lower_ in {"a", "an", "another", "any", "every", "each"}:
                return
            duty = _duty_clause(head)
            if duty is not None and phrase.end == head.i + 1:
                # "the officer commanding the patrol": the duty names the role.
                phrase = doc[phrase.start: duty.right_edge.i + 1]
            title = _clean_name(phrase)
            code = self.context.country_of(t for t in phrase if t.i != head.i)
            if groups:
                for label, span in groups:
                    self.add_match(label, span)
                rest = groups[-1][1].end
                rest += rest < head.i and doc[rest].lower_ in {"'s", "’s"}
                phrase = doc[rest:phrase.end]
            self.add(phrase, ("title", title.lower()), "person", code, title, role=title, anaphor="title",
                     international=self.context.speaks_for_international(phrase))
            return
        phrase_type = lexicon.phrase_types.get(" ".join(
            word for word in self.context.lowers[chunk.start:chunk.end] if word not in _DETERMINERS))
        noun_type = phrase_type or _noun_type(head, modifiers, lexicon)
        if (noun_type is None and lemma in lexicon.member_heads
                and {t.lower_ for t in modifiers} & lexicon.armed_modifiers):
            noun_type = "armed_group"
        if noun_type is None and lemma == "source":
            noun_type = next((lexicon.source_types[t.lower_] for t in modifiers
                              if t.lower_ in lexicon.source_types), None)
            if noun_type is None and modifiers and all(t.lower_ in _REFERRING_DETERMINERS for t in modifiers):
                # "The sources, who spoke on condition of anonymity", "the source": the unnamed
                # sources the report last introduced.
                earlier = [m for m in self.mentions if m.key[-1] == "source" and m.start < phrase.start_char]
                if earlier:
                    source = earlier[-1]
                    self.add(phrase, source.key, source.type, source.country_code, source.name)
                return
        if _addressed(head, lexicon) or _territory(self.context, head, modifiers, lexicon):
            return
        if noun_type == "other":
            phrase = chunk
        if noun_type is None:
            if self.possessive_description(modifiers):
                return
            named = next((self.context.match_at[t.i] for t in modifiers if t.i in self.context.match_at
                          and self.context.match_at[t.i][0][0] == "N"), None)
            if named is not None and head.ent_type_ == "ORG" and head.is_upper:
                self.add_match(*named)
                return
            if head.ent_type_ == "ORG" and not any(i in self.used for i in range(chunk.start, chunk.end)):
                ent = next((e for e in self.context.ents if e.start <= head.i < e.end), None)
                if ent is not None and self.context.unknown_name(ent) and self.context.org_ok(ent):
                    code = self.context.country_of(chunk)
                    name = _clean_name(ent)
                    self.add(phrase, ("org", name.lower()), _entity_type(ent, self.context), code, name)
            return
        if head.pos_ not in {"NOUN", "PROPN"}:
            return
        words = {t.lower_ for t in modifiers}
        if lemma == "country" and head.tag_ == "NN":
            return
        if lemma in {"group", "fighter"} and head.tag_ == "NN" and not (words & lexicon.armed_modifiers) and (
                not modifiers or modifiers[0].lower_ in {"a", "an"}):
            return
        if lemma in {"man", "men", "woman", "women", "people"} and words & {"armed", "gun"}:
            noun_type = "armed_group"
        if noun_type == "military" and head.i in self.context.armed_tails:
            noun_type = "armed_group"
        around = [t for t in phrase if t.i != head.i] if noun_type in {"military", "armed_group"} else modifiers
        named_modifier = next((self.context.match_at[t.i] for t in around
                               if t.i in self.context.match_at
                               and self.context.match_at[t.i][0][0] == "N"), None)
        if named_modifier is not None and noun_type in {"military", "armed_group", "organization", "other"}:
            self.add_match(named_modifier[0], named_modifier[1], outer=phrase)
            return
        code = self.context.country_of(t for t in phrase if t.i != head.i and not _hyphenated(t))
        if code is None and lemma in lexicon.seated_heads:
            code = self.context.country_of(_seat_objects(head))
        if code is None and noun_type == "government":
            code = self.context.country_of(_rulers(phrase, lexicon))
        if code is None and lemma in lexicon.conflict_nouns:
            return
        if noun_type == "organization" and code is None and (
                words & lexicon.local_modifiers or (head.tag_ == "NN" and modifiers and modifiers[0].lower_ in {"a", "an"})):
            code = self.context.report_country
        if words & lexicon.armed_modifiers and noun_type in {"organization", "other", "government", "civilians"}:
            noun_type = "armed_group"
        if (modifiers and modifiers[0].lower_ in _POSSESSIVES and code is None
                and noun_type in {"military", "armed_group"}):
            self.add(phrase, ("possessive", lemma), noun_type, None, _clean_name(phrase),
                     anaphor="possessive")
            return
        if (noun_type == "armed_group" and head.tag_ == "NNS" and len(modifiers) == 1 and code is None
                and modifiers[0].lower_ in {"the", "these", "those"} and phrase.end == chunk.end):
            self.add(phrase, (noun_type, None, lemma), noun_type, None, _clean_name(phrase),
                     anaphor="definite_group")
            return
        definite = bool(modifiers) and modifiers[0].lower_ in {"the", "this", "that"} and (
            len(modifiers) == 1 or (noun_type in {"armed_group", "organization"}
                                    and _describing_only(modifiers[1:], lexicon)))
        if definite and code is None and lemma in lexicon.anaphoric_heads and phrase.end == chunk.end:
            self.add(phrase, ("anaphor", lemma), noun_type, None, _clean_name(phrase), anaphor=lemma)
            return
        state_code = self.state_of(phrase, head, modifiers, noun_type, code)
        if state_code is not None:
            key, name = self.state_key(state_code)
            self.add(phrase, key, "state", state_code, name)
            return
        if noun_type == "military":
            sub = "peacekeeping" if words & lexicon.peacekeeping_modifiers or lemma == "peacekeeper" else ""
            if lemma == "source":
                # "Lebanese security sources": unnamed sources are an actor of their own, not the army.
                sub = lemma
            branch = self.service_branch(head, modifiers)
            if branch is not None and not sub:
                self.branch(phrase, head, branch, code)
                return
            if (code is None and not sub and lemma in lexicon.national_troop_heads and head.tag_ == "NNS"
                    and self.context.report_country and all(t.lower_ == "the" for t in modifiers)):
                code = (self.latest_national_forces(phrase.start_char) if modifiers else None
                        ) or self.context.report_country
            if code is None and not sub and self.proper_unit(head, modifiers):
                name = _clean_name(phrase)
                report_code = self.context.report_country
                words_of_name = {t.lower_ for t in phrase if t.lower_ != "the"}
                if report_code and words_of_name <= lexicon.national_forces_words:
                    # "the National Defence Force" with no country: the report country's armed forces.
                    self.add(phrase, ("mil", report_code, ""), "military", report_code, name)
                    return
                self.add(phrase, ("org", name.lower()), "military", None, name)
                return
            if code is not None and not sub and (service := self.named_service(phrase, head)) is not None:
                adjective = lexicon.country_adjectives.get(code) or lexicon.country_names.get(code, code)
                self.add(phrase, ("mil", code, service), "military", code, f"{adjective} {service}")
                return
            if code is None and not sub:
                sub = lemma
            name = _clean_name(phrase)
            if not sub and code in lexicon.national_forces:
                name = lexicon.national_forces[code]
            elif not sub and code is not None and (lemma in lexicon.national_troop_heads
                                                   or (head.is_lower and lemma in _NATIONAL_FORCES_WORDS)):
                name = _national_forces_name(code, lexicon)
            self.add(phrase, ("mil", code, sub), "military", code, name)
            return
        if noun_type in {"government", "organization"}:
            name = _clean_name(phrase)
            if head.pos_ == "PROPN" and (head.ent_type_ == "ORG" or (noun_type == "organization" and head.is_title)):
                self.add(phrase, ("org", name.lower()), noun_type, code, name)
                return
            label = " ".join(t.lemma_.lower() for t in phrase if t.lower_ not in _DETERMINERS
                             and t.i not in self.context.match_at and not t.like_num)
            self.add(phrase, (noun_type, code, _office_holder(label)), noun_type, code, name)
            return
        if noun_type == "civilians" and lemma in lexicon.civilian_heads:
            self.civilians(phrase, code)
            return
        self.add(phrase, (noun_type, code, lemma), noun_type, code, _clean_name(phrase))

    def describes_following_name(self, head: Token) -> bool:
        """"the rights group Kurdpa", "the rebel group X": a descriptor before the name it stands in
        apposition to, no party of its own (the name is the party)."""
        if head.i + 1 >= len(self.doc):
            return False
        ent = next((e for e in self.context.ents
                    if e.start == head.i + 1 and e.label_ in {"ORG", "PERSON"}), None)
        descriptor = _descriptor_before(ent, self.lexicon) if ent is not None else None
        return descriptor is not None and descriptor.i == head.i

    def describes_named_person(self, head: Token, modifiers: list[Token]) -> bool:
        """"A local church leader, Pastor Amos Wenda," / "A military spokesman, Brig. Gen. Ari
        Lubis,": an indefinite description of the person named in apposition, no party of its own."""
        lexicon = self.lexicon
        lemma = _head_lemma(head)
        return (head.pos_ == "NOUN" and bool(modifiers) and modifiers[0].lower_ in {"a", "an"}
                and (lemma in lexicon.title_heads or lemma in lexicon.unnamed_person_heads)
                and any(child.dep_ == "appos" and child.pos_ == "PROPN" and child.i in self.used
                        for child in head.rights))

    def names_in_apposition(self, phrase: Span, head: Token, modifiers: list[Token]) -> bool:
        """"The UN peacekeeping mission, MONUSCO, said": a description followed by the name of a
        known actor in apposition is a mention of that actor."""
        if head.pos_ != "NOUN" or not modifiers or modifiers[0].lower_ not in {"the", "a", "an"}:
            return False
        child = next((c for c in head.rights if c.dep_ == "appos"), None)
        if child is None or child.pos_ != "PROPN" or self.doc[child.i - 1].text != ",":
            return False
        match = self.context.match_at.get(child.i)
        if match is None or match[0][0] != "N":
            return False
        self.add_match(match[0], match[1], outer=phrase)
        return True

    def possessive_description(self, modifiers: list[Token]) -> bool:
        """"The group's tolls", "the ministry's statement": a definite description that owns the
        phrase refers back like "the group" alone."""
        lexicon = self.lexicon
        for token in modifiers:
            lemma = _head_lemma(token)
            if (token.dep_ == "poss" and token.pos_ == "NOUN" and lemma in lexicon.anaphoric_heads
                    and token.i > 0 and self.doc[token.i - 1].lower_ in {"the", "this"}):
                noun_type = _noun_type(token, [], lexicon)
                if noun_type is None:
                    return False
                span = self.doc[token.i - 1: token.i + 1]
                self.add(span, ("anaphor", lemma), noun_type, None, _clean_name(span), anaphor=lemma)
                return True
        return False

    def named_body(self, head: Token, modifiers: list[Token]) -> bool:
        """A named organisation's mission or delegation, with the place it serves and its
        acronym ("The European Union Mission in Armenia (EUMA)"): an organisation of its own."""
        lexicon = self.lexicon
        doc = self.doc
        previous = modifiers[-1].lower_ if modifiers else ""
        if not head.is_title or (head.lower_ not in lexicon.named_body_heads
                                 and f"{previous} {head.lower_}" not in lexicon.named_body_heads):
            return False
        if any(t.lower_ in {"'s", "’s"} for t in modifiers):
            return False
        owner = next((self.context.match_at[t.i] for t in modifiers if t.i in self.context.match_at
                      and self.context.match_at[t.i][0][0] == "N"), None)
        if owner is None or self.lexicon.named[int(owner[0][1:])].type != "organization":
            return False
        end = head.i + 1
        if end + 1 < len(doc) and doc[end].lower_ in {"in", "to", "for"} and doc[end + 1].pos_ == "PROPN":
            end += 1
            while end < len(doc) and (doc[end].pos_ == "PROPN" or doc[end].lower_ == "of"):
                end += 1
            end -= doc[end - 1].lower_ == "of"
        span = doc[owner[1].start:end]
        if any(i in self.used for i in range(span.start, span.end)):
            return False
        name = _clean_name(span)
        key = ("org", name.lower())
        code = lexicon.named[int(owner[0][1:])].country_code
        self.add(span, key, "organization", code, name, international=code is None)
        if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and doc[end + 1].is_upper:
            self.add(doc[end + 1:end + 2], key, "organization", code, name, international=code is None)
        return True

    def latest_national_forces(self, before: int) -> str | None:
        """The country of the national forces named last before ``before``: "the soldiers" in a
        report from the West Bank that named "Israeli forces" are those forces, not Palestine's."""
        earlier = [m for m in self.mentions
                   if m.start < before and m.key[0] == "mil" and m.key[1] and m.key[2] == ""]
        return max(earlier, key=lambda m: m.start).key[1] if earlier else None

    def describes_name(self, phrase: Span, head: Token, modifiers: list[Token]) -> bool:
        """A common-noun description in apposition after a name ("WAFA, the official Palestinian
        news agency", "the BRN, the main insurgent group"): no mention of its own (the samples
        convention), unless it names an actor itself."""
        holder = head.head if head.dep_ == "appos" else _subject_named_before(head)
        if (holder is None or head.pos_ != "NOUN" or holder.pos_ != "PROPN" or holder.i > head.i
                or phrase.start == 0 or self.doc[phrase.start - 1].text != ","):
            return False
        if (not modifiers or modifiers[0].lower_ not in {"the", "a", "an"}
                or _head_lemma(head) in self.lexicon.title_heads):
            return False
        verb = self.doc[head.right_edge.i + 1] if head.right_edge.i + 1 < len(self.doc) else None
        if (holder.dep_ == "pobj" and verb is not None and verb.tag_ in _FINITE_VERB_TAGS
                and not any(child.dep_ in _SUBJECT_DEPS for child in verb.children)):
            # "In Lichinga, the provincial capital, the governor's office said …": the parser hung
            # the subject of the verb after it on the opening phrase; it describes nothing.
            return False
        if any(t.pos_ == "PROPN" or self.context.match_at.get(t.i, ("",))[0][:1] in {"N", "S"}
               for t in phrase if t.i != head.i):
            return False
        if self.lexicon.noun_types.get(_head_lemma(head)) == "organization":
            self.described_organization(holder)
        return True

    def described_organization(self, holder: Token) -> None:
        """"according to Deep South Watch, a monitoring group": the name an organization noun
        describes is an organization, also when the tagger missed it."""
        doc = self.doc
        start = holder.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].dep_ == "compound":
            start -= 1
        span = doc[start:holder.i + 1]
        if (any(i in self.used or i in self.context.match_at for i in range(span.start, span.end))
                or not all(t.is_title for t in span) or self.context.is_place(span)):
            return
        name = _clean_name(span)
        self.add(span, ("org", name.lower()), "organization", self.context.country_of(span), name)

    def described(self, phrase: Span) -> bool:
        """A named actor by the description the press of its country gives it ("the military's media
        wing" in a Pakistan report is the ISPR): only in a report about that country. A junta's
        descriptions ("the ruling military council") name the report country's state."""
        descriptions = self.lexicon.descriptions
        key = _description_key(self.context.lowers[phrase.start:phrase.end])
        if key in self.lexicon.junta_phrases:
            code = self.context.report_country
            owned = any(child.dep_ == "prep" and child.lower_ == "of" for child in phrase.root.rights)
            if code is None or owned:
                return False
            state_key, name = self.state_key(code)
            self.add(phrase, state_key, "state", code, name)
            return True
        index = descriptions.get(key)
        if index is None:
            return False
        actor = self.lexicon.named[index]
        if actor.country_code not in {None, self.context.report_country}:
            return False
        self.add(phrase, ("named", actor.name), actor.type, actor.country_code, actor.name)
        return True

    @staticmethod
    def proper_unit(head: Token, modifiers: list[Token]) -> bool:
        """Whether a military phrase is a unit's proper name ("the Radaa Special Deterrence Force",
        "the 444th Combat Brigade"), not a common noun ("security forces") nor a unit of an owner
        named before it ("the army's 103rd Infantry Brigade")."""
        if head.pos_ != "PROPN" or not head.is_title:
            return False
        if any(t.lower_ in {"'s", "’s"} or t.dep_ == "poss" for t in modifiers):
            return False
        return any(t.pos_ == "PROPN" and t.is_title for t in modifiers)

    def named_service(self, phrase: Span, head: Token) -> str | None:
        """The proper name of a state's service written after its country ("Tajikistan's Border
        Troops", "the Kyrgyz National Guard"): capitalised words, not all of them words of the armed
        forces as a whole ("Tajik Armed Forces"), so the service is an actor of its own."""
        if not head.is_title or head.i != phrase.end - 1:
            return None
        words: list[Token] = []
        for token in reversed(phrase):
            if token.i in self.context.match_at or token.lower_ in {"'s", "’s"} or token.dep_ == "poss":
                break
            words.append(token)
        words.reverse()
        if len(words) < 2 or not all(t.is_title and t.is_alpha for t in words):
            return None
        if {t.lower_ for t in words} <= self.lexicon.national_forces_words | self.lexicon.force_command_words:
            return None
        owners = [self.context.match_at[t.i][0][0] for t in phrase
                  if t.i < words[0].i and t.i in self.context.match_at]
        if not owners or owners[-1] not in "CD":
            return None
        return " ".join(t.text for t in words)

    def service_branch(self, head: Token, modifiers: list[Token]) -> str | None:
        """The service branch a military phrase names ("air force", "navy", "gendarmes"), or None."""
        branches = self.lexicon.service_branches
        previous = modifiers[-1].lower_ if modifiers else ""
        for candidate in (f"{previous} {head.lower_}", head.lower_, _head_lemma(head)):
            if candidate in branches:
                return candidate
        return None

    def branch(self, phrase: Span, head: Token, branch: str, code: str | None) -> None:
        """A country's service branch, an actor apart from its army: named as written when the text
        names it ("the Nigerian Air Force"), else "<country> <branch>" ("gendarmes" in a Burkina
        Faso report → "Burkina Faso Gendarmerie"); with no country written, the report's."""
        lexicon = self.lexicon
        code = code or self.context.report_country
        branch_name = lexicon.service_branches[branch]
        name = _clean_name(phrase)
        if not (name.endswith(branch_name) and name[:1].isupper() and code is not None):
            name = f"{lexicon.country_names.get(code, code)} {branch_name}" if code else branch_name
        self.add(phrase, ("mil", code, branch_name), "military", code, name)

    def protesters(self, phrase: Span, head: Token) -> bool:
        """A group of people that protests ("hundreds of people marched") is the protesters party."""
        lexicon = self.lexicon
        lemma = _head_lemma(head)
        if (head.tag_ not in {"NNS", "NNPS"} or lemma in lexicon.civilian_heads
                or _noun_type(head, [], lexicon) not in {"civilians", "other"} or not _protesting(head, lexicon)):
            return False
        slot, _ = _group_slot(head, self.lexicon)
        span = self.doc[min(slot.left_edge.i, phrase.start): head.i + 1]
        self.add(span, ("other", None, "protester"), "other", None, "protesters")
        return True

    def unnamed_individual(self, phrase: Span, head: Token, modifiers: list[Token]) -> bool:
        """One unnamed person ("a woman", "a farmer", "a church official", "his brother", "a relative
        of one of the men"), typed by whom they speak for: a named body or a source word among the
        modifiers gives its type ("a NISA officer" → government, "a senior police officer" →
        government), a non-government body word makes an organization ("a party spokesman"), an
        official a government, anyone else is "other"."""
        lexicon = self.lexicon
        doc = self.doc
        lemma = _head_lemma(head)
        if (head.tag_ == "NNS" and lemma in lexicon.kin_heads and head.dep_ in _SUBJECT_DEPS
                and (not modifiers or modifiers[0].lower_ in {"the", "his", "her", "their"})):
            # "Relatives of the two men said": the kin who speak are an unnamed source.
            return self._typed(phrase, head, "other")
        if head.tag_ != "NN" or not modifiers:
            return False
        first = modifiers[0].lower_
        words = {t.lower_ for t in modifiers}
        kin = lemma in lexicon.kin_heads and first in {"a", "an", "his", "her", "their"}
        if not kin and (first not in {"a", "an"} or words & lexicon.armed_modifiers):
            return False
        if head.dep_ == "appos":
            return False
        titled = lemma in lexicon.title_heads and lemma not in lexicon.unnamed_person_heads
        named = next((self.context.match_at[t.i] for t in modifiers if t.i in self.context.match_at
                      and self.context.match_at[t.i][0][0] == "N"), None)
        affiliation = next((lexicon.source_types[t.lower_] for t in modifiers if t.lower_ in lexicon.source_types
                            and lexicon.source_types[t.lower_] != "other"), None)
        non_government = bool(words & lexicon.non_government_modifiers)
        if titled and named is None and affiliation is None and not non_government:
            if _group_member_by_people(head, modifiers, lexicon):
                # "A Tigrayan commander said": one unnamed fighter of a people's forces speaks.
                return self._typed(phrase, head, "armed_group")
            return False
        if not (kin or titled or lemma in lexicon.unnamed_person_heads or lemma in lexicon.unnamed_other_heads):
            return False
        if (named is not None and lexicon.named[int(named[0][1:])].type == "armed_group"
                and (lemma in lexicon.member_heads or not titled)):
            return False
        if named is not None:
            party_type = lexicon.named[int(named[0][1:])].type
        elif non_government:
            party_type = "organization" if titled or lemma in lexicon.government_person_heads else "other"
        elif affiliation is not None:
            party_type = affiliation
        elif lemma in lexicon.government_person_heads:
            return False
        elif titled:
            party_type = "government"
        else:
            party_type = _workplace_type(head, lexicon) or "other"
        if kin and any(child.dep_ == "prep" and child.lower_ == "of" for child in head.rights):
            phrase = doc[phrase.start: max(phrase.end, head.right_edge.i + 1)]
        return self._typed(phrase, head, party_type)

    def same_individual(self, phrase: Span, head: Token, modifiers: list[Token]) -> bool:
        """"said the teacher" after "a teacher said": the unnamed person the report introduced
        with that noun, not a new party (nor the teachers of a quote)."""
        lexicon = self.lexicon
        lemma = _head_lemma(head)
        if (head.tag_ != "NN" or [t.lower_ for t in modifiers] != ["the"]
                or lemma not in lexicon.unnamed_other_heads | lexicon.unnamed_person_heads):
            return False
        earlier = next((m for m in reversed(self.mentions) if m.key[0] == "unnamed" and m.key[2] == lemma
                        and m.start < phrase.start_char), None)
        if earlier is None:
            return False
        self.add(phrase, earlier.key, earlier.type, earlier.country_code, earlier.name, role=earlier.role)
        return True

    def _typed(self, phrase: Span, head: Token, party_type: str) -> bool:
        name = _clean_name(self.doc[phrase.start: head.i + 1])
        code = self.context.country_of(t for t in phrase if t.i != head.i)
        self.add(phrase, ("unnamed", phrase.start_char, _head_lemma(head)), party_type, code, name, role=name)
        return True

    def civilians(self, phrase: Span, code: str | None) -> None:
        """A mention of the report's civilians ("residents", "three villagers"), or of a country's."""
        name = _clean_name(phrase) if code else "civilians"
        code = code or self.context.report_country
        self.add(phrase, ("civilians", code, "civilians"), "civilians", code, name)

    def person(self, ent: Span) -> None:
        """A PERSON entity with its role from preceding titles or an apposition."""
        doc = self.doc
        lexicon = self.lexicon
        tokens = [t for t in ent if t.lower_ not in {"'s", "’s"}]
        if not tokens or any(t.i in self.context.match_at for t in tokens):
            return
        name_span = doc[tokens[0].i: tokens[-1].i + 1]
        while len(name_span) > 1 and name_span[0].lower_ in lexicon.person_titles:
            name_span = name_span[1:]
        if (not name_span.text[:1].isupper() or name_span.text in lexicon.non_names
                or name_span.text in self.context.ship_names
                or any(ch.isdigit() for ch in name_span.text) or name_span[0].text in lexicon.ship_prefixes
                or self.context.is_place(name_span)):
            return
        if name_span[0].lower_ == "near" or (name_span.start > 0 and doc[name_span.start - 1].lower_ in {
                "near", "in", "outside", "around", "at", "into", "from", "northeast", "northwest",
                "southeast", "southwest", "north", "south", "east", "west"}):
            return
        if (len(name_span) == 1 and self.family_title_before(name_span.start) is None
                and self.context.common_word(name_span[0]) and not self.known_full_name(name_span.text)):
            return
        if (len(name_span) == 1 and name_span.end < len(doc) and doc[name_span.end].text == "."
                and f"{name_span[0].lower_}." in lexicon.person_titles):
            # "Brig. Gen. Issoufou Kaka": a title the tokenizer cut from its full stop names the
            # person after it, not a person of its own.
            holder = self.titled_name_after(name_span.end)
            if holder is not None:
                self.add(name_span, ("person", holder), "person", None, holder)
            return
        if _described_as_organization(name_span.root, lexicon):
            name = _clean_name(name_span)
            code = self.context.country_of(name_span)
            self.add(name_span, ("org", name.lower()), "organization", code, name)
            return
        role: str | None = None
        code: str | None = None
        left = name_span.start
        while (left > 0 and doc[left - 1].dep_ in {"compound", "amod", "nmod", "punct"}
               and left <= doc[left - 1].head.i < name_span.end + 1 and not doc[left].is_sent_start
               and doc[left - 1].text not in {",", "(", ")", "."}):
            left -= 1
        prefix = [t for t in doc[left:name_span.start] if t.lower_ not in _DETERMINERS]
        international = False
        if prefix and _title_tokens(prefix, lexicon):
            role = doc[prefix[0].i: prefix[-1].i + 1].text
            code = self.context.country_of(prefix)
            international = self.context.speaks_for_international(prefix)
        root = name_span.root
        for child in root.rights:
            if child.dep_ == "appos" and child.pos_ in {"NOUN", "PROPN"}:
                subtree = doc[child.left_edge.i: child.right_edge.i + 1]
                cleaned = [t for t in subtree if not (t.i == subtree.start and t.lower_ in _DETERMINERS)]
                if cleaned and (child.lemma_.lower() in lexicon.title_heads or _title_tokens(cleaned, lexicon)):
                    role = doc[cleaned[0].i: cleaned[-1].i + 1].text
                    code = self.context.country_of(cleaned) or code
                    international = international or self.context.speaks_for_international(cleaned)
                    self.used.update(range(child.i, child.i + 1))
                break
        if root.dep_ == "appos" and role is None:
            holder = _title_holder(root.head, lexicon)
            if holder is not None:
                subtree = [t for t in doc[holder.left_edge.i: holder.i + 1] if t.lower_ not in _DETERMINERS]
                if subtree:
                    role = doc[subtree[0].i: subtree[-1].i + 1].text
                    code = self.context.country_of(subtree)
                    international = self.context.speaks_for_international(subtree)
        if (root.dep_ == "compound" and root.head.i == name_span.end and root.head.tag_ == "NN"
                and root.head.lower_ in lexicon.place_generic_nouns):
            return
        if len(name_span) == 1 and root.dep_ == "compound" and root.head.pos_ == "NOUN":
            # A name before a group noun describes the group ("Kuki militants", "the Assad regime").
            head_type = lexicon.noun_types.get(_head_lemma(root.head))
            if head_type == "government" or (
                    root.head.tag_ == "NNS" and head_type in {"armed_group", "civilians", "other"}):
                return
        if (name_span[0].lower_ == "the" and len(name_span) > 2
                and all(t.pos_ == "PROPN" for t in name_span[1:])):
            organization = name_span[1:]
            name = _clean_name(organization)
            self.add(organization, ("org", name.lower()), _org_type(organization, lexicon),
                     self.context.country_of(organization), name)
            return
        name = name_span.text
        honorific = self.family_title_before(name_span.start)
        if honorific is not None and len(name_span) == 1:
            self.joint_title(name_span, honorific)
            name = f"{honorific} {name}"
        elif len(name_span) == 1 and role is None and not self.known_full_name(name):
            if _looks_like_place(name_span[0]):
                return
            if _told_outlet(name_span[0]):
                self.add(name_span, ("org", name.lower()), "organization", None, name)
                return
        self.add(name_span, ("person", name), "person", code, name, role=role, international=international,
                 honorific=_family_title_key(honorific))

    def titled_name_after(self, index: int) -> str | None:
        """The name of the PERSON entity a few tokens after a title, without its own titles."""
        titles = self.lexicon.person_titles
        for ent in self.context.ents:
            if ent.label_ == "PERSON" and index < ent.start <= index + 4:
                words = [t for t in ent if t.lower_ not in titles and t.text != "."]
                return self.doc[words[0].i: words[-1].i + 1].text if words else None
        return None

    def family_title_before(self, index: int) -> str | None:
        """The family title written right before token ``index`` ("Mrs." of "Mrs. Bennet"), as
        written, or None."""
        doc = self.doc
        titles = self.lexicon.family_titles
        if index > 0 and doc[index - 1].lower_ in titles and doc[index - 1].is_title:
            return doc[index - 1].text
        if (index > 1 and doc[index - 1].text == "." and doc[index - 2].is_title
                and f"{doc[index - 2].lower_}." in titles):
            return f"{doc[index - 2].text}."
        return None

    def joint_title(self, name_span: Span, honorific: str) -> None:
        """"Mr. and Mrs. Bennet": the first title names a person of its own ("Mr. Bennet")."""
        doc = self.doc
        separate_dot = honorific.endswith(".") and doc[name_span.start - 1].text == "."
        title_start = name_span.start - (2 if separate_dot else 1)
        if title_start < 2 or doc[title_start - 1].lower_ != "and":
            return
        first = self.family_title_before(title_start - 1)
        if first is None or _family_title_key(first) == _family_title_key(honorific):
            return
        end = title_start - 1
        start = end - (2 if first.endswith(".") and doc[end - 1].text == "." else 1)
        name = f"{first} {name_span.text}"
        self.add(doc[start:end], ("person", name), "person", None, name, honorific=_family_title_key(first))

    def known_full_name(self, word: str) -> bool:
        """Whether the document names a person of several words that contains this word."""
        return any(word in ent.text.split() and len(ent) > 1
                   for ent in self.context.ents if ent.label_ == "PERSON")


def _collect(doc: Doc, lexicon: Lexicon, metonyms: list[dict] | None) -> tuple[list[Mention], str | None]:
    """The candidate mentions of a document, and the country the report is about."""
    context = _Context(doc, lexicon, metonyms)
    builder = _Builder(context)
    tokens, lemmas = context.tokens, context.lemmas
    for ent in context.ents:
        if ent.label_ not in {"PERSON", "ORG"} or context.headline_only(ent):
            continue
        titled = (ent[0].lower_ in lexicon.person_titles or _title_before(doc, ent.start, lexicon)
                   or _described_as_person(ent, lexicon) or _names_title_holder(ent, lexicon)
                   or _title_noun_before(ent, lexicon))
        if ent.label_ == "PERSON" and (_descriptor_before(ent, lexicon) is not None
                                       or _unit_named_as_person(ent, lexicon)):
            continue
        if ent.label_ == "PERSON" and (_names_a_groups_thing(ent) or (not titled and context.names_place(ent))):
            continue
        if ent.label_ == "PERSON" or (ent.label_ == "ORG" and 1 < len(ent) <= 4 and titled
                                      and all(t.is_title for t in ent[1:] if t.is_alpha)
                                      and not _unit_named_as_person(ent, lexicon)):
            builder.person(ent)
        elif ent.label_ == "ORG" and (name := _titled_name(ent, lexicon)) is not None:
            builder.person(name)
    for token in tokens:
        if token.dep_ == "appos" and token.tag_ == "NNP" and not token.ent_type_ and (
                name := _untagged_appositive_name(token, lexicon)) is not None:
            builder.person(name)
    surnames = {m.name.split()[-1]: m.name for m in builder.mentions if m.key[0] == "person" and " " in m.name}
    if surnames:
        folded = {surname.lower() for surname in surnames}
        for i, lower in enumerate(context.lowers):
            if lower in folded and (text := tokens[i].text) in surnames and i not in builder.used and (
                    tokens[i].pos_ == "PROPN") and not context.is_place(doc[i: i + 1]):
                title = builder.family_title_before(i)
                name = f"{title} {text}" if title else text
                builder.add(doc[i: i + 1], ("person", name), "person", None, name,
                            honorific=_family_title_key(title))
    if doc.has_annotation("DEP"):
        for chunk in doc.noun_chunks:
            chunk = _without_leading_verbs(chunk)
            if context.may_name_actor(chunk) and (readable := context.outside_headlines(chunk)) is not None:
                builder.phrase(readable)
    for i, lemma in enumerate(lemmas):
        if lemma not in lexicon.civilian_heads or i in builder.used:
            continue
        token = tokens[i]
        if token.pos_ == "NOUN" or (token.dep_ == "amod" and token.head.tag_ in {"NNS", "NNPS"} and (
                _head_lemma(token.head) in lexicon.noun_types or token.head.lower_.startswith("passer"))):
            builder.civilians(doc[token.i: token.i + 1], None)
    for label, span in context.matches:
        if any(i in builder.used for i in range(span.start, span.end)):
            continue
        if label[0] in "NS":
            builder.add_match(label, span)
        elif label[0] in "CK" and builder.toponym_is_actor(span):
            builder.add_match(label, span)
    if metonyms:
        for start, end, metonym in context.metonym_chars:
            span = doc.char_span(start, end, alignment_mode="expand")
            code = metonym.get("country_code")
            if span is None or not code:
                continue
            key, name = builder.state_key(code)
            if code not in lexicon.country_names:
                name = metonym.get("name") or name
            builder.add(span, key, "state", code, name)
    for ent in context.ents:
        unused = not any(i in builder.used for i in range(ent.start, ent.end))
        described = ent.label_ == "PERSON" and (_descriptor_before(ent, lexicon) is not None
                                                 or _unit_named_as_person(ent, lexicon))
        if unused and (ent.label_ == "ORG" or described):
            if not context.unknown_name(ent) or not context.org_ok(ent):
                continue
            name = _clean_name(ent)
            code = context.report_country
            if len(ent) == 1 and ent.root.dep_ == "compound" and ent.root.head.pos_ == "NOUN":
                continue
            if name.lower() in _NATIONAL_FORCES_WORDS and code:
                builder.add(ent, ("mil", code, ""), "military", code, _national_forces_name(code, lexicon))
                continue
            org_type, own_code = _entity_type(ent, context), context.country_of(ent)
            if org_type == "military" and own_code and _head_lemma(ent[-1]) in _NATIONAL_FORCE_HEADS:
                # "Afghan National Security Force operations": a country's forces named as a modifier.
                builder.add(ent, ("mil", own_code, ""), "military", own_code,
                            _national_forces_name(own_code, lexicon))
                continue
            builder.add(ent, ("org", name.lower()), org_type, own_code, name)
    _named_group_references(doc, context, builder)
    _acronym_references(doc, builder)
    for i, lower in enumerate(context.lowers):
        if lower in lexicon.person_pronouns and i not in builder.used and tokens[i].pos_ == "PRON":
            builder.add(doc[i: i + 1], ("pronoun",), "person", None, tokens[i].text, anaphor="pronoun")
    builder.mentions.sort(key=lambda m: m.start)
    return builder.mentions, context.report_country


_WRITTEN_ACRONYM = re.compile(r" \(([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*)\)")
_ACRONYM_KEYS = frozenset({"org", "named", "mil", "armed_group", "government", "organization", "military"})


def _acronym_references(doc: Doc, builder: _Builder) -> None:
    """The acronym a report writes after a name ("the Armed Peasant Association (ACA-EP)"), wherever
    the tagger left it untagged ("The ACA-EP claimed the ambush"): mentions of that name's actor,
    whatever language its letters come from (the grouper maps them through the learned acronym)."""
    text = doc_text(doc)
    for mention in list(builder.mentions):
        if mention.anaphor is not None or mention.key[0] not in _ACRONYM_KEYS:
            continue
        found = _WRITTEN_ACRONYM.match(text, mention.end)
        if found is None or not 2 <= len(found.group(1).replace("-", "")) <= 10:
            continue
        acronym = found.group(1)
        for occurrence in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
            span = doc.char_span(occurrence.start(), occurrence.end())
            if span is None:
                continue
            inside = [m for m in builder.mentions if span.start_char <= m.start and m.end <= span.end_char]
            if inside and len(span) > 1:
                # The tagger took a piece of the acronym for a name ("ACA" of "ACA-EP").
                for piece in inside:
                    builder.mentions.remove(piece)
                builder.used.difference_update(range(span.start, span.end))
            if any(i in builder.used for i in range(span.start, span.end)):
                continue
            builder.add(_with_article(doc, span), ("org", acronym), mention.type, mention.country_code, acronym)


def _named_group_references(doc: Doc, context: _Context, builder: _Builder) -> None:
    """A group the gazetteers do not know, named once with its kind ("the Los Halcones gang"), is
    the group its bare name refers to later ("claiming to speak for Los Halcones"), and the one its
    members come from ("Gunmen from the Los Halcones gang")."""
    named = {m.head: m for m in builder.mentions if m.type == "armed_group" and len(m.key) == 3
             and m.key[1] is None and " " in m.name and m.name.split()[0][:1].isupper()}
    if not named:
        return
    member_nouns = builder.lexicon.group_member_nouns
    for index, mention in enumerate(builder.mentions):
        if mention.type != "armed_group" or mention.key[-1] not in member_nouns or mention.head in named:
            continue
        group = next((named[obj.i] for prep in doc[mention.head].rights
                      if prep.dep_ == "prep" and prep.lower_ in {"from", "of"}
                      for obj in prep.children if obj.dep_ == "pobj" and obj.i in named), None)
        if group is not None:
            builder.mentions[index] = replace(mention, key=group.key, name=group.name,
                                              country_code=group.country_code)
    by_name = {m.name.rsplit(" ", 1)[0]: m for m in named.values()}
    for ent in context.ents:
        group = by_name.get(ent.text)
        if group is not None and ent.label_ in {"ORG", "GPE", "PERSON", "NORP", "LOC"}:
            builder.add(ent, group.key, group.type, group.country_code, group.name)


def _unit_named_as_person(ent: Span, lexicon: Lexicon) -> bool:
    """A unit the tagger read as a person because it is named after one ("the LNA's Tariq bin Ziyad
    Brigade", "the Imam Ali Battalion"): a capitalised sub-unit head ends the name."""
    last = ent[-1]
    return len(ent) > 1 and last.is_title and last.lower_ in lexicon.sub_unit_heads


def _names_a_groups_thing(ent: Span) -> bool:
    """A name premodifying something a group owns ("its Az-Zallaqa media arm", "their Amaq news
    agency"): the name of that thing, not a person."""
    root = ent.root
    return (ent.start > 0 and ent.doc[ent.start - 1].lower_ in {"its", "their"}
            and root.dep_ == "compound" and root.head.pos_ == "NOUN" and root.head.i >= ent.end)


def _described_as_person(ent: Span, lexicon: Lexicon) -> bool:
    """Whether an apposition describes the entity as a person ("Jean-Baptiste Kahindo, a civil
    society leader"), whatever label the tagger gave the name."""
    return any(child.dep_ == "appos" and child.pos_ == "NOUN" and (
        _head_lemma(child) in lexicon.title_heads or _head_lemma(child) in lexicon.unnamed_person_heads)
        for child in ent.root.rights)


def _untagged_appositive_name(token: Token, lexicon: Lexicon) -> Span | None:
    """A full name the tagger left unlabelled, set off by commas after a person's description ("a
    local church leader, Pastor Amos Wenda,"): the proper nouns ending at ``token``, or None."""
    head = token.head
    if head.pos_ != "NOUN" or not (_head_lemma(head) in lexicon.title_heads
                                   or _head_lemma(head) in lexicon.unnamed_person_heads):
        return None
    start = token.left_edge.i
    doc = token.doc
    if token.i - start < 1 or start == 0 or doc[start - 1].text != "," or not all(
            t.tag_ == "NNP" and t.is_title for t in doc[start: token.i + 1]):
        return None
    return doc[start: token.i + 1]


def _describing_only(words: list[Token], lexicon: Lexicon) -> bool:
    """Whether the words between "the" and a noun only describe it ("the separatist movement", "the
    armed group"): adjectives or armed-group words, no name, so the phrase still refers back."""
    return all((word.pos_ == "ADJ" and word.dep_ == "amod" and not word.ent_type_)
               or word.lower_ in lexicon.armed_modifiers for word in words)


def _duty_clause(head: Token) -> Token | None:
    """The participle right after a title that says what its holder does ("the officer commanding
    the patrol", "the general leading the offensive"), when it has an object; else None."""
    for child in head.rights:
        if (child.dep_ == "acl" and child.tag_ == "VBG" and child.i == head.i + 1
                and any(grand.dep_ == "dobj" for grand in child.rights)
                and child.right_edge.i - head.i <= 6):
            return child
    return None


def _title_holder(head: Token, lexicon: Lexicon) -> Token | None:
    """The title a name in apposition to ``head`` belongs to: ``head`` itself ("the army
    spokesman, Col. X,"), or the title a locating phrase hangs from ("the army spokesman in the
    province, Col. X,": the parser attaches the name to "province")."""
    if head.lemma_.lower() in lexicon.title_heads or _names_its_leader(head):
        return head
    if head.dep_ == "pobj" and head.head.dep_ == "prep" and head.head.lower_ in {"in", "for", "of", "at"}:
        holder = head.head.head
        if holder.pos_ == "NOUN" and holder.lemma_.lower() in lexicon.title_heads:
            return holder
    return None


def _names_its_leader(head: Token) -> bool:
    """Whether a group's leader is named in apposition ("the gang's leader, Luckson Elan,"): then
    "leader" is the person's title, not a mention of the group or of a government."""
    return (head.lemma_.lower() in {"leader", "chief"} and head.tag_ == "NN"
            and any(child.dep_ == "poss" for child in head.children)
            and any(child.dep_ == "appos" and child.ent_type_ == "PERSON" for child in head.children))


def _subject_named_before(head: Token) -> Token | None:
    """The name a second subject of the same verb follows with a comma ("The National Unity
    Government (NUG), the shadow administration …, condemned": the parser made the description a
    subject beside the name instead of its apposition)."""
    if head.dep_ != "nsubj":
        return None
    return next((child for child in head.head.children if child.dep_ == "nsubj" and child.i < head.i
                 and child.pos_ == "PROPN" and child.right_edge.i + 2 >= head.left_edge.i), None)


def _unresolved_description(actor: Actor, lexicon: Lexicon) -> bool:
    """Whether an actor is only a description no named party took ("The enemy is using civilians
    as shields"): no antecedent for a later "the rebels"."""
    return actor.key[1] is None and actor.key[-1] in lexicon.keep_unresolved_anaphors


def _names_title_holder(ent: Span, lexicon: Lexicon) -> bool:
    """Whether the entity stands in apposition to a title ("A rebel spokeswoman, Nadia Korvel,"):
    it names the holder, a person, whatever label the tagger gave it."""
    return ent.root.dep_ == "appos" and _head_lemma(ent.root.head) in lexicon.title_heads


def _title_noun_before(ent: Span, lexicon: Lexicon) -> bool:
    """Whether a lowercase title noun modifies the name right before it ("army spokesman Sylvain
    Ekenge", tagged ORG): the name is the title holder's."""
    if ent.start == 0:
        return False
    title = ent.doc[ent.start - 1]
    return (title.is_lower and title.lemma_.lower() in lexicon.title_heads
            and title.dep_ == "compound" and ent.start <= title.head.i < ent.end)


def _title_before(doc: Doc, index: int, lexicon: Lexicon) -> bool:
    """Whether a capitalized title ("Gen.", "Col .", "Minister") stands right before token ``index``."""
    if index > 0 and doc[index - 1].lower_ in lexicon.person_titles and doc[index - 1].is_title:
        return True
    return (index > 1 and doc[index - 1].text == "." and doc[index - 2].is_title
            and f"{doc[index - 2].lower_}." in lexicon.person_titles)


def _titled_name(ent: Span, lexicon: Lexicon) -> Span | None:
    """The name after the last person title inside an ORG entity ("Army spokesman Col. Jean Bosco")."""
    titles = [t.i for t in ent if t.lower_ in lexicon.person_titles]
    if not titles or titles[-1] == ent.end - 1:
        return None
    name = ent.doc[titles[-1] + 1: ent.end]
    if (len(name) > 3 or not all(t.is_title and t.is_alpha for t in name)
            or _unit_named_as_person(ent, lexicon)):
        return None
    return name


_FAMILY_TITLE_KEYS = {
    "mister": "mr", "monsieur": "mr", "m": "mr", "missus": "mrs", "madame": "mrs", "mme": "mrs",
}


def _family_title_key(title: str | None) -> str | None:
    """A family title in one spelling ("Mrs." and "Mrs" → "mrs", "Mister" → "mr")."""
    if title is None:
        return None
    word = title.lower().rstrip(".")
    return _FAMILY_TITLE_KEYS.get(word, word)


def _person_words(name: str, lexicon: Lexicon) -> list[str]:
    """A person's name without a leading family title."""
    words = name.split()
    return words[1:] if len(words) > 1 and words[0].lower() in lexicon.family_titles else words


_QUOTED = re.compile(r'“[^”\n]*”|"[^"\n]*"')
_PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}


@dataclass(frozen=True)
class _GenderCues:
    """Words that tell a person's gender: titles before a name or in a role, given names."""

    titles: dict[str, str]
    names: dict[str, str]


@cache
def _gender_cues() -> _GenderCues:
    data = json.loads(_resource("genders.json"))
    return _GenderCues(*(
        {word: gender[0] for gender in ("male", "female") for word in data[f"{gender}_{kind}"]}
        for kind in ("titles", "names")))


def _gender(actor: Actor) -> str | None:
    """"m" or "f" when the actor's title, family title or given name tells it and nothing
    contradicts it, else None (an unnamed "wife" stays open: descriptions are resolved by quotes)."""
    cues = _gender_cues()
    found: set[str] = set()
    if actor.honorific and (gender := cues.titles.get(actor.honorific)):
        found.add(gender)
    if actor.key[0] != "unnamed":
        for words in {tuple(m.name.lower().split()[:2]) for m in actor.mentions if m.anaphor is None}:
            for word in words:
                gender = cues.titles.get(word) or cues.names.get(word)
                if gender:
                    found.add(gender)
                    break
    if actor.role:
        role_words = actor.role.lower().split()
        if gender := cues.titles.get(role_words[-1]) or cues.titles.get(role_words[0]):
            found.add(gender)
    return found.pop() if len(found) == 1 else None


def _families(mentions: list[Mention], lexicon: Lexicon) -> set[str]:
    """Surnames the text gives to several people: written with two family titles ("Mr. Hilbery",
    "Mrs. Hilbery") or two given names ("Jane Bennet", "Elizabeth Bennet")."""
    titles: dict[str, set[str]] = {}
    given: dict[str, set[tuple[str, ...]]] = {}
    for mention in mentions:
        if mention.key[0] != "person":
            continue
        words = _person_words(mention.name, lexicon)
        if mention.honorific and len(words) == 1:
            titles.setdefault(words[-1], set()).add(mention.honorific)
        elif len(words) > 1:
            given.setdefault(words[-1], set()).add(tuple(words[:-1]))
    return {name for name, found in titles.items() if len(found) > 1} | {
        name for name, found in given.items() if len(found) > 1}


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w[0].isupper())


def _descriptor_before(ent: Span, lexicon: Lexicon) -> Token | None:
    """The definite descriptor a name stands in apposition to ("the Baluch rights group Haalvsh",
    "the rebel group X"): the name is the party's own name; None when there is none."""
    if ent.start == 0:
        return None
    descriptor = ent.doc[ent.start - 1]
    if ent.root.head.i != descriptor.i or ent.root.dep_ not in {"appos", "compound", "npadvmod"}:
        return None
    lemma = descriptor.lemma_.lower()
    if (lemma not in lexicon.anaphor_types and lemma not in lexicon.outlet_descriptors) or descriptor.tag_ != "NN":
        return None
    return descriptor if any(t.lower_ == "the" for t in descriptor.lefts) else None


def _entity_type(ent: Span, context: _Context) -> str:
    """The party type of an unknown name: by its own words ("... Liberation Army"), else an armed
    group when a descriptor before it or an apposition after it says so ("the rebel group X", "X, a
    faction of Boko Haram"), else an organization."""
    lexicon = context.lexicon
    org_type = _org_type(ent, lexicon)
    if org_type != "organization":
        return org_type
    descriptor = _descriptor_before(ent, lexicon)
    if descriptor is not None and (
            {t.lower_ for t in descriptor.lefts} & lexicon.armed_modifiers
            or lexicon.anaphor_types.get(descriptor.lemma_.lower()) == {"armed_group"}):
        return "armed_group"
    return "armed_group" if _relation_of_armed_group(ent, context) else org_type


def _relation_of_armed_group(ent: Span, context: _Context) -> bool:
    """Whether an apposition makes a name part of a known armed group ("the Militarized Communist
    Party of Peru, a remnant of the Shining Path", "X, a splinter faction of ISIS"): an armed group."""
    lexicon = context.lexicon
    for relation in ent.root.children:
        if relation.dep_ != "appos" or relation.lemma_.lower() not in lexicon.describing_relation_heads:
            continue
        for preposition in relation.children:
            if preposition.dep_ != "prep" or preposition.lower_ != "of":
                continue
            for owner in preposition.children:
                found = context.match_at.get(owner.i)
                if found is not None and found[0][0] == "N" and (
                        lexicon.named[int(found[0][1:])].type == "armed_group"):
                    return True
    return False


def _carrier(token: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase names the outlet that carried a statement ("In a statement carried by the
    Sahrawi Press Service, the movement said"): a channel, not what "the movement" refers to."""
    agent = token.head
    return (token.dep_ == "pobj" and agent.dep_ == "agent" and agent.head.tag_ == "VBN"
            and agent.head.lemma_.lower() in lexicon.carrier_participles)


def _outlet_position(token: Token) -> bool:
    """Whether a phrase names the news outlet a report is told to or filed by ("he told The
    Associated Press", "BEIRUT (AP) —"): the reporter's channel, never what "the group" refers to."""
    doc = token.doc
    in_dateline = (token.idx < _DATELINE_CHARS and token.i > 0 and token.i + 1 < len(doc)
                   and doc[token.i - 1].text == "(" and doc[token.i + 1].text == ")")
    return _told_outlet(token) or in_dateline


def _describes_another(token: Token, lexicon: Lexicon) -> bool:
    """Whether a group is named only to describe another one ("the Militarized Communist Party of
    Peru, a remnant of the Shining Path"): background, not what a later "the militants" refers to."""
    relation = token
    if token.dep_ == "pobj" and token.head.lower_ == "of":
        relation = token.head.head
    return relation.dep_ == "appos" and relation.lemma_.lower() in lexicon.describing_relation_heads


def _claims_an_attack(token: Token, lexicon: Lexicon) -> bool:
    """Whether a phrase is the subject of "claimed the attack" / "claimed responsibility": only an
    armed group claims an attack, never the monitor or agency that reported it."""
    verb = token.head
    if token.dep_ != "nsubj" or verb.lemma_.lower() != "claim":
        return False
    return any(child.dep_ == "dobj" and child.lemma_.lower() in lexicon.responsibility_objects
               for child in verb.children)


class _Grouper:
    """Assigns mentions to actors in text order."""

    def __init__(self, doc: Doc, mentions: list[Mention], report_country: str | None = None) -> None:
        self.doc = doc
        self.mentions = mentions
        self.report_country = report_country
        self.actors: list[Actor] = []
        self.by_key: dict[tuple, Actor] = {}
        self.acronyms: dict[str, Actor] = {}
        self.history: list[tuple[Mention, Actor]] = []
        self.families = _families(mentions, load_lexicon())
        self.sentence_starts: list[int] | None = None
        self.genders: dict[int, tuple[int, str | None]] = {}
        self.learned: dict[int, str] = {}
        self.quote_bounds: list[int] | None = None
        self.places: frozenset[str] | None = None

    def actor_for(self, mention: Mention) -> Actor:
        actor = self.by_key.get(mention.key)
        if actor is None:
            actor = Actor(mention.key, mention.name, mention.type, mention.country_code)
            self.actors.append(actor)
            self.by_key[mention.key] = actor
        return actor

    def attach(self, mention: Mention, actor: Actor) -> None:
        if (mention.key[0] == "government" and mention.anaphor is None
                and mention.name.lower().endswith("office") and not actor.name.lower().endswith("office")):
            actor.name = mention.name
        actor.mentions.append(mention)
        actor.international = actor.international or (mention.international and mention.anaphor != "pronoun")
        if mention.role and not actor.role:
            actor.role = mention.role
        if actor.country_code is None and mention.country_code and mention.anaphor is None:
            actor.country_code = mention.country_code
        self.history.append((mention, actor))

    def person(self, mention: Mention) -> Actor:
        """The person a name refers to: the latest one whose name it shares or contains. A family
        title tells people of one surname apart: "Mr. Bennet" is not "Mrs. Bennet"; in a family (a
        surname with two titles or two given names) "Mrs. Hilbery" is not "Katharine Hilbery",
        while a lone "Mr. Trump" is "Donald Trump"."""
        lexicon = load_lexicon()
        words = _person_words(mention.name, lexicon)
        title = mention.honorific
        for actor in reversed(self.actors):
            if actor.type != "person" or actor.key[0] != "person":
                continue
            known = _person_words(actor.name, lexicon)
            if not (words == known or (len(words) == 1 and words[0] in known) or (
                    len(known) == 1 and known[0] in words)):
                continue
            if title and actor.honorific and title != actor.honorific:
                continue
            if title and self.title_clashes(title, actor):
                self.families.add(words[-1])
                continue
            if words[-1] in self.families and (
                    (title and not actor.honorific and len(words) == 1 and len(known) > 1)
                    or (actor.honorific and not title and len(known) == 1 and (
                        len(words) > 1 or _gender_cues().titles.get(actor.honorific) == "f"))):
                continue
            name = mention.name if title or not actor.honorific else " ".join(words)
            if len(words) > len(known) and self.by_key.get(("person", name), actor) is actor:
                del self.by_key[actor.key]
                actor.name = name
                actor.key = ("person", name)
                self.by_key[actor.key] = actor
            elif title and not actor.honorific and len(known) == 1:
                del self.by_key[actor.key]
                actor.name = mention.name
                actor.key = ("person", mention.name)
                self.by_key[actor.key] = actor
            actor.honorific = actor.honorific or title
            if actor.country_code is None:
                actor.country_code = mention.country_code
            return actor
        actor = self.actor_for(mention)
        actor.honorific = actor.honorific or title
        return actor

    def title(self, mention: Mention) -> Actor:
        title = mention.name.lower()
        bare = " ".join(w for w in title.split() if w not in load_lexicon().demonyms)
        for actor in reversed(self.actors):
            if actor.type == "person" and actor.role and bare and bare in actor.role.lower():
                return actor
        for later in self.mentions:
            if later.start > mention.start and later.key[0] == "person" and later.role and bare and bare in later.role.lower():
                return self.person(later)
        text = doc_text(self.doc)
        named = next((later for later in self.mentions
                      if later.start > mention.start and later.key[0] == "person"
                      and text[mention.end:later.start] == ", "
                      and text[later.end:later.end + 1] == ","), None)
        if named is not None:
            # "the men's lawyer, Nenad Petrović,": the name in apposition is the title holder.
            return self.person(named)
        return self.actor_for(mention)

    def anaphor(self, mention: Mention) -> Actor:
        """A definite description ("the group") refers to the latest compatible actor."""
        word = mention.key[1]
        lexicon = load_lexicon()
        types = lexicon.anaphor_types.get(word, frozenset({mention.type}))
        own_types = types | {mention.type}
        history = list(reversed(self.history[-40:]))
        if _claims_an_attack(self.doc[mention.head], lexicon) and "armed_group" in types:
            # The group that claims an attack is the one that carried it out: a subject first.
            types = own_types = frozenset({"armed_group"})
            history.sort(key=lambda pair: self.doc[pair[0].head].dep_ not in _SUBJECT_DEPS)
        candidates = [(earlier, actor) for earlier, actor in history
                      if actor.type != "person" and actor.key[0] != "unnamed"
                      and not all(m.counted for m in actor.mentions)
                      and not _carrier(self.doc[earlier.head], lexicon)
                      and not _outlet_position(self.doc[earlier.head])]
        recent = [actor for _, actor in candidates]
        foreground = [actor for earlier, actor in candidates
                      if not _describes_another(self.doc[earlier.head], lexicon)]
        state_word = word in lexicon.state_heads
        code_known = self.report_country is not None
        described = _describing_match(mention, recent, own_types)
        if described is not None:
            return described
        if word in lexicon.sub_unit_heads:
            # "The command" after "the NPA's Apolinario Gatmaitan Command": the unit last named so.
            for earlier, actor in candidates:
                head = self.doc[earlier.head]
                if earlier.anaphor is None and head.is_title and _head_lemma(head) == word and (
                        actor.type in _DESCRIBED_TYPES or actor.type in own_types):
                    return actor
        written = self.written_with_head(candidates, word, own_types)
        if written is not None:
            return written
        for actor in recent:
            if state_word and actor.type == "government" and not (
                    actor.key[0] == "named" and word in actor.name.lower()):
                continue
            if word in actor.name.lower() and actor.type in own_types:
                return actor
            if word in _NATIONAL_FORCES_WORDS and actor.key[0] == "mil" and actor.key[1] and actor.key[2] == "":
                return actor
        for actor in foreground:
            if state_word and actor.type == "government":
                continue
            if word in _NATIONAL_FORCES_WORDS and (actor.key[0] == "mil" or code_known):
                continue
            if actor.type in types and actor.key[0] not in {"anaphor", mention.type}:
                return actor
        code = self.report_country
        if word in lexicon.report_state_heads and code:
            return self.actor_for(Mention(mention.start, mention.end, ("state", code), "state", code,
                                          lexicon.country_names.get(code, code), mention.head))
        if word in _NATIONAL_FORCES_WORDS and code:
            return self.actor_for(Mention(mention.start, mention.end, ("mil", code, ""), "military", code,
                                          _national_forces_name(code, lexicon), mention.head))
        return self.actor_for(Mention(mention.start, mention.end, (mention.type, None, word),
                                      mention.type, None, mention.name, mention.head))

    def written_with_head(self, candidates: list[tuple[Mention, Actor]], word: str,
                          types: frozenset[str]) -> Actor | None:
        """"The army said" after "The Lebanese army said … Syrian forces … its forces": the latest
        actor the report itself called by that head noun, before one whose name merely contains it
        (the Syrian Arab Army, written only as "forces")."""
        if word not in _NATIONAL_FORCES_WORDS:
            return None
        for earlier, actor in candidates:
            if (earlier.anaphor is None and actor.type in types
                    and _head_lemma(self.doc[earlier.head]) == word):
                return actor
        return None

    def definite_group(self, mention: Mention) -> tuple[Mention, Actor]:
        """"the attackers", "these criminals": the group already called by that noun, else the armed
        group mentioned last ("Boko Haram fighters stormed the base … The attackers fled"), else a
        group of its own."""
        actor = self.by_key.get(mention.key)
        if actor is not None:
            return replace(mention, anaphor=None), actor
        lexicon = load_lexicon()
        latest = next(((m, a) for m, a in reversed(self.history) if a.type == "armed_group"
                       and a.key[0] != "unnamed" and m.anaphor != "pronoun"
                       and not _unresolved_description(a, lexicon)
                       and not _describes_another(self.doc[m.head], lexicon)), None)
        if latest is not None and self.sentences_apart(latest[0].head, mention.head) <= _MAX_ANAPHOR_SENTENCES:
            return mention, latest[1]
        plain = replace(mention, anaphor=None)
        return plain, self.actor_for(plain)

    def sentences_apart(self, earlier: int, later: int) -> int:
        """How many sentence starts lie between token ``earlier`` and token ``later``."""
        if self.sentence_starts is None:
            self.sentence_starts = [sentence.start for sentence in self.doc.sents]
        return bisect_right(self.sentence_starts, later) - bisect_right(self.sentence_starts, earlier)

    def possessive(self, mention: Mention) -> Actor | None:
        """"its troops", "their fighters": the forces of an actor named earlier in the sentence, its
        subject first ("Pakistan accused Kabul of sheltering militants who attack its forces"); "its"
        does not refer to a plural noun. A state's or government's troops ("the government insisted
        its troops held the base") are that country's armed forces, attached here (None is returned)."""
        doc = self.doc
        sentence = doc[mention.head].sent
        singular = doc_text(doc)[mention.start:mention.end].split()[0].lower() == "its"
        candidates = [(earlier, actor) for earlier, actor in self.history
                      if sentence.start_char <= earlier.start < mention.start
                      and actor.type not in {"person", "civilians", "other"}
                      and not (singular and doc[earlier.head].tag_ == "NNS")]
        subjects = [pair for pair in candidates if doc[pair[0].head].dep_ in _SUBJECT_DEPS]
        chosen = subjects or candidates
        if not chosen:
            return None
        owner = chosen[-1][1]
        code = owner.country_code
        if mention.type == "military" and owner.type in _ACTING_STATE_TYPES and code:
            text = doc_text(doc)
            pronoun_end = mention.start + len(text[mention.start:mention.end].split()[0])
            rest = len(text) - len(text[pronoun_end:].lstrip())
            self.attach(Mention(mention.start, pronoun_end, ("possessive",), owner.type, code, owner.name,
                                mention.head, anaphor="pronoun"), owner)
            forces = Mention(rest, mention.end, ("mil", code, ""), "military", code,
                             _national_forces_name(code, load_lexicon()), mention.head)
            self.attach(forces, self.actor_for(forces))
            return None
        return owner

    def gender(self, actor: Actor) -> str | None:
        """The actor's gender (see :func:`_gender`), recomputed only when it gained mentions."""
        known = self.genders.get(id(actor))
        if known is None or known[0] != len(actor.mentions):
            known = (len(actor.mentions), _gender(actor) or self.learned.get(id(actor)))
            self.genders[id(actor)] = known
        return known[1]

    def place_names(self) -> frozenset[str]:
        """Texts the places component reads as places: a "person" of that name ("stopped at Chichester
        … the Chichester ladies") is a town, never what "he"/"she" refers to."""
        if self.places is None:
            places = self.doc._.get("conflictcli_places") if Doc.has_extension("conflictcli_places") else None
            self.places = frozenset(m["text"] for place in places or [] for m in place.get("mentions") or [])
        return self.places

    def quoted(self, char: int) -> bool:
        """Whether ``char`` lies inside a double-quoted stretch of one paragraph: the persons named
        there are not the ones the narration's "he"/"she" refers to."""
        if self.quote_bounds is None:
            self.quote_bounds = [bound for match in _QUOTED.finditer(doc_text(self.doc)) for bound in match.span()]
        return bisect_right(self.quote_bounds, char) % 2 == 1

    def vocative(self, mention: Mention) -> bool:
        """Whether a quoted name addresses someone ("my dear Rose," / ", Ann!"): the person spoken to
        may answer as "she"."""
        text = doc_text(self.doc)
        before = text[max(0, mention.start - 8):mention.start].rstrip()
        after = text[mention.end:mention.end + 2].lstrip()
        return after[:1] in {",", "!", "?", ".", "”", '"'} and (
            before[-1:] in {",", "“", '"'} or before.lower().endswith("dear"))

    def title_clashes(self, title: str, actor: Actor) -> bool:
        """Whether a family title ("Mrs.") names the other gender than ``actor``'s: "Mrs. Archer" is
        not the "Newland Archer" the text has called "he"."""
        wanted = _gender_cues().titles.get(title)
        if wanted is None:
            return False
        known = self.gender(actor)
        if known is not None:
            return known != wanted
        text = doc_text(self.doc)
        called = {_PRONOUN_GENDERS.get(text[m.start:m.end].lower()) for m in actor.mentions if m.anaphor == "pronoun"}
        called.discard(None)
        return bool(called) and wanted not in called

    def pronoun(self, mention: Mention) -> Actor | None:
        """The person a "he"/"she" refers to: among the persons of the latest sentence that names
        one of its gender (or of none known), within three sentences, the last subject, else the
        last one named."""
        doc = self.doc
        sentence_start = sentence_starts(doc)
        sentence_of = sentence_start[mention.head]
        gender = _PRONOUN_GENDERS.get(doc_text(doc)[mention.start:mention.end].lower())
        candidates = [(m, a) for m, a in self.history if (a.type == "person" or a.key[0] == "unnamed")
                      and m.anaphor != "pronoun" and m.start < mention.start]
        if gender is not None:
            candidates = [(m, a) for m, a in candidates if self.gender(a) in {gender, None}]
        if candidates and (places := self.place_names()):
            candidates = [(m, a) for m, a in candidates if a.name not in places]
        if candidates and not self.quoted(mention.start):
            candidates = [(m, a) for m, a in candidates if not self.quoted(m.start) or self.vocative(m)]
        if not candidates:
            return None
        latest_sentences: list[int] = []
        for m, _ in reversed(candidates):
            start = sentence_start[m.head]
            if start not in latest_sentences:
                latest_sentences.append(start)
        latest_sentences = [s for s in latest_sentences if s <= sentence_of][:_MAX_ANAPHOR_SENTENCES]
        for start in latest_sentences:
            in_sentence = [(m, a) for m, a in candidates if sentence_start[m.head] == start]
            subjects = [(m, a) for m, a in in_sentence if doc[m.head].dep_ in _SUBJECT_DEPS]
            chosen = subjects[-1] if subjects else in_sentence[-1]
            if gender is not None and start == sentence_of and len({id(a) for _, a in in_sentence}) == 1:
                self.learned.setdefault(id(chosen[1]), gender)
            return chosen[1]
        return None

    def run(self) -> list[Actor]:
        for index, mention in enumerate(self.mentions):
            kind = mention.key[0]
            if kind in {"pronoun", "possessive"}:
                actor = self.pronoun(mention) if kind == "pronoun" else self.possessive(mention)
                if actor is not None:
                    self.attach(mention, actor)
                continue
            if mention.anaphor == "definite_group":
                self.attach(*self.definite_group(mention))
                continue
            if kind == "org" and mention.name in self.acronyms:
                self.attach(mention, self.acronyms[mention.name])
                continue
            expanded = self.expanded_acronym(mention)
            if expanded is not None:
                code = expanded.country_code
                self.attach(mention, expanded)
                expanded.country_code = code
                continue
            if kind == "person":
                actor = self.person(mention)
            elif kind == "title":
                actor = self.role_holder(mention) or self.introduced_title(mention, self.title(mention))
                if not actor.mentions:
                    actor = self.speaking_body(mention, actor)
            elif kind == "anaphor":
                actor = self.anaphor(mention)
            else:
                actor = self.actor_for(mention)
            self.attach(mention, actor)
            self.learn_acronym(mention, actor, index)
        self.name_described_speakers()
        self.fold_sub_units()
        self.headline_speaker()
        self.type_by_description()
        return self.actors

    def absorb(self, keeper: Actor, gone: Actor) -> None:
        """Make every mention of ``gone`` a mention of ``keeper`` and drop ``gone``: they are one actor."""
        keeper.mentions.extend(gone.mentions)
        keeper.mentions.sort(key=lambda m: m.start)
        self.actors.remove(gone)
        self.by_key.pop(gone.key, None)
        self.history = [(m, keeper if a is gone else a) for m, a in self.history]

    def speaker_actor(self, tokens: Span) -> Actor | None:
        """The actor of the first subject of a reporting verb among ``tokens``."""
        for token in tokens:
            if token.pos_ == "VERB" and token.lemma_.lower() in _SPEECH_LEMMAS:
                for child in token.children:
                    if child.dep_ in _SUBJECT_DEPS and child.i >= tokens.start:
                        return self.actor_at(child.idx, -1)
        return None

    def headline_speaker(self) -> None:
        """ "…, Kurdish authorities say" in a headline is the source the lead then names ("…, the
        Kurdistan Regional Government said"): wire copy's headline sums up its lead, so an unnamed
        body of the same type that speaks only in the headline is the lead's named speaker."""
        text = doc_text(self.doc)
        line_end = text.find("\n")
        if not 0 < line_end <= _HEADLINE_MAX_CHARS or text[:line_end].rstrip().endswith("."):
            return
        headline = self.doc.char_span(0, line_end, alignment_mode="contract")
        body_start = next((i for i, t in enumerate(self.doc) if t.idx >= line_end and not t.is_space), None)
        if headline is None or body_start is None:
            return
        unnamed = self.speaker_actor(headline)
        if (unnamed is None or unnamed.key[0] in {"named", "org", "person", "state", "title"}
                or any(m.start >= line_end for m in unnamed.mentions)):
            return
        named = self.speaker_actor(self.doc[body_start:])
        if (named is None or named is unnamed or named.type != unnamed.type
                or named.key[0] not in {"named", "org", "mil"}
                or unnamed.country_code not in {None, named.country_code}):
            return
        self.absorb(named, unnamed)

    def type_by_description(self) -> None:
        """A name the data files do not know, later called "the armed group" or "the rebel group", is an
        armed group, not an organization."""
        armed = load_lexicon().armed_modifiers
        text = doc_text(self.doc)
        for actor in self.actors:
            if actor.type != "organization" or actor.key[0] != "org":
                continue
            if any(m.anaphor is not None and m.type == "armed_group"
                   and set(text[m.start:m.end].lower().split()) & armed for m in actor.mentions):
                actor.type = "armed_group"

    def fold_sub_units(self) -> None:
        """Sub-units are mentions of their group: "The ELN's Eastern War Front" → the ELN, "the NPA's
        Apolinario Gatmaitan Command" → the NPA (the owner the possessive names); "The 18th Brigade",
        an ordinal unit with no owner → the report's army when the report names one; parts and wings
        the data files do not know → the group they belong to (:meth:`parent_of`)."""
        heads = load_lexicon().sub_unit_heads
        text = doc_text(self.doc)
        for unit in list(self.actors):
            written = [text[m.start:m.end] for m in unit.mentions if m.anaphor is None]
            if not written or unit.key[0] in {"person", "state", "pronoun", "possessive"}:
                continue
            first = written[0]
            words = re.findall(r"[\w'’-]+", first.lower())
            owner: Actor | None = self.parent_of(unit) if unit.key[0] != "named" else None
            if owner is None and (not words or words[-1] not in heads):
                continue
            possessive = re.match(r"(?:the\s+)?(.+?)['’]s?\s", first, re.IGNORECASE)
            if owner is None and possessive:
                owner = self.actor_named(possessive.group(1), unit)
                if owner is None and _strip_article(possessive.group(1)).lower() in _NATIONAL_FORCES_WORDS:
                    # "The army's 7th Division" after "The Nigerian army said": the report's army.
                    owner = self.report_army(unit)
            elif owner is None and unit.type == "military" and re.match(
                    r"(?:the\s+)?\d+(?:st|nd|rd|th)\b", first, re.I):
                owner = self.report_army(unit)
            if owner is None:
                continue
            self.absorb(owner, unit)

    def parent_of(self, unit: Actor) -> Actor | None:
        """The group a unit the data files do not know is a part of, by how its first mention says
        so: "A faction of the movement" (an unnamed part, ``part_heads``) or "The People's Defense
        Forces, the PKK's armed wing" (a name described as the wing of another group,
        ``wing_heads``): that group, when it is an actor of its own (samples/README.md, Parties)."""
        lexicon = load_lexicon()
        mention = next((m for m in unit.mentions if m.anaphor is None), None)
        if mention is None or unit.type not in {"armed_group", "military", "organization"}:
            return None
        head = self.doc[mention.head]
        if _head_lemma(head) in lexicon.part_heads and not head.ent_type_:
            parts = [head]
        else:
            parts = [child for child in head.rights if child.dep_ == "appos" and not child.ent_type_
                     and _head_lemma(child) in lexicon.wing_heads]
        for part in parts:
            owners = [grand for child in part.children if child.dep_ == "prep" and child.lower_ == "of"
                      for grand in child.children if grand.dep_ == "pobj"]
            owners += [child for child in part.children if child.dep_ == "poss" and child.pos_ != "PRON"]
            for token in owners:
                owner = self.actor_at(token.idx, part.idx)
                if owner is not None and owner is not unit and owner.type in {"armed_group", "military", "organization"}:
                    return owner
        return None

    def actor_at(self, char: int, part: int) -> Actor | None:
        """The actor of the mention that covers a character offset, if any, when it is also
        mentioned away from the part's head (not only by "the youth wing of the ruling party")."""
        for mention, actor in self.history:
            if mention.start <= char < mention.end and actor in self.actors:
                return actor if any(not m.start <= part < m.end for m in actor.mentions) else None
        return None

    def actor_named(self, name: str, unit: Actor) -> Actor | None:
        """The actor a possessive names ("ELN" in "The ELN's …"), by a written mention or acronym."""
        text = doc_text(self.doc)
        if name in self.acronyms and self.acronyms[name] is not unit:
            return self.acronyms[name]
        wanted = _strip_article(name).lower()
        for actor in self.actors:
            if actor is unit or actor.key[0] in {"pronoun", "possessive"}:
                continue
            if actor.name.lower() == wanted or any(
                    _strip_article(text[m.start:m.end]).lower() == wanted for m in actor.mentions):
                return actor
        return None

    def report_army(self, unit: Actor) -> Actor | None:
        """The report country's military actor, when exactly one other is named."""
        armies = [actor for actor in self.actors
                  if actor is not unit and actor.type == "military"
                  and actor.country_code == self.report_country and actor.key[0] in {"named", "mil"}
                  and any(word in actor.name.lower() for word in ("army", "armed forces", "military"))]
        return armies[0] if len(armies) == 1 else None

    def name_described_speakers(self) -> None:
        """"…, a separatist alliance said. [¶] The Azawad Liberation Front (FLA) … said …": a speaker
        given only by description, named as the speaker of the very next sentence, is that named
        actor ("the military's media wing said" → Inter Services Public Relations). Only a
        description with no other mention, and a name the report had not used before."""
        doc = self.doc
        for described in list(self.actors):
            if (len(described.mentions) != 1 or described.key[0] in _NAMED_KINDS | {"unnamed"}
                    or described.type not in _DESCRIBED_TYPES):
                continue
            mention = described.mentions[0]
            head = doc[mention.head]
            written = doc_text(doc)[mention.start:mention.end]
            if not _reports_speech(head) or not re.match(r"(?:an?|the \w+['’]s)\s", written, re.IGNORECASE):
                continue
            sentence = head.sent
            if sentence.end >= len(doc):
                continue
            following = doc[sentence.end].sent
            for named in self.actors:
                if named is described or named.key[0] not in ("org", "named"):
                    continue
                first = min(named.mentions, key=lambda m: m.start)
                if first.start < following.start_char:
                    continue
                if first.start - following.start_char > 4 or not _reports_speech(doc[first.head]):
                    continue
                self.absorb(named, described)
                break

    def role_holder(self, mention: Mention) -> Actor | None:
        """"Lt. Col. Ramon Villanueva, spokesman for the army's 3rd Infantry Division, … the division
        spokesman": a definite title all of whose words are in the role a named person was given
        before is that person, when exactly one person holds such a role."""
        words = set(re.findall(r"[a-z]+", mention.name.lower())) - {"the"}
        if len(words) < 2 or not doc_text(self.doc)[mention.start:mention.end].lower().startswith("the "):
            return None
        holders = [actor for actor in self.actors
                   if actor.key[0] == "person" and actor.role and actor.mentions
                   and actor.mentions[0].start < mention.start
                   and words <= set(re.findall(r"[a-z]+", actor.role.lower()))]
        return holders[0] if len(holders) == 1 else None

    def speaking_body(self, mention: Mention, actor: Actor) -> Actor:
        """"The ministry said … The spokesman added": a bare definite spokesperson no one was
        introduced as speaks for the body that spoke last, within three sentences (the body, not an
        actor of its own)."""
        words = doc_text(self.doc)[mention.start:mention.end].lower().split()
        if len(words) != 2 or words[0] != "the" or words[1] not in _SPOKESPERSON_WORDS:
            return actor
        for earlier, body in reversed(self.history):
            if self.sentences_apart(earlier.head, mention.head) > _MAX_ANAPHOR_SENTENCES:
                break
            if body.type == "person" and self.titled_spokesperson(earlier, body):
                # "Army spokesman Col. Ali Musa said … The spokesman added": the person so titled.
                return self.drop_for(actor, body)
            if body.type == "person" or body.key[0] in _NOT_BODY_KINDS:
                continue
            if not _reports_speech(self.doc[earlier.head]):
                continue
            return self.drop_for(actor, body)
        return actor

    def titled_spokesperson(self, mention: Mention, person: Actor) -> bool:
        """Whether a person's mention is titled a spokesperson ("Army spokesman Col. Ali Musa") or
        their role says so."""
        before = {token.lower_ for token in self.doc[max(0, mention.head - 6): mention.head]}
        return bool(before & _SPOKESPERSON_WORDS) or any(
            word in (person.role or "").lower() for word in _SPOKESPERSON_WORDS)

    def drop_for(self, actor: Actor, kept: Actor) -> Actor:
        """Drop a new, still unmentioned actor in favour of the one a mention turns out to refer to."""
        if actor in self.actors and actor is not kept:
            self.actors.remove(actor)
            self.by_key.pop(actor.key, None)
        return kept

    def introduced_title(self, mention: Mention, actor: Actor) -> Actor:
        """"an army spokesman said … the spokesman said": a definite title refers to the unnamed person
        the report introduced with it. When the title names a person ("the spokesman, Col. X,"), that
        introduction becomes the person's; else the title joins it. Only the latest such
        introduction, with no mention after the title and no word the other lacks on both sides ("a
        police spokesman" is not "the army spokesman")."""
        word = mention.name.split()[-1].lower() if mention.name.split() else ""
        introduced = next((earlier_actor for earlier, earlier_actor in reversed(self.history)
                           if earlier_actor.key[0] == "unnamed" and earlier_actor.key[-1] == word
                           and earlier.start < mention.start), None)
        if introduced is None or introduced is actor or any(
                m.start > mention.start for m in introduced.mentions):
            return actor
        titled, introducing = set(mention.name.lower().split()), set(introduced.name.lower().split())
        if not (titled <= introducing or introducing <= titled):
            return actor
        if actor.key[0] != "person":
            if actor.mentions:
                return actor
            self.actors.remove(actor)
            self.by_key.pop(actor.key, None)
            return introduced
        actor.mentions.extend(introduced.mentions)
        self.actors.remove(introduced)
        self.by_key.pop(introduced.key, None)
        self.history = [(earlier, actor if known is introduced else known) for earlier, known in self.history]
        return actor

    def expanded_acronym(self, mention: Mention) -> Actor | None:
        """The report's own "United People's Democratic Front (UPDF)" for a later "UPDF" that the data
        files read as another country's actor (Uganda's army in a Bangladesh report): the expansion
        the report wrote beats a foreign reading of the same letters."""
        if (mention.key[0] in {"org", "pronoun", "possessive", "anaphor", "person", "title"}
                or mention.anaphor is not None or mention.country_code in {None, self.report_country}):
            return None
        written = re.sub(r"^(?:the|The)\s+", "", doc_text(self.doc)[mention.start:mention.end])
        if not written.isupper():
            return None
        actor = self.acronyms.get(written)
        if actor is None or actor.key == mention.key:
            return None
        return actor

    def learn_acronym(self, mention: Mention, actor: Actor, index: int) -> None:
        """Remember "Long Name (LN)" (also inside a mention: "fighters of the Long Name (LN)") and
        long names whose initials spell a later acronym."""
        end = mention.end
        text = doc_text(self.doc)
        inner = ""
        if text[end:end + 2] == " (" and ")" in text[end + 2:end + 16]:
            inner = text[end + 2: text.index(")", end + 2)]
        elif text[mention.start:end].endswith(")") and " (" in text[mention.start:end]:
            inner = text[text.rindex(" (", mention.start, end) + 2: end - 1]
        if inner.isupper() and 1 < len(inner) <= 10 and " " not in inner:
            self.acronyms[inner] = actor
            return
        words = [w for w in actor.name.replace("-", " ").split() if w.lower() not in {"of", "the", "and", "for"}]
        if len(words) >= 2:
            self.acronyms.setdefault(_acronym(words), actor)


def extract_parties(doc: Doc, *, metonyms: list[dict] | None = None,
                    use_doc_metonyms: bool = True) -> list[PartyDict]:
    """The actors of a report, one entry per actor with all its mentions.

    Args:
        doc: A Doc processed by a model with a parser and NER (``en_core_web_sm`` or better);
            without a parser only gazetteer and entity mentions are found.
        metonyms: Toponyms used as actors, as written by the places component; when None the
            value of ``doc._.conflictcli_metonyms`` is used (if ``use_doc_metonyms``).
        use_doc_metonyms: Read ``doc._.conflictcli_metonyms`` when ``metonyms`` is None. When no
            list exists at all, country and capital names count as actors by their syntax
            (subject, possessive, object, conjunct of one of these).

    Returns:
        Party dicts ``{"name", "type", "country_code", "mentions", "role"}`` in order of first
        mention; mentions are contract spans in text order.

    Notes:
        Pronoun resolution is a light rule (nearest preceding person, subject preferred, within
        three sentences), not a trained coreference model.
    """
    if len(doc) == 0:
        return []
    if metonyms is None and use_doc_metonyms and Doc.has_extension("conflictcli_metonyms"):
        metonyms = doc._.conflictcli_metonyms
    lexicon = load_lexicon()
    mentions, report_country = _collect(doc, lexicon, metonyms)
    actors = _merge_common_nouns(doc, _Grouper(doc, mentions, report_country).run(), lexicon)
    actors = _merge_bodies_by_description(actors)
    parties: list[PartyDict] = []
    for actor in actors:
        if all(m.anaphor in {"pronoun", "possessive"} for m in actor.mentions):
            continue
        if actor.key[0] in {"government", "military", "armed_group", "organization", "civilians", "other"} and (
                all(m.anaphor not in {None, "title", "pronoun"} for m in actor.mentions)
                and actor.key[-1] not in lexicon.keep_unresolved_anaphors):
            continue
        spans = sorted({_mention_bounds(doc, m) for m in actor.mentions})
        parties.append({
            "name": (_introduced_name(doc, actor)
                     or _written_acronym(doc, actor, lexicon)
                     or _written_forces_name(doc, actor, lexicon)
                     or _owner_name(doc, actor, lexicon)
                     or _regional_government(doc, actor, report_country, lexicon)
                     or _national_police(actor, report_country)
                     or " ".join(actor.name.split())),
            "type": actor.type,
            "country_code": _party_country(actor, report_country, lexicon),
            "mentions": [span_dict(doc, start, end) for start, end in spans],
            "role": actor.role,
        })
    parties.sort(key=lambda p: p["mentions"][0]["start"])
    return parties


_POSSESSIVE_PRONOUNS = frozenset({"its", "their", "our"})


def _mention_bounds(doc: Doc, mention: Mention) -> tuple[int, int]:
    """A mention's reported span: a group's own forces by a possessive ("its fighters", "Our men")
    are mentions by the pronoun (samples/README.md: pronouns are mentions, the common noun they own
    is not); a person's title ("Its spokesman"), a name ("its Amaq news agency") and people owned
    by someone else ("their families") keep their whole span."""
    words = doc_text(doc)[mention.start:mention.end].split()
    if (len(words) < 2 or words[0].lower() not in _POSSESSIVE_PRONOUNS or mention.type not in {"armed_group", "military"}
            or mention.key[0] in {"person", "title"} or not all(word.islower() for word in words[1:])):
        return mention.start, mention.end
    return mention.start, mention.start + len(words[0])


def _merge_common_nouns(doc: Doc, actors: list[Actor], lexicon: Lexicon) -> list[Actor]:
    """Unnamed armed-group actors ("Gangs", "the rebels") join the one named group the text calls by
    the same noun ("the Gran Grif gang", "M23 rebels"); with two such groups the noun stays apart."""
    owners: dict[str, list[Actor]] = {}
    for actor in actors:
        if actor.key[0] != "named" or actor.type != "armed_group":
            continue
        lemmas = set()
        for mention in actor.mentions:
            if mention.anaphor is None:
                head = doc[mention.head]
                lemmas.add(_head_lemma(head))
                # "Members of the Gran Grif gang" is also called a gang.
                lemmas.update(_head_lemma(obj) for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "of"
                              for obj in prep.children if obj.dep_ == "pobj" and obj.idx < mention.end)
        for lemma in lemmas:
            if lemma in lexicon.group_member_nouns and actor not in owners.setdefault(lemma, []):
                owners[lemma].append(actor)
    forces: dict[str, list[Actor]] = {}
    for actor in actors:
        if actor.key[0] == "named" and actor.type in {"armed_group", "military"}:
            forces.setdefault(_name_head(actor.name), []).append(actor)
    if not owners and not forces:
        return actors
    kept: list[Actor] = []
    for actor in actors:
        key = actor.key
        candidates = owners.get(key[-1], []) if key[0] == "armed_group" and len(key) == 3 else []
        if key[0] == "mil" and key[1] is None and len(key) == 3 and _described(doc, actor, lexicon):
            # "the Kurdish-led force" describes the one named force the text calls a force.
            candidates = forces.get(key[-1], [])
        if len(candidates) == 1 and key[1] in {None, candidates[0].country_code}:
            candidates[0].mentions.extend(actor.mentions)
            continue
        kept.append(actor)
    return kept


_BODY_TYPES = frozenset({"government", "organization"})


def _merge_bodies_by_description(actors: list[Actor]) -> list[Actor]:
    """An unnamed body ("The health ministry", "police", a headline's lower-case "Gaza health
    ministry") is the one named body of the report whose name ends in the same words ("the Gaza
    Health Ministry", "the National Civil Police"); with two such bodies it stays apart."""
    named = [actor for actor in actors if actor.key[0] in {"org", "named"} and actor.type in _BODY_TYPES
             and actor.name[:1].isupper()]
    if not named:
        return actors
    kept: list[Actor] = []
    for actor in actors:
        key = actor.key
        label = None
        if key[0] in _BODY_TYPES and len(key) == 3 and isinstance(key[2], str) and key[2]:
            label = key[2]
        elif key[0] == "org" and actor.name[:1].islower() and actor.type in _BODY_TYPES:
            label = actor.name.lower()
        if label is not None:
            code = key[1] if key[0] in _BODY_TYPES else actor.country_code
            owners = [body for body in named if body is not actor
                      and (body.name.lower() == label or body.name.lower().endswith(" " + label))
                      and code in {None, body.country_code}]
            if len(owners) == 1:
                owners[0].mentions.extend(actor.mentions)
                owners[0].mentions.sort(key=lambda m: m.start)
                continue
        kept.append(actor)
    return kept


@cache
def _acronym_aliases() -> dict[str, tuple[tuple[str, ...], tuple[str, ...]]]:
    """Each data-file name's all-capitals aliases ("Kosovo Force" → "KFOR") and its longer forms
    (the name and its other aliases)."""
    lexicon = load_lexicon()
    acronyms: dict[str, list[str]] = {}
    longer: dict[str, list[str]] = {}
    for alias, index in lexicon.named_patterns.items():
        name = lexicon.named[index].name
        letters = alias.replace("-", "")
        if letters.isupper() and letters.isalpha() and len(letters) >= 2:
            acronyms.setdefault(name, []).append(alias)
        else:
            longer.setdefault(name, []).append(alias)
    return {name: (tuple(found), tuple(longer.get(name, ()))) for name, found in acronyms.items()}


def _spells(acronym: str, name: str) -> bool:
    """Whether an acronym's letters are the initials of a name's last words, all of them or the
    capitalised ones ("SDF" for "Syrian Democratic Forces", "UNMISS" for "UN Mission in South Sudan",
    "OIR" for "Combined Joint Task Force – Operation Inherent Resolve")."""
    words = [word for word in re.split(r"[\s-]+", name) if word[:1].isalpha()]
    forms = {"".join(w if w.isupper() else w[0] for w in chosen).upper()
             for chosen in (words, [w for w in words if w[:1].isupper()])}
    letters = acronym.replace("-", "").upper()
    return any(form.endswith(letters) for form in forms)


def _written_acronym(doc: Doc, actor: Actor, lexicon: Lexicon) -> str | None:
    """The acronym a report calls a known actor by, when the report writes no longer name and the
    data file's name is not spelled by that acronym ("KFOR", not "Kosovo Force"; "YPG", not
    "People's Defense Units"): a reader would not recognise the expanded name."""
    if actor.key[0] != "named":
        return None
    acronyms, longer = _acronym_aliases().get(actor.name, ((), ()))
    if not acronyms:
        return None
    text = doc_text(doc)
    written = [text[m.start:m.end] for m in actor.mentions if m.anaphor is None]
    found = {acronym for acronym in acronyms for mention in written
             if re.search(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", mention)}
    if len(found) != 1 or any(form.lower() in mention.lower() for form in longer for mention in written):
        return None
    acronym = found.pop()
    if any(_spells(acronym, form) for form in (actor.name, *longer) if acronym not in form):
        return None
    return acronym


_ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z-]*[A-Z])\)")


def _introduced_name(doc: Doc, actor: Actor) -> str | None:
    """The full name a report introduces a known actor by, with its acronym in brackets, when that
    is another of the data file's names ("the Group for the Support of Islam and Muslims (JNIM)" →
    "Group for the Support of Islam and Muslims", not "Jama'at Nusrat al-Islam wal-Muslimin"): the
    actor goes by the name the report gives it."""
    if actor.key[0] != "named":
        return None
    acronyms, longer = _acronym_aliases().get(actor.name, ((), ()))
    text = doc_text(doc)
    written = [text[m.start:m.end] for m in actor.mentions if m.anaphor is None]
    # "National Liberation Army (Colombia)": the bracket tells namesakes apart; the name is written.
    plain = re.sub(r"\s*\([^)]*\)$", "", actor.name).lower()
    if not acronyms or any(plain in mention.lower() for mention in written):
        return None
    for mention in (m for m in actor.mentions if m.anaphor is None):
        bracketed = _ACRONYM_AFTER.match(text, mention.end)
        if bracketed is None or bracketed.group(1) not in acronyms:
            continue
        for alias in sorted(longer, key=len, reverse=True):
            if len(alias.split()) >= 3 and text[mention.start:mention.end].lower().endswith(alias.lower()):
                return text[mention.end - len(alias):mention.end]
    return None


_NAME_LINKS = frozenset({"of", "the", "'s", "’s", "and", "for"})


def _written_forces_name(doc: Doc, actor: Actor, lexicon: Lexicon) -> str | None:
    """The name a report writes for a country's armed forces the data files give no name for
    ("soldiers of the Tanzania People's Defence Force (TPDF)" → "Tanzania People's Defence
    Force"), rather than the "<demonym> Armed Forces" stand-in: the first entity inside the
    actor's mentions whose capitalised words end in a force word. None for other actors."""
    if actor.key[0] != "mil" or actor.key[2:] != ("",) or actor.key[1] in lexicon.national_forces:
        return None
    spans = sorted((m.start, m.end) for m in actor.mentions if m.anaphor is None)
    for ent in doc.ents:
        if ent.label_ != "ORG" or not any(start <= ent.start_char and ent.end_char <= end for start, end in spans):
            continue
        words = [t for t in ent if not t.is_punct]
        while words and words[0].lower_ == "the":
            words = words[1:]
        if len(words) < 2 or _head_lemma(words[-1]) not in _NATIONAL_FORCE_HEADS or not all(
                t.is_title or t.lower_ in _NAME_LINKS for t in words):
            continue
        return doc[words[0].i: words[-1].i + 1].text
    return None


def _owner_name(doc: Doc, actor: Actor, lexicon: Lexicon) -> str | None:
    """The name an unnamed group's first mention gives it through an "of" complement ("separatist
    fighters of the Movement of Democratic Forces of Casamance (MFDC)", "the strategic operational
    command of the Bolivarian National Armed Forces (FANB)"): members and units are mentions of
    their group, which the report names there. None for other actors."""
    if actor.key[0] not in {"armed_group", "mil"} or actor.key[1] is not None:
        return None
    first = next((m for m in actor.mentions if m.anaphor is None), None)
    if first is None:
        return None
    head = doc[first.head]
    if _head_lemma(head) not in lexicon.member_heads and _head_lemma(head) not in lexicon.sub_unit_heads:
        return None
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for owner in prep.children:
            ent = next((e for e in doc.ents if e.label_ == "ORG" and e.start <= owner.i < e.end), None)
            if owner.dep_ == "pobj" and ent is not None and ent.end_char <= first.end:
                words = [t for t in ent if not t.is_punct and t.lower_ != "the"]
                if len(words) >= 2 and all(t.is_title or t.lower_ in _NAME_LINKS or t.is_upper for t in words):
                    return doc[words[0].i: words[-1].i + 1].text.split(" (")[0]
    return None


def _report_region(doc: Doc, report_country: str | None) -> str | None:
    """The first-level region a report is set in: the one its places of the report country lie in
    (or are) most often, from the places component; None on a tie or without places."""
    places = doc._.get("conflictcli_places") if Doc.has_extension("conflictcli_places") else None
    votes: Counter[str] = Counter()
    for place in places or []:
        if not isinstance(place, dict) or report_country is None or (
                place.get("country_code") != report_country):
            continue
        region = place.get("admin1") or (place.get("name") if place.get("feature") == "region" else None)
        if isinstance(region, str) and region:
            votes[region] += len(place.get("mentions") or [])
    ranked = votes.most_common(2)
    if not ranked or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def _national_police(actor: Actor, report_country: str | None) -> str | None:
    """The name of the report country's national police for a bare "police" ("police said" in a
    Papua New Guinea report → "Royal Papua New Guinea Constabulary"); None for other actors."""
    if actor.key != ("government", None, "police") or report_country is None:
        return None
    return load_national_police().get(report_country)


def _regional_government(doc: Doc, actor: Actor, report_country: str | None, lexicon: Lexicon) -> str | None:
    """The name of the government of the region a report is set in, for the phrases that stand for
    it without naming it ("the state government", "the governor's office" in a Sinaloa report →
    "Sinaloa State Government", "Sinaloa Government"); None for other actors."""
    if actor.key[0] != "government" or len(actor.key) != 3:
        return None
    suffix = lexicon.regional_governments.get(actor.key[2])
    text = doc_text(doc)
    if suffix is None or not any(
            text[m.start:m.end].lower().endswith(("office", "government")) for m in actor.mentions):
        return None
    region = _report_region(doc, report_country)
    return f"{region} {suffix}" if region else None


def _name_head(name: str) -> str:
    """A name's last word as a singular lower-case noun ("Syrian Democratic Forces" → "force")."""
    word = name.split()[-1].lower() if name.split() else ""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _described(doc: Doc, actor: Actor, lexicon: Lexicon) -> bool:
    """Whether every mention of an unnamed force describes it by who leads or backs it ("the
    Kurdish-led force", "the US-backed forces"): a description of a named force, not a force of its own."""
    for mention in actor.mentions:
        if mention.anaphor in {"pronoun", "possessive"}:
            continue
        words = doc_text(doc)[mention.start:mention.end].lower().replace("‑", "-").split()
        if not any("-" in word and word.rsplit("-", 1)[1] in lexicon.describing_participles
                   for word in words):
            return False
    return True


def _party_country(actor: Actor, report_country: str | None, lexicon: Lexicon) -> str | None:
    """An actor's country: the report's for a named group active in several countries, that one
    among them ("JNIM" in a Burkina Faso report, "Islamic State" in an Iraq report); else its own,
    else the implicit one."""
    if actor.key[0] == "named" and report_country is not None:
        named = lexicon.named_by_name.get(actor.name)
        if named is not None and report_country in named.active_in:
            return report_country
    if actor.country_code is None and actor.type == "person" and (known := _known_persons().get(actor.name.casefold())):
        return known
    return actor.country_code or _implicit_country(actor, report_country, lexicon)


@cache
def _known_persons() -> dict[str, str]:
    """Public figures' names and other forms (casefolded) → their country (``persons.tsv``)."""
    countries: dict[str, str] = {}
    for line in _resource("persons.tsv").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, code, *forms = line.split("\t")
        for form in (name, *(forms[0].split(",") if forms and forms[0] else ())):
            countries[form.strip().casefold()] = code
    return countries


def _implicit_country(actor: Actor, report_country: str | None, lexicon: Lexicon) -> str | None:
    """The report's country for an unnamed local actor or a person of no stated nationality.

    Named actors keep their dictionary country (None for international ones), and so do states,
    unnamed organizations ("aid groups"), peacekeepers and "other" actors that are not local people
    ("shipping firms"). Organizations named in the text but absent from the dictionaries (which hold
    the international ones) are taken as local.
    """
    if report_country is None or actor.key[0] == "named" or actor.type == "state" or actor.international:
        return None
    if actor.type == "organization" and actor.key[0] not in {"org", "unnamed"}:
        return None
    if actor.key[0] == "mil" and actor.key[-1] == "peacekeeping":
        return None
    if actor.type == "other" and actor.key[0] != "unnamed" and actor.key[-1] not in lexicon.report_country_heads:
        return None
    return report_country


_ACTING_STATE_TYPES = frozenset({"state", "government"})


_PLACE_WORD_AFTER = re.compile(r"^\s+(?:department|region|province|state|district|county|governorate|territory)\b")
_LIST_JOINER = re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$")
_LIST_GOES_ON = re.compile(r"\s*(?:,|and\b|or\b)")
_OPENING_PHRASE = re.compile(r"(?:^|[.!?\n]\s*)(?:In|At|From|Near)\s+$")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


@cache
def _locating_before() -> re.Pattern[str]:
    """"in X", "in the X", "in mainland X", "travelling to X", "fled back to X"."""
    lexicon = load_lexicon()
    adjectives = _alternation(lexicon.locating_adjectives)
    verbs = _alternation(lexicon.destination_verbs)
    return re.compile(
        rf"\b(?:(?:in|at|near|from|across|throughout|inside|outside)|(?:{verbs})\s+(?:back\s+)?(?:in)?to)"
        rf"\s+(?:the\s+)?(?:(?:{adjectives})\s+)?$",
        re.I,
    )


@cache
def _locating_possession() -> re.Pattern[str]:
    """"X's capital", "X's northwest", "X's Gemelli hospital"."""
    nouns = _alternation(load_lexicon().locating_possessions)
    return re.compile(rf"^['’]s\s+(?:[A-Z][\w'’-]*\s+){{0,2}}(?:{nouns})\b")


def is_locative(text: str, start: int, end: int) -> bool:
    """Whether a toponym names where something is ("in Cauca department", "officials in the United
    Kingdom", "Zimbabwe's capital") or where someone goes ("travelling to the United Kingdom"):
    then it is a place even when the parties extractor read it as its state."""
    after = text[end:end + 40]
    return bool(
        _locating_before().search(text, max(0, start - 40), start)
        or _PLACE_WORD_AFTER.match(after)
        or _locating_possession().match(after)
    )


def locative_spans(places: list[dict], text: str) -> set[tuple[int, int]]:
    """The place mentions in locative use: by :func:`is_locative`; as the country or region after a
    town ("Krasnodar, Russia"; not after an opening "In Kyiv," nor before a possessive); or as a
    later item of a list whose first item is locative ("in Greece, Bulgaria and Germany")."""
    features = {(m["start"], m["end"]): place.get("feature") for place in places for m in place["mentions"]}
    spans = sorted(features)
    locative: set[tuple[int, int]] = set()
    for index, span in enumerate(spans):
        previous = spans[index - 1] if index else None
        between = text[previous[1]:span[0]] if previous is not None else ""
        joined = previous is not None and _LIST_JOINER.match(between) is not None
        possessive = text.startswith(("'s", "’s"), span[1])
        listed = joined and ("and" in between or "or" in between or _LIST_GOES_ON.match(text, span[1]) is not None)
        if (
            is_locative(text, *span)
            or (listed and previous in locative and not possessive)
            or (
                joined and between.strip() == "," and features[previous] in ("city", "region") and not possessive
                and _OPENING_PHRASE.search(text, max(0, previous[0] - 10), previous[0]) is None
            )
        ):
            locative.add(span)
    return locative


def drop_actor_mentions(places: list[dict], parties: list[dict], text: str = "") -> tuple[list[dict], list[dict]]:
    """Make places and parties agree: a span is a place or an actor, never both.

    A toponym in a locative phrase ("in Cauca department", "surveillance in New Jersey") stays a
    place, even inside a longer actor phrase ("the court in Beijing"), and a state or government
    mention within it ("Jersey") leaves its party; any other toponym a state or government party
    holds (a metonym: "Kinshasa said") leaves the places. Places and parties left with no mention
    are dropped.
    """
    locative = locative_spans(places, text) if text else set()

    def inside_locative(mention: dict) -> bool:
        first = mention["start"] + (4 if mention["text"][:4].lower() == "the " else 0)
        return any(start <= first and mention["end"] <= end for start, end in locative)

    kept_parties = []
    for party in parties:
        if party["type"] in _ACTING_STATE_TYPES and locative:
            mentions = [m for m in party["mentions"] if not inside_locative(m)]
            if not mentions:
                continue
            party = {**party, "mentions": mentions}
        kept_parties.append(party)
    taken = sorted(
        (m["start"], m["end"])
        for party in kept_parties
        if party["type"] in _ACTING_STATE_TYPES
        for m in party["mentions"]
    )
    if not taken:
        return places, kept_parties
    kept = []
    for place in places:
        mentions = [
            m for m in place["mentions"]
            if (m["start"], m["end"]) in locative
            or not any(start < m["end"] and m["start"] < end for start, end in taken)
        ]
        if mentions:
            kept.append({**place, "mentions": mentions})
    return kept, kept_parties


class PartiesComponent:
    """Stores ``extract_parties(doc)`` on ``doc._.conflictcli_parties``; metonymic toponyms
    that became actor mentions are removed from ``doc._.conflictcli_places``."""

    def __init__(self, nlp: Language, name: str, use_doc_metonyms: bool) -> None:
        self.name = name
        self.use_doc_metonyms = use_doc_metonyms
        _matchers(nlp.vocab)

    def __call__(self, doc: Doc) -> Doc:
        parties = extract_parties(doc, use_doc_metonyms=self.use_doc_metonyms)
        if Doc.has_extension("conflictcli_places") and doc._.conflictcli_places:
            doc._.conflictcli_places, parties = drop_actor_mentions(doc._.conflictcli_places, parties, doc_text(doc))
        doc._.conflictcli_parties = parties
        return doc


@Language.factory(
    "conflictcli_parties",
    assigns=["doc._.conflictcli_parties", "doc._.conflictcli_places"],
    requires=["token.dep", "doc.ents"],
    default_config={"use_doc_metonyms": True},
)
def make_parties(nlp: Language, name: str, use_doc_metonyms: bool) -> PartiesComponent:
    """The parties component: actors with their mentions, grouped per actor."""
    return PartiesComponent(nlp, name, use_doc_metonyms)
