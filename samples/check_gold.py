"""Check samples/gold.jsonl against the texts in samples/docs: offsets, required fields, well-formed values.

Usage: python samples/check_gold.py [GOLD_JSONL]   (exit status 1 and one line per problem when anything is wrong)
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
from pathlib import Path
from typing import Any

DOC_KEYS = ("id", "text_file", "split", "reference_date", "dates", "places", "parties", "quotes", "claims", "casualties", "events")
DATE_TYPES = {"DATE", "TIME", "DURATION", "SET"}
PARTY_TYPES = {"state", "government", "military", "armed_group", "organization", "person", "civilians", "other"}
CLAIM_KINDS = {"statement", "denial", "accusation", "responsibility", "threat", "demand", "promise", "casualty_claim"}
CASUALTY_STATUSES = {"killed", "wounded", "missing", "captured", "displaced"}
PLACE_FEATURES = {"country", "region", "city", "water", "site", "landmark", "border", "continent"}
QUOTE_MARKS = "\"“”'‘’"
EVENT_SUB_TYPES = {
    "battles": {"armed_clash", "government_regains_territory", "non_state_actor_overtakes_territory"},
    "explosions_remote_violence": {"chemical_weapon", "air_drone_strike", "suicide_bomb",
                                   "shelling_artillery_missile_attack", "remote_explosive_landmine_ied", "grenade"},
    "violence_against_civilians": {"sexual_violence", "attack", "abduction_forced_disappearance"},
    "protests": {"peaceful_protest", "protest_with_intervention", "excessive_force_against_protesters"},
    "riots": {"violent_demonstration", "mob_violence"},
    "strategic_developments": {"agreement", "arrests", "change_to_group_activity", "disrupted_weapons_use",
                               "headquarters_or_base_established", "looting_property_destruction",
                               "non_violent_transfer_of_territory", "other"},
}
EVENT_KEYS = ("text", "start", "end", "type", "sub_type", "date", "actor1", "actor2", "place", "fatalities")
EVENT_DATE = {
    "day": re.compile(r"^(\d{4})-(\d{2})-(\d{2})$"),
    "week": re.compile(r"^(\d{4})-W(\d{2})$"),
    "month": re.compile(r"^(\d{4})-(\d{2})$"),
    "year": re.compile(r"^(\d{4})$"),
}
SENTENCE_END = ".!?" + QUOTE_MARKS

_DAY = r"\d{4}(?:-\d{2}(?:-\d{2})?)?"
_WEEK = r"\d{4}-W\d{2}(?:-WE)?"
_PART = r"\d{4}-(?:H[12]|Q[1-4]|SP|SU|FA|WI)"
DATE_VALUE = re.compile(rf"^(?:{_DAY}|{_WEEK}|{_PART}|\d{{3}}|\d{{2}}|PRESENT_REF|PAST_REF|FUTURE_REF)$")
TIME_VALUE = re.compile(r"^\d{4}-\d{2}-\d{2}T(?:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}(?::?\d{2})?)?|MO|AF|EV|NI|DT)$")
DURATION_VALUE = re.compile(r"^P(?=[\dXT])(?:(?:\d+|X)(?:Y|M|W|D|DE|CE|L))*(?:T(?:(?:\d+|X)[HMS])+)?$")
SET_VALUE = re.compile(rf"^(?:{DURATION_VALUE.pattern[1:-1]}|XXXX-(?:WXX(?:-\d)?|XX(?:-\d{{2}})?))$")
ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
COUNTRY = re.compile(r"^[A-Z]{2}$")


class Checker:
    """Collects problems for one gold document."""

    def __init__(self, doc_id: str, text: str) -> None:
        self.doc_id = doc_id
        self.text = text
        self.problems: list[str] = []

    def fail(self, where: str, message: str) -> None:
        self.problems.append(f"{self.doc_id}: {where}: {message}")

    def span(self, where: str, value: Any, *, nullable: bool = False) -> tuple[int, int] | None:
        if value is None:
            if not nullable:
                self.fail(where, "span is missing")
            return None
        if not isinstance(value, dict) or not all(k in value for k in ("start", "end", "text")):
            self.fail(where, f"not a span: {value!r}")
            return None
        start, end, text = value["start"], value["end"], value["text"]
        if not (isinstance(start, int) and isinstance(end, int) and isinstance(text, str)):
            self.fail(where, f"bad span types: {value!r}")
            return None
        if not 0 <= start < end <= len(self.text):
            self.fail(where, f"offsets out of range: {start}-{end}")
            return None
        if self.text[start:end] != text:
            self.fail(where, f"text[{start}:{end}] == {self.text[start:end]!r}, span says {text!r}")
        if text != text.strip():
            self.fail(where, f"span has surrounding whitespace: {text!r}")
        return start, end

    def enum(self, where: str, value: Any, allowed: set[str]) -> None:
        if value not in allowed:
            self.fail(where, f"{value!r} not in {sorted(allowed)}")

    def no_overlaps(self, where: str, spans: list[tuple[int, int]], *, allow_nested: bool = False) -> None:
        ordered = sorted(spans)
        for i, (s1, e1) in enumerate(ordered):
            for s2, e2 in ordered[i + 1:]:
                if s2 >= e1:
                    break
                if allow_nested and (s1, e1) != (s2, e2) and (e2 <= e1 or s1 == s2):
                    continue
                self.fail(where, f"overlapping spans {self.text[s1:e1]!r} and {self.text[s2:e2]!r}")


def check_date_value(chk: Checker, where: str, kind: str, value: Any) -> None:
    pattern = {"DATE": DATE_VALUE, "TIME": TIME_VALUE, "DURATION": DURATION_VALUE, "SET": SET_VALUE}.get(kind)
    if not isinstance(value, str) or pattern is None or not pattern.match(value):
        chk.fail(where, f"{kind} value {value!r} is not a TIMEX3 value")
        return
    if kind == "DATE" and ISO_DAY.match(value):
        try:
            dt.date.fromisoformat(value)
        except ValueError:
            chk.fail(where, f"impossible date {value!r}")


def check_event_date(chk: Checker, where: str, date: Any) -> None:
    if not isinstance(date, dict) or set(date) != {"value", "precision"}:
        chk.fail(where, f"date must be {{'value', 'precision'}}: {date!r}")
        return
    precision, value = date["precision"], date["value"]
    pattern = EVENT_DATE.get(precision)
    match = pattern.match(value) if pattern and isinstance(value, str) else None
    if not match:
        chk.fail(where, f"value {value!r} does not match precision {precision!r}")
        return
    numbers = [int(part) for part in match.groups()]
    try:
        if precision == "day":
            dt.date(*numbers)
        elif precision == "week":
            dt.date.fromisocalendar(numbers[0], numbers[1], 1)
        elif precision == "month":
            dt.date(numbers[0], numbers[1], 1)
    except ValueError:
        chk.fail(where, f"impossible {precision} {value!r}")


def check_events(chk: Checker, events: Any, party_names: set[str], place_names: set[str]) -> None:
    """Events: ACLED-style records whose actors and places are names from the same document's layers."""
    if not isinstance(events, list):
        chk.fail("events", "must be a list")
        return
    seen: set[tuple[Any, ...]] = set()
    for i, event in enumerate(events):
        where = f"events[{i}]"
        if not isinstance(event, dict):
            chk.fail(where, f"not an object: {event!r}")
            continue
        missing = [k for k in EVENT_KEYS if k not in event]
        if missing:
            chk.fail(where, f"missing keys {missing}")
            continue
        span = chk.span(where, event)
        if span:
            start, end = span
            before = chk.text[start - 1] if start else ""
            after = chk.text[end] if end < len(chk.text) else ""
            if before and not before.isspace():
                chk.fail(where, "evidence does not start a sentence")
            if not (chk.text[start].isupper() or chk.text[start] in QUOTE_MARKS):
                chk.fail(where, f"evidence starts with {chk.text[start]!r}, not a sentence start")
            if after not in ("", "\n") and (chk.text[end - 1] not in SENTENCE_END or not after.isspace()):
                chk.fail(where, "evidence does not end a sentence")
        sub_types = EVENT_SUB_TYPES.get(event["type"])
        if sub_types is None:
            chk.enum(where + ".type", event["type"], set(EVENT_SUB_TYPES))
        elif event["sub_type"] not in sub_types:
            chk.fail(where + ".sub_type", f"{event['sub_type']!r} is not a sub-event type of {event['type']!r}")
        check_event_date(chk, where + ".date", event["date"])
        for role in ("actor1", "actor2"):
            actor = event[role]
            if actor is not None and actor not in party_names:
                chk.fail(f"{where}.{role}", f"{actor!r} is not a party of this document")
        if event["actor1"] is not None and event["actor1"] == event["actor2"]:
            chk.fail(where, "actor1 and actor2 are the same party")
        if event["place"] is not None and event["place"] not in place_names:
            chk.fail(where + ".place", f"{event['place']!r} is not a place of this document")
        fatalities = event["fatalities"]
        if not (isinstance(fatalities, int) and not isinstance(fatalities, bool) and fatalities >= 0):
            chk.fail(where + ".fatalities", f"{fatalities!r} is not a non-negative int")
        date = event["date"] if isinstance(event["date"], dict) else {}
        key = (event["type"], event["sub_type"], date.get("value"), event["actor1"], event["actor2"], event["place"])
        if key in seen:
            chk.fail(where, "duplicate event (same type, date, actors and place: ACLED's unit is one event)")
        seen.add(key)


def check_document(gold: dict[str, Any], root: Path) -> list[str]:
    doc_id = str(gold.get("id"))
    missing = [k for k in DOC_KEYS if k not in gold]
    if missing:
        return [f"{doc_id}: missing keys {missing}"]
    text_path = root / gold["text_file"]
    if not text_path.is_file():
        return [f"{doc_id}: text file {text_path} not found"]
    chk = Checker(doc_id, text_path.read_text(encoding="utf-8"))
    if doc_id != f"samples/{Path(gold['text_file']).stem}":
        chk.fail("id", f"should be samples/{Path(gold['text_file']).stem}")
    chk.enum("split", gold["split"], {"dev", "test"})
    ref = gold["reference_date"]
    if not (isinstance(ref, str) and ISO_DAY.match(ref)):
        chk.fail("reference_date", f"{ref!r} is not YYYY-MM-DD")

    date_spans = []
    for i, date in enumerate(gold["dates"]):
        where = f"dates[{i}]"
        span = chk.span(where, date)
        if span:
            date_spans.append(span)
        chk.enum(where + ".type", date.get("type"), DATE_TYPES)
        check_date_value(chk, where + ".value", date.get("type"), date.get("value"))
    chk.no_overlaps("dates", date_spans)
    if not any(d.get("type") == "DATE" and d.get("value") == ref for d in gold["dates"]):
        chk.fail("dates", f"no DATE with the reference date {ref} (the dateline)")

    place_spans = []
    for i, place in enumerate(gold["places"]):
        where = f"places[{i}] {place.get('text')!r}"
        span = chk.span(where, place)
        if span:
            place_spans.append(span)
        lat, lon = place.get("lat"), place.get("lon")
        if not (isinstance(lat, (int, float)) and -90 <= lat <= 90 and isinstance(lon, (int, float)) and -180 <= lon <= 180):
            chk.fail(where, f"bad coordinates {lat!r}, {lon!r}")
        country = place.get("country", "absent")
        if country is not None and not (isinstance(country, str) and COUNTRY.match(country)):
            chk.fail(where, f"country {country!r} is not ISO alpha-2 or null")
        if not isinstance(place.get("name"), str) or not place["name"]:
            chk.fail(where, "name missing")
        chk.enum(where + ".feature", place.get("feature"), PLACE_FEATURES)
    chk.no_overlaps("places", place_spans)

    parties: dict[str, set[tuple[int, int]]] = {}
    mention_spans = []
    for i, party in enumerate(gold["parties"]):
        name = party.get("name")
        where = f"parties[{i}] {name!r}"
        if not isinstance(name, str) or not name:
            chk.fail(where, "name missing")
            continue
        if name in parties:
            chk.fail(where, "duplicate party name")
        chk.enum(where + ".type", party.get("type"), PARTY_TYPES)
        code = party.get("country_code", "absent")
        if code is not None and not (isinstance(code, str) and COUNTRY.match(code)):
            chk.fail(where, f"country_code {code!r} is not ISO alpha-2 or null")
        mentions = party.get("mentions")
        if not isinstance(mentions, list) or not mentions:
            chk.fail(where, "no mentions")
            continue
        parties[name] = set()
        for j, mention in enumerate(mentions):
            span = chk.span(f"{where}.mentions[{j}]", mention)
            if span:
                parties[name].add(span)
                mention_spans.append(span)
    chk.no_overlaps("party mentions", mention_spans, allow_nested=True)
    for ps, pe in place_spans:
        for ms, me in mention_spans:
            if ps < me and ms < pe:
                chk.fail("places/parties", f"{chk.text[ps:pe]!r} is both a place and a party mention ({chk.text[ms:me]!r})")

    for i, quote in enumerate(gold["quotes"]):
        where = f"quotes[{i}]"
        content = chk.span(where + ".content", quote.get("content"))
        source = chk.span(where + ".source", quote.get("source"), nullable=True)
        chk.span(where + ".cue", quote.get("cue"), nullable=True)
        speaker = quote.get("speaker")
        if speaker is not None and speaker not in parties:
            chk.fail(where, f"speaker {speaker!r} is not a party")
        if source and speaker in parties and source not in parties[speaker]:
            chk.fail(where, f"source {chk.text[source[0]:source[1]]!r} is not a mention of {speaker!r}")
        direct = quote.get("direct")
        if not isinstance(direct, bool):
            chk.fail(where, "direct must be a bool")
        elif content:
            before = chk.text[content[0] - 1] if content[0] > 0 else ""
            if direct and before not in QUOTE_MARKS:
                chk.fail(where, "direct quote content does not start after a quotation mark")
            if not direct and chk.text[content[0]] in QUOTE_MARKS:
                chk.fail(where, "indirect quote content starts with a quotation mark")

    for i, claim in enumerate(gold["claims"]):
        where = f"claims[{i}]"
        chk.span(where, claim)
        claimant = claim.get("claimant", "absent")
        if claimant is not None and claimant not in parties:
            chk.fail(where, f"claimant {claimant!r} is not a party")
        chk.enum(where + ".kind", claim.get("kind"), CLAIM_KINDS)
        if not isinstance(claim.get("hedged"), bool):
            chk.fail(where, "hedged must be a bool")

    seen: set[tuple[int, int]] = set()
    for i, casualty in enumerate(gold["casualties"]):
        where = f"casualties[{i}]"
        span = chk.span(where, casualty)
        if span in seen:
            chk.fail(where, "duplicate casualty span")
        if span:
            seen.add(span)
        count = casualty.get("count", "absent")
        if count is not None and not (isinstance(count, int) and not isinstance(count, bool) and count >= 0):
            chk.fail(where, f"count {count!r} is not a non-negative int or null")
        if not isinstance(casualty.get("who"), str) or not casualty["who"]:
            chk.fail(where, "who missing")
        chk.enum(where + ".status", casualty.get("status"), CASUALTY_STATUSES)

    place_names = {place["name"] for place in gold["places"] if isinstance(place.get("name"), str)}
    check_events(chk, gold["events"], set(parties), place_names)
    return chk.problems


def main(argv: list[str]) -> int:
    gold_path = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent / "gold.jsonl"
    root = gold_path.parent
    problems: list[str] = []
    documents = 0
    ids: set[str] = set()
    for number, line in enumerate(gold_path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            gold = json.loads(line)
        except json.JSONDecodeError as error:
            problems.append(f"line {number}: invalid JSON: {error}")
            continue
        documents += 1
        if gold.get("id") in ids:
            problems.append(f"line {number}: duplicate id {gold.get('id')!r}")
        ids.add(gold.get("id"))
        problems.extend(check_document(gold, root))
    for problem in problems:
        print(problem)
    print(f"{documents} documents, {len(problems)} problems")
    return 1 if problems or not documents else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
