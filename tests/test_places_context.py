"""Places: where a report is set decides its homonyms (time zones, local institutions, demonyms,
home-country names), and names the gazetteer lacks or spells otherwise ("Thames River", "Ont.")."""

from __future__ import annotations

import math
import re

import pytest

from conflictcli.extractors.places import extract_places
from conflictcli.gazetteer import lookup

pytestmark = pytest.mark.model


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    lat1, lon1, lat2, lon2 = map(math.radians, (lat1, lon1, lat2, lon2))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def mentions_of(places: list[dict], text: str) -> list[dict]:
    """Every place that has a mention spelled ``text`` (a name can be two places in one report)."""
    return [p for p in places if any(m["text"] == text for m in p["mentions"])]


def country_of(nlp, text: str, mention: str) -> str | None:
    found = mentions_of(extract_places(nlp(text)), mention)
    assert found, f"{mention!r} not found as a place"
    return found[-1]["country_code"]


@pytest.mark.parametrize(
    ("text", "mention", "country_code"),
    [
        # A clock time's zone sets the report's country.
        ("Organisers cut ticket prices for the Birmingham music festival from 9 a.m. CT on Friday.",
         "Birmingham", "US"),
        ("Organisers cut ticket prices for the Birmingham music festival from Friday.", "Birmingham", "GB"),
        # A city's court names where the report is, though the court is no place mention.
        ("A 40-year-old man was remanded in custody at Belfast Magistrates Court on Monday over a string "
         "of thefts in the Shankill area last week.", "Shankill", "GB"),
        # "Hamilton" (a person's name too) after "in" in a report about New Zealand.
        ("The Chiefs beat the Highlanders 28-20 in Hamilton on Saturday. Supporters drove in from Tauranga, "
         "Rotorua and Auckland for the match.", "Hamilton", "NZ"),
        # A street named after a place lies in the report's city.
        ("LONDON, Ont. — Police in London said a student house on Richmond Street was broken into on "
         "Friday. Officers later searched homes in Sarnia and Windsor.", "Richmond Street", "CA"),
        # Canadian Press abbreviations of provinces.
        ("LONDON, Ont. — Police in London said a student house on Richmond Street was broken into on "
         "Friday. Officers later searched homes in Sarnia and Windsor.", "Ont", "CA"),
        # A small town abroad, unplaced, in a report set elsewhere that names its country once.
        ("KINGSTON, Jamaica — Flooding closed roads across Jamaica on Monday. A fisherman was reported "
         "missing off Port Royal, police in Kingston said. Jamaica expects more rain, and the US weather "
         "service said the storm would weaken.", "Port Royal", "JM"),
        # ... which keeps its own reading where the text places it.
        ("KINGSTON, Jamaica — Flooding closed roads across Jamaica on Monday. A fisherman was reported "
         "missing off Port Royal, police in Kingston said. The storm would then turn towards the United "
         "States, Jamaica's weather office said, and reach Port Royal, South Carolina, by Friday.",
         "Port Royal", "US"),
        # A county abroad in a report set in Ontario.
        ("TORONTO — Police in Toronto and London, Ontario, said on Monday that Middlesex County residents "
         "should check their stolen goods. Ontario police in Sarnia agreed.", "Middlesex County", "CA"),
        # A metropolis abroad whose country the sentence names outweighs a mid-size home town.
        ("BOSTON — A Boston start-up raised $50 million, the company said in Cambridge, Massachusetts. It "
         "will open a small office in Melbourne to work with an Australian eye hospital.", "Melbourne", "AU"),
        ("BOSTON — A Boston start-up raised $50 million, the company said in Cambridge, Massachusetts. It "
         "will open a small office in Melbourne next year.", "Melbourne", "US"),
        # A demonym opening a longer name is no label of that name.
        ("KINGSTON, Jamaica — Residents of Portmore and Spanish Town lost power on Tuesday as the storm "
         "moved across Jamaica.", "Spanish Town", "JM"),
        # An unknown name tagged a place before ", <country>".
        ("The race was held in the hills of Weiswampach, Luxembourg, on Sunday, close to the border with "
         "Belgium.", "Weiswampach", "LU"),
        # A small-settlement word after a name rules out a mid-size foreign city of that name.
        ("BANGKOK, Jan 9, 2025 (Reuters) - A Myanmar military air strike on a village in the Sagaing region "
         "killed 40 people, residents said. The strike hit Kin village in Kani township in Myanmar on "
         "Wednesday.", "Kani", "MM"),
        # The passive subject of a verb only places undergo is a place, whatever the tagger's label.
        ("KYIV (AP) — Kherson was shelled again, said Oleksandr Prokudin, the head of the regional military "
         "administration.", "Kherson", "UA"),
        # An airport of conflict reporting is where it is, not at the last city named.
        ("JERUSALEM (AP) — Yemen's Houthis said in Sanaa that they had fired a missile at Ben Gurion "
         "Airport.", "Ben Gurion Airport", "IL"),
        # The Scottish council area by its everyday name.
        ("PERTH, Scotland — A whisky firm sold its warehouse, and tourists travelling north from Edinburgh "
         "and Glasgow towards the Highlands will visit a new centre.", "Highlands", "GB"),
    ],
)
def test_the_report_setting_decides_a_homonym(nlp, text: str, mention: str, country_code: str) -> None:
    assert country_of(nlp, text, mention) == country_code


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A person's name after a preposition stays a person where a possessive follows.
        ("Supporters drove in from Tauranga, Rotorua and Auckland. In Hamilton's view the match was lost "
         "early.", "Hamilton"),
        # Months after "in" are no towns, whatever the report's country.
        ("Officials in Leeds, York and Hull said the plan would start in March.", "March"),
        # A person of that surname in the report, or a noun's preposition before a person's name.
        ("WASHINGTON — Voters in Ohio, Texas and Iowa said they had lost faith in Clinton after the debate, "
         "and Hillary Clinton said she would fight on.", "Clinton"),
        ("DES MOINES, Iowa — Voters in Ohio, Texas and Iowa said they had lost confidence in Clinton after "
         "the debate.", "Clinton"),
        # A small town's name opening a longer unknown name is no mention of the town.
        ("The General Command said its units repelled an attack near Tal Abyad.", "Tal"),
    ],
)
def test_home_country_names_need_a_place_slot(nlp, text: str, absent: str) -> None:
    assert not mentions_of(extract_places(nlp(text)), absent)


def test_a_sentence_naming_a_foreign_namesake_moves_only_the_mention_after_it(nlp) -> None:
    text = (
        "TRIPOLI, Libya — Militias fought in Tripoli overnight. The clashes are unrelated to a shooting in "
        "the Lebanese port city of the same name, where two men were hurt near Tripoli's old souk."
    )
    places = extract_places(nlp(text))
    libyan, lebanese = (mentions_of(places, "Tripoli")[i] for i in (0, 1))
    assert libyan["country_code"] == "LY"
    assert [m["text"] for m in libyan["mentions"]] == ["TRIPOLI", "Tripoli"]
    assert lebanese["country_code"] == "LB" and len(lebanese["mentions"]) == 1


@pytest.mark.parametrize(
    ("text", "mention", "country_code", "near"),
    [
        # A named part of a city, after the city's possessive, lies in that city.
        ("BEIRUT — A gunfight broke out in the Lebanese city of Tripoli on Tuesday, and two people were "
         "wounded in Tripoli's Bab al-Tabbaneh neighbourhood.", "Bab al-Tabbaneh", "LB", (34.43, 35.84)),
    ],
)
def test_a_possessive_city_locates_its_own_parts(
    nlp, text: str, mention: str, country_code: str, near: tuple[float, float]
) -> None:
    place = next(p for p in extract_places(nlp(text)) if any(mention in m["text"] for m in p["mentions"]))
    assert place["country_code"] == country_code
    assert km(place["lat"], place["lon"], *near) < 161


@pytest.mark.parametrize(
    ("text", "mention", "country_code", "feature"),
    [
        # "The department of X" names the region kept as "X department", not a region abroad.
        ("Two soldiers were killed in an ambush in the northern department of Concepción, Paraguay's army "
         "said in Asunción.", "Concepción", "PY", "region"),
        ("Officials in the province of Kandahar said the road was closed.", "Kandahar", "AF", "region"),
        # ... but "the <Name> district of X" is a part of X, which keeps its own reading.
        ("Clashes erupted in the Sadr City district of Baghdad on Friday.", "Baghdad", "IQ", "city"),
        # A name with no reading in the report's country is that country's region of the name ...
        ("Residents of northern Paraguay say the armed group collects payments from ranchers across "
         "Concepción and neighbouring San Pedro, Paraguay's interior minister said in Asunción.",
         "San Pedro", "PY", "region"),
        # ... unless the report names the country of a town of that name.
        ("Cocoa exports from San Pedro rose in March, Côte d'Ivoire's port authority said in Abidjan.",
         "San Pedro", "CI", "city"),
        # A small town whose country its own sentence names is placed there, whatever the report's home.
        ("Iraq massed troops on the border with Kuwait on Monday, and Kuwait asked the United States for "
         "help. Washington said its warships could block shipping to Jordan's Red Sea port of Aqaba. Iraq "
         "and Kuwait both rejected an offer of talks in Egypt.", "Aqaba", "JO", "city"),
        # A county just across the border from the report's towns is the neighbour, not a local place.
        ("A third man was detained in Lifford, across the border in County Donegal, police in Strabane said. "
         "Two others were held in Derry, Northern Ireland.", "County Donegal", "IE", "region"),
    ],
)
def test_regions_by_designator_home_country_and_border(
    nlp, text: str, mention: str, country_code: str, feature: str
) -> None:
    place = mentions_of(extract_places(nlp(text)), mention)[-1]
    assert (place["country_code"], place["feature"]) == (country_code, feature)


def test_a_word_read_only_as_another_spelling_joins_the_district_after_it(nlp) -> None:
    text = (
        "Afghan commandos found a weapons cache during a clearing operation in Maya village, Khas Konar "
        "district, on Oct. 25. Kunar province officials said the area was calm."
    )
    places = extract_places(nlp(text))
    assert mentions_of(places, "Khas Konar")[0]["country_code"] == "AF"
    assert not mentions_of(places, "Khas")


@pytest.mark.parametrize(
    ("text", "mention", "near"),
    [
        # "X neighbourhood of <city>" lies in that city, not in a namesake town 1,900 km away.
        ("Gunmen shot dead two men at a bus stop in the Santa Cruz neighbourhood of Rio de Janeiro, Brazil's "
         "civil police said.", "Santa Cruz", (-22.91, -43.18)),
    ],
)
def test_a_named_part_of_a_city_lies_in_it(nlp, text: str, mention: str, near: tuple[float, float]) -> None:
    place = mentions_of(extract_places(nlp(text)), mention)[-1]
    assert km(place["lat"], place["lon"], *near) < 50


def test_bare_mentions_of_the_dateline_name_are_the_dateline_place(nlp) -> None:
    text = (
        "VICTORIA, B.C. — Ferries were cancelled on Monday. Officials in Victoria, Australia, said a "
        "traveller had flown home from Melbourne. Clinics in Victoria and Nanaimo added evening hours."
    )
    doc = nlp(text)
    by_start = {m["start"]: p for p in extract_places(doc) for m in p["mentions"]}
    starts = [m.start() for m in re.finditer("Victoria", text)]
    assert [by_start[start]["country_code"] for start in starts] == ["AU", "CA"]


@pytest.mark.parametrize(
    ("text", "mention", "country_code", "feature"),
    [
        # A region named after a sea ("Red Sea" governorate) yields the bare name to the sea.
        ("Attacks on ships in the Red Sea pushed carriers around Africa, Egypt's canal authority said in Cairo.",
         "Red Sea", None, "water"),
        # A city abroad listed among one country's regions is that country's region of the name.
        ("The route crosses Navarre, La Rioja and Castile and León before it reaches Galicia in Spain.",
         "La Rioja", "ES", "region"),
        # A compass-named region after another compass word is a longer name the gazetteer lacks ...
        ("Growers in the Western North Region say pits have eaten into their farms, Ghana's minister said "
         "in Accra.", "Western North Region", "GH", "region"),
        # ... unlike the bare compass-named region.
        ("Separatists attacked a school in Cameroon's North Region on Monday.", "North Region", "CM", "region"),
        # Seas, straits and ranges the GeoNames tables lack (curated).
        ("Hundreds are thought to have died in the Andaman Sea.", "Andaman Sea", None, "water"),
        ("Ferries crossed the Strait of Georgia to Vancouver.", "Strait of Georgia", "CA", "water"),
        ("Climbers were stranded in the Andes after a storm.", "Andes", None, "landform"),
    ],
)
def test_water_bodies_listed_regions_and_curated_features(
    nlp, text: str, mention: str, country_code: str | None, feature: str
) -> None:
    place = mentions_of(extract_places(nlp(text)), mention)[0]
    assert (place["country_code"], place["feature"]) == (country_code, feature)


def test_a_name_the_gazetteer_lacks_follows_the_country_its_sentence_names(nlp) -> None:
    text = (
        "COX'S BAZAR, Bangladesh — Boats carrying 300 Rohingya landed near Teknaf on Tuesday after fleeing "
        "Myanmar's Rakhine State. Fighting in Rakhine has intensified, and Myanmar's army shelled villages "
        "in Rakhine again. Bangladesh already hosts a million refugees in the camps around Ukhia."
    )
    assert country_of(nlp, text, "Ukhia") == "BD"


def test_a_region_with_far_islands_has_its_mainland_point(nlp) -> None:
    place = mentions_of(extract_places(nlp("Hikers walked from Valparaíso to Los Andes, Chile's tourism board said.")),
                        "Valparaíso")[0]
    assert km(place["lat"], place["lon"], -33.05, -71.62) < 161


def test_a_country_named_once_among_many_supports_its_readings_by_its_share(nlp) -> None:
    text = (
        "Oil prices rose after Iran seized a tanker off Oman. Tankers bound for Kuwait, Qatar and Bahrain "
        "were delayed, shippers in Singapore and India said, and insurers raised rates for ships crossing "
        "the Red Sea. Iran and Oman held talks, and Egypt offered to mediate. China and Japan urged calm."
    )
    assert mentions_of(extract_places(nlp(text)), "Red Sea")[0]["feature"] == "water"


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        # A time zone after a clock time is no region (Burkina Faso's Est).
        ("The offer runs until 5 p.m. EST, Nov. 6.", "EST", None),
        # Capitals opening a line are a dateline only before a dateline's punctuation or the story:
        # not before a lowercase word (a headline) or more capitals (a signature).
        ("NATO to admit three candidates in March\n\nBRUSSELS, Feb. 10 -- NATO will admit Poland next month.",
         "NATO", "BRUSSELS"),
        ("The fund rules were set out with care.\n\nBRUCE R. BENT\nPresident, The Reserve Fund, New York",
         "BRUCE", "New York"),
        # Another spelling of a place ending a longer name is part of that name (not Rome, "Rim").
        ("Both candidates have opposed a new trade deal with countries bordering the Pacific Rim, the senator "
         "said in Ohio.", "Rim", "Ohio"),
    ],
)
def test_time_zones_headlines_signatures_and_name_tails_are_no_places(
    nlp, text: str, absent: str, present: str | None
) -> None:
    places = extract_places(nlp(text))
    assert not mentions_of(places, absent)
    assert present is None or mentions_of(places, present)


def test_a_comma_list_of_cities_is_no_containment(nlp) -> None:
    text = (
        "Wall Street fell sharply as traders in New York and Chicago sold bank shares, and California "
        "pension funds cut their holdings. In Europe, stocks closed lower in Madrid, Oslo, Amsterdam, Vienna "
        "and Lisbon."
    )
    assert country_of(nlp, text, "Amsterdam") == "NL"
    lone = "Wall Street fell sharply as traders in New York and Chicago sold bank shares in Amsterdam, New York."
    assert country_of(nlp, lone, "Amsterdam") == "US"
    chain = "A tornado damaged homes in Paris, Texas, United States, on Monday."
    assert country_of(nlp, chain, "Paris") == "US"


@pytest.mark.parametrize(
    ("text", "country_code"),
    [
        # A city council sets the report in its city's country ...
        ("Flooding closed schools in Birmingham on Monday, a Boston City Council spokesman said.", "US"),
        # ... a university does not: researchers comment on places anywhere.
        ("Flooding closed schools in Birmingham on Monday, a Boston University climate scientist said.", "GB"),
    ],
)
def test_only_local_government_institutions_set_the_report(nlp, text: str, country_code: str) -> None:
    assert country_of(nlp, text, "Birmingham") == country_code


def test_a_demonym_without_a_settlement_noun_moves_nothing(nlp) -> None:
    text = (
        "TRIPOLI, Libya — Militias fought in Tripoli overnight, and Lebanese officials said the airport in "
        "Tripoli stayed open."
    )
    assert {p["country_code"] for p in mentions_of(extract_places(nlp(text)), "Tripoli")} == {"LY"}


@pytest.mark.parametrize(
    ("text", "mention", "feature", "country_code", "near"),
    [
        ("HAMILTON, New Zealand — Rowers were told to stay off the Waikato River on Sunday after heavy rain.",
         "Waikato River", "water", "NZ", (-37.78, 175.28)),
        ("PERTH, Scotland — A distillery on the banks of the River Tay has been sold, the company said in "
         "Edinburgh.", "River Tay", "water", "GB", (56.40, -3.43)),
        ("MAIDUGURI, Nigeria — Gunmen attacked a village in Borno State and fled towards the Sambisa Forest, "
         "officials said.", "Sambisa Forest", "region", "NG", (11.3, 13.5)),
        # A border river named after a district across the border is the report's river, and
        # "from <country>" right after it names where a crossing began, not where the river is.
        ("BUJUMBURA, Burundi — Soldiers in Cibitoke province said gunmen had crossed the Rusizi River from "
         "the Democratic Republic of Congo overnight. Officials in Bujumbura said the same group had been "
         "seen in Rwanda last year.", "Rusizi River", "water", "BI", (-3.38, 29.36)),
        ("BUJUMBURA, Burundi — Soldiers in Cibitoke province said gunmen had crossed the Rusizi River from "
         "the Democratic Republic of Congo overnight.", "Rusizi River", "water", "BI", (-3.38, 29.36)),
        # Located by the region its site description names, not the report's other states.
        ("Horses are held at the Spotswood quarantine station in Victoria, officials in Melbourne and Sydney "
         "said, as Australia tightened its rules.", "Spotswood", "city", "AU", (-37.0, 144.5)),
    ],
)
def test_named_rivers_and_forests_the_gazetteer_lacks(
    nlp, text: str, mention: str, feature: str, country_code: str, near: tuple[float, float]
) -> None:
    place = mentions_of(extract_places(nlp(text)), mention)[0]
    assert (place["feature"], place["country_code"]) == (feature, country_code)
    assert km(place["lat"], place["lon"], *near) < 161


def test_gazetteer_aliases_for_province_abbreviations_and_everyday_names() -> None:
    assert [p.feature for p in lookup("Ont.")] == ["region"]
    assert {p.country_code for p in lookup("Highlands") if p.feature == "region"} == {"GB"}


def test_a_rivers_bare_name_after_the_is_the_river(nlp) -> None:
    text = (
        "PERTH, Scotland — The distillery on the River Tay flooded in 1993, when the Tay burst its banks, "
        "the company said in Edinburgh."
    )
    river = mentions_of(extract_places(nlp(text)), "River Tay")[0]
    assert [m["text"] for m in river["mentions"]] == ["River Tay", "Tay"]


def test_a_rivers_name_that_names_a_virus_does_not_spread(nlp) -> None:
    text = (
        "KINSHASA, Congo — The virus is named after the Ebola River in Congo. Doctors said the Ebola virus "
        "spread to two villages, and the Ebola is feared across the region."
    )
    places = extract_places(nlp(text))
    assert mentions_of(places, "Ebola River")
    assert not mentions_of(places, "Ebola")


@pytest.mark.parametrize(
    ("text", "mention", "country_code", "admin1"),
    [
        # A name's own first reading does not vouch for its namesake 200 km away (Nelson, Wales).
        ("The striker, who was born in Nelson, Lancashire, moved to Auckland as a teenager.",
         "Nelson", "GB", "England"),
        # A site named after the report's own town lies there, not in a bigger namesake.
        ("KINGSTON, Ont. — Nurses at Kingston General Hospital said on Monday that wait times had doubled. "
         "Kingston lies on Lake Ontario, halfway between Toronto and Montreal. A nurse recruited from "
         "Jamaica said the shifts were longer than at home.", "Kingston General Hospital", "CA", "Ontario"),
        # A town the text places in a country where no reading of it lies is that country's place.
        ("The grant will restore a gate at the ruins of the ancient city of Babylon in Iraq, officials said.",
         "Babylon", "IQ", None),
        # ... but a territory keeps its own code ("Hong Kong, China").
        ("Flooding hit Kingston, Jamaica, and the port of Hong Kong, China, on the same day.",
         "Hong Kong", "HK", None),
        # A demonym before an unknown name's generic places it in that country.
        ("Russian jets buzzed airliners near Moscow and simulated an attack on the Danish island of "
         "Bornholm, officials in Moscow said.", "Bornholm", "DK", None),
        # The German spelling is the German city, whatever town of that alternate name lies near Chicago.
        ("The airliner landed in the United States on Monday after a test flight. It is flying from "
         "Frankfurt to Chicago via New York.", "Frankfurt", "DE", "Hesse"),
        # A big city's short name ("Newcastle" for Newcastle upon Tyne) competes with its namesakes.
        ("Fans travelled from Newcastle to London for the final at Wembley on Saturday.",
         "Newcastle", "GB", "England"),
        # A small region of another name does not borrow a metropolis's population (Cambridge, WA).
        ("The council in Cambridge voted to ban cars from the city centre, angering traders on Mill Road.",
         "Cambridge", "GB", "England"),
        # A state's own police force sets the report in that state.
        ("A shooting in Springfield left two dead, Illinois State Police said.",
         "Springfield", "US", "Illinois"),
        ("A shooting in Springfield left two dead on Sunday, police said.", "Springfield", "US", "Missouri"),
        # A town across the river from another named town is that neighbour, not a namesake at home.
        ("The company will open a new plant in Windsor, near the Ambassador Bridge to Detroit.",
         "Windsor", "CA", "Ontario"),
        # A name listed after a place a verb takes is a place too, and its neighbour decides the homonym.
        ("The floods hit Lancaster and Morecambe on Sunday.", "Lancaster", "GB", "England"),
        # A neighbourhood without "of <city>" lies in the dateline's city, not in a namesake town.
        ("BIRMINGHAM, Ala. — A steel firm based in the Ensley neighbourhood on the city's west side "
         "will add 200 jobs.", "Ensley", "US", "Alabama"),
        # ... while "the Kalbajar district" is no part of the dateline's city.
        ("YEREVAN, Armenia — Azerbaijan said Armenian forces had fired on its positions in the Kalbajar "
         "district overnight.", "Kalbajar", "AZ", None),
        # A county names its state.
        ("Firefighters battled a blaze in Glendale as winds fanned flames across Los Angeles County.",
         "Glendale", "US", "California"),
        # A country's name that is also a state elsewhere follows the report ("Georgia").
        ("Voters in Georgia went to the polls on Tuesday. Lines were long in Atlanta and Savannah.",
         "Georgia", "US", None),
        ("Protesters rallied in Georgia against the law. Police in Tbilisi detained 20 people.",
         "Georgia", "GE", None),
        # A plural designator after a list makes every listed name a region.
        ("Herdsmen killed 12 villagers in Benue and Niger states on Sunday, police in Makurdi said.",
         "Niger", "NG", None),
        ("Gunmen attacked villages in Kano, Kaduna and Katsina states overnight, residents said.",
         "Kano", "NG", None),
    ],
)
def test_namesakes_follow_what_the_text_says_of_them(
    nlp, text: str, mention: str, country_code: str, admin1: str | None
) -> None:
    found = mentions_of(extract_places(nlp(text)), mention)
    assert found, f"{mention!r} not found as a place"
    assert found[-1]["country_code"] == country_code
    if admin1 is not None:
        assert found[-1]["admin1"] == admin1


def test_a_plural_designator_reads_listed_names_as_regions(nlp) -> None:
    places = extract_places(nlp("Gunmen attacked villages in Kano, Kaduna and Katsina states overnight."))
    assert {p["feature"] for p in places} == {"region"}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        # A demonym is no town ("Arab", Alabama).
        ("The offensive has angered many in Arab countries, diplomats in Washington said.", "Arab"),
        # A person named with a title and a given name keeps the surname out of the places.
        ("Police Superintendent Pedro Toledo urged witnesses to come forward. \"We will find them,\" "
         "Toledo said on Friday.", "Toledo"),
    ],
)
def test_demonyms_and_titled_surnames_are_no_places(nlp, text: str, absent: str) -> None:
    assert not mentions_of(extract_places(nlp(text)), absent)


def test_a_demonym_qualifying_another_noun_places_nothing(nlp) -> None:
    text = (
        "MOMBASA, Kenya — The Kenyan coast guard has three boats to patrol the coast between Vanga on the "
        "Tanzanian border and Kiunga near the frontier with Somalia, officials in Mombasa and Lamu said."
    )
    found = mentions_of(extract_places(nlp(text)), "Kiunga")
    assert found and found[-1]["country_code"] == "KE"


def test_a_big_citys_short_name_is_in_the_gazetteer() -> None:
    assert any(place.name == "Newcastle upon Tyne" for place in lookup("Newcastle"))
    assert any(place.name == "Stoke-on-Trent" for place in lookup("Stoke"))
    assert any(place.name == "Greater Sudbury" for place in lookup("Sudbury"))


@pytest.mark.parametrize(
    ("text", "mention", "name"),
    [
        # A compass word before a sea names a part of it.
        ("Warships patrol the Gulf of Oman and the North Arabian Sea.", "North Arabian Sea", "Arabian Sea"),
        # The Great Lakes are lakes, not the province or state named after them.
        ("Ice covered much of Lake Ontario near Kingston, Ont., on Monday.", "Lake Ontario", "Lake Ontario"),
    ],
)
def test_seas_and_lakes_keep_their_own_point(nlp, text: str, mention: str, name: str) -> None:
    found = mentions_of(extract_places(nlp(text)), mention)
    assert found and found[-1]["name"] == name and found[-1]["feature"] == "water"


@pytest.mark.parametrize("word", ["River", "North", "Market", "Bridge", "Port"])
def test_generic_words_are_no_alternate_names_of_towns(word: str) -> None:
    assert not lookup(word)


@pytest.mark.parametrize(
    ("text", "mention", "town"),
    [
        # A facility named before any place lies in the first town named after it, not at the
        # centre of a province named in between.
        ("The girl was taken to Mercy Ridge Hospital on Friday. Her family later moved from the Western Cape "
         "to Cape Town, where police opened a case.", "Mercy Ridge Hospital", (-33.93, 18.42)),
        # A street after a state lies in the town of that state named before it.
        ("A fire gutted a bakery in Eugene on Sunday. Crews from across Oregon fought the blaze on "
         "Willamette Street for hours.", "Willamette Street", (44.05, -123.09)),
    ],
)
def test_streets_and_facilities_lie_in_a_town(nlp, text: str, mention: str, town: tuple[float, float]) -> None:
    found = mentions_of(extract_places(nlp(text)), mention)
    assert found and km(found[-1]["lat"], found[-1]["lon"], *town) < 50


def test_a_hill_named_with_cerro_lies_by_the_town_before_it(nlp) -> None:
    text = (
        "After walking to Santiago de Compostela in Spain, she set up a hiking club in Santiago, Chile. "
        "Its members train every Saturday on the trails of Cerro San Cristóbal."
    )
    found = mentions_of(extract_places(nlp(text)), "Cerro San Cristóbal")
    assert found and found[-1]["country_code"] == "CL" and found[-1]["feature"] == "landform"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Names the gazetteer lacks, listed before a plural division word, are regions there.
        ("Afghan forces cleared villages in Bala Buluk and Pusht-e Rod districts of Farah province on Monday.",
         {"Bala Buluk", "Pusht-e Rod"}),
        # A lone name before a plural is no list: "the Gulf states" names no region "Gulf".
        ("Oil prices rose on Monday as the Gulf states cut output.", set()),
    ],
)
def test_names_listed_before_plural_divisions_are_regions(nlp, text: str, names: set[str]) -> None:
    places = extract_places(nlp(text))
    regions = {m["text"] for p in places if p["feature"] == "region" for m in p["mentions"]}
    assert names <= regions and "Gulf" not in regions


@pytest.mark.parametrize(
    ("text", "mention", "feature"),
    [
        # A lower-case generic after the name picks the reading: the disputed area, then its town.
        ("Gunmen raided a village in the disputed Abyei area, and a clinic in Abyei town was looted.",
         "Abyei", "region"),
        ("Gunmen raided a village in the disputed Abyei area, and a clinic in Abyei town was looted.",
         "Abyei", "city"),
        # After "the Kherson region", "Kherson city" is still the city.
        ("In the Kherson region, drones hit Kherson city on Monday.", "Kherson", "city"),
        # A bare repeat still follows the region named before it.
        ("Clashes in the Sagaing region spread to Sagaing on Monday.", "Sagaing", "region"),
    ],
)
def test_a_generic_after_a_name_picks_its_reading(nlp, text: str, mention: str, feature: str) -> None:
    places = extract_places(nlp(text))
    features = [p["feature"] for p in places for m in p["mentions"] if m["text"] == mention]
    assert feature in features


@pytest.mark.parametrize(
    ("text", "mention", "country_code"),
    [
        # The tagger ran one organisation over "Christchurch on New Zealand's": a free-standing
        # "on" ends the name.
        ("A quake struck near Christchurch on New Zealand's South Island.", "Christchurch", "NZ"),
        ("A quake struck near Christchurch on New Zealand's South Island.", "South Island", "NZ"),
        # Names listed after "including" below a region are places in it.
        ("A storm knocked out power across Nova Scotia, including Halifax and Dartmouth.", "Halifax", "CA"),
        ("A storm knocked out power across Nova Scotia, including Halifax and Dartmouth.", "Dartmouth", "CA"),
        # A first-level region's towns make its name the region, not the country of that name ...
        ("Farmers near Macon said the drought had ruined their crops in Georgia.", "Georgia", "US"),
        # ... unless the report backs the country.
        ("Russian troops entered Georgia and advanced on Gori, near Tbilisi.", "Georgia", "GE"),
        # "X, near Y": a common word X beside Y is a place.
        ("The plant in Aurora, near Denver, will hire 300 workers.", "Aurora", "US"),
        # One organisation over a list of names is the list.
        ("Patients were flown to Guadeloupe, Martinique or Barbados for surgery.", "Martinique", "MQ"),
        ("Patients were flown to Guadeloupe, Martinique or Barbados for surgery.", "Barbados", "BB"),
        # "X, State" picks the small namesake in that state.
        ("A congregation in Roseau, Minnesota, raised money for two dialysis machines.", "Roseau", "US"),
        # "X River" is no "River X": Ontario's Thames, not London's.
        ("Flooding along the Thames River hit London, Ontario.", "Thames River", "CA"),
        ("A body was found in the Thames near Putney.", "Thames", "GB"),
        # A water body is evidence of its country.
        ("The Tyne bridges were closed in Newcastle.", "Newcastle", "GB"),
        ("Members of the congregation flew in through Antigua for the ceremony.", "Antigua", "AG"),
        ("Authorities in Halifax, West Yorkshire, closed the market.", "Halifax", "GB"),
        # "the <Name> town of X": the name is the region holding X.
        ("Flooding hit the Yorkshire town of Hebden Bridge.", "Yorkshire", "GB"),
        ("Police in the Essex town of Braintree appealed for witnesses.", "Essex", "GB"),
        # A hand-curated county outweighs a small namesake town abroad ...
        ("Police in Tarporley, Cheshire, appealed for witnesses.", "Cheshire", "GB"),
        # ... but not a text that places the town.
        ("Officials in Cheshire, Connecticut, said the road was closed.", "Cheshire", "US"),
        # A big city with a person's name, tagged an organisation, after "in".
        ("Tourists in Florence admired the Duomo.", "Florence", "IT"),
        # A town the tagger called a nationality, listed next to a place.
        ("Melbourne commuters faced delays as trains from Geelong and Ballarat were cancelled.",
         "Ballarat", "AU"),
        ("He died in hospital after a crash near Ennis, Co Clare.", "Co Clare", "IE"),
        # "in neighbouring X" is a place slot.
        ("The gunmen had links to a cell broken up last year in neighbouring Ingushetia, where three men "
         "were killed.", "Ingushetia", "RU"),
        # The preposition before a list governs its last item too.
        ("Cockatoos from the Lesser Sunda Islands, Sulawesi and Maluku are also in demand with collectors.",
         "Maluku", "ID"),
        # A common-word name placed by "X, Y" keeps its reading in a later place slot.
        ("Heavy rain hit Hamilton, Ontario. In Hamilton, roads were closed and schools shut.",
         "Hamilton", "CA"),
        # A three-letter name of a populous region, tagged a person, after "in coastal X and".
        ("Forecasters said heavy rain was also likely in coastal Karnataka and Goa.", "Goa", "IN"),
        ("A quake struck Van province in eastern Turkey.", "Van", "TR"),
        ("Fighting spread in Mon State and Kayin State.", "Mon State", "MM"),
        # A conjunct of a shelled place is shelled too, whatever the tagger called it.
        ("Russian forces shelled Zaporizhzhia and Nikopol overnight.", "Nikopol", "UA"),
        # A lake the gazetteer lacks lies by the town its sentence names before it, not in the
        # report's country.
        ("TEGUCIGALPA, Honduras — Rivers rose across Honduras on Monday, and San Pedro Sula was flooded. "
         "In Guatemala, officials in Flores, the old island town on Lake Petén Itzá, warned residents.",
         "Lake Petén Itzá", "GT"),
        # A town read abroad, alone in its country, follows the country its sentence names before it.
        ("TEGUCIGALPA, Honduras — Rivers rose across Honduras on Monday, and San Pedro Sula was flooded. "
         "In Guatemala, officials in Flores, the old island town on Lake Petén Itzá, warned residents.",
         "Flores", "GT"),
        # A common-word name listed with a place of its country after a locative preposition.
        ("Flights between Dublin and Cork were cancelled.", "Cork", "IE"),
        # "X-born" names where someone comes from.
        ("The Cork-born singer performed in Killarney.", "Killarney", "IE"),
        ("Snow closed schools across Northern Ireland, including Derry and Newry.", "Derry", "GB"),
        # A common-word name tagged a place is one as the object of a verb that takes places.
        ("Floods hit Houston.", "Houston", "US"),
        ("Hurricane Harvey flooded Houston.", "Houston", "US"),
        ("The ship docked in Odessa.", "Odessa", "UA"),
        # A name in apposition to "capital" is a place, whatever the tagger called it.
        ("The Taliban seized Kandahar and Helmand's capital, Lashkar Gah.", "Lashkar Gah", "AF"),
        # A city known by the short form of its name, placed by its state.
        ("Firefighters in Leon, Guanajuato, battled a blaze.", "Leon", "MX"),
        # A municipality dwarfed by a city of the same name yields to the city.
        ("Violence flared in Juarez on Sunday.", "Juarez", "MX"),
        # An apposition naming the town's country moves it abroad.
        ("JAKARTA, Indonesia — Police in Jakarta and Bandung said the money went to an account registered "
         "in Labuan, the Malaysian federal territory off the coast of Sabah.", "Labuan", "MY"),
    ],
)
def test_session9_context_rules(nlp, text: str, mention: str, country_code: str) -> None:
    assert {p["country_code"] for p in mentions_of(extract_places(nlp(text)), mention)} == {country_code}


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Aurora, the lead singer, performed in Denver.", "Aurora"),
        ("He wrote a letter to Florence about the farm.", "Florence"),
        ("Lee said the talks would resume.", "Lee"),
        ("The film starred Dick Van Dyke.", "Van"),
        ("The start-up raised venture capital, Austin told reporters.", "Austin"),
        ("He bought wine and cork in Dublin.", "cork"),
        # A storm's title is no town ("Hurricane, Utah").
        ("Hurricane Harvey flooded Houston.", "Hurricane"),
        # A storm's name is no place, in every mention.
        ("Towns in Fiji were flooded during Cyclone Winston. The Lau islands were devastated by Winston.",
         "Winston"),
    ],
)
def test_session9_no_place(nlp, text: str, absent: str) -> None:
    assert not mentions_of(extract_places(nlp(text)), absent)


def test_a_dwarfed_municipality_yields_to_the_city(nlp) -> None:
    place = mentions_of(extract_places(nlp("Violence flared in Juarez on Sunday.")), "Juarez")[0]
    assert (place["feature"], place["admin1"]) == ("city", "Chihuahua")


def test_a_compass_word_may_stand_between_a_town_and_its_region(nlp) -> None:
    text = "The researchers found families in Aurangabad, in southern Bihar, who had waited a month."
    place = mentions_of(extract_places(nlp(text)), "Aurangabad")[0]
    assert place["admin1"] == "Bihar"


def test_towns_of_a_foreign_country_the_report_visits_stay_there(nlp) -> None:
    text = (
        "PORT VILA, Vanuatu — The cyclone damaged homes across Vanuatu on Friday, and Vanuatu's disaster "
        "office said Port Vila had lost power. The storm is moving towards Fiji, where schools in Nadi and "
        "Lautoka will be closed on Monday."
    )
    places = extract_places(nlp(text))
    assert {p["country_code"] for name in ("Nadi", "Lautoka") for p in mentions_of(places, name)} == {"FJ"}


@pytest.mark.parametrize(
    ("name", "feature", "country_code"),
    [
        ("West Yorkshire", "region", "GB"),
        ("Merseyside", "region", "GB"),
        ("Lombok", "landform", "ID"),
        ("South Island", "landform", "NZ"),
        ("Midwest", "region", "US"),
        ("Sava", "water", None),
        ("River Thames", "water", "GB"),
        ("Antigua", "country", "AG"),
        ("Donegal", "region", "IE"),
        ("Co. Kerry", "region", "IE"),
        ("Ceredigion", "region", "GB"),
        ("Schiphol", "landform", "NL"),
        ("Kursk Oblast", "region", "RU"),
        ("Stavropol Krai", "region", "RU"),
        ("Yakutia", "region", "RU"),
        ("the Caspian", "water", None),
        ("Chhatrapati Sambhajinagar", "city", "IN"),
        ("Orissa", "region", "IN"),
        ("the Laurentians", "region", "CA"),
        ("Londonderry", "region", "GB"),
    ],
)
def test_session9_gazetteer_rows(name: str, feature: str, country_code: str | None) -> None:
    assert (feature, country_code) in {(p.feature, p.country_code) for p in lookup(name)}
