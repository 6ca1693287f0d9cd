"""The evaluation library: scorers on hand-made gold/report pairs, corpus loading, and the run policy."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from conflictcli.evaluate import (
    GoldDoc,
    Mention,
    evaluate,
    haversine_km,
    is_pronoun,
    jaccard,
    layers_of,
    load_corpus,
    match_spans,
    normalize_timex,
    same_name,
    score_casualties,
    score_claims,
    score_dates,
    score_events,
    score_parties,
    score_places,
    score_quotes,
)


def gold_doc(reference_date: str | None = None, **layers: Any) -> GoldDoc:
    return GoldDoc(id="t/doc", text="", split="dev", reference_date=reference_date, layers=layers)


def span(start: int, end: int, text: str = "", **fields: Any) -> dict[str, Any]:
    return {"start": start, "end": end, "text": text or "x" * (end - start), **fields}


# --- matching primitives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ((0, 10), (0, 10), 1.0),
        ((0, 10), (5, 15), 5 / 15),
        ((0, 10), (10, 20), 0.0),
        ((0, 10), (2, 4), 0.2),
        ((3, 3), (0, 10), 0.0),
    ],
)
def test_jaccard(a: tuple[int, int], b: tuple[int, int], expected: float) -> None:
    assert jaccard(Mention(*a), Mention(*b)) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("gold", "predicted", "min_jaccard", "expected"),
    [
        # Best Jaccard first: the exact prediction takes the first gold span, the other the second.
        ([(0, 10), (12, 20)], [(5, 15), (0, 10)], 0.0, [(0, 1), (1, 0)]),
        # One-to-one: two predictions inside one gold span, only the better one matches.
        ([(0, 10)], [(0, 6), (0, 10)], 0.0, [(0, 1)]),
        # One prediction spanning two gold spans matches one of them.
        ([(0, 4), (6, 10)], [(0, 10)], 0.0, [(0, 0)]),
        # Touching spans do not overlap.
        ([(0, 4)], [(4, 8)], 0.0, []),
        # A threshold drops weak pairs: Jaccard 0.25 < 0.3.
        ([(0, 40)], [(30, 40)], 0.3, []),
        ([(0, 10)], [(0, 3)], 0.3, [(0, 0)]),
    ],
)
def test_match_spans(
    gold: list[tuple[int, int]],
    predicted: list[tuple[int, int]],
    min_jaccard: float,
    expected: list[tuple[int, int]],
) -> None:
    gold_spans = [Mention(*item) for item in gold]
    predicted_spans = [Mention(*item) for item in predicted]
    assert match_spans(gold_spans, predicted_spans, min_jaccard=min_jaccard) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2000-W7", "2000-W07"),
        ("2000-W07", "2000-W07"),
        ("2000-W7-WE", "2000-W07-WE"),
        ("2000-W12", "2000-W12"),
        ("1998-07", "1998-07"),
        ("P1W", "P1W"),
        (None, None),
    ],
)
def test_normalize_timex_pads_iso_weeks(value: str | None, expected: str | None) -> None:
    assert normalize_timex(value) == expected


def test_haversine() -> None:
    assert haversine_km(0.0, 0.0, 1.0, 0.0) == pytest.approx(111.195, abs=0.001)
    assert haversine_km(48.8566, 2.3522, 51.5074, -0.1278) == pytest.approx(343.5, abs=0.5)
    assert haversine_km(10.0, 20.0, 10.0, 20.0) == 0.0


@pytest.mark.parametrize(
    ("predicted", "gold", "expected"),
    [
        ("Holmes", "Mr. Sherlock Holmes", True),
        ("Donald Trump", "Trump", True),
        ("hillary clinton", "Hillary Clinton", True),
        ("Watson", "Mr. Sherlock Holmes", False),
        (None, "Holmes", False),
        ("Holmes", None, False),
        ("", "", False),
        ("SSPDF", "South Sudan People's Defence Forces", True),
        ("UN Mission in South Sudan", "UNMISS", True),
        ("SPLM-IO", "Sudan People's Liberation Movement-in-Opposition", True),
        ("OCHA", "UN Office for the Coordination of Humanitarian Affairs", True),
        ("ADF", "Allied Democratic Forces", True),
        ("ISF", "Islamic State", False),
        ("Ms", "Mary Smith", False),
        ("MSF", "Mary Smith", False),
        ("Mr. Bennet", "Mrs Bennet", False),
        ("Miss Bennet", "Mr. Bennet", False),
        ("Mrs. Bennet", "Mrs Bennet", True),
        ("Bennet", "Mrs Bennet", True),
    ],
)
def test_same_name(predicted: str | None, gold: str | None, expected: bool) -> None:
    assert same_name(predicted, gold) is expected


@pytest.mark.parametrize(
    ("text", "expected"), [("he", True), ("We", True), (" their ", True), ("Hezbollah", False)]
)
def test_is_pronoun(text: str, expected: bool) -> None:
    assert is_pronoun(text) is expected


# --- dates ---------------------------------------------------------------------------------------


def test_score_dates_relaxed_strict_value_type_and_reference_date() -> None:
    gold = gold_doc(
        "1998-01-08",
        dates=[
            span(0, 10, type="DATE", value="2000-W7"),
            span(20, 30, type="DURATION", value="P1D"),
            span(40, 45, type="DATE", value="1998"),
        ],
    )
    report = {
        "reference_date": {"value": "1998-01-08", "origin": "dateline"},
        "dates": [
            span(0, 10, type="DATE", value="2000-W07"),
            span(22, 30, type="DATE", value="P1D"),
            span(50, 55, type="DATE", value="1999"),
        ],
    }
    wrong_reference = (gold_doc("2001-02-03", dates=[]), {"reference_date": {"value": None}, "dates": []})
    score = score_dates([(gold, report), wrong_reference], reference_date_given=False)
    assert score["metrics"] == pytest.approx(
        {
            "relaxed_precision": 2 / 3,
            "relaxed_recall": 2 / 3,
            "relaxed_f1": 2 / 3,
            "strict_precision": 1 / 3,
            "strict_recall": 1 / 3,
            "strict_f1": 1 / 3,
            "value_precision": 2 / 3,
            "value_recall": 2 / 3,
            "value_f1": 2 / 3,
            "type_accuracy": 0.5,
            "reference_date_accuracy": 0.5,
        }
    )
    assert score["counts"] == {"gold": 3, "predicted": 3, "matched": 2, "neutral": 0, "strict": 1}


def test_score_dates_spans_only_without_gold_values_or_when_reference_date_given() -> None:
    gold = gold_doc(
        "2010-01-01", dates=[span(0, 4, type="DATE", value=None), span(10, 20, type="DATE", value=None)]
    )
    report = {"dates": [span(0, 4, type="DATE", value="2010"), span(12, 20, type="DURATION", value="P1D")]}
    score = score_dates([(gold, report)], reference_date_given=True)
    assert score["metrics"] == {
        "relaxed_precision": 1.0,
        "relaxed_recall": 1.0,
        "relaxed_f1": 1.0,
        "strict_precision": 0.5,
        "strict_recall": 0.5,
        "strict_f1": 0.5,
    }


def test_score_dates_predictions_on_uncertain_date_entities_are_neutral() -> None:
    gold = gold_doc(
        dates=[span(0, 4, type="DATE", value=None)],
        entities_uncertain=[span(10, 18, "two days", kind="date"), span(20, 25, "Raqqa", kind="place")],
    )
    report = {
        "dates": [
            span(0, 4, type="DATE", value="2014"),
            span(10, 18, type="DURATION", value="P2D"),  # uncertain date entity: neutral
            span(20, 25, type="DATE", value=None),  # uncertain place entity: a false positive
        ]
    }
    score = score_dates([(gold, report)])
    assert score["counts"] == {"gold": 1, "predicted": 3, "matched": 1, "neutral": 1, "strict": 1}
    assert score["metrics"]["relaxed_precision"] == 0.5


def test_score_dates_empty_is_not_measurable() -> None:
    score = score_dates([(gold_doc(dates=[]), {"dates": []})])
    assert score["metrics"]["relaxed_precision"] is None
    assert score["metrics"]["relaxed_f1"] is None


# --- places --------------------------------------------------------------------------------------


def place(
    lat: float | None, lon: float | None, country: str | None, *mentions: dict[str, Any]
) -> dict[str, Any]:
    return {"name": "p", "lat": lat, "lon": lon, "country_code": country, "mentions": list(mentions)}


def test_score_places_neutral_predictions_distance_and_country() -> None:
    gold = gold_doc(
        places=[
            span(0, 5, "Paris", lat=48.8566, lon=2.3522, country="FR"),
            span(10, 16, "London", lat=51.5074, lon=-0.1278, country="GB"),
        ],
        other_toponyms=[span(20, 26, "Russia", metonym=True)],
        non_places=[span(30, 37, "British")],
    )
    report = {
        "places": [
            place(48.85, 2.35, "FR", span(0, 5, "Paris")),
            place(42.98, -81.25, "CA", span(10, 16, "London")),  # London, Ontario: 5,700 km off
            place(61.5, 105.3, "RU", span(20, 26, "Russia")),  # a metonym: neutral
            place(None, None, None, span(31, 37, "ritish")),  # overlaps a non-place: neutral
            place(10.0, 10.0, "NG", span(40, 45, "Lagos")),  # false positive
        ]
    }
    score = score_places([(gold, report)])
    assert score["metrics"] == pytest.approx(
        {"precision": 2 / 3, "recall": 1.0, "f1": 0.8, "accuracy_161km": 0.5, "country_accuracy": 0.5}
    )
    assert score["counts"] == {"gold": 2, "predicted": 5, "matched": 2, "neutral": 2}


def test_score_places_prediction_overlapping_a_gold_place_is_never_neutral() -> None:
    gold = gold_doc(
        places=[span(4, 14, "Washington", lat=38.9, lon=-77.0, country="US")],
        non_places=[span(0, 19, "The Washington Post")],
    )
    report = {
        "places": [
            place(38.9, -77.0, "US", span(4, 14, "Washington")),
            place(None, None, None, span(0, 19, "The Washington Post")),
        ]
    }
    score = score_places([(gold, report)])
    assert score["counts"] == {"gold": 1, "predicted": 2, "matched": 1, "neutral": 0}
    assert score["metrics"]["precision"] == 0.5


def test_score_places_repeated_mentions_count_once_and_missing_coordinates_are_wrong() -> None:
    gold = gold_doc(places=[span(0, 5, lat=1.0, lon=1.0, country=None)])
    report = {"places": [place(None, None, "XX", span(0, 5)), place(1.0, 1.0, "XX", span(0, 5))]}
    score = score_places([(gold, report)])
    assert score["counts"] == {"gold": 1, "predicted": 1, "matched": 1, "neutral": 0}
    assert score["metrics"]["accuracy_161km"] == 0.0
    assert "country_accuracy" not in score["metrics"]


def test_score_places_from_entities_without_coordinates() -> None:
    gold = gold_doc(
        entities=[
            span(0, 17, "the city of Mosul", kind="place"),
            span(12, 17, "Mosul", kind="place"),
            span(20, 25, "Syria", kind="org"),
        ],
        entities_uncertain=[span(30, 37, "Raqqa", kind="place")],
    )
    report = {
        "places": [
            place(36.3, 43.1, "IQ", span(12, 17)),  # nested in a gold place: neutral
            place(35.0, 38.0, "SY", span(20, 25), span(30, 37)),  # another kind, uncertain: neutral
        ]
    }
    score = score_places([(gold, report)])
    assert score["metrics"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert score["counts"] == {"gold": 1, "predicted": 3, "matched": 1, "neutral": 2}


# --- parties -------------------------------------------------------------------------------------


def party(kind: str, country: str | None, *mentions: dict[str, Any]) -> dict[str, Any]:
    return {"name": "p", "type": kind, "country_code": country, "mentions": list(mentions)}


def test_score_parties_re3d_entities_with_nested_other_kind_uncertain_and_pronouns() -> None:
    gold = gold_doc(
        entities=[
            span(0, 14, "Assad's regime", kind="org"),
            span(0, 5, "Assad", kind="person", nested=True),
            span(20, 25, "Syria", kind="place"),
            span(30, 32, "he", kind="person"),
            span(40, 56, "Free Syrian Army", kind="org"),
        ],
        entities_uncertain=[span(60, 76, "Security Council", kind="org")],
    )
    report = {
        "parties": [
            # "Assad" is nested gold: neutral; the pronoun is dropped.
            party("person", "SY", span(0, 5, "Assad"), span(30, 32, "he")),
            party("government", "SY", span(0, 14, "Assad's regime")),  # hit
            party("state", "SY", span(20, 25, "Syria")),  # a gold place: neutral
            party("organization", None, span(60, 76, "Security Council")),  # uncertain: neutral
            party("person", None, span(80, 85, "Jones")),  # false positive
        ]
    }
    score = score_parties([(gold, report)])
    assert score["metrics"] == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    assert score["counts"] == {"gold": 2, "predicted": 5, "matched": 1, "neutral": 3}


def test_score_parties_nested_name_alone_matches_the_longer_gold_entity() -> None:
    gold = gold_doc(entities=[span(0, 14, "Assad's regime", kind="org"), span(0, 5, "Assad", kind="person")])
    score = score_parties([(gold, {"parties": [party("person", "SY", span(0, 5, "Assad"))]})])
    assert score["counts"] == {"gold": 1, "predicted": 1, "matched": 1, "neutral": 0}


def test_score_parties_actor_layer() -> None:
    gold = gold_doc(
        parties=[
            party("state", "RU", span(0, 6, "Russia"), span(20, 22, "it")),
            party("person", None, span(30, 40, "Jane Smith")),
            party("armed_group", None, span(50, 60, "Wagner PMC")),
        ]
    )
    report = {
        "parties": [
            party("government", "RU", span(0, 6, "Russia")),
            party("person", None, span(30, 40, "Jane Smith"), span(20, 22, "it")),
            party("organization", None, span(70, 80, "Red Cross.")),
        ]
    }
    score = score_parties([(gold, report)])
    # Russia ties between the first two predictions (one shared mention each): the first wins, and
    # its type is wrong. Jane Smith is found with the right type; null country equals null.
    assert score["metrics"] == pytest.approx(
        {
            "precision": 2 / 3,
            "recall": 2 / 3,
            "f1": 2 / 3,
            "actor_recall": 2 / 3,
            "actor_precision": 2 / 3,
            "type_accuracy": 0.5,
            "country_accuracy": 1.0,
        }
    )
    assert score["counts"] == {
        "gold": 3,
        "predicted": 3,
        "matched": 2,
        "neutral": 0,
        "gold_actors": 3,
        "predicted_actors": 3,
        "found_actors": 2,
    }


# --- quotes --------------------------------------------------------------------------------------


def gold_quote(
    content: tuple[int, int],
    source: tuple[int, int] | None = None,
    speaker: str | None = None,
    cue: tuple[int, int] | None = None,
    direct: bool = True,
) -> dict[str, Any]:
    return {
        "content": span(*content),
        "source": span(*source) if source else None,
        "cue": span(*cue) if cue else None,
        "speaker": speaker,
        "direct": direct,
    }


def predicted_quote(
    content: tuple[int, int],
    speaker_mention: tuple[int, int] | None = None,
    speaker: str | None = None,
    cue: tuple[int, int] | None = None,
    direct: bool = True,
) -> dict[str, Any]:
    return {
        **span(*content),
        "speaker": speaker,
        "speaker_mention": span(*speaker_mention) if speaker_mention else None,
        "cue": span(*cue) if cue else None,
        "direct": direct,
    }


QUOTE_GOLD = gold_doc(
    quotes=[
        gold_quote((0, 100), source=(110, 115), speaker="Mr. Sherlock Holmes"),
        gold_quote((200, 300), cue=(190, 194), direct=False),
        gold_quote((400, 450), source=(460, 470)),
    ]
)
QUOTE_REPORT = {
    "quotes": [
        predicted_quote((0, 90), speaker="Holmes"),  # Jaccard 0.9; speaker right by name
        predicted_quote((200, 240), cue=(190, 194), direct=False),  # Jaccard 0.4; no gold speaker
        predicted_quote((400, 450), speaker_mention=(480, 485), speaker="Watson"),  # speaker wrong
        predicted_quote((600, 700), cue=(590, 594), direct=False),  # false positive
    ]
}


def test_score_quotes_thresholds_speaker_cue_and_direct_recall() -> None:
    score = score_quotes([(QUOTE_GOLD, QUOTE_REPORT)])
    assert score["metrics"] == pytest.approx(
        {
            "precision@0.3": 3 / 4,
            "recall@0.3": 1.0,
            "f1@0.3": 6 / 7,
            "precision@0.8": 2 / 4,
            "recall@0.8": 2 / 3,
            "f1@0.8": 4 / 7,
            "speaker_accuracy": 0.5,
            "cue_precision": 0.5,
            "cue_recall": 1.0,
            "cue_f1": 2 / 3,
            "direct_recall@0.3": 1.0,
        }
    )
    assert score["counts"] == {
        "gold": 3,
        "predicted": 4,
        "matched": 3,
        "with_speaker": 2,
        "gold_cues": 1,
        "predicted_cues": 2,
        "matched_cues": 1,
    }


def test_score_quotes_direct_only_ignores_indirect_on_both_sides() -> None:
    score = score_quotes([(QUOTE_GOLD, QUOTE_REPORT)], direct_only=True)
    assert score["counts"] == {"gold": 2, "predicted": 2, "matched": 2, "with_speaker": 2}
    assert score["metrics"]["f1@0.3"] == 1.0
    assert "direct_recall@0.3" not in score["metrics"]
    assert "cue_f1" not in score["metrics"]


def test_score_quotes_speaker_mention_overlapping_the_source_is_right() -> None:
    gold = gold_doc(quotes=[gold_quote((0, 50), source=(60, 80))])
    report = {"quotes": [predicted_quote((0, 50), speaker_mention=(70, 75), speaker=None)]}
    assert score_quotes([(gold, report)])["metrics"]["speaker_accuracy"] == 1.0


def test_score_quotes_one_to_one_best_jaccard_first() -> None:
    gold = gold_doc(quotes=[gold_quote((0, 10))])
    report = {"quotes": [predicted_quote((0, 6)), predicted_quote((0, 10))]}
    score = score_quotes([(gold, report)])
    assert score["counts"]["matched"] == 1
    assert score["metrics"]["precision@0.3"] == 0.5
    assert score["metrics"]["recall@0.8"] == 1.0


# --- claims --------------------------------------------------------------------------------------


def test_score_claims() -> None:
    gold = gold_doc(
        claims=[
            span(0, 50, claimant=None, hedged=False),
            span(60, 100, claimant="Ministry of Defence", hedged=True),
        ]
    )
    report = {
        "claims": [
            span(0, 40, claimant=None, kind="assertion", hedged=True),  # Jaccard 0.8, hedged wrong
            span(60, 70, claimant=None, kind="assertion", hedged=False),  # Jaccard 0.25: no match
            span(70, 100, claimant="the Russian Ministry of Defence", kind="assertion", hedged=True),
        ]
    }
    score = score_claims([(gold, report)])
    assert score["metrics"] == pytest.approx(
        {
            "precision@0.3": 2 / 3,
            "recall@0.3": 1.0,
            "f1@0.3": 0.8,
            "claimant_accuracy": 1.0,
            "hedged_accuracy": 0.5,
        }
    )
    assert score["counts"] == {"gold": 2, "predicted": 3, "matched": 2}


def test_score_claims_named_claimant_against_report_voice_is_wrong() -> None:
    gold = gold_doc(claims=[span(0, 10, claimant=None, hedged=False)])
    report = {"claims": [span(0, 10, claimant="Hamas", kind="assertion", hedged=False)]}
    assert score_claims([(gold, report)])["metrics"]["claimant_accuracy"] == 0.0


# --- casualties ----------------------------------------------------------------------------------


def test_score_events_civilians_are_one_actor_named_civilians() -> None:
    """Every predicted civilians party is the gold party named "civilians", even where the gold
    lists another civilians-typed party ("relatives") first."""
    parties = [
        {"name": "relatives", "type": "civilians", "mentions": [span(0, 9)]},
        {"name": "civilians", "type": "civilians", "mentions": [span(20, 29)]},
        {"name": "army", "type": "military", "mentions": [span(40, 44)]},
    ]
    event = span(40, 70, type="violence_against_civilians", actor1="army", actor2="civilians",
                 place=None, fatalities=2)
    predicted = {
        "parties": [
            {"name": "Army", "type": "military", "mentions": [span(40, 44)]},
            {"name": "villagers", "type": "civilians", "mentions": [span(60, 69)]},
        ],
        "events": [{**event, "actor1": "Army", "actor2": "villagers"}],
        "places": [],
    }
    metrics = score_events([(gold_doc(parties=parties, events=[event]), predicted)])["metrics"]
    assert metrics["f1"] == 1.0
    assert metrics["actor2_accuracy"] == 1.0 and metrics["actors_accuracy"] == 1.0


def test_score_casualties_spans() -> None:
    gold = gold_doc(
        casualties=[
            span(0, 20, count=3, who="civilians", status="killed"),
            span(30, 50, count=None, who="soldiers", status="wounded"),
        ]
    )
    report = {
        "casualties": [
            span(5, 15, count=3, who="civilians", status="killed"),
            span(30, 50, count=2, who="soldiers", status="wounded"),
            span(60, 70, count=1, who="a man", status="missing"),
        ]
    }
    score = score_casualties([(gold, report)])
    assert score["metrics"] == pytest.approx(
        {"precision": 2 / 3, "recall": 1.0, "f1": 0.8, "count_accuracy": 0.5, "status_accuracy": 1.0}
    )
    assert score["counts"] == {"gold": 2, "predicted": 3, "matched": 2}


def test_score_casualties_document_level() -> None:
    first = gold_doc(
        casualties_doc=[
            {"count": 5, "status": "killed", "who": None, "count_type": "minimum", "count_in_text": True},
            {"count": 2, "status": "captured", "who": None, "count_type": "minimum", "count_in_text": False},
        ]
    )
    first_report = {
        "casualties": [
            span(0, 5, count=3, who="insurgents", status="killed"),
            span(10, 15, count=2, who="insurgents", status="killed"),
        ]
    }
    second = gold_doc(
        casualties_doc=[
            {"count": 1, "status": "captured", "who": None, "count_type": "minimum", "count_in_text": True}
        ]
    )
    second_report = {
        "casualties": [
            span(0, 5, count=None, who="a suspect", status="captured"),
            span(10, 15, count=4, who="soldiers", status="wounded"),
        ]
    }
    score = score_casualties([(first, first_report), (second, second_report)])
    # (doc, status) pairs: first/killed 5=3+2 right; first/captured 0≠2; second/killed 0=0 (no gold
    # item) right; second/captured 0 (a null count)≠1. With the largest count, first/killed is 3≠5.
    assert score["metrics"] == {
        "doc_accuracy": 0.5,
        "doc_accuracy_max": 0.25,
        "doc_accuracy_killed": 1.0,
        "doc_accuracy_captured": 0.0,
        "doc_accuracy_count_in_text": 0.5,
        "doc_accuracy_count_not_in_text": 0.0,
        "doc_accuracy_no_gold_item": 1.0,
    }
    assert score["counts"] == {"gold": 3, "predicted": 1, "matched": 1, "doc_status_pairs": 4}


# --- corpora -------------------------------------------------------------------------------------


def write_corpus(folder: Path, docs: list[tuple[str, str, dict[str, Any]]]) -> Path:
    """A corpus folder: ``docs`` are (name, text, gold fields)."""
    (folder / "docs").mkdir(parents=True)
    lines = []
    for name, text, fields in docs:
        (folder / "docs" / f"{name}.txt").write_bytes(text.encode("utf-8"))
        lines.append(json.dumps({"id": f"{folder.name}/{name}", "text_file": f"docs/{name}.txt", **fields}))
    (folder / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return folder


def test_load_corpus_reads_texts_exactly_and_filters_splits(tmp_path: Path) -> None:
    corpus = write_corpus(
        tmp_path / "tiny",
        [
            ("a", "Line one\r\nin 1999.", {"split": "dev", "reference_date": "1999-05-01", "dates": []}),
            ("b", "Nothing.", {"split": "test", "reference_date": None, "quotes": [], "source_url": "u"}),
        ],
    )
    everything = load_corpus(corpus, None)
    assert [doc.id for doc in everything] == ["tiny/a", "tiny/b"]
    assert everything[0].text == "Line one\r\nin 1999."
    assert everything[0].reference_date == "1999-05-01"
    assert everything[1].layers == {"quotes": [], "source_url": "u"}
    assert everything[1].text_file == "docs/b.txt"
    assert [doc.id for doc in load_corpus(corpus, "test")] == ["tiny/b"]


def test_load_corpus_refuses_what_is_not_a_corpus(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="not a corpus"):
        load_corpus(tmp_path, None)
    corpus = write_corpus(tmp_path / "tiny", [("a", "Text.", {"split": "dev", "reference_date": None})])
    with pytest.raises(ValueError, match="split 'test'"):
        load_corpus(corpus, "test")
    missing = {"id": "tiny/a", "text_file": "docs/missing.txt"}
    (corpus / "gold.jsonl").write_text(json.dumps(missing) + "\n", encoding="utf-8")
    with pytest.raises(ValueError, match="cannot read docs/missing.txt"):
        load_corpus(corpus, None)
    (corpus / "gold.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(ValueError, match="gold.jsonl:1: not JSON"):
        load_corpus(corpus, None)


@pytest.mark.parametrize(
    ("layers", "expected"),
    [
        ({"dates": []}, ["dates"]),
        ({"places": [], "other_toponyms": [], "non_places": []}, ["places"]),
        ({"entities": [{"kind": "org"}, {"kind": "place"}], "dates": []}, ["dates", "places", "parties"]),
        ({"entities": [{"kind": "weapon"}]}, []),
        ({"quotes": [], "discard": []}, ["quotes"]),
        ({"casualties_doc": [], "isaf": {}}, ["casualties", "events"]),
        ({"events": []}, ["events"]),
        ({"claims": [], "parties": [], "casualties": []}, ["parties", "claims", "casualties"]),
    ],
)
def test_layers_of(layers: dict[str, Any], expected: list[str]) -> None:
    assert layers_of([gold_doc(**layers)]) == expected


# --- the run policy, with a model-free stand-in pipeline -------------------------------------------


class EchoPipeline:
    """A model-free stand-in for a loaded pipeline with a ``conflictcli_dates`` component: it finds
    four-digit years and reports the reference date it was given, or 2001-01-01 when it was given
    none (as if read from a dateline). Duck-typed: creating a spaCy ``Language`` would load every
    registered conflictcli factory."""

    pipe_names = ["conflictcli_dates"]
    year = re.compile(r"\b\d{4}\b")

    def __init__(self) -> None:
        from spacy.vocab import Vocab

        from conflictcli.extractors._doc import register_extension

        register_extension("conflictcli_dates")
        register_extension("conflictcli_reference_date")
        self.vocab = Vocab()

    def make_doc(self, text: str):
        from spacy.tokens import Doc

        return Doc(self.vocab, words=[text], spaces=[False])

    def __call__(self, doc):
        given = (doc._.conflictcli_context or {}).get("reference_date")
        doc._.conflictcli_reference_date = {
            "value": given or "2001-01-01",
            "origin": "input" if given else "dateline",
        }
        doc._.conflictcli_dates = [
            {"text": m.group(), "start": m.start(), "end": m.end(), "value": m.group(), "type": "DATE"}
            for m in self.year.finditer(doc.text)
        ]
        return doc

    def pipe(self, docs, batch_size: int = 1):
        return (self(doc) for doc in docs)


@pytest.fixture(scope="module")
def echo_nlp() -> EchoPipeline:
    return EchoPipeline()


DATED_DOCS = [
    (
        "a",
        "Prices rose in 1999.",
        {"split": "dev", "reference_date": "2001-01-01", "dates": [span(15, 19, value="1999", type="DATE")]},
    ),
    (
        "b",
        "In 2004 and 2005.",
        {"split": "dev", "reference_date": "2006-06-06", "dates": [span(3, 7, value="2004", type="DATE")]},
    ),
]


def test_evaluate_passes_gold_reference_dates_by_default(tmp_path: Path, echo_nlp) -> None:
    seen: list[tuple[int, int]] = []
    result = evaluate(
        write_corpus(tmp_path / "tiny", DATED_DOCS), nlp=echo_nlp, progress=lambda *done: seen.append(done)
    )
    assert seen == [(1, 2), (2, 2)]
    assert result["corpus"] == "tiny"
    assert result["split"] == "all"
    assert result["docs"] == 2
    assert result["extractors"] == ["dates"]
    assert result["reference_date_from"] == "gold"
    assert result["errors"] == 0
    assert result["counts"] == {"dates": {"gold": 2, "predicted": 3, "matched": 2, "neutral": 0, "strict": 2}}
    assert result["metrics"]["dates"]["value_precision"] == pytest.approx(2 / 3)
    assert "reference_date_accuracy" not in result["metrics"]["dates"]


def test_evaluate_reads_the_dateline_for_meantime_unless_forced(tmp_path: Path, echo_nlp) -> None:
    corpus = write_corpus(tmp_path / "meantime-en", DATED_DOCS)
    result = evaluate(corpus, split="dev", nlp=echo_nlp)
    assert result["split"] == "dev"
    assert result["reference_date_from"] == "text"
    assert result["metrics"]["dates"]["reference_date_accuracy"] == 0.5
    forced = evaluate(corpus, nlp=echo_nlp, gold_reference_date=True)
    assert forced["reference_date_from"] == "gold"
    assert "reference_date_accuracy" not in forced["metrics"]["dates"]


def test_evaluate_refuses_a_corpus_the_pipeline_cannot_score(tmp_path: Path, echo_nlp) -> None:
    fields = {"split": "dev", "reference_date": None, "quotes": []}
    corpus = write_corpus(tmp_path / "quotes-only", [("a", "Text.", fields)])
    with pytest.raises(ValueError, match="no gold layer left to score"):
        evaluate(corpus, nlp=echo_nlp)
