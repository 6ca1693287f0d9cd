"""The command line through CliRunner: formats, inputs, errors and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import msgspec
import pytest
from typer.testing import CliRunner

from conflictcli.cli import app
from conflictcli.schema import ErrorRecord, Report

from .conftest import MODEL

runner = CliRunner()

ARTICLE = (
    "GOMA, Democratic Republic of Congo, March 3, 2025 — Rebels killed at least 12 civilians in an "
    "attack on a village in North Kivu on Sunday, the army said. \"We will respond,\" said Lt. Col. "
    "Jean Mbala, an army spokesman.\n"
)


def jsonl(stdout: str) -> list[dict]:
    return [json.loads(line) for line in stdout.splitlines() if line.strip()]


def invoke(*args: str, **kwargs):
    return runner.invoke(app, list(args), env={"COLUMNS": "200", "NO_COLOR": "1"}, **kwargs)


@pytest.fixture(scope="module")
def article(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("articles") / "goma.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_help_lists_commands_and_exit_codes() -> None:
    result = invoke("--help")
    assert result.exit_code == 0
    for command in ("analyze", "eval", "schema"):
        assert command in result.stdout
    analyze_help = invoke("analyze", "--help").stdout
    assert "130" in analyze_help and "jsonl otherwise" in analyze_help


def test_help_does_not_import_spacy() -> None:
    code = (
        "import sys; from typer.testing import CliRunner; from conflictcli.cli import app; "
        "CliRunner().invoke(app, ['analyze', '--help']); print('spacy' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_version() -> None:
    result = invoke("--version")
    assert result.exit_code == 0 and result.stdout.startswith("conflictcli ")


def test_schema_is_json_schema_of_reports_and_errors() -> None:
    result = invoke("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert schema["$schema"].startswith("https://json-schema.org/")
    assert {"Report", "ErrorRecord", "Span", "Place", "Party", "Quote", "Claim", "Casualty"} <= set(schema["$defs"])
    assert {"dates", "places", "parties", "quotes", "claims", "casualties"} <= set(
        schema["$defs"]["Report"]["properties"]
    )


@pytest.mark.model
def test_analyze_jsonl_report_follows_contract(pipeline, article: Path) -> None:
    result = invoke("analyze", "--format", "jsonl", str(article))
    assert result.exit_code == 0, result.stderr
    (report,) = jsonl(result.stdout)
    msgspec.convert(report, Report)
    assert report["schema_version"] == "1.0"
    assert report["source"]["path"] == str(article)
    assert report["source"]["chars"] == len(ARTICLE)
    assert report["reference_date"] == {
        "value": "2025-03-03",
        "origin": "dateline",
        "span": report["reference_date"]["span"],
    }
    text = article.read_text(encoding="utf-8")
    for kind in ("dates", "quotes", "claims", "casualties"):
        for item in report[kind]:
            assert text[item["start"] : item["end"]] == item["text"]
    for kind in ("places", "parties"):
        for entry in report[kind]:
            for mention in entry["mentions"]:
                assert text[mention["start"] : mention["end"]] == mention["text"]
    assert any(c["count"] == 12 and c["status"] == "killed" for c in report["casualties"])


@pytest.mark.model
def test_only_limits_extractors_and_keeps_fields(pipeline, article: Path) -> None:
    result = invoke("analyze", "--format", "jsonl", "--only", "dates,casualties", str(article))
    assert result.exit_code == 0
    (report,) = jsonl(result.stdout)
    assert report["extractors"] == ["dates", "casualties"]
    assert report["places"] == [] and report["quotes"] == []
    assert report["dates"]


@pytest.mark.model
def test_json_format_is_one_document(pipeline, article: Path) -> None:
    result = invoke("analyze", "--format", "json", str(article), str(article))
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert isinstance(document, list) and len(document) == 2
    assert document[0] == document[1]


@pytest.mark.model
def test_table_format_prints_sections(pipeline, article: Path) -> None:
    result = invoke("analyze", "--format", "table", str(article))
    assert result.exit_code == 0
    assert "goma.txt" in result.stdout and "Casualties" in result.stdout


@pytest.mark.model
def test_bad_inputs_get_error_lines_in_order_and_exit_1(pipeline, article: Path, tmp_path: Path) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"%PDF-1.7\x00\x00")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Bogotá".encode("latin-1"))
    missing = tmp_path / "missing.txt"
    result = invoke("analyze", "--format", "jsonl", str(binary), str(article), str(missing), str(latin))
    assert result.exit_code == 1
    lines = jsonl(result.stdout)
    assert [line.get("error", {}).get("type") for line in lines] == [
        "binary_input",
        None,
        "not_found",
        "decode_error",
    ]
    for line in (lines[0], lines[2], lines[3]):
        msgspec.convert(line, ErrorRecord)
    errors = [line for line in result.stderr.splitlines() if line.startswith("conflictcli: error: ")]
    assert len(errors) == 3
    assert result.stderr.splitlines()[-1].startswith("conflictcli: analyzed 1, skipped 0, failed 3 in ")
    assert str(binary) in errors[0] and str(missing) in errors[1] and "--encoding" in errors[2]
    assert "Traceback" not in result.stderr


@pytest.mark.model
def test_jsonl_input_reference_date_wins_over_dateline(pipeline, tmp_path: Path) -> None:
    path = tmp_path / "scraped.jsonl"
    rows = [
        {"id": "x1", "text": ARTICLE, "reference_date": "2025-03-04"},
        {"id": "x2", "text": "Shelling resumed on Tuesday near Kherson."},
        {"id": "x3"},
    ]
    path.write_text("\n".join(json.dumps(row) for row in rows), encoding="utf-8")
    result = invoke("analyze", "--format", "jsonl", "--reference-date", "2024-03-07", str(path))
    assert result.exit_code == 1
    first, second, third = jsonl(result.stdout)
    assert first["source"] == {**first["source"], "path": str(path), "id": "x1"}
    assert first["reference_date"]["value"] == "2025-03-04"
    assert first["reference_date"]["origin"] == "input"
    assert second["reference_date"] == {"value": "2024-03-07", "origin": "option", "span": None}
    assert third["source"]["line"] == 3 and third["error"]["type"] == "invalid_jsonl"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["analyze", "--reference-date", "12/03/2024", "x.txt"], "YYYY-MM-DD"),
        (["analyze", "--only", "weather", "x.txt"], "unknown extractor"),
        (["analyze", "--format", "xml", "x.txt"], "xml"),
    ],
)
def test_usage_errors_exit_2(args: list[str], needle: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert needle in result.stderr


@pytest.mark.model
def test_a_pipeline_without_a_parser_gets_sentences_and_analyzes(tmp_path: Path) -> None:
    # A user's own pipeline may lack the parser; the extractors still need sentence boundaries.
    import spacy

    model = tmp_path / "no_parser"
    spacy.load(MODEL, exclude=["parser"]).to_disk(model)
    path = tmp_path / "a.txt"
    path.write_text("KYIV, June 12 (Reuters) - Russian forces shelled Kharkiv on Monday, the governor said.")
    result = invoke("analyze", "--model", str(model), "-f", "json", str(path))
    assert result.exit_code == 0, result.stderr
    report = json.loads(result.stdout)
    report = report[0] if isinstance(report, list) else report
    assert "error" not in report
    assert "Kharkiv" in {place["name"] for place in report["places"]}


def test_unknown_model_is_a_usage_error(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Troops advanced.")
    result = invoke("analyze", "--model", "no_such_pipeline_xyz", str(path))
    assert result.exit_code == 2
    assert result.stderr.count("\n") == 1 and "no_such_pipeline_xyz" in result.stderr


@pytest.mark.model
def test_stdin_through_installed_console_script(pipeline) -> None:
    """The installed entry point reads stdin and writes JSON Lines (subprocess: no CliRunner)."""
    script = Path(sys.executable).with_name("conflictcli")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "conflictcli"]
    completed = subprocess.run(
        [*command, "analyze", "--format", "jsonl", "-"],
        input=ARTICLE.encode(),
        capture_output=True,
        check=False,
        timeout=300,
    )
    assert completed.returncode == 0, completed.stderr.decode()
    (report,) = [json.loads(line) for line in completed.stdout.decode().splitlines()]
    assert report["source"]["path"] is None
    assert report["source"]["chars"] == len(ARTICLE)


@pytest.mark.model
def test_output_piped_into_closed_pipe_exits_quietly(pipeline, article: Path) -> None:
    script = Path(sys.executable).with_name("conflictcli")
    command = [str(script)] if script.exists() else [sys.executable, "-m", "conflictcli"]
    shell = " ".join([*command, "analyze", "--format", "jsonl", *[str(article)] * 40]) + " | head -1"
    completed = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, timeout=300)
    assert len(completed.stdout.splitlines()) == 1
    assert "Traceback" not in completed.stderr and "BrokenPipe" not in completed.stderr
