"""Property tests: for any text, extractors never raise, every report validates against the
generated JSON Schema, and every span points at the text."""

from __future__ import annotations

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from conflictcli.inputs import Article
from conflictcli.pipeline import analyze_articles
from conflictcli.schema import json_schema

pytestmark = pytest.mark.model

FRAGMENTS = [
    "KYIV, June 12 (Reuters) - ", "date 2023-11-08 ", "Published: 2024-02-14\n", "Rebels", "the army",
    " said ", " killed ", " at least ", "12", "twenty-three", " civilians", " were wounded", " in ",
    "Goma", "Kherson", "Baku", "Azerbaijan", "on Tuesday", "last week", "“", "”", '"', "«", "»", "‘",
    "’", ", ", ". ", "\n\n", "according to", " the ministry", " reportedly", " denied ", "that ",
    "Hikmet Hajiyev", " he ", "1994", "60 military posts", " dozens of ", "(", ")", "—", "🔥", "حلب",
]

texts = st.one_of(
    st.text(min_size=1, max_size=400),
    st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=60).map("".join),
    st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=8)), min_size=1, max_size=60).map("".join),
)

VALIDATOR = jsonschema.Draft202012Validator(json_schema())


def spans(report: dict) -> list[dict]:
    found = [*report["dates"], *report["quotes"], *report["claims"], *report["casualties"]]
    found += [m for entry in report["places"] + report["parties"] for m in entry["mentions"]]
    found += [q[key] for q in report["quotes"] for key in ("cue", "speaker_mention") if q[key]]
    found += [h for claim in report["claims"] for h in claim.get("hedges", [])]
    if report["reference_date"].get("span"):
        found.append(report["reference_date"]["span"])
    return found


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts)
def test_any_text_gives_a_valid_report_with_true_spans(pipeline, text: str) -> None:
    (report,) = analyze_articles([Article(text=text)], nlp=pipeline)
    VALIDATOR.validate(report)
    assert "error" not in report
    for span in spans(report):
        assert text[span["start"] : span["end"]] == span["text"]
        assert 0 <= span["start"] <= span["end"] <= len(text)
