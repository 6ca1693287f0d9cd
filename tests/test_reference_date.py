"""Reference date: input > dateline > option > none, and every dateline form we recognise."""

from __future__ import annotations

import pytest
import spacy

from conflictcli.extractors.reference_date import extract_reference_date


@pytest.fixture(scope="module")
def blank():
    """The dateline reader only needs ``doc.text``: a blank English pipeline is enough."""
    return spacy.blank("en")


DATELINES = [
    pytest.param(" date 2023-11-08 Azerbaijan has initiated a military operation.",
                 "2023-11-08", "2023-11-08", id="inline-date-label"),
    pytest.param("MAPUTO, Mozambique, 14 May 2024 — Insurgents attacked a village.",
                 "14 May 2024", "2024-05-14", id="wire-day-month-year"),
    pytest.param("KABUL, Afghanistan (Nov. 3, 2010) — A suicide bomber struck.",
                 "Nov. 3, 2010", "2010-11-03", id="wire-bracketed"),
    pytest.param("Strikes hit Tyre\nBEIRUT (AP) — Israeli jets struck.\nPublished: February 14, 2024",
                 "February 14, 2024", "2024-02-14", id="published-line-after-ap"),
    pytest.param("Strikes hit Tyre\nUpdated 10:15 AM GMT, Feb 14, 2024\nBEIRUT (AP) — Jets struck.",
                 "Feb 14, 2024", "2024-02-14", id="updated-time-first"),
    pytest.param("Strikes kill 27 in Gaza\n\nBy Staff Writer | Updated 14:05 GMT, 9 June 2026\n\nGAZA CITY — Jets struck.",
                 "9 June 2026", "2026-06-09", id="byline-then-updated"),
    pytest.param("Carmaker names new chief\nMarch 06, 2008\n\nThe company named a new chief.",
                 "March 06, 2008", "2008-03-06", id="alone-on-line-meantime"),
    pytest.param("Drone strikes on Kharkiv\nMon 12 Feb 2024 10.15 GMT\nDrones hit the city.",
                 "Mon 12 Feb 2024", "2024-02-12", id="guardian-style"),
    pytest.param("Drone strikes on Kharkiv\n2024-02-14T10:15:00Z\nDrones hit the city.",
                 "2024-02-14T10:15:00Z", "2024-02-14", id="iso-timestamp"),
    pytest.param("Posted on 3 March 2024\nThe militia withdrew.", "3 March 2024", "2024-03-03",
                 id="posted-on"),
    pytest.param("GOMA, Congo, Jan. 9, 2023 - Rebels advanced.", "Jan. 9, 2023", "2023-01-09",
                 id="wire-two-names"),
    pytest.param("GOMA, Democratic Republic of Congo, March 3, 2025 — Fighting resumed.",
                 "March 3, 2025", "2025-03-03", id="wire-country-with-of"),
    pytest.param("POPAYÁN, Colombia, August 5, 2024 — Dissidents attacked.", "August 5, 2024",
                 "2024-08-05", id="wire-accented-city"),
    pytest.param("Kabul, 2024-09-10 — A bomb exploded.", "2024-09-10", "2024-09-10",
                 id="wire-title-case-iso"),
    pytest.param("Patrol Detains Two Suspects in Zabul\nJoint Command - Afghanistan\n2011-03-S-014\n"
                 "For Immediate Release\nDownload PDF\n\nKABUL, Afghanistan (March 4, 2011)\nA patrol detained two.",
                 "March 4, 2011", "2011-03-04", id="wire-below-release-header"),
    pytest.param("KABUL, Afghanistan (July 13. 2012) – Afghan forces detained two men.", "July 13. 2012",
                 "2012-07-13", id="period-before-year"),
    pytest.param("Dec. 16\nJoint Command - Afghanistan\n2010-12-S-187\nKABUL, Afghanistan (Dec. 16) – "
                 "Three children were hurt.", "Dec. 16", "2010-12-16", id="yearless-release-number"),
    pytest.param("Strikes in Rakhine\nApril 21, 2025 / 4:15 PM GMT\nSITTWE (Reuters) - Jets struck.",
                 "April 21, 2025", "2025-04-21", id="date-slash-clock"),
    pytest.param("Friday, 18 October 2024 · 6:20 PM IST\nIMPHAL: A bomb exploded.",
                 "Friday, 18 October 2024", "2024-10-18", id="weekday-date-dot-clock"),
    pytest.param("YANGON (Myanmar), March 10, 2025 — A strike killed nine.", "March 10, 2025", "2025-03-10",
                 id="wire-place-with-country-in-brackets"),
    pytest.param("May 15: Operations in Eastern Afghanistan\nJoint Command - Afghanistan\n2010-05-CA-061\n"
                 "In Logar last night, a force detained two men.", "May 15", "2010-05-15", id="release-title-date"),
    pytest.param("BUKAVU, DR Congo, 03/10/2025 — Militiamen attacked a checkpoint.", "03/10/2025", "2025-10-03",
                 id="numeric-day-first"),
    pytest.param("GOMA, 12/25/2024 — Rebels shelled the airport.", "12/25/2024", "2024-12-25",
                 id="numeric-month-first-when-day-first-impossible"),
    pytest.param("Published 05.06.2024\nKABUL — A bomb exploded.", "05.06.2024", "2024-06-05",
                 id="numeric-dotted-published-line"),
    pytest.param("TEMUCO, Chile, 04-12-2026 — Gunmen set fire to trucks.", "04-12-2026", "2026-12-04",
                 id="numeric-hyphenated-day-first"),
]


@pytest.mark.parametrize(("text", "span_text", "value"), DATELINES)
def test_dateline_forms(blank, text: str, span_text: str, value: str) -> None:
    result = extract_reference_date(blank(text))
    assert result["value"] == value
    assert result["origin"] == "dateline"
    span = result["span"]
    assert span["text"] == span_text
    assert text[span["start"]:span["end"]] == span_text


YEARLESS = [
    pytest.param("KYIV, June 12 (Reuters) - Russian forces shelled the city.", "June 12",
                 "2024-06-12", id="reuters"),
    pytest.param("WASHINGTON (Sept. 5) - The Pentagon said.", "Sept. 5", "2023-09-05",
                 id="bracketed-month-day"),
    pytest.param("(Sept. 5) - The Pentagon said.", "Sept. 5", "2023-09-05", id="bracket-only"),
]


@pytest.mark.parametrize(("text", "span_text", "value"), YEARLESS)
def test_yearless_dateline_takes_year_nearest_the_option(blank, text, span_text, value) -> None:
    default = "2024-06-20" if value.startswith("2024") else "2024-01-03"
    result = extract_reference_date(blank(text), default_date=default)
    assert result == {"value": value, "origin": "dateline",
                      "span": {"text": span_text, "start": text.index(span_text),
                               "end": text.index(span_text) + len(span_text)}}


@pytest.mark.parametrize(("text", "_span", "_value"), YEARLESS)
def test_yearless_dateline_without_any_year_gives_none(blank, text, _span, _value) -> None:
    result = extract_reference_date(blank(text))
    assert result["value"] is None
    assert result["origin"] == "none"
    assert result["span"]["text"] == _span


NOT_DATELINES = [
    "GOMA, 13/25/2024 — No such day in either order.",
    pytest.param("NAIROBI, Kenya (AP) _ Police said on June 5 that 3 died.", id="ap-no-date"),
    pytest.param("Attack on June 5 kills three\nThe attack happened at dawn.", id="date-in-title"),
    pytest.param("The talks ended.\nMore talks.\nStill more.\nAnd more.\nMarch 06, 2008",
                 id="too-far-down"),
    pytest.param("", id="empty"),
    pytest.param("Published: sometime last week", id="label-without-date"),
    pytest.param("date 2023-02-30 nothing valid", id="impossible-date"),
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_no_dateline(blank, text: str) -> None:
    assert extract_reference_date(blank(text)) == {"value": None, "origin": "none", "span": None}


def test_yearless_dateline_takes_the_latest_year_in_the_article(blank) -> None:
    text = ("BAMAKO, Jan 22 (Reuters) - Militants killed 30 villagers, one of the deadliest attacks "
            "so far in 2024. The junta seized power in 2020 and 2021; 1,500 people fled.")
    result = extract_reference_date(blank(text))
    assert (result["value"], result["origin"]) == ("2024-01-22", "dateline")
    assert result["span"]["text"] == "Jan 22"


def test_input_date_wins_but_dateline_span_is_kept(blank) -> None:
    text = "Carmaker names new chief\nMarch 06, 2008\n\nBody."
    result = extract_reference_date(blank(text), input_date="2008-03-07", default_date="2000-01-01")
    assert result["value"] == "2008-03-07"
    assert result["origin"] == "input"
    assert result["span"]["text"] == "March 06, 2008"


def test_dateline_beats_option(blank) -> None:
    result = extract_reference_date(blank("March 06, 2008\nBody."), default_date="2000-01-01")
    assert (result["value"], result["origin"]) == ("2008-03-06", "dateline")


def test_option_when_no_dateline(blank) -> None:
    result = extract_reference_date(blank("No dateline here."), default_date="2024-02-14")
    assert result == {"value": "2024-02-14", "origin": "option", "span": None}


def test_malformed_input_date_is_ignored(blank) -> None:
    result = extract_reference_date(blank("No dateline."), input_date="14/02/2024",
                                    default_date="2024-02-14")
    assert (result["value"], result["origin"]) == ("2024-02-14", "option")


def test_odd_text_never_raises(blank) -> None:
    for text in ["(((", "date", "\u202eمرحبا 2024-02-14", "🙂 " * 500, "x" * 1_000_000,
                 "KYIV, June 31 (Reuters) -"]:
        result = extract_reference_date(blank(text))
        assert result["origin"] in ("dateline", "none")


def test_component_reads_context(blank) -> None:
    import conflictcli.extractors.reference_date  # noqa: F401  (registers the factory)

    nlp = spacy.blank("en")
    nlp.add_pipe("conflictcli_reference_date")
    doc = nlp.make_doc("KYIV, June 12 (Reuters) - Shelling.")
    doc._.conflictcli_context = {"reference_date": None, "default_reference_date": "2024-06-20"}
    doc = nlp(doc)
    assert doc._.conflictcli_reference_date["value"] == "2024-06-12"
    bare = nlp("KYIV, June 12 (Reuters) - Shelling.")
    assert bare._.conflictcli_reference_date["origin"] == "none"
