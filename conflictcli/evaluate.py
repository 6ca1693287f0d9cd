"""Scoring conflictcli against annotated corpora: the library behind ``conflictcli eval``.

A corpus is a folder holding ``gold.jsonl`` (one gold document a line: ``id``, ``text_file``,
``split``, ``reference_date`` and gold layers) and the text files it names; see the shared eval
README for the format. :func:`evaluate` runs the pipeline with the extractors a corpus can score and
compares every report with its gold document.

The scorers (``score_<layer>``) are pure functions over ``(GoldDoc, report dict)`` pairs, so they
can be checked on hand-made pairs without a model. Each returns ``{"metrics": {...}, "counts":
{...}}``. Conventions shared by all of them:

- Counts are summed over documents before dividing (micro averages).
- Span matching is one-to-one and greedy, best character Jaccard first (ties: earlier gold, then
  earlier prediction); "any overlap" means at least one shared character.
- A ratio whose denominator is zero is ``None`` (not measurable), never 0.
- F1 is ``2·matched / (predicted + gold)``, with neutral predictions left out of ``predicted``.
- A *neutral* prediction is neither a hit nor a false positive: it overlaps no gold span but does
  overlap a span the gold marks as "don't care" (see :func:`score_places` and
  :func:`score_parties`).
"""

from __future__ import annotations

import difflib
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date as calendar_date
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING, Any

from conflictcli.extractors import SELECTABLE, with_dependencies
from conflictcli.inputs import Article
from conflictcli.pipeline import (
    DEFAULT_BATCH_SIZE,
    DEFAULT_MODEL,
    analyze_articles,
    cached_pipeline,
    extractors_of,
)

if TYPE_CHECKING:
    from spacy.language import Language

GOLD_FILE = "gold.jsonl"
# The splits the shared corpora use (choices for a --split option).
SPLITS = ("dev", "test")
# Corpora whose reference date must be read from the text (their dateline), not given as metadata
# (meantime-en and the project's own items in its layout, samples/datenews).
DATELINE_CORPORA = frozenset({"meantime-en", "datenews"})
# Corpora whose gold is direct speech only: only direct quotes are scored on both sides
# (litbank-quotes and the project's own fiction excerpts in its format, samples/fiction).
DIRECT_ONLY_CORPORA = frozenset({"litbank-quotes", "fiction"})
QUOTE_THRESHOLDS = (0.3, 0.8)
CLAIM_THRESHOLD = 0.3
ACCURACY_KM = 161.0
EARTH_RADIUS_KM = 6371.0088
PARTY_KINDS = frozenset({"person", "org"})
PLACE_KINDS = frozenset({"place"})
DOC_CASUALTY_STATUSES = ("killed", "captured")
# Pronouns are left out of party-mention scores (shared eval README): whole-mention matches only.
PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your yours yourself yourselves "
    "he him his himself she her hers herself it its itself they them their theirs themselves "
    "who whom whose which".split()
)
_GOLD_FIELDS = frozenset({"id", "text_file", "split", "reference_date"})
_UNPADDED_WEEK = re.compile(r"^(\d{4})-W(\d)(?!\d)")
_WORD = re.compile(r"\w+")
# Titles that tell a person's gender, so that same_name keeps spouses and siblings apart.
_TITLE_GENDER = dict.fromkeys("mr sir lord master monsieur herr signor senor don".split(), "m") | dict.fromkeys(
    "mrs miss ms lady madam madame mme mlle mademoiselle frau signora senora dame".split(), "f"
)

Pair = tuple["GoldDoc", dict[str, Any]]
Score = dict[str, dict[str, Any]]


@dataclass(frozen=True, slots=True)
class GoldDoc:
    """One gold document: its text and its raw gold layers (every key of its line but ``id``,
    ``text_file``, ``split`` and ``reference_date``)."""

    id: str
    text: str
    split: str | None
    reference_date: str | None
    layers: dict[str, Any]
    text_file: str | None = None


@dataclass(frozen=True, slots=True)
class Mention:
    """A span to match, with whatever the scorer compares once it is matched."""

    start: int
    end: int
    data: Any = None


# --- loading ---------------------------------------------------------------------------------


def load_corpus(corpus_dir: Path, split: str | None = None) -> list[GoldDoc]:
    """The gold documents of ``corpus_dir`` (all of them when ``split`` is None), in file order.

    Raises:
        ValueError: the folder has no ``gold.jsonl``, a line or text file is unreadable or
            malformed, or ``split`` names no document.
    """
    corpus_dir = Path(corpus_dir)
    gold_path = corpus_dir / GOLD_FILE
    if not gold_path.is_file():
        raise ValueError(f"{corpus_dir} is not a corpus folder: it has no {GOLD_FILE}")
    docs: list[GoldDoc] = []
    splits_seen: set[str] = set()
    with gold_path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            doc = _gold_doc(corpus_dir, line, where=f"{gold_path}:{number}")
            if doc.split is not None:
                splits_seen.add(doc.split)
            if split is None or doc.split == split:
                docs.append(doc)
    if split is not None and not docs:
        known = ", ".join(sorted(splits_seen)) or "none"
        raise ValueError(f"{corpus_dir} has no document in split {split!r} (splits: {known})")
    if not docs:
        raise ValueError(f"{corpus_dir} is not a corpus folder: {GOLD_FILE} holds no document")
    return docs


def _gold_doc(corpus_dir: Path, line: str, *, where: str) -> GoldDoc:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise ValueError(f"{where}: not JSON ({exc.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
        raise ValueError(f"{where}: not a gold document (a JSON object with an \"id\")")
    text_file = record.get("text_file")
    if not isinstance(text_file, str):
        raise ValueError(f"{where}: missing \"text_file\"")
    try:
        # Bytes, not read_text(): universal newlines would shift the gold offsets.
        text = (corpus_dir / text_file).read_bytes().decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ValueError(f"{where}: cannot read {text_file}: {exc}") from None
    return GoldDoc(
        id=record["id"],
        text=text,
        split=record.get("split"),
        reference_date=record.get("reference_date"),
        layers={key: value for key, value in record.items() if key not in _GOLD_FIELDS},
        text_file=text_file,
    )


def layers_of(golds: Iterable[GoldDoc]) -> list[str]:
    """The extractors the gold documents can score, in run order.

    ``dates``/``places``/``parties``/``quotes``/``claims`` come from layers of that name,
    ``casualties`` from ``casualties`` or ``casualties_doc``, ``events`` from ``events`` or
    isaf-pressreleases' ``isaf`` labels, and re3d-style ``entities`` add
    ``parties`` (person or org kinds) and ``places`` (place kind).
    """
    found: set[str] = set()
    for gold in golds:
        layers = gold.layers
        found.update(name for name in ("dates", "places", "parties", "quotes", "claims") if name in layers)
        if "casualties" in layers or "casualties_doc" in layers:
            found.add("casualties")
        if "events" in layers or "isaf" in layers:
            found.add("events")
        kinds = {entity.get("kind") for entity in layers.get("entities") or ()}
        if kinds & PARTY_KINDS:
            found.add("parties")
        if kinds & PLACE_KINDS:
            found.add("places")
    return [name for name in SELECTABLE if name in found]


# --- running ---------------------------------------------------------------------------------


def evaluate(
    corpus_dir: Path,
    *,
    split: str | None = None,
    nlp: Language | None = None,
    model: str = DEFAULT_MODEL,
    gold_reference_date: bool | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    extractors: Sequence[str] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> dict[str, Any]:
    """Run the pipeline over a corpus and score every layer it has gold for.

    Args:
        corpus_dir: a corpus folder (``gold.jsonl`` + texts).
        split: ``"dev"``, ``"test"``, or None for every document.
        nlp: a pipeline from :func:`~conflictcli.pipeline.load_pipeline`; only the layers it has
            extractors for are scored. Loaded from ``model`` when omitted.
        gold_reference_date: give each article its gold reference date as metadata (True), or make
            the analyzer find it in the text and score how often it does (False). None applies the
            corpus default: False for corpora with datelines to read (meantime-en), True otherwise.
        batch_size: articles per ``nlp.pipe`` batch.
        extractors: score only these layers (default: every layer the corpus has).
        progress: called as ``progress(done, total)`` after each document (for a progress bar).

    Returns:
        ``{"corpus", "split", "docs", "extractors", "reference_date_from" ("gold" | "text"),
        "errors" (documents the analyzer failed on; scored as empty reports), "metrics": {layer:
        {...}}, "counts": {layer: {"gold", "predicted", "matched", ...}}}``.

    Raises:
        ValueError: not a corpus, an unknown split, or nothing left to score.
    """
    corpus_dir = Path(corpus_dir)
    name = corpus_dir.resolve().name
    golds = load_corpus(corpus_dir, split)
    layers = layers_of(golds)
    if extractors is not None:
        layers = [layer for layer in layers if layer in extractors]
    if nlp is not None:
        layers = [layer for layer in layers if layer in extractors_of(nlp)]
    if not layers:
        raise ValueError(f"{corpus_dir}: no gold layer left to score with the chosen extractors")
    give_reference = name not in DATELINE_CORPORA if gold_reference_date is None else gold_reference_date
    if nlp is None:
        # Every extractor, as ``analyze`` runs them: places lose the metonyms parties take.
        nlp = cached_pipeline(model, tuple(SELECTABLE))
    articles = [
        Article(
            text=gold.text,
            path=str(corpus_dir / gold.text_file) if gold.text_file else None,
            id=gold.id,
            reference_date=gold.reference_date if give_reference else None,
        )
        for gold in golds
    ]
    pairs: list[Pair] = []
    errors = 0
    # Reports carry what the scored layers rest on too: events are scored with places and parties.
    reported = [name for name in with_dependencies(layers) if name in SELECTABLE]
    reports = analyze_articles(articles, nlp=nlp, extractors=reported, batch_size=batch_size)
    for gold, report in zip(golds, reports):
        if "error" in report:
            errors += 1
            report = {}
        pairs.append((gold, report))
        if progress is not None:
            progress(len(pairs), len(golds))
    scores: dict[str, Score] = {}
    for layer in layers:
        if layer == "dates":
            scores[layer] = score_dates(pairs, reference_date_given=give_reference)
        elif layer == "quotes":
            scores[layer] = score_quotes(pairs, direct_only=name in DIRECT_ONLY_CORPORA)
        else:
            scores[layer] = SCORERS[layer](pairs)
    return {
        "corpus": name,
        "split": split or "all",
        "docs": len(golds),
        "extractors": layers,
        "reference_date_from": "gold" if give_reference else "text",
        "errors": errors,
        "metrics": {layer: score["metrics"] for layer, score in scores.items()},
        "counts": {layer: score["counts"] for layer, score in scores.items()},
    }


# --- shared arithmetic -----------------------------------------------------------------------


def ratio(numerator: int, denominator: int) -> float | None:
    """``numerator / denominator``, or None when there is nothing to divide by."""
    return numerator / denominator if denominator else None


def prf(
    matched: int, predicted: int, gold: int, suffix: str = "", prefix: str = ""
) -> dict[str, float | None]:
    """Precision, recall and F1 named ``<prefix>precision<suffix>`` etc."""
    return {
        f"{prefix}precision{suffix}": ratio(matched, predicted),
        f"{prefix}recall{suffix}": ratio(matched, gold),
        f"{prefix}f1{suffix}": ratio(2 * matched, predicted + gold),
    }


def jaccard(a: Mention, b: Mention) -> float:
    """Character-offset Jaccard: shared characters over characters covered by either span."""
    shared = min(a.end, b.end) - max(a.start, b.start)
    if shared <= 0:
        return 0.0
    return shared / ((a.end - a.start) + (b.end - b.start) - shared)


def inside(inner: Mention, outer: Mention) -> bool:
    """Whether ``inner`` lies within ``outer`` and is shorter."""
    contained = outer.start <= inner.start and inner.end <= outer.end
    return contained and outer.end - outer.start > inner.end - inner.start


def overlaps(a: Mention, b: Mention) -> bool:
    """Whether the spans share at least one character."""
    return min(a.end, b.end) > max(a.start, b.start)


def match_spans(
    gold: Sequence[Mention], predicted: Sequence[Mention], *, min_jaccard: float = 0.0
) -> list[tuple[int, int]]:
    """One-to-one greedy matching, best Jaccard first; a pair needs overlap and ``min_jaccard``.

    Returns:
        ``(gold index, predicted index)`` pairs, sorted by gold index.
    """
    candidates = []
    for gold_index, gold_span in enumerate(gold):
        for predicted_index, predicted_span in enumerate(predicted):
            score = jaccard(gold_span, predicted_span)
            if score > 0 and score >= min_jaccard:
                candidates.append((-score, gold_index, predicted_index))
    candidates.sort()
    used_gold: set[int] = set()
    used_predicted: set[int] = set()
    matches = []
    for _, gold_index, predicted_index in candidates:
        if gold_index in used_gold or predicted_index in used_predicted:
            continue
        used_gold.add(gold_index)
        used_predicted.add(predicted_index)
        matches.append((gold_index, predicted_index))
    return sorted(matches)


def match_with_neutrals(
    gold: Sequence[Mention],
    predicted: Sequence[Mention],
    *,
    optional: Sequence[Mention] = (),
    neutral: Sequence[Mention] = (),
) -> tuple[list[tuple[int, int]], int]:
    """Match ``predicted`` to ``gold``, then count the leftovers that are neutral.

    A leftover prediction is neutral when it matches an ``optional`` gold span (one-to-one, as
    for gold) or overlaps any ``neutral`` span without overlapping any gold span.

    Returns:
        the gold matches, and the number of neutral predictions.
    """
    matches = match_spans(gold, predicted)
    matched = {predicted_index for _, predicted_index in matches}
    leftovers = [index for index in range(len(predicted)) if index not in matched]
    optional_matches = match_spans(optional, [predicted[index] for index in leftovers])
    neutral_count = len(optional_matches)
    taken = {leftovers[position] for _, position in optional_matches}
    for index in leftovers:
        if index in taken:
            continue
        span = predicted[index]
        if any(overlaps(span, other) for other in neutral) and not any(overlaps(span, g) for g in gold):
            neutral_count += 1
    return matches, neutral_count


def mention(span: dict[str, Any], data: Any = None) -> Mention:
    """A :class:`Mention` of a ``{"start", "end", ...}`` span."""
    return Mention(int(span["start"]), int(span["end"]), data)


def unique(mentions: Iterable[Mention]) -> list[Mention]:
    """The mentions with repeated offsets dropped (the first one kept)."""
    seen: set[tuple[int, int]] = set()
    kept = []
    for item in mentions:
        if (item.start, item.end) not in seen:
            seen.add((item.start, item.end))
            kept.append(item)
    return kept


def is_pronoun(text: str) -> bool:
    """Whether a mention is a bare pronoun ("he", "We", "their")."""
    return text.strip().lower() in PRONOUNS


def same_name(predicted: str | None, gold: str | None) -> bool:
    """Lenient name match: equal ignoring case, one name contains the other's last word, or one is
    the acronym of the other; titles of opposite gender never match.

    "Holmes" matches "Mr. Sherlock Holmes", "Donald Trump" matches "Trump", "SSPDF" matches "South
    Sudan People's Defence Forces" (see :func:`is_acronym_of`); "Mr. Bennet" does not match "Mrs
    Bennet" (a husband and wife share the surname); None matches nothing.
    """
    if not predicted or not gold:
        return False
    predicted_words = _WORD.findall(predicted.lower())
    gold_words = _WORD.findall(gold.lower())
    if predicted.strip().lower() == gold.strip().lower():
        return True
    if not predicted_words or not gold_words:
        return False
    if {_TITLE_GENDER.get(predicted_words[0]), _TITLE_GENDER.get(gold_words[0])} == {"m", "f"}:
        return False
    return (
        gold_words[-1] in predicted_words or predicted_words[-1] in gold_words
        or is_acronym_of(predicted, gold) or is_acronym_of(gold, predicted)
    )


_NAME_WORD = re.compile(r"[A-Za-z][A-Za-z']*")


def is_acronym_of(short: str, long: str) -> bool:
    """Whether ``short`` (capitals, 3+ letters) spells the initials of ``long``'s words, an
    all-capitals word counting whole and function words counted or not ("UNMISS" for "UN Mission
    in South Sudan", "SPLM-IO"); a leading organisation prefix of up to two letters may be left out
    of ``short`` ("OCHA" for "UN Office for the Coordination of Humanitarian Affairs")."""
    letters = "".join(ch for ch in short if ch.isalpha())
    words = _NAME_WORD.findall(long)
    if len(letters) < 3 or not short.replace("-", "").replace(" ", "").isupper() or len(words) < 2:
        return False

    def initials(chosen: list[str]) -> str:
        return "".join(word if word.isupper() and len(word) > 1 else word[0] for word in chosen).upper()

    forms = {initials(words), initials([word for word in words if word[0].isupper()])}
    return any(form == letters or (form.endswith(letters) and len(form) - len(letters) <= 2) for form in forms)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km between two WGS84 points (spherical Earth, mean radius)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    half_dphi = (phi2 - phi1) / 2
    half_dlambda = math.radians(lon2 - lon1) / 2
    a = math.sin(half_dphi) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(half_dlambda) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def normalize_timex(value: str | None) -> str | None:
    """A TIMEX3 value ready for exact comparison: ISO weeks zero-padded ("2000-W7" → "2000-W07")."""
    if value is None:
        return None
    return _UNPADDED_WEEK.sub(r"\1-W0\2", value.strip())


def counts(gold: int, predicted: int, matched: int, **more: int) -> dict[str, int]:
    """A layer's ``counts`` entry."""
    return {"gold": gold, "predicted": predicted, "matched": matched, **more}


# --- dates -----------------------------------------------------------------------------------


def score_dates(pairs: Iterable[Pair], *, reference_date_given: bool = True) -> Score:
    """Temporal expressions, TempEval-3 style.

    - ``relaxed_*``: P/R/F1 with any-overlap one-to-one matching; ``strict_*``: exact offsets.
    - ``value_*``: a relaxed match counts when its value equals the gold value after
      :func:`normalize_timex`; ``type_accuracy``: share of relaxed matches with the gold type.
      Both only when the gold carries values (re3d's dates have none: spans only).
    - ``reference_date_accuracy``: when the reference date was not given to the analyzer, the share
      of documents with a gold reference date whose report ``reference_date.value`` equals it.
    - A prediction overlapping only a low-confidence date entity (re3d ``entities_uncertain``) is
      neutral and left out of every precision.
    """
    gold_total = predicted_total = neutral_total = relaxed = strict = value_hits = type_hits = 0
    reference_total = reference_hits = 0
    with_values = False
    for gold, report in pairs:
        gold_dates = gold.layers.get("dates") or []
        predicted_dates = report.get("dates") or []
        with_values = with_values or any(date.get("value") is not None for date in gold_dates)
        gold_spans = [mention(date, date) for date in gold_dates]
        predicted_spans = [mention(date, date) for date in predicted_dates]
        gold_total += len(gold_spans)
        predicted_total += len(predicted_spans)
        uncertain = [
            mention(entity)
            for entity in gold.layers.get("entities_uncertain") or []
            if entity.get("kind") == "date"
        ]
        matches, neutral_count = match_with_neutrals(gold_spans, predicted_spans, neutral=uncertain)
        neutral_total += neutral_count
        relaxed += len(matches)
        strict += sum(
            (
                Counter((span.start, span.end) for span in gold_spans)
                & Counter((span.start, span.end) for span in predicted_spans)
            ).values()
        )
        for gold_index, predicted_index in matches:
            expected, found = gold_spans[gold_index].data, predicted_spans[predicted_index].data
            type_hits += expected.get("type") == found.get("type")
            gold_value = normalize_timex(expected.get("value"))
            value_hits += gold_value is not None and gold_value == normalize_timex(found.get("value"))
        if not reference_date_given and gold.reference_date:
            reference_total += 1
            reference_hits += (report.get("reference_date") or {}).get("value") == gold.reference_date
    scored = predicted_total - neutral_total
    metrics: dict[str, float | None] = {
        **prf(relaxed, scored, gold_total, prefix="relaxed_"),
        **prf(strict, scored, gold_total, prefix="strict_"),
    }
    if with_values:
        metrics |= prf(value_hits, scored, gold_total, prefix="value_")
        metrics["type_accuracy"] = ratio(type_hits, relaxed)
    if reference_total:
        metrics["reference_date_accuracy"] = ratio(reference_hits, reference_total)
    return {
        "metrics": metrics,
        "counts": counts(gold_total, predicted_total, relaxed, neutral=neutral_total, strict=strict),
    }


# --- places ----------------------------------------------------------------------------------


def entity_gold(
    gold: GoldDoc, kinds: frozenset[str], *, drop_pronouns: bool
) -> tuple[list[Mention], list[Mention], list[Mention]]:
    """Required, optional and neutral spans for ``kinds`` from re3d-style ``entities``.

    Optional: an entity of ``kinds`` lying strictly inside another gold entity (re3d nesting,
    "Assad" in "Assad's regime"). Neutral: gold entities of other kinds (re3d's choice between
    Organisation and Location for a country is noisy), low-confidence ``entities_uncertain``, and
    pronoun entities when ``drop_pronouns``.
    """
    entities = gold.layers.get("entities") or []
    spans = [mention(entity, entity) for entity in entities]
    required: list[Mention] = []
    optional: list[Mention] = []
    neutral = [mention(entity, entity) for entity in gold.layers.get("entities_uncertain") or []]
    for span in spans:
        entity = span.data
        if entity.get("kind") not in kinds or (drop_pronouns and is_pronoun(entity.get("text", ""))):
            neutral.append(span)
        elif any(inside(span, other) for other in spans):
            optional.append(span)
        else:
            required.append(span)
    return required, optional, neutral


def score_places(pairs: Iterable[Pair]) -> Score:
    """Place mentions: recognition and resolution.

    Predictions are every ``places[].mentions[]``, each carrying its place's ``lat``/``lon``/
    ``country_code`` (repeated offsets counted once). Gold is the ``places`` layer; geowebnews'
    ``other_toponyms`` (metonyms, adjectives, embedded names) and ``non_places`` are neutral. In
    re3d-style ``entities``, gold is the place kind, as in :func:`entity_gold`.

    - ``precision``/``recall``/``f1``: any-overlap one-to-one matching; neutral predictions are
      left out of precision.
    - ``accuracy_161km``: share of matched mentions with gold coordinates whose predicted point lies
      within 161 km (a prediction without coordinates is wrong).
    - ``country_accuracy``: share of matched mentions with a gold country whose predicted
      ``country_code`` equals it. Both only when the gold has coordinates / countries.
    """
    gold_total = predicted_total = matched_total = neutral_total = 0
    located = near = with_country = country_hits = 0
    has_coordinates = has_countries = False
    for gold, report in pairs:
        if "places" in gold.layers:
            required = [mention(place, place) for place in gold.layers.get("places") or []]
            optional: list[Mention] = []
            neutral = [
                mention(span)
                for key in ("other_toponyms", "non_places")
                for span in gold.layers.get(key) or []
            ]
        else:
            required, optional, neutral = entity_gold(gold, PLACE_KINDS, drop_pronouns=False)
        predicted = unique(
            mention(span, place)
            for place in report.get("places") or []
            for span in place.get("mentions") or []
        )
        matches, neutral_count = match_with_neutrals(required, predicted, optional=optional, neutral=neutral)
        gold_total += len(required)
        predicted_total += len(predicted)
        matched_total += len(matches)
        neutral_total += neutral_count
        for span in required:
            has_coordinates = has_coordinates or span.data.get("lat") is not None
            has_countries = has_countries or span.data.get("country") is not None
        for gold_index, predicted_index in matches:
            expected, place = required[gold_index].data, predicted[predicted_index].data
            if expected.get("lat") is not None and expected.get("lon") is not None:
                located += 1
                if place.get("lat") is not None and place.get("lon") is not None:
                    distance = haversine_km(expected["lat"], expected["lon"], place["lat"], place["lon"])
                    near += distance <= ACCURACY_KM
            if expected.get("country"):
                with_country += 1
                country_hits += (place.get("country_code") or "").upper() == expected["country"].upper()
    metrics = prf(matched_total, predicted_total - neutral_total, gold_total)
    if has_coordinates:
        metrics["accuracy_161km"] = ratio(near, located)
    if has_countries:
        metrics["country_accuracy"] = ratio(country_hits, with_country)
    return {
        "metrics": metrics,
        "counts": counts(gold_total, predicted_total, matched_total, neutral=neutral_total),
    }


# --- parties ---------------------------------------------------------------------------------


def score_parties(pairs: Iterable[Pair]) -> Score:
    """Party (actor) mentions, and whole actors where the gold has a ``parties`` layer.

    Pronoun mentions ("he", "we", "their") are left out on both sides of mention scores.

    - re3d-style ``entities``: gold is the person and org kinds. A prediction overlapping only a
      gold entity of another kind (e.g. "Syria" annotated as a place but predicted as the state
      actor), a low-confidence uncertain entity or a gold pronoun is neutral; a gold entity nested
      in a longer gold entity ("Assad" in "Assad's regime") is optional: found, it makes its
      prediction neutral; missed, it costs nothing.
    - ``parties`` layer: gold mentions are every gold party's mentions, and also
      ``actor_recall``: share of gold actors sharing at least one overlapping mention (pronouns
      included) with some predicted party; ``actor_precision``: share of predicted parties that
      do so with some gold actor; ``type_accuracy`` / ``country_accuracy``: on found actors, the
      predicted party with most overlapping mentions (first in report order on ties) has the gold
      ``type`` / ``country_code`` (null equals null).

    Mention ``precision``/``recall``/``f1``: any-overlap one-to-one matching, neutrals left out.
    """
    gold_total = predicted_total = matched_total = neutral_total = 0
    actors = found = actor_predictions = linked_predictions = type_hits = country_hits = 0
    has_actors = False
    for gold, report in pairs:
        predicted_parties = report.get("parties") or []
        predicted = unique(
            mention(span)
            for party in predicted_parties
            for span in party.get("mentions") or []
            if not is_pronoun(span.get("text", ""))
        )
        if "parties" in gold.layers:
            has_actors = True
            gold_parties = gold.layers.get("parties") or []
            required = unique(
                mention(span)
                for party in gold_parties
                for span in party.get("mentions") or []
                if not is_pronoun(span.get("text", ""))
            )
            optional: list[Mention] = []
            neutral: list[Mention] = []
            outcome = _actor_outcome(gold_parties, predicted_parties)
            actors += len(gold_parties)
            actor_predictions += len(predicted_parties)
            found += outcome["found"]
            linked_predictions += outcome["linked"]
            type_hits += outcome["type_hits"]
            country_hits += outcome["country_hits"]
        else:
            required, optional, neutral = entity_gold(gold, PARTY_KINDS, drop_pronouns=True)
        matches, neutral_count = match_with_neutrals(required, predicted, optional=optional, neutral=neutral)
        gold_total += len(required)
        predicted_total += len(predicted)
        matched_total += len(matches)
        neutral_total += neutral_count
    metrics = prf(matched_total, predicted_total - neutral_total, gold_total)
    result_counts = counts(gold_total, predicted_total, matched_total, neutral=neutral_total)
    if has_actors:
        metrics |= {
            "actor_recall": ratio(found, actors),
            "actor_precision": ratio(linked_predictions, actor_predictions),
            "type_accuracy": ratio(type_hits, found),
            "country_accuracy": ratio(country_hits, found),
        }
        result_counts |= {"gold_actors": actors, "predicted_actors": actor_predictions, "found_actors": found}
    return {"metrics": metrics, "counts": result_counts}


def _actor_outcome(
    gold_parties: list[dict[str, Any]], predicted_parties: list[dict[str, Any]]
) -> dict[str, int]:
    """Actor-level tallies for one document (see :func:`score_parties`)."""
    gold_mentions = [[mention(span) for span in party.get("mentions") or []] for party in gold_parties]
    predicted_mentions = [
        [mention(span) for span in party.get("mentions") or []] for party in predicted_parties
    ]

    def shared(gold_index: int, predicted_index: int) -> int:
        candidates = predicted_mentions[predicted_index]
        return sum(any(overlaps(g, p) for p in candidates) for g in gold_mentions[gold_index])

    tallies = {"found": 0, "linked": 0, "type_hits": 0, "country_hits": 0}
    linked: set[int] = set()
    for gold_index, party in enumerate(gold_parties):
        shares = {index: shared(gold_index, index) for index in range(len(predicted_parties))}
        overlapping = [index for index, count in shares.items() if count]
        if not overlapping:
            continue
        linked.update(overlapping)
        best = predicted_parties[max(overlapping, key=lambda index: (shares[index], -index))]
        tallies["found"] += 1
        tallies["type_hits"] += best.get("type") == party.get("type")
        tallies["country_hits"] += best.get("country_code") == party.get("country_code")
    tallies["linked"] = len(linked)
    return tallies


# --- quotes ----------------------------------------------------------------------------------


def score_quotes(pairs: Iterable[Pair], *, direct_only: bool = False) -> Score:
    """Quotes: content, speaker and cue.

    - ``precision@T``/``recall@T``/``f1@T`` for T in 0.3 and 0.8: gold ``content`` and predicted
      quote spans match one-to-one, best Jaccard first, when their character Jaccard is ≥ T.
    - ``speaker_accuracy``: over 0.3-matches whose gold has a ``source`` span or a ``speaker``
      name, correct when the predicted ``speaker_mention`` overlaps the gold source or the
      predicted ``speaker`` matches the gold speaker (:func:`same_name`).
    - ``cue_*``: P/R/F1 of cue spans (each distinct span once), any overlap, when the gold has cues.
    - ``direct_recall@0.3``: share of gold direct quotes matched at 0.3 (when some gold quote is
      indirect, so that it differs from recall).
    - ``direct_only`` (litbank-quotes, whose gold is direct speech only): only gold quotes and
      predictions with ``direct: true`` are scored.
    """
    gold_total = predicted_total = 0
    hits = dict.fromkeys(QUOTE_THRESHOLDS, 0)
    speaker_total = speaker_hits = 0
    cue_gold = cue_predicted = cue_matched = 0
    direct_total = direct_hits = 0
    has_cues = has_indirect = False
    for gold, report in pairs:
        gold_quotes = [q for q in gold.layers.get("quotes") or [] if not direct_only or q.get("direct")]
        predicted_quotes = [q for q in report.get("quotes") or [] if not direct_only or q.get("direct")]
        gold_spans = [mention(quote["content"], quote) for quote in gold_quotes]
        predicted_spans = [mention(quote, quote) for quote in predicted_quotes]
        gold_total += len(gold_spans)
        predicted_total += len(predicted_spans)
        for threshold in QUOTE_THRESHOLDS:
            matches = match_spans(gold_spans, predicted_spans, min_jaccard=threshold)
            hits[threshold] += len(matches)
            if threshold != QUOTE_THRESHOLDS[0]:
                continue
            for gold_index, predicted_index in matches:
                expected, found = gold_spans[gold_index].data, predicted_spans[predicted_index].data
                direct_hits += bool(expected.get("direct"))
                if expected.get("source") or expected.get("speaker"):
                    speaker_total += 1
                    speaker_hits += _speaker_correct(expected, found)
        direct_total += sum(bool(quote.get("direct")) for quote in gold_quotes)
        has_indirect = has_indirect or any(not quote.get("direct") for quote in gold_quotes)
        gold_cues = unique(mention(quote["cue"]) for quote in gold_quotes if quote.get("cue"))
        predicted_cues = unique(mention(quote["cue"]) for quote in predicted_quotes if quote.get("cue"))
        has_cues = has_cues or bool(gold_cues)
        cue_gold += len(gold_cues)
        cue_predicted += len(predicted_cues)
        cue_matched += len(match_spans(gold_cues, predicted_cues))
    metrics: dict[str, float | None] = {}
    for threshold in QUOTE_THRESHOLDS:
        metrics |= prf(hits[threshold], predicted_total, gold_total, suffix=f"@{threshold}")
    metrics["speaker_accuracy"] = ratio(speaker_hits, speaker_total)
    if has_cues:
        metrics |= prf(cue_matched, cue_predicted, cue_gold, prefix="cue_")
    if has_indirect and not direct_only:
        metrics[f"direct_recall@{QUOTE_THRESHOLDS[0]}"] = ratio(direct_hits, direct_total)
    result_counts = counts(gold_total, predicted_total, hits[QUOTE_THRESHOLDS[0]], with_speaker=speaker_total)
    if has_cues:
        result_counts |= {"gold_cues": cue_gold, "predicted_cues": cue_predicted, "matched_cues": cue_matched}
    return {"metrics": metrics, "counts": result_counts}


def _speaker_correct(gold_quote: dict[str, Any], predicted_quote: dict[str, Any]) -> bool:
    source, speaker_mention = gold_quote.get("source"), predicted_quote.get("speaker_mention")
    if source and speaker_mention and overlaps(mention(source), mention(speaker_mention)):
        return True
    return same_name(predicted_quote.get("speaker"), gold_quote.get("speaker"))


# --- claims ----------------------------------------------------------------------------------


def score_claims(pairs: Iterable[Pair]) -> Score:
    """Claims: ``precision@0.3``/``recall@0.3``/``f1@0.3`` (Jaccard matching as for quotes), and on
    matches ``claimant_accuracy`` (null = the report's own voice; null equals null, names compare
    with :func:`same_name`) and ``hedged_accuracy``."""
    gold_total = predicted_total = matched = claimant_hits = hedged_hits = 0
    for gold, report in pairs:
        gold_spans = [mention(claim, claim) for claim in gold.layers.get("claims") or []]
        predicted_spans = [mention(claim, claim) for claim in report.get("claims") or []]
        gold_total += len(gold_spans)
        predicted_total += len(predicted_spans)
        matches = match_spans(gold_spans, predicted_spans, min_jaccard=CLAIM_THRESHOLD)
        matched += len(matches)
        for gold_index, predicted_index in matches:
            expected, found = gold_spans[gold_index].data, predicted_spans[predicted_index].data
            gold_claimant, predicted_claimant = expected.get("claimant"), found.get("claimant")
            claimant_hits += (gold_claimant is None and predicted_claimant is None) or same_name(
                predicted_claimant, gold_claimant
            )
            hedged_hits += bool(expected.get("hedged")) == bool(found.get("hedged"))
    metrics = prf(matched, predicted_total, gold_total, suffix=f"@{CLAIM_THRESHOLD}")
    metrics["claimant_accuracy"] = ratio(claimant_hits, matched)
    metrics["hedged_accuracy"] = ratio(hedged_hits, matched)
    return {"metrics": metrics, "counts": counts(gold_total, predicted_total, matched)}


# --- casualties ------------------------------------------------------------------------------


def score_casualties(pairs: Iterable[Pair]) -> Score:
    """Casualties, from span-level ``casualties`` and/or document-level ``casualties_doc`` gold.

    - Span level: ``precision``/``recall``/``f1`` with any-overlap one-to-one matching;
      ``count_accuracy`` (null equals null) and ``status_accuracy`` on matches.
    - Document level (isaf-pressreleases): for every document and status in killed/captured, the
      predicted count is the sum of the report's minimum counts with that status (``count_min``
      when given — "more than 10" is at least 11, as the corpus labels minimums — else ``count``;
      null counts 0), the
      gold count is the gold item's ``count`` (0 without one). ``doc_accuracy`` is the share of
      (document, status) pairs predicted exactly; ``doc_accuracy_killed``/``_captured`` per
      status; ``doc_accuracy_count_in_text``/``_count_not_in_text``/``_no_gold_item`` split by the
      gold item's ``count_in_text`` (or its absence); ``doc_accuracy_max`` uses the largest
      predicted count instead of the sum.
    """
    return _span_and_document(pairs, ("casualties", _span_casualties), ("casualties_doc", _doc_casualties))


def _span_and_document(
    pairs: Iterable[Pair],
    span_level: tuple[str, Callable[[list[Pair]], Score]],
    document_level: tuple[str, Callable[[list[Pair]], Score]],
) -> Score:
    """One layer scored from span-level gold and/or document-level labels: the metrics of both,
    the counts of the span level when there is one."""
    pairs = list(pairs)
    metrics: dict[str, float | None] = {}
    result_counts: dict[str, int] = {}
    for number, (layer, scorer) in enumerate((span_level, document_level)):
        if any(layer in gold.layers for gold, _ in pairs):
            score = scorer(pairs)
            metrics |= score["metrics"]
            result_counts = (result_counts | score["counts"]) if number == 0 else (result_counts or score["counts"])
    return {"metrics": metrics, "counts": result_counts}


def _span_casualties(pairs: list[Pair]) -> Score:
    gold_total = predicted_total = matched = count_hits = status_hits = 0
    for gold, report in pairs:
        gold_spans = [mention(item, item) for item in gold.layers.get("casualties") or []]
        predicted_spans = [mention(item, item) for item in report.get("casualties") or []]
        gold_total += len(gold_spans)
        predicted_total += len(predicted_spans)
        matches = match_spans(gold_spans, predicted_spans)
        matched += len(matches)
        for gold_index, predicted_index in matches:
            expected, found = gold_spans[gold_index].data, predicted_spans[predicted_index].data
            count_hits += expected.get("count") == found.get("count")
            status_hits += expected.get("status") == found.get("status")
    metrics = prf(matched, predicted_total, gold_total)
    metrics |= {"count_accuracy": ratio(count_hits, matched), "status_accuracy": ratio(status_hits, matched)}
    return {"metrics": metrics, "counts": counts(gold_total, predicted_total, matched)}


def _doc_casualties(pairs: list[Pair]) -> Score:
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    gold_items = predicted_items = exact_items = 0
    for gold, report in pairs:
        if "casualties_doc" not in gold.layers:
            continue
        items = {item.get("status"): item for item in gold.layers.get("casualties_doc") or []}
        for status in DOC_CASUALTY_STATUSES:
            reported = [
                item.get("count_min") or item.get("count") or 0
                for item in report.get("casualties") or []
                if item.get("status") == status
            ]
            predicted_sum, predicted_max = sum(reported), max(reported, default=0)
            item = items.get(status)
            expected = (item.get("count") or 0) if item else 0
            if item is None:
                group = "no_gold_item"
            else:
                group = "count_in_text" if item.get("count_in_text") else "count_not_in_text"
                gold_items += 1
                exact_items += predicted_sum == expected
            predicted_items += predicted_sum > 0
            for key in ("all", status, group):
                totals[key] += 1
                hits[key] += predicted_sum == expected
            totals["max"] += 1
            hits["max"] += predicted_max == expected
    metrics = {"doc_accuracy": ratio(hits["all"], totals["all"])}
    metrics["doc_accuracy_max"] = ratio(hits["max"], totals["max"])
    for key in (*DOC_CASUALTY_STATUSES, "count_in_text", "count_not_in_text", "no_gold_item"):
        metrics[f"doc_accuracy_{key}"] = ratio(hits[key], totals[key])
    return {
        "metrics": metrics,
        "counts": counts(gold_items, predicted_items, exact_items, doc_status_pairs=totals["all"]),
    }


# --- events ----------------------------------------------------------------------------------


EVENT_ATTRIBUTES = ("type", "sub_type", "date", "actors", "actor1", "actor2", "place", "fatalities")


def score_events(pairs: Iterable[Pair]) -> Score:
    """Events, from a span-level ``events`` layer and/or isaf-pressreleases' ``isaf`` labels.

    - ``events`` layer: gold and predicted events pair one-to-one when their evidence spans
      overlap (several candidates: most agreeing attributes first, then Jaccard). ``precision``/
      ``recall``/``f1`` on pairs, and on matched pairs ``<attribute>_accuracy`` for ``type`` (and
      ``sub_type``), ``date`` (the predicted date cut to the gold's precision: same day, ISO week,
      month or year), ``actors`` (the unordered pair ``{actor1, actor2}``), ``actor1`` and ``actor2``
      (ordered), ``place`` and ``fatalities`` (exact; null counts 0). A predicted actor or place
      is the gold one when some mention of the predicted party / place overlaps a mention of the
      gold one, and every predicted civilians party is the gold civilians party (ACLED counts
      civilians as one actor); null equals null.
    - ``isaf`` labels (one incident per text): ``event_date_accuracy`` (the first event's
      ``date.event_date`` equals ``event_date``), ``event_type_accuracy`` (the first event's type
      maps from one of the labelled types, ``resources/evaluate/isaf.json``),
      ``province_accuracy`` (some place of the report, or its admin1, names the labelled
      province, spelling variants allowed) and ``target_group_accuracy`` (every labelled group is
      the name or a mention of some party; documents without a label are left out).
    """
    return _span_and_document(pairs, ("events", _span_events), ("isaf", _isaf_events))


def _linker(gold_items: list[dict[str, Any]], predicted_items: list[dict[str, Any]]) -> dict[str, str]:
    """Predicted name → gold name, for parties or places, by overlapping mentions (most shared wins)."""
    links: dict[str, str] = {}
    for predicted in predicted_items:
        predicted_mentions = [mention(span) for span in predicted.get("mentions") or []]
        best: tuple[int, str] | None = None
        for gold in gold_items:
            shared = sum(
                any(overlaps(g, p) for p in predicted_mentions)
                for g in (mention(span) for span in gold.get("mentions") or [])
            )
            if shared and (best is None or shared > best[0]):
                best = (shared, gold["name"])
        if best:
            links[predicted["name"]] = best[1]
    return links


def _civilians(gold_items: list[dict[str, Any]], predicted_items: list[dict[str, Any]]) -> dict[str, str]:
    """Every predicted civilians party → the gold civilians party: ACLED counts civilians as one actor.
    Where the gold lists several civilians-typed parties ("relatives", "civilians"), the one named
    "civilians" is that actor."""
    civilians = [item["name"] for item in gold_items if item.get("type") == "civilians"]
    gold = next((name for name in civilians if name.casefold() == "civilians"), civilians[0] if civilians else None)
    if gold is None:
        return {}
    return {item["name"]: gold for item in predicted_items if item.get("type") == "civilians"}


def _gold_places(layer: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The gold ``places`` layer (one entry per mention) grouped by name."""
    grouped: dict[str, dict[str, Any]] = {}
    for item in layer:
        grouped.setdefault(item.get("name") or item["text"], {"name": item.get("name") or item["text"], "mentions": []})
        grouped[item.get("name") or item["text"]]["mentions"].append(item)
    return list(grouped.values())


def _date_at(value: str | None, precision: str) -> str | None:
    """A TIMEX3 date value cut to ``precision`` (day, week, month, year) for comparison."""
    if not value:
        return None
    match = re.match(r"^(\d{4})-(\d{2})-(\d{2})", value)
    if match:
        try:
            day = calendar_date(*map(int, match.groups()))
        except ValueError:
            return None
        year, week, _ = day.isocalendar()
        return {
            "day": day.isoformat(), "week": f"{year}-W{week:02d}",
            "month": day.isoformat()[:7], "year": day.isoformat()[:4],
        }.get(precision)
    match = re.match(r"^(\d{4})-W(\d{2})", value)
    if match:
        return match.group(0) if precision == "week" else match.group(1) if precision == "year" else None
    match = re.match(r"^(\d{4})-(\d{2})$", value)
    if match:
        return value if precision == "month" else match.group(1) if precision == "year" else None
    return value[:4] if precision == "year" and re.match(r"^\d{4}", value) else None


def _event_agreement(expected: dict[str, Any], found: dict[str, Any], parties: dict[str, str],
                     places: dict[str, str]) -> dict[str, bool]:
    precision = (expected.get("date") or {}).get("precision") or "day"
    gold_date = _date_at((expected.get("date") or {}).get("value"), precision)
    found_date = _date_at((found.get("date") or {}).get("value"), precision)
    actor1 = parties.get(found.get("actor1") or "", None) if found.get("actor1") else None
    actor2 = parties.get(found.get("actor2") or "", None) if found.get("actor2") else None
    place = places.get(found.get("place") or "", None) if found.get("place") else None
    return {
        "type": expected.get("type") == found.get("type"),
        "sub_type": expected.get("sub_type") == found.get("sub_type"),
        "date": gold_date is not None and gold_date == found_date,
        "actors": {expected.get("actor1"), expected.get("actor2")} == {actor1, actor2},
        "actor1": expected.get("actor1") == actor1,
        "actor2": expected.get("actor2") == actor2,
        "place": expected.get("place") == place,
        "fatalities": (expected.get("fatalities") or 0) == (found.get("fatalities") or 0),
    }


def _span_events(pairs: list[Pair]) -> Score:
    gold_total = predicted_total = matched = 0
    hits: Counter[str] = Counter()
    for gold, report in pairs:
        gold_events = gold.layers.get("events") or []
        predicted_events = report.get("events") or []
        parties = _linker(gold.layers.get("parties") or [], report.get("parties") or [])
        parties |= _civilians(gold.layers.get("parties") or [], report.get("parties") or [])
        places = _linker(_gold_places(gold.layers.get("places") or []), report.get("places") or [])
        gold_total += len(gold_events)
        predicted_total += len(predicted_events)
        candidates = []
        for gold_index, expected in enumerate(gold_events):
            for predicted_index, found in enumerate(predicted_events):
                closeness = jaccard(mention(expected), mention(found))
                if closeness > 0:
                    agreement = sum(_event_agreement(expected, found, parties, places).values())
                    candidates.append((-agreement, -closeness, gold_index, predicted_index))
        used_gold: set[int] = set()
        used_predicted: set[int] = set()
        for _, _, gold_index, predicted_index in sorted(candidates):
            if gold_index in used_gold or predicted_index in used_predicted:
                continue
            used_gold.add(gold_index)
            used_predicted.add(predicted_index)
            matched += 1
            agreement = _event_agreement(gold_events[gold_index], predicted_events[predicted_index], parties, places)
            hits.update(name for name, correct in agreement.items() if correct)
    metrics = prf(matched, predicted_total, gold_total)
    metrics |= {f"{name}_accuracy": ratio(hits[name], matched) for name in EVENT_ATTRIBUTES}
    return {"metrics": metrics, "counts": counts(gold_total, predicted_total, matched)}


@functools.cache
def _isaf_mapping() -> dict[str, Any]:
    return json.loads(files("conflictcli").joinpath("resources/evaluate/isaf.json").read_text(encoding="utf-8"))


def _province_key(name: str) -> str:
    name = re.sub(r"\b(province|provincial|wilayat|velayat)\b", " ", name.lower())
    return re.sub(r"[^a-z]", "", name)


def same_province(name: str | None, province: str) -> bool:
    """Whether a place name names an Afghan province, spelling variants allowed
    ("Paktia Province" ~ "paktya", "Sar-e Pol" ~ "sar-e pul", "Maidan Wardak" ~ "wardak")."""
    if not name:
        return False
    found, expected = _province_key(name), _province_key(province)
    if not found or not expected:
        return False
    if expected in found or found in expected and len(found) > 3:
        return True
    return difflib.SequenceMatcher(None, found, expected).ratio() >= 0.8


def _has_group(parties: list[dict[str, Any]], group: str, aliases: dict[str, list[str]]) -> bool:
    names = aliases.get(group, [group])
    for party in parties:
        texts = [party.get("name") or "", *(span.get("text", "") for span in party.get("mentions") or [])]
        if any(alias in text.lower() for text in texts for alias in names):
            return True
    return False


def _isaf_events(pairs: list[Pair]) -> Score:
    mapping = _isaf_mapping()
    totals: Counter[str] = Counter()
    hits: Counter[str] = Counter()
    for gold, report in pairs:
        labels = gold.layers.get("isaf")
        if not labels:
            continue
        events = report.get("events") or []
        first = events[0] if events else {}
        totals["date"] += 1
        hits["date"] += bool(first) and (first.get("date") or {}).get("event_date") == labels.get("event_date")
        allowed = [pair for label in labels.get("event_type") or [] for pair in mapping["event_types"].get(label, [])]
        if allowed:
            totals["type"] += 1
            hits["type"] += any(
                first.get("type") == kind and (sub_type is None or first.get("sub_type") == sub_type)
                for kind, sub_type in allowed
            )
        provinces = labels.get("province") or []
        if provinces:
            totals["province"] += 1
            places = report.get("places") or []
            hits["province"] += all(
                any(same_province(place.get("name"), province) or same_province(place.get("admin1"), province)
                    for place in places)
                for province in provinces
            )
        groups = [group.strip() for label in labels.get("target_group") or [] for group in label.split(";")]
        if groups:
            totals["target_group"] += 1
            parties = report.get("parties") or []
            hits["target_group"] += all(_has_group(parties, group, mapping["target_groups"]) for group in groups)
    metrics = {
        "event_date_accuracy": ratio(hits["date"], totals["date"]),
        "event_type_accuracy": ratio(hits["type"], totals["type"]),
        "province_accuracy": ratio(hits["province"], totals["province"]),
        "target_group_accuracy": ratio(hits["target_group"], totals["target_group"]),
    }
    return {"metrics": metrics, "counts": counts(totals["date"], sum(1 for _, r in pairs if r.get("events")), hits["date"])}


SCORERS = {
    "dates": score_dates,
    "places": score_places,
    "parties": score_parties,
    "quotes": score_quotes,
    "claims": score_claims,
    "casualties": score_casualties,
    "events": score_events,
}
