"""Events: ACLED-style records (who did what to whom, when, where, how many) tied to the other layers.

A trigger word from ``resources/events/triggers.json`` (attacked, shelled, clashes, air strike,
detained, protested …) marks a sentence as reporting an event. The sentence's highest-ranked
trigger gives ACLED's event type and sub-event type; the dependency parse around it gives the
initiator (``actor1``: subject, "by X", "between X and …") and the target (``actor2``: object,
"on/against X", passive subject), both read off the mentions of ``doc._.conflictcli_parties``. The
date is the date expression of the sentence (else the report's reference date), the place the
sentence's most precise toponym (else the previous event's), and ``fatalities`` the killed counts of
``doc._.conflictcli_casualties`` in the sentence. Events that share a day, a place and an actor pair
merge into one, as ACLED counts them; a merged event keeps the most severe type (a raid in which
people were killed is a battle, not an arrest).

A group claiming responsibility names the initiator of the event reported before the claim ("No group
has claimed responsibility" names none). Actors follow ACLED: members or supporters of a named
organisation are that organisation; unnamed soldiers, "a government air strike", "an army position"
are the country's armed forces, "officers" and "a police station" its police, "Ukrainian positions"
the party written "Ukrainian forces"; ground taken by rebels or a foreign force is taken from the
state forces of that ground. The place is never the wire dateline's city; "over the city" is the last
city named. An event its sentence does not date takes the ISO week of the statement reporting it
("the CTD said on Monday it had arrested …"). Fatalities leave out a toll only when a party denies
its losses ("M23 denied losing any fighters"), not when it denies the blame.

Sources are ACLED's: an unnamed source ("a military source said") never acts; people with no armed
affiliation who are shot, taken or detained are the civilians; "X repelled a Y attack" is Y's
attack on X; a protest with arrests, tear gas or dispersal is a protest with intervention (the
arrests are part of it), one with burning tyres or thrown stones a riot. Fatalities keep the lowest
figure: a side's claim yields to a lower count of the same victims or to the report's own overall
toll, a side's denial of its losses drops them, a side's admission of fewer losses ("it had lost only
two fighters") replaces the other side's count of them, and subsets ("among the dead") are not added.
The place is never where a statement was made ("told reporters in Hargeisa"), a toponym locating the
one before it ("in Founougo, near Banikoara"), or one describing a party ("the administration that has
controlled Las Anod"); a headline's actors yield to the lead's when the lead names both sides.

Not events: negated or hypothetical triggers ("denied attacking", "threatened to attack"), aggregate
counts ("27 attacks since January", "have been killed so far this year"), triggers inside a name ("Shirafat Attack Network") and episodes
dated more than :data:`BACKGROUND_DAYS` days before the reference date.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from importlib.resources import files
from typing import Any, Iterable

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflictcli.extractors._doc import doc_text, register_extension, span_dict, token_lemmas, token_lowers
from conflictcli.extractors.quotes import extension_value

EXTENSION = "conflictcli_events"
register_extension(EXTENSION)

BACKGROUND_DAYS = 45
GENERIC_VICTIMS = "people"
GENERIC_HEADS = frozenset({"people", "persons", "person", "members"})
STATE_VICTIMS = frozenset({"soldier", "troop", "police", "policemen", "officer", "personnel", "guard", "gendarme"})
SUBSET_WORDS = frozenset({"among", "including", "includes", "included"})
ADDITIVE_WORDS = frozenset({"also", "too", "another", "additional", "further"})
SUBJECTS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECTS = frozenset({"nsubjpass", "csubjpass"})
OBJECTS = frozenset({"dobj", "obj"})
TARGET_PREPOSITIONS = frozenset({"on", "against", "at", "targeting", "into", "in"})
INITIATOR_PREPOSITIONS = frozenset({"by", "from"})
SETTING_PREPOSITIONS = frozenset({"in", "during", "amid"})
TAKING_CLASSES = frozenset({"arrest", "abduction"})
CLIMB_DEPS = frozenset({"conj", "advcl", "xcomp", "acl", "pcomp", "relcl", "ccomp"})
LAUNCH_LEMMAS = frozenset({"launch", "carry", "conduct", "stage", "mount", "claim", "unleash", "fire",
                           "agree", "sign", "reach", "declare", "hold"})
AGGREGATE_WORDS = frozenset({"several", "many", "numerous", "multiple", "dozens", "hundreds", "series", "wave"})
NOMINAL_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "dobj", "pobj", "compound", "attr", "appos"})
HABITUAL_WORDS = frozenset({"repeated", "frequent", "regular", "daily", "nightly", "constant", "continuous",
                            "ongoing", "persistent", "sporadic", "occasional", "routine"})
REMOTE_TYPE = "explosions_remote_violence"
INSTRUMENT_CLASSES = frozenset({"attack", "kill", "disrupted"})
TERRITORY_SUB_TYPES = frozenset({"non_state_actor_overtakes_territory", "government_regains_territory"})
TIME_NOUNS = frozenset({"hour", "day", "night", "week", "month", "year", "decade", "period", "season"})
CLAIM_LEMMAS = frozenset({"claim", "accept", "admit", "acknowledge", "bear", "assume"})
VIOLENT_TYPES = frozenset({"battles", "explosions_remote_violence", "violence_against_civilians"})
ACTING_TYPES = frozenset({"military", "armed_group"})
STATE_TYPES = frozenset({"state", "government", "military"})
STATE_MODIFIERS = frozenset({"government", "army", "military", "junta", "regime"})
POLICE_NOUNS = frozenset({"officer", "policeman", "policemen", "policewoman", "constable"})
TAKING_LEMMAS = frozenset({"retake", "retook", "retaken", "recapture", "capture", "seize", "take", "wrest"})
TOWN_NOUNS = frozenset({"city", "town", "village"})
FIGHT_LEMMAS = frozenset({"fight", "fighting", "clash", "battle", "firefight", "gunfight", "skirmish"})
ORGANISED_TYPES = frozenset({"armed_group", "military", "government", "organization", "state"})
SPEECH_LEMMAS = frozenset({"say", "tell", "announce", "state", "report", "add", "confirm", "claim", "accuse",
                           "deny", "write", "post", "allege", "blame", "insist"})
STATEMENT_LEMMAS = frozenset({"say", "tell", "announce", "state", "report", "add", "confirm", "speak", "write",
                              "post", "insist"})
PRONOUNS = frozenset({"he", "she", "it", "they", "him", "her", "them", "his", "its", "their", "we", "our", "us",
                      "who", "which", "i", "my", "me"})
ACCUSATION_LEMMAS = frozenset({"accuse", "blame", "allege"})
NOBODY_WORDS = frozenset({"no", "none", "nobody", "neither"})
LOCATING_WORDS = frozenset({"near", "outside", "around", "north", "south", "east", "west", "northeast",
                            "northwest", "southeast", "southwest", "kilometres", "kilometers", "miles", "km"})
EXCHANGED = frozenset({"fire", "gunfire", "shot", "blow", "salvo"})  # "X and Y exchanged fire": two sides
DIRECT_FIRE = frozenset({"fire", "arm", "arms", "gun", "rifle", "gunfire", "weapon"})
PRECISE_FEATURES = frozenset({"city", "site", "landmark", "border"})
_DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WEEK = re.compile(r"^(\d{4})-W(\d{2})")
_DAYS_LATER = re.compile(r"^P(\d+)D$")
_MONTH = re.compile(r"^(\d{4})-(\d{2})$")
_YEAR = re.compile(r"^(\d{4})$")
_WIRE_DATELINE = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ.'’ -]{2,40}(?:\s*\([^()\n]{1,40}\))?(?:,[^,—–\n]{1,60}){0,2}\s*(?:—|–|--| - |:)\s*")
_DATELINE_DASH = re.compile(r"[^\w(]*(?:\([^()\n]{1,40}\))?\s*(?:—|–|--|-|:)?\s*")


@dataclass(frozen=True, slots=True)
class EventClass:
    """An ACLED event type with its rank (lower wins when one sentence has several triggers)."""

    name: str
    type: str
    sub_type: str
    rank: int
    civilian_target: tuple[str, str] | None = None
    territory: bool = False
    weapon_object: bool = False


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Trigger phrases indexed by their first lemma, with the event classes they stand for."""

    classes: dict[str, EventClass]
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    noun_only: frozenset[str]
    verb_only: frozenset[str]
    lowercase_only: frozenset[str]
    blockers: frozenset[str]
    territory_objects: frozenset[str]
    background_subjects: frozenset[str]
    weapon_nouns: frozenset[str]
    event_heads: frozenset[str]
    role_words: frozenset[str]
    role_nouns: frozenset[str]
    weapon_verbs: frozenset[str]
    disrupted_objects: frozenset[str]
    instruments: dict[str, str]
    noun_classes: dict[str, str]
    ship_nouns: frozenset[str]
    security_nouns: frozenset[str]
    speech_nouns: frozenset[str]
    perpetrator_nouns: dict[str, frozenset[str]]
    hypothetical_modifiers: frozenset[str]
    purpose_only: frozenset[str]
    protest_purposes: frozenset[str]
    tally_phrases: tuple[tuple[str, ...], ...]
    repel_verbs: frozenset[str]
    riot_acts: tuple[tuple[str, ...], ...]
    intervention_acts: tuple[tuple[str, ...], ...]
    protester_nouns: frozenset[str]
    source_nouns: frozenset[str]
    suspect_nouns: frozenset[str]
    member_nouns: frozenset[str]
    organisation_nouns: frozenset[str]
    property_nouns: frozenset[str]
    distinct_forces: frozenset[str]
    security_services: frozenset[str]
    civilian_nouns: frozenset[str]
    gathering_verbs: frozenset[str]
    unnamed_enemies: frozenset[str]
    civilian_sites: frozenset[str]
    back_references: frozenset[str]
    onset_verbs: frozenset[str]
    agreement_states: frozenset[str]
    press_offices: tuple[str, ...]
    custody_sites: frozenset[str]
    people_taking: frozenset[tuple[str, ...]]
    bare_people: frozenset[str]
    throw_verbs: frozenset[str]
    habitual_adverbs: frozenset[str]
    direct_fire_modifiers: frozenset[str]
    suspicion_words: frozenset[str]


@cache
def load_lexicon() -> Lexicon:
    """The trigger lexicon of ``resources/events/triggers.json`` (read once per process)."""
    path = files("conflictcli").joinpath("resources/events/triggers.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    classes = {
        name: EventClass(
            name=name, type=spec["type"], sub_type=spec["sub_type"], rank=spec["rank"],
            civilian_target=tuple(spec["civilian_target"]) if spec.get("civilian_target") else None,
            territory=bool(spec.get("territory")),
            weapon_object=bool(spec.get("weapon_object")),
        )
        for name, spec in data["classes"].items()
    }
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, class_name in data["words"].items():
        words = tuple(phrase.lower().split())
        phrases.setdefault(words[0], []).append((words, class_name))
    for candidates in phrases.values():
        candidates.sort(key=lambda item: -len(item[0]))
    return Lexicon(
        classes=classes,
        phrases=phrases,
        noun_only=frozenset(data["noun_only"]),
        verb_only=frozenset(data["verb_only"]),
        lowercase_only=frozenset(data["lowercase_only"]),
        blockers=frozenset(data["blockers"]),
        territory_objects=frozenset(data["territory_objects"]),
        background_subjects=frozenset(data["background_subjects"]),
        weapon_nouns=frozenset(data["weapon_nouns"]),
        event_heads=frozenset(data["event_heads"]),
        role_words=frozenset(data["role_words"]),
        role_nouns=frozenset(data["role_nouns"]),
        weapon_verbs=frozenset(data["weapon_verbs"]),
        disrupted_objects=frozenset(data["disrupted_objects"]),
        instruments=data["instruments"],
        noun_classes=data["noun_classes"],
        ship_nouns=frozenset(data["ship_nouns"]),
        security_nouns=frozenset(data["security_nouns"]),
        speech_nouns=frozenset(data["speech_nouns"]),
        perpetrator_nouns={name: frozenset(words) for name, words in data["perpetrator_nouns"].items()},
        hypothetical_modifiers=frozenset(data["hypothetical_modifiers"]),
        purpose_only=frozenset(data["purpose_only"]),
        protest_purposes=frozenset(data["protest_purposes"]),
        tally_phrases=tuple(tuple(phrase.split()) for phrase in data["tally_phrases"]),
        repel_verbs=frozenset(data["repel_verbs"]),
        riot_acts=tuple(tuple(phrase.split()) for phrase in data["riot_acts"]),
        intervention_acts=tuple(tuple(phrase.split()) for phrase in data["intervention_acts"]),
        protester_nouns=frozenset(data["protester_nouns"]),
        source_nouns=frozenset(data["source_nouns"]),
        suspect_nouns=frozenset(data["suspect_nouns"]),
        member_nouns=frozenset(data["member_nouns"]),
        organisation_nouns=frozenset(data["organisation_nouns"]),
        property_nouns=frozenset(data["property_nouns"]),
        distinct_forces=frozenset(data["distinct_forces"]),
        security_services=frozenset(data["security_services"]),
        civilian_nouns=frozenset(data["civilian_nouns"]),
        gathering_verbs=frozenset(data["gathering_verbs"]),
        unnamed_enemies=frozenset(data["unnamed_enemies"]),
        civilian_sites=frozenset(data["civilian_sites"]),
        back_references=frozenset(data["back_references"]),
        onset_verbs=frozenset(data["onset_verbs"]),
        agreement_states=frozenset(data["agreement_states"]),
        press_offices=tuple(data["press_offices"]),
        custody_sites=frozenset(data["custody_sites"]),
        people_taking=frozenset(tuple(phrase.split()) for phrase in data["people_taking"]),
        bare_people=frozenset(data["bare_people"]),
        throw_verbs=frozenset(data["throw_verbs"]),
        habitual_adverbs=frozenset(data["habitual_adverbs"]),
        direct_fire_modifiers=frozenset(data["direct_fire_modifiers"]),
        suspicion_words=frozenset(data["suspicion_words"]),
    )


@dataclass(slots=True)
class Trigger:
    """A matched trigger: its tokens, its syntactic head and its event class."""

    start: int
    end: int
    head: Token
    event_class: EventClass


@dataclass(slots=True)
class Draft:
    """An event being assembled; turned into the output dict at the end."""

    sentences: list[Span]
    trigger: Trigger
    event_class: EventClass
    type: str
    sub_type: str
    actor1: str | None
    actor2: str | None
    date_value: str | None
    date_from_text: bool
    place: dict[str, Any] | None
    place_mention: tuple[int, int] | None
    fallback_date: str | None = None
    statement_week: str | None = None  # the ISO week of the statement reporting an undated event
    place_from_text: bool = True  # the place is named in the event's own clause
    first_trigger: Trigger | None = None  # the trigger of the first sentence (kept when merges swap ``trigger``)
    clauses: list[tuple[int, int]] = field(default_factory=list)
    anchor_date: str | None = None  # the last date told of an event before this one ("the same evening")
    own_account: bool = False  # actor1 is the speaker telling of its own fighters ("its men had killed")


def _lemma(token: Token) -> str:
    return (token.lemma_ or token.text).lower()


def _launches(token: Token) -> bool:
    """Whether a verb launches what it governs ("staged a sit-in", "carried out a raid"), read off
    its lemma or, when the lemmatizer slips ("staged" → "stag"), off its inflected form."""
    if _lemma(token) in LAUNCH_LEMMAS:
        return True
    word = token.lower_
    stems: set[str] = set()
    if word.endswith("ed"):
        stems = {word[:-1], word[:-2]}
    elif word.endswith("ing"):
        stems = {word[:-3], word[:-3] + "e"}
    return token.pos_ == "VERB" and bool(stems & LAUNCH_LEMMAS)


def find_triggers(doc: Doc, lexicon: Lexicon, blocked_chars: list[tuple[int, int]]) -> list[Trigger]:
    """Every trigger phrase in ``doc`` whose head has the right part of speech, outside ``blocked_chars``."""
    triggers: list[Trigger] = []
    starts = [start for start, _ in blocked_chars]
    index = 0
    lemmas, lowers = token_lemmas(doc), token_lowers(doc)
    while index < len(doc):
        candidates = lexicon.phrases.get(lemmas[index]) or lexicon.phrases.get(lowers[index])
        matched = None
        for words, class_name in candidates or ():
            end = index + len(words)
            if end <= len(doc) and all(
                lemmas[index + offset] == word or lowers[index + offset] == word
                for offset, word in enumerate(words)
            ):
                matched = (end, class_name, words)
                break
        if matched is None:
            index += 1
            continue
        end, class_name, words = matched
        span = doc[index:end]
        head = span.root
        if len(span) > 1 and head.dep_ in {"amod", "compound", "nmod"} and span[-1].pos_ in {"NOUN", "PROPN"}:
            head = span[-1]  # "improvised explosive device materials": the device, not "improvised"
        key = " ".join(words)
        pos_ok = head.pos_ in {"NOUN", "VERB", "PROPN"} or (head.pos_ == "ADJ" and head.tag_ == "VBN")
        if key in lexicon.noun_only and head.pos_ not in {"NOUN", "PROPN"}:
            pos_ok = False
        if key in lexicon.verb_only and head.pos_ != "VERB":
            pos_ok = False
        if key in lexicon.lowercase_only and not doc[index].text.islower():
            pos_ok = False
        if head.dep_ == "amod" and len(span) == 1:
            pos_ok = False  # "the besieged city", "an attacked convoy": a state of the noun, not an event
        if key in lexicon.purpose_only and not _has_purpose(head, lexicon.protest_purposes):
            pos_ok = False
        if key in lexicon.gathering_verbs and not _protesters_gather(head, lexicon):
            pos_ok = False  # "protesters gathered in the square" is a protest, "families gathered" is not
        position = bisect_right(starts, span.start_char) - 1
        inside_name = position >= 0 and blocked_chars[position][1] > span.start_char
        if key in lexicon.weapon_nouns and head.pos_ in {"NOUN", "PROPN"}:
            head = _weapon_event(head, lexicon)
        if (head is not None and pos_ok and not inside_name and not _is_aggregate(head)
                and not _is_generic(head) and not _is_role(head, lexicon)):
            if head.pos_ in {"NOUN", "PROPN"}:
                class_name = lexicon.noun_classes.get(key, class_name)
            triggers.append(Trigger(index, end, head, lexicon.classes[class_name]))
        index = end
    return triggers


def _protesters_gather(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a gathering verb's subject is protesters ("hundreds of protesters gathered")."""
    for child in verb.children:
        if child.dep_ not in SUBJECTS:
            continue
        counted = [grand for prep in child.children if prep.dep_ == "prep" and prep.lower_ == "of"
                   for grand in prep.children if grand.dep_ == "pobj"]
        if any(_lemma(token) in lexicon.protester_nouns for token in (child, *counted)):
            return True
    return False


def _has_purpose(head: Token, purposes: frozenset[str]) -> bool:
    """Whether an act states a protest's purpose ("blocked the highway to demand a corridor"): a
    blockade by people pressing a demand is a protest, a road blocked by troops is not."""
    return any(
        token.dep_ in {"advcl", "xcomp", "acl", "relcl"} and _lemma(token) in purposes
        for token in head.subtree if token != head and token.i - head.i < 12
    )


def _weapon_event(head: Token, lexicon: Lexicon) -> Token | None:
    """A weapon noun reports an event only when it acts ("a roadside bomb exploded", "killed by a
    missile") or names one ("a mortar attack": the attack noun becomes the head); weapons found,
    seized or supplied ("discovered 39 mortar rounds") are not events."""
    if head.dep_ == "compound" and _lemma(head.head) in lexicon.event_heads:
        return head.head
    if head.dep_ in SUBJECTS and _lemma(head.head) in lexicon.weapon_verbs:
        return head
    if head.dep_ == "pobj" and head.head.lower_ in {"by", "from"}:
        return head
    if any(child.dep_ == "relcl" and _lemma(child) in lexicon.weapon_verbs for child in head.children):
        return head  # "planting a roadside bomb that wounded two shepherds"
    if (head.dep_ in OBJECTS | PASSIVE_SUBJECTS and _lemma(head.head) in lexicon.throw_verbs
            and any(child.dep_ == "prep" and child.lower_ in {"at", "on", "into"}
                    for child in head.head.children)):
        return head  # "a grenade was thrown at a shop", "fired rockets at an army post"
    return None


def _is_role(head: Token, lexicon: Lexicon) -> bool:
    """A trigger that describes someone's record, not an event: "a leader responsible for attacks",
    "a facilitator who coordinated bombings", "an attack facilitator"."""
    if head.dep_ == "compound" and _lemma(head.head) not in lexicon.event_heads:
        return True
    token = head
    for _ in range(4):
        if token.head == token:
            return False
        if token.dep_ in {"relcl", "acl"} and _lemma(token.head) in lexicon.role_nouns:
            return True
        token = token.head
        if _lemma(token) in lexicon.role_words:
            return True
    return False


def _is_generic(head: Token) -> bool:
    """A plural event noun that acts in the present ("its strikes target only fighters") or a bare
    one that is neither a subject nor something launched ("responsible for attacks", "placement of
    bombs"): a habit or a role, not an event."""
    if head.pos_ not in {"NOUN", "PROPN"} or head.tag_ not in {"NNS", "NNPS"}:
        return False
    subject = head.dep_ in SUBJECTS | PASSIVE_SUBJECTS
    if subject and head.head.tag_ in {"VBZ", "VBP"}:
        return True
    if subject or any(child.dep_ in {"det", "poss", "nummod", "amod"} for child in head.children):
        return False
    if head.dep_ == "pobj" and head.head.lower_ == "of":
        counted = head.head.head
        if any(child.dep_ == "det" for child in counted.children):
            return False
    if head.dep_ == "pobj" and head.head.lower_ in {"in", "during"} and head.head.head.pos_ == "VERB" and any(
        child.dep_ == "prep" and child.lower_ == "with" for child in head.children
    ):
        return False  # "had been killed in clashes with the soldiers": the episode they died in
    return not (head.dep_ in OBJECTS and _launches(head.head))


def _is_aggregate(head: Token) -> bool:
    """A counted or quantified plural noun ("27 attacks", "several raids") or a span of time of it
    ("a month of fighting"): a statistic or background, not an event."""
    if head.dep_ == "pobj" and head.head.lower_ == "of" and _lemma(head.head.head) in TIME_NOUNS | {"campaign"}:
        return True  # "a month of fighting", "a campaign of attacks"
    if head.pos_ not in {"NOUN", "PROPN"} or head.tag_ not in {"NNS", "NNPS"}:
        return False
    return any(
        child.dep_ == "nummod" or child.lower_ in AGGREGATE_WORDS | HABITUAL_WORDS for child in head.children
    )


def is_blocked(trigger: Trigger, lexicon: Lexicon) -> bool:
    """A negated, denied, threatened, planned or future trigger does not report an event."""
    token = trigger.head
    if any(child.dep_ in SUBJECTS and _lemma(child) in lexicon.background_subjects for child in token.children):
        return True
    if any(child.dep_ == "amod" and child.lower_ in lexicon.hypothetical_modifiers for child in token.children):
        return True  # "to disrupt potential suicide attacks"
    if token.pos_ == "VERB" and any(child.dep_ == "advmod" and child.lower_ in lexicon.habitual_adverbs
                                    for child in token.children):
        return True  # "have clashed repeatedly with the authorities": a habit, no occurrence of its own
    verb = clause_verb(token)
    if _is_tally(verb, lexicon):
        return True  # "400 police have been killed in the province so far in 2025": a running total
    if verb.tag_ in {"VBZ", "VBP"} and _lemma(verb) != "be" and any(
        child.dep_ in SUBJECTS and _lemma(child) in lexicon.role_nouns for child in verb.children
    ):
        return True  # "The facilitator provides bomb materials for attacks": a role, not an event
    for step in range(4):
        if any(child.dep_ == "neg" for child in token.children):
            return True
        if step and _lemma(token) in lexicon.blockers:
            return True
        if any(child.dep_ == "aux" and _lemma(child) in lexicon.blockers for child in token.children):
            return True
        if token.head == token or token.dep_ in {"ROOT"}:
            break
        if token.dep_ == "conj" and token.pos_ == "VERB" and any(
            child.dep_ == "aux" for child in token.children
        ):
            break  # "would be deployed … and had already detained six men": its own tense, its own mood
        token = token.head
    return False


def _is_tally(verb: Token, lexicon: Lexicon) -> bool:
    """Whether a perfect clause counts up a period ("have been killed so far this year", "to date"):
    a statistic, not an event."""
    tokens = list(verb.subtree)
    words = [token.lower_ for token in tokens]
    for phrase in lexicon.tally_phrases:
        for start in range(len(words) - len(phrase) + 1):
            if tuple(words[start:start + len(phrase)]) != phrase:
                continue
            # A perfect counts up ("have been killed … so far"); a past tense tells an event, whatever
            # it is compared with ("killed 30 villagers, one of the deadliest attacks so far").
            if any(child.dep_ == "aux" and _lemma(child) == "have" for child in verb.children):
                return True
    return False


def clause_verb(token: Token) -> Token:
    """The verb whose clause holds ``token``: its own for a verb, its governor's for a noun, climbing
    subjectless participles and conjuncts ("…, killing 17 civilians", "… and killed 40 fighters")."""
    steps = 0
    while (token.pos_ not in {"VERB", "AUX"} or token.dep_ in NOMINAL_DEPS or _reduced_relative(token)) and (
        token.head != token and steps < 4
    ):
        token, steps = token.head, steps + 1
    while (
        token.dep_ in {"advcl", "conj", "xcomp"}
        and token.head != token
        and not any(child.dep_ in SUBJECTS | PASSIVE_SUBJECTS for child in token.children)
    ):
        token = token.head
    return token


def _reduced_relative(token: Token) -> bool:
    """A past participle modifying a noun ("lost about 40 soldiers killed in the area"): its clause
    is the one of the noun it modifies."""
    return token.dep_ == "acl" and token.tag_ == "VBN" and not any(
        child.dep_ in SUBJECTS | PASSIVE_SUBJECTS for child in token.children
    )


def trigger_groups(triggers: list[Trigger]) -> list[list[Trigger]]:
    """Triggers grouped by clause: "Fighting … spread, killing 17" is one event; "assaults on X,
    while a strike on Y killed two" are two."""
    groups: dict[int, list[Trigger]] = {}
    verbs: dict[int, Token] = {}
    for trigger in triggers:
        verb = trigger.head if _in_grievance(trigger) else clause_verb(trigger.head)
        verbs[verb.i] = verb
        groups.setdefault(verb.i, []).append(trigger)
    # A bare killing joins the clause that says how ("were killed when a missile hit …").
    for key in list(groups):
        if any(trigger.event_class.name != "kill" for trigger in groups[key]):
            continue
        verb = verbs[key]
        # The nearest governing clause first ("…, a local official said, a week after a drone
        # strike killed 11": the killing belongs to the strike, not to the main clause).
        above = [ancestor.i for ancestor in verb.ancestors if ancestor.i in groups and ancestor.i != key]
        below = [
            other for other in groups
            if other != key and verbs[other].sent.start == verb.sent.start and verb in verbs[other].ancestors
        ]
        related = above[:1] or below
        if related and _own_subject(verb) and all(
            verbs[other].dep_ == "advcl" and _own_subject(verbs[other]) and not _weapon_subject(verbs[other])
            for other in related[:1]
        ):
            continue  # "Gangs kill at least 15 as police battle for a road": two events, two subjects
        if related and _dated_apart(verb, verbs[related[0]]):
            continue  # "… late Tuesday, …, and that three people had been shot dead on Wednesday"
        if related:
            groups[related[0]].extend(groups.pop(key))
    ordered = sorted(groups.values(), key=lambda group: min(trigger.start for trigger in group))
    # "A bomb struck a convoy …, in an attack claimed by X": the attack is the bombing itself.
    # "…, and at least 21 people were killed in fighting": a toll told of the fighting just told.
    joined: list[list[Trigger]] = []
    for group in ordered:
        repelled = [trigger.head.i for trigger in group if _repelled_unnamed(trigger)]
        if joined and repelled and all(
            trigger.head.i in repelled or trigger.head.head.i in repelled for trigger in group
        ) and joined[-1][0].head.sent.start == group[0].head.sent.start:
            continue  # "X attacked a position …, and two soldiers were killed before the assault was repelled"
        if joined and any(_in_event_phrase(trigger) for trigger in group) and all(
            _in_event_phrase(trigger) or (trigger.event_class.name == "kill" and _is_passive(trigger.head))
            for trigger in group
        ) and joined[-1][0].head.sent.start == group[0].head.sent.start:
            joined[-1].extend(group)
        else:
            joined.append(group)
    return joined


def _reported_clause_start(token: Token) -> int:
    """Where the clause a verb of saying reports opens ("WAFA, the news agency, reported that settlers
    had attacked farmers"), or 0: the one who tells is no actor of what it tells."""
    steps = 0
    while token.head != token and steps < 8:
        if token.dep_ == "ccomp" and token.head.i < token.i and _lemma(token.head) in SPEECH_LEMMAS:
            return token.left_edge.idx
        token, steps = token.head, steps + 1
    return 0


def _weapon_subject(verb: Token) -> bool:
    """Whether a clause's subject is a weapon, not a side ("militants killed four officers when a
    roadside bomb struck their vehicle"): the clause tells how the killing was done."""
    lexicon = load_lexicon()
    weapons = lexicon.weapon_nouns | lexicon.instruments.keys()
    return any(child.dep_ in SUBJECTS and _lemma(child) in weapons for child in verb.children)


def _repelled_unnamed(trigger: Trigger) -> bool:
    """Whether the trigger is a passive repel with no agent ("the assault was repelled"): the other
    side's end of an attack the sentence has already told."""
    head = trigger.head
    return (head.pos_ == "VERB" and _lemma(head) in load_lexicon().repel_verbs and _is_passive(head)
            and not any(child.dep_ == "agent" for child in head.children))


def _own_subject(verb: Token) -> bool:
    """Whether an active verb has a subject of its own (not a passive or a subjectless participle)."""
    return any(child.dep_ in SUBJECTS for child in verb.children)


def _time_entities(tokens: Iterable[Token]) -> set[str]:
    """The words of the DATE and TIME entities among ``tokens``, to tell two clauses' days apart."""
    return {token.ent_iob_ + token.text.lower() for token in tokens if token.ent_type_ in {"DATE", "TIME"}}


def _dated_apart(verb: Token, other: Token) -> bool:
    """Whether a killing reported in a clause of its own ("and that …") coordinated with another has
    a subject and a day of its own, other than that clause's ("gunmen had attacked a house late
    Tuesday, killing four men, and that three people had been shot dead on Wednesday night"): a
    second event, not the first one's toll."""
    if verb.dep_ != "conj" or not any(child.dep_ in SUBJECTS | PASSIVE_SUBJECTS for child in verb.children):
        return False
    if not any(child.dep_ == "mark" and child.lower_ == "that" for child in verb.children):
        return False  # "…, and that …"; not "… this week, and seven have been killed since Monday"
    own_tokens = set(range(verb.left_edge.i, verb.right_edge.i + 1))
    own = _time_entities(token for token in verb.subtree)
    theirs = _time_entities(token for token in other.subtree if token.i not in own_tokens)
    return bool(own) and bool(theirs) and not own & theirs


def _in_grievance(trigger: Trigger) -> bool:
    """An event told as what protesters demand redress for ("to demand the release of relatives
    detained by the NISA"): an earlier event of its own, not part of the protest."""
    head = trigger.head
    purposes = load_lexicon().protest_purposes
    return (head.dep_ in {"acl", "relcl"} and head.tag_ == "VBN"
            and any(_lemma(ancestor) in purposes for ancestor in head.ancestors))


def _in_event_phrase(trigger: Trigger) -> bool:
    """An indefinite or bare event noun after "in" ("…, in an attack claimed by X", "killed in
    fighting"): it names the event its sentence already tells."""
    head = trigger.head
    determiners = [child.lower_ for child in head.children if child.dep_ == "det"]
    return (head.pos_ in {"NOUN", "PROPN"} and head.dep_ == "pobj" and head.head.lower_ == "in"
            and all(word in {"a", "an"} for word in determiners))


class _Index:
    """Char offsets → party names, places and dates of one Doc, for cheap lookups by token."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.parties = extension_value(doc, "conflictcli_parties") or []
        self.places = extension_value(doc, "conflictcli_places") or []
        self.dates = extension_value(doc, "conflictcli_dates") or []
        self.casualties = extension_value(doc, "conflictcli_casualties") or []
        self.claims = extension_value(doc, "conflictcli_claims") or []
        quotes = extension_value(doc, "conflictcli_quotes") or []
        self.quotes = quotes
        reference = extension_value(doc, "conflictcli_reference_date") or {}
        self.reference_value: str | None = reference.get("value")
        span = reference.get("span")
        self.dateline_start = span["start"] if span else -1
        self.dateline_end = span["end"] if span else -1
        self.party_mentions = sorted(
            (mention["start"], mention["end"], party["name"], party.get("type"))
            for party in self.parties
            for mention in party.get("mentions") or []
        )
        self.party_starts = [item[0] for item in self.party_mentions]
        self.speakers = {
            (quote["speaker_mention"]["start"], quote["speaker_mention"]["end"])
            for quote in quotes
            if quote.get("speaker_mention")
        }
        self.party_types = {party["name"]: party.get("type") for party in self.parties}
        self.party_countries = {party["name"]: party.get("country_code") for party in self.parties}
        self.named_forces: dict[str | None, str] = {}
        for party in self.parties:
            if party.get("type") == "military" and party["name"][:1].isupper() and _FORCES.search(party["name"]):
                self.named_forces.setdefault(party.get("country_code"), party["name"])
        self.civilians = next(
            (party["name"] for party in self.parties if party.get("type") == "civilians" and party["name"] == "civilians"),
            next((party["name"] for party in self.parties if party.get("type") == "civilians"), None),
        )
        self._first_date: str | None = None
        self._one_word: dict[str, str] | None = None
        offices = load_lexicon().press_offices
        self.press_offices = frozenset(
            party["name"] for party in self.parties
            if any(office in text.lower() for text in [party["name"], *(m["text"] for m in party.get("mentions") or [])]
                   for office in offices)
        )
        self.told_days: dict[str, str] = {}  # trigger lemma → day of the first event told with it
        self.trigger_tokens: frozenset[int] = frozenset()
        self.responsibility: dict[int, str | None] = {}
        # Only a denial of losses makes a death toll disputed ("M23 denied losing any fighters");
        # denying who did it ("denied that its men were behind the attack") leaves the dead counted.
        loss_denials = [
            claim for claim in self.claims if claim.get("kind") == "denial" and _LOSSES.search(claim["text"])
        ]
        self.disputed_claims = sorted({
            number for claim in loss_denials for number in claim.get("disputes") or [] if number < len(self.claims)
        })
        self.loss_deniers = {claim["claimant"] for claim in loss_denials if claim.get("claimant")}
        self.place_mentions = sorted(
            (mention["start"], mention["end"], place)
            for place in self.places
            for mention in place.get("mentions") or []
        )
        countries = [place.get("country_code") for *_, place in self.place_mentions if place.get("country_code")]
        # With no toponym found, the country the report's actors belong to.
        countries = countries or [party["country_code"] for party in self.parties if party.get("country_code")]
        self.main_country = max(countries, key=countries.count) if countries else None

    def state_force(self, country: str | None = None, besides: str | None = None) -> str | None:
        """The armed forces of a country (the report's own by default), for an unnamed one ("a
        government air strike", "an army position", "15 government soldiers"): its named forces,
        else its military party mentioned most (a counted group such as "at least 12 soldiers"
        aside)."""
        country = country or self.main_country
        if country in self.named_forces:
            return self.named_forces[country]
        candidates = [
            (-len(party.get("mentions") or []), number, party["name"])
            for number, party in enumerate(self.parties)
            if party.get("type") == "military" and party.get("country_code") == country
            and not _COUNTED.match(party["name"]) and party["name"] != besides and not self.is_source(party["name"])
        ]
        return min(candidates)[2] if candidates else None

    def party_called(self, nouns: frozenset[str]) -> str | None:
        """The first party named by one of ``nouns`` ("the kidnappers"), singular or plural."""
        for party in self.parties:
            head = party["name"].lower().split()[-1] if party["name"] else ""
            if head in nouns or head.removesuffix("s") in nouns:
                return party["name"]
        return None

    def police(self) -> str | None:
        """The report's police party (the one mentioned most), for "a police station", "police
        officers"."""
        candidates = [
            (-len(party.get("mentions") or []), number, party["name"])
            for number, party in enumerate(self.parties)
            if party.get("type") in STATE_TYPES and "police" in party["name"].lower()
            and not _COUNTED.match(party["name"])
        ]
        return min(candidates)[2] if candidates else None

    def party_headed(self, word: str) -> str | None:
        """The armed party whose name ends in ``word`` or its plural ("dissident" → "FARC
        dissidents"), for a target named by a modifier ("a dissident camp"); never a counted group."""
        if len(word) <= 3:
            return None
        for party in self.parties:
            name = party["name"]
            heads = {text.lower().split()[-1] for text in [name, *(m["text"] for m in party.get("mentions") or [])] if text}
            if heads & {word, word + "s"} and party.get("type") in ACTING_TYPES and not _COUNTED.match(name):
                return name
        return None

    def party_named(self, word: str) -> str | None:
        """The party whose name, or one of whose one-word mentions, is ``word`` ("Wazalendo", "M23")."""
        if self._one_word is None:
            text = doc_text(self.doc)
            self._one_word = {}
            for party in self.parties:
                self._one_word.setdefault(party["name"], party["name"])
            for start, end, name, _ in self.party_mentions:
                words = text[start:end].split()
                if words and words[0].lower() == "the":
                    words = words[1:]
                if len(words) == 1:
                    self._one_word.setdefault(words[0], name)
        return self._one_word.get(word)

    def party_by_head(self, lemma: str) -> str | None:
        """The group party whose name ends in ``lemma`` or its plural ("volunteer" → "volunteers"),
        neither a source, a person, civilians nor a counted group."""
        for party in self.parties:
            name = party["name"]
            words = name.lower().split()
            if (words and words[-1] in {lemma, lemma + "s"} and party.get("type") not in {"person", "civilians"}
                    and not self.is_source(name) and not _COUNTED.match(name)):
                return name
        return None

    def forces_called(self, word: str) -> str | None:
        """The military party one of whose mentions opens with ``word`` ("Ukrainian forces",
        "the Somali troops"), for a target named by a demonym ("Ukrainian positions")."""
        text = doc_text(self.doc)
        for start, end, name, kind in self.party_mentions:
            words = text[start:end].lower().split()
            if words and words[0] == "the":
                words = words[1:]
            if kind == "military" and len(words) > 1 and words[0] == word:
                return name
        return None

    def first_date(self) -> str | None:
        """The first day the body gives (dateline and dates of speaking excluded) within
        :data:`BACKGROUND_DAYS` before the reference date: the date of an event the text does not
        date itself, before falling back on the reference date."""
        if self._first_date is None:
            self._first_date = ""
            for item in self.dates:
                value = item.get("value")
                if item["start"] < self.dateline_end or item.get("type") not in {"DATE", "TIME"}:
                    continue
                if date_precision(value) != "day" or _date_role(self.doc, item, None) is not None:
                    continue
                if _is_background(value, self.reference_value) or _is_future(value, self.reference_value):
                    continue
                self._first_date = normalized_date(value)
                break
        return self._first_date or None

    def named_spans(self) -> list[tuple[int, int]]:
        """Spans a trigger may not sit inside: multi-word party names and toponyms."""
        spans = [(start, end) for start, end, *_ in self.party_mentions if " " in doc_text(self.doc)[start:end]]
        spans += [(start, end) for start, end, _ in self.place_mentions]
        spans += [(item["start"], item["end"]) for item in self.dates]
        return sorted(spans)

    def as_actor(self, name: str | None, event_type: str = "") -> str | None:
        """ACLED's actor for a party: every group of civilians ("at least 14 people", "fishermen")
        is the report's civilians party when it has one, and unnamed soldiers ("two soldiers",
        "government troops") are their country's named armed forces when the report names them, as
        is a state or ministry that fights ("air strikes by the United States")."""
        if name is None:
            return name
        kind = self.party_types.get(name)
        if self.civilians is not None and (
            kind == "civilians" or (kind not in STATE_TYPES | ACTING_TYPES and _is_civilian_word(name))
        ):
            return self.civilians
        if kind == "military" and name[:1].islower() and name.lower().split()[-1] not in load_lexicon().distinct_forces:
            force = self.state_force(self.party_countries.get(name), besides=name)
            # Only towards a named force or one the report mentions more: never between two
            # equally unnamed groups of soldiers.
            if force and (force[:1].isupper() or self.mention_count(force) > self.mention_count(name)):
                return force
            return name
        if kind in {"state", "government"} and event_type in VIOLENT_TYPES and "police" not in name.lower():
            return self.named_forces.get(self.party_countries.get(name), name)
        return name

    def mention_count(self, name: str) -> int:
        return sum(1 for *_, party_name, _ in self.party_mentions if party_name == name)

    def kills_in(self, clauses: list[tuple[int, int]]) -> bool:
        """Whether a killed count lies in one of ``clauses`` (a raid that killed is a battle)."""
        return any(
            item.get("status") == "killed" and any(start <= item["start"] < end for start, end in clauses)
            for item in self.casualties
        )

    def disputed(self, item: dict[str, Any]) -> bool:
        """Whether a span lies in a claim another party denies ("the army said it killed 40 …",
        "M23 denied losing any fighters"): ACLED keeps the lowest figure, so it does not count."""
        if self.loss_deniers and self.party_at(item["start"], item["end"], speakers=True) in self.loss_deniers:
            return True
        return any(
            claim["start"] <= item["start"] and item["end"] <= claim["end"]
            for number in self.disputed_claims
            for claim in (self.claims[number],)
        )

    def source_of(self, item: dict[str, Any]) -> str | None:
        """Who gives a count: the claimant of the narrowest claim holding it, None for the report's
        own voice."""
        holding = [claim for claim in self.claims
                   if claim["start"] <= item["start"] and item["end"] <= claim["end"]]
        narrowest = min(holding, key=lambda claim: claim["end"] - claim["start"], default=None)
        return narrowest.get("claimant") if narrowest else None

    def reporting_force(self, char: int, kinds: frozenset[str] = ACTING_TYPES) -> str | None:
        """The armed actor or state reporting what happens at ``char`` ("the army said air strikes
        killed 18 fighters"): a force's account of an operation names it as the one that acted; an
        unnamed source ("a military source said") tells, it does not act."""
        for quote in self.quotes:
            speaker = quote.get("speaker")
            if (speaker and quote["start"] <= char < quote["end"] and self.party_types.get(speaker) in kinds
                    and not self.is_source(speaker)):
                return speaker
        return None

    def unarmed(self, name: str | None) -> bool:
        """Whether a party is people with no armed affiliation ("a radio journalist", "four members
        of a neighbourhood resistance committee"): ACLED codes them as civilians when they are hit,
        taken or detained."""
        kind = self.party_types.get(name or "")
        if kind in {"civilians", "person", "other"}:
            return not self.is_source(name) or kind == "civilians"
        return kind == "organization" and bool(name) and not any(word[:1].isupper() for word in name.split())

    def is_source(self, name: str | None) -> bool:
        """Whether a party is an unnamed source ("military source", "local officials", "a relative")
        or a force's media wing ("Inter-Services Public Relations", "the military's media wing"):
        ACLED never codes the ones who tell of an event as its actors."""
        if not name:
            return False
        if name in self.press_offices:
            return True
        head = name.lower().split()[-1]
        if name[:1].isupper() and name.split()[0].lower() not in {"a", "an", "the"} and not (
            _DEMONYM_LED.match(name) and head.removesuffix("s") in load_lexicon().source_nouns
        ):
            return False  # a named body, not "Mauritanian security source"
        return head in load_lexicon().source_nouns or head.removesuffix("s") in load_lexicon().source_nouns

    def party_before(self, end: int, start: int, other: str | None) -> str | None:
        """The party of the last non-speaker mention in ``[start, end)`` that is neither ``other`` nor
        civilians: the initiator when the parse gives a verb no subject."""
        found = None
        for mention_start, mention_end, name, kind in self.party_mentions:
            if mention_start >= end:
                break
            if (mention_start >= start and (mention_start, mention_end) not in self.speakers
                    and name != other and kind != "civilians" and not self.is_source(name)):
                found = name
        return found

    def party_at(self, start: int, end: int, speakers: bool = False, pronouns: bool = True) -> str | None:
        """The party with a mention overlapping ``[start, end)``, first by position; a speaker's
        mention ("…, the army said") only with ``speakers``, a pronoun only with ``pronouns``."""
        position = max(bisect_right(self.party_starts, start) - 1, 0)
        text = doc_text(self.doc)
        for mention_start, mention_end, name, _ in self.party_mentions[position:]:
            if mention_start >= end:
                break
            if mention_end > start and (speakers or (mention_start, mention_end) not in self.speakers) and (
                pronouns or text[mention_start:mention_end].lower() not in PRONOUNS
            ):
                return name
        return None


def _phrase_party(index: _Index, token: Token, whole: bool = False, speakers: bool = False) -> str | None:
    """The party a noun phrase headed by ``token`` names: its head first, then its left modifiers,
    then (``whole``) the rest of the phrase ("a convoy of Somali troops"); a speaker's mention only
    with ``speakers`` (the event verb's own subject: "police detained 23 men, accusing them …")."""
    head_party = index.party_at(token.idx, token.idx + len(token.text), speakers=speakers)
    members = load_lexicon().member_nouns
    # "Fighters of the RED-Tabara rebel group" opening a sentence is tagged a proper noun.
    counted_members = token.pos_ == "PROPN" and token.lower_.removesuffix("s") in members
    if head_party is None or head_party[:1].islower() or counted_members or (
        token.pos_ == "NOUN" and _lemma(token) in members
    ):
        member = _member_party(index, token)
        if member:
            return member
    if token.pos_ == "NOUN" and _lemma(token) in load_lexicon().member_nouns:
        for child in token.children:
            if child.dep_ in {"compound", "amod"} and (headed := index.party_headed(_lemma(child))):
                return headed  # "gang members" → the party written "Gangs"
    if head_party:
        return head_party
    left = token.left_edge
    found = index.party_at(left.idx, token.idx + len(token.text))
    if found:
        return found
    modifiers = [child for child in token.children if child.dep_ in {"amod", "compound", "nmod"}]
    if token.dep_ in {"amod", "compound", "nmod"}:
        modifiers.append(token)
    if any(_lemma(modifier) in STATE_MODIFIERS for modifier in modifiers):
        return index.state_force()
    if any(_lemma(modifier) == "police" for modifier in modifiers) and (police := index.police()):
        return police  # "attacked a police station"
    if _lemma(token) in POLICE_NOUNS and token.dep_ in SUBJECTS and (police := index.police()):
        return police  # "officers had arrested nine suspects"
    for child in token.children:
        if child.dep_ in {"amod", "compound"} and child.text[:1].isupper() and (
            forces := index.forces_called(child.lower_)
        ):
            return forces  # "Ukrainian positions" → the party written "Ukrainian forces"
    for child in token.children:
        if child.dep_ in {"amod", "compound"} and (headed := index.party_headed(child.lower_)):
            return headed  # "a dissident camp" → the party written "FARC dissidents"
    if token.pos_ == "NOUN" and token.tag_ == "NNS" and any(child.dep_ == "nummod" for child in token.children):
        # "killed 40 rebels", "killing four soldiers": counted members of a side named elsewhere.
        if _lemma(token) in {"soldier", "troop"} and (force := index.state_force()):
            return force
        if headed := index.party_headed(_lemma(token)):
            return headed
    if token.pos_ == "NOUN" and token.dep_ in PASSIVE_SUBJECTS and (named := index.party_by_head(_lemma(token))):
        return named  # "A village volunteer was killed" → the party written "The volunteers"
    if not whole:
        return found
    # "an engineer … at his home": a possessive deep in the phrase does not name the target.
    deep = index.party_at(*_subtree_span(token), pronouns=False)
    if deep and index.civilians and token.pos_ == "NOUN" and _is_civilian_word(token.text) and (
        index.party_types.get(deep) not in {"armed_group", "military", "state", "government"}
    ):
        return index.civilians  # "arrested an opposition activist, Jean-Baptiste Yakité": a civilian
    return deep


def _member_party(index: _Index, token: Token, depth: int = 0) -> str | None:
    """The named organisation some people belong to ("five members of the People's Liberation
    Army", "hundreds of supporters of the BYC"): ACLED codes the organisation, not its members."""
    for child in token.children:
        if child.dep_ != "prep" or child.lower_ != "of":
            continue
        for grand in child.children:
            if grand.dep_ != "pobj":
                continue
            party = index.party_at(grand.left_edge.idx, grand.idx + len(grand.text), pronouns=False)
            kind = index.party_types.get(party or "")
            named = bool(party) and any(word[:1].isupper() for word in party.split()) and not _COUNTED.match(party)
            if named and (kind in ORGANISED_TYPES or (
                _lemma(grand) in load_lexicon().organisation_nouns and kind not in {"civilians", None}
            )):
                return party  # "members of the Gran Grif gang", "supporters of the opposition PTI party"

            if depth < 1 and (found := _member_party(index, grand, depth + 1)):
                return found
    for child in token.children:
        # "two men who were members of the BLA"
        if depth < 1 and child.dep_ == "relcl" and _lemma(child) == "be":
            for attr in child.children:
                if attr.dep_ == "attr" and (found := _member_party(index, attr, depth + 1)):
                    return found
    return None


def _conjunct_parties(index: _Index, token: Token, speakers: bool = False) -> list[str]:
    parties = []
    for item in [token, *token.conjuncts]:
        party = _phrase_party(index, item, speakers=speakers)
        if party and party not in parties:
            parties.append(party)
    return parties


Roles = tuple[str | None, str | None]


def _prep_roles(index: _Index, head: Token) -> Roles:
    """Initiator and target from a trigger's prepositions and modifiers: "clashes between X and Y",
    "an air strike by X on Y", "fighting with Y", "a rebel assault", "Moscow's offensive"."""
    actor1 = actor2 = None
    for child in head.children:
        if child.dep_ == "prep":
            objects = [grand for grand in child.children if grand.dep_ == "pobj"]
            if not objects:
                continue
            parties = _conjunct_parties(index, objects[0])
            word = child.lower_
            if not parties:
                continue
            if word == "between":
                if len(parties) < 2:
                    parties = _between_sides(index, objects[0]) or parties
                actor1 = actor1 or parties[0]
                if len(parties) > 1:
                    actor2 = actor2 or parties[1]
            elif word == "with":
                actor2 = actor2 or parties[0]
            elif word == "from" and _lemma(head) in TAKING_LEMMAS:
                actor2 = actor2 or parties[0]  # "retook the village from CODECO"
            elif word in INITIATOR_PREPOSITIONS:
                actor1 = actor1 or parties[0]
            elif word in TARGET_PREPOSITIONS and not (word == "in" and _is_location(index, objects[0])):
                actor2 = actor2 or parties[0]
        elif child.dep_ in {"compound", "amod", "poss", "nmod"} and actor1 is None and head.pos_ != "VERB":
            actor1 = _phrase_party(index, child)
        elif child.dep_ == "acl" and actor1 is None and (_launches(child) or _lemma(child) in CLAIM_LEMMAS):
            # "an attack claimed by al-Shabaab", "a raid carried out by the army" (not "police units
            # backed by a foreign mission": the mission backs, the units act)
            for agent in child.children:
                if agent.dep_ == "agent":
                    objects = [grand for grand in agent.children if grand.dep_ == "pobj"]
                    actor1 = _phrase_party(index, objects[0]) if objects else None
    return actor1, actor2


def _between_sides(index: _Index, pobj: Token) -> list[str]:
    """The two sides of "between X and Y" read word by word, for when one party mention runs over
    both ("Wazalendo militiamen and M23 rebels" written as one mention of M23): each side is the
    party named by one of its capitalised words."""
    tokens = list(pobj.subtree)
    conjunction = next((token for token in tokens if token.dep_ == "cc" and token.lower_ == "and"), None)
    if conjunction is None:
        return []
    sides = []
    for side in ([token for token in tokens if token.i < conjunction.i], [token for token in tokens if token.i > conjunction.i]):
        party = next(filter(None, (index.party_named(token.text) for token in side if token.text[:1].isupper())), None)
        if party is None or party in sides:
            return []
        sides.append(party)
    return sides


def _is_location(index: _Index, token: Token) -> bool:
    """Whether a noun phrase names a place ("in the Houthi-held capital Sanaa"), not a target."""
    start, end = _subtree_span(token)
    if any(start <= place_start < end for place_start, _, _ in index.place_mentions):
        return True
    return _lemma(token) in TOWN_NOUNS | {"capital", "province", "region", "district", "area", "state"}


def _held_by(index: _Index, sentence: Span) -> str | None:
    """The party a place of the sentence is held by ("the Houthi-held capital", "RSF-controlled
    areas"): unnamed security agents detaining there are its authorities."""
    for token in sentence:
        if token.lower_ in {"held", "controlled", "run"} and token.i >= sentence.start + 2 and token.nbor(-1).text == "-":
            owner = token.nbor(-2)
            party = index.party_at(owner.idx, owner.idx + len(owner.text))
            if party and index.party_types.get(party) in ACTING_TYPES | STATE_TYPES:
                return party
    return None


def _subject_roles(index: _Index, verb: Token, depth: int = 0, transitive: bool = False) -> Roles:
    """Roles from ``verb``'s subject, climbing coordinated and subordinate verbs that have none.

    A subject that is itself an event noun ("Fighting between X and Y spread …") lends its roles."""
    subjects = [child for child in verb.children if child.dep_ in SUBJECTS and child.idx >= index.dateline_end]
    for child in subjects:
        parties = _conjunct_parties(index, child, speakers=depth == 0 and child.dep_ == "nsubj")
        if parties:
            # "X and Y clashed": the two sides; "X and Y killed four herders": allies acting together.
            allies = transitive or any(other.dep_ in OBJECTS and _lemma(other) not in EXCHANGED
                                       for other in verb.children)
            return parties[0], parties[1] if len(parties) > 1 and not allies else None
    for child in subjects:
        roles = _prep_roles(index, child)
        if roles[0] is None and child.pos_ in {"NOUN", "PRON", "NUM"}:
            roles = _phrase_party(index, child, whole=True), roles[1]
        if roles != (None, None):
            return roles
    if subjects:
        return None, None
    for child in verb.children:
        if child.dep_ == "agent":
            for grand in child.children:
                if grand.dep_ == "pobj":
                    return _phrase_party(index, grand), None
    if verb.dep_ == "relcl" and verb.head.pos_ in {"NOUN", "PROPN"}:
        return _phrase_party(index, verb.head), None
    if depth < 3 and verb.dep_ == "conj" and verb.head != verb:
        for shared in (child for child in verb.head.children if child.dep_ in PASSIVE_SUBJECTS):
            # "soldiers would be deployed … and had already detained six men": the soldiers detained
            if party := _phrase_party(index, shared):
                return party, None
    if depth < 3 and verb.dep_ in CLIMB_DEPS - {"ccomp"} and verb.head != verb:
        if verb.head.pos_ in {"NOUN", "PROPN"}:
            roles = _prep_roles(index, verb.head)
            return roles if roles[0] else (_phrase_party(index, verb.head), roles[1])
        transitive = transitive or any(child.dep_ in OBJECTS and _lemma(child) not in EXCHANGED
                                       for child in verb.children)
        return _subject_roles(index, verb.head, depth + 1, transitive)
    return None, None


def _accusing_verb(token: Token) -> Token | None:
    """The accusing verb within four heads above a trigger ("accused" in "accused X of shelling",
    "accused X of firing shells", with "of" under X)."""
    for _ in range(4):
        if token.head == token:
            return None
        token = token.head
        if _lemma(token) in ACCUSATION_LEMMAS:
            return token
    return None


def _accused(index: _Index, head: Token) -> str | None:
    """The accused party when the trigger is what it is accused of ("accused X of shelling")."""
    verb = _accusing_verb(head)
    if verb is None:
        return None
    return next((_phrase_party(index, child) for child in verb.children if child.dep_ in OBJECTS), None)


def _is_passive(verb: Token) -> bool:
    return any(child.dep_ in PASSIVE_SUBJECTS or child.dep_ == "auxpass" for child in verb.children)


def _roles(index: _Index, head: Token) -> Roles:
    """Initiator (``actor1``) and target (``actor2``) of a trigger, verb or noun, active or passive."""
    repelled = _repelled(index, head)
    if repelled is not None:
        return repelled
    actor1, actor2 = _prep_roles(index, head)
    accused = _accused(index, head)
    if accused:
        actor1 = accused
    if _reduced_relative(head):
        # "Suspected insurgents detained in Zabul": the noun is the one acted on; "relatives
        # detained by the police": the agent acted.
        for agent in (child for child in head.children if child.dep_ == "agent"):
            actor1 = actor1 or next((_phrase_party(index, grand) for grand in agent.children if grand.dep_ == "pobj"), None)
        return actor1, actor2 or _phrase_party(index, head.head)
    if head.pos_ == "VERB" or (head.pos_ == "ADJ" and head.tag_ == "VBN"):
        passive = False
        # A headline drops the auxiliary: "Suspected Insurgents Detained in Zabul" is passive.
        headline_passive = head.tag_ == "VBN" and head.dep_ == "ROOT" and not any(
            child.dep_ in {"aux", "auxpass"} for child in head.children
        ) and _is_headline(head) and not any(child.dep_ in OBJECTS for child in head.children)
        for child in head.children:
            if child.dep_ in PASSIVE_SUBJECTS or (headline_passive and child.dep_ in SUBJECTS):
                passive = True
                victim = _phrase_party(index, child)
                if victim and index.unarmed(victim) and (keeper := _custodian(index, head)):
                    actor1, actor2 = actor1 or keeper, victim
                else:
                    actor2 = actor2 or victim
            elif child.dep_ == "agent":
                for grand in child.children:
                    if grand.dep_ == "pobj":
                        actor1 = actor1 or _phrase_party(index, grand)
            elif child.dep_ in OBJECTS and _lemma(child) not in load_lexicon().property_nouns:
                # "destroyed RSF fuel depots": property hit, no party as the target.
                actor2 = actor2 or _phrase_party(index, child, whole=True)
        if not passive and actor1 is None:
            subject1, subject2 = _subject_roles(index, head)
            actor1 = subject1
            actor2 = actor2 or subject2
        return actor1, actor2
    launched = head
    if head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.pos_ == "NOUN":
        launched = head.head.head
    if launched.dep_ == "pobj" and launched.head.dep_ == "prep" and _launches(launched.head.head):
        if actor1 is None:
            subject1, subject2 = _subject_roles(index, launched.head.head)
            actor1, actor2 = subject1, actor2 or subject2
    if launched != head and actor2 is None:
        actor2 = _prep_roles(index, launched)[1]
    if actor1 is None and launched.dep_ in OBJECTS and _launches(launched.head):
        actor1 = _subject_roles(index, launched.head)[0]
    if head.dep_ in SUBJECTS and head.head.pos_ == "VERB" and actor2 is None:
        for child in head.head.children:
            if child.dep_ in OBJECTS:
                actor2 = _phrase_party(index, child, whole=True)
        # "A suicide bomber rammed a car into a police checkpoint": the target follows the verb.
        for child in head.head.children:
            if actor2 is None and child.dep_ == "prep" and child.lower_ in TARGET_PREPOSITIONS - {"in"}:
                actor2 = next((_phrase_party(index, grand) for grand in child.children if grand.dep_ == "pobj"), None)
    return actor1, actor2


def _custodian(index: _Index, verb: Token) -> str | None:
    """The force whose premises a passive act with no agent took place in ("a detainee had been
    beaten at an army camp"): people hurt in a force's custody were hurt by that force."""
    if any(child.dep_ == "agent" for child in verb.children):
        return None
    sites = load_lexicon().custody_sites
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in {"at", "in", "inside"}:
            continue
        for site in child.children:
            if site.dep_ == "pobj" and _lemma(site) in sites:
                party = _phrase_party(index, site)
                if party and index.party_types.get(party) in STATE_TYPES | ACTING_TYPES:
                    return party
    return None


def _repelled(index: _Index, head: Token) -> Roles | None:
    """Roles of a repelled attack ("its fighters repelled a Houthi attack on positions"): the
    attackers initiated the battle, the ones who repelled it are its target."""
    lexicon = load_lexicon()
    beaten_back = _lemma(head) == "beat" and any(
        child.dep_ in {"prt", "advmod"} and child.lower_ in {"back", "off"} for child in head.children
    )
    if head.pos_ != "VERB" or (_lemma(head) not in lexicon.repel_verbs and not beaten_back):
        return None
    for child in head.children:
        if child.dep_ in OBJECTS and (lexicon.phrases.get(_lemma(child)) or _lemma(child) in lexicon.event_heads):
            attacker = _prep_roles(index, child)[0]
            if attacker is None:
                continue
            defender = _subject_roles(index, head)[0]
            if defender is None and _pronoun_subject(head):
                defender = index.reporting_force(head.idx)  # "X said on Saturday it had repelled …"
            return attacker, defender if defender != attacker else None
    return None


def _is_headline(token: Token) -> bool:
    """Whether a token's line is a headline: no closing punctuation ("Suspected Insurgents Detained
    in Zabul"), unlike a body sentence whose past verb the tagger took for a participle."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    line = text[start:len(text) if end == -1 else end].rstrip()
    return bool(line) and line[-1] not in '.!?"”’\''



def _territory_object(verb: Token, index: _Index, lexicon: Lexicon) -> bool:
    """Whether a capture/fall verb is about ground (a place or a position), not people."""
    roles = OBJECTS | PASSIVE_SUBJECTS | (SUBJECTS if _lemma(verb) == "fall" else frozenset())
    candidates = [child for child in verb.children if child.dep_ in roles]
    for candidate in candidates:
        if candidate.idx < index.dateline_end:
            continue
        if _lemma(candidate) in lexicon.territory_objects:
            return True
        start, end = candidate.idx, candidate.idx + len(candidate.text)
        if any(place_start < end and place_end > start for place_start, place_end, _ in index.place_mentions):
            return True
    return False


def _takes_people(trigger: Trigger, index: _Index) -> bool:
    """Whether a capture/seize trigger takes people (a party or a counted captive), not equipment."""
    start, end = trigger.head.idx, trigger.head.idx + len(trigger.head.text)
    if any(
        item.get("status") == "captured" and item["start"] <= start and item["end"] >= end
        for item in index.casualties
    ):
        return True
    for child in trigger.head.children:
        if child.dep_ in OBJECTS | PASSIVE_SUBJECTS and _phrase_party(index, child):
            return True
        if child.dep_ == "prep" and child.lower_ == "of":
            if any(grand.dep_ == "pobj" and _phrase_party(index, grand) for grand in child.children):
                return True
    return False


def _classify(trigger: Trigger, actor1: str | None, actor2: str | None, index: _Index,
              lexicon: Lexicon, sentence: Span, group: list[Trigger] | None = None) -> tuple[str, str] | None:
    """ACLED type and sub-type for a trigger with its actors, or None when it is not an event."""
    event_class = trigger.event_class
    if event_class.territory:
        if _territory_object(trigger.head, index, lexicon):
            if index.party_types.get(actor1 or "") not in STATE_TYPES:
                return "battles", "non_state_actor_overtakes_territory"
            own = index.party_countries.get(actor1 or "")
            where = _place_country(trigger, index, sentence)
            if own and where and own != where:
                return "battles", "armed_clash"
            return "battles", "government_regains_territory"
        if event_class.name == "territory" or not _takes_people(trigger, index):
            return None
        if actor1 is not None and index.party_types.get(actor1) not in STATE_TYPES:
            return "battles", "armed_clash"
    premodifiers = index.doc[trigger.head.left_edge.i:trigger.head.i].text.lower()
    if trigger.head.pos_ == "NOUN" and any(word in premodifiers for word in lexicon.direct_fire_modifiers):
        return "battles", "armed_clash"  # "fired an anti-tank missile at a tank": direct fire, a fight
    phrase = tuple(_lemma(token) for token in index.doc[trigger.start:trigger.end])
    if phrase in lexicon.people_taking and not _takes_people(trigger, index):
        return None  # "took away their weapons": nobody taken
    if event_class.name in INSTRUMENT_CLASSES and (weapon := _instrument(trigger.head, lexicon)):
        return REMOTE_TYPE, weapon  # "its jets struck a camp", "its aircraft destroyed fuel depots"
    if event_class.weapon_object and not _objects_in(trigger.head, lexicon.disrupted_objects):
        if not index.kills_in(clause_spans(clause_verb(trigger.head))):
            return None
        # "had neutralised eight terrorists": people, not drones, put out of action are killed.
        kill = lexicon.classes["kill"]
        if kill.civilian_target and _civilian_target(actor2, index, group or [trigger]):
            return kill.civilian_target
        return kill.type, kill.sub_type
    if (event_class.name == "arrest" and actor1 is not None and index.party_types.get(actor1) not in STATE_TYPES
            and not _by_security_force(trigger.head, lexicon) and not _security_service(actor1, lexicon)):
        return "violence_against_civilians", "abduction_forced_disappearance"
    if event_class.civilian_target and _civilian_target(actor2, index, group or [trigger]):
        return event_class.civilian_target
    if event_class.name == "abduction" and index.kills_in(
        [span for item in group or [trigger] for span in clause_spans(clause_verb(item.head))]
    ):
        return "violence_against_civilians", "attack"  # an abduction raid that kills is an attack
    if event_class.name == "attack" and _on_ship(trigger.head, lexicon):
        return REMOTE_TYPE, "shelling_artillery_missile_attack"
    return event_class.type, event_class.sub_type


def _by_security_force(verb: Token, lexicon: Lexicon) -> bool:
    """Whether the ones who detain are police or soldiers by their noun ("Manipur Police commandos
    arrested …"), whatever party the parse ties the name to: an arrest, not an abduction."""
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            words = [child, *(token for token in child.children if token.dep_ == "compound")]
            if any(_lemma(token) in lexicon.security_nouns for token in words):
                return True
    return False


def _named_by_modifiers(index: _Index, verb: Token) -> str | None:
    """The state body an unnamed subject's modifiers spell out ("national security agents" → the
    National Security Service the report names elsewhere)."""
    for child in verb.children:
        if child.dep_ not in SUBJECTS:
            continue
        words = {grand.lower_ for grand in child.children if grand.dep_ in {"amod", "compound"}}
        if len(words) < 2:
            continue
        for party in index.parties:
            name_words = {word.lower() for word in party["name"].split()}
            if words <= name_words and (party.get("type") in STATE_TYPES
                                        or _security_service(party["name"], load_lexicon())):
                return party["name"]
    return None


def _security_service(name: str, lexicon: Lexicon) -> bool:
    """Whether a party's name says it is a security service ("Internal Security Agency", "National
    Intelligence Service"), whatever type the parties component gave it: its detentions are arrests."""
    words = {word.lower().removesuffix("'s").removesuffix("’s") for word in name.split()}
    return bool(words & lexicon.security_services) and name[:1].isupper()


def _on_ship(head: Token, lexicon: Lexicon) -> bool:
    """Whether an attack with no weapon named hits a ship ("an attack on a bulk carrier"): ACLED
    codes it as a missile attack."""
    targets = [grand for child in head.children if child.dep_ == "prep" and child.lower_ in {"on", "against"}
               for grand in child.children if grand.dep_ == "pobj"]
    targets += [child for child in head.children if child.dep_ in OBJECTS]
    return any(_lemma(token) in lexicon.ship_nouns for token in targets)


def _objects_in(verb: Token, lemmas: frozenset[str]) -> bool:
    """Whether the verb's object (or passive subject) is one of ``lemmas`` ("shot down a drone")."""
    for child in verb.children:
        if child.dep_ in OBJECTS | PASSIVE_SUBJECTS:
            if any(_lemma(token) in lemmas for token in (child, *child.conjuncts)):
                return True
    return False


def _instrument(head: Token, lexicon: Lexicon) -> str | None:
    """The remote-violence sub-type an attack's weapon gives: the instrument it is made with
    ("attacked … with drones and mortars") or the weapon that does it ("its jets struck a camp",
    "its aircraft had destroyed fuel depots")."""
    weapons = []
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ in {"with", "using"}:
            weapons += [grand for grand in child.children if grand.dep_ == "pobj"]
        elif child.dep_ in SUBJECTS and head.pos_ == "VERB":
            weapons.append(child)
    for weapon in weapons:
        for token in (weapon, *weapon.conjuncts):
            if _lemma(token) in lexicon.instruments:
                return lexicon.instruments[_lemma(token)]
    return None


def _place_country(trigger: Trigger, index: _Index, sentence: Span) -> str | None:
    located = _sentence_place(index, sentence, trigger)
    return located[0].get("country_code") if located else None


def _civilian_target(actor2: str | None, index: _Index, group: list[Trigger]) -> bool:
    """Whether the target is unarmed people, or, with no target named, whether everyone killed in
    the clauses of the trigger's group ("17 villagers were killed when gunmen stormed …") is."""
    if actor2 is not None:
        return index.unarmed(actor2)
    if any(child.dep_ in OBJECTS | PASSIVE_SUBJECTS and _is_civilian_word(child.text)
           and not index.party_at(child.idx, child.idx + len(child.text))
           for trigger in group if trigger.head.pos_ == "VERB" and trigger.event_class.civilian_target
           for child in trigger.head.children):
        # "gunmen shot dead a radio journalist", "the four men were shot dead"; not "killed three
        # gunmen and detained 14 people" (the arrest's object is no target of the killing)
        return True
    spans = [span for trigger in group for span in clause_spans(clause_verb(trigger.head))]
    victims = [
        item for item in index.casualties
        if any(start <= item["start"] < end for start, end in spans) and item.get("status") == "killed"
    ]
    return bool(victims) and all(_is_civilian_word(item.get("who") or "") for item in victims)


_ONGOING = re.compile(
    r"\b(?:fighting|clashes|battles?|combat)\b[^.]{0,40}\b(?:continu\w*|going on|ongoing|still raging|raging)\b", re.I
)
_SUSPECTED = re.compile(r"\bsuspect(?:ed|s)?\b", re.I)
_NO_LOSSES = re.compile(
    r"\b(?:lost|losing|suffered) (?:no|none)\b|\bno (?:losses|casualties)\b"
    r"|\bno (?:soldiers?|troops?|police(?:men)?|officers?|fighters?|personnel)\b[^.]{0,25}"
    r"\b(?:hurt|killed|wounded|injured|harmed)\b",  # "said no soldier had been hurt"
    re.I,
)
_FORCES = re.compile(r"\b(Army|Armed Forces|Forces|Force|Corps|Military|Defen[cs]e)\b", re.I)
_WEEKDAY = re.compile(r"\b(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b", re.I)
_LOSSES = re.compile(r"\b(los[est]\w*|losing|casualt\w+|killed|dead|deaths?|died|fatalit\w+)\b", re.I)
_COUNTED = re.compile(
    r"^(\d|at least|more than|about|around|some|several|dozens|hundreds|"
    r"a |an |one |two |three |four |five |six |seven |eight |nine |ten )", re.I
)
_DEMONYM_LED = re.compile(r"^[A-Z][a-z]+(?:an|ese|i|ish|ch)\s+(?:[a-z]+\s+){0,2}[a-z]+$")
_CIVILIAN_WORDS = re.compile(
    r"\b(civilians?|residents?|villagers?|people|children|women|men|worshippers|passengers|farmers|herders|herdsmen|"
    r"shepherds|pastoralists|hunters|drivers|motorists|porters|vendors?|"
    r"fishermen|traders|teachers|students|pupils|patients|family|families|workers|miners|shoppers|"
    r"displaced|pilgrims|commuters|mourners|guests|journalists?|reporters?|priests?|pastors?|imams?|nurses?|"
    r"doctors?|engineers?|aid workers?|community leaders?|passers-by|bystanders?|activists?)\b", re.I
)


def _is_civilian_word(who: str) -> bool:
    return bool(_CIVILIAN_WORDS.search(who))


def date_precision(value: str | None) -> str | None:
    """ACLED's time precision of a TIMEX3 value: day, week, month, year, or None (not a calendar date)."""
    if not value:
        return None
    if _DAY.match(value):
        return "day"
    if _WEEK.match(value):
        return "week"
    if _MONTH.match(value):
        return "month"
    if _YEAR.match(value):
        return "year"
    return None


def normalized_date(value: str) -> str:
    """A TIMEX3 value cut to its precision: ``2024-03-05TNI`` → ``2024-03-05``, ``2025-W09-WE`` → ``2025-W09``."""
    for pattern in (_DAY, _WEEK):
        match = pattern.match(value)
        if match:
            return match.group(0)
    return value


def event_day(value: str | None) -> str | None:
    """The calendar day ACLED would give an event dated ``value``: the midpoint of a week, month or year."""
    if not value:
        return None
    try:
        if match := _DAY.match(value):
            return date(*map(int, match.groups())).isoformat()
        if match := _WEEK.match(value):
            return date.fromisocalendar(int(match.group(1)), int(match.group(2)), 4).isoformat()
        if match := _MONTH.match(value):
            return date(int(match.group(1)), int(match.group(2)), 15).isoformat()
        if match := _YEAR.match(value):
            return date(int(match.group(1)), 7, 1).isoformat()
    except ValueError:
        return None
    return None


def _is_background(value: str | None, reference: str | None) -> bool:
    day, reference_day = event_day(value), event_day(reference)
    if day is None or reference_day is None:
        return False
    return date.fromisoformat(day) < date.fromisoformat(reference_day) - timedelta(days=BACKGROUND_DAYS)


def clause_spans(verb: Token, triggers: frozenset[int] | None = None) -> list[tuple[int, int]]:
    """Character spans of ``verb``'s clause: its subtree minus the clauses nested in it that have a
    subject of their own ("assaults on X, while a strike on Y killed two" keeps the two out). With
    ``triggers`` (token indices), only nested clauses telling an event of their own are left out
    ("in a battle that left 17 dead", "while an elder said five soldiers died" stay in)."""
    start, end = _subtree_span(verb)
    holes = sorted(
        _subtree_span(token) for token in verb.subtree
        if token != verb and token.pos_ in {"VERB", "AUX"} and token.dep_ in {"advcl", "ccomp", "conj", "relcl", "pcomp", "parataxis"}
        and any(child.dep_ in SUBJECTS | PASSIVE_SUBJECTS for child in token.children)
        and (triggers is None or any(inner.i in triggers for inner in token.subtree))
    )
    spans = []
    for hole_start, hole_end in holes:
        if hole_start > start:
            spans.append((start, hole_start))
        start = max(start, hole_end)
    if start < end:
        spans.append((start, end))
    return spans


def _subtree_span(token: Token) -> tuple[int, int]:
    right = token.right_edge
    return token.left_edge.idx, right.idx + len(right.text)


def _earlier_year(value: str | None, reference: str | None) -> bool:
    """A year before the reference date's ("last year", "in 2014"): background, not this report's event."""
    return bool(value and reference and date_precision(value) == "year" and value[:4] < reference[:4])


def _is_future(value: str | None, reference: str | None) -> bool:
    day, reference_day = event_day(value), event_day(reference)
    return day is not None and reference_day is not None and day > reference_day


def _subordinate(trigger: Trigger) -> tuple[int, int] | None:
    """The span of the trigger's clause when it is subordinate ("…, days after a drone strike killed
    11"): its date and place are its own, not the main clause's."""
    verb = clause_verb(trigger.head)
    if verb.dep_ == "advcl" and any(child.dep_ == "mark" for child in verb.children):
        return _subtree_span(verb)
    phrase = _time_phrase(trigger.head)
    return _subtree_span(phrase) if phrase is not None else None


def _time_phrase(token: Token) -> Token | None:
    """The measured "after"/"before" phrase an event noun sits in below its clause's verb ("seized the
    town on Sunday, less than a week after an army drone strike …"): a time apart from the clause's own."""
    verb = clause_verb(token)
    for ancestor in token.ancestors:
        if ancestor.i == verb.i:
            return None
        if ancestor.dep_ == "prep" and ancestor.lower_ in {"after", "before"} and any(
            child.dep_ == "npadvmod" and _lemma(child) in TIME_NOUNS for child in ancestor.children
        ):
            return ancestor  # "a week after a strike", not "driven back after a gunfight"
    return None


def _sentence_date(index: _Index, sentence: Span, trigger: Trigger, previous: str | None = None) -> str | None:
    """The calendar date expression nearest the trigger, in its clause first, then in its sentence;
    the dateline and dates of speaking ("said on Monday") excluded. ``""`` marks a background date
    ("since January")."""
    best: tuple[int, int, str] | None = None
    clause_start, clause_end = _subtree_span(trigger.head)
    bounded = _subordinate(trigger)
    anchor = trigger.head.idx
    # A relative clause of another noun dates that noun ("the government, which has been based
    # in Port Sudan since last year, said …"), not the event.
    asides = [_subtree_span(token) for token in sentence if token.dep_ == "relcl"
              and not _subtree_span(token)[0] <= anchor < _subtree_span(token)[1]]
    opening = max(index.dateline_end, _wire_dateline_end(index, sentence, anchor))
    for item in index.dates:
        if not (sentence.start_char <= item["start"] < sentence.end_char) or item["end"] <= opening:
            continue  # the date of filing in "UVIRA, DR Congo, 03/10/2025 — " is no event's
        if bounded and not bounded[0] <= item["start"] < bounded[1]:
            continue
        if any(start <= item["start"] < end for start, end in asides):
            continue
        anchored = _anchored_date(index, item, previous)
        if anchored is None and item.get("type") not in {"DATE", "TIME"}:
            continue
        role = _date_role(index.doc, item, trigger)
        precision = date_precision(item.get("value"))
        early = precision == "year" and _early_in_year_long_before(item, index.reference_value)
        if role == "speech" or (role is None and anchored is None and not early and (precision is None or (precision == "year" and not _earlier_year(item["value"], index.reference_value)))):
            continue
        outside = 0 if clause_start <= item["start"] < clause_end else 1
        distance = abs(item["start"] - anchor)
        # "since January" is background; "has killed 11 people since Tuesday" began that Tuesday.
        recent_start = role == "since" and bool(_WEEKDAY.search(item["text"]))
        background = ((role == "since" and not recent_start) or early
                      or _earlier_year(item["value"], index.reference_value))
        value = "" if background or not item.get("value") else normalized_date(item["value"])
        if anchored is not None:
            value = anchored
        elif value and _WEEKDAY.search(item["text"]) and _not_future(trigger.head):
            value = _last_before(value, index.reference_value)
        if best is None or (outside, distance) < best[:2]:
            best = (outside, distance, value)
    return best[2] if best else None


def _early_in_year_long_before(item: dict[str, Any], reference: str | None) -> bool:
    """Whether a date is the early part of a year ("early this year", "early 2025") that ended more
    than :data:`BACKGROUND_DAYS` before the reference date: background ("seized Goma and Bukavu
    early this year" in an October report)."""
    if not reference or not item["text"].lower().startswith("early ") or not _YEAR.match(item.get("value") or ""):
        return False
    try:
        reference_day = date.fromisoformat(reference[:10])
        early_end = date(int(item["value"]), 4, 30)
    except ValueError:
        return False
    return (reference_day - early_end).days > BACKGROUND_DAYS


def _anchored_date(index: _Index, item: dict[str, Any], previous: str | None) -> str | None:
    """The day of a date told relative to the event before ("the same evening" → that event's day,
    "two days later" → two days after it), or None when ``item`` is not such an expression or there
    is no dated event before."""
    day = event_day(previous) if previous and date_precision(previous) == "day" else None
    if day is None:
        return None
    text = item["text"].lower()
    if text.startswith("the same "):
        return day
    following = doc_text(index.doc)[item["end"]:item["end"] + 7].lower()
    match = _DAYS_LATER.match(item.get("value") or "")
    if match and following.startswith(" later") and item.get("type") == "DURATION":
        return (date.fromisoformat(day) + timedelta(days=int(match.group(1)))).isoformat()
    return None


def _days_from_told_event(index: _Index, trigger: Trigger) -> str | None:
    """The day of an event told as some days before or after one already dated ("The ambush came
    two days after gunmen abducted the chief" → two days before the ambush's day), or None."""
    verb = clause_verb(trigger.head)
    if verb.dep_ != "advcl":
        return None
    mark = next((child for child in verb.children if child.dep_ == "mark" and child.lower_ in {"after", "before"}), None)
    measure = next((child for child in verb.children if child.dep_ == "npadvmod" and child.i < verb.i), None)
    if mark is None or measure is None:
        return None
    days = next((_DAYS_LATER.match(item.get("value") or "") for item in index.dates
                 if item["start"] <= measure.idx < item["end"]), None)
    subject = next((child for child in verb.head.children if child.dep_ in SUBJECTS), None)
    told = index.told_days.get(_lemma(subject)) if subject is not None else None
    if not days or told is None:
        return None
    offset = timedelta(days=int(days.group(1)))
    try:
        day = date.fromisoformat(told)
    except ValueError:
        return None
    return (day - offset if mark.lower_ == "after" else day + offset).isoformat()


def _not_future(token: Token) -> bool:
    """Whether the clause of a trigger tells what happened, not what will ("will march on Friday")."""
    verb = clause_verb(token)
    return not any(child.dep_ == "aux" and child.lower_ in {"will", "shall", "'ll", "wo"} for child in verb.children)


def _last_before(value: str, reference: str | None) -> str:
    """A weekday of a past event resolved to the latest such day not after the reference date
    ("retook the village on Tuesday" in a Wednesday report is the day before, never the next week)."""
    day, reference_day = event_day(value), event_day(reference)
    if day is None or reference_day is None or date_precision(value) != "day":
        return value
    moved = date.fromisoformat(day)
    while moved > date.fromisoformat(reference_day):
        moved -= timedelta(days=7)
    return moved.isoformat()


def _undated(draft: Draft, first_date: str | None) -> str | None:
    """The date of an event its sentence does not date: the day told of the previous event or the
    report's first day when it lies in the week of the statement reporting it (more precise), else
    that week; without a dated statement, that day."""
    day = draft.fallback_date or first_date
    if draft.statement_week is None:
        return day
    return day if day and _same_time(day, draft.statement_week) else draft.statement_week


def _statement_week(index: _Index, sentence: Span) -> str | None:
    """The ISO week of the day a sentence's statement was made ("the CTD said on Monday it had
    arrested …"): the date ACLED gives an event its report does not date."""
    for item in index.dates:
        if not (sentence.start_char <= item["start"] < sentence.end_char) or item["start"] < index.dateline_end:
            continue
        if date_precision(item.get("value")) == "day" and _date_role(index.doc, item, None) == "speech":
            try:
                year, week, _ = date.fromisoformat(item["value"][:10]).isocalendar()
            except ValueError:
                return None
            return f"{year}-W{week:02d}"
    return None


def _date_role(doc: Doc, item: dict[str, Any], trigger: Trigger | None) -> str | None:
    """"speech" for a date of speaking ("officials said on Monday"), "since" for the start of a
    period ("since January": a tally, not an event), else None."""
    span = doc.char_span(item["start"], item["end"], alignment_mode="expand")
    if span is None:
        return None
    governor = span.root.head
    if governor.dep_ == "prep":
        if governor.lower_ == "since":
            return "since"
        governor = governor.head
    accusing = _accusing_verb(trigger.head) if trigger is not None else None
    if accusing is not None and item["start"] > trigger.head.idx and accusing.i == governor.i:
        return None  # "accused X of a drone strike on a market on Monday": the day of the strike
    if (trigger is None or governor != trigger.head) and _lemma(governor) in SPEECH_LEMMAS:
        return "speech"
    if _follows_speech_verb(span):
        return "speech"  # "said on Saturday it had repelled …", whatever verb the parse hangs it on
    if _lemma(governor) in load_lexicon().speech_nouns and governor.head.dep_ == "prep" and (
        _lemma(governor.head.head) in SPEECH_LEMMAS
    ):
        return "speech"  # "the army said in a statement on Sunday"
    if governor.dep_ in ("acl", "relcl") and governor != (trigger.head if trigger is not None else None) \
            and _lemma(governor.head) in load_lexicon().speech_nouns:
        return "speech"  # "said in a statement read on state television on Saturday"
    return None


def _follows_speech_verb(span: Span) -> bool:
    """Whether a date comes right after a verb of speaking ("said on Saturday", "told AFP on
    Monday", "said Tuesday"): the day of the statement, not of what it reports."""
    before = span.start - 1
    if before >= 0 and span.doc[before].lower_ == "on":
        before -= 1
    if before >= 0 and span.doc[before].pos_ in {"PROPN", "PRON"} and before - 1 >= 0:
        before -= 1  # "told AFP on Monday"
    return before >= 0 and span.doc[before].pos_ in {"VERB", "AUX"} and _lemma(span.doc[before]) in SPEECH_LEMMAS


def _sentence_place(index: _Index, sentence: Span, trigger: Trigger) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """The most precise toponym of the sentence (ties: nearest after the trigger); the dateline and a
    country acting ("air strikes by the United States") excluded."""
    ranked = []
    clause_start, clause_end = _subtree_span(trigger.head)
    bounded = _subordinate(trigger)
    agents = [span for token in sentence if token.lower_ == "by" and token.dep_ in {"prep", "agent"}
              for span in _agent_spans(token)]
    opening = max(sentence.start_char, _wire_dateline_end(index, sentence, trigger.head.idx), index.dateline_end)
    for start, end, place in index.place_mentions:
        if not (sentence.start_char <= start < sentence.end_char) or start < opening:
            continue
        if any(agent_start <= start < agent_end for agent_start, agent_end in agents):
            continue
        if _not_where_it_happened(index, start, trigger):
            continue
        if bounded and not bounded[0] <= start < bounded[1]:
            continue
        feature = place.get("feature")
        precision = 0 if feature in PRECISE_FEATURES else 1 if feature in {"region", "water"} else 2
        outside = 0 if clause_start <= start < clause_end else 1
        distance = start - trigger.head.idx
        locator = 1 if _locates_next(index, end) or _locates_previous(index, start) else 0
        after = 0 if distance >= 0 else 1
        ranked.append((outside, locator, precision, after, abs(distance), start, end, place))
    if not ranked:
        return None
    *_, start, end, place = min(ranked, key=lambda item: item[:6])
    return place, (start, end)


POSSESSIVE_REACH = 3
LOCATOR_REACH = 24
_LOCATOR_BEFORE = re.compile(
    r"(?:,?\s+(?:near|outside|close to)"
    r"|,\s+(?:(?:north|south|east|west)(?:-?(?:east|west))?|(?:north|south)(?:east|west))\s+of"
    r"|\s+(?:area|sector|district|neighbou?rhood|quarter|suburb|section|camp)\s+of)\s+(?:the\s+)?$"
)


def _locates_previous(index: _Index, start: int) -> bool:
    """Whether a toponym locates the one just before it ("in Founougo, near Banikoara",
    "at Tessit, outside Gao", "in Ercilla, north of Victoria", "the Chamelecón sector of San Pedro
    Sula"): the place named first is where it happened."""
    text = doc_text(index.doc)
    match = _LOCATOR_BEFORE.search(text, max(0, start - LOCATOR_REACH), start)
    return match is not None and any(end == match.start() for _, end, _ in index.place_mentions)


def _not_where_it_happened(index: _Index, start: int, trigger: Trigger) -> bool:
    """Whether the toponym starting at ``start`` is where a statement was made or part of a party's
    description (``_where_said``, ``_describes_party``)."""
    span = index.doc.char_span(start, start + 1, alignment_mode="expand")
    return span is not None and (_where_said(span.root) or _describes_party(index, span.root, trigger)
                                 or _where_headed(span.root))


_HEADING_PREPOSITIONS = frozenset({"towards", "toward"})
HEADING_REACH = 32
_TOWARDS_BORDER = re.compile(r"\btowards?\s+(?:the\s+)?(?:border|frontier)\s+(?:with\s+)?$", re.IGNORECASE)


def _where_headed(token: Token) -> bool:
    """Whether a toponym is where people were heading ("fled towards the border with Pakistan",
    "pursuing the attackers towards Congo"), not where the event happened."""
    if _TOWARDS_BORDER.search(doc_text(token.doc), max(0, token.idx - HEADING_REACH), token.idx):
        return True
    for ancestor in token.ancestors:
        if ancestor.pos_ in ("VERB", "AUX"):
            return False
        if ancestor.dep_ == "prep" and ancestor.lower_ in _HEADING_PREPOSITIONS:
            return True
    return False


def _describes_party(index: _Index, token: Token, trigger: Trigger) -> bool:
    """Whether a toponym lies in a relative clause describing a party, not the event ("SSC-Khaatumo,
    the administration that has controlled Las Anod since 2023, said its forces had overrun the base")."""
    for ancestor in token.ancestors:
        if ancestor.dep_ == "relcl" and not ancestor.is_ancestor(trigger.head) and ancestor != trigger.head:
            described = ancestor.head.head if ancestor.head.dep_ == "appos" else ancestor.head
            return index.party_at(described.idx, described.idx + len(described.text), speakers=True) is not None
    return False


def _where_said(token: Token) -> bool:
    """Whether a toponym is where a statement was made ("told reporters in Hargeisa", "said in
    Geneva", "posted from Warsaw"), not where the event it tells of happened; a fronted "In Paoua,
    residents said …"
    sets the scene of what they tell."""
    head = token
    while head.dep_ == "compound" and head.head != head:
        head = head.head
    prep = head.head
    if head.dep_ == "pobj" and prep.lower_ == "from" and any(
        _lemma(ancestor) in STATEMENT_LEMMAS for ancestor in list(prep.ancestors)[:3]
    ):
        return True  # "In a video posted on YouTube from Warsaw", "speaking by phone from Bassikounou"
    return (head.dep_ == "pobj" and prep.lower_ in ("in", "at") and prep.head.pos_ in ("VERB", "AUX")
            and prep.i > prep.head.i and _lemma(prep.head) in STATEMENT_LEMMAS)


def _locates_next(index: _Index, end: int) -> bool:
    """Whether a toponym ending at ``end`` is the possessor of the next one ("Narathiwat's Rueso
    district", "Mali's Mopti region"): the place it owns lies inside it and is the more precise."""
    text = doc_text(index.doc)
    if text[end:end + 2] not in ("'s", "’s"):
        return False
    gap = text[end + 2:end + 2 + POSSESSIVE_REACH]
    after = end + 2 + len(gap) - len(gap.lstrip())
    return any(start == after for start, _, _ in index.place_mentions)


def _agent_spans(by: Token) -> list[tuple[int, int]]:
    """Character spans of the party phrases after "by" ("by the United States and Britain"),
    without their own locative phrases ("by Islamic State fighters near Tera": Tera is where)."""
    spans = []
    for pobj in by.children:
        if pobj.dep_ != "pobj":
            continue
        tokens = [pobj]
        for child in pobj.children:
            if child.dep_ not in {"prep", "relcl", "acl", "punct"}:
                tokens.extend(child.subtree)
        first, last = min(tokens, key=lambda token: token.i), max(tokens, key=lambda token: token.i)
        spans.append((first.idx, last.idx + len(last.text)))
    return spans


def _wire_dateline_end(index: _Index, sentence: Span, before: int) -> int:
    """Where a wire dateline ("COTABATO CITY, Philippines — ") opening the trigger's line ends, or
    -1: the city a report is filed from is not where its events happen."""
    text = doc_text(index.doc)
    line_start = max(sentence.start_char, text.rfind("\n", sentence.start_char, before) + 1)
    while line_start < before and text[line_start].isspace():
        line_start += 1
    match = _WIRE_DATELINE.match(text, line_start, before)
    return match.end() if match else -1


def _place_referred(index: _Index, sentence: Span, trigger: Trigger) -> tuple[dict[str, Any], tuple[int, int]] | None:
    """The town a definite place noun of the trigger's clause refers back to ("shot down a drone
    over the city"): the last city named before the sentence, the dateline aside."""
    verb = clause_verb(trigger.head)
    if not any(
        _lemma(token) in TOWN_NOUNS and any(child.lower_ == "the" for child in token.children)
        and not any(child.dep_ == "prep" and child.lower_ == "of" for child in token.children)
        for token in verb.subtree
    ):
        return None
    before = [
        (start, end, place) for start, end, place in index.place_mentions
        if index.dateline_end <= start < sentence.start_char and place.get("feature") == "city"
        and not _in_wire_dateline(index, start, end)
    ]
    if not before:
        return None
    start, end, place = before[-1]
    return place, (start, end)


def _in_wire_dateline(index: _Index, start: int, end: int) -> bool:
    """Whether a mention is the city of a wire dateline ("COTABATO CITY, Philippines — ")."""
    span = index.doc.char_span(start, end, alignment_mode="expand")
    return span is not None and _wire_dateline_end(index, span.sent, start) > start


def geo_precision(doc: Doc, place: dict[str, Any] | None, mention: tuple[int, int] | None) -> int | None:
    """ACLED's geo precision: 1 the town itself, 2 near a town or a district, 3 a province or larger."""
    if place is None:
        return None
    feature = place.get("feature")
    if feature in PRECISE_FEATURES:
        if mention is not None:
            before = doc_text(doc)[max(0, mention[0] - 30): mention[0]].lower().split()
            if any(word.strip(",.") in LOCATING_WORDS for word in before[-4:]):
                return 2
        return 1
    if feature == "region" and place.get("admin1") and place.get("admin1") != place.get("name"):
        return 2
    return 3


def evidence_span(index: _Index, sentence: Span, trigger: Span) -> tuple[int, int]:
    """The evidence of an event: its first sentence, cut to the paragraph holding the trigger when
    the parser ran a headline into the body, and without a dateline ("KABUL, … (Nov. 3, 2010) — ")."""
    text = doc_text(index.doc)
    start, end = sentence.start_char, sentence.end_char
    before = text.rfind("\n\n", start, trigger.start_char)
    if before != -1:
        start = before + 2
    after = text.find("\n\n", trigger.end_char, end)
    if after != -1:
        end = after
    if trigger.end_char <= index.dateline_start < end:
        end = max(start, text.rfind("\n", start, index.dateline_start))
    start = _evidence_start(index, start, end)
    if match := _WIRE_DATELINE.match(text, start, end):
        start = match.end() if match.end() < trigger.start_char else start
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _evidence_start(index: _Index, start: int, end: int) -> int:
    """Where the evidence starts: after the dateline when ``[start, end)`` holds it."""
    if not (start <= index.dateline_end <= end):
        return start
    text = doc_text(index.doc)
    match = _DATELINE_DASH.match(text, index.dateline_end, end)
    found = match.end() if match else index.dateline_end
    while found < end and text[found].isspace():
        found += 1
    return found if found < end else start


def _draft(index: _Index, lexicon: Lexicon, sentence: Span, triggers: list[Trigger],
           previous: Draft | None) -> Draft | None:
    """The event a clause reports, from its best trigger, or None.

    The best trigger is the most severe (lowest rank) that is not what one side accuses the other
    of; a change of territory outranks the fighting that brought it."""
    candidates = []
    # "arrested in connection with the attack": a definite event noun in a prepositional phrase
    # refers back to an event; the clause reports the arrest.
    # "arrested nine suspects in a raid": the raid is the setting of what the verb tells.
    fresh = [trigger for trigger in triggers
             if not (_is_anaphoric(trigger) and trigger.head.dep_ == "pobj") and not _setting_of(trigger, triggers)]
    for trigger in fresh or triggers:
        actor1, actor2 = _roles(index, trigger.head)
        if actor1 is None and trigger.head.pos_ == "VERB" and not _is_passive(trigger.head) and trigger.event_class.name != "arrest":
            # Not across a subordinate clause's boundary: "X launched assaults, while a missile
            # strike killed two" does not make X the one who fired the missile.
            bounded = _subordinate(trigger)
            clause_start = bounded[0] if bounded else sentence.start_char
            # Nor from a wire dateline ("FADA N'GOURMA, Burkina Faso (AFP) — "): the agency tells.
            opening = max(clause_start, index.dateline_end, _reported_clause_start(trigger.head),
                          _wire_dateline_end(index, sentence, trigger.head.idx))
            actor1 = index.party_before(trigger.head.idx, opening, actor2)
        own_account = False
        if (actor1 is None or index.unarmed(actor1)) and _own_members(trigger.head) and (
            speaker := index.reporting_force(trigger.head.idx)
        ):
            actor1, own_account = speaker, True  # "JNIM said its men had killed …": the speaker's own fighters
        if actor1 is None and (trigger.event_class.type in {"battles", "explosions_remote_violence"}
                               or _instrument(trigger.head, lexicon)):
            reporter = index.reporting_force(trigger.head.idx)
            actor1 = reporter if reporter != actor2 else None
        if actor1 is None and _pronoun_subject(trigger.head):
            # "The police said they had arrested …": the pronoun is the speaker.
            reporter = index.reporting_force(trigger.head.idx, ORGANISED_TYPES)
            actor1 = reporter if reporter != actor2 else None
        if actor1 is None and (perpetrators := lexicon.perpetrator_nouns.get(trigger.event_class.name)):
            # "A priest was abducted on Friday … The kidnappers demanded a ransom."
            actor1 = index.party_called(perpetrators)
        if actor1 is None and trigger.event_class.name == "arrest" and _by_security_force(trigger.head, lexicon):
            actor1 = _named_by_modifiers(index, trigger.head) or _held_by(index, sentence)
        if actor1 == actor2:
            actor2 = None
        classified = _classify(trigger, actor1, actor2, index, lexicon, sentence, triggers)
        if classified is not None:
            rank = 0 if classified[1] in TERRITORY_SUB_TYPES else trigger.event_class.rank
            candidates.append(((_is_accused(trigger.head), rank, trigger.start), trigger, actor1, actor2, classified,
                           own_account))
    candidates.sort(key=lambda item: item[0])
    for _, trigger, actor1, actor2, classified, own_account in candidates:
        # Another trigger of the clause may name who did it ("Shelling by …" parsed apart from
        # "the RSF killed 14 people").
        actor1 = actor1 or next((other[2] for other in candidates if other[2] not in (None, actor2)), None)
        actor2 = actor2 or next((other[3] for other in candidates if other[3] not in (None, actor1)), None)
        grievance = _in_grievance(trigger)
        earlier = (previous.date_value if previous.date_from_text else previous.anchor_date) if previous else None
        date_value = None if grievance else _sentence_date(index, sentence, trigger, earlier)
        if date_value == "":
            return None
        date_value = _days_from_told_event(index, trigger) or date_value
        located = _sentence_place(index, sentence, trigger)
        clause_start, clause_end = _subtree_span(trigger.head if grievance else clause_verb(trigger.head))
        place_from_text = located is not None and clause_start <= located[1][0] < clause_end
        if grievance and not place_from_text:
            located = None  # the protest's place and day are not those of what it protests
        elif located is None:
            located = _place_referred(index, sentence, trigger)
        if located is None and previous is not None and not grievance:
            located = (previous.place, previous.place_mention) if previous.place else None
        if actor2 is None and classified[0] == "battles":
            actor2 = _opponent(index, trigger.head, actor1)
        if (actor2 is None and trigger.event_class.territory and classified[1] != "government_regains_territory"
                and located is not None and place_from_text):
            # Ground taken by a rebel or foreign force is taken from the state that holds it.
            where = located[0].get("country_code")
            foreign = (index.party_types.get(actor1 or "") not in STATE_TYPES
                       or index.party_countries.get(actor1 or "") != where)
            holder = index.state_force(where) if where and foreign else None
            actor2 = holder if holder != actor1 else None
        if actor2 is None and classified[0] == REMOTE_TYPE and _civilian_victims(index, trigger):
            actor2 = index.civilians
        if classified[0] == "violence_against_civilians" or classified[1] == "arrests":
            actor2 = _victims(index, trigger, actor2, classified[0], lexicon)
        return Draft(
            sentences=[sentence],
            clauses=sorted({span for item in triggers
                            for span in clause_spans(clause_verb(item.head), index.trigger_tokens)}),
            trigger=trigger,
            event_class=trigger.event_class,
            type=classified[0],
            sub_type=classified[1],
            actor1=actor1,
            actor2=actor2,
            date_value=date_value,
            date_from_text=date_value is not None,
            place=located[0] if located else None,
            place_mention=located[1] if located else None,
            fallback_date=previous.date_value if previous and previous.date_from_text else None,
            anchor_date=earlier,
            statement_week=None if date_value else _statement_week(index, sentence),
            place_from_text=place_from_text,
            first_trigger=trigger,
            own_account=own_account,
        )
    return None


def _setting_of(trigger: Trigger, triggers: list[Trigger]) -> bool:
    """Whether a trigger noun only sets the scene of another trigger verb of its clause ("detained 12
    men during a raid", "arrested nine suspects in a raid on Thursday"): the verb tells the event."""
    head = trigger.head
    if head.pos_ not in {"NOUN", "PROPN"} or head.dep_ != "pobj" or head.head.lower_ not in SETTING_PREPOSITIONS:
        return False
    governor = head.head.head
    return any(other.head.i == governor.i and other.head.pos_ == "VERB" and other.event_class.name in TAKING_CLASSES
               for other in triggers if other is not trigger)


def _victims(index: _Index, trigger: Trigger, actor2: str | None, event_type: str, lexicon: Lexicon) -> str | None:
    """The target of direct violence or of an arrest: people with no armed affiliation are the
    report's civilians ("detained an engineer", "shot dead a radio journalist"); suspects of no
    named affiliation stay unnamed ("arrested nine suspects")."""
    civilians = index.civilians or next((name for name, kind in index.party_types.items() if kind == "civilians"), None)
    if actor2 is not None and event_type == "strategic_developments" and _suspected_helpers(index, trigger, lexicon):
        return None
    if actor2 is not None:
        return civilians if civilians and index.unarmed(actor2) else actor2
    if event_type == "violence_against_civilians":
        return civilians
    spans = clause_spans(clause_verb(trigger.head))
    taken = [item for item in index.casualties
             if item.get("status") == "captured"
             and any(start <= item["start"] < end for start, end in spans)]
    if taken and _held_as_suspects(trigger, taken, lexicon):
        return None
    if trigger.head.pos_ == "VERB" and any(
        child.dep_ in OBJECTS | PASSIVE_SUBJECTS and _lemma(child) in lexicon.civilian_nouns for child in trigger.head.children
    ):
        return civilians  # "arrested a radio presenter", "a blogger was detained"
    if taken and not any(_victim_head(item) in lexicon.suspect_nouns or _SUSPECTED.search(item.get("who") or "")
                         for item in taken):
        return civilians
    return None


def _held_as_suspects(trigger: Trigger, taken: list[dict[str, Any]], lexicon: Lexicon) -> bool:
    """Whether people named only as "people" or "men" are held as suspects: the arrest, the
    sentence before it or the rest of its paragraph says so ("arrested 17 people ... on suspicion
    of recruiting", "detained two men ... under the Terrorism Act", "... The suspects were flown to
    Accra"). Wire copy names civilians it means by what they are ("farmers", "young men"), so these
    stay unnamed."""
    if not all((item.get("who") or "").lower() in lexicon.bare_people for item in taken):
        return False
    sentence = trigger.head.sent
    doc = sentence.doc
    start = doc[sentence.start - 1].sent.start_char if sentence.start > 0 else sentence.start_char
    paragraph_end = doc.text.find("\n\n", sentence.end_char)
    end = len(doc.text) if paragraph_end < 0 else paragraph_end
    window = doc.char_span(start, end, alignment_mode="expand")
    return window is not None and any(_lemma(token) in lexicon.suspicion_words for token in window)


def _suspected_helpers(index: _Index, trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether the people arrested are suspects named only by whom they are said to help ("arrested
    nine suspected bandit collaborators"): suspects of no established affiliation, no actor."""
    head = trigger.head
    for child in head.children if head.pos_ == "VERB" else ():
        if child.dep_ not in OBJECTS | PASSIVE_SUBJECTS:
            continue
        suspected = any(_lemma(grand) in {"suspect", "suspected", "alleged"} for grand in child.children
                        if grand.dep_ in {"amod", "compound"})
        named = index.party_at(child.idx, child.idx + len(child.text)) is not None
        own_kind = _lemma(child) in lexicon.suspect_nouns or _lemma(child) in lexicon.member_nouns
        if suspected and not named and not own_kind:
            return True
    return False


def _victim_head(item: dict[str, Any]) -> str:
    """The singular head noun of a casualty's victims ("suspected insurgents" → "insurgent")."""
    words = (item.get("who") or "").lower().split()
    return words[-1].removesuffix("s") if words and words[-1] not in {"gunmen", "men"} else (words[-1] if words else "")


def _opponent(index: _Index, head: Token, actor1: str | None) -> str | None:
    """The other side named by the fighting that led to a battle's outcome ("seized the town after
    two days of fighting with federal troops")."""
    verb = clause_verb(head)
    for child in verb.children:
        if child.dep_ != "prep" or child.lower_ not in {"after", "following", "amid", "during"}:
            continue
        for token in child.subtree:
            if token.dep_ == "prep" and token.lower_ in {"with", "against"} and _lemma(token.head) in FIGHT_LEMMAS:
                for grand in token.children:
                    party = _phrase_party(index, grand) if grand.dep_ == "pobj" else None
                    if party and party != actor1:
                        return party
    return None


def _own_members(verb: Token) -> bool:
    """Whether a verb's subject is a speaker's own people by a possessive ("its men", "their
    fighters", "its jets"), whoever the parties component made of the noun."""
    return verb.pos_ == "VERB" and any(
        child.dep_ in SUBJECTS and any(grand.dep_ == "poss" and grand.lower_ in {"its", "their", "our"}
                                       for grand in child.children)
        for child in verb.children
    )


def _pronoun_subject(verb: Token) -> bool:
    """Whether a verb's subject is a personal pronoun ("it had arrested", "they struck")."""
    return any(child.dep_ in SUBJECTS and child.pos_ == "PRON" and child.lower_ in {"it", "they", "we"}
               for child in verb.children)


def _civilian_victims(index: _Index, trigger: Trigger) -> bool:
    """Whether the people killed or wounded in the trigger's clause are all civilians ("a bomb
    exploded on a bus, wounding 11 passengers", "a roadside bomb that wounded two shepherds"): ACLED
    codes civilians as the target."""
    spans = clause_spans(clause_verb(trigger.head)) + [
        _subtree_span(child) for child in trigger.head.children if child.dep_ == "relcl"
    ]
    victims = [
        item for item in index.casualties
        if item.get("status") in {"killed", "wounded"} and any(start <= item["start"] < end for start, end in spans)
    ]
    if victims and all(_is_civilian_word(item.get("who") or "") for item in victims):
        return True
    # "shelling killed 14 people in a displacement camp", "an air strike on a market killed 21 people"
    sentence = trigger.head.sent
    killed = [item for item in index.casualties
              if item.get("status") == "killed" and sentence.start_char <= item["start"] < sentence.end_char]
    sites = load_lexicon().civilian_sites
    if not any(_lemma(token) in sites for token in sentence):
        return False
    if killed and all(_victim_kind(item) in {GENERIC_VICTIMS, "civilians"} for item in killed):
        return True
    # "a bomb exploded outside a market, killing a ranger and a vendor and wounding nine civilians":
    # at a civilian site, mostly civilians hit.
    civilian = sum(item.get("count") or 0 for item in victims if _is_civilian_word(item.get("who") or ""))
    return civilian > sum(item.get("count") or 0 for item in victims) - civilian


def _is_accused(token: Token) -> bool:
    """Whether a trigger is what one side accuses the other of ("accused the rebels of shelling")."""
    return _accusing_verb(token) is not None


def _is_anaphoric(trigger: Trigger) -> bool:
    """A definite event noun ("the offensive", "the clashes") refers back to an event told before."""
    return _is_definite(trigger.head)


def _done_to_those_told(new: Draft, kept: Draft) -> bool:
    """Whether ``new`` happens to people its own sentence has just told of in ``kept`` ("accused the
    forces of detaining dozens of men …, and said some of the detainees had been beaten"): part of
    that event, as ACLED codes what happens inside an event."""
    if new.sentences[0].start not in {sentence.start for sentence in kept.sentences}:
        return False
    for child in new.trigger.head.children:
        if child.dep_ not in OBJECTS | PASSIVE_SUBJECTS:
            continue
        patient = child
        if patient.pos_ in {"DET", "NUM", "PRON", "ADJ"}:
            patient = next((pobj for prep in patient.children if prep.lower_ == "of"
                            for pobj in prep.children if pobj.dep_ == "pobj"), patient)
        return _is_definite(patient) and patient.i < new.trigger.head.i
    return False


def _is_definite(head: Token) -> bool:
    """Whether a noun is definite ("the attack", "this raid"): one the reader already knows of; a group
    that "claimed the attack" claims one told before."""
    return head.pos_ in {"NOUN", "PROPN"} and any(
        child.dep_ == "det" and child.lower_ in {"the", "this", "that", "these", "those"} for child in head.children
    )


def _described(trigger: Trigger) -> bool:
    """Whether an event noun is the subject of "be" ("The Moirang attack was the second this
    month"): the sentence describes an event already told, it reports none."""
    head = trigger.head
    return head.dep_ in SUBJECTS and _lemma(head.head) == "be"


def _same_time(first: str | None, second: str | None) -> bool:
    """Equal dates, or a day inside a week ("the weekend" and "Saturday")."""
    if first == second:
        return True
    days = [value for value in (first, second) if value and date_precision(value) == "day"]
    weeks = [value for value in (first, second) if value and date_precision(value) == "week"]
    if len(days) != 1 or len(weeks) != 1:
        return False
    try:
        year, week, _ = date.fromisoformat(days[0][:10]).isocalendar()
    except ValueError:
        return False
    return weeks[0][:8] == f"{year}-W{week:02d}"


def _restates(kept: Draft, new: Draft) -> bool:
    """Whether ``new`` (right after ``kept``) only adds detail to it: no date and no place of its own
    (or the same place), and the same type, or more of a battle ("… and accused the rebels of
    shelling", "the group said it had captured 14 soldiers"). Burning and looting told right after
    an attack on the same day are part of it: ACLED codes them only outside other violence."""
    if (new.sub_type == "looting_property_destruction" and kept.type in VIOLENT_TYPES
            and (not new.date_from_text or not kept.date_from_text or _same_time(new.date_value, kept.date_value))):
        return True
    # An unattributed account of the same day ("They attacked at night with … mortars") gives no day
    # of its own.
    same_day_aside = (new.actor1 is None and new.actor2 is None and kept.date_from_text
                      and new.date_value == kept.date_value)
    if (new.date_from_text and not same_day_aside) or (
            new.place_from_text and not (kept.place and new.place and _nested(new.place, kept.place))):
        return False
    if _new_paragraph_elsewhere(kept, new):
        return False
    if new.event_class.name == "kill" and new.trigger.head.pos_ == "VERB" and kept.type in VIOLENT_TYPES:
        return True  # "It said three militants had been killed": the toll of the strike just told
    return new.type == kept.type or kept.type == "battles"


def _new_paragraph_elsewhere(kept: Draft, new: Draft) -> bool:
    """Whether ``new`` opens another paragraph about another place ("In Kherson, a man … were killed
    when a missile hit …" after a capture near Toretsk): a new story, not more of the last one."""
    text = doc_text(new.sentences[0].doc)
    last, opening = kept.sentences[-1], new.sentences[0]
    if "\n" not in text[last.start_char + len(last.text.rstrip()):opening.start_char + len(opening.text.rstrip())]:
        return False
    return bool(new.place and kept.place and not _nested(new.place, kept.place))


def _earlier_in_sentence(kept: Draft, new: Draft) -> bool:
    """Whether ``new`` is an event its own sentence sets apart in time from ``kept`` ("seized the
    town on Sunday, a week after a drone strike killed 11"): two events, never one."""
    verb = clause_verb(new.trigger.head)
    if new.sentences[0].start not in {sentence.start for sentence in kept.sentences}:
        return False
    if verb.dep_ == "advcl" and any(child.dep_ == "mark" and child.lower_ in {"after", "before", "since", "until"}
                                    for child in verb.children):
        return True
    return _time_phrase(new.trigger.head) is not None  # "… less than a week after an army drone strike killed 11"


def _compatible(index: _Index, kept: Draft, new: Draft, last: bool = False) -> bool:
    """Whether ``new`` reports the same ACLED event as ``kept``: same day, place and actor pair.

    A sentence with neither a date nor a place of its own that follows ``kept`` (``last``) tells
    more of it, whoever its actors, when it is of the same type or ``kept`` is a battle ("the group
    said it had captured 14 soldiers")."""
    if new.date_from_text and kept.date_from_text and not _same_time(new.date_value, kept.date_value):
        return False
    if _earlier_in_sentence(kept, new):
        return False
    if last and _restates(kept, new):
        return True
    if _own_version(index, kept, new):
        return True
    if (_loose_headline(kept) and not _is_headline(new.sentences[0][0]) and kept.type in VIOLENT_TYPES
            and new.type == REMOTE_TYPE):
        return True  # "Israeli strike kills 14" over "An Israeli air strike hit a tent camp …"
    if new.type != kept.type and not (kept.type == "strategic_developments" and new.type == "battles"):
        return False
    if (_is_headline(kept.sentences[0][0]) and not kept.date_from_text and not kept.place_from_text
            and not _is_headline(new.sentences[0][0])):
        return True  # a headline names actors and place loosely ("police battle for key road"); the body tells
    if new.place_from_text and new.place and kept.place and not _nested(new.place, kept.place):
        return False
    kept_actors = {actor_key(index, kept.actor1), actor_key(index, kept.actor2)} - {None}
    new_actors = {actor_key(index, new.actor1), actor_key(index, new.actor2)} - {None}
    return len(kept_actors | new_actors) <= 2


def _civilian_event_told(index: _Index, drafts: list[Draft], new: Draft) -> Draft | None:
    """The earlier attack on civilians an undated civilian toll belongs to, when the event just
    told is a fight between armed sides ("killed four herders near Fassala" ... "a patrol exchanged
    fire with armed men near Fassala" ... "Relatives said six herders were killed"): the victims
    say which event the toll is of, not the order of the paragraphs."""
    last = drafts[-1]
    if new.type != "violence_against_civilians" or last.type != "battles" or new.date_from_text:
        return None
    if actor_key(index, last.actor2) == "civilians":
        return None
    return next((kept for kept in reversed(drafts[:-1])
                 if kept.type == "violence_against_civilians"
                 and (new.place is None or kept.place is None or _nested(new.place, kept.place))), None)


def _loose_headline(draft: Draft) -> bool:
    """Whether an event is told so far only by a headline that gives it no date or place of its own."""
    return (len(draft.sentences) == 1 and _is_headline(draft.sentences[0][0]) and not draft.date_from_text
            and not draft.place_from_text)


def _own_version(index: _Index, kept: Draft, new: Draft) -> bool:
    """Whether ``new`` is the initiator's own account of ``kept`` on the same day and at the same
    place, naming no target of its own ("a drone struck a car near Amuda, killing two SDF fighters";
    "Turkish forces had 'neutralised' three 'terrorists' near Amuda the same day"): ACLED's unit is
    one actor pair, place and day, so it is that event, whatever weapon each account names."""
    if new.actor2 is not None or kept.type not in VIOLENT_TYPES or new.type not in VIOLENT_TYPES:
        return False
    if new.actor1 is None or actor_key(index, new.actor1) != actor_key(index, kept.actor1):
        return False
    if not (new.date_from_text and kept.date_from_text and _same_time(new.date_value, kept.date_value)):
        return False
    return bool(new.place and kept.place and _nested(new.place, kept.place))


def actor_key(index: _Index, actor: str | None) -> str | None:
    """An actor as ACLED counts it: every civilian party is the one actor "civilians", and unnamed
    soldiers ("the army's eastern command") are their country's named forces."""
    if actor and index.party_types.get(actor) == "civilians":
        return "civilians"
    return index.as_actor(actor)


def _nested(first: dict[str, Any], second: dict[str, Any]) -> bool:
    """The same place, or one inside the other (a town and its province, a place and its country)."""
    if first["name"] == second["name"]:
        return True
    for inner, outer in ((first, second), (second, first)):
        if outer.get("feature") == "country" and inner.get("country_code") == outer.get("country_code"):
            return True
        admin1 = (inner.get("admin1") or "").lower()
        if admin1 and admin1 in outer["name"].lower():
            return True
    return False


def _merge(index: _Index, kept: Draft, new: Draft, restatement: bool) -> None:
    """Fold ``new`` into ``kept``: a battle in which people were killed outranks the arrests made in
    it; an empty actor slot
    takes the other report's actor in the same role (not from a mere restatement); a headline's
    actors yield to those of the first body sentence that names both sides."""
    if new.actor1 and new.actor2 and len(kept.sentences) == 1 and _is_headline(kept.trigger.head) \
            and not _is_headline(new.trigger.head):
        kept.actor1, kept.actor2 = new.actor1, new.actor2  # the headline compresses who did what to whom
    if (_loose_headline(kept) and not _is_headline(new.trigger.head) and kept.type in VIOLENT_TYPES
            and new.type == REMOTE_TYPE):
        # "strike kills 14": the body names the weapon ("an air strike hit a tent camp").
        kept.event_class, kept.type, kept.sub_type = new.event_class, new.type, new.sub_type
    kept.sentences.extend(new.sentences)
    kept.clauses.extend(new.clauses)
    if kept.type == "strategic_developments" and new.type == "battles" and index.kills_in(new.clauses):
        kept.event_class, kept.type, kept.sub_type = new.event_class, new.type, new.sub_type
        kept.trigger = new.trigger
    unnamed = kept.actor1 is None or (new.own_account and _generic_name(kept.actor1))
    if unnamed and new.actor1 not in (None, kept.actor2) and (not restatement or new.own_account):
        kept.actor1 = new.actor1  # an armed group's own account names who attacked ("its men had killed …")
    if not restatement:
        if kept.actor2 is None and new.actor2 not in (None, kept.actor1):
            kept.actor2 = new.actor2
    elif kept.actor2 is None and kept.actor1 and new.actor1 and kept.type == "battles" and (
        actor_key(index, new.actor2) == actor_key(index, kept.actor1) != actor_key(index, new.actor1)
    ):
        # The other side's own account: "its fighters were killed in clashes with the soldiers".
        kept.actor2 = new.actor1
    sharper = date_precision(new.date_value) == "day" and date_precision(kept.date_value) != "day"
    if new.date_from_text and (not kept.date_from_text or sharper):
        kept.date_value, kept.date_from_text = new.date_value, True
    if kept.place is None or (new.place and new.place_from_text and (
            _more_precise(new.place, kept.place) or not kept.place_from_text)):
        # A place named in the event's own clause beats one carried over from the story so far.
        kept.place, kept.place_mention = new.place, new.place_mention
        kept.place_from_text = kept.place_from_text or new.place_from_text


def _generic_name(name: str) -> bool:
    """Whether a party is named by a common noun for attackers ("gunmen", "Assailants", "the
    militants"), not by a proper name."""
    words = name.lower().split()
    return bool(words) and (words[-1] in load_lexicon().suspect_nouns or words[-1].removesuffix("s") in load_lexicon().suspect_nouns)


def _more_precise(new: dict[str, Any], kept: dict[str, Any]) -> bool:
    order = {feature: 0 for feature in PRECISE_FEATURES} | {"region": 1}
    return order.get(new.get("feature"), 2) < order.get(kept.get("feature"), 2) and (
        new.get("country_code") == kept.get("country_code")
    )


def _inter(index: _Index, actor: str | None, event_type: str, country: str | None, first: bool) -> str | None:
    """ACLED's interaction category of an actor."""
    if actor is None:
        if first and event_type == "protests":
            return "protesters"
        if first and event_type == "riots":
            return "rioters"
        return None
    kind = index.party_types.get(actor)
    if kind in STATE_TYPES:
        own = index.party_countries.get(actor)
        return "state_forces" if own is None or country is None or own == country else "external_other_forces"
    return {
        "armed_group": "rebel_group",
        "civilians": "civilians",
        "organization": "external_other_forces",
    }.get(kind or "")


def fatality_count(index: _Index, killed: list[dict[str, Any]], sentences: list[Span],
                   actors: frozenset[str] = frozenset(), sides: dict[str, str] | None = None) -> int:
    """ACLED's fatalities for an event told in several sentences and by several sources.

    Counts of different victims add up, while sentences telling of the same victims ("killing at
    least 11 people" … "killing 11 passengers", "We buried eleven people") give the fullest count
    once (the same number twice in one sentence is one count: a headline run into the lead). When
    two sources count the same kind of victims differently (local officials' 14 villagers against
    the army's nine civilians; al-Shabaab's 30 soldiers against an elder's five: per kind, then
    summed), or a fighting side (``actors``) claims a toll above the report's overall toll ("left at least 17
    people dead"), or when one sentence gives an overall toll and a count of the victims from two
    different sources, ACLED keeps the lowest figure; otherwise an overall toll stands for every victim
    unless the victims counted one by one are more. ``sides`` maps victim kinds to the side a
    fighting party admitted losing them from (``_own_side_kinds``): the enemy's "12 attackers" and
    the side's own "lost two fighters" are one count of the same dead."""
    sides = sides or {}
    by_source: dict[str | None, dict[str, dict[int, set[int]]]] = {}
    told: set[tuple[int, str | None, bool]] = set()
    for item in killed:
        if item.get("update"):
            continue
        sentence = next((number for number, sentence in enumerate(sentences)
                         if sentence.start_char <= item["start"] < sentence.end_char), -1)
        source = index.source_of(item)
        kind = GENERIC_VICTIMS if _nationals(index, item) else _victim_kind(item)
        kind = sides.get(kind, kind)
        counts = by_source.setdefault(source, {}).setdefault(kind, {})
        counts.setdefault(sentence, set()).add(item.get("count") or 0)
        told.add((sentence, source, kind == GENERIC_VICTIMS))
    kinds: dict[str, list[tuple[bool, int]]] = {}
    for source, victims in by_source.items():
        for kind, counts in victims.items():
            kinds.setdefault(kind, []).append((source in actors, max(sum(values) for values in counts.values())))
    totals = {
        kind: min(count for _, count in values) if len(values) > 1
        else max(count for _, count in values)
        for kind, values in kinds.items()
    }
    overall = totals.pop(GENERIC_VICTIMS, 0)
    partisan = any(partisan for kind, values in kinds.items() if kind != GENERIC_VICTIMS for partisan, _ in values)
    # "killed 17 villagers, police said, while residents put the death toll at 23": one sentence, two
    # sources counting the same dead.
    competing = any(sentence == other and source != other_source and generic and not other_generic
                    for sentence, source, generic in told for other, other_source, other_generic in told)
    # "killed three gunmen, the ministry said" … "an activist said five people had been killed": two
    # named sources, one counting everyone and the other some of them, are competing accounts.
    overall_sources = {source for source, victims in by_source.items() if GENERIC_VICTIMS in victims}
    counted_sources = {source for source, victims in by_source.items() if set(victims) - {GENERIC_VICTIMS}}
    apart = (None not in overall_sources | counted_sources and bool(overall_sources) and bool(counted_sources)
             and not overall_sources & counted_sources)
    if overall and (competing or apart):
        return min(overall, sum(totals.values()))
    if overall and partisan:
        # A side's count of its enemies or of its own dead is a part of the overall toll, or an overclaim.
        return overall
    return max(overall, sum(totals.values()))


def _admitted_losses(index: _Index, draft: Draft, actors: frozenset[str]) -> list[dict[str, Any]]:
    """The losses a fighting side of the event admits in one of its sentences ("The SDF said it had
    lost two fighters"): its own dead in that fight, wherever the clause of the event's trigger ends."""
    return [
        item for item in index.casualties
        if item.get("status") == "killed" and item.get("rule") in ("loss", "lost_lives")
        and index.source_of(item) in actors
        and any(sentence.start_char <= item["start"] < sentence.end_char for sentence in draft.sentences)
    ]


def _own_side_kinds(index: _Index, admitted: list[dict[str, Any]]) -> dict[str, str]:
    """Victim kinds that name the dead of a side that admitted losses: soldiers, police and guards
    for a state's forces, fighters, attackers and militants for an armed group, so that the other
    side's count of them and the side's own are kept as one (the lowest)."""
    sides: dict[str, str] = {}
    for item in admitted:
        side = index.source_of(item) or ""
        if _victim_kind(item) in STATE_VICTIMS or index.party_types.get(side) in STATE_TYPES:
            kinds = STATE_VICTIMS
        else:
            kinds = frozenset(word.rstrip("s") for word in load_lexicon().suspect_nouns)
        sides.update((kind, f"side:{side}") for kind in kinds | {_victim_kind(item)})
    return sides


def _denied_losses(index: _Index, draft: Draft) -> frozenset[str]:
    """Kinds of victims whose deaths a side of the event denies in its paragraph ("The TTP denied
    that any of its fighters had died in the raid"): its own fighters for an armed group, its
    soldiers or police for a state. ACLED keeps the lowest figure, so those deaths do not count."""
    lexicon = load_lexicon()
    actors = {name for actor in (draft.actor1, draft.actor2) if actor
              for name in (actor, index.as_actor(actor, draft.type)) if name}
    text = doc_text(index.doc)
    first = draft.sentences[0]
    paragraph_end = text.find("\n", first.end_char)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    after = paragraph_end
    while after < len(text) and text[after] == "\n":
        after += 1
    next_end = text.find("\n", after)
    next_end = len(text) if next_end == -1 else next_end
    kinds: set[str] = set()
    for claim in index.claims:
        claimant = claim.get("claimant") or ""
        no_losses = bool(_NO_LOSSES.search(claim["text"]))
        if not no_losses and (claim.get("kind") != "denial" or not _LOSSES.search(claim["text"])):
            continue
        own = claimant.lower().split()[-1].rstrip("s") if claimant else ""
        if claimant not in actors and not any(_victim_kind(item) == own for item in index.casualties):
            continue  # "The rebels denied losing any fighters" after "killed 40 rebels"
        # A side's own "it had lost no fighters" may follow in the next paragraph.
        end = next_end if no_losses and claimant in actors else paragraph_end
        claiming = no_losses and claimant in actors and claim["start"] >= first.start_char and any(
            claimer == claimant and start <= claim["start"] and index.doc[start].sent.end_char > claim["start"]
            for start, claimer in index.responsibility.items())
        if not first.start_char <= claim["start"] < end and not claiming:
            continue  # its own claim of the attack: "claimed responsibility, saying … and lost none"
        if index.party_types.get(claim["claimant"]) in STATE_TYPES:
            kinds |= {word.rstrip("s") for word in STATE_VICTIMS}
        else:
            kinds |= {word.rstrip("s") for word in lexicon.suspect_nouns}
    return frozenset(kinds)


def _subset(doc: Doc, item: dict[str, Any]) -> bool:
    """Whether a killed count names some of the dead already counted ("Among the dead were six
    children", "including two children"): ACLED does not add them again."""
    before = doc_text(doc)[max(0, item["start"] - 40):item["start"]].lower().split()[-4:]
    words = before + item["text"].lower().split()[:3]
    return any(word.strip(",.;:") in SUBSET_WORDS for word in words)


def _nationals(index: _Index, item: dict[str, Any]) -> bool:
    """Whether a count names its dead by nationality only ("killed four Palestinians"): everyone
    killed, whoever they fought for, so a side's count of its enemies among them ("three
    terrorists") is a part of it, not more dead."""
    words = (item.get("who") or "").split()
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    span = index.doc.char_span(item["start"], item["end"], alignment_mode="expand")
    token = next((token for token in span or () if token.text == words[0]), None)
    return (token is not None and token.ent_type_ == "NORP"
            and index.party_at(token.idx, token.idx + len(token.text)) is None)


def _victim_kind(item: dict[str, Any]) -> str:
    """The kind of victims a killed count is about: "people" (anyone), "civilians", or the head noun."""
    who = (item.get("who") or "").lower()
    words = who.split()
    if words and words[-1] in GENERIC_HEADS:
        return GENERIC_VICTIMS  # "22 members of the VDP": the victims named by their side, counted once
    if _is_civilian_word(who):
        return "civilians"
    return (words or [""])[-1].rstrip("s")


def _finish(index: _Index, draft: Draft) -> dict[str, Any]:
    doc = index.doc
    first = draft.sentences[0]
    opening = draft.first_trigger or draft.trigger
    start, end = evidence_span(index, first, doc[opening.start:opening.end])
    value = draft.date_value or _undated(draft, index.first_date()) or index.reference_value
    precision = date_precision(value)
    casualty_ids = [
        number for number, item in enumerate(index.casualties)
        if any(start <= item["start"] < end for start, end in draft.clauses)
    ]
    actors = frozenset(
        name for actor in (draft.actor1, draft.actor2) if actor for name in (actor, index.as_actor(actor, draft.type)) if name
    )
    admitted = _admitted_losses(index, draft, actors)
    casualty_ids = sorted({*casualty_ids, *(number for number, item in enumerate(index.casualties)
                                            if any(item is loss for loss in admitted))})
    killed = [
        index.casualties[number] for number in casualty_ids
        if index.casualties[number].get("status") == "killed" and not index.disputed(index.casualties[number])
        and not _subset(doc, index.casualties[number])
    ]
    denied = _denied_losses(index, draft)
    killed = [item for item in killed if _victim_kind(item) not in denied]
    fatalities = fatality_count(index, killed, draft.sentences, actors, _own_side_kinds(index, admitted))
    claim_ids = [
        number for number, claim in enumerate(index.claims)
        if any(claim["start"] < sentence.end_char and claim["end"] > sentence.start_char for sentence in draft.sentences)
    ]
    place = draft.place or {}
    country = place.get("country_code")
    trigger = doc[draft.trigger.start:draft.trigger.end]
    return {
        **span_dict(doc, start, end),
        "type": draft.type,
        "sub_type": draft.sub_type,
        "date": {"value": value, "precision": precision, "event_date": event_day(value),
                 "from_text": draft.date_from_text},
        "actor1": _named(index.as_actor(draft.actor1, draft.type)),
        "actor2": _named(index.as_actor(draft.actor2, draft.type)),
        "inter1": _inter(index, draft.actor1, draft.type, country, True),
        "inter2": _inter(index, draft.actor2, draft.type, country, False),
        "place": place.get("name"),
        "country_code": country,
        "admin1": place.get("admin1"),
        "lat": place.get("lat"),
        "lon": place.get("lon"),
        "geo_precision": geo_precision(doc, draft.place, draft.place_mention),
        "fatalities": fatalities,
        "trigger": span_dict(doc, trigger.start_char, trigger.end_char),
        "casualties": casualty_ids,
        "claims": claim_ids,
    }


def _named(actor: str | None) -> str | None:
    """An actor ACLED can code: a side's label for an enemy it does not name ("struck a column of
    'terrorists'") is no actor."""
    return None if actor is None or actor.lower() in load_lexicon().unnamed_enemies else actor


def responsibility_claims(index: _Index, doc: Doc) -> dict[int, str | None]:
    """Sentences where a group claims an attack ("The BLA claimed responsibility, saying its fighters
    had killed three soldiers"), by sentence start, with the claiming party: they name the
    initiator of the event before them and report no new event."""
    claims: dict[int, str | None] = {}
    lemmas = token_lemmas(doc)
    for i, lemma in enumerate(lemmas):
        if lemma != "responsibility" and i not in index.trigger_tokens:
            continue
        token = doc[i]
        claimed = lemma == "responsibility" or _is_definite(token)
        if claimed and token.dep_ in OBJECTS and lemmas[token.head.i] in CLAIM_LEMMAS:
            subject = next((child for child in token.head.children if child.dep_ in SUBJECTS), None)
            if _denies_claim(token.head, subject):
                claims[token.sent.start] = None
                continue
            claims[token.sent.start] = index.party_at(*_subtree_span(subject), speakers=True) if subject else None
    return claims


def _blamed_initiators(index: _Index, doc: Doc, drafts: list[Draft]) -> None:
    """Give an event no one is said to have carried out the armed group an authority blames for it
    ("the army blamed the BRN, saying the device bore its signature"), unless the blame goes to
    more than one side (each side blaming or accusing the other names no initiator)."""
    blamed: dict[int, set[str]] = {}
    accused: dict[int, set[str]] = {}
    text = doc_text(doc).lower()
    if not drafts or "blam" not in text:
        return
    wanted = {doc.vocab.strings[lemma] for lemma in ACCUSATION_LEMMAS}
    for position, lemma in enumerate(doc.to_array("LEMMA").tolist()):
        token = doc[position]
        if lemma not in wanted or token.pos_ != "VERB" or any(c.dep_ == "neg" for c in token.children):
            continue
        party = _blamed_party(index, token)
        before = [number for number, draft in enumerate(drafts)
                  if draft.sentences[0].start < token.sent.start]
        if party and before:
            (blamed if _lemma(token) == "blame" else accused).setdefault(before[-1], set()).add(party)
    for number, parties in blamed.items():
        draft = drafts[number]
        if draft.actor1 is None and len(parties) == 1 and accused.get(number, parties) <= parties and (
            party := next(iter(parties))
        ) != draft.actor2:
            draft.actor1 = party


def _blamed_party(index: _Index, verb: Token) -> str | None:
    """The armed party "blamed" names: its object ("blamed the BRN") or, with the event as object,
    the one after "on" ("blamed the attack on the BRN")."""
    candidates = [child for child in verb.children if child.dep_ in OBJECTS]
    candidates += [grand for child in verb.children if child.dep_ == "prep" and child.lower_ == "on"
                   for grand in child.children if grand.dep_ == "pobj"]
    for candidate in candidates:
        party = _phrase_party(index, candidate)
        if party and index.party_types.get(party) in ACTING_TYPES and not index.is_source(party):
            return party
    return None


def _denies_claim(verb: Token, subject: Token | None) -> bool:
    """Whether nobody claims the attack ("No group has claimed responsibility", "none of the groups
    claimed it", "the rebels did not claim it"): the claim names no initiator."""
    if any(child.dep_ == "neg" for child in verb.children):
        return True
    if subject is None:
        return False
    return _lemma(subject) in NOBODY_WORDS or any(
        child.dep_ in {"det", "neg"} and _lemma(child) in NOBODY_WORDS for child in subject.children
    )


def extract_events(doc: Doc, *, merge: bool = True) -> list[dict[str, Any]]:
    """ACLED-style event records of a report, in order of first mention.

    Args:
        doc: A Doc with a parser, ideally run through the dates, places, parties, quotes, claims and
            casualties components (missing layers leave the matching fields null or empty).
        merge: Merge events that share day, place and actor pair (ACLED's unit); False keeps one
            event per triggering sentence.

    Returns:
        Event dicts: the evidence sentence's span plus ``type``, ``sub_type``, ``date`` (``value``,
        ``precision``, ``event_date`` — the day ACLED would code, the midpoint of a week, month or
        year — and ``from_text``), ``actor1``/``actor2`` (party names) with ``inter1``/``inter2``,
        ``place`` with ``country_code``, ``admin1``, ``lat``, ``lon``, ``geo_precision``,
        ``fatalities``, the ``trigger`` span and the indices of the ``casualties`` and ``claims``
        the event rests on.
    """
    if len(doc) == 0 or not doc.has_annotation("DEP"):
        return []
    lexicon = load_lexicon()
    index = _Index(doc)
    found = find_triggers(doc, lexicon, index.named_spans())
    index.trigger_tokens = frozenset(token for trigger in found for token in range(trigger.start, trigger.end))
    triggers = [trigger for trigger in found if not is_blocked(trigger, lexicon) and not _cause_only(trigger, lexicon)
                and not _agreement_state(trigger, lexicon)]
    drafts: list[Draft] = []
    previous: Draft | None = None
    claims = index.responsibility = responsibility_claims(index, doc)
    for group in _headline_groups(trigger_groups(triggers)):
        sentence = _headline_line(group) or group[0].head.sent
        if sentence.start in claims:
            continue
        draft = _draft(index, lexicon, sentence, group, previous)
        if draft is None:
            _attach_toll(group, drafts)
            continue
        if sentence != group[0].head.sent:
            # A headline run into the body: its own line, and only its own clause for a second news.
            bounds = _subtree_span(group[0].head) if _as_news(group[0]) else (sentence.start_char, sentence.end_char)
            draft.clauses = [(max(start, bounds[0]), min(end, bounds[1])) for start, end in draft.clauses
                             if start < bounds[1] and end > bounds[0]]
        if _is_background(draft.date_value, index.reference_value):
            continue
        if _as_context(draft) and any(sentence.start == told.start for kept in drafts for told in kept.sentences):
            continue
        previous = draft
        target = drafts[-1] if (
            merge and drafts and _restates(drafts[-1], draft) and not _earlier_in_sentence(drafts[-1], draft)
        ) else None
        if target is not None and (earlier := _civilian_event_told(index, drafts, draft)) is not None:
            target = earlier
        target = target or next(
            (kept for number, kept in enumerate(drafts) if _compatible(index, kept, draft, number == len(drafts) - 1)),
            None,
        ) if merge else None
        restatement = target is not None and target is drafts[-1] and _restates(target, draft)
        if merge and target is None and drafts and _done_to_those_told(draft, drafts[-1]):
            target, restatement = drafts[-1], True
        refines = False
        if target is None and _is_anaphoric(draft.trigger) and drafts and (
            drafts[-1].type == draft.type or _lemma(drafts[-1].trigger.head) == _lemma(draft.trigger.head)
        ):
            target, refines = drafts[-1], True  # "… an air strike killed 21 … The strike hit the monastery on Friday"
        if target is None and _is_anaphoric(draft.trigger) and (not draft.date_from_text or _described(draft.trigger)):
            continue
        if target is None:
            drafts.append(draft)
            day = event_day(draft.date_value) if draft.date_from_text and date_precision(draft.date_value) == "day" else None
            if day:
                index.told_days.setdefault(_lemma(draft.trigger.head), day)
        else:
            _merge(index, target, draft, restatement)
            if refines and draft.place_from_text:
                target.place, target.place_mention = draft.place, draft.place_mention
    for sentence_start, claimer in claims.items():
        before = [draft for draft in drafts if draft.sentences[0].start < sentence_start]
        if before and claimer and claimer != before[-1].actor2:
            before[-1].actor1 = claimer
    _blamed_initiators(index, doc, drafts)
    for draft in drafts:
        if draft.sub_type in TERRITORY_SUB_TYPES and _contested(index, draft):
            draft.sub_type = "armed_clash"  # a capture the other side answers with "fighting is still going on"
    for draft in drafts:
        if draft.sub_type == "armed_clash" and draft.event_class.name in INSTRUMENT_CLASSES and (
            weapon := _weapon_used_next(index, lexicon, draft)
        ):
            draft.type, draft.sub_type = REMOTE_TYPE, weapon  # "The attackers used drones carrying explosives"
    drafts = _fold_protests(index, lexicon, drafts)
    for draft in drafts:
        if draft.sub_type == "armed_clash" and actor_key(index, draft.actor2) == "civilians":
            # A battle has two armed sides; violence against unarmed people is an attack on civilians.
            draft.type, draft.sub_type = "violence_against_civilians", "attack"
        draft.clauses.extend(_toll_sentences(index, draft, drafts))
    return [_finish(index, draft) for draft in drafts]


def _weapon_used_next(index: _Index, lexicon: Lexicon, draft: Draft) -> str | None:
    """The remote-violence sub-type of the weapons the sentence right after an attack says its
    attackers used ("The attackers used drones carrying explosives and homemade mortars"):
    drones with anything else are an air/drone strike."""
    last = draft.sentences[0]
    if last.end >= len(index.doc):
        return None
    following = index.doc[last.end].sent
    found = []
    for verb in following:
        if _lemma(verb) != "use" or verb.pos_ != "VERB":
            continue
        subject = next((child for child in verb.children if child.dep_ in SUBJECTS), None)
        if subject is None or not (subject.lower_ in {"they", "it"} or _generic_name(subject.text)
                                   or any(child.lower_ == "the" for child in subject.children)):
            continue
        for child in verb.children:
            if child.dep_ in OBJECTS:
                weapons = [child, *child.conjuncts]
                if any(_lemma(token) in DIRECT_FIRE for token in weapons):
                    return None  # "used rocket-propelled grenades and small arms fire to engage": a firefight
                found += [lexicon.instruments[_lemma(token)] for token in weapons
                          if _lemma(token) in lexicon.instruments and lexicon.instruments[_lemma(token)] != "grenade"]
    if "air_drone_strike" in found:
        return "air_drone_strike"
    return found[0] if found else None


def _line_of(token: Token) -> tuple[int, int]:
    """Character bounds of a token's line, trailing whitespace left out."""
    text = doc_text(token.doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    end = len(text) if end == -1 else end
    return start, start + len(text[start:end].rstrip())


def _headline_groups(groups: list[list[Trigger]]) -> list[list[Trigger]]:
    """Trigger groups with a headline kept apart from the body the parser ran it into, and a
    headline's two news apart ("Gangs kill at least 15 in Artibonite as police battle for key road")."""
    split: list[list[Trigger]] = []
    for group in groups:
        headline = [trigger for trigger in group if _is_headline(trigger.head)]
        if not headline:
            split.append(group)
            continue
        line = _line_of(headline[0].head)
        inside = [trigger for trigger in group if line[0] <= trigger.head.idx < line[1]]
        rest = [trigger for trigger in group if trigger not in inside]
        second = [trigger for trigger in inside if _as_news(trigger)]
        first = [trigger for trigger in inside if trigger not in second]
        split.extend(part for part in (first, second, rest) if part)
    return split


def _as_news(trigger: Trigger) -> bool:
    """Whether a headline trigger is the second news joined by "as" ("… as police battle for key road")."""
    head = trigger.head
    if head.dep_ == "pobj" and head.head.lower_ == "as":
        return True
    return any(child.dep_ == "mark" and child.lower_ == "as" for verb in (head, clause_verb(head)) for child in verb.children)


def _headline_line(group: list[Trigger]) -> Span | None:
    """The headline line of a group of headline triggers when the parser ran it into the body."""
    head = group[0].head
    if not _is_headline(head):
        return None
    start, end = _line_of(head)
    sentence = head.sent
    if sentence.start_char >= start and sentence.start_char + len(sentence.text.rstrip()) <= end:
        return None
    return head.doc.char_span(start, end, alignment_mode="contract")


def _cause_only(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether a trigger is told only as what set off an event ("The clashes … erupted after a Radaa
    commander was detained at a checkpoint"): ACLED codes the clashes, not their cause."""
    verb = clause_verb(trigger.head)
    if verb.dep_ != "advcl" or verb == trigger.head.sent.root and verb.head == verb:
        return False
    if not any(child.dep_ == "mark" and child.lower_ in {"after", "when", "because"} for child in verb.children):
        return False
    onset = verb.head
    if _lemma(onset) not in lexicon.onset_verbs:
        return False
    return any(
        child.dep_ in SUBJECTS and child.pos_ == "NOUN"
        and (_lemma(child) in lexicon.phrases or _lemma(child) in lexicon.event_heads or _lemma(child) in FIGHT_LEMMAS)
        and any(grand.dep_ == "det" and grand.lower_ in {"the", "this", "these"} for grand in child.children)
        for child in onset.children
    )


def _agreement_state(trigger: Trigger, lexicon: Lexicon) -> bool:
    """Whether an agreement noun is only said to stand ("A truce brokered by local elders held on
    Saturday"): nothing was agreed that day."""
    head = trigger.head
    if lexicon.classes[trigger.event_class.name].sub_type != "agreement" or head.pos_ != "NOUN":
        return False
    # The parser may hang the verb on the noun phrase ("brokered by local elders held").
    verbs = [token for token in head.subtree if token.pos_ == "VERB" and token.dep_ in {"acl", "relcl"}]
    if head.dep_ in SUBJECTS:
        verbs.append(head.head)
    return any(_lemma(verb) in lexicon.agreement_states for verb in verbs)


def _as_context(draft: Draft) -> bool:
    """Whether a violent event is an "as" clause with no place of its own after another event of its
    sentence ("… killing seven civilians, as fighting between the army and opposition forces spread
    across the state"): the backdrop of the event told, not one ACLED can place."""
    verb = clause_verb(draft.trigger.head)
    marked = [token for token in (draft.trigger.head, verb)
              if any(child.dep_ == "mark" and child.lower_ == "as" for child in token.children)]
    return bool(marked) and not draft.place_from_text and draft.type in VIOLENT_TYPES and not _is_headline(draft.trigger.head)


def _attach_toll(group: list[Trigger], drafts: list[Draft]) -> None:
    """Give the deaths of a sentence that reports no event of its own but points back to one told
    before ("troops had neutralised 23 assailants after the ambush") to that event, in whose toll
    ACLED counts them."""
    for trigger in group:
        if not (_is_anaphoric(trigger) and trigger.head.dep_ == "pobj"):
            continue
        lemma = _lemma(trigger.head)
        for kept in reversed(drafts):
            if lemma in {_lemma(told.head) for told in (kept.trigger, kept.first_trigger) if told}:
                sentence = trigger.head.sent
                kept.clauses.append((sentence.start_char, sentence.end_char))
                return


def _contested(index: _Index, draft: Draft) -> bool:
    """Whether another party answers a claimed capture, later in its paragraph, that the fighting goes
    on ("The SSPDF said fighting was still going on around the town"): ACLED codes the clash, not a
    change of hands."""
    text = doc_text(index.doc)
    first = draft.sentences[0]
    paragraph_end = text.find("\n\n", first.end_char)
    paragraph_end = len(text) if paragraph_end == -1 else paragraph_end
    for quote in index.quotes:
        speaker = quote.get("speaker")
        if not (first.end_char <= quote["start"] < paragraph_end) or speaker in (None, draft.actor1):
            continue
        if _ONGOING.search(text[quote["start"]:quote["end"]]):
            return True
    return False


def _fold_protests(index: _Index, lexicon: Lexicon, drafts: list[Draft]) -> list[Draft]:
    """ACLED's demonstration events: arrests made at a protest are its intervention, not an event
    of their own ("police fired tear gas and arrested 40 supporters … as they tried to march");
    protesters burning tyres or throwing stones make it a riot; the force that disperses or
    detains them is the other actor, and the protesters, not "civilians", are the first."""
    protests = [draft for draft in drafts if draft.type in {"protests", "riots"}]
    folded: set[int] = set()
    for protest in protests:
        sentences = {sentence.start for sentence in protest.sentences}
        for other in drafts:
            if (other.sub_type == "arrests" and other is not protest and other.sentences[0].start in sentences
                    and not _grievance(other.trigger.head, lexicon)):
                folded.add(id(other))
                protest.actor2 = other.actor1
                if protest.actor1 is None and other.actor2 and not index.unarmed(other.actor2):
                    protest.actor1 = other.actor2  # the arrested supporters of a party are its protest
                if protest.sub_type == "peaceful_protest":
                    protest.sub_type = "protest_with_intervention"
        _describe_protest(index, lexicon, protest, drafts)
    return [draft for draft in drafts if id(draft) not in folded]


def _describe_protest(index: _Index, lexicon: Lexicon, protest: Draft, drafts: list[Draft]) -> None:
    """Type and actors of a demonstration from its sentence and the next one when that tells no
    other event ("Some protesters threw stones at a police station before officers dispersed the
    crowd with tear gas")."""
    sentences = list(protest.sentences)
    last = sentences[-1]
    taken = {sentence.start for draft in drafts if draft is not protest for sentence in draft.sentences}
    if last.end < len(index.doc):
        following = index.doc[last.end].sent
        if following.start not in taken and "\n\n" not in doc_text(index.doc)[last.end_char:following.start_char]:
            sentences.append(following)
    tokens = [token for sentence in sentences for token in sentence]
    if protest.type == "protests" and _acts_in(tokens, lexicon.riot_acts):
        protest.type, protest.sub_type = "riots", "violent_demonstration"
    # "to demand the release of relatives detained by the NISA": a grievance, not an intervention.
    interventions = [token for token in _acts_in(tokens, lexicon.intervention_acts) if not _grievance(token, lexicon)]
    if protest.actor2 is not None and index.party_types.get(protest.actor2) not in STATE_TYPES | ACTING_TYPES:
        protest.actor2 = None  # "march on parliament": what a protest targets is no actor
    if interventions:
        if protest.sub_type == "peaceful_protest":
            protest.sub_type = "protest_with_intervention"
        if protest.actor2 is None:
            protest.actor2 = next(filter(None, (_intervener(index, token) for token in interventions)), None)
    if protest.actor1 is None or index.party_types.get(protest.actor1) == "civilians":
        protest.actor1 = _protesters(index, lexicon, sentences) or protest.actor1
    if protest.sub_type == "peaceful_protest":
        protest.actor2 = None  # "marched … in support of the ruling council": whom a protest addresses is no actor


def _grievance(token: Token, lexicon: Lexicon) -> bool:
    """Whether an act is what protesters complain of, not what happens to them ("to demand the
    release of relatives detained by the NISA")."""
    return token.dep_ in {"acl", "relcl"} or any(_lemma(ancestor) in lexicon.protest_purposes for ancestor in token.ancestors)


def _acts_in(tokens: list[Token], acts: tuple[tuple[str, ...], ...]) -> list[Token]:
    """The first token of each act (a lemma sequence such as ``("throw", "stone")``) in ``tokens``."""
    found = []
    for number, token in enumerate(tokens):
        for act in acts:
            window = tokens[number:number + len(act)]
            if len(window) == len(act) and all(_lemma(word) == part or word.lower_ == part
                                               for word, part in zip(window, act)):
                found.append(token)
                break
    return found


def _intervener(index: _Index, token: Token) -> str | None:
    """The force that carries out an intervention (the subject of "fired tear gas", "dispersed")."""
    verb = clause_verb(token)
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            party = _phrase_party(index, child)
            if party and index.party_types.get(party) in STATE_TYPES | ACTING_TYPES:
                return party
    return None


def _protesters(index: _Index, lexicon: Lexicon, sentences: list[Span]) -> str | None:
    """The party of the protesters named in a demonstration's sentences ("Some protesters", "the
    crowd"), never the report's civilians."""
    for sentence in sentences:
        for start, end, name, kind in index.party_mentions:
            if not sentence.start_char <= start < sentence.end_char or kind == "civilians":
                continue
            head = name.lower().split()[-1] if name else ""
            if head in lexicon.protester_nouns or head.removesuffix("s") in lexicon.protester_nouns:
                return name
    return None


def _toll_sentences(index: _Index, draft: Draft, drafts: list[Draft]) -> list[tuple[int, int]]:
    """Sentences right after an event's that tell no event of their own but add victims to it, in
    its paragraph ("Two civilian passers-by also died, they said.", "Six civilians had died in the
    crossfire.", an undated toll at the event's town): their deaths are the event's."""
    text = doc_text(index.doc)
    lexicon = load_lexicon()
    taken = {sentence.start for other in drafts for sentence in other.sentences}
    spans = []
    for sentence in draft.sentences:
        following = sentence
        # Sentences may carry the paragraph break as trailing whitespace.
        told_end = sentence.start_char + len(sentence.text.rstrip())
        for _ in range(2):
            if following.end >= len(index.doc):
                break
            following = index.doc[following.end].sent
            back = [token for token in following if _refers_back(token, lexicon)]
            if (following.start in taken or "\n" in text[told_end:following.start_char + len(following.text.rstrip())]
                    or any(token in index.trigger_tokens and index.doc[token] not in back
                           for token in range(following.start, following.end))):
                break
            if back or any(token.lower_ in ADDITIVE_WORDS for token in following) or _tells_place_toll(
                index, draft, following
            ):
                spans.append((following.start_char, following.end_char))
    return spans


def _tells_place_toll(index: _Index, draft: Draft, sentence: Span) -> bool:
    """Whether an undated sentence gives deaths at the event's own town ("A medic at Mellit's
    hospital said at least nine bodies had been brought in"): another source's toll of that event."""
    if draft.place is None or draft.place.get("feature") not in PRECISE_FEATURES:
        return False
    if any(sentence.start_char <= item["start"] < sentence.end_char for item in index.dates):
        return False
    return any(sentence.start_char <= start < sentence.end_char and place["name"] == draft.place["name"]
               for start, _, place in index.place_mentions)


def _refers_back(token: Token, lexicon: Lexicon) -> bool:
    """Whether a noun points back to the event just told ("six civilians had died in the crossfire")."""
    return (_lemma(token) in lexicon.back_references and token.dep_ == "pobj"
            and token.head.lower_ in {"in", "during"}
            and any(child.lower_ == "the" for child in token.children))


class EventsComponent:
    """Stores ``extract_events(doc)`` on ``doc._.conflictcli_events``."""

    def __init__(self, merge: bool) -> None:
        self.merge = merge

    def __call__(self, doc: Doc) -> Doc:
        doc._.set(EXTENSION, extract_events(doc, merge=self.merge))
        return doc


@Language.factory(
    "conflictcli_events",
    assigns=[f"doc._.{EXTENSION}"],
    requires=["token.dep", "token.lemma", "token.pos"],
    default_config={"merge": True},
)
def make_events(nlp: Language, name: str, merge: bool) -> EventsComponent:
    """The events component: run it after the dates, places, parties, claims and casualties components."""
    return EventsComponent(merge)
