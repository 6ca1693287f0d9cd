"""Claims: what a doubt sentence covers, credit-taking "claimed", suspected group members, passive
responsibility claims, pronoun rejectors and reports told inside other reports (hand-written)."""

from __future__ import annotations

import pytest

from .test_claims import claims_of, party

pytestmark = pytest.mark.model


def hedged_by_text(claims: list[dict]) -> dict[str, bool]:
    return {claim["text"]: claim["hedged"] for claim in claims}


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("The gang claimed on social media that it had killed several police officers.", False),
        ("The brigade claimed its fighters had destroyed two tanks near the bridge.", False),
        ("The army claimed that the convoy carried weapons for the rebels.", True),
    ],
)
def test_claiming_ones_own_deed_is_not_a_hedge(claims_of, text: str, hedged: bool) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0]["hedged"] is hedged


@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("Soldiers detained 11 suspected members of the Red Hand gang in a raid, the army said.", True),
        ("Police arrested two suspected Barrio Azul members near the market, a spokesman said.", True),
        ("Troops clashed with suspected RH-9 members in the hills, the army said.", True),
        ("Police arrested nine suspected smugglers near the port, the police chief said.", False),
    ],
)
def test_suspected_membership_of_a_named_group_hedges(claims_of, text: str, hedged: bool) -> None:
    claims = claims_of(text)
    assert len(claims) == 1
    assert claims[0]["hedged"] is hedged


def test_the_figures_cover_the_deaths_they_answer(claims_of) -> None:
    text = (
        "The army said troops had killed 17 attackers near Baga. Four soldiers were killed in the "
        "fighting, army spokesman Col. Ali Musa said.\n\n"
        "A local official said at least 11 soldiers had died. "
        "The figures could not be independently verified."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged["troops had killed 17 attackers near Baga"] is True
    assert hedged["Four soldiers were killed in the fighting"] is True
    assert hedged["at least 11 soldiers had died"] is True


def test_the_figures_leave_a_wounded_count_alone(claims_of) -> None:
    text = (
        "Police killed nine gang members in a raid on Tuesday, the police said.\n\n"
        "A police spokeswoman said two officers were wounded.\n\n"
        "A rights group said at least 13 people had died. The figures could not be independently verified."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged["Police killed nine gang members in a raid on Tuesday"] is True
    assert hedged["two officers were wounded"] is False
    assert hedged["at least 13 people had died"] is True


def test_those_figures_are_the_last_ones_given(claims_of) -> None:
    text = (
        "The ministry said two officers were killed.\n\n"
        "A broadcaster reported that four officers had been killed. "
        "Those figures could not be independently verified."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged["two officers were killed"] is False
    assert hedged["four officers had been killed"] is True


def test_figures_of_two_named_sides(claims_of) -> None:
    text = (
        "A local administrator said six soldiers were killed.\n\n"
        "An army spokesman said two soldiers had died.\n\n"
        "The rebels said they had killed 17 soldiers. "
        "The army's and the rebels' figures could not be independently verified."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged["six soldiers were killed"] is False
    assert hedged["two soldiers had died"] is True
    assert hedged["they had killed 17 soldiers"] is True


def test_neither_sides_account_covers_each_sides_account_but_not_a_vow(claims_of) -> None:
    text = (
        "The committee said enemy troops had fired mortars at a border post. A spokeswoman for the "
        "committee said the troops had shelled the post without warning.\n\n"
        '"Not a single metre of our land will be given up."\n\n'
        "The border troops gave a different account, saying the guards had opened fire first. "
        "Neither side's account could be independently verified."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged["enemy troops had fired mortars at a border post"] is True
    assert hedged["the troops had shelled the post without warning"] is True
    assert hedged["the guards had opened fire first"] is True
    assert [value for key, value in hedged.items() if key.startswith("Not a single metre")] == [False]


def test_the_account_covers_the_witnesses_telling_it(claims_of) -> None:
    text = (
        "The army said the patrol came under fire.\n\n"
        "Residents said the boy was shot on his way to school. "
        '"He was only carrying bread," his aunt said. The account could not be independently verified.'
    )
    parties = [
        party("army", text, r"The army", kind="military"),
        party("civilians", text, r"Residents", kind="civilians"),
        party("aunt", text, r"his aunt", kind="person"),
    ]
    hedged = hedged_by_text(claims_of(text, parties))
    assert hedged["the patrol came under fire"] is False
    assert hedged["the boy was shot on his way to school"] is True
    assert hedged["He was only carrying bread"] is True


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bombing was claimed by the Ansar Brigade in a statement on Telegram.",
            ("The bombing was claimed by the Ansar Brigade in a statement on Telegram", "Ansar Brigade"),
        ),
        (
            "Responsibility for the ambush was claimed by the Ansar Brigade.",
            ("Responsibility for the ambush was claimed by the Ansar Brigade", "Ansar Brigade"),
        ),
        ("The hill was claimed by the Ansar Brigade as its own.", None),
        ("The bombing was not claimed by the Ansar Brigade.", None),
        ("Rockets hit the ridge, a strip of land claimed by the Ansar Brigade and the army.", None),
        (
            "A car bomb killed six people in an attack on the market claimed by the Ansar Brigade.",
            ("an attack on the market claimed by the Ansar Brigade", "Ansar Brigade"),
        ),
    ],
)
def test_responsibility_claimed_in_the_passive(claims_of, text: str, expected) -> None:
    parties = [party("Ansar Brigade", text, r"the Ansar Brigade", kind="armed_group")]
    claims = claims_of(text, parties)
    found = [(claim["text"], claim["claimant"]) for claim in claims if claim["kind"] == "responsibility"]
    assert found == ([expected] if expected else [])


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokesman for the army said two soldiers had died. The rebels accused the army of using "
            "militias, an accusation he rejected.",
            "he",
        ),
        (
            "The Patriotic Front said it had taken two outposts. The ministry accused the front of "
            "recruiting children, a charge it denied.",
            "it",
        ),
    ],
)
def test_pronoun_rejector_is_the_earlier_speaker_not_the_accuser(claims_of, text: str, speaker: str) -> None:
    parties = [
        party("army", text, r"the army", kind="military"),
        party("rebels", text, r"The rebels", kind="armed_group"),
        party("Patriotic Front", text, r"The Patriotic Front", r"the front", kind="armed_group"),
        party("ministry", text, r"The ministry", kind="government"),
    ]
    claims = claims_of(text, parties)
    first, accusation, denial = claims[0], claims[1], claims[-1]
    assert denial["kind"] == "denial" and f" {speaker} " in denial["text"]
    assert denial["claimant"] is not None
    assert denial["claimant"] == first["claimant"] != accusation["claimant"]


def test_trailing_rejection_by_a_named_role(claims_of) -> None:
    text = "Police said the driver was carrying a pistol, a claim the driver's lawyer, Ana Ruiz, disputed."
    parties = [
        party("Ana Ruiz", text, r"Ana Ruiz", kind="person"),
        party("police", text, r"Police", kind="government"),
    ]
    denials = [claim for claim in claims_of(text, parties) if claim["kind"] == "denial"]
    assert [(claim["text"], claim["claimant"]) for claim in denials] == [
        ("a claim the driver's lawyer, Ana Ruiz, disputed", "Ana Ruiz")
    ]


def test_agentless_blame_inside_an_attributed_report_is_its_accusation(claims_of) -> None:
    text = "The killings were blamed on armed herders, according to local officials."
    parties = [party("local officials", text, r"local officials", kind="government")]
    claims = claims_of(text, parties)
    assert [(claim["claimant"], claim["kind"]) for claim in claims] == [("local officials", "accusation")]


def test_headline_report_stops_at_its_paragraph(claims_of) -> None:
    text = (
        "Army says it killed 40 rebels near Lubero\n\n"
        "GOMA, March 3 (Reuters) - The army said on Sunday it had killed 40 fighters near Lubero."
    )
    claims = claims_of(text)
    assert claims and all("\n" not in claim["text"] for claim in claims)
    assert claims[0]["text"] == "it killed 40 rebels near Lubero"


def test_the_account_of_a_witness_leaves_the_armys_account_alone(claims_of) -> None:
    text = (
        "The army said the patrol came under fire. "
        '"He was only carrying bread," his aunt said. The account could not be independently verified.'
    )
    parties = [
        party("army", text, r"The army", kind="military"),
        party("aunt", text, r"his aunt", kind="person"),
    ]
    hedged = hedged_by_text(claims_of(text, parties))
    assert hedged == {"the patrol came under fire": False, "He was only carrying bread": True}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The attackers are believed to have come from across the river.",
            [("The attackers are believed to have come from across the river", None, True)],
        ),
        (
            "The commissioner said troops had entered the forest, where the rebels are believed to hide.",
            [("troops had entered the forest, where the rebels are believed to hide", "commissioner", True)],
        ),
    ],
)
def test_belief_in_the_reports_voice_is_a_hedged_claim(claims_of, text: str, expected) -> None:
    parties = [party("commissioner", text, r"The commissioner", kind="government")]
    found = [(claim["text"], claim["claimant"], claim["hedged"]) for claim in claims_of(text, parties)]
    assert found == expected


def test_doubt_naming_its_owner_covers_the_owner_not_the_last_speaker(claims_of) -> None:
    text = (
        "The rebels said on Monday they had struck a fuel depot with a drone. The navy said the depot was "
        "intact. The rebels' claim could not be confirmed."
    )
    parties = [
        party("rebels", text, r"The rebels(?!')", r"The rebels'", kind="armed_group"),
        party("navy", text, r"The navy", kind="military"),
    ]
    hedged = {claim["claimant"]: claim["hedged"] for claim in claims_of(text, parties)}
    assert hedged == {"rebels": True, "navy": False}


@pytest.mark.parametrize(
    "doubt",
    [
        "Reuters was unable to verify the claim.",
        "The claim could not immediately be verified.",
        "There was no independent confirmation of the toll.",
        "The figure has not been independently verified.",
        "AFP was unable to independently confirm the figures.",
    ],
)
def test_more_ways_of_saying_a_claim_is_unverified(claims_of, doubt: str) -> None:
    claims = claims_of(f"The navy said it had killed 12 fighters near the island. {doubt}")
    found = [(claim["text"], claim["hedged"]) for claim in claims]
    assert found == [("it had killed 12 fighters near the island", True)]


@pytest.mark.parametrize(
    ("text", "author"),
    [
        (
            "A statement from the provincial governor's office said 14 civilians were killed in the "
            "shelling.",
            "governor's office",
        ),
        (
            "A post by the Patriotic Front on Telegram said its fighters had captured two outposts.",
            "Patriotic Front",
        ),
    ],
)
def test_a_speaking_document_is_its_authors_claim(claims_of, text: str, author: str) -> None:
    parties = [
        party("governor's office", text, r"the provincial governor's office", kind="government"),
        party("Patriotic Front", text, r"the Patriotic Front", kind="armed_group"),
    ]
    assert [claim["claimant"] for claim in claims_of(text, parties)] == [author]


def test_a_cue_after_a_fronted_phrase_takes_the_party_named_before_it(claims_of) -> None:
    text = "In a post on X, rebel spokesman Lawrence Kanyuka accused the army of bombing populated areas."
    parties = [
        party("Lawrence Kanyuka", text, r"Lawrence Kanyuka", kind="person"),
        party("army", text, r"the army", kind="military"),
    ]
    claims = claims_of(text, parties)
    assert [(claim["claimant"], claim["kind"]) for claim in claims] == [("Lawrence Kanyuka", "accusation")]


def test_a_doubt_after_a_report_in_its_own_sentence_hedges_that_report(claims_of) -> None:
    text = (
        "Witnesses said the gunfire lasted more than an hour, but that could not be independently "
        "verified."
    )
    claims = claims_of(text, [party("witnesses", text, r"Witnesses", kind="civilians")])
    assert [(claim["text"], claim["claimant"], claim["hedged"]) for claim in claims] == [
        ("the gunfire lasted more than an hour", "witnesses", True)
    ]


def test_the_toll_reaches_the_death_figure_its_paragraph_lacks(claims_of) -> None:
    text = (
        "Troops overran a rebel camp on Sunday, killing at least nine fighters, the army said.\n\n"
        "A brigade commander said three soldiers had been wounded. "
        "The toll could not be independently verified.\n\n"
        "A local official said 12 fighters were killed."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged["Troops overran a rebel camp on Sunday, killing at least nine fighters"] is True
    assert hedged["three soldiers had been wounded"] is True
    assert hedged["12 fighters were killed"] is False


def test_the_claim_after_a_denial_is_the_claim_denied(claims_of) -> None:
    text = (
        "The rebels accused the air force of bombing a market in the strike, which the air force denied. "
        "The claim could not be verified."
    )
    parties = [
        party("rebels", text, r"The rebels", kind="armed_group"),
        party("air force", text, r"the air force", kind="military"),
    ]
    found = [(claim["text"], claim["claimant"], claim["hedged"]) for claim in claims_of(text, parties)]
    assert found == [
        ("the air force of bombing a market in the strike", "rebels", True),
        ("which the air force denied", "air force", False),
    ]


def test_a_self_given_name_is_no_claim(claims_of) -> None:
    text = "A group calling itself the Free Sahel Front claimed responsibility for the bombing in a video."
    parties = [party("Free Sahel Front", text, r"the Free Sahel Front", kind="armed_group")]
    found = [(claim["claimant"], claim["kind"]) for claim in claims_of(text, parties)]
    assert found == [("Free Sahel Front", "responsibility")]


def test_an_unsigned_document_speaks_for_the_party_it_reports_claiming(claims_of) -> None:
    text = (
        "The Northern Brigade has claimed responsibility for Sunday's ambush, according to a statement "
        "shared on Telegram."
    )
    parties = [party("Northern Brigade", text, r"The Northern Brigade", kind="armed_group")]
    assert [claim["claimant"] for claim in claims_of(text, parties)] == ["Northern Brigade"]


def test_a_partys_own_statement_is_its_claim(claims_of) -> None:
    text = "The army said troops had killed 14 fighters. The rebels' statement denied any losses."
    parties = [
        party("army", text, r"The army", kind="military"),
        party("rebels", text, r"The rebels", kind="armed_group"),
    ]
    found = [(claim["claimant"], claim["kind"]) for claim in claims_of(text, parties)]
    assert found == [("army", "casualty_claim"), ("rebels", "denial")]


def test_a_passive_accusation_keeps_what_it_blames(claims_of) -> None:
    text = "The attack was blamed on the rebels by the provincial governor."
    parties = [party("governor", text, r"the provincial governor", kind="person")]
    found = [(claim["text"], claim["claimant"], claim["kind"]) for claim in claims_of(text, parties)]
    assert found == [("The attack was blamed on the rebels", "governor", "accusation")]


def test_the_casualty_figures_are_the_figures(claims_of) -> None:
    text = (
        "The army said it had killed 30 fighters.\n\n"
        "The rebels said they had killed 12 soldiers. The casualty figures could not be independently verified."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged == {"it had killed 30 fighters": True, "they had killed 12 soldiers": True}


def test_none_of_the_figures_doubts_every_figure_before_it(claims_of) -> None:
    text = (
        "Gunmen raided a police post overnight, killing three officers, the police said.\n\n"
        "The governor said the attackers had lost at least ten men. The road was open again, he added.\n\n"
        "The rebels said they had killed eight officers. None of the figures could be independently verified."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged["Gunmen raided a police post overnight, killing three officers"] is True
    assert hedged["the attackers had lost at least ten men"] is True
    assert hedged["they had killed eight officers"] is True
    assert hedged["The road was open again"] is False


def test_none_of_the_accounts_doubts_every_account_before_it(claims_of) -> None:
    text = (
        "An air strike hit a fuel depot near the town, the rebels said.\n\n"
        "Residents said the depot had burned for hours.\n\n"
        "The army said its jets had struck a weapons store. None of the accounts could be independently verified."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged["An air strike hit a fuel depot near the town"] is True
    assert hedged["its jets had struck a weapons store"] is True
    assert hedged["the depot had burned for hours"] is True


def test_neither_account_after_one_sides_figure_doubts_the_other_sides_whole_account(claims_of) -> None:
    text = (
        "Soldiers killed four rebels in a clash near the dam, the army said.\n\n"
        "The army said its patrol had been ambushed while escorting a supply truck. "
        "One soldier was wounded, it said.\n\n"
        "The rebels said only two of their men had died. Neither account could be independently verified."
    )
    parties = [
        party("Army", text, r"[Tt]he army", r"\bit\b", kind="military"),
        party("Rebels", text, r"The rebels", kind="armed_group"),
    ]
    hedged = hedged_by_text(claims_of(text, parties))
    assert hedged["Soldiers killed four rebels in a clash near the dam"] is True
    assert hedged["its patrol had been ambushed while escorting a supply truck"] is True
    assert hedged["One soldier was wounded"] is True
    assert hedged["only two of their men had died"] is True


def test_no_losses_is_a_figure_that_none_of_the_figures_doubts(claims_of) -> None:
    text = (
        "The militia said it had repelled the assault and had suffered no losses.\n\n"
        "A nurse said six bodies had reached the clinic. None of the figures could be independently verified."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged["it had repelled the assault and had suffered no losses"] is True


def test_neither_account_opening_its_paragraph_reaches_the_rival_figure_before(claims_of) -> None:
    text = (
        "An air strike hit a tent camp west of the town, killing at least 14 people, the health ministry said.\n\n"
        "The army said its aircraft had struck a militant cell preparing to fire rockets. An army spokesman, "
        "Col. Avi Mor, said three militants were killed.\n\n"
        "Neither account could be independently verified. Residents said they had lost two nephews."
    )
    parties = [
        party("Health Ministry", text, r"the health ministry", kind="government"),
        party("Army", text, r"The army", r"\bits\b", kind="military"),
        party("Avi Mor", text, r"An army spokesman", r"Col\. Avi Mor", kind="person"),
    ]
    hedged = hedged_by_text(claims_of(text, parties))
    assert hedged["An air strike hit a tent camp west of the town, killing at least 14 people"] is True
    assert hedged["its aircraft had struck a militant cell preparing to fire rockets"] is True
    assert hedged["three militants were killed"] is True


def test_none_of_the_tolls_leaves_arrests_alone(claims_of) -> None:
    text = (
        "The army said troops had killed two of the attackers.\n\n"
        "Police said they had arrested 11 people in the town and seized six guns.\n\n"
        "A nurse said the hospital had received nine bodies. None of the tolls could be independently verified."
    )
    hedged = hedged_by_text(claims_of(text))
    assert hedged["troops had killed two of the attackers"] is True
    assert hedged["the hospital had received nine bodies"] is True
    assert hedged["they had arrested 11 people in the town and seized six guns"] is False


def test_neither_sides_toll_covers_a_denial_of_losses_and_the_other_sides_figures(claims_of) -> None:
    text = (
        "Soldiers clashed with rebels near the river on Wednesday, killing six guerrillas, the army said.\n\n"
        "Two soldiers were killed in the fighting, the army said in a post on Instagram.\n\n"
        "The rebels denied losing any fighters. The group said three soldiers had been killed. "
        "Neither side's toll could be independently verified."
    )
    parties = [
        party("Army", text, r"the army", kind="military"),
        party("Rebels", text, r"The rebels", r"The group", kind="armed_group"),
    ]
    hedged = hedged_by_text(claims_of(text, parties))
    assert hedged["Soldiers clashed with rebels near the river on Wednesday, killing six guerrillas"] is True
    assert hedged["Two soldiers were killed in the fighting"] is True
    assert hedged["three soldiers had been killed"] is True
    assert [value for key, value in hedged.items() if "losing any fighters" in key] == [True]


def test_the_figures_from_both_sides_after_a_quote_paragraph(claims_of) -> None:
    text = (
        "Soldiers killed five separatist fighters in a raid on a camp, the army said on Thursday.\n\n"
        "The army said troops had seized several rifles. No soldier was hurt, it said.\n\n"
        "The front's spokesman said one of its fighters had been killed and that the rebels had killed nine "
        "soldiers.\n\n"
        "\"They lie about every battle,\" the spokesman said.\n\n"
        "The figures from both sides could not be verified."
    )
    parties = [
        party("Army", text, r"the army", r"The army", r"\bit\b", kind="military"),
        party("Front spokesman", text, r"The front's spokesman", r"the spokesman", kind="person"),
    ]
    hedged = hedged_by_text(claims_of(text, parties))
    assert hedged["Soldiers killed five separatist fighters in a raid on a camp"] is True
    assert hedged["No soldier was hurt"] is True
    assert [value for key, value in hedged.items() if key.startswith("one of its fighters")] == [True]
    assert hedged["troops had seized several rifles"] is False


def test_neither_sides_account_after_one_sides_paragraphs_reaches_the_other_side(claims_of) -> None:
    text = (
        "Troops clashed with separatist fighters near the border on Sunday, the army said.\n\n"
        "The army said in a statement that soldiers came under attack and killed three rebels.\n\n"
        "A faction of the movement disputed that account. Its spokesman said the army had lost seven men.\n\n"
        "\"The army came onto our land with bulldozers,\" he said.\n\n"
        "Neither side's account could be independently confirmed."
    )
    parties = [
        party("Army", text, r"the army", r"The army", kind="military"),
        party("Movement", text, r"A faction", kind="armed_group"),
        party("Spokesman", text, r"Its spokesman", r"\bhe\b", kind="person"),
    ]
    hedged = hedged_by_text(claims_of(text, parties))
    assert hedged["Troops clashed with separatist fighters near the border on Sunday"] is True
    assert hedged["soldiers came under attack and killed three rebels"] is True
    assert hedged["the army had lost seven men"] is True


def test_a_passive_claim_in_a_lead_whose_dateline_the_parser_took_for_a_subject(nlp) -> None:
    import msgspec

    from conflictcli.pipeline import analyze

    text = "ADEN, Yemen, Feb. 20, 2024 — The attack was claimed by the Houthis. The claim has not been verified."
    claims = msgspec.to_builtins(analyze(text))["claims"]
    assert [(c["claimant"], c["kind"], c["text"]) for c in claims] == [
        ("Houthis", "responsibility", "The attack was claimed by the Houthis")
    ]
    assert claims[0]["hedged"] is True


@pytest.fixture(scope="module")
def report_of():
    """The whole analysis of a hand-written report (parties, quotes and claims together)."""
    import msgspec

    from conflictcli.pipeline import analyze

    return lambda text: msgspec.to_builtins(analyze(text))


def claimants_by_text(report: dict) -> dict[str, str | None]:
    return {claim["text"]: claim["claimant"] for claim in report["claims"]}


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        # A document speaks for whoever issued it; a document only seen by someone names no author.
        (
            "A communique issued by the junta said the army had recaptured the town of Bir.",
            "the army had recaptured the town of Bir",
            "junta",
        ),
        (
            "A video released by the Patriotic Front on Sunday said its fighters had captured two outposts.",
            "its fighters had captured two outposts",
            "Patriotic Front",
        ),
        (
            "A statement attributed to the Islamic State group said its fighters had carried out the "
            "bombing.",
            "its fighters had carried out the bombing",
            "Islamic State",
        ),
        (
            "Al-Shabaab fighters attacked the base at dawn. A message posted on the group's Telegram channel "
            "said its fighters had killed 14 soldiers.",
            "its fighters had killed 14 soldiers",
            "Al-Shabaab",
        ),
        (
            "Four officers were killed, police said. Two other officers were wounded, according to a "
            "police report seen by reporters.",
            "Two other officers were wounded",
            "police",
        ),
        # "quoted X as saying": X speaks, not the outlet.
        (
            "State media quoted the governor as saying that the road would reopen on Monday.",
            "the road would reopen on Monday",
            "governor",
        ),
        # A unit written with its owner's possessive is a mention of the owner, even when it is
        # named after a person.
        (
            "The LNA's Tariq bin Ziyad Brigade said in a statement that its units had repelled an attack "
            "on a checkpoint.",
            "its units had repelled an attack on a checkpoint",
            "Libyan National Army",
        ),
        # Unnamed sources are an actor of their own, not the army they speak from.
        (
            "BEIRUT (Reuters) - Lebanese troops exchanged fire with Syrian positions near Hermel, "
            "killing two people, Lebanese security sources said. The Lebanese army said a soldier was "
            "wounded.",
            "Lebanese troops exchanged fire with Syrian positions near Hermel, killing two people",
            "Lebanese security sources",
        ),
        # A bare "the spokesman" nobody was introduced as speaks for the body that just spoke.
        (
            "The Interior Ministry said police had arrested four suspects. The spokesman added that the "
            "investigation was continuing.",
            "the investigation was continuing",
            "Interior Ministry",
        ),
    ],
)
def test_who_speaks_through_documents_units_sources_and_roles(
    report_of, text: str, claim: str, claimant: str
) -> None:
    assert claimants_by_text(report_of(text))[claim] == claimant


def test_a_name_inside_a_groups_media_arm_is_nobody_a_pronoun_refers_to(report_of) -> None:
    text = (
        "JNIM claimed the attack through its Az-Zallaqa media arm. A local official, who asked not to be "
        'named for his safety, said 12 soldiers were buried. "Nobody slept," he told AFP.'
    )
    report = report_of(text)
    assert "Az-Zallaqa" not in {party["name"] for party in report["parties"]}
    assert claimants_by_text(report)["Nobody slept"] == "local official"


def test_a_known_group_goes_by_the_full_name_the_report_introduces(report_of) -> None:
    text = (
        "NIAMEY, 14 Dec 2026 (AFP) — The Al-Qaeda-linked Group for the Support of Islam and Muslims (JNIM) "
        "claimed the attack through its Az-Zallaqa media arm, saying its fighters had killed 28 soldiers."
    )
    claims = report_of(text)["claims"]
    assert [(claim["claimant"], claim["kind"]) for claim in claims] == [
        ("Group for the Support of Islam and Muslims", "responsibility"),
        ("Group for the Support of Islam and Muslims", "casualty_claim"),
    ]
    assert claims[0]["text"].startswith("The Al-Qaeda-linked Group")
    written = "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said its fighters had killed 28 soldiers."
    claimants = [claim["claimant"] for claim in report_of(written)["claims"]]
    assert claimants == ["Jama'at Nusrat al-Islam wal-Muslimin"]


def test_a_responsibility_claim_in_a_lead_after_a_hyphen_dateline(report_of) -> None:
    text = (
        "MOGADISHU, Oct. 14 (Reuters) - Al-Shabaab claimed the attack on the base, saying its fighters "
        "had killed 30 soldiers."
    )
    claims = report_of(text)["claims"]
    assert [(claim["claimant"], claim["text"]) for claim in claims] == [
        ("Al-Shabaab", "Al-Shabaab claimed the attack on the base"),
        ("Al-Shabaab", "its fighters had killed 30 soldiers"),
    ]


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        # "the group" the parties layer took back to a group introduced before the last speaker.
        (
            "The army said militants had attacked the base. A day later, the group denied any involvement.",
            "the group denied any involvement",
            "militants",
        ),
        # ... but right after a named group's statement, "the group" is that group.
        (
            "The Patriotic Front said its members had acted in self-defence and urged the government to "
            'disband a private armed group. "There is no peace while warlords keep their guns," the '
            "group said.",
            "There is no peace while warlords keep their guns",
            "Patriotic Front",
        ),
    ],
)
def test_the_group_after_another_speaker(report_of, text: str, claim: str, claimant: str) -> None:
    assert claimants_by_text(report_of(text))[claim] == claimant


def test_according_to_stops_where_another_source_reports(report_of) -> None:
    text = (
        "The police said two suspects had been arrested. According to the police, the men were carrying "
        "explosives, and residents said they had heard gunfire."
    )
    claimants = claimants_by_text(report_of(text))
    assert claimants["the men were carrying explosives"] == "police"
    assert claimants["they had heard gunfire"] == "civilians"


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        # A closing tag of coordinated speakers the parser hung on the report's last noun.
        (
            "MAIDUGURI, Nigeria, Feb. 2, 2025 — Boko Haram fighters abducted at least 30 women from a camp "
            "near Dikwa, residents and a militia leader said on Sunday.",
            "Boko Haram fighters abducted at least 30 women from a camp near Dikwa",
            "civilians",
        ),
        # The inline dateline is no part of the report.
        (
            "date 2023-11-08 Bandits killed 12 villagers in Zamfara State, police said on Wednesday.",
            "Bandits killed 12 villagers in Zamfara State",
            "Nigeria Police Force",
        ),
        (
            "date 2023-11-08 Gunmen reportedly abducted 20 students from a school in Zamfara State.",
            "Gunmen reportedly abducted 20 students from a school in Zamfara State",
            None,
        ),
        # A tag's report stays in the tag's paragraph when the parser ran a headline and a date line on.
        (
            "Gangs torch homes in Port-au-Prince suburb, police say\n\nUpdated: 21 May 2024\n\n"
            "PORT-AU-PRINCE, Haiti (AP) — Gang members set fire to dozens of homes in Solino overnight, "
            "the "
            "Haiti National Police said on Tuesday.",
            "Gang members set fire to dozens of homes in Solino overnight",
            "Haitian National Police",
        ),
        # An unnamed body speaking in the headline is the lead's named one, the army too.
        (
            "Israeli strike kills Hezbollah commander, military says\n\nPublished: 2024-02-28\n\n"
            "BEIRUT (AP) — An Israeli drone strike killed a senior Hezbollah commander in southern Lebanon "
            "on Tuesday, the Israeli military said.",
            "Israeli strike kills Hezbollah commander",
            "Israel Defense Forces",
        ),
        # A report told to the relayer by name is the teller's own claim too.
        (
            "Amnesty International said survivors told the group that soldiers had opened fire.",
            "soldiers had opened fire",
            "survivors",
        ),
        # A hyphen inside a name does not end the claimed act's phrase.
        (
            "JNIM claimed the attack through its Az-Zallaqa media arm.",
            "JNIM claimed the attack through its Az-Zallaqa media arm",
            "Jama'at Nusrat al-Islam wal-Muslimin",
        ),
    ],
)
def test_tags_datelines_headlines_and_relayed_reports(report_of, text: str, claim: str, claimant) -> None:
    assert claimants_by_text(report_of(text))[claim] == claimant


def test_a_title_cut_from_its_full_stop_is_no_person(report_of) -> None:
    text = "The governor of Tillaberi region, Brig. Gen. Issoufou Kaka, said a ban on motorcycles would stay."
    report = report_of(text)
    assert "Brig" not in {party["name"] for party in report["parties"]}
    assert claimants_by_text(report)["a ban on motorcycles would stay"] == "Issoufou Kaka"


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        # The group an accusation is about rejects it, not the accuser nor an earlier speaker.
        ("The army accused the rebels of killing 12 villagers, a charge they denied.",
         "a charge they denied", "rebels"),
        ("Residents said soldiers had looted shops, an allegation it has rejected.",
         "an allegation it has rejected", "soldiers"),
        # A person's pronoun keeps to persons: with none named before, no claimant is made up.
        ("The rebels accused the army of using militias, an accusation he rejected.",
         "an accusation he rejected", None),
    ],
)
def test_a_pronoun_rejects_what_is_said_about_its_group(report_of, text: str, claim: str, claimant) -> None:
    assert claimants_by_text(report_of(text))[claim] == claimant


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        # "It" speaks for the last body that spoke, not for the doctor in between.
        (
            "The health ministry said 30 people were killed. A doctor at the hospital said many of the "
            "wounded were children. It said the toll could rise.",
            "the toll could rise",
            "health ministry",
        ),
        # "He" after the doctor stays the doctor's.
        (
            "The health ministry said 30 people were killed. A doctor at the hospital said many of the "
            "wounded were children. He said the toll could rise.",
            "the toll could rise",
            "doctor",
        ),
    ],
)
def test_it_speaks_for_a_body_not_a_person(report_of, text: str, claim: str, claimant: str) -> None:
    assert claimants_by_text(report_of(text))[claim] == claimant


@pytest.mark.parametrize(
    ("text", "claim", "claimant"),
    [
        ("Mali's defence ministry issued a statement on Sunday. The statement said 14 soldiers had been "
         "killed.",
         "14 soldiers had been killed", "Mali's defence ministry"),
        ("The Arakan Army posted a statement on Telegram. The statement said it had captured the town.",
         "it had captured the town", "Arakan Army"),
    ],
)
def test_the_statement_named_again_speaks_for_whoever_issued_it(
    report_of, text: str, claim: str, claimant: str
) -> None:
    assert claimants_by_text(report_of(text))[claim] == claimant
