"""The csv and geojson renderers: round trips, quoting, coordinate order, error records, the CLI."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from conflictcli.cli import app
from conflictcli.render import FORMATS, get_renderer
from conflictcli.render.csv import COLUMNS

from .conftest import ROOT

TEXT = 'Rebels said, "we hold Goma,\nfor now." On 3 March 2025 12 civilians were killed in Goma and Atlantis.'


def span(text: str, fragment: str) -> dict:
    start = text.index(fragment)
    return {"text": fragment, "start": start, "end": start + len(fragment)}


def make_report(text: str = TEXT, path: str | None = "a, b.txt", article_id: str | None = None) -> dict:
    quote = span(text, 'we hold Goma,\nfor now.')
    goma = span(text, "Goma")
    goma_again = {"text": "Goma", "start": text.rindex("Goma"), "end": text.rindex("Goma") + 4}
    return {
        "schema_version": "1.0",
        "source": {"path": path, "id": article_id, "sha256": "0" * 64, "chars": len(text)},
        "reference_date": {"value": None, "origin": "none", "span": None},
        "extractors": ["dates", "places", "parties", "quotes", "claims", "casualties"],
        "dates": [{**span(text, "3 March 2025"), "value": "2025-03-03", "type": "DATE"}],
        "places": [
            {"name": "Goma", "country_code": "CD", "lat": -1.67409, "lon": 29.22845, "mentions": [goma, goma_again], "feature": "city"},
            {"name": "Atlantis", "country_code": None, "lat": None, "lon": None, "mentions": [span(text, "Atlantis")]},
        ],
        "parties": [{"name": "M23", "type": "armed_group", "country_code": "CD", "mentions": [span(text, "Rebels")]}],
        "quotes": [{**quote, "speaker": "M23", "speaker_mention": span(text, "Rebels"), "cue": span(text, "said"), "direct": True}],
        "claims": [{**quote, "claimant": "M23", "kind": "territorial_claim", "hedged": False}],
        "casualties": [{**span(text, "12 civilians were killed"), "count": 12, "who": "civilians", "status": "killed"}],
    }


ERROR = {"source": {"path": "missing.txt", "id": None, "line": None}, "error": {"type": "not_found", "message": 'no such file, "really"'}}


def render(name: str, reports: list[dict]) -> str:
    out = io.StringIO(newline="")
    get_renderer(name)(reports, out)
    return out.getvalue()


def test_formats_are_registered() -> None:
    assert {"csv", "geojson"} <= set(FORMATS)
    for name in FORMATS:
        assert callable(get_renderer(name))


def test_csv_round_trips_through_dictreader() -> None:
    output = render("csv", [make_report(), ERROR])
    assert output.startswith(",".join(COLUMNS) + "\r\n")
    rows = list(csv.DictReader(io.StringIO(output, newline="")))
    assert [row["kind"] for row in rows] == ["date", "place", "place", "place", "party", "quote", "claim", "casualty", "error"]
    assert all(list(row) == list(COLUMNS) for row in rows)
    quote = rows[5]
    assert quote["text"] == 'we hold Goma,\nfor now.'
    assert TEXT[int(quote["start"]):int(quote["end"])] == quote["text"]
    assert (quote["speaker"], quote["cue"], quote["direct"]) == ("M23", "said", "true")
    assert rows[0]["source"] == "a, b.txt" and rows[0]["value"] == "2025-03-03" and rows[0]["type"] == "DATE"
    goma = rows[1]
    assert (goma["name"], goma["country_code"], goma["lat"], goma["lon"], goma["type"]) == ("Goma", "CD", "-1.67409", "29.22845", "city")
    assert rows[3]["lat"] == rows[3]["lon"] == rows[3]["country_code"] == ""
    assert rows[6]["claimant"] == "M23" and rows[6]["hedged"] == "false" and rows[6]["type"] == "territorial_claim"
    assert (rows[7]["count"], rows[7]["who"], rows[7]["status"]) == ("12", "civilians", "killed")
    assert rows[8]["text"] == 'no such file, "really"' and rows[8]["source"] == "missing.txt"
    for row in rows[:-1]:
        assert TEXT[int(row["start"]):int(row["end"])] == row["text"]


def test_csv_quotes_per_rfc_4180() -> None:
    text = 'He said, "yes"\nthen left.'
    report = make_report()
    report.update(dates=[], places=[], parties=[], quotes=[], casualties=[])
    report["claims"] = [{**span(text, text), "claimant": None, "kind": "statement", "hedged": True}]
    output = render("csv", [report])
    assert output.endswith('"a, b.txt",claim,0,25,"He said, ""yes""\nthen left.",,statement,,,,,,,,,true,,,\r\n')
    (row,) = csv.DictReader(io.StringIO(output, newline=""))
    assert row["text"] == text and row["claimant"] == ""


def test_csv_names_jsonl_lines_by_id_and_writes_header_once() -> None:
    reports = [make_report(path="feed.jsonl", article_id="a1"), make_report(path="feed.jsonl", article_id="a2")]
    output = render("csv", reports)
    rows = list(csv.DictReader(io.StringIO(output, newline="")))
    assert output.count("source,kind,start") == 1
    assert {row["source"] for row in rows} == {"feed.jsonl#a1", "feed.jsonl#a2"}


def test_csv_of_nothing_is_just_the_header() -> None:
    assert render("csv", []) == ",".join(COLUMNS) + "\r\n"


def test_csv_streams_one_report_at_a_time() -> None:
    out = io.StringIO(newline="")
    written: list[int] = []

    def reports():
        yield make_report()
        written.append(len(out.getvalue()))
        yield make_report()

    get_renderer("csv")(reports(), out)
    assert 0 < written[0] < len(out.getvalue())


def test_geojson_points_are_lon_lat_and_skip_unlocated_places() -> None:
    collection = json.loads(render("geojson", [make_report(), ERROR, make_report(path=None)]))
    assert collection["type"] == "FeatureCollection"
    assert len(collection["features"]) == 2
    feature = collection["features"][0]
    assert feature["type"] == "Feature"
    assert feature["geometry"] == {"type": "Point", "coordinates": [29.22845, -1.67409]}
    assert feature["properties"] == {
        "name": "Goma", "country_code": "CD", "feature": "city", "source": "a, b.txt",
        "mention_count": 2, "mentions": ["Goma", "Goma"],
    }
    assert collection["features"][1]["properties"]["source"] == "-"


def test_geojson_of_nothing_is_an_empty_collection() -> None:
    assert json.loads(render("geojson", [ERROR])) == {"type": "FeatureCollection", "features": []}


@pytest.mark.model
def test_cli_writes_csv_and_geojson(pipeline, monkeypatch) -> None:
    monkeypatch.chdir(ROOT)
    sample = "samples/docs/01_drc_masisi.txt"
    runner = CliRunner()
    result = runner.invoke(app, ["analyze", "--format", "csv", sample])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout, newline="")))
    text = (ROOT / sample).read_text(encoding="utf-8")
    kinds = {row["kind"] for row in rows}
    assert {"date", "place", "party", "quote", "claim", "casualty"} <= kinds
    for row in rows:
        assert row["source"] == sample
        assert text[int(row["start"]):int(row["end"])] == row["text"]
    result = runner.invoke(app, ["analyze", "--format", "geojson", sample])
    assert result.exit_code == 0, result.stderr
    collection = json.loads(result.stdout)
    goma = next(f for f in collection["features"] if f["properties"]["name"] == "Goma")
    lon, lat = goma["geometry"]["coordinates"]
    assert 28 < lon < 30 and -2 < lat < -1
