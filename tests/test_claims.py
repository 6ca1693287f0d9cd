"""Claims: kinds, claimants, hedges and disputes on hand-written sentences, plus the seed article."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from spacy.tokens import Doc

from conflictcli.extractors.claims import extract_claims

pytestmark = pytest.mark.model

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "000_e25191a468b98949.txt"


def party(name: str, text: str, *patterns: str, kind: str = "state") -> dict:
    mentions = [
        {"text": m.group(), "start": m.start(), "end": m.end()}
        for pattern in patterns
        for m in re.finditer(pattern, text)
    ]
    return {"name": name, "type": kind, "country_code": None, "mentions": mentions, "role": None}


@pytest.fixture(scope="module")
def claims_of(nlp):
    def run(text: str, parties: list[dict] | None = None) -> list[dict]:
        doc = nlp(text)
        if not Doc.has_extension("conflictcli_parties"):
            Doc.set_extension("conflictcli_parties", default=None)
        doc._.conflictcli_parties = parties
        claims = extract_claims(doc)
        for claim in claims:
            assert text[claim["start"] : claim["end"]] == claim["text"]
            for hedge in claim["hedges"]:
                assert text[hedge["start"] : hedge["end"]] == hedge["text"]
            assert all(0 <= i < len(claims) for i in claim["disputes"])
        return claims

    return run


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ministry said that the bridge was destroyed.", "statement"),
        ("The ministry denied that its forces shelled the market.", "denial"),
        ("The ministry accused the rebels of shelling the market.", "accusation"),
        ("The ministry said the blast was caused by a rebel drone.", "responsibility"),
        ("The rebels threatened to attack the capital.", "threat"),
        ("The ministry demanded that the rebels withdraw.", "demand"),
        ("The president vowed to rebuild the town.", "promise"),
        ("The ministry said that 12 soldiers were killed in the attack.", "casualty_claim"),
    ],
)
def test_kind_from_cue_and_content(claims_of, text: str, kind: str) -> None:
    claims = claims_of(text)
    assert [claim["kind"] for claim in claims] == [kind]
    assert claims[0]["claimant"] is not None


@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Government forces reportedly shelled the village on Monday.", "reportedly"),
        ("The video could not be independently verified.", "could not be independently verified"),
        ("The number of dead is yet to be confirmed.", "is yet to be confirmed"),
        ("Unconfirmed reports said a general was captured.", "Unconfirmed reports"),
    ],
)
def test_report_voice_claims_need_a_verifiability_marker(claims_of, text: str, hedge: str) -> None:
    claims = claims_of(text)
    report_voice = [claim for claim in claims if claim["claimant"] is None]
    assert report_voice or claims
    claim = (report_voice or claims)[0]
    assert claim["hedged"] is True
    assert hedge in [h["text"] for h in claim["hedges"]]


@pytest.mark.parametrize(
    "text",
    ["Government forces shelled the village on Monday.", "The river rose after the storm."],
)
def test_plain_report_sentences_are_not_claims(claims_of, text: str) -> None:
    assert claims_of(text) == []


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The army claimed that the convoy carried weapons.", True),
        ("The army said that the convoy was believed to carry weapons.", True),
        ("The army said that the convoy carried weapons.", False),
        ("The army said that the convoy may have carried weapons.", True),
        ("The army said that the alleged convoy carried weapons.", True),
        ("The army said its jets had killed dozens of fighters, a claim that could not be verified.", True),
        ("The monitor said the information could not be independently confirmed.", False),
    ],
)
def test_hedged(claims_of, text: str, hedged: bool) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0]["hedged"] is hedged
    assert bool(claims[0]["hedges"]) is hedged


def test_denial_disputes_the_other_sides_claim(claims_of) -> None:
    text = (
        "Kyiv said that Russian missiles hit the power plant. "
        "Moscow denied that its missiles hit the power plant."
    )
    parties = [party("Ukraine", text, r"\bKyiv\b"), party("Russia", text, r"\bMoscow\b")]
    claims = claims_of(text, parties)
    by_claimant = {claim["claimant"]: i for i, claim in enumerate(claims)}
    assert set(by_claimant) == {"Ukraine", "Russia"}
    assert claims[by_claimant["Russia"]]["kind"] == "denial"
    assert claims[by_claimant["Russia"]]["disputes"] == [by_claimant["Ukraine"]]
    assert claims[by_claimant["Ukraine"]]["disputes"] == [by_claimant["Russia"]]


def test_unrelated_denial_disputes_nothing(claims_of) -> None:
    text = "Kyiv said that the dam was flooded. Moscow denied that its troops entered Bakhmut."
    claims = claims_of(text, [party("Ukraine", text, "Kyiv"), party("Russia", text, "Moscow")])
    assert all(claim["disputes"] == [] for claim in claims)


def test_denial_disputes_every_accusation_against_the_denier(claims_of) -> None:
    text = (
        "The army accused the RSF of shelling the market. "
        "The UN said the RSF controls most of the region. "
        "The RSF denied the charge."
    )
    parties = [party("Sudanese Armed Forces", text, r"The army", kind="military"),
               party("United Nations", text, r"The UN", kind="organization"),
               party("Rapid Support Forces", text, r"\bRSF\b", kind="armed_group")]
    claims = claims_of(text, parties)
    by_claimant = {claim["claimant"]: i for i, claim in enumerate(claims)}
    accusation, statement, denial = (claims[by_claimant[name]] for name in
                                     ("Sudanese Armed Forces", "United Nations", "Rapid Support Forces"))
    assert (accusation["kind"], denial["kind"]) == ("accusation", "denial")
    assert denial["disputes"] == [by_claimant["Sudanese Armed Forces"]]
    assert accusation["disputes"] == [by_claimant["Rapid Support Forces"]]
    assert statement["disputes"] == []


@pytest.mark.parametrize(
    ("text", "linked"),
    [
        # a denial with its own content answers an accusation in its sentence ...
        ("The shelling was blamed on the Polisario by local authorities; the movement denied firing at the town.",
         True),
        # ... not one of another sentence about something else
        ("The army accused the Polisario of shelling homes. The Polisario denied losing any fighters.", False),
    ],
)
def test_denial_with_content_answers_the_accusation_in_its_sentence(claims_of, text: str, linked: bool) -> None:
    parties = [party("local authorities", text, r"local authorities|The army", kind="government"),
               party("Polisario Front", text, r"the Polisario|The Polisario|the movement", kind="armed_group")]
    claims = claims_of(text, parties)
    kinds = {claim["kind"]: i for i, claim in enumerate(claims)}
    assert set(kinds) == {"accusation", "denial"}
    assert claims[kinds["denial"]]["disputes"] == ([kinds["accusation"]] if linked else [])


@pytest.mark.skipif(not SEED.is_file(), reason="shared seed article not available")
def test_seed_acceptance(claims_of) -> None:
    text = SEED.read_text(encoding="utf-8")
    parties = [
        party("Azerbaijan", text, r"\bBaku\b"),
        party("Hikmet Hajiyev", text, "Hikmet Hajiyev", r"\bhe\b", kind="person"),
        party("Armenian foreign ministry", text, "Armenian foreign ministry", kind="government"),
    ]
    claims = claims_of(text, parties)
    saboteurs = [claim for claim in claims if "saboteurs" in claim["text"]]
    assert saboteurs and saboteurs[0]["claimant"] == "Azerbaijan"
    assert saboteurs[0]["hedged"] is True
    cleansing = [claim for claim in claims if "ethnic cleansing" in claim["text"]]
    assert cleansing and cleansing[0]["claimant"] == "Armenian foreign ministry"
    assert cleansing[0]["kind"] == "accusation"
    unconfirmed = [claim for claim in claims if "yet to be confirmed" in claim["text"]]
    assert unconfirmed and unconfirmed[0]["claimant"] is None and unconfirmed[0]["hedged"]


@pytest.mark.model
def test_the_month_may_is_not_a_hedge(nlp) -> None:
    from conflictcli.extractors.claims import extract_claims

    doc = nlp("MAPUTO, Mozambique, 14 May 2024 — The army said insurgents stormed the town on Friday.")
    doc._.conflictcli_quotes = [
        {"text": "insurgents stormed the town on Friday", "start": 48, "end": 85, "speaker": "the army",
         "speaker_mention": None, "cue": {"text": "said", "start": 43, "end": 47}, "direct": False}
    ]
    claims = extract_claims(doc)
    assert claims and not any(claim["hedged"] for claim in claims)


DOUBTED = (
    "The army said its troops had destroyed four rebel trucks. The rebels said they had shot down "
    "a helicopter.\n\n"
    "A rebel commander said the town was surrounded. Neither account could be independently verified.\n\n"
    "The mayor said the market would reopen on Monday."
)


def test_doubt_about_accounts_hedges_the_claims_before_it(claims_of) -> None:
    claims = claims_of(DOUBTED)
    hedged = {claim["text"]: claim["hedged"] for claim in claims}
    assert hedged["its troops had destroyed four rebel trucks"] is True
    assert hedged["they had shot down a helicopter"] is True
    assert hedged["the town was surrounded"] is True
    assert hedged["the market would reopen on Monday"] is False
    assert not any("Neither account" in claim["text"] for claim in claims)


def test_doubt_about_one_claim_hedges_only_the_last_one(claims_of) -> None:
    text = (
        "The army said the bridge was intact. The rebels said they had destroyed the bridge. "
        "The claim could not be independently verified."
    )
    hedged = {claim["text"]: claim["hedged"] for claim in claims_of(text)}
    assert hedged == {"the bridge was intact": False, "they had destroyed the bridge": True}


def test_direct_quote_gives_one_claim_per_sentence(claims_of) -> None:
    text = '"We lost two soldiers. The convoy turned back. Nobody was captured," the officer said.'
    claims = claims_of(text)
    assert [claim["text"] for claim in claims] == [
        "We lost two soldiers",
        "The convoy turned back",
        "Nobody was captured",
    ]
    assert len({claim["claimant"] for claim in claims}) == 1


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The army said it destroyed the drones before they could be launched.", False),
        ("The army said the strike could have killed civilians.", True),
        ("The monitor said the report could not be independently verified.", False),
    ],
)
def test_hedges_come_from_the_claim_not_its_sentence(claims_of, text: str, hedged: bool) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0]["hedged"] is hedged


def test_doubt_about_figures_hedges_only_the_casualty_claims_of_its_paragraph(claims_of) -> None:
    """Only casualty claims, and before the paragraph only figures of the same status (a wounded
    count is not what a death toll answers; see test_claims_scope for the deaths it does reach)."""
    text = (
        "The governor said 12 people were wounded in the raid.\n\n"
        "The army said its soldiers had killed 30 militants. The army accused the militants of "
        "hiding in schools. The figures could not be independently verified."
    )
    hedged = {claim["text"]: claim["hedged"] for claim in claims_of(text)}
    assert hedged["12 people were wounded in the raid"] is False
    assert hedged["its soldiers had killed 30 militants"] is True
    assert hedged["the militants of hiding in schools"] is False


def test_an_apposed_rejection_is_a_claim_of_its_own(claims_of) -> None:
    text = "Pakistan has accused Afghanistan of sheltering militants, a charge Kabul denies."
    parties = [
        party("Pakistan", text, "Pakistan"),
        party("Afghanistan", text, r"(?<=accused )Afghanistan", "Kabul"),
    ]
    claims = claims_of(text, parties)
    assert [(c["text"], c["claimant"], c["kind"]) for c in claims] == [
        ("Afghanistan of sheltering militants", "Pakistan", "accusation"),
        ("a charge Kabul denies", "Afghanistan", "denial"),
    ]


def test_claimant_of_a_crowd_is_the_people_it_counts(claims_of) -> None:
    text = "Hundreds of protesters marched through the city to demand protection."
    claims = claims_of(text, [party("hundreds", text, "Hundreds of protesters", kind="civilians")])
    assert [(c["text"], c["claimant"], c["kind"]) for c in claims] == [("protection", "protesters", "demand")]


def test_claimant_of_a_crowd_is_the_party_made_of_it(claims_of) -> None:
    text = "Hundreds of people marched through the city to demand protection."
    claims = claims_of(text, [party("protesters", text, "Hundreds of people", kind="civilians")])
    assert [(c["claimant"], c["kind"]) for c in claims] == [("protesters", "demand")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Al-Shabaab claimed responsibility for the attack in a statement, saying its fighters had killed "
            "11 soldiers.",
            ("claimed responsibility for the attack in a statement", "al-Shabaab"),
        ),
        (
            "In messages posted on Sunday, the faction claimed responsibility for the ambush and threatened "
            "more attacks.",
            ("claimed responsibility for the ambush", "Los Chapitos"),
        ),
        (
            "A bomb hit the convoy on Sunday in an attack claimed by al-Shabaab.",
            ("an attack claimed by al-Shabaab", "al-Shabaab"),
        ),
        ("No group has claimed responsibility for the attack.", None),
        ("The rebels did not claim responsibility for the ambush.", None),
    ],
)
def test_responsibility_claimed_outside_reported_speech(
    claims_of, text: str, expected: tuple[str, str] | None
) -> None:
    parties = [
        party("al-Shabaab", text, r"(?i)al-Shabaab", kind="armed_group"),
        party("Los Chapitos", text, "the faction", kind="armed_group"),
    ]
    found = [(c["text"], c["claimant"]) for c in claims_of(text, parties) if c["kind"] == "responsibility"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The ELN denied any role in the killings.", "The ELN denied any role in the killings"),
        (
            "A rebel spokesman, who asked not to be named, denied that the group had ordered the bombing.",
            "A rebel spokesman, who asked not to be named, denied that the group had ordered the bombing",
        ),
        (
            "The Houthis said their fighters had destroyed two vehicles and denied that they had suffered "
            "any losses.",
            "they had suffered any losses",
        ),
    ],
)
def test_a_denial_spans_its_own_subject(claims_of, text: str, claim: str) -> None:
    denials = [c["text"] for c in claims_of(text) if c["kind"] == "denial"]
    assert denials == [claim]


@pytest.mark.parametrize(
    "text",
    [
        "No group has said it carried out the killing.",
        "A local news site, citing a security source, reported that seven guardsmen had died.",
    ],
)
def test_unsaid_reports_and_cited_sources_are_not_claims(claims_of, text: str) -> None:
    texts = [c["text"] for c in claims_of(text)]
    assert "it carried out the killing" not in texts
    assert "a security source" not in texts


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Suspected militants killed four police officers near Kiunga, police said.", True),
        ("Four police officers were killed by suspected militants near Kiunga, police said.", True),
        ("Police arrested nine suspected collaborators near Kiunga, the police chief said.", False),
    ],
)
def test_suspected_hedges_who_acted_not_who_was_targeted(claims_of, text: str, hedged: bool) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0]["hedged"] is hedged


def test_neither_account_stays_in_a_paragraph_that_holds_both_sides(claims_of) -> None:
    text = (
        "The police chief said the bomb was planted by the rebels.\n\n"
        "The army said its soldiers had killed two insurgents. Relatives said the men were farmers. "
        "Neither version could be independently verified."
    )
    hedged = {claim["text"]: claim["hedged"] for claim in claims_of(text)}
    assert hedged["the bomb was planted by the rebels"] is False
    assert hedged["its soldiers had killed two insurgents"] is True
    assert hedged["the men were farmers"] is True


def test_neither_account_reaches_back_to_the_side_a_spokesman_answers(claims_of) -> None:
    text = (
        "The army said its soldiers had killed 40 rebels.\n\n"
        "The rebels denied losing any fighters. Their spokesman, John Doe, said the group held the hills. "
        "Neither account could be independently verified."
    )
    parties = [
        party("army", text, "The army", kind="military"),
        party("rebels", text, "The rebels", kind="armed_group"),
        party("John Doe", text, "John Doe", kind="person"),
    ]
    hedged = {claim["text"]: claim["hedged"] for claim in claims_of(text, parties)}
    assert hedged["its soldiers had killed 40 rebels"] is True
    assert all(hedged.values())


def test_doubt_about_one_account_covers_its_speakers_whole_quote(claims_of) -> None:
    text = (
        "The army said the patrol was attacked. "
        '"He was not armed. They shot him from the jeep," his uncle said. '
        "The account could not be independently verified."
    )
    hedged = {claim["text"]: claim["hedged"] for claim in claims_of(text)}
    assert hedged == {
        "the patrol was attacked": False,
        "He was not armed": True,
        "They shot him from the jeep": True,
    }


def test_doubt_naming_whose_claim_covers_that_claimant(claims_of) -> None:
    text = (
        "Police said two officers were wounded. Al-Shabaab claimed responsibility for the attack, saying its "
        "fighters had killed 11 soldiers. The group's tolls are often inflated, and its claim could not "
        "be verified."
    )
    claims = claims_of(text, [party("al-Shabaab", text, "Al-Shabaab", "The group", kind="armed_group")])
    hedged = {(claim["text"], claim["claimant"]): claim["hedged"] for claim in claims}
    assert hedged[("claimed responsibility for the attack", "al-Shabaab")] is True
    assert hedged[("its fighters had killed 11 soldiers", "al-Shabaab")] is True
    assert [value for (text_, _), value in hedged.items() if "officers" in text_] == [False]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The air force said it had bombed rebel positions near the lake.", "responsibility"),
        ("The command said its aircraft had destroyed fuel depots at the airport.", "responsibility"),
        ('"They shot him from the jeep," his uncle said.', "statement"),
        ("The army said its troops had not opened fire at any point on the border.", "denial"),
        ('"Our fighters do not target markets," the spokesman said.', "denial"),
        ('"We cannot reach the others," the official said.', "statement"),
        ("The ministry said its strikes target only fighters.", "statement"),
        ("The lawyer called the arrest arbitrary.", "accusation"),
        ("The agency called for an independent inquiry.", "demand"),
        ("The agency said more than 3,000 people had been displaced in the province.", "casualty_claim"),
        ('"The perpetrators will be brought to justice," the ministry said.', "threat"),
    ],
)
def test_kind_of_what_a_speaker_says_of_its_own_side(claims_of, text: str, kind: str) -> None:
    assert [claim["kind"] for claim in claims_of(text)] == [kind]


@pytest.mark.parametrize(
    ("text", "rejection", "claimant"),
    [
        (
            "Kinshasa said Rwanda was commanding the offensive, an accusation Kigali has consistently "
            "denied.",
            "an accusation Kigali has consistently denied",
            "Rwanda",
        ),
        (
            "The Houthis accused the engineers of spying, a charge the United Nations rejects.",
            "a charge the United Nations rejects",
            "United Nations",
        ),
        (
            "Residents said the strike also damaged a school, which the army denied.",
            "which the army denied",
            "army",
        ),
    ],
)
def test_a_rejection_trailing_its_clause_is_a_denial(
    claims_of, text: str, rejection: str, claimant: str
) -> None:
    parties = [
        party("Rwanda", text, "Kigali"),
        party("United Nations", text, "the United Nations", kind="organization"),
        party("army", text, "the army", kind="military"),
    ]
    denials = [(c["text"], c["claimant"]) for c in claims_of(text, parties) if c["kind"] == "denial"]
    assert denials == [(rejection, claimant)]


def test_a_comma_before_a_plain_clause_is_no_rejection(claims_of) -> None:
    text = "The army said the road was open, and the rebels denied nothing of the sort."
    assert all(c["text"] != "the rebels denied" for c in claims_of(text))


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "Fighters stormed a base near Mahas on Tuesday, in a battle that reportedly left at least "
            "17 people dead.",
            "a battle that reportedly left at least 17 people dead",
        ),
        (
            "BAMAKO, Jan 22 (Reuters) - Gunmen reportedly killed 12 villagers near Bankass on Saturday.",
            "Gunmen reportedly killed 12 villagers near Bankass on Saturday",
        ),
        (
            "Some protesters reportedly threw stones at a police station before officers dispersed them.",
            "Some protesters reportedly threw stones at a police station before officers dispersed them",
        ),
    ],
)
def test_report_voice_claim_is_the_unverified_clause(nlp, text: str, claim: str) -> None:
    import conflictcli.extractors.reference_date  # noqa: F401  (registers doc._.conflictcli_reference_date)

    doc = nlp(text)
    start = text.find("Jan 22")
    doc._.conflictcli_reference_date = (
        {"value": None, "origin": "none", "span": {"text": "Jan 22", "start": start, "end": start + 6}}
        if start >= 0
        else None
    )
    doc._.conflictcli_quotes = []
    assert [c["text"] for c in extract_claims(doc) if c["claimant"] is None] == [claim]


def test_a_sides_figures_doubt_only_its_casualty_claims(claims_of) -> None:
    text = (
        'The rebel commander said his men had killed nine police officers. "This valley is ours," '
        "he said. The rebels' figures could not be independently confirmed."
    )
    parties = [party("rebel commander", text, "The rebel commander", r"(?<=, )he\b", kind="person")]
    hedged = {claim["text"]: claim["hedged"] for claim in claims_of(text, parties)}
    assert hedged["his men had killed nine police officers"] is True
    assert hedged["This valley is ours"] is False


def test_neither_sides_account_doubts_each_sides_earlier_paragraphs(claims_of) -> None:
    text = (
        "The army said it had repelled an attack on its base, killing 15 rebels.\n\n"
        '"We held every position," the army said.\n\n'
        "The rebels said they had taken the base. Neither side's account could be independently verified."
    )
    parties = [
        party("army", text, "the army", "The army", kind="military"),
        party("rebels", text, "The rebels", kind="armed_group"),
    ]
    claims = claims_of(text, parties)
    assert [claim["hedged"] for claim in claims] == [True, True, True]


def test_an_unauthenticated_video_doubts_the_claims_made_in_it(claims_of) -> None:
    text = (
        "In a video posted online, masked men denied any role in the bombing and accused the army of "
        "lying. The video could not be authenticated."
    )
    parties = [party("masked men", text, "masked men", kind="armed_group")]
    claims = claims_of(text, parties)
    assert claims and all(claim["hedged"] for claim in claims)
    assert all("authenticated" not in claim["text"] for claim in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Ansar Brigade, a splinter faction, claimed the attack through its media wing.",
            ("The Ansar Brigade, a splinter faction, claimed the attack through its media wing", "Ansar Brigade"),
        ),
        ("No group has claimed the kidnapping.", None),
        ("The faction claimed the hills as its own.", None),
    ],
)
def test_claiming_an_attack_is_a_responsibility_claim(claims_of, text: str, expected: tuple | None) -> None:
    parties = [party("Ansar Brigade", text, "The Ansar Brigade", kind="armed_group")]
    found = [(c["text"], c["claimant"]) for c in claims_of(text, parties) if c["kind"] == "responsibility"]
    assert found == ([expected] if expected else [])


def test_a_participle_describing_the_speaker_leaves_the_denial_whole(claims_of) -> None:
    text = "Masked men claiming to speak for the cartel denied any role in the killing."
    claims = claims_of(text, [party("masked men", text, "Masked men", kind="armed_group")])
    assert [(c["text"], c["claimant"], c["kind"]) for c in claims] == [
        ("Masked men claiming to speak for the cartel denied any role in the killing", "masked men", "denial")
    ]


def test_a_headline_toll_is_a_casualty_claim(claims_of) -> None:
    text = "Air strike kills four near border town, militia says"
    claims = claims_of(text, [party("militia", text, "militia", kind="armed_group")])
    assert [(c["claimant"], c["kind"]) for c in claims] == [("militia", "casualty_claim")]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("The ministry denied the report, saying no soldier had crossed the river.", "denial"),
        ("The ministry confirmed the report, saying soldiers had crossed the river.", "statement"),
    ],
)
def test_saying_explains_the_report_it_follows(claims_of, text: str, kind: str) -> None:
    parties = [party("ministry", text, "The ministry", kind="government")]
    said = [c for c in claims_of(text, parties) if "crossed the river" in c["text"] and "report" not in c["text"]]
    assert [c["kind"] for c in said] == [kind]


def test_neither_account_after_a_figure_reaches_the_rival_figure_not_the_quotes_between(claims_of) -> None:
    text = (
        "Gunmen attacked a police post on Sunday and three officers were killed, the state news agency reported.\n\n"
        "A police commander said officers fought until reinforcements arrived.\n\n"
        "The rebel group said its fighters had killed nine officers. Neither account could be independently verified."
    )
    hedged = {claim["text"]: claim["hedged"] for claim in claims_of(text)}
    assert hedged["its fighters had killed nine officers"] is True
    assert hedged["officers fought until reinforcements arrived"] is False
    assert [value for key, value in hedged.items() if "three officers were killed" in key] == [True]


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The army said that gunmen believed to belong to the rebel group ambushed a patrol.", True),
        ("The army said that gunmen belonging to the rebel group ambushed a patrol.", False),
    ],
)
def test_believed_to_belong_hedges_who_acted(claims_of, text: str, hedged: bool) -> None:
    claims = claims_of(text)
    assert claims and claims[0]["hedged"] is hedged


def test_saying_after_an_accusation_the_denier_rejected_is_the_deniers_claim(claims_of) -> None:
    text = ("Villagers said the troops fled before the attack, an accusation Colonel Banda denied, saying "
            "a patrol had been sent to guard the bridge.")
    parties = [party("Banda", text, "Colonel Banda"), party("civilians", text, "Villagers", kind="civilians")]
    claim = next(c for c in claims_of(text, parties) if "patrol had been sent" in c["text"])
    assert claim["claimant"] == "Banda"


def test_a_passive_accusation_is_the_agents_claim(claims_of) -> None:
    text = "The ambush was blamed on the rebels by the army; the rebels denied attacking the convoy."
    parties = [party("army", text, "the army", kind="military"),
               party("rebels", text, "the rebels", kind="armed_group")]
    claims = {c["text"]: (c["claimant"], c["kind"]) for c in claims_of(text, parties)}
    assert claims["The ambush was blamed on the rebels"] == ("army", "accusation")
    assert [value for key, value in claims.items() if "attacking the convoy" in key] == [("rebels", "denial")]


def test_hurt_tells_a_casualty_claim(claims_of) -> None:
    claims = claims_of("No one was hurt in the blast, the police said.")
    assert [claim["kind"] for claim in claims] == ["casualty_claim"]


@pytest.mark.parametrize(
    "text",
    [
        "Hezbollah said it fired rockets at an Israeli base near the border.",
        "The group said it had launched drones at the airport.",
    ],
)
def test_firing_and_launching_ones_own_weapons_is_responsibility(claims_of, text: str) -> None:
    claims = claims_of(text)
    assert [claim["kind"] for claim in claims] == ["responsibility"]


def test_one_of_the_sources_speaks_for_the_sources(claims_of) -> None:
    text = "Two military sources told Reuters the base had fallen. One of the sources said 20 soldiers were missing."
    parties = [party("military sources", text, r"Two military sources", r"the sources", kind="military")]
    claims = claims_of(text, parties)
    assert [claim["claimant"] for claim in claims] == ["military sources", "military sources"]
