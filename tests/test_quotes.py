"""Quotes: quotation-mark scanning (no model) and attribution on hand-written sentences (model)."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from spacy.tokens import Doc

from conflictcli.extractors.quotes import (
    _fullest_name,
    extract_quotes,
    find_direct_quotes,
    gender_of,
    load_cues,
    load_nicknames,
)

SEED = Path(__file__).resolve().parent.parent.parent / "shared" / "seed" / "000_e25191a468b98949.txt"


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_direct_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said: "We will not retreat." Then he left.', ["We will not retreat."]),
        ("He said: “We will not retreat.” Then he left.", ["We will not retreat."]),
        ("Il a dit : « Nous ne reculerons pas. » Puis il est parti.", ["Nous ne reculerons pas."]),
        ("Er sagte: „Wir ziehen uns nicht zurück.“ Dann ging er.", ["Wir ziehen uns nicht zurück."]),
        ("She said: ‘We will not retreat.’ Then she left.", ["We will not retreat."]),
        ("He said: ''We will not retreat.'' Then he left.", ["We will not retreat."]),
        (
            "“He told me ‘hold the line’ and left,” the soldier said.",
            ["He told me ‘hold the line’ and left,"],
        ),
        ("The soldiers’ rations didn’t arrive, the officer's report said.", []),
        ('"A," he said, "B."', ["A,", "B."]),
    ],
)
def test_quotation_mark_styles(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_multi_paragraph_quote_reopened_at_each_paragraph() -> None:
    text = '“First paragraph of the statement.\n\n“Second paragraph, still quoted.”\n\nNarration.'
    assert contents(text) == ["First paragraph of the statement.\n\n“Second paragraph, still quoted."]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('He said "we will win.\n\nThe army advanced. "Stop," the officer said.', ["Stop,"]),
        ("“Never closed.\n\nThe rest of the article follows, unquoted.", []),
        ('A stray " mark. Then "a real quote," he said.', ["a real quote,"]),
        ("“” and then nothing", []),
    ],
)
def test_unbalanced_marks_cost_one_quote(text: str, expected: list[str]) -> None:
    assert contents(text) == expected


def test_quote_length_is_capped() -> None:
    text = "“" + "word " * 3000 + "”"
    assert find_direct_quotes(text, max_chars=6000) == []


def test_ten_thousand_marks_finish_fast() -> None:
    text = ('"' + "x " * 3) * 10_000
    started = time.perf_counter()
    find_direct_quotes(text)
    assert time.perf_counter() - started < 1.0


def test_cue_list_is_large_enough() -> None:
    cues = load_cues()
    assert len(cues) >= 80
    for lemma in ("say", "tell", "add", "warn", "deny", "claim", "accuse", "insist", "acknowledge",
                  "assert", "allege", "admit", "announce", "confirm", "report", "state", "explain",
                  "argue", "believe", "think", "want", "plan"):
        assert lemma in cues, lemma


@pytest.fixture(scope="module")
def quotes_of(nlp):
    def run(text: str, parties: list[dict] | None = None) -> list[dict]:
        doc = nlp(text)
        if parties is not None:
            if not Doc.has_extension("conflictcli_parties"):
                Doc.set_extension("conflictcli_parties", default=None)
            doc._.conflictcli_parties = parties
        quotes = extract_quotes(doc)
        for quote in quotes:
            assert text[quote["start"] : quote["end"]] == quote["text"]
            for key in ("speaker_mention", "cue"):
                if quote[key]:
                    assert text[quote[key]["start"] : quote[key]["end"]] == quote[key]["text"]
        return quotes

    return run


def party(name: str, text: str, *patterns: str, kind: str = "person") -> dict:
    mentions = [
        {"text": m.group(), "start": m.start(), "end": m.end()}
        for pattern in patterns
        for m in re.finditer(pattern, text)
    ]
    return {"name": name, "type": kind, "country_code": None, "mentions": mentions, "role": None}


@pytest.mark.model
def test_interrupted_quote_gives_two_items_with_one_speaker(quotes_of) -> None:
    text = '"We will hold the city," General Petrov said, "whatever it costs."'
    quotes = quotes_of(text)
    assert [q["text"] for q in quotes] == ["We will hold the city,", "whatever it costs."]
    assert {q["speaker"] for q in quotes} == {"General Petrov"}
    assert all(q["direct"] for q in quotes)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "cue", "speaker"),
    [
        ("The minister said that the border was closed.", "the border was closed", "said", "minister"),
        ("Ivanov told reporters that the shelling had stopped.", "the shelling had stopped", "told", "Ivanov"),
        ("The army warned that more strikes would follow.", "more strikes would follow", "warned", "army"),
        ("Moscow denied that its troops had crossed the river.", "its troops had crossed the river", "denied", "Moscow"),
        ("The rebels claimed that they had captured the airport.", "they had captured the airport", "claimed", "rebels"),
        ("The governor insisted that the evacuation was orderly.", "the evacuation was orderly", "insisted", "governor"),
        ("The ministry admitted that two villages had been lost.", "two villages had been lost", "admitted", "ministry"),
        ("The spokesman confirmed that the talks would resume.", "the talks would resume", "confirmed", "spokesman"),
        ("The president wants to end the war by spring.", "to end the war by spring", "wants", "president"),
        ("The army plans to withdraw from the town.", "to withdraw from the town", "plans", "army"),
        ("The ceasefire collapsed overnight, according to local officials.", "The ceasefire collapsed overnight", "according to", "local officials"),
        ("According to the UN, the camp holds 30,000 people.", "the camp holds 30,000 people", "According to", "UN"),
    ],
)
def test_indirect_speech(quotes_of, text: str, content: str, cue: str, speaker: str) -> None:
    quotes = quotes_of(text)
    assert [q["text"] for q in quotes] == [content]
    quote = quotes[0]
    assert quote["direct"] is False
    assert quote["cue"]["text"] == cue
    assert speaker in quote["speaker"]


@pytest.mark.model
def test_reported_content_stays_in_its_cues_paragraph(quotes_of) -> None:
    """The parser runs a headline's bare "Kyiv denies" on into the dateline paragraph below it."""
    text = ("Russia says it captured village near Pokrovsk; Kyiv denies\n\n"
            "KYIV, Ukraine, Nov. 18, 2026 (Reuters) - Russia's defence ministry said on Wednesday its "
            "forces had captured the village of Udachne.")
    quotes = quotes_of(text)
    assert all("\n" not in quote["text"] for quote in quotes)
    assert not any(quote["cue"] and quote["cue"]["text"] == "denies" for quote in quotes)


@pytest.mark.model
def test_closing_tag_speaker_is_the_phrase_before_the_verb(quotes_of) -> None:
    """The parser makes the casualties of the reported clause the subject of a closing "said"."""
    text = ("An air strike hit a school on Tuesday, killing at least 18 people including 12 children, "
            "a local resistance group and a teacher said.")
    [quote] = quotes_of(text)
    assert quote["speaker_mention"]["text"].startswith("a local resistance group")


@pytest.mark.model
def test_mixed_quote_stays_indirect(quotes_of) -> None:
    text = "The commander said that the offensive was “going according to plan” despite losses."
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0]["direct"] is False
    assert "“going according to plan”" in quotes[0]["text"]


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Officials described the fighters as “human shields” in the region.",
        "The so-called “buffer zone” was shelled again on Monday.",
    ],
)
def test_scare_quotes_are_not_quotes(quotes_of, text: str) -> None:
    assert [q for q in quotes_of(text) if q["direct"]] == []


@pytest.mark.model
def test_floating_quote_takes_previous_speaker(quotes_of) -> None:
    text = (
        '"The town is surrounded," said Colonel Adams.\n\n'
        '"We have food for three days. After that, nobody knows."\n\n'
        "The road north remains closed."
    )
    quotes = quotes_of(text)
    assert [q["speaker"] for q in quotes] == ["Colonel Adams", "Colonel Adams"]
    assert quotes[1]["cue"] is None and quotes[1]["speaker_mention"] is None


@pytest.mark.model
def test_pronoun_speaker_resolves_to_party(quotes_of) -> None:
    text = "Maria Lopez arrived on Monday. She said the convoy had been attacked twice."
    parties = [party("Maria Lopez", text, "Maria Lopez", r"\bShe\b")]
    quotes = quotes_of(text, parties)
    assert len(quotes) == 1
    assert quotes[0]["speaker"] == "Maria Lopez"
    assert quotes[0]["speaker_mention"]["text"] == "She"


@pytest.mark.model
def test_pronoun_speaker_falls_back_to_preceding_person(quotes_of) -> None:
    text = "Maria Lopez arrived on Monday. She said the convoy had been attacked twice."
    assert quotes_of(text)[0]["speaker"] == "Maria Lopez"


@pytest.mark.model
@pytest.mark.parametrize("text", ["", "   \n\n  ", "“", "🙂🙂 “🙂” «", "שלום \"עולם\" ״"])
def test_odd_text_never_raises(quotes_of, text: str) -> None:
    quotes_of(text)


@pytest.mark.model
@pytest.mark.skipif(not SEED.is_file(), reason="shared seed article not available")
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
def test_seed_acceptance(quotes_of, content: str, cue: str) -> None:
    text = SEED.read_text(encoding="utf-8")
    parties = [
        party("Azerbaijan", text, r"\bBaku\b", kind="state"),
        party("Hikmet Hajiyev", text, "Hikmet Hajiyev", r"\bhe\b"),
    ]
    quotes = quotes_of(text, parties)
    matches = [q for q in quotes if q["text"] == content]
    assert matches, [q["text"] for q in quotes]
    assert matches[0]["speaker"] == "Hikmet Hajiyev"
    assert matches[0]["cue"]["text"] == cue
    assert matches[0]["direct"] is False
    assert not any(q["text"] == "human shields" for q in quotes)


@pytest.mark.model
def test_continuation_quote_keeps_the_speaker_mention(quotes_of) -> None:
    text = '"The bridge is gone," said Major Okafor. "We will build another one by Friday."'
    quotes = quotes_of(text)
    assert [q["text"] for q in quotes] == ["The bridge is gone,", "We will build another one by Friday."]
    assert quotes[1]["cue"] is None
    assert quotes[1]["speaker_mention"]["text"] == quotes[0]["speaker_mention"]["text"] == "Major Okafor"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "speaker"),
    [
        (
            "The figures come from the Red Cross, which said the camp had no water.",
            "which",
            "Red Cross",
        ),
        (
            "The officials, who said the road was mined, turned back on Tuesday.",
            "who",
            "officials",
        ),
    ],
)
def test_relative_pronoun_is_the_mention_and_its_antecedent_the_speaker(
    quotes_of, text: str, mention: str, speaker: str
) -> None:
    quotes = quotes_of(text)
    assert len(quotes) == 1
    assert quotes[0]["speaker_mention"]["text"] == mention
    assert speaker in quotes[0]["speaker"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "speaker"),
    [
        ('"Not yet," returned Margaret, closing the gate.', "returned", "Margaret"),
        ('"Go home, boys," Sergeant Bell growled.', "growled", "Bell"),
        ('"Is anyone there?" inquired Tom.', "inquired", "Tom"),
    ],
)
def test_dialogue_speech_tags_are_cues(quotes_of, text: str, cue: str, speaker: str) -> None:
    quotes = quotes_of(text)
    assert quotes[0]["cue"]["text"] == cue
    assert speaker in quotes[0]["speaker"]


@pytest.mark.model
def test_speech_tags_never_make_indirect_quotes(quotes_of) -> None:
    assert quotes_of("The old man laughed and returned to his chair.") == []


@pytest.mark.model
def test_tag_split_into_its_own_sentence(quotes_of) -> None:
    quotes = quotes_of('"Seven!" I answered.')
    assert quotes[0]["cue"]["text"] == "answered"
    assert quotes[0]["speaker_mention"]["text"] == "I"


DIALOGUE = (
    '"You are late again, Watson," said Holmes.\n\n'
    '"The trains were slow."\n\n'
    '"They always are."\n\n'
    '"Then I shall walk next time."'
)


@pytest.mark.model
def test_turn_taking_alternates_between_the_two_speakers(quotes_of) -> None:
    speakers = [q["speaker"] for q in quotes_of(DIALOGUE)]
    assert speakers == ["Holmes", "Watson", "Holmes", "Watson"]


@pytest.mark.model
def test_first_person_narrator_is_named_by_the_partners_vocative(quotes_of) -> None:
    text = (
        '"Sit down, Watson," said Holmes.\n\n'
        '"Thank you," I said.\n\n'
        '"You have been in Afghanistan, I perceive."\n\n'
        '"How did you know?"'
    )
    quotes = quotes_of(text)
    assert [q["speaker"] for q in quotes] == ["Holmes", "Watson", "Holmes", "Watson"]
    assert quotes[1]["speaker_mention"]["text"] == "I"


@pytest.mark.model
def test_reply_naming_someone_tells_who_spoke_before(quotes_of) -> None:
    text = (
        "Chapter One\n\n"
        '"Uncle, you look tired tonight."\n\n'
        '"I am tired, Florence. It has been a long winter."'
    )
    assert quotes_of(text)[0]["speaker"] == "Florence"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        'Margaret put down her cup. "I will not go back there."',
        '"I will not go back there." Margaret put down her cup.',
    ],
)
def test_person_acting_in_the_quotes_paragraph_speaks(quotes_of, text: str) -> None:
    quote = quotes_of(text)[0]
    assert quote["speaker"] == "Margaret"
    assert quote["speaker_mention"]["text"] == "Margaret"


@pytest.mark.model
def test_person_of_the_narration_paragraph_before_speaks(quotes_of) -> None:
    text = '"Where were you?" asked Anna.\n\nGeorge shrugged.\n\n"Out."'
    assert [q["speaker"] for q in quotes_of(text)] == ["Anna", "George"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Mary Brown met her brother Tom at the station. She said the trains were late.", "Mary Brown"),
        ("Mary Brown met her brother Tom at the station. He said the trains were late.", "Tom"),
    ],
)
def test_he_and_she_take_an_antecedent_of_their_gender(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[0]["speaker"] == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The militia denied killing any civilians.",
            [("killing any civilians", "denied")],
        ),
        (
            "The army said its troops had retaken the hill and accused the rebels of using drones.",
            [("its troops had retaken the hill", "said"), ("the rebels of using drones", "accused")],
        ),
        (
            "Gunmen burned three houses in the village, local officials said.",
            [("Gunmen burned three houses in the village", "said")],
        ),
        (
            "The governor said the road had reopened, adding that aid trucks would arrive soon.",
            [("the road had reopened", "said"), ("aid trucks would arrive soon", "adding")],
        ),
    ],
)
def test_indirect_complements_the_parser_hides(quotes_of, text: str, expected: list[tuple[str, str]]) -> None:
    quotes = quotes_of(text)
    assert [(q["text"], q["cue"]["text"]) for q in quotes] == expected
    assert len({q["speaker"] for q in quotes}) == 1


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A police officer, who asked not to be named, left the building.",
        "A nurse, who asked that her name not be published, left the ward.",
        "A shopkeeper, who declined to give his name, closed the store.",
        "A guard, who declined to be named, locked the gate.",
        "The ministry did not say whether the talks would resume.",
    ],
)
def test_complements_that_report_nothing(quotes_of, text: str) -> None:
    assert quotes_of(text) == []


@pytest.mark.model
def test_nearest_subject_wins_over_a_dateline(quotes_of) -> None:
    text = "TRIPOLI, Libya, May 2, 2024 — Coast guard officers said on Monday that 40 migrants were saved."
    assert quotes_of(text)[0]["speaker_mention"]["text"] == "Coast guard officers"


@pytest.mark.model
def test_appositive_name_gives_the_party(quotes_of) -> None:
    text = "The UN refugee agency, UNHCR, said the camp was full."
    parties = [party("UNHCR", text, "UNHCR", kind="organization")]
    assert quotes_of(text, parties)[0]["speaker"] == "UNHCR"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The Red Crescent said that 12 people died. It said that the clinic was shelled.", "Red Crescent"),
        (
            "Amnesty International said that 30 men were detained. The group said that 12 were freed.",
            "Amnesty International",
        ),
    ],
)
def test_pronoun_and_generic_speakers_continue_the_named_one(quotes_of, text: str, speaker: str) -> None:
    parties = [party(speaker, text, speaker, kind="organization")]
    assert [q["speaker"] for q in quotes_of(text, parties)] == [speaker, speaker]


@pytest.mark.model
def test_content_of_a_dateline_sentence_starts_after_the_dateline(quotes_of) -> None:
    text = "AMMAN, Jordan, April 3, 2024 — Two rockets hit a depot near the border, the army said."
    assert [q["text"] for q in quotes_of(text)] == ["Two rockets hit a depot near the border"]


@pytest.mark.model
def test_a_cue_never_takes_a_complement_from_another_paragraph(quotes_of) -> None:
    text = (
        '"We lost four men," he said. "The road is closed again."\n\n'
        "The rebels said that their fighters had captured a truck."
    )
    quotes = quotes_of(text)
    assert "their fighters had captured a truck" in [q["text"] for q in quotes]


@pytest.mark.model
def test_quote_opening_a_conversation_takes_the_person_just_named(quotes_of) -> None:
    text = "Chapter Two\n\nThe kettle had boiled when the door opened for Mrs. Carter.\n\n\"Is anybody home?\""
    assert quotes_of(text)[0]["speaker"].endswith("Carter")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "cue", "mention"),
    [
        ('"That makes a hundred and fifty," the landlord calculated.', "calculated", "the landlord"),
        ('"Why not?" the sergeant demanded. "We have nothing to lose."', "demanded", "the sergeant"),
    ],
)
def test_any_verb_right_after_a_running_quote_tags_it(quotes_of, text: str, cue: str, mention: str) -> None:
    quote = quotes_of(text)[0]
    assert quote["cue"]["text"] == cue
    assert quote["speaker_mention"]["text"] == mention


@pytest.mark.model
def test_an_action_after_a_finished_quote_is_no_speech_tag(quotes_of) -> None:
    text = '"Stop there." Anna closed the door behind her.'
    assert quotes_of(text)[0]["cue"] is None


@pytest.mark.model
def test_first_person_narrator_is_named_by_a_vocative_anywhere(quotes_of) -> None:
    text = (
        '"And now, Allan, tell us where you mean to go," said Sir Henry.\n\n'
        "I lit my pipe, which had gone out, before answering.\n\n"
        '"Have you ever heard of Mount Kenia?" I asked.'
    )
    quotes = quotes_of(text)
    assert quotes[-1]["speaker"] == "Allan"
    assert quotes[-1]["speaker_mention"]["text"] == "I"


@pytest.mark.model
def test_a_role_description_is_the_titled_name_before_it(quotes_of) -> None:
    text = 'Dr. Archie closed the cupboard and looked up.\n\n"Good evening," said the doctor. "Sit down."'
    assert quotes_of(text)[0]["speaker"].endswith("Archie")


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A resident who gave his name only as Getachew said the soldiers had left their camp.",
        "A fighter, who gave his name as Getachew, said the soldiers had left their camp.",
    ],
)
def test_a_source_introduced_by_name_speaks_under_that_name(quotes_of, text: str) -> None:
    assert quotes_of(text)[0]["speaker"] == "Getachew"


@pytest.mark.model
def test_the_party_names_back_to_the_group_of_its_own_sentence(quotes_of) -> None:
    text = "Police arrested two Unity Party lawmakers at their homes on Friday, the party said."
    parties = [party("Unity Party", text, "Unity Party", kind="organization")]
    assert quotes_of(text, parties)[0]["speaker"] == "Unity Party"


@pytest.mark.model
def test_a_generic_speaker_with_a_named_party_does_not_continue_the_one_before(quotes_of) -> None:
    text = "Residents said that gunmen took four men. The group denied the accusation."
    parties = [
        party("civilians", text, "Residents", kind="civilians"),
        party("Arakan Army", text, "The group", kind="armed_group"),
    ]
    assert [q["speaker"] for q in quotes_of(text, parties)] == ["civilians", "Arakan Army"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Hundreds of protesters said that the police had fled.", "protesters"),
        (
            "The Baloch Yakjehti Committee (BYC) held a rally. BYC leaders said that 40 people were missing.",
            "Baloch Yakjehti Committee",
        ),
    ],
)
def test_crowds_and_members_speak_for_their_people(quotes_of, text: str, speaker: str) -> None:
    parties = [
        party("Baloch Yakjehti Committee", text, "Baloch Yakjehti Committee", r"(?<=\()BYC(?=\))",
              kind="organization"),
        party("BYC leaders", text, "BYC leaders", kind="other"),
        party("hundreds", text, "Hundreds of protesters", kind="civilians"),
    ]
    assert quotes_of(text, parties)[0]["speaker"] == speaker


@pytest.mark.model
def test_a_rejected_account_is_cut_from_the_clause_before_it(quotes_of) -> None:
    text = "Pakistan has accused Afghanistan of sheltering militants, a charge Kabul denies."
    quotes = quotes_of(text)
    expected = [("Afghanistan of sheltering militants", "accused")]
    assert [(q["text"], q["cue"]["text"]) for q in quotes] == expected
    text = "Activists said 40 people had gone missing since June, a figure the government disputed."
    assert [q["text"] for q in quotes_of(text)] == ["40 people had gone missing since June"]


@pytest.mark.model
def test_relative_pronoun_after_a_bracketed_acronym(quotes_of) -> None:
    text = (
        "Aid reached the town, according to the UN Mission in South Sudan (UNMISS), "
        "which said it was encouraged."
    )
    parties = [party("UNMISS", text, "UN Mission in South Sudan", "UNMISS", kind="organization")]
    quotes = quotes_of(text, parties)
    assert quotes[-1]["text"] == "it was encouraged"
    assert quotes[-1]["speaker"] == "UNMISS"


@pytest.mark.model
def test_a_possessive_relative_is_not_the_possessor(quotes_of) -> None:
    text = (
        '"Good night, uncle," said Florence.\n\n"Good night," said Curtis.\n\n'
        "Curtis and Florence returned to the library.\n\n"
        '"Florence," said her cousin, "sit down beside me."'
    )
    assert [q["speaker"] for q in quotes_of(text)] == ["Florence", "Curtis", "Curtis", "Curtis"]


@pytest.mark.model
def test_addressing_the_person_who_just_acted_continues_the_speaker_before(quotes_of) -> None:
    text = (
        '"Jo does use such slang words!" observed Amy.\n\n'
        "Jo sat up, put her hands in her pockets, and began to whistle.\n\n"
        '"Don\'t, Jo. It\'s so boyish!"'
    )
    assert [q["speaker"] for q in quotes_of(text)] == ["Amy", "Amy"]


@pytest.mark.model
def test_the_person_acting_after_the_last_quote_of_a_paragraph_answers(quotes_of) -> None:
    text = "'Edith! Edith!' cried Aunt Shaw. Margaret stepped forward.\n\n'Edith is asleep, Aunt Shaw.'"
    assert [q["speaker"] for q in quotes_of(text)] == ["Aunt Shaw", "Margaret"]


@pytest.mark.model
def test_a_described_speaker_in_a_dialogue_is_the_person_addressed(quotes_of) -> None:
    text = (
        '"But why?" asked Mr. Emerson, and turned to his son. "George, persuade them!"\n\n'
        '"It is so obvious they should have the rooms," said the son.'
    )
    assert quotes_of(text)[-1]["speaker"] == "George"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Pagliano refused to testify. Clinton was away. His lawyer said he would not answer.", "lawyer"),
        ('"Where is it, George?" asked Mr. Emerson.\n\n"We regret the delay," the letter said.', "letter"),
    ],
)
def test_descriptions_of_new_people_and_things_stay_unresolved(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[-1]["speaker"] == speaker


@pytest.mark.model
def test_narration_the_parser_hangs_on_the_quote_before_still_names_the_next_speaker(quotes_of) -> None:
    text = (
        '"You always were a shocking liar," said Tuppence. "Do you remember?"\n\n'
        "Tommy chuckled.\n\n"
        '"I should think I did!"'
    )
    assert [q["speaker"] for q in quotes_of(text)] == ["Tuppence", "Tuppence", "Tommy"]


@pytest.mark.model
def test_the_person_acting_before_a_colon_speaks_the_quote_after_it(quotes_of) -> None:
    text = (
        "Margaret Hale introduced him with a quirk of the lips:\n\n"
        '"This is Mr. Rapponi, boys. Make yourself at home."'
    )
    quote = quotes_of(text)[0]
    assert quote["speaker"] == "Margaret Hale"
    assert quote["speaker_mention"]["text"] == "Margaret Hale"
    assert quote["cue"] is None


@pytest.mark.model
def test_a_pronoun_speaker_is_never_the_person_the_quote_addresses(quotes_of) -> None:
    text = 'Dr. Archie walked home beside Peter Kronborg. "Have a troche, Kronborg," he said.'
    assert quotes_of(text)[0]["speaker"].endswith("Archie")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        ('"Good night, Deb," said one, a mill girl, steadying herself. She needed the post.', "one"),
        (
            '"Surely she could learn Persian," broke in a thin, elderly gentleman. "Is there no school?"',
            "a thin, elderly gentleman",
        ),
    ],
)
def test_unnamed_speakers_after_the_verb_keep_their_mention(quotes_of, text: str, mention: str) -> None:
    assert quotes_of(text)[0]["speaker_mention"]["text"] == mention


@pytest.mark.model
def test_a_tag_takes_no_subject_from_the_paragraph_before(quotes_of) -> None:
    text = (
        "He kept this suspended while the newcomer sat down, and Mrs. Hilbery deftly joined the "
        "severed parts by leaning towards him and remarking:\n\n"
        '"Now, what would you do if you had to live in Manchester, Mr. Denham?"\n\n'
        '"Surely she could learn Persian," broke in a thin, elderly gentleman. "Is there no school?"'
    )
    quote = next(q for q in quotes_of(text) if q["text"].startswith("Surely"))
    assert quote["speaker_mention"]["text"] == "a thin, elderly gentleman"


@pytest.mark.model
def test_a_title_word_ending_the_sentence_before_is_no_title_of_the_name(quotes_of) -> None:
    text = (
        'The girls stared at their father. Mrs. Bennet said only, "Nonsense, nonsense!"\n\n'
        '"What can be the meaning of that emphatic exclamation?" cried he. "What say you, Mary? For you '
        'are a young lady of deep reflection, I know."\n\n'
        "Mary wished to say something sensible, but knew not how.\n\n"
        '"While Mary is adjusting her ideas," he continued, "let us return to Mr. Bingley."'
    )
    quote = next(q for q in quotes_of(text) if q["text"].startswith("While Mary"))
    assert quote["speaker"] != "Mrs. Bennet"


@pytest.mark.model
def test_a_turn_told_in_narration_is_not_answered_by_the_person_the_quote_addresses(quotes_of) -> None:
    text = (
        '"Let us return to Mr. Bingley," said Mr. Bennet.\n\n'
        '"I am sick of Mr. Bingley," cried his wife.\n\n'
        '"I am sorry to hear _that_; but why did not you tell me that before?" said Mr. Bennet.\n\n'
        "The astonishment of the ladies was just what he wished; that of Mrs. Bennet perhaps surpassing "
        "the rest; though, when the first tumult of joy was over, she began to declare that it was what "
        "she had expected all the while.\n\n"
        '"How good it was in you, my dear Mr. Bennet! But I knew I should persuade you at last."'
    )
    assert quotes_of(text)[-1]["speaker"] != "Mr. Bennet"


@pytest.mark.model
def test_a_coordinated_tag_takes_the_nearer_mention_of_the_same_pronoun(quotes_of) -> None:
    text = (
        "She saw, I suppose, the doubt in my face, for she put the rosary round my neck, and said, "
        '"For your mother\'s sake," and went out of the room.'
    )
    mention = quotes_of(text)[0]["speaker_mention"]
    assert mention["text"] == "she" and text[mention["start"] - 4 : mention["start"]] == "for "


@pytest.mark.model
def test_a_cue_after_the_next_quote_is_not_this_quotes_cue(quotes_of) -> None:
    text = (
        'Lucy felt that she had been selfish. "Charlotte, you must not spoil me." '
        '"You must have it," said Miss Bartlett.'
    )
    quotes = [q for q in quotes_of(text) if q["direct"]]
    assert [q["speaker"] for q in quotes] == ["Lucy", "Miss Bartlett"]
    assert quotes[0]["cue"] is None


@pytest.mark.model
def test_the_person_addressed_before_a_narration_paragraph_replies_after_it(quotes_of) -> None:
    text = (
        '"Good evening, Mr. Kronborg," said Dr. Archie. "Sit down."\n\n'
        "His visitor was a tall, loosely built man, with a thin brown beard streaked with gray. He wore a "
        "frock coat, a broad-brimmed black hat, a white necktie and steel-rimmed spectacles. Altogether "
        "there was a pretentious and important air about him, as he lifted his coat and sat down.\n\n"
        '"Can you come to the house with me tonight?"'
    )
    assert quotes_of(text)[-1]["speaker"].endswith("Kronborg")


@pytest.mark.model
def test_a_caption_between_quotes_is_no_narration(quotes_of) -> None:
    text = (
        '"Stop generalizing, Mr. Kronborg," said Ana Ruiz.\n\n'
        "Getty/Instagram.\n\n"
        '"Fortunately, the town is quiet again."'
    )
    assert not (quotes_of(text)[-1]["speaker"] or "").endswith("Kronborg")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Mara Quillon stepped off the train at noon.\n\n"Is this the road to the mill?" asked Mara.',
            "Mara Quillon",
        ),
        (
            'Margaret Ellery was the youngest of the five sisters.\n\n"I will go too," said Peggy.',
            "Peggy Ellery",
        ),
        ('Tom Weller and Tom Hask came in from the field.\n\n"The gate is broken," said Tom.', "Tom"),
    ],
)
def test_a_given_name_speaker_takes_the_fullest_name_of_that_person(
    quotes_of, text: str, speaker: str
) -> None:
    assert [q["speaker"] for q in quotes_of(text)] == [speaker]


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        ("Jock", "Jock McChesney"),
        ("Sister Carrie", "Carrie Meeber"),
        ("Lizzy", None),
        ("Tom", None),
        ("Meeber", None),
        ("Jock McChesney", None),
    ],
)
def test_fullest_name_needs_one_longer_name_of_the_same_person(
    speaker: str, expected: str | None
) -> None:
    full_names = {
        ("jock", "mcchesney"): "Jock McChesney",
        ("caroline", "meeber"): "Caroline Meeber",
        ("elizabeth",): "Elizabeth",
        ("tom", "weller"): "Tom Weller",
        ("tom", "hask"): "Tom Hask",
    }
    assert _fullest_name(speaker, full_names, load_nicknames()) == expected


@pytest.mark.model
def test_a_one_word_form_of_address_is_no_speaker_name(quotes_of) -> None:
    text = (
        "Peter Vane sat by the fire while his mother sewed.\n\n"
        '"Eat your supper, Son," said Mrs. Vane.\n\n'
        '"I am not hungry," he said.'
    )
    reply = quotes_of(text)[-1]["speaker"]
    assert reply != "Son" and reply.endswith("Vane")


@pytest.mark.model
def test_my_relative_takes_the_name_the_narration_gives_it(quotes_of) -> None:
    text = (
        'That winter my brother Oswin came home from the coast.\n\n"The roads are flooded," said my brother.'
    )
    quote = quotes_of(text)[0]
    assert (quote["speaker"], quote["speaker_mention"]["text"]) == ("Oswin", "my brother")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'The door of the mill opened slowly.\n\n"Who is down there?" asked the old man.\n\n'
            'Nobody answered him.\n\n"I am coming down," said Jasper.',
            ["Jasper", "Jasper"],
        ),
        (
            '"Is anyone at home?" called the young man from the gate.\n\n"Only the dog," said Nell.',
            ["young man", "Nell"],
        ),
    ],
)
def test_a_described_speaker_takes_the_next_fitting_name(quotes_of, text: str, speakers: list[str]) -> None:
    assert [q["speaker"] for q in quotes_of(text) if q["direct"]] == speakers


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker", "mention"),
    [
        (
            '"The kettle is boiling," replied a voice, which Ada knew to be that of Mrs. Pellow.',
            "Mrs. Pellow",
            "Mrs. Pellow",
        ),
        ('"Go home, Ned," said the voice of the old woman.', "old woman", "the old woman"),
        ('Mr. Tarrant sat down. "Keep to the river road," his advice concluded.', "Tarrant", "his"),
    ],
)
def test_a_voice_speaks_for_the_person_its_phrase_names(
    quotes_of, text: str, speaker: str, mention: str
) -> None:
    quote = quotes_of(text)[0]
    assert (quote["speaker"].removeprefix("Mr. "), quote["speaker_mention"]["text"]) == (speaker, mention)


@pytest.mark.model
def test_the_listener_of_a_quote_is_not_its_speaker(quotes_of) -> None:
    text = '"We leave at dawn," were the first words Ada heard.\n\n"So soon?" asked Ada.'
    assert [q["speaker"] for q in quotes_of(text)] == [None, "Ada"]


@pytest.mark.model
def test_a_pronoun_continues_the_role_description_before_it(quotes_of) -> None:
    text = (
        "Dr. Corwen Vale rode out to the Harlan farm after supper.\n\n"
        '"Is the boy any better?" asked Mr. Harlan at the door.\n\n'
        '"We shall see," said Dr. Vale.\n\n'
        "Mr. Harlan led him upstairs. The doctor set his bag on the chair. "
        '"Open your mouth, Davy," he said.'
    )
    assert quotes_of(text)[-1]["speaker"].endswith("Vale")


@pytest.mark.model
def test_a_relative_named_only_by_a_description_party_is_the_fitting_family_member(quotes_of) -> None:
    text = 'Tobias Hale came home late with Martha Hale.\n\n"Your supper is cold," said his wife.'
    parties = [
        party("Tobias Hale", text, "Tobias Hale"),
        party("Martha Hale", text, "Martha Hale"),
        party("wife", text, "his wife", kind="other"),
    ]
    assert [q["speaker"] for q in quotes_of(text, parties)] == ["Martha Hale"]


@pytest.mark.model
def test_a_relative_is_never_an_armed_group(quotes_of) -> None:
    text = (
        "Fighters of the Northern Front shelled the town. "
        "An engineer was detained at his home on Friday, his brother said."
    )
    parties = [
        party("Northern Front", text, "Northern Front", kind="armed_group"),
        party("brother", text, "his brother", kind="other"),
    ]
    assert [q["speaker"] for q in quotes_of(text, parties)] == ["brother"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Mr. Grant sat reading by the fire.\n\n"The roads are flooded," said his wife.', "Mrs. Grant"),
        (
            'Mrs. Vane came in with Lucy Vane and sat down.\n\n"Did you post the letter?" said her mother.',
            "Mrs. Vane",
        ),
        ('Lucy Vane came in and sat down.\n\n"Did you post the letter?" said her mother.', "mother"),
    ],
)
def test_a_relative_takes_the_family_name_of_the_person_it_belongs_to(
    quotes_of, text: str, speaker: str
) -> None:
    assert [q["speaker"] for q in quotes_of(text)] == [speaker]


@pytest.mark.model
def test_a_pronoun_speaker_is_not_the_person_the_quote_talks_about(quotes_of) -> None:
    text = (
        "Uncle John sat by the fire with Curtis Waring.\n\n"
        '"You promised to help Uncle John," he said.'
    )
    assert [q["speaker"] for q in quotes_of(text)] == ["Curtis Waring"]


@pytest.mark.model
def test_a_bare_surname_has_the_gender_of_its_party(quotes_of) -> None:
    text = 'Bartlett came in.\n\n"Why not?" he asked.'
    parties = [party("Miss Bartlett", text, "Bartlett")]
    assert [q["speaker"] for q in quotes_of(text, parties)] != ["Miss Bartlett"]


@pytest.mark.model
def test_a_description_that_clashes_with_its_party_gender_stays_a_description(quotes_of) -> None:
    text = 'Annie ran ahead.\n\n"Look here," said the lad.'
    parties = [party("Annie", text, "Annie", "the lad")]
    assert [q["speaker"] for q in quotes_of(text, parties)] == ["lad"]


@pytest.mark.model
def test_a_place_is_never_the_antecedent_of_he(nlp) -> None:
    text = (
        "Dozens of women protested in Beledweyne on Wednesday. A security officer said 14 men had been "
        'arrested. "They will be released if they are innocent," he said.'
    )
    doc = nlp(text)
    for name in ("conflictcli_parties", "conflictcli_places"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    start = text.index("Beledweyne")
    doc._.conflictcli_places = [
        {"name": "Beledweyne", "mentions": [{"text": "Beledweyne", "start": start, "end": start + 10}]}
    ]
    doc._.conflictcli_parties = [party("security officer", text, "A security officer", kind="other")]
    speakers = [q["speaker"] for q in extract_quotes(doc)]
    doc._.conflictcli_places = None
    assert "Beledweyne" not in speakers
    assert speakers[-1] == "security officer"


@pytest.mark.model
def test_the_statement_speaks_for_the_speaker_before_it(quotes_of) -> None:
    text = 'The governor said armed men had killed two leaders. "These were good people," the statement said.'
    parties = [party("governor", text, "The governor", kind="government")]
    assert [q["speaker"] for q in quotes_of(text, parties)] == ["governor", "governor"]


@pytest.mark.model
def test_an_anonymous_officer_named_next_by_rank_is_that_officer(quotes_of) -> None:
    text = (
        "A roadside bomb killed four soldiers on Sunday, a military officer said.\n\n"
        "The device was buried under the road, according to Major Ali Hassan, a commander with the army."
    )
    parties = [
        party("military officer", text, "a military officer", kind="military"),
        party("Ali Hassan", text, "Major Ali Hassan"),
    ]
    assert [q["speaker"] for q in quotes_of(text, parties)] == ["Ali Hassan", "Ali Hassan"]


@pytest.mark.model
def test_a_described_speaker_is_the_one_the_reply_addresses(quotes_of) -> None:
    text = (
        '"You waste your chances," said my sister-in-law.\n\n'
        '"To a man of spirit, my dear Rose," I answered, "chances are duties."'
    )
    assert quotes_of(text)[0]["speaker"] == "Rose"


@pytest.mark.model
def test_the_person_addressed_answers(quotes_of) -> None:
    text = (
        "The talk had passed over the war.\n\n"
        '"Was it Tuesday or Wednesday, Katharine?" her mother asked.\n\n'
        '"Tuesday, mother."\n\n'
        '"Tuesday, of course! Another cup, dear Mr. Fortescue?"'
    )
    assert quotes_of(text)[1]["speaker"] == "Katharine"


@pytest.mark.parametrize(
    ("speaker", "counts", "expected"),
    [
        ("Lizzy", {"elizabeth": 4, "lizzy": 1}, "Elizabeth"),
        ("Lizzy", {"elizabeth": 1, "lizzy": 4}, None),
        ("Lizzy", {}, None),
    ],
)
def test_a_pet_name_used_less_than_the_formal_name_takes_it(
    speaker: str, counts: dict[str, int], expected: str | None
) -> None:
    full_names = {("elizabeth",): "Elizabeth", ("kitty",): "Kitty"}
    assert _fullest_name(speaker, full_names, load_nicknames(), counts) == expected


@pytest.mark.model
def test_an_oath_is_nobody(quotes_of) -> None:
    text = (
        'Holmes looked at the stick.\n\n"It is, by Jove, a spaniel," said Holmes.\n\n'
        "He paced the room.\n\n"
        '"How can you be so sure?" he asked.'
    )
    parties = [party("Holmes", text, "Holmes"), party("Jove", text, "Jove", r"\bHe\b", r"\bhe\b")]
    assert "Jove" not in [q["speaker"] for q in quotes_of(text, parties)]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "names", "not_speaker"),
    [
        (
            'Tommy came up the stairs. The Lusitania listed to starboard.\n\n'
            '"Not seen you for centuries," continued the young man.',
            ["Tommy", "Lusitania"],
            "Lusitania",
        ),
    ],
)
def test_a_name_written_after_the_is_a_thing_not_a_speaker(
    quotes_of, text: str, names: list[str], not_speaker: str
) -> None:
    parties = [party(name, text, name) for name in names]
    assert [q["speaker"] for q in quotes_of(text, parties)] != [not_speaker]


@pytest.mark.model
def test_a_narration_where_two_people_act_names_no_speaker(quotes_of) -> None:
    text = (
        '"Well, Watson, what do you make of it?" asked Holmes.\n\n'
        "Holmes was sitting with his back to me, and I had given him no sign.\n\n"
        '"How did you know what I was doing?"'
    )
    assert quotes_of(text)[-1]["speaker"] == "Watson"


@pytest.mark.model
def test_a_speaker_does_not_name_themselves_in_the_third_person(quotes_of) -> None:
    text = (
        '"Is the room ready?" asked Mr. Beebe.\n\n'
        '"Quite ready," said Lucy.\n\n'
        '"Then tell Mr. Beebe to come up at once."'
    )
    assert quotes_of(text)[-1]["speaker"] == "Lucy"


@pytest.mark.model
def test_a_turn_told_in_narration_is_answered_by_the_other_speaker(quotes_of) -> None:
    text = (
        '"Eat your dinner, dear," Miss Bartlett said to Lucy.\n\n'
        "Lucy mumbled that those seemed very odd people opposite.\n\n"
        '"Eat your dinner, dear. This pension is a failure."'
    )
    assert quotes_of(text)[-1]["speaker"] == "Miss Bartlett"


@pytest.mark.model
def test_she_is_never_a_plural_or_male_speaker(quotes_of) -> None:
    text = (
        '"We are genteel," said the two old ladies.\n\n'
        '"Are you?" asked Mr. Emerson.\n\n'
        '"Eat your dinner, dear," she said.'
    )
    assert quotes_of(text)[-1]["speaker"] not in {"two old ladies", "Mr. Emerson"}


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mr. Denham came in, and Mrs. Hilbery joined the talk by leaning towards him and remarking:\n\n"
            '"What would you do if you had to live in Leeds?"',
            "Mrs. Hilbery",
        ),
        (
            "The minister ended the meeting by turning to the reporters and saying: "
            '"The border will stay closed."',
            "minister",
        ),
    ],
)
def test_a_gerund_after_a_preposition_speaks_for_the_clause_subject(
    quotes_of, text: str, speaker: str
) -> None:
    assert quotes_of(text)[-1]["speaker"] == speaker


@pytest.mark.model
def test_a_word_from_a_battle_name_is_not_a_vocative(quotes_of) -> None:
    text = (
        "Katharine Hilbery poured the tea for Mrs. Hilbery and Mr. Denham.\n\n"
        '"Would it be the Battle of Trafalgar or the Armada, Katharine?" her mother demanded.\n\n'
        '"Trafalgar, mother."\n\n'
        '"Trafalgar, of course! How stupid of me!"'
    )
    speakers = [q["speaker"] for q in quotes_of(text)]
    assert speakers[0] == "Mrs. Hilbery"
    assert "Trafalgar" not in speakers


@pytest.mark.model
def test_a_relative_of_a_given_name_takes_the_family_name_written_in_full(quotes_of) -> None:
    text = (
        "Katharine Hilbery was out all day.\n\n"
        'Mrs. Hilbery sat down. Later Katharine came in.\n\n"Where were you?" said her mother.'
    )
    assert [q["speaker"] for q in quotes_of(text)] == ["Mrs. Hilbery"]


@pytest.mark.model
def test_the_relative_in_a_tag_belongs_to_the_person_the_quote_addresses(quotes_of) -> None:
    text = (
        "Mr. Denham sat by the window.\n\n"
        '"Would it be Tuesday or Wednesday, Katharine?" her mother demanded.\n\n'
        '"Tuesday, mother."\n\n'
        "Katharine Hilbery and Mrs. Hilbery went out."
    )
    parties = [
        party("Katharine Hilbery", text, "Katharine(?: Hilbery)?"),
        party("Mrs. Hilbery", text, "Mrs. Hilbery"),
    ]
    assert [q["speaker"] for q in quotes_of(text, parties)] == ["Mrs. Hilbery", "Katharine Hilbery"]


CHAIN_DOCTOR = (
    "Dr. Kemp had called at the farm in the morning. The doctor found young Tom by the gate. "
    "He walked across the yard with his bag. “Is your father at home?” he asked."
)
CHAIN_SISTERS = "Helen Marsh watched Clara cross the lawn. She folded the letter slowly. “We leave tomorrow,” she said."
CHAIN_ADDRESSED = CHAIN_SISTERS.replace("“We", "“Helen, we")


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "linked", "speaker"),
    [
        # The parties component links "he"/"she" to the nearest name of that gender, an object.
        (CHAIN_DOCTOR, ("Tom", r"\bTom\b|\b[Hh]e\b"), "Kemp"),
        (CHAIN_DOCTOR, None, "Kemp"),
        (CHAIN_SISTERS, ("Clara", r"Clara|\b[Ss]he\b"), "Helen Marsh"),
        (CHAIN_SISTERS, None, "Helen Marsh"),
        # The chain's person is the one the quote addresses: somebody else speaks.
        (CHAIN_ADDRESSED, ("Clara", r"Clara|\b[Ss]he\b"), "Clara"),
    ],
)
def test_he_and_she_continue_the_subject_chain_not_an_object(
    quotes_of, text: str, linked: tuple[str, str] | None, speaker: str
) -> None:
    parties = None
    if linked is not None:
        parties = [
            party(linked[0], text, linked[1]),
            party("Helen Marsh", text, "Helen Marsh"),
            party("Dr. Kemp", text, "Kemp"),
        ]
    assert quotes_of(text, parties)[-1]["speaker"].endswith(speaker)


@pytest.mark.model
def test_a_heading_taken_for_a_person_names_no_speaker(quotes_of) -> None:
    text = "Chapter II. The Visit\n\nShe opened the door. “Come in,” she said."
    parties = [party("Chapter II. The Visit", text, r"Chapter II\. The Visit", r"\b[Ss]he\b")]
    quote = quotes_of(text, parties)[0]
    assert quote["speaker"] is None
    assert quote["speaker_mention"]["text"] == "she"


@pytest.mark.model
def test_said_i_at_a_sentence_end_is_the_narrator(quotes_of) -> None:
    text = (
        "Agnes met me at the gate.\n\n“You are late,” said Agnes.\n\n"
        "“The road was flooded,” said I.\n\n“Then come in and get dry.”"
    )
    quotes = quotes_of(text)
    assert quotes[1]["speaker"] is None
    assert quotes[1]["speaker_mention"]["text"] == "I"
    assert quotes[2]["speaker"] == "Agnes"


@pytest.mark.model
def test_narration_the_parser_hangs_on_the_paragraph_before_still_speaks(quotes_of) -> None:
    text = (
        'Susan looked at her brother with scorn. "You are a coward, Dick," she said.\n\n"I am not!"\n\n'
        '"You are. You ran away from the Hobbs boy."\n\nDick flushed scarlet. "He was bigger than me."'
    )
    assert quotes_of(text)[-1]["speaker"] == "Dick"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # A described person answering is not the one who just spoke.
        ("“Is the ferry running?” asked Mr. Ormond.\n\n“Not till noon,” answered the boy.", "boy"),
        (
            "Dr. Marsh knocked at the door of the farmhouse.\n\n“How is the patient today?” asked the "
            "doctor.\n\n“No better, sir,” answered the woman.",
            "woman",
        ),
        # Without an earlier turn the description still takes the person named before it.
        ("Dr. Marsh knocked at the door. “How is the patient today?” asked the doctor.", "Marsh"),
    ],
)
def test_a_description_answering_a_turn_is_someone_else(quotes_of, text: str, speaker: str) -> None:
    assert quotes_of(text)[-1]["speaker"].endswith(speaker)


@pytest.mark.model
def test_a_role_noun_acting_before_the_quote_speaks(quotes_of) -> None:
    text = "Then the vicar rose from his chair. “Friends, we are met here tonight for a sad purpose.”"
    quote = quotes_of(text)[0]
    assert quote["speaker"] == "vicar"
    assert quote["speaker_mention"]["text"] == "the vicar"


@pytest.mark.model
def test_a_name_inside_the_quote_is_no_apposition_of_its_speaker(quotes_of) -> None:
    text = "“Bah,” said Rudd, “a letter from our cousins, the Frenchmen, will come soon.”"
    parties = [party("Rudd", text, "Rudd"), party("Frenchmen", text, "the Frenchmen", kind="civilians")]
    assert [q["speaker"] for q in quotes_of(text, parties)] == ["Rudd", "Rudd"]


@pytest.mark.model
def test_a_reply_naming_both_last_speakers_is_the_third_persons(quotes_of) -> None:
    text = (
        "“The tea is cold,” said Mrs. Dale.\n\n“Will you take more, Mr. Hale?” asked Fanny.\n\n"
        "“Thank you, no,” said Mr. Hale.\n\n“Fanny, dear, let Mr. Hale finish his cake.”"
    )
    assert quotes_of(text)[-1]["speaker"] == "Mrs. Dale"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention"),
    [
        # A colon and a dash lead a quote in as a colon does.
        ("Mr. Vane rose from his desk and spoke:--\n\n“You have been at the ledger again.”", "Mr. Vane"),
        # Across a colon a verb of belief tells no words: the main clause hands over.
        (
            "The old woman would not let me pass. Seeing that I did not believe her, she went on:"
            "\n\n“The bridge is down, and the river is high.”",
            "she",
        ),
    ],
)
def test_colon_lead_ins(quotes_of, text: str, mention: str) -> None:
    assert quotes_of(text)[0]["speaker_mention"]["text"] == mention


@pytest.mark.model
def test_the_narrator_acting_in_the_scene_answers_a_lone_speaker(quotes_of) -> None:
    scene = "Mr. Quill stood by the window when I entered.\n\n“You have been to the club,” said he.\n\n"
    text = scene + "“How on earth did you know that?”\n\n“Your boots, my dear fellow.”"
    assert [q["speaker"] for q in quotes_of(text)] == ["Quill", None, "Quill"]
    # A name no speaker has answered to is the narrator's: the quote addressing it is not theirs.
    addressing = quotes_of(scene + "“Well, Tobias, you are late.”")
    assert [q["speaker"] for q in addressing] == ["Quill", "Quill"]


@pytest.mark.model
def test_the_other_person_named_in_the_scene_answers_a_lone_speaker(quotes_of) -> None:
    text = (
        "The two men sat by the fire. Inspector Gregson poured the wine and Mr. Hardy lit his pipe.\n\n"
        "“A bad business,” said Gregson.\n\n“The worst I have known.”\n\n“Who did it?”"
    )
    assert [q["speaker"] for q in quotes_of(text)] == ["Gregson", "Hardy", "Gregson"]


@pytest.mark.model
def test_a_name_addressed_anywhere_in_the_turn_answers_it(quotes_of) -> None:
    text = (
        "I found Mr. Thorne in the library, bent over a map.\n\n"
        "“Come in, Marlowe,” he said without looking up. “You are just in time.”\n\n"
        "“In time for what?”\n\n“For a journey. We leave tonight.”"
    )
    assert [q["speaker"] for q in quotes_of(text)] == ["Thorne", "Thorne", "Marlowe", "Thorne"]


@pytest.mark.model
def test_a_tagged_reply_does_not_name_the_description_it_answers(quotes_of) -> None:
    text = (
        "“It is late,” remarked the elder sister. “We ought to go in.”\n\n"
        "“Just five minutes more,” pleaded Lily.\n\n“Very well, five minutes.”"
    )
    assert [q["speaker"] for q in quotes_of(text)] == ["elder sister", "elder sister", "Lily", "elder sister"]


@pytest.mark.model
def test_a_role_description_takes_the_one_titled_name_given_soon_after(quotes_of) -> None:
    text = (
        "It was nearly midnight when the doctor reached the cottage.\n\n“Is he worse?” asked the doctor."
        "\n\nDr. Fenwick put down his bag and went to the bed."
    )
    quote = quotes_of(text)[0]
    assert quote["speaker"].endswith("Fenwick")
    assert quote["speaker_mention"]["text"] == "the doctor"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "“Sit down,” said Mrs. Hale to Edmund.\n\n“I would rather stand.”",
        "Mrs. Hale turned to Edmund. “Will you stay for dinner?”\n\n“I cannot, mother.”",
    ],
)
def test_the_person_spoken_to_answers(quotes_of, text: str) -> None:
    assert [q["speaker"] for q in quotes_of(text)] == ["Mrs. Hale", "Edmund"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # The parser leaves "called" without its subject: the person called to is not the speaker.
        ('"Come here, boy," the squire called to Harry Lamb.', [None]),
        # A place one goes to answers nothing.
        ("Tom went to London. “I shall be back by Friday.”\n\n“Mind that you are.”", ["Tom", "Tom"]),
    ],
)
def test_the_object_of_to_never_speaks_for_the_speaker(quotes_of, text: str, speakers: list) -> None:
    assert [q["speaker"] for q in quotes_of(text) if q["direct"]] == speakers


@pytest.mark.model
def test_a_pronoun_parties_put_with_a_described_speaker_is_that_speaker(quotes_of) -> None:
    text = (
        "Minister Tomas Weller visited the camp on Monday. Soldiers searched the market, a neighbour "
        'of the shopkeeper said. "They broke every door," she said.'
    )
    parties = [
        party("Tomas Weller", text, "Tomas Weller"),
        party("neighbour", text, "a neighbour of the shopkeeper", r"\bshe\b", kind="other"),
    ]
    quote = next(q for q in quotes_of(text, parties) if q["direct"])
    assert quote["speaker"] == "neighbour"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            "Its spokesman said in a statement that the group's fighters had burned two trucks.",
            "the group's fighters had burned two trucks",
            None,
        ),
        (
            "Troops seized rifles in a raid near the village of Karo, the Joint Staff of the Navy said.",
            "Troops seized rifles in a raid near the village of Karo",
            "Joint Staff of the Navy",
        ),
        (
            "Three guards were hurt, according to a police report seen by reporters.",
            "Three guards were hurt",
            "National Police",
        ),
    ],
)
def test_reports_the_parser_hangs_elsewhere(quotes_of, text: str, content: str, speaker: str | None) -> None:
    parties = [
        party("Joint Staff of the Navy", text, "the Joint Staff of the Navy", kind="military"),
        party("National Police", text, "police", kind="government"),
    ]
    found = {q["text"]: q for q in quotes_of(text, parties)}
    assert content in found
    if speaker is not None:
        assert found[content]["speaker"] == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The participle says who the deniers claim to be: one report, the denial.
        ("Masked men claiming to speak for the cartel denied any role in the killing.", ["any role in the killing"]),
        # Inside what the army said it stays part of the report.
        (
            "The army said gunmen claiming to be soldiers had stopped the bus.",
            ["gunmen claiming to be soldiers had stopped the bus"],
        ),
    ],
)
def test_claiming_to_be_describes_the_speaker(quotes_of, text: str, expected: list[str]) -> None:
    assert [q["text"] for q in quotes_of(text)] == expected


@pytest.mark.model
def test_the_possessor_of_the_speaker_is_not_the_speaker(quotes_of) -> None:
    text = "Police arrested Omar Diallo on Sunday after he spoke at a rally, his lawyer said."
    parties = [party("Omar Diallo", text, "Omar Diallo", r"\bhe\b", r"\bhis\b")]
    quote = next(q for q in quotes_of(text, parties) if q["cue"] and q["cue"]["text"] == "said")
    assert quote["speaker_mention"]["text"] == "his lawyer"
    assert quote["speaker"] == "lawyer"


@pytest.mark.model
def test_an_institutions_spokesman_speaks_for_it(quotes_of) -> None:
    text = "Two soldiers were killed in the ambush, the army's spokesman said."
    parties = [party("army", text, "the army", kind="military")]
    quote = next(q for q in quotes_of(text, parties) if q["cue"] and q["cue"]["text"] == "said")
    assert quote["speaker"] == "army"


@pytest.fixture(scope="module")
def quotes_with_parties(nlp):
    from conflictcli.extractors.parties import extract_parties

    def run(text: str) -> list[dict]:
        doc = nlp(text)
        if not Doc.has_extension("conflictcli_parties"):
            Doc.set_extension("conflictcli_parties", default=None)
        doc._.conflictcli_parties = extract_parties(doc)
        return extract_quotes(doc)

    return run


@pytest.mark.model
@pytest.mark.parametrize("spouse", ["wife", "lady"])
def test_a_description_named_once_keeps_its_name_and_turns_alternate(quotes_with_parties, spouse) -> None:
    text = (
        f'"My dear Mr. Smith," said his {spouse} to him one morning, "have you heard that the mill is sold?"\n\n'
        "Mr. Smith answered that he had not.\n\n"
        '"But it is," she replied; "for the miller told me so himself."\n\n'
        '"You mean to tell me who bought it, and I have no objection to hearing it."'
    )
    speakers = [q["speaker"] for q in quotes_with_parties(text) if q["direct"]]
    assert speakers == ["Mrs. Smith", "Mrs. Smith", "Mrs. Smith", "Mrs. Smith", "Mr. Smith"]


@pytest.mark.parametrize(
    ("first", "second", "shared"),
    [
        ("Mr. Smith", "Mrs. Smith", False),
        ("Mr. Smith", "Smith's wife", False),
        ("Mrs. Smith", "Smith's wife", True),
        ("Florence", "Florence Linden", True),
    ],
)
def test_names_of_different_gender_are_never_one_speaker(first, second, shared) -> None:
    from conflictcli.extractors.quotes import _shares_name

    assert _shares_name(first, second) is shared


@pytest.mark.model
def test_a_name_the_places_component_reads_as_a_town_is_no_person(nlp) -> None:
    from conflictcli.extractors.quotes import _DocIndex, find_direct_quotes

    text = "They had stopped at Chichester to dine, and soon Chichester was behind them. Mr. Hale paid."
    doc = nlp(text)
    if not Doc.has_extension("conflictcli_places"):
        Doc.set_extension("conflictcli_places", default=None)
    start = text.index("Chichester")
    doc._.conflictcli_places = [{"name": "Chichester", "mentions": [
        {"text": "Chichester", "start": start, "end": start + len("Chichester")}]}]
    index = _DocIndex(doc, find_direct_quotes(text, max_chars=6000))
    assert [name for _, _, name, _ in index.names] == ["Hale"]


NEWS_FLOATING = (
    "Gunmen burned six trucks near Ercilla on Friday, police said.\n\n"
    "A police statement said one officer was wounded. \"They shot at us from the trees,\" the officer "
    "commanding the patrol told radio Puelche, \"and then they ran.\"\n\n"
    "\"We will catch them all.\"\n\n"
    "Residents said the fire burned for hours."
)


@pytest.mark.model
def test_a_bare_quote_paragraph_in_news_continues_the_speaker_not_the_person_told(quotes_with_parties) -> None:
    quotes = quotes_with_parties(NEWS_FLOATING)
    floating = next(q for q in quotes if q["text"].startswith("We will catch"))
    told = next(q for q in quotes if q["text"].startswith("They shot"))
    assert floating["speaker"] == told["speaker"] and "Puelche" not in (floating["speaker"] or "")


@pytest.mark.model
def test_a_bare_quote_after_a_turn_that_opens_its_paragraph_may_answer_it(quotes_with_parties) -> None:
    """Fiction keeps turn-taking: a paragraph that opens with its quote is a turn the next one answers."""
    text = ("Anna came in with the lamp.\n\n\"Is it late, Tom?\" asked Anna.\n\n\"Past midnight.\"\n\n"
            "She set the lamp down.")
    floating = next(q for q in quotes_with_parties(text) if q["text"].startswith("Past"))
    assert floating["speaker"] != "Anna"


@pytest.mark.model
def test_an_outlet_that_carried_a_statement_is_not_the_group_it_refers_back_to(quotes_of) -> None:
    text = ("Arakan Army fighters seized a base, the group said. In a statement carried by the Narinjara "
            "news agency, the group said its units had taken weapons.")
    parties = [party("Arakan Army", text, "Arakan Army", kind="armed_group"),
               party("Narinjara", text, "the Narinjara news agency", kind="organization")]
    quote = next(q for q in quotes_of(text, parties) if q["text"].startswith("its units"))
    assert quote["speaker"] == "Arakan Army"


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "Residents said soldiers had left the village before the raid, an accusation Colonel Banda denied, "
        "saying a patrol had been sent to guard the bridge.",
        "Villagers said the troops fled before the attack, a charge Major Okello rejected, saying his men "
        "had held the hill all night.",
    ],
)
def test_saying_after_a_relative_clauses_cue_speaks_for_the_denier(quotes_with_parties, text: str) -> None:
    quote = next(q for q in quotes_with_parties(text) if q["cue"] and q["cue"]["text"] == "saying")
    assert quote["speaker"] in {"Banda", "Colonel Banda", "Okello", "Major Okello"}


@pytest.mark.model
def test_a_charge_the_parser_compounds_with_its_denier_still_cuts_the_accusation(quotes_with_parties) -> None:
    text = "Rwanda, which borders the province, accuses Burundi of sheltering the rebels, a charge Gitega denies."
    quote = next(q for q in quotes_with_parties(text) if q["cue"] and q["cue"]["text"] == "accuses")
    assert quote["text"] == "Burundi of sheltering the rebels" and quote["speaker"] == "Rwanda"


@pytest.mark.model
def test_a_semicolon_ends_the_clause_a_later_cue_could_report(quotes_with_parties) -> None:
    text = ("Rebels attacked Tessalit on Monday. The shelling was blamed on the rebels by local officials; "
            "the movement denied firing at the town.")
    quotes = quotes_with_parties(text)
    denial = next(q for q in quotes if q["cue"] and q["cue"]["text"] == "denied")
    blame = next(q for q in quotes if q["cue"] and q["cue"]["text"] == "blamed")
    assert denial["text"] == "firing at the town"
    assert blame["speaker_mention"]["text"] == "local officials"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Gunmen burned nine trucks. The arson was attributed to the group by the regional delegate, "
         "Jorge Ferrada, who said two officers were hurt.", "Jorge Ferrada"),
        ("The ambush was attributed to the rebels by the army.", "army"),
    ],
)
def test_a_passive_accusation_is_the_by_agents(quotes_with_parties, text: str, speaker: str) -> None:
    quote = next(q for q in quotes_with_parties(text) if q["cue"] and q["cue"]["text"] == "attributed")
    assert speaker in (quote["speaker"] or "")


@pytest.mark.model
@pytest.mark.parametrize(
    "text", ["The fire was attributed to a faulty cable.", "The attack was blamed on the rebels."]
)
def test_a_passive_accusation_with_no_agent_is_nobodys_report(quotes_with_parties, text: str) -> None:
    assert quotes_with_parties(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "text",
    [
        "A statement from the Arakan Army said two soldiers were killed.",
        "A post by the Arakan Army on Telegram denied that its fighters had shelled the school.",
    ],
)
def test_a_document_from_an_author_speaks_for_the_author(quotes_with_parties, text: str) -> None:
    """The quote's speaker is the author, as the claim's claimant is ("A statement from X said")."""
    quote = next(q for q in quotes_with_parties(text) if q["cue"])
    assert quote["speaker"] == "Arakan Army"


@pytest.mark.model
def test_a_name_closing_an_apposition_speaks_for_a_cue_left_without_subject(quotes_with_parties) -> None:
    text = ("At a rally in a camp near Tindouf, in Algeria, a movement official, Mohamed Salem Lehbib, "
            "demanded that the United Nations hold a referendum.")
    quote = next(q for q in quotes_with_parties(text) if q["cue"] and q["cue"]["text"] == "demanded")
    assert "Lehbib" in (quote["speaker"] or "")


@pytest.mark.model
def test_it_refers_to_the_body_just_made_subject_not_the_last_speaker(quotes_with_parties) -> None:
    text = ("Georgia's State Security Service said Russian guards detained four villagers. The agency called "
            "the detentions illegal. The KGB of the breakaway region gave a different account. In a post on "
            "its Telegram channel, it said two border violators had been detained.")
    quote = next(q for q in quotes_with_parties(text) if q["text"].startswith("two border violators"))
    assert quote["speaker"] == "KGB"


@pytest.mark.model
def test_it_after_the_speakers_own_sentence_continues_the_speaker(quotes_with_parties) -> None:
    text = ("The Arakan Army said its fighters seized a base near Sittwe. It said two soldiers were captured.")
    quote = next(q for q in quotes_with_parties(text) if q["text"].startswith("two soldiers"))
    assert quote["speaker"] == "Arakan Army"


@pytest.mark.model
def test_a_participle_after_a_rejected_object_is_the_speakers_second_report(quotes_with_parties) -> None:
    text = ("The army commander, Col. Peter Yakam, denied reports that the army had been slow to respond, "
            "calling them \"lies spread on Facebook\".")
    quotes = quotes_with_parties(text)
    denial = next(q for q in quotes if q["cue"] and q["cue"]["text"] == "denied")
    calling = next(q for q in quotes if q["cue"] and q["cue"]["text"] == "calling")
    assert denial["text"] == "reports that the army had been slow to respond"
    assert calling["speaker"] == denial["speaker"] == "Peter Yakam"


@pytest.mark.model
def test_according_to_takes_its_clause_from_its_own_paragraph(quotes_with_parties) -> None:
    text = ("\"My brother is still over there,\" Beridze said.\n\n\"We want him back.\"\n\n"
            "On Sunday, a farmer was wounded by a shot fired across the line, according to the Interior Ministry, "
            "which blamed the guards.")
    quote = next(q for q in quotes_with_parties(text) if q["cue"] and q["cue"]["text"] == "according to")
    assert quote["text"].startswith("On Sunday, a farmer was wounded")


@pytest.mark.model
def test_the_group_of_a_tag_never_names_back_to_a_party_inside_the_quote(quotes_with_parties) -> None:
    text = ("The Karen National Union said on its website that one of its fighters had died. "
            "\"The Myanmar army burned our fields,\" the group wrote.")
    quote = next(q for q in quotes_with_parties(text) if q["direct"])
    assert quote["speaker_mention"]["text"] == "the group"
    assert quote["speaker"] == "Karen National Union"


@pytest.mark.model
def test_according_to_a_tally_by_an_organization_is_that_organizations(quotes_with_parties) -> None:
    text = ("Air strikes have killed more than 40 civilians this year, according to a tally by Amnesty "
            "International.")
    quote = next(q for q in quotes_with_parties(text) if q["cue"] and q["cue"]["text"] == "according to")
    assert quote["speaker"] == "Amnesty International"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        # A second subject the parser takes from a prepositional object is not the speaker.
        (
            "In a video posted online, masked men claiming to speak for the Clansman gang denied any role in the "
            "killings.",
            "any role in the killings",
            "masked men",
        ),
        # A cue joined to the reported clause after its "that" is coordinated with the outer cue.
        (
            "The People's Defense Forces, the PKK's armed wing, denied that any of its fighters had been in the "
            'area and accused Ankara of "waging war on Kurdish villages to sabotage the peace process."',
            "waging war on Kurdish villages",
            "The People's Defense Forces",
        ),
        # The subject the parser hung on the opening phrase's last noun.
        (
            "In a statement posted on Facebook, the NPA's Apolinario Gatmaitan Command claimed the ambush and "
            "said its fighters had killed five soldiers.",
            "its fighters had killed five soldiers",
            "the NPA's Apolinario Gatmaitan Command",
        ),
        # The dateline's city the parser made the subject is not the speaker hung on it.
        (
            "ALEPPO, Syria, 16 March 2024 — HTS, which controls Idlib, said government forces had shelled Ariha.",
            "government forces had shelled Ariha",
            "HTS",
        ),
        # A quantifier speaks for the group it picks from.
        (
            "Two military sources told Reuters the base had fallen. One of the sources said 20 soldiers were "
            "missing.",
            "20 soldiers were missing",
            "the sources",
        ),
        # "quoted as saying": the one quoted speaks, not the outlet that quoted them.
        (
            "Lt. Col. Guillaume Ndjike, an army spokesman, was quoted by Radio Okapi as saying the rebels had "
            "suffered heavy losses.",
            "the rebels had suffered heavy losses",
            "Lt. Col. Guillaume Ndjike",
        ),
        (
            "In Lichinga, the provincial capital near Lake Niassa, the governor's office said food aid would reach "
            "the displaced this week.",
            "food aid would reach the displaced",
            "the governor's office",
        ),
    ],
)
def test_misparsed_subjects_of_news_cues(quotes_of, text: str, content: str, speaker: str) -> None:
    quote = next(q for q in quotes_of(text) if q["text"].startswith(content))
    assert quote["speaker_mention"] is not None and quote["speaker_mention"]["text"] == speaker


@pytest.mark.model
def test_a_tag_the_parser_joined_to_the_clause_as_a_conjunct(quotes_of) -> None:
    text = ("Two soldiers were killed and five wounded in the fighting, which lasted several hours, the command "
            "said in a post on Instagram.")
    found = [q["text"] for q in quotes_of(text)]
    assert any(t.startswith("Two soldiers were killed and five wounded") for t in found)


@pytest.mark.model
def test_a_coordinated_cue_inside_a_fronted_report_stays_in_it(quotes_of) -> None:
    text = "The kidnappers have contacted his family and demanded a ransom of 50 million naira, a church official said."
    demand = next(q for q in quotes_of(text) if q["cue"] and q["cue"]["text"] == "demanded")
    assert demand["speaker_mention"]["text"] == "The kidnappers"


@pytest.mark.model
def test_a_narration_verb_after_a_tag_keeps_its_own_speaker(quotes_of) -> None:
    # The parser runs the tag's sentence into the narration after the quote; the speaker of
    # "murmured" is its own subject, not the tag's.
    text = ("Sir Henry laid his head back in his arm-chair and laughed one of his deep laughs. ‘How very odd,’ he "
            "said, ‘eh, Good?’\n\nGood beamed at me mysteriously through his eyeglass and murmured, ‘Yes, "
            "odd--very odd.’\n\n‘I don’t quite understand,’ said I.")
    quote = next(q for q in quotes_of(text) if q["text"].startswith("Yes, odd"))
    assert quote["speaker_mention"]["text"] == "Good"


@pytest.mark.parametrize(
    ("name", "gender"),
    [("Jean-Claude Razafy", None), ("Marie-Anne Dubois", "f"), ("Jean Smith", "f"), ("Mr. Jean-Claude Razafy", "m")],
)
def test_a_hyphenated_given_name_whose_parts_disagree_has_no_gender(name: str, gender: str | None) -> None:
    assert gender_of(name) == gender


@pytest.mark.model
def test_he_takes_the_name_apposed_to_the_previous_subject(quotes_of) -> None:
    text = ("The mayor of the town, Jean-Paul Kambale, gave an account different from that of Colonel Moussa "
            "Diallo. He accused the army of abandoning the villages.")
    parties = [party("Moussa Diallo", text, "Moussa Diallo"), party("Jean-Paul Kambale", text, "Jean-Paul Kambale")]
    accusation = next(q for q in quotes_of(text, parties) if q["cue"] and q["cue"]["text"] == "accused")
    assert accusation["speaker"] == "Jean-Paul Kambale"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "mention", "speaks_for_the_party"),
    [
        ("A Russian military blogger claimed that troops had taken the village.", "Russian military", False),
        ("A Russian military spokesman said that troops had taken the village.", "Russian military", True),
    ],
)
def test_a_commentator_does_not_speak_for_the_party_in_his_description(
    quotes_of, text: str, mention: str, speaks_for_the_party: bool
) -> None:
    army = party("Russian Armed Forces", text, mention, kind="military")
    quote = quotes_of(text, [army])[0]
    assert (quote["speaker"] == "Russian Armed Forces") is speaks_for_the_party


@pytest.mark.model
def test_an_unnamed_woman_is_then_called_the_mother(quotes_of) -> None:
    text = ("Police chief Carlos Mena said the gangs had left.\n\nA woman whose son was shot said the gangs had "
            "come at night. \"We ran with nothing,\" said the mother of three.")
    speakers = [q["speaker"] for q in quotes_of(text) if q["speaker_mention"]["text"] in {"A woman", "the mother"}]
    assert len(speakers) == 2 and speakers[0] == speakers[1] and "Mena" not in speakers[0]


@pytest.mark.model
def test_an_unnamed_relative_is_then_called_the_woman(quotes_of) -> None:
    text = ("Prison director Carlos Mena said all inmates were safe.\n\nThe sister of one prisoner said guards "
            "had beaten him. \"He did nothing wrong,\" said the woman, who asked that her name not be published.")
    quotes = quotes_of(text)
    sister = [q["speaker"] for q in quotes if q["speaker_mention"]["text"] in {"The sister", "the woman"}]
    assert len(sister) == 2 and sister[0] == sister[1] and "Mena" not in sister[0]
    assert not any("her name" in q["text"] for q in quotes)


@pytest.mark.model
def test_according_to_after_a_relative_clause_sources_only_that_clause(quotes_of) -> None:
    text = ("The army said it had shelled rebel positions and accused the rebels of attacking the town of Ras, "
            "where two children were killed, according to local doctors.")
    found = {q["cue"]["text"]: q["text"] for q in quotes_of(text)}
    assert found["according to"] == "two children were killed"
    assert found["accused"] == "the rebels of attacking the town of Ras"
    assert found["said"] == "it had shelled rebel positions"


@pytest.mark.model
def test_a_relative_clause_reporting_another_source_ends_the_report_before_it(quotes_of) -> None:
    text = "The army accused the rebels of using drones, which local activists said had also hit a mosque."
    found = {q["cue"]["text"]: (q["text"], q["speaker_mention"]["text"]) for q in quotes_of(text)}
    assert found["accused"] == ("the rebels of using drones", "The army")
    assert found["said"][1] == "local activists"


@pytest.mark.model
def test_a_closing_tag_the_parser_made_a_relative_clause(quotes_of) -> None:
    text = ("Rockets hit a fuel depot near the port overnight, cutting power to thousands of homes, provincial "
            "governor Ivan Petrenko said on Tuesday.")
    quote = next(q for q in quotes_of(text) if q["cue"] and q["cue"]["text"] == "said")
    assert quote["text"].startswith("Rockets hit a fuel depot") and "Petrenko" in quote["speaker_mention"]["text"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The monitoring group said farmers in the valley told it the soldiers had burned their crops.",
            [("said", "farmers in the valley told it the soldiers had burned their crops"),
             ("told", "the soldiers had burned their crops")],
        ),
        (
            "The ministry said it had told the envoy that the border would stay closed.",
            [("said", "it had told the envoy that the border would stay closed")],
        ),
        (
            "The governor said farmers told reporters the soldiers had burned their crops.",
            [("said", "farmers told reporters the soldiers had burned their crops")],
        ),
    ],
)
def test_a_second_source_relayed_inside_a_report_is_its_own_report(
    quotes_of, text: str, expected: list[tuple[str, str]]
) -> None:
    assert [(q["cue"]["text"], q["text"]) for q in quotes_of(text)] == expected


@pytest.mark.model
@pytest.mark.parametrize(
    ("second", "joined"),
    [
        ("A Fulani spokesman, Musa Bello, said the herders had lost 40 cattle.", True),
        ("A police spokesman, Musa Bello, said the herders had lost 40 cattle.", False),
    ],
)
def test_an_unnamed_spokesman_is_the_one_named_later_for_the_same_group(quotes_of, second: str, joined: bool) -> None:
    text = ("Farmers said Armed Fulani herders had burned the market, but a herders' representative said his men had only "
            f"defended their cattle.\n\n{second}")
    herders = party("Armed Fulani herders", text, "Armed Fulani herders", kind="armed_group")
    bello = party("Musa Bello", text, "Musa Bello")
    quotes = quotes_of(text, [herders, bello])
    first = next(q for q in quotes if q["text"].startswith("his men"))
    assert (first["speaker"] == "Musa Bello") is joined


@pytest.mark.model
def test_a_rival_account_after_while_is_its_own_report(quotes_of) -> None:
    text = ("The army said the raid was repelled and nine rebels were killed, while a village chief said at least "
            "four soldiers died.")
    chief = next(q for q in quotes_of(text) if q["text"] == "at least four soldiers died")
    assert chief["speaker_mention"]["text"] == "a village chief"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("A spokeswoman for the International Committee of the Red Cross (ICRC) in Kyiv, Maria Ivanova, said two "
         "of its warehouses were damaged.", "Maria Ivanova"),
        ("A spokesman for the aid group in Goma said two of its warehouses were damaged.", "spokesman"),
    ],
)
def test_a_name_closing_a_described_subject_is_the_speaker(quotes_of, text: str, speaker: str) -> None:
    parties = [party("Maria Ivanova", text, "Maria Ivanova")]
    assert quotes_of(text, parties)[0]["speaker"] == speaker


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("State media quoted the governor as saying that the road would reopen on Monday.",
         "the road would reopen on Monday", "the governor"),
        ("Reuters quoted a police officer as saying three people had died.",
         "three people had died", "a police officer"),
        # Without "quoted … as", the outlet still speaks.
        ("State media said the road would reopen on Monday.", "the road would reopen on Monday",
         "State media"),
    ],
)
def test_quoted_as_saying_gives_the_person_quoted(quotes_of, text, content, mention) -> None:
    quote = next(q for q in quotes_of(text) if q["text"] == content)
    assert quote["speaker_mention"]["text"] == mention


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "issued"),
    [
        ("A communique issued by the junta said the army had recaptured the town of Bir.", True),
        ("A statement signed by the junta's spokesman said the army had recaptured the town of Bir.", True),
        # Seeing a document does not make one its author.
        ("A report seen by the junta said the army had recaptured the town of Bir.", False),
    ],
)
def test_a_document_issued_by_a_party_speaks_for_it(quotes_of, text, issued) -> None:
    parties = [party("junta", text, r"the junta", kind="government")]
    (quote,) = [q for q in quotes_of(text, parties) if q["text"] == "the army had recaptured the town of Bir"]
    assert (quote["speaker"] == "junta") is issued


@pytest.mark.model
def test_according_to_ends_where_a_joined_clause_has_its_own_source(quotes_of) -> None:
    text = ("According to the police, the men were carrying explosives, and residents said they had "
            "heard gunfire.")
    quotes = {q["text"]: q for q in quotes_of(text)}
    assert quotes["the men were carrying explosives"]["cue"]["text"] == "According to"
    assert quotes["they had heard gunfire"]["speaker_mention"]["text"] == "residents"
    plain = "According to the police, the men were carrying explosives and had fled on foot."
    assert [q["text"] for q in quotes_of(plain)] == ["the men were carrying explosives and had fled on foot"]


@pytest.mark.model
def test_a_reuters_hyphen_dateline_is_not_the_speaker(quotes_of) -> None:
    text = (
        "MOGADISHU, Oct. 14 (Reuters) - Al-Shabaab claimed the attack, saying its fighters had killed "
        "30 soldiers."
    )
    (quote,) = quotes_of(text)
    assert quote["speaker_mention"]["text"] == "Al-Shabaab"


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "content", "mention"),
    [
        ("The military's media wing put the toll at three.", "the toll at three",
         "The military's media wing"),
        ("Bandits killed 17 villagers, police said, while residents put the death toll at 23.",
         "the death toll at 23", "residents"),
    ],
)
def test_putting_a_figure_at_a_number_reports_it(quotes_of, text, content, mention) -> None:
    quote = next(q for q in quotes_of(text) if q["text"] == content)
    assert quote["cue"]["text"] == "put" and quote["speaker_mention"]["text"] == mention


@pytest.mark.model
def test_putting_anything_else_reports_nothing(quotes_of) -> None:
    assert quotes_of("The government put pressure on the rebels to negotiate.") == []


@pytest.mark.model
def test_according_to_leaves_a_rival_account_after_while_alone(quotes_of) -> None:
    text = "Twelve people were killed, according to a hospital source, while the army put the toll at five."
    quotes = {q["text"]: q["cue"]["text"] for q in quotes_of(text)}
    assert quotes == {"Twelve people were killed": "according to", "the toll at five": "put"}


@pytest.mark.model
def test_a_street_is_no_scene_partner(quotes_of) -> None:
    text = (
        "Lucy Carew sat at the window of the parlour in Holloway Lane. Her aunt, Mrs. Pell, "
        "watched her over her netting.\n\n"
        '"You will wear a hole in the glass, my dear."\n\n'
        '"I am looking at the weather."'
    )
    assert "Holloway Lane" not in [quote["speaker"] for quote in quotes_of(text)]


@pytest.mark.model
def test_a_paragraph_pronoun_the_chain_gave_the_last_speaker_takes_the_turn(quotes_of) -> None:
    text = (
        "The raft drifted all day. Rourke sat by the mast, and Penhale lay beside him.\n\n"
        '"Any rain?" said Rourke.\n\n'
        '"None, sir."\n\n'
        '"Any wind?"\n\n'
        '"None."\n\n'
        '"We shall go on as we are," said Rourke.\n\n'
        '"As we are is nothing, sir," said Penhale.\n\n'
        '"As we are is alive, Mr. Penhale. I have been less."\n\n'
        '"Not with a woman aboard."\n\n'
        '"No. Not with a woman aboard." He looked at Mrs. Ayling. "How is it with you, ma\'am?"'
    )
    speakers = [quote["speaker"] for quote in quotes_of(text)]
    assert speakers[-1] == speakers[-4] == "Rourke" != speakers[-3]


@pytest.mark.model
def test_a_title_ending_the_sentence_before_is_not_the_names(nlp) -> None:
    from conflictcli.extractors.quotes import _DocIndex, find_direct_quotes

    text = "“There was only papa.”\n\nHarriet turned round. Mrs. Bunce and Mrs.\n\nJones came in."
    index = _DocIndex(nlp(text), find_direct_quotes(text, max_chars=6000))
    harriet, bunce = text.index("Harriet"), text.index("Bunce")
    assert index.titled_text(harriet, harriet + len("Harriet")) == "Harriet"
    assert index.titled_text(bunce, bunce + len("Bunce")) == "mrs Bunce"


@pytest.mark.model
def test_the_description_the_narration_turns_to_is_the_name_called(quotes_of) -> None:
    text = (
        "Lady Brandon sat by the fire, and Mrs. Gorse stood by the door with the maid.\n\n"
        '"She was in the room alone," said Mrs. Gorse.\n\n'
        '"Yes, my dear." Sir John turned to the girl. "Well, Patty? What have you to say?"\n\n'
        '"Nothing, sir."\n\n'
        '"Nothing?"\n\n'
        "The girl opened her mouth and shut it again.\n\n"
        '"I saw it, sir. I did not look in it."'
    )
    assert quotes_of(text)[-1]["speaker"] == "Patty"



@pytest.mark.model
def test_a_description_party_is_the_name_the_narration_said_it_was(nlp) -> None:
    from conflictcli.extractors.quotes import _DocIndex, _predicated_party, find_direct_quotes

    text = (
        "The doctor stood looking down at the patient. Josiah Crane had been the hardest man in "
        "Bradwell for forty years.\n\n"
        '"Is that Ferrier?" said the sick man. "You are late."\n\n'
        '"I am, Mr. Crane."\n\n'
        "The old man opened his eyes."
    )
    parties = [
        {"name": "Josiah Crane", "type": "person", "mentions": [
            {"text": "Josiah Crane", "start": text.index("Josiah"), "end": text.index(" had")}]},
        {"name": "hardest man", "type": "person", "mentions": [
            {"text": "the hardest man", "start": text.index("the hardest"), "end": text.index(" in Bradwell")}]},
    ]
    doc = nlp(text)
    doc._.conflictcli_parties = parties
    index = _DocIndex(doc, find_direct_quotes(text, max_chars=6000))
    assert _predicated_party("hardest man", index) == "Josiah Crane"


@pytest.mark.model
def test_a_role_the_narration_named_before_is_the_scene_partner(quotes_of) -> None:
    text = (
        "Dr. Ferrier came at ten, and he found Nurse Abbot by the fire.\n\n"
        '"Well, nurse?"\n\n'
        '"Much the same, doctor."\n\n'
        '"Has he slept?"\n\n'
        '"In snatches."\n\n'
        "The doctor put down his bag and stood looking down at the bed. Josiah Crane had been the hardest "
        "man in Bradwell for forty years.\n\n"
        '"Is that Ferrier?" said the sick man. "You\'re late."\n\n'
        '"I am, Mr. Crane. There was a child being born."'
    )
    assert quotes_of(text)[-1]["speaker"] == "Ferrier"


@pytest.mark.model
def test_a_titled_name_set_beside_a_role_names_it_whatever_the_tagger_says(quotes_of) -> None:
    text = (
        "There were six at the table that night: the Colonel and Mrs. Fane; Miss Pim, who went "
        "everywhere; Madame Zelenska, the medium, a stout, pale, soft-voiced woman in black bombazine; "
        "and young Dr. Wray.\n\n"
        '"We will join hands," said the medium. "Nobody must break the circle."\n\n'
        '"What are the consequences?" asked Wray.\n\n'
        '"Sometimes a fit. Sometimes worse."\n\n'
        '"For you, or for us?"\n\n'
        '"Lucas," said the Colonel heavily, "you promised Edith."\n\n'
        '"So I did, sir."'
    )
    assert quotes_of(text)[3]["speaker"] == "Madame Zelenska"


@pytest.mark.model
def test_a_kin_word_is_answered_by_the_one_who_answered_it_before(quotes_of) -> None:
    text = (
        "Mr. Pottle sat by the fire, and his nephew Cyril stood at the window with Mr. Nibbs.\n\n"
        '"I say, uncle," said Cyril, "are you really going to buy a horse?"\n\n'
        '"I am considering it," said Mr. Pottle.\n\n'
        '"She goes like the wind, sir," said Mr. Nibbs.\n\n'
        '"When asked?"\n\n'
        '"When asked, sir."\n\n'
        '"And when not asked?"\n\n'
        '"Then she considers, sir."\n\n'
        "The mare went off down the road, and Mr. Pottle slid to the ground. It was some time before "
        "Cyril came panting up, followed by Mr. Nibbs.\n\n"
        '"Uncle! Are you hurt?" gasped Cyril.\n\n'
        '"I am not hurt. I am considering."'
    )
    assert quotes_of(text)[-1]["speaker"] == "Mr. Pottle"


def test_the_person_heard_speaking_is_the_speaker_not_the_listener(nlp) -> None:
    from conflictcli.extractors.quotes import _subject_of

    # "I remember hearing him call the rat-catcher by saying": the parser hangs "by" on "hearing".
    words = ["I", "remember", "hearing", "him", "call", "the", "catcher", "by", "saying"]
    doc = Doc(
        nlp.vocab,
        words=words,
        heads=[1, 1, 1, 4, 2, 6, 4, 2, 7],
        deps=["nsubj", "ROOT", "xcomp", "nsubj", "ccomp", "det", "dobj", "prep", "pcomp"],
        lemmas=["I", "remember", "hear", "he", "call", "the", "catcher", "by", "say"],
        tags=["PRP", "VBP", "VBG", "PRP", "VB", "DT", "NN", "IN", "VBG"],
    )
    assert _subject_of(doc[8], bytearray(len(doc))).text == "him"
