"""Acceptance on the seed article the project was founded on (read from ../shared/seed)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from conflictcli.inputs import iter_articles
from conflictcli.pipeline import analyze_articles

pytestmark = [pytest.mark.model, pytest.mark.shared]

SEED = "seed/000_e25191a468b98949.txt"


@pytest.fixture(scope="module")
def seed(shared: Path, pipeline) -> tuple[str, dict]:
    path = shared / SEED
    (report,) = analyze_articles(iter_articles([str(path)]), nlp=pipeline)
    return path.read_text(encoding="utf-8"), report


def mention_starts(entry: dict) -> set[int]:
    return {mention["start"] for mention in entry["mentions"]}


def nth(text: str, needle: str, n: int = 1) -> int:
    """Offset of the n-th occurrence of ``needle``."""
    index = -1
    for _ in range(n):
        index = text.index(needle, index + 1)
    return index


def party(report: dict, name: str) -> dict:
    matches = [p for p in report["parties"] if p["name"] == name]
    assert matches, f"no party named {name!r}: {[p['name'] for p in report['parties']]}"
    return matches[0]


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(math.sqrt(a))


def test_every_span_points_at_the_text(seed) -> None:
    text, report = seed
    spans = [*report["dates"], *report["quotes"], *report["claims"], *report["casualties"]]
    spans += [m for entry in report["places"] + report["parties"] for m in entry["mentions"]]
    spans += [q["cue"] for q in report["quotes"] if q["cue"]]
    assert spans
    for span in spans:
        assert text[span["start"] : span["end"]] == span["text"]


def test_reference_date_from_inline_dateline(seed) -> None:
    _, report = seed
    assert report["reference_date"]["value"] == "2023-11-08"
    assert report["reference_date"]["origin"] == "dateline"


def test_years_are_dates(seed) -> None:
    text, report = seed
    values = {(d["start"], d["value"]) for d in report["dates"]}
    assert (nth(text, "1994"), "1994") in values
    assert (nth(text, "2020", 1), "2020") in values
    assert (nth(text, "2020", 2), "2020") in values


def test_places(seed) -> None:
    text, report = seed
    karabakh = [p for p in report["places"] if p["name"] == "Nagorno-Karabakh"]
    assert len(karabakh) == 1
    (place,) = karabakh
    assert place["country_code"] == "AZ"
    assert km(place["lat"], place["lon"], 39.8, 46.75) < 100
    place_texts = {m["text"] for p in report["places"] for m in p["mentions"]}
    assert "Azerbaijani" not in place_texts and "Armenian" not in place_texts
    baku_starts = {nth(text, "Baku", 1), nth(text, "Baku", 2)}
    assert not baku_starts & {m["start"] for p in report["places"] for m in p["mentions"]}


def test_azerbaijan_holds_first_mention_and_baku_metonyms(seed) -> None:
    text, report = seed
    azerbaijan = party(report, "Azerbaijan")
    assert azerbaijan["country_code"] == "AZ"
    assert {nth(text, "Azerbaijan", 1), nth(text, "Baku", 1), nth(text, "Baku", 2)} <= mention_starts(azerbaijan)


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Hikmet Hajiyev", "person", "AZ"),
        ("Ilham Aliyev", "person", "AZ"),
        ("European Union", "organization", None),
        ("France", "state", "FR"),
        ("Germany", "state", "DE"),
        ("United States", "state", "US"),
    ],
)
def test_named_parties(seed, name: str, kind: str, country: str | None) -> None:
    _, report = seed
    found = party(report, name)
    assert found["type"] == kind
    assert found["country_code"] == country


def test_hajiyev_holds_he(seed) -> None:
    text, report = seed
    hajiyev = party(report, "Hikmet Hajiyev")
    assert {nth(text, "Hikmet Hajiyev"), nth(text, "he acknowledges")} <= mention_starts(hajiyev)


def test_ministry_and_peacekeepers(seed) -> None:
    _, report = seed
    ministry = [p for p in report["parties"] if any("foreign ministry" in m["text"] for m in p["mentions"])]
    assert ministry and ministry[0]["type"] == "government" and ministry[0]["country_code"] == "AM"
    peacekeepers = [p for p in report["parties"] if any("peacekeeping troops" in m["text"] for m in p["mentions"])]
    assert peacekeepers and peacekeepers[0]["type"] == "military" and peacekeepers[0]["country_code"] == "RU"


@pytest.mark.parametrize(
    ("content", "cue"),
    [
        ("Baku’s actions are limited counter-terrorism measures aimed at striking military targets", "asserts"),
        (
            "collateral damage is inevitable due to the use of civilians as “human shields” in the disputed region",
            "acknowledges",
        ),
    ],
)
def test_quotes(seed, content: str, cue: str) -> None:
    _, report = seed
    matches = [q for q in report["quotes"] if q["text"] == content]
    assert matches, [q["text"] for q in report["quotes"]]
    quote = matches[0]
    assert quote["speaker"] == "Hikmet Hajiyev"
    assert quote["cue"]["text"] == cue
    assert quote["direct"] is False


def test_claims(seed) -> None:
    text, report = seed
    saboteurs = [c for c in report["claims"] if "saboteurs" in c["text"]]
    assert saboteurs and saboteurs[0]["claimant"] == "Azerbaijan"
    ministry = [p["name"] for p in report["parties"] if p["type"] == "government" and p["country_code"] == "AM"]
    cleansing = [c for c in report["claims"] if "ethnic cleansing" in c["text"]]
    assert cleansing and cleansing[0]["claimant"] in ministry
    assert cleansing[0]["kind"] == "accusation"


def test_exactly_two_casualty_items(seed) -> None:
    _, report = seed
    items = sorted((c["count"], c["status"]) for c in report["casualties"])
    assert items == [(2, "killed"), (4, "killed")]
    whos = {c["count"]: c["who"] for c in report["casualties"]}
    assert "soldier" in whos[4] and "civilian" in whos[2]
